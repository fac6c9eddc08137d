"""NPS explorer: how wide is the interval, and is a change between two waves real?

Sliders for each wave's sample size and mix (share of promoters and detractors) → :func:`cxlab.value.nps_from_counts`
and :func:`cxlab.value.compare_nps` → key numbers at once, then :class:`cxlab.value.NPSWavesChart` (built once,
updated in place). No formula lives here; every label comes from the catalog (``value_course.explorer.*``, ``value.*``).

Examples
--------
>>> from cxlab.widgets.value import NPSExplorer
>>> explorer = NPSExplorer()                                  # doctest: +SKIP
>>> explorer                                                  # doctest: +SKIP
>>> explorer.n[0].value = 2000; explorer.comparison.significant   # doctest: +SKIP
"""
from __future__ import annotations

from .. import InputError
from .base import Explorer, slider, table_column
from ..i18n import t

__all__ = ["NPSExplorer", "counts_of", "table"]

_WIDE = {"description_width": "190px"}
_ROW = {"width": "460px"}


def _label(index_name, code):
    from ..i18n import has
    from .. import value

    if index_name in ("step", "stage"):
        return t("value.plot.received") if code == "received" else value.step_name(code)
    if index_name == "theme":
        return value.theme_name(code)
    if index_name in ("driver", "dimension"):
        return value.dimension_name(code) if code in value.DIMENSIONS else value.driver_name(code)
    if index_name == "resolution" and has(f"damage.group.{code}"):
        return t(f"damage.group.{code}")
    key = f"value_course.{index_name}.{code}"
    if has(key):
        return t(key)
    if code == "all":
        return t("value_course.all")
    return code


def table(frame, digits: int = 2):
    """A copy of a value result table labelled for people: row labels (steps, themes, drivers, regions …) and
    column headers in the current language, floats rounded. Display only: compute on the original.

    >>> import pandas as pd, cxlab
    >>> _ = cxlab.set_language("en")
    >>> table(pd.DataFrame({"nps": [12.3456]}, index=pd.Index(["west"], name="region")))  # doctest: +NORMALIZE_WHITESPACE
           NPS
    Region
    West   12.35
    """
    import pandas as pd

    from ..i18n import has

    out = frame.copy()
    name = out.index.name
    out.index = pd.Index([_label(name, code) for code in out.index],
                         name=t(f"value_course.col.{name}") if name and has(f"value_course.col.{name}") else name)
    axis = frame.columns.name
    out.columns = pd.Index([t(f"value_course.col.{c}") if has(f"value_course.col.{c}") else c for c in out.columns],
                           name=t(f"value.plot.periods_axis.{axis}") if axis and has(f"value.plot.periods_axis.{axis}")
                           else t(f"value_course.col.{axis}") if axis and has(f"value_course.col.{axis}") else axis)
    for original, column in zip(frame.columns, out.columns):
        if out[column].dtype.kind == "f":
            places = max(digits, 3) if original == "p_value" else digits
            out[column] = table_column(out[column], places)   # a period after the log: a dash, not NaN
        elif out[column].dtype.kind == "b":
            out[column] = out[column].map({True: t("value_course.yes"), False: t("value_course.no")})
    return out


def counts_of(n: int, promoters: float, detractors: float) -> tuple:
    """(promoters, passives, detractors) counts for ``n`` answers and the shares in percent (rounded to whole
    answers; passives are the rest). An InputError when the two shares add up to more than 100 %.

    >>> counts_of(200, 50, 25)
    (100, 50, 50)
    """
    if promoters + detractors > 100 + 1e-9:
        raise InputError(t("value_course.explorer.mix_invalid", total=f"{promoters + detractors:.0f}"))
    p = int(round(n * promoters / 100))
    d = int(round(n * detractors / 100))
    d = min(d, n - p)
    return p, n - p - d, d


