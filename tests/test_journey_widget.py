"""The journey explorer and builder callbacks: controls move the model's numbers; the builder saves into the
workspace, never replaces a file without the overwrite box, keeps a backup when it does, and loads back."""
from __future__ import annotations

import pandas as pd
import pytest

import cxlab
from cxlab import datasets, journey
from cxlab.widgets.journey import JourneyBuilder, JourneyExplorer, workspace_folder


@pytest.fixture(scope="module")
def explorer():
    return JourneyExplorer("appliance", render=False)


def test_explorer_starts_with_the_model_numbers(explorer):
    tp = datasets.load("journey_appliance")
    direct = journey.moments_of_truth(tp, datasets.load("journey_appliance_survey"), "overall")
    assert explorer.error is None
    assert explorer.mot.ranking()["touchpoint"].tolist() == direct.ranking()["touchpoint"].tolist()
    assert explorer.curve.peak_end == journey.emotion_curve(tp).peak_end
    assert explorer.damage.equals(journey.to_damage(tp, customers=200_000, value_per_customer=3_000))


def test_changing_a_score_moves_curve_ranking_and_damage(explorer):
    """+2 points on the technician visit: the curve's trough rises, its gap and priority fall, and the problem-rate
    slider feeds the damage table."""
    explorer.touchpoint.value = "technician_visit"
    before = explorer.mot.table.set_index("touchpoint").loc["technician_visit"]
    revenue = explorer.damage.set_index("touchpoint").loc["technician_visit", "revenue_at_risk"]
    explorer.change.value = 2.0
    after = explorer.mot.table.set_index("touchpoint").loc["technician_visit"]
    assert after["priority"] < before["priority"] and after["rank"] > before["rank"]
    assert explorer.curve.trough["touchpoint"] != "technician_visit"
    explorer.problem_rate.value = 0.1
    lower = explorer.damage.set_index("touchpoint").loc["technician_visit", "revenue_at_risk"]
    assert lower == pytest.approx(revenue * 0.1 / 0.4)
    explorer.touchpoint.value = "delivery"          # a new touchpoint starts from its own data
    assert explorer.change.value == 0.0 and explorer.problem_rate.value == pytest.approx(0.09)


def test_filters_and_cases(explorer):
    explorer.mode.value = "online"
    assert set(explorer.touchpoints["mode"]) == {"online"}
    explorer.mode.value = "all"
    explorer.case.value = "theme_park"
    assert explorer.persona.value == "family" and not explorer.persona.disabled
    explorer.persona.value = "thrill"
    assert explorer.curve.peak["touchpoint"] == "signature_ride"
    assert set(explorer.survey["persona"]) == {"thrill"}
    explorer.outcome.value = "return_visit"
    assert explorer.mot.outcome == "return_visit"
    explorer.case.value = "appliance"
    assert explorer.persona.disabled


def test_explorer_renders_in_both_languages(lang):
    explorer = JourneyExplorer("theme_park")
    assert explorer.image.value[:4] == b"\x89PNG"
    explorer.change.value = 1.0
    assert explorer.image.value[:4] == b"\x89PNG" and explorer.summary.value


def test_explorer_refuses_an_unknown_case():
    with pytest.raises(cxlab.InputError):
        JourneyExplorer("bakery", render=False)


# -- builder ------------------------------------------------------------------------------------------------------

def test_builder_add_change_delete(tmp_path, lang):
    builder = JourneyBuilder(folder=tmp_path, render=False)
    assert len(builder.table) == 6
    builder.stage.value, builder.name.value, builder.reach.value, builder.emotion.value = "after_sales", "退货", 0.1, -3
    assert builder.add()
    assert len(builder.table) == 7 and "退货" in builder._names()
    builder.emotion.value = -4.5                        # same name: changes the row
    assert builder.add()
    row = builder.table.iloc[builder._names().index("退货")]
    assert len(builder.table) == 7 and row["emotion"] == -4.5 and row["stage"] == "after_sales"
    builder.rows.value = builder._names().index("退货")
    assert builder.delete() and len(builder.table) == 6
    builder.name.value = "  "
    assert not builder.add() and "⚠" in builder.message.value


def test_builder_never_overwrites_without_asking(tmp_path, lang):
    builder = JourneyBuilder(folder=tmp_path, render=False)
    path = builder.save()
    assert path == tmp_path / "my_journey.csv" and path.exists()
    first = path.read_bytes()
    builder.stage.value, builder.name.value = "loyalty", "Referral"
    builder.add()
    assert builder.save() is None                       # exists, box not ticked: nothing written
    assert path.read_bytes() == first
    assert "my_journey.csv" in builder.message.value
    builder.overwrite.value = True
    assert builder.save() == path
    assert path.read_bytes() != first
    backups = list(tmp_path.glob("my_journey.bak-*.csv"))
    assert len(backups) == 1 and backups[0].read_bytes() == first
    assert builder.overwrite.value is False             # asking once covers one save


