"""Case handouts for facilitators: a case → print-ready HTML and PDF, in Chinese and English.

A facilitator preparing a workshop gets, for each table group, a printed case (the story, the data the group
needs, charts, questions to discuss, lined space to write) and one answer sheet for the facilitator. The
pipeline is one way, like the rest of the kit:

    case builder (cxlab models + datasets, text from the catalog)  →  :class:`Sheet`
    → HTML (Jinja2 template ``cxlab/templates/handout.html.j2`` + ``handout.css``, charts as SVG, the CJK
      font subset and embedded with ``@font-face``)  →  PDF (WeasyPrint, same HTML)  →  files, written atomically

* :func:`cases` — the registry: every :class:`Case` declared in the modules of ``cxlab/cases/``.
* :func:`case_table` — the cases with their course module and one-line description (``cxlab handout --list``).
* :func:`build` — the documents of one case in one language, in memory: the handout (one per group with
  ``groups=N``) and the facilitator's answer sheet covering every variant.
* :func:`write` — build, render and write them; an existing file is never replaced without ``force`` (then a
  ``.bak-…`` copy is kept), and a file whose content would not change is left alone and reported unchanged
  (a PDF made from the same HTML and untouched since, as recorded in the folder's ``.cxlab-handouts.json``, is
  not even rendered again).
* :func:`render_pdf` — one document to PDF bytes (deterministic: the same case, date and seed give the same bytes).

``cxlab handout`` (in :mod:`cxlab.cli`) is a thin shell over :func:`case_table` and :func:`write`.

Variants for table groups
-------------------------
``groups=N`` gives N variants of the case: the same story with different data, so groups cannot copy each other's
answers. A variant re-draws the case's data from the course dataset with a seeded generator (seed = ``seed``,
group number and case id): :meth:`Context.load` resamples rows with replacement (whole respondents with
``cluster=``, within ``strata=`` such as before/after), :meth:`Context.vary` moves a case parameter within a
plausible relative range. Every number a handout prints comes from the models run on that variant's data, and
the answer sheet runs the same builder, so its answers match each variant's own results. Without ``groups`` the
handout uses the course data exactly, so its numbers are the notebook's.

How a module adds its case (one entry)
--------------------------------------
1. Create ``cxlab/cases/<room>.py`` (e.g. ``cxlab/cases/servqual.py``) holding a builder function and one
   :class:`Case` entry in ``CASES`` — that list is all the registry reads (files starting with ``_`` are skipped)::

       from ..handouts import Case, Question
       from .. import servqual

       def bank_branch(ctx):
           answers = ctx.load("servqual_bank", cluster="respondent")   # the course data, or a group's re-draw
           result = servqual.gaps(answers)
           worst = result.dimensions["gap"].idxmin()
           gap = result.dimensions.loc[worst, "gap"]
           return ctx.sheet(
               story={"respondents": ctx.num(answers["respondent"].nunique())},   # fills {respondents} in .story
               data=[ctx.table(result.dimensions, "dimensions",                    # caption key .table.dimensions
                               formats={c: lambda v: ctx.num(v, 2) for c in ("expectation", "perception", "gap")}),
                     ctx.figure(servqual.plot_gaps, result, caption="gaps")],      # caption key .figure.gaps
               questions=[
                   Question(ctx.t("q.worst.text"),
                            ctx.t("q.worst.answer", dimension=ctx.term(f"servqual.dimension.{worst}"),
                                  gap=ctx.num(gap, 2)), lines=4),
               ],
               key_numbers=[ctx.num(gap, 2)],
           )

       CASES = [Case("servqual_bank", module="03_servqual", build=bank_branch)]

   ``module`` is the course stem of :data:`cxlab.course.COURSE`; the case id names the output files. Data for
   the groups: ``ctx.load(name, cluster=...)`` draws whole respondents, ``strata=...`` draws within groups such
   as before/after, ``resample=False`` returns a parameter table untouched; move a case parameter with
   ``ctx.vary(value, spread, digits)`` (the course data keeps the value itself). Run models under the handout's
   language (the builder is called with it set), use the models' own plot functions for charts
   (``ctx.figure(plot, *args, caption=..., size=(w, h))``, drawn as SVG; ``panels=2`` for a plot function that
   takes ``axes=``), and never type a number into a text: format the model's result with ``ctx.num`` /
   ``ctx.pct`` / ``ctx.money``.
2. Put its texts in a catalog file of your own room, both languages, e.g. ``cxlab/locales/zh/servqual_handout.json``
   and ``.../en/servqual_handout.json``, under ``handouts.case.<case id>``::

       {"handouts": {"case": {"servqual_bank": {
           "title": "…", "summary": "one line for cxlab handout --list",
           "story": ["paragraph with {respondents} …", "second paragraph …"],
           "table": {"dimensions": "caption"}, "figure": {"gaps": "caption"},
           "q": {"worst": {"text": "question", "answer": "answer with {dimension} and {gap}"}}}}}}

   ``ctx.t("q.worst.text")`` reads ``handouts.case.<case id>.q.worst.text``; ``ctx.term(key)`` reads any other key.
3. Run ``cxlab handout servqual_bank --groups 3`` and look at the PDFs; ``tests/test_handouts.py`` picks the new
   case up by itself (PDF made in both languages, title and key numbers in its text, font embedded, pages drawn).

Numbers are formatted with :meth:`Context.num` / :meth:`Context.pct` / :meth:`Context.money` (never typed into
a text); ``key_numbers`` lists formatted numbers the tests look for in the PDF's text.

Examples
--------
>>> from cxlab import handouts
>>> sorted(handouts.cases())[:2]                              # doctest: +SKIP
['damage_hotel_checkin', 'damage_online_retailer']
>>> docs = handouts.build("kano_hotel_app", lang="en", groups=2)    # doctest: +SKIP
>>> [d.name for d in docs]                                    # doctest: +SKIP
['kano_hotel_app-en-group1', 'kano_hotel_app-en-group2', 'kano_hotel_app-en-groups2-answers']
"""
from __future__ import annotations

