"""SERVQUAL explorer: choose the case and the segment, switch unweighted/weighted, move the five weights, and watch
the overall score and the ranking of the dimensions change.

Thin: controls → :func:`cxlab.servqual.gaps` → :func:`cxlab.servqual.plot_gaps`. No formula lives here; every
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

import io

from .. import InputError
from ..i18n import t
from . import cards_html, message_html

__all__ = ["CASES", "ServqualExplorer"]

#: The course cases: case id -> (answers dataset, respondents dataset with weights).
CASES = {"bank": ("servqual_bank", "servqual_bank_respondents"),
         "telecom": ("servqual_telecom", "servqual_telecom_respondents")}

ALL = "__all__"


class ServqualExplorer:
    """The live SERVQUAL explorer.

    Parameters
    ----------
    case : {"bank", "telecom"}
        The case shown first.
    figsize : tuple
        Size of the chart in inches (readable on a projector).

    Attributes
    ----------
    case, segment, mode : the controls (dropdowns and unweighted/weighted toggle).
    weights : dict of ipywidgets.IntSlider
        One slider per dimension (points, 0-100); the weighted score needs them to add up to 100.
    result : cxlab.servqual.GapResult or None
        The last result (None while the weights do not add up to 100; ``error`` then holds the message).
    cards, message, image, widget : what is shown.
    """

    def __init__(self, case: str = "bank", figsize=(9.5, 5.2)):
        import ipywidgets as w
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from .. import _check, datasets, servqual, style

        self._servqual = servqual
        _check.check_choice("case", case, tuple(CASES))
        self._data = {}
        for name, (answers, people) in CASES.items():
            self._data[name] = (datasets.load(answers), datasets.load(people))
        self.result = None
        self.error = None
        self._busy = False
        wide = {"description_width": "initial"}

        self.case = w.Dropdown(options=[(t(f"servqual_course.widget.case.{c}"), c) for c in CASES], value=case,
                               description=t("servqual_course.widget.case_label"), style=wide,
                               layout=w.Layout(width="360px"))
        self.segment = w.Dropdown(description=t("servqual_course.widget.segment_label"), style=wide,
                                  layout=w.Layout(width="320px"))
        self.mode = w.ToggleButtons(options=[(t("servqual_course.widget.unweighted"), "unweighted"),
                                             (t("servqual_course.widget.weighted"), "weighted")],
                                    value="weighted", description=t("servqual_course.widget.mode_label"), style=wide)
        self.weights = {d: w.IntSlider(value=20, min=0, max=100, step=1, description=servqual.dimension_name(d),
                                       continuous_update=False, style={"description_width": "90px"},
                                       layout=w.Layout(width="380px"))
                        for d in servqual.DIMENSIONS}
        self.total = w.HTML()
        self.reset_button = w.Button(description=t("servqual_course.widget.reset"), icon="undo")
        self.cards = w.HTML()
        self.message = w.HTML()
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%", height="auto"))

        style.ensure()
        self.figure = Figure(figsize=figsize, layout="constrained")
        FigureCanvasAgg(self.figure)
        self.ax = self.figure.subplots()

        self.case.observe(self._on_case, names="value")
        self.segment.observe(self._on_segment, names="value")
        self.mode.observe(self.update, names="value")
        for slider in self.weights.values():
            slider.observe(self.update, names="value")
        self.reset_button.on_click(self.reset_weights)

        left = w.VBox([self.case, self.segment, self.mode,
                       w.HTML(f"<small>{t('servqual_course.widget.weights_note')}</small>")])
        right = w.VBox([*self.weights.values(), w.HBox([self.total, self.reset_button])])
        self.widget = w.VBox([w.HBox([left, right]), self.cards, self.message, self.image])
        self._on_case()

    # -- data of the chosen case and segment ----------------------------------------------------------------
    def _subset(self):
        answers, people = self._data[self.case.value]
        if self.segment.value in (None, ALL):
            return answers, people
        return (answers[answers["segment"] == self.segment.value],
                people[people["segment"] == self.segment.value])

    def _on_case(self, change=None):
        """A new case: fill the segment list, put the sliders on the customers' mean weights, redraw."""
        from ..i18n import has

        answers, _ = self._data[self.case.value]
        segments = list(dict.fromkeys(answers["segment"]))
        self._busy = True
        try:
            self.segment.options = [(t("servqual_course.widget.all_segments"), ALL)] + [
                (t(f"servqual.segment.{s}") if has(f"servqual.segment.{s}") else str(s), s) for s in segments]
            self.segment.value = ALL
        finally:
            self._busy = False
        self.reset_weights()

    def _on_segment(self, change=None):
        if not self._busy:
            self.reset_weights()

    def reset_weights(self, button=None):
        """Put the sliders on the mean points the chosen customers gave (whole points adding up to 100)."""
        answers, people = self._subset()
        stated = self._servqual.gaps(answers, people).weights
        points = self._servqual.whole_points(stated)
        self._busy = True
        try:
            for dimension, slider in self.weights.items():
                slider.value = int(points[dimension])
        finally:
            self._busy = False
        self.update()

    # -- the callback ---------------------------------------------------------------------------------------
    def inputs(self) -> dict:
        """The weights the sliders stand for: ``{dimension: points}``."""
        return {d: int(s.value) for d, s in self.weights.items()}

    def update(self, change=None, draw: bool = True):
        """Recompute with :func:`cxlab.servqual.gaps`: the cards first, then (``draw``) the chart."""
        if self._busy:
            return
        servqual = self._servqual
        weighted = self.mode.value == "weighted"
        points = self.inputs()
        total = sum(points.values())
        self.total.value = t("servqual_course.widget.total", total=total)
        for slider in self.weights.values():
            slider.disabled = not weighted
        answers, _ = self._subset()
        try:
            self.result = servqual.gaps(answers, points if weighted else None)
            self.error = None
            self.message.value = ""
        except InputError as error:
            self.result, self.error = servqual.gaps(answers), str(error)
            weighted = False
            self.message.value = message_html(self.error)
        self.cards.value = self._cards(self.result, weighted)
        if draw:
            self.draw(weighted)

    def draw(self, weighted: bool | None = None):
        """Redraw the chart of the last result and hand it to the image widget as PNG."""
        from PIL import Image

        if weighted is None:
            weighted = self.mode.value == "weighted" and self.result.weighted is not None
        self.ax.clear()
        self._servqual.plot_gaps(self.result, ax=self.ax, weighted=weighted)
        canvas = self.figure.canvas
        canvas.draw()
        buffer = io.BytesIO()
        Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
            buffer, format="png", compress_level=1)
        self.image.value = buffer.getvalue()
        # the first drawing settled the margins; keep them (saves the constrained-layout pass on every redraw,
        # and the bars do not jump when the labels change)
        self.figure.set_layout_engine("none")

    def _cards(self, result, weighted: bool) -> str:
        servqual = self._servqual
        items = [(t("servqual.column.respondents"), str(result.n_respondents)),
                 (t("servqual.column.unweighted"), f"{result.unweighted:+.2f}")]
        if weighted and result.weighted is not None:
            items.append((t("servqual_course.widget.weighted_card"), f"{result.weighted:+.2f}"))
        order = result.ranking(weighted=weighted and result.weighted is not None)
        items.append((t("servqual_course.widget.ranking"),
                      " > ".join(servqual.dimension_name(d) for d in order)))
        return cards_html(items)

    def ranking(self) -> list:
        """The dimension ids from the worst to the best as the explorer shows them."""
        weighted = self.mode.value == "weighted" and self.result.weighted is not None
        return self.result.ranking(weighted=weighted)

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
