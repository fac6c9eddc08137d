"""cxlab.servqual: published constants, hand-worked gap, weight and alpha examples, cross-checks, bad input."""
from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import servqual


def frame(e, p, respondents=None):
    """Long answers from respondent x 22 lists of E and P (None = blank)."""
    rows = []
    for r, (erow, prow) in enumerate(zip(e, p), start=1):
        for i, (ev, pv) in enumerate(zip(erow, prow), start=1):
            rows.append((r if respondents is None else respondents[r - 1], i, ev, pv))
    out = pd.DataFrame(rows, columns=["respondent", "item", "expectation", "perception"])
    return out.astype({"expectation": float, "perception": float})


# -- constants -------------------------------------------------------------------------------------------------

def test_dimensions_and_items_follow_parasuraman_1988():
    """Five dimensions in the published order; 22 items: T 1-4, Rel 5-9, Resp 10-13, A 14-17, E 18-22."""
    assert servqual.DIMENSIONS == ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
    items = servqual.ITEMS
    assert list(items.index) == list(range(1, 23)) and items.index.name == "item"
    counts = items["dimension"].value_counts().to_dict()
    assert counts == {"tangibles": 4, "reliability": 5, "responsiveness": 4, "assurance": 4, "empathy": 5}
    assert list(items.loc[[1, 4, 5, 9, 10, 13, 14, 17, 18, 22], "dimension"]) == [
        "tangibles", "tangibles", "reliability", "reliability", "responsiveness", "responsiveness",
        "assurance", "assurance", "empathy", "empathy"]
    assert servqual.SCALE == (1, 7)


def test_every_item_has_both_wordings_in_both_languages():
    for lang in ("zh", "en"):
        for item in servqual.ITEMS.index:
            e = servqual.item_text(int(item), "expectation", lang=lang)
            p = servqual.item_text(int(item), "perception", lang=lang)
            assert e and p and e != p
    assert servqual.dimension_name("assurance", lang="zh") == "保证性"
    assert servqual.dimension_name("empathy", lang="zh") == "移情性"
    with pytest.raises(cxlab.InputError):
        servqual.dimension_name("price")
    with pytest.raises(cxlab.InputError):
        servqual.item_text(23)


# -- gaps: worked examples -------------------------------------------------------------------------------------

def _two_respondents():
    """R1: E = 7 everywhere, P = 6 except item 5 (P = 4) and item 1 (P = 7).
    R2: E = 6 everywhere, P = 6 except item 5 (P = 5)."""
    e = [[7] * 22, [6] * 22]
    p = [[6] * 22, [6] * 22]
    p[0][4], p[1][4] = 4, 5
    p[0][0] = 7
    return frame(e, p)


def test_item_and_dimension_gaps_by_hand():
    result = servqual.gaps(_two_respondents())
    # item 5: E = (7 + 6) / 2 = 6.5, P = (4 + 5) / 2 = 4.5, gap = ((4 - 7) + (5 - 6)) / 2 = -2
    assert result.items.loc[5, ["expectation", "perception", "gap", "n", "missing"]].tolist() == [6.5, 4.5, -2.0,
                                                                                                   2, 0]
    # item 1: gaps 7 - 7 = 0 and 6 - 6 = 0 -> 0; items 2..4: (-1 + 0) / 2 = -0.5
    assert result.items.loc[1, "gap"] == 0.0
    assert result.items.loc[2, "gap"] == -0.5
    # tangibles = (0 - 0.5 - 0.5 - 0.5) / 4 = -0.375; reliability = (-2 - 0.5 * 4) / 5 = -0.8
    assert result.dimensions.loc["tangibles", "gap"] == pytest.approx(-0.375)
    assert result.dimensions.loc["reliability", "gap"] == pytest.approx(-0.8)
    # expectation of every dimension = 6.5; reliability perception = (4.5 + 6 * 4) / 5 = 5.7
    assert result.dimensions.loc["reliability", "perception"] == pytest.approx(5.7)
    # unweighted = (-0.375 - 0.8 - 0.5 - 0.5 - 0.5) / 5 = -0.535
    assert result.unweighted == pytest.approx(-0.535)
    assert result.weighted is None
    assert result.n_respondents == 2 and result.missing == 0
    assert result.ranking() == ["reliability", "responsiveness", "assurance", "empathy", "tangibles"]


