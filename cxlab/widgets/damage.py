"""What-if explorer for the experience damage (market damage) model: sliders → ``damage.market_damage`` →
``damage.FunnelChart`` and ``damage.RevenueChart`` (the charts of ``damage.plot_funnel`` and
``damage.plot_revenue_by_group``), updated in place. No formula lives here.

Examples
--------
>>> from cxlab.widgets.damage import DamageExplorer
>>> explorer = DamageExplorer(customers=100_000, problem_rate=0.3, complaint_rate=0.25)   # doctest: +SKIP
>>> explorer                                                                              # doctest: +SKIP
>>> explorer.quick.value = 0.6; round(explorer.result.customers_lost)                     # doctest: +SKIP
"""
from __future__ import annotations

import html

from .. import InputError
from ..i18n import t
from ..plotting import thousands
from .base import Explorer, slider

__all__ = ["DamageExplorer"]


class DamageExplorer(Explorer):
    """Sliders for the damage model's inputs; key numbers, the funnel and revenue by group update together
    (on the shared mechanism of :mod:`cxlab.widgets.base`).

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
        Whether word of mouth is counted at the start (adds the prospects to the funnel and its net value to the
        revenue chart).
    conversion : float
        Share of listeners swayed by word of mouth (TARP's people-told figures are used).

    Attributes
    ----------
    result : cxlab.damage.DamageResult or None
        The last result; None while the inputs are invalid (then ``error`` holds the message shown everywhere).
    funnel, revenue : cxlab.damage.FunnelChart, cxlab.damage.RevenueChart
        The two charts, updated in place.
    summary, message : ipywidgets.HTML
        The cards and the message line.
    widget : ipywidgets.VBox
        The box to display.
    """

    picture = (740, 560)
    layout = "beside"
    controls_width = 400

    def __init__(self, customers=100_000, problem_rate=0.30, complaint_rate=0.25, outcomes=None, loyalty="large",
                 value_per_customer=500, baseline_loyalty=0.90, word_of_mouth=False, conversion=0.02):
        from .. import damage

        self._damage = damage
        self._start = dict(customers=customers, problem_rate=problem_rate, complaint_rate=complaint_rate,
                           outcomes=outcomes or {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
                           loyalty=loyalty, value_per_customer=value_per_customer,
                           baseline_loyalty=baseline_loyalty, word_of_mouth=word_of_mouth, conversion=conversion)
        self.result = None
        super().__init__()
        self.summary, self.message = self.cards_box, self.message_box

    # -- the mechanism's hooks -----------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        damage, start = self._damage, self._start
        self.customers = slider(w.IntSlider, t("damage.param.customers"), int(start["customers"]), 0,
                                max(1_000_000, int(start["customers"])), 1_000)
        self.problem_rate = slider(w.FloatSlider, t("damage.param.problem_rate"), start["problem_rate"], 0, 1,
                                   0.01, ".0%")
        self.complaint_rate = slider(w.FloatSlider, t("damage.param.complaint_rate"), start["complaint_rate"], 0,
                                     1, 0.01, ".0%")
        self.quick = slider(w.FloatSlider, t("damage.param.outcomes.resolved_quickly"),
                            start["outcomes"]["resolved_quickly"], 0, 1, 0.05, ".0%")
        self.resolved = slider(w.FloatSlider, t("damage.param.outcomes.resolved"), start["outcomes"]["resolved"],
                               0, 1, 0.05, ".0%")
        self.unresolved = w.HTML(layout=w.Layout(width="380px", margin="0 0 4px 8px"))
        self.value_per_customer = slider(w.IntSlider, t("damage.param.value_per_customer"),
                                         int(start["value_per_customer"]), 0,
                                         max(5_000, int(start["value_per_customer"])), 10)
        self.baseline_loyalty = slider(w.FloatSlider, t("damage.param.baseline_loyalty"),
                                       start["baseline_loyalty"], 0, 1, 0.01, ".0%")
        loyalty = start["loyalty"]
        presets = [(t(f"money_course.explorer.preset.{p}"), p) for p in ("small", "large", "custom")]
        self.preset = w.RadioButtons(options=presets, value=loyalty if isinstance(loyalty, str) else "custom",
                                     description=t("money_course.explorer.loyalty"),
                                     style={"description_width": "170px"}, layout=w.Layout(width="390px"))
        rates = damage.loyalty_rates(loyalty if isinstance(loyalty, (str, dict)) else "large")
        self.loyalty = {g: slider(w.FloatSlider, t(f"damage.param.loyalty.{g}"), rates[g], 0, 1, 0.01, ".0%")
                        for g in damage.GROUPS}
        self.word_of_mouth = w.Checkbox(value=bool(start["word_of_mouth"]),
                                        description=t("money_course.explorer.wom"), indent=False,
                                        layout=w.Layout(width="380px"))
        self.conversion = slider(w.FloatSlider, t("damage.param.word_of_mouth.conversion"), start["conversion"],
                                 0, 0.2, 0.005, ".1%")
        wom_note = w.HTML(f'<div style="color:#555;font-size:0.9em;line-height:1.25">'
                          f'{html.escape(t("money_course.explorer.wom_note"))}</div>', layout=w.Layout(width="380px"))
        self.preset.observe(self._on_preset, names="value")
        self._own_handlers = (self.preset,)
        for control in self.loyalty.values():
            control.disabled = self.preset.value != "custom"
        return [self.customers, self.problem_rate, self.complaint_rate, self.quick, self.resolved, self.unresolved,
                self.value_per_customer, self.baseline_loyalty, self.preset, *self.loyalty.values(),
                self.word_of_mouth, self.conversion, wom_note]

    def before_update(self, change):
        self.conversion.disabled = not self.word_of_mouth.value
        rest = round(1.0 - float(self.quick.value) - float(self.resolved.value), 10)
        self.unresolved.value = t("money_course.explorer.unresolved_rest", share=f"{max(rest, 0.0):.0%}")

    def compute(self):
        inputs = self.inputs()
        rest = inputs["outcomes"]["unresolved"]
        if rest < 0:
            self.result = None
            raise InputError(t("money_course.explorer.mix_invalid",
                               total=f"{self.quick.value + self.resolved.value:.0%}"))
        try:
            self.result = self._damage.market_damage(**inputs)
        except InputError:
            self.result = None
            raise
        return self.result

    def build(self, figure, state):
        self.axes = figure.subplots(2, 1, height_ratios=[1.15, 1])
        self.funnel = self._damage.FunnelChart(self.axes[0], state)
        self.revenue = self._damage.RevenueChart(self.axes[1], state)

    def draw(self, state):
        self.funnel.update(state)
        self.revenue.update(state)

    def animated(self):
        return self.funnel.artists() + self.revenue.artists()

    def static_key(self, state):
        return self.funnel.key, self.revenue.key

    def layout_key(self, state):
        return tuple(self.funnel.keys), tuple(self.revenue.keys)

    def note(self, state):
        # nobody with a problem (problem rate 0 or no customers): say why every figure is 0
        return "" if state.customers_with_problem > 0 else t("money_course.explorer.no_problems")

    def cards(self, result):
        items = [("customers_lost", result.customers_lost), ("revenue_at_risk", result.revenue_at_risk),
                 ("excess_lost", result.excess_lost)]
        if result.net_value_at_risk is not None:
            items += [("prospects_lost", result.prospects_lost), ("prospects_won", result.prospects_won),
                      ("net_value_at_risk", result.net_value_at_risk)]
        return [(t(f"damage.metric.{name}"), thousands(value)) for name, value in items if value is not None]

    # -- callbacks ------------------------------------------------------------------------------------------
    def _on_preset(self, change=None):
        """A TARP preset fills and locks the loyalty sliders; 'custom' unlocks them (one update at the end)."""
        preset = self.preset.value
        with self.hold():
            if preset != "custom":
                for group, rate in self._damage.loyalty_rates(preset).items():
                    self.loyalty[group].value = rate
            for control in self.loyalty.values():
                control.disabled = preset != "custom"

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
