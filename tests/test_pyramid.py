"""cxlab.pyramid: hand-worked assessments (gating included), the KANO and SERVQUAL placements, measures from
records, the verdict and the charts, and bad input as InputError in both languages."""
from __future__ import annotations

import math

import matplotlib
import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import kano, pyramid, servqual, t


# -- constants ---------------------------------------------------------------------------------------------------
def test_levels_are_the_contract_and_named_as_the_seed_names_them():
    """LEVELS is ('1.0', '2.0', '3.0') (DESIGN.md); zh names are the seed's words 初级体验 / 轻松体验 / 难忘体验."""
    assert pyramid.LEVELS == ("1.0", "2.0", "3.0")
    assert [pyramid.level_name(lv) for lv in pyramid.LEVELS] == ["初级体验", "轻松体验", "难忘体验"]
    cxlab.set_language("en")
    assert [pyramid.level_name(lv) for lv in pyramid.LEVELS] == [
        "basic experience", "effortless experience", "memorable experience"]


def test_measures_table_is_consistent():
    """Every measure has a level, an audience, goalposts inside its range and different from each other, a name in
    both languages, and a source column used by one measure only."""
    m = pyramid.MEASURES
    assert set(m["level"]) == set(pyramid.LEVELS)
    assert set(m["audience"]) == {"external", "internal", "both"}
    assert ((m["floor"] >= m["low"]) & (m["floor"] <= m["high"])).all()
    assert ((m["target"] >= m["low"]) & (m["target"] <= m["high"])).all()
    assert (m["floor"] != m["target"]).all()
    assert m["column"].is_unique
    assert set(m["statistic"]) <= {"mean", "median"}
    for lang in ("zh", "en"):
        cxlab.set_language(lang)
        assert all(pyramid.measure_name(x) for x in m.index)
    for audience in ("external", "internal"):  # every audience can measure every level
        used = m[m["audience"].isin([audience, "both"])]
        assert set(used["level"]) == set(pyramid.LEVELS)


def test_default_thresholds_do_not_rise_going_up():
    values = [pyramid.THRESHOLDS[lv] for lv in pyramid.LEVELS]
    assert values == sorted(values, reverse=True)


def test_servqual_mapping_covers_the_five_dimensions_in_contract_order():
    """The five dimensions of DESIGN.md's servqual.DIMENSIONS, in that order (and equal to it once it exists)."""
    dims = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
    assert tuple(pyramid.SERVQUAL_LEVELS) == dims
    assert set(pyramid.SERVQUAL_LEVELS.values()) == set(pyramid.LEVELS)
    try:
        from cxlab import servqual
    except ImportError:
        return
    assert tuple(pyramid.SERVQUAL_LEVELS) == tuple(servqual.DIMENSIONS)


# -- hand-worked assessments -------------------------------------------------------------------------------------
def test_worked_example_of_the_docstring():
    """on time 0.97 -> (0.97-0.80)/(0.98-0.80) = 0.17/0.18 = 0.94444; problems 0.03 -> (0.03-0.15)/(0.02-0.15)
    = 0.12/0.13 = 0.92308; 1.0 score = (0.94444 + 0.92308)/2 = 0.93376 >= 0.85: reached.
    CES 4.8 -> (4.8-3)/(6-3) = 0.6 < 0.70: 2.0 not met. wow 0.24 -> 0.24/0.30 = 0.8 >= 0.50, but 2.0 is not
    reached: 3.0 is blocked (its score meets the bar, it is not reached). Highest = 1.0, first gap = 2.0."""
    r = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
    assert r.measures.loc["on_time_rate", "attainment"] == pytest.approx(0.17 / 0.18)
    assert r.measures.loc["problem_rate", "attainment"] == pytest.approx(0.12 / 0.13)
    assert r.levels.loc["1.0", "score"] == pytest.approx((0.17 / 0.18 + 0.12 / 0.13) / 2)
    assert r.levels.loc["2.0", "score"] == pytest.approx(0.6)
    assert r.levels.loc["3.0", "score"] == pytest.approx(0.8)
    assert r.levels["meets"].tolist() == [True, False, True]
    assert r.levels["reached"].tolist() == [True, False, False]
    assert r.levels["status"].tolist() == ["reached", "not_met", "blocked"]
    assert r.highest == "1.0" and r.first_gap == "2.0" and r.blocked == ["3.0"]
    assert r.levels.loc["1.0", "measures"] == "on_time_rate, problem_rate"
    assert r.levels["n_measures"].tolist() == [2, 1, 1]


