"""Damage and return exercises: the right answer is accepted, typical wrong ones get their specific explanation,
a blank is 'not attempted'; every expected answer agrees with a hand computation."""
from __future__ import annotations

import pytest

from cxlab import i18n
from cxlab.exercises import ____
from cxlab.exercises import damage as dq
from cxlab.exercises import returns as rq

ALL = [dq.q1, dq.q2, dq.q3, dq.q4, rq.q1, rq.q2, rq.q3]


def _says(feedback, key, **fmt):
    """The feedback carries exactly the catalog text of ``exercises.<key>`` (current language)."""
    return i18n.t(f"exercises.{key}", **fmt) in feedback.details


@pytest.mark.parametrize("q", ALL, ids=lambda q: q.key)
def test_expected_answer_is_accepted_and_blank_is_not_attempted(q, lang):
    assert q.check(q.expected()).status == "correct"
    assert q.check(____).status == "blank"
    assert q.check().status == "blank"


@pytest.mark.parametrize("q", ALL, ids=lambda q: q.key)
def test_texts_exist_with_at_least_two_hints_in_both_languages(q):
    for lang in i18n.LANGUAGES:
        for part in ("title", "prompt", "hint", "solution", "correct"):
            assert i18n.has(f"exercises.{q.key}.{part}", lang), (lang, part)
        assert len(i18n.t(f"exercises.{q.key}.hint", lang=lang).split("\n")) >= 2
    assert q.prompt().message and q.solution().details and q.hint().details


def test_customers_lost_hand_computation():
    """2,000 customers, 20 % problem → 400; 25 % complain → 100 (silent 300); 50/30/20 outcomes; TARP small.
    lost = 300 × 0.63 + 50 × 0.05 + 30 × 0.30 + 20 × 0.54 = 189 + 2.5 + 9 + 10.8 = 211.3."""
    assert dq.q1.expected() == pytest.approx(211.3)
    assert dq.q1.check(211.3).correct and dq.q1.check("211.3").correct


@pytest.mark.parametrize("answer, key", [
    (188.7, "retained"),        # 400 − 211.3: the customers who stay
    (22.3, "no_silent"),        # 2.5 + 9 + 10.8: silent customers forgotten
    (312, "large_rates"),       # 300 × 0.91 + 50 × 0.18 + 30 × 0.46 + 20 × 0.81 = 273 + 9 + 13.8 + 16.2
    (63390, "revenue"),         # 211.3 × 300
    (150, "other"),
])
def test_customers_lost_wrong_answers_are_explained(answer, key, lang):
    feedback = dq.q1.check(answer)
    assert feedback.status == "wrong"
    assert _says(feedback, f"damage.customers_lost.{key}", answer=answer)


def test_customers_lost_not_a_number():
    feedback = dq.q1.check("many")
    assert feedback.status == "wrong" and _says(feedback, "common.not_a_number", answer="many")


def test_first_lever_is_problem_rate_with_the_hand_computed_swing():
    """Base: 50,000 × 0.2 = 10,000 with a problem; 3,000 complain (900 / 1,200 / 900), 7,000 silent.
    lost = 7,000 × 0.91 + 900 × 0.18 + 1,200 × 0.46 + 900 × 0.81 = 6,370 + 162 + 552 + 729 = 7,813;
    × 400 = 3,125,200. Problem rate ±10 % moves it ±10 %: swing 625,040 (quoted in the solution text)."""
    table = dq.q2.table().set_index("parameter")
    assert table.loc["problem_rate", "target_base"] == pytest.approx(3_125_200)
    assert table.loc["problem_rate", "swing"] == pytest.approx(625_040)
    assert dq.q2.expected() == "problem_rate"
    assert round(table.loc["complaint_rate", "swing"]) == 102_960
    assert round(table.loc["outcomes.resolved_quickly", "swing"]) == 30_960


@pytest.mark.parametrize("answer, key", [
    ("customers", "not_a_lever"), ("value_per_customer", "not_a_lever"),
    ("complaint_rate", "complaint_rate"), ("outcomes.resolved_quickly", "quick"), ("resolved_quickly", "quick"),
])
def test_first_lever_wrong_answers(answer, key, lang):
    feedback = dq.q2.check(answer)
    assert feedback.status == "wrong" and _says(feedback, f"damage.first_lever.{key}", answer=answer)


def test_first_lever_unknown_answer_lists_levers():
    feedback = dq.q2.check("price")
    assert feedback.status == "wrong" and i18n.t("damage.param.problem_rate") in feedback.details[0]
    assert dq.q2.check(" Problem_Rate ").correct


