"""cxlab.returns: CLV, the return on a CX investment and promoter value against worked examples computed by hand."""
from __future__ import annotations

import doctest
import warnings

import matplotlib
import numpy as np
import pytest

import cxlab
from cxlab import returns

matplotlib.use("Agg")


# --- clv ------------------------------------------------------------------------------------------------------

def test_clv_worked_example_infinite_horizon():
    """m = 100, r = 0.8, d = 0.1.

    end:   100 x 0.8 / (1 + 0.1 - 0.8) = 80 / 0.3 = 266.666...
    start: 100 x 1.1 / 0.3 = 110 / 0.3 = 366.666...
    start = end + one margin now: 266.67 + 100 = 366.67.
    """
    assert returns.clv(100, 0.8, 0.1) == pytest.approx(800 / 3)
    assert returns.clv(100, 0.8, 0.1, timing="start") == pytest.approx(1100 / 3)
    assert isinstance(returns.clv(100, 0.8, 0.1), float)


def test_clv_worked_example_finite_horizon():
    """Three periods, q = r / (1 + d) = 0.8 / 1.1 = 8/11.

    end (t = 1..3):   100 x (8/11 + 64/121 + 512/1331) = 72.727 + 52.893 + 38.467
                      = 100 x (968 + 704 + 512) / 1331 = 218,400 / 1,331 = 164.0872
    start (t = 0..2): 100 x (1 + 8/11 + 64/121) = 100 + 72.727 + 52.893 = 100 x 273 / 121 = 225.6198
    one period end:   100 x 8/11 = 72.727
    """
    assert returns.clv(100, 0.8, 0.1, horizon=3) == pytest.approx(218_400 / 1_331)
    assert returns.clv(100, 0.8, 0.1, horizon=3) == pytest.approx(164.0872, abs=1e-4)
    assert returns.clv(100, 0.8, 0.1, timing="start", horizon=3) == pytest.approx(27_300 / 121)
    assert returns.clv(100, 0.8, 0.1, horizon=1) == pytest.approx(800 / 11)


def test_clv_acquisition_cost_and_edge_cases():
    """Acquisition cost 50: 266.67 - 50 = 216.67. Retention 1 with discount 0 over 5 periods = 5 margins.
    Retention 0: nothing at period end, one margin at period start."""
    assert returns.clv(100, 0.8, 0.1, acquisition_cost=50) == pytest.approx(800 / 3 - 50)
    assert returns.clv(100, 1.0, 0.0, horizon=5) == pytest.approx(500)
    assert returns.clv(100, 1.0, 0.0, timing="start", horizon=5) == pytest.approx(500)
    assert returns.clv(100, 0.0, 0.1) == 0.0
    assert returns.clv(100, 0.0, 0.1, timing="start") == pytest.approx(100)
    # retention 1 with a positive discount is finite: 100 x 1 / 0.1 = 1,000
    assert returns.clv(100, 1.0, 0.1) == pytest.approx(1_000)


def test_clv_is_vectorised():
    """Arrays broadcast: retention 0.5 -> 100 x 0.5 / 0.6 = 83.33; 0.8 -> 266.67; per-row margins too."""
    out = returns.clv(100, np.array([0.5, 0.8]), 0.1)
    assert out.shape == (2,)
    assert out.tolist() == pytest.approx([250 / 3, 800 / 3])
    grid = returns.clv(np.array([[100], [200]]), np.array([0.5, 0.8]), 0.1, horizon=4)
    assert grid.shape == (2, 2)
    assert grid[1] == pytest.approx(2 * grid[0])


@pytest.mark.parametrize("kwargs, needle", [
    (dict(retention=1.2), ("retention", "1.2")),
    (dict(retention=-0.1), ("retention", "-0.1")),
    (dict(retention=np.array([0.5, 1.5])), ("retention", "1.5")),
    (dict(discount=-0.05), ("discount", "-0.05")),
    (dict(retention=1.0, discount=0.0), ("retention", "discount", "1", "0")),
    (dict(timing="middle"), ("timing", "middle")),
    (dict(horizon=0), ("horizon", "0")),
    (dict(horizon=2.5), ("horizon", "2.5")),
    (dict(margin="100"), ("margin", "'100'")),
    (dict(margin=float("nan")), ("margin", "nan")),
])
def test_clv_bad_input_names_parameter_and_value(lang, kwargs, needle):
    """In zh and en the message names the parameter and the offending value."""
    args = {"margin": 100, "retention": 0.8, "discount": 0.1, **kwargs}
    with pytest.raises(cxlab.InputError) as info:
        returns.clv(**args)
    for part in needle:
        assert part in str(info.value)


