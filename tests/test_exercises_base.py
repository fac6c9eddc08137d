"""The Exercise base class: check / hint / solution behave as a learner expects, in both languages."""
from __future__ import annotations

import pytest

from cxlab import exercises
from cxlab.exercises import ____, Exercise, Wrong, close, same_set


class Double(Exercise):
    key = "demo.double"

    def expected(self):
        return 4

    def compare(self, answer, expected):
        close(answer, expected, tol=0)


def test_blank_is_not_attempted(lang):
    """A blank, or a list still holding a blank, is 'not attempted', never right or wrong."""
    q = Double()
    assert q.check(____).status == "blank"
    assert q.check().status == "blank"
    assert q.check([1, ____]).status == "blank"
    assert q.attempts == 0


def test_right_and_wrong(lang):
    q = Double()
    assert q.check(4).correct
    wrong = q.check(5)
    assert wrong.status == "wrong" and "5" in str(wrong)
    assert q.check("four").status == "wrong"


def test_second_wrong_attempt_points_to_the_hint():
    q = Double()
    first, second = q.check(3), q.check(3)
    assert len(second.details) == len(first.details) + 1


def test_hints_advance_and_stop_at_the_last(lang):
    q = Double()
    texts = [str(q.hint()) for _ in range(3)]
    assert "1/2" in texts[0] or "1 of 2" in texts[0]
    assert texts[1] == texts[2]


def test_solution_and_html(lang):
    q = Double()
    solution = q.solution()
    assert solution.status == "solution" and "4" in str(solution)
    assert "<div" in q.check(4)._repr_html_()


def test_feedback_text_starts_with_a_mark_the_notebook_tests_read():
    """tests/test_notebooks.py reads ✔ / ✘ / … at the start of a printed check."""
    q = Double()
    assert str(q.check(4)).startswith("✔")
    assert str(q.check(1)).startswith("✘")
    assert str(q.check(____)).startswith("…")


def test_same_set_and_close_explain():
    with pytest.raises(Wrong) as caught:
        same_set(["A"], ["A", "M"])
    assert caught.value.fmt == {"missing": 1, "extra": 0}
    with pytest.raises(Wrong):
        close(float("nan"), 1.0)
    with pytest.raises(Wrong):
        same_set("AM", ["A", "M"])


def test_prompt_is_marked_as_a_question_not_a_check(lang):
    """A prompt shows ✎, so the notebook tests never count it as a check result."""
    q = Double()
    prompt = q.prompt()
    assert prompt.status == "prompt" and str(prompt).startswith("✎")
    assert q.title in str(prompt)
