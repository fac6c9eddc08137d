"""cxlab.damage: the market damage model against worked examples computed by hand, its errors, its plots."""
from __future__ import annotations

import doctest
import warnings

import matplotlib
import pandas as pd
import pytest

import cxlab
from cxlab import damage

matplotlib.use("Agg")

OUTCOMES = {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}
EXAMPLE = dict(customers=100_000, problem_rate=0.30, complaint_rate=0.25, outcomes=OUTCOMES, loyalty="large",
               value_per_customer=500)


def test_tarp_loyalty_table_is_the_published_one():
    """TARP 1986 repurchase rates: small (< $5) and large (> $100) problems, four groups."""
    expected = {
        "small": {"silent": 0.37, "unresolved": 0.46, "resolved": 0.70, "resolved_quickly": 0.95},
        "large": {"silent": 0.09, "unresolved": 0.19, "resolved": 0.54, "resolved_quickly": 0.82},
    }
    assert damage.TARP_LOYALTY.to_dict(orient="index") == expected
    assert list(damage.TARP_LOYALTY.columns) == list(damage.GROUPS)
    assert damage.loyalty_rates("small") == expected["small"]


def test_worked_example_large_problems():
    """100,000 customers, 30 % with a problem, 25 % complain, 40/20/40 quick/resolved/unresolved, 500 each.

    with a problem 100,000 x 0.30 = 30,000; complain 30,000 x 0.25 = 7,500; silent 30,000 - 7,500 = 22,500
    quick 7,500 x 0.4 = 3,000; resolved 7,500 x 0.2 = 1,500; unresolved 7,500 x 0.4 = 3,000
    lost: silent 22,500 x (1 - 0.09) = 20,475; unresolved 3,000 x 0.81 = 2,430; resolved 1,500 x 0.46 = 690;
          quick 3,000 x 0.18 = 540; total 24,135
    revenue at risk 24,135 x 500 = 12,067,500
    """
    r = damage.market_damage(**EXAMPLE)
    assert r.customers_with_problem == pytest.approx(30_000)
    assert r.complainers == pytest.approx(7_500)
    assert r.silent == pytest.approx(22_500)
    g = r.groups.set_index("group")
    assert g["customers"].to_dict() == pytest.approx(
        {"silent": 22_500, "unresolved": 3_000, "resolved": 1_500, "resolved_quickly": 3_000})
    assert g["lost"].to_dict() == pytest.approx(
        {"silent": 20_475, "unresolved": 2_430, "resolved": 690, "resolved_quickly": 540})
    assert g["retained"].to_dict() == pytest.approx(
        {"silent": 2_025, "unresolved": 570, "resolved": 810, "resolved_quickly": 2_460})
    assert g["revenue_lost"]["silent"] == pytest.approx(20_475 * 500)
    assert r.customers_lost == pytest.approx(24_135)
    assert r.revenue_at_risk == pytest.approx(12_067_500)
    assert r.excess_lost is None and r.word_of_mouth_value is None and r.net_value_at_risk is None
    assert list(r.groups.columns) == ["group", "customers", "loyalty", "retained", "lost", "revenue_lost"]


def test_excess_over_baseline_and_recovery_effect():
    """Baseline loyalty 0.9 (large problems): excess = n x (0.9 - loyalty).

    silent 22,500 x 0.81 = 18,225; unresolved 3,000 x 0.71 = 2,130; resolved 1,500 x 0.36 = 540;
    quick 3,000 x 0.08 = 240; total 21,135 customers = 10,567,500 revenue.
    Small problems: quick loyalty 0.95 > 0.9, so its excess is 3,000 x (0.9 - 0.95) = -150 (recovery effect).
    """
    r = damage.market_damage(**EXAMPLE, baseline_loyalty=0.9)
    g = r.groups.set_index("group")
    assert g["excess_lost"].to_dict() == pytest.approx(
        {"silent": 18_225, "unresolved": 2_130, "resolved": 540, "resolved_quickly": 240})
    assert r.excess_lost == pytest.approx(21_135)
    assert r.excess_revenue == pytest.approx(10_567_500)
    small = damage.market_damage(**{**EXAMPLE, "loyalty": "small"}, baseline_loyalty=0.9)
    assert small.groups.set_index("group").loc["resolved_quickly", "excess_lost"] == pytest.approx(-150)