import base64
import html as _html
import importlib
import io
import numbers
import os
import pkgutil
import string
import zlib
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import datetime as _datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from . import files
from .i18n import LANGUAGES, get_language, t

__all__ = [
    "Case", "Question", "Table", "Figure", "Sheet", "Context", "Document", "Written", "FORMATS",
    "cases", "case_table", "build", "render_pdf", "write", "jobs", "font_face", "missing_glyphs",
    "PDF_PACKAGES", "FONT_PACKAGES", "pdf_fix", "pdf_check", "weasyprint_module",
]

#: Output formats, and what ``both`` stands for.
FORMATS = ("pdf", "html", "both")

#: Default seed of the group variants (``--seed``).
DEFAULT_SEED = 1

#: Resolution matplotlib assumes inside the SVG charts (markers and line widths; the charts themselves are vector).
DPI = 200

#: matplotlib settings of the SVG charts: text drawn as paths (no font lookup in the browser or in WeasyPrint's
#: SVG renderer, so Chinese labels look the same everywhere) and fixed ids (the same chart gives the same bytes).
SVG_RC = {"svg.fonttype": "path", "svg.hashsalt": "cxlab", "svg.image_inline": True}

#: Largest number of table groups a run accepts.
MAX_GROUPS = 50


def _error(key, **fmt):
    from ._check import error

    return error(f"handouts.error.{key}", **fmt)   # values shown as a person writes them


