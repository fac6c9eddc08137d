"""The KANO model: classify product or service features from paired survey questions.

Each respondent answers two questions per feature: the *functional* one ("if the feature is there, how do you
feel?") and the *dysfunctional* one ("if it is not there, how do you feel?"), each on the same five-point scale
(:data:`ANSWERS`). The pair is looked up in the evaluation table (:data:`TABLE`) to give one of six categories
(:data:`CATEGORIES`); the most frequent category of a feature is its category. Coefficients and strengths tell
how sure that is and how much the feature moves satisfaction.

Contents: published constants first, then pure functions (DataFrame in, DataFrame or small dataclass out),
then ``plot_*`` functions. Nothing here reads files except :func:`read_survey` (through :mod:`cxlab.surveys`),
prints, or holds learner-facing text: every label comes from the catalog (``kano.*`` keys).

Sources
-------
- Kano, N., Seraku, N., Takahashi, F. & Tsuji, S. (1984). Attractive quality and must-be quality.
  *Journal of the Japanese Society for Quality Control*, 14(2), 39-48.
- Berger, C., Blauth, R., Boger, D., Bolster, C., Burchill, G., DuMouchel, W., Pouliot, F., Richter, R.,
  Rubinoff, A., Shen, D., Timko, M. & Walden, D. (1993). Kano's methods for understanding customer-defined
  quality. *Center for Quality of Management Journal*, 2(4), 3-36. (Evaluation table, customer satisfaction
  coefficients after Timko, DuMouchel's continuous analysis, the self-stated importance question.)
- Lee, M. C. & Newcomb, J. F. (1997). Applying the Kano methodology to meet customer requirements: NASA's
  microgravity science program. *Quality Management Journal*, 4(3), 95-110. (Total and category strength.)
- Fong, D. (1996). Using the self-stated importance questionnaire to interpret Kano questionnaire results.
  *Center for Quality of Management Journal*, 5(3), 21-24. (Significance of the leading category.)
- Matzler, K. & Hinterhuber, H. H. (1998). How to make product development projects more successful by
  integrating Kano's model of customer satisfaction into quality function deployment. *Technovation*, 18(1),
  25-38. (Better/worse coefficients, the rule M > O > A > I for close calls.)

Examples
--------
>>> import pandas as pd
>>> from cxlab import kano
>>> kano.evaluate(1, 5)                       # like it when present, dislike it when absent
'O'
>>> answers = pd.DataFrame({"respondent": [1, 2, 3], "feature": ["wifi"] * 3,
...                         "functional": [1, 2, 1], "dysfunctional": [5, 5, 3]})
>>> kano.classify(answers)[["A", "O", "M", "category", "better", "worse"]].round(2)  # doctest: +NORMALIZE_WHITESPACE
         A  O  M category  better  worse
feature
wifi     1  1  1        M    0.67  -0.67
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from . import plotting
from . import style as _style
from .i18n import LANGUAGES, t
from .surveys import ID_COLUMNS  # header names taken as the respondent id (one list for every survey reader)

__all__ = [
    "ANSWERS", "ANSWER_VARIANTS", "TABLE", "CATEGORIES", "PRIORITY", "CATEGORY_COLORS", "FUNCTIONAL_SCORES",
    "DYSFUNCTIONAL_SCORES", "IMPORTANCE_RANGE", "FONG_Z", "COLUMNS",
    "answer_codes", "category_name", "answer_name", "BetterWorseChart", "CategoriesChart",
    "SURVEY_MARKERS", "ID_COLUMNS",
    "evaluate", "classify", "continuous", "clean", "CleanReport", "read_survey", "questionnaire",
    "Questionnaire",
    "plot_better_worse", "plot_categories", "plot_continuous",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: The answer scale of both questions (Kano et al. 1984; Berger et al. 1993): 1 like, 2 must-be (I expect it),
#: 3 neutral, 4 live with, 5 dislike. Display names: ``kano.answer.<code>`` in the catalog.
ANSWERS = (1, 2, 3, 4, 5)

#: Wordings questionnaires use for each answer, in Chinese and English (what respondents were shown, not what
#: the kit says). Matching ignores case, full-width/half-width forms, spaces and trailing punctuation.
ANSWER_VARIANTS = {  # i18n: input-variants
    1: ("很喜欢", "非常喜欢", "我很喜欢", "喜欢", "我喜欢", "我喜欢这样",
        "I like it", "like", "like it", "I like it that way", "delighted"),
    2: ("理所当然", "理应如此", "理所应当", "应该的", "必须的", "它理应如此", "必备",
        "I expect it", "expect it", "expect", "must-be", "must be", "it must be that way", "I expect it that way"),
    3: ("无所谓", "没感觉", "一般", "我无所谓", "中立",
        "I am neutral", "neutral", "I'm neutral", "I don't care", "indifferent"),
    4: ("能忍受", "勉强接受", "可以接受", "无可奈何", "可以忍受", "我能忍受",
        "I can live with it", "live with", "live with it", "I can tolerate it", "tolerate", "I can accept it"),
    5: ("很不喜欢", "不喜欢", "无法接受", "我很不喜欢", "我不喜欢", "非常不喜欢",
        "I dislike it", "dislike", "dislike it", "I dislike it that way", "I don't like it"),
}

#: The evaluation table of Berger et al. (1993), p. 11: rows = functional answer 1..5, columns = dysfunctional
#: answer 1..5. A attractive, O one-dimensional, M must-be, I indifferent, R reverse, Q questionable.
TABLE = pd.DataFrame(
    [["Q", "A", "A", "A", "O"],
     ["R", "I", "I", "I", "M"],
     ["R", "I", "I", "I", "M"],
     ["R", "I", "I", "I", "M"],
     ["R", "R", "R", "R", "Q"]],
    index=pd.Index(ANSWERS, name="functional"),
    columns=pd.Index(ANSWERS, name="dysfunctional"),
)

#: The six categories, in the column order of :func:`classify`. Display names: ``kano.category.<letter>``.
CATEGORIES = ("A", "O", "M", "I", "R", "Q")

#: Which category wins when counts tie (Berger et al. 1993; Matzler & Hinterhuber 1998: "M > O > A > I"):
#: the one that hurts most when neglected comes first.
PRIORITY = ("M", "O", "A", "I", "R", "Q")

#: One colour per category, used by every chart of the kit (Okabe-Ito colours, readable by colour-blind viewers).
CATEGORY_COLORS = {
    "A": "#009E73",  # green: delight
    "O": "#0072B2",  # blue: more is better
    "M": "#D55E00",  # vermilion: basic, hurts when missing
    "I": "#999999",  # grey: nobody cares
    "R": "#CC79A7",  # purple: some want it absent
    "Q": "#E69F00",  # orange: contradictory answer
}

#: DuMouchel's scores for the continuous analysis (DuMouchel's section in Berger et al. 1993, pp. 21-26). Each
#: scale is asymmetric — the satisfying end scores 4, the other end -2 — so that a strong wish counts more than its
#: mild opposite; the two scales mirror each other, so presence and absence weigh the same.
FUNCTIONAL_SCORES = {1: 4.0, 2: 2.0, 3: 0.0, 4: -1.0, 5: -2.0}
DYSFUNCTIONAL_SCORES = {1: -2.0, 2: -1.0, 3: 0.0, 4: 2.0, 5: 4.0}

#: The self-stated importance question's scale (Berger et al. 1993): 1 not at all important .. 9 extremely.
IMPORTANCE_RANGE = (1, 9)

#: The critical value of Fong (1996): 1.65 is the one-sided 95 % normal quantile (a 90 % two-sided test).
FONG_Z = 1.65

#: The columns of the long answer frame :func:`classify`, :func:`continuous` and :func:`clean` take.
COLUMNS = ("respondent", "feature", "functional", "dysfunctional")

_TABLE_CODES = np.array([[CATEGORIES.index(v) for v in row] for row in TABLE.to_numpy()], dtype=np.int8)
_FUNC_SCORE = np.array([np.nan] + [FUNCTIONAL_SCORES[c] for c in ANSWERS])
_DYSF_SCORE = np.array([np.nan] + [DYSFUNCTIONAL_SCORES[c] for c in ANSWERS])
_PRIORITY_POS = [CATEGORIES.index(c) for c in PRIORITY]


# ---------------------------------------------------------------------------------------------------------------
# Small helpers: names, answer codes, validation
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from ._check import error

    return error(f"kano.error.{key}", **fmt)


def category_name(letter: str) -> str:
    """The display name of a category in the current language.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> category_name("M")
    'Must-be'
    """
    if not isinstance(letter, str) or letter not in CATEGORIES:
        raise _error("bad_category", value=letter, accepted=", ".join(CATEGORIES))
    return t(f"kano.category.{letter}")


def answer_name(code: int) -> str:
    """The display name of an answer code 1..5 in the current language.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> answer_name(4)
    'I can live with it'
    """
    if isinstance(code, (bool, np.bool_)) or not isinstance(code, (int, np.integer)) or code not in ANSWERS:
        raise _error("bad_answer_code", value=code, accepted=_accepted_answers())
    return t(f"kano.answer.{int(code)}")


def _normalise_label(text: str) -> str:
    """Case-, width- and space-insensitive form of an answer label ('  I Like It. ' -> 'ilikeit')."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = text.replace("\u2019", "'")
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch)[0] == "P" and ch not in "-'"))\
        .strip("-'")


