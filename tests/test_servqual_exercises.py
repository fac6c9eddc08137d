"""The SERVQUAL exercises: the expected answers come from the model, every typical wrong answer gets its message,
reasonable forms of a right answer are accepted."""
from __future__ import annotations

import pytest

import cxlab
from cxlab import datasets, servqual
from cxlab.exercises.servqual import q1, q2, q3, q4, q5


@pytest.fixture(autouse=True)
def english():
    cxlab.set_language("en")


def _says(feedback, text):
    return text in "\n".join(feedback.details)


def test_q1_item_gap():
    e, p = q1.shown()
    assert q1.expected() == pytest.approx(
        servqual.gaps(datasets.load("servqual_telecom")).items.loc[8, "gap"])
    assert q1.check(round(p - e, 2)).correct
    assert q1.check(str(round(p - e, 2))).correct      # text is fine
    assert _says(q1.check(round(e - p, 2)), "E − P")
    assert q1.check("abc").status == "wrong"
    assert q1.check(0).status == "wrong"


def test_q2_dimension_score():
    gaps = list(q2.item_gaps().values())
    assert len(gaps) == 5
    assert q2.check(sum(gaps) / 5).correct
    assert _says(q2.check(sum(gaps)), "sum")
    assert _says(q2.check(gaps[0]), "one statement")
    assert _says(q2.check(-sum(gaps) / 5), "sign")


def test_q3_weighted_and_unweighted():
    gaps = q3.dimension_gaps()
    unweighted = sum(gaps.values()) / 5
    weighted = sum(q3.WEIGHTS[d] / 100 * g for d, g in gaps.items())
    assert q3.check((unweighted, weighted)).correct
    assert q3.check([round(unweighted, 2), round(weighted, 2)]).correct
    assert _says(q3.check((weighted, unweighted)), "wrong way round")
    assert _says(q3.check((unweighted, weighted * 100)), "Divide the weights by 100")
    assert _says(q3.check((unweighted, unweighted)), "equals the unweighted")
    assert _says(q3.check((sum(gaps.values()), weighted)), "not their sum")
    assert _says(q3.check(5), "two numbers")
    assert weighted < unweighted


@pytest.mark.parametrize("answer", ["reliability", "Reliability", " 可靠性 ", "RELIABILITY", ["reliability"],
                                    "responsiveness"])
def test_q4_accepts_any_concentrate_dimension_in_any_form(answer):
    assert q4.check(answer).correct


def test_q4_wrong_quadrants_explained():
    assert q4.expected()[0] == "reliability"
    grid = q4.grid()
    for dimension in ("assurance", "tangibles", "empathy"):
        quadrant = grid.loc[dimension, "quadrant"]
        feedback = q4.check(dimension)
        assert feedback.status == "wrong"
        assert _says(feedback, cxlab.t(f"stats.ipa.{quadrant}"))
    assert _says(q4.check(["reliability", "empathy"]), "one dimension")
    assert _says(q4.check("price"), "not a SERVQUAL dimension")


def test_q5_unreliable_scale():
    assert q5.expected() == {"tangibles"}
    assert q5.check("Tangibles").correct and q5.check(["有形性"]).correct
    assert _says(q5.check("reliability"), "largest gap")
    assert _says(q5.check("empathy"), "hang together")
    assert _says(q5.check(["tangibles", "empathy"]), "hang together")


def test_blank_and_language():
    from cxlab.exercises import ____

    assert q1.check(____).status == "blank"
    cxlab.set_language("zh")
    assert "练习 1" in q1.prompt().message
    assert q5.check("有形性").correct


def test_every_wrong_answer_message_exists_in_both_languages():
    """Each Wrong("...") an exercise can raise has its explanation in the zh and en catalog."""
    import ast
    import inspect

    from cxlab import i18n
    from cxlab.exercises import servqual as module

    for q in (q1, q2, q3, q4, q5):
        tree = ast.parse(inspect.getsource(type(q)))
        keys = {node.args[0].value for node in ast.walk(tree)
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Wrong"
                and node.args and isinstance(node.args[0], ast.Constant)}
        if type(q) is module.ReadIpa:
            keys |= {f"quadrant.{c}" for c in ("keep_up", "low_priority", "overkill")}
        if type(q) in (module.ReadIpa, module.UnreliableScale):
            keys.add("common_dimension")
        for lang in ("zh", "en"):
            for part in ("title", "prompt", "hint", "solution", "correct", *keys):
                assert i18n.has(f"exercises.{q.key}.{part}", lang), (q.key, part, lang)
