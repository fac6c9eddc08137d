"""What-if explorer for the experience return model: a case from ``return_cases`` plus sliders →
``returns.experience_return`` → ``returns.plot_roi_over_time``. No formula lives here.

Examples
--------
>>> from cxlab.widgets.returns import ReturnExplorer
>>> explorer = ReturnExplorer(case="orchard_base")            # doctest: +SKIP
>>> explorer.widget                                           # doctest: +SKIP
>>> explorer.horizon.value = 3; explorer.result.npv           # doctest: +SKIP
"""
from __future__ import annotations


from .. import InputError
from . import cards_html, message_html, show_figure
from ..i18n import t

__all__ = ["ReturnExplorer", "CASE_PARAMETERS"]

_WIDE = {"description_width": "300px"}
_ROW = {"width": "600px"}

#: The columns of the ``return_cases`` dataset that are parameters of ``returns.experience_return``.
CASE_PARAMETERS = ("investment", "running_cost", "customers", "margin", "retention", "retention_uplift",
                   "frequency_uplift", "basket_uplift", "referrals_per_customer", "referral_conversion", "discount",
                   "horizon", "indirect")


def _money(value) -> str:
    return f"{value:,.0f}"


class ReturnExplorer:
    """Pick a case, move the investment, retention gain, referrals, horizon and indirect share; ROI, payback,
    NPV and the ROI-over-time chart follow.

    Parameters
    ----------
    case : str
        A ``case`` code of the ``return_cases`` dataset; its row gives the starting values (customers, margin,
        retention, discount … stay as in the case; the sliders override the rest).

    Attributes
    ----------
    result : cxlab.returns.ReturnResult or None
        The last result; None while the inputs are invalid (then ``error`` holds the message shown).
    widget : ipywidgets.VBox
        The box to display.
    """

    def __init__(self, case: str = "orchard_base"):
        import ipywidgets as w
        from matplotlib.figure import Figure

        from .. import datasets, returns, style

        self._returns = returns
        self.cases = datasets.load("return_cases").set_index("case")
        if case not in self.cases.index:
            raise InputError(t("core.error.bad_choice", name="case", value=case,
                               accepted=", ".join(self.cases.index)))
        self.result = None
        self.error = None
        self._busy = False

        def slider(cls, key, low, high, step, fmt=None):
            extra = {"readout_format": fmt} if fmt else {}
            return cls(min=low, max=high, step=step, description=t(key), style=_WIDE, layout=_ROW,
                       continuous_update=False, **extra)

        options = [(f'{t(f"money_course.company.{row.company}")} · {t(f"money_course.scenario.{row.scenario}")}',
                    code) for code, row in self.cases.iterrows()]
        self.case = w.Dropdown(options=options, value=case, description=t("money_course.explorer.case"),
                               style=_WIDE, layout=_ROW)
        self.investment = slider(w.IntSlider, "returns.param.investment", 0, 10, 100_000)
        self.retention_uplift = slider(w.FloatSlider, "returns.param.retention_uplift", 0.0, 0.15, 0.005, ".1%")
        self.referrals_per_customer = slider(w.FloatSlider, "money_course.explorer.referrals", 0.0, 1.0, 0.05,
                                             ".2f")
        self.horizon = slider(w.IntSlider, "returns.param.horizon", 1, 10, 1)
        self.indirect = slider(w.FloatSlider, "money_course.explorer.indirect", 0.0, 0.3, 0.01, ".0%")
        self.summary = w.HTML()
        self.message = w.HTML()
        self.output = w.Output()

        style.ensure()
        self.figure = Figure(figsize=(10, 5.5), layout="constrained")
        self.ax = self.figure.subplots()
        self.widget = w.VBox([self.case, self.investment, self.retention_uplift, self.referrals_per_customer,
                              self.horizon, self.indirect, self.summary, self.message, self.output])

        self.case.observe(self._on_case, names="value")
        for control in (self.investment, self.retention_uplift, self.referrals_per_customer, self.horizon,
                        self.indirect):
            control.observe(self.update, names="value")
        self._on_case()

    # -- callbacks ------------------------------------------------------------------------------------------
    def _on_case(self, change=None):
        """Load a case's figures into the sliders (without redrawing in between), then update once."""
        row = self.cases.loc[self.case.value]
        self._busy = True
        try:
            self.investment.max = int(max(3 * row["investment"], 1_000_000))
            self.investment.value = int(row["investment"])
            self.retention_uplift.max = float(min(0.15, round(1.0 - row["retention"], 3)))
            self.retention_uplift.value = float(row["retention_uplift"])
            self.referrals_per_customer.value = float(row["referrals_per_customer"])
            self.horizon.value = int(row["horizon"])
            self.indirect.value = float(row["indirect"])
        finally:
            self._busy = False
        self.update()

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

    def update(self, change=None):
        """Recompute with the model and redraw with its plot function; a bad input becomes a message."""
        if self._busy:
            return

        try:
            result = self._returns.experience_return(**self.inputs())
        except InputError as error:
            self.result, self.error = None, str(error)
            self.message.value = message_html(self.error)
            self.summary.value = ""
            return
        self.result, self.error = result, None
        self.message.value = ""
        self.summary.value = self._summary(result)
        self.ax.clear()
        self._returns.plot_roi_over_time(result, ax=self.ax)
        show_figure(self.output, self.figure)

    def payback_text(self, result=None) -> str:
        """The payback period in words, in the current language."""
        result = result or self.result
        if result.payback_years is None:
            return t("money_course.explorer.no_payback", horizon=int(self.horizon.value))
        return t("money_course.explorer.payback_years", years=f"{result.payback_years:.1f}")

    def _summary(self, result) -> str:
        roi = "–" if result.roi is None else f"{result.roi:.0%}"
        items = [("roi", roi), ("npv", _money(result.npv)), ("payback", self.payback_text(result))]
        return cards_html([(t(f"money_course.explorer.{name}"), value) for name, value in items])