def test_weighted_score_by_hand():
    weights = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 20, "empathy": 10}
    result = servqual.gaps(_two_respondents(), weights)
    # 0.1 * -0.375 + 0.4 * -0.8 + 0.2 * -0.5 + 0.2 * -0.5 + 0.1 * -0.5 = -0.0375 - 0.32 - 0.1 - 0.1 - 0.05
    assert result.weighted == pytest.approx(-0.6075)
    assert result.dimensions["contribution"].sum() == pytest.approx(result.weighted)
    assert result.dimensions.loc["reliability", "weight"] == 40
    assert result.ranking(weighted=True)[0] == "reliability"


def test_weights_by_display_name_in_either_language():
    by_id = servqual.gaps(_two_respondents(), {"tangibles": 10, "reliability": 40, "responsiveness": 20,
                                               "assurance": 20, "empathy": 10})
    by_name = servqual.gaps(_two_respondents(), {"有形性": 10, "Reliability": 40, "响应性": 20, "assurance": 20,
                                                 "移情性": 10})
    assert by_name.weighted == by_id.weighted


def test_per_respondent_weights_by_hand():
    """R1 gaps: tangibles (0 - 1 - 1 - 1) / 4 = -0.75, reliability (-3 - 1 * 4) / 5 = -1.4, others -1.
    R2 gaps: tangibles 0, reliability (-1 + 0) / 5 = -0.2, others 0.
    R1 weights 20/20/20/20/20 -> -(0.75 + 1.4 + 3) / 5 = -1.03; R2 0/100/0/0/0 -> -0.2. Mean = -0.615."""
    weights = pd.DataFrame({"respondent": [1, 2], "tangibles": [20, 0], "reliability": [20, 100],
                            "responsiveness": [20, 0], "assurance": [20, 0], "empathy": [20, 0]})
    result = servqual.gaps(_two_respondents(), weights)
    assert result.respondent_gaps.loc[1, "tangibles"] == pytest.approx(-0.75)
    assert result.respondent_gaps.loc[2, "reliability"] == pytest.approx(-0.2)
    assert result.weighted == pytest.approx((-1.03 - 0.2) / 2)
    assert result.dimensions["contribution"].sum() == pytest.approx(result.weighted)
    assert result.dimensions.loc["reliability", "weight"] == pytest.approx(60)
    assert result.n_weighted == 2


def test_per_respondent_weights_blank_row_is_left_out_and_counted():
    weights = pd.DataFrame({"respondent": [1, 2], "w_tangibles": [20, None], "w_reliability": [20, None],
                            "w_responsiveness": [20, None], "w_assurance": [20, None], "w_empathy": [20, None]})
    result = servqual.gaps(_two_respondents(), weights)
    assert result.n_weighted == 1
    assert result.weighted == pytest.approx(-1.03)


def test_missing_answers_are_counted_never_zero():
    """A blank P on item 5 for R1 leaves item 5 with R2 only: E = 6, P = 5, gap = -1 (not (0 - 7 + 5 - 6) / 2)."""
    answers = _two_respondents()
    answers.loc[(answers["respondent"] == 1) & (answers["item"] == 5), "perception"] = np.nan
    result = servqual.gaps(answers)
    assert result.items.loc[5, ["expectation", "perception", "gap", "n", "missing"]].tolist() == [6.0, 5.0, -1.0,
                                                                                                   1, 1]
    assert result.missing == 1
    # an absent row counts the same as a blank answer
    dropped = _two_respondents().drop(index=4)
    assert servqual.gaps(dropped).items.loc[5, "gap"] == -1.0
    assert servqual.gaps(dropped).missing == 1