def test_clv_error_is_translated():
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError, match="无穷大"):
        returns.clv(100, 1.0, 0.0)
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="infinite"):
        returns.clv(100, 1.0, 0.0)


# --- experience_return ----------------------------------------------------------------------------------------

def test_experience_return_worked_example_retention_only():
    """Investment 100,000; 10,000 customers; margin 50; retention 0.8 -> 0.85; discount 0.1; 3 years.

    customers kept (base / with CX): y1 8,000 / 8,500; y2 6,400 / 7,225; y3 5,120 / 6,141.25
    repurchase return = extra customers x 50: y1 500 x 50 = 25,000; y2 825 x 50 = 41,250; y3 1,021.25 x 50 = 51,062.5
    present value = 25,000/1.1 + 41,250/1.21 + 51,062.5/1.331 = 22,727.27 + 34,090.91 + 38,364.01 = 95,182.19
    npv = 95,182.19 - 100,000 = -4,817.81; roi = -4,817.81 / 100,000 = -4.82 %; no payback within 3 years
    undiscounted cumulative: -100,000, -75,000, -33,750, +17,312.5 -> simple payback 2 + 33,750/51,062.5 = 2.661
    """
    r = returns.experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, horizon=3)
    y = r.by_year
    assert y["year"].tolist() == [0, 1, 2, 3]
    assert y["customers_base"].tolist() == pytest.approx([10_000, 8_000, 6_400, 5_120])
    assert y["customers_cx"].tolist() == pytest.approx([10_000, 8_500, 7_225, 6_141.25])
    assert y["direct_repurchase"].tolist() == pytest.approx([0, 25_000, 41_250, 51_062.5])
    assert y["direct_referrals"].tolist() == [0, 0, 0, 0]
    assert y["cost"].tolist() == [100_000, 0, 0, 0]
    assert y["cumulative_cash_flow"].tolist() == pytest.approx([-100_000, -75_000, -33_750, 17_312.5])
    assert r.incremental_value == pytest.approx(25_000 / 1.1 + 41_250 / 1.21 + 51_062.5 / 1.331)
    assert r.incremental_value == pytest.approx(95_182.19, abs=0.01)
    assert r.npv == pytest.approx(-4_817.81, abs=0.01)
    assert r.roi == pytest.approx(-0.0481781, abs=1e-6)
    assert r.payback_years is None
    assert r.simple_payback_years == pytest.approx(2 + 33_750 / 51_062.5)
    assert r.cost == 100_000 and r.indirect_value == 0


def test_experience_return_worked_example_referrals():
    """1,000 customers, margin 10, retention 0.5, no uplift, 1 extra recommendation a year, half convert, d = 0.

    y1: kept 500 -> referred 500 x 1 x 0.5 = 250, who give 250 x 10 = 2,500
    y2: kept 250 -> referred 125; referred still active 250 x 0.5 + 125 = 250 -> 2,500
    total 5,000; cost 1,000 -> npv 4,000, roi 4.0; cumulative -1,000, +1,500 -> payback 1,000/2,500 = 0.4 year
    """
    r = returns.experience_return(1_000, 1_000, 10, 0.5, 0.0, referrals_per_customer=1, referral_conversion=0.5,
                                  horizon=2)
    assert r.by_year["referred_customers"].tolist() == pytest.approx([0, 250, 125])
    assert r.by_year["direct_referrals"].tolist() == pytest.approx([0, 2_500, 2_500])
    assert r.by_year["direct_repurchase"].tolist() == pytest.approx([0, 0, 0])
    assert r.npv == pytest.approx(4_000) and r.roi == pytest.approx(4.0)
    assert r.payback_years == pytest.approx(0.4) and r.simple_payback_years == pytest.approx(0.4)


def test_experience_return_frequency_basket_indirect_running_cost():
    """Margin 50 x 1.1 (frequency) x 1.2 (basket) = 66; retention 0.8 unchanged; 10,000 customers; 2 years; d = 0.

    repurchase y1 8,000 x (66 - 50) = 128,000; y2 6,400 x 16 = 102,400
    indirect: brand image [1,000, 2,000] + competitiveness 10 % of direct -> y1 1,000 + 12,800 = 13,800;
              y2 2,000 + 10,240 = 12,240
    cost: 50,000 now + 20,000 a year -> 90,000; value 128,000 + 102,400 + 13,800 + 12,240 = 256,440
    npv 166,440; roi 166,440 / 90,000 = 1.8493
    """
    r = returns.experience_return(50_000, 10_000, 50, 0.8, 0.0, frequency_uplift=0.1, basket_uplift=0.2, horizon=2,
                                  indirect={"brand_image": [1_000, 2_000], "competitiveness": 0.1},
                                  running_cost=20_000)
    assert r.margin_cx == pytest.approx(66)
    assert r.by_year["direct_repurchase"].tolist() == pytest.approx([0, 128_000, 102_400])
    assert r.by_year["indirect"].tolist() == pytest.approx([0, 13_800, 12_240])
    assert r.cost == pytest.approx(90_000)
    assert r.incremental_value == pytest.approx(256_440)
    assert r.indirect_value == pytest.approx(26_040)
    assert r.npv == pytest.approx(166_440)
    assert r.roi == pytest.approx(166_440 / 90_000)


