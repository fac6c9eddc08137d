"""Rates estimated from the course's own records: damage.funnel_rates, loyalty_by_outcome, rate_by_band,
rate_by_group. Every expected number is worked out by hand in the test (comments / docstrings)."""
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import damage

INF = float("inf")


# -- funnel_rates --------------------------------------------------------------------------------------------

def test_funnel_rates_worked_example():
    """8 orders: 3 with a problem (rows 1, 2, 5), 2 of those complained (rows 1, 5); row 7 complained without a
    problem and is not counted. problem_rate = 3 / 8 = 0.375; complaint_rate = 2 / 3 = 0.6667."""
    log = pd.DataFrame({"problem": [1, 1, 0, 0, 1, 0, 0, 0], "complained": [1, 0, 0, 0, 1, 0, 1, 0]})
    rates = damage.funnel_rates(log)
    assert rates["problem_rate"] == pytest.approx(0.375)
    assert rates["complaint_rate"] == pytest.approx(2 / 3)


def test_funnel_rates_feed_market_damage():
    """The rates go straight into the model: 10 customers, 4 with a problem, 1 complaint; all complainers
    resolved quickly, TARP large: lost = 3 x 0.91 + 1 x 0.18 = 2.91."""
    log = pd.DataFrame({"problem": [1, 1, 1, 1, 0, 0, 0, 0, 0, 0], "complained": [1] + [0] * 9})
    r = damage.market_damage(customers=10, **damage.funnel_rates(log),
                             outcomes={"resolved_quickly": 1.0, "resolved": 0.0, "unresolved": 0.0},
                             loyalty="large", value_per_customer=1)
    assert r.customers_lost == pytest.approx(2.91)


def test_funnel_rates_nobody_had_a_problem():
    rates = damage.funnel_rates(pd.DataFrame({"problem": [0, 0], "complained": [0, 0]}))
    assert rates == {"problem_rate": 0.0, "complaint_rate": 0.0}


def test_funnel_rates_other_column_names_and_booleans():
    log = pd.DataFrame({"issue": [True, False], "wrote_in": [True, False]})
    assert damage.funnel_rates(log, problem="issue", complained="wrote_in") == {"problem_rate": 0.5,
                                                                                 "complaint_rate": 1.0}


@pytest.mark.parametrize("frame, words", [
    ([1, 2], ["problem"]),                                                   # not a table
    (pd.DataFrame({"problem": [1]}), ["complained"]),                        # missing column
    (pd.DataFrame({"problem": [], "complained": []}), ["frame"]),             # no rows
    (pd.DataFrame({"problem": [1, 2], "complained": [0, 0]}), ["2", "problem", "row 2"]),
    (pd.DataFrame({"problem": [1, np.nan], "complained": [0, 0]}), ["nan", "row 2"]),
    (pd.DataFrame({"problem": ["yes", 1], "complained": [0, 0]}), ["'yes'", "row 1"]),
])
def test_funnel_rates_bad_input(frame, words):
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError) as info:
        damage.funnel_rates(frame)
    for word in words:
        assert word in str(info.value)


# -- loyalty_by_outcome ----------------------------------------------------------------------------------------

def _log():
    """9 complaints. small: resolved_quickly 1, 1, 0 -> 2/3; unresolved 0, 1 -> 1/2.
    large: resolved_quickly 1, 0 -> 1/2; resolved 1, 1 -> 2/2; unresolved 0 -> 0/1.
    Without sizes: resolved_quickly 3/5 = 0.6, resolved 2/2 = 1, unresolved 1/3."""
    return pd.DataFrame({
        "problem_size": ["small"] * 5 + ["large"] * 4 + ["large"],
        "resolution": ["resolved_quickly", "resolved_quickly", "resolved_quickly", "unresolved", "unresolved",
                       "resolved_quickly", "resolved_quickly", "resolved", "resolved", "unresolved"],
        "repurchased_12m": [1, 1, 0, 0, 1, 1, 0, 1, 1, 0],
    })


def test_loyalty_by_outcome_worked_example():
    table = damage.loyalty_by_outcome(_log())
    assert list(table.index) == ["unresolved", "resolved", "resolved_quickly"]      # TARP's order
    assert table.index.name == "resolution"
    assert table.loc["resolved_quickly", "customers"] == 5
    assert table.loc["resolved_quickly", "retained"] == 3
    assert table.loc["resolved_quickly", "loyalty"] == pytest.approx(0.6)
    assert table.loc["resolved", "loyalty"] == pytest.approx(1.0)
    assert table.loc["unresolved", "loyalty"] == pytest.approx(1 / 3)
    assert "tarp_loyalty" not in table.columns


