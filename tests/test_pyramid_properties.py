"""Properties of pyramid.assess that hold for any measures (hypothesis): improving a measure never lowers the
highest level reached, a level is reached only when every level below is, scores stay in 0..1, and the order in
which measures are given does not matter."""
from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxlab import pyramid

EXTERNAL = [m for m in pyramid.MEASURES.index if pyramid.MEASURES.at[m, "audience"] in ("external", "both")]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _value(measure, fraction):
    """A value of ``measure`` at ``fraction`` (0..1) of its plausible span (the goalposts widened by half)."""
    row = pyramid.MEASURES.loc[measure]
    low, high = sorted((row["floor"], row["target"]))
    span = high - low
    low, high = max(row["low"], low - span / 2), min(row["high"], high + span / 2)
    return low + fraction * (high - low)


@st.composite
def measure_sets(draw):
    chosen = draw(st.lists(st.sampled_from(EXTERNAL), min_size=1, max_size=8, unique=True))
    return {m: _value(m, draw(st.floats(0, 1))) for m in chosen}


@st.composite
def thresholds(draw):
    values = sorted((draw(st.floats(0.05, 1.0)) for _ in pyramid.LEVELS), reverse=True)
    return dict(zip(pyramid.LEVELS, values))


def _rank(level):
    return 0 if level is None else pyramid.LEVELS.index(level) + 1


def _improved(measures, measure, fraction):
    """``measures`` with ``measure`` moved ``fraction`` of the way towards (and past) its target."""
    row = pyramid.MEASURES.loc[measure]
    value = measures[measure]
    direction = 1.0 if row["target"] > row["floor"] else -1.0
    bound = row["high"] if direction > 0 else row["low"]
    room = min(abs(bound - value), 3 * abs(row["target"] - row["floor"]))
    return {**measures, measure: value + direction * fraction * room}


@SETTINGS
@given(measure_sets(), thresholds(), st.data())
def test_improving_a_measure_never_lowers_the_highest_level(measures, bars, data):
    """Raising a lower level's measures (or any level's) never lowers the highest level reached."""
    measure = data.draw(st.sampled_from(sorted(measures)))
    better = _improved(measures, measure, data.draw(st.floats(0, 1)))
    before = pyramid.assess(measures, thresholds=bars)
    after = pyramid.assess(better, thresholds=bars)
    assert _rank(after.highest) >= _rank(before.highest)
    assert after.levels["score"].fillna(-1).ge(before.levels["score"].fillna(-1) - 1e-12).all()


@SETTINGS
@given(measure_sets(), thresholds())
def test_gating(measures, bars):
    """reached = meets and every level below reached; highest = the last reached; scores in 0..1."""
    r = pyramid.assess(measures, thresholds=bars)
    below = True
    for level in pyramid.LEVELS:
        row = r.levels.loc[level]
        assert row["reached"] == (row["meets"] and below)
        assert row["status"] in pyramid.STATUSES
        if not pd.isna(row["score"]):
            assert 0.0 <= row["score"] <= 1.0
        below = row["reached"]
    reached = [lv for lv in pyramid.LEVELS if r.levels.at[lv, "reached"]]
    assert r.highest == (reached[-1] if reached else None)
    assert reached == list(pyramid.LEVELS[:len(reached)])
    assert r.measures["attainment"].between(0, 1).all()


@SETTINGS
@given(measure_sets(), st.randoms(use_true_random=False))
def test_order_of_measures_does_not_matter(measures, rnd):
    items = list(measures.items())
    rnd.shuffle(items)
    a, b = pyramid.assess(measures), pyramid.assess(dict(items))
    pd.testing.assert_frame_equal(a.levels, b.levels)
    assert a.highest == b.highest