class NPSExplorer(Explorer):
    """Two waves side by side: sample size and mix sliders, method and confidence; the two intervals, the change,
    its p-value and the verdict update together (on the shared mechanism of :mod:`cxlab.widgets.base`).

    Parameters
    ----------
    n : (int, int)
        Starting sample sizes of wave 1 and wave 2.
    promoters, detractors : (float, float)
        Starting shares in percent of wave 1 and wave 2.
    method : {'wald', 'adjusted_wald'}
    confidence : float

    Attributes
    ----------
    results : (NPSResult, NPSResult) or None
    comparison : CompareResult or None
        None while the inputs are invalid (then ``error`` holds the message shown).
    widget : ipywidgets.VBox
    """

    picture = (900, 380)
    layout = "above"

    def __init__(self, n=(400, 400), promoters=(40.0, 45.0), detractors=(30.0, 25.0), method="wald",
                 confidence=0.95):
        from .. import value

        self._value = value
        self._start = (n, promoters, detractors, method, confidence)
        super().__init__()

    # -- hooks ----------------------------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        n, promoters, detractors, method, confidence = self._start
        self.n = [slider(w.IntSlider, t("value_course.explorer.n", wave=i + 1), int(n[i]), 20, 5000, 10)
                  for i in range(2)]
        self.promoters = [slider(w.FloatSlider, t("value_course.explorer.promoters", wave=i + 1),
                                 float(promoters[i]), 0, 100, 1, ".0f") for i in range(2)]
        self.detractors = [slider(w.FloatSlider, t("value_course.explorer.detractors", wave=i + 1),
                                  float(detractors[i]), 0, 100, 1, ".0f") for i in range(2)]
        self.method = w.ToggleButtons(options=[(t(f"value.method.{m}"), m) for m in self._value.METHODS],
                                      value=method, description=t("value_course.explorer.method"),
                                      style={"description_width": "120px", "button_width": "150px"})
        self.confidence = w.Dropdown(options=[("90%", 0.90), ("95%", 0.95), ("99%", 0.99)], value=confidence,
                                     description=t("value_course.explorer.confidence"), style=_WIDE, layout=_ROW)
        columns = [w.VBox([w.HTML(f"<b>{t('value_course.explorer.wave', wave=i + 1)}</b>"), self.n[i],
                           self.promoters[i], self.detractors[i]]) for i in range(2)]
        return [*columns, w.VBox([self.method, self.confidence])]

    def inputs(self) -> list:
        """The (promoters, passives, detractors) counts of each wave the sliders stand for."""
        return [counts_of(int(self.n[i].value), float(self.promoters[i].value), float(self.detractors[i].value))
                for i in range(2)]

    def compute(self):
        value = self._value
        method, confidence = self.method.value, float(self.confidence.value)
        results = tuple(value.nps_from_counts(*c, method=method, confidence=confidence) for c in self.inputs())
        return results, value.compare_nps(*results, method=method, confidence=confidence)

    @staticmethod
    def _waves(state) -> dict:
        return {t("value_course.explorer.wave", wave=i + 1): r for i, r in enumerate(state[0])}

    def build(self, figure, state):
        # the whole NPS scale stays put: a narrower interval is seen narrower, not zoomed back to the same width
        self.chart = self._value.NPSWavesChart(figure.subplots(), self._waves(state), full_scale=True)
        self.ax = self.chart.ax

    def draw(self, state):
        self.chart.update(self._waves(state))

    def animated(self):
        return self.chart.artists() if getattr(self, "chart", None) is not None else []

    def layout_key(self, state):
        """The row labels carry n: a wider number needs the layout worked out again."""
        return tuple(len(f"{r.n:,}") for r in state[0])

    def cards(self, state):
        results, comparison = state
        items = [(t("value_course.explorer.card_nps", wave=i + 1),
                  t("value_course.explorer.card_value", nps=f"{r.nps:.1f}", margin=f"{r.margin:.1f}"))
                 for i, r in enumerate(results)]
        return items + [(t("value_course.explorer.card_change"), f"{comparison.difference:+.1f}"),
                        (t("value_course.explorer.card_p"), f"{comparison.p_value:.3f}")]

    def note(self, state):
        return state[1].summary()

    # -- what the notebook and the tests read ---------------------------------------------------------------
    @property
    def results(self):
        return None if self.state is None else self.state[0]

    @property
    def comparison(self):
        return None if self.state is None else self.state[1]