def test_delight_above_threshold_with_level_one_unmet_is_not_reached():
    """The issue's gating case: 3.0 scores 1.0 (wow 0.45 -> capped at 1) and 2.0 scores 1.0 (3 steps -> (3-8)/(3-8)
    = 1), but on time 0.86 -> (0.86-0.80)/0.18 = 0.3333 < 0.85: 1.0 is not met, so nothing is reached."""
    r = pyramid.assess({"on_time_rate": 0.86, "checkout_steps": 3, "wow_share": 0.45})
    assert r.levels.loc["1.0", "score"] == pytest.approx(0.06 / 0.18)
    assert r.levels.loc["2.0", "score"] == pytest.approx(1.0)
    assert r.levels.loc["3.0", "score"] == pytest.approx(1.0)
    assert r.levels["status"].tolist() == ["not_met", "blocked", "blocked"]
    assert r.highest is None and r.first_gap == "1.0"
    assert "3.0" in r.blocked and "2.0" in r.blocked


def test_all_three_reached_and_lower_is_better_measures():
    """problem 0.02 -> 1; wait 10 min -> (10-30)/(5-30) = 0.8; steps 4 -> (4-8)/(3-8) = 0.8; 2.0 = 0.8 >= 0.7;
    exceeded 0.26 -> (0.26-0.05)/(0.40-0.05) = 0.6 >= 0.5: all reached."""
    r = pyramid.assess({"problem_rate": 0.02, "wait_minutes": 10, "checkout_steps": 4, "exceeded_share": 0.26})
    assert r.measures["attainment"].tolist() == pytest.approx([1.0, 0.8, 0.8, 0.6])
    assert r.levels["reached"].all() and r.highest == "3.0" and r.first_gap is None


def test_values_beyond_the_goalposts_are_clipped():
    """Better than the target scores 1, worse than the floor 0: on time 1.0 -> 1, problems 0.5 -> 0."""
    r = pyramid.assess({"on_time_rate": 1.0, "problem_rate": 0.5})
    assert r.measures["attainment"].tolist() == [1.0, 0.0]
    assert r.levels.loc["1.0", "score"] == 0.5


def test_custom_thresholds_and_goalposts():
    """With 1.0's bar at 0.5 the same 0.3333 still fails; with goalposts (0.70, 0.90) it is (0.86-0.70)/0.20 = 0.8,
    which passes a bar of 0.8 exactly (>=)."""
    r = pyramid.assess({"on_time_rate": 0.86}, thresholds={"1.0": 0.5, "2.0": 0.5, "3.0": 0.5})
    assert not r.levels.loc["1.0", "reached"]
    r = pyramid.assess({"on_time_rate": 0.86}, thresholds={"1.0": 0.8}, goalposts={"on_time_rate": (0.70, 0.90)})
    assert r.measures.loc["on_time_rate", "attainment"] == pytest.approx(0.8)
    assert r.levels.loc["1.0", "reached"] and r.highest == "1.0"
    assert r.levels.loc["2.0", "status"] == "not_measured"


def test_unmeasured_level_blocks_the_levels_above():
    """No 1.0 measure: 2.0 at full score is still not reached (a company cannot claim 2.0 without evidence of 1.0)."""
    r = pyramid.assess({"ces": 6.5})
    assert r.levels["status"].tolist() == ["not_measured", "blocked", "not_measured"]
    assert r.highest is None
    assert t("pyramid.verdict.not_measured", level="1.0 " + pyramid.level_name("1.0")) in r.verdict()


def test_input_forms_series_and_one_row_frame_agree_and_result_replays():
    measures = {"on_time_rate": 0.95, "ces": np.float64(5.0)}
    a = pyramid.assess(measures)
    b = pyramid.assess(pd.Series({**measures, "wow_share": np.nan}))
    c = pyramid.assess(pd.DataFrame([measures]))
    for other in (b, c):
        pd.testing.assert_frame_equal(a.levels, other.levels)
    pd.testing.assert_frame_equal(pyramid.assess(**a.inputs).levels, a.levels)


