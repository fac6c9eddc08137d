"""Properties of the damage and return models that must hold for every input (hypothesis)."""
from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import damage, returns

SETTINGS = settings(max_examples=150, deadline=None)

rate = st.floats(0.0, 1.0, allow_nan=False)
customers = st.floats(0.0, 1e7, allow_nan=False)
money = st.floats(0.0, 1e5, allow_nan=False)


@st.composite
def outcome_shares(draw):
    a, b = draw(rate), draw(rate)
    low, high = min(a, b), max(a, b)
    quick, resolved = low, high - low
    return {"resolved_quickly": quick, "resolved": resolved, "unresolved": 1.0 - quick - resolved}


@st.composite
def ordered_loyalty(draw):
    """Loyalty rates in TARP's order: unresolved <= resolved <= resolved quickly (silent anywhere)."""
    a, b, c = sorted(draw(st.lists(rate, min_size=3, max_size=3)))
    return {"silent": draw(rate), "unresolved": a, "resolved": b, "resolved_quickly": c}


loyalty = st.one_of(st.sampled_from(["small", "large"]), ordered_loyalty())


@SETTINGS
@given(n=customers, p=rate, c=rate, shares=outcome_shares(), loyal=loyalty, value=money)
def test_lost_never_exceed_customers_with_a_problem(n, p, c, shares, loyal, value):
    """Without word of mouth, the customers lost are between 0 and the customers who had a problem,
    and revenue at risk is exactly customers lost x value per customer."""
    r = damage.market_damage(n, p, c, shares, loyal, value)
    assert -1e-6 <= r.customers_lost <= r.customers_with_problem * (1 + 1e-12) + 1e-6
    assert r.revenue_at_risk == pytest.approx(r.customers_lost * value)
    assert r.groups["customers"].sum() == pytest.approx(r.customers_with_problem, abs=1e-6)


@SETTINGS
@given(n=customers, p=rate, c=rate, shares=outcome_shares(), loyal=loyalty, value=money,
       moved=st.floats(0.0, 1.0))
def test_better_handling_never_loses_more_customers(n, p, c, shares, loyal, value, moved):
    """Shifting complainers from 'unresolved' to 'resolved quickly' never raises the customers lost
    (TARP's rates, or any rates where a quick resolution keeps at least as many as no resolution)."""
    before = damage.market_damage(n, p, c, shares, loyal, value)
    shift = shares["unresolved"] * moved
    better = {**shares, "unresolved": shares["unresolved"] - shift,
              "resolved_quickly": shares["resolved_quickly"] + shift}
    assume(abs(sum(better.values()) - 1.0) <= 1e-9)
    after = damage.market_damage(n, p, c, better, loyal, value)
    assert after.customers_lost <= before.customers_lost + 1e-6 * max(1.0, before.customers_lost)


@SETTINGS
@given(n=customers, p=rate, c=rate, shares=outcome_shares(), loyal=loyalty, value=money,
       base=rate, conversion=rate)
def test_excess_and_word_of_mouth_identities(n, p, c, shares, loyal, value, base, conversion):
    """excess lost = with-problem x baseline - retained; net value at risk = revenue at risk - word-of-mouth value."""
    r = damage.market_damage(n, p, c, shares, loyal, value, baseline_loyalty=base,
                             word_of_mouth={"conversion": conversion})
    retained = r.groups["retained"].sum()
    assert r.excess_lost == pytest.approx(r.customers_with_problem * base - retained, abs=1e-6)
    assert r.net_value_at_risk == pytest.approx(r.revenue_at_risk - r.word_of_mouth_value, abs=1e-6)
    assert r.prospects_lost >= 0 and r.prospects_won >= 0


@settings(max_examples=40, deadline=None)
@given(n=st.floats(1.0, 1e6), p=st.floats(0.01, 1.0), c=rate, shares=outcome_shares(), loyal=loyalty,
       value=st.floats(1.0, 1e4), change=st.floats(0.01, 1.0))
def test_sensitivity_is_sorted_and_linear_inputs_swing_proportionally(n, p, c, shares, loyal, value, change):
    """Revenue at risk is proportional to customers and value: their swing is 2 x change x revenue at risk."""
    inputs = dict(customers=n, problem_rate=p, complaint_rate=c, outcomes=shares, loyalty=loyal,
                  value_per_customer=value)
    s = damage.sensitivity(inputs, change=change)
    assert s["swing"].is_monotonic_decreasing
    base = damage.market_damage(**inputs).revenue_at_risk
    for name in ("customers", "value_per_customer"):
        assert s.set_index("parameter").loc[name, "swing"] == pytest.approx(2 * change * base, rel=1e-9, abs=1e-6)


@SETTINGS
@given(p=st.one_of(st.floats(1.0, 100.0, exclude_min=True), st.floats(-100.0, 0.0, exclude_max=True)),
       which=st.sampled_from(["problem_rate", "complaint_rate", "baseline_loyalty"]),
       lang=st.sampled_from(["zh", "en"]))
def test_rates_outside_0_1_are_refused_in_both_languages(p, which, lang):
    """A rate outside [0, 1] raises InputError naming the parameter and the value."""
    cxlab.set_language(lang)
    kwargs = dict(customers=1000, problem_rate=0.2, complaint_rate=0.3, value_per_customer=10,
                  outcomes={"resolved_quickly": 0.2, "resolved": 0.3, "unresolved": 0.5}, loyalty="small")
    kwargs[which] = p
    with pytest.raises(cxlab.InputError) as info:
        damage.market_damage(**kwargs)
    assert which in str(info.value) and str(p) in str(info.value)