@lru_cache(maxsize=1)
def answer_codes() -> dict:
    """``{label: code}`` for every accepted answer label: the variants, the catalog's names in both languages,
    and the codes written as text ('1'..'5'). Keys are as written; matching is done on a normalised form.

    >>> answer_codes()["I dislike it"]
    5
    """
    labels = {}
    for code, variants in ANSWER_VARIANTS.items():
        for label in variants:
            labels[label] = code
    for lang in LANGUAGES:
        for code in ANSWERS:
            labels[t(f"kano.answer.{code}", lang=lang)] = code
    for code in ANSWERS:
        labels[str(code)] = code
    return labels


@lru_cache(maxsize=1)
def _normalised_codes() -> dict:
    out = {}
    for label, code in answer_codes().items():
        key = _normalise_label(label)
        if out.get(key, code) != code:  # pragma: no cover - a defect of ANSWER_VARIANTS, caught by the tests
            raise RuntimeError(f"answer label {label!r} maps to two codes")
        out[key] = code
    return out


def _accepted_answers() -> str:
    names = ", ".join(f"{c} = {t(f'kano.answer.{c}')}" for c in ANSWERS)
    return t("kano.error.accepted_answers", codes=names)


def _to_codes(values, column: str) -> np.ndarray:
    """Answer codes (int8 array) of a 1-d array-like of codes or labels; InputError naming unknown values.

    The conversion is :func:`cxlab.surveys._code_of`, the one a survey file's columns go through too: numbers
    must be whole codes 1..5 (a sign is kept: ``"-1"`` or a skip code ``-2`` is refused, never read as 1 or 2),
    anything else is matched as a label (case, width, spaces and trailing punctuation ignored). It runs once
    per *distinct* value (``pd.factorize``), never per row.
    """
    from . import surveys
    from ._check import fmt_value

    series = values if isinstance(values, pd.Series) else pd.Series(np.asarray(values, dtype=object).ravel())
    if isinstance(series.dtype, np.dtype) and series.dtype.kind in "iu":  # plain codes: no lookup needed
        raw = series.to_numpy()
        if len(raw) and (raw.min() >= 1 and raw.max() <= 5):
            return raw.astype(np.int8)
    result = surveys._cell_codes(series.to_numpy(dtype=object), _normalised_codes(), ANSWERS, _normalise_label)
    bad = result < 0
    if not bad.any():
        return result.astype(np.int8)
    blank = result == surveys._BLANK
    if blank.any():
        raise _error("missing_answer", column=column, row=_plain(series.index[int(np.argmax(blank))]),
                     accepted=_accepted_answers())
    wrong = pd.unique(pd.Series(series.to_numpy(dtype=object)[bad], dtype=object).map(fmt_value))
    shown = ", ".join(wrong[:5]) + (" …" if len(wrong) > 5 else "")
    raise _error("unknown_answer", column=column, row=_plain(series.index[int(np.argmax(bad))]), values=shown,
                 count=len(wrong), accepted=_accepted_answers())


def _plain(value):
    """numpy scalars shown as plain Python values in messages."""
    return value.item() if isinstance(value, np.generic) else value


@dataclass(frozen=True)
class _Checked:
    """A validated answer frame with its respondents and features coded 0..k-1 (order of first appearance)."""

    answers: pd.DataFrame
    feature: np.ndarray        # feature position of every row
    features: pd.Index         # the features, named 'feature'
    respondent: np.ndarray     # respondent position of every row
    respondents: pd.Index


def _check_frame(answers, columns=COLUMNS) -> _Checked:
    """Validate the long answer frame (type, columns, rows, ids present, each respondent x feature once) and
    code its respondents and features; every check is vectorised."""
    if not isinstance(answers, pd.DataFrame):
        raise _error("not_a_frame", got=type(answers).__name__, columns=", ".join(columns))
    missing = [c for c in columns if c not in answers.columns]
    if missing:
        raise _error("missing_columns", missing=", ".join(missing), columns=", ".join(columns),
                     found=", ".join(map(str, answers.columns)) or "-")
    if answers.empty:
        raise _error("empty")
    coded = {}
    for column in ("respondent", "feature"):
        positions, uniques = pd.factorize(answers[column], sort=False, use_na_sentinel=True)
        if (positions < 0).any():
            row = answers.index[int(np.argmax(positions < 0))]
            raise _error("missing_id", column=column, row=row)
        coded[column] = positions.astype(np.int64), uniques
    respondent, respondents = coded["respondent"]
    feature, features = coded["feature"]
    duplicated = pd.Series(respondent * len(features) + feature).duplicated(keep="first").to_numpy()
    if duplicated.any():
        row = answers.index[int(np.argmax(duplicated))]
        raise _error("duplicate", row=row, respondent=_plain(answers.at[row, "respondent"]),
                     feature=_plain(answers.at[row, "feature"]))
    return _Checked(answers, feature, pd.Index(features, name="feature"), respondent, pd.Index(respondents))


def _importance(answers) -> np.ndarray | None:
    """The importance column as floats (NaN = not answered), or None; InputError outside 1..9."""
    if "importance" not in answers.columns:
        return None
    column = answers["importance"]
    values = pd.to_numeric(column, errors="coerce")
    not_number = values.isna() & column.notna()
    low, high = IMPORTANCE_RANGE
    outside = values.notna() & ((values < low) | (values > high) | (values % 1 != 0))
    bad = not_number | outside
    if bad.any():
        row = answers.index[int(np.argmax(bad.to_numpy()))]
        raise _error("importance", row=row, value=_plain(column.at[row]), low=low, high=high)
    return values.to_numpy(dtype=float)