def test_loyalty_by_outcome_by_size_with_tarp():
    table = damage.loyalty_by_outcome(_log(), size="problem_size")
    assert list(table.index) == [("small", "unresolved"), ("small", "resolved_quickly"), ("large", "unresolved"),
                                 ("large", "resolved"), ("large", "resolved_quickly")]
    assert table.loc[("small", "resolved_quickly"), "loyalty"] == pytest.approx(2 / 3)
    assert table.loc[("small", "unresolved"), "loyalty"] == pytest.approx(0.5)
    assert table.loc[("large", "resolved_quickly"), "loyalty"] == pytest.approx(0.5)
    # TARP for comparison, taken from the published table (small/quick 0.95, large/unresolved 0.19)
    assert table.loc[("small", "resolved_quickly"), "tarp_loyalty"] == 0.95
    assert table.loc[("large", "unresolved"), "tarp_loyalty"] == 0.19


def test_loyalty_by_outcome_unknown_groups_kept_without_tarp():
    log = pd.DataFrame({"problem_size": ["medium", "small"], "resolution": ["escalated", "resolved"],
                        "repurchased_12m": [1, 0]})
    table = damage.loyalty_by_outcome(log, size="problem_size")
    assert math.isnan(table.loc[("medium", "escalated"), "tarp_loyalty"])
    assert table.loc[("small", "resolved"), "tarp_loyalty"] == 0.70
    assert list(table.index) == [("small", "resolved"), ("medium", "escalated")]


def test_loyalty_by_outcome_matches_the_course_log():
    """On the bundled log the estimate must equal the plain sample proportion of each cell."""
    log = cxlab.datasets.load("complaint_log")
    table = damage.loyalty_by_outcome(log, size="problem_size")
    assert table["customers"].sum() == len(log)
    for (size, outcome), row in table.iterrows():
        cell = log[(log["problem_size"] == size) & (log["resolution"] == outcome)]
        assert row["loyalty"] == pytest.approx(cell["repurchased_12m"].sum() / len(cell))


@pytest.mark.parametrize("change, words", [
    ({"repurchased_12m": [1, 0, 1, 1, 0, 1, 1, 2, 1, 0]}, ["repurchased_12m", "row 8", "2"]),
    ({"resolution": [None] + ["resolved"] * 9}, ["resolution", "row 1"]),
])
def test_loyalty_by_outcome_bad_cells(change, words):
    cxlab.set_language("en")
    log = _log().assign(**change)
    with pytest.raises(cxlab.InputError) as info:
        damage.loyalty_by_outcome(log)
    for word in words:
        assert word in str(info.value)


def test_loyalty_by_outcome_missing_column_names_it():
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="repurchased"):
        damage.loyalty_by_outcome(_log(), retained="repurchased")
    with pytest.raises(cxlab.InputError, match="size"):
        damage.loyalty_by_outcome(_log(), size="size")


# -- rate_by_band ----------------------------------------------------------------------------------------------

def test_rate_by_band_worked_example():
    """waits 0, 5, 5.5, 12, 31, 90; dissatisfied 0, 0, 1, 0, 1, 1; bins 0, 5, 30, inf (right-closed, 0 included):
    0–5: waits 0, 5 -> n 2, share 0/2 = 0; 5–30: 5.5, 12 -> n 2, share 1/2; 30+: 31, 90 -> n 2, share 2/2 = 1.
    mean score per band: (5 + 4) / 2 = 4.5, (3 + 4) / 2 = 3.5, (1 + 2) / 2 = 1.5."""
    frame = pd.DataFrame({"wait": [0, 5, 5.5, 12, 31, 90], "dissatisfied": [0, 0, 1, 0, 1, 1],
                          "score": [5, 4, 3, 4, 1, 2]})
    table = damage.rate_by_band(frame, "wait", "dissatisfied", bins=[0, 5, 30, INF], means="score")
    assert list(table.index) == ["0～5", "5～30", "30+"]   # the Chinese range (the tests run in zh)
    assert table.index.name == "band"
    assert table["n"].tolist() == [2, 2, 2]
    assert table["share"].tolist() == pytest.approx([0.0, 0.5, 1.0])
    assert table["score"].tolist() == pytest.approx([4.5, 3.5, 1.5])


def test_rate_by_band_several_flags_labels_and_medians():
    """Two flags keep their names; the median of 1, 3, 10 is 3 and of an empty cell and 7 is 7 (cell left out)."""
    frame = pd.DataFrame({"month": [1, 2, 3, 7, 8], "problem": [1, 0, 0, 0, 1], "repurchased": [0, 1, 1, 1, 1],
                          "hours": [1, 3, 10, np.nan, 7]})
    table = damage.rate_by_band(frame, "month", ["problem", "repurchased"], bins=[1, 6, 12],
                                labels=["before", "after"], medians="hours")
    assert list(table.columns) == ["n", "problem", "repurchased", "hours"]
    assert table.loc["before"].tolist() == pytest.approx([3, 1 / 3, 2 / 3, 3])
    assert table.loc["after"].tolist() == pytest.approx([2, 0.5, 1.0, 7])