# -- the registry -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    """One case a facilitator can print.

    Parameters
    ----------
    id : str
        Names the case on the command line and in file names (``kano_hotel_app``); its texts live in the catalog
        under ``handouts.case.<id>`` (``title``, ``summary``, ``story``, captions, questions).
    module : str
        The course module it belongs to (a stem of :data:`cxlab.course.COURSE`, e.g. ``'02_kano'``).
    build : callable
        ``build(ctx: Context) -> Sheet``: runs the models on ``ctx.load(...)`` data and fills the texts.
    variants : bool, default True
        False for a document that is the same for every table group (a printed agenda or the trainer guide,
        ``cxlab/cases/trainer.py``; the workshop test): ``groups`` then gives that one document.
    answers : bool, optional
        Whether an answer sheet is printed; default: the same as ``variants`` (the trainer's documents have no
        answers, the workshop test's sheet without variants has its key).
    """

    id: str
    module: str
    build: Callable
    variants: bool = True
    answers: bool | None = None

    @property
    def has_answers(self) -> bool:
        """Whether :func:`build` adds an answer sheet."""
        return self.variants if self.answers is None else bool(self.answers)

    @property
    def text(self) -> str:
        """The catalog prefix of the case's texts."""
        return f"handouts.case.{self.id}"


@lru_cache(maxsize=1)
def _registry() -> dict:
    from . import cases as package

    found = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for case in getattr(module, "CASES", []):
            if case.id in found:
                raise RuntimeError(f"handout case {case.id!r} is declared twice ({info.name})")
            found[case.id] = case
    return found


def cases() -> dict:
    """``{case id: Case}`` over every module of ``cxlab/cases/``, in course order."""
    from . import course

    order = {m.stem: m.number for m in course.COURSE}
    # stable sort: within a module the cases keep the order of their CASES list; the documents without variants
    # (the trainer's agendas and guide) come after the cases
    return dict(sorted(_registry().items(), key=lambda kv: (not kv[1].variants, order.get(kv[1].module, 99))))


def _case(case_id) -> Case:
    found = cases()
    if not isinstance(case_id, str) or case_id not in found:
        raise _error("unknown_case", value=case_id, accepted=", ".join(found))
    return found[case_id]


def case_table(lang=None) -> pd.DataFrame:
    """The cases with their course module and one-line description, in ``lang`` (default: current language).

    Examples
    --------
    >>> from cxlab import handouts
    >>> list(handouts.case_table("en").columns)
    ['case', 'module', 'module_title', 'title', 'summary']
    """
    from . import course

    lang = _language(lang)
    modules = course.course_map(lang).set_index("stem")["title"]
    rows = [(c.id, c.module, modules.get(c.module, c.module), t(c.text + ".title", lang=lang),
             t(c.text + ".summary", lang=lang)) for c in cases().values()]
    return pd.DataFrame(rows, columns=["case", "module", "module_title", "title", "summary"])


def _language(lang) -> str:
    lang = get_language() if lang is None else lang
    if not isinstance(lang, str) or lang not in LANGUAGES:
        raise _error("bad_language", value=lang, accepted=", ".join((*LANGUAGES, "all")))
    return lang


# -- what a builder returns ---------------------------------------------------------------------------------------
@dataclass
class Table:
    """A table of a handout: caption and a frame of display strings (rows never split across pages)."""

    caption: str
    frame: pd.DataFrame
    index: bool = True


@dataclass
class Figure:
    """A chart of a handout: caption and the chart as SVG (vector: sharp in print at any size; its text is drawn
    as paths, so no font is needed to show it). A PDF of SVG charts is a quarter to a third of one with 200-dpi
    PNG charts (benchmarks/bench_handouts.py measures both)."""

    caption: str
    svg: bytes

    @property
    def uri(self) -> str:
        """The chart as a ``data:`` URL for an ``<img>`` (a PNG given by older code still shows as a PNG)."""
        mime = "image/png" if self.svg[:8] == _PNG_SIGNATURE else "image/svg+xml"
        return f"data:{mime};base64," + base64.b64encode(self.svg).decode("ascii")


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass
class Question:
    """A question for the group, the facilitator's answer (numbers from the model) and the lines to write on."""

    text: str
    answer: str
    lines: int = 4


@dataclass
class Sheet:
    """One variant of a case: what its handout shows and what its answer sheet says."""

    title: str
    story: list
    data: list
    questions: list
    key_numbers: list = field(default_factory=list)
    #: Headings this sheet prints instead of the case defaults (keys ``story``, ``data``, ``questions``,
    #: ``subtitle``, ``module``): a printed agenda or trainer guide (``cxlab/cases/trainer.py``) is not a case.
    labels: dict = field(default_factory=dict)


# -- the builder's toolbox ----------------------------------------------------------------------------------------
class Context:
    """What a case builder gets: the language, the variant, seeded data and formatting helpers.

    ``group`` is 0 for the course data (no variant), else 1..N; ``seed`` the run's seed. Text keys given to
    :meth:`t` are relative to the case's catalog prefix ``handouts.case.<id>``.
    """

    def __init__(self, case: Case, lang: str, group: int = 0, seed: int = DEFAULT_SEED):
        self.case, self.lang, self.group, self.seed = case, lang, int(group), int(seed)
        salt = zlib.crc32(case.id.encode("utf-8"))
        self.rng = np.random.default_rng([self.seed, self.group, salt])

    @property
    def variant(self) -> bool:
        """True for a group's re-drawn variant, False for the course data."""
        return self.group > 0

    # texts
    def t(self, key: str, **fmt) -> str:
        """The case's text ``handouts.case.<id>.<key>`` in the handout's language."""
        return t(f"{self.case.text}.{key}", lang=self.lang, **fmt)

    def term(self, key: str, **fmt) -> str:
        """Any catalog text (a model's term, a category name …) in the handout's language."""
        return t(key, lang=self.lang, **fmt)

    # numbers
    @staticmethod
    def num(x, digits: int = 0) -> str:
        """``1,234`` / ``0.78`` / ``-0.16``: thousands separated, ``digits`` decimals, a plain '-' sign."""
        return f"{float(x):,.{digits}f}".replace("\u2212", "-")

    @staticmethod
    def pct(x, digits: int = 0) -> str:
        """A share 0..1 as a percentage: ``0.253`` → ``25%``."""
        return f"{float(x) * 100:,.{digits}f}%"

    def money(self, x, digits: int = 0) -> str:
        """An amount with the currency word of the language (``12,000 元`` / ``12,000 yuan``)."""
        return t("handouts.money", lang=self.lang, amount=self.num(x, digits))

    # data
    def load(self, name: str, cluster: str | None = None, strata: str | None = None,
             resample: bool = True) -> pd.DataFrame:
        """A course dataset: as shipped for the course data, re-drawn with replacement for a group's variant.

        Parameters
        ----------
        name : str
            A dataset of :func:`cxlab.datasets.names`.
        cluster : str, optional
            Column whose values are drawn as whole units (a respondent with all their answers); the copies get
            distinct ids (``R057``, ``R057.2`` …) so the models still see one respondent per id.
        strata : str, optional
            Column within whose values rows are drawn (``period``: as many 'before' rows as before).
        resample : bool, default True
            False for a table of parameters rather than observations (a variant then moves its values with
            :meth:`vary` instead).
        """
        from . import datasets

        frame = datasets.load(name)
        if not self.variant or not resample:
            return frame
        if cluster is not None:
            rows = frame.groupby(cluster, sort=False).indices  # unit -> its row positions
            units = list(rows)
            drawn = [units[i] for i in self.rng.integers(0, len(units), size=len(units))]
            picked = frame.iloc[np.concatenate([rows[u] for u in drawn])].reset_index(drop=True)
            seen, labels = {}, []
            for unit in drawn:
                seen[unit] = seen.get(unit, 0) + 1
                labels += [unit if seen[unit] == 1 else f"{unit}.{seen[unit]}"] * len(rows[unit])
            picked[cluster] = labels
            return picked
        groups = [frame] if strata is None else [g for _, g in frame.groupby(strata, sort=False)]
        parts = [g.iloc[self.rng.integers(0, len(g), size=len(g))] for g in groups]
        return pd.concat(parts, ignore_index=True)

    def vary(self, value, spread: float, digits: int | None = None, low=None, high=None):
        """A case parameter: ``value`` itself for the course data; for a variant a draw from
        ``value x (1 ± spread)`` (uniform), rounded to ``digits`` and kept within ``low``..``high``."""
        if not self.variant:
            return value
        drawn = float(value) * (1.0 + self.rng.uniform(-spread, spread))
        if low is not None:
            drawn = max(low, drawn)
        if high is not None:
            drawn = min(high, drawn)
        return round(drawn, digits) if digits is not None else drawn

    # pieces
    def table(self, frame: pd.DataFrame, caption: str, columns: dict | None = None, formats: dict | None = None,
              index: bool = True, index_name: str | None = None) -> Table:
        """A :class:`Table` from a frame: ``columns`` renames (to catalog labels), ``formats`` maps a column to a
        function turning each value into display text; ``caption`` is a key under ``.table``."""
        shown = frame.copy()
        for column, fmt in (formats or {}).items():
            shown[column] = [fmt(v) for v in shown[column]]
        shown = shown.astype(object).where(pd.notna(shown), "")
        if columns:
            shown = shown[list(columns)].rename(columns=columns)
        if index_name is not None:
            shown.index.name = index_name
        return Table(self.t(f"table.{caption}"), shown, index)

    def figure(self, plot, *args, caption: str, size=(7.0, 4.2), panels: int = 1, **kwargs) -> Figure:
        """A :class:`Figure` drawn by a model's plot function (``plot(*args, ax=ax, **kwargs)``) in the print
        theme, ``size`` inches wide and high (printed about 17 cm wide); ``caption`` is a key under ``.figure``.
        ``panels=2`` (or more) draws side-by-side panels: the plot function gets ``axes=`` (a tuple of Axes), as
        :func:`cxlab.pyramid.plot_before_after` takes them."""
        return Figure(self.t(f"figure.{caption}"), _chart(plot, args, kwargs, size, panels))

    def sheet(self, story: dict | None = None, data=(), questions=(), key_numbers=()) -> Sheet:
        """The :class:`Sheet` of this variant: the title, the story (``.story`` filled with ``story``), data
        pieces, questions and the formatted key numbers the tests look for."""
        paragraphs = [p.strip() for p in self.t("story", **(story or {})).split("\n") if p.strip()]
        return Sheet(self.t("title"), paragraphs, list(data), list(questions), [str(k) for k in key_numbers])


_print_rc: dict = {}


def _print_theme() -> dict:
    """The rcParams of ``style.use('print')``, worked out once (seaborn's set_theme is slow), without leaving
    the theme applied: a notebook that builds a handout keeps its own chart style."""
    if not _print_rc:
        import matplotlib as mpl

        from . import style

        saved = dict(style._applied)
        try:
            with mpl.rc_context():
                style.use("print")
                _print_rc.update(mpl.rcParams)
        finally:
            style._applied.clear()
            style._applied.update(saved)
    return _print_rc


def _chart(plot, args, kwargs, size, panels=1, fmt="svg") -> bytes:
    """Draw with a plot function on a fresh figure in the print theme; return SVG bytes (``fmt='png'``: PNG at
    :data:`DPI`, for the benchmark's comparison), with no metadata that changes between runs: the same chart gives
    the same bytes."""
    import matplotlib as mpl
    from matplotlib.figure import Figure as MplFigure

    from . import style

    saved = dict(style._applied)
    try:
        with mpl.rc_context(_print_theme()):
            style._applied["context"] = "print"  # plot functions see the theme as applied and keep it
            fig = MplFigure(figsize=size, layout="constrained")
            if panels > 1:
                plot(*args, axes=tuple(fig.subplots(1, panels)), **kwargs)
            else:
                plot(*args, ax=fig.subplots(), **kwargs)
            buffer = io.BytesIO()
            with mpl.rc_context(SVG_RC):
                fig.savefig(buffer, format=fmt, dpi=DPI, facecolor="white",
                            metadata={"Date": None} if fmt == "svg" else {"Software": None})
    finally:
        style._applied.clear()
        style._applied.update(saved)
    return buffer.getvalue()


def _png(plot, args, kwargs, size, panels=1) -> bytes:
    """The chart as PNG at :data:`DPI` (what handouts used before SVG; kept for code written against it)."""
    return _chart(plot, args, kwargs, size, panels, fmt="png")


# -- documents ----------------------------------------------------------------------------------------------------
@dataclass
class Document:
    """One file's worth of output, in memory: ``name`` (file stem), ``kind`` ('handout' or 'answers'),
    ``html`` (self-contained, font embedded), the variants' sheets and the characters the font lacks."""

    name: str
    kind: str
    lang: str
    html: str
    sheets: list
    missing: str = ""

    @property
    def key_numbers(self) -> list:
        return [k for s in self.sheets for k in s.key_numbers]


def _validate(groups, seed):
    def whole(name, value, low, high):
        try:   # a whole number, or its digits as the command line passes them
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Real, str)):
                raise ValueError
            number = int(str(value).strip())
            if float(str(value).strip()) != number:
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            raise _error("not_whole", name=name, value=value) from None
        if not low <= number <= high:
            raise _error("out_of_range", name=name, value=value, low=low, high=high)
        return number

    groups = 0 if groups is None else whole("--groups", groups, 1, MAX_GROUPS)
    seed = DEFAULT_SEED if seed is None else whole("--seed", seed, 0, 2**32 - 1)
    return groups, seed


