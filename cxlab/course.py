"""The course itself: its modules, where its notebooks live, and the small demo of the welcome notebook.

* :data:`COURSE` lists the modules once (number, notebook stem, the source article it is built on);
  :func:`course_map` turns it into a table with titles from the catalog and the availability of each module
  computed from the notebooks present on disk, so the map can never claim a module that is not there.
* :func:`kit_home` finds the folder holding ``notebooks/`` and ``exercises/``: an explicit folder, else
  ``$CXLAB_HOME``, else the checkout this package was imported from (``Path(cxlab.__file__).parents[1]``).
* :data:`TIMINGS` records, once, how each module runs: its parts in teaching order with their minutes, their kind
  (talk, case, activity, demo, discussion) and whether a short ("core") run keeps them; :data:`EXERCISE_MINUTES` the
  time of each module's exercise notebook. The trainer-notes timing table of every course notebook is generated from
  it (:func:`timing_markdown`, put into the Markdown by ``tools/nbbuild.py``), and so are the agendas.
* :data:`AGENDAS` / :func:`agenda`: the one-day and two-day workshops and the half-day "CX for managers", each a
  list of blocks (a module in full or core form, a module's exercises, a break, lunch) timed from the modules' own
  minutes, so a change of a module's timing shows up in every agenda.
* :func:`complaint_split` / :func:`plot_complaint_split` / :class:`ComplaintDemo` are the welcome notebook's
  widget demo (a slider for the share of unhappy customers who complain, redrawing a bar chart).

Examples
--------
>>> from cxlab import course
>>> [m.stem for m in course.COURSE][:3]
['00_welcome', '01_pyramid', '02_kano']
>>> course.complaint_split(customers=200, complaint_share=0.05)["customers"].tolist()
[10.0, 190.0]
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .i18n import LANGUAGES, get_language, t

__all__ = [
    "Module", "COURSE", "SEEDS", "kit_home", "notebooks_dir", "exercises_dir", "course_map", "course_map_table",
    "Part", "PART_KINDS", "TIMINGS", "EXERCISE_MINUTES", "timing", "module_minutes", "timing_markdown",
    "Block", "AGENDAS", "agenda_names", "agenda", "agenda_overview", "agenda_days", "agenda_markdown", "agenda_html", "generated",
    "complaint_split", "plot_complaint_split", "ComplaintDemo",
]


@dataclass(frozen=True)
class Module:
    """One course module: its number, the stem of its notebook file and the seed articles it is built on."""

    number: int
    stem: str
    seeds: tuple = ()


#: The source articles of the course (``seeds/README.md`` of the design notes): id → topic key.
SEEDS = {
    "000": "damage",
    "001": "returns",
    "002": "pyramid",
    "003": "journey",
    "004": "value",
}

#: The course map, in teaching order. A module is "available" when a notebook ``NN_*.ipynb`` with its number
#: exists in ``notebooks/<lang>/`` (the stem here is the expected name; the file found wins).
COURSE = (
    Module(0, "00_welcome", ()),
    Module(1, "01_pyramid", ("002",)),
    Module(2, "02_kano", ("002", "003")),
    Module(3, "03_servqual", ("001", "003")),
    Module(4, "04_journey", ("003",)),
    Module(5, "05_damage", ("000",)),
    Module(6, "06_returns", ("001",)),
    Module(7, "07_value", ("004",)),
    Module(8, "08_capstone", ("000", "001", "002", "003", "004")),
)


def kit_home(home=None) -> Path:
    """The folder holding the course's ``notebooks/`` and ``exercises/``.

    Parameters
    ----------
    home : str or Path, optional
        An explicit folder. Otherwise ``$CXLAB_HOME``, otherwise the checkout this package lives in.
    """
    if home is not None:
        from ._check import invalid

        if not isinstance(home, (str, os.PathLike)) or not str(home).strip():
            raise invalid("home", home, t("course.takes.home"))
        return Path(home).expanduser().resolve()
    env = os.environ.get("CXLAB_HOME", "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return Path(__file__).resolve().parents[1]


def _lang(lang):
    from .i18n import _bad_language

    if lang is None:
        return get_language()
    if not isinstance(lang, str) or lang not in LANGUAGES:
        _bad_language(lang)
    return lang


def notebooks_dir(lang=None, home=None) -> Path:
    """``<home>/notebooks/<lang>``: the course notebooks of one language (the folder may not exist)."""
    return kit_home(home) / "notebooks" / _lang(lang)


def exercises_dir(lang=None, home=None) -> Path:
    """``<home>/exercises/<lang>``: the learner exercise notebooks of one language (never the answer keys)."""
    return kit_home(home) / "exercises" / _lang(lang)


def course_map(lang=None, home=None) -> pd.DataFrame:
    """The course map: one row per module of :data:`COURSE`, in order.

    Columns: ``module`` (int), ``stem``, ``title`` (catalog, in ``lang``), ``seeds`` (the seed article ids,
    ``"002/003"``; empty for the welcome module), ``notebook`` (the file found, else the expected name) and
    ``available`` (bool: a notebook with that module number exists in ``notebooks/<lang>/``).

    Examples
    --------
    >>> from cxlab import course
    >>> m = course.course_map(lang="en")
    >>> list(m.columns)
    ['module', 'stem', 'title', 'seeds', 'notebook', 'available']
    >>> len(m) == len(course.COURSE)
    True
    """
    lang = _lang(lang)
    folder = notebooks_dir(lang, home)
    rows = []
    for module in COURSE:
        found = sorted(folder.glob(f"{module.number:02d}_*.ipynb")) if folder.is_dir() else []
        preferred = [p for p in found if p.stem == module.stem]
        chosen = (preferred or found or [None])[0]
        rows.append({
            "module": module.number,
            "stem": module.stem,
            "title": t(f"welcome.course.title.{module.stem}", lang=lang),
            "seeds": "/".join(module.seeds),
            "notebook": chosen.name if chosen is not None else f"{module.stem}.ipynb",
            "available": chosen is not None,
        })
    return pd.DataFrame(rows, columns=["module", "stem", "title", "seeds", "notebook", "available"])


def course_map_table(frame: pd.DataFrame | None = None, lang=None) -> pd.DataFrame:
    """The course map labelled for people: translated headers and status, module numbers as ``"00"``.

    Examples
    --------
    >>> from cxlab import course
    >>> course.course_map_table(lang="en").columns.tolist()
    ['Module', 'Topic', 'Source article', 'Status']
    """
    from ._check import check_array, check_frame

    lang = _lang(lang)
    if frame is None:
        frame = course_map(lang)
    else:
        frame = check_frame("frame", frame, columns=("module", "title", "seeds", "available"))
        check_array("frame['module']", frame["module"], low=0, integer=True)
    status = {True: t("welcome.course.status.available", lang=lang),
              False: t("welcome.course.status.preparing", lang=lang)}
    none = t("welcome.course.no_seed", lang=lang)
    return pd.DataFrame({
        t("welcome.course.column.module", lang=lang): [f"{n:02d}" for n in frame["module"]],
        t("welcome.course.column.title", lang=lang): list(frame["title"]),
        t("welcome.course.column.seeds", lang=lang): [s or none for s in frame["seeds"]],
        t("welcome.course.column.status", lang=lang): [status[bool(a)] for a in frame["available"]],
    })


# -- timings: recorded once ------------------------------------------------------------------------------------
#: What a part of a module is: a talk, a case worked through together, a group activity (the room does something),
#: a live demo with the explorer, a discussion. Labels: ``course.kind.<kind>``.
PART_KINDS = ("talk", "case", "activity", "demo", "discussion")


@dataclass(frozen=True)
class Part:
    """One part of a module's session: its catalog key (label ``course.part.<stem>.<key>``, optional trainer's
    remark ``course.note.<stem>.<key>``), its minutes, its kind (:data:`PART_KINDS`) and whether the short
    ("core") run of the module used by the one-day and half-day agendas keeps it."""

    key: str
    minutes: int
    kind: str = "talk"
    core: bool = True


#: Each module's session, part by part, in teaching order (keys: the stems of :data:`COURSE`). The numbers here are
#: the only place a module's minutes are written: the notebooks' timing tables and the agendas are made from them.
TIMINGS = {
    "00_welcome": (
        Part("kit", 5), Part("cells", 5, "demo"), Part("map", 4, core=False),
        Part("feedback", 8, "activity", core=False), Part("slider", 5, "discussion", core=False), Part("help", 3),
    ),
    "01_pyramid": (
        Part("opening", 5, "activity"), Part("levels", 10), Part("gating", 10), Part("scoring", 8),
        Part("retailer", 10, "case"), Part("airline", 10, "case", core=False), Part("hotel", 7, "case", core=False),
        Part("links", 8), Part("internal", 7, "case", core=False), Part("explorer", 5, "demo"),
        Part("group", 8, "activity"), Part("keypoints", 2),
    ),
    "02_kano": (
        Part("opening", 3), Part("origin", 7), Part("paired", 10, "activity"), Part("table", 10),
        Part("case", 20, "case"), Part("better_worse", 12), Part("dumouchel", 7, core=False),
        Part("first", 5, "discussion"), Part("pyramid", 5, core=False), Part("explorer", 8, "demo"),
        Part("wrapup", 3, "discussion"),
    ),
    "03_servqual": (
        Part("opening", 3), Part("origin", 10), Part("dimensions", 8, "activity"), Part("questionnaire", 7),
        Part("bank", 30, "case"), Part("telecom", 7, "case", core=False), Part("servperf", 7, core=False),
        Part("zones", 7, core=False), Part("links", 5), Part("explorer", 6, "demo"),
    ),
    "04_journey": (
        Part("economy", 15), Part("map", 20), Part("mot", 25, "case"), Part("pain", 15, "discussion"),
        Part("pricing", 15, core=False), Part("try", 10, "demo", core=False), Part("group", 40, "activity"),
        Part("keypoints", 10, "discussion"),
    ),
    "05_damage": (
        Part("why", 10), Part("worked", 12, "activity"), Part("wom", 5), Part("retailer", 25, "case"),
        Part("hotel", 10, "case", core=False), Part("own", 5, core=False), Part("uses", 10, "demo"),
        Part("keypoints", 3),
    ),
    "06_returns": (
        Part("returns", 10), Part("clv", 10, "activity"), Part("investment", 10, "activity"),
        Part("cases", 20, "activity"), Part("targeted", 5, core=False), Part("promoter", 10),
        Part("elements", 12, "demo", core=False), Part("keypoints", 3),
    ),
    "07_value": (
        Part("opening", 3, "discussion"), Part("what", 10), Part("theories", 7, core=False), Part("measuring", 20),
        Part("real", 15, "demo"), Part("behaviour", 8), Part("complaints", 12, "case"), Part("feedback", 10),
        Part("industries", 7, "case", core=False), Part("keypoints", 3),
    ),
    "08_capstone": (
        Part("story", 5), Part("pyramid", 10, "case", core=False), Part("kano", 10, "case", core=False),
        Part("servqual", 10, "case", core=False), Part("journey", 15, "case"), Part("damage", 10, "case"),
        Part("returns", 10, "activity"), Part("nps", 10, "case"), Part("plan", 15, "activity"),
        Part("present", 15, "activity"), Part("keypoints", 5, "discussion"),
    ),
}

#: Minutes of each module's exercise notebook (``exercises/<lang>/NN_*.ipynb``), as its trainer notes plan them.
EXERCISE_MINUTES = {
    "01_pyramid": 25, "02_kano": 35, "03_servqual": 30, "04_journey": 30, "05_damage": 25, "06_returns": 20,
    "07_value": 30, "08_capstone": 30,
}


def _stem(stem) -> str:
    from ._check import error

    if not isinstance(stem, str) or stem not in TIMINGS:
        raise error("course.error.unknown_module", value=stem, accepted=", ".join(TIMINGS))
    return stem


def _core(core) -> bool:
    from ._check import check_bool

    return check_bool("core", core)


def timing(stem: str, lang=None, core=False) -> pd.DataFrame:
    """One module's session plan: a row per part, in teaching order.

    Parameters
    ----------
    stem : str
        A module of :data:`TIMINGS` (``"02_kano"``).
    lang : {'zh', 'en'}, optional
        Language of the labels (default: the current language).
    core : bool, default False
        Only the parts a short run keeps.

    Returns
    -------
    pandas.DataFrame
        Columns ``part`` (key), ``label``, ``minutes``, ``kind``, ``core``, ``note`` (the trainer's remark, or ``""``),
        ``start`` (minutes from the start of the module).

    Examples
    --------
    >>> from cxlab import course
    >>> plan = course.timing("02_kano", lang="en")
    >>> int(plan["minutes"].sum()), plan.loc[0, "label"]
    (90, 'Opening and objectives')
    """
    from .i18n import has

    stem, lang, core = _stem(stem), _lang(lang), _core(core)
    parts = [p for p in TIMINGS[stem] if p.core or not core]
    rows, clock = [], 0
    for part in parts:
        note = f"course.note.{stem}.{part.key}"
        rows.append({"part": part.key, "label": t(f"course.part.{stem}.{part.key}", lang=lang),
                     "minutes": part.minutes, "kind": part.kind, "core": part.core,
                     "note": t(note, lang=lang) if has(note, lang) else "", "start": clock})
        clock += part.minutes
    return pd.DataFrame(rows, columns=["part", "label", "minutes", "kind", "core", "note", "start"])


def module_minutes(stem: str, core=False) -> int:
    """Minutes of one module's session (all parts, or the core ones).

    >>> module_minutes("02_kano"), module_minutes("02_kano", core=True)
    (90, 78)
    """
    stem, core = _stem(stem), _core(core)
    return sum(p.minutes for p in TIMINGS[stem] if p.core or not core)


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def timing_markdown(stem: str, lang=None) -> str:
    """The trainer-notes timing table of a course notebook (Markdown): a heading with the total, one row per part
    (a third column with the trainer's remarks when the module has any). ``tools/nbbuild.py`` puts it into the
    notebook where the source says ``{{cxlab timing <stem>}}``.

    Examples
    --------
    >>> print(timing_markdown("00_welcome", lang="en").splitlines()[0])
    **Session plan (30 minutes in all)**
    """
    stem, lang = _stem(stem), _lang(lang)
    plan = timing(stem, lang)
    notes = plan["note"].map(bool).any()
    minutes = (lambda n: t("course.timing.minutes", lang=lang, minutes=n))
    head = [t("course.timing.column.part", lang=lang), t("course.timing.column.time", lang=lang)]
    if notes:
        head.append(t("course.timing.column.note", lang=lang))
    lines = [t("course.timing.heading", lang=lang, minutes=int(plan["minutes"].sum())), "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in plan.itertuples():
        cells = [_cell(row.label), minutes(row.minutes)] + ([_cell(row.note)] if notes else [])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# -- agendas ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    """One block of an agenda: ``kind`` is ``"module"`` (a module's session, ``core=True`` for its short run),
    ``"exercises"`` (a module's exercise notebook), ``"break"`` or ``"lunch"`` (``minutes`` long)."""

    kind: str
    stem: str = ""
    core: bool = False
    minutes: int = 0


BREAK, LUNCH = Block("break", minutes=15), Block("lunch", minutes=60)

#: The workshops, day by day. The minutes of module and exercise blocks are not written here: they come from
#: :data:`TIMINGS` and :data:`EXERCISE_MINUTES`.
AGENDAS = {
    "one_day": (
        (Block("module", "00_welcome", core=True), Block("module", "01_pyramid", core=True), BREAK,
         Block("module", "02_kano", core=True), LUNCH, Block("module", "04_journey", core=True), BREAK,
         Block("module", "05_damage", core=True), Block("exercises", "05_damage")),
    ),
    "two_day": (
        (Block("module", "00_welcome", core=True), Block("module", "01_pyramid"), BREAK, Block("module", "02_kano"),
         LUNCH,
         Block("module", "03_servqual"), BREAK, Block("module", "05_damage")),
        # day 2 ends with the capstone (its short run: day 1 taught the pyramid, KANO and SERVQUAL); the journey
        # module's short run leaves the pricing of pain points to the capstone's damage step
        (Block("module", "04_journey", core=True), LUNCH, Block("module", "06_returns"), BREAK,
         Block("module", "07_value"), Block("module", "08_capstone", core=True)),
    ),
    "managers": (
        (Block("module", "01_pyramid", core=True), BREAK, Block("module", "05_damage", core=True),
         Block("module", "06_returns", core=True)),
    ),
}

AGENDA_COLUMNS = ["day", "start", "end", "minutes", "kind", "stem", "module", "activity"]


def agenda_names() -> list:
    """The agendas :func:`agenda` knows, in the order a trainer is offered them.

    >>> agenda_names()
    ['one_day', 'two_day', 'managers']
    """
    return list(AGENDAS)


def _agenda_name(name) -> str:
    from ._check import error

    if not isinstance(name, str) or name not in AGENDAS:
        raise error("course.error.unknown_agenda", value=name, accepted=", ".join(AGENDAS))
    return name


def _clock(start) -> int:
    """Minutes after midnight of an ``"HH:MM"`` clock time."""
    from ._check import error

    match = re.fullmatch(r"\s*([01]?\d|2[0-3]):([0-5]\d)\s*", start) if isinstance(start, str) else None
    if match is None:
        raise error("course.error.bad_start", value=start)
    return int(match.group(1)) * 60 + int(match.group(2))


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _block_minutes(block: Block) -> int:
    if block.kind == "module":
        return module_minutes(block.stem, core=block.core)
    if block.kind == "exercises":
        return EXERCISE_MINUTES[block.stem]
    return block.minutes


def _module_label(stem, lang, core=False) -> str:
    number = next(m.number for m in COURSE if m.stem == stem)
    title = t(f"welcome.course.title.{stem}", lang=lang)
    label = t("course.agenda.module", lang=lang, number=number, title=title)
    return label + (t("course.agenda.core", lang=lang) if core else "")


def _activity(block: Block, lang) -> str:
    if block.kind in ("break", "lunch"):
        return t(f"course.agenda.{block.kind}", lang=lang)
    if block.kind == "exercises":
        return t("course.agenda.exercises", lang=lang, notebook=_exercise_notebook(block.stem))
    plan = timing(block.stem, lang, core=block.core)
    shown = plan[plan["kind"].isin(("activity", "case"))]["label"]
    # without the notebook's section numbers ("4 案例一：…" → "案例一：…"): an agenda names what happens
    return t("course.agenda.separator", lang=lang).join(_SECTION_NUMBER.sub("", label) for label in shown)


_SECTION_NUMBER = re.compile(r"^\d+(?:[–—-]\d+)?\s+")


def _exercise_notebook(stem) -> str:
    number = next(m.number for m in COURSE if m.stem == stem)
    found = sorted((kit_home() / "exercises" / "src").glob(f"{number:02d}_*.py"))
    return (found[0].stem if found else stem) + ".ipynb"


def agenda(name: str, lang=None, start="09:00") -> pd.DataFrame:
    """A workshop's timed agenda, one row per block, every day starting at ``start``.

    Module blocks last their module's minutes (:func:`module_minutes`, in full or core form), exercise blocks
    their :data:`EXERCISE_MINUTES`; breaks are 15 minutes, lunch 60. A change to :data:`TIMINGS` changes the
    clock times of every agenda that holds the module.

    Parameters
    ----------
    name : str
        One of :func:`agenda_names`: ``"one_day"`` (≈ 6 teaching hours), ``"two_day"`` (≈ 12) or ``"managers"``
        (half a day on the pyramid, damage and return).
    lang : {'zh', 'en'}, optional
        Language of the ``module`` and ``activity`` texts (default: the current language).
    start : str, default "09:00"
        The clock time each day starts, ``"HH:MM"`` (24-hour).

    Returns
    -------
    pandas.DataFrame
        Columns ``day`` (1, 2 …), ``start`` / ``end`` (``"HH:MM"``), ``minutes``, ``kind`` (``module``,
        ``exercises``, ``break``, ``lunch``), ``stem`` (the module, ``""`` for breaks), ``module`` (its number,
        title and "core" mark), ``activity`` (a module's group activities and cases; what an exercise or break is).

    Raises
    ------
    cxlab.InputError
        An unknown agenda or language, a start that is not ``HH:MM``, or a start so late that a day would run past
        midnight.

    Examples
    --------
    >>> from cxlab import course
    >>> day = course.agenda("managers", lang="en", start="13:30")
    >>> day["start"].iloc[0], day["end"].iloc[0], int(day["minutes"].iloc[0])
    ('13:30', '14:36', 66)
    >>> day["end"].iloc[-1]
    '16:59'
    """
    from . import InputError

    name, lang = _agenda_name(name), _lang(lang)
    first = _clock(start)
    rows = []
    for day, blocks in enumerate(AGENDAS[name], start=1):
        clock = first
        for block in blocks:
            minutes = _block_minutes(block)
            rows.append({"day": day, "start": clock, "end": clock + minutes, "minutes": minutes,
                         "kind": block.kind, "stem": block.stem,
                         "module": _module_label(block.stem, lang, block.core) if block.stem else "",
                         "activity": _activity(block, lang)})
            clock += minutes
        if clock > 24 * 60:
            latest = _hhmm(24 * 60 - (clock - first))
            raise InputError(t("course.error.late_start", value=start, latest=latest))
    frame = pd.DataFrame(rows, columns=AGENDA_COLUMNS)
    frame["start"] = frame["start"].map(_hhmm)
    frame["end"] = frame["end"].map(_hhmm)
    return frame


def agenda_days(name: str) -> list:
    """Teaching minutes (modules and exercises, not breaks or lunch) of each day of an agenda.

    >>> agenda_days("one_day"), agenda_days("two_day"), agenda_days("managers")
    ([372], [363, 385], [194])
    """
    name = _agenda_name(name)
    return [sum(_block_minutes(b) for b in blocks if b.kind in ("module", "exercises")) for blocks in AGENDAS[name]]


def agenda_overview(lang=None) -> pd.DataFrame:
    """The agendas a trainer can choose from, labelled for people: name (for :func:`agenda` and ``cxlab agenda``),
    title, days, teaching time and what it is for.

    Examples
    --------
    >>> table = agenda_overview("en")
    >>> table.index[0], table.iloc[0, [0, 2]].tolist()
    ('one_day', ['One-day workshop: CX essentials', '6 h 12 min'])
    """
    lang = _lang(lang)
    label = (lambda key: t(f"course.agenda.overview.{key}", lang=lang))
    rows = [[name, t(f"course.agenda.name.{name}.title", lang=lang), len(agenda_days(name)),
             _hours(sum(agenda_days(name)), lang), t(f"course.agenda.name.{name}.description", lang=lang)]
            for name in AGENDAS]
    frame = pd.DataFrame(rows, columns=[label(k) for k in ("name", "title", "days", "teaching", "description")])
    return frame.set_index(label("name"))   # the name a trainer types, not a row number


def _hours(minutes: int, lang) -> str:
    return t("course.agenda.hours", lang=lang, hours=minutes // 60, minutes=minutes % 60)


def _agenda_table(name, lang, start) -> tuple:
    """(title, summary line, [(day heading, display frame)]) of an agenda, in ``lang``."""
    frame = agenda(name, lang, start)
    columns = {c: t(f"course.agenda.column.{c}", lang=lang) for c in ("time", "minutes", "module", "activity")}
    days = agenda_days(name)
    summary = t("course.agenda.summary", lang=lang, teaching=_hours(sum(days), lang))
    parts = []
    for day, rows in frame.groupby("day", sort=True):
        shown = pd.DataFrame({
            columns["time"]: [t("core.range", lang=lang, low=a, high=b) for a, b in zip(rows["start"], rows["end"])],
            columns["minutes"]: [t("course.timing.minutes", lang=lang, minutes=m) for m in rows["minutes"]],
            columns["module"]: list(rows["module"]),
            columns["activity"]: list(rows["activity"]),
        })
        heading = t("course.agenda.day", lang=lang, day=int(day), teaching=_hours(days[int(day) - 1], lang))
        parts.append((heading, shown))
    return t(f"course.agenda.name.{name}.title", lang=lang), summary, parts


def agenda_markdown(name: str, lang=None, start="09:00", heading_level: int = 2) -> str:
    """An agenda as Markdown: title, what it is for, the teaching time, and one timed table per day.

    >>> print(agenda_markdown("managers", lang="en").splitlines()[0])
    ## Half a day: CX for managers
    """
    from ._check import check_number

    lang = _lang(lang)
    level = check_number("heading_level", heading_level, low=1, high=5, integer=True)
    title, summary, days = _agenda_table(name, lang, start)
    lines = ["#" * level + " " + title, "", t(f"course.agenda.name.{name}.description", lang=lang), "", summary]
    for heading, shown in days:
        lines += ["", "#" * (level + 1) + " " + heading, "", "| " + " | ".join(shown.columns) + " |",
                  "|" + "---|" * len(shown.columns)]
        lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in shown.itertuples(index=False)]
    return "\n".join(lines)


def agenda_html(name: str, lang=None, start="09:00") -> str:
    """An agenda as a self-contained HTML page (a table per day), for a browser or a projector.

    >>> "<table>" in agenda_html("one_day", lang="en")
    True
    """
    import html

    lang = _lang(lang)
    title, summary, days = _agenda_table(name, lang, start)
    esc = html.escape
    body = [f"<h1>{esc(title)}</h1>", f"<p>{esc(t(f'course.agenda.name.{name}.description', lang=lang))}</p>",
            f"<p>{esc(summary)}</p>"]
    for heading, shown in days:
        head = "".join(f"<th>{esc(str(c))}</th>" for c in shown.columns)
        rows = "".join("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in row) + "</tr>"
                       for row in shown.itertuples(index=False))
        body.append(f"<h2>{esc(heading)}</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    style = ("body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;margin:2em;}"
             "table{border-collapse:collapse;width:100%;}th,td{border:1px solid #999;padding:4px 8px;"
             "text-align:left;vertical-align:top;}th{background:#eee;}")
    return ("<!DOCTYPE html>\n<html lang=\"" + ("zh-CN" if lang == "zh" else "en") + "\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{style}</style></head><body>" + "".join(body) + "</body></html>\n")


def generated(what: str, arg: str | None = None, lang=None) -> str:
    """Text ``tools/nbbuild.py`` writes into a notebook at build time where the source has a line
    ``{{cxlab <what> <arg>}}``: ``timing <stem>`` (a module's timing table), ``agenda <name>``, ``agendas`` (all),
    and the trainer guide's pieces (``guide <section>``, ``glossary``; see :mod:`cxlab.trainer`).

    >>> generated("timing", "00_welcome", "en").startswith("**Session plan")
    True
    """
    from ._check import error

    kinds = ("timing", "agenda", "agendas", "guide", "glossary")
    if not isinstance(what, str) or what not in kinds:
        raise error("course.error.unknown_generated", value=what, accepted=", ".join(kinds))
    lang = _lang(lang)
    if what == "timing":
        return timing_markdown(arg, lang)
    if what == "agenda":
        return agenda_markdown(arg, lang, heading_level=3)
    if what == "agendas":
        return "\n\n".join(agenda_markdown(n, lang, heading_level=3) for n in AGENDAS)
    from . import trainer   # "guide" or "glossary"

    return trainer.generated(what, arg, lang)


# -- the welcome notebook's widget demo -------------------------------------------------------------------------
def complaint_split(customers: float = 100, complaint_share: float = 0.1) -> pd.DataFrame:
    """Split dissatisfied customers into those who complain and those who stay silent.

    A plain share of a total: ``complain = customers × complaint_share``, ``silent = customers − complain``.
    It only illustrates the idea taught in the damage module (seed 000): a complaint count shows the tip of
    the dissatisfaction, the silent majority does not appear in it.

    Parameters
    ----------
    customers : float
        Dissatisfied customers (≥ 0).
    complaint_share : float
        The share of them who complain, 0 to 1.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``group`` = ``'complain'``, ``'silent'``; columns ``customers`` and ``share``.

    Raises
    ------
    cxlab.InputError
        When a value is not a number or outside its range.

    Examples
    --------
    >>> complaint_split(customers=250, complaint_share=0.12)
          group  customers  share
    0  complain       30.0   0.12
    1    silent      220.0   0.88
    """
    from ._check import check_number

    customers = check_number("customers", customers, low=0)
    complaint_share = check_number("complaint_share", complaint_share, low=0, high=1)
    complain = customers * complaint_share
    return pd.DataFrame({
        "group": ["complain", "silent"],
        "customers": [round(complain, 6), round(customers - complain, 6)],
        "share": [round(complaint_share, 6), round(1 - complaint_share, 6)],
    })


def plot_complaint_split(frame: pd.DataFrame, ax=None):
    """Bar chart of :func:`complaint_split`: who complains, who stays silent (labels in the current language).
    Drawn by :class:`ComplaintChart` (which the demo updates in place).

    Examples
    --------
    >>> ax = plot_complaint_split(complaint_split(100, 0.1))    # doctest: +SKIP
    """
    from . import _check, style

    frame = _check.check_frame("frame", frame, columns=("group", "customers", "share"))
    ax = style.axes(ax, (7, 4.2))
    return ComplaintChart(ax, frame).ax


class ComplaintChart:
    """The complaint-split bars as a chart object: bar lengths, their labels and the title change in place."""

    def __init__(self, ax, frame):
        from . import style

        self.ax = ax
        labels = [t(f"welcome.demo.group.{g}") for g in frame["group"]]
        colours = [style.PALETTE[3], style.PALETTE[0]]
        self.bars = list(ax.barh(labels, [0.0] * len(frame), color=colours[: len(frame)]))
        self.texts = [ax.annotate("", xy=(0, bar.get_y() + bar.get_height() / 2), xytext=(6, 0),
                                  textcoords="offset points", va="center") for bar in self.bars]
        ax.invert_yaxis()
        ax.set_xlabel(t("welcome.demo.xlabel"))
        ax.grid(axis="y", visible=False)
        self.update(frame)

    def update(self, frame):
        total = float(frame["customers"].sum())
        for bar, text, value, share in zip(self.bars, self.texts, frame["customers"], frame["share"]):
            bar.set_width(float(value))
            text.set_text(t("welcome.demo.bar_label", customers=value, share=share))
            text.xy = (float(value), bar.get_y() + bar.get_height() / 2)
        self.ax.set_xlim(0, max(total, 1) * 1.35)
        self.ax.set_title(t("welcome.demo.title", customers=total))

    def artists(self):
        return [*self.bars, *self.texts, self.ax.title]


def _explorer_base():
    from .widgets.base import Explorer

    return Explorer


class ComplaintDemo(_explorer_base()):
    """A slider for the share of unhappy customers who complain; moving it updates the bar chart in place
    (on the shared explorer mechanism of :mod:`cxlab.widgets.base`).

    Controls are attributes (``share``: percent, 0–100); :meth:`update` recomputes with :func:`complaint_split`
    and updates the :class:`ComplaintChart`; ``result`` is the latest table, ``ax`` the chart's Axes;
    ``widget`` is the box to display.

    Examples
    --------
    >>> demo = ComplaintDemo(customers=100, share=10)     # doctest: +SKIP
    >>> demo.share.value = 25                              # doctest: +SKIP
    >>> demo.result["customers"].tolist()                  # doctest: +SKIP
    [25.0, 75.0]
    """

    picture = (700, 300)
    layout = "above"

    def __init__(self, customers: float = 100, share: float = 10):
        self.customers = customers
        self._share = share
        self.result = None
        self.ax = None
        super().__init__()

    def controls(self):
        import ipywidgets as widgets

        self.share = widgets.FloatSlider(
            value=self._share, min=0, max=100, step=1, description=t("welcome.demo.slider"),
            readout_format=".0f", continuous_update=False,
            style={"description_width": "initial"}, layout=widgets.Layout(width="32em"),
        )
        return [self.share]

    def compute(self):
        self.result = complaint_split(self.customers, self.share.value / 100)
        return self.result

    def build(self, figure, state):
        self.ax = figure.subplots()
        self.chart = ComplaintChart(self.ax, state)

    def draw(self, state):
        self.chart.update(state)

    def animated(self):
        return self.chart.artists()

    def static_key(self, state):
        return self.ax.get_xlim()

    def update(self, change=None):
        """Recompute and redraw from the current slider value."""
        super().update(change)
        return self.result
