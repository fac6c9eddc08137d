"""SERVQUAL explorer: choose the case and the segment, switch unweighted/weighted, move the five weights, and watch
the overall score and the ranking of the dimensions change.

Thin: controls → :func:`cxlab.servqual.gaps` → :class:`cxlab.servqual.GapBars` (updated in place, on the shared
mechanism :class:`cxlab.widgets.base.Explorer`). No formula lives here; every
label comes from the catalog (``servqual_course.widget.*`` and ``servqual.*``). The numbers are set first, the
chart is drawn right after, so the cards change at once.

Examples
--------
>>> from cxlab.widgets.servqual import ServqualExplorer
>>> explorer = ServqualExplorer()                    # doctest: +SKIP
>>> explorer.weights["reliability"].value = 50       # doctest: +SKIP
>>> explorer.result.weighted                         # doctest: +SKIP
"""
from __future__ import annotations

from ..i18n import t
from .base import Explorer

__all__ = ["CASES", "ServqualExplorer"]

#: The course cases: case id -> (answers dataset, respondents dataset with weights).
CASES = {"bank": ("servqual_bank", "servqual_bank_respondents"),
         "telecom": ("servqual_telecom", "servqual_telecom_respondents")}

ALL = "__all__"


class ServqualExplorer(Explorer):
    """The live SERVQUAL explorer.

    Parameters
    ----------
    case : {"bank", "telecom"}
        The case shown first.

    Attributes
    ----------
    case, segment, mode : the controls (dropdowns and unweighted/weighted toggle).
    weights : dict of ipywidgets.IntSlider
        One slider per dimension (points, 0-100); the weighted score needs them to add up to 100.
    result : cxlab.servqual.GapResult or None
        The last result (None while the weights do not add up to 100; ``error`` then holds the message).
    """

    picture = (900, 500)
    layout = "beside"

    def __init__(self, case: str = "bank"):
        from .. import _check, datasets, servqual

        self._servqual = servqual
        self._start = _check.check_choice("case", case, tuple(CASES))
        self._data = {name: (datasets.load(a), datasets.load(p)) for name, (a, p) in CASES.items()}
        self._own_handlers = []
        super().__init__()

    # -- controls -------------------------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        servqual = self._servqual
        wide = {"description_width": "initial"}
        self.case = w.Dropdown(options=[(t(f"servqual_course.widget.case.{c}"), c) for c in CASES],
                               value=self._start, description=t("servqual_course.widget.case_label"), style=wide,
                               layout=w.Layout(width="360px"))
        self.segment = w.Dropdown(description=t("servqual_course.widget.segment_label"), style=wide,
                                  layout=w.Layout(width="360px"))
        self.mode = w.ToggleButtons(options=[(t("servqual_course.widget.unweighted"), "unweighted"),
                                             (t("servqual_course.widget.weighted"), "weighted")],
                                    value="weighted", description=t("servqual_course.widget.mode_label"), style=wide)
        self.weights = {d: w.IntSlider(value=20, min=0, max=100, step=1, description=servqual.dimension_name(d),
                                       continuous_update=False, style={"description_width": "110px"},
                                       layout=w.Layout(width="360px"))
                        for d in servqual.DIMENSIONS}
        self.total = w.HTML()
        self.reset_button = w.Button(description=t("servqual_course.widget.reset"), icon="undo")
        self.case.observe(self._on_case, names="value")
        self.segment.observe(self._on_segment, names="value")
        self.reset_button.on_click(self.reset_weights)
        self._own_handlers += [self.case, self.segment]
        self._fill_segments()
        self._set_weights()
        note = w.HTML(f"<small>{t('servqual_course.widget.weights_note')}</small>")
        return [self.case, self.segment, self.mode, note, *self.weights.values(), self.total, self.reset_button]

    def _subset(self):
        answers, people = self._data[self.case.value]
        if self.segment.value in (None, ALL):
            return answers, people
        return (answers[answers["segment"] == self.segment.value],
                people[people["segment"] == self.segment.value])

    def _fill_segments(self):
        from ..i18n import has

        answers, _ = self._data[self.case.value]
        segments = list(dict.fromkeys(answers["segment"]))
        self.segment.options = [(t("servqual_course.widget.all_segments"), ALL)] + [
            (t(f"servqual.segment.{s}") if has(f"servqual.segment.{s}") else str(s), s) for s in segments]
        self.segment.value = ALL

    def _set_weights(self):
        answers, people = self._subset()
        points = self._servqual.whole_points(self._servqual.gaps(answers, people).weights)
        for dimension, slider in self.weights.items():
            slider.value = int(points[dimension])

    def _on_case(self, change=None):
        with self.hold():
            self._fill_segments()
            self._set_weights()
            self._new_span()

    def _on_segment(self, change=None):
        if self._holding:
            return
        with self.hold():
            self._set_weights()
            self._new_span()

    def reset_weights(self, button=None):
        """Put the sliders on the mean points the chosen customers gave (whole points adding up to 100)."""
        with self.hold():
            self._set_weights()

    def _new_span(self):
        if getattr(self, "chart", None) is not None:
            self.chart.span = self._span()

    def _span(self):
        answers, _ = self._subset()
        gaps = self._servqual.gaps(answers).dimensions["gap"].abs()
        return max(0.5, float(gaps.max()))   # a contribution (weight <= 100 %) is never longer than its gap

    # -- the callback ---------------------------------------------------------------------------------------
    def inputs(self) -> dict:
        """The weights the sliders stand for: ``{dimension: points}``."""
        return {d: int(s.value) for d, s in self.weights.items()}

    def before_update(self, change):
        weighted = self.mode.value == "weighted"
        self.total.value = t("servqual_course.widget.total", total=sum(self.inputs().values()))
        for slider in self.weights.values():
            slider.disabled = not weighted

    def compute(self):
        answers, _ = self._subset()
        weighted = self.mode.value == "weighted"
        return self._servqual.gaps(answers, self.inputs() if weighted else None)

    @property
    def result(self):
        return self.state

    def build(self, figure, state):
        ax = figure.subplots()
        self.chart = self._servqual.GapBars(ax, state, weighted=state.weighted is not None, span=self._span())

    def draw(self, state):
        self.chart.update(state, weighted=state.weighted is not None)

    def animated(self):
        return self.chart.artists() if getattr(self, "chart", None) is not None else []

    def static_key(self, state):
        return (self.case.value, self.segment.value, self.mode.value, self.chart.span)

    def cards(self, state):
        servqual = self._servqual
        items = [(t("servqual.column.respondents"), str(state.n_respondents)),
                 (t("servqual.column.unweighted"), f"{state.unweighted:+.2f}")]
        if state.weighted is not None:
            items.append((t("servqual_course.widget.weighted_card"), f"{state.weighted:+.2f}"))
        items.append((t("servqual_course.widget.ranking"),
                      " > ".join(servqual.dimension_name(d) for d in self.ranking(state))))
        return items

    def ranking(self, state=None) -> list:
        """The dimension ids from the worst to the best as the explorer shows them."""
        state = state or self.state
        return state.ranking(weighted=state.weighted is not None)
