"""The damage and return explorers: setting a control recomputes through the model; bad input is a message."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxlab import damage, returns
from cxlab.widgets.damage import DamageExplorer
from cxlab.widgets.returns import ReturnExplorer


def test_damage_explorer_default_matches_the_model_worked_example(lang):
    """Defaults = damage.py's worked example: 100,000 customers, 30 % problems, 25 % complain, 40/20/40 mix,
    TARP large: lost = 22,500 x 0.91 + 3,000 x 0.81 + 1,500 x 0.46 + 3,000 x 0.18 = 24,135; x 500 = 12,067,500."""
    explorer = DamageExplorer()
    assert explorer.error is None
    assert round(explorer.result.customers_lost) == 24135
    assert round(explorer.result.revenue_at_risk) == 12_067_500
    assert "24,135" in explorer.summary.value
    assert "40%" in explorer.unresolved.value


def test_raising_quick_resolution_lowers_customers_lost(lang):
    """Moving 20 points from 'unresolved' to 'resolved quickly' (0.4 -> 0.6, the rest 0.4 -> 0.2) keeps
    7,500 x 0.2 = 1,500 complainers at 0.82 instead of 0.19: 1,500 x 0.63 = 945 fewer lost (24,135 -> 23,190)."""
    explorer = DamageExplorer()
    before = explorer.result.customers_lost
    explorer.quick.value = 0.6
    assert explorer.result.inputs["outcomes"]["unresolved"] == pytest.approx(0.2)
    assert explorer.result.customers_lost == pytest.approx(before - 945)
    assert "20%" in explorer.unresolved.value


def test_invalid_outcome_mix_is_a_message_not_a_traceback(lang):
    """quick 0.7 + resolved 0.5 = 120 %: no result, a message in the current language naming the total."""
    explorer = DamageExplorer()
    explorer.quick.value = 0.7
    explorer.resolved.value = 0.5
    assert explorer.result is None
    assert "120%" in explorer.error and "120%" in explorer.message.value
    assert ("超过" in explorer.error) == (lang == "zh")
    explorer.resolved.value = 0.1  # back to a valid mix: the message goes, the result returns
    assert explorer.error is None and explorer.message.value == "" and explorer.result is not None


def test_loyalty_presets_fill_and_lock_the_sliders_custom_unlocks(lang):
    explorer = DamageExplorer(loyalty="large")
    assert explorer.loyalty["silent"].value == pytest.approx(0.09) and explorer.loyalty["silent"].disabled
    explorer.preset.value = "small"
    assert explorer.loyalty["resolved_quickly"].value == pytest.approx(0.95)
    assert explorer.result.inputs["loyalty"] == "small"
    small_lost = explorer.result.customers_lost
    explorer.preset.value = "custom"
    assert not explorer.loyalty["silent"].disabled
    assert explorer.result.customers_lost == pytest.approx(small_lost)  # same rates, now as a dict
    explorer.loyalty["silent"].value = 0.5
    # silent 22,500 customers: loyalty 0.37 -> 0.50 keeps 22,500 x 0.13 = 2,925 more
    assert explorer.result.customers_lost == pytest.approx(small_lost - 2925)


def test_word_of_mouth_switch_adds_net_value(lang):
    explorer = DamageExplorer()
    assert explorer.result.net_value_at_risk is None and explorer.conversion.disabled
    explorer.word_of_mouth.value = True
    assert not explorer.conversion.disabled
    expected = damage.market_damage(**{**explorer.inputs(), "word_of_mouth": {"conversion": 0.02}})
    assert explorer.result.net_value_at_risk == pytest.approx(expected.net_value_at_risk)
    assert f"{expected.net_value_at_risk:,.0f}" in explorer.summary.value


def test_damage_explorer_draws_both_charts_in_one_reused_figure(lang):
    explorer = DamageExplorer()
    figure = explorer.figure
    explorer.problem_rate.value = 0.2
    assert explorer.figure is figure and len(figure.axes) == 2
    titles = [ax.get_title() for ax in figure.axes]
    assert all(titles) and f"{explorer.result.customers_lost:,.0f}" in titles[0]


def test_return_explorer_case_loads_and_matches_model(lang):
    """The default case runs through experience_return exactly; changing the case reloads its figures."""
    explorer = ReturnExplorer("orchard_base")
    direct = returns.experience_return(**explorer.inputs())
    assert explorer.result.npv == pytest.approx(direct.npv)
    assert explorer.investment.value == 6_000_000 and explorer.horizon.value == 5
    explorer.case.value = "riverline_cautious"
    assert explorer.investment.value == 20_000_000
    assert explorer.result.npv < 0 and explorer.result.payback_years is None
    assert "5" in explorer.payback_text()


def test_return_explorer_sliders_move_the_result_the_right_way(lang):
    explorer = ReturnExplorer("orchard_base")
    npv = explorer.result.npv
    explorer.retention_uplift.value = 0.08
    assert explorer.result.npv > npv
    npv = explorer.result.npv
    explorer.investment.value = explorer.investment.value + 1_000_000   # paid now: NPV falls by exactly 1,000,000
    assert explorer.result.npv == pytest.approx(npv - 1_000_000)
    explorer.horizon.value = 1
    assert explorer.result.by_year["year"].max() == 1
    explorer.indirect.value = 0.0
    before = explorer.result.incremental_value
    explorer.indirect.value = 0.1
    assert explorer.result.incremental_value == pytest.approx(before * 1.1)  # indirect = 10 % of direct


def test_return_explorer_summary_and_chart_in_current_language(lang):
    explorer = ReturnExplorer("brightdesk_base")
    assert ("净现值" in explorer.summary.value) == (lang == "zh")
    assert f"{explorer.result.npv:,.0f}" in explorer.summary.value
    assert explorer.ax.get_title()


def test_return_explorer_unknown_case_is_an_input_error():
    import cxlab

    with pytest.raises(cxlab.InputError, match="orchard_base"):
        ReturnExplorer("no_such_case")


_SHARED = {}


def _shared_damage_explorer():
    if "damage" not in _SHARED:
        _SHARED["damage"] = DamageExplorer()
    return _SHARED["damage"]


_STEPS = st.integers(min_value=0, max_value=20).map(lambda k: k * 0.05)


@settings(max_examples=25, deadline=None)
@given(quick=_STEPS, resolved=_STEPS)
def test_outcome_sliders_always_give_the_model_result_or_a_message(quick, resolved):
    """For any slider position: quick + resolved <= 100 % gives exactly damage.market_damage with the rest as
    'unresolved'; above 100 % there is no result and a message instead (never an exception)."""
    explorer = _shared_damage_explorer()
    explorer.quick.value, explorer.resolved.value = quick, resolved
    q, r = explorer.quick.value, explorer.resolved.value
    if q + r <= 1 + 1e-9:
        assert explorer.error is None
        expected = damage.market_damage(**{**explorer.inputs(), "outcomes": {
            "resolved_quickly": q, "resolved": r, "unresolved": round(1 - q - r, 10)}})
        assert explorer.result.customers_lost == pytest.approx(expected.customers_lost)
    else:
        assert explorer.result is None and explorer.error and explorer.message.value


@settings(max_examples=15, deadline=None)
@given(start=st.integers(min_value=0, max_value=10).map(lambda k: k * 0.05))
def test_moving_share_from_unresolved_to_quick_never_loses_more_customers(start):
    """Quick resolution keeps more customers than no resolution (TARP: 0.82 > 0.19), so moving 10 points from the
    unresolved rest to 'resolved quickly' never raises customers lost."""
    explorer = _shared_damage_explorer()
    explorer.resolved.value = 0.2
    explorer.quick.value = start
    before = explorer.result.customers_lost
    explorer.quick.value = start + 0.1
    assert explorer.result.customers_lost < before