def test_word_of_mouth_worked_example():
    """TARP defaults told_unhappy 10, told_happy 5; conversion 0.1.

    prospects lost = 24,135 lost x 10 x 0.1 = 24,135
    retained resolved complainers = 1,500 x 0.54 + 3,000 x 0.82 = 810 + 2,460 = 3,270
    prospects won = 3,270 x 5 x 0.1 = 1,635
    word-of-mouth value = (1,635 - 24,135) x 500 = -11,250,000
    net value at risk = 12,067,500 + 11,250,000 = 23,317,500
    With value_per_prospect 200 and told_unhappy 4: lost 24,135 x 4 x 0.1 = 9,654; (1,635 - 9,654) x 200 = -1,603,800.
    """
    r = damage.market_damage(**EXAMPLE, word_of_mouth={"conversion": 0.1})
    assert r.prospects_lost == pytest.approx(24_135)
    assert r.prospects_won == pytest.approx(1_635)
    assert r.word_of_mouth_value == pytest.approx(-11_250_000)
    assert r.net_value_at_risk == pytest.approx(23_317_500)
    assert r.word_of_mouth == {"told_unhappy": 10.0, "told_happy": 5.0, "conversion": 0.1, "value_per_prospect": 500}
    r2 = damage.market_damage(**EXAMPLE, word_of_mouth={"conversion": 0.1, "told_unhappy": 4,
                                                        "value_per_prospect": 200})
    assert r2.prospects_lost == pytest.approx(9_654)
    assert r2.word_of_mouth_value == pytest.approx(-1_603_800)


def test_inputs_reproduce_the_result_and_are_a_copy():
    """result.inputs is the traceable record: calling again with it gives the same numbers."""
    outcomes = dict(OUTCOMES)
    r = damage.market_damage(**{**EXAMPLE, "outcomes": outcomes}, baseline_loyalty=0.8,
                             word_of_mouth={"conversion": 0.05})
    outcomes["resolved"] = 0.9  # changing the caller's dict afterwards does not change the record
    again = damage.market_damage(**r.inputs)
    assert again.revenue_at_risk == r.revenue_at_risk and again.excess_revenue == r.excess_revenue
    assert again.net_value_at_risk == r.net_value_at_risk
    pd.testing.assert_frame_equal(again.groups, r.groups)


def test_loyalty_dict_equals_tarp_string():
    rates = damage.loyalty_rates("large")
    assert damage.market_damage(**{**EXAMPLE, "loyalty": rates}).customers_lost == pytest.approx(24_135)


def test_summary_is_translated(lang):
    s = damage.market_damage(**EXAMPLE).summary()
    assert s.shape == (6, 2)
    assert s.iloc[4, 0] == cxlab.t("damage.metric.customers_lost")
    assert s.iloc[5, 1] == pytest.approx(12_067_500)


@pytest.mark.parametrize("change, needle", [
    (dict(problem_rate=1.3), ("problem_rate", "1.3")),
    (dict(complaint_rate=-0.1), ("complaint_rate", "-0.1")),
    (dict(customers=-5), ("customers", "-5")),
    (dict(value_per_customer="500"), ("value_per_customer", "'500'")),
    (dict(outcomes={"resolved_quickly": 0.5, "resolved": 0.2, "unresolved": 0.4}), ("outcomes", "1.1")),
    (dict(outcomes={"resolved_quickly": 0.5, "resolved": 0.5}), ("outcomes", "unresolved")),
    (dict(outcomes={"resolved_quickly": 1.4, "resolved": -0.2, "unresolved": -0.2}), ("resolved_quickly", "1.4")),
    (dict(loyalty="huge"), ("loyalty", "huge")),
    (dict(loyalty={"silent": 0.1, "unresolved": 0.2, "resolved": 0.5, "quick": 0.8}), ("loyalty", "quick")),
    (dict(loyalty={**damage.loyalty_rates("large"), "silent": 9}), ("silent", "9")),
    (dict(baseline_loyalty=1.5), ("baseline_loyalty", "1.5")),
    (dict(word_of_mouth={"told_unhappy": 10}), ("word_of_mouth", "conversion")),
    (dict(word_of_mouth={"conversion": 2}), ("conversion", "2")),
    (dict(word_of_mouth={"conversion": 0.1, "reach": 3}), ("word_of_mouth", "reach")),
])
def test_bad_input_names_parameter_and_value(lang, change, needle):
    """Each bad input raises InputError (a ValueError) naming what is wrong, in zh and in en."""
    kwargs = {**EXAMPLE, **{k: v for k, v in change.items() if k not in ("baseline_loyalty", "word_of_mouth")}}
    extra = {k: v for k, v in change.items() if k in ("baseline_loyalty", "word_of_mouth")}
    with pytest.raises(cxlab.InputError) as info:
        damage.market_damage(**kwargs, **extra)
    message = str(info.value)
    for part in needle:
        assert part in message
    assert isinstance(info.value, ValueError)


