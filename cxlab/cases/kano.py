"""Handout case of the KANO module: the hotel group's app survey (``kano_hotel_app``).

The group gets the category counts of 13 features after cleaning, the stacked category chart and five
questions (cleaning, categories, Better/Worse by hand, a near tie, priorities); the answers come from
:func:`cxlab.kano.clean` and :func:`cxlab.kano.classify` on the group's own data. A group variant draws 240
respondents with replacement (whole questionnaires), so counts and coefficients differ from group to group.
"""
from __future__ import annotations

from .. import datasets, kano
from ..handouts import Case, Question

__all__ = ["CASES", "hotel_app"]


def _names(lang) -> dict:
    features = datasets.load("kano_hotel_app_features")
    return dict(zip(features["feature"], features[f"name_{lang}"]))


def _listing(ctx, features, names) -> str:
    return ctx.term("handouts.list_separator").join(names[f] for f in features) or ctx.term("handouts.none")


def hotel_app(ctx):
    """The KANO hotel-app case for one variant (see the module docstring)."""
    answers = ctx.load("kano_hotel_app", cluster="respondent")
    names = _names(ctx.lang)
    report = kano.clean(answers)
    result = kano.classify(report.answers)
    reasons = report.dropped["reason"].value_counts()

    counts = result[["A", "O", "M", "I", "R", "Q", "n", "importance_mean"]].rename(index=names)
    table = ctx.table(counts, "counts", formats={"importance_mean": lambda v: ctx.num(v, 1)},
                      columns={**{c: c for c in "AOMIRQ"}, "n": ctx.t("col.n"),
                               "importance_mean": ctx.t("col.importance")},
                      index_name=ctx.t("col.feature"))
    chart = ctx.figure(kano.plot_categories, result.rename(index=names), caption="categories", size=(7.2, 5.0))

    by_category = {c: [f for f in result.index if result.loc[f, "category"] == c] for c in kano.CATEGORIES}
    wifi, tie = result.loc["wifi"], result.loc["late_checkout"]
    base = int(wifi["A"] + wifi["O"] + wifi["M"] + wifi["I"])
    # Priorities: M before O before A (kano.PRIORITY), within a category the largest |Worse| (A: largest Better).
    ranked = sorted(result.index, key=lambda f: (kano.PRIORITY.index(result.loc[f, "category"]),
                                                 -abs(result.loc[f, "worse"]) if result.loc[f, "category"] != "A"
                                                 else -result.loc[f, "better"]))
    first = ranked[:3]
    fong = ctx.t("fong.yes" if bool(tie["fong_significant"]) else "fong.no")
    questions = [
        Question(ctx.t("q.clean.text", dropped=len(report.dropped), total=report.total),
                 ctx.t("q.clean.answer", dropped=len(report.dropped), total=report.total, kept=report.kept,
                       questionable=int(reasons.get("questionable", 0)),
                       straight=int(reasons.get("straight_line", 0))), lines=3),
        Question(ctx.t("q.category.text"),
                 ctx.t("q.category.answer", **{c: _listing(ctx, by_category[c], names) for c in "MOAIR"}), lines=4),
        Question(ctx.t("q.wifi.text", feature=names["wifi"]),
                 ctx.t("q.wifi.answer", feature=names["wifi"], A=int(wifi["A"]), O=int(wifi["O"]), M=int(wifi["M"]),
                       I=int(wifi["I"]), base=base, better=ctx.num(wifi["better"], 2), worse=ctx.num(wifi["worse"], 2),
                       category=kano.category_name(wifi["category"])), lines=5),
        Question(ctx.t("q.tie.text", feature=names["late_checkout"]),
                 ctx.t("q.tie.answer_clear" if bool(tie["fong_significant"]) else "q.tie.answer",
                       A=int(tie["A"]), O=int(tie["O"]),
                       n=int(tie["n"]), strength=ctx.pct(tie["category_strength"], 1), fong=fong,
                       category=kano.category_name(tie["category"])), lines=4),
        Question(ctx.t("q.priority.text"),
                 ctx.t("q.priority.answer", first=_listing(ctx, first, names),
                       categories=ctx.term("handouts.list_separator").join(
                           kano.category_name(result.loc[f, "category"]) for f in first)), lines=5),
    ]
    return ctx.sheet(
        story={"total": report.total, "features": len(result)},
        data=[table, chart],
        questions=questions,
        key_numbers=[ctx.num(wifi["better"], 2), ctx.num(wifi["worse"], 2), str(len(report.dropped))],
    )


CASES = [Case("kano_hotel_app", module="02_kano", build=hotel_app)]
