"""cxlab.value: worked examples computed by hand, cross-checks against statsmodels, bad input in zh and en."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import damage, stats, value

Z95 = 1.959963984540054  # the two-sided 95 % normal quantile


def answers(promoters, passives, detractors):
    """A list of 0..10 answers with the given group counts (scores 10, 8, 3; spread a little)."""
    return [10, 9] * (promoters // 2) + [10] * (promoters % 2) + [8, 7] * (passives // 2) + [8] * (passives % 2) \
        + [6, 0] * (detractors // 2) + [3] * (detractors % 2)


# ---------------------------------------------------------------------------------------------------------------
# NPS: worked examples
# ---------------------------------------------------------------------------------------------------------------

def test_nps_worked_example_wald():
    """200 answers, 100 promoters, 50 passives, 50 detractors.

    p = 100/200 = 0.5, d = 50/200 = 0.25, NPS = 100 (0.5 - 0.25) = 25.0
    Var = (p + d - (p - d)^2) / n = (0.75 - 0.0625) / 200 = 0.0034375, se = 100 sqrt(0.0034375) = 5.86302
    95 %: 25 ± 1.959964 · 5.86302 = 25 ± 11.4913 -> 13.5087 to 36.4913 (the issue's 13.5 to 36.5)
    """
    r = value.nps(answers(100, 50, 50))
    assert (r.promoters, r.passives, r.detractors, r.n) == (100, 50, 50, 200)
    assert all(isinstance(x, int) for x in (r.promoters, r.passives, r.detractors, r.n))
    assert r.nps == 25.0
    assert r.se == pytest.approx(100 * math.sqrt((0.75 - 0.0625) / 200))
    assert r.se == pytest.approx(5.86302, abs=1e-5)
    assert r.low == pytest.approx(13.5087, abs=1e-4)
    assert r.high == pytest.approx(36.4913, abs=1e-4)
    assert (round(r.low, 1), round(r.high, 1)) == (13.5, 36.5)
    assert r.center == r.nps and r.method == "wald"


def test_nps_worked_example_adjusted_wald():
    """Rocks (2016): add 3 answers, 3/4 promoter and 3/4 detractor.

    n' = 203, P' = 100.75, D' = 50.75; p' = 100.75/203 = 0.496305, d' = 50.75/203 = 0.25
    centre = p' - d' = 50/203 = 0.246305 (24.6305 points)
    Var = (0.746305 - 0.246305^2) / 203 = (0.746305 - 0.060666) / 203 = 0.0033775, se = 5.81165 points
    95 %: 24.6305 ± 1.959964 · 5.81165 = 24.6305 ± 11.3906 -> 13.2399 to 36.0212
    The reported NPS stays the observed 25.0.
    """
    r = value.nps(answers(100, 50, 50), method="adjusted_wald")
    assert r.nps == 25.0
    assert r.center == pytest.approx(100 * 50 / 203)
    assert r.se == pytest.approx(5.81165, abs=1e-5)
    assert r.low == pytest.approx(13.2399, abs=1e-4)
    assert r.high == pytest.approx(36.0212, abs=1e-4)


def test_nps_from_counts_equals_nps_of_answers():
    assert value.nps_from_counts(100, 50, 50) == value.nps(answers(100, 50, 50))


def test_nps_groups_follow_reichheld():
    """9-10 promoters, 7-8 passives, 0-6 detractors."""
    r = value.nps(list(range(11)))
    assert (r.detractors, r.passives, r.promoters) == (7, 2, 2)
    assert r.nps == pytest.approx(100 * (2 - 7) / 11)


def test_wald_collapses_where_adjusted_wald_does_not():
    """All 10 answers promoters: Wald gives 100 ± 0, adjusted Wald a real interval (Rocks 2016's motivation)."""
    wald = value.nps([10] * 10)
    adjusted = value.nps([10] * 10, method="adjusted_wald")
    assert (wald.low, wald.high) == (100.0, 100.0)
    assert adjusted.low < 80 and adjusted.high <= 100


def test_missing_answers_are_left_out_and_counted():
    r = value.nps([10, None, 9, np.nan, "", 3])
    assert (r.n, r.missing) == (3, 3)
    assert r.nps == pytest.approx(100 / 3)


def test_numeric_text_is_accepted():
    assert value.nps(["10", " ９ ", "3.0"]).n == 3


def test_two_wave_test_by_hand():
    """Wave 1: 400 answers, 160 P, 120 passives, 120 D (NPS 10); wave 2: 400, 190 P, 110, 100 D (NPS 22.5).

    se1 = 100 sqrt((0.4 + 0.3 - 0.1^2) / 400) = 100 sqrt(0.001725) = 4.15331
    se2 = 100 sqrt((0.475 + 0.25 - 0.225^2) / 400) = 100 sqrt(0.00168594) = 4.10602
    se = sqrt(4.15331^2 + 4.10602^2) = 5.84032; z = 12.5 / 5.84032 = 2.14029
    p = 2 (1 - Φ(2.14029)) = 0.03233; interval 12.5 ± 1.959964 · 5.84032 = 1.0532 to 23.9468
    """
    r = value.compare_nps(value.nps_from_counts(160, 120, 120), value.nps_from_counts(190, 110, 100))
    assert r.a.nps == 10.0 and r.b.nps == 22.5
    assert r.difference == 12.5
    assert r.se == pytest.approx(5.84032, abs=1e-5)
    assert r.z == pytest.approx(2.14029, abs=1e-5)
    assert r.p_value == pytest.approx(0.03233, abs=1e-5)
    assert r.low == pytest.approx(1.0532, abs=1e-4)
    assert r.high == pytest.approx(23.9468, abs=1e-4)
    assert r.significant


def test_compare_accepts_answers_and_a_small_change_is_noise():
    a, b = answers(40, 30, 30), answers(44, 28, 28)   # NPS 10 -> 16 with 100 answers each
    r = value.compare_nps(a, b)
    assert r.difference == pytest.approx(6.0)
    assert not r.significant and r.low < 0 < r.high and r.p_value > 0.05


def test_compare_adjusted_uses_adjusted_centres():
    a, b = value.nps_from_counts(160, 120, 120), value.nps_from_counts(190, 110, 100)
    r = value.compare_nps(a, b, method="adjusted_wald")
    # centres (P - D) / (n + 3): 40/403 and 90/403 -> 12.4069 points apart
    assert r.z * r.se == pytest.approx(100 * 50 / 403)
    assert r.difference == 12.5


def test_sample_size_by_hand():
    """n = z^2 · variance / margin^2, rounded up."""
    assert value.sample_size(5) == math.ceil(Z95 ** 2 * 1.0 / 0.05 ** 2) == 1537
    assert value.sample_size(5, promoters=0.5, detractors=0.25) == math.ceil(Z95 ** 2 * 0.6875 / 0.0025) == 1057
    assert value.sample_size(0.05, kind="proportion") == 385
    assert value.sample_size(0.03, kind="proportion", share=0.8) == math.ceil(Z95 ** 2 * 0.16 / 0.0009)


def test_sample_size_gives_the_margin_asked_for():
    n = value.sample_size(5, promoters=0.5, detractors=0.25)
    margin = Z95 * 100 * math.sqrt(0.6875 / n)
    assert margin <= 5 < Z95 * 100 * math.sqrt(0.6875 / (n - 1))


# ---------------------------------------------------------------------------------------------------------------
# CSAT, CES: worked examples and cross-checks
# ---------------------------------------------------------------------------------------------------------------

def test_csat_worked_example():
    """200 answers: 90 fives, 70 fours -> top-2 = 160, share 0.8.

    Wilson: centre = (0.8 + 1.96^2/400) / (1 + 1.96^2/200) = 0.80960 / 1.019207 = 0.79435
    half = 1.96 sqrt(0.8 · 0.2 / 200 + 1.96^2 / 160000) / 1.019207 = 0.055203 -> 0.73915 to 0.84955
    """
    r = value.csat([5] * 90 + [4] * 70 + [3] * 25 + [2] * 10 + [1] * 5)
    assert (r.satisfied, r.n, r.share) == (160, 200, 0.8)
    assert r.low == pytest.approx(0.73915, abs=1e-5)
    assert r.high == pytest.approx(0.84955, abs=1e-5)
    assert r.counts == (5, 10, 25, 70, 90)
    assert r.mean == pytest.approx((5 + 20 + 75 + 280 + 450) / 200)


def test_csat_uses_the_shared_wilson_interval():
    r = value.csat([5, 4, 3, 2, 1, 5, 5], top=3)
    assert (r.low, r.high) == stats.wilson_interval(5, 7)


@pytest.mark.parametrize("k,n", [(160, 200), (0, 25), (25, 25), (3, 1000), (517, 1000)])
def test_wilson_against_statsmodels(k, n):
    from statsmodels.stats.proportion import proportion_confint

    r = value.csat([5] * k + [1] * (n - k))
    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    assert r.low == pytest.approx(low, abs=1e-10)
    assert r.high == pytest.approx(high, abs=1e-10)


@pytest.mark.parametrize("k1,n1,k2,n2", [(120, 200, 150, 200), (45, 60, 40, 70), (300, 1000, 330, 1000)])
def test_two_proportion_test_against_statsmodels(k1, n1, k2, n2):
    from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

    r = value.compare_csat([5] * k1 + [2] * (n1 - k1), [5] * k2 + [2] * (n2 - k2))
    z, p = proportions_ztest([k2, k1], [n2, n1])
    low, high = confint_proportions_2indep(k2, n2, k1, n1, method="wald", compare="diff")
    assert r.z == pytest.approx(z, abs=1e-10)
    assert r.p_value == pytest.approx(p, abs=1e-10)
    assert r.low == pytest.approx(low, abs=1e-10)
    assert r.high == pytest.approx(high, abs=1e-10)


def test_compare_csat_by_hand():
    """120/200 vs 150/200: pooled p = 270/400 = 0.675; se0 = sqrt(0.675 · 0.325 · (1/200 + 1/200)) = 0.046837;
    z = 0.15 / 0.046837 = 3.2026."""
    r = value.compare_csat([5] * 120 + [3] * 80, [5] * 150 + [3] * 50)
    assert r.difference == pytest.approx(0.15)
    assert r.z == pytest.approx(0.15 / math.sqrt(0.675 * 0.325 * 0.01))
    assert r.significant


def test_ces_worked_example():
    """7, 6, 6, 5, 4, 2: mean 30/6 = 5; sd = sqrt((4+1+1+0+1+9)/5) = sqrt(3.2) = 1.78885;
    easy (5-7) = 4 of 6; difficult (1-3) = 1; interval 5 ± 1.959964 · 1.78885 / sqrt(6) = 3.5686 to 6.4314."""
    r = value.ces([7, 6, 6, 5, 4, 2])
    assert (r.mean, r.easy, r.difficult, r.n) == (5.0, 4, 1, 6)
    assert r.sd == pytest.approx(math.sqrt(3.2))
    assert r.low == pytest.approx(5 - Z95 * math.sqrt(3.2) / math.sqrt(6))
    assert r.high == pytest.approx(6.4314, abs=1e-4)
    assert (r.easy_low, r.easy_high) == stats.wilson_interval(4, 6)


# ---------------------------------------------------------------------------------------------------------------
# Experience value, behaviour, complaints, feedback, closed loop
# ---------------------------------------------------------------------------------------------------------------

def _survey():
    return pd.DataFrame({"emotional_1": [5, 6, 2, 7, 4, 3, 5], "emotional_2": [4, 6, 3, 7, 4, 2, 5],
                         "functional_1": [4, 6, 3, 6, 5, 2, 4], "brand_1": [5, 5, 3, 7, 4, 4, 6],
                         "interaction_1": [6, 7, 2, 6, 3, 3, 5], "product_quality": [5, 6, 2, 7, 5, 3, 4],
                         "service_quality": [6, 7, 3, 6, 3, 3, 6], "brand_image": [4, 6, 3, 6, 5, 4, 5],
                         "overall_value": [7, 9, 3, 9, 5, 4, 7]})


def test_experience_value_dimensions_and_shared_importance():
    s = _survey()
    r = value.experience_value(s)
    assert list(r.dimensions.index) == list(value.DIMENSIONS)
    # emotional score of respondent 1 = (5 + 4) / 2; brand_image is a driver, not a brand item
    assert r.scores.loc[0, "emotional"] == 4.5
    assert r.dimensions.loc["brand", "items"] == 1
    expected = stats.derived_importance(s, ["product_quality", "service_quality", "brand_image"], "overall_value")
    pd.testing.assert_frame_equal(r.importance, expected)
    assert r.importance.attrs["r_squared"] == expected.attrs["r_squared"]


def test_behaviour_worked_example():
    """a: Jan + Mar, b: Jan, c: Feb; log ends in March; churn after 1 month without purchase.
    Cohort 2024-01 = {a, b}: repeat 1/2; a bought in March (retained), b did not (churned) -> 0.5 / 0.5;
    retention curve: Jan 2/2, Feb 0/2, Mar 1/2. Cohort 2024-02 = {c}: no purchase in March -> churned."""
    log = pd.DataFrame({"customer_id": ["a", "a", "b", "c"],
                        "order_date": ["2024-01-05", "2024-03-02", "2024-01-20", "2024-02-11"],
                        "amount": [30, 20, 15, 40]})
    r = value.behaviour(log, churn_after=1)
    assert r.cohorts.loc["2024-01", ["customers", "orders", "retained", "churned"]].tolist() == [2, 3, 1, 1]
    assert r.cohorts.loc["2024-01", "repeat_rate"] == 0.5
    assert r.retention.loc["2024-01"].tolist() == [1.0, 0.0, 0.5]
    assert r.cohorts.loc["2024-02", "churn_rate"] == 1.0
    assert r.summary["repeat_rate"] == pytest.approx(1 / 3)
    assert r.summary["revenue"] == 105.0
    assert np.isnan(r.retention.loc["2024-02", 2])   # March + 1 lies after the log


def test_behaviour_quarters_and_weeks():
    log = pd.DataFrame({"customer_id": [1, 1, 2], "order_date": pd.to_datetime(["2024-01-01", "2024-04-02",
                                                                                "2024-01-08"]),
                        "amount": [1.0, 2.0, 3.0]})
    q = value.behaviour(log, period="quarter", churn_after=1)
    assert list(q.retention.index) == ["2024Q1"] and q.retention.loc["2024Q1"].tolist() == [1.0, 0.5]
    w = value.behaviour(log, period="week", churn_after=2)
    assert list(w.retention.index) == ["2024-01-01", "2024-01-08"]   # Monday of each week


def _complaint_log():
    return pd.DataFrame({
        "received_at": ["2024-03-01 09:00"] * 4,
        "first_response_at": ["2024-03-01 10:00", "2024-03-02 12:00", "2024-03-01 11:00", "2024-03-03 09:00"],
        "resolved_at": ["2024-03-01 18:00", "2024-03-05 09:00", None, "2024-03-04 09:00"],
        "listened": [1, 1, 0, 1], "progress_updates": [1, 0, 2, 1], "personalised": [1, 0, 0, 1],
        "followed_up": [1, 0, 0, 0], "satisfaction_after": [5, 3, 1, 4], "repurchased_12m": [1, 0, 0, 1],
        "resolution": ["resolved_quickly", "resolved", "unresolved", "resolved"]})


def test_complaints_worked_example(monkeypatch):
    """First responses after 1, 27, 2, 48 h: fast (<= 24 h) = complaints 1 and 3.
    Funnel: received 4; listened {1, 2, 4} = 3; + fast {1} = 1; + informed {1}; + personalised {1}; + follow-up {1}.
    Respond fast: satisfaction with (5 + 1) / 2 = 3.0, without (3 + 4) / 2 = 3.5; repurchase 1/2 vs 1/2.
    Loyalty by outcome comes from damage.loyalty_by_outcome, called (not copied)."""
    calls = []
    original = damage.loyalty_by_outcome

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(damage, "loyalty_by_outcome", spy)
    r = value.complaints(_complaint_log())
    assert r.funnel["count"].tolist() == [4, 3, 1, 1, 1, 1]
    assert r.funnel.loc["respond_fast", "step_share"] == 0.5
    assert r.steps.loc["respond_fast", ["satisfaction_with", "satisfaction_without"]].tolist() == [3.0, 3.5]
    assert r.steps.loc["listen", "repurchase_with"] == pytest.approx(2 / 3)
    assert r.steps.loc["listen", "repurchase_lift"] == pytest.approx(2 / 3)
    assert r.summary["median_first_response_hours"] == pytest.approx((2 + 27) / 2)
    assert r.summary["median_resolution_hours"] == 72.0        # 9, 72, 72 hours
    assert calls == [{"outcome": "resolution", "retained": "repurchased_12m"}]
    pd.testing.assert_frame_equal(r.loyalty, original(_complaint_log(), outcome="resolution",
                                                      retained="repurchased_12m"))


def test_feedback_segments_chinese_with_jieba():
    """不错 is one positive word (not 错); 不满意 is negated 满意; English whole words only ('lines' is not 'line')."""
    r = value.feedback(["咖啡味道不错", "对服务不满意", "Staff were not helpful", "The app crashes", "nice lines"])
    assert r.texts["tone"].tolist() == ["positive", "negative", "negative", "negative", "neutral"]
    assert r.texts["lang"].tolist() == ["zh", "zh", "en", "en", "en"]
    assert r.texts.loc[4, "themes"] == ()
    assert r.themes.loc["staff", "mentions"] == 1


def test_feedback_lexicon_can_be_edited():
    lexicon = {"parking": {"zh": ["停车"], "en": ["parking"]}}
    r = value.feedback(["停车太难了", "no parking", "咖啡不错"], lexicon=lexicon)
    assert r.themes.loc["parking", "mentions"] == 2
    assert value.theme_name("parking") == "parking"


def test_verbatims_are_escaped():
    r = value.feedback(["<script>alert(1)</script> 排队太久", "转账金额<100元也要验证码"])
    html = r.verbatims_html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;100" in html


def test_closed_loop_example():
    s = pd.DataFrame({"score": [2, 5, 9, 3], "wave": [1, 1, 1, 2], "called_back": [1, 0, 0, 1],
                      "callback_hours": [20, None, None, 70], "comment": ["排队太久", "店员态度差", "", "太贵"]})
    r = value.closed_loop(s)
    assert r.inner.loc[1, ["detractors", "contacted", "within_target"]].tolist() == [2, 1, 1]
    assert r.inner.loc[2, "median_hours"] == 70
    assert r.outer.loc["waiting", 1] == 0.5 and r.outer.loc["waiting", "change"] == -0.5


def test_course_data_tells_the_story():
    """The retail waves differ for real; the west region does not improve; detractors are called back faster."""
    from cxlab import datasets

    survey = datasets.load("value_retail_nps")
    waves = [survey.loc[survey["wave"] == w, "score"] for w in (1, 2)]
    assert value.compare_nps(*waves).significant
    west = survey["region"] == "west"
    change = value.compare_nps(*[survey.loc[west & (survey["wave"] == w), "score"] for w in (1, 2)])
    assert not change.significant
    loop = value.closed_loop(survey)
    assert loop.inner.loc[2, "within_target_share"] > loop.inner.loc[1, "within_target_share"]
    assert loop.outer.loc["waiting", "change"] < -0.1
    orders = datasets.load("value_ecommerce_orders")
    assert len(orders) >= 20_000
    curves = value.behaviour(orders).retention
    later = curves.index.str.startswith("2024")
    for month in (3, 6):
        assert curves.loc[later, month].mean() > curves.loc[~later, month].mean() + 0.03
    # the counts the notebook's text names
    assert len(survey) == 2000 and (survey["wave"] == 1).sum() == 1000
    assert len(datasets.load("value_coffee_survey")) == 600
    assert len(datasets.load("value_complaint_handling")) == 900
    assert len(datasets.load("value_bank_feedback")) == 420
    table = value.change_table(survey, by="region")
    assert table.loc["all", "significant"] and not table.loc["west", "significant"]
    assert table.loc["west", "difference"] < 0 < table.loc["east", "difference"]
    groups = value.complaints(datasets.load("value_complaint_handling"), by="channel").groups
    assert groups["median_first_response_hours"].idxmin() == "social_media"
    coffee = value.experience_value(datasets.load("value_coffee_survey")).importance
    assert list(coffee.sort_values("share").index[-2:]) == ["service_quality", "product_quality"]


# ---------------------------------------------------------------------------------------------------------------
# Bad input: a clear InputError in both languages, never a NaN
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("scores,fragment", [
    ([9, 11, 3], "11"), ([9, -1], "-1"), ([9, "maybe"], "maybe"), ([9.5, 3], "9.5"), ([True, 3], "True"),
])
def test_bad_scores(lang, scores, fragment):
    with pytest.raises(cxlab.InputError) as info:
        value.nps(scores)
    message = str(info.value)
    assert fragment in message and "10" in message
    assert ("第" in message) == (lang == "zh")


@pytest.mark.parametrize("scores", [[], [None, np.nan], pd.Series([], dtype=float), "9", {"a": 9}, 9,
                                    pd.DataFrame({"a": [9]})])
def test_empty_or_not_answers(lang, scores):
    with pytest.raises(cxlab.InputError):
        value.nps(scores)


def test_bad_parameters(lang):
    for call in (lambda: value.nps([9], method="exact"), lambda: value.nps([9], confidence=95),
                 lambda: value.nps([9], confidence=True), lambda: value.csat([5], top=5),
                 lambda: value.csat([5], scale="5"), lambda: value.ces([7], scale=6),
                 lambda: value.sample_size(0), lambda: value.sample_size(5, promoters=0.5),
                 lambda: value.sample_size(5, promoters=0.7, detractors=0.5),
                 lambda: value.sample_size(1.5, kind="proportion"), lambda: value.compare_nps([9], [9], method=1),
                 lambda: value.nps_from_counts(-1, 2, 3), lambda: value.nps_from_counts(0, 0, 0),
                 lambda: value.behaviour(pd.DataFrame({"customer_id": [1], "order_date": ["2024-01-01"],
                                                       "amount": [1]}), period="day")):
        with pytest.raises(cxlab.InputError):
            call()


def test_csat_outside_scale_names_row(lang):
    with pytest.raises(cxlab.InputError) as info:
        value.csat(pd.Series([5, 4, 6], index=[10, 11, 12]))
    assert "12" in str(info.value) and "6" in str(info.value)


def test_compare_names_the_sample(lang):
    with pytest.raises(cxlab.InputError) as info:
        value.compare_nps([9, 8], [9, 12])
    assert " b" in str(info.value) or "b " in str(info.value)


def _orders(**change):
    frame = pd.DataFrame({"customer_id": ["a", "b", "c"], "order_date": ["2024-01-05", "2024-02-01", "2024-03-09"],
                          "amount": [10.0, 20.0, 30.0]})
    for column, (row, new) in change.items():
        frame[column] = frame[column].astype(object)
        frame.loc[row, column] = new
    return frame


@pytest.mark.parametrize("change,fragment", [
    ({"order_date": (1, "2024-13-45")}, "2024-13-45"), ({"order_date": (2, "yesterday")}, "yesterday"),
    ({"order_date": (0, None)}, "order_date"), ({"amount": (1, -5.0)}, "-5"), ({"amount": (2, "ten")}, "ten"),
    ({"customer_id": (1, None)}, "customer_id"),
])
def test_bad_transactions(lang, change, fragment):
    with pytest.raises(cxlab.InputError) as info:
        value.behaviour(_orders(**change), churn_after=1)
    message = str(info.value)
    assert fragment in message
    row = next(iter(change.values()))[0] + 1
    assert str(row) in message


def test_transactions_not_a_table_or_missing_column(lang):
    with pytest.raises(cxlab.InputError):
        value.behaviour([1, 2, 3])
    with pytest.raises(cxlab.InputError) as info:
        value.behaviour(_orders().drop(columns="amount"))
    assert "amount" in str(info.value)
    with pytest.raises(cxlab.InputError):
        value.behaviour(_orders(), churn_after=6)   # three months: nothing old enough to judge


def test_bad_complaint_logs(lang):
    log = _complaint_log()
    log.loc[1, "first_response_at"] = "2024-02-28 10:00"
    with pytest.raises(cxlab.InputError) as info:
        value.complaints(log)
    assert "2024-02-28 10:00" in str(info.value)
    log = _complaint_log()
    log["listened"] = log["listened"].astype(object)
    log.loc[2, "listened"] = "yes"
    with pytest.raises(cxlab.InputError) as info:
        value.complaints(log)
    assert "yes" in str(info.value)
    with pytest.raises(cxlab.InputError):
        value.complaints(_complaint_log(), response_target=0)


def test_bad_feedback(lang):
    for bad in ("one text", None, 5, [None, "", float("nan")]):
        with pytest.raises(cxlab.InputError):
            value.feedback(bad)
    with pytest.raises(cxlab.InputError):
        value.feedback(["x"], lexicon={"t": ["word"]})


def test_messages_are_in_the_current_language():
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError) as zh:
        value.nps([12])
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError) as en:
        value.nps([12])
    assert "超出" in str(zh.value) and "outside" in str(en.value)