def test_builder_loads_back_what_it_saved(tmp_path, lang):
    builder = JourneyBuilder(folder=tmp_path, render=False)
    builder.stage.value, builder.name.value, builder.reach.value = "use", "Unboxing", 0.8
    builder.add()
    builder.file.value = "team3"
    path = builder.save()
    assert path.name == "team3.csv"
    other = JourneyBuilder(folder=tmp_path, render=False)
    other.file.value = "team3.csv"
    assert other.load()
    assert other._names() == builder._names()
    assert other.table["stage"].tolist() == builder.table["stage"].tolist()
    assert other.table["reach"].tolist() == pytest.approx(builder.table["reach"].tolist())


def test_builder_load_errors_are_messages(tmp_path, corpus, lang):
    builder = JourneyBuilder(folder=tmp_path, render=False)
    builder.file.value = "nothing_here.csv"
    assert not builder.load() and "nothing_here.csv" in builder.message.value
    (tmp_path / "broken.csv").write_bytes((corpus / "journey" / "missing_column.csv").read_bytes())
    builder.file.value = "broken.csv"
    assert not builder.load() and "reach" in builder.message.value
    assert len(builder.table) == 6                      # the journey on screen is kept
    builder.file.value = "../escape.csv"
    assert builder.save() is None and not (tmp_path.parent / "escape.csv").exists()


def test_builder_renders_the_map(tmp_path):
    builder = JourneyBuilder(folder=tmp_path)
    assert builder.image.value[:4] == b"\x89PNG"


def test_workspace_folder(tmp_path):
    assert workspace_folder(tmp_path) == tmp_path / "cxlab-workspace" / "journeys"
    (tmp_path / ".cxlab-practice.json").write_text("{}", encoding="utf-8")
    assert workspace_folder(tmp_path) == tmp_path / "journeys"


def test_practice_copies_the_template(tmp_path, root):
    """`cxlab practice` puts the journey template next to the exercise notebooks, and keeps a filled-in one."""
    from cxlab import cli

    results = {r.name: r.action for r in cli.practice("zh", tmp_path, home=root)}
    assert results["04_journey_template.csv"] == "copied"
    mine = tmp_path / "zh" / "04_journey_template.csv"
    assert journey.read_journey(mine)["stage"].tolist() == list(journey.STAGES)
    mine.write_bytes(mine.read_bytes() + "售后,我们的触点,2,电话,,10%,-2,,,,,\r\n".encode("utf-8"))
    again = {r.name: r.action for r in cli.practice("zh", tmp_path, home=root)}
    assert again["04_journey_template.csv"] == "kept"
    assert len(journey.read_journey(mine)) == 7


# -- the explorer on the shared mechanism: what an update changes ----------------------------------------------

def _heights(bars):
    return [bar.get_height() for bar in bars]


def test_score_change_updates_exactly_the_moving_artists():
    """A score move changes the curve, the dots, the marks, the two Paretos and the cards in place: the same axes
    and artists, one picture; the stage bands and the map's touchpoint names stay as they were."""
    import numpy as np

    x = JourneyExplorer("appliance")
    x.touchpoint.value = "technician_visit"
    axes, line, bars = list(x.figure.axes), x.map.line, list(x.priority.chart.bars)
    stage_texts = [text.get_text() for text in x.map.bands]
    ticks = [tick.get_text() for tick in x.map.ax.get_xticklabels()]
    before = x.map.line.get_ydata().copy()
    renders = x.renders
    x.change.value = 2.0
    assert x.renders == renders + 1
    assert list(x.figure.axes) == axes and x.map.line is line and list(x.priority.chart.bars) == bars
    assert [text.get_text() for text in x.map.bands] == stage_texts
    assert [tick.get_text() for tick in x.map.ax.get_xticklabels()] == ticks
    # the curve is the model's curve; only the technician visit moved (+2 points of 1..5 = +5 emotion, capped)
    values = x.curve.points["value"].to_numpy(float)
    assert x.map.line.get_ydata().tolist() == values.tolist()
    assert np.asarray(x.map.dots.get_offsets())[:, 1].tolist() == values.tolist()
    moved = np.flatnonzero(values != before)
    assert [x.curve.points["touchpoint"].iloc[i] for i in moved] == ["technician_visit"]
    shown = [text.get_text() for text in x.map.marks if text.get_visible()]
    assert any(f"{x.curve.peak['value']:+.1f}" in s for s in shown)
    # the Paretos are the model's top five, names in rank order
    ranking = x.mot.ranking().head(JourneyExplorer.TOP)
    assert _heights(x.priority.chart.bars) == pytest.approx(ranking["priority"].tolist())
    names = dict(zip(x.touchpoints["touchpoint"], journey.touchpoint_names(x.touchpoints)))
    assert [tick.get_text().replace("\n", "") for tick in x.priority.ax.get_xticklabels()] == \
        [names[tp].replace(" ", "") for tp in ranking["touchpoint"]]
    damage = x.damage.head(JourneyExplorer.TOP)
    assert _heights(x.pareto.chart.bars) == pytest.approx(damage["revenue_at_risk"].tolist())
    assert [text.get_text() for text in x.pareto.chart.value_labels.texts] == \
        [cxlab.plotting.compact(v) for v in damage["revenue_at_risk"]]
    # the moment-of-truth rings sit on the flagged touchpoints
    flagged = x.mot.table.set_index("touchpoint").reindex(x.curve.points["touchpoint"])["moment_of_truth"]
    assert len(x.map.rings.get_offsets()) == int(flagged.fillna(False).sum())