def test_segments_split_respondents():
    answers = _two_respondents()
    answers["segment"] = np.where(answers["respondent"] == 1, "a", "b")
    out = servqual.segments(answers, "segment")
    assert list(out.index) == ["a", "b"]
    # R1 alone: unweighted = (-0.75 - 1.4 - 1 - 1 - 1) / 5 = -1.03; R2: (0 - 0.2 + 0 + 0 + 0) / 5 = -0.04
    assert out.loc["a", "unweighted"] == pytest.approx(-1.03)
    assert out.loc["b", "unweighted"] == pytest.approx(-0.04)
    assert out["respondents"].tolist() == [1, 1]
    with pytest.raises(cxlab.InputError, match="segment"):
        servqual.segments(answers, "nope")


def test_summary_statistics_agree_with_statsmodels():
    """Item means and the weighted score, cross-checked with statsmodels' DescrStatsW on random data."""
    from statsmodels.stats.weightstats import DescrStatsW

    rng = np.random.default_rng(7)
    n = 60
    e = rng.integers(4, 8, (n, 22))
    p = rng.integers(1, 8, (n, 22))
    answers = frame(e.tolist(), p.tolist())
    w = {"tangibles": 12, "reliability": 30, "responsiveness": 25, "assurance": 18, "empathy": 15}
    result = servqual.gaps(answers, w)
    for item in (1, 9, 22):
        assert result.items.loc[item, "gap"] == pytest.approx(DescrStatsW(p[:, item - 1] - e[:, item - 1]).mean)
        assert result.items.loc[item, "perception"] == pytest.approx(DescrStatsW(p[:, item - 1]).mean)
    dims = result.dimensions["gap"].to_numpy()
    weights = np.array([w[d] for d in servqual.DIMENSIONS], dtype=float)
    assert result.weighted == pytest.approx(DescrStatsW(dims, weights=weights).mean)
    assert result.unweighted == pytest.approx(DescrStatsW(dims).mean)


def test_servperf_is_perception_only():
    """Cronin & Taylor (1992): dimension = mean perception of its items, overall = mean of the dimensions."""
    result = servqual.servperf(_two_respondents())
    # reliability perception: items 5..9 = 4.5, 6, 6, 6, 6 -> 5.7; tangibles: 6.5, 6, 6, 6 -> 6.125
    assert result.dimensions.loc["reliability", "perception"] == pytest.approx(5.7)
    assert result.dimensions.loc["tangibles", "perception"] == pytest.approx(6.125)
    assert result.overall == pytest.approx((6.125 + 5.7 + 6 + 6 + 6) / 5)
    only_p = _two_respondents().drop(columns="expectation")
    assert servqual.servperf(only_p).overall == result.overall


# -- Cronbach's alpha ------------------------------------------------------------------------------------------

def _alpha_textbook(values):
    """alpha from the covariance matrix C: k/(k-1) * (1 - trace(C) / sum(C)) (Cronbach 1951, eq. 2)."""
    c = np.cov(np.asarray(values, dtype=float), rowvar=False, ddof=1)
    k = c.shape[0]
    return k / (k - 1) * (1 - np.trace(c) / c.sum())


def test_alpha_worked_example():
    """a = 1,2,3,4 (var 5/3); b = 2,1,4,3 (var 5/3); c = 1,1,2,2 (var 1/3); totals 4,4,9,9 (var 25/3).
    alpha = 3/2 * (1 - (11/3) / (25/3)) = 3/2 * 14/25 = 0.84."""
    wide = pd.DataFrame({"a": [1, 2, 3, 4], "b": [2, 1, 4, 3], "c": [1, 1, 2, 2]})
    assert servqual.cronbach_alpha(wide) == pytest.approx(0.84)
    assert servqual.cronbach_alpha(wide.to_numpy()) == pytest.approx(0.84)


def test_alpha_matches_the_covariance_formula_and_uses_sample_variances():
    rng = np.random.default_rng(3)
    common = rng.normal(size=(40, 1))
    values = np.rint(4 + common + rng.normal(scale=0.8, size=(40, 5)))
    assert servqual.cronbach_alpha(pd.DataFrame(values)) == pytest.approx(_alpha_textbook(values), rel=1e-12)
    # population variances (ddof=0) would give the same alpha only by accident: check the ddof=1 sum directly
    k = values.shape[1]
    manual = k / (k - 1) * (1 - values.var(axis=0, ddof=1).sum() / values.sum(axis=1).var(ddof=1))
    assert servqual.cronbach_alpha(pd.DataFrame(values)) == pytest.approx(manual, rel=1e-12)