def test_outcome_sum_tolerance():
    """Shares summing to 1 within 1e-9 are accepted (0.1 + 0.2 + 0.7 is not exactly 1.0 in floating point)."""
    damage.market_damage(**{**EXAMPLE, "outcomes": {"resolved_quickly": 0.1, "resolved": 0.2, "unresolved": 0.7}})
    with pytest.raises(cxlab.InputError):
        damage.market_damage(**{**EXAMPLE, "outcomes": {"resolved_quickly": 0.1, "resolved": 0.2,
                                                        "unresolved": 0.7 + 1e-7}})


def test_error_language_follows_set_language():
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError, match="超出允许范围"):
        damage.market_damage(**{**EXAMPLE, "problem_rate": 2})
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="outside the accepted range"):
        damage.market_damage(**{**EXAMPLE, "problem_rate": 2})


# --- sensitivity ----------------------------------------------------------------------------------------------

def test_sensitivity_worked_values():
    """+/-10 % on the worked example.

    customers (linear): 12,067,500 x 0.9 = 10,860,750 and x 1.1 = 13,274,250.
    complaint_rate 0.275: complainers 8,250 (3,300 / 1,650 / 3,300), silent 21,750;
        lost = 21,750 x 0.91 + 3,300 x 0.81 + 1,650 x 0.46 + 3,300 x 0.18 = 19,792.5 + 2,673 + 759 + 594
        = 23,818.5 -> 11,909,250.
    outcomes.resolved_quickly 0.44: others rescaled by 0.56/0.60 -> resolved 0.18667, unresolved 0.37333:
        quick 3,300, resolved 1,400, unresolved 2,800;
        lost = 20,475 + 2,800 x 0.81 + 1,400 x 0.46 + 3,300 x 0.18 = 20,475 + 2,268 + 644 + 594 = 23,981
        -> 11,990,500.
    """
    s = damage.sensitivity(EXAMPLE, change=0.1).set_index("parameter")
    assert s.loc["customers", ["target_low", "target_high"]].tolist() == pytest.approx([10_860_750, 13_274_250])
    assert s.loc["complaint_rate", "target_high"] == pytest.approx(11_909_250)
    assert s.loc["outcomes.resolved_quickly", "high_value"] == pytest.approx(0.44)
    assert s.loc["outcomes.resolved_quickly", "target_high"] == pytest.approx(11_990_500)
    assert s["target_base"].tolist() == pytest.approx([12_067_500] * len(s))
    assert set(s.index) == {"customers", "problem_rate", "complaint_rate", "value_per_customer",
                            "loyalty.silent", "loyalty.unresolved", "loyalty.resolved", "loyalty.resolved_quickly",
                            "outcomes.resolved_quickly", "outcomes.resolved", "outcomes.unresolved"}


def test_sensitivity_sorted_clipped_and_other_targets():
    """Sorted by swing; a rate pushed past 1 is clipped to 1; optional inputs join when given."""
    inputs = {**EXAMPLE, "problem_rate": 0.95, "baseline_loyalty": 0.9, "word_of_mouth": {"conversion": 0.1}}
    s = damage.sensitivity(inputs, change=0.2, target="net_value_at_risk")
    assert s["swing"].is_monotonic_decreasing
    row = s.set_index("parameter").loc["problem_rate"]
    assert row["high_value"] == 1.0 and row["low_value"] == pytest.approx(0.76)
    assert {"baseline_loyalty", "word_of_mouth.conversion", "word_of_mouth.told_unhappy"} <= set(s["parameter"])
    excess = damage.sensitivity(inputs, target="excess_lost").set_index("parameter")
    # excess = with_problem x baseline - retained; with a problem 100,000 x 0.95 = 95,000;
    # baseline +10 % = 0.90 -> 0.99 adds 95,000 x 0.09 = 8,550 customers
    assert excess.loc["baseline_loyalty", "target_high"] - excess.loc["baseline_loyalty", "target_base"] == \
        pytest.approx(8_550)


