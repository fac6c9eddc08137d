"""Handout cases of the experience damage module: the online retailer and the hotel check-in.

``damage_online_retailer``
    Orders by processing time, the before/after of the shop's improvement, the market damage model's inputs
    and the touchpoint Pareto chart; questions walk the five steps (data → factors → what it is worth → what
    the change saved → the next target). A group variant resamples the orders within each month and moves the
    shop's size, customer value and touchpoint rates within ±10–15 %.
``damage_hotel_checkin``
    Stays by waiting time and before/after the front-desk changes; questions on the tipping point, silent
    guests, the effect of the change and the link to SERVQUAL and KANO. A group variant resamples the stays
    within each period.

Every number comes from :mod:`cxlab.damage` (``rate_by_band``, ``rate_by_group``, ``funnel_rates``,
``market_damage``, ``sensitivity``, ``touchpoint_damage``) run on the group's data.
"""
from __future__ import annotations

import pandas as pd

from .. import damage, datasets, kano
from ..handouts import Case, Question

__all__ = ["CASES", "online_retailer", "hotel_checkin"]

INF = float("inf")


def _by_band(ctx, frame, column, unit_key, formatter):
    """'0–12 h: 2%, 12–24 h: 4%, …' from one column of a rate_by_band table."""
    unit = ctx.t(unit_key)
    return ctx.term("handouts.list_separator").join(f"{band} {unit}: {formatter(v)}" for band, v in frame[column].items())


def _rates_table(ctx, frame, caption, flags, extra=(), index_name=None):
    columns = {"n": ctx.term("money_course.col.n"), **{f: ctx.term(f"money_course.col.{f}") for f in flags},
               **{c: ctx.term(f"money_course.col.{c}") for c in extra}}
    digits = {"satisfaction": 2}
    formats = {"n": ctx.num, **{f: ctx.pct for f in flags},
               **{c: (lambda v, d=digits.get(c, 1): ctx.num(v, d)) for c in extra}}
    return ctx.table(frame, caption, columns=columns, formats=formats, index_name=index_name)


