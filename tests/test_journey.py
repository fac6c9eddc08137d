"""cxlab.journey: touchpoint tables, emotion curves, moments of truth, damage, blueprint — worked examples by hand,
cross-checks against numpy least squares and statsmodels, properties, and bad input in both languages."""
from __future__ import annotations

import doctest
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import damage, datasets, journey, stats


def small_journey(**extra):
    frame = pd.DataFrame({
        "stage": ["awareness", "purchase", "use", "use", "after_sales", "loyalty"],
        "touchpoint": ["ad", "checkout", "first_use", "daily_use", "repair", "follow_up"],
        "reach": [0.6, 1.0, 1.0, 0.9, 0.3, 0.5],
        "emotion": [1.0, 2.0, 4.0, 1.5, -3.5, -1.0],
    })
    for column, values in extra.items():
        frame[column] = values
    return frame


# -- the touchpoint table --------------------------------------------------------------------------------------

def test_touchpoints_orders_by_stage_and_accepts_names():
    """Stages may be codes or zh/en names, rows come back in stage order (then 'order', then input order),
    reach '30%' is 0.3, channels map to codes and online/offline."""
    raw = pd.DataFrame({"stage": ["After-sales", "购买", "purchase"], "touchpoint": ["repair", "delivery", "pay"],
                        "order": [1, 2, 1], "reach": ["30%", 1, 0.95], "channel": ["上门", "Home", "web"]})
    tp = journey.touchpoints(raw)
    assert tp["touchpoint"].tolist() == ["pay", "delivery", "repair"]
    assert tp["stage"].tolist() == ["purchase", "purchase", "after_sales"]
    assert tp["reach"].tolist() == [0.95, 1.0, 0.3]
    assert tp["channel"].tolist() == ["web", "home", "home"]
    assert tp["mode"].tolist() == ["online", "offline", "offline"]
    assert tp["position"].tolist() == [1, 2, 3]


def test_stage_constant_is_the_contract():
    assert journey.STAGES == ("awareness", "consideration", "purchase", "use", "after_sales", "loyalty")
    assert set(journey.CHANNEL_MODE.values()) == set(journey.MODES)


@pytest.mark.parametrize("change, words", [
    ({"stage": ["awareness", "purchase", "fun", "use", "after_sales", "loyalty"]},
     {"zh": ["第 3 行", "stage", '"fun"', "认知"], "en": ["row 3", "stage", '"fun"', "Awareness"]}),
    ({"touchpoint": ["ad", "checkout", "first_use", "first_use", "repair", "follow_up"]},
     {"zh": ['"first_use"', "第 3 行和第 4 行"], "en": ['"first_use"', "rows 3 and 4"]}),
    ({"reach": [0.6, 1.0, 1.0, 90, 0.3, 0.5]},
     {"zh": ["第 4 行", "reach", "百分数"], "en": ["row 4", "reach", "percentage"]}),
    ({"reach": [0.6, 1.0, 1.0, -0.1, 0.3, 0.5]}, {"zh": ["第 4 行", "0 到 1"], "en": ["row 4", "from 0 to 1"]}),
    ({"reach": [0.6, 1.0, None, 0.9, 0.3, 0.5]}, {"zh": ["第 3 行", "必须填写"], "en": ["row 3", "must be filled"]}),
    ({"emotion": [1, 2, 4, 9, -3, 0]}, {"zh": ["第 4 行", "emotion", "-5 到 5"], "en": ["row 4", "emotion", "-5 to 5"]}),
    ({"channel": ["web", "carrier pigeon", None, None, None, None]},
     {"zh": ["第 2 行", "channel", "门店"], "en": ["row 2", "channel", "Store"]}),
    ({"touchpoint": ["ad", "checkout", " ", "daily_use", "repair", "follow_up"]}, {"zh": ["第 3 行"], "en": ["row 3"]}),
    ({"csat": [4, "good", 4, 4, 2, 3]}, {"zh": ["第 2 行", "不是数字"], "en": ["row 2", "not a number"]}),
])
def test_bad_touchpoint_tables_say_row_column_and_what_is_accepted(lang, change, words):
    """Unknown stage, repeated or blank touchpoint, reach outside 0..1 (and the percentage hint), a blank reach, a
    measure out of range, an unknown channel, text in a number column: an InputError naming row and column."""
    frame = small_journey()
    for column, values in change.items():
        frame[column] = values
    with pytest.raises(cxlab.InputError) as error:
        journey.touchpoints(frame)
    for word in words[lang]:
        assert word in str(error.value)


