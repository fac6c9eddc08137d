"""Assessment of a workshop: the pre-test and post-test, the participant feedback form, the CX maturity check.

Three instruments a trainer runs around the course modules, each scored by the kit:

* **Pre-test and post-test** — an item bank (:data:`ITEMS`: multiple-choice and short numeric items, at least three
  per course module 01–07, each tied to its module and concept, with the correct answer and why).
  :func:`test_items` builds one workshop's test (the same items before and after, in a fixed order);
  :func:`score` marks the learners' answers (letters in any case, the option's text in Chinese or English, numbers
  with units, percent signs or thousands separators); :func:`learning_gain` compares the two tests: raw gain,
  Hake's normalised gain, per-item shares correct with the exact McNemar test, and the Wilcoxon signed-rank test
  on the learners' scores. Learners who took only one of the two tests are reported, never silently dropped.
* **Participant feedback** — CSAT (1–5) per module, the recommendation question (0–10), an ease item in the style
  of CES 2.0 (1–7) and an open comment; :func:`feedback_report` analyses them with the value module's own
  functions (:func:`cxlab.value.csat`, :func:`cxlab.value.nps`, :func:`cxlab.value.ces`,
  :func:`cxlab.value.feedback` with the workshop lexicon :data:`WORKSHOP_LEXICON`) — no second formula.
* **CX maturity self-assessment** for managers' groups — six dimensions (:data:`DIMENSIONS`), five stages
  (:data:`STAGES`), three statements per dimension rated 1–5 (:data:`STATEMENTS`), in the spirit of the published
  CX maturity models (Forrester's CX maturity; the XM Institute's five stages) but in the kit's own words.
  :func:`maturity` scores each manager and the group (mean, spread, where managers disagree);
  :func:`maturity_gaps` maps each weak dimension to the course modules that address it (:data:`DIMENSION_MODULES`);
  :func:`plot_maturity` draws the profile.

Models take tidy frames and never read files; texts come from the catalog (``assessment.*``). The live class
surveys (``cxlab classroom start --survey pretest``) are built by :func:`live_surveys`.

Sources
-------
- Hake, R. R. (1998). Interactive-engagement versus traditional methods: A six-thousand-student survey of mechanics
  test data for introductory physics courses. *American Journal of Physics* 66(1), 64-74. (The average normalised
  gain <g> = (%post − %pre) / (100 − %pre) of class averages; low g < 0.3, medium 0.3–0.7, high ≥ 0.7.)
- Bao, L. (2006). Theoretical comparisons of average normalized gain calculations. *American Journal of Physics*
  74(10), 917-922. (The gain of the class averages versus the average of the learners' own gains.)
- McNemar, Q. (1947). Note on the sampling error of the difference between correlated proportions or percentages.
  *Psychometrika* 12(2), 153-157; exact (binomial) form: Agresti, A. (2013). *Categorical Data Analysis*, 3rd ed.,
  section 11.1.
- Wilcoxon, F. (1945). Individual comparisons by ranking methods. *Biometrics Bulletin* 1(6), 80-83 (computed by
  ``scipy.stats.wilcoxon``).
- Reichheld (2003), Rocks (2016), Wilson (1927), Dixon, Freeman & Toman (2010): see :mod:`cxlab.value`.
- Forrester Research, CX maturity (the "CX maturity" assessments of Forrester's CX practice, 2018 onwards) and
  Temkin Group / Qualtrics XM Institute, *Customer Experience Competency and Maturity Assessment* (five stages
  from Investigate to Embed). The dimensions, statements and stage descriptions here are the kit's own.

Examples
--------
>>> import pandas as pd
>>> from cxlab import assessment
>>> items = assessment.test_items(modules=[7], n_per_module=3)
>>> list(items.index)
['value_detractor', 'value_nps', 'value_ces']
>>> answers = pd.DataFrame({"learner": ["Li"] * 3, "item": list(items.index), "answer": ["c", "45", "B"]})
>>> float(assessment.score(answers, items).learners.loc["Li", "percent"])
100.0
"""
from __future__ import annotations

import math
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import pandas as pd

from . import _check
from .i18n import LANGUAGES, get_language, t

__all__ = [
    "LETTERS", "KINDS", "UNITS", "Item", "ITEMS", "BANK", "MODULES", "HAKE_BANDS",
    "item_bank", "test_items", "answer_key", "read_answer", "ScoreResult", "score", "GainResult", "learning_gain",
    "mcnemar_exact", "FEEDBACK_COLUMNS", "WORKSHOP_LEXICON", "FeedbackReport", "feedback_report",
    "DIMENSIONS", "STAGES", "STAGE_BOUNDS", "STATEMENTS", "DIMENSION_MODULES", "RATING_SCALE",
    "MaturityResult", "maturity", "maturity_gaps", "stage_of", "stage_table", "statement_table", "dimension_name", "stage_name", "module_label",
    "plot_scores", "plot_gain", "plot_feedback", "plot_feedback_comments", "plot_maturity", "live_surveys",
]

# ---------------------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------------------


def _error(key, **fields):
    return _check.error(f"assessment.error.{key}", **fields)


def _course():
    from . import course

    return course


#: The course modules a test can cover: number → stem of :data:`cxlab.course.COURSE` (01–07).
MODULES = {m.number: m.stem for m in _course().COURSE if 1 <= m.number <= 7}


def _module_number(value, name="modules") -> int:
    """A module given as 7, "7", "07", "07_value" or "value" → 7."""
    if isinstance(value, (bool, np.bool_)):
        raise _error("bad_module", name=name, value=_check.fmt_value(value), accepted=_modules_accepted())
    if isinstance(value, (int, np.integer)) and int(value) in MODULES:
        return int(value)
    if isinstance(value, str):
        text = value.strip().lower()
        for number, stem in MODULES.items():
            topic = stem.split("_", 1)[1]
            if text in (str(number), f"{number:02d}", stem, topic) or (topic.endswith("s") and text == topic[:-1]):
                return number
    raise _error("bad_module", name=name, value=_check.fmt_value(value), accepted=_modules_accepted())


def _modules_accepted() -> str:
    return ", ".join(f"{n} ({stem})" for n, stem in MODULES.items())


def module_label(number, short: bool = False) -> str:
    """``'07 · <title of module 07>'`` in the current language (the course map's title); ``short=True`` keeps
    the title's part before its colon (for chart labels).

    >>> import cxlab; _ = cxlab.set_language("en")
    >>> module_label(2), module_label(2, short=True)
    ('02 · The KANO model: classifying customer needs', '02 · The KANO model')
    """
    number = _module_number(number, "number")
    short = _check.check_bool("short", short)
    title = t(f"welcome.course.title.{MODULES[number]}")
    if short:
        title = re.split(r"[:：]", title, maxsplit=1)[0].strip()
    return t("assessment.module_label", number=f"{number:02d}", title=title)


def _lang(lang):
    return _check.check_choice("lang", lang if lang is not None else get_language(), LANGUAGES)


