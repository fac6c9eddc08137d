"""The welcome module: its live pyramid exercise, the complaint-share demo (function, chart, widget callback) and
the course map built from the notebooks present."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import course, t
from cxlab.exercises import ____
from cxlab.exercises.welcome import LEVELS, SCENARIOS, PyramidLevel, parse_level, q1

ROOT = Path(__file__).resolve().parents[1]


# -- the pyramid exercise ------------------------------------------------------------------------------------------
def test_blank_is_not_attempted(lang):
    """With the blank in place the check says 'not attempted', and no attempt is counted."""
    q = PyramidLevel()
    feedback = q.check(____)
    assert feedback.status == "blank" and q.attempts == 0
    assert str(feedback).startswith("…")


@pytest.mark.parametrize("answer", [1, 1.0, "1", "1.0", " 1.0 ", "basic", " Basic ", "初级体验", "基本体验",
                                    "1.0 初级体验（需求得到满足）", "basic experience", "Needs met"])
def test_on_time_delivery_accepts_every_way_of_saying_level_one(answer):
    """The seed's example 'the parcel arrives on the promised day and works' is level 1.0, however written."""
    assert q1.check(answer).correct


@pytest.mark.parametrize("scenario, right, wrong", [
    ("on_time_delivery", 1, (2, 3)),
    ("three_step_checkout", 2, (1, 3)),
    ("birthday_upgrade", 3, (1, 2)),
])
def test_each_scenario_has_its_level_and_explains_each_wrong_one(scenario, right, wrong, lang):
    """Seed 002's three examples, one per level; a wrong level gets the explanation written for that mistake."""
    q = PyramidLevel(scenario)
    feedback = q.check(right)
    assert feedback.correct and t(f"exercises.welcome.pyramid_level.{scenario}.correct") in feedback.details
    for level in wrong:
        feedback = q.check(level)
        assert feedback.status == "wrong"
        code = LEVELS[level - 1]
        assert feedback.details[0] == t(f"exercises.welcome.pyramid_level.{scenario}.wrong_{code}")


@pytest.mark.parametrize("answer", [0, 4, -1, 1.5, 2.5, True, None, "", "abc", "4.0", [1], float("nan")])
def test_answers_that_name_no_level_are_explained(answer):
    """Anything that is not a level (a 4, 1.5, True, text, a list) is wrong with the 'not a level' message."""
    feedback = q1.check(answer)
    assert feedback.status == "wrong"
    assert feedback.details[0] == t("exercises.welcome.pyramid_level.on_time_delivery.unknown", answer=answer)


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=12)))
def test_parse_level_only_recognises_levels(answer):
    """parse_level gives a level exactly for the numbers 1, 2, 3 (as numbers or text) and the catalog names."""
    level = parse_level(answer)
    assert level is None or level in LEVELS
    if isinstance(answer, (int, float)) and not isinstance(answer, bool):
        ok = math.isfinite(answer) and float(answer) in (1.0, 2.0, 3.0)
        assert (level is not None) == ok


def test_hints_then_solution(lang):
    """Hints come one after the other and stop at the last; the solution names the answer."""
    q = PyramidLevel()
    hints = t("exercises.welcome.pyramid_level.on_time_delivery.hint").split("\n")
    assert [q.hint().details[0] for _ in range(3)] == [hints[0], hints[1], hints[1]]
    assert "1" in q.solution().details[0]


def test_second_wrong_attempt_suggests_a_hint_naming_the_exact_call():
    q = PyramidLevel()
    q.name = "q1"
    assert t("exercises.common.try_hint", q="q1") not in q.check(3).details
    tip = q.check(3).details[-1]
    assert tip == t("exercises.common.try_hint", q="q1") and "q1.hint()" in tip and "q1.solution()" in tip


def test_unknown_scenario_is_an_input_error():
    with pytest.raises(cxlab.InputError, match="no_such_case"):
        PyramidLevel("no_such_case")


def test_every_scenario_has_its_texts_in_both_languages():
    for scenario in SCENARIOS:
        for lang in ("zh", "en"):
            for part in ("title", "prompt", "hint", "solution", "correct", "unknown"):
                assert t(f"exercises.welcome.pyramid_level.{scenario}.{part}", lang=lang, answer="x")


# -- the complaint-share demo --------------------------------------------------------------------------------------
def test_complaint_split_worked_example():
    """250 dissatisfied customers, 12 % complain: 250 × 0.12 = 30 complain, 250 − 30 = 220 stay silent."""
    frame = course.complaint_split(customers=250, complaint_share=0.12)
    assert frame["group"].tolist() == ["complain", "silent"]
    assert frame["customers"].tolist() == [30.0, 220.0]
    assert frame["share"].tolist() == [0.12, 0.88]


@settings(max_examples=80, deadline=None)
@given(st.floats(0, 1e6), st.floats(0, 1))
def test_complaint_split_adds_up(customers, share):
    """The two groups always add up to the customers, and their shares to 1."""
    frame = course.complaint_split(customers, share)
    assert frame["customers"].sum() == pytest.approx(customers, abs=1e-5)
    assert frame["share"].sum() == pytest.approx(1.0, abs=1e-5)
    assert (frame["customers"] >= -1e-9).all()


