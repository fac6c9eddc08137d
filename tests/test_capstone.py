"""cxlab.capstone: the plan's numbers are the modules' own results on the same data, hand-worked figures, the
plan's texts in both languages, parameter checks."""
from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

from cxlab import InputError, capstone, damage, i18n, journey, kano, pyramid, returns, servqual, value

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def case():
    return capstone.load()


@pytest.fixture(scope="module")
def plan(case):
    return capstone.plan(case)


# -- the plan is the modules' own results ---------------------------------------------------------------------------
def test_each_step_is_the_modules_own_function_on_the_same_frames(case, plan):
    pd.testing.assert_frame_equal(plan.kano, kano.classify(case.kano))
    pd.testing.assert_frame_equal(plan.kano_levels, pyramid.from_kano(kano.classify(case.kano)))
    gaps = servqual.gaps(case.servqual)
    pd.testing.assert_frame_equal(plan.servqual.dimensions, gaps.dimensions)
    pd.testing.assert_frame_equal(plan.servqual_levels, pyramid.from_servqual(gaps))
    measures = pyramid.measures_from(case.orders)
    pd.testing.assert_frame_equal(plan.pyramid.levels, pyramid.assess(measures.iloc[0]).levels)
    mot = journey.moments_of_truth(case.touchpoints, case.survey, "overall")
    pd.testing.assert_frame_equal(plan.mot.table, mot.table)
    assert plan.curve.peak_end == journey.emotion_curve(case.touchpoints).peak_end
    p = case.parameters
    pd.testing.assert_frame_equal(plan.damage, journey.to_damage(case.touchpoints, p["customers"],
                                                                 p["value_per_customer"]))
    ret = returns.experience_return(p["investment"], p["customers"], p["margin"], p["retention"], p["discount"],
                                    retention_uplift=p["retention_uplift"], horizon=p["horizon"],
                                    running_cost=p["running_cost"])
    assert plan.returns.npv == ret.npv and plan.returns.payback_years == ret.payback_years
    fb = case.feedback
    before, pilot = (value.nps(fb.loc[fb["wave"] == w, "recommend"]) for w in ("before", "pilot"))
    assert plan.nps["before"] == before and plan.nps["pilot"] == pilot
    assert plan.nps_change.p_value == value.compare_nps(before, pilot).p_value
    assert plan.csat["pilot"] == value.csat(fb.loc[fb["wave"] == "pilot", "csat"])
    pd.testing.assert_frame_equal(plan.first_fix, damage.rate_by_group(fb, "wave", "fixed_first_visit",
                                                                       order=["before", "pilot"]))


def test_the_worst_pain_point_and_its_must_be_need(plan):
    ranking = plan.mot.ranking()
    assert plan.worst == ranking[ranking["pain"]]["touchpoint"].iloc[0] == "technician_visit"
    assert plan.must_be == "first_visit_fix"
    assert plan.case.features.set_index("feature").at[plan.must_be, "touchpoint"] == plan.worst


def test_hand_worked_damage_of_the_technician_visit(plan):
    """120,000 customers x reach 0.20 = 24,000 pass; x problem rate 0.42 = 10,080 with a problem; x loyalty drop
    0.45 = 4,536 lost; x 1,500 yuan = 6,804,000 yuan at risk."""
    row = plan.damage_row()
    assert row["customers_lost"] == pytest.approx(120_000 * 0.20 * 0.42 * 0.45) == pytest.approx(4_536)
    assert row["revenue_at_risk"] == pytest.approx(6_804_000)


def test_hand_worked_nps_and_return(plan):
    """Before the fix: 140 promoters, 189 detractors of 480 answers: 100 x (140 - 189) / 480 = -10.21.
    Return, year 1: 120,000 x 0.03 x 400 = 1,440,000; net 1,440,000 - 500,000 = 940,000, discounted / 1.08
    = 870,370.37; year 2: 120,000 x (0.63^2 - 0.6^2) x 400 = 1,771,200, net 1,271,200 / 1.08^2 = 1,089,849.11;
    year 3: 120,000 x (0.63^3 - 0.6^3) x 400 = 1,634,256, net 1,134,256 / 1.08^3 = 900,408.98;
    NPV = -1,800,000 + 870,370.37 + 1,089,849.11 + 900,408.98 = 1,060,628.46."""
    before = plan.nps["before"]
    assert (before.promoters, before.detractors, before.n) == (140, 189, 480)
    assert before.nps == pytest.approx(100 * (140 - 189) / 480)
    year1 = plan.returns.by_year.set_index("year").loc[1]
    assert year1["direct_repurchase"] == pytest.approx(120_000 * 0.03 * 400)
    assert year1["discounted"] == pytest.approx(940_000 / 1.08)
    assert plan.returns.npv == pytest.approx(1_060_628.46, abs=0.01)


def test_an_override_changes_only_its_own_figure(case, plan):
    dearer = capstone.plan(case, investment=2_500_000)
    assert dearer.returns.npv == pytest.approx(plan.returns.npv - 700_000)
    pd.testing.assert_frame_equal(dearer.damage, plan.damage)
    more = capstone.plan(case, customers=240_000)
    assert more.damage_row()["customers_lost"] == pytest.approx(2 * plan.damage_row()["customers_lost"])