def _categories(answers) -> np.ndarray:
    """Category position (index into CATEGORIES) of every row."""
    f = _to_codes(answers["functional"], "functional")
    d = _to_codes(answers["dysfunctional"], "dysfunctional")
    return _TABLE_CODES[f - 1, d - 1]


# ---------------------------------------------------------------------------------------------------------------
# Pure functions
# ---------------------------------------------------------------------------------------------------------------

def evaluate(functional, dysfunctional):
    """Look up the KANO category of answer pairs in the evaluation table.

    Parameters
    ----------
    functional, dysfunctional : scalar or array-like
        Answers to the functional and the dysfunctional question: codes 1..5 or answer labels in Chinese or
        English (see :data:`ANSWER_VARIANTS`; case, width and spaces do not matter). Same length.

    Returns
    -------
    str or numpy.ndarray
        The category letter ('A', 'O', 'M', 'I', 'R' or 'Q') of each pair; a plain ``str`` when both inputs are
        scalars.

    Raises
    ------
    cxlab.InputError
        When an answer is unknown (the message names it and lists the accepted answers) or the lengths differ.

    Notes
    -----
    The lookup is vectorised: labels are mapped to codes once per distinct value, then the codes index
    :data:`TABLE` (Berger et al. 1993) as a numpy array.

    Examples
    --------
    >>> evaluate(2, 5)
    'M'
    >>> evaluate(["很喜欢", "I expect it", 3], [3, "dislike", 3]).tolist()
    ['A', 'M', 'I']
    """
    _answers_argument("functional", functional)
    _answers_argument("dysfunctional", dysfunctional)
    scalar = np.ndim(functional) == 0 and np.ndim(dysfunctional) == 0
    f_values = np.atleast_1d(np.asarray(functional, dtype=object)).ravel()
    d_values = np.atleast_1d(np.asarray(dysfunctional, dtype=object)).ravel()
    if len(f_values) != len(d_values):
        raise _error("length_mismatch", functional=len(f_values), dysfunctional=len(d_values))
    letters = np.array(CATEGORIES)[_TABLE_CODES[_to_codes(f_values, "functional") - 1,
                                                _to_codes(d_values, "dysfunctional") - 1]]
    return str(letters[0]) if scalar else letters


def _answers_argument(name, value):
    """Answers of :func:`evaluate`: one answer, or a list / tuple / array / Series of them (not a mapping, set
    or table, whose order or shape would not pair the answers)."""
    from collections.abc import Mapping

    from ._check import invalid

    if isinstance(value, (Mapping, set, frozenset, pd.DataFrame)) or (np.ndim(value) > 1):
        raise invalid(name, value, t("kano.takes.answers"))


def classify(answers: pd.DataFrame, tie_threshold: float = 0.0) -> pd.DataFrame:
    """Classify each feature: category counts, the winning category, coefficients and strengths.

    Parameters
    ----------
    answers : DataFrame
        Long frame, one row per respondent and feature, columns ``respondent``, ``feature``, ``functional``,
        ``dysfunctional`` (codes 1..5 or labels) and optionally ``importance`` (1..9, empty = not answered).
    tie_threshold : float, default 0
        Share of answers (0..1) within which a category counts as tied with the most frequent one. Among tied
        categories the first in :data:`PRIORITY` (M > O > A > I > R > Q) wins. Exact ties always count.

    Returns
    -------
    DataFrame
        One row per feature (index ``feature``, order of first appearance) with columns

        - ``A O M I R Q``: number of answers per category; ``n``: answers in all;
        - ``category``: the most frequent category (ties as above);
        - ``better`` = (A + O) / (A + O + M + I), ``worse`` = -(O + M) / (A + O + M + I)
          (Timko's customer satisfaction coefficients, in Berger et al. 1993; Matzler & Hinterhuber 1998); NaN when A + O + M + I = 0;
        - ``total_strength`` = (A + O + M) / n, ``category_strength`` = (largest - second largest count) / n
          (Lee & Newcomb 1997);
        - ``fong_significant``: |a - b| >= 1.65 * sqrt((a + b)(2n - a - b) / (2n)), with a, b the two largest
          counts (Fong 1996) - True when the leading category is clearly ahead;
        - ``importance_mean`` when ``answers`` has an ``importance`` column.

    Raises
    ------
    cxlab.InputError
        Not a DataFrame, no rows, a missing column, a respondent answering a feature twice, an unknown answer,
        an importance outside 1..9, a tie_threshold outside 0..1.

    Examples
    --------
    Ten answers: A = 3, O = 4, M = 2, I = 1 (the worked example of the tests):

    >>> import pandas as pd
    >>> pairs = [(1, 3)] * 3 + [(1, 5)] * 4 + [(2, 5)] * 2 + [(3, 3)]
    >>> answers = pd.DataFrame({"respondent": range(10), "feature": "app",
    ...                         "functional": [p[0] for p in pairs], "dysfunctional": [p[1] for p in pairs]})
    >>> classify(answers)[["A", "O", "M", "I", "category", "better", "worse", "total_strength"]].round(3)  # doctest: +NORMALIZE_WHITESPACE
             A  O  M  I category  better  worse  total_strength
    feature
    app      3  4  2  1        O     0.7   -0.6             0.9
    """
    checked = _check_frame(answers)
    answers = checked.answers
    if not isinstance(tie_threshold, (int, float, np.integer, np.floating)) or isinstance(tie_threshold, bool) \
            or not 0 <= tie_threshold <= 1:
        raise _error("tie_threshold", value=tie_threshold)
    importance = _importance(answers)
    category = _categories(answers)
    feature, index = checked.feature, checked.features
    k = len(CATEGORIES)
    counts = np.bincount(feature * k + category, minlength=len(index) * k).reshape(len(index), k)
    result = pd.DataFrame(counts, index=index, columns=list(CATEGORIES)).astype(np.int64)
    n = counts.sum(axis=1)
    result["n"] = n

    # winner: among categories within tie_threshold * n of the largest count, the first in PRIORITY
    ordered = counts[:, _PRIORITY_POS]
    largest = ordered.max(axis=1)
    tied = ordered >= (largest - tie_threshold * n - 1e-9)[:, None]
    result["category"] = np.array(PRIORITY, dtype=object)[tied.argmax(axis=1)]

    a, o, m, i = (counts[:, CATEGORIES.index(c)].astype(float) for c in "AOMI")
    core = a + o + m + i
    with np.errstate(invalid="ignore", divide="ignore"):
        result["better"] = np.where(core > 0, (a + o) / core, np.nan)
        result["worse"] = np.where(core > 0, -(o + m) / core, np.nan) + 0.0  # + 0.0 turns -0.0 into 0.0
    result["total_strength"] = (a + o + m) / n
    top2 = np.sort(counts, axis=1)[:, -2:].astype(float)
    first, second = top2[:, 1], top2[:, 0]
    result["category_strength"] = (first - second) / n
    result["fong_significant"] = np.abs(first - second) >= FONG_Z * np.sqrt(
        (first + second) * (2 * n - first - second) / (2 * n))
    if importance is not None:
        result["importance_mean"] = _group_mean(importance, feature, len(index))
    return result


