"""The trainer's layer over the course: the trainer guide and the course glossary, in Chinese and English.

Nothing here is typed twice. The guide is assembled from what the kit already holds:

* each module's objectives and key points, read from its course notebook (``notebooks/<lang>/NN_*.ipynb``), and
  its trainer notes (the ✎ cells) — the notebook is the one source of those texts;
* each module's timing table and the agendas, generated from :data:`cxlab.course.TIMINGS`;
* the debriefing notes of the exercise answer keys (``exercises/answer_keys/<lang>/NN_*.ipynb``);
* the texts only the guide has (preparing the room, where learners get stuck, discussion prompts, the group
  activity, what to do when something fails), from the catalog (``trainer.*`` in ``locales/<lang>/trainer.json``);
* the glossary, from the ``glossary.<id>`` entries of every room's catalog (:func:`cxlab.i18n.glossary`).

:func:`guide_markdown` gives the whole guide as Markdown (``notebooks/src/90_trainer_guide.py`` places its
sections at build time, ``cxlab/cases/trainer.py`` prints it through the handout pipeline), :func:`glossary_table`
the glossary as a table (``cxlab glossary``).

Examples
--------
>>> from cxlab import trainer
>>> "KANO" in trainer.module_guide("02_kano", lang="en")
True
>>> trainer.glossary_table("en").columns.tolist()
['term', 'zh', 'definition']
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from . import course
from .i18n import LANGUAGES, has, t

__all__ = ["GUIDE_SECTIONS", "notebook_path", "objectives", "key_points", "trainer_notes", "exercise_notes",
           "module_guide", "guide_section", "guide_markdown", "glossary_table", "glossary_markdown", "generated"]

#: The guide's sections in order; each has a title ``trainer.guide.<section>.title`` and a body.
GUIDE_SECTIONS = ("intro", "prepare", "agendas", "modules", "assessment", "troubleshooting", "glossary")
#: Sections whose body is a catalog text (the others are generated).
_TEXT_SECTIONS = ("intro", "prepare", "assessment", "troubleshooting")
_NOTE = re.compile(r"^> \*\*✎[^*]*\*\*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")


def _lang(lang):
    return course._lang(lang)


def _number(stem) -> int:
    return next(m.number for m in course.COURSE if m.stem == course._stem(stem))


def notebook_path(stem: str, lang=None, kind: str = "course", home=None) -> Path | None:
    """The built notebook of a module: ``kind="course"`` (``notebooks/<lang>/``) or ``"answers"`` (the exercise
    answer key, ``exercises/answer_keys/<lang>/``). None when the kit has none for that module."""
    from ._check import check_choice

    lang = _lang(lang)
    kind = check_choice("kind", kind, ("course", "answers"))
    folder = {"course": course.kit_home(home) / "notebooks" / lang,
              "answers": course.kit_home(home) / "exercises" / "answer_keys" / lang}[kind]
    number = _number(stem)
    found = sorted(folder.glob(f"{number:02d}_*.ipynb")) if folder.is_dir() else []
    return found[0] if found else None


def _markdown_cells(path: Path | None) -> list:
    if path is None:
        return []
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def _items_after(cells: list, heading: re.Pattern) -> list:
    """The list items that follow the first line matching ``heading`` in any of ``cells`` (continuation lines
    joined to their item)."""
    for text in cells:
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if heading.search(line)), None)
        if at is None:
            continue
        items = []
        for line in lines[at + 1:]:
            if _ITEM.match(line):
                items.append(_ITEM.sub("", line).strip())
            elif items and line.startswith(" ") and line.strip():
                items[-1] += ("" if _cjk_end(items[-1]) else " ") + line.strip()
            elif not line.strip():
                continue
            elif items or line.startswith("#"):
                break
        return items
    return []


def _cjk_end(text: str) -> bool:
    return bool(text) and "\u3000" <= text[-1] <= "\u9fff" or text.endswith(("，", "；", "、"))


def objectives(stem: str, lang=None, home=None) -> list:
    """A module's learning objectives, as its course notebook states them (one string per objective).

    >>> objectives("05_damage", lang="en")[0][:20]        # doctest: +SKIP
    'put a money figure o'
    """
    cells = _markdown_cells(notebook_path(stem, lang, home=home))
    return _items_after(cells, re.compile(r"学习目标|Objectives"))


def key_points(stem: str, lang=None, home=None) -> list:
    """A module's key points (its notebook's closing 要点回顾 / Key points list)."""
    cells = _markdown_cells(notebook_path(stem, lang, home=home))
    return _items_after(cells, re.compile(r"^#+ .*(要点回顾|Key points)"))


def _unquote(text: str) -> str:
    lines = text.split("\n")
    body = [line[2:] if line.startswith("> ") else line.lstrip(">") for line in lines[1:]]
    return "\n".join(body).strip("\n")


def trainer_notes(stem: str, lang=None, home=None) -> list:
    """The trainer notes (✎ cells) of a module's course notebook, in order, as Markdown without the quote marks."""
    cells = _markdown_cells(notebook_path(stem, lang, home=home))
    return [_unquote(c) for c in cells if _NOTE.match(c.split("\n", 1)[0])]