# -- the texts -------------------------------------------------------------------------------------------------------
def test_plan_table_states_the_modules_numbers(plan, lang):
    table, found, headline = plan.table(), plan.findings(), plan.headline()
    assert len(table) == len(capstone.STEPS) and table.shape[1] == 3
    text = "\n".join(table.astype(str).to_numpy().ravel()) + headline
    assert "{" not in text and "}" not in text
    assert f"{plan.damage_row()['revenue_at_risk']:,.0f}" in found["damage"] and "6,804,000" in headline
    assert f"{plan.returns.npv:,.0f}" in found["returns"]
    assert f"{plan.nps_change.difference:+.1f}" in found["value"]
    assert f"{plan.servqual.dimensions.at['reliability', 'gap']:.2f}" in found["servqual"]
    assert f"{plan.kano.at['first_visit_fix', 'worse']:.2f}" in found["kano"]


def test_glossary_has_the_capstone_terms_in_both_languages():
    table = i18n.glossary("en").set_index("id")
    assert table.loc["capstone_case", "zh"] == "综合案例" and table.loc["improvement_plan", "zh"] == "改进计划"
    assert table.loc["improvement_plan", "en"] == "improvement plan"


def test_course_map_lists_the_capstone_after_every_module():
    from cxlab import course

    m = course.course_map(lang="en")
    row = m[m["stem"] == "08_capstone"].iloc[0]
    assert row["module"] == 8 and row["seeds"] == "000/001/002/003/004"
    assert row["title"] == i18n.t("welcome.course.title.08_capstone", lang="en")


def test_plot_plan_draws_both_panels(plan):
    import matplotlib.pyplot as plt

    fig = capstone.plot_plan(plan)
    try:
        titles = [ax.get_title() for ax in fig.axes]
        assert i18n.t("capstone.plot.damage_title") in titles and i18n.t("capstone.plot.nps_title") in titles
        assert len(fig.axes[0].patches) == len(plan.damage)
    finally:
        plt.close(fig)


# -- bad parameters ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, name", [
    ({"case": "capstone"}, "case"),
    ({"outcome": "nps"}, "outcome"),
    ({"retention": 1.5}, "retention"),
    ({"horizon": 2.5}, "horizon"),
    ({"horizon": 0}, "horizon"),
    ({"investment": "lots"}, "investment"),
    ({"investment": -1}, "investment"),
    ({"customers": True}, "customers"),
    ({"discount": math.nan}, "discount"),
    ({"tie_threshold": 2}, "tie_threshold"),
])
def test_bad_parameters_are_input_errors_naming_the_parameter(case, kwargs, name, lang):
    kwargs = {"case": case, **kwargs}
    with pytest.raises(InputError) as error:
        capstone.plan(**kwargs)
    assert isinstance(error.value, ValueError)
    if name != "tie_threshold":     # kano's own message names the threshold in words
        assert name in str(error.value)


def test_plot_plan_refuses_what_is_not_a_plan(plan):
    with pytest.raises(InputError):
        capstone.plot_plan("plan")
    with pytest.raises(InputError):
        capstone.plot_plan(plan, axes="left")


def test_names_in_an_unknown_language_are_refused(case):
    with pytest.raises(InputError):
        case.feature_names("fr")


def test_what_if_lowers_the_loss_through_the_journey_and_damage_models(plan):
    """Problem rate 0.42 -> 0.15: 24,000 x 0.15 x 0.45 = 1,620 customers lost, x 1,500 = 2,430,000 yuan."""
    table = plan.what_if(problem_rate=0.15)
    assert len(table) == 2
    changed, _ = journey.what_if(plan.case.touchpoints, None, plan.worst, problem_rate=0.15)
    after = journey.to_damage(changed, 120_000, 1_500).set_index("touchpoint").loc[plan.worst]
    assert after["customers_lost"] == pytest.approx(1_620)
    assert table.iloc[1].tolist()[1:] == [f"{after['customers_lost']:,.0f}",
                                          i18n.t("capstone.money", amount=f"{after['revenue_at_risk']:,.0f}")]
    with pytest.raises(InputError):
        plan.what_if(problem_rate=1.2)
    with pytest.raises(InputError):
        plan.damage_table(top=0)


def test_story_and_tables_count_what_the_data_hold(case, plan, lang):
    story = case.story()
    assert f"{len(case.customers):,}" in story and f"{case.kano['respondent'].nunique():,}" in story
    assert "{" not in story
    assert len(case.parameter_table()) == len(capstone.PARAMETERS)
    assert len(plan.damage_table(top=3)) == 3


def test_from_frames_refuses_a_missing_dataset_or_a_bad_figure():
    from cxlab import datasets

    frames = {name: datasets.load(name) for name in capstone.DATASETS}
    with pytest.raises(InputError):
        capstone.from_frames({k: v for k, v in frames.items() if k != "capstone_orders"})
    with pytest.raises(InputError):
        capstone.from_frames({**frames, "capstone_orders": "orders.csv"})
    bad = frames["capstone_parameters"].copy()
    bad.loc[bad["parameter"] == "retention", "value"] = 1.4
    with pytest.raises(InputError):
        capstone.from_frames({**frames, "capstone_parameters": bad})
    with pytest.raises(InputError):
        params = frames["capstone_parameters"]
        capstone.from_frames({**frames, "capstone_parameters": params[params["parameter"] != "horizon"]})


def test_plot_plan_splits_one_subplot_into_its_two_panels(plan):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 4))
    ax = fig.subplots()
    capstone.plot_plan(plan, ax=ax)
    assert len(fig.axes) >= 2 and ax not in fig.axes


def test_docstring_examples_run():
    import doctest

    result = doctest.testmod(capstone, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0