def _norm(text) -> str:
    """Text as compared: NFKC (full-width letters and digits become plain), case-folded, spaces collapsed,
    closing punctuation dropped."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .。!！;；")


def _learner_id(value) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(value))).strip()


# ---------------------------------------------------------------------------------------------------------------
# The item bank
# ---------------------------------------------------------------------------------------------------------------

#: Option letters of a multiple-choice item.
LETTERS = ("a", "b", "c", "d")
#: Kinds of item: one of four options, or a short numeric answer.
KINDS = ("choice", "number")
#: What a numeric answer is: a share (0..1; "45%" and "45" are read as 0.45), NPS points, yuan, or a plain number.
UNITS = ("share", "points", "yuan", "number")


_SOLVED: dict = {}
_OPTIONS: dict = {}


@dataclass(frozen=True)
class Item:
    """One test item: its ``id``, course ``module`` (1–7) and ``kind``.

    A ``'choice'`` item has four options (catalog ``assessment.item.<id>.option.a`` …) and the correct ``answer``
    letter. A ``'number'`` item has ``params`` (the numbers its question states, filled into the text) and
    ``solve``, which computes the correct answer from them with the kit's own model function (never typed);
    an answer within ``tolerance`` of it is correct. Texts: ``assessment.item.<id>.{concept,text,why}``.
    """

    id: str
    module: int
    kind: str
    answer: str = ""
    params: tuple = ()
    solve: Callable | None = field(default=None, repr=False, compare=False)
    tolerance: float = 0.0
    unit: str = "number"
    digits: int = 0

    @property
    def key(self) -> str:
        return f"assessment.item.{self.id}"

    @property
    def values(self) -> dict:
        return dict(self.params)

    @property
    def value(self) -> float:
        """The correct numeric answer (``'number'`` items), computed from :attr:`params` by the model (once)."""
        key = (self.id, self.params)
        if key not in _SOLVED:
            _SOLVED[key] = float(self.solve(self.values))
        return _SOLVED[key]

    def shown(self, lang=None) -> dict:
        """The parameters and the answer formatted for the texts (thousands separated)."""
        shown = {k: _fmt(v) for k, v in self.params}
        if self.kind == "number":
            shown["answer"] = self.answer_text(lang)
        return shown

    def concept(self, lang=None) -> str:
        return t(f"{self.key}.concept", lang=lang)

    def text(self, lang=None) -> str:
        return t(f"{self.key}.text", lang=lang, **{k: _fmt(v) for k, v in self.params})

    def options(self, lang=None) -> list:
        """``[(letter, option text)]`` of a choice item (empty for a numeric item)."""
        if self.kind != "choice":
            return []
        return [(letter, t(f"{self.key}.option.{letter}", lang=lang)) for letter in LETTERS]

    def answer_text(self, lang=None) -> str:
        """The correct answer as the key prints it: ``'B. <option>'`` or the number with its unit."""
        if self.kind == "choice":
            return f"{self.answer.upper()}. " + t(f"{self.key}.option.{self.answer}", lang=lang)
        value = self.value
        number = f"{value * 100:.{self.digits}f}%" if self.unit == "share" else _fmt(round(value, self.digits),
                                                                                      self.digits)
        return t(f"assessment.unit.{self.unit}", lang=lang, value=number)

    def why(self, lang=None) -> str:
        return t(f"{self.key}.why", lang=lang, **self.shown(lang))


def _fmt(value, digits=None) -> str:
    if isinstance(value, (int, np.integer)) or (digits == 0):
        return f"{int(round(float(value))):,}"
    if digits is not None:
        return f"{float(value):,.{digits}f}"
    text = f"{float(value):,.4f}".rstrip("0").rstrip(".")
    return text


# -- the solvers: each numeric item's answer comes from the model that teaches it ---------------------------------
def _kano_better(p):
    from . import kano

    pairs = {"A": (1, 3), "O": (1, 5), "M": (2, 5), "I": (3, 3)}   # evaluation table: like/neutral → A, …
    rows = [(f"r{c}{i}", "f", *pairs[c]) for c in "AOMI" for i in range(int(p[c]))]
    answers = pd.DataFrame(rows, columns=["respondent", "feature", "functional", "dysfunctional"])
    return float(kano.classify(answers).loc["f", "better"])


def _servqual_gap(p):
    from . import servqual

    def whole(mean, n=10):   # ten whole-number answers (1..7) with this mean (one decimal)
        total = int(round(mean * n))
        return [total // n + (1 if k < total % n else 0) for k in range(n)]

    rows = [(f"r{k}", item, e, q) for k, (e, q) in enumerate(zip(whole(p["expectation"]), whole(p["perception"])))
            for item in servqual.ITEMS.index]
    answers = pd.DataFrame(rows, columns=["respondent", "item", "expectation", "perception"])
    return float(servqual.gaps(answers).items["gap"].iloc[0])


def _silent(p):
    from . import course

    split = course.complaint_split(customers=p["customers"], complaint_share=p["complain"] / 100)
    return float(split.set_index("group").loc["silent", "customers"])


def _clv(p):
    from . import returns

    return float(returns.clv(p["margin"], p["retention"] / 100, p["discount"] / 100))


def _nps(p):
    from . import value

    return value.nps_from_counts(p["promoters"], p["passives"], p["detractors"]).nps


def _csat(p):
    from . import value

    return value.csat([5] * p["five"] + [4] * p["four"] + [3] * p["three"] + [2] * p["low"]).share


#: The item bank, in test order: module by module; within a module the first ``n_per_module`` are taken.
ITEMS = (
    Item("pyramid_levels", 1, "choice", "b"),
    Item("pyramid_gating", 1, "choice", "c"),
    Item("pyramid_internal", 1, "choice", "b"),
    Item("kano_table", 2, "choice", "b"),
    Item("kano_better", 2, "number", params=(("A", 12), ("O", 18), ("M", 24), ("I", 6)), solve=_kano_better,
         tolerance=0.01, digits=2),
    Item("kano_drift", 2, "choice", "d"),
    Item("servqual_reliability", 3, "choice", "b"),
    Item("servqual_gap", 3, "number", params=(("expectation", 6.2), ("perception", 5.4)), solve=_servqual_gap,
         tolerance=0.01, digits=1),
    Item("servqual_sign", 3, "choice", "a"),
    Item("journey_stages", 4, "choice", "c"),
    Item("journey_mot", 4, "choice", "a"),
    Item("journey_peak_end", 4, "choice", "b"),
    Item("damage_iceberg", 5, "choice", "a"),
    Item("damage_silent", 5, "number", params=(("customers", 2000), ("complain", 4)), solve=_silent,
         tolerance=0.5),
    Item("damage_steps", 5, "choice", "d"),
    Item("returns_indirect", 6, "choice", "c"),
    Item("returns_clv", 6, "number", params=(("margin", 200), ("retention", 75), ("discount", 10)), solve=_clv,
         tolerance=1.0, unit="yuan"),
    Item("returns_apple", 6, "choice", "a"),
    Item("value_detractor", 7, "choice", "c"),
    Item("value_nps", 7, "number", params=(("promoters", 120), ("passives", 50), ("detractors", 30)),
         solve=_nps, tolerance=0.5, unit="points"),
    Item("value_ces", 7, "choice", "b"),
    Item("value_csat", 7, "number", params=(("five", 70), ("four", 90), ("three", 30), ("low", 10)), solve=_csat,
         tolerance=0.005, unit="share"),
)
#: ``{item id: Item}``.
BANK = {item.id: item for item in ITEMS}


def item_bank(lang=None) -> pd.DataFrame:
    """The whole item bank as a table in ``lang``: one row per item (index ``item``) with ``module``, ``concept``,
    ``kind``, ``question``, ``options`` (``'A. … / B. …'``), ``answer`` and ``why``.

    >>> int(item_bank("en").groupby("module").size().min())
    3
    """
    return answer_key(list(BANK), lang=lang)


def test_items(modules=None, n_per_module: int = 3, workshop=None) -> pd.DataFrame:
    """The items of one workshop's test: the first ``n_per_module`` items of each module, in bank order.

    Use the same table for the pre-test and the post-test (so the gain compares like with like). The choice is
    deterministic: the same arguments always give the same items in the same order.

    Parameters
    ----------
    modules : list, optional
        Course modules the workshop teaches, as numbers (1–7), ``'02'``, ``'02_kano'`` or ``'kano'``;
        default every module 01–07.
    n_per_module : int
        Items per module, 1 up to the number the bank holds for each chosen module (3 or more).
    workshop : str, optional
        An agenda of :func:`cxlab.course.agenda_names` (``'one_day'``, ``'two_day'``, ``'managers'``) whose
        modules 01–07 are taken; give either ``workshop`` or ``modules``.

    Returns
    -------
    pandas.DataFrame
        Index ``item`` (ids of :data:`BANK`); columns ``module`` (int), ``kind``, ``concept``, ``question``.

    Examples
    --------
    >>> items = test_items(modules=["pyramid", 5], n_per_module=2)
    >>> list(items.index), items["module"].tolist()
    (['pyramid_levels', 'pyramid_gating', 'damage_iceberg', 'damage_silent'], [1, 1, 5, 5])
    >>> sorted(set(test_items(workshop="managers")["module"]))
    [1, 5, 6]
    """
    if workshop is not None:
        if modules is not None:
            raise _error("workshop_and_modules")
        modules = _workshop_modules(workshop)
    if modules is None:
        chosen = list(MODULES)
    else:
        if isinstance(modules, (str, int, np.integer)) and not isinstance(modules, bool):
            modules = [modules]
        if not isinstance(modules, (list, tuple, set, pd.Series, np.ndarray, pd.Index)) or len(modules) == 0:
            raise _error("bad_modules", value=_check.fmt_value(modules), accepted=_modules_accepted())
        chosen = sorted({_module_number(m) for m in modules})
    held = {m: [i for i in ITEMS if i.module == m] for m in chosen}
    most = min(len(v) for v in held.values())
    n = _check.check_number("n_per_module", n_per_module, low=1, high=most, integer=True)
    picked = [item for m in chosen for item in held[m][:n]]
    return _item_table(picked, lang=None, full=False)


def _workshop_modules(workshop):
    """The module numbers (of :data:`MODULES`) a :data:`cxlab.course.AGENDAS` workshop teaches, in agenda order;
    an unknown agenda is refused by the course map's own check (its message lists the agendas)."""
    course = _course()
    name = course._agenda_name(workshop)
    stems = [block.stem for day in course.AGENDAS[name] for block in day if block.kind == "module"]
    numbers = [int(stem[:2]) for stem in stems]
    return list(dict.fromkeys(n for n in numbers if n in MODULES))


def _item_table(items, lang=None, full=True) -> pd.DataFrame:
    lang = _lang(lang)
    rows = []
    for item in items:
        row = {"item": item.id, "module": item.module, "kind": item.kind, "concept": item.concept(lang),
               "question": item.text(lang)}
        if full:
            row["options"] = " / ".join(f"{letter.upper()}. {text}" for letter, text in item.options(lang))
            row["answer"] = item.answer_text(lang)
            row["why"] = item.why(lang)
        rows.append(row)
    columns = ["item", "module", "kind", "concept", "question"] + (["options", "answer", "why"] if full else [])
    return pd.DataFrame(rows, columns=columns).set_index("item")


def _items(items) -> list:
    """Items given as the table of :func:`test_items`, a list of ids or of :class:`Item` → [Item]."""
    if isinstance(items, pd.DataFrame):
        ids = list(items.index)
    elif isinstance(items, (list, tuple, pd.Index, pd.Series, np.ndarray)):
        ids = [i.id if isinstance(i, Item) else i for i in items]
    else:
        raise _error("bad_items", value=_check.fmt_value(items))
    if not ids:
        raise _error("bad_items", value=_check.fmt_value(items))
    unknown = [i for i in ids if not isinstance(i, str) or i not in BANK]
    if unknown:
        raise _error("unknown_item", value=_check.fmt_value(unknown[0]), accepted=", ".join(BANK))
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise _error("item_twice", value=twice)
    return [BANK[i] for i in ids]


