"""Pyramid explorer: pick a case of the course, move the measures of each level and the thresholds, and watch the
pyramid fill, gate and re-label: the case as measured on the left, your "what if" on the right.

No formulas here: the preset measures come from :func:`cxlab.pyramid.measures_from` on the course datasets,
every score from :func:`cxlab.pyramid.assess` / :func:`cxlab.pyramid.internal`, the chart from
:func:`cxlab.pyramid.plot_before_after`, every label from the catalog (``pyramid_course.explorer.*``).

Examples
--------
>>> from cxlab.widgets.pyramid import PyramidExplorer
>>> explorer = PyramidExplorer("retailer_before")          # doctest: +SKIP
>>> explorer.widget                                         # doctest: +SKIP
>>> explorer.sliders["ces"].value = 5.8; explorer.result.highest   # doctest: +SKIP
'2.0'
"""
from __future__ import annotations

import html
import math

from .. import InputError
from ..i18n import t
from . import cards_html, figure_png, message_html

__all__ = ["PRESETS", "preset_measures", "PyramidExplorer"]

#: The seed's cases, one preset each: name -> (dataset, grouping column(s), group, audience).
PRESETS = {
    "retailer_before": ("pyramid_retailer_checkout", "period", "before", "external"),
    "retailer_after": ("pyramid_retailer_checkout", "period", "after", "external"),
    "airline_frequent_normal": ("pyramid_airline", ("segment", "day_type"), ("frequent_flyer", "normal"), "external"),
    "airline_other_normal": ("pyramid_airline", ("segment", "day_type"), ("other", "normal"), "external"),
    "airline_frequent_delayed": ("pyramid_airline", ("segment", "day_type"), ("frequent_flyer", "delayed"),
                                 "external"),
    "airline_other_delayed": ("pyramid_airline", ("segment", "day_type"), ("other", "delayed"), "external"),
    "hotel_harbour": ("pyramid_hotel", "hotel", "harbour", "external"),
    "hotel_station": ("pyramid_hotel", "hotel", "station", "external"),
    "helpdesk_q1": ("pyramid_it_helpdesk", "quarter", "Q1", "internal"),
    "helpdesk_q4": ("pyramid_it_helpdesk", "quarter", "Q4", "internal"),
}

#: Slider range, step and readout of measures whose own range is open or wide (the others run over their range).
_SLIDERS = {
    "ces": (1.0, 7.0, 0.1, ".1f"),
    "checkout_steps": (1.0, 12.0, 0.1, ".1f"),
    "wait_minutes": (0.0, 60.0, 0.5, ".1f"),
    "response_hours": (0.0, 48.0, 0.5, ".1f"),
}


def preset_measures(preset: str) -> dict:
    """``{measure: value}`` of a preset, computed from its course dataset with :func:`cxlab.pyramid.measures_from`.

    Examples
    --------
    >>> round(preset_measures("retailer_before")["checkout_steps"], 2)
    7.24
    """
    from .. import datasets, pyramid

    if preset not in PRESETS:
        raise InputError(t("core.error.bad_choice", name="preset", value=preset, accepted=", ".join(PRESETS)))
    name, by, group, audience = PRESETS[preset]
    table = pyramid.measures_from(datasets.load(name), by=list(by) if isinstance(by, tuple) else by,
                                  audience=audience)
    row = table.loc[group]
    return {m: float(v) for m, v in row.items() if m != "n" and not math.isnan(float(v))}