def test_experience_return_discounting_is_consistent():
    """npv equals the sum of the discounted net cash flows; the last cumulative discounted value equals npv."""
    r = returns.experience_return(80_000, 5_000, 40, 0.7, 0.08, retention_uplift=0.1, referrals_per_customer=0.3,
                                  referral_conversion=0.2, horizon=6, indirect=0.05, running_cost=3_000)
    assert r.by_year["discounted"].sum() == pytest.approx(r.npv)
    assert r.by_year["cumulative_discounted"].iloc[-1] == pytest.approx(r.npv)
    assert r.by_year["discount_factor"].tolist() == pytest.approx([1.08 ** -k for k in range(7)])
    assert r.incremental_value == pytest.approx(r.direct_value + r.indirect_value)


def test_experience_return_assumptions_list_every_input(lang):
    r = returns.experience_return(10_000, 1_000, 20, 0.6, 0.1, retention_uplift=0.1,
                                  indirect={"brand_image": [100, 200, 300]})
    a = r.assumptions.set_index("parameter")
    for name in ("investment", "customers", "margin", "retention", "discount", "retention_uplift",
                 "frequency_uplift", "basket_uplift", "referrals_per_customer", "referral_conversion", "horizon",
                 "indirect.brand_image", "running_cost", "retention_cx", "margin_cx"):
        assert name in a.index
    assert a.loc["retention_cx", "value"] == pytest.approx(0.7)
    assert a.loc["investment", "label"] == cxlab.t("returns.param.investment")
    assert a.loc["indirect.brand_image", "value"] == "100, 200, 300"
    again = returns.experience_return(**r.inputs)
    assert again.npv == r.npv


def test_experience_return_no_cost_and_zero_investment():
    r = returns.experience_return(0, 1_000, 10, 0.5, 0.1, retention_uplift=0.1, horizon=2)
    assert r.roi is None and r.payback_years == 0.0


@pytest.mark.parametrize("kwargs, needle", [
    (dict(retention_uplift=0.3), ("retention_uplift", "0.3", "0.2")),
    (dict(retention_uplift=-0.9), ("retention_uplift", "-0.9")),
    (dict(referrals_per_customer=0.5), ("referral_conversion",)),
    (dict(referrals_per_customer=0.5, referral_conversion=1.5), ("referral_conversion", "1.5")),
    (dict(indirect=2.0), ("indirect", "2")),
    (dict(indirect=[1, 2]), ("indirect", "3")),
    (dict(indirect={"brand": [1, "x", 3]}), ("brand",)),
    (dict(indirect="lots"), ("indirect", "lots")),
    (dict(horizon=0), ("horizon",)),
    (dict(investment=-1), ("investment", "-1")),
    (dict(frequency_uplift=-2), ("frequency_uplift", "-2")),
    (dict(running_cost=-5), ("running_cost", "-5")),
])
def test_experience_return_bad_input(lang, kwargs, needle):
    args = {**dict(investment=1_000, customers=100, margin=10, retention=0.8, discount=0.1, horizon=3), **kwargs}
    with pytest.raises(cxlab.InputError) as info:
        returns.experience_return(**args)
    for part in needle:
        assert part in str(info.value)


# --- promoter_value -------------------------------------------------------------------------------------------

PROMOTERS = dict(customers={"promoter": 400, "passive": 350, "detractor": 250}, margin=100,
                 retention_by_group={"promoter": 0.9, "passive": 0.8, "detractor": 0.6},
                 referrals_by_group={"promoter": 0.5, "passive": 0.1, "detractor": 0.0},
                 referral_conversion=0.2, discount=0.1, detractor_negative_referrals=1.0)