def answer_key(items, lang=None) -> pd.DataFrame:
    """The trainer's answer key of a test: question, options, the correct answer and why, in ``lang``.

    >>> key = answer_key(test_items(modules=[2]), lang="en")
    >>> key.loc["kano_better", "answer"]
    '0.50'
    """
    return _item_table(_items(items), lang=lang, full=True)


# ---------------------------------------------------------------------------------------------------------------
# Reading and marking answers
# ---------------------------------------------------------------------------------------------------------------

_PREFIX = re.compile(r"^(?:我选|选择|选|答案是|答案|答|answer is|answer|option|my answer is)\s*[:：]?\s*", re.I)
_LETTER = re.compile(r"^[(\[（【]?\s*([a-d])\s*[)\]）】]?\s*(?:[.．、:：)）\-]\s*(.*))?$", re.I | re.S)
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def read_answer(item, answer):
    """How a learner's answer to ``item`` is read: ``(status, reading)``.

    ``status`` is ``'correct'``, ``'wrong'``, ``'blank'`` or ``'unreadable'``; ``reading`` the letter or number
    understood (``None`` when blank or unreadable). Accepted forms:

    * choice items: the letter in any case, with or without brackets or a full stop (``b``, ``(B)``, ``B.``,
      ``选B``), the letter followed by its option's text, or the option's text alone in Chinese or English;
    * numeric items: one number, with spaces, a unit (``元``, ``yuan``, ``分``, ``points``, ``人``), thousands
      separators (``1,800``), full-width digits, ``万`` (×10,000) or a percent sign; for a share, ``80%``,
      ``0.8`` and ``80`` are all read as 0.8.

    Examples
    --------
    >>> read_answer("value_detractor", " (C) ")
    ('correct', 'c')
    >>> read_answer("value_csat", "80 %"), read_answer("value_csat", "0.75")
    (('correct', 0.8), ('wrong', 0.75))
    >>> read_answer("damage_silent", "1,920人")
    ('correct', 1920.0)
    """
    if not isinstance(item, Item):
        item = _items([item])[0]
    if answer is None or answer is pd.NA or (isinstance(answer, float) and math.isnan(answer)):
        return "blank", None
    if isinstance(answer, (bool, np.bool_)):
        return "unreadable", None
    text = unicodedata.normalize("NFKC", str(answer)).strip()
    if not text:
        return "blank", None
    if item.kind == "choice":
        letter = _read_letter(item, text)
        if letter is None:
            return "unreadable", None
        return ("correct" if letter == item.answer else "wrong"), letter
    number = _read_number(item, text)
    if number is None:
        return "unreadable", None
    return ("correct" if abs(number - item.value) <= item.tolerance + 1e-12 else "wrong"), number


def _option_texts(item) -> dict:
    """{normalised option text (zh and en): letter}, worked out once per item."""
    if item.id not in _OPTIONS:
        found = {}
        for lang in LANGUAGES:
            for letter, text in item.options(lang):
                found[_norm(text)] = letter
        _OPTIONS[item.id] = found
    return _OPTIONS[item.id]


def _read_letter(item, text):
    options = _option_texts(item)
    plain = _norm(text)
    if plain in options:
        return options[plain]
    text = _PREFIX.sub("", text).strip()
    match = _LETTER.match(text)
    if match:
        letter, rest = match.group(1).lower(), _norm(match.group(2) or "")
        if rest and rest in options and options[rest] != letter:
            return None   # "B. <text of option C>": contradictory
        return letter
    plain = _norm(text)
    return options.get(plain)


def _number_in(text):
    """The one number written in ``text`` (NFKC-normalised): a minus sign (``−``), thousands separators
    (``1,800``, ``1 800``), a unit around it (``元``, ``yuan``, ``人``) and ``万`` (×10,000) read; None when
    ``text`` holds no number or more than one. Exercise checks read typed amounts with it too
    (:func:`cxlab.exercises.amount`).

    >>> _number_in("680.4万元"), _number_in("−1,800 yuan"), _number_in("1 or 2")
    (6804000.0, -1800.0, None)
    """
    text = text.replace("−", "-").replace("–", "-")
    text = re.sub(r"(?<=\d)[,，](?=\d{3}(?:\D|$))", "", text)
    text = re.sub(r"(?<=\d)\s+(?=\d{3}(?:\D|$))", "", text)
    found = _NUMBER.findall(text)
    if len(found) != 1:
        return None
    number = float(found[0])
    after = text[text.find(found[0]) + len(found[0]):].strip()
    if after.startswith("万"):
        number *= 10_000
    return number


def _read_number(item, text):
    number = _number_in(text)
    if number is None:
        return None
    percent = "%" in text or "percent" in text.lower() or "百分之" in text
    if item.unit == "share" and (percent or abs(number) > 1):
        number /= 100
    return number


def _answers_frame(answers, items) -> pd.DataFrame:
    """A long frame ``learner, item, answer`` from a long frame or a wide one (one column per item)."""
    frame = _check.check_frame("answers", answers, columns=("learner",))
    if "item" not in frame.columns:   # wide: one row per learner, one column per item id
        columns = [c for c in frame.columns if c != "learner"]
        unknown = [c for c in columns if c not in BANK]
        if unknown:
            raise _error("unknown_column", value=_check.fmt_value(unknown[0]),
                         accepted=", ".join(i.id for i in items))
        frame = frame.melt(id_vars="learner", var_name="item", value_name="answer")
    elif "answer" not in frame.columns:
        _check.check_frame("answers", answers, columns=("learner", "item", "answer"))
    return frame[["learner", "item", "answer"]]


@dataclass
class ScoreResult:
    """The marks of one test (see :func:`score`).

    Attributes
    ----------
    answers : DataFrame
        One row per learner and item of the test: ``learner``, ``item``, ``module``, ``answer`` (as given),
        ``reading`` (the letter or number understood), ``status`` ('correct', 'wrong', 'blank', 'unreadable'),
        ``correct`` (bool). An item a learner did not answer is a row with status 'blank'.
    learners : DataFrame
        Index ``learner`` (first seen first): ``correct``, ``blank``, ``unreadable``, ``items``, ``percent``
        (0–100).
    items : DataFrame
        Index ``item`` (test order): ``module``, ``concept``, ``n``, ``correct``, ``blank``, ``share`` (0..1).
    order : tuple
        The item ids of the test, in order.
    """

    answers: pd.DataFrame
    learners: pd.DataFrame
    items: pd.DataFrame
    order: tuple

    def describe(self) -> str:
        """One sentence in the current language: learners, items, mean score, hardest item."""
        hardest = self.items["share"].idxmin()
        return t("assessment.text.score", learners=len(self.learners), items=len(self.order),
                 mean=f"{self.learners['percent'].mean():.0f}", hardest=BANK[hardest].concept(),
                 share=f"{self.items.loc[hardest, 'share']:.0%}")

    def feedback_for(self, learner, lang=None) -> pd.DataFrame:
        """What ``learner`` got wrong (or left blank), with the correct answer and why: the personal debrief."""
        learner = _learner_id(learner)
        if learner not in self.learners.index:
            raise _error("unknown_learner", value=learner, accepted=", ".join(map(str, self.learners.index[:8])))
        rows = self.answers[(self.answers["learner"] == learner) & ~self.answers["correct"]]
        key = answer_key(list(rows["item"]), lang=lang) if len(rows) else answer_key(list(self.order[:1]), lang)
        out = key.loc[list(rows["item"]), ["question", "answer", "why"]]
        out.insert(0, "given", [("" if pd.isna(a) else str(a)) for a in rows["answer"]])
        return out


