"""The trainer guide (cxlab.trainer, notebook 90), the printable agendas and guide (cxlab/cases/trainer.py), the
`cxlab agenda` / `cxlab glossary` commands, and what the welcome notebook and `cxlab lab` show a trainer."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cxlab import InputError, cli, course, handouts, trainer

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("zh", "en")


def _run(capsys, *argv) -> tuple:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- the guide -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_holds_every_section_and_every_module_from_one_source(lang):
    text = trainer.guide_markdown(lang)
    assert "{{cxlab" not in text
    for section in trainer.GUIDE_SECTIONS:
        assert f"## {course.t(f'trainer.guide.{section}.title', lang=lang)}" in text, section
    for stem in course.TIMINGS:
        part = trainer.module_guide(stem, lang)
        assert part in text
        assert course.timing_markdown(stem, lang) in part            # generated timing
        for goal in trainer.objectives(stem, lang):                  # the notebook's own objectives
            assert goal in part
        assert trainer.key_points(stem, lang)[0] in part
        for item in ("stuck", "prompts"):
            assert course.t(f"trainer.module.{stem}.{item}", lang=lang).split("\n")[0] in part
        assert course.t(f"trainer.module.{stem}.activity", lang=lang) in part
    for name in course.agenda_names():                              # the agendas, generated
        assert course.agenda_markdown(name, lang, heading_level=3) in text
    for command in ("cxlab doctor", "cxlab lab", "cxlab classroom start --lan", 'cxlab.style.use("projector")',
                    "fonts-wqy-microhei", "91_assessment", "08_capstone", "cxlab handout trainer_guide"):
        assert command in text, command
    assert trainer.glossary_markdown(lang) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_carries_the_answer_key_notes_and_the_notebook_notes(lang):
    part = trainer.module_guide("05_damage", lang)
    notes = trainer.exercise_notes("05_damage", lang)
    assert len(notes) == 4 and all(note.split("\n")[0] in part for _, note in notes)
    assert "exercises/answer_keys/" + lang + "/05_damage.ipynb" in part
    course_notes = trainer.trainer_notes("05_damage", lang)
    assert len(course_notes) >= 4 and course_notes[1].split("\n")[0] in part
    # the timing table appears once (the generated one), not again inside the copied notes
    assert part.count(course.timing_markdown("05_damage", lang).split("\n")[0]) == 1


def test_objectives_are_read_from_the_notebook_as_written():
    goals = trainer.objectives("02_kano", "zh")
    assert len(goals) == 6 and goals[0].startswith("说出 KANO 模型的来历")
    assert goals[1].endswith("六类之一；")  # a wrapped item is joined without a space in Chinese
    en = trainer.objectives("02_kano", "en")
    assert "the six categories A, O, M, I, R, Q" in en[1].replace("\n", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_notebook_is_built_from_the_guide(lang):
    cells = json.loads((ROOT / "notebooks" / lang / "90_trainer_guide.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert "{{cxlab" not in text
    for section in ("intro", "prepare", "agendas", "assessment", "troubleshooting"):
        assert trainer.guide_section(section, lang) in text, section
    for stem in course.TIMINGS:
        assert trainer.module_guide(stem, lang) in text
    code = [("".join(c["source"])) for c in cells if c["cell_type"] == "code"]
    assert code[0] == f'lang = "{lang}"' and any("course.agenda(" in c for c in code)


# -- printable -----------------------------------------------------------------------------------------------------
def test_agendas_and_guide_are_declared_as_printable_cases():
    table = handouts.case_table("en").set_index("case")
    for case in ("agenda_one_day", "agenda_two_day", "agenda_managers", "trainer_guide", "trainer_modules_1",
                 "trainer_modules_2", "trainer_modules_3", "course_glossary"):
        assert case in table.index and table.loc[case, "title"]
    # the three parts of the module summary hold every module once
    from cxlab.cases import trainer as printed

    parts = [stem for n in range(1, printed.PARTS + 1) for stem in printed._part(n)]
    assert parts == list(course.TIMINGS)


@pytest.mark.parametrize("lang", LANGS)
def test_a_printed_agenda_holds_the_timed_tables(lang):
    docs = handouts.build("agenda_two_day", lang, date="2026-01-05")
    handout = docs[0]
    assert handout.kind == "handout" and handout.missing == ""
    span = lambda a, b: course.t("core.range", lang=lang, low=a, high=b)  # noqa: E731
    assert span("09:00", "09:13") in handout.html and span("15:15", "16:40") in handout.html
    assert course.t("course.agenda.name.two_day.title", lang=lang) in handout.html
    assert handout.html.count("<table>") == 2  # one per day
    assert course.t("trainer.handout.heading.timetable", lang=lang) in handout.html
    assert course.t("handouts.data", lang=lang) not in handout.html  # not "data and charts": it is no case
    # the same for every table group, and nothing to answer: one document, no answer sheet
    grouped = handouts.build("agenda_managers", lang, groups=3, date="2026-01-05")
    assert [d.name for d in grouped] == [f"agenda_managers-{lang}"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_printed_guide_renders_its_markdown(lang):
    doc = handouts.build("trainer_modules_2", lang, date="2026-01-05")[0]
    body = doc.html.split("</style>", 1)[1]
    assert "<h3>" in body and "<table>" in body and "**" not in body and doc.missing == ""
    assert course.t("trainer.module.04_journey.activity", lang=lang) in body
    guide = handouts.build("trainer_guide", lang, date="2026-01-05")[0].html
    assert "cxlab classroom start --lan" in guide and course.t("trainer.guide.troubleshooting.title", lang=lang) in guide


@pytest.mark.slow
def test_the_printed_agenda_makes_a_pdf():
    pytest.importorskip("weasyprint")
    doc = handouts.build("agenda_managers", "zh", date="2026-01-05")[0]
    try:
        pdf = handouts.render_pdf(doc)
    except OSError as error:  # no Pango on this machine
        pytest.skip(str(error))
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


# -- commands ------------------------------------------------------------------------------------------------------
def test_cxlab_agenda_lists_and_prints(capsys):
    code, out, _ = _run(capsys, "agenda", "--lang", "en")
    assert code == 0 and all(name in out for name in course.agenda_names())
    code, out, _ = _run(capsys, "agenda", "one_day", "--lang", "zh", "--start", "08:30")
    assert code == 0 and out.startswith("## 一天工作坊") and "| 08:30～08:43 | 13 分钟 |" in out
    code, out, _ = _run(capsys, "agenda", "managers", "--lang", "en", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["end"] for r in rows] == ["10:06", "10:21", "11:26", "12:29"]
    code, out, _ = _run(capsys, "agenda", "two_day", "--lang", "en", "--format", "html")
    assert code == 0 and out.count("<table>") == 2


@pytest.mark.parametrize("argv, message", [
    (("agenda", "three_day", "--lang", "en"), "one_day, two_day, managers"),
    (("agenda", "one_day", "--lang", "en", "--format", "pdf"), "md, html, csv"),
    (("agenda", "one_day", "--lang", "zh", "--start", "25:00"), "HH:MM"),
    (("glossary", "--lang", "en", "--format", "xlsx"), "md, html, csv"),
])
def test_cxlab_agenda_and_glossary_refuse_bad_parameters(capsys, argv, message):
    code, out, err = _run(capsys, *argv)
    assert code == 2 and message in err and out == ""


def test_cxlab_glossary(capsys):
    code, out, _ = _run(capsys, "glossary", "--lang", "zh")
    assert code == 0 and out.startswith("# 术语表") and "| **关键时刻** | moment of truth |" in out
    code, out, _ = _run(capsys, "glossary", "--lang", "en", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {"term", "zh", "definition"} <= set(rows[0]) and any(r["zh"] == "痛点" for r in rows)
    code, out, _ = _run(capsys, "glossary", "--lang", "en", "--format", "html")
    assert code == 0 and "<table" in out


def test_cxlab_lab_points_a_trainer_to_the_agendas_and_the_guide(capsys):
    cli.set_language("zh")
    cli._print_trainer_pointers("zh", "course/zh/")
    out = capsys.readouterr().out
    assert all(name in out for name in course.agenda_names())
    assert "course/zh/90_trainer_guide.ipynb" in out and "cxlab handout trainer_guide" in out


def test_cxlab_lab_prints_the_pointers_before_starting(capsys, monkeypatch, tmp_path):
    import subprocess

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0))
    code = cli.main(["lab", "--lang", "en", "--dir", str(tmp_path), "--no-browser"])
    out = capsys.readouterr().out
    assert code == 0 and "one_day" in out and "90_trainer_guide.ipynb" in out


# -- the welcome notebook --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_the_welcome_notebook_shows_the_agendas_and_leads_to_the_guide(lang):
    cells = json.loads((ROOT / "notebooks" / lang / "00_welcome.ipynb").read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells)
    assert "course.agenda_overview()" in text and "90_trainer_guide.ipynb" in text
    assert "91_assessment" in text and "08_capstone" in text and "cxlab agenda two_day" in text