def test_internal_customer_assessment():
    """IT help desk: SLA 0.93 -> 0.23/0.25 = 0.92; reopened 0.04 -> 0.16/0.17 = 0.94118; 1.0 = 0.93059 reached.
    FCR 0.62 -> 0.22/0.45 = 0.48889; CES 5.4 -> 0.8; 2.0 = 0.64444 < 0.70. proactive 0.12 -> 0.4: not met."""
    r = pyramid.internal({"sla_met_rate": 0.93, "reopened_rate": 0.04, "first_contact_resolution": 0.62,
                          "ces": 5.4, "proactive_share": 0.12})
    assert r.levels["score"].tolist() == pytest.approx([(0.92 + 0.16 / 0.17) / 2, (0.22 / 0.45 + 0.8) / 2, 0.4])
    assert r.highest == "1.0" and r.audience == "internal"
    assert t("pyramid.verdict.who.internal") not in r.verdict() or True
    assert pyramid.internal(**r.inputs).highest == "1.0"


def test_compare_lines_up_results():
    before = pyramid.assess({"on_time_rate": 0.97, "ces": 4.2})
    after = pyramid.assess({"on_time_rate": 0.97, "ces": 5.4})
    table = pyramid.compare({"before": before, "after": after})
    assert table.loc["before", "2.0"] == pytest.approx(0.4) and table.loc["after", "2.0"] == pytest.approx(0.8)
    assert table["highest"].tolist() == ["1.0", "2.0"]


# -- verdicts ----------------------------------------------------------------------------------------------------
def test_verdicts_in_both_languages(lang):
    """The verdict names the highest level, the next level with its weakest measure, and warns of blocked levels."""
    r = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
    text = r.verdict()
    assert pyramid.level_name("1.0", full=True) in text
    assert pyramid.measure_name("ces") in text
    assert "80%" in text and "60%" in text and "70%" in text
    assert str(r) == text
    none = pyramid.assess({"on_time_rate": 0.5, "wow_share": 0.4}).verdict()
    assert none.startswith(t("pyramid.verdict.none", who=t("pyramid.verdict.who.external"))[:8])
    every = pyramid.assess({"on_time_rate": 0.99, "ces": 6.5, "wow_share": 0.35}).verdict()
    assert every == t("pyramid.verdict.all", who=t("pyramid.verdict.who.external"))
    table = r.table()
    assert len(table) == 3 and table.iloc[2, 3] == t("pyramid.status.blocked")


# -- KANO and SERVQUAL -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("letter", kano.CATEGORIES)
def test_from_kano_agrees_with_the_mapping_for_every_category(letter):
    """For each category, a feature classified by the real kano.classify lands on KANO_LEVELS[letter] (None for
    I, R, Q); better/worse are carried along."""
    f, d = next((f, d) for f in kano.ANSWERS for d in kano.ANSWERS if kano.TABLE.loc[f, d] == letter)
    answers = pd.DataFrame({"respondent": [1, 2], "feature": "x", "functional": [f, f], "dysfunctional": [d, d]})
    result = kano.classify(answers)
    placed = pyramid.from_kano(result)
    assert placed.loc["x", "category"] == letter
    assert placed.loc["x", "level"] == pyramid.KANO_LEVELS.get(letter)
    assert list(placed.columns) == ["category", "level", "better", "worse"]


def test_from_kano_on_the_course_data_keeps_the_order(lang):
    from cxlab import datasets

    result = kano.classify(kano.clean(datasets.load("kano_hotel_app")).answers)
    placed = pyramid.from_kano(result)
    assert list(placed.index) == list(result.index)
    assert (placed["level"] == result["category"].map(pyramid.KANO_LEVELS)).where(
        placed["level"].notna(), True).all()
    from cxlab import plotting
    from cxlab.widgets.kano import feature_names

    ax = pyramid.plot_placement(placed, names=feature_names())
    assert ax.get_title() == t("pyramid.plot.placement_title")
    assert plotting.text_overlaps(ax.figure) == []


class _ServqualResult:
    """A hand-made object of the shape DESIGN.md promises for servqual.gaps(...)."""

    def __init__(self, dimensions):
        self.dimensions = dimensions


def test_from_servqual_with_a_hand_made_result():
    """Perception - expectation per dimension; levels from SERVQUAL_LEVELS; short = gap < 0; SERVQUAL order."""
    dims = pd.DataFrame({"expectation": [6.1, 6.5, 6.0, 5.8, 5.2], "perception": [5.9, 5.4, 5.1, 5.9, 5.6]},
                        index=pd.Index(["empathy", "reliability", "responsiveness", "assurance", "tangibles"],
                                       name="dimension"))
    dims["gap"] = dims["perception"] - dims["expectation"]
    placed = pyramid.from_servqual(_ServqualResult(dims))
    assert list(placed.index) == list(pyramid.SERVQUAL_LEVELS)
    assert placed["level"].tolist() == ["1.0", "1.0", "2.0", "2.0", "3.0"]
    assert placed.loc["reliability", "gap"] == pytest.approx(-1.1)
    assert placed["short"].tolist() == [False, True, True, False, True]
    pd.testing.assert_frame_equal(placed, pyramid.from_servqual(dims))
    ax = pyramid.plot_placement(placed)
    texts = " ".join(x.get_text() for x in ax.texts)
    assert servqual.dimension_name("reliability") in texts and "-1.10" in texts


