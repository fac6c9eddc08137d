"""The assessment room's live class surveys (pretest, posttest, feedback, maturity) and its printable sheets.

The forms come from cxlab.assessment (registered in cxlab.classroom.forms); the stored answers come back from
classroom.results() as the frames assessment.score / feedback_report / maturity take.
"""
from __future__ import annotations

import pytest

import cxlab
from cxlab import assessment, classroom, handouts
from cxlab.classroom import forms
from cxlab.classroom.server import chart_png
from cxlab.classroom.store import Store

SURVEYS = ("pretest", "posttest", "feedback", "maturity")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    path = classroom.data_dir() / "classrooms" / "class.sqlite"
    path.parent.mkdir(parents=True)
    with Store(path) as s:
        yield s


def _submit(store, survey, forms_by_device, lang="zh"):
    code = store.open_room(survey, lang)
    for device, form in forms_by_device.items():
        answers, problems = forms.get(survey).validate(form, lang)
        assert problems == [], problems
        store.submit(code, device, answers)
    return code


@pytest.mark.parametrize("name", SURVEYS)
def test_every_survey_is_registered_with_texts_in_both_languages(name):
    survey = forms.get(name)
    assert survey.model == "assessment" and survey.chart is not None
    for lang in ("zh", "en"):
        assert survey.title(lang) and survey.intro(lang)
        questions = survey.questions(lang)
        assert len({q.id for q in questions}) == len(questions)
        assert all(q.text.strip() for q in questions)


def test_the_test_forms_ask_the_default_test_after_the_learners_name():
    questions = forms.get("pretest").questions("en")
    assert questions[0].id == "learner" and questions[0].required
    assert [q.id for q in questions[1:]] == list(assessment.test_items().index)
    assert [q.id for q in forms.get("posttest").questions("zh")] == [q.id for q in questions]
    choice = next(q for q in questions if q.id == "value_detractor")
    assert [v for v, _ in choice.options] == list(assessment.LETTERS) and choice.options[2][1].startswith("C. ")
    assert next(q for q in questions if q.id == "value_nps").kind == "text"


def test_validate_refuses_an_option_that_does_not_exist():
    _, problems = forms.get("pretest").validate({"learner": "Li", "value_detractor": "e"}, "en")
    assert problems
    _, problems = forms.get("maturity").validate({"strategy_1": "6"}, "zh")
    assert problems


def test_live_pretest_and_posttest_give_the_gain(store):
    items = assessment.test_items()
    right = {i: (assessment.BANK[i].answer if assessment.BANK[i].kind == "choice"
                 else str(assessment.BANK[i].value)) for i in items.index}
    _submit(store, "pretest", {"p1": {"learner": "Li Na", "value_detractor": "a"},
                               "p2": {"learner": " Wang  Lei ", "value_detractor": "c", "value_nps": "45"},
                               "p3": {"learner": "Wang Lei", "journey_mot": "a"}})
    _submit(store, "posttest", {"q1": {"learner": "li na", **right}, "q2": {"learner": "Zhao", **right}})
    pre, post = classroom.results("pretest"), classroom.results("posttest")
    assert list(pre.columns) == ["learner", "item", "answer"]
    assert set(pre["learner"]) == {"Li Na", "Wang Lei", "Wang Lei (2)"}     # one name from two phones: kept apart
    gain = assessment.learning_gain(assessment.score(pre, items), assessment.score(post, items))
    assert list(gain.learners.index) == ["Li Na"] and gain.learners.loc["Li Na", "post"] == 100.0
    assert gain.only_pre == ("Wang Lei", "Wang Lei (2)") and gain.only_post == ("Zhao",)


def test_live_feedback_gives_the_report(store):
    _submit(store, "feedback", {
        "a": {"csat_01": "5", "csat_05": "4", "recommend": "10", "ease": "6", "comment": "练习很实用"},
        "b": {"csat_01": "3", "recommend": "6", "ease": "3"},
        "c": {"csat_01": "4", "csat_05": "2", "recommend": "9", "ease": "7", "comment": "The pace was rushed"}})
    frame = classroom.results("feedback")
    assert "csat_02" not in frame.columns            # nobody rated module 02: no empty column
    report = assessment.feedback_report(frame)
    assert list(report.modules.index) == [1, 5]
    assert report.modules.loc[1, "share"] == pytest.approx(2 / 3) and report.modules.loc[5, "n"] == 2
    assert report.nps.promoters == 2 and report.nps.detractors == 1
    assert report.comments is not None and len(report.comments.texts) == 2