def test_complaint_direction():
    """Complainers' loyalty 0.3 × 0.82 + 0.4 × 0.54 + 0.3 × 0.19 = 0.519 > 0.09 (silent): more complaints, less
    damage."""
    assert dq.q3.expected() == "down"
    assert dq.q3.check("down").correct and dq.q3.check("下降").correct
    assert _says(dq.q3.check("up"), "damage.complaint_direction.wrong_direction")
    assert _says(dq.q3.check("sideways"), "damage.complaint_direction.unknown", answer="sideways")


def test_loyalty_from_log_answers():
    expected = dq.q4.expected()
    assert 0.75 < expected["resolved_quickly"] < 0.9 and expected["unresolved"] < 0.3
    rounded = {k: round(v, 2) for k, v in expected.items()}
    assert dq.q4.check(rounded).correct
    assert _says(dq.q4.check({"resolved_quickly": 0.82, "resolved": 0.54, "unresolved": 0.19}),
                 "damage.loyalty_from_log.published")
    assert _says(dq.q4.check(dq.q4._rates("small")), "damage.loyalty_from_log.small")
    assert _says(dq.q4.check(dq.q4._rates(None)), "damage.loyalty_from_log.mixed")
    assert _says(dq.q4.check({k: 100 * v for k, v in expected.items()}), "damage.loyalty_from_log.percent")
    assert _says(dq.q4.check([0.8, 0.6]), "damage.loyalty_from_log.not_a_dict",
                 keys="resolved_quickly, resolved, unresolved")
    off = {**rounded, "resolved": 0.5}
    assert _says(dq.q4.check(off), "damage.loyalty_from_log.off", outcome=i18n.t("money_course.resolution.resolved"))


def test_clv_by_hand():
    """200 × 0.75 / (1 + 0.10 − 0.75) = 150 / 0.35 = 428.571…"""
    assert rq.q1.expected() == pytest.approx(150 / 0.35)
    assert rq.q1.check(428.57).correct


@pytest.mark.parametrize("answer, key", [
    (628.57, "start"),                # 200 × 1.1 / 0.35
    (600, "no_discount"),             # 200 × 0.75 / 0.25
    (800, "no_discount_start"),       # 200 / 0.25
    (571.43, "no_retention_factor"),  # 200 / 0.35
    (300, "other"),
])
def test_clv_wrong_answers(answer, key, lang):
    feedback = rq.q1.check(answer)
    assert feedback.status == "wrong" and _says(feedback, f"returns.clv_by_hand.{key}", answer=answer)


def test_payback_year_hand_computation():
    """Returns 60,000; 87,000; 94,650; 91,567.5 (20,000 × (0.75^t − 0.7^t) × 60); discounted at 10 %:
    54,545; 71,901; 71,112; 62,542 → cumulative −240,000 → … → −42,442 (year 3) → +20,100 (year 4).
    Undiscounted: −240,000 + 60,000 + 87,000 + 94,650 = +1,650 already in year 3."""
    result = rq.q2.result()
    assert result.by_year["cumulative_discounted"].round(0).tolist()[:5] == [-240000, -185455, -113554, -42442,
                                                                            20100]
    assert rq.q2.expected() == 4
    assert rq.q2.check(4).correct and rq.q2.check(3.68).correct
    assert _says(rq.q2.check(3), "returns.payback_year.undiscounted")
    assert _says(rq.q2.check(6), "returns.payback_year.other", answer=6)


def test_payback_year_before_is_explained_when_not_the_undiscounted_year(monkeypatch):
    """With a case where discounted and undiscounted payback fall in the same year, year − 1 is 'year_before'."""
    monkeypatch.setattr(rq.PaybackYear, "INPUTS", {**rq.PaybackYear.INPUTS, "investment": 250_000})
    q = rq.PaybackYear()
    assert q.expected() == 4 and q.check(3).status == "wrong"
    assert _says(q.check(3), "returns.payback_year.year_before")


def test_detractors_to_passives_hand_computation():
    """Passive 120 × 0.75 / 0.35 = 257.14 own + 10.94 referrals; detractor 120 × 0.5 / 0.6 = 100 own − 42.54
    negative word of mouth; 100 × (268.08 − 57.46) ≈ 21,062.5."""
    table = rq.q3.values()
    assert table.loc["passive", "own_value"] == pytest.approx(120 * 0.75 / 0.35)
    assert table.loc["detractor", "own_value"] == pytest.approx(100)
    assert rq.q3.expected() == pytest.approx(21_062.5, abs=0.1)
    assert rq.q3.check(21063).correct


@pytest.mark.parametrize("answer, key", [
    (15714.29, "no_word_of_mouth"),   # 100 × (257.14 − 100)
    (45468.0, "promoters"),           # 100 × (512.14 − 57.46)
    (210.63, "per_customer"),
    (5000, "other"),
])
def test_detractors_wrong_answers(answer, key, lang):
    feedback = rq.q3.check(answer)
    assert feedback.status == "wrong" and _says(feedback, f"returns.detractors_to_passives.{key}", answer=answer)