def test_alpha_leaves_incomplete_rows_out():
    wide = pd.DataFrame({"a": [1, 2, 3, 4, 5], "b": [2, 1, 4, 3, np.nan], "c": [1, 1, 2, 2, 7]})
    assert servqual.cronbach_alpha(wide) == pytest.approx(0.84)


def test_alpha_bad_input():
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="two"):
        servqual.cronbach_alpha(pd.DataFrame({"a": [1, 2, 3]}))
    with pytest.raises(cxlab.InputError, match="'x'"):
        servqual.cronbach_alpha(pd.DataFrame({"a": [1, 2, 3], "b": [1, "x", 3]}))
    with pytest.raises(cxlab.InputError):
        servqual.cronbach_alpha(pd.DataFrame({"a": [1, 1, 1], "b": [2, 2, 2]}))
    with pytest.raises(cxlab.InputError):
        servqual.cronbach_alpha(pd.DataFrame({"a": [1, np.nan], "b": [np.nan, 2]}))
    with pytest.raises(cxlab.InputError):
        servqual.cronbach_alpha([1, 2, 3])


def test_reliability_per_dimension_and_flags():
    rng = np.random.default_rng(11)
    n = 80
    common = rng.normal(size=(n, 5))
    dims = np.array([0] * 4 + [1] * 5 + [2] * 4 + [3] * 4 + [4] * 5)
    noise = np.where(dims == 0, 3.0, 0.4)
    p = np.clip(np.rint(4 + common[:, dims] + rng.normal(size=(n, 22)) * noise), 1, 7)
    e = np.clip(np.rint(6 + 0.5 * common[:, dims] + rng.normal(size=(n, 22)) * 0.3), 1, 7)
    answers = frame(e.tolist(), p.tolist())
    table = servqual.reliability(answers)
    assert table.loc["reliability", "perception"] == pytest.approx(_alpha_textbook(p[:, 4:9]), rel=1e-12)
    assert table.loc["empathy", "gap"] == pytest.approx(_alpha_textbook((p - e)[:, 17:22]), rel=1e-12)
    assert table.loc["tangibles", "expectation"] == pytest.approx(_alpha_textbook(e[:, 0:4]), rel=1e-12)
    assert bool(table.loc["tangibles", "low_perception"]) and bool(table.loc["tangibles", "flagged"])
    assert not bool(table.loc["reliability", "low_perception"])
    assert table["items"].tolist() == [4, 5, 4, 4, 5]
    assert table.attrs["threshold"] == 0.7
    stricter = servqual.reliability(answers, threshold=0.99)
    assert stricter["flagged"].all()
    with pytest.raises(cxlab.InputError, match="threshold"):
        servqual.reliability(answers, threshold="high")


# -- zones -----------------------------------------------------------------------------------------------------

def test_zones_worked_example():
    """Two respondents. Item 5: A = 6, 7 (6.5); D = 8, 9 (8.5); P = 5, 6 (5.5): MSA = -1, MSS = -3 -> below.
    Item 1: A 4, D 6, P 7 for both: MSA 3, MSS 1 -> above. Others: A 5, D 8, P 6 -> within."""
    rows = []
    for r in (1, 2):
        for i in range(1, 23):
            a, d, p = 5, 8, 6
            if i == 5:
                a, d, p = 5 + r, 7 + r, 4 + r
            if i == 1:
                a, d, p = 4, 6, 7
            rows.append((r, i, a, d, p))
    answers = pd.DataFrame(rows, columns=list(servqual.ZONE_COLUMNS))
    z = servqual.zones(answers)
    assert z.items.loc[5, ["adequate", "desired", "perceived", "msa", "mss", "width"]].tolist() == [
        6.5, 8.5, 5.5, -1.0, -3.0, 2.0]
    assert z.items.loc[5, "position"] == "below"
    assert z.items.loc[1, "position"] == "above"
    assert z.items.loc[2, "position"] == "within"
    # tangibles: A (4 + 5 * 3) / 4 = 4.75, P (7 + 6 * 3) / 4 = 6.25, MSA = 1.5
    assert z.dimensions.loc["tangibles", "msa"] == pytest.approx(1.5)
    assert z.items["inverted"].sum() == 0
    inverted = answers.copy()
    inverted.loc[0, ["adequate", "desired"]] = [8, 6]
    assert servqual.zones(inverted).items.loc[1, "inverted"] == 1
    with pytest.raises(cxlab.InputError, match="9"):
        bad = answers.copy()
        bad.loc[3, "desired"] = 10
        servqual.zones(bad)