def test_rate_by_band_keeps_empty_bands():
    table = damage.rate_by_band(pd.DataFrame({"x": [1, 2], "f": [1, 0]}), "x", "f", bins=[0, 10, 20])
    assert table["n"].tolist() == [2, 0]
    assert math.isnan(table.loc["10～20", "share"])


def test_rate_by_band_matches_the_hotel_log():
    """The shares on the course data equal counting by hand with boolean masks."""
    stays = cxlab.datasets.load("damage_hotel_checkin")
    table = damage.rate_by_band(stays, "wait_minutes", "complained", bins=[0, 20, INF])
    low = stays[stays["wait_minutes"] <= 20]
    assert table.loc["0～20", "n"] == len(low)
    assert table.loc["0～20", "share"] == pytest.approx(low["complained"].sum() / len(low))
    assert table["n"].sum() == len(stays)


@pytest.mark.parametrize("kwargs, words", [
    ({"bins": [0, 10, 5]}, ["bins"]),
    ({"bins": [0]}, ["bins"]),
    ({"bins": "abc"}, ["bins"]),
    ({"bins": [0, 5, 10], "labels": ["a"]}, ["1", "2"]),
    ({"bins": [0, 5, 10], "labels": ["a", "a"]}, ["labels"]),
    ({"bins": [1, 5, 10]}, ["row 1", "0.5", "1 to 10"]),
    ({"bins": [0, 5, 6]}, ["row 3", "7"]),
    ({"bins": [0, 10], "flag": "score"}, ["score", "row 1", "3"]),
    ({"bins": [0, 10], "flag": []}, ["flag"]),
    ({"bins": [0, 10], "flag": "missing"}, ["missing"]),
])
def test_rate_by_band_bad_input(kwargs, words):
    cxlab.set_language("en")
    frame = pd.DataFrame({"x": [0.5, 2, 7], "f": [1, 0, 1], "score": [3, 4, 5]})
    kwargs = {"flag": "f", **kwargs}
    with pytest.raises(cxlab.InputError) as info:
        damage.rate_by_band(frame, "x", **kwargs)
    for word in words:
        assert word in str(info.value)


def test_rate_by_band_empty_or_text_value():
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="row 2"):
        damage.rate_by_band(pd.DataFrame({"x": [1, None], "f": [1, 0]}), "x", "f", bins=[0, 10])
    with pytest.raises(cxlab.InputError, match="'ten'"):
        damage.rate_by_band(pd.DataFrame({"x": [1, "ten"], "f": [1, 0]}), "x", "f", bins=[0, 10])


def test_rate_by_band_message_in_chinese():
    cxlab.set_language("zh")
    try:
        with pytest.raises(cxlab.InputError, match="不是 0/1"):
            damage.rate_by_band(pd.DataFrame({"x": [1], "f": [5]}), "x", "f", bins=[0, 10])
    finally:
        cxlab.set_language("en")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100, allow_nan=False), st.integers(0, 1)), min_size=1, max_size=40))
def test_rate_by_band_counts_every_row_once(rows):
    """Property: the bands partition the rows (n sums to the rows) and n x share sums to the flags set."""
    frame = pd.DataFrame(rows, columns=["x", "f"])
    table = damage.rate_by_band(frame, "x", "f", bins=[0, 10, 50, INF])
    assert table["n"].sum() == len(frame)
    assert (table["n"] * table["share"].fillna(0)).sum() == pytest.approx(frame["f"].sum())
    assert ((table["share"].dropna() >= 0) & (table["share"].dropna() <= 1)).all()


# -- rate_by_group ---------------------------------------------------------------------------------------------

def test_rate_by_group_worked_example():
    """before: complained 1, 1, 0, 0 -> 2/4 = 0.5, waits 30, 20, 10, 0 -> mean 15;
    after: complained 0, 1 -> 1/2 = 0.5, waits 4, 6 -> mean 5. Order as first seen, or as asked."""
    frame = pd.DataFrame({"period": ["before"] * 4 + ["after"] * 2, "complained": [1, 1, 0, 0, 0, 1],
                          "came_back": [0, 0, 1, 1, 1, 1], "wait": [30, 20, 10, 0, 4, 6]})
    table = damage.rate_by_group(frame, "period", ["complained", "came_back"], means="wait")
    assert list(table.index) == ["before", "after"]
    assert table.loc["before"].tolist() == pytest.approx([4, 0.5, 0.5, 15])
    assert table.loc["after"].tolist() == pytest.approx([2, 0.5, 1.0, 5])
    assert list(damage.rate_by_group(frame, "period", "complained", order=["after", "before"]).index) == [
        "after", "before"]


def test_rate_by_group_bad_order_and_empty_group():
    cxlab.set_language("en")
    frame = pd.DataFrame({"period": ["before", None], "f": [1, 0]})
    with pytest.raises(cxlab.InputError, match="row 2"):
        damage.rate_by_group(frame, "period", "f")
    with pytest.raises(cxlab.InputError, match="later"):
        damage.rate_by_group(frame.iloc[:1], "period", "f", order=["later"])