def _group_mean(values, groups, size):
    present = ~np.isnan(values)
    total = np.bincount(groups[present], weights=values[present], minlength=size)
    count = np.bincount(groups[present], minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def continuous(answers: pd.DataFrame) -> pd.DataFrame:
    """DuMouchel's continuous analysis: mean and spread of the answer scores per feature.

    Functional answers score like 4, must-be 2, neutral 0, live with -1, dislike -2; dysfunctional answers
    like -2, must-be -1, neutral 0, live with 2, dislike 4 (:data:`FUNCTIONAL_SCORES`,
    :data:`DYSFUNCTIONAL_SCORES`; DuMouchel's section in Berger et al. 1993). A feature far up (functional) and far
    right (dysfunctional) is one-dimensional; up only, attractive; right only, must-be; near the origin,
    indifferent. The standard deviations show how much respondents agree.

    Parameters
    ----------
    answers : DataFrame
        The long answer frame of :func:`classify` (``importance`` optional).

    Returns
    -------
    DataFrame
        Index ``feature`` (order of first appearance); columns ``functional_mean``, ``functional_sd``,
        ``dysfunctional_mean``, ``dysfunctional_sd`` (sample SD, ddof = 1; NaN for a single answer), ``n``, and
        ``importance_mean`` if given.

    Examples
    --------
    Two respondents: (like, dislike) scores (4, 4) and (must-be, dislike) scores (2, 4):

    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": "wifi",
    ...                         "functional": [1, 2], "dysfunctional": [5, 5]})
    >>> continuous(answers).loc["wifi", ["functional_mean", "dysfunctional_mean", "dysfunctional_sd"]].tolist()
    [3.0, 4.0, 0.0]
    """
    checked = _check_frame(answers)
    answers = checked.answers
    importance = _importance(answers)
    f = _FUNC_SCORE[_to_codes(answers["functional"], "functional")]
    d = _DYSF_SCORE[_to_codes(answers["dysfunctional"], "dysfunctional")]
    feature, index = checked.feature, checked.features
    frame = pd.DataFrame({"feature": feature, "f": f, "d": d})
    grouped = frame.groupby("feature", sort=True)
    stats = grouped.agg(functional_mean=("f", "mean"), functional_sd=("f", "std"),
                        dysfunctional_mean=("d", "mean"), dysfunctional_sd=("d", "std"), n=("f", "size"))
    stats.index = index
    stats["n"] = stats["n"].astype(np.int64)
    if importance is not None:
        stats["importance_mean"] = _group_mean(importance, feature, len(index))
    return stats


@dataclass
class CleanReport:
    """What :func:`clean` kept and dropped.

    Attributes
    ----------
    answers : DataFrame
        The answers of the respondents kept (same columns as the input, index reset).
    dropped : DataFrame
        One row per dropped respondent: ``respondent``, ``reason`` ('questionable' or 'straight_line'; a
        respondent with both is listed under 'questionable'), ``n_features``, ``questionable_share``,
        ``straight_line`` (bool).
    total : int
        Respondents before cleaning.
    max_questionable : float
        The threshold used.
    """

    answers: pd.DataFrame
    dropped: pd.DataFrame
    total: int
    max_questionable: float = 0.5
    straight_lining: bool = True

    @property
    def kept(self) -> int:
        """Number of respondents kept."""
        return self.total - len(self.dropped)

    def summary(self) -> str:
        """How many respondents were kept and dropped, and why, in the current language."""
        counts = self.dropped["reason"].value_counts()
        lines = [t("kano.clean.summary", kept=self.kept, total=self.total, dropped=len(self.dropped))]
        lines.append(t("kano.clean.reason_line.questionable", count=int(counts.get("questionable", 0)),
                       share=f"{self.max_questionable:.0%}"))
        if self.straight_lining:
            lines.append(t("kano.clean.reason_line.straight_line", count=int(counts.get("straight_line", 0))))
        else:
            lines.append(t("kano.clean.straight_line_off"))
        return "\n".join(lines)

    def __str__(self):
        return self.summary()


def clean(answers: pd.DataFrame, max_questionable: float = 0.5, straight_lining: bool = True) -> CleanReport:
    """Drop respondents whose answers cannot be trusted, and say who and why.

    Two rules (Berger et al. 1993 advise reading many Q answers as a sign the respondent misunderstood the
    questions):

    - *questionable*: more than ``max_questionable`` of the respondent's answer pairs are Q (like/like or
      dislike/dislike);
    - *straight_line* (when ``straight_lining``): the same (functional, dysfunctional) pair for every feature,
      with at least 3 features answered - a sign of clicking through.

    Parameters
    ----------
    answers : DataFrame
        The long answer frame of :func:`classify`.
    max_questionable : float, default 0.5
        Highest share (0..1) of Q answers a kept respondent may have.
    straight_lining : bool, default True
        Whether to drop straight-liners.

    Returns
    -------
    CleanReport
        ``.answers`` (kept rows), ``.dropped`` (who and why), ``.summary()`` (text).

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1, 1, 1, 2, 2, 2], "feature": ["a", "b", "c"] * 2,
    ...                         "functional": [1, 2, 1, 1, 1, 1], "dysfunctional": [5, 5, 3, 1, 1, 5]})
    >>> report = clean(answers)
    >>> report.dropped[["respondent", "reason"]].values.tolist()
    [[2, 'questionable']]
    >>> report.kept
    1
    """
    from ._check import check_bool

    checked = _check_frame(answers)
    answers = checked.answers
    if not isinstance(max_questionable, (int, float, np.integer, np.floating)) or isinstance(max_questionable, bool) \
            or not 0 <= max_questionable <= 1:
        raise _error("max_questionable", value=max_questionable)
    straight_lining = check_bool("straight_lining", straight_lining)
    f = _to_codes(answers["functional"], "functional")
    d = _to_codes(answers["dysfunctional"], "dysfunctional")
    respondent, ids = checked.respondent, checked.respondents
    size = len(ids)
    n_features = np.bincount(respondent, minlength=size)
    q_count = np.bincount(respondent, weights=(_TABLE_CODES[f - 1, d - 1] == CATEGORIES.index("Q")),
                          minlength=size)
    q_share = q_count / n_features
    pair = pd.Series(f.astype(np.int16) * 10 + d, index=respondent)
    distinct = pair.groupby(level=0).nunique().reindex(range(size)).to_numpy()
    straight = (distinct == 1) & (n_features >= 3)
    questionable = q_share > max_questionable + 1e-12
    drop = questionable | (straight if straight_lining else False)
    reason = np.where(questionable, "questionable", "straight_line")
    dropped = pd.DataFrame({
        "respondent": ids[drop], "reason": reason[drop], "n_features": n_features[drop].astype(np.int64),
        "questionable_share": q_share[drop], "straight_line": straight[drop],
    })
    kept = answers[~drop[respondent]].reset_index(drop=True)
    return CleanReport(answers=kept, dropped=dropped, total=size, max_questionable=float(max_questionable),
                       straight_lining=bool(straight_lining))


@dataclass
class Questionnaire:
    """The paired KANO questions for a list of features, in one language.

    ``frame`` has one row per question: ``feature``, ``kind`` ('functional', 'dysfunctional', 'importance'),
    ``number`` (e.g. '1a'), ``question``, ``options`` (the answer choices, separated by ' / ').
    ``text()`` is a plain numbered list to paste into a survey tool; ``markdown()`` the same as a Markdown table.
    """

    frame: pd.DataFrame
    lang: str = "zh"
    title: str = ""
    intro: str = ""
    columns: dict = field(default_factory=dict)

    def text(self) -> str:
        """A printable numbered questionnaire."""
        out = [self.title, "", self.intro, ""]
        for row in self.frame.itertuples(index=False):
            out.append(f"{row.number}. {row.question}")
            options = row.options.split(" / ")
            if row.kind == "importance":  # the 1..9 scale fits on one line
                out.append("    " + "   ".join(f"( ) {option}" for option in options))
            else:
                out.extend(f"    ( ) {option}" for option in options)
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def markdown(self) -> str:
        """The questions as a Markdown table (no extra package needed)."""
        heads = [self.columns[c] for c in ("number", "question", "options")]

        def cell(text):
            return str(text).replace("|", "\\|").replace("\n", " ")

        out = [f"**{self.title}**", "", self.intro, "", "| " + " | ".join(heads) + " |", "|---|---|---|"]
        for row in self.frame.itertuples(index=False):
            out.append(f"| {cell(row.number)} | {cell(row.question)} | {cell(row.options)} |")
        return "\n".join(out) + "\n"

    to_markdown = markdown

    def __str__(self):
        return self.text()


def questionnaire(features, importance: bool = True, provider: str | None = None) -> Questionnaire:
    """The functional, dysfunctional (and importance) question of every feature, in the current language.

    Parameters
    ----------
    features : list of str
        Feature names as respondents should read them (e.g. "mobile check-in").
    importance : bool, default True
        Add the self-stated importance question (1..9) of Berger et al. (1993) for each feature.
    provider : str, optional
        Who offers the features, as respondents would say it ("the hotel" / "酒店"); default: the catalog's
        ``kano.questionnaire.provider`` ("the product" / "产品").

    Returns
    -------
    Questionnaire
        ``.frame`` (one row per question), ``.text()`` and ``.markdown()`` to paste into a survey tool.

    Examples
    --------
    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> q = questionnaire(["mobile check-in"], importance=False)
    >>> q.frame["kind"].tolist()
    ['functional', 'dysfunctional']
    >>> print(q.frame.loc[0, "question"])
    If the product offers mobile check-in, how do you feel?
    """
    from collections.abc import Mapping

    from ._check import check_bool

    importance = check_bool("importance", importance)
    if isinstance(features, (Mapping, pd.DataFrame)):
        raise _error("bad_features", value=features)
    if isinstance(features, str) or not hasattr(features, "__iter__"):
        features = [features]
    features = list(features)
    if not features or any(not isinstance(x, str) or not x.strip() for x in features):
        raise _error("bad_features", value=features)
    seen = set()
    for name in features:
        if name.strip() in seen:
            raise _error("duplicate_feature", value=name)
        seen.add(name.strip())
    if provider is None:
        provider = t("kano.questionnaire.provider")
    if not isinstance(provider, str) or not provider.strip():
        raise _error("bad_provider", value=provider)
    provider = provider.strip()
    options = " / ".join(t(f"kano.answer.{c}") for c in ANSWERS)
    low, high = IMPORTANCE_RANGE
    scale = " / ".join(str(v) for v in range(low, high + 1))
    rows = []
    for number, name in enumerate(features, start=1):
        name = name.strip()
        for kind, letter in (("functional", "a"), ("dysfunctional", "b")):
            rows.append((name, kind, f"{number}{letter}",
                         t(f"kano.questionnaire.{kind}", feature=name, provider=provider), options))
        if importance:
            rows.append((name, "importance", f"{number}c",
                         t("kano.questionnaire.importance", feature=name, low=low, high=high), scale))
    frame = pd.DataFrame(rows, columns=["feature", "kind", "number", "question", "options"])
    columns = {c: t(f"kano.questionnaire.column.{c}") for c in ("number", "question", "options")}
    from .i18n import get_language

    return Questionnaire(frame=frame, lang=get_language(), title=t("kano.questionnaire.title"),
                         intro=t("kano.questionnaire.intro"), columns=columns)


#: Column-name markers of wide survey exports (what survey tools and trainers write in headers, not kit text).
#: A header is split into a feature name and one of these markers in one of four forms: ``marker-X``,
#: ``X(marker)``, ``X-marker`` (also ``_`` ``:``), ``X marker``; single letters only with a separator (``X - F``).
SURVEY_MARKERS = {  # i18n: input-variants
    "functional": ("功能", "正向", "具备", "提供", "功能问题", "正向问题", "正向题", "功能题",
                   "functional", "func", "positive", "functional question"),
    "dysfunctional": ("反向", "负向", "不具备", "不提供", "反向问题", "负向问题", "反向题", "负向题",
                      "dysfunctional", "dysf", "dysfunc", "negative", "dysfunctional question"),
    "importance": ("重要性", "重要程度", "重要度", "importance", "imp", "importance rating"),
}
_LETTER_MARKERS = {"functional": ("f",), "dysfunctional": ("d",), "importance": ()}



def _survey_patterns():
    import re

    forms = []
    for role, markers in SURVEY_MARKERS.items():
        words = "|".join(sorted((re.escape(m) for m in markers), key=len, reverse=True))
        letters = "|".join(re.escape(m) for m in _LETTER_MARKERS[role])
        both = f"{words}|{letters}" if letters else words
        forms += [
            (role, re.compile(rf"^(?P<m>{words})\s*[-_:]\s*(?P<x>.+)$", re.IGNORECASE)),
            (role, re.compile(rf"^(?P<x>.+?)\s*[(\[【]\s*(?P<m>{both})\s*[)\]】]$", re.IGNORECASE)),
            (role, re.compile(rf"^(?P<x>.+?)\s*[-_:]\s*(?P<m>{both})$", re.IGNORECASE)),
            (role, re.compile(rf"^(?P<x>.+?)\s+(?P<m>{words})$", re.IGNORECASE)),
        ]
    return forms


def _split_header(name: str, forms):
    """(role, feature) of a header like '免费WiFi(功能)', or None. When several forms match, the shortest
    feature name (the most specific reading) wins."""
    best = None
    for role, pattern in forms:
        match = pattern.match(name)
        if match:
            feature = match.group("x").strip(" -_:")
            if feature and (best is None or len(feature) < len(best[1])):
                best = (role, feature)
    return best


def _auto_pairs(table, skip):
    """{feature: (functional column, dysfunctional column)} and {feature: importance column} from the headers."""
    forms = _survey_patterns()
    found: dict = {}
    order = []
    for column in table.columns:
        if column in skip:
            continue
        split = _split_header(column, forms)
        if split is None:
            continue
        role, feature = split
        key = feature.casefold().replace(" ", "")
        if key not in found:
            found[key] = {"feature": feature}
            order.append(key)
        if role in found[key]:
            raise _error("survey_duplicate_pair", file=table.name, feature=feature,
                         columns=f'"{found[key][role]}", "{column}"')
        found[key][role] = column
    pairs, importance = {}, {}
    lonely = {"functional": [], "dysfunctional": []}
    for key in order:
        entry = found[key]
        has_f, has_d = "functional" in entry, "dysfunctional" in entry
        if has_f != has_d:
            lonely["functional" if has_f else "dysfunctional"].append(entry)
    if lonely["functional"] and lonely["dysfunctional"]:  # probably the same feature spelt two ways
        f_entry, d_entry = lonely["functional"][0], lonely["dysfunctional"][0]
        raise _error("survey_mismatched", file=table.name, functional=f_entry["functional"],
                     dysfunctional=d_entry["dysfunctional"], f_feature=f_entry["feature"],
                     d_feature=d_entry["feature"])
    for entry in lonely["functional"] + lonely["dysfunctional"]:
        has_f = "functional" in entry
        raise _error("survey_unpaired", file=table.name, column=entry["functional" if has_f else "dysfunctional"],
                     feature=entry["feature"],
                     missing=t("kano.survey.role.dysfunctional" if has_f else "kano.survey.role.functional"))
    for key in order:
        entry = found[key]
        feature = entry["feature"]
        if "functional" not in entry:
            raise _error("survey_importance_unpaired", file=table.name, column=entry["importance"], feature=feature)
        pairs[feature] = (entry["functional"], entry["dysfunctional"])
        if "importance" in entry:
            importance[feature] = entry["importance"]
    return pairs, importance


def _answer_labels() -> dict:
    """{label: code} with the current language's answer names first (so messages show them)."""
    labels = {t(f"kano.answer.{c}"): c for c in ANSWERS}
    for label, code in answer_codes().items():
        labels.setdefault(label, code)
    return labels


def read_survey(source, *, pairs=None, id_column=None, importance=None, sheet=None) -> pd.DataFrame:
    """Read a wide KANO survey export (one row per respondent) into the long answer frame of :func:`classify`.

    Each feature has a functional and a dysfunctional column (and optionally an importance column). Column
    pairs are found from common header patterns (:data:`SURVEY_MARKERS`), e.g.

    - ``功能-X`` / ``反向-X``, ``X(功能)`` / ``X(反向)``, ``X-正向`` / ``X-负向``, ``X_具备`` / ``X_不具备``,
      ``X 正向问题`` / ``X 反向问题``, ``X - 功能`` / ``X - 反向`` (a merged header cell over two sub-headers);
    - ``X (functional)`` / ``X (dysfunctional)``, ``X_func`` / ``X_dysf``, ``X - F`` / ``X - D``;
    - importance: ``X 重要性``, ``X(重要性)``, ``X (importance)``.

    Other columns (submission time, source, ...) are ignored. Neutral names such as ``Q1a`` / ``Q1b`` need an
    explicit ``pairs`` mapping. Files are read by :func:`cxlab.surveys.read_table` (CSV in UTF-8 or GBK, XLSX,
    or a DataFrame); answers may be codes 1..5 or labels (:data:`ANSWER_VARIANTS`).

    Parameters
    ----------
    source : str, pathlib.Path or DataFrame
    pairs : dict, optional
        ``{feature: (functional column, dysfunctional column)}``; replaces the automatic pairing.
    id_column : str, optional
        The respondent-id column. Default: a column named like :data:`ID_COLUMNS` ('序号', 'id' ...), else the
        spreadsheet row number of each response.
    importance : dict or False, optional
        ``{feature: importance column}`` (answers 1..9, blank = not answered); ``False`` ignores importance
        columns. Default: the importance columns found next to the pairs.
    sheet : str or int, optional
        Worksheet of an Excel file (name or 1-based position).

    Returns
    -------
    DataFrame
        Columns ``respondent``, ``feature``, ``functional``, ``dysfunctional`` (codes 1..5), and ``importance``
        (float, NaN = blank) when there is any; one row per respondent and feature, respondents in file order.

    Raises
    ------
    cxlab.InputError
        For anything :func:`cxlab.surveys.read_table` refuses; a column without its partner; no recognisable
        pairs; a pair naming a missing column; an unknown answer or importance outside 1..9 (naming file, row,
        column and value).

    Examples
    --------
    >>> import pandas as pd
    >>> wide = pd.DataFrame({"序号": [1, 2], "WiFi(功能)": ["理所当然", "我很喜欢"], "WiFi(反向)": [5, "很不喜欢"]})
    >>> read_survey(wide)
      respondent feature  functional  dysfunctional
    0          1    WiFi           2              5
    1          2    WiFi           1              5
    """
    from . import surveys

    if importance is not None and importance is not False and not isinstance(importance, dict):
        raise _error("survey_bad_importance", value=importance)
    if id_column is not None and not isinstance(id_column, str):
        from ._check import invalid

        raise invalid("id_column", id_column, t("kano.takes.id_column"))
    if pairs is not None and not isinstance(pairs, dict):
        raise _error("survey_bad_pairs", value=pairs)
    table = surveys.read_table(source, sheet=sheet)

    # respondent ids
    if id_column is not None:
        id_name = table.column(id_column)
    else:
        known = {_normalise_label(name) for name in ID_COLUMNS}
        id_name = next((c for c in table.columns if _normalise_label(c) in known), None)
    if id_name is not None:
        ids = surveys.unique(table, id_name).to_numpy(dtype=object)
    else:
        ids = np.array(table.rows, dtype=object)

    # the column pairs
    if pairs is None:
        found_pairs, found_importance = _auto_pairs(table, skip={id_name})
        if not found_pairs:
            raise _error("survey_no_pairs", file=table.name,
                         found=", ".join(f'"{c}"' for c in table.columns))
    else:
        found_pairs, found_importance = {}, {}
        for feature, columns in pairs.items():
            if not isinstance(columns, (tuple, list)) or len(columns) != 2:
                raise _error("survey_bad_pairs", value={feature: columns})
            f_col, d_col = (table.column(c) for c in columns)
            if f_col == d_col:
                raise _error("survey_same_column", file=table.name, feature=feature, column=f_col)
            found_pairs[str(feature)] = (f_col, d_col)
    if importance is False:
        found_importance = {}
    elif isinstance(importance, dict):
        found_importance = {}
        for feature, column in importance.items():
            if str(feature) not in found_pairs:
                raise _error("survey_importance_unpaired", file=table.name, column=column, feature=feature)
            found_importance[str(feature)] = table.column(column)
    used = [c for pair in found_pairs.values() for c in pair] + list(found_importance.values())
    repeated = sorted({c for c in used if used.count(c) > 1})
    if repeated:
        raise _error("survey_reused_column", file=table.name, column=repeated[0])

    labels = _answer_labels()
    features = list(found_pairs)
    functional = np.column_stack([surveys.codes(table, found_pairs[f][0], labels,
                                                      match=_normalise_label).to_numpy() for f in features])
    dysfunctional = np.column_stack([surveys.codes(table, found_pairs[f][1], labels,
                                                      match=_normalise_label).to_numpy() for f in features])
    n, k = functional.shape
    out = pd.DataFrame({
        "respondent": pd.Series(np.repeat(ids, k), dtype=object),
        "feature": pd.Series(np.tile(np.array(features, dtype=object), n), dtype=object),
        "functional": functional.reshape(-1).astype(np.int64),
        "dysfunctional": dysfunctional.reshape(-1).astype(np.int64),
    })
    if found_importance:
        low, high = IMPORTANCE_RANGE
        scores = np.full((n, k), np.nan)
        for j, feature in enumerate(features):
            if feature in found_importance:
                column = surveys.codes(table, found_importance[feature], None, range(low, high + 1),
                                       allow_blank=True)
                scores[:, j] = column.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        out["importance"] = scores.reshape(-1)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------



def _check_result(result, needed, name="result"):
    if not isinstance(result, pd.DataFrame):
        raise _error("not_a_result", name=name, got=type(result).__name__, columns=", ".join(needed))
    missing = [c for c in needed if c not in result.columns]
    if missing:
        raise _error("not_a_result", name=name, got=", ".join(map(str, result.columns)) or "-",
                     columns=", ".join(needed))


def _sizes(values, small=70.0, large=420.0):
    """Marker areas for importance means on the 1..9 scale (NaN -> the middle size)."""
    low, high = IMPORTANCE_RANGE
    values = np.asarray(values, dtype=float)
    scaled = np.clip((values - low) / (high - low), 0, 1)
    scaled = np.where(np.isnan(scaled), 0.5, scaled)
    return small + scaled * (large - small)


def plot_better_worse(result: pd.DataFrame, ax=None, split: str = "fixed", annotate: bool = True,
                      legend: bool = True):
    """The better-worse diagram: |worse| across, better up, one point per feature, quadrants named.

    Top-left attractive (raises satisfaction, absence hardly hurts), top-right one-dimensional, bottom-right
    must-be (absence hurts, presence is taken for granted), bottom-left indifferent (Berger et al. 1993;
    Matzler & Hinterhuber 1998). Features without A, O, M or I answers (better is NaN) are left out.

    Parameters
    ----------
    result : DataFrame
        The output of :func:`classify`.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    split : {'fixed', 'mean'}
        Quadrant lines at 0.5 / 0.5, or at the mean |worse| and mean better of the features shown.
    annotate : bool
        Write each feature's name next to its point (labels pushed apart so they do not overlap).
    legend : bool
        The category legend beside the grid; an explorer that shows the category bars next to the grid leaves it
        out, so the grid gets the room (the quadrant names carry the same colours).

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": ["wifi", "spa"],
    ...                         "functional": [2, 1], "dysfunctional": [5, 3]})
    >>> ax = plot_better_worse(classify(answers))
    """
    from ._check import check_bool, check_choice

    check_choice("split", split, ("fixed", "mean"))
    annotate, legend = check_bool("annotate", annotate), check_bool("legend", legend)
    _check_result(result, ["better", "worse", "category"])
    if split not in ("fixed", "mean"):
        raise _error("bad_choice", name="split", value=split, accepted="fixed, mean")
    ax = _style.axes(ax, (8, 6.5), constrained=False)
    return BetterWorseChart(ax, result, split=split, annotate=annotate, legend=legend).ax


class BetterWorseChart:
    """The better-worse diagram as a chart object: built once on ``ax``, changed in place by :meth:`update`
    (point positions, sizes and colours, split lines, labels). :func:`plot_better_worse` draws one; the KANO
    explorer keeps one and updates it on every change.

    Examples
    --------
    >>> import pandas as pd, matplotlib.pyplot as plt
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": ["wifi", "spa"],
    ...                         "functional": [2, 1], "dysfunctional": [5, 3]})
    >>> chart = BetterWorseChart(plt.subplots()[1], classify(answers))
    >>> chart.update(classify(answers), split="mean"); chart.grid.split
    (0.5, 0.5)
    """

    def __init__(self, ax, result, split="fixed", annotate=True, legend=True):
        self.ax = ax
        self.grid = _better_worse_grid(ax, (0.5, 0.5))
        self.points = ax.scatter([], [], s=[], edgecolor="white", linewidth=1.2, zorder=4)
        self.labels = None
        if annotate:
            # the split lines stop at a label that finds no free spot (a halo) rather than run through it
            self.labels = plotting.Labels(ax, points=self.points,
                                          avoid=self.grid.names + self.grid.lines + self.grid.guides + [self.points],
                                          knockout=self.grid.lines)
        self.legend = legend
        self.update(result, split)

    def update(self, result, split="fixed"):
        """Show ``result`` (a :func:`classify` table) with the split rule ``split``."""
        _check_result(result, ["better", "worse", "category"])
        if split not in ("fixed", "mean"):
            raise _error("bad_choice", name="split", value=split, accepted="fixed, mean")
        shown = result[result["better"].notna()]
        x = -shown["worse"].to_numpy(dtype=float)
        y = shown["better"].to_numpy(dtype=float)
        self.grid.set_split(*_split(x, y, split))
        has_importance = "importance_mean" in shown.columns
        sizes = _sizes(shown["importance_mean"]) if has_importance else np.full(len(shown), 140.0)
        self.points.set_offsets(np.column_stack([x, y]) if len(x) else np.zeros((0, 2)))
        self.points.set_sizes(sizes)
        self.points.set_facecolors([CATEGORY_COLORS.get(c, "#333333") for c in shown["category"]] or "none")
        if self.legend:
            old = self.ax.get_legend()
            if old is not None:
                old.remove()
            _category_legend(self.ax, sorted(set(shown["category"]), key=PRIORITY.index), loc="center left",
                             bbox_to_anchor=(1.01, 0.5), importance=has_importance)
        if self.labels is not None:
            self.labels.update(x, y, [str(f) for f in shown.index], sizes)

    def artists(self) -> list:
        """The artists :meth:`update` changes (points, split lines, labels and their leader lines)."""
        moving = [self.points, *self.grid.lines]
        if self.labels is not None:
            moving += self.labels.artists()
        return moving


def _split(x, y, split):
    """Where the better-worse quadrant lines cross: 0.5 / 0.5, or the means of the points shown."""
    if split == "mean" and len(x):
        return float(np.mean(x)), float(np.mean(y))
    return 0.5, 0.5


def _quadrant_names():
    """The quadrant names of both Kano grids in their category colours, by corner."""
    return {corner: (category_name(letter), CATEGORY_COLORS[letter])
            for corner, letter in (("tl", "A"), ("tr", "O"), ("br", "M"), ("bl", "I"))}


def _better_worse_grid(ax, split):
    """Axes, ticks, split lines and quadrant names of the better-worse grid (a :class:`plotting.QuadrantGrid`)."""
    grid = plotting.quadrant_grid(ax, _quadrant_names(), split=split, extent=(0.0, 1.0, 0.0, 1.0))
    ax.set_xticks(np.linspace(0, 1, 6))
    ax.set_yticks(np.linspace(0, 1, 6))
    ax.set_xlabel(t("kano.plot.worse_axis"))
    ax.set_ylabel(t("kano.plot.better_axis"))
    ax.set_title(t("kano.plot.better_worse_title"))
    return grid


def _category_legend(ax, letters, importance=False, **where):
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], ls="", marker="o", markersize=11, markerfacecolor=CATEGORY_COLORS[c],
                      markeredgecolor="white", label=category_name(c)) for c in letters]
    title = t("kano.plot.legend_category") + ("\n" + t("kano.plot.size_importance") if importance else "")
    return ax.legend(handles=handles, title=title, frameon=False, **where)


