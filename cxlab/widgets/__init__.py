"""Explorers: one thin ipywidgets app per model (controls → model function → plot function; no formulas here).

Each explorer is a class with the controls as attributes, an ``update()`` callback that recomputes and redraws,
and ``widget`` (the ipywidgets box to display). Tests set a control's value and read the result, because
papermill only runs a notebook once with the defaults.
"""