def _when(date) -> str:
    """The date printed in a handout's header: today, a ``datetime.date`` or a text as the trainer writes it."""
    from ._check import check_text, invalid

    if date is None:
        return _date.today().isoformat()
    if isinstance(date, _date):
        return date.isoformat()
    if isinstance(date, str):
        return check_text("date", date)
    raise invalid("date", date, t("handouts.takes.date"))


def build(case_id: str, lang: str | None = None, groups=None, seed=None, date=None) -> list:
    """The documents of one case in one language: handout(s) and the answer sheet, as :class:`Document`.

    Parameters
    ----------
    case_id : str
        A key of :func:`cases`.
    lang : {'zh', 'en'}, optional
        Default: the current language.
    groups : int, optional
        Number of table groups (1..50): one handout per group, each with its own re-drawn data, and one
        answer sheet covering every group. None: one handout with the course data.
    seed : int, optional
        Seed of the variants (default 1): the same seed gives the same variants.
    date : datetime.date or str, optional
        Printed in the header (default: today).

    Raises
    ------
    cxlab.InputError
        Unknown case, language, a ``groups`` or ``seed`` that is not a whole number in range.
    """
    case = _case(case_id)
    lang = _language(lang)
    groups, seed = _validate(groups, seed)
    groups = groups if case.variants else 0
    when = _when(date)
    numbers = list(range(1, groups + 1)) if groups else [0]
    with _speaking(lang):  # model labels (category names, chart texts) follow the current language
        sheets = [case.build(Context(case, lang, g, seed)) for g in numbers]
    base = f"{case.id}-{lang}"
    docs = []
    for number, sheet in zip(numbers, sheets):
        name = f"{base}-group{number}" if number else base
        docs.append(("handout", name, [(number, sheet)]))
    answers_name = f"{base}-groups{groups}-answers" if groups else f"{base}-answers"
    if case.has_answers:
        docs.append(("answers", answers_name, list(zip(numbers, sheets))))
    bodies = [(kind, name, variants, _page(case, lang, kind, variants, when, seed if groups else None))
              for kind, name, variants in docs]
    face, missing = font_face("".join(body for *_, body in bodies))
    return [Document(name, kind, lang, body.replace("/*@font-face*/", face, 1), [s for _, s in variants], missing)
            for kind, name, variants, body in bodies]