def test_missing_column_and_not_a_table(lang):
    with pytest.raises(cxlab.InputError, match="reach"):
        journey.touchpoints(small_journey().drop(columns="reach"))
    with pytest.raises(cxlab.InputError, match="DataFrame"):
        journey.touchpoints([1, 2])
    with pytest.raises(cxlab.InputError):
        journey.touchpoints(small_journey().iloc[:0])


def test_same_touchpoint_in_two_personas_is_fine():
    frame = pd.concat([small_journey(persona="a"), small_journey(persona="b")], ignore_index=True)
    tp = journey.touchpoints(frame)
    assert len(tp) == 12 and tp["position"].max() == 6


# -- emotion curve ---------------------------------------------------------------------------------------------

def test_emotion_curve_by_hand():
    """Emotions 1, 2, 4, 1.5, −3.5, −1 (journey order). Peak 4 (first_use), trough −3.5 (repair), end −1
    (follow_up). Most intense = the peak (|4| > |−3.5|). Peak–end = (4 + (−1)) / 2 = 1.5.
    Mean = (1 + 2 + 4 + 1.5 − 3.5 − 1) / 6 = 4 / 6 = 0.6667."""
    curve = journey.emotion_curve(small_journey())
    assert curve.peak["touchpoint"] == "first_use" and curve.peak["value"] == 4
    assert curve.trough["touchpoint"] == "repair" and curve.trough["value"] == -3.5
    assert curve.end["touchpoint"] == "follow_up" and curve.end["value"] == -1
    assert curve.intense["touchpoint"] == "first_use"
    assert curve.peak_end == pytest.approx(1.5)
    assert curve.mean == pytest.approx(4 / 6)
    assert curve.summary().loc["peak_end", "value"] == pytest.approx(1.5)


def test_trough_is_the_intense_moment_on_a_tie_and_stages_filter():
    """Emotions of the use stage only: 4 and −4 → a tie in intensity goes to the trough; end = −4;
    peak–end = (−4 + −4) / 2 = −4."""
    frame = small_journey(emotion=[1.0, 2.0, 4.0, -4.0, -3.5, -1.0])
    curve = journey.emotion_curve(frame, stages=["use"])
    assert curve.points["touchpoint"].tolist() == ["first_use", "daily_use"]
    assert curve.intense["touchpoint"] == "daily_use"
    assert curve.peak_end == -4.0


def test_first_of_equal_peaks_wins():
    curve = journey.emotion_curve(small_journey(emotion=[3.0, 3.0, 1.0, 1.0, 1.0, 2.0]))
    assert curve.peak["touchpoint"] == "ad"


def test_curve_errors(lang):
    with pytest.raises(cxlab.InputError, match="repair"):
        journey.emotion_curve(small_journey(emotion=[1, 2, 3, 4, None, 0]))
    with pytest.raises(cxlab.InputError):
        journey.emotion_curve(small_journey(), column="reach")
    with pytest.raises(cxlab.InputError):
        journey.emotion_curve(small_journey(), stages=["usage"])
    two = pd.concat([small_journey(persona="a"), small_journey(persona="b")], ignore_index=True)
    with pytest.raises(cxlab.InputError, match="a, b"):
        journey.emotion_curve(two)
    with pytest.raises(cxlab.InputError):
        journey.emotion_curve(two, persona="c")


def test_persona_curves_compare():
    park = datasets.load("journey_theme_park")
    curves = journey.persona_curves(park)
    assert list(curves) == ["family", "thrill"]
    # staged: families peak at the fireworks, thrill-seekers on the signature ride; both troughs are the queues
    assert curves["family"].peak["touchpoint"] == "fireworks"
    assert curves["thrill"].peak["touchpoint"] == "signature_ride"
    assert {c.trough["touchpoint"] for c in curves.values()} == {"ride_queue"}
    visit = journey.emotion_curve(park, stages=["use"], persona="family")
    assert visit.end["touchpoint"] == "fireworks"


# -- moments of truth ------------------------------------------------------------------------------------------

