"""Handout case of the experience return module: three companies' experience investments (``return_cases``).

The group gets the five scenarios' inputs, the lifetime-value curve of the retail chain and four questions
(lifetime value by hand, NPV/ROI/payback of every scenario, base against cautious, indirect returns); every
answer comes from :func:`cxlab.returns.clv` and :func:`cxlab.returns.experience_return`. A group variant moves
each company's investment, costs, margin and retention within ±4–10 % and each scenario's uplifts within ±25 %
(the same company-level draws for a company's two scenarios, so base and cautious stay comparable).
"""
from __future__ import annotations

import pandas as pd

from .. import returns
from ..handouts import Case, Question

__all__ = ["CASES", "return_cases"]

#: The inputs of :func:`cxlab.returns.experience_return` a scenario row holds, in the order of the table.
PARAMETERS = ("investment", "running_cost", "customers", "margin", "retention", "retention_uplift",
              "frequency_uplift", "basket_uplift", "referrals_per_customer", "referral_conversion", "discount",
              "horizon", "indirect")
#: Company-level inputs (drawn once per company) and their relative spread and rounding in a group variant.
COMPANY_SPREAD = {"investment": (0.10, -4), "running_cost": (0.10, -4), "margin": (0.10, 0), "retention": (0.04, 2)}
#: Scenario-level inputs and their relative spread and rounding in a group variant.
SCENARIO_SPREAD = {"retention_uplift": (0.25, 3), "frequency_uplift": (0.25, 3), "basket_uplift": (0.25, 3),
                   "referrals_per_customer": (0.25, 2)}


def _scenarios(ctx) -> pd.DataFrame:
    cases = ctx.load("return_cases", resample=False).set_index("case")
    if not ctx.variant:
        return cases
    for company in pd.unique(cases["company"]):
        rows = cases["company"] == company
        for column, (spread, digits) in COMPANY_SPREAD.items():
            cases.loc[rows, column] = ctx.vary(cases.loc[rows, column].iloc[0], spread, digits, low=0,
                                               high=0.95 if column == "retention" else None)
    for column, (spread, digits) in SCENARIO_SPREAD.items():
        cases[column] = [ctx.vary(v, spread, digits, low=0) for v in cases[column]]
    return cases


def _shown(ctx, name, value) -> str:
    if name in ("investment", "running_cost"):
        return ctx.money(value)
    if name in ("customers", "margin", "horizon"):
        return ctx.num(value)
    if name == "retention_uplift":
        return ctx.num(value * 100, 1)
    if name == "referrals_per_customer":
        return ctx.num(value, 2)
    return ctx.pct(value, 1 if name in ("frequency_uplift", "basket_uplift") else 0)


def return_cases(ctx):
    """The experience-return case for one variant (see the module docstring)."""
    cases = _scenarios(ctx)
    results = {case: returns.experience_return(**{p: row[p] for p in PARAMETERS}) for case, row in cases.iterrows()}
    labels = {case: ctx.t(f"case.{case}") for case in cases.index}
    table = pd.DataFrame({labels[c]: [_shown(ctx, p, cases.loc[c, p]) for p in PARAMETERS] for c in cases.index},
                         index=[ctx.term(f"returns.param.{p}") for p in PARAMETERS])

    orchard, cautious, river = cases.loc["orchard_base"], cases.loc["orchard_cautious"], cases.loc["riverline_base"]
    r1 = float(orchard["retention"])
    r2 = round(r1 + float(orchard["retention_uplift"]), 3)
    v1 = returns.clv(orchard["margin"], r1, orchard["discount"])
    v2 = returns.clv(orchard["margin"], r2, orchard["discount"])

    def payback(result, horizon):
        if result.payback_years is None:
            return ctx.term("money_course.explorer.no_payback", horizon=int(horizon))
        return ctx.term("money_course.explorer.payback_years", years=ctx.num(result.payback_years, 1))

    lines = "\n".join(
        ctx.t("q.npv.line", case=labels[c], npv=ctx.money(r.npv), roi=ctx.pct(r.roi), payback=payback(r, cases.loc[c, "horizon"]))
        for c, r in results.items())
    base, careful, market = results["orchard_base"], results["orchard_cautious"], results["riverline_base"]
    swapped = returns.experience_return(**{**base.inputs, "retention_uplift": cautious["retention_uplift"]})
    plain = returns.experience_return(**{**market.inputs, "indirect": 0.0})
    questions = [
        Question(ctx.t("q.clv.text", margin=ctx.money(orchard["margin"]), r1=ctx.pct(r1), r2=ctx.pct(r2, 1),
                       discount=ctx.pct(orchard["discount"])),
                 ctx.t("q.clv.answer", margin=ctx.num(orchard["margin"]), r1=ctx.num(r1, 2), r2=ctx.num(r2, 3),
                       d=ctx.num(orchard["discount"], 2), v1=ctx.money(v1), v2=ctx.money(v2), gain=ctx.money(v2 - v1),
                       share=ctx.pct(v2 / v1 - 1)), lines=4),
        Question(ctx.t("q.npv.text", horizon=int(orchard["horizon"])), ctx.t("q.npv.answer", lines=lines), lines=6),
        Question(ctx.t("q.cautious.text"),
                 ctx.t("q.cautious.answer", npv_b=ctx.money(base.npv), roi_b=ctx.pct(base.roi),
                       npv_c=ctx.money(careful.npv), roi_c=ctx.pct(careful.roi),
                       u_b=ctx.num(orchard["retention_uplift"] * 100, 1), u_c=ctx.num(cautious["retention_uplift"] * 100, 1),
                       npv_s=ctx.money(swapped.npv)), lines=5),
        Question(ctx.t("q.indirect.text", share=ctx.pct(river["indirect"])),
                 ctx.t("q.indirect.answer", indirect=ctx.money(market.indirect_value),
                       total=ctx.money(market.incremental_value),
                       share=ctx.pct(market.indirect_value / market.incremental_value, 1), npv=ctx.money(market.npv),
                       npv_plain=ctx.money(plain.npv)), lines=4),
    ]
    return ctx.sheet(
        story={"companies": cases["company"].nunique(), "scenarios": len(cases)},
        data=[ctx.table(table, "cases", index_name=ctx.t("col.parameter")),
              ctx.figure(returns.plot_clv_vs_retention, orchard["margin"], orchard["discount"], caption="clv",
                         size=(7.0, 4.2))],
        questions=questions,
        key_numbers=[ctx.num(v1), ctx.num(v2), ctx.num(base.npv)],
    )


CASES = [Case("return_cases", module="06_returns", build=return_cases)]
