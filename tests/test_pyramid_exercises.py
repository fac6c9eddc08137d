"""The pyramid module's self-checks: the expected answers come from the model, any reasonable form of the right
answer is accepted, and each typical wrong answer gets its own explanation (in both languages)."""
from __future__ import annotations

import pytest

from cxlab import pyramid, t
from cxlab.exercises import ____
from cxlab.exercises.pyramid import DelightProgramme, FirstGap, KanoLevels, SortImprovements, as_level


def test_blanks_are_not_attempted(lang):
    for q in (SortImprovements(), FirstGap(), KanoLevels(), DelightProgramme()):
        assert q.check(____).status == "blank"
        assert q.prompt().status == "prompt" and q.hint().status == "hint" and q.solution().status == "solution"


@pytest.mark.parametrize("answer", [[1, 2, 3, 1, 2, 3], "123123", "1, 2, 3, 1, 2, 3", (1.0, "2.0", "3", 1, 2, 3),
                                    ["初级体验", "轻松体验", "难忘体验", "basic", "Effortless", " memorable "]])
def test_q1_accepts_every_form(answer):
    assert SortImprovements().check(answer).correct


def test_q1_expected_follows_the_pyramid_levels():
    assert set(SortImprovements().expected()) == set(pyramid.LEVELS)


def test_q1_wrong_answers_are_explained(lang):
    q = SortImprovements()
    feedback = q.check([1, 2, 3, 2, 2, 3])
    assert feedback.status == "wrong"
    assert feedback.details[0] == t("exercises.pyramid.q1.item.wrong_items", n=4, given="2.0 " +
                                    pyramid.level_name("2.0"), count=1)
    assert t("exercises.pyramid.q1.count", given=5, wanted=6) in q.check([1, 2, 3, 1, 2]).details
    assert q.check([1, 2, 3, 1, 2, 7]).details[0] == t("exercises.pyramid.q1.unknown", n=6, answer=7)
    assert q.check(123).status == "wrong"


def test_q2_first_gap_is_the_models(lang):
    """The help desk's Q2: 1.0 reached, 2.0 not (computed by pyramid.internal), so the first gap is 2.0."""
    q = FirstGap()
    result = q.result()
    assert q.expected() == result.first_gap == "2.0"
    for answer in (2, "2.0", "effortless", "轻松体验"):
        assert q.check(answer).correct
    below = q.check(1).details[0]
    assert below.startswith(t("exercises.pyramid.q2.below", level="1.0",
                              score=f"{result.levels.at['1.0', 'score']:.0%}", threshold="85%", gap="2.0",
                              gap_score=f"{result.levels.at['2.0', 'score']:.0%}", gap_threshold="70%")[:10])
    assert "2.0" in q.check(3).details[0] and q.check(3).status == "wrong"
    assert q.check("none").status == "wrong"
    assert len(q.table()) == len(result.measures)
    assert f"{result.levels.at['2.0', 'score']:.0%}" in str(q.solution())


@pytest.mark.parametrize("answer", [
    {"M": 1, "O": 2, "A": 3, "I": None},
    {"m": "1.0", "o": "effortless", "a": "难忘体验", "i": "none"},
    {"必备质量": 1, "期望质量（一元质量）": 2, "魅力质量": 3, "无差异质量": "不放"},
    {"必备": 1, "一元质量": 2, "魅力型": 3, "无差异": "不放"},
    {"Must-be": 1, "One-dimensional": 2, "Attractive": 3, "Indifferent": 0},
])
def test_q3_accepts_every_form(answer):
    assert KanoLevels().check(answer).correct


def test_q3_expected_is_the_mapping_constant():
    expected = KanoLevels().expected()
    assert {k: v for k, v in expected.items() if v} == pyramid.KANO_LEVELS and expected["I"] is None


def test_q3_wrong_answers_are_explained(lang):
    q = KanoLevels()
    assert q.check({"M": 3, "O": 2, "A": 1, "I": None}).details[0] == t("exercises.pyramid.q3.upside_down")
    wrong = q.check({"M": 1, "O": 1, "A": 3, "I": None}).details[0]
    assert wrong == t("exercises.pyramid.q3.wrong.O", given="1.0 " + pyramid.level_name("1.0"))
    assert q.check({"M": 1, "O": 2, "A": 3, "I": 3}).details[0].startswith(
        t("exercises.pyramid.q3.wrong.I", given="")[:6])
    assert q.check({"M": 1, "O": 2, "A": 3}).details[0] == t("exercises.pyramid.q3.missing", category="I")
    assert q.check({"X": 1}).status == "wrong" and q.check([1, 2, 3]).status == "wrong"
    assert q.check({"M": "top", "O": 2, "A": 3, "I": None}).status == "wrong"


@pytest.mark.parametrize("answer", [("no", 1), ("否", "1.0"), (False, "basic"), ["不批", "初级体验"], (False, 1)])
def test_q4_accepts_every_form(answer):
    assert DelightProgramme().check(answer).correct


def test_q4_expected_from_the_station_hotel(lang):
    """The station hotel reaches no level (1.0 far under its bar), so: do not fund, work on 1.0 first; its birthday
    guests' 3.0 score is over the bar but blocked."""
    q = DelightProgramme()
    assert q.expected() == (False, "1.0")
    assert q.birthday_result().levels.at["3.0", "status"] == "blocked"
    fund = q.check(("yes", 3)).details[0]
    assert fund.startswith(t("exercises.pyramid.q4.fund", score="", level="", base="")[:5])
    level = q.check(("no", 2)).details[0]
    assert "2.0" in level and "1.0" in level
    assert q.check("no").status == "wrong" and q.check(("maybe", 1)).status == "wrong"
    assert q.check(("no", "x")).status == "wrong"


def test_as_level():
    assert [as_level(a) for a in (1, "2", "3.0", "Basic", "难忘体验", 0, "x", None)] == \
        ["1.0", "2.0", "3.0", "1.0", "3.0", None, None, None]
