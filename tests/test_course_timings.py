"""Timings recorded once (cxlab.course.TIMINGS), the notebooks' generated timing tables, and the agendas made from
them: clock arithmetic against hand-worked values, a change of a module's timing moving every agenda, bad input."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from cxlab import InputError, course, trainer

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("zh", "en")
STEMS = [m.stem for m in course.COURSE if m.stem in course.TIMINGS]


def _notebook(stem: str, lang: str, folder: str = "notebooks") -> Path:
    number = next(m.number for m in course.COURSE if m.stem == stem)
    return sorted((ROOT / folder / lang).glob(f"{number:02d}_*.ipynb"))[0]


def _markdown(path: Path) -> list:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def _table_minutes(text: str) -> list:
    return [int(m) for m in re.findall(r"^> \| [^|]+? \| (\d+) (?:分钟|min) \|", text, flags=re.M)]


def test_every_module_of_the_course_map_has_its_timings():
    assert [m.stem for m in course.COURSE] == list(course.TIMINGS)     # 00–07 and the capstone
    for stem, parts in course.TIMINGS.items():
        assert len({p.key for p in parts}) == len(parts), stem
        assert all(p.kind in course.PART_KINDS and isinstance(p.minutes, int) and p.minutes > 0 for p in parts)
        assert any(p.core for p in parts)
    # the welcome has no exercise notebook (its exercises are in the course notebook); every other module has one,
    # the capstone's for self-study (in class its group activity is the exercise: no agenda holds its notebook)
    assert set(course.EXERCISE_MINUTES) == set(course.TIMINGS) - {"00_welcome"}
    assert not any(b.kind == "exercises" and b.stem == "08_capstone"
                   for days in course.AGENDAS.values() for day in days for b in day)


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_course_notebook_has_objectives_key_points_and_a_generated_timing_table(stem, lang):
    cells = _markdown(_notebook(stem, lang))
    assert len(trainer.objectives(stem, lang)) >= 3
    assert len(trainer.key_points(stem, lang)) >= 3
    quoted = "\n".join("> " + line if line else ">" for line in course.timing_markdown(stem, lang).split("\n"))
    notes = [c for c in cells if c.startswith("> **✎")]
    holding = [c for c in notes if quoted in c]
    assert len(holding) == 1, f"{stem} ({lang}): the trainer notes do not show the generated timing table"
    # the table in the notebook adds up to the module's minutes, which the agendas use
    assert sum(_table_minutes(holding[0])) == course.module_minutes(stem) == int(course.timing(stem, lang)["minutes"].sum())


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_minutes_a_notebook_states_at_the_start_are_its_timing_total(stem, lang):
    """The opening cell says "约 90 分钟" / "about 90 minutes": the same total as the generated table."""
    first = _markdown(_notebook(stem, lang))[0]
    stated = re.search(r"(?:约|about) (\d+) (?:分钟|minutes)", first)
    assert stated and int(stated.group(1)) == course.module_minutes(stem), (stem, lang)


@pytest.mark.parametrize("stem", sorted(course.EXERCISE_MINUTES))
@pytest.mark.parametrize("lang", LANGS)
def test_every_exercise_notebook_states_its_total_as_the_course_map_does(stem, lang):
    first = _markdown(_notebook(stem, lang, "exercises"))[0]
    stated = re.search(r"(?:约|about) (\d+) (?:分钟|minutes)", first)
    assert stated, f"{stem}: the exercise notebook states no total"
    assert int(stated.group(1)) == course.EXERCISE_MINUTES[stem]


def test_timing_table_and_its_arithmetic():
    """02 KANO: 3 + 7 + 10 + 10 + 20 + 12 + 7 + 5 + 5 + 8 + 3 = 90; core drops DuMouchel (7) and the pyramid link
    (5): 78."""
    plan = course.timing("02_kano", lang="zh")
    assert plan["minutes"].tolist() == [3, 7, 10, 10, 20, 12, 7, 5, 5, 8, 3]
    assert plan["start"].tolist() == [0, 3, 10, 20, 30, 50, 62, 69, 74, 79, 87]
    assert course.module_minutes("02_kano") == 90 and course.module_minutes("02_kano", core=True) == 78
    assert course.timing("02_kano", lang="en", core=True)["part"].tolist() == [
        "opening", "origin", "paired", "table", "case", "better_worse", "first", "explorer", "wrapup"]
    text = course.timing_markdown("04_journey", "en")
    assert text.splitlines()[0] == "**Session plan (150 minutes in all)**"
    assert "| Part | Time | Notes |" in text and "| 12 Group activity and reports | 40 min | 2 minutes per table" in text
    assert course.timing_markdown("02_kano", "zh").splitlines()[2] == "| 环节 | 时间 |"


# -- agendas: hand-worked clock times ------------------------------------------------------------------------------
def _times(frame) -> list:
    return [f"{a}-{b}" for a, b in zip(frame["start"], frame["end"])]


def test_one_day_agenda_by_hand():
    """From 09:00: welcome core 5+5+3 = 13 → 09:13; pyramid core 90 − (10+7+7) = 66 → 10:19; break 15 → 10:34;
    KANO core 78 → 11:52; lunch 60 → 12:52; journey core 150 − (15+10) = 125 → 14:57; break → 15:12; damage core
    80 − (10+5) = 65 → 16:17; damage exercises 25 → 16:42. Teaching 13+66+78+125+65+25 = 372 min = 6 h 12."""
    day = course.agenda("one_day", lang="en")
    assert _times(day) == ["09:00-09:13", "09:13-10:19", "10:19-10:34", "10:34-11:52", "11:52-12:52",
                           "12:52-14:57", "14:57-15:12", "15:12-16:17", "16:17-16:42"]
    assert day["kind"].tolist() == ["module", "module", "break", "module", "lunch", "module", "break", "module",
                                    "exercises"]
    assert course.agenda_days("one_day") == [372]
    assert abs(372 / 60 - 6) <= 0.5


def test_two_day_agenda_by_hand():
    """Day 1: welcome core 30 − (4+8+5) = 13 (→ 09:13), 90 (→ 10:43), break (→ 10:58), 90 (→ 12:28), lunch
    (→ 13:28), 90 (→ 14:58), break (→ 15:13), 80 (→ 16:33): teaching 363. Day 2: journey core 150 − (15+10) = 125
    (→ 11:05), lunch (→ 12:05), return 80 (→ 13:25), break (→ 13:40), value 95 (→ 15:15), capstone core
    115 − (10+10+10) = 85 (→ 16:40): teaching 385. 748 min = 12 h 28."""
    days = course.agenda("two_day", lang="zh")
    assert _times(days[days["day"] == 1]) == ["09:00-09:13", "09:13-10:43", "10:43-10:58", "10:58-12:28",
                                              "12:28-13:28", "13:28-14:58", "14:58-15:13", "15:13-16:33"]
    assert _times(days[days["day"] == 2]) == ["09:00-11:05", "11:05-12:05", "12:05-13:25", "13:25-13:40",
                                              "13:40-15:15", "15:15-16:40"]
    assert course.agenda_days("two_day") == [363, 385]
    assert abs(748 / 60 - 12) <= 0.5
    # every module of the course once, the capstone last
    modules = days[days["kind"] == "module"]
    assert sorted(modules["stem"]) == sorted(course.TIMINGS) and modules["stem"].iloc[-1] == "08_capstone"
    assert all(m == course.module_minutes(s, core=c) for s, m, c in
               zip(modules["stem"], modules["minutes"], modules["stem"].isin(["00_welcome", "04_journey", "08_capstone"])))


def test_managers_half_day_by_hand():
    """From 13:30: pyramid core 66 → 14:36, break → 14:51, damage core 65 → 15:56, return core 80 − (5+12) = 63
    → 16:59. Teaching 194 min = 3 h 14: half a day."""
    day = course.agenda("managers", lang="en", start="13:30")
    assert _times(day) == ["13:30-14:36", "14:36-14:51", "14:51-15:56", "15:56-16:59"]
    assert day["stem"].tolist() == ["01_pyramid", "", "05_damage", "06_returns"]
    assert course.agenda_days("managers") == [194] and 3 <= 194 / 60 <= 4


@pytest.mark.parametrize("name", course.agenda_names())
@pytest.mark.parametrize("lang", LANGS)
def test_the_agendas_add_up_to_the_notebooks_timing_tables(name, lang):
    """Each module block lasts what its notebook's timing table adds up to (full) or the core parts (core); each
    day is contiguous; the teaching time stated in the Markdown is the sum of the blocks."""
    frame = course.agenda(name, lang=lang)
    for block, row in zip([b for day in course.AGENDAS[name] for b in day], frame.itertuples()):
        if block.kind == "module":
            table = _table_minutes(next(c for c in _markdown(_notebook(block.stem, lang)) if "| " in c and "✎" in c
                                        and course.timing_markdown(block.stem, lang).split("\n")[0] in c))
            assert row.minutes == (course.module_minutes(block.stem, core=True) if block.core else sum(table))
            assert row.minutes <= sum(table)
        elif block.kind == "exercises":
            assert row.minutes == course.EXERCISE_MINUTES[block.stem]
    for _, day in frame.groupby("day"):
        assert day["start"].tolist()[1:] == day["end"].tolist()[:-1]
    teaching = frame[frame["kind"].isin(("module", "exercises"))]["minutes"].sum()
    assert teaching == sum(course.agenda_days(name))
    hours, minutes = divmod(int(teaching), 60)
    text = course.agenda_markdown(name, lang)
    assert (f"{hours} 小时 {minutes:02d} 分" if lang == "zh" else f"{hours} h {minutes:02d} min") in text


def test_a_change_of_a_module_timing_shows_up_in_every_agenda_and_notebook(monkeypatch):
    """Ten more minutes for KANO's case part: the one-day agenda's KANO block ends at 12:02 instead of 11:52 and
    everything after it moves by ten minutes; day 1 of the two-day course ends at 16:43 (not 16:33); the notebook's table says
    100 minutes."""
    before_one, before_two = course.agenda("one_day", "en"), course.agenda("two_day", "en")
    parts = tuple(course.Part(p.key, p.minutes + 10 if p.key == "case" else p.minutes, p.kind, p.core)
                  for p in course.TIMINGS["02_kano"])
    monkeypatch.setitem(course.TIMINGS, "02_kano", parts)
    one, two = course.agenda("one_day", "en"), course.agenda("two_day", "en")
    assert one.loc[3, ["start", "end"]].tolist() == ["10:34", "12:02"]
    assert one["end"].iloc[-1] == "16:52" and before_one["end"].iloc[-1] == "16:42"
    assert two[two["day"] == 1]["end"].iloc[-1] == "16:43" != before_two[before_two["day"] == 1]["end"].iloc[-1]
    assert course.agenda_days("one_day") == [382]
    spec = importlib.util.spec_from_file_location("nbbuild", ROOT / "tools" / "nbbuild.py")
    nbbuild = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(nbbuild)
    cells = nbbuild.cells_of(ROOT / "notebooks" / "src" / "02_kano.py")
    for lang, heading, row in (("zh", "课程安排（共 100 分钟）", "| 4 案例分析：清理、分类、读表 | 30 分钟 |"),
                               ("en", "Session plan (100 minutes in all)", "| 4 The case: clean, classify, read the table | 30 min |")):
        text = "".join("".join(c["source"]) for c in nbbuild.render(cells, lang, "course")["cells"])
        assert heading in text and row in text


def test_agenda_texts_in_both_languages():
    zh, en = course.agenda_markdown("two_day", "zh"), course.agenda_markdown("two_day", "en")
    assert zh.startswith("## 两天工作坊：完整课程与综合案例") and "### 第 2 天（授课 6 小时 25 分）" in zh
    assert "| 11:05～12:05 | 60 分钟 |  | 午餐 |" in zh
    assert en.startswith("## Two-day workshop: the whole course and the capstone") and "### Day 1 (6 h 03 min of teaching)" in en
    assert "; Group activity and reports" in en  # the journey's group activity is named in its block
    html = course.agenda_html("managers", "zh", start="08:00")
    assert html.count("<table>") == 1 and "08:00～09:06" in html and 'lang="zh-CN"' in html
    overview = course.agenda_overview("en")
    assert overview.index.tolist() == course.agenda_names()
    assert overview.iloc[:, 2].tolist() == ["6 h 12 min", "12 h 28 min", "3 h 14 min"]


# -- bad input -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("call, accepted", [
    (lambda: course.agenda("three_day"), "one_day, two_day, managers"),
    (lambda: course.agenda(None), "one_day, two_day, managers"),
    (lambda: course.agenda("one_day", start="9.00"), "HH:MM"),
    (lambda: course.agenda("one_day", start="24:00"), "HH:MM"),
    (lambda: course.agenda("one_day", start=900), "HH:MM"),
    (lambda: course.agenda("one_day", start="21:00"), "16:18"),
    (lambda: course.agenda("one_day", lang="fr"), "zh, en"),
    (lambda: course.timing("99_nothing"), "02_kano"),
    (lambda: course.timing("02_kano", core="no"), "core"),
    (lambda: course.module_minutes(2), "02_kano"),
    (lambda: course.agenda_markdown("one_day", heading_level=0), "heading_level"),
    (lambda: course.generated("tables"), "timing, agenda"),
    (lambda: trainer.guide_section("nothing"), "troubleshooting"),
])
def test_bad_parameters_name_what_is_accepted(call, accepted, lang):
    with pytest.raises(InputError) as error:
        call()
    assert accepted in str(error.value)


def test_bad_start_message_in_chinese():
    with pytest.raises(InputError, match="开始时间 '9点' 不是钟点"):
        course.agenda("managers", lang="zh", start="9点")


def test_doctests_of_the_course_map_the_guide_the_theme_and_the_handouts():
    """The examples in the docstrings of course, trainer, style and handouts run as written."""
    import doctest

    from cxlab import handouts, style, trainer

    for module in (course, trainer, style, handouts):
        failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        assert failures == 0 and tried > 0, module.__name__
