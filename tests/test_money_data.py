"""The damage and return datasets: shapes, ranges, determinism, the stories they stage, and the complaint log's
loyalty rates landing near the TARP rates they were drawn from."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cxlab import _datagen, datasets, i18n
from cxlab._datagen import money

NAMES = sorted(money.DATASETS)


@pytest.mark.parametrize("name", NAMES)
def test_generation_is_byte_identical_and_matches_data_folder(name):
    """Two generations give the same bytes, and data/<name>.csv is exactly that."""
    make = money.DATASETS[name]
    first, second = _datagen.render_csv(make()), _datagen.render_csv(make())
    assert first == second
    assert name in datasets.names(), "run python -m cxlab._datagen"
    assert datasets.load(name).shape == make().shape


@pytest.mark.parametrize("name", NAMES)
def test_every_column_is_documented_in_both_languages(name):
    """title, description, case, source and every column have a catalog entry in zh and en."""
    frame = money.DATASETS[name]()
    for lang in i18n.LANGUAGES:
        for part in ("title", "description", "case", "source"):
            assert i18n.has(f"datasets.{name}.{part}", lang)
        missing = [c for c in frame.columns if not i18n.has(f"datasets.{name}.columns.{c}", lang)]
        assert missing == [], (lang, missing)


def test_online_retailer_shape_ranges_and_story():
    """3600 orders over 12 months; binary flags are 0/1; after the month-7 change orders are faster, fewer go
    wrong and more customers are satisfied; slow orders fail more often; satisfied customers return more."""
    frame = money.online_retailer()
    assert frame.shape == (3600, 10)
    assert set(frame["month"]) == set(range(1, 13))
    for flag in ("problem", "contacted_service", "complained", "satisfied", "repurchased"):
        assert set(frame[flag].unique()) <= {0, 1}
    assert (frame["processing_hours"] > 0).all() and (frame["order_value"] > 0).all()
    # response time exists exactly where the customer contacted service
    assert (frame["response_hours"].notna() == frame["contacted_service"].astype(bool)).all()
    assert (frame.loc[frame["complained"] == 1, "problem"] == 1).all()
    after = frame["month"] >= 7
    assert frame.loc[after, "processing_hours"].median() < 0.6 * frame.loc[~after, "processing_hours"].median()
    assert frame.loc[after, "problem"].mean() < frame.loc[~after, "problem"].mean()
    assert frame.loc[after, "satisfied"].mean() > frame.loc[~after, "satisfied"].mean() + 0.04
    slow = frame["processing_hours"] > 48
    assert frame.loc[slow, "problem"].mean() > 2 * frame.loc[~slow, "problem"].mean()
    by_satisfied = frame.groupby("satisfied")["repurchased"].mean()
    assert by_satisfied[1] - by_satisfied[0] > 0.3


def test_touchpoints_are_valid_input_for_touchpoint_damage():
    """8 touchpoints, rates are shares, and the table runs through damage.touchpoint_damage with order
    processing and delivery as the two most expensive moments (the case's story)."""
    from cxlab import damage

    frame = money.retailer_touchpoints()
    assert frame.shape == (8, 7)
    assert frame["touchpoint"].is_unique
    for column in ("problem_rate", "complaint_rate", "loyalty_drop"):
        assert frame[column].between(0, 1).all(), column
    pareto = damage.touchpoint_damage(frame)
    assert list(pareto["touchpoint"][:2]) == ["order_processing", "delivery"]
    for code in frame["touchpoint"]:
        assert i18n.has(f"money_course.touchpoint.{code}", "zh") and i18n.has(f"money_course.touchpoint.{code}", "en")
    for code in frame["stage"]:
        assert i18n.has(f"money_course.stage.{code}", "zh")


def test_hotel_checkin_waiting_drives_dissatisfaction_and_the_fix_works():
    """Longer waits → lower satisfaction, more complaints, fewer returns; 'after' waits are much shorter."""
    frame = money.hotel_checkin()
    assert list(frame["period"].unique()) == ["before", "after"]
    assert frame["satisfaction"].between(1, 5).all() and (frame["wait_minutes"] >= 0).all()
    assert frame["arrival_hour"].between(12, 24).all() and frame["day"].between(1, 60).all()
    assert frame["stay_id"].is_unique and 1500 < len(frame) < 1900
    long_wait = frame["wait_minutes"] > 20
    assert frame.loc[long_wait, "satisfaction"].mean() < frame.loc[~long_wait, "satisfaction"].mean() - 1
    assert frame.loc[long_wait, "complained"].mean() > 3 * frame.loc[~long_wait, "complained"].mean()
    assert frame.loc[long_wait, "stayed_again"].mean() < frame.loc[~long_wait, "stayed_again"].mean()
    means = frame.groupby("period")["wait_minutes"].mean()
    assert means["after"] < 0.6 * means["before"]
    assert frame.loc[frame["period"] == "before", "pre_checkin"].sum() == 0


def test_complaint_log_loyalty_by_outcome_is_near_tarp():
    """Repurchase shares by problem size and outcome, estimated from the log, are within 0.08 of the TARP rates
    they were drawn from (cells hold 100–450 complaints, so the standard error is at most about 0.05), and keep
    TARP's order: resolved quickly > resolved > unresolved."""
    from cxlab import damage

    frame = money.complaint_log()
    assert frame.shape == (1500, 9)
    assert set(frame["resolution"]) == {"resolved_quickly", "resolved", "unresolved"}
    assert set(frame["problem_size"]) == {"small", "large"}
    assert ((frame["order_value"] > 500) == (frame["problem_size"] == "large")).all()
    quick = frame["resolution"] == "resolved_quickly"
    assert (frame.loc[quick, "response_hours"] <= 24).all() and (frame.loc[~quick, "response_hours"] > 12).all()
    estimated = frame.groupby(["problem_size", "resolution"])["repurchased_12m"].agg(["mean", "size"])
    assert estimated["size"].min() >= 100
    table = damage.TARP_LOYALTY
    for (size, outcome), row in estimated.iterrows():
        published = float((table[size] if isinstance(table, dict) else table.loc[size])[outcome])
        assert abs(row["mean"] - published) < 0.08, (size, outcome, row["mean"], published)
    for size in ("small", "large"):
        rates = estimated.loc[size, "mean"]
        assert rates["resolved_quickly"] > rates["resolved"] > rates["unresolved"]
    for column, codes in (("channel", frame["channel"]), ("category", frame["category"])):
        for code in set(codes):
            assert i18n.has(f"money_course.{column}.{code}", "en"), code


def test_return_cases_are_valid_inputs_for_the_return_model():
    """Every row's parameters are in range and run through returns.experience_return; base beats cautious."""
    from cxlab import returns

    frame = money.return_cases()
    assert frame["case"].is_unique and len(frame) == 5
    assert frame["retention"].between(0, 1).all()
    assert (frame["retention"] + frame["retention_uplift"] < 1).all()
    for code in frame["company"]:
        assert i18n.has(f"money_course.company.{code}", "zh")
    for code in frame["scenario"]:
        assert i18n.has(f"money_course.scenario.{code}", "en")
    npv = {}
    for row in frame.to_dict("records"):
        result = returns.experience_return(**{k: v for k, v in row.items() if k not in ("case", "company", "scenario")})
        npv[row["case"]] = result.npv
    assert npv["orchard_base"] > npv["orchard_cautious"]
    assert npv["riverline_base"] > npv["riverline_cautious"]
