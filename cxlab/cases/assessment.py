"""Printable sheets of the assessment room: the pre/post test with its answer key (``assessment_test``) and the
CX maturity self-assessment (``assessment_maturity``).

* ``assessment_test`` — the default test of :func:`cxlab.assessment.test_items` (three items per module 01–07):
  the learners' sheet lists every question with its options in a table with a column to answer in; the
  facilitator's answer sheet gives, module by module, each correct answer and why (:meth:`cxlab.assessment.Item.answer_text`, ``.why``). The same sheet
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
    """The pre/post test: the items in a table with a column to answer in; the key, module by module, on the
    answer sheet (one entry per module keeps the key to two pages)."""
    items = assessment.test_items()
    rows, numbers = [], {}
    for number, item_id in enumerate(items.index, start=1):
        item = assessment.BANK[item_id]
        text = item.text(ctx.lang)
        if item.kind == "choice":
            options = ctx.term("assessment.sheet.option_gap").join(
                f"{letter.upper()}. {option}" for letter, option in item.options(ctx.lang))
            text = ctx.t("question_with_options", question=text, options=options)
        rows.append((item.module, str(number), text, ""))
        numbers[item_id] = number
    table = pd.DataFrame(rows, columns=["module", "number", "question", "answer"]).set_index("number")
    tables = []   # one small table per module, so the questions flow from page to page
    for module, part in table.groupby("module", sort=True):
        piece = ctx.table(part, "items", columns={"question": ctx.t("col.question"), "answer": ctx.t("col.answer")},
                          index_name=ctx.t("col.number"))
        piece.caption = ctx.t("table.items", module=assessment.module_label(module))
        tables.append(piece)
    questions = []
    for module, group in items.groupby("module", sort=True):
        ids = list(group.index)
        key = "\n".join(ctx.t("answer", number=numbers[i], answer=assessment.BANK[i].answer_text(ctx.lang),
                               why=assessment.BANK[i].why(ctx.lang)) for i in ids)
        questions.append(Question(ctx.t("module_key", first=numbers[ids[0]], last=numbers[ids[-1]],
                                        module=assessment.module_label(module)), key, lines=0))
    return ctx.sheet(story={"items": len(items)}, data=tables, questions=questions,
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


# Filed under module 07 (the assessment has no module of its own). One sheet for the whole class (a test every group
# takes alike, the class's own maturity profile), with its answer sheet; listed after the modules' cases.
CASES = [Case("assessment_test", module="07_value", build=test_sheet, variants=False, answers=True),
         Case("assessment_maturity", module="07_value", build=maturity_sheet, variants=False, answers=True)]