@pytest.mark.parametrize("kwargs, needle", [
    (dict(change=0), "change"),
    (dict(change=1.5), "change"),
    (dict(target="profit"), "profit"),
    (dict(target="excess_lost"), "baseline_loyalty"),
    (dict(target="word_of_mouth_value"), "word_of_mouth"),
])
def test_sensitivity_bad_input(lang, kwargs, needle):
    with pytest.raises(cxlab.InputError, match=needle):
        damage.sensitivity(EXAMPLE, **kwargs)


def test_sensitivity_missing_input_named(lang):
    inputs = {k: v for k, v in EXAMPLE.items() if k != "loyalty"}
    with pytest.raises(cxlab.InputError, match="loyalty"):
        damage.sensitivity(inputs)
    with pytest.raises(cxlab.InputError, match="budget"):
        damage.sensitivity({**EXAMPLE, "budget": 3})


# --- touchpoints ----------------------------------------------------------------------------------------------

TOUCHPOINTS = pd.DataFrame({"touchpoint": ["checkout", "delivery", "hotline"], "reach": [10_000, 8_000, 2_000],
                            "problem_rate": [0.1, 0.2, 0.25], "loyalty_drop": [0.3, 0.25, 0.2]})


def test_touchpoint_damage_worked_example():
    """affected = reach x problem_rate; lost = affected x drop; revenue = lost x 100.

    checkout 10,000 x 0.1 = 1,000 -> 300 -> 30,000; delivery 8,000 x 0.2 = 1,600 -> 400 -> 40,000;
    hotline 2,000 x 0.25 = 500 -> 100 -> 10,000. Total 80,000: shares 0.5, 0.375, 0.125; cumulative 0.5, 0.875, 1.
    """
    table = damage.touchpoint_damage(TOUCHPOINTS, value_per_customer=100)
    assert table["touchpoint"].tolist() == ["delivery", "checkout", "hotline"]
    assert table["customers_affected"].tolist() == pytest.approx([1_600, 1_000, 500])
    assert table["customers_lost"].tolist() == pytest.approx([400, 300, 100])
    assert table["revenue_at_risk"].tolist() == pytest.approx([40_000, 30_000, 10_000])
    assert table["share"].tolist() == pytest.approx([0.5, 0.375, 0.125])
    assert table["cumulative_share"].tolist() == pytest.approx([0.5, 0.875, 1.0])
    assert table["rank"].tolist() == [1, 2, 3]
    assert TOUCHPOINTS.columns.tolist() == ["touchpoint", "reach", "problem_rate", "loyalty_drop"]  # not mutated


def test_touchpoint_value_column_wins_and_gaps_are_filled():
    """A value per touchpoint (hotline customers worth 1,000): hotline 100 lost x 1,000 = 100,000 comes first."""
    tp = TOUCHPOINTS.assign(value_per_customer=[100, None, 1_000])
    table = damage.touchpoint_damage(tp, value_per_customer=100)
    assert table["touchpoint"].tolist() == ["hotline", "delivery", "checkout"]
    assert table["revenue_at_risk"].tolist() == pytest.approx([100_000, 40_000, 30_000])


def test_touchpoint_all_zero_has_zero_shares():
    table = damage.touchpoint_damage(TOUCHPOINTS.assign(problem_rate=0.0), value_per_customer=10)
    assert table["share"].tolist() == [0.0, 0.0, 0.0]


def test_touchpoint_bad_input(lang):
    with pytest.raises(cxlab.InputError, match="loyalty_drop"):
        damage.touchpoint_damage(TOUCHPOINTS.drop(columns="loyalty_drop"), value_per_customer=1)
    with pytest.raises(cxlab.InputError, match="value_per_customer"):
        damage.touchpoint_damage(TOUCHPOINTS)
    bad = TOUCHPOINTS.copy()
    bad.loc[1, "problem_rate"] = 20  # 20 % typed as 20
    with pytest.raises(cxlab.InputError) as info:
        damage.touchpoint_damage(bad, value_per_customer=1)
    message = str(info.value)
    assert "problem_rate" in message and "delivery" in message and " 2" in message and "20" in message
    with pytest.raises(cxlab.InputError, match="touchpoints"):
        damage.touchpoint_damage([1, 2, 3], value_per_customer=1)
    with pytest.raises(cxlab.InputError, match="reach"):
        damage.touchpoint_damage(TOUCHPOINTS.assign(reach=[1, None, 3]), value_per_customer=1)