def orthogonal_survey():
    """a and b are uncorrelated (and uncorrelated with the noise e); y = 2a + b + e.
    var(a) = var(b) = var(e) = v, so r(a, y) = 2v / sqrt(v · 6v) = 2/√6, r(b, y) = 1/√6.
    Uncorrelated drivers: relative weight = r², so weights 4/6 and 1/6, R² = 5/6; shares 0.8 and 0.2."""
    a = np.array([1, -1, 1, -1, 1, -1, 1, -1])
    b = np.array([1, 1, -1, -1, 1, 1, -1, -1])
    e = np.array([1, 1, 1, 1, -1, -1, -1, -1])
    return pd.DataFrame({"a": a + 3, "b": b + 3, "overall": 2 * a + b + e + 10})


def orthogonal_journey(reach_a=0.5, reach_b=1.0):
    return pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["a", "b"], "reach": [reach_a, reach_b]})


def test_moments_of_truth_by_hand():
    """Shares 0.8 (a) and 0.2 (b); both mean scores 3 on 1..5, so gap = 5 − 3 = 2 each.
    Priority a = 0.8 × 2 × 0.5 = 0.8; priority b = 0.2 × 2 × 1.0 = 0.4 → a ranks 1, b ranks 2.
    Importance split = mean share 0.5: a is a moment of truth, b is not. Performance split = 3 (mean of 3 and 3):
    scores at the split count as performing well (≥), so a is 'keep up' (no pain point) and b 'possible overkill'."""
    mot = journey.moments_of_truth(orthogonal_journey(), orthogonal_survey(), "overall")
    table = mot.table.set_index("touchpoint")
    assert table.loc["a", "relative_weight"] == pytest.approx(4 / 6)
    assert table.loc["b", "relative_weight"] == pytest.approx(1 / 6)
    assert mot.r_squared == pytest.approx(5 / 6)
    assert table["importance"].tolist() == pytest.approx([0.8, 0.2])
    assert table["gap"].tolist() == pytest.approx([2.0, 2.0])
    assert table["priority"].tolist() == pytest.approx([0.8, 0.4])
    assert table["rank"].tolist() == [1, 2]
    assert table["moment_of_truth"].tolist() == [True, False]
    assert table["quadrant"].tolist() == ["keep_up", "overkill"]
    assert not table["pain"].any()
    assert mot.n == 8


def test_priority_with_a_target_and_a_pain_point():
    """Target 4: gaps 1 and 1; a's score lowered by 1 everywhere (mean 2): gap 2. Performance split = (2 + 3) / 2
    = 2.5, a (important, 2 < 2.5) is a pain point. Priority a = 0.8 × 2 × 0.5 = 0.8, b = 0.2 × 1 × 1 = 0.2."""
    survey = orthogonal_survey()
    survey["a"] -= 1
    mot = journey.moments_of_truth(orthogonal_journey(), survey, "overall", target=4)
    table = mot.table.set_index("touchpoint")
    assert table["priority"].tolist() == pytest.approx([0.8, 0.2])
    assert table["pain"].tolist() == [True, False]


def test_importance_matches_least_squares_and_statsmodels():
    """On the course survey: relative weights add up to the R² of an ordinary least-squares fit (numpy lstsq and
    statsmodels OLS), and with two uncorrelated drivers each weight is the squared correlation (numpy corrcoef)."""
    import statsmodels.api as sm

    tp = datasets.load("journey_appliance")
    survey = datasets.load("journey_appliance_survey")
    mot = journey.moments_of_truth(tp, survey, "nps")
    drivers = mot.table.loc[mot.table["surveyed"], "touchpoint"].tolist()
    X = np.column_stack([np.ones(len(survey)), survey[drivers].to_numpy(float)])
    y = survey["nps"].to_numpy(float)
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    r2 = 1 - ((y - X @ coef) ** 2).sum() / ((y - y.mean()) ** 2).sum()
    assert mot.r_squared == pytest.approx(r2, abs=1e-10)
    assert mot.r_squared == pytest.approx(sm.OLS(y, X).fit().rsquared, abs=1e-10)
    assert mot.table["relative_weight"].sum() == pytest.approx(r2)
    s = orthogonal_survey()
    r = np.corrcoef(s["a"], s["overall"])[0, 1]
    mot2 = journey.moments_of_truth(orthogonal_journey(), s, "overall")
    assert mot2.table.loc[0, "relative_weight"] == pytest.approx(r ** 2)