def score(answers, items) -> ScoreResult:
    """Mark a test: per learner and per item.

    Parameters
    ----------
    answers : pandas.DataFrame
        Long: ``learner``, ``item``, ``answer`` (one row per learner and item answered), as
        :func:`cxlab.classroom.results` gives for the ``pretest`` / ``posttest`` surveys; or wide: ``learner`` and
        one column per item id (a spreadsheet typed from paper sheets). Blank answers count as not correct and
        are counted apart; an answer that cannot be read (two numbers, an option that does not exist) is wrong
        and marked 'unreadable'. See :func:`read_answer` for the forms accepted.
    items : DataFrame or list
        The test: the table of :func:`test_items` or a list of item ids.

    Returns
    -------
    ScoreResult

    Raises
    ------
    cxlab.InputError
        Not a table, missing columns, a blank learner, an answer to an item not in the test, one learner
        answering an item twice, unknown item ids.

    Examples
    --------
    Two learners, three items of module 02 (answers B, 0.50, D): Wang gets all three, Zhao only the first
    (0.6 is off by more than the 0.01 tolerance; the last one is blank): 3/3 = 100 %, 1/3 = 33.3 %.

    >>> items = test_items(modules=[2])
    >>> answers = pd.DataFrame({"learner": ["Wang"] * 3 + ["Zhao"] * 2,
    ...                         "item": ["kano_table", "kano_better", "kano_drift", "kano_table", "kano_better"],
    ...                         "answer": ["b", "0.5", "D", "B. One-dimensional", "0.6"]})
    >>> r = score(answers, items)
    >>> r.learners["percent"].round(1).tolist(), r.items["share"].tolist()
    ([100.0, 33.3], [1.0, 0.5, 0.5])
    """
    test = _items(items)
    order = tuple(i.id for i in test)
    frame = _answers_frame(answers, test).copy()
    for column in ("learner", "item"):
        blank = frame[column].isna() | (frame[column].astype(str).str.strip() == "")
        if blank.any():
            raise _error("blank_id", column=column, row=int(np.argmax(blank.to_numpy())) + 1)
    frame["learner"] = [_learner_id(v) for v in frame["learner"]]
    frame["item"] = [str(v).strip() for v in frame["item"]]
    outside = ~frame["item"].isin(order)
    if outside.any():
        row = int(np.argmax(outside.to_numpy()))
        raise _error("not_in_test", row=row + 1, value=_check.fmt_value(frame["item"].iloc[row]),
                     accepted=", ".join(order))
    twice = frame.duplicated(["learner", "item"])
    if twice.any():
        row = int(np.argmax(twice.to_numpy()))
        raise _error("answered_twice", learner=frame["learner"].iloc[row], item=frame["item"].iloc[row],
                     row=row + 1)
    learners = list(dict.fromkeys(frame["learner"]))
    given = frame.set_index(["learner", "item"])["answer"]
    records = []
    by_id = {i.id: i for i in test}
    for learner in learners:
        for item_id in order:
            raw = given.get((learner, item_id), None)
            status, reading = read_answer(by_id[item_id], raw)
            records.append((learner, item_id, by_id[item_id].module, raw, reading, status, status == "correct"))
    table = pd.DataFrame(records, columns=["learner", "item", "module", "answer", "reading", "status", "correct"])
    per_learner = table.groupby("learner", sort=False).agg(
        correct=("correct", "sum"), blank=("status", lambda s: int((s == "blank").sum())),
        unreadable=("status", lambda s: int((s == "unreadable").sum())), items=("item", "size"))
    per_learner = per_learner.astype("int64")
    per_learner["percent"] = 100.0 * per_learner["correct"] / per_learner["items"]
    per_item = table.groupby("item", sort=False).agg(
        n=("learner", "size"), correct=("correct", "sum"), blank=("status", lambda s: int((s == "blank").sum())))
    per_item = per_item.astype("int64").reindex(list(order))
    per_item["share"] = per_item["correct"] / per_item["n"]
    per_item.insert(0, "module", [by_id[i].module for i in order])
    per_item.insert(1, "concept", [by_id[i].concept() for i in order])
    return ScoreResult(answers=table, learners=per_learner, items=per_item, order=order)


# ---------------------------------------------------------------------------------------------------------------
# Learning gain
# ---------------------------------------------------------------------------------------------------------------

#: Hake's (1998) bands of the normalised gain: low below 0.3, medium 0.3 to below 0.7, high from 0.7.
HAKE_BANDS = (0.3, 0.7)


def _band(g) -> str:
    if g is None or not np.isfinite(g):
        return ""
    return "low" if g < HAKE_BANDS[0] else "medium" if g < HAKE_BANDS[1] else "high"