@pytest.mark.parametrize("kwargs, name", [
    (dict(customers=100, complaint_share=1.5), "complaint_share"),
    (dict(customers=100, complaint_share=-0.1), "complaint_share"),
    (dict(customers=100, complaint_share=float("nan")), "complaint_share"),
    (dict(customers=-5, complaint_share=0.1), "customers"),
    (dict(customers="many", complaint_share=0.1), "customers"),
])
def test_complaint_split_rejects_bad_input(kwargs, name):
    """Out-of-range or non-numeric values raise InputError naming the parameter."""
    with pytest.raises(cxlab.InputError, match=name):
        course.complaint_split(**kwargs)


def test_plot_uses_catalog_labels(lang):
    """The bars, title and axis label are catalog texts of the current language."""
    ax = course.plot_complaint_split(course.complaint_split(100, 0.1))
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert labels == [t("welcome.demo.group.complain"), t("welcome.demo.group.silent")]
    assert ax.get_title() == t("welcome.demo.title", customers=100.0)
    assert ax.get_xlabel() == t("welcome.demo.xlabel")
    ax.figure.canvas.draw()   # a missing glyph would be a matplotlib UserWarning, an error under pytest's filters


def test_demo_widget_redraws_when_the_slider_moves():
    """Moving the slider from 10 % to 25 % recomputes (200 × 0.25 = 50 complain, 150 silent) and redraws."""
    demo = course.ComplaintDemo(customers=200, share=10)
    assert demo.result["customers"].tolist() == [20.0, 180.0]
    first_ax, pictures = demo.ax, demo.renders
    demo.share.value = 25
    assert demo.result["customers"].tolist() == [50.0, 150.0]
    assert demo.ax is first_ax                      # the same chart, its bars changed in place
    assert [round(p.get_width(), 6) for p in demo.ax.patches] == [50.0, 150.0]
    assert demo.renders == pictures + 1            # one new picture per move
    assert demo.image.value[:4] == b"\x89PNG"
    assert demo.share.description == t("welcome.demo.slider")


# -- the course map ------------------------------------------------------------------------------------------------
def test_course_lists_every_module_once_in_order():
    """COURSE holds modules 00 to 08, each with its seed article(s) as the brief lays them out (08, the capstone
    case, draws on all five)."""
    assert [m.number for m in course.COURSE] == list(range(9))
    seeds = {m.stem: m.seeds for m in course.COURSE}
    assert seeds == {"00_welcome": (), "01_pyramid": ("002",), "02_kano": ("002", "003"),
                     "03_servqual": ("001", "003"), "04_journey": ("003",), "05_damage": ("000",),
                     "06_returns": ("001",), "07_value": ("004",),
                     "08_capstone": ("000", "001", "002", "003", "004")}
    assert all(s in course.SEEDS for m in course.COURSE for s in m.seeds)


def test_course_map_marks_availability_from_the_files_present(tmp_path, lang):
    """A module is available when notebooks/<lang>/NN_*.ipynb exists (whatever the rest of its name)."""
    folder = tmp_path / "notebooks" / lang
    folder.mkdir(parents=True)
    for name in ("00_welcome.ipynb", "02_kano.ipynb", "05_damage_model.ipynb", "notes.txt", "09_extra.ipynb"):
        (folder / name).write_text("{}", encoding="utf-8")
    frame = course.course_map(home=tmp_path)
    assert frame["module"].tolist() == list(range(9))
    assert frame.loc[frame["available"], "module"].tolist() == [0, 2, 5]
    assert frame.loc[5, "notebook"] == "05_damage_model.ipynb"
    assert frame["title"].tolist() == [t(f"welcome.course.title.{m.stem}") for m in course.COURSE]
    other = "en" if lang == "zh" else "zh"
    assert not course.course_map(lang=other, home=tmp_path)["available"].any()


def test_course_map_table_is_labelled_for_people(tmp_path, lang):
    (tmp_path / "notebooks" / lang).mkdir(parents=True)
    (tmp_path / "notebooks" / lang / "00_welcome.ipynb").write_text("{}", encoding="utf-8")
    table = course.course_map_table(course.course_map(home=tmp_path))
    assert list(table.columns) == [t(f"welcome.course.column.{c}") for c in ("module", "title", "seeds", "status")]
    status = table.iloc[:, 3].tolist()
    assert status[0] == t("welcome.course.status.available")
    assert status[1:] == [t("welcome.course.status.preparing")] * 8
    assert table.iloc[0, 0] == "00" and table.iloc[0, 2] == t("welcome.course.no_seed")
    assert table.iloc[2, 2] == "002/003"


def test_this_checkout_has_the_welcome_notebook_in_both_languages():
    for lang in ("zh", "en"):
        assert course.course_map(lang=lang, home=ROOT).loc[0, "available"]


def test_kit_home_explicit_then_environment_then_checkout(tmp_path, monkeypatch):
    monkeypatch.delenv("CXLAB_HOME", raising=False)
    assert course.kit_home() == ROOT
    monkeypatch.setenv("CXLAB_HOME", str(tmp_path))
    assert course.kit_home() == tmp_path.resolve()
    assert course.kit_home(tmp_path / "x") == (tmp_path / "x").resolve()
    assert course.exercises_dir("en") == tmp_path.resolve() / "exercises" / "en"
    with pytest.raises(cxlab.InputError):
        course.notebooks_dir("fr")
