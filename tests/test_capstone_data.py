"""The capstone case's data: byte-stable, one customer id space, one set of touchpoints, and the staged story
(checked with the modules' own functions, never with a copy of their formulas)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cxlab import datasets, journey, kano, pyramid, servqual, value
from cxlab._datagen import capstone as gen
from cxlab._datagen import render_csv

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def data():
    return {name: datasets.load(name) for name in gen.DATASETS}


# -- generation ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(gen.DATASETS))
def test_generation_is_byte_stable_and_matches_the_shipped_file(name):
    first = render_csv(gen.DATASETS[name]())
    gen._drawn.cache_clear()                      # a fresh draw, not the cached one
    second = render_csv(gen.DATASETS[name]())
    assert first == second
    assert (ROOT / "data" / f"{name}.csv").read_bytes() == first


def test_every_dataset_is_documented_in_both_languages():
    from cxlab.i18n import has

    for name, function in gen.DATASETS.items():
        for lang in ("zh", "en"):
            for part in ("title", "description", "case", "source"):
                assert has(f"datasets.{name}.{part}", lang), (name, part, lang)
            for column in function().columns:
                assert has(f"datasets.{name}.columns.{column}", lang), (name, column, lang)


# -- one customer id space -----------------------------------------------------------------------------------------
def test_every_survey_and_order_belongs_to_a_customer_of_the_list(data):
    customers = data["capstone_customers"].set_index("customer_id")
    assert customers.index.is_unique and len(customers) == gen.N_CUSTOMERS
    for name in ("capstone_orders", "capstone_kano", "capstone_servqual", "capstone_journey_survey",
                 "capstone_feedback"):
        assert set(data[name]["customer_id"]) <= set(customers.index), name
    assert set(data["capstone_orders"]["customer_id"]) == set(customers.index)   # every customer bought


def test_respondents_are_the_customers_the_story_says(data):
    repair = data["capstone_customers"].set_index("customer_id")["repair"]
    assert set(repair[data["capstone_servqual"]["customer_id"]]) == {"before"}
    assert set(repair[data["capstone_journey_survey"]["customer_id"]]) == {"before"}
    feedback = data["capstone_feedback"]
    for wave in ("before", "pilot"):
        assert set(repair[feedback.loc[feedback["wave"] == wave, "customer_id"]]) == {wave}
    assert data["capstone_kano"].groupby("customer_id").size().eq(len(gen.FEATURES)).all()
    assert data["capstone_servqual"].groupby("customer_id").size().eq(22).all()


def test_the_same_customer_gives_the_same_answers_everywhere(data):
    """The before wave of the NPS survey is the journey survey's recommend answer; the first-visit flag of the
    feedback is the customer list's."""
    survey = data["capstone_journey_survey"].set_index("customer_id")
    feedback = data["capstone_feedback"].set_index("customer_id")
    before = feedback[feedback["wave"] == "before"]
    assert before.index.equals(survey.index)
    assert (before["recommend"] == survey["recommend"]).all()
    assert (before["csat"] == survey["overall"]).all()
    fixed = data["capstone_customers"].set_index("customer_id")["fixed_first_visit"]
    assert (feedback["fixed_first_visit"] == fixed[feedback.index]).all()
    assert (survey["channel"] == data["capstone_customers"].set_index("customer_id").loc[survey.index,
                                                                                         "channel"]).all()


# -- one set of touchpoints ----------------------------------------------------------------------------------------
def test_surveys_features_and_damage_name_the_journeys_touchpoints(data):
    table = journey.touchpoints(data["capstone_touchpoints"])
    ids = set(table["touchpoint"])
    scored = [c for c in data["capstone_journey_survey"].columns if c not in ("customer_id", "channel", "overall",
                                                                                "recommend")]
    assert set(scored) <= ids
    assert set(data["capstone_kano_features"]["touchpoint"]) <= ids
    damage = journey.to_damage(table, 1000, value_per_customer=1)
    assert set(damage["touchpoint"]) == ids
    means = data["capstone_journey_survey"][scored].mean().round(2)
    assert table.set_index("touchpoint").loc[scored, "csat"].tolist() == means.tolist()


# -- the staged story ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("outcome", ["overall", "recommend"])
def test_the_technician_visit_is_the_moment_of_truth_that_hurts_most(data, outcome):
    table = journey.touchpoints(data["capstone_touchpoints"])
    mot = journey.moments_of_truth(table, data["capstone_journey_survey"], outcome)
    first = mot.ranking().iloc[0]
    assert first["touchpoint"] == "technician_visit" and first["moment_of_truth"] and first["pain"]
    assert journey.emotion_curve(table).trough["touchpoint"] == "technician_visit"
    assert journey.to_damage(table, 1000, value_per_customer=1)["touchpoint"].iloc[0] == "technician_visit"


def test_fixed_on_the_first_visit_is_a_clear_must_be(data):
    result = kano.classify(data["capstone_kano"].rename(columns={"customer_id": "respondent"}))
    row = result.loc["first_visit_fix"]
    assert row["category"] == "M" and bool(row["fong_significant"])
    must = result[result["category"] == "M"]
    assert must["worse"].idxmin() == "first_visit_fix"
    assert set(result["category"]) >= {"M", "O", "A", "I", "R"}


def test_servqual_points_the_same_way(data):
    result = servqual.gaps(data["capstone_servqual"].rename(columns={"customer_id": "respondent"}))
    assert result.ranking(weighted=False)[0] == "reliability"
    assert int(result.items["gap"].idxmin()) == 7                     # "right the first time"
    assert pyramid.from_servqual(result).loc["reliability", "level"] == "1.0"


def test_the_pyramid_base_does_not_hold_and_the_level_above_is_blocked(data):
    result = pyramid.assess(pyramid.measures_from(data["capstone_orders"]).iloc[0])
    assert result.highest is None and result.first_gap == "1.0"
    assert result.blocked == ["2.0"]
    weakest = result.measures[result.measures["level"] == "1.0"].sort_values("attainment").index[0]
    assert weakest == "must_be_fulfilment"


def test_nps_moves_when_the_repair_is_fixed(data):
    feedback = data["capstone_feedback"]
    change = value.compare_nps(feedback.loc[feedback["wave"] == "before", "recommend"],
                               feedback.loc[feedback["wave"] == "pilot", "recommend"])
    assert change.difference > 0 and change.significant