def online_retailer(ctx):
    """The online-retailer case for one variant (see the module docstring)."""
    orders = ctx.load("damage_online_retailer", strata="month")
    before, after = orders[orders["month"] < 7], orders[orders["month"] >= 7]
    flags = ["problem", "satisfied", "repurchased"]
    by_speed = damage.rate_by_band(before, "processing_hours", flags, bins=[0, 12, 24, 48, 96, INF])
    monitor = damage.rate_by_band(orders, "month", flags, bins=[1, 6, 12], labels=["before", "after"],
                                  medians=["processing_hours", "response_hours"])
    monitor.index = [ctx.term(f"money_course.period.{p}") for p in monitor.index]

    customers = ctx.vary(60_000, 0.15, digits=-3)
    value = ctx.vary(420, 0.10, digits=-1)
    quick = ctx.vary(0.30, 0.20, digits=2)
    outcomes = {"resolved_quickly": quick, "resolved": 0.40, "unresolved": round(1 - quick - 0.40, 2)}
    rates = damage.funnel_rates(before)
    retailer = damage.market_damage(customers=customers, problem_rate=rates["problem_rate"],
                                    complaint_rate=rates["complaint_rate"], outcomes=outcomes, loyalty="small",
                                    value_per_customer=value)
    improved = damage.market_damage(**{**retailer.inputs, "problem_rate": damage.funnel_rates(after)["problem_rate"]})
    swings = damage.sensitivity(retailer.inputs, change=0.1)
    levers = swings[~swings["parameter"].isin(["customers", "value_per_customer"])].reset_index(drop=True)
    top, complaint = levers.iloc[0], swings.set_index("parameter").loc["complaint_rate"]

    touchpoints = ctx.load("damage_retailer_touchpoints", resample=False)
    for column, digits in (("reach", -2), ("problem_rate", 3), ("loyalty_drop", 2)):
        touchpoints[column] = [ctx.vary(v, 0.10, digits=digits, low=0, high=1 if column != "reach" else None)
                               for v in touchpoints[column]]
    touchpoints["value_per_customer"] = value
    touchpoints["touchpoint"] = [ctx.term(f"money_course.touchpoint.{c}") for c in touchpoints["touchpoint"]]
    pareto = damage.touchpoint_damage(touchpoints)
    reach80 = int((pareto["cumulative_share"] < 0.8).sum()) + 1
    head = pareto.head(reach80)

    groups = retailer.groups.set_index("group")
    inputs = [
        ("customers", ctx.num(customers)),
        ("value_per_customer", ctx.money(value)),
        ("problem_rate", ctx.pct(rates["problem_rate"], 1)),
        ("complaint_rate", ctx.pct(rates["complaint_rate"], 1)),
        *[(f"outcomes.{o}", ctx.pct(outcomes[o])) for o in damage.OUTCOMES],
        *[(f"loyalty.{g}", ctx.pct(groups.loc[g, "loyalty"])) for g in damage.GROUPS],
    ]
    model_inputs = pd.DataFrame({ctx.t("col.value"): [v for _, v in inputs]},
                                index=[ctx.term(f"damage.param.{p}") for p, _ in inputs])
    lost = {g: ctx.num(groups.loc[g, "lost"]) for g in damage.GROUPS}
    questions = [
        Question(ctx.t("q.factor.text"),
                 ctx.t("q.factor.answer",
                       problems=_by_band(ctx, by_speed, "problem", "unit.hours", ctx.pct),
                       satisfied=_by_band(ctx, by_speed, "satisfied", "unit.hours", ctx.pct)), lines=4),
        Question(ctx.t("q.damage.text"),
                 ctx.t("q.damage.answer", with_problem=ctx.num(retailer.customers_with_problem),
                       complainers=ctx.num(retailer.complainers), silent=ctx.num(retailer.silent),
                       lost=ctx.num(retailer.customers_lost), value=ctx.num(value),
                       revenue=ctx.money(retailer.revenue_at_risk), **{f"lost_{g}": lost[g] for g in damage.GROUPS}),
                 lines=6),
        Question(ctx.t("q.lever.text"),
                 ctx.t("q.lever.answer", parameter=ctx.term(f"damage.param.{top['parameter']}"),
                       low=ctx.money(top["target_low"]), high=ctx.money(top["target_high"]),
                       c_low=ctx.money(complaint["target_low"]), c_high=ctx.money(complaint["target_high"])), lines=4),
        Question(ctx.t("q.saved.text", after_rate=ctx.pct(improved.inputs["problem_rate"], 1)),
                 ctx.t("q.saved.answer", before=ctx.money(retailer.revenue_at_risk),
                       after=ctx.money(improved.revenue_at_risk),
                       saved=ctx.money(retailer.revenue_at_risk - improved.revenue_at_risk)), lines=3),
        Question(ctx.t("q.pareto.text"),
                 ctx.t("q.pareto.answer", top=ctx.term("handouts.list_separator").join(head["touchpoint"]),
                       count=len(head), cumulative=ctx.pct(head["cumulative_share"].iloc[-1]),
                       first=pareto["touchpoint"].iloc[0], share=ctx.pct(pareto["share"].iloc[0])), lines=4),
        Question(ctx.t("q.internal.text"), ctx.t("q.internal.answer"), lines=4),
    ]
    return ctx.sheet(
        story={"orders": ctx.num(len(orders)), "customers": ctx.num(customers)},
        data=[
            _rates_table(ctx, by_speed, "speed", flags, index_name=ctx.term("money_course.col.processing_band")),
            _rates_table(ctx, monitor, "monitor", flags, extra=["processing_hours", "response_hours"]),
            ctx.table(model_inputs, "inputs", index_name=ctx.t("col.parameter")),
            ctx.figure(damage.plot_pareto, pareto, caption="pareto", size=(7.2, 4.4)),
        ],
        questions=questions,
        key_numbers=[ctx.num(retailer.customers_lost), ctx.num(retailer.revenue_at_risk)],
    )