@SETTINGS
@given(shares=outcome_shares(), error=st.one_of(st.floats(1e-8, 0.5), st.floats(-0.5, -1e-8)),
       lang=st.sampled_from(["zh", "en"]))
def test_outcome_shares_not_summing_to_one_are_refused(shares, error, lang):
    cxlab.set_language(lang)
    bad = {**shares, "unresolved": shares["unresolved"] + error}
    assume(0.0 <= bad["unresolved"] <= 1.0)
    with pytest.raises(cxlab.InputError, match="outcomes"):
        damage.market_damage(1000, 0.2, 0.3, bad, "large", 10)


# --- returns --------------------------------------------------------------------------------------------------

margin = st.floats(0.01, 1e4)
retention = st.floats(0.0, 0.99)
discount = st.floats(0.0, 0.5)


@SETTINGS
@given(m=margin, r1=retention, r2=retention, d=discount, timing=st.sampled_from(returns.TIMINGS),
       horizon=st.one_of(st.none(), st.integers(1, 40)))
def test_clv_rises_with_retention(m, r1, r2, d, timing, horizon):
    """With a positive margin, a higher retention never gives a lower lifetime value."""
    low, high = sorted((r1, r2))
    assert returns.clv(m, low, d, timing, horizon=horizon) <= returns.clv(m, high, d, timing, horizon=horizon) + 1e-9


@SETTINGS
@given(m=margin, r=retention, d=discount, horizon=st.integers(1, 200))
def test_finite_horizon_tends_to_the_infinite_value(m, r, d, horizon):
    """The infinite CLV minus the T-period CLV is exactly the tail m q^(T+1)/(1-q) (end timing) or m q^T/(1-q)
    (start timing), q = r/(1+d); so it shrinks to 0 as T grows, from below."""
    q = r / (1 + d)
    for timing, tail in (("end", m * q ** (horizon + 1) / (1 - q)), ("start", m * q ** horizon / (1 - q))):
        infinite = returns.clv(m, r, d, timing)
        finite = returns.clv(m, r, d, timing, horizon=horizon)
        assert finite <= infinite + 1e-9
        assert infinite - finite == pytest.approx(tail, rel=1e-6, abs=1e-6)
        longer = returns.clv(m, r, d, timing, horizon=horizon + 1)
        assert finite <= longer + 1e-9


@SETTINGS
@given(m=margin, r=retention, d=discount)
def test_start_timing_is_one_margin_more_than_end_timing(m, r, d):
    """m(1+d)/(1+d-r) = m + m r/(1+d-r): paying at the start adds this period's margin."""
    assert returns.clv(m, r, d, "start") == pytest.approx(m + returns.clv(m, r, d, "end"))


@SETTINGS
@given(r=st.one_of(st.floats(1.0, 10.0, exclude_min=True), st.floats(-10.0, 0.0, exclude_max=True)),
       lang=st.sampled_from(["zh", "en"]))
def test_clv_refuses_retention_outside_0_1(r, lang):
    cxlab.set_language(lang)
    with pytest.raises(cxlab.InputError) as info:
        returns.clv(100, r, 0.1)
    assert "retention" in str(info.value) and f"{r:g}" in str(info.value)


@SETTINGS
@given(d=st.floats(-5.0, 0.0, exclude_max=True), lang=st.sampled_from(["zh", "en"]))
def test_clv_refuses_negative_discount(d, lang):
    cxlab.set_language(lang)
    with pytest.raises(cxlab.InputError) as info:
        returns.clv(100, 0.5, d)
    assert "discount" in str(info.value) and f"{d:g}" in str(info.value)


@SETTINGS
@given(n=st.floats(1.0, 1e6), m=margin, r=st.floats(0.0, 0.9), d=discount, up=st.floats(0.0, 0.1),
       horizon=st.integers(1, 10), cost=st.floats(0.0, 1e6))
def test_experience_return_more_retention_more_value_and_npv_identity(n, m, r, d, up, horizon, cost):
    """A retention gain never gives negative direct returns; npv = value - cost; no gain = nothing but the cost."""
    res = returns.experience_return(cost, n, m, r, d, retention_uplift=up, horizon=horizon)
    assert (res.by_year["direct_repurchase"] >= -1e-9).all()
    assert res.npv == pytest.approx(res.incremental_value - res.cost)
    none = returns.experience_return(cost, n, m, r, d, horizon=horizon)
    assert none.incremental_value == 0 and none.npv == pytest.approx(-cost)
    if res.payback_years is not None:
        assert res.npv >= -1e-6 * max(1.0, cost)


@settings(max_examples=60, deadline=None)
@given(m=margin, d=discount, conv=rate, refs=st.floats(0.0, 3.0), neg=st.floats(0.0, 3.0),
       rp=st.floats(0.0, 0.95), rd=st.floats(0.0, 0.95))
def test_promoters_are_worth_at_least_detractors_when_they_stay_longer(m, d, conv, refs, neg, rp, rd):
    """If promoters stay at least as long and recommend at least as much, they are worth at least as much."""
    assume(rp >= rd)
    p = returns.promoter_value({"promoter": 10, "passive": 10, "detractor": 10}, m,
                               {"promoter": rp, "passive": (rp + rd) / 2, "detractor": rd},
                               {"promoter": refs, "passive": refs / 2, "detractor": 0.0}, conv, d,
                               detractor_negative_referrals=neg)
    assert p.promoter_premium >= -1e-9
    assert math.isfinite(p.new_customer_value)