def test_live_maturity_gives_the_profile(store):
    low = {s: "2" for s, _ in assessment.STATEMENTS}
    high = {s: "4" for s, _ in assessment.STATEMENTS}
    _submit(store, "maturity", {"m1": low, "m2": high, "m3": {"loop_1": "1"}})
    frame = classroom.results("maturity")
    assert list(frame.columns) == ["respondent", "statement", "rating"]
    profile = assessment.maturity(frame)
    assert profile.dimensions.loc["strategy", "mean"] == 3.0 and len(profile.respondents) == 3
    assert profile.dimensions.loc["loop", "min"] == 1.0


@pytest.mark.parametrize("name", SURVEYS)
def test_the_presenter_chart_draws_empty_and_with_answers(name, lang):
    survey = forms.get(name)
    assert chart_png(survey, [], lang)[:4] == b"\x89PNG"
    rows = {"pretest": [{"answers": {"learner": "A", "value_nps": "45", "kano_table": "b"}}],
            "posttest": [{"answers": {"learner": "A", "value_detractor": "c"}}],
            "feedback": [{"answers": {"csat_03": 4, "recommend": 8, "ease": 5}}],
            "maturity": [{"answers": {"culture_1": 4, "loop_2": 2}}]}[name]
    assert chart_png(survey, rows, lang)[:4] == b"\x89PNG"


# ---------------------------------------------------------------------------------------------------------------
# Printable sheets
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["assessment_test", "assessment_maturity"])
def test_the_sheets_build_in_both_languages_with_every_glyph(case, lang):
    docs = handouts.build(case, lang=lang, date="2026-01-01")
    assert [d.kind for d in docs] == ["handout", "answers"]
    assert all(d.missing == "" for d in docs)
    assert "{" not in docs[0].html.split("<body", 1)[1]      # every placeholder filled


def test_the_test_sheet_holds_every_item_and_its_key(lang):
    """One table per module with every item; the key module by module holds each answer and why."""
    handout, answers = handouts.build("assessment_test", lang=lang, date="2026-01-01")
    sheet = handout.sheets[0]
    items = assessment.test_items()
    assert sum(len(table.frame) for table in sheet.data) == len(items) and len(sheet.data) == 7
    assert len(sheet.questions) == 7 and all(q.lines == 0 for q in sheet.questions)
    key = assessment.answer_key(items, lang=lang)
    text = "\n".join(q.answer for q in answers.sheets[0].questions)
    for item in items.index:
        assert key.loc[item, "answer"] in text and key.loc[item, "why"] in text


def test_the_maturity_sheet_has_every_statement_and_the_groups_weakest_dimension(lang):
    handout, _ = handouts.build("assessment_maturity", lang=lang, date="2026-01-01")
    form = handout.sheets[0].data[1].frame
    assert len(form) == len(assessment.STATEMENTS) and list(form.columns[-5:]) == ["1", "2", "3", "4", "5"]
    from cxlab import datasets

    profile = assessment.maturity(datasets.load("assessment_maturity"))
    weakest = profile.dimensions["mean"].idxmin()
    assert assessment.dimension_name(weakest) in handout.sheets[0].questions[1].answer


@pytest.mark.slow
def test_cxlab_classroom_start_with_the_pretest(tmp_path, monkeypatch):
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    state = classroom.start(survey="pretest", port=0, lang="en", name="assess-test")
    try:
        assert state["survey"] == "pretest"
        import urllib.request

        with urllib.request.urlopen(classroom.learner_url(state), timeout=10) as page:
            html = page.read().decode("utf-8")
        assert cxlab.t("classroom.survey.pretest.title", lang="en") in html
    finally:
        assert classroom.stop(name="assess-test")