class PyramidExplorer:
    """The live pyramid explorer.

    Parameters
    ----------
    preset : str
        One of :data:`PRESETS` (the seed's cases).
    figsize : tuple
        Size of the before/after figure in inches.

    Attributes
    ----------
    preset : ipywidgets.Dropdown
        The case; choosing one reloads its measures.
    sliders : dict
        ``{measure: FloatSlider}`` of the current case, grouped by level in the widget.
    thresholds : dict
        ``{level: FloatSlider}``: the score each level needs.
    start, result : cxlab.pyramid.PyramidResult
        The case as measured, and the case with the sliders' values (None while the thresholds are invalid).
    error : str or None
        The message shown when the inputs are refused.
    figure, image : the one figure (redrawn in place) and the Image widget showing it.
    widget : ipywidgets.VBox
    """

    def __init__(self, preset: str = "retailer_before", figsize=(14, 5.8)):
        import ipywidgets as w
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from .. import pyramid, style

        from .. import _check

        self._pyramid = pyramid
        self._w = w
        figsize = tuple(_check.check_array("figsize", figsize, length=2, low=2, high=40))
        if preset not in PRESETS:
            raise InputError(t("core.error.bad_choice", name="preset", value=preset, accepted=", ".join(PRESETS)))
        wide = {"description_width": "initial"}
        self.preset = w.Dropdown(options=[(t(f"pyramid_course.explorer.preset.{p}"), p) for p in PRESETS],
                                 value=preset, description=t("pyramid_course.explorer.case"), style=wide,
                                 layout=w.Layout(width="520px"))
        self.thresholds = {
            level: w.FloatSlider(value=pyramid.THRESHOLDS[level], min=0.05, max=1.0, step=0.05, readout_format=".0%",
                                 description=t("pyramid_course.explorer.threshold", level=level), style=wide,
                                 continuous_update=False, layout=w.Layout(width="300px"))
            for level in pyramid.LEVELS}
        self.reset_button = w.Button(description=t("pyramid_course.explorer.reset"), icon="undo")
        self.columns = {level: w.VBox(layout=w.Layout(width="390px")) for level in pyramid.LEVELS}
        self.summary = w.HTML()
        self.verdict = w.HTML()
        self.message = w.HTML()
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%", height="auto"))
        self.sliders = {}
        self.start = self.result = None
        self.error = None
        self._busy = False

        style.ensure()
        self.figure = Figure(figsize=figsize, layout="constrained")
        FigureCanvasAgg(self.figure)
        self.axes = self.figure.subplots(1, 2)

        self.preset.observe(self._load, names="value")
        for slider in self.thresholds.values():
            slider.observe(self.update, names="value")
        self.reset_button.on_click(lambda _: self._load())
        head = w.HBox([self.preset, self.reset_button])
        levels = w.HBox([self.columns[level] for level in pyramid.LEVELS])
        bars = w.HBox(list(self.thresholds.values()))
        self.widget = w.VBox([head, levels, bars, self.message, self.summary, self.verdict, self.image])
        self._load()

    # -- callbacks -------------------------------------------------------------------------------------------
    def _slider(self, measure, value):
        row = self._pyramid.MEASURES.loc[measure]
        low, high, step, fmt = _SLIDERS.get(measure, (float(row["low"]), float(row["high"]), 0.01, ".0%"))
        slider = self._w.FloatSlider(value=min(max(value, low), high), min=low, max=high, step=step,
                                     readout_format=fmt, description=self._pyramid.measure_name(measure),
                                     style={"description_width": "210px"}, continuous_update=False,
                                     layout=self._w.Layout(width="380px"))
        slider.observe(self.update, names="value")
        return slider

    def _load(self, change=None):
        """Load the chosen case: its measures become the sliders, and its assessment the left-hand pyramid."""
        pyramid = self._pyramid
        self.measures = preset_measures(self.preset.value)
        self.audience = PRESETS[self.preset.value][3]
        self._busy = True
        try:
            self.sliders = {m: self._slider(m, v) for m, v in self.measures.items()}
            for level, box in self.columns.items():
                head = self._w.HTML(f'<b style="color:{pyramid.LEVEL_COLORS[level]}">'
                                    f'{html.escape(pyramid.level_name(level, full=True))}</b>')
                box.children = [head] + [s for m, s in self.sliders.items()
                                         if pyramid.MEASURES.at[m, "level"] == level]
        finally:
            self._busy = False
        self.update()

    def inputs(self) -> dict:
        """The arguments of ``pyramid.assess`` (or ``internal``) that the controls stand for."""
        return {"measures": {m: float(s.value) for m, s in self.sliders.items()},
                "thresholds": {level: float(s.value) for level, s in self.thresholds.items()}}

    def _assess(self, measures, thresholds):
        function = self._pyramid.internal if self.audience == "internal" else self._pyramid.assess
        return function(measures, thresholds=thresholds)

    def update(self, change=None):
        """Recompute (numbers first: cards and verdict), then redraw. A measure slider only changes the what-if
        pyramid, so only that panel is redrawn; a threshold or a new case redraws both."""
        if self._busy:
            return
        inputs = self.inputs()
        measure_only = (change is not None and change.get("owner") in self.sliders.values()
                        and self.start is not None and self.result is not None)
        try:
            if not measure_only:
                self.start = self._assess(self.measures, inputs["thresholds"])
            self.result = self._assess(inputs["measures"], inputs["thresholds"])
        except InputError as error:
            self.result, self.error = None, str(error)
            self.message.value = message_html(self.error)
            return
        self.error = None
        self.message.value = ""
        self.summary.value = self._cards()
        self.verdict.value = "".join(f"<p>{html.escape(line)}</p>" for line in self.result.verdict().split("\n"))
        pyramid = self._pyramid
        labels = (t("pyramid_course.explorer.as_measured"), t("pyramid_course.explorer.what_if"))
        if measure_only:
            self.axes[1].clear()
            pyramid.plot_pyramid(self.result, ax=self.axes[1], title=pyramid.panel_title(self.result, labels[1]))
        else:
            for ax in self.axes:
                ax.clear()
            pyramid.plot_before_after(self.start, self.result, axes=self.axes, labels=labels)
        self._render()

    def _cards(self) -> str:
        pyramid = self._pyramid

        def highest(result):
            return t("pyramid.plot.nothing_reached") if result.highest is None else \
                f"{result.highest} {pyramid.level_name(result.highest)}"

        items = [(t("pyramid_course.explorer.highest_start"), highest(self.start)),
                 (t("pyramid_course.explorer.highest_now"), highest(self.result))]
        for level in pyramid.LEVELS:
            score = self.result.levels.at[level, "score"]
            items.append((t("pyramid_course.explorer.score", level=level),
                          "—" if math.isnan(score) else f"{score:.0%}"))
        return cards_html(items)

    def _render(self):
        """One Agg draw, the pixels straight to PNG (:func:`cxlab.widgets.figure_png`)."""
        self.image.value = figure_png(self.figure)
        # The first drawing fixed the margins; later redraws keep them (the pyramids never change size), which saves
        # the constrained-layout pass on every slider move (measured in benchmarks/bench_pyramid_widget.py).
        self.figure.set_layout_engine("none")

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
