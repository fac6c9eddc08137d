"""Pyramid explorer: pick a case of the course, move the measures of each level and the thresholds, and watch the
pyramid fill, gate and re-label: the case as measured on the left, your "what if" on the right.

No formulas here: the preset measures come from :func:`cxlab.pyramid.measures_from` on the course datasets,
every score from :func:`cxlab.pyramid.assess` / :func:`cxlab.pyramid.internal`, the chart from
:class:`cxlab.pyramid.PyramidChart` (the chart of :func:`cxlab.pyramid.plot_before_after`), updated in place on
the shared mechanism of :mod:`cxlab.widgets.base`; every label from the catalog (``pyramid_course.explorer.*``).

Examples
--------
>>> from cxlab.widgets.pyramid import PyramidExplorer
>>> explorer = PyramidExplorer("retailer_before")          # doctest: +SKIP
>>> explorer                                                # doctest: +SKIP
>>> explorer.sliders["ces"].value = 5.8; explorer.result.highest   # doctest: +SKIP
'2.0'
"""
from __future__ import annotations

import html
import math

from .. import InputError
from ..i18n import t
from .base import Explorer, slider

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
    7.25
    """
    from .. import datasets, pyramid

    if preset not in PRESETS:
        raise InputError(t("core.error.bad_choice", name="preset", value=preset, accepted=", ".join(PRESETS)))
    name, by, group, audience = PRESETS[preset]
    table = pyramid.measures_from(datasets.load(name), by=list(by) if isinstance(by, tuple) else by,
                                  audience=audience)
    row = table.loc[group]
    return {m: float(v) for m, v in row.items() if m != "n" and not math.isnan(float(v))}


class PyramidExplorer(Explorer):
    """The live pyramid explorer, on the shared mechanism of :mod:`cxlab.widgets.base`: the two pyramids
    (:class:`cxlab.pyramid.PyramidChart`, the chart of :func:`cxlab.pyramid.plot_before_after`) are built once and
    updated in place; cards, verdict and picture always show the same state, or all the same message.

    Parameters
    ----------
    preset : str
        One of :data:`PRESETS` (the seed's cases).
    figsize : tuple, optional
        Size of the picture in inches (default: the class's ``picture`` pixels at 100 dpi).

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
    charts : pair of cxlab.pyramid.PyramidChart
        As measured (left) and what if (right); ``axes`` are their axes.
    summary, verdict, message : ipywidgets.HTML
        The cards, the verdict (in its tab beside the picture), the message line.
    figure, image, widget : the one figure, the Image widget showing it, the box to display.
    """

    picture = (800, 560)    # beside a 390 px control column: fits 1600 px with JupyterLab's side panel open
    layout = "beside"
    controls_width = 390

    def __init__(self, preset: str = "retailer_before", figsize=None):
        from .. import _check, pyramid
        from .base import DPI

        self._pyramid = pyramid
        if figsize is not None:
            width, height = _check.check_array("figsize", figsize, length=2, low=2, high=40)
            self.picture = (round(float(width) * DPI), round(float(height) * DPI))
        if preset not in PRESETS:
            raise InputError(t("core.error.bad_choice", name="preset", value=preset, accepted=", ".join(PRESETS)))
        self._initial = preset
        self.sliders, self.start, self.result = {}, None, None
        self._measure_move = False
        super().__init__()
        self.summary, self.verdict, self.message = self.cards_box, self.table_box, self.message_box

    # -- the mechanism's hooks -----------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        pyramid = self._pyramid
        self.preset = w.Dropdown(options=[(t(f"pyramid_course.explorer.preset.{p}"), p) for p in PRESETS],
                                 value=self._initial, description=t("pyramid_course.explorer.case"),
                                 style={"description_width": "60px"}, layout=w.Layout(width="390px"))
        self.reset_button = w.Button(description=t("pyramid_course.explorer.reset"), icon="undo",
                                     layout=w.Layout(width="auto", max_width="390px"))
        self.columns = {level: w.VBox(layout=w.Layout(width="390px", margin="4px 0 0 0"))
                        for level in pyramid.LEVELS}
        self.thresholds = {level: slider(w.FloatSlider, t("pyramid_course.explorer.threshold", level=level),
                                         pyramid.THRESHOLDS[level], 0.05, 1.0, 0.05, ".0%")
                           for level in pyramid.LEVELS}
        self.preset.observe(self._load, names="value")
        self.reset_button.on_click(lambda _: self._load())
        self._fill()
        self._own_handlers = (self.preset, *self.sliders.values())
        bars = w.VBox(list(self.thresholds.values()), layout=w.Layout(margin="8px 0 0 0"))
        return [self.preset, self.reset_button, *self.columns.values(), bars]

    def before_update(self, change):
        # a measure slider changes only the what-if pyramid: the case as measured is kept (same result object)
        self._measure_move = (change is not None and change.get("owner") in self.sliders.values()
                              and self.start is not None and self.state is not None)

    def compute(self):
        inputs = self.inputs()
        try:
            if not self._measure_move:
                self.start = self._assess(self.measures, inputs["thresholds"])
            self.result = self._assess(inputs["measures"], inputs["thresholds"])
        except InputError:
            self.result = None
            self._show_key(False)  # the picture shows only the message
            raise
        self._show_key(True)
        return self.start, self.result

    def build(self, figure, state):
        self.axes = figure.subplots(1, 2)
        # a 400 px panel: a wider label column than the printed chart's, and the key written once under both
        self.charts = tuple(self._pyramid.PyramidChart(ax, result, title=title, key=False, room=2.5)
                            for ax, result, title in zip(self.axes, state, self._titles(state)))
        self.key = figure.supxlabel(t("pyramid.plot.key"), x=0.01, ha="left", fontsize="small", color="#555555")

    def draw(self, state):
        for chart, result, title in zip(self.charts, state, self._titles(state)):
            if chart.result is not result:
                chart.update(result, title)

    def animated(self):
        return [a for chart in self.charts for a in chart.artists()]

    def cards(self, state):
        pyramid = self._pyramid
        start, result = state

        def highest(r):
            return t("pyramid.plot.nothing_reached") if r.highest is None else \
                f"{r.highest} {pyramid.level_name(r.highest)}"

        items = [(t("pyramid_course.explorer.highest_start"), highest(start)),
                 (t("pyramid_course.explorer.highest_now"), highest(result))]
        for level in pyramid.LEVELS:
            score = result.levels.at[level, "score"]
            items.append((t("pyramid_course.explorer.score", level=level),
                          "—" if math.isnan(score) else f"{score:.0%}"))
        return items

    def table_html(self, state):
        return "".join(f"<p>{html.escape(line)}</p>" for line in state[1].verdict().split("\n"))

    def table_title(self):
        return t("explorer.tab.verdict")

    # -- callbacks -------------------------------------------------------------------------------------------
    def _show_key(self, visible):
        if getattr(self, "key", None) is not None:
            self.key.set_visible(visible)

    def _titles(self, state):
        labels = (t("pyramid_course.explorer.as_measured"), t("pyramid_course.explorer.what_if"))
        return [self._pyramid.panel_title(result, label) for result, label in zip(state, labels)]

    def _fill(self):
        """Make the sliders of the chosen case (its measures as measured), grouped by level."""
        import ipywidgets as w

        pyramid = self._pyramid
        self.measures = preset_measures(self.preset.value)
        self.audience = PRESETS[self.preset.value][3]
        for old in self.sliders.values():
            old.unobserve(self.update, names="value")
        self.sliders = {}
        for measure, value in self.measures.items():
            row = pyramid.MEASURES.loc[measure]
            low, high, step, fmt = _SLIDERS.get(measure, (float(row["low"]), float(row["high"]), 0.01, ".0%"))
            control = slider(w.FloatSlider, pyramid.measure_name(measure), min(max(value, low), high), low, high,
                             step, fmt)
            control.observe(self.update, names="value")
            self.sliders[measure] = control
        for level, box in self.columns.items():
            head = w.HTML(f'<b style="color:{pyramid.LEVEL_COLORS[level]}">'
                          f'{html.escape(pyramid.level_name(level, full=True))}</b>')
            box.children = [head] + [s for m, s in self.sliders.items() if pyramid.MEASURES.at[m, "level"] == level]

    def _load(self, change=None):
        """Load the chosen case: its measures become the sliders, its assessment the left-hand pyramid."""
        with self.hold():
            self._fill()

    def inputs(self) -> dict:
        """The arguments of ``pyramid.assess`` (or ``internal``) that the controls stand for."""
        return {"measures": {m: float(s.value) for m, s in self.sliders.items()},
                "thresholds": {level: float(s.value) for level, s in self.thresholds.items()}}

    def _assess(self, measures, thresholds):
        function = self._pyramid.internal if self.audience == "internal" else self._pyramid.assess
        return function(measures, thresholds=thresholds)
