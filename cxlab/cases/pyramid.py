"""Handout case of the experience pyramid module: the online retailer's three-step checkout
(``pyramid_retailer_checkout``).

The group gets the checkout measures before and after the change with their goalposts, the two pyramids side by
side and five questions: one measure's attainment by hand, a level's score against its threshold, the highest
level reached and the next piece of work, why delight does not count on a shaky base, and what the rise in
repurchase is worth. The answers come from :func:`cxlab.pyramid.measures_from` and :func:`cxlab.pyramid.assess`
(and :func:`cxlab.damage.rate_by_group` for repurchase) on the group's own data. A group variant redraws the
checkout sessions with replacement within each period, so every measure and score differs from group to group.
"""
from __future__ import annotations

import pandas as pd

from .. import damage, pyramid
from ..handouts import Case, Question

__all__ = ["CASES", "retailer_checkout"]

#: The measure the attainment question works through (level 2.0).
WORKED = "ces"


def _value(ctx, measure, value) -> str:
    """A measure's value as the table prints it: rates and shares as %, the effort score and steps as numbers."""
    if measure.endswith(("_rate", "_share")):
        return ctx.pct(value, 1)
    return ctx.num(value, 2 if measure == "ces" else 1)


def _level(ctx, level) -> str:
    """'2.0 effortless experience' (number and name) in the handout's language."""
    return ctx.term("pyramid.level.short", level=level, name=pyramid.level_name(level))


def retailer_checkout(ctx):
    """The three-step checkout case for one variant (see the module docstring)."""
    sessions = ctx.load("pyramid_retailer_checkout", strata="period")
    measures = pyramid.measures_from(sessions, by="period")
    before, after = pyramid.assess(measures.loc["before"]), pyramid.assess(measures.loc["after"])

    rows = before.measures.index
    shown = pd.DataFrame({
        ctx.t("col.level"): [before.measures.at[m, "level"] for m in rows],
        ctx.t("col.before"): [_value(ctx, m, before.measures.at[m, "value"]) for m in rows],
        ctx.t("col.after"): [_value(ctx, m, after.measures.at[m, "value"]) for m in rows],
        ctx.t("col.floor"): [_value(ctx, m, before.measures.at[m, "floor"]) for m in rows],
        ctx.t("col.target"): [_value(ctx, m, before.measures.at[m, "target"]) for m in rows],
    }, index=[pyramid.measure_name(m) for m in rows])
    table = ctx.table(shown, "measures", index_name=ctx.t("col.measure"))
    chart = ctx.figure(pyramid.plot_before_after, before, after, caption="pyramids", size=(10.5, 4.6), panels=2)

    worked_b, worked_a = before.measures.loc[WORKED], after.measures.loc[WORKED]
    level = worked_a["level"]
    part = after.measures[after.measures["level"] == level]
    score = after.levels.loc[level]
    # Delight on a shaky base: the retailer's "before" with every 3.0 measure at its target.
    top = pyramid.LEVELS[-1]
    wished = {m: before.measures.at[m, "value"] for m in rows}
    wished.update({m: before.measures.at[m, "target"] for m in rows if before.measures.at[m, "level"] == top})
    campaign = pyramid.assess(wished)
    repurchase = damage.rate_by_group(sessions, "period", "abandoned", means="repurchased_90d")["repurchased_90d"]

    def highest(result):
        return _level(ctx, result.highest) if result.highest else ctx.t("no_level")

    def next_work(result):
        gap = result.first_gap
        if gap is None:
            return ctx.t("q.levels.all")
        weakest = result.measures[result.measures["level"] == gap].sort_values("attainment").index[0]
        return ctx.t("q.levels.next", level=_level(ctx, gap),
                     score=ctx.pct(result.levels.at[gap, "score"]), threshold=ctx.pct(result.levels.at[gap, "threshold"]),
                     measure=pyramid.measure_name(weakest))

    def attainment(row):
        return ctx.t("q.attainment.line", value=ctx.num(row["value"], 2), floor=ctx.num(row["floor"], 0),
                     target=ctx.num(row["target"], 0), attainment=ctx.num(row["attainment"], 2))

    separator = ctx.term("handouts.list_separator")
    questions = [
        Question(ctx.t("q.attainment.text", measure=pyramid.measure_name(WORKED)),
                 ctx.t("q.attainment.answer", before=attainment(worked_b), after=attainment(worked_a)), lines=4),
        Question(ctx.t("q.score.text", level=_level(ctx, level)),
                 ctx.t("q.score.answer",
                       parts=" + ".join(ctx.num(v, 2) for v in part["attainment"]), count=len(part),
                       score=ctx.num(score["score"], 2), threshold=ctx.pct(score["threshold"]),
                       verdict=ctx.t("meets.yes" if score["meets"] else "meets.no"),
                       measures=separator.join(pyramid.measure_name(m) for m in part.index)), lines=4),
        Question(ctx.t("q.levels.text"),
                 ctx.t("q.levels.answer", before=highest(before), after=highest(after),
                       next_before=next_work(before), next_after=next_work(after)), lines=5),
        Question(ctx.t("q.blocked.text", level=_level(ctx, top)),
                 ctx.t("q.blocked.answer", level=top, score=ctx.pct(campaign.levels.at[top, "score"]),
                       status=ctx.term(f"pyramid.status.{campaign.levels.at[top, 'status']}"),
                       highest=highest(campaign)), lines=4),
        Question(ctx.t("q.repurchase.text"),
                 ctx.t("q.repurchase.answer", before=ctx.pct(repurchase.loc["before"]),
                       after=ctx.pct(repurchase.loc["after"])), lines=4),
    ]
    counts = sessions["period"].value_counts()
    weeks = sessions.groupby("period")["week"].nunique()
    steps = sessions.loc[sessions["period"] == "before", "checkout_steps"]
    return ctx.sheet(
        story={"before": ctx.num(counts["before"]), "after": ctx.num(counts["after"]),
               "weeks_before": int(weeks["before"]), "weeks_after": int(weeks["after"]),
               "steps_low": int(steps.min()), "steps_high": int(steps.max()),
               "steps_after": int(sessions.loc[sessions["period"] == "after", "checkout_steps"].max()),
               **{f"t{i}": ctx.pct(pyramid.THRESHOLDS[lv]) for i, lv in enumerate(pyramid.LEVELS, 1)}},
        data=[table, chart],
        questions=questions,
        key_numbers=[ctx.num(worked_a["attainment"], 2), ctx.num(score["score"], 2)],
    )


CASES = [Case("pyramid_retailer_checkout", module="01_pyramid", build=retailer_checkout)]
