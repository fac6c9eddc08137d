"""Printable sheets of the assessment room: the pre/post test with its answer key (``assessment_test``) and the
CX maturity self-assessment (``assessment_maturity``).

* ``assessment_test`` — the default test of :func:`cxlab.assessment.test_items` (three items per module 01–07):
  the learners' sheet lists every question with its options and a line to answer on; the facilitator's answer
  sheet gives each correct answer and why (:meth:`cxlab.assessment.Item.answer_text`, ``.why``). The same sheet
  serves as pre-test and post-test; table groups get the same items (a test must not differ between groups).
* ``assessment_maturity`` — the self-assessment: the five stages, the 18 statements with boxes 1–5 to tick, and
  three questions for the group; the answer sheet explains the scoring and shows what the course's managers'
  group (``assessment_maturity`` data) found, computed by :func:`cxlab.assessment.maturity` and
  :func:`cxlab.assessment.maturity_gaps`.
"""
from __future__ import annotations

import pandas as pd

from .. import assessment
from ..handouts import Case, Question

__all__ = ["CASES", "test_sheet", "maturity_sheet"]


def test_sheet(ctx):
    """The pre/post test: questions with their options; the key on the answer sheet."""
    items = assessment.test_items()
    questions = []
    for item_id in items.index:
        item = assessment.BANK[item_id]
        text = item.text(ctx.lang)
        if item.kind == "choice":
            options = ctx.term("assessment.sheet.option_gap").join(
                f"{letter.upper()}. {option}" for letter, option in item.options(ctx.lang))
            text = ctx.t("question_with_options", question=text, options=options)
        questions.append(Question(text, ctx.t("answer", answer=item.answer_text(ctx.lang), why=item.why(ctx.lang)),
                                  lines=1 if item.kind == "choice" else 2))
    modules = items.groupby("module").size()
    table = pd.DataFrame({ctx.t("col.items"): modules.to_numpy()},
                         index=pd.Index([assessment.module_label(m) for m in modules.index], name=ctx.t("col.module")))
    return ctx.sheet(story={"items": len(items)}, data=[ctx.table(table, "modules")], questions=questions,
                     key_numbers=[assessment.BANK["value_nps"].answer_text(ctx.lang)])


def maturity_sheet(ctx):
    """The self-assessment to fill in; the answer sheet reads the course's managers' group."""
    stages = ctx.table(assessment.stage_table(ctx.lang).set_index(ctx.term("assessment.column.number")), "stages")
    boxes = "□"
    statements = assessment.statement_table(ctx.lang)
    statements.index = [f"{k}" for k in range(1, len(statements) + 1)]
    for rating in range(1, 6):
        statements[str(rating)] = boxes
    form = ctx.table(statements, "statements", index_name=ctx.t("col.number"))
    profile = assessment.maturity(ctx.load("assessment_maturity", cluster="respondent"))
    gaps = assessment.maturity_gaps(profile)
    d = profile.dimensions
    weakest = d["mean"].idxmin()
    split = [assessment.dimension_name(x) for x in d.index[d["disagree"]]]
    sep = ctx.term("assessment.list_separator")
    questions = [
        Question(ctx.t("q.score.text"),
                 ctx.t("q.score.answer", bounds=sep.join(ctx.num(b, 1) for b in assessment.STAGE_BOUNDS)), lines=3),
        Question(ctx.t("q.weakest.text"),
                 ctx.t("q.weakest.answer", n=len(profile.respondents), dimension=assessment.dimension_name(weakest),
                       mean=ctx.num(d.loc[weakest, "mean"], 1),
                       stage=assessment.stage_name(d.loc[weakest, "stage"]),
                       modules=gaps.loc[weakest, "module_names"] if weakest in gaps.index else "—"), lines=4),
        Question(ctx.t("q.disagree.text"),
                 ctx.t("q.disagree.answer", dimensions=sep.join(split) or ctx.term("handouts.none"),
                       threshold=ctx.num(profile.disagree_at, 1)), lines=4),
    ]
    return ctx.sheet(story={"statements": len(assessment.STATEMENTS), "dimensions": len(assessment.DIMENSIONS)},
                     data=[stages, form], questions=questions,
                     key_numbers=[ctx.num(d.loc[weakest, "mean"], 1)])


CASES = [Case("assessment_test", module="00_welcome", build=test_sheet),
         Case("assessment_maturity", module="00_welcome", build=maturity_sheet)]