# -- IPA -------------------------------------------------------------------------------------------------------

def test_ipa_stated_importance_from_weights():
    weights = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 20, "empathy": 10}
    result = servqual.gaps(_two_respondents(), weights)
    grid = servqual.ipa(result)
    # importance split = mean points 20; performance split = mean perception
    assert grid.attrs["importance_split"] == 20
    assert grid.loc["reliability", "quadrant"] == "concentrate"      # 40 points, lowest perception 5.7
    assert grid.loc["tangibles", "quadrant"] == "overkill"           # 10 points, perception 6.125 above the mean
    assert grid.loc["reliability", "importance"] == 40
    custom = servqual.ipa(result, {"有形性": 1, "reliability": 5, "responsiveness": 4, "assurance": 3,
                                   "empathy": 2}, performance="gap")
    assert custom.loc["reliability", "performance"] == pytest.approx(-0.8)


def test_ipa_derived_importance_calls_stats():
    """Derived importance is cxlab.stats.derived_importance of the respondents' dimension perceptions."""
    from cxlab import stats

    rng = np.random.default_rng(5)
    n = 120
    level = rng.normal(size=(n, 5))
    dims = np.array([0] * 4 + [1] * 5 + [2] * 4 + [3] * 4 + [4] * 5)
    p = np.clip(np.rint(4.5 + level[:, dims] + rng.normal(scale=0.5, size=(n, 22))), 1, 7)
    e = np.full((n, 22), 7.0)
    answers = frame(e.tolist(), p.tolist())
    overall = pd.Series(4 + 0.9 * level[:, 1] + 0.1 * level[:, 0] + rng.normal(scale=0.3, size=n),
                        index=range(1, n + 1))
    result = servqual.gaps(answers)
    grid = servqual.ipa(result, "derived", outcome=overall)
    drivers = result.respondent_perceptions.join(overall.rename("y"))
    expected = stats.derived_importance(drivers, list(servqual.DIMENSIONS), "y")
    assert grid["importance"].to_numpy() == pytest.approx(expected["relative_weight"].to_numpy())
    assert grid["importance"].idxmax() == "reliability"
    with pytest.raises(cxlab.InputError, match="outcome"):
        servqual.ipa(result, "derived")
    with pytest.raises(cxlab.InputError):
        servqual.ipa(result)            # no weights


# -- bad input -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mutate, pattern", [
    (lambda a: a.assign(perception=a["perception"].where(a.index != 3, 8)), "perception.*3.*8"),
    (lambda a: a.assign(expectation=a["expectation"].astype(object).where(a.index != 2, "good")), "good"),
    (lambda a: a.assign(perception=a["perception"].where(a.index != 4, 5.5)), "5.5"),
    (lambda a: a.assign(item=a["item"].where(a.index != 1, 23)), "23"),
    (lambda a: a.assign(respondent=a["respondent"].astype(object).where(a.index != 0, None)), "respondent"),
    (lambda a: pd.concat([a, a.iloc[[0]]], ignore_index=True), "twice"),
    (lambda a: a.drop(columns="perception"), "perception"),
    (lambda a: a.iloc[0:0], "no rows"),
    (lambda a: a[a["item"] != 13], "13"),
])
def test_bad_answers_raise_input_error(mutate, pattern):
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match=pattern):
        servqual.gaps(mutate(_two_respondents()))


def test_not_a_frame(lang):
    with pytest.raises(cxlab.InputError):
        servqual.gaps([1, 2, 3])


