"""Exercises of module 07: the expected answers come from the model, right answers in any reasonable form pass,
typical wrong answers get their own explanation."""
from __future__ import annotations

import pytest

from cxlab.exercises import ____
from cxlab.exercises.value import q1, q2, q3, q4, q5


def message(feedback):
    return " ".join(feedback.details)


@pytest.mark.parametrize("q", [q1, q2, q3, q4, q5], ids=["q1", "q2", "q3", "q4", "q5"])
def test_expected_answer_passes_and_blank_is_not_attempted(lang, q):
    assert q.check(q.expected()).correct
    assert q.check(____).status == "blank"
    assert q.prompt().message and q.hint().details and q.solution().details


def test_q1_by_hand_and_typical_mistakes(lang):
    """p = 0.4, d = 0.3, NPS 10; se = 100 sqrt(0.69 / 320) = 4.6435; 10 ± 9.101 -> 0.90 to 19.10."""
    assert q1.check((10, 0.9, 19.1)).correct
    assert q1.check([10.0, 0.899, 19.101]).correct
    assert q1.check({"nps": 10, "low": 0.9, "high": 19.1}).correct
    assert "100" in message(q1.check((0.1, 0.009, 0.191)))                    # shares, not points
    assert q1.check((100 * 32 / 224, 0, 30)).status == "wrong"                 # passives left out
    assert q1.check((10, 10 - 5.37, 10 + 5.37)).status == "wrong"              # promoter share alone
    assert q1.check("ten").status == "wrong"


def test_q2_accepts_yes_no_in_both_languages(lang):
    assert q2.expected() is False
    for answer in ("no", "No", " 否 ", "不是", False, "noise"):
        assert q2.check(answer).correct, answer
    assert "-4.4" in message(q2.check("yes"))
    assert q2.check("maybe").status == "wrong"


def test_q3_typical_mistakes(lang):
    share, low, high = q3.expected()
    assert q3.check([round(share, 3), round(low, 3), round(high, 3)]).correct
    assert q3.check((100 * share, 100 * low, 100 * high)).status == "wrong"
    wald = 1.959964 * (share * (1 - share) / 147) ** 0.5
    assert "Wilson" in message(q3.check((share, share - wald, share + wald)))


def test_q4_names_in_any_form(lang):
    assert q4.expected() == "respond_fast"
    for answer in ("respond_fast", "Respond fast", "迅速反应", " RESPOND FAST "):
        assert q4.check(answer).correct, answer
    assert "repurchase_lift" in message(q4.check("listen"))
    assert q4.check("walk").status == "wrong"


def test_q5_sample_size(lang):
    """1.959964^2 × 0.69 / 0.05^2 = 1060.2 -> 1061; the worst case 1537 and the proportion formula are explained."""
    assert q5.expected() == 1061
    assert q5.check(1061).correct and q5.check("1061").correct
    assert q5.check(1537).status == "wrong" and q5.check(385).status == "wrong"