def _normalised_gain(pre, post):
    """Hake (1998): g = (post% − pre%) / (100 − pre%); undefined (NaN) when the pre-test was already 100 %."""
    pre = np.asarray(pre, dtype=float)
    post = np.asarray(post, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(pre < 100, (post - pre) / (100 - pre), np.nan)


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value from the discordant pairs: ``b`` learners went wrong → right, ``c``
    right → wrong. Under "no change" each discordant learner is a fair coin, so with n = b + c,
    p = min(1, 2 · P(X ≤ min(b, c))), X ~ Binomial(n, 1/2) (Agresti 2013, 11.1); p = 1 when n = 0. The binomial
    tail comes from SciPy (the regularised incomplete beta function), so a large count takes no longer than a
    small one.

    >>> round(mcnemar_exact(7, 1), 4)       # 2 · (1 + 8) / 256
    0.0703
    """
    b = _check.check_number("b", b, low=0, integer=True)
    c = _check.check_number("c", c, low=0, integer=True)
    n = b + c
    if n == 0:
        return 1.0
    from scipy.stats import binom

    return min(1.0, 2 * float(binom.cdf(min(b, c), n, 0.5)))


@dataclass
class GainResult:
    """The learning gain between a pre-test and a post-test (see :func:`learning_gain`).

    Attributes
    ----------
    learners : DataFrame
        Index ``learner`` (learners who took both tests): ``pre``, ``post`` (percent), ``gain`` (points),
        ``g`` (normalised gain; NaN when the pre-test was 100 %), ``band`` ('low', 'medium', 'high' or '').
    items : DataFrame
        Index ``item``: ``module``, ``concept``, ``pre``, ``post`` (share correct among the matched learners),
        ``change``, ``improved`` (wrong → right), ``worsened`` (right → wrong), ``p_value`` (exact McNemar).
    matched : int
    only_pre, only_post : tuple
        Learners who took only the pre-test or only the post-test (left out of the paired figures, listed here
        and in :attr:`note`).
    pre_mean, post_mean : float
        Class means (percent) of the matched learners.
    gain : float
        ``post_mean − pre_mean`` (points).
    g : float
        Hake's average normalised gain <g> of the class means: (post_mean − pre_mean) / (100 − pre_mean).
    g_learners : float
        The mean of the learners' own g (Bao 2006), over those whose g is defined.
    band : str
        Hake's band of ``g``.
    pre_all, post_all : float
        Means of everyone who took each test (matched or not), for comparison.
    statistic, p_value : float
        Wilcoxon signed-rank test of post − pre over the matched learners (``scipy.stats.wilcoxon``, zero
        differences dropped as Wilcoxon did); NaN when fewer than two learners changed.
    note : str
        In the current language: who is left out, or empty.
    """

    learners: pd.DataFrame
    items: pd.DataFrame
    matched: int
    only_pre: tuple
    only_post: tuple
    pre_mean: float
    post_mean: float
    gain: float
    g: float
    g_learners: float
    band: str
    pre_all: float
    post_all: float
    statistic: float
    p_value: float

    @property
    def note(self) -> str:
        """Who is left out of the paired figures, in the current language (empty when nobody is)."""
        if not (self.only_pre or self.only_post):
            return ""
        return t("assessment.text.unmatched", only_pre=", ".join(self.only_pre) or "—",
                 only_post=", ".join(self.only_post) or "—", n_pre=len(self.only_pre), n_post=len(self.only_post))

    def describe(self) -> str:
        """The class's result in one sentence of the current language."""
        text = t("assessment.text.gain", n=self.matched, pre=f"{self.pre_mean:.0f}", post=f"{self.post_mean:.0f}",
                 gain=f"{self.gain:+.0f}", g=f"{self.g:.2f}", band=t(f"assessment.band.{self.band}")
                 if self.band else "—", p=_p_text(self.p_value))
        return f"{text} {self.note}".strip()

    def summary(self) -> pd.Series:
        """The class figures as a labelled Series (for a table in the notebook)."""
        digits = {"matched": 0, "pre_mean": 1, "post_mean": 1, "gain": 1, "g": 2, "g_learners": 2, "p_value": 4,
                  "pre_all": 1, "post_all": 1}
        return pd.Series({t(f"assessment.gain.{k}"): round(float(getattr(self, k)), d) if d else int(self.matched)
                          for k, d in digits.items()}, dtype=object)


def _p_text(p) -> str:
    if p is None or not np.isfinite(p):
        return "= —"
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"


def learning_gain(pre, post) -> GainResult:
    """The learning gain from a pre-test to a post-test of the same items.

    Per learner who took both: raw gain = post% − pre% (points) and Hake's normalised gain
    g = (post% − pre%) / (100 − pre%), the share of what could still be learned that was learned (Hake 1998;
    undefined when the pre-test was 100 %). For the class: Hake's <g> of the class means, and the mean of the
    learners' own g (they differ; Bao 2006). Per item: the share correct before and after among the matched
    learners and the exact McNemar test on the learners who changed (:func:`mcnemar_exact`). For the scores:
    the Wilcoxon signed-rank test of the paired differences (``scipy.stats.wilcoxon``, two-sided).

    Learners are matched by the name (or code) they wrote, compared without case after trimming spaces and
    full-width forms;
    a learner who took only one test is listed in ``only_pre`` / ``only_post`` and in ``note``, and left out
    of the paired figures (``pre_all`` / ``post_all`` still count everyone).

    Parameters
    ----------
    pre, post : ScoreResult
        :func:`score` of the two tests (the same items).

    Returns
    -------
    GainResult

    Raises
    ------
    cxlab.InputError
        Not score results, different items in the two tests, or no learner in both.

    Examples
    --------
    Three items. Ann 1/3 → 3/3, Bo 2/3 → 2/3, Cy 0/3 → 2/3 (and Di only before):
    pre mean (33.3 + 66.7 + 0) / 3 = 33.3 %, post (100 + 66.7 + 66.7) / 3 = 77.8 %, gain 44.4 points,
    <g> = 44.4 / 66.7 = 0.67; Ann's g = 66.7 / 66.7 = 1, Bo's 0, Cy's 66.7 / 100 = 0.67.

    >>> items = test_items(modules=[1])
    >>> key = ["b", "c", "b"]
    >>> def sheet(rows):
    ...     return pd.DataFrame([(who, i, a) for who, answers in rows.items()
    ...                          for i, a in zip(items.index, answers)], columns=["learner", "item", "answer"])
    >>> pre = score(sheet({"Ann": ["b", "a", "a"], "Bo": ["b", "c", "a"], "Cy": ["a", "a", "a"],
    ...                    "Di": key}), items)
    >>> post = score(sheet({"Ann": key, "Bo": ["b", "c", "a"], "Cy": ["b", "c", "a"]}), items)
    >>> r = learning_gain(pre, post)
    >>> round(r.gain, 1), round(r.g, 2), r.learners["g"].round(2).tolist(), r.only_pre
    (44.4, 0.67, [1.0, 0.0, 0.67], ('Di',))
    """
    for name, value in (("pre", pre), ("post", post)):
        if not isinstance(value, ScoreResult):
            raise _check.invalid(name, value, t("check.takes.result", producer="assessment.score", kind="ScoreResult"))
    if pre.order != post.order:
        raise _error("different_items", pre=len(pre.order), post=len(post.order),
                     first=next((a for a, b in zip(pre.order + ("—",), post.order + ("—",)) if a != b), "—"))
    pre_ids, post_ids = list(pre.learners.index), list(post.learners.index)
    pre_keys = {x.casefold(): x for x in pre_ids}
    post_keys = {x.casefold(): x for x in post_ids}
    matched = [x for x in pre_ids if x.casefold() in post_keys]
    partner = [post_keys[x.casefold()] for x in matched]     # the same learner as written in the post-test
    only_pre = tuple(x for x in pre_ids if x.casefold() not in post_keys)
    only_post = tuple(x for x in post_ids if x.casefold() not in pre_keys)
    if not matched:
        raise _error("no_pairs", pre=len(pre_ids), post=len(post_ids))
    a = pre.learners.loc[matched, "percent"].to_numpy(dtype=float)
    b = post.learners.loc[partner, "percent"].to_numpy(dtype=float)
    g = _normalised_gain(a, b)
    learners = pd.DataFrame({"pre": a, "post": b, "gain": b - a, "g": g, "band": [_band(x) for x in g]},
                            index=pd.Index(matched, name="learner"))
    pre_mean, post_mean = float(a.mean()), float(b.mean())
    class_g = float(_normalised_gain(pre_mean, post_mean))
    defined = g[np.isfinite(g)]
    # per item, among the matched learners
    right_pre = pre.answers.pivot(index="learner", columns="item", values="correct").loc[matched, list(pre.order)]
    right_post = post.answers.pivot(index="learner", columns="item", values="correct").loc[partner,
                                                                                         list(pre.order)]
    right_post.index = right_pre.index
    improved = (~right_pre & right_post).sum().astype(int)
    worsened = (right_pre & ~right_post).sum().astype(int)
    items = pd.DataFrame({
        "module": pre.items["module"], "concept": pre.items["concept"],
        "pre": right_pre.mean().to_numpy(dtype=float), "post": right_post.mean().to_numpy(dtype=float)},
        index=pd.Index(list(pre.order), name="item"))
    items["change"] = items["post"] - items["pre"]
    items["improved"] = improved.to_numpy()
    items["worsened"] = worsened.to_numpy()
    items["p_value"] = [mcnemar_exact(int(i), int(w)) for i, w in zip(improved, worsened)]
    statistic, p_value = _wilcoxon(b - a)
    return GainResult(learners=learners, items=items, matched=len(matched), only_pre=only_pre, only_post=only_post,
                      pre_mean=pre_mean, post_mean=post_mean, gain=post_mean - pre_mean, g=class_g,
                      g_learners=float(defined.mean()) if defined.size else float("nan"), band=_band(class_g),
                      pre_all=float(pre.learners["percent"].mean()), post_all=float(post.learners["percent"].mean()),
                      statistic=statistic, p_value=p_value)


def _wilcoxon(differences):
    """Wilcoxon signed-rank test (two-sided) via scipy; NaN when fewer than two differences are non-zero."""
    d = np.asarray(differences, dtype=float)
    if np.count_nonzero(d) < 2:
        return float("nan"), float("nan")
    from scipy import stats as sps

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = sps.wilcoxon(d, zero_method="wilcox", alternative="two-sided")
    return float(result.statistic), float(result.pvalue)


# ---------------------------------------------------------------------------------------------------------------
# The participant feedback form
# ---------------------------------------------------------------------------------------------------------------

#: The columns of a feedback form besides the per-module CSAT columns ``csat_01`` … ``csat_07`` (1–5):
#: ``recommend`` (0–10, the NPS question), ``ease`` (1–7, "the workshop made it easy for me to apply what I
#: learned", CES 2.0 style), ``comment`` (open text).
FEEDBACK_COLUMNS = ("respondent", "recommend", "ease", "comment")

#: Themes of workshop comments for :func:`cxlab.value.feedback` (the same shape as :data:`cxlab.value.LEXICON`;
#: names ``assessment.theme.<id>``). Words learners write: input data.
WORKSHOP_LEXICON = {  # i18n: input-variants
    "pace": {"zh": ("节奏", "太快", "太赶", "赶", "太慢", "拖沓", "时间不够", "时间太短", "休息"),
             "en": ("pace", "too fast", "rushed", "too slow", "not enough time", "more time", "break", "breaks")},
    "exercises": {"zh": ("练习", "动手", "实操", "小组", "讨论", "案例练习", "互动"),
                  "en": ("exercise", "exercises", "hands-on", "practice", "group work", "discussion", "interactive")},
    "cases": {"zh": ("案例", "例子", "实例", "行业"),
              "en": ("case", "cases", "example", "examples", "real-life", "industry")},
    "trainer": {"zh": ("老师", "讲师", "讲解", "讲得"),
                "en": ("trainer", "facilitator", "explained", "explanation", "instructor")},
    "tools": {"zh": ("软件", "电脑", "代码", "笔记本", "安装", "Python", "Jupyter", "图表"),
              "en": ("software", "laptop", "code", "notebook", "notebooks", "install", "python", "jupyter",
                     "charts")},
    "apply": {"zh": ("工作中", "用得上", "落地", "应用", "实用", "回去"),
              "en": ("apply", "my job", "at work", "useful", "practical", "back at work")},
}


#: Tone words of workshop comments: the value module's :data:`cxlab.value.TONE_WORDS` plus what learners write
#: about a course ("实用", "跟不上", "too fast"). Input data, like the lexicon.
_WORKSHOP_TONE = {  # i18n: input-variants
    "positive": {"zh": ("实用", "有帮助", "有收获", "清楚", "好懂", "用得上"),
                 "en": ("useful", "clear", "clearly", "practical", "insightful")},
    "negative": {"zh": ("太快", "跟不上", "太短", "太多时间", "太赶", "不够"),
                 "en": ("too fast", "rushed", "confusing", "boring")},
}


def _workshop_tone():
    from . import value

    return {tone: {lang: tuple(value.TONE_WORDS[tone][lang]) + _WORKSHOP_TONE[tone][lang] for lang in ("zh", "en")}
            for tone in ("positive", "negative")}


def _feedback_modules(frame) -> list:
    found = []
    for column in frame.columns:
        match = re.fullmatch(r"csat_(\d\d)", str(column))
        if match and int(match.group(1)) in MODULES:
            found.append(int(match.group(1)))
    return found


@dataclass
class FeedbackReport:
    """The analysis of a feedback form (see :func:`feedback_report`).

    Attributes
    ----------
    modules : DataFrame
        Index ``module`` (int, course order): ``n``, ``satisfied``, ``share``, ``low``, ``high`` (top-2 CSAT
        with its Wilson interval, :func:`cxlab.value.csat`), ``mean``.
    csat : dict
        ``{module: CSATResult}``.
    nps : cxlab.value.NPSResult
    ease : cxlab.value.CESResult
    comments : cxlab.value.FeedbackResult or None
        Themes and tone of the comments (None when nobody wrote one).
    n : int
        Forms received.
    """

    modules: pd.DataFrame
    csat: dict
    nps: object
    ease: object
    comments: object
    n: int

    def describe(self) -> str:
        """One sentence: forms, NPS with its interval, the best and weakest module."""
        best, worst = self.modules["share"].idxmax(), self.modules["share"].idxmin()
        return t("assessment.text.feedback", n=self.n, nps=self.nps.summary(), best=module_label(best),
                 best_share=f"{self.modules.loc[best, 'share']:.0%}", worst=module_label(worst),
                 worst_share=f"{self.modules.loc[worst, 'share']:.0%}", ease=f"{self.ease.easy_share:.0%}")


def feedback_report(responses, method: str = "adjusted_wald", confidence: float = 0.95,
                    lexicon=None) -> FeedbackReport:
    """Analyse the participant feedback form with the value module's own functions.

    * per module: top-2-box CSAT of ``csat_NN`` (1–5) with the Wilson interval — :func:`cxlab.value.csat`;
    * the recommendation question ``recommend`` (0–10): NPS with its interval — :func:`cxlab.value.nps`
      (adjusted Wald by default: a class is a small sample, Rocks 2016);
    * the ease item ``ease`` (1–7, CES 2.0 style): :func:`cxlab.value.ces`;
    * the comments ``comment``: themes and tone — :func:`cxlab.value.feedback` with :data:`WORKSHOP_LEXICON`
      and the value module's tone words plus a few a course's comments use ("实用", "跟不上", "too fast").

    Parameters
    ----------
    responses : pandas.DataFrame
        One row per participant: ``respondent``, one or more ``csat_01`` … ``csat_07``, ``recommend``, ``ease``,
        and optionally ``comment``. Blank answers are left out of each measure (not counted as low).
    method : {'wald', 'adjusted_wald'}
    confidence : float
    lexicon : dict, optional
        Themes for the comments (default :data:`WORKSHOP_LEXICON`).

    Returns
    -------
    FeedbackReport

    Examples
    --------
    Four forms: CSAT of module 01 is 5, 4, 4, 2 → 3 of 4 top-2 = 75 %; recommend 10, 9, 8, 5 → 2 promoters and
    1 detractor of 4 = NPS 25.

    >>> forms = pd.DataFrame({"respondent": ["a", "b", "c", "d"], "csat_01": [5, 4, 4, 2],
    ...                       "recommend": [10, 9, 8, 5], "ease": [7, 6, 5, 3],
    ...                       "comment": ["练习很实用", "节奏太快", "", "More examples please"]})
    >>> r = feedback_report(forms)
    >>> float(r.modules.loc[1, "share"]), r.nps.nps, r.ease.easy
    (0.75, 25.0, 3)
    """
    from . import value

    frame = _check.check_frame("responses", responses, columns=("recommend", "ease"))
    modules = _feedback_modules(frame)
    if not modules:
        raise _error("no_csat_columns", columns=", ".join(map(str, frame.columns[:8])))
    method = _check.check_choice("method", method, value.METHODS)
    confidence = _check.check_number("confidence", confidence, low=0, high=1, low_open=True, high_open=True)
    csat = {m: value.csat(frame[f"csat_{m:02d}"], scale=5, top=2, confidence=confidence) for m in modules}
    table = pd.DataFrame([{"module": m, "n": r.n, "satisfied": r.satisfied, "share": r.share, "low": r.low,
                           "high": r.high, "mean": r.mean} for m, r in csat.items()]).set_index("module")
    nps = value.nps(frame["recommend"], method=method, confidence=confidence)
    ease = value.ces(frame["ease"], scale=7, confidence=confidence)
    comments = None
    if "comment" in frame.columns:
        texts = [c for c in frame["comment"].tolist() if isinstance(c, str) and c.strip()]
        if texts:
            comments = value.feedback(texts, lexicon=WORKSHOP_LEXICON if lexicon is None else lexicon,
                                      tone_words=_workshop_tone())
    return FeedbackReport(modules=table, csat=csat, nps=nps, ease=ease, comments=comments, n=len(frame))


# ---------------------------------------------------------------------------------------------------------------
# The CX maturity self-assessment
# ---------------------------------------------------------------------------------------------------------------

#: The six dimensions of the self-assessment. Names: ``assessment.dimension.<id>``.
DIMENSIONS = ("strategy", "understanding", "design", "measurement", "loop", "culture")
#: The five stages, lowest first. Names and descriptions: ``assessment.stage.<id>.{name,description}``.
STAGES = ("reactive", "emerging", "structured", "integrated", "embedded")
#: The kit's convention for stages: the 1–5 scale cut into five equal bands of 0.8 (stage 1 below 1.8, stage 2
#: below 2.6, 3 below 3.4, 4 below 4.2, stage 5 from 4.2). A reading aid, not a published threshold.
STAGE_BOUNDS = (1.8, 2.6, 3.4, 4.2)
#: Rating scale of a statement: 1 "not true of us at all" … 5 "fully true of us".
RATING_SCALE = (1, 5)
#: The statements, three per dimension: ``(statement id, dimension)``. Texts: ``assessment.statement.<id>``.
STATEMENTS = tuple((f"{d}_{k}", d) for d in DIMENSIONS for k in (1, 2, 3))
#: The course modules that address each dimension (the first is the main one).
DIMENSION_MODULES = {
    "strategy": (1, 6, 5),        # pyramid priorities; the return and the damage make the business case
    "understanding": (2, 3, 4),   # KANO, SERVQUAL, journey and personas
    "design": (4, 1),             # journey map and moments of truth; the pyramid's levels
    "measurement": (7, 3),        # NPS / CSAT / CES with their intervals; SERVQUAL gaps
    "loop": (7, 5),               # closed loop and complaint handling; the damage of silent customers
    "culture": (1, 7),            # internal customers; staff training and feedback
}
_STATEMENT_DIMENSION = dict(STATEMENTS)


def dimension_name(dimension: str) -> str:
    """Display name of a maturity dimension of :data:`DIMENSIONS`."""
    dimension = _check.check_choice("dimension", dimension, DIMENSIONS)
    return t(f"assessment.dimension.{dimension}")


def stage_name(stage: str) -> str:
    """Display name of a stage of :data:`STAGES`."""
    stage = _check.check_choice("stage", stage, STAGES)
    return t(f"assessment.stage.{stage}.name")


def stage_table(lang=None) -> pd.DataFrame:
    """The five stages labelled for people: number, name, the band of mean ratings and the description.

    >>> stage_table("en").iloc[0].tolist()[:2]
    ['1', 'Reactive']
    """
    lang = _lang(lang)
    edges = (RATING_SCALE[0], *STAGE_BOUNDS, RATING_SCALE[1])
    rows = []
    for k, stage in enumerate(STAGES):
        band = t("core.range", lang=lang, low=f"{edges[k]:.1f}", high=f"{edges[k + 1]:.1f}")
        rows.append((str(k + 1), t(f"assessment.stage.{stage}.name", lang=lang), band,
                     t(f"assessment.stage.{stage}.description", lang=lang)))
    return pd.DataFrame(rows, columns=[t(f"assessment.column.{c}", lang=lang)
                                       for c in ("number", "stage", "band", "description")])


def statement_table(lang=None) -> pd.DataFrame:
    """The statements of the self-assessment by dimension (index: statement id), for a sheet or a slide."""
    lang = _lang(lang)
    return pd.DataFrame({
        t("assessment.column.dimension", lang=lang): [t(f"assessment.dimension.{d}", lang=lang) for _, d in STATEMENTS],
        t("assessment.column.statement", lang=lang): [t(f"assessment.statement.{s}", lang=lang) for s, _ in STATEMENTS],
    }, index=pd.Index([s for s, _ in STATEMENTS], name="statement"))


def stage_of(score) -> str:
    """The stage of a mean rating (1–5) by :data:`STAGE_BOUNDS`.

    >>> stage_of(1.0), stage_of(2.6), stage_of(4.19), stage_of(5)
    ('reactive', 'structured', 'integrated', 'embedded')
    """
    score = _check.check_number("score", score, low=RATING_SCALE[0], high=RATING_SCALE[1])
    return STAGES[int(np.searchsorted(STAGE_BOUNDS, score, side="right"))]


@dataclass
class MaturityResult:
    """The CX maturity of a managers' group (see :func:`maturity`).

    Attributes
    ----------
    respondents : DataFrame
        Index ``respondent``, one column per dimension: each manager's mean rating (NaN when they rated none
        of its statements).
    dimensions : DataFrame
        Index ``dimension`` (:data:`DIMENSIONS` order): ``mean`` (of the managers' dimension scores), ``sd``
        (sample, ddof 1), ``min``, ``max``, ``range``, ``n``, ``stage``, ``disagree`` (sd ≥ the threshold).
        A dimension nobody rated has n = 0, NaN figures and stage ''.
    overall : float
        Mean of the means of the dimensions rated.
    stage : str
        Stage of ``overall``.
    disagree_at : float
    missing : int
        Ratings left blank.
    """

    respondents: pd.DataFrame
    dimensions: pd.DataFrame
    overall: float
    stage: str
    disagree_at: float
    missing: int = 0

    def describe(self) -> str:
        """One sentence: managers, overall stage, strongest and weakest dimension, where they disagree."""
        d = self.dimensions
        split = [dimension_name(x) for x in d.index[d["disagree"]]]
        text = t("assessment.text.maturity", n=len(self.respondents), overall=f"{self.overall:.1f}",
                 stage=stage_name(self.stage), best=dimension_name(d["mean"].idxmax()),
                 worst=dimension_name(d["mean"].idxmin()))
        if split:
            text += " " + t("assessment.text.disagree", dimensions=t("assessment.list_separator").join(split))
        return text

    def table(self) -> pd.DataFrame:
        """The dimensions labelled for people: name, mean, spread, stage, disagreement."""
        d = self.dimensions
        return pd.DataFrame({
            # positional values: the frame's index is the dimensions' names, not their ids
            t("assessment.column.mean"): d["mean"].round(2).to_numpy(), t("assessment.column.sd"): d["sd"].round(2).to_numpy(),
            t("assessment.column.range"): [t("core.range", low=f"{lo:.1f}", high=f"{hi:.1f}") for lo, hi in zip(d["min"], d["max"])],
            t("assessment.column.stage"): [stage_name(s) for s in d["stage"]],
            t("assessment.column.disagree"): [t("assessment.yes") if x else "" for x in d["disagree"]],
        }, index=pd.Index([dimension_name(x) for x in d.index], name=t("assessment.column.dimension")))


def maturity(answers, disagree: float = 1.0) -> MaturityResult:
    """Score a CX maturity self-assessment: each manager, each dimension, the group.

    A manager's dimension score is the mean of their ratings of its three statements (1–5; blanks left out);
    the group's is the mean of the managers' scores, with its spread. The stage follows :data:`STAGE_BOUNDS`.
    Managers *disagree* on a dimension when the standard deviation of their scores is at least ``disagree``
    points — a sign to talk before acting (the kit's convention; on a 1–5 scale a sd of 1 means the managers sit
    about two stages apart).

    Parameters
    ----------
    answers : pandas.DataFrame
        Long: ``respondent``, ``statement`` (ids of :data:`STATEMENTS`), ``rating`` (1–5, blank allowed).
    disagree : float
        Standard deviation from which a dimension is flagged (0.1–4, default 1.0).

    Returns
    -------
    MaturityResult

    Raises
    ------
    cxlab.InputError
        Missing columns, an unknown statement, a rating outside 1–5 or not a whole number, a statement rated twice
        by one manager, no rating at all.

    Examples
    --------
    Two managers rate the three strategy statements: A 2, 2, 3 (mean 7/3 = 2.33), B 4, 4, 5 (13/3 = 4.33);
    group mean 3.33 (stage 'structured'), sd = |4.33 − 2.33| / √2 = 1.41 ≥ 1: they disagree.

    >>> rows = [("A", "strategy_1", 2), ("A", "strategy_2", 2), ("A", "strategy_3", 3),
    ...         ("B", "strategy_1", 4), ("B", "strategy_2", 4), ("B", "strategy_3", 5)]
    >>> r = maturity(pd.DataFrame(rows, columns=["respondent", "statement", "rating"]))
    >>> d = r.dimensions.loc["strategy"]
    >>> round(float(d["mean"]), 2), d["stage"], round(float(d["sd"]), 2), bool(d["disagree"])
    (3.33, 'structured', 1.41, True)
    """
    frame = _check.check_frame("answers", answers, columns=("respondent", "statement", "rating"))
    disagree = _check.check_number("disagree", disagree, low=0.1, high=4)
    statements = frame["statement"].map(lambda s: str(s).strip() if isinstance(s, str) else s)
    unknown = ~statements.isin(list(_STATEMENT_DIMENSION))
    if unknown.any():
        row = int(np.argmax(unknown.to_numpy()))
        raise _error("unknown_statement", row=row + 1, value=_check.fmt_value(frame["statement"].iloc[row]),
                     accepted=", ".join(_STATEMENT_DIMENSION))
    blank_id = frame["respondent"].isna() | (frame["respondent"].astype(str).str.strip() == "")
    if blank_id.any():
        raise _error("blank_id", column="respondent", row=int(np.argmax(blank_id.to_numpy())) + 1)
    respondents = [_learner_id(v) for v in frame["respondent"]]
    ratings = _ratings(frame["rating"])
    clean = pd.DataFrame({"respondent": respondents, "statement": statements.to_numpy(), "rating": ratings})
    twice = clean.duplicated(["respondent", "statement"])
    if twice.any():
        row = int(np.argmax(twice.to_numpy()))
        raise _error("rated_twice", respondent=clean["respondent"].iloc[row],
                     statement=clean["statement"].iloc[row], row=row + 1)
    missing = int(clean["rating"].isna().sum())
    clean = clean.dropna(subset=["rating"])
    if clean.empty:
        raise _error("no_ratings", missing=missing)
    clean["dimension"] = clean["statement"].map(_STATEMENT_DIMENSION)
    people = list(dict.fromkeys(respondents))
    per = clean.groupby(["respondent", "dimension"])["rating"].mean().unstack("dimension")
    per = per.reindex(index=[p for p in people if p in per.index], columns=list(DIMENSIONS))
    per.index.name, per.columns.name = "respondent", None
    stats = pd.DataFrame({"mean": per.mean(), "sd": per.std(ddof=1), "min": per.min(), "max": per.max(),
                          "n": per.notna().sum().astype(int)})
    stats.index.name = "dimension"
    stats["range"] = stats["max"] - stats["min"]
    stats["stage"] = [stage_of(m) if np.isfinite(m) else "" for m in stats["mean"]]
    stats["disagree"] = (stats["sd"] >= disagree - 1e-12).fillna(False).astype(bool)
    stats = stats[["mean", "sd", "min", "max", "range", "n", "stage", "disagree"]]
    overall = float(stats["mean"].mean())   # NaN means (unrated dimensions) are skipped
    return MaturityResult(respondents=per, dimensions=stats, overall=overall, stage=stage_of(overall),
                          disagree_at=disagree, missing=missing)


def _ratings(values) -> np.ndarray:
    out = np.full(len(values), np.nan)
    low, high = RATING_SCALE
    for i, v in enumerate(values.tolist()):
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            continue
        if isinstance(v, str):
            text = unicodedata.normalize("NFKC", v).strip()
            if not text:
                continue
            v = float(text) if re.fullmatch(r"[+-]?\d+(?:\.0*)?", text) else None
        if isinstance(v, (bool, np.bool_)) or v is None or not isinstance(v, (int, float, np.number)) \
                or not float(v).is_integer() or not low <= float(v) <= high:
            raise _error("bad_rating", row=i + 1, value=_check.fmt_value(values.iloc[i]), low=low, high=high)
        out[i] = float(v)
    return out


def maturity_gaps(result: MaturityResult, below: float = 3.0) -> pd.DataFrame:
    """The weak dimensions of a maturity result and the course modules that address them, weakest first.

    A dimension is weak when the group's mean is below ``below`` (default 3.0, the middle of the scale);
    a dimension where the managers disagree is listed too (``reason`` 'disagree'), since the group must first
    agree where it stands.

    Parameters
    ----------
    result : MaturityResult
    below : float
        1–5.

    Returns
    -------
    pandas.DataFrame
        Index ``dimension``: ``name``, ``mean``, ``stage``, ``gap`` (``below − mean``, ≥ 0 for weak ones),
        ``reason`` ('weak', 'disagree' or 'weak, disagree'), ``modules`` (tuple of module numbers, main first),
        ``module_names`` (labelled, in the current language). Empty when nothing is weak or disputed.

    Examples
    --------
    >>> rows = [("A", s, 2 if d == "loop" else 4) for s, d in STATEMENTS]
    >>> gaps = maturity_gaps(maturity(pd.DataFrame(rows, columns=["respondent", "statement", "rating"])))
    >>> list(gaps.index), gaps.loc["loop", "modules"]
    (['loop'], (7, 5))
    """
    if not isinstance(result, MaturityResult):
        raise _check.invalid("result", result, t("check.takes.result", producer="assessment.maturity", kind="MaturityResult"))
    below = _check.check_number("below", below, low=RATING_SCALE[0], high=RATING_SCALE[1])
    d = result.dimensions
    weak = d["mean"] < below
    chosen = d[weak | d["disagree"]].copy()
    chosen = chosen.sort_values("mean", kind="stable")
    reasons = []
    for dim in chosen.index:
        parts = (["weak"] if weak[dim] else []) + (["disagree"] if d.loc[dim, "disagree"] else [])
        reasons.append(", ".join(parts))
    out = pd.DataFrame({
        "name": [dimension_name(x) for x in chosen.index], "mean": chosen["mean"], "stage": chosen["stage"],
        "gap": (below - chosen["mean"]).clip(lower=0), "reason": reasons,
        "modules": [DIMENSION_MODULES[x] for x in chosen.index],
        "module_names": [t("assessment.list_separator").join(module_label(m) for m in DIMENSION_MODULES[x])
                         for x in chosen.index]}, index=pd.Index(list(chosen.index), name="dimension"))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------------------------

def _check_type(name, value, kind, producer):
    if not isinstance(value, kind):
        raise _check.invalid(name, value, t("check.takes.result", producer=producer, kind=kind.__name__))


def plot_scores(result: ScoreResult, ax=None, title: str | None = None):
    """Share of learners answering each module's items correctly (one bar per module), for the projector.

    >>> ax = plot_scores(score(pd.DataFrame({"learner": ["a"], "item": ["value_nps"], "answer": ["45"]}),
    ...                        test_items(modules=[7])))
    """
    from . import plotting, style

    _check_type("result", result, ScoreResult, "assessment.score")
    title = _check.check_text("title", title, none=True)
    by_module = result.answers.groupby("module", sort=True)["correct"].mean()
    labels = [module_label(m, short=True) for m in by_module.index]
    ax = style.axes(ax, (11, max(3.4, 0.62 * len(labels) + 1.8)))
    values = 100 * by_module.to_numpy(dtype=float)
    plotting.interval_bars(ax, labels, values, values, values, limits=(0, 118), fmt=lambda v: f"{v:.0f}%",
                           zero_line=False)
    ax.set_xlabel(t("assessment.plot.share_correct"))
    ax.set_title(title or t("assessment.plot.scores_title", n=len(result.learners)))
    return ax


def plot_gain(result: GainResult, ax=None, title: str | None = None):
    """Per item: share correct in the pre-test (grey dot) and in the post-test (coloured dot), joined by a line;
    items whose McNemar p < 0.05 are marked ★. One row per item, test order, top down.

    >>> ax = plot_gain(learning_gain(*[score(pd.DataFrame({"learner": ["a"], "item": ["value_nps"],
    ...     "answer": [x]}), test_items(modules=[7], n_per_module=1)) for x in ("1", "45")]))   # doctest: +SKIP
    """
    from . import style

    _check_type("result", result, GainResult, "assessment.learning_gain")
    title = _check.check_text("title", title, none=True)
    items = result.items
    ax = style.axes(ax, (10, max(3.5, 0.42 * len(items) + 1.8)))
    y = np.arange(len(items))[::-1]
    pre, post = 100 * items["pre"].to_numpy(), 100 * items["post"].to_numpy()
    ax.hlines(y, np.minimum(pre, post), np.maximum(pre, post), color="#999999", lw=2, zorder=1)
    ax.scatter(pre, y, s=70, color="#AAAAAA", zorder=2, label=t("assessment.plot.pre"))
    ax.scatter(post, y, s=90, color=style.PALETTE[0], zorder=3, label=t("assessment.plot.post"))
    labels = [f"{m:02d} · {c}" + (" ★" if p < 0.05 else "")
              for m, c, p in zip(items["module"], items["concept"], items["p_value"])]
    ax.set_yticks(y, labels)
    ax.set_xlim(-3, 103)
    ax.set_ylim(-0.7, len(items) - 0.3)
    ax.set_xlabel(t("assessment.plot.share_correct"))
    ax.set_title(title or t("assessment.plot.gain_title", n=result.matched, g=f"{result.g:.2f}"), loc="right")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.07 - 0.6 / max(len(items), 1)), ncol=2, frameon=False)
    ax.grid(axis="y", visible=False)
    return ax


