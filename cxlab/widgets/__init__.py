"""Explorers: one thin ipywidgets app per model (controls → model function → plot function; no formulas here).

Each explorer is a class with the controls as attributes, an ``update()`` callback that recomputes and redraws,
and ``widget`` (the ipywidgets box to display). Tests set a control's value and read the result, because
papermill only runs a notebook once with the defaults.
"""

import html as _html

__all__ = ["message_html"]

_MESSAGE = {"error": ("#b3261e", "1.1em", "⚠"), "note": ("#555", "1.05em", "ℹ")}


def message_html(text: str, kind: str = "error") -> str:
    """The HTML an explorer shows above its charts: an input error (``kind='error'``) or a note (``'note'``)."""
    colour, size, mark = _MESSAGE[kind]
    return f'<div style="color:{colour};font-size:{size}">{mark} {_html.escape(text)}</div>'