# --- plots ----------------------------------------------------------------------------------------------------

def _no_glyph_warnings(ax):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.canvas.draw()
    assert [str(w.message) for w in caught if "Glyph" in str(w.message)] == []


def test_plots_return_axes_with_catalog_text(lang):
    import matplotlib.pyplot as plt

    r = damage.market_damage(**EXAMPLE, baseline_loyalty=0.9)
    ax = damage.plot_funnel(r)
    assert len(ax.patches) == 8
    assert [tick.get_text() for tick in ax.get_yticklabels()][0] == cxlab.t("damage.funnel.customers")
    assert "24,135" in ax.get_title()
    _no_glyph_warnings(ax)

    ax = damage.plot_revenue_by_group(r)
    assert len(ax.patches) == 8 and ax.get_legend() is not None
    _no_glyph_warnings(ax)
    ax = damage.plot_revenue_by_group(damage.market_damage(**EXAMPLE))
    assert len(ax.patches) == 4

    s = damage.sensitivity(r.inputs)
    ax = damage.plot_tornado(s, top=5)
    assert [tick.get_text() for tick in ax.get_yticklabels()][0] == cxlab.t(f"damage.param.{s.loc[0, 'parameter']}")
    assert len(ax.get_yticklabels()) == 5
    _no_glyph_warnings(ax)

    fig, given = plt.subplots()
    ax = damage.plot_pareto(damage.touchpoint_damage(TOUCHPOINTS, value_per_customer=100), ax=given)
    assert ax is given
    assert ax.get_title() == cxlab.t("damage.plot.pareto_title")
    _no_glyph_warnings(ax)


def test_every_parameter_of_sensitivity_has_a_label():
    inputs = {**EXAMPLE, "baseline_loyalty": 0.9, "word_of_mouth": {"conversion": 0.1}}
    for name in damage.sensitivity(inputs)["parameter"]:
        for lang in ("zh", "en"):
            assert cxlab.i18n.has(f"damage.param.{name}", lang)


def test_plot_bad_table():
    with pytest.raises(cxlab.InputError):
        damage.plot_tornado(pd.DataFrame({"x": [1]}))
    with pytest.raises(cxlab.InputError):
        damage.plot_pareto(TOUCHPOINTS)


def test_docstring_examples_run():
    """The >>> examples in the module are right (numpydoc examples are a contract)."""
    cxlab.set_language("en")
    result = doctest.testmod(damage, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 10 and result.failed == 0


def test_sensitivity_of_a_zero_share_at_full_change_keeps_shares_valid():
    """Regression (found by hypothesis): shares 0 / 1/3 / 2/3 at change = 1.0 gave a rescaled share of
    1.0000000000000002 and an InputError. Now 'resolved_quickly' 0 stays 0 (0 x 2 = 0), and doubling
    'resolved' to 2/3 leaves 'unresolved' the remaining 1/3."""
    inputs = {**EXAMPLE, "outcomes": {"resolved_quickly": 0.0, "resolved": 1 / 3, "unresolved": 2 / 3}}
    s = damage.sensitivity(inputs, change=1.0).set_index("parameter")
    assert s.loc["outcomes.resolved_quickly", "swing"] == 0
    assert s.loc["outcomes.resolved", "high_value"] == pytest.approx(2 / 3)


def test_sensitivity_share_near_one_keeps_shares_summing_to_one():
    """Regression (found by hypothesis): with shares 0 / 1e-9 / 0.999999999, lowering 'unresolved' by 50 % gave
    other shares computed from 1 - 0.999999999 (a rounded 1.00000008e-9) and a sum 4e-8 away from 1.
    Expected: unresolved 0.4999999995, resolved takes the whole rest 0.5000000005, quick stays 0."""
    inputs = {**EXAMPLE, "outcomes": {"resolved_quickly": 0.0, "resolved": 1e-9, "unresolved": 0.999999999}}
    s = damage.sensitivity(inputs, change=0.5).set_index("parameter")
    assert s.loc["outcomes.unresolved", "low_value"] == pytest.approx(0.4999999995)
    shares = damage._renormalised(inputs["outcomes"], "unresolved", 0.4999999995)
    assert shares["resolved"] == pytest.approx(0.5000000005, abs=1e-12) and shares["resolved_quickly"] == 0
