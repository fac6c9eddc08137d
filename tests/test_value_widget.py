"""The NPS explorer's callbacks: controls → value.nps_from_counts / compare_nps → cards, verdict, chart."""
from __future__ import annotations

import pytest

from cxlab import value
from cxlab.widgets.value import NPSExplorer, counts_of


def test_counts_of_rounds_to_whole_answers():
    assert counts_of(200, 50, 25) == (100, 50, 50)
    assert counts_of(3, 50, 50) == (2, 0, 1)
    assert sum(counts_of(997, 33.3, 33.3)) == 997


def test_default_change_is_noise_and_a_bigger_sample_makes_it_real(lang):
    """400 answers a wave, NPS 10 -> 20: the 95 % interval of the change includes 0; with 2,000 a wave it does not."""
    explorer = NPSExplorer()
    assert explorer.comparison.difference == pytest.approx(10.0)
    assert not explorer.comparison.significant
    for slider in explorer.n:
        slider.value = 2000
    assert explorer.comparison.significant
    expected = value.compare_nps(value.nps_from_counts(800, 600, 600), value.nps_from_counts(900, 600, 500))
    assert explorer.comparison.p_value == pytest.approx(expected.p_value)
    assert "±" in explorer.cards_box.value and explorer.renders >= 2


def test_interval_narrows_with_the_sample_slider(lang):
    explorer = NPSExplorer()
    wide = explorer.results[0].margin
    explorer.n[0].value = 4000
    assert explorer.results[0].margin < wide / 3


def test_method_and_confidence_controls(lang):
    explorer = NPSExplorer()
    explorer.method.value = "adjusted_wald"
    assert explorer.results[0].method == "adjusted_wald"
    width95 = explorer.results[0].margin
    explorer.confidence.value = 0.99
    assert explorer.results[0].margin > width95


def test_impossible_mix_is_a_message_not_a_traceback(lang):
    explorer = NPSExplorer()
    explorer.promoters[1].value = 80
    explorer.detractors[1].value = 40
    assert explorer.comparison is None and explorer.error
    assert "120" in explorer.message_box.value
    explorer.detractors[1].value = 10
    assert explorer.comparison is not None and "⚠" not in explorer.message_box.value


def test_extreme_settings_stay_finite(lang):
    explorer = NPSExplorer()
    for i in range(2):
        explorer.n[i].value = 20
        explorer.promoters[i].value = 100
        explorer.detractors[i].value = 0
    assert explorer.comparison.difference == 0 and explorer.comparison.p_value == 1.0


def test_a_move_updates_the_chart_in_place(lang):
    """Points, whiskers, value labels and row labels follow the state; no artist is made anew; the x axis stays on
    the whole NPS scale, so a narrower interval is seen narrower."""
    explorer = NPSExplorer()
    chart = explorer.chart
    before = (chart.chart.marks, chart.chart.whiskers, list(chart.chart.texts), len(explorer.ax.get_children()))
    explorer.n[0].value = 3000
    explorer.promoters[1].value = 60
    results = explorer.results
    assert (chart.chart.marks, chart.chart.whiskers, list(chart.chart.texts)) == before[:3]
    assert len(explorer.ax.get_children()) == before[3]
    assert explorer.ax.get_xlim() == value.NPSWavesChart.FULL_SCALE
    assert [round(x, 6) for x, _ in chart.chart.marks.get_offsets()] == [round(r.nps, 6) for r in results]
    for i, r in enumerate(results):
        line = chart.chart.whiskers.get_segments()[3 * i]
        assert line[0][0] == pytest.approx(r.low) and line[1][0] == pytest.approx(r.high)
        assert chart.chart.texts[i].get_text() == f"{r.nps:.1f}  [{r.low:.1f}, {r.high:.1f}]"
    assert "3,000" in explorer.ax.get_yticklabels()[0].get_text()


def test_the_picture_after_moves_is_the_picture_of_a_fresh_explorer(lang):
    """Blitting on a kept background cannot leave an old point, whisker or row label behind."""
    moved = NPSExplorer()
    moved.n[0].value = 1000
    moved.promoters[0].value = 70
    moved.detractors[1].value = 45
    moved.confidence.value = 0.99
    fresh = NPSExplorer(n=(1000, 400), promoters=(70.0, 45.0), detractors=(30.0, 45.0), confidence=0.99)
    assert moved.image.value == fresh.image.value


def test_the_picture_shows_the_message_and_comes_back(lang):
    explorer = NPSExplorer()
    good = explorer.image.value
    explorer.promoters[1].value = 80
    explorer.detractors[1].value = 40
    assert explorer.image.value != good
    explorer.promoters[1].value = 45
    explorer.detractors[1].value = 25
    assert explorer.image.value == good