def plot_categories(result: pd.DataFrame, ax=None, normalize: bool = True):
    """Stacked horizontal bars: how the answers of each feature split over the six categories.

    Parameters
    ----------
    result : DataFrame
        The output of :func:`classify`.
    ax : matplotlib Axes, optional
    normalize : bool, default True
        Shares of each feature's answers (0-100 %) instead of counts.

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": ["wifi", "wifi"],
    ...                         "functional": [2, 1], "dysfunctional": [5, 3]})
    >>> ax = plot_categories(classify(answers))
    """
    from ._check import check_bool

    normalize = check_bool("normalize", normalize)
    _check_result(result, list(CATEGORIES) + ["n"])
    ax = _style.axes(ax, constrained=False, size=(9, max(3.0, 0.6 * len(result) + 1.8)))
    return CategoriesChart(ax, result, normalize=normalize).ax


class CategoriesChart:
    """The stacked category bars as a chart object: one bar segment per feature and category, made once for
    up to ``capacity`` features (default: as many as the first result) and changed in place by :meth:`update`
    (segment widths and starts, share labels, feature names); rows beyond the result are hidden.

    Examples
    --------
    >>> import pandas as pd, matplotlib.pyplot as plt
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": ["wifi", "wifi"],
    ...                         "functional": [2, 1], "dysfunctional": [5, 3]})
    >>> chart = CategoriesChart(plt.subplots()[1], classify(answers))
    >>> chart.texts["M"][0].get_text(), chart.texts["A"][0].get_text()
    ('50%', '50%')
    """

    def __init__(self, ax, result, normalize=True, capacity=None, legend=True):
        self.ax, self.normalize = ax, normalize
        self.capacity = max(1, int(capacity or len(result)))
        from matplotlib.collections import PolyCollection
        from matplotlib.patches import Patch

        rows = np.arange(self.capacity)
        # one collection for all segments (one draw call instead of one per bar): row-major by category
        self.segments = PolyCollection([], edgecolors="white", linewidths=1.0, zorder=2)
        ax.add_collection(self.segments)
        self.handles = [Patch(facecolor=CATEGORY_COLORS[letter], edgecolor="white", label=category_name(letter))
                        for letter in PRIORITY]
        self.texts = {letter: [ax.text(0, row, "", ha="center", va="center", color="white", fontsize="small",
                                       fontweight="bold") for row in rows] for letter in PRIORITY}
        ax.set_xlabel(t("kano.plot.share_axis") if normalize else t("kano.plot.count_axis"))
        ax.set_title(t("kano.plot.categories_title"))
        ax.grid(axis="y", visible=False)
        if legend:
            ax.legend(handles=self.handles, title=t("kano.plot.legend_category"), frameon=False, loc="center left",
                      bbox_to_anchor=(1.01, 0.5))
        self.update(result)

    def update(self, result):
        """Show ``result`` (a :func:`classify` table); more features than the capacity is an error."""
        _check_result(result, list(CATEGORIES) + ["n"])
        n = len(result)
        if n > self.capacity:
            raise _error("bad_choice", name="result", value=f"{n} features",
                         accepted=f"at most {self.capacity} features")
        counts = result[list(CATEGORIES)].to_numpy(dtype=float)
        totals = counts.sum(axis=1, keepdims=True)
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.where(totals > 0, counts / np.maximum(totals, 1) * 100, 0.0) if self.normalize else counts
        positions = np.arange(n)[::-1]  # first feature on top
        left = np.zeros(n)
        boxes, colours = [], []
        for letter in PRIORITY:
            widths = values[:, CATEGORIES.index(letter)]
            share = widths / (values.sum(axis=1) + 1e-12)
            for row, text in enumerate(self.texts[letter]):
                if row >= n:
                    text.set_visible(False)
                    continue
                x0, x1, y = float(left[row]), float(left[row] + widths[row]), positions[row]
                boxes.append([(x0, y - 0.36), (x1, y - 0.36), (x1, y + 0.36), (x0, y + 0.36)])
                colours.append(CATEGORY_COLORS[letter])
                label = (f"{widths[row]:.0f}%" if self.normalize else f"{widths[row]:.0f}") if share[row] >= 0.09 \
                    else ""
                if label != text.get_text():
                    text.set_text(label)
                text.set_position(((x0 + x1) / 2, y))
                text.set_visible(bool(label))
            left = left + widths
        self.segments.set_verts(boxes)
        self.segments.set_facecolors(colours)
        self.totals = left
        labels = [str(f) for f in result.index]
        if [tick.get_text() for tick in self.ax.get_yticklabels()] != labels or len(self.ax.get_yticks()) != n:
            self.ax.set_yticks(positions, labels)
        self.ax.set_ylim(-0.6, max(n, 1) - 0.4)
        self.ax.set_xlim(0, 100 if self.normalize else max(1.0, float(left.max()) if n else 1.0))
        self.key = (tuple(labels), self.ax.get_xlim())

    def artists(self) -> list:
        """The artists :meth:`update` changes (bar segments and their share labels); tick labels and limits
        change only with the features shown, recorded in ``key``."""
        return [self.segments] + [a for letter in PRIORITY for a in self.texts[letter]]