def plot_feedback(report: FeedbackReport, ax=None, title: str | None = None):
    """CSAT (top-2 share) per module with its Wilson interval, for the projector.

    >>> ax = plot_feedback(feedback_report(pd.DataFrame({"respondent": ["a", "b"], "csat_01": [5, 3],
    ...                                                  "recommend": [9, 6], "ease": [6, 4]})))
    """
    from . import plotting, style

    _check_type("report", report, FeedbackReport, "assessment.feedback_report")
    title = _check.check_text("title", title, none=True)
    m = report.modules
    labels = [module_label(x, short=True) for x in m.index]
    ax = style.axes(ax, (11, max(3.4, 0.62 * len(labels) + 1.8)))
    plotting.interval_bars(ax, labels, 100 * m["share"], 100 * m["low"], 100 * m["high"], limits=(0, 118),
                           fmt=lambda v: f"{v:.0f}%", zero_line=False)
    ax.set_xlabel(t("assessment.plot.csat_axis"))
    ax.set_title(title or t("assessment.plot.feedback_title", n=report.n))
    return ax


def plot_feedback_comments(report: FeedbackReport, ax=None):
    """The comments' themes and tone, drawn by :func:`cxlab.value.plot_feedback_themes` with the workshop
    themes' names."""
    from dataclasses import replace

    from . import value

    _check_type("report", report, FeedbackReport, "assessment.feedback_report")
    if report.comments is None:
        raise _error("no_comments")
    names = {th: (t(f"assessment.theme.{th}") if th in WORKSHOP_LEXICON else th)
             for th in report.comments.themes.index}
    named = replace(report.comments, themes=report.comments.themes.rename(index=names))
    return value.plot_feedback_themes(named, ax=ax, title=t("assessment.plot.comments_title"))