def hotel_checkin(ctx):
    """The hotel check-in case for one variant (see the module docstring)."""
    stays = ctx.load("damage_hotel_checkin", strata="period")
    flags = ["complained", "stayed_again"]
    by_wait = damage.rate_by_band(stays, "wait_minutes", flags, bins=[0, 5, 10, 20, 30, 60, INF],
                                  means="satisfaction")
    periods = damage.rate_by_group(stays, "period", flags + ["pre_checkin"], means=["wait_minutes", "satisfaction"],
                                   order=["before", "after"])
    silent = damage.rate_by_group(stays, "stayed_again", "complained", order=[0, 1])["share"]
    steps = by_wait["satisfaction"].diff()
    worst = steps.idxmin()
    position = list(by_wait.index).index(worst)
    band_a, band_b = by_wait.index[position - 1], worst

    speed = kano.classify(kano.clean(datasets.load("kano_hotel_app")).answers).loc["checkin_speed"]
    names = datasets.load("kano_hotel_app_features").set_index("feature")[f"name_{ctx.lang}"]

    shown = periods.drop(columns=["pre_checkin"])
    shown.index = [ctx.term(f"money_course.period.{p}") for p in shown.index]
    b, a = periods.loc["before"], periods.loc["after"]
    questions = [
        Question(ctx.t("q.tipping.text"),
                 ctx.t("q.tipping.answer",
                       satisfaction=_by_band(ctx, by_wait, "satisfaction", "unit.minutes", lambda v: ctx.num(v, 2)),
                       band_a=band_a, band_b=band_b, drop=ctx.num(-steps[worst], 2),
                       complaints=_by_band(ctx, by_wait, "complained", "unit.minutes", ctx.pct),
                       returns=_by_band(ctx, by_wait, "stayed_again", "unit.minutes", ctx.pct)), lines=5),
        Question(ctx.t("q.silent.text"),
                 ctx.t("q.silent.answer", share_gone=ctx.pct(silent.loc[0]), share_back=ctx.pct(silent.loc[1])),
                 lines=3),
        Question(ctx.t("q.effect.text"),
                 ctx.t("q.effect.answer", wait_b=ctx.num(b["wait_minutes"], 1), wait_a=ctx.num(a["wait_minutes"], 1),
                       sat_b=ctx.num(b["satisfaction"], 2), sat_a=ctx.num(a["satisfaction"], 2),
                       comp_b=ctx.pct(b["complained"], 1), comp_a=ctx.pct(a["complained"], 1),
                       back_b=ctx.pct(b["stayed_again"]), back_a=ctx.pct(a["stayed_again"]),
                       pre=ctx.pct(a["pre_checkin"])), lines=4),
        Question(ctx.t("q.standard.text"), ctx.t("q.standard.answer", band_a=band_a, band_b=band_b), lines=4),
        Question(ctx.t("q.link.text"),
                 ctx.t("q.link.answer", feature=names["checkin_speed"],
                       category=kano.category_name(speed["category"]), better=ctx.num(speed["better"], 2),
                       worse=ctx.num(speed["worse"], 2)), lines=4),
    ]
    return ctx.sheet(
        story={"stays": ctx.num(len(stays))},
        data=[
            _rates_table(ctx, by_wait, "wait", flags, extra=["satisfaction"],
                         index_name=ctx.term("money_course.col.wait_band")),
            _rates_table(ctx, shown, "periods", flags, extra=["wait_minutes", "satisfaction"]),
        ],
        questions=questions,
        key_numbers=[ctx.num(b["wait_minutes"], 1), ctx.num(a["wait_minutes"], 1)],
    )


CASES = [
    Case("damage_online_retailer", module="05_damage", build=online_retailer),
    Case("damage_hotel_checkin", module="05_damage", build=hotel_checkin),
]
