"""The pyramid explorer's callbacks (papermill runs a notebook once with the defaults, so the moves are tested
here): presets load their case, sliders re-assess and redraw, thresholds out of order become a message."""
from __future__ import annotations

import pytest

import cxlab
from cxlab import pyramid, t
from cxlab.widgets.pyramid import PRESETS, PyramidExplorer, preset_measures


@pytest.fixture(scope="module")
def explorer():
    return PyramidExplorer("retailer_before")


def test_starts_on_the_case_as_measured(explorer):
    assert explorer.start.highest == "1.0" and explorer.result.highest == "1.0"
    assert set(explorer.sliders) == set(preset_measures("retailer_before"))
    assert explorer.image.value[:4] == b"\x89PNG"


def test_moving_level_two_sliders_reaches_two_and_redraws(explorer):
    """The retailer's change by hand: 3 steps, 15 % abandonment, CES 5.9 -> 2.0 reached; the measured case stays."""
    before = explorer.image.value
    explorer.sliders["checkout_steps"].value = 3
    explorer.sliders["abandonment_rate"].value = 0.15
    explorer.sliders["ces"].value = 5.9
    assert explorer.result.highest == "2.0" and explorer.start.highest == "1.0"
    expected = pyramid.assess(explorer.inputs()["measures"], thresholds=explorer.inputs()["thresholds"])
    assert explorer.result.levels["score"].tolist() == pytest.approx(expected.levels["score"].tolist())
    assert explorer.image.value != before
    assert "2.0" in explorer.summary.value


def test_breaking_level_one_gates_everything_above(explorer):
    explorer.sliders["on_time_rate"].value = 0.82
    assert explorer.result.highest is None
    assert explorer.result.levels.at["2.0", "status"] == "blocked"
    assert html_text(t("pyramid.verdict.none", who=t("pyramid.verdict.who.external"))) in explorer.verdict.value


def html_text(text):
    import html

    return html.escape(text)


def test_thresholds_out_of_order_show_the_model_message(explorer):
    explorer.thresholds["3.0"].value = 0.95
    assert explorer.result is None
    assert explorer.error and "3.0" in explorer.error
    assert explorer.error in explorer.message.value or html_text(explorer.error) in explorer.message.value
    explorer.thresholds["3.0"].value = 0.5
    assert explorer.error is None and explorer.result is not None


@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_preset_loads_and_matches_the_model(preset):
    """Each preset's start is the model's assessment of that case (internal customers through pyramid.internal)."""
    e = PyramidExplorer(preset)
    measures = preset_measures(preset)
    function = pyramid.internal if PRESETS[preset][3] == "internal" else pyramid.assess
    assert e.start.highest == function(measures).highest
    assert e.start.audience == PRESETS[preset][3]


def test_switching_preset_and_reset():
    e = PyramidExplorer("hotel_station")
    e.preset.value = "helpdesk_q4"
    assert "sla_met_rate" in e.sliders and e.result.highest == "3.0"
    e.sliders["reopened_rate"].value = 0.2
    assert e.result.highest is None
    e.reset_button.click()
    assert e.result.highest == "3.0"


def test_bad_preset(lang):
    with pytest.raises(cxlab.InputError, match="preset"):
        PyramidExplorer("cinema")
    with pytest.raises(cxlab.InputError, match="figsize"):
        PyramidExplorer(figsize="big")
    with pytest.raises(cxlab.InputError, match="cinema"):
        preset_measures("cinema")


def test_a_measure_slider_redraws_only_the_what_if_panel():
    """Moving a measure keeps the case as measured (same result object, same left panel); a threshold redraws both."""
    e = PyramidExplorer("retailer_before")
    start, left_title = e.start, e.axes[0].get_title()
    e.sliders["ces"].value = 6.0
    assert e.start is start and e.axes[0].get_title() == left_title
    assert e.axes[1].get_title() == pyramid.panel_title(e.result, t("pyramid_course.explorer.what_if"))
    e.thresholds["2.0"].value = 0.6
    assert e.start is not start and e.start.levels.at["2.0", "threshold"] == 0.6


def _pixels(png):
    import io

    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)


def test_an_update_changes_exactly_the_artists_it_should(lang):
    """Artists are made once and updated in place: a measure of 2.0 moves the what-if fill of 2.0 (up to 1 + its
    score) and its status text, leaves the case as measured alone, adds no artist, sends one picture; and the
    blitted picture is the same as a full redraw of the figure (no stale artist)."""
    from cxlab.widgets.base import png_bytes

    e = PyramidExplorer("retailer_before")
    left, right = e.charts
    artists = [list(ax.patches) + list(ax.texts) + list(ax.lines) for ax in e.axes]
    left_fills = [f.get_xy().copy() for f in left.fills]
    right_other = [right.fills[i].get_xy().copy() for i in (0, 2)]
    left_status = [s.get_text() for s in left.statuses]
    assert right.statuses[1].get_text() == t("pyramid.status.not_met")
    renders = e.renders
    with e.hold():
        e.sliders["checkout_steps"].value = 3
        e.sliders["abandonment_rate"].value = 0.15
        e.sliders["ces"].value = 5.9
    assert e.renders == renders + 1
    score = e.result.levels.at["2.0", "score"]
    assert max(y for _, y in right.fills[1].get_xy()) == pytest.approx(1 + score)
    assert right.statuses[1].get_text() == t("pyramid.status.reached")
    assert right.fills[1].get_facecolor()[:3] == pytest.approx(matplotlib_rgb(pyramid.LEVEL_COLORS["2.0"]))
    assert all((f.get_xy() == xy).all() for f, xy in zip(left.fills, left_fills))
    assert all((right.fills[i].get_xy() == xy).all() for i, xy in zip((0, 2), right_other))
    assert [s.get_text() for s in left.statuses] == left_status
    assert [list(ax.patches) + list(ax.texts) + list(ax.lines) for ax in e.axes] == artists
    assert (_pixels(e.image.value) == _pixels(png_bytes(e.figure))).all()


def test_invalid_input_shows_the_message_everywhere(lang):
    """Cards, verdict and picture in one state: thresholds out of order empty the cards, the verdict and the
    picture show the message (no stale pyramid), and a valid value brings all three back."""
    e = PyramidExplorer("hotel_station")
    e.thresholds["3.0"].value = 0.95
    assert e.summary.value == "" and html_text(e.error) in e.verdict.value
    assert not any(ax.get_visible() for ax in e.axes) and not e.key.get_visible()
    e.thresholds["3.0"].value = 0.5
    assert e.summary.value and all(ax.get_visible() for ax in e.axes) and e.key.get_visible()
    assert t("pyramid_course.explorer.highest_now") in e.summary.value


def matplotlib_rgb(colour):
    import matplotlib.colors

    return matplotlib.colors.to_rgb(colour)