def exercise_notes(stem: str, lang=None, home=None) -> list:
    """``[(exercise heading, note)]``: the trainer notes of a module's exercise answer key, each with the heading of
    the exercise it follows ("" for a note before the first exercise)."""
    heading, found = "", []
    for text in _markdown_cells(notebook_path(stem, lang, kind="answers", home=home)):
        first = text.split("\n", 1)[0]
        if _NOTE.match(first):
            found.append((heading, _unquote(text)))
        elif first.startswith("## "):
            heading = first[3:].strip()
    return found


def _bullets(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def _catalog_list(key, lang) -> list:
    value = t(key, lang=lang) if has(key, lang) else ""
    return [line.strip() for line in value.split("\n") if line.strip()]


def _demote(text: str, by: int) -> str:
    """Markdown headings of ``text`` moved ``by`` levels down (a notebook's notes inside a guide section)."""
    return re.sub(r"^(#+) ", lambda m: "#" * min(6, len(m.group(1)) + by) + " ", text, flags=re.M)


def _level(level) -> int:
    """A Markdown heading level (1 to 5: a module's parts go one level further)."""
    from ._check import check_number

    return check_number("level", level, low=1, high=5, integer=True)


def module_guide(stem: str, lang=None, home=None, level: int = 3, notes: bool = True) -> str:
    """How one module runs, as Markdown: objectives, timing table, where learners get stuck, discussion prompts,
    the group activity, the exercises and how to debrief them, then the notebook's own trainer notes
    (``notes=False``: without the answer-key and notebook notes, for the printed summary).

    Examples
    --------
    >>> text = module_guide("02_kano", lang="en")
    >>> "| Part | Time |" in text
    True
    """
    from ._check import check_bool

    lang = _lang(lang)
    stem = course._stem(stem)
    notes = check_bool("notes", notes)
    level = _level(level)
    h = "#" * level
    label = (lambda key, **fmt: t(f"trainer.label.{key}", lang=lang, **fmt))
    number = _number(stem)
    title = t(f"welcome.course.title.{stem}", lang=lang)
    course_nb = notebook_path(stem, lang, home=home)
    out = [f"{h} {t('course.agenda.module', lang=lang, number=number, title=title)}", ""]
    if course_nb is not None:
        out += [label("notebook", path=f"notebooks/{lang}/{course_nb.name}"), ""]
    goals = objectives(stem, lang, home)
    if goals:
        out += [f"**{label('objectives')}**", "", _bullets(goals), ""]
    out += [course.timing_markdown(stem, lang), ""]
    core = course.module_minutes(stem, core=True)
    separator = t("course.agenda.separator", lang=lang)
    # the agendas that run this module in its core form, read from the agendas themselves
    short = [name for name, days in course.AGENDAS.items()
             if any(b.kind == "module" and b.stem == stem and b.core for day in days for b in day)]
    dropped = separator.join(course.timing(stem, lang).query("not core")["label"])
    if not dropped:
        out += [label("no_core"), ""]
    else:
        used = (label("core_agendas", agendas=separator.join(t(f"course.agenda.name.{name}.title", lang=lang)
                                                             for name in short))
                if short else label("core_no_agenda"))
        out += [label("core", minutes=core, full=course.module_minutes(stem), dropped=dropped)
                + ("" if lang == "zh" else " ") + used, ""]
    for part in ("stuck", "prompts"):
        items = _catalog_list(f"trainer.module.{stem}.{part}", lang)
        if items:
            out += [f"**{label(part)}**", "", _bullets(items), ""]
    activity = f"trainer.module.{stem}.activity"
    if has(activity, lang):
        out += [f"**{label('activity')}**", "", t(activity, lang=lang), ""]
    answers = notebook_path(stem, lang, kind="answers", home=home)
    if answers is not None:
        minutes = course.EXERCISE_MINUTES.get(stem)
        out += [f"**{label('exercises')}**", "",
                label("answer_key", path=f"exercises/answer_keys/{lang}/{answers.name}", minutes=minutes), ""]
        debrief = f"trainer.module.{stem}.debrief"
        if has(debrief, lang):
            out += [t(debrief, lang=lang), ""]
        for heading, note in exercise_notes(stem, lang, home) if notes else []:
            out += [f"*{heading}*" if heading else "", "", _demote(note, level + 1), ""]
    course_notes = trainer_notes(stem, lang, home) if notes else []
    if course_notes:
        out += [f"**{label('notes')}**", ""]
        for note in course_notes:
            out += [_demote(_strip_timing(note), level + 1), "", "---", ""]
    key = key_points(stem, lang, home)
    if key:
        out += [f"**{label('key_points')}**", "", _bullets(key), ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n")


def _strip_timing(note: str) -> str:
    """A trainer note without its timing table (the guide shows the generated one once, above)."""
    lines = note.split("\n")
    if lines and re.match(r"^\*\*(课程安排|Session plan)", lines[0]):
        rest = lines[1:]
        while rest and (not rest[0].strip() or rest[0].startswith("|")):
            rest = rest[1:]
        return "\n".join(rest)
    return note


def guide_section(section: str, lang=None, home=None, level: int = 2, notes: bool = True) -> str:
    """One section of the trainer guide as Markdown (its title at ``level``, then its body).

    Parameters
    ----------
    section : str
        One of :data:`GUIDE_SECTIONS`, or a module stem for one module's part of ``modules``.
    notes : bool, default True
        For modules: with the answer-key and notebook trainer notes (see :func:`module_guide`).
    """
    from ._check import check_bool, error

    lang = _lang(lang)
    notes = check_bool("notes", notes)
    level = _level(level)
    if not isinstance(section, str) or section not in (*GUIDE_SECTIONS, *course.TIMINGS):
        raise error("trainer.error.unknown_section", value=section,
                    accepted=", ".join((*GUIDE_SECTIONS, *course.TIMINGS)))
    if section in course.TIMINGS:
        return module_guide(section, lang, home, level=level, notes=notes)
    head = "#" * level + " " + t(f"trainer.guide.{section}.title", lang=lang)
    if section in _TEXT_SECTIONS:
        body = t(f"trainer.guide.{section}.body", lang=lang)
    elif section == "agendas":
        body = t("trainer.guide.agendas.body", lang=lang) + "\n\n" + "\n\n".join(
            course.agenda_markdown(name, lang, heading_level=level + 1) for name in course.AGENDAS)
    elif section == "modules":
        body = t("trainer.guide.modules.body", lang=lang) + "\n\n" + "\n\n".join(
            module_guide(stem, lang, home, level=level + 1, notes=notes) for stem in course.TIMINGS)
    else:
        body = t("trainer.guide.glossary.body", lang=lang) + "\n\n" + glossary_markdown(lang)
    return head + "\n\n" + body


def guide_markdown(lang=None, home=None) -> str:
    """The whole trainer guide as one Markdown text (title, then every section of :data:`GUIDE_SECTIONS`)."""
    lang = _lang(lang)
    return "\n\n".join([f"# {t('trainer.guide.title', lang=lang)}"] +
                       [guide_section(s, lang, home) for s in GUIDE_SECTIONS]) + "\n"


# -- the glossary -------------------------------------------------------------------------------------------------
def glossary_table(lang=None) -> pd.DataFrame:
    """The course glossary for people: the term in ``lang``, the term in the other language and the definition,
    sorted by the term (English without case; Chinese in character-code order).

    Examples
    --------
    >>> g = glossary_table("zh").set_index("term")
    >>> g.loc["关键时刻", "en"]
    'moment of truth'
    """
    from .i18n import glossary

    lang = _lang(lang)
    other = next(code for code in LANGUAGES if code != lang)
    table = glossary(lang)
    table = table[table[lang].map(lambda term: bool(re.search(r"\w", term or "")))]  # not the quotation-mark rule
    frame = pd.DataFrame({"term": table[lang], other: table[other], "definition": table["definition"]})
    key = frame["term"].str.lower() if lang == "en" else frame["term"]
    return frame.iloc[key.argsort(kind="stable")].reset_index(drop=True)


def glossary_markdown(lang=None) -> str:
    """The glossary as a Markdown table (term, the other language's term, definition)."""
    lang = _lang(lang)
    frame = glossary_table(lang)
    other = frame.columns[1]
    head = [t("trainer.glossary.column.term", lang=lang), t(f"trainer.glossary.column.{other}", lang=lang),
            t("trainer.glossary.column.definition", lang=lang)]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---|"]
    lines += [f"| **{course._cell(r.term)}** | {course._cell(getattr(r, other))} | {course._cell(r.definition)} |"
              for r in frame.itertuples()]
    return "\n".join(lines)


def generated(what: str, arg, lang) -> str:
    """The guide's build-time texts for ``tools/nbbuild.py`` (see :func:`cxlab.course.generated`): ``glossary``
    (the table), ``guide <section>``; besides the sections, ``title`` is the guide's title line and
    ``modules_head`` the modules section without the modules (the notebook gives each module its own cell)."""
    from ._check import check_choice, check_text

    what = check_choice("what", what, ("glossary", "guide"))
    lang = _lang(lang)
    if what == "glossary":
        return glossary_markdown(lang)
    arg = check_text("arg", arg)
    if arg == "title":
        return f"# {t('trainer.guide.title', lang=lang)}"
    if arg == "modules_head":
        return "## " + t("trainer.guide.modules.title", lang=lang) + "\n\n" + t("trainer.guide.modules.body", lang=lang)
    return guide_section(arg, lang, level=3 if arg in course.TIMINGS else 2)