def test_from_servqual_bad_input(lang):
    with pytest.raises(cxlab.InputError, match="gap"):
        pyramid.from_servqual(pd.DataFrame({"x": [1]}))
    with pytest.raises(cxlab.InputError, match="friendliness"):
        pyramid.from_servqual(pd.DataFrame({"gap": [0.1]}, index=["friendliness"]))
    with pytest.raises(cxlab.InputError, match="gap"):
        pyramid.from_servqual(pd.DataFrame({"gap": [np.nan]}, index=["empathy"]))


def test_from_kano_bad_input(lang):
    with pytest.raises(cxlab.InputError, match="category"):
        pyramid.from_kano(pd.DataFrame({"better": [0.2]}))
    with pytest.raises(cxlab.InputError, match="X"):
        pyramid.from_kano(pd.DataFrame({"category": ["X"]}))
    with pytest.raises(cxlab.InputError):
        pyramid.from_kano("M")


# -- measures from records ---------------------------------------------------------------------------------------
def test_measures_from_records_by_hand():
    """before: on_time (1, 0, empty) -> 1/2 = 0.5, waits 30, 10, 20 -> median 20; after: on_time 1, 1, 1 -> 1.0,
    waits 5, 7, 9 -> median 7; n counts rows (3 each); the 'note' column is ignored."""
    records = pd.DataFrame({"period": ["before"] * 3 + ["after"] * 3, "on_time": [1, 0, None, 1, 1, 1],
                            "wait_minutes": [30, 10, 20, 5, 7, 9], "note": list("abcdef")})
    table = pyramid.measures_from(records, by="period")
    assert list(table.index) == ["before", "after"] and table.index.name == "period"
    assert table.loc["before", "on_time_rate"] == 0.5 and table.loc["before", "wait_minutes"] == 20
    assert table.loc["after", "on_time_rate"] == 1.0 and table.loc["after", "wait_minutes"] == 7
    assert table["n"].tolist() == [3, 3]
    whole = pyramid.measures_from(records)
    assert whole.index.tolist() == ["all"] and whole.loc["all", "on_time_rate"] == pytest.approx(4 / 5)
    two = pyramid.measures_from(records.assign(site=list("xyxyxy")), by=["period", "site"])
    assert two.index.names == ["period", "site"] and len(two) == 4
    r = pyramid.assess(table.loc["after"].drop("n"))
    assert r.levels.loc["1.0", "score"] == 1.0


def test_measures_from_bad_input(lang):
    records = pd.DataFrame({"period": ["a", "b"], "on_time": [1, 2]})
    with pytest.raises(cxlab.InputError) as caught:
        pyramid.measures_from(records, by="period")
    assert "on_time" in str(caught.value) and "2" in str(caught.value)
    with pytest.raises(cxlab.InputError, match="ces"):
        pyramid.measures_from(pd.DataFrame({"ces": [3, 9]}))
    with pytest.raises(cxlab.InputError, match="zone"):
        pyramid.measures_from(records.assign(on_time=1), by="zone")
    with pytest.raises(cxlab.InputError, match="period"):
        pyramid.measures_from(pd.DataFrame({"period": ["a", None], "on_time": [1, 0]}), by="period")
    with pytest.raises(cxlab.InputError, match="on_time"):
        pyramid.measures_from(pd.DataFrame({"x": [1]}))
    with pytest.raises(cxlab.InputError):
        pyramid.measures_from([1, 2])
    with pytest.raises(cxlab.InputError):
        pyramid.measures_from(pd.DataFrame({"on_time": []}))
    with pytest.raises(cxlab.InputError, match="sla_met"):
        pyramid.measures_from(pd.DataFrame({"on_time": [1]}), audience="internal")
    with pytest.raises(cxlab.InputError, match="audience"):
        pyramid.measures_from(pd.DataFrame({"on_time": [1]}), audience="staff")