def plot_continuous(scores: pd.DataFrame, ax=None, annotate: bool = True):
    """DuMouchel's continuous plot: mean dysfunctional score across, mean functional score up, SD bars.

    Quadrant guides split the 0..4 square at 2 (Berger et al. 1993): top-left attractive, top-right
    one-dimensional, bottom-right must-be, bottom-left indifferent; the dotted lines at 0 separate the
    reverse/questionable region. Marker size shows the mean importance when there is one.

    Parameters
    ----------
    scores : DataFrame
        The output of :func:`continuous`.
    ax : matplotlib Axes, optional
    annotate : bool
        Write the feature names next to the points.

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": ["wifi", "wifi"],
    ...                         "functional": [2, 1], "dysfunctional": [5, 3]})
    >>> ax = plot_continuous(continuous(answers))
    """
    from ._check import check_bool

    annotate = check_bool("annotate", annotate)
    needed = ["functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd"]
    _check_result(scores, needed, name="scores")
    ax = _style.axes(ax, (10, 7.5), constrained=False)
    x = scores["dysfunctional_mean"].to_numpy(dtype=float)
    y = scores["functional_mean"].to_numpy(dtype=float)
    xerr = np.nan_to_num(scores["dysfunctional_sd"].to_numpy(dtype=float))
    yerr = np.nan_to_num(scores["functional_sd"].to_numpy(dtype=float))
    # the scores run from -2 to 4; show at least -0.6..4 and the SD bars down to -2.3 at most
    low = float(np.nanmin(np.r_[x - xerr, y - yerr])) - 0.2 if len(x) else -0.6
    low = min(-0.6, max(-2.3, low))
    # quadrants split at 2 (the middle of the 0..4 square); the dotted lines at 0 bound the reverse region
    grid = plotting.quadrant_grid(ax, _quadrant_names(), split=(2, 2), extent=(low, 4.0, low, 4.0), band=0.09,
                                  guides=[("v", 0, ":"), ("h", 0, ":")])
    ax.set_xticks(range(math.ceil(low), 5))
    ax.set_yticks(range(math.ceil(low), 5))
    # SD bars end where the scores end (-2..4): beyond that they would only cover the quadrant names
    bottom = max(low, -2.0)
    xerr = np.vstack([np.clip(xerr, None, x - bottom), np.clip(xerr, None, 4.0 - x)])
    yerr = np.vstack([np.clip(yerr, None, y - bottom), np.clip(yerr, None, 4.0 - y)])
    bars = ax.errorbar(x, y, xerr=xerr, yerr=yerr, fmt="none", ecolor="#9a9a9a", elinewidth=0.9, capsize=3,
                       zorder=3, alpha=0.6)
    sizes = _sizes(scores["importance_mean"]) if "importance_mean" in scores.columns else np.full(len(x), 120.0)
    points = ax.scatter(x, y, s=sizes, color="#0072B2", edgecolor="white", linewidth=1.2, zorder=4)
    ax.set_xlabel(t("kano.plot.dysfunctional_axis"))
    ax.set_ylabel(t("kano.plot.functional_axis"))
    ax.set_title(t("kano.plot.continuous_title"))
    if "importance_mean" in scores.columns:
        ax.text(1.0, -0.13, t("kano.plot.size_importance"), transform=ax.transAxes, ha="right", va="top",
                fontsize="small", color="#444444")
    if annotate and len(x):
        # SD bars and guide lines are placed around like the rest; where a label finds no free spot they stop
        # at its edge (a halo), so no line runs through a name
        plotting.place_labels(ax, x, y, [str(f) for f in scores.index], sizes, points=points,
                              avoid=grid.names + grid.lines + grid.guides + list(bars.lines[1]) + list(bars.lines[2])
                              + [points], knockout=list(bars.lines[2]) + grid.guides + grid.lines)
    return ax