def test_moments_of_truth_calls_the_shared_statistics():
    """The journey's numbers are exactly cxlab.stats.derived_importance's and ipa_quadrants' (no second copy)."""
    tp = datasets.load("journey_appliance")
    survey = datasets.load("journey_appliance_survey")
    mot = journey.moments_of_truth(tp, survey, "overall")
    surveyed = mot.table[mot.table["surveyed"]].set_index("touchpoint")
    direct = stats.derived_importance(survey, list(surveyed.index), "overall")
    assert surveyed["relative_weight"].to_numpy() == pytest.approx(direct["relative_weight"].to_numpy())
    ipa = stats.ipa_quadrants(direct["share"], survey[list(surveyed.index)].mean())
    assert surveyed["quadrant"].tolist() == ipa["quadrant"].tolist()


def test_staged_appliance_answer():
    """The class should find: the technician visit is the first priority and a pain point; first use a moment of
    truth done well; the smart-home app and the care reminders itch points; touchpoints with no survey column
    (ads, friends, showroom, trade-in) unranked."""
    mot = journey.moments_of_truth(datasets.load("journey_appliance"), datasets.load("journey_appliance_survey"),
                                   "overall")
    table = mot.table.set_index("touchpoint")
    assert mot.ranking()["touchpoint"].iloc[0] == "technician_visit"
    assert set(table.index[table["pain"]]) == {"technician_visit", "repair_hotline", "repair_fee"}
    assert table.loc["first_use", "quadrant"] == "keep_up"
    assert set(table.index[table["itch"]]) == {"app_control", "care_reminders"}
    assert table.loc[["tv_ad", "friend_advice", "showroom", "trade_in"], "rank"].isna().all()
    assert len(mot.rules()) == 4


def test_dataset_csat_is_the_survey_mean():
    tp = datasets.load("journey_appliance").set_index("touchpoint")
    survey = datasets.load("journey_appliance_survey")
    assert len(survey) >= 500
    for name in journey.moments_of_truth(tp.reset_index(), survey, "overall").table.query("surveyed")["touchpoint"]:
        assert tp.loc[name, "csat"] == pytest.approx(survey[name].mean(), abs=0.005)
    assert {"overall", "nps"} <= set(survey.columns) and survey["nps"].between(0, 10).all()
    park = datasets.load("journey_theme_park_survey")
    assert len(park) >= 500 and {"overall", "nps"} <= set(park.columns)


def test_moments_of_truth_bad_input(lang):
    tp, survey = orthogonal_journey(), orthogonal_survey()
    with pytest.raises(cxlab.InputError, match="overal"):
        journey.moments_of_truth(tp, survey, "overal")
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, survey.rename(columns={"a": "x", "b": "y"}), "overall")
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, survey, "overall", scale=(1, 3))     # scores up to 4
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, survey, "overall", scale="1-5")
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, survey, "overall", delight_threshold=30)
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, survey, "overall", target=9)
    with pytest.raises(cxlab.InputError):
        journey.moments_of_truth(tp, [[1, 2]], "overall")
    bad = survey.astype(object)
    bad.loc[2, "a"] = "good"
    with pytest.raises(cxlab.InputError, match="good"):
        journey.moments_of_truth(tp, bad, "overall")


def _random_survey(data, n=24, k=3):
    values = data.draw(st.lists(st.lists(st.integers(1, 4), min_size=k + 1, max_size=k + 1), min_size=n, max_size=n))
    frame = pd.DataFrame(values, columns=[f"t{j}" for j in range(k)] + ["overall"])
    journey_ = pd.DataFrame({"stage": ["purchase", "use", "after_sales"][:k], "touchpoint": list(frame.columns[:k]),
                             "reach": data.draw(st.lists(st.floats(0, 1), min_size=k, max_size=k))})
    return journey_, frame


def _mot_or_none(tp, survey):
    try:
        return journey.moments_of_truth(tp, survey, "overall")
    except cxlab.InputError:   # a constant or collinear random column: no importance to speak of
        return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reach_zero_means_priority_zero(data):
    """A touchpoint nobody passes has priority 0, whatever its importance and gap."""
    tp, survey = _random_survey(data)
    tp.loc[1, "reach"] = 0.0
    mot = _mot_or_none(tp, survey)
    assume(mot is not None)
    assert mot.table.loc[1, "priority"] == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(0, 2), st.sampled_from([0.25, 0.5, 1.0]))
def test_improving_a_score_never_raises_its_pain_rank(data, which, step):
    """Raising every respondent's score of one touchpoint (within the scale) lowers its gap and leaves its importance
    alone, so its priority rank can only move down the list (a larger rank number) or stay."""
    tp, survey = _random_survey(data)
    before = _mot_or_none(tp, survey)
    assume(before is not None)
    better_tp, better_survey = journey.what_if(tp, survey, f"t{which}", step)
    after = journey.moments_of_truth(better_tp, better_survey, "overall")
    assert after.table.loc[which, "priority"] <= before.table.loc[which, "priority"] + 1e-12
    assert after.table.loc[which, "rank"] >= before.table.loc[which, "rank"]


