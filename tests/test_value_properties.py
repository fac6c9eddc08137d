"""Properties of the value model that must hold for any input (hypothesis)."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from cxlab import value

counts = st.tuples(st.integers(0, 400), st.integers(0, 400), st.integers(0, 400)).filter(lambda c: sum(c) > 0)
methods = st.sampled_from(value.METHODS)
confidences = st.sampled_from([0.8, 0.9, 0.95, 0.99])


@given(counts, methods, confidences)
def test_nps_and_interval_stay_on_the_scale(c, method, confidence):
    """NPS ∈ [-100, 100]; -100 <= low <= high <= 100; se >= 0; nothing is NaN."""
    r = value.nps_from_counts(*c, method=method, confidence=confidence)
    assert -100 <= r.low <= r.high <= 100
    assert -100 <= r.nps <= 100 and r.se >= 0
    assert not any(np.isnan([r.nps, r.low, r.high, r.se]))


@given(counts, confidences)
def test_wald_interval_contains_the_estimate(c, confidence):
    """The Wald interval is centred on the NPS, so it always contains it."""
    r = value.nps_from_counts(*c, confidence=confidence)
    assert r.low <= r.nps <= r.high


@given(counts)
def test_adjusted_centre_shrinks_towards_zero(c):
    """Adjusted Wald centre = (P - D) / (n + 3): same sign as the NPS, never further from 0; the interval
    contains it."""
    r = value.nps_from_counts(*c, method="adjusted_wald")
    assert abs(r.center) <= abs(r.nps) + 1e-9 and r.center * r.nps >= 0
    assert r.low <= r.center <= r.high


@given(counts, methods, st.integers(2, 20))
def test_interval_narrows_as_n_grows(c, method, k):
    """The same mix with k times the answers gives an interval no wider (strictly narrower unless it is 0)."""
    small = value.nps_from_counts(*c, method=method)
    large = value.nps_from_counts(*(k * x for x in c), method=method)
    assert large.high - large.low <= small.high - small.low + 1e-9
    if small.high - small.low > 1e-9 and -100 < small.low and small.high < 100:
        assert large.high - large.low < small.high - small.low


@given(st.lists(st.integers(0, 10), min_size=1, max_size=300), st.randoms(use_true_random=False))
def test_relabelling_passives_does_not_change_nps(scores, rnd):
    """Turning any 7 into an 8 (or back) leaves the NPS and its interval unchanged."""
    changed = [(15 - s if rnd.random() < 0.5 else s) if s in (7, 8) else s for s in scores]
    a, b = value.nps(scores), value.nps(changed)
    assert (a.nps, a.low, a.high) == (b.nps, b.low, b.high)


@given(st.lists(st.integers(0, 10), min_size=1, max_size=200))
def test_nps_is_the_difference_of_shares(scores):
    arr = np.array(scores)
    r = value.nps(scores)
    assert r.promoters + r.passives + r.detractors == r.n == len(scores)
    assert abs(r.nps - 100 * ((arr >= 9).mean() - (arr <= 6).mean())) < 1e-9


@given(counts, counts)
def test_comparison_is_antisymmetric(a, b):
    ra, rb = value.nps_from_counts(*a), value.nps_from_counts(*b)
    ab, ba = value.compare_nps(ra, rb), value.compare_nps(rb, ra)
    assert abs(ab.difference + ba.difference) < 1e-9 and abs(ab.p_value - ba.p_value) < 1e-12


@given(st.lists(st.integers(1, 5), min_size=1, max_size=200), st.integers(1, 4))
def test_csat_interval_contains_share(scores, top):
    r = value.csat(scores, top=top)
    assert 0 <= r.low <= r.share <= r.high <= 1


orders = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 17), st.floats(0, 500)), min_size=1, max_size=150)


@settings(max_examples=60, deadline=None)
@given(orders, st.integers(1, 3), st.sampled_from(value.PERIODS))
def test_churn_plus_retention_is_one_per_cohort(rows, churn_after, period):
    """Per cohort: retention_rate + churn_rate = 1; retention curves start at 1 and stay within 0..1."""
    start = pd.Timestamp("2024-01-01")
    log = pd.DataFrame({"customer_id": [f"c{c}" for c, _, _ in rows],
                        "order_date": [start + pd.DateOffset(months=m) + pd.Timedelta(days=(c * 3) % 27)
                                       for c, m, _ in rows],
                        "amount": [a for _, _, a in rows]})
    try:
        r = value.behaviour(log, period=period, churn_after=churn_after)
    except Exception as problem:  # a log too short to judge churn
        from cxlab import InputError

        assert isinstance(problem, InputError)
        return
    total = r.cohorts["retention_rate"] + r.cohorts["churn_rate"]
    assert np.allclose(total, 1.0)
    assert (r.retention[0] == 1.0).all()
    values = r.retention.to_numpy()
    assert np.nanmin(values) >= 0 and np.nanmax(values) <= 1
    assert r.cohorts["customers"].sum() <= log["customer_id"].nunique()