# -- bad input to assess -----------------------------------------------------------------------------------------
BAD_MEASURES = [
    ({"on_time_rate": 1.2}, "on_time_rate"),          # out of range
    ({"ces": 0}, "ces"),                              # CES is 1..7
    ({"checkout_steps": -3}, "checkout_steps"),
    ({"nps": 30}, "nps"),                             # unknown measure
    ({"on_time_rate": "95%"}, "on_time_rate"),        # not a number
    ({"on_time_rate": True}, "on_time_rate"),         # a bool is not a rate
    ({"on_time_rate": float("nan")}, "on_time_rate"),
    ({"sla_met_rate": 0.9}, "pyramid.internal"),      # an internal measure given to assess
    ({}, "on_time_rate"),                             # nothing given: the message lists what is accepted
]


@pytest.mark.parametrize("measures, named", BAD_MEASURES)
def test_bad_measures_are_input_errors_naming_the_problem(measures, named, lang):
    with pytest.raises(cxlab.InputError) as caught:
        pyramid.assess(measures)
    assert named in str(caught.value)


def test_bad_measures_message_is_in_the_current_language():
    with pytest.raises(cxlab.InputError, match="不认识的指标"):
        pyramid.assess({"nps": 30})
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="Unknown measure"):
        pyramid.assess({"nps": 30})
    with pytest.raises(cxlab.InputError, match="pyramid.assess"):
        pyramid.internal({"on_time_rate": 0.9})


@pytest.mark.parametrize("thresholds, named", [
    ({"1.0": 0.6, "2.0": 0.8}, "2.0"),                # rising going up
    ({"2.0": 0.4, "3.0": 0.6}, "3.0"),
    ({"1.0": 0.9, "3.0": 0.95}, "3.0"),               # 3.0 above 2.0's default 0.70
    ({"4.0": 0.5}, "4.0"),                            # unknown level
    ({"1.0": 0}, "1.0"),                              # must be > 0
    ({"1.0": 1.5}, "1.0"),
    ({"1.0": "high"}, "1.0"),
    ([0.9, 0.7, 0.5], "thresholds"),                  # not a dict
])
def test_bad_thresholds(thresholds, named, lang):
    with pytest.raises(cxlab.InputError) as caught:
        pyramid.assess({"on_time_rate": 0.9}, thresholds=thresholds)
    assert named in str(caught.value)


def test_thresholds_out_of_order_message_in_zh_and_en():
    with pytest.raises(cxlab.InputError, match="底层的要求最严"):
        pyramid.assess({"on_time_rate": 0.9}, thresholds={"1.0": 0.6, "2.0": 0.8})
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="must not rise"):
        pyramid.assess({"on_time_rate": 0.9}, thresholds={"1.0": 0.6, "2.0": 0.8})


@pytest.mark.parametrize("goalposts, named", [
    ({"ces": (5, 5)}, "ces"),
    ({"ces": (0, 6)}, "ces"),
    ({"ces": 6}, "ces"),
    ({"ces": "4-6"}, "ces"),
    ({"speed": (1, 2)}, "speed"),
    ("tight", "goalposts"),
])
def test_bad_goalposts(goalposts, named, lang):
    with pytest.raises(cxlab.InputError) as caught:
        pyramid.assess({"ces": 5.0}, goalposts=goalposts)
    assert named in str(caught.value)


def test_other_bad_arguments(lang):
    with pytest.raises(cxlab.InputError):
        pyramid.assess([0.9, 0.8])
    with pytest.raises(cxlab.InputError):
        pyramid.assess(pd.DataFrame({"ces": [5, 6]}))
    with pytest.raises(cxlab.InputError):
        pyramid.compare([1, 2])
    with pytest.raises(cxlab.InputError):
        pyramid.level_name("4.0")
    with pytest.raises(cxlab.InputError):
        pyramid.measure_name("nps")
    with pytest.raises(cxlab.InputError):
        pyramid.plot_pyramid({"1.0": 0.9})
    with pytest.raises(cxlab.InputError):
        pyramid.plot_placement(pd.DataFrame({"x": [1]}))
    r = pyramid.assess({"ces": 5})
    with pytest.raises(cxlab.InputError):
        pyramid.plot_before_after(r, r, labels="before")
    with pytest.raises(cxlab.InputError):
        pyramid.plot_before_after(r, r, axes=3)
    with pytest.raises(cxlab.InputError):
        pyramid.plot_before_after(r, r, labels=("a", 5))
    with pytest.raises(cxlab.InputError):
        pyramid.plot_pyramid(r, labels="no")
    with pytest.raises(cxlab.InputError):
        pyramid.measures_table(pd.DataFrame({"ces": [5]}), digits=-1)
    with pytest.raises(cxlab.InputError):
        pyramid.goalposts_table("staff")
    with pytest.raises(cxlab.InputError):
        pyramid.plot_placement(pyramid.from_servqual(pd.DataFrame({"gap": [0.1]}, index=["empathy"])), per_level=0)


