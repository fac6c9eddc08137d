"""What-if explorer for the experience return model: a case from ``return_cases`` plus sliders →
``returns.experience_return`` → ``returns.RoiChart`` (the chart of ``returns.plot_roi_over_time``), updated
in place. No formula lives here.

Examples
--------
>>> from cxlab.widgets.returns import ReturnExplorer
>>> explorer = ReturnExplorer(case="orchard_base")            # doctest: +SKIP
>>> explorer                                                  # doctest: +SKIP
>>> explorer.horizon.value = 3; explorer.result.npv           # doctest: +SKIP
"""
from __future__ import annotations


from .. import InputError
from ..i18n import t
from ..plotting import thousands
from .base import Explorer, slider

__all__ = ["ReturnExplorer", "CASE_PARAMETERS"]

#: The columns of the ``return_cases`` dataset that are parameters of ``returns.experience_return``.
CASE_PARAMETERS = ("investment", "running_cost", "customers", "margin", "retention", "retention_uplift",
                   "frequency_uplift", "basket_uplift", "referrals_per_customer", "referral_conversion", "discount",
                   "horizon", "indirect")

#: The longest horizon the slider offers (the chart keeps a bar for each year up to it).
MAX_HORIZON = 10


class ReturnExplorer(Explorer):
    """Pick a case, move the investment, retention gain, referrals, horizon and indirect share; ROI, payback,
    NPV and the ROI-over-time chart follow (on the shared mechanism of :mod:`cxlab.widgets.base`).

    Parameters
    ----------
    case : str
        A ``case`` code of the ``return_cases`` dataset; its row gives the starting values (customers, margin,
        retention, discount … stay as in the case; the sliders override the rest).

    Attributes
    ----------
    result : cxlab.returns.ReturnResult or None
        The last result; None while the inputs are invalid (then ``error`` holds the message shown everywhere).
    chart : cxlab.returns.RoiChart
        The chart, updated in place; ``ax`` its Axes.
    summary, message : ipywidgets.HTML
        The cards and the message line.
    widget : ipywidgets.VBox
        The box to display.
    """

    picture = (720, 460)
    layout = "beside"
    controls_width = 420

    def __init__(self, case: str = "orchard_base"):
        from .. import datasets, returns

        self._returns = returns
        self.cases = datasets.load("return_cases").set_index("case")
        if case not in self.cases.index:
            raise InputError(t("core.error.bad_choice", name="case", value=case,
                               accepted=", ".join(self.cases.index)))
        self._case = case
        self.result = None
        super().__init__()
        self.summary, self.message = self.cards_box, self.message_box

    # -- the mechanism's hooks -----------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        options = [(f'{t(f"money_course.company.{row.company}")} · {t(f"money_course.scenario.{row.scenario}")}',
                    code) for code, row in self.cases.iterrows()]
        self.case = w.Dropdown(options=options, value=self._case, description=t("money_course.explorer.case"),
                               style={"description_width": "80px"}, layout=w.Layout(width="410px"))
        self.investment = slider(w.IntSlider, t("returns.param.investment"), 0, 0, 10, 100_000, width=410,
                                 label_width=190)
        self.retention_uplift = slider(w.FloatSlider, t("returns.param.retention_uplift"), 0.0, 0.0, 0.15, 0.005,
                                       ".1%", width=410, label_width=190)
        self.referrals_per_customer = slider(w.FloatSlider, t("money_course.explorer.referrals"), 0.0, 0.0, 1.0,
                                             0.05, ".2f", width=410, label_width=190)
        self.horizon = slider(w.IntSlider, t("returns.param.horizon"), 1, 1, MAX_HORIZON, 1, width=410,
                              label_width=190)
        self.indirect = slider(w.FloatSlider, t("money_course.explorer.indirect"), 0.0, 0.0, 0.3, 0.01, ".0%",
                               width=410, label_width=190)
        self.case.observe(self._on_case, names="value")
        self._own_handlers = (self.case,)
        self._load_case()
        return [self.case, self.investment, self.retention_uplift, self.referrals_per_customer, self.horizon,
                self.indirect]

    def compute(self):
        try:
            self.result = self._returns.experience_return(**self.inputs())
        except InputError:
            self.result = None
            raise
        return self.result

    def build(self, figure, state):
        self.ax = figure.subplots()
        self.chart = self._returns.RoiChart(self.ax, state, capacity=MAX_HORIZON)

    def draw(self, state):
        self.chart.update(state)

    def animated(self):
        return self.chart.artists()

    def static_key(self, state):
        return self.chart.key

    def layout_key(self, state):
        # wider value labels (a longer horizon, a bigger investment) need a wider left margin: the layout is
        # worked out again when they get wider than ever before, never when they get narrower
        self._widest = max(getattr(self, "_widest", 0), self.chart.tick_width)
        return self._widest

    def cards(self, result):
        roi = "–" if result.roi is None else f"{result.roi:.0%}"
        items = [("roi", roi), ("npv", thousands(result.npv)), ("payback", self.payback_text(result))]
        return [(t(f"money_course.explorer.{name}"), value) for name, value in items]

    # -- callbacks ------------------------------------------------------------------------------------------
    def _load_case(self):
        row = self.cases.loc[self.case.value]
        self.investment.max = int(max(3 * row["investment"], 1_000_000))
        self.investment.value = int(row["investment"])
        self.retention_uplift.max = float(min(0.15, round(1.0 - row["retention"], 3)))
        self.retention_uplift.value = float(row["retention_uplift"])
        self.referrals_per_customer.value = float(row["referrals_per_customer"])
        self.horizon.value = int(row["horizon"])
        self.indirect.value = float(row["indirect"])

    def _on_case(self, change=None):
        """Load a case's figures into the sliders, then update once."""
        with self.hold():
            self._load_case()

    def inputs(self) -> dict:
        """The keyword arguments of ``returns.experience_return``: the case's row, overridden by the sliders."""
        row = self.cases.loc[self.case.value]
        values = {name: row[name].item() if hasattr(row[name], "item") else row[name] for name in CASE_PARAMETERS}
        values.update(
            investment=int(self.investment.value),
            retention_uplift=float(self.retention_uplift.value),
            referrals_per_customer=float(self.referrals_per_customer.value),
            horizon=int(self.horizon.value),
            indirect=float(self.indirect.value),
        )
        return values

    def payback_text(self, result=None) -> str:
        """The payback period in words, in the current language."""
        result = result or self.result
        if result.payback_years is None:
            return t("money_course.explorer.no_payback", horizon=int(self.horizon.value))
        return t("money_course.explorer.payback_years", years=f"{result.payback_years:.1f}")
