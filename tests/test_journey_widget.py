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