def test_a_filter_builds_the_map_again_for_its_touchpoints():
    x = JourneyExplorer("appliance")
    x.mode.value = "online"
    names = journey.touchpoint_names(x.touchpoints)
    assert len(x.map.ax.get_xticklabels()) == len(names) == len(x.map.line.get_ydata())
    assert set(x.touchpoints["mode"]) == {"online"}
    x.mode.value = "all"
    assert len(x.map.line.get_ydata()) == 15


def test_picture_is_whole_and_has_no_overlaps(lang):
    """The picture is exactly its pixel size (fits a projected notebook beside nothing: controls above), and no
    label in it overlaps another label, a line or a point."""
    from io import BytesIO

    from PIL import Image

    from cxlab import plotting

    x = JourneyExplorer("appliance")
    width, height = x.picture
    assert width <= 1150 and height <= 650
    assert Image.open(BytesIO(x.image.value)).size == (width, height)
    assert [(a.get_text(), type(b).__name__, kind) for a, b, kind in plotting.text_overlaps(x.figure)] == []


def test_problem_rate_move_changes_the_damage_only_and_nothing_is_stale():
    """The problem rate feeds the damage table alone: the moments of truth are not computed again (the same
    importance), yet their table carries the new rate; the map and the priority bars stay, the damage bars and
    their labels are the new damage table's, and every bar stays under its axis' limit."""
    x = JourneyExplorer("appliance")
    x.touchpoint.value = "technician_visit"
    x.change.value = 1.0
    mot, line = x.mot, x.map.line.get_ydata().copy()
    priority = _heights(x.priority.chart.bars)
    x.problem_rate.value = 0.1
    assert x.mot.table["importance"] is not None
    assert x.mot.table["importance"].equals(mot.table["importance"]) and x.mot.r_squared == mot.r_squared
    rate = x.mot.table.set_index("touchpoint").loc["technician_visit", "problem_rate"]
    assert rate == pytest.approx(0.1)
    assert x.map.line.get_ydata().tolist() == line.tolist()
    assert _heights(x.priority.chart.bars) == pytest.approx(priority)
    direct = journey.to_damage(x.touchpoints, customers=200_000, value_per_customer=3_000)
    assert x.damage.equals(direct)
    damage = direct.head(JourneyExplorer.TOP)
    assert _heights(x.pareto.chart.bars) == pytest.approx(damage["revenue_at_risk"].tolist())
    assert [text.get_text() for text in x.pareto.chart.value_labels.texts] == \
        [cxlab.plotting.compact(v) for v in damage["revenue_at_risk"]]
    for chart in (x.priority.chart, x.pareto.chart):
        assert max(_heights(chart.bars)) * 1.18 <= chart.ax.get_ylim()[1] == cxlab.plotting.nice_limit(
            chart.ax.get_ylim()[1])
    # back to the score: the cached steps follow (no result of another setting is shown)
    x.change.value = -1.0
    fresh = journey.what_if(journey.touchpoints(datasets.load("journey_appliance")),
                            datasets.load("journey_appliance_survey"), "technician_visit", -1.0, problem_rate=0.1)
    again = journey.moments_of_truth(fresh[0], fresh[1], "overall")
    assert x.mot.table["priority"].tolist() == pytest.approx(again.table["priority"].tolist(), nan_ok=True)
    assert x.map.line.get_ydata().tolist() == journey.emotion_curve(fresh[0]).points["value"].tolist()


def _texts(figure):
    from matplotlib.text import Text

    return {id(text): (text, text.get_text(), tuple(text.get_position()), text.get_visible())
            for text in figure.findobj(Text)}


@pytest.mark.parametrize("move", [("change", 2.0), ("change", -2.0), ("problem_rate", 0.6)])
def test_every_text_an_update_changes_is_drawn_again(move):
    """No stale text in the picture: a text whose string, place or visibility changes on a move is either
    among the artists drawn on every picture or the background is drawn again (the map's title, on the left,
    once stayed in the kept background with the old peak–end)."""
    x = JourneyExplorer("appliance")
    x.touchpoint.value = "technician_visit"
    before, key = _texts(x.figure), x._background_key
    setattr(getattr(x, move[0]), "value", move[1])
    drawn = {id(part) for artist in x.animated() for part in artist.findobj()}   # an axis: its tick labels
    changed = [value[1] for k, value in _texts(x.figure).items() if k in before and before[k][1:] != value[1:]]
    assert changed, "the move changed no text"
    if x._background_key == key:
        stale = [value[1] for k, value in _texts(x.figure).items()
                 if k in before and before[k][1:] != value[1:] and k not in drawn]
        assert stale == []
    assert f"{x.curve.peak_end:+.1f}" in x.map.title.get_text()