_STAGE_COLOURS = ("#F4E1D2", "#F6ECD0", "#EEF2D8", "#DDEEDB", "#D2E8E4")


def plot_maturity(result: MaturityResult, ax=None, title: str | None = None, managers: bool = True):
    """The group's maturity profile: one bar per dimension (the mean), a whisker from the lowest to the highest
    manager, each manager as a small dot (``managers=True``), the five stages as shaded bands with their names
    on top; a dimension where the managers disagree is marked in its label. Readable on a projector in zh and en.

    >>> rows = [(p, s, r) for p, base in (("A", 2), ("B", 4)) for s, _ in STATEMENTS for r in (base,)]
    >>> ax = plot_maturity(maturity(pd.DataFrame(rows, columns=["respondent", "statement", "rating"])))
    """
    from . import plotting, style

    _check_type("result", result, MaturityResult, "assessment.maturity")
    title = _check.check_text("title", title, none=True)
    managers = _check.check_bool("managers", managers)
    d = result.dimensions
    ax = style.axes(ax, (11, 6.2))
    edges = (1.0, *STAGE_BOUNDS, 5.0)
    for k, stage in enumerate(STAGES):
        ax.axvspan(edges[k], edges[k + 1], color=_STAGE_COLOURS[k], zorder=0, lw=0)
        ax.text((edges[k] + edges[k + 1]) / 2, 1.0, stage_name(stage), transform=ax.get_xaxis_transform(),
                ha="center", va="bottom", fontsize="small", color="#444444")
    labels = [dimension_name(x) + (t("assessment.plot.disagree_mark") if flag else "")
              for x, flag in zip(d.index, d["disagree"])]
    chart = plotting.interval_bars(ax, labels, d["mean"], d["min"], d["max"], limits=(1, 5.55),
                                   fmt=lambda v: f"{v:.1f}", zero_line=False, color=style.PALETTE[0])
    for bar in chart.marks:   # bars start at the scale's floor (1), not at 0
        bar.set_x(1.0)
        bar.set_width(bar.get_width() - 1.0)
        bar.set_alpha(0.85)
    if managers and len(result.respondents) > 1:
        y = np.arange(len(d))[::-1]
        for row, dim in zip(y, d.index):
            scores = result.respondents[dim].dropna().to_numpy()
            ax.scatter(scores, np.full(len(scores), row - 0.36), s=90, color="#222222", marker="|", linewidths=2,
                       zorder=4)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.set_xlabel(t("assessment.plot.maturity_axis"))
    ax.set_title(title or t("assessment.plot.maturity_title", n=len(result.respondents),
                            stage=stage_name(result.stage), overall=f"{result.overall:.1f}"), pad=26)
    return ax