# -- what if -----------------------------------------------------------------------------------------------------

def test_what_if_by_hand():
    """+1 point on a 1..5 scale = a quarter of the scale; emotion moves a quarter of its 10-point range: +2.5.
    −3.5 + 2.5 = −1.0. Survey scores 5 stay 5 (the top)."""
    tp = small_journey(csat=[4.0, 4.0, 4.5, 4.0, 2.0, 3.0], problem_rate=0.1)
    survey = pd.DataFrame({"repair": [1, 3, 5], "overall": [1, 2, 3]})
    new, new_survey = journey.what_if(tp, survey, "repair", 1.0, problem_rate=0.05)
    row = new.set_index("touchpoint").loc["repair"]
    assert row["emotion"] == -1.0 and row["csat"] == 3.0 and row["problem_rate"] == 0.05
    assert new_survey["repair"].tolist() == [2, 4, 5]
    assert survey["repair"].tolist() == [1, 3, 5]        # the original is untouched
    with pytest.raises(cxlab.InputError):
        journey.what_if(tp, survey, "nope", 1.0)
    with pytest.raises(cxlab.InputError):
        journey.what_if(tp, survey, "repair", "more")


# -- damage ------------------------------------------------------------------------------------------------------

def test_to_damage_equals_calling_the_damage_model_directly():
    """to_damage only builds damage.touchpoint_damage's input: customers passing = 10,000 × reach."""
    tp = small_journey(problem_rate=[0.01, 0.02, 0.05, 0.03, 0.4, 0.1], loyalty_drop=[0.1, 0.2, 0.3, 0.2, 0.5, 0.2])
    ours = journey.to_damage(tp, customers=10_000, value_per_customer=800)
    table = journey.touchpoints(tp)
    direct = damage.touchpoint_damage(pd.DataFrame({
        "touchpoint": table["touchpoint"], "stage": table["stage"], "reach": 10_000 * table["reach"],
        "problem_rate": table["problem_rate"], "loyalty_drop": table["loyalty_drop"]}), value_per_customer=800)
    pd.testing.assert_frame_equal(ours, direct)
    # by hand, the repair: 10,000 × 0.3 = 3,000 pass; × 0.4 = 1,200 affected; × 0.5 = 600 lost; × 800 = 480,000
    repair = ours.set_index("touchpoint").loc["repair"]
    assert (repair["customers_lost"], repair["revenue_at_risk"]) == (600.0, 480_000.0)
    assert ours["touchpoint"].iloc[0] == "repair"


@settings(max_examples=30, deadline=None)
@given(st.floats(0, 1e6), st.lists(st.floats(0, 1), min_size=6, max_size=6), st.floats(0, 1))
def test_to_damage_property(customers, rates, drop):
    tp = small_journey(problem_rate=rates)
    ours = journey.to_damage(tp, customers=customers, value_per_customer=100, loyalty_drop=drop)
    table = journey.touchpoints(tp)
    direct = damage.touchpoint_damage(pd.DataFrame({
        "touchpoint": table["touchpoint"], "stage": table["stage"], "reach": customers * table["reach"],
        "problem_rate": table["problem_rate"], "loyalty_drop": drop}), value_per_customer=100)
    pd.testing.assert_frame_equal(ours, direct)


def test_to_damage_bad_input(lang):
    with pytest.raises(cxlab.InputError):
        journey.to_damage(small_journey(), customers=100, value_per_customer=1)          # no problem_rate
    tp = small_journey(problem_rate=0.1)
    with pytest.raises(cxlab.InputError):
        journey.to_damage(tp, customers=100, value_per_customer=1)                       # no loyalty_drop
    with pytest.raises(cxlab.InputError):
        journey.to_damage(tp, customers=-5, value_per_customer=1, loyalty_drop=0.2)
    with pytest.raises(cxlab.InputError):
        journey.to_damage(tp, customers=True, value_per_customer=1, loyalty_drop=0.2)
    with pytest.raises(cxlab.InputError):
        journey.to_damage(tp, customers=100, value_per_customer=1, loyalty_drop=1.5)


# -- blueprint, template, plots ----------------------------------------------------------------------------------

