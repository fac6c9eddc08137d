"""Handout case of the capstone module: the one-page improvement plan worksheet of Yuejia Home Appliances
(``capstone_plan``).

The group gets what every model found on its own data (one line each, from :meth:`cxlab.capstone.Plan.findings`),
the business-case figures, the plan chart (:func:`cxlab.capstone.plot_plan`) and five questions that together
make the one-page plan (what to fix first and who owns it, the evidence, is it worth it, how to measure it, what
not to do yet). A group variant re-draws every survey and the order log with replacement (whole customers), the
NPS survey within each wave, and moves the cost of the fix and the retention it adds; the answers come from
:func:`cxlab.capstone.plan` on that variant's frames, so they match each group's own numbers.
"""
from __future__ import annotations

import pandas as pd

from .. import capstone, kano
from ..handouts import Case, Question

__all__ = ["CASES", "improvement_plan"]

#: How each dataset is re-drawn for a group (cluster = whole customers; strata = within the waves).
_DRAW = {
    "capstone_customers": {"cluster": "customer_id"}, "capstone_orders": {"cluster": "customer_id"},
    "capstone_kano": {"cluster": "customer_id"}, "capstone_kano_features": {"resample": False},
    "capstone_servqual": {"cluster": "customer_id"}, "capstone_touchpoints": {"resample": False},
    "capstone_journey_survey": {"cluster": "customer_id"}, "capstone_feedback": {"strata": "wave"},
    "capstone_parameters": {"resample": False},
}


def improvement_plan(ctx):
    """The capstone plan worksheet for one variant (see the module docstring)."""
    case = capstone.from_frames({name: ctx.load(name, **how) for name, how in _DRAW.items()})
    base = case.parameters
    plan = capstone.plan(case, investment=ctx.vary(base["investment"], 0.25, -4),
                         retention_uplift=ctx.vary(base["retention_uplift"], 0.3, 3, low=0.005))
    found = plan.findings()
    steps = [f"{k + 1} {ctx.term(f'capstone.step.{s}.name')}" for k, s in enumerate(capstone.STEPS)]
    evidence = pd.DataFrame({ctx.t("col.finding"): [found[s] for s in capstone.STEPS]},
                            index=pd.Index(steps, name=ctx.t("col.step")))
    table = ctx.table(evidence, "evidence")
    figures = ctx.table(case.parameter_table(plan.parameters).set_index(ctx.term("capstone.column.parameter")),
                        "parameters")
    chart = ctx.figure(capstone.plot_plan, plan, caption="plan", size=(13, 5.8))

    worst = plan.worst_row()
    names = case.touchpoint_names()
    feature_names = case.feature_names()
    damage = plan.damage_row()
    attractive = [f for f in plan.kano.index if plan.kano.at[f, "category"] == "A"]
    separator = ctx.term("handouts.list_separator")
    change = plan.nps_change
    ret = plan.returns
    questions = [
        Question(ctx.t("q.first.text"),
                 ctx.t("q.first.answer", touchpoint=names[plan.worst],
                       owner=ctx.term(f"journey.owner.{worst['owner']}"),
                       feature=feature_names[plan.must_be] if plan.must_be else ctx.term("handouts.none"),
                       rank=int(worst["rank"])), lines=4),
        Question(ctx.t("q.evidence.text"),
                 ctx.t("q.evidence.answer", kano=found["kano"], servqual=found["servqual"],
                       journey=found["journey"]), lines=6),
        Question(ctx.t("q.worth.text"),
                 ctx.t("q.worth.answer", revenue=ctx.money(damage["revenue_at_risk"]),
                       lost=ctx.num(damage["customers_lost"]), npv=ctx.money(ret.npv),
                       roi="—" if ret.roi is None else ctx.pct(ret.roi),
                       payback=ctx.num(ret.payback_years, 1) if ret.payback_years is not None else "—",
                       uplift=ctx.pct(plan.parameters["retention_uplift"], 1)), lines=5),
        Question(ctx.t("q.measure.text"),
                 ctx.t("q.measure.answer", before=ctx.pct(plan.first_fix.at["before", "share"]),
                       pilot=ctx.pct(plan.first_fix.at["pilot", "share"]), nps_before=ctx.num(change.a.nps, 1),
                       nps_pilot=ctx.num(change.b.nps, 1), low=ctx.num(change.low, 1),
                       high=ctx.num(change.high, 1)), lines=4),
        Question(ctx.t("q.not_yet.text"),
                 ctx.t("q.not_yet.answer", features=separator.join(feature_names[f] for f in attractive)
                       or ctx.term("handouts.none"), category=kano.category_name("A")), lines=3),
    ]
    return ctx.sheet(
        story={"company": ctx.term("capstone.company"), "customers": ctx.num(len(case.customers)),
               "survey": ctx.num(len(case.survey))},
        data=[table, figures, chart],
        questions=questions,
        key_numbers=[ctx.num(damage["revenue_at_risk"]), ctx.num(change.b.nps, 1)],
    )


CASES = [Case("capstone_plan", module="08_capstone", build=improvement_plan)]