# ---------------------------------------------------------------------------------------------------------------
# Live class surveys (registered in cxlab.classroom.forms)
# ---------------------------------------------------------------------------------------------------------------

def live_surveys() -> dict:
    """The classroom surveys of this room: ``pretest``, ``posttest`` (the default test of :func:`test_items`:
    every module, three items each, the same items), ``feedback`` and ``maturity``. Their frames are what
    :func:`score`, :func:`feedback_report` and :func:`maturity` take."""
    from .classroom.forms import Survey

    return {
        "pretest": Survey("pretest", "assessment", _test_questions, _test_frame,
                          ("learner", "item", "answer"), chart=_chart_test),
        "posttest": Survey("posttest", "assessment", _test_questions, _test_frame,
                           ("learner", "item", "answer"), chart=_chart_test),
        "feedback": Survey("feedback", "assessment", _feedback_questions, _feedback_frame,
                           ("respondent", *[f"csat_{m:02d}" for m in MODULES], "recommend", "ease", "comment"),
                           chart=_chart_feedback),
        "maturity": Survey("maturity", "assessment", _maturity_questions, _maturity_frame,
                           ("respondent", "statement", "rating"), chart=_chart_maturity),
    }


def _test_questions(lang):
    from .classroom.forms import Question

    questions = [Question(id="learner", kind="text", text=t("assessment.live.learner", lang=lang))]
    for item in _items(test_items()):
        if item.kind == "choice":
            options = tuple((letter, f"{letter.upper()}. {text}") for letter, text in item.options(lang))
            questions.append(Question(id=item.id, kind="choice", text=item.text(lang), options=options,
                                      required=False, group=MODULES[item.module]))
        else:
            questions.append(Question(id=item.id, kind="text", text=item.text(lang), required=False,
                                      group=MODULES[item.module]))
    return questions


def _test_frame(rows):
    records, seen = [], {}
    for row in rows:
        answers = row["answers"]
        name = _learner_id(answers.get("learner", "")) or "?"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:   # two phones, one name: keep both, apart
            name = f"{name} ({seen[name]})"
        for item in BANK:
            if item in answers:
                records.append((name, item, str(answers[item])))
    return pd.DataFrame.from_records(records, columns=["learner", "item", "answer"])


def _feedback_questions(lang):
    from .classroom.forms import Question

    csat = tuple((v, t(f"assessment.live.csat.{v}", lang=lang)) for v in (5, 4, 3, 2, 1))
    ease = tuple((v, t(f"assessment.live.ease.{v}", lang=lang)) for v in range(7, 0, -1))
    questions = [Question(id=f"csat_{m:02d}", kind="choice", required=False, options=csat,
                          text=t("assessment.live.csat_question", lang=lang,
                                 module=t(f"welcome.course.title.{stem}", lang=lang)))
                 for m, stem in MODULES.items()]
    questions += [
        Question(id="recommend", kind="choice", text=t("assessment.live.recommend", lang=lang),
                 options=tuple((v, str(v)) for v in range(11)), layout="scale"),
        Question(id="ease", kind="choice", text=t("assessment.live.ease_question", lang=lang), options=ease),
        Question(id="comment", kind="text", text=t("assessment.live.comment", lang=lang), required=False),
    ]
    return questions


def _feedback_frame(rows):
    columns = ["respondent", *[f"csat_{m:02d}" for m in MODULES], "recommend", "ease", "comment"]
    records = []
    for number, row in enumerate(rows, start=1):
        a = row["answers"]
        records.append([f"L{number:03d}", *[a.get(f"csat_{m:02d}") for m in MODULES], a.get("recommend"),
                        a.get("ease"), a.get("comment", "")])
    frame = pd.DataFrame.from_records(records, columns=columns)
    for column in columns[1:-1]:
        frame[column] = pd.array(frame[column], dtype="Int64")
    frame = frame.dropna(axis=1, how="all") if len(frame) else frame
    return frame


def _maturity_questions(lang):
    from .classroom.forms import Question

    options = tuple((v, t(f"assessment.live.rating.{v}", lang=lang)) for v in range(1, 6))
    return [Question(id=s, kind="choice", text=t(f"assessment.statement.{s}", lang=lang), options=options,
                     group=d, required=False) for s, d in STATEMENTS]


def _maturity_frame(rows):
    records = [(f"M{number:02d}", s, int(row["answers"][s]))
               for number, row in enumerate(rows, start=1) for s, _ in STATEMENTS if s in row["answers"]]
    return pd.DataFrame.from_records(records, columns=["respondent", "statement", "rating"]).astype(
        {"rating": "int64"})


def _chart_test(frame, ax):
    plot_scores(score(frame, test_items()), ax=ax)


def _chart_feedback(frame, ax):
    plot_feedback(feedback_report(frame), ax=ax)


def _chart_maturity(frame, ax):
    plot_maturity(maturity(frame), ax=ax)