def test_blueprint_of_the_appliance_case(lang):
    tp = datasets.load("journey_appliance")
    steps = journey.blueprint(tp, datasets.load("journey_appliance_blueprint"))
    assert steps["touchpoint"].drop_duplicates().tolist() == [
        "delivery", "installation", "repair_hotline", "technician_visit", "repair_fee", "follow_up_call"]
    assert steps.groupby("touchpoint")["lane"].apply(list).eq([list(journey.LANES)] * 6).all()
    failing = steps[steps["fails"]].set_index("touchpoint")["lane"]
    assert failing["technician_visit"] == "support"
    assert steps["text"].iloc[0] == ("在家等送货" if lang == "zh" else "Waits at home for delivery")
    with pytest.raises(cxlab.InputError):
        journey.blueprint(tp, pd.DataFrame({"touchpoint": ["nope"], "lane": ["support"], "text": ["x"]}))
    with pytest.raises(cxlab.InputError):
        journey.blueprint(tp, pd.DataFrame({"touchpoint": ["delivery"], "lane": ["kitchen"], "text": ["x"]}))
    with pytest.raises(cxlab.InputError):
        journey.blueprint(tp, pd.DataFrame({"touchpoint": ["delivery"], "lane": ["support"], "text": ["x"],
                                            "fails": ["yes"]}))


def test_template_round_trip(lang, tmp_path):
    """The template the kit ships reads back: six example rows, one per stage, in stage order."""
    path = tmp_path / "mine.csv"
    path.write_bytes(journey.template_csv(lang))
    tp = journey.read_journey(path)
    assert tp["stage"].tolist() == list(journey.STAGES)
    assert tp["reach"].between(0, 1).all()


def test_shipped_templates_are_current(root):
    """exercises/<lang>/04_journey_template.csv is template_csv(lang) (rewrite it with
    ``python -c "from cxlab import journey; ..."`` after changing the template texts)."""
    for lang in ("zh", "en"):
        path = root / "exercises" / lang / "04_journey_template.csv"
        assert path.read_bytes() == journey.template_csv(lang)


def test_plots_render_in_both_languages(lang):
    """Every plot draws without a missing-glyph warning; the map's ticks are the touchpoint names in the language."""
    tp = datasets.load("journey_appliance")
    mot = journey.moments_of_truth(tp, datasets.load("journey_appliance_survey"), "overall")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        ax = journey.plot_journey_map(tp, mot, show_verbatims=True)
        ax.figure.canvas.draw()
        names = [tick.get_text().replace("\n", " " if lang == "en" else "") for tick in ax.get_xticklabels()]
        assert names[0] == ("电视和视频广告" if lang == "zh" else "TV and video ads")
        for plot in (journey.plot_ipa, journey.plot_priority):
            plot(mot).figure.canvas.draw()
        journey.plot_emotion_curves(journey.persona_curves(datasets.load("journey_theme_park"))).figure.canvas.draw()
        steps = journey.blueprint(tp, datasets.load("journey_appliance_blueprint"))
        journey.plot_blueprint(steps, mot, tp).figure.canvas.draw()


def test_plot_parameters_are_checked(lang):
    tp = small_journey()
    with pytest.raises(cxlab.InputError):
        journey.plot_journey_map(tp, show_verbatims="no")
    with pytest.raises(cxlab.InputError):
        journey.plot_journey_map(tp, mot="not a result")
    with pytest.raises(cxlab.InputError):
        journey.plot_priority(journey.moments_of_truth(orthogonal_journey(), orthogonal_survey(), "overall"), top=0)
    with pytest.raises(cxlab.InputError):
        journey.plot_emotion_curves({})
    with pytest.raises(cxlab.InputError):
        journey.stage_name("usage")


def test_doctests():
    failures, tried = doctest.testmod(journey, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 10 and failures == 0


def test_a_validated_table_changed_in_place_is_validated_again():
    """The functions skip validating a table touchpoints() returned, but not once it has been changed."""
    tp = journey.touchpoints(small_journey())
    assert journey.emotion_curve(tp).peak["touchpoint"] == "first_use"
    tp.loc[0, "reach"] = 5.0
    with pytest.raises(cxlab.InputError, match="reach"):
        journey.emotion_curve(tp)
    tp = journey.touchpoints(small_journey())
    tp.loc[1, "emotion"] = 9.0
    with pytest.raises(cxlab.InputError, match="emotion"):
        journey.emotion_curve(tp)
