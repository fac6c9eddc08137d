"""The SERVQUAL explorer's callbacks: case, segment, unweighted/weighted, weights (papermill only runs defaults)."""
from __future__ import annotations

import pytest

import cxlab
from cxlab import datasets, servqual
from cxlab.widgets.servqual import ServqualExplorer


@pytest.fixture(scope="module")
def explorer():
    cxlab.set_language("en")
    return ServqualExplorer()


def test_starts_on_the_bank_with_the_customers_mean_weights(explorer):
    weights = explorer.inputs()
    assert sum(weights.values()) == 100
    stated = servqual.gaps(datasets.load("servqual_bank"), datasets.load("servqual_bank_respondents")).weights
    assert weights == servqual.whole_points(stated)
    assert explorer.result.weighted == pytest.approx(
        servqual.gaps(datasets.load("servqual_bank"), weights).weighted)
    assert bytes(explorer.image.value[:4]) == b"\x89PNG"
    assert explorer.ranking()[0] == "reliability"


def test_moving_a_weight_changes_score_and_ranking(explorer):
    explorer.reset_weights()
    before = explorer.result.weighted
    # move 25 points from reliability to tangibles: still 100, tangibles' small gap now weighs more
    renders = explorer.renders
    with explorer.hold():
        explorer.weights["reliability"].value -= 25
        explorer.weights["tangibles"].value += 25
    assert explorer.renders == renders + 1
    assert sum(explorer.inputs().values()) == 100
    assert explorer.error is None
    assert explorer.result.weighted > before
    assert explorer.result.weighted == pytest.approx(
        servqual.gaps(datasets.load("servqual_bank"), explorer.inputs()).weighted)
    explorer.reset_weights()
    assert explorer.result.weighted == pytest.approx(before)


def test_weights_not_adding_up_show_the_message(explorer):
    explorer.weights["empathy"].value = explorer.weights["empathy"].value + 10
    assert explorer.error is not None and "100" in explorer.error
    assert "100" in explorer.message_box.value and explorer.cards_box.value == ""
    assert explorer.result is None
    explorer.reset_weights()
    assert explorer.error is None and explorer.message_box.value == ""


def test_unweighted_mode_disables_the_sliders(explorer):
    explorer.mode.value = "unweighted"
    assert explorer.result.weighted is None
    assert all(s.disabled for s in explorer.weights.values())
    assert "Weighted score" not in explorer.cards_box.value
    explorer.mode.value = "weighted"
    assert not any(s.disabled for s in explorer.weights.values())


def test_segment_and_case(explorer):
    explorer.segment.value = "small_business"
    assert explorer.result.n_respondents == 160
    segment = servqual.segments(datasets.load("servqual_bank"), "segment")
    assert explorer.result.unweighted == pytest.approx(segment.loc["small_business", "unweighted"])
    cxlab.set_language("en")   # labels are written in the language of the moment
    explorer.case.value = "telecom"
    assert explorer.segment.value == "__all__"
    assert explorer.result.n_respondents == 96
    assert [label for label, _ in explorer.segment.options][1:] == ["Carriers", "Enterprises"]
    explorer.case.value = "bank"


def test_one_picture_per_change(explorer):
    renders = explorer.renders
    explorer.mode.value = "unweighted"
    explorer.mode.value = "weighted"
    assert explorer.renders == renders + 2
    assert explorer.cards_box.value


def test_chinese_labels():
    cxlab.set_language("zh")
    e = ServqualExplorer(case="telecom")
    assert e.case.options[1][0] == "通信设备制造商（企业客户）"
    assert "可靠性" in e.cards_box.value


def test_bad_case():
    with pytest.raises(cxlab.InputError):
        ServqualExplorer(case="hotel")
