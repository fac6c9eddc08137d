"""Handout case of the customer journey module: the appliance maker's washing-machine journey
(``journey_appliance``).

The group gets the touchpoint table (stage, reach, emotion, satisfaction, problem rate, loyalty drop), each
surveyed touchpoint's derived importance and performance, the customer journey map and five questions: the
emotion curve and the peak–end rule, one touchpoint's priority by hand, moments of truth and pain points, what
the worst touchpoint costs, and the itch points. The answers come from :func:`cxlab.journey.emotion_curve`,
:func:`cxlab.journey.moments_of_truth` and :func:`cxlab.journey.to_damage` on the group's own data. A group
variant draws the 800 survey respondents with replacement (each touchpoint's satisfaction is then that sample's
mean score, as in the course data), moves each touchpoint's reach and problem rate within ±10 % and the number
of customers and their value within ±15 % / ±10 %, so every importance, priority and amount differs.
"""
from __future__ import annotations

import numpy as np

from .. import journey
from ..handouts import Case, Question

__all__ = ["CASES", "appliance"]

#: The survey's overall-satisfaction column: the outcome the importance is derived from.
OUTCOME = "overall"


def _journey(ctx, survey):
    """The touchpoint table of the variant: the course table, or for a group its satisfaction recomputed from
    the group's survey sample and its reach and problem rates moved."""
    raw = ctx.load("journey_appliance", resample=False)
    if ctx.variant:
        surveyed = [c for c in raw["touchpoint"] if c in survey.columns]
        means = {c: round(float(survey[c].mean()), 2) for c in surveyed}
        raw["csat"] = [means.get(c, v) for c, v in zip(raw["touchpoint"], raw["csat"])]
        for column in ("reach", "problem_rate"):
            raw[column] = [ctx.vary(v, 0.10, digits=2, low=0.01, high=1.0) for v in raw[column]]
    return journey.touchpoints(raw)


def appliance(ctx):
    """The appliance journey case for one variant (see the module docstring)."""
    survey = ctx.load("journey_appliance_survey")
    table = _journey(ctx, survey)
    curve = journey.emotion_curve(table)
    mot = journey.moments_of_truth(table, survey, OUTCOME)
    customers = ctx.vary(200_000, 0.15, digits=-3)
    value = ctx.vary(3_000, 0.10, digits=-2)
    priced = journey.to_damage(table, customers=customers, value_per_customer=value)

    names = dict(zip(table["touchpoint"], journey.touchpoint_names(table, ctx.lang)))
    pct = (lambda v: "" if v != v else ctx.pct(v))
    one = (lambda v: "" if v != v else ctx.num(v, 1))
    two = (lambda v: "" if v != v else ctx.num(v, 2))
    shown = table.assign(stage=[journey.stage_name(s) for s in table["stage"]]).set_index("touchpoint")
    shown.index = [names[c] for c in shown.index]
    touchpoint_table = ctx.table(
        shown, "touchpoints",
        columns={"stage": ctx.t("col.stage"), "reach": ctx.t("col.reach"), "emotion": ctx.t("col.emotion"),
                 "csat": ctx.t("col.csat"), "problem_rate": ctx.t("col.problem_rate"),
                 "loyalty_drop": ctx.t("col.loyalty_drop")},
        formats={"reach": pct, "emotion": one, "csat": two, "problem_rate": pct, "loyalty_drop": pct},
        index_name=ctx.t("col.touchpoint"))
    rated = mot.table[mot.table["surveyed"].astype(bool)].set_index("touchpoint")
    rated.index = [names[c] for c in rated.index]
    importance_table = ctx.table(rated, "importance",
                                 columns={"importance": ctx.t("col.importance"),
                                          "performance": ctx.t("col.performance")},
                                 formats={"importance": lambda v: ctx.pct(v, 1), "performance": two},
                                 index_name=ctx.t("col.touchpoint"))
    chart = ctx.figure(journey.plot_journey_map, table, caption="map", size=(12.0, 5.8))  # no marks: the questions ask

    separator = ctx.term("handouts.list_separator")
    flags = mot.table.set_index("touchpoint")
    top = flags["priority"].idxmax()
    row = flags.loc[top]
    ranked = flags["priority"].dropna().sort_values(ascending=False).index[:3]
    high = float(mot.scale[1])
    worst = priced.iloc[0]

    def listing(column):
        return separator.join(names[c] for c in flags.index if bool(flags.at[c, column])) or ctx.term("handouts.none")

    def point(series):
        return ctx.t("q.curve.point", touchpoint=names[series["touchpoint"]], value=ctx.num(series["value"], 1))

    questions = [
        Question(ctx.t("q.curve.text"),
                 ctx.t("q.curve.answer", peak=point(curve.peak), trough=point(curve.trough), end=point(curve.end),
                       intense=ctx.num(curve.intense["value"], 1), end_value=ctx.num(curve.end["value"], 1),
                       peak_end=ctx.num(curve.peak_end, 2), mean=ctx.num(curve.mean, 2),
                       which=ctx.t("q.curve.trough" if curve.intense["touchpoint"] == curve.trough["touchpoint"]
                                   else "q.curve.peak"),
                       memory=ctx.t("q.curve.worse" if curve.peak_end < curve.mean else "q.curve.better")),
                 lines=5),
        Question(ctx.t("q.priority.text", touchpoint=names[top], high=ctx.num(high, 0)),
                 ctx.t("q.priority.answer", importance=ctx.num(row["importance"], 3), high=ctx.num(high, 0),
                       performance=ctx.num(row["performance"], 2), gap=ctx.num(row["gap"], 2),
                       reach=ctx.num(row["reach"], 2), priority=ctx.num(row["priority"], 3),
                       top=separator.join(names[c] for c in ranked)), lines=5),
        Question(ctx.t("q.moments.text"),
                 ctx.t("q.moments.answer", moments=listing("moment_of_truth"), pains=listing("pain"),
                       split=ctx.pct(mot.importance_split, 1)), lines=4),
        Question(ctx.t("q.damage.text", customers=ctx.num(customers), value=ctx.money(value),
                       touchpoint=names[worst["touchpoint"]]),
                 ctx.t("q.damage.answer", customers=ctx.num(customers), reach=ctx.pct(worst["reach"] / customers),
                       problem=ctx.pct(worst["problem_rate"]), drop=ctx.pct(worst["loyalty_drop"]),
                       lost=ctx.num(worst["customers_lost"]), revenue=ctx.money(worst["revenue_at_risk"]),
                       share=ctx.pct(worst["share"])), lines=5),
        Question(ctx.t("q.itch.text", threshold=ctx.pct(mot.delight_threshold)),
                 ctx.t("q.itch.answer", itches=listing("itch"), threshold=ctx.pct(mot.delight_threshold)), lines=4),
    ]
    return ctx.sheet(
        story={"touchpoints": len(table), "stages": int(np.unique(table["stage"]).size),
               "respondents": ctx.num(len(survey)), "surveyed": len(rated),
               "low": ctx.num(mot.scale[0], 0), "high": ctx.num(high, 0)},
        data=[touchpoint_table, importance_table, chart],
        questions=questions,
        key_numbers=[ctx.num(row["priority"], 3), ctx.num(worst["customers_lost"])],
    )


CASES = [Case("journey_appliance", module="04_journey", build=appliance)]
