"""The pyramid module's datasets: exact shapes, and the stories the notebook tells hold in the data (computed
with the model, so a change of the generator that breaks a story fails here, not in front of a class)."""
from __future__ import annotations

import pytest

from cxlab import damage, datasets, pyramid

SHAPES = {
    "pyramid_retailer_checkout": (3029, 11),
    "pyramid_airline": (1600, 12),
    "pyramid_hotel": (2400, 10),
    "pyramid_it_helpdesk": (1580, 10),
}


@pytest.mark.parametrize("name, shape", SHAPES.items())
def test_shapes(name, shape):
    assert datasets.load(name).shape == shape


def _levels(name, by, audience="external"):
    table = pyramid.measures_from(datasets.load(name), by=by, audience=audience)
    function = pyramid.assess if audience == "external" else pyramid.internal
    return {key: function(table.loc[key]) for key in table.index}


def test_retailer_climbs_from_one_to_two_and_repurchase_rises():
    """Before: 1.0 reached, 2.0 not (7-8 steps, 40 % abandon); after: 2.0 reached, 3.0 not; repurchase rises."""
    r = _levels("pyramid_retailer_checkout", "period")
    assert r["before"].highest == "1.0" and r["after"].highest == "2.0"
    frame = datasets.load("pyramid_retailer_checkout")
    rates = damage.rate_by_group(frame[frame["abandoned"] == 0], "period", "repurchased_90d")
    assert rates.loc["after", "share"] > rates.loc["before", "share"] + 0.03


def test_airline_fast_lane_and_delays():
    """Normal days: frequent flyers (fast lane) reach 3.0, other passengers stop at 1.0. Delay days: 1.0 fails for
    both segments (on time = 0), so the frequent flyers' high 3.0 score is blocked; without the on-time measure
    (judging the delay-day service itself) their 1.0 holds."""
    r = _levels("pyramid_airline", ["segment", "day_type"])
    assert r[("frequent_flyer", "normal")].highest == "3.0"
    assert r[("other", "normal")].highest == "1.0"
    assert r[("frequent_flyer", "delayed")].highest is None and r[("other", "delayed")].highest is None
    assert "3.0" in r[("frequent_flyer", "delayed")].blocked
    table = pyramid.measures_from(datasets.load("pyramid_airline"), by=["segment", "day_type"])
    service = pyramid.assess(table.loc[("frequent_flyer", "delayed")].drop("on_time_rate"))
    assert service.levels.at["1.0", "reached"]


def test_hotel_birthday_upgrade_counts_only_on_a_solid_base():
    """Harbour: up to 2.0, its birthday guests reach 3.0; station: nothing reached, its birthday guests' 3.0 score
    is over the bar but blocked."""
    r = _levels("pyramid_hotel", ["hotel", "birthday_stay"])
    assert r[("harbour", 1)].highest == "3.0" and r[("harbour", 0)].highest == "2.0"
    assert r[("station", 1)].highest is None and "3.0" in r[("station", 1)].blocked
    whole = _levels("pyramid_hotel", "hotel")
    assert whole["harbour"].highest == "2.0" and whole["station"].highest is None


def test_helpdesk_climbs_one_level_a_quarter():
    r = _levels("pyramid_it_helpdesk", "quarter", audience="internal")
    assert [r[q].highest for q in ("Q1", "Q2", "Q3", "Q4")] == [None, "1.0", "2.0", "3.0"]