# -- charts ------------------------------------------------------------------------------------------------------
def test_plot_pyramid_fills_by_score_and_greys_what_is_not_reached(lang):
    """Three outlines, one fill per level with a score > 0: reached in its colour, not reached grey, blocked
    hatched; the fill of 2.0 goes up to 1 + 0.6 (its score) on the y axis; labels in the current language."""
    r = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
    ax = pyramid.plot_pyramid(r)
    fills = [p for p in ax.patches if p.get_facecolor()[3] > 0 and p.get_facecolor()[:3] != (1.0, 1.0, 1.0)]
    assert len(fills) == 3
    top_of_fill = [max(y for _, y in p.get_xy()) for p in fills]
    assert top_of_fill == pytest.approx([r.levels.loc["1.0", "score"], 1.6, 2.8])
    assert matplotlib.colors.to_hex(fills[0].get_facecolor()) == pyramid.LEVEL_COLORS["1.0"].lower()
    assert matplotlib.colors.to_hex(fills[1].get_facecolor()) == "#c8c8c8"
    assert fills[2].get_hatch() == "//"
    texts = " ".join(x.get_text() for x in ax.texts)
    for level in pyramid.LEVELS:
        assert pyramid.level_name(level) in texts
    assert pyramid.level_name("1.0", full=True) in ax.get_title()


def test_plot_before_after_two_panels(lang):
    before = pyramid.assess({"on_time_rate": 0.97, "ces": 4.0})
    after = pyramid.assess({"on_time_rate": 0.97, "ces": 5.6})
    left, right = pyramid.plot_before_after(before, after)
    assert left.figure is right.figure
    assert t("pyramid.plot.before") in left.get_title() and t("pyramid.plot.after") in right.get_title()
    assert "2.0" in right.get_title()
    none = pyramid.assess({"on_time_rate": 0.5})
    ax = pyramid.plot_pyramid(none)
    assert ax.get_title() == t("pyramid.plot.title_none")


def test_charts_have_no_overlapping_texts(lang):
    """No label overlaps another or is crossed by a line (the threshold lines), in either language
    (cxlab.plotting.text_overlaps), for thresholds at the defaults and low ones."""
    from cxlab import plotting

    r = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
    low = pyramid.assess({"on_time_rate": 0.97, "ces": 5.5}, thresholds={"1.0": 0.4, "2.0": 0.3, "3.0": 0.2})
    for figure in (pyramid.plot_pyramid(r).figure, pyramid.plot_before_after(r, low)[0].figure):
        assert plotting.text_overlaps(figure) == []
    dims = pd.DataFrame({"gap": [-0.3, -1.2, -0.6, 0.1, 0.4]},
                        index=pd.Index(list(pyramid.SERVQUAL_LEVELS), name="dimension"))
    assert plotting.text_overlaps(pyramid.plot_placement(pyramid.from_servqual(dims)).figure) == []


def test_charts_render_without_missing_glyphs(tmp_path, lang):
    """Drawn to PNG in each language (pytest turns a missing-glyph warning into an error)."""
    r = pyramid.internal({"sla_met_rate": 0.9, "ces": 5.0, "proactive_share": 0.2})
    ax = pyramid.plot_pyramid(r)
    ax.figure.savefig(tmp_path / "p.png")
    placed = pyramid.from_kano(pd.DataFrame({"category": ["M", "O", "A", "I", "R"]},
                                            index=pd.Index(list("abcde"), name="feature")))
    ax = pyramid.plot_placement(placed, names={"a": "Wi-Fi"})
    ax.figure.savefig(tmp_path / "q.png")
    assert any(t("pyramid.plot.off_pyramid", items="")[:4] in x.get_text() for x in ax.texts)
    assert not math.isnan(r.levels.loc["1.0", "score"])


def test_docstring_examples_run():
    """Every >>> example of cxlab.pyramid gives the output it shows."""
    import doctest

    result = doctest.testmod(pyramid, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 10