def test_promoter_value_worked_example():
    """Own value (end timing): promoter 100 x 0.9/0.2 = 450; passive 100 x 0.8/0.3 = 266.667;
    detractor 100 x 0.6/0.5 = 120.
    New customer = (400 x 450 + 350 x 266.667 + 250 x 120) / 1,000 = (180,000 + 93,333.3 + 30,000)/1,000 = 303.333.
    Promoter referrals: 0.5 x 0.2 x 303.333 = 30.333 a year x 0.9/0.2 = 136.5 -> 586.5.
    Passive referrals: 0.1 x 0.2 x 303.333 = 6.0667 a year x 0.8/0.3 = 16.178 -> 282.844.
    Detractor negative: 1 x 0.2 x 303.333 = 60.667 a year x 0.6/0.5 = 72.8 -> 120 - 72.8 = 47.2.
    Promoter premium 586.5 - 47.2 = 539.3; group value of promoters 400 x 586.5 = 234,600.
    """
    p = returns.promoter_value(**PROMOTERS)
    t = p.table.set_index("group")
    assert t["own_value"].tolist() == pytest.approx([450, 800 / 3, 120])
    assert p.new_customer_value == pytest.approx(910 / 3)
    assert t["referral_value"].tolist() == pytest.approx([136.5, 0.1 * 0.2 * 910 / 3 * 8 / 3, 0])
    assert t.loc["detractor", "negative_value"] == pytest.approx(72.8)
    assert t.loc["promoter", "negative_value"] == 0
    assert t["value_per_customer"].tolist() == pytest.approx([586.5, 282.8444, 47.2], abs=1e-4)
    assert p.promoter_premium == pytest.approx(539.3)
    assert t.loc["promoter", "group_value"] == pytest.approx(234_600)


def test_promoter_value_margin_per_group():
    """Promoters spending 150: own value 150 x 4.5 = 675."""
    p = returns.promoter_value(**{**PROMOTERS, "margin": {"promoter": 150, "passive": 100, "detractor": 100}})
    assert p.table.set_index("group").loc["promoter", "own_value"] == pytest.approx(675)


@pytest.mark.parametrize("change, needle", [
    (dict(customers={"promoter": 1, "passive": 1}), ("customers", "detractor")),
    (dict(customers={"promoter": 0, "passive": 0, "detractor": 0}), ("customers",)),
    (dict(customers=1000), ("customers",)),
    (dict(retention_by_group={"promoter": 1.1, "passive": 0.8, "detractor": 0.6}), ("promoter", "1.1")),
    (dict(referral_conversion=3), ("referral_conversion", "3")),
    (dict(detractor_negative_referrals=-1), ("detractor_negative_referrals", "-1")),
    (dict(discount=0.0, retention_by_group={"promoter": 1.0, "passive": 0.8, "detractor": 0.6}), ("1",)),
    (dict(referrals_by_group=[0.5, 0.1, 0]), ("referrals_by_group",)),
])
def test_promoter_value_bad_input(lang, change, needle):
    with pytest.raises(cxlab.InputError) as info:
        returns.promoter_value(**{**PROMOTERS, **change})
    for part in needle:
        assert part in str(info.value)


# --- plots ----------------------------------------------------------------------------------------------------

def _no_glyph_warnings(ax):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.canvas.draw()
    assert [str(w.message) for w in caught if "Glyph" in str(w.message)] == []


def test_plots_return_axes_with_catalog_text(lang):
    ax = returns.plot_clv_vs_retention(100, 0.1, mark=0.8)
    curves = [line for line in ax.lines if not line.get_label().startswith("_")]  # not the label leader lines
    assert len(curves) == 2 and len(ax.collections) == 1
    assert "267" in ax.texts[0].get_text()
    assert ax.get_xlabel() == cxlab.t("returns.plot.retention")
    _no_glyph_warnings(ax)

    r = returns.experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, horizon=5,
                                  indirect=0.1)
    ax = returns.plot_roi_over_time(r)
    assert len(ax.patches) == 6
    payback = [line for line in ax.lines if line.get_xdata()[0] == pytest.approx(r.payback_years)]
    assert r.payback_years is not None and payback
    _no_glyph_warnings(ax)

    ax = returns.plot_return_split(r)
    assert len(ax.patches) == 15
    assert ax.get_legend().get_texts()[2].get_text() == cxlab.t("returns.plot.indirect")
    _no_glyph_warnings(ax)


def test_plot_clv_bad_mark():
    with pytest.raises(cxlab.InputError, match="mark"):
        returns.plot_clv_vs_retention(100, 0.1, mark=1.2)


def test_docstring_examples_run():
    cxlab.set_language("en")
    result = doctest.testmod(returns, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 10 and result.failed == 0