@pytest.mark.parametrize("weights, pattern", [
    ({"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 20, "empathy": 20}, "110"),
    ({"tangibles": 10, "reliability": 40, "responsiveness": 30, "assurance": 20}, "empathy"),
    ({"tangibles": -10, "reliability": 50, "responsiveness": 20, "assurance": 20, "empathy": 20}, "-10"),
    ({"tangibles": "ten", "reliability": 50, "responsiveness": 20, "assurance": 20, "empathy": 10}, "ten"),
    ({"price": 10, "reliability": 40, "responsiveness": 20, "assurance": 20, "empathy": 10}, "price"),
    ([10, 40, 20, 20, 10], "list"),
    (pd.DataFrame({"respondent": [1, 2], "tangibles": [20, 10], "reliability": [20, 40], "responsiveness": [20, 20],
                   "assurance": [20, 20], "empathy": [20, 20]}), "110"),
    (pd.DataFrame({"respondent": [1, 2], "tangibles": [20, None], "reliability": [20, 40],
                   "responsiveness": [20, 20], "assurance": [20, 20], "empathy": [20, 20]}), "tangibles"),
])
def test_bad_weights_raise_input_error(weights, pattern):
    with pytest.raises(cxlab.InputError, match=pattern):
        servqual.gaps(_two_respondents(), weights)


def test_messages_in_both_languages():
    bad = _two_respondents().assign(perception=lambda a: a["perception"].where(a.index != 3, 9))
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="whole numbers from 1 to 7"):
        servqual.gaps(bad)
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError, match="1 到 7 的整数"):
        servqual.gaps(bad)


def test_parameters_are_validated():
    result = servqual.gaps(_two_respondents())
    with pytest.raises(cxlab.InputError):
        result.ranking(weighted="no")
    with pytest.raises(cxlab.InputError):
        result.ranking(weighted=True)
    with pytest.raises(cxlab.InputError):
        servqual.plot_gaps(result, by="items")
    with pytest.raises(cxlab.InputError):
        servqual.plot_gaps(result, weighted=True)
    with pytest.raises(cxlab.InputError):
        servqual.ipa(result, importance="stated")
    with pytest.raises(cxlab.InputError):
        servqual.ipa("result")
    with pytest.raises(cxlab.InputError):
        servqual.questionnaire(weights="yes")
    with pytest.raises(cxlab.InputError):
        servqual.plot_ipa(pd.DataFrame({"a": [1]}))


# -- questionnaire ---------------------------------------------------------------------------------------------

def test_questionnaire_in_both_languages(lang):
    q = servqual.questionnaire()
    assert q.frame["part"].tolist() == ["expectation"] * 22 + ["weights"] * 5 + ["perception"] * 22
    assert q.frame["number"].iloc[0] == "E1" and q.frame["number"].iloc[-1] == "P22"
    text = q.text()
    assert servqual.item_text(5, "perception") in text
    assert "| E1 |" in q.markdown()
    assert len(servqual.questionnaire(weights=False).frame) == 44


# -- plots -----------------------------------------------------------------------------------------------------

def test_plots_draw_in_both_languages(lang):
    """Every plot renders (no missing glyph: pytest turns the warning into an error) and returns its Axes."""
    import matplotlib.pyplot as plt

    from cxlab import datasets

    answers = datasets.load("servqual_bank")
    people = datasets.load("servqual_bank_respondents")
    result = servqual.gaps(answers, people)
    for ax in (servqual.plot_gaps(result), servqual.plot_gaps(result, by="item"),
               servqual.plot_gaps(result, weighted=True), servqual.plot_snake(result),
               servqual.plot_ipa(servqual.ipa(result)),
               servqual.plot_ipa(servqual.ipa(result, "derived", outcome=people)),
               servqual.plot_alpha(servqual.reliability(answers)),
               servqual.plot_zones(servqual.zones(datasets.load("servqual_bank_zones"))),
               servqual.plot_zones(servqual.zones(datasets.load("servqual_bank_zones")), by="dimension")):
        ax.figure.canvas.draw()
        assert ax.get_title()
        plt.close(ax.figure)
    fig, ax = plt.subplots()
    assert servqual.plot_gaps(result, ax=ax) is ax


def test_doctests():
    result = doctest.testmod(servqual, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 10
