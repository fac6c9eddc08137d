"""Handout case of the customer-experience value module: the supermarket chain's two NPS waves
(``value_retail_nps``).

The group gets NPS per wave with the counts and intervals, the waves chart and four questions (an interval by
hand, is the change real, a region that did not improve, the inner loop); the answers come from
:func:`cxlab.value.nps_table`, :func:`cxlab.value.change_table` and :func:`cxlab.value.closed_loop` on the group's
own data. A group variant redraws the answers with replacement within each wave, so the numbers differ.
"""
from __future__ import annotations

from .. import value
from ..handouts import Case, Question

__all__ = ["CASES", "retail_nps"]


def retail_nps(ctx):
    """The retail NPS case for one variant (see the module docstring)."""
    survey = ctx.load("value_retail_nps", strata="wave")
    waves = value.nps_table(survey, by="wave")
    first, last = waves.index[0], waves.index[-1]
    table = ctx.table(waves[["n", "promoters", "detractors", "nps", "low", "high"]], "waves",
                      formats={c: (lambda v: ctx.num(v, 1)) for c in ("nps", "low", "high")},
                      columns={c: ctx.t(f"col.{c}") for c in ("n", "promoters", "detractors", "nps", "low", "high")},
                      index_name=ctx.t("col.wave"))
    results = {ctx.t("wave_label", wave=w): value.nps(survey.loc[survey["wave"] == w, "score"]) for w in waves.index}
    chart = ctx.figure(value.plot_nps_waves, results, caption="waves", size=(7.2, 3.4))
    change = value.change_table(survey, by="region")
    loop = value.closed_loop(survey).inner
    w1 = waves.loc[first]
    flat = [r for r in change.index[1:] if not change.loc[r, "significant"]]
    region_names = ctx.term("handouts.list_separator").join(ctx.term(f"value_course.region.{r}") for r in flat) \
        or ctx.term("handouts.none")
    verdict = ctx.t("verdict.real" if change.loc["all", "significant"] else "verdict.noise")
    questions = [
        Question(ctx.t("q.interval.text", wave=first),
                 ctx.t("q.interval.answer", n=int(w1["n"]), promoters=int(w1["promoters"]),
                       detractors=int(w1["detractors"]), nps=ctx.num(w1["nps"], 1), low=ctx.num(w1["low"], 1),
                       high=ctx.num(w1["high"], 1)), lines=4),
        Question(ctx.t("q.change.text"),
                 ctx.t("q.change.answer", difference=ctx.num(change.loc["all", "difference"], 1),
                       low=ctx.num(change.loc["all", "low"], 1), high=ctx.num(change.loc["all", "high"], 1),
                       verdict=verdict), lines=4),
        Question(ctx.t("q.region.text"), ctx.t("q.region.answer", regions=region_names), lines=3),
        Question(ctx.t("q.loop.text"),
                 ctx.t("q.loop.answer", first=ctx.pct(loop.loc[first, "within_target_share"]),
                       last=ctx.pct(loop.loc[last, "within_target_share"])), lines=3),
    ]
    return ctx.sheet(story={"n": int(waves["n"].sum())}, data=[table, chart], questions=questions,
                     key_numbers=[ctx.num(w1["nps"], 1), ctx.num(change.loc["all", "difference"], 1)])


CASES = [Case("value_retail_nps", module="07_value", build=retail_nps)]