class _speaking:
    """Switch the kit's language for a block and switch back afterwards."""

    def __init__(self, lang):
        self.lang = lang

    def __enter__(self):
        from .i18n import set_language

        self.before = get_language()
        set_language(self.lang)

    def __exit__(self, *exc):
        from .i18n import set_language

        set_language(self.before)
        return False


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("cxlab", "templates"),
                              autoescape=jinja2.select_autoescape(["html", "j2"]), trim_blocks=True,
                              lstrip_blocks=True, keep_trailing_newline=True)


def _css_content(template: str) -> str:
    """A catalog template with {page} and {pages} as a CSS ``content`` value (counters between quoted text)."""
    parts = []
    for literal, field_name, _, _ in string.Formatter().parse(template):
        if literal:
            parts.append('"' + literal.replace("\\", "\\\\").replace('"', '\\"') + '"')
        if field_name:
            parts.append(f"counter({field_name})")
    return " ".join(parts)


def _page(case, lang, kind, variants, when, seed) -> str:
    from importlib import resources

    from . import style

    font = style.cjk_font()
    family = font.family if font else "sans-serif"
    label = (lambda key, **fmt: t(f"handouts.{key}", lang=lang, **fmt))
    css = resources.files("cxlab.templates").joinpath("handout.css").read_text(encoding="utf-8")
    groups = [n for n, _ in variants if n]
    if kind == "handout":
        subtitle = label("label.group", group=groups[0]) if groups else label("label.course_data")
    else:
        subtitle = label("label.answers_for", groups=len(groups)) if groups else label("label.answers_course")
    sheet = variants[0][1]
    subtitle = sheet.labels.get("subtitle", subtitle)
    from markupsafe import Markup

    quoted = (lambda text: '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"')
    small = 'font-size: 8pt; color: #555555; font-family: ' + quoted(family) + ', sans-serif;'
    page_css = Markup(
        f"body {{ font-family: {quoted(family)}, sans-serif; }}\n"
        f"@page {{ @top-left {{ content: {quoted(label('kit') + ' · ')} string(casetitle); width: 85%;"
        f" white-space: nowrap; overflow: hidden; text-overflow: ellipsis; {small} }}\n"
        f"  @top-right {{ content: {quoted(when)}; width: 15%; {small} }}\n"
        f"  @bottom-center {{ content: {_css_content(label('page'))}; {small} }} }}"
    )
    return _environment().get_template("handout.html.j2").render(
        lang=lang, kind=kind, css=Markup(css), page_css=page_css,
        kit=label("kit"), title=sheet.title, subtitle=subtitle, date=when,
        module=sheet.labels.get("module") or _module_title(case.module, lang),
        variants=[{"group": n, "label": label("label.group", group=n) if n else label("label.course_data"),
                   "sheet": s} for n, s in variants],
        figure_uri=lambda figure: figure.uri, table_html=_table_html, is_table=lambda piece: isinstance(piece, Table),
        text={k: sheet.labels.get(k) or label(k) for k in ("story", "data", "questions", "footer", "facilitator_only")},
        seed_note=label("label.seed", seed=seed) if seed is not None else "",
    )


