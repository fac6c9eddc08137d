"""What-if explorer for the experience damage (market damage) model: sliders → ``damage.market_damage`` →
``damage.plot_funnel`` and ``damage.plot_revenue_by_group``. No formula lives here.

Examples
--------
>>> from cxlab.widgets.damage import DamageExplorer
>>> explorer = DamageExplorer(customers=100_000, problem_rate=0.3, complaint_rate=0.25)   # doctest: +SKIP
>>> explorer.widget                                                                       # doctest: +SKIP
>>> explorer.quick.value = 0.6; round(explorer.result.customers_lost)                     # doctest: +SKIP
"""
from __future__ import annotations

import html

from .. import InputError
from . import cards_html, message_html, show_figure
from ..i18n import t

__all__ = ["DamageExplorer"]

_WIDE = {"description_width": "230px"}
_ROW = {"width": "520px"}


def _money(value) -> str:
    return f"{value:,.0f}"


class DamageExplorer:
    """Sliders for the damage model's inputs; key numbers, the funnel and revenue by group update together.

    Parameters
    ----------
    customers, problem_rate, complaint_rate, value_per_customer : float
        Starting values of the sliders (see :func:`cxlab.damage.market_damage`).
    outcomes : dict, optional
        Starting outcome mix ``{'resolved_quickly', 'resolved', 'unresolved'}``; the 'unresolved' share is always
        the rest (1 - quick - resolved), shown next to the two sliders.
    loyalty : {'small', 'large', 'custom'} or dict
        TARP preset, or a dict of loyalty rates per group (which selects 'custom').
    baseline_loyalty : float
        Loyalty of customers without a problem (for the excess loss).
    word_of_mouth : bool
        Whether word of mouth is counted at the start.
    conversion : float
        Share of listeners swayed by word of mouth (TARP's people-told figures are used).

    Attributes
    ----------
    result : cxlab.damage.DamageResult or None
        The last result; None while the inputs are invalid (then ``error`` holds the message shown).
    widget : ipywidgets.VBox
        The box to display.
    """

    def __init__(self, customers=100_000, problem_rate=0.30, complaint_rate=0.25, outcomes=None, loyalty="large",
                 value_per_customer=500, baseline_loyalty=0.90, word_of_mouth=False, conversion=0.02):
        import ipywidgets as w
        from matplotlib.figure import Figure

        from .. import damage, style

        self._damage = damage
        outcomes = outcomes or {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}
        self.result = None
        self.error = None
        self._busy = False

        def slider(cls, key, value, low, high, step, fmt=None):
            extra = {"readout_format": fmt} if fmt else {}
            return cls(value=value, min=low, max=high, step=step, description=t(key), style=_WIDE,
                       layout=_ROW, continuous_update=False, **extra)

        self.customers = slider(w.IntSlider, "damage.param.customers", int(customers), 0,
                                max(1_000_000, int(customers)), 1_000)
        self.problem_rate = slider(w.FloatSlider, "damage.param.problem_rate", problem_rate, 0, 1, 0.01, ".0%")
        self.complaint_rate = slider(w.FloatSlider, "damage.param.complaint_rate", complaint_rate, 0, 1, 0.01,
                                     ".0%")
        self.quick = slider(w.FloatSlider, "damage.param.outcomes.resolved_quickly", outcomes["resolved_quickly"],
                            0, 1, 0.05, ".0%")
        self.resolved = slider(w.FloatSlider, "damage.param.outcomes.resolved", outcomes["resolved"], 0, 1, 0.05,
                               ".0%")
        self.unresolved = w.HTML(layout=_ROW)
        self.value_per_customer = slider(w.IntSlider, "damage.param.value_per_customer", int(value_per_customer),
                                         0, max(5_000, int(value_per_customer)), 10)
        self.baseline_loyalty = slider(w.FloatSlider, "damage.param.baseline_loyalty", baseline_loyalty, 0, 1,
                                       0.01, ".0%")
        presets = [(t(f"money_course.explorer.preset.{p}"), p) for p in ("small", "large", "custom")]
        start = loyalty if isinstance(loyalty, str) else "custom"
        self.preset = w.ToggleButtons(options=presets, value=start, description=t("money_course.explorer.loyalty"),
                                      style={"description_width": "120px", "button_width": "140px"})
        rates = damage.loyalty_rates(loyalty if isinstance(loyalty, (str, dict)) else "large")
        self.loyalty = {g: slider(w.FloatSlider, f"damage.param.loyalty.{g}", rates[g], 0, 1, 0.01, ".0%")
                        for g in damage.GROUPS}
        self.word_of_mouth = w.Checkbox(value=bool(word_of_mouth), description=t("money_course.explorer.wom"),
                                        indent=False, layout=_ROW)
        wom_note = w.HTML(f'<span style="color:#555">{html.escape(t("money_course.explorer.wom_note"))}</span>',
                          layout=_ROW)
        self.conversion = slider(w.FloatSlider, "damage.param.word_of_mouth.conversion", conversion, 0, 0.2,
                                 0.005, ".1%")
        self.summary = w.HTML()
        self.message = w.HTML()
        self.output = w.Output()

        style.ensure()
        self.figure = Figure(figsize=(10, 8.6), layout="constrained")  # fits a projected screen with the controls
        self.axes = self.figure.subplots(2, 1)

        left = w.VBox([self.customers, self.problem_rate, self.complaint_rate, self.quick, self.resolved,
                       self.unresolved, self.value_per_customer])
        right = w.VBox([self.preset, *self.loyalty.values(), self.baseline_loyalty, self.word_of_mouth,
                        wom_note, self.conversion])
        self.widget = w.VBox([w.HBox([left, right]), self.summary, self.message, self.output])

        self.preset.observe(self._on_preset, names="value")
        for control in (self.customers, self.problem_rate, self.complaint_rate, self.quick, self.resolved,
                        self.value_per_customer, self.baseline_loyalty, self.word_of_mouth, self.conversion,
                        *self.loyalty.values()):
            control.observe(self.update, names="value")
        self._on_preset()

    # -- callbacks ------------------------------------------------------------------------------------------
    def _on_preset(self, change=None):
        """A TARP preset fills and locks the loyalty sliders; 'custom' unlocks them."""
        preset = self.preset.value
        self._busy = True
        try:
            if preset != "custom":
                for group, rate in self._damage.loyalty_rates(preset).items():
                    self.loyalty[group].value = rate
            for control in self.loyalty.values():
                control.disabled = preset != "custom"
        finally:
            self._busy = False
        self.update()

    def inputs(self) -> dict:
        """The keyword arguments of ``damage.market_damage`` the controls stand for (unresolved = the rest)."""
        quick, resolved = float(self.quick.value), float(self.resolved.value)
        rest = round(1.0 - quick - resolved, 10)
        loyalty = (self.preset.value if self.preset.value != "custom"
                   else {g: float(s.value) for g, s in self.loyalty.items()})
        return {
            "customers": int(self.customers.value),
            "problem_rate": float(self.problem_rate.value),
            "complaint_rate": float(self.complaint_rate.value),
            "outcomes": {"resolved_quickly": quick, "resolved": resolved, "unresolved": rest},
            "loyalty": loyalty,
            "value_per_customer": float(self.value_per_customer.value),
            "baseline_loyalty": float(self.baseline_loyalty.value),
            "word_of_mouth": {"conversion": float(self.conversion.value)} if self.word_of_mouth.value else None,
        }

    def update(self, change=None):
        """Recompute with the model and redraw with its plot functions; a bad input becomes a message."""
        if self._busy:
            return

        self.conversion.disabled = not self.word_of_mouth.value
        inputs = self.inputs()
        rest = inputs["outcomes"]["unresolved"]
        self.unresolved.value = t("money_course.explorer.unresolved_rest", share=f"{max(rest, 0.0):.0%}")
        try:
            if rest < 0:
                raise InputError(t("money_course.explorer.mix_invalid",
                                   total=f"{self.quick.value + self.resolved.value:.0%}"))
            result = self._damage.market_damage(**inputs)
        except InputError as error:
            self.result, self.error = None, str(error)
            self.message.value = message_html(self.error)
            self.summary.value = ""
            return
        self.result, self.error = result, None
        # Nobody with a problem (problem rate 0 or no customers): say why every figure is 0.
        self.message.value = ("" if result.customers_with_problem > 0 else
                              message_html(t("money_course.explorer.no_problems"), "note"))
        self.summary.value = self._summary(result)
        for ax in self.axes:
            ax.clear()
        self._damage.plot_funnel(result, ax=self.axes[0])
        self._damage.plot_revenue_by_group(result, ax=self.axes[1])
        show_figure(self.output, self.figure)

    def _summary(self, result) -> str:
        items = [("customers_lost", result.customers_lost), ("revenue_at_risk", result.revenue_at_risk),
                 ("excess_lost", result.excess_lost)]
        if result.net_value_at_risk is not None:
            items += [("prospects_lost", result.prospects_lost), ("prospects_won", result.prospects_won),
                      ("net_value_at_risk", result.net_value_at_risk)]
        return cards_html([(t(f"damage.metric.{name}"), _money(value)) for name, value in items if value is not None])
