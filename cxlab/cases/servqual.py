"""Handout case of the SERVQUAL module: the bank branch survey (``servqual_bank``).

The group gets, per dimension, the mean expectation, perception, gap and weight, Cronbach's alpha of each
dimension, the gap score by customer segment and the gap chart, and five questions: can the scales be trusted,
a gap score by hand, the weighted SERVQUAL score, which segment is worse off where, and what to work on first
(importance–performance). The answers come from :func:`cxlab.servqual.reliability`, :func:`cxlab.servqual.gaps`,
:func:`cxlab.servqual.segments` and :func:`cxlab.servqual.ipa` on the group's own data. A group variant draws the
respondents with replacement (whole questionnaires, with each one's weights and overall rating), so every mean,
alpha and gap differs from group to group.
"""
from __future__ import annotations

import pandas as pd

from .. import datasets, servqual
from ..handouts import Case, Question

__all__ = ["CASES", "bank_branch"]


def _respondents(ctx, answers) -> pd.DataFrame:
    """The bank's respondent table (weights, overall rating) for the respondents of ``answers``: a respondent
    drawn twice for a group (``B057`` and ``B057.2``) gets a row under each id."""
    people = datasets.load("servqual_bank_respondents").set_index("respondent")
    ids = pd.unique(answers["respondent"])
    rows = people.loc[[str(i).split(".")[0] for i in ids]].reset_index(drop=True)
    rows.insert(0, "respondent", ids)
    return rows


def bank_branch(ctx):
    """The bank-branch SERVQUAL case for one variant (see the module docstring)."""
    answers = ctx.load("servqual_bank", cluster="respondent")
    people = _respondents(ctx, answers)
    alphas = servqual.reliability(answers)
    result = servqual.gaps(answers, weights=people)
    by_segment = servqual.segments(answers, "segment", weights=people)
    grid = servqual.ipa(result)
    dims = result.dimensions
    names = {d: servqual.dimension_name(d, ctx.lang) for d in servqual.DIMENSIONS}

    two = (lambda v: ctx.num(v, 2))
    table = ctx.table(dims.rename(index=names), "dimensions",
                      columns={"items": ctx.t("col.items"), "expectation": ctx.t("col.expectation"),
                               "perception": ctx.t("col.perception"), "gap": ctx.t("col.gap"),
                               "weight": ctx.t("col.weight")},
                      formats={"expectation": two, "perception": two, "gap": two, "weight": lambda v: ctx.num(v, 1)},
                      index_name=ctx.t("col.dimension"))
    alpha_table = ctx.table(alphas.rename(index=names), "alpha",
                            columns={"expectation": ctx.t("col.expectation"), "perception": ctx.t("col.perception"),
                                     "gap": ctx.t("col.gap")},
                            formats={c: two for c in ("expectation", "perception", "gap")},
                            index_name=ctx.t("col.dimension"))
    segment_names = {s: ctx.term(f"servqual.segment.{s}") for s in by_segment.index}
    segment_table = ctx.table(by_segment.rename(index=segment_names, columns=names), "segments",
                              columns={**{names[d]: names[d] for d in servqual.DIMENSIONS},
                                       "weighted": ctx.t("col.weighted"), "respondents": ctx.t("col.respondents")},
                              formats={**{names[d]: two for d in servqual.DIMENSIONS}, "weighted": two},
                              index_name=ctx.t("col.segment"))
    chart = ctx.figure(servqual.plot_gaps, result, caption="gaps", size=(7.2, 3.6))

    separator = ctx.term("handouts.list_separator")
    worst = dims["gap"].idxmin()
    flagged = [d for d in alphas.index if bool(alphas.at[d, "flagged"])]
    threshold = float(alphas.attrs.get("threshold", servqual.ALPHA_THRESHOLD))
    reliability = (ctx.t("q.alpha.answer_low", dimensions=separator.join(names[d] for d in flagged),
                         threshold=ctx.num(threshold, 1))
                   if flagged else ctx.t("q.alpha.answer_ok", threshold=ctx.num(threshold, 1)))
    terms = " + ".join(f"{ctx.num(dims.at[d, 'weight'], 1)} × ({ctx.num(dims.at[d, 'gap'], 2)})"
                       for d in servqual.DIMENSIONS)
    # the same sum from the rounded numbers of Table 1, as the group computes it
    by_hand = sum(round(float(dims.at[d, "weight"]), 1) * round(float(dims.at[d, "gap"]), 2)
                  for d in servqual.DIMENSIONS) / 100
    segments = list(by_segment.index)
    low, high = by_segment["weighted"].idxmin(), by_segment["weighted"].idxmax()
    spread = (by_segment.loc[low, list(servqual.DIMENSIONS)] - by_segment.loc[high, list(servqual.DIMENSIONS)])
    widest = spread.idxmin()
    quadrant = {q: [d for d in grid.index if grid.at[d, "quadrant"] == q] for q in pd.unique(grid["quadrant"])}

    def listing(q):
        return separator.join(names[d] for d in quadrant.get(q, [])) or ctx.term("handouts.none")

    questions = [
        Question(ctx.t("q.alpha.text", threshold=ctx.num(threshold, 1)), reliability, lines=4),
        Question(ctx.t("q.gap.text", dimension=names[worst]),
                 ctx.t("q.gap.answer", dimension=names[worst], perception=two(dims.at[worst, "perception"]),
                       expectation=two(dims.at[worst, "expectation"]), gap=two(dims.at[worst, "gap"]),
                       best=names[dims["gap"].idxmax()], best_gap=two(dims["gap"].max())), lines=4),
        Question(ctx.t("q.weighted.text"),
                 ctx.t("q.weighted.answer", terms=terms, hand=two(by_hand), weighted=two(result.weighted),
                       unweighted=two(result.unweighted), n=result.n_weighted, total=result.n_respondents),
                 lines=5),
        Question(ctx.t("q.segment.text", segments=separator.join(segment_names[s] for s in segments)),
                 ctx.t("q.segment.answer", low=segment_names[low], low_score=two(by_segment.at[low, "weighted"]),
                       high=segment_names[high], high_score=two(by_segment.at[high, "weighted"]),
                       dimension=names[widest], low_gap=two(by_segment.at[low, widest]),
                       high_gap=two(by_segment.at[high, widest])), lines=4),
        Question(ctx.t("q.ipa.text"),
                 ctx.t("q.ipa.answer", quadrants="\n".join(
                     ctx.t("q.ipa.line", quadrant=ctx.term(f"stats.ipa.{q}"), dimensions=listing(q))
                     for q in ("concentrate", "keep_up", "low_priority", "overkill"))), lines=5),
    ]
    return ctx.sheet(
        story={"respondents": ctx.num(result.n_respondents), "items": len(servqual.ITEMS),
               "dimensions": len(servqual.DIMENSIONS), "low": servqual.SCALE[0], "high": servqual.SCALE[1]},
        data=[table, alpha_table, segment_table, chart],
        questions=questions,
        key_numbers=[two(dims.at[worst, "gap"]), two(result.weighted)],
    )


CASES = [Case("servqual_bank", module="03_servqual", build=bank_branch)]