def _module_title(stem, lang) -> str:
    from .i18n import has

    key = f"welcome.course.title.{stem}"
    return t(key, lang=lang) if has(key, lang) else stem


def _table_html(table: Table) -> str:
    frame = table.frame
    esc = _html.escape
    head = ([esc(str(frame.index.name or ""))] if table.index else []) + [esc(str(c)) for c in frame.columns]
    rows = []
    for label, row in zip(frame.index, frame.itertuples(index=False)):
        cells = ([f'<th scope="row">{esc(str(label))}</th>'] if table.index else []) + \
                [f'<td class="{"num" if _numeric(v) else "txt"}">{esc(str(v))}</td>' for v in row]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table><thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in head) + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _numeric(value) -> bool:
    """A cell that starts with a number (``1,234``, ``-0.16``, ``25%``, ``420 元``) is right-aligned."""
    text = str(value).strip().lstrip("+-")
    return bool(text) and text[0].isdigit()


# -- the font -----------------------------------------------------------------------------------------------------
_PRINTABLE = "".join(chr(c) for c in range(0x20, 0x7F))


def _cut(source, chars: str) -> bytes:
    """The font ``source`` (a path or bytes; the first face of a collection) cut down to ``chars``."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    if isinstance(source, bytes):
        font = TTFont(io.BytesIO(source), lazy=True, recalcTimestamp=False)
    else:
        number = 0 if source.lower().endswith((".ttc", ".otc")) else -1
        font = TTFont(source, fontNumber=number, lazy=True, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


_base: dict = {}


def _base_font(path: str, chars: set) -> tuple:
    """A first cut of the (large) CJK font holding every character of both catalogs and of ``chars``, made
    once per process: ``(font bytes, characters asked for, characters the font has)``. Cutting this small font
    again for each document is fast; a document needing a character outside it makes a new first cut."""
    cached = _base.get(path)
    if cached is None or not chars <= cached[1]:
        from fontTools.ttLib import TTFont

        from .i18n import catalog

        wanted = set(chars) | set(_PRINTABLE) | (cached[1] if cached else set())
        for lang in LANGUAGES:
            for text in catalog(lang).values():
                wanted |= set(text)
        data = _cut(path, "".join(sorted(wanted)))
        present = set(map(chr, TTFont(io.BytesIO(data), lazy=True).getBestCmap() or {}))
        _base[path] = cached = (data, wanted, present)
    return cached


@lru_cache(maxsize=32)
def _subset(path: str, chars: str) -> tuple:
    """The CJK font cut down to ``chars`` (TrueType/OpenType bytes) and the characters it lacks."""
    data, _, present = _base_font(path, set(chars))
    missing = "".join(sorted(c for c in chars if c not in present and not c.isspace()))
    return _cut(data, chars), missing


def font_face(text: str) -> tuple:
    """The ``@font-face`` rule that embeds the CJK font of :func:`cxlab.style.cjk_font`, cut down to the
    characters of ``text`` (plus printable ASCII), under the family name the font itself has — so the HTML shows
    Chinese on any computer, and the PDF embeds that font. Returns ``(css, characters the font lacks)``; with no
    CJK font at all, ``('', '')`` (the page then falls back on the viewer's fonts).

    Examples
    --------
    >>> css, missing = font_face("客户体验")         # doctest: +SKIP
    >>> css.startswith("@font-face"), missing         # doctest: +SKIP
    (True, '')
    """
    import warnings

    from . import style

    if not isinstance(text, str):
        from ._check import invalid, takes

        raise invalid("text", text, takes("text"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        font = style.cjk_font()
    if font is None:
        return "", ""
    chars = "".join(sorted(set(text) | set(_PRINTABLE)))
    data, missing = _subset(font.path, chars)
    encoded = base64.b64encode(data).decode("ascii")
    css = (f'@font-face {{ font-family: "{font.family}"; src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}')
    return css, missing


def _document(document) -> Document:
    if not isinstance(document, Document):
        from ._check import invalid

        raise invalid("document", document, t("check.takes.result", producer="handouts.build", kind="Document"))
    return document


def missing_glyphs(document: Document) -> str:
    """The characters of a document that the embedded font cannot draw (empty when every glyph is there)."""
    return _document(document).missing


# -- PDF and files ------------------------------------------------------------------------------------------------
#: The Debian/Ubuntu packages PDF output needs: Pango and HarfBuzz, which WeasyPrint loads (its installation notes
#: for Debian >= 11 and Ubuntu >= 20.04), and the CJK font embedded in the PDFs. The same names are in tools/apt.txt,
#: which tools/setup.sh installs (tests/test_handouts.py checks the two agree).
PDF_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "libharfbuzz-subset0")
FONT_PACKAGES = ("fonts-wqy-microhei", "fontconfig")


def pdf_fix(platform: str | None = None) -> str:
    """The command (or, on Windows, the steps) that installs what WeasyPrint needs on this kind of system.

    >>> pdf_fix("linux")
    'sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0'
    """
    import sys

    from ._check import check_text

    platform = check_text("platform", platform, none=True) or sys.platform
    if platform.startswith("linux"):
        return "sudo apt-get install -y " + " ".join(PDF_PACKAGES)
    if platform == "darwin":
        return "brew install pango"
    return t("handouts.doctor.windows_pango")


def _one_line(error) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _load_weasyprint():
    """``(weasyprint, None)``, or ``(None, (what is missing: 'package' or 'pango', the loader's reason))``."""
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration  # noqa: F401  (loads Pango and HarfBuzz)
    except ImportError as error:
        return None, ("package" if getattr(error, "name", None) == "weasyprint" else "pango", _one_line(error))
    except OSError as error:  # cffi's dlopen: "cannot load library 'libpango-1.0-0' …"
        return None, ("pango", _one_line(error))
    return weasyprint, None


#: The command that installs the Python package WeasyPrint (the version pyproject.toml asks for).
PIP_WEASYPRINT = "pip install 'weasyprint>=61'"


def weasyprint_module():
    """WeasyPrint, loaded (importing it loads Pango through ctypes/cffi).

    Raises
    ------
    cxlab.InputError
        When the Python package is not installed, or Pango / HarfBuzz cannot be loaded: one line in the current
        language with the command that installs them (:func:`pdf_fix`) and the way round (``--format html``).
    """
    weasyprint, problem = _load_weasyprint()
    if problem is None:
        return weasyprint
    what, reason = problem
    if what == "package":
        raise _error("no_weasyprint_package", fix=PIP_WEASYPRINT)
    raise _error("no_weasyprint", error=reason, fix=pdf_fix())


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes (WeasyPrint). The same document gives the same bytes.

    Raises
    ------
    cxlab.InputError
        When WeasyPrint or the Pango library it needs is missing (with the command that installs them).
    """
    document = _document(document)
    weasyprint = weasyprint_module()
    import logging

    from weasyprint.text.fonts import FontConfiguration

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fonts = FontConfiguration()
    return weasyprint.HTML(string=document.html, base_url=".").write_pdf(font_config=fonts)


def pdf_check() -> tuple:
    """What ``cxlab doctor`` says about PDF handouts: ``(ok, detail, fix)``.

    WeasyPrint loads (with Pango and HarfBuzz), a CJK font is there, and a one-line Chinese page renders to a PDF
    with that font embedded. ``fix`` is the command that mends the first thing missing ('' when all is well).
    """
    from . import style

    weasyprint, problem = _load_weasyprint()
    if problem is not None:
        what, reason = problem
        if what == "package":
            return False, t("handouts.doctor.no_package"), PIP_WEASYPRINT
        return False, t("handouts.doctor.no_pango", error=reason), pdf_fix()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        font = style.cjk_font()
    if font is None:
        return False, t("handouts.doctor.no_font"), "sudo apt-get install -y " + " ".join(FONT_PACKAGES)
    text = t("handouts.doctor.sample")
    face, missing = font_face(text)
    html = (f'<html><head><style>{face} body {{ font-family: "{font.family}"; }}</style></head>'
            f"<body><p>{_html.escape(text)}</p></body></html>")
    try:
        pdf = weasyprint.HTML(string=html).write_pdf(uncompressed_pdf=True)  # font dictionaries readable
    except Exception as error:
        return False, t("handouts.doctor.render_failed", error=_one_line(error)), pdf_fix()
    import re

    names = {n.split(b"+")[-1] for n in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", pdf)}
    wanted = font.family.replace(" ", "").replace("-", "").lower().encode("ascii", "ignore")
    embedded = b"/FontFile" in pdf and names and all(n.replace(b"-", b"").lower() == wanted for n in names)
    if missing or not embedded:
        return False, t("handouts.doctor.not_embedded", font=font.family), \
            "sudo apt-get install -y " + " ".join(FONT_PACKAGES)
    return True, t("handouts.doctor.ok", version=weasyprint.__version__, font=font.family), ""


@dataclass
class Written:
    """What :func:`write` did with one file: ``action`` is 'written' (new), 'unchanged' (same content already
    there), 'kept' (a different file is there and ``force`` was not given) or 'replaced' (``force``; the old
    file was copied to ``backup`` first)."""

    path: Path
    action: str
    backup: Path | None = None


def _formats(fmt) -> tuple:
    if not isinstance(fmt, str) or fmt not in FORMATS:
        raise _error("bad_format", value=fmt, accepted=", ".join(FORMATS))
    return ("pdf", "html") if fmt == "both" else (fmt,)


def _os_reason(error: OSError) -> str:
    """An OS error in the user's language where the catalog knows it (else the system's own words)."""
    import errno

    from .i18n import has

    name = errno.errorcode.get(error.errno or 0, "")
    key = f"handouts.error.os.{name}"
    return t(key) if name and has(key) else (error.strerror or str(error))


def _now(now):
    """``now`` for backup names: None (the clock) or a ``datetime``."""
    if now is None or isinstance(now, _datetime):
        return now
    from ._check import invalid

    raise invalid("now", now, t("handouts.takes.now"))


def _folder(out) -> Path:
    if not isinstance(out, (str, os.PathLike)) or not str(out).strip():
        from ._check import invalid

        raise invalid("out", out, t("handouts.takes.out"))
    folder = Path(out).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _error("unwritable", folder=folder, error=_os_reason(error)) from None
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise _error("unwritable", folder=folder, error=t("handouts.error.not_writable"))
    return folder


def _put(path: Path, data: bytes, force: bool, now=None) -> Written:
    if not path.exists():
        files.write_bytes(path, data)
        return Written(path, "written")
    if path.read_bytes() == data:
        return Written(path, "unchanged")
    if not force:
        return Written(path, "kept")
    backup = files.backup(path, now)
    files.write_bytes(path, data)
    return Written(path, "replaced", backup)


def write(case_id: str, out="cxlab-handouts", lang: str | None = None, fmt: str = "both", groups=None, seed=None,
          force: bool = False, date=None, now=None) -> list:
    """Build one case in one language and write its files into ``out``; return a :class:`Written` per file.

    Files: ``<case>-<lang>.pdf`` / ``.html`` (handout with the course data) and ``<case>-<lang>-answers.*``;
    with ``groups=N``: ``<case>-<lang>-group1.*`` … and ``<case>-<lang>-groupsN-answers.*``.

    Raises
    ------
    cxlab.InputError
        Bad arguments (see :func:`build`), an unknown format, or a folder that cannot be written.
    """
    formats = _formats(fmt)
    if not isinstance(force, bool):
        raise _error("not_bool", name="force", value=force)
    case = _case(case_id)
    _language(lang)
    _validate(groups, seed)
    _when(date)
    now = _now(now)
    folder = _folder(out)
    manifest = files.read_manifest(folder, MANIFEST)
    results = []
    try:
        for document in build(case.id, lang, groups, seed, date):
            source = files.digest(document.html.encode("utf-8"))
            for kind in formats:
                path = folder / f"{document.name}.{kind}"
                record = manifest.get(path.name, {})
                if kind == "pdf" and not force and record.get("source") == source and path.is_file() \
                        and record.get("output") == files.digest(path.read_bytes()):
                    results.append(Written(path, "unchanged"))  # made from this very HTML, untouched since
                    continue
                data = document.html.encode("utf-8") if kind == "html" else render_pdf(document)
                result = _put(path, data, force, now)
                results.append(result)
                if result.action != "kept":
                    manifest[path.name] = {"source": source, "output": files.digest(data)}
        files.write_manifest(folder, MANIFEST, manifest)
    except OSError as error:
        raise _error("unwritable", folder=folder, error=_os_reason(error)) from None
    return results


#: The file in an output folder that records, for each PDF written, the fingerprint of the HTML it was made
#: from and of the PDF itself: a second run then knows a PDF is unchanged without rendering it again.
MANIFEST = ".cxlab-handouts.json"


def jobs(case_id=None, lang=None, all_cases: bool = False) -> list:
    """The (case id, language) pairs a run makes: one case or every case, one language or ``'all'``."""
    from ._check import check_bool

    all_cases = check_bool("all_cases", all_cases)
    langs = list(LANGUAGES) if isinstance(lang, str) and lang == "all" else [_language(lang)]
    ids = list(cases()) if all_cases else [_case(case_id).id]
    return [(c, lg) for c in ids for lg in langs]