def test_never_a_nan_nps():
    """Extreme but valid samples give finite numbers everywhere."""
    for sample in ([0], [10], [7], [0] * 5 + [10] * 5):
        for method in value.METHODS:
            r = value.nps(sample, method=method)
            assert all(math.isfinite(x) for x in (r.nps, r.se, r.low, r.high, r.center))
    r = value.compare_nps([10] * 3, [0] * 4)
    assert math.isfinite(r.p_value) and r.difference == -200


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

def test_plots_draw_in_both_languages(lang):
    import matplotlib.pyplot as plt

    from cxlab import datasets

    survey = datasets.load("value_retail_nps")
    waves = {f"W{w}": value.nps(survey.loc[survey["wave"] == w, "score"]) for w in (1, 2)}
    coffee = datasets.load("value_coffee_survey")
    axes = [
        value.plot_nps(waves["W1"]), value.plot_nps_waves(waves), value.plot_csat(value.csat(coffee["csat"])),
        value.plot_ces(value.ces(coffee["ces"])), value.plot_importance(value.experience_value(coffee).importance),
        value.plot_retention(value.behaviour(datasets.load("value_ecommerce_orders"))),
        value.plot_complaint_funnel(value.complaints(datasets.load("value_complaint_handling"))),
        value.plot_step_effects(value.complaints(datasets.load("value_complaint_handling")), measure="satisfaction"),
        value.plot_feedback_themes(value.feedback(datasets.load("value_bank_feedback")["text"])),
    ]
    for ax in axes:
        assert ax.get_title()
        ax.figure.canvas.draw()
    fig, ax = plt.subplots()
    assert value.plot_nps(waves["W2"], ax=ax) is ax


def test_plot_refuses_wrong_input(lang):
    with pytest.raises(cxlab.InputError):
        value.plot_nps([9, 10])
    with pytest.raises(cxlab.InputError):
        value.plot_importance(pd.DataFrame({"x": [1]}))


def test_docstring_examples():
    """The >>> examples of the value model, its explorer and exercises are right (numpydoc examples are a contract)."""
    import doctest

    from cxlab.exercises import value as exercises
    from cxlab.widgets import value as widget

    cxlab.set_language("en")
    for module in (value, widget, exercises):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.failed == 0 and result.attempted > 0
