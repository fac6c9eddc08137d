"""SERVQUAL: service quality as the gap between what customers expect and what they perceive.

Each respondent rates 22 statements twice on a 7-point agreement scale: once for what an *excellent* company of
the kind would do (expectation, E) and once for what *this* company does (perception, P). The gap P - E of an
item is negative where the service falls short; the items group into five dimensions (:data:`DIMENSIONS`):
tangibles, reliability, responsiveness, assurance and empathy. The 1991 questionnaire also asks respondents to
split 100 points over the five dimensions (weights), which gives a weighted overall score.

Contents: published constants first, then pure functions (DataFrame in, DataFrame or small dataclass out), then
``plot_*`` functions. Nothing here reads files except :func:`read_survey` (through :mod:`cxlab.surveys`), prints,
or holds learner-facing text: every label comes from the catalog (``servqual.*`` keys).

Sources
-------
- Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1985). A conceptual model of service quality and its
  implications for future research. *Journal of Marketing*, 49(4), 41-50. (The five gaps model.)
- Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for measuring consumer
  perceptions of service quality. *Journal of Retailing*, 64(1), 12-40. (22 items, five dimensions, 7-point scale,
  gap = P - E, dimension score = mean of its item gaps.)
- Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the SERVQUAL scale.
  *Journal of Retailing*, 67(4), 420-450. (The refined wording, the 100-point importance weights.)
- Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1994). Alternative scales for measuring service quality: a
  comparative assessment based on psychometric and diagnostic criteria. *Journal of Retailing*, 70(3), 201-230.
  (Zone of tolerance: adequate and desired service, MSA = P - A, MSS = P - D, 9-point scale.)
- Cronin, J. J. & Taylor, S. A. (1992). Measuring service quality: a reexamination and extension. *Journal of
  Marketing*, 56(3), 55-68. (SERVPERF: perceptions only.)
- Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. *Psychometrika*, 16(3), 297-334;
  Nunnally, J. C. (1978). *Psychometric theory*, 2nd ed., McGraw-Hill (0.7 as the usual lowest acceptable alpha).
- Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. *Journal of Marketing*, 41(1), 77-79.

Examples
--------
>>> import pandas as pd
>>> from cxlab import servqual
>>> answers = pd.DataFrame({"respondent": [1] * 22 + [2] * 22, "item": list(range(1, 23)) * 2,
...                         "expectation": 7, "perception": [6] * 22 + [5] * 22})
>>> result = servqual.gaps(answers)
>>> result.items.loc[1, ["expectation", "perception", "gap"]].tolist()
[7.0, 5.5, -1.5]
>>> result.unweighted
-1.5
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from numbers import Real

import numpy as np
import pandas as pd

from . import style as _style
from .i18n import LANGUAGES, get_language, t
from .surveys import ID_COLUMNS  # header names taken as the respondent id (one list for every survey reader)

__all__ = [
    "DIMENSIONS", "ITEMS", "SCALE", "ZONE_SCALE", "ALPHA_THRESHOLD", "COLUMNS", "ZONE_COLUMNS", "DIMENSION_COLORS",
    "dimension_name", "dimension_id", "item_text", "dimension_table", "dimension_line", "summary",
    "reliability_line", "table",
    "whole_points", "GapResult", "gaps", "segments", "ServperfResult", "servperf", "cronbach_alpha", "reliability",
    "ZoneResult", "zones", "ipa",
    "SURVEY_MARKERS", "HEADER_PIECES", "ID_COLUMNS", "Survey", "read_survey", "Questionnaire", "questionnaire",
    "GapBars", "plot_gaps", "plot_snake", "plot_zones", "plot_ipa", "plot_alpha",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: The five dimensions of Parasuraman, Zeithaml & Berry (1988), in the order of the questionnaire.
#: Display names: ``servqual.dimension.<id>`` in the catalog (有形性, 可靠性, 响应性, 保证性, 移情性).
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")

#: The 22 items (Parasuraman, Berry & Zeithaml 1991, the refined scale): index ``item`` 1..22, column
#: ``dimension`` (tangibles 1-4, reliability 5-9, responsiveness 10-13, assurance 14-17, empathy 18-22).
#: The expectation and perception wordings are in the catalog: ``servqual.item.<n>.expectation`` /
#: ``.perception`` (and ``.short`` for chart labels).
ITEMS = pd.DataFrame(
    {"dimension": ["tangibles"] * 4 + ["reliability"] * 5 + ["responsiveness"] * 4 + ["assurance"] * 4
                  + ["empathy"] * 5},
    index=pd.Index(range(1, 23), name="item"),
)

#: The answer scale of the 1988/1991 questionnaire: 1 strongly disagree .. 7 strongly agree.
SCALE = (1, 7)

#: The scale of the three-column zone-of-tolerance format (Parasuraman, Zeithaml & Berry 1994): 1 low .. 9 high.
ZONE_SCALE = (1, 9)

#: The usual lowest acceptable Cronbach's alpha for a scale used to compare groups (Nunnally 1978).
ALPHA_THRESHOLD = 0.7

#: Columns of the long answer frame :func:`gaps` takes.
COLUMNS = ("respondent", "item", "expectation", "perception")

#: Columns of the long answer frame :func:`zones` takes.
ZONE_COLUMNS = ("respondent", "item", "adequate", "desired", "perceived")

#: One colour per dimension, used by every SERVQUAL chart (Okabe-Ito colours).
DIMENSION_COLORS = {
    "tangibles": "#7F7F7F",
    "reliability": "#D55E00",
    "responsiveness": "#E69F00",
    "assurance": "#0072B2",
    "empathy": "#CC79A7",
}

_ITEM_DIM = np.array([DIMENSIONS.index(d) for d in ITEMS["dimension"]], dtype=np.int64)  # per item 1..22 (0-based)
_N_ITEMS = len(ITEMS)


# ---------------------------------------------------------------------------------------------------------------
# Names and small validation helpers
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from . import InputError

    return InputError(t(f"servqual.error.{key}", **fmt))


def _show(value) -> str:
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("servqual.missing")
    return repr(value) if isinstance(value, str) else str(value)


def dimension_name(dimension: str, lang: str | None = None) -> str:
    """The display name of a dimension in the current language (or ``lang``).

    >>> dimension_name("reliability", lang="en")
    'Reliability'
    >>> dimension_name("empathy", lang="zh")
    '移情性'
    """
    if not isinstance(dimension, str) or dimension not in DIMENSIONS:
        raise _error("bad_dimension", value=_show(dimension), accepted=", ".join(DIMENSIONS))
    return t(f"servqual.dimension.{dimension}", lang=lang)


def item_text(item: int, form: str = "short", lang: str | None = None) -> str:
    """The wording of item 1..22: ``form`` 'expectation', 'perception' or 'short' (the chart label).

    >>> item_text(5, "perception", lang="en")
    'When the company promises to do something by a certain time, it does so.'
    """
    _check_choice("form", form, ("expectation", "perception", "short"))
    if isinstance(item, bool) or not isinstance(item, (int, np.integer)) or not 1 <= item <= _N_ITEMS:
        raise _error("bad_item", value=_show(item), row="-", high=_N_ITEMS)
    return t(f"servqual.item.{int(item)}.{form}", lang=lang)


def dimension_id(name) -> str:
    """The dimension id of an id or a display name in Chinese or English (case and spaces ignored).

    >>> dimension_id("可靠性"), dimension_id(" Reliability "), dimension_id("EMPATHY")
    ('reliability', 'reliability', 'empathy')
    """
    key = _dimension_key(name)
    if key is None:
        raise _error("bad_dimension", value=_show(name), accepted=", ".join(DIMENSIONS))
    return key


def _dimension_key(name) -> str | None:
    """A dimension id from its id or its display name in either language (case and spaces ignored)."""
    if not isinstance(name, str):
        return None
    key = re.sub(r"\s+", "", name).casefold()
    for dimension in DIMENSIONS:
        if key == dimension:
            return dimension
        for lang in LANGUAGES:
            if key == re.sub(r"\s+", "", t(f"servqual.dimension.{dimension}", lang=lang)).casefold():
                return dimension
    return None


def _check_bool(name, value):
    from . import _check

    return _check.check_bool(name, value)


def _check_choice(name, value, choices):
    from . import _check

    return _check.check_choice(name, value, choices)


def _check_frame(answers, columns):
    from . import _check

    _check.check_frame("answers", answers, columns=columns)


def _scores(answers, column, scale) -> np.ndarray:
    """One answer column as floats (NaN = not answered); InputError naming the first bad row."""
    raw = answers[column]
    low, high = scale
    if pd.api.types.is_bool_dtype(raw):
        row = answers.index[0]
        raise _error("bad_score", column=column, row=row, value=_show(raw.iloc[0]), low=low, high=high)
    if isinstance(raw.dtype, np.dtype) and raw.dtype.kind in "iuf":   # numbers already: no conversion needed
        arr = raw.to_numpy(dtype=float)
        not_number = np.zeros(len(arr), dtype=bool)
    else:
        values = pd.to_numeric(raw, errors="coerce").astype(float)
        not_number = (values.isna() & raw.notna()).to_numpy()
        arr = values.to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        outside = (arr < low) | (arr > high) | (arr != np.floor(arr)) & ~np.isnan(arr)
    bad = not_number | outside
    if bad.any():
        first = int(np.argmax(bad))
        count = int(bad.sum())
        raise _error("bad_score", column=column, row=answers.index[first], value=_show(raw.iloc[first]),
                     low=low, high=high) if count == 1 else \
            _error("bad_scores", column=column, row=answers.index[first], value=_show(raw.iloc[first]),
                   low=low, high=high, count=count)
    return arr


def _items(answers) -> np.ndarray:
    """The item column as 0-based positions 0..21; InputError for anything but a whole number 1..22."""
    raw = answers["item"]
    if isinstance(raw.dtype, np.dtype) and raw.dtype.kind in "iu":    # whole numbers already
        values = raw.to_numpy()
        bad = (values < 1) | (values > _N_ITEMS)
        if not bad.any():
            return values.astype(np.int64) - 1
    values = pd.to_numeric(raw, errors="coerce").astype(float).to_numpy()
    with np.errstate(invalid="ignore"):
        bad = np.isnan(values) | (values < 1) | (values > _N_ITEMS) | (values != np.round(values))
    if pd.api.types.is_bool_dtype(raw):
        bad[:] = True
    if bad.any():
        first = int(np.argmax(bad))
        raise _error("bad_item", value=_show(raw.iloc[first]), row=answers.index[first], high=_N_ITEMS)
    return values.astype(np.int64) - 1


@dataclass(frozen=True)
class _Matrix:
    """A validated long frame as respondent x item matrices (NaN = no answer)."""

    respondents: pd.Index
    values: dict          # column -> float array (n_respondents, 22)


def _matrix(answers, columns, scale) -> _Matrix:
    """Validate a long frame (ids, item numbers, scores, one row per respondent and item) and spread it into
    respondent x item matrices. Every check is vectorised."""
    _check_frame(answers, columns)
    regular = _regular(answers)
    if regular is not None:     # one block of 22 rows per respondent, items 1..22 in order: a reshape is enough
        values = {c: _scores(answers, c, scale).reshape(-1, _N_ITEMS) for c in columns[2:]}
        return _Matrix(pd.Index(regular, name="respondent"), values)
    positions, uniques = pd.factorize(answers["respondent"], sort=False, use_na_sentinel=True)
    if (positions < 0).any():
        row = answers.index[int(np.argmax(positions < 0))]
        raise _error("missing_id", row=row)
    item = _items(answers)
    n = len(uniques)
    cell = positions.astype(np.int64) * _N_ITEMS + item
    counts = np.bincount(cell, minlength=n * _N_ITEMS)
    if (counts > 1).any():
        duplicated = pd.Series(cell).duplicated(keep="first").to_numpy()
        row = answers.index[int(np.argmax(duplicated))]
        raise _error("duplicate", row=row, respondent=_show(answers.at[row, "respondent"]),
                     item=int(item[int(np.argmax(duplicated))]) + 1)
    values = {}
    for column in columns[2:]:
        scores = _scores(answers, column, scale)
        matrix = np.full(n * _N_ITEMS, np.nan)
        matrix[cell] = scores
        values[column] = matrix.reshape(n, _N_ITEMS)
    return _Matrix(pd.Index(uniques, name="respondent"), values)


def _regular(answers):
    """The respondent ids (one per block) when the frame is one block of 22 rows per respondent with the items
    1..22 in order and every respondent once - the shape read_survey and most exports give; else None."""
    n = len(answers)
    if n % _N_ITEMS or not (isinstance(answers["item"].dtype, np.dtype) and answers["item"].dtype.kind in "iu"):
        return None
    items = answers["item"].to_numpy().reshape(-1, _N_ITEMS)
    if not (items == np.arange(1, _N_ITEMS + 1)).all():
        return None
    ids = answers["respondent"]
    if not (isinstance(ids.dtype, np.dtype) and ids.dtype.kind in "iu"):
        return None                    # text ids: the general path (factorize) checks them
    blocks = ids.to_numpy().reshape(-1, _N_ITEMS)
    first = blocks[:, 0]
    ordered = np.sort(first)
    if not (blocks == first[:, None]).all() or (ordered[1:] == ordered[:-1]).any():
        return None
    return first


#: Where each dimension's items start (items are contiguous: 1-4, 5-9, 10-13, 14-17, 18-22).
_STARTS = np.flatnonzero(np.r_[True, _ITEM_DIM[1:] != _ITEM_DIM[:-1]])


#: Items per dimension (4, 5, 4, 4, 5).
_SIZES = np.bincount(_ITEM_DIM, minlength=len(DIMENSIONS))


def _dimension_sums(matrix: np.ndarray) -> np.ndarray:
    """Row-wise sum of each dimension's items: shape (n, 5) (NaN where a block holds a NaN)."""
    return np.add.reduceat(matrix, _STARTS, axis=1)


def _dimension_means(matrix: np.ndarray) -> np.ndarray:
    """Row-wise mean of each dimension's items, ignoring NaN (NaN when a row has none): shape (n, 5).

    A block sum is NaN exactly when the block has a blank, so the plain sums serve every complete block and only
    the (few) rows with a blank are summed again without their blanks."""
    sums = _dimension_sums(matrix)
    means = sums / _SIZES
    rows = np.flatnonzero(np.isnan(sums).any(axis=1))
    if rows.size:
        part = matrix[rows]
        present = ~np.isnan(part)
        counts = _dimension_sums(present)
        with np.errstate(invalid="ignore", divide="ignore"):
            means[rows] = np.where(counts > 0, _dimension_sums(np.where(present, part, 0.0)) / np.maximum(counts, 1),
                                   np.nan)
    return means


# ---------------------------------------------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------------------------------------------

_WEIGHT_TOLERANCE = 0.01


def _weights_mapping(weights) -> dict:
    """{dimension: points} from a dict or Series keyed by dimension ids or names; InputError otherwise."""
    items = weights.items() if isinstance(weights, (dict, pd.Series)) else None
    if items is None:
        raise _error("bad_weights", value=_show(type(weights).__name__))
    out = {}
    for name, points in items:
        key = _dimension_key(name)
        if key is None:
            raise _error("weights_unknown_dimension", value=_show(name), accepted=", ".join(DIMENSIONS))
        if key in out:
            raise _error("weights_twice", dimension=key)
        if isinstance(points, (bool, np.bool_)) or not isinstance(points, (Real, np.number)) \
                or not math.isfinite(float(points)) or float(points) < 0:
            raise _error("weights_bad_points", dimension=key, value=_show(points))
        out[key] = float(points)
    missing = [d for d in DIMENSIONS if d not in out]
    if missing:
        raise _error("weights_missing", missing=", ".join(missing))
    total = sum(out.values())
    if abs(total - 100) > _WEIGHT_TOLERANCE:
        raise _error("weights_sum", total=f"{total:g}")
    return out


def _weights_frame(weights: pd.DataFrame, respondents: pd.Index) -> np.ndarray:
    """Per-respondent weights as an (n, 5) array aligned with ``respondents`` (NaN rows = no weights given)."""
    frame = weights
    if "respondent" in frame.columns:
        frame = frame.set_index("respondent")
    columns = {}
    for column in frame.columns:
        key = _dimension_key(column)
        if key is None and isinstance(column, str):  # w_reliability, weight_reliability (the datasets' columns)
            key = _dimension_key(re.sub(r"^(?:w|weight)_", "", column))
        if key is not None:
            if key in columns:
                raise _error("weights_twice", dimension=key)
            columns[key] = column
    missing = [d for d in DIMENSIONS if d not in columns]
    if missing:
        raise _error("weights_columns", missing=", ".join(missing),
                     found=", ".join(map(str, weights.columns)) or "-")
    if frame.index.has_duplicates:
        repeated = frame.index[frame.index.duplicated()][0]
        raise _error("weights_duplicate", respondent=_show(repeated))
    block = frame[[columns[d] for d in DIMENSIONS]]
    numbers = block.apply(pd.to_numeric, errors="coerce").astype(float)
    text = numbers.isna() & block.notna()
    values = numbers.to_numpy()
    with np.errstate(invalid="ignore"):
        negative = values < 0
    bad = text.to_numpy() | negative | np.isinf(values)
    if bad.any():
        r, c = map(int, np.argwhere(bad)[0])
        raise _error("weights_bad_cell", respondent=_show(frame.index[r]), dimension=DIMENSIONS[c],
                     value=_show(block.iat[r, c]))
    blank = np.isnan(values)
    partial = blank.any(axis=1) & ~blank.all(axis=1)
    if partial.any():
        r = int(np.argmax(partial))
        raise _error("weights_partial", respondent=_show(frame.index[r]),
                     missing=", ".join(d for d, b in zip(DIMENSIONS, blank[r]) if b))
    complete = ~blank.all(axis=1)
    sums = np.where(complete, np.nansum(values, axis=1), 100.0)
    off = np.abs(sums - 100) > _WEIGHT_TOLERANCE
    if off.any():
        r = int(np.argmax(off))
        raise _error("weights_row_sum", respondent=_show(frame.index[r]), total=f"{sums[r]:g}",
                     count=int(off.sum()))
    aligned = pd.DataFrame(values, index=frame.index, columns=list(DIMENSIONS)).reindex(respondents)
    return aligned.to_numpy(dtype=float)


def whole_points(weights) -> dict:
    """Weights rounded to whole points that still add up to 100 (largest remainder; ties to the earlier dimension),
    e.g. the customers' mean points as starting values for sliders.

    >>> whole_points({"tangibles": 11.6, "reliability": 31.2, "responsiveness": 22.9, "assurance": 18.9,
    ...               "empathy": 15.4})
    {'tangibles': 12, 'reliability': 31, 'responsiveness': 23, 'assurance': 19, 'empathy': 15}
    """
    mapping = _weights_mapping(weights)
    raw = np.array([mapping[d] for d in DIMENSIONS])
    points = np.floor(raw).astype(int)
    order = np.argsort(-(raw - points), kind="stable")
    points[order[: 100 - points.sum()]] += 1
    return dict(zip(DIMENSIONS, points.tolist()))


# ---------------------------------------------------------------------------------------------------------------
# Gap scores
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class GapResult:
    """What :func:`gaps` computed.

    Attributes
    ----------
    items : DataFrame
        Index ``item`` 1..22: ``dimension``, ``expectation``, ``perception``, ``gap`` (= perception -
        expectation), ``n`` (respondents with both answers), ``missing`` (respondents without a complete pair).
    dimensions : DataFrame
        Index ``dimension`` (order of :data:`DIMENSIONS`): ``expectation``, ``perception``, ``gap`` (means of
        the dimension's item values), ``items`` (number of items); with weights also ``weight`` (mean points)
        and ``contribution`` (the dimension's share of the weighted score; they add up to ``weighted``).
    unweighted : float
        Mean of the five dimension gaps.
    weighted : float or None
        Sum of weight/100 x dimension gap (None without weights).
    respondent_gaps : DataFrame
        Index ``respondent``, one column per dimension: each respondent's mean item gap (NaN when none).
    n_respondents, missing : int
        Respondents, and respondent x item pairs without both answers (blank or absent).
    respondent_perceptions : DataFrame
        Index ``respondent``: each respondent's mean perception per dimension (the drivers of a derived IPA).
    weights : Series or None
        The points per dimension used (with per-respondent weights: their mean over the respondents counted).
    n_weighted : int
        Respondents in the weighted score (with per-respondent weights: those who gave weights and answered
        every dimension; otherwise everyone).
    """

    items: pd.DataFrame
    dimensions: pd.DataFrame
    unweighted: float
    weighted: float | None
    respondent_gaps: pd.DataFrame
    n_respondents: int
    missing: int
    n_weighted: int = 0
    weights: pd.Series | None = None
    respondent_perceptions: pd.DataFrame | None = None
    #: The validated answers as respondent x item matrices, so :func:`reliability` of this result does not
    #: validate and spread the same frame again.
    _answers: _Matrix | None = field(default=None, repr=False, compare=False)

    def ranking(self, weighted: bool | None = None) -> list:
        """Dimension ids from the worst to the best: by gap, or (``weighted=True``, the default when there are
        weights) by contribution to the weighted score.

        >>> import pandas as pd
        >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7,
        ...                         "perception": [7] * 4 + [4] * 5 + [5] * 4 + [6] * 4 + [6] * 5})
        >>> gaps(answers).ranking()[:2]
        ['reliability', 'responsiveness']
        """
        if weighted is None:
            weighted = self.weighted is not None
        weighted = _check_bool("weighted", weighted)
        if weighted and self.weighted is None:
            raise _error("no_weights")
        column = "contribution" if weighted else "gap"
        return list(self.dimensions[column].sort_values(kind="stable").index)


def gaps(answers: pd.DataFrame, weights=None) -> GapResult:
    """SERVQUAL gap scores: per item, per dimension, overall (unweighted and weighted).

    For every item the gap is computed over the respondents who answered both questions:
    expectation = mean E, perception = mean P, gap = mean (P - E) = perception - expectation (Parasuraman,
    Zeithaml & Berry 1988). A dimension's expectation, perception and gap are the means of its items' values;
    the unweighted score is the mean of the five dimension gaps. With weights (points per dimension summing
    to 100, the 1991 questionnaire), the weighted score is sum_d w_d / 100 * gap_d; with per-respondent weights it
    is that sum for each respondent (from their own dimension gaps), averaged over respondents
    (Parasuraman, Berry & Zeithaml 1991).

    Parameters
    ----------
    answers : DataFrame
        Long frame, one row per respondent and item: ``respondent``, ``item`` (1..22), ``expectation``,
        ``perception`` (whole numbers 1..7; empty = not answered, counted in ``missing``, never taken as 0).
    weights : dict, Series or DataFrame, optional
        ``{dimension: points}`` for the sample (ids or display names in Chinese or English), summing to 100; or
        one row per respondent (a ``respondent`` column or index, one column per dimension, named by the
        dimension or ``w_<dimension>``; other columns are ignored), each row summing to 100 (a fully blank row = no weights given: that respondent is left out of the weighted score).

    Returns
    -------
    GapResult
        ``.items``, ``.dimensions``, ``.unweighted``, ``.weighted`` (None without weights), ``.respondent_gaps``.

    Raises
    ------
    cxlab.InputError
        Not a DataFrame; a missing column; no rows; a missing respondent id; an item outside 1..22; a respondent
        answering an item twice; an answer that is not a whole number 1..7; an item nobody answered fully;
        weights that miss a dimension, are negative or do not add up to 100.

    Examples
    --------
    Two respondents. Item 5 (reliability): E = 7 and 6, P = 4 and 5, so E = 6.5, P = 4.5, gap = -2; every other
    item has gaps -1 and 0, mean -0.5. Reliability = (-2 - 0.5 x 4) / 5 = -0.8; unweighted = (4 x -0.5 - 0.8) / 5
    = -0.56; weighted = 0.1 x -0.5 + 0.3 x -0.8 + 0.6 x -0.5 = -0.59.

    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1] * 22 + [2] * 22, "item": list(range(1, 23)) * 2,
    ...                         "expectation": [7] * 22 + [6] * 22, "perception": [6] * 22 + [6] * 22})
    >>> answers.loc[[4, 26], "perception"] = [4, 5]
    >>> result = gaps(answers, weights={"tangibles": 10, "reliability": 30, "responsiveness": 20,
    ...                                 "assurance": 20, "empathy": 20})
    >>> result.items.loc[5, ["expectation", "perception", "gap"]].tolist()
    [6.5, 4.5, -2.0]
    >>> round(float(result.dimensions.loc["reliability", "gap"]), 2)
    -0.8
    >>> round(result.unweighted, 2), round(result.weighted, 2)
    (-0.56, -0.59)
    """
    matrix = _matrix(answers, COLUMNS, SCALE)
    e, p = matrix.values["expectation"], matrix.values["perception"]
    gap = p - e                                   # NaN unless both answered
    complete = ~np.isnan(gap)
    n = complete.sum(axis=0)
    n_resp = len(matrix.respondents)
    if (n == 0).any():
        raise _error("item_unanswered", item=int(np.argmax(n == 0)) + 1)
    with np.errstate(invalid="ignore"):
        item_e = np.where(complete, e, 0.0).sum(axis=0) / n
        item_p = np.where(complete, p, 0.0).sum(axis=0) / n
    item_gap = item_p - item_e
    items = pd.DataFrame({"dimension": ITEMS["dimension"].to_numpy(), "expectation": item_e,
                          "perception": item_p, "gap": item_gap, "n": n.astype(np.int64),
                          "missing": (n_resp - n).astype(np.int64)}, index=ITEMS.index.copy())
    dims = pd.DataFrame({
        "expectation": [item_e[_ITEM_DIM == d].mean() for d in range(len(DIMENSIONS))],
        "perception": [item_p[_ITEM_DIM == d].mean() for d in range(len(DIMENSIONS))],
        "items": np.bincount(_ITEM_DIM, minlength=len(DIMENSIONS)).astype(np.int64),
    }, index=pd.Index(DIMENSIONS, name="dimension"))
    dims.insert(2, "gap", [item_gap[_ITEM_DIM == d].mean() for d in range(len(DIMENSIONS))])
    unweighted = float(dims["gap"].mean())
    per_respondent = _dimension_means(gap)
    respondent_gaps = pd.DataFrame(per_respondent, index=matrix.respondents, columns=list(DIMENSIONS))
    weighted, used, n_weighted = None, None, n_resp
    if weights is not None:
        if isinstance(weights, pd.DataFrame):
            w = _weights_frame(weights, matrix.respondents)
            ok = ~np.isnan(w).any(axis=1) & ~np.isnan(per_respondent).any(axis=1)
            n_weighted = int(ok.sum())
            if n_weighted == 0:
                raise _error("weights_nobody")
            parts = (w[ok] / 100.0) * per_respondent[ok]
            contribution = parts.mean(axis=0)
            used = pd.Series(w[ok].mean(axis=0), index=pd.Index(DIMENSIONS, name="dimension"), name="weight")
        else:
            mapping = _weights_mapping(weights)
            used = pd.Series([mapping[d] for d in DIMENSIONS], index=pd.Index(DIMENSIONS, name="dimension"),
                             name="weight")
            contribution = used.to_numpy() / 100.0 * dims["gap"].to_numpy()
        dims["weight"] = used.to_numpy()
        dims["contribution"] = contribution
        weighted = float(np.sum(contribution))
    return GapResult(items=items, dimensions=dims, unweighted=unweighted, weighted=weighted,
                     respondent_gaps=respondent_gaps, n_respondents=n_resp, missing=int((~complete).sum()),
                     n_weighted=n_weighted, weights=used,
                     respondent_perceptions=pd.DataFrame(_dimension_means(p), index=matrix.respondents,
                                                         columns=list(DIMENSIONS)), _answers=matrix)


def segments(answers: pd.DataFrame, by: str, weights=None) -> pd.DataFrame:
    """:func:`gaps` for each group of respondents: one row per segment.

    Parameters
    ----------
    answers : DataFrame
        The long answer frame of :func:`gaps` with a segment column ``by`` (one value per respondent).
    by : str
        The segment column.
    weights : optional
        As in :func:`gaps` (per-respondent weights are split with the respondents).

    Returns
    -------
    DataFrame
        Index = segment values (order of first appearance); one column per dimension (its gap), then
        ``unweighted``, ``weighted`` (NaN without weights) and ``respondents``.

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1] * 22 + [2] * 22, "item": list(range(1, 23)) * 2,
    ...                         "segment": ["a"] * 22 + ["b"] * 22, "expectation": 7,
    ...                         "perception": [6] * 22 + [4] * 22})
    >>> segments(answers, "segment")["unweighted"].tolist()
    [-1.0, -3.0]
    """
    _check_frame(answers, COLUMNS)
    if not isinstance(by, str) or by not in answers.columns or by in COLUMNS:
        raise _error("bad_segment_column", value=_show(by),
                     accepted=", ".join(c for c in map(str, answers.columns) if c not in COLUMNS) or "-")
    if answers[by].isna().any():
        row = answers.index[int(np.argmax(answers[by].isna().to_numpy()))]
        raise _error("segment_missing", column=by, row=row)
    per = answers.groupby("respondent", sort=False)[by].nunique()
    if (per > 1).any():
        raise _error("segment_mixed", column=by, respondent=_show(per.index[int(np.argmax((per > 1).to_numpy()))]))
    rows = {}
    for value in pd.unique(answers[by]):
        part = answers[answers[by] == value]
        w = weights
        if isinstance(weights, pd.DataFrame):
            ids = set(part["respondent"])
            key = weights["respondent"] if "respondent" in weights.columns else weights.index.to_series()
            w = weights[key.isin(ids).to_numpy()]
        result = gaps(part, w)
        row = result.dimensions["gap"].to_dict()
        row.update(unweighted=result.unweighted, weighted=np.nan if result.weighted is None else result.weighted,
                   respondents=result.n_respondents)
        rows[value] = row
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = by
    out["respondents"] = out["respondents"].astype(np.int64)
    return out


@dataclass
class ServperfResult:
    """What :func:`servperf` computed: ``items`` (index item: dimension, perception, n, missing),
    ``dimensions`` (index dimension: perception, items), ``overall`` (mean of the dimension means),
    ``respondent_scores`` (each respondent's mean perception per dimension)."""

    items: pd.DataFrame
    dimensions: pd.DataFrame
    overall: float
    respondent_scores: pd.DataFrame


def servperf(answers: pd.DataFrame) -> ServperfResult:
    """SERVPERF: service quality from perceptions alone (Cronin & Taylor 1992).

    The same 22 items, the same dimensions, but no expectation question: an item's score is its mean perception,
    a dimension's the mean of its items, the overall score the mean of the five dimensions. Cronin & Taylor found
    perceptions alone explained overall quality better than the differences, and the questionnaire is half as
    long.

    Parameters
    ----------
    answers : DataFrame
        Long frame ``respondent, item, perception`` (1..7, empty = not answered); an ``expectation`` column, if
        there is one, is ignored.

    Returns
    -------
    ServperfResult

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": [1] * 22 + [2] * 22, "item": list(range(1, 23)) * 2,
    ...                         "perception": [6] * 22 + [5] * 22})
    >>> servperf(answers).overall
    5.5
    """
    matrix = _matrix(answers, ("respondent", "item", "perception"), SCALE)
    p = matrix.values["perception"]
    present = ~np.isnan(p)
    n = present.sum(axis=0)
    if (n == 0).any():
        raise _error("item_unanswered", item=int(np.argmax(n == 0)) + 1)
    item_p = np.where(present, p, 0.0).sum(axis=0) / n
    items = pd.DataFrame({"dimension": ITEMS["dimension"].to_numpy(), "perception": item_p,
                          "n": n.astype(np.int64), "missing": (len(p) - n).astype(np.int64)},
                         index=ITEMS.index.copy())
    dims = pd.DataFrame({"perception": [item_p[_ITEM_DIM == d].mean() for d in range(len(DIMENSIONS))],
                         "items": np.bincount(_ITEM_DIM, minlength=len(DIMENSIONS)).astype(np.int64)},
                        index=pd.Index(DIMENSIONS, name="dimension"))
    scores = pd.DataFrame(_dimension_means(p), index=matrix.respondents, columns=list(DIMENSIONS))
    return ServperfResult(items=items, dimensions=dims, overall=float(dims["perception"].mean()),
                          respondent_scores=scores)


# ---------------------------------------------------------------------------------------------------------------
# Reliability
# ---------------------------------------------------------------------------------------------------------------

def _alpha(values: np.ndarray) -> tuple:
    """(alpha, n) of a respondent x item array: complete rows only (listwise); NaN when it cannot be computed."""
    complete = values[~np.isnan(values).any(axis=1)]
    n, k = complete.shape
    if n < 2 or k < 2:
        return math.nan, n
    item_var = complete.var(axis=0, ddof=1).sum()
    total_var = complete.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return math.nan, n
    return float(k / (k - 1) * (1 - item_var / total_var)), n


def _dimension_alphas(matrix: np.ndarray):
    """Cronbach's alpha of every dimension's items at once: (alphas (5,), respondents used (5,)).

    Per dimension only the respondents with all its items answered count (listwise, as :func:`cronbach_alpha`).
    The sample variances come from sums and sums of squares, gathered for all dimensions with one matrix product
    each, so 100,000 respondents take a fraction of a second."""
    k = _SIZES
    totals = _dimension_sums(matrix)                       # (n, 5); NaN exactly where a block has a blank
    complete = ~np.isnan(totals)
    n = complete.sum(axis=0)
    totals = np.where(complete, totals, 0.0)
    kept = np.where(complete[:, _ITEM_DIM], matrix, 0.0)                              # complete blocks only
    sums = kept.sum(axis=0)                                                           # (22,)
    squares = np.einsum("ij,ij->j", kept, kept)
    total_sum = totals.sum(axis=0)
    total_sq = np.einsum("ij,ij->j", totals, totals)
    alphas = np.full(len(DIMENSIONS), np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        for d in range(len(DIMENSIONS)):
            if n[d] < 2:
                continue
            j = _ITEM_DIM == d
            item_var = ((squares[j] - sums[j] ** 2 / n[d]) / (n[d] - 1)).sum()
            total_var = (total_sq[d] - total_sum[d] ** 2 / n[d]) / (n[d] - 1)
            if total_var > 1e-12 * max(1.0, total_sq[d] / n[d]):
                alphas[d] = k[d] / (k[d] - 1) * (1 - item_var / total_var)
    return alphas, n.astype(np.int64)


def cronbach_alpha(wide) -> float:
    """Cronbach's alpha of a set of items: ``k / (k - 1) * (1 - sum of item variances / variance of the total)``.

    Variances are sample variances (ddof = 1); rows with a missing value are left out (listwise). Alpha is at
    most 1; it falls as the items agree less (it can be negative when they contradict each other). 0.7 is the
    usual lowest acceptable value (:data:`ALPHA_THRESHOLD`, Nunnally 1978).

    Source: L. J. Cronbach (1951), "Coefficient alpha and the internal structure of tests", *Psychometrika*
    16(3), 297-334.

    Parameters
    ----------
    wide : DataFrame or 2-d array
        One column per item, one row per respondent, numbers (NaN = not answered).

    Returns
    -------
    float

    Raises
    ------
    cxlab.InputError
        Not a table; fewer than two items; text in a cell; fewer than two complete rows; no variation in the
        total score.

    Examples
    --------
    Four respondents, three items (the worked example of the tests): the item variances 5/3, 5/3 and 1/3 add up
    to 11/3; the totals 4, 4, 9, 9 have variance 25/3; alpha = 3/2 * (1 - (11/3) / (25/3)) = 3/2 * 14/25 = 0.84.

    >>> import pandas as pd
    >>> round(cronbach_alpha(pd.DataFrame({"a": [1, 2, 3, 4], "b": [2, 1, 4, 3], "c": [1, 1, 2, 2]})), 4)
    0.84
    >>> cronbach_alpha(pd.DataFrame({"a": [1, 2, 3, 4], "b": [1, 2, 3, 4]}))   # identical items
    1.0
    """
    if isinstance(wide, pd.DataFrame):
        frame = wide
    elif isinstance(wide, np.ndarray) and wide.ndim == 2:
        frame = pd.DataFrame(wide)
    else:
        raise _error("alpha_not_table", got=type(wide).__name__)
    if frame.shape[1] < 2:
        raise _error("alpha_items", count=frame.shape[1])
    numbers = frame.apply(pd.to_numeric, errors="coerce").astype(float)
    text = numbers.isna() & frame.notna()
    bool_columns = [c for c in frame.columns if pd.api.types.is_bool_dtype(frame[c])]
    if text.to_numpy().any() or bool_columns:
        if bool_columns:
            r, column = 0, bool_columns[0]
        else:
            r, c = map(int, np.argwhere(text.to_numpy())[0])
            column = frame.columns[c]
        raise _error("alpha_text", row=frame.index[r], column=column, value=_show(frame[column].iloc[r]))
    values = numbers.to_numpy()
    if np.isinf(values).any():
        r, c = map(int, np.argwhere(np.isinf(values))[0])
        raise _error("alpha_text", row=frame.index[r], column=frame.columns[c], value=_show(values[r, c]))
    alpha, n = _alpha(values)
    if n < 2:
        raise _error("alpha_rows", n=n)
    if math.isnan(alpha):
        raise _error("alpha_constant")
    return alpha


def reliability(answers, threshold: float = ALPHA_THRESHOLD) -> pd.DataFrame:
    """Cronbach's alpha of each dimension, for the expectation, perception and gap (P - E) scores.

    Parasuraman, Zeithaml & Berry (1988) report the alpha of the gap scores of each dimension; alpha of the
    expectations and of the perceptions shows which half of the questionnaire is the weak one. A dimension whose
    items do not agree (alpha below ``threshold``) should not be summed into one score without a second look at
    its items.

    Parameters
    ----------
    answers : DataFrame or GapResult
        The long answer frame of :func:`gaps`, or what :func:`gaps` returned for it (then the answers it already
        checked are used, not checked and spread out a second time).
    threshold : float, default 0.7
        Alphas below it are flagged (Nunnally 1978).

    Returns
    -------
    DataFrame
        Index ``dimension``: ``items`` (k), ``expectation``, ``perception``, ``gap`` (alpha of each score,
        respondents with all k answers of the dimension only; NaN when fewer than two or no variation),
        ``n`` (respondents in the gap alpha), ``low_expectation``, ``low_perception``, ``low_gap`` (alpha below
        ``threshold``), ``flagged`` (any of the three). ``.attrs["threshold"]`` holds the threshold.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [(r, i, 7, 1 + (r + i) % 7) for r in range(1, 8) for i in range(1, 23)]
    >>> answers = pd.DataFrame(rows, columns=["respondent", "item", "expectation", "perception"])
    >>> bool(reliability(answers).loc["tangibles", "low_perception"])
    True
    >>> reliability(gaps(answers)).equals(reliability(answers))   # the same table from the gap result
    True
    """
    from . import _check

    threshold = _check.check_number("threshold", threshold, low=-1, high=1)
    if isinstance(answers, GapResult) and answers._answers is not None:
        matrix = answers._answers
    else:
        matrix = _matrix(answers, COLUMNS, SCALE)
    e, p = matrix.values["expectation"], matrix.values["perception"]
    scores = {"expectation": e, "perception": p, "gap": p - e}
    out = pd.DataFrame({"items": np.bincount(_ITEM_DIM, minlength=len(DIMENSIONS)).astype(np.int64)},
                       index=pd.Index(DIMENSIONS, name="dimension"))
    for name, values in scores.items():
        out[name], n = _dimension_alphas(values)
    out["n"] = n                                   # respondents in the gap alpha (the last one computed)
    out["n"] = out["n"].astype(np.int64)
    for name in scores:
        out[f"low_{name}"] = out[name] < threshold
    out["flagged"] = out[["low_expectation", "low_perception", "low_gap"]].any(axis=1)
    out.attrs["threshold"] = float(threshold)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Zones of tolerance
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class ZoneResult:
    """What :func:`zones` computed.

    ``items`` (index item) and ``dimensions`` (index dimension) share the columns ``adequate``, ``desired``,
    ``perceived`` (means), ``msa`` (measure of service adequacy = perceived - adequate), ``mss`` (measure of
    service superiority = perceived - desired), ``width`` (desired - adequate, the zone of tolerance) and
    ``position`` ('below' the zone: MSA < 0; 'within'; 'above': MSS > 0); ``items`` also ``n`` and
    ``inverted`` (respondents who rated adequate above desired, kept but counted).
    """

    items: pd.DataFrame
    dimensions: pd.DataFrame
    n_respondents: int


def _zone_columns(frame):
    frame["msa"] = frame["perceived"] - frame["adequate"]
    frame["mss"] = frame["perceived"] - frame["desired"]
    frame["width"] = frame["desired"] - frame["adequate"]
    frame["position"] = np.where(frame["msa"] < 0, "below", np.where(frame["mss"] > 0, "above", "within"))
    return frame


def zones(answers: pd.DataFrame) -> ZoneResult:
    """The zone of tolerance: where perceived service falls between adequate and desired service.

    In the three-column format (Parasuraman, Zeithaml & Berry 1994) each item is rated for the *minimum* service
    level the customer would accept (adequate, A), the level they *desire* (D) and the level they *perceive* (P),
    on a 9-point scale. MSA = P - A (measure of service adequacy: negative = below what is acceptable) and
    MSS = P - D (measure of service superiority: positive = beyond what was desired); between the two the
    service is tolerated. Means are over respondents who answered all three for the item.

    Parameters
    ----------
    answers : DataFrame
        Long frame ``respondent, item, adequate, desired, perceived`` (whole numbers 1..9; empty = not answered).

    Returns
    -------
    ZoneResult
        ``.items`` and ``.dimensions`` (see :class:`ZoneResult`).

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "adequate": 5, "desired": 8,
    ...                         "perceived": [4] * 9 + [6] * 13})
    >>> z = zones(answers)
    >>> z.items.loc[5, ["msa", "mss"]].tolist(), z.items.loc[5, "position"]
    ([-1.0, -4.0], 'below')
    >>> z.dimensions.loc["assurance", "position"]
    'within'
    """
    matrix = _matrix(answers, ZONE_COLUMNS, ZONE_SCALE)
    a, d, p = (matrix.values[c] for c in ("adequate", "desired", "perceived"))
    complete = ~(np.isnan(a) | np.isnan(d) | np.isnan(p))
    n = complete.sum(axis=0)
    if (n == 0).any():
        raise _error("item_unanswered", item=int(np.argmax(n == 0)) + 1)
    means = {name: np.where(complete, m, 0.0).sum(axis=0) / n for name, m in
             (("adequate", a), ("desired", d), ("perceived", p))}
    items = pd.DataFrame({"dimension": ITEMS["dimension"].to_numpy(), **means}, index=ITEMS.index.copy())
    items = _zone_columns(items)
    items["n"] = n.astype(np.int64)
    with np.errstate(invalid="ignore"):
        items["inverted"] = (complete & (a > d)).sum(axis=0).astype(np.int64)
    dims = pd.DataFrame({name: [means[name][_ITEM_DIM == k].mean() for k in range(len(DIMENSIONS))]
                         for name in means}, index=pd.Index(DIMENSIONS, name="dimension"))
    return ZoneResult(items=items, dimensions=_zone_columns(dims), n_respondents=len(matrix.respondents))


# ---------------------------------------------------------------------------------------------------------------
# Importance-performance analysis
# ---------------------------------------------------------------------------------------------------------------

def ipa(result: GapResult, importance="weights", *, outcome=None, performance: str = "perception",
        split="mean") -> pd.DataFrame:
    """Importance-performance analysis of the five dimensions (Martilla & James 1977).

    Performance is the dimension's mean perception (or its gap); importance is either *stated* - the mean
    points respondents gave the dimension (the 1991 weights), or any ``{dimension: importance}`` you pass - or
    *derived* from how strongly each dimension's perceptions drive an overall outcome (Johnson's relative
    weights, :func:`cxlab.stats.derived_importance`). The quadrants come from :func:`cxlab.stats.ipa_quadrants`:
    'concentrate' (important, performing below the split), 'keep_up', 'low_priority', 'overkill'.

    Parameters
    ----------
    result : GapResult
        The output of :func:`gaps` (computed with weights for ``importance="weights"``).
    importance : "weights", "derived", dict or Series
        "weights": the mean stated points; "derived": relative weights for ``outcome``; or your own numbers
        per dimension (ids or display names).
    outcome : Series, dict or DataFrame, optional
        For "derived": one overall rating per respondent (a Series or dict keyed by respondent, or a frame with
        ``respondent`` and ``overall`` - like ``servqual_bank_respondents`` - or with one other column).
    performance : {"perception", "gap"}
        What counts as performance.
    split : "mean", "median" or a number
        Where both axes are split (see :func:`cxlab.stats.ipa_quadrants`).

    Returns
    -------
    DataFrame
        Index ``dimension``: ``importance``, ``performance``, ``quadrant``; with "derived" also ``correlation``
        and ``relative_weight``. ``.attrs`` holds the splits and ``importance_kind``.

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7,
    ...                         "perception": [6] * 4 + [4] * 5 + [5] * 4 + [6] * 4 + [6] * 5})
    >>> weights = {"tangibles": 10, "reliability": 30, "responsiveness": 25, "assurance": 20, "empathy": 15}
    >>> ipa(gaps(answers, weights))["quadrant"].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'tangibles': 'overkill', 'reliability': 'concentrate', 'responsiveness': 'concentrate',
     'assurance': 'keep_up', 'empathy': 'overkill'}
    """
    from . import stats

    if not isinstance(result, GapResult):
        raise _error("not_a_result", got=type(result).__name__)
    _check_choice("performance", performance, ("perception", "gap"))
    perf = result.dimensions[performance]
    extra = {}
    if isinstance(importance, str) and importance == "weights":
        if result.weights is None:
            raise _error("ipa_no_weights")
        imp = result.weights.astype(float)
        kind = "stated"
    elif isinstance(importance, str) and importance == "derived":
        drivers = _respondent_perceptions(result)
        frame = drivers.join(_outcome_series(outcome, drivers.index), how="inner")
        derived = stats.derived_importance(frame, list(DIMENSIONS), "outcome")
        imp = derived["relative_weight"]
        extra = {"correlation": derived["correlation"].to_numpy(), "relative_weight": imp.to_numpy()}
        kind = "derived"
    elif isinstance(importance, (dict, pd.Series)):
        mapping = {}
        for name, value in importance.items():
            key = _dimension_key(name)
            if key is None:
                raise _error("weights_unknown_dimension", value=_show(name), accepted=", ".join(DIMENSIONS))
            if isinstance(value, (bool, np.bool_)) or not isinstance(value, (Real, np.number)) \
                    or not math.isfinite(float(value)):
                raise _error("ipa_bad_importance", dimension=key, value=_show(value))
            mapping[key] = float(value)
        missing = [d for d in DIMENSIONS if d not in mapping]
        if missing:
            raise _error("weights_missing", missing=", ".join(missing))
        imp = pd.Series([mapping[d] for d in DIMENSIONS], index=list(DIMENSIONS))
        kind = "stated"
    else:
        raise _error("ipa_importance", value=_show(importance))
    imp = pd.Series(imp.to_numpy(dtype=float), index=pd.Index(DIMENSIONS, name="dimension"))
    out = stats.ipa_quadrants(imp, perf.to_numpy(dtype=float), importance_split=split, performance_split=split)
    out.index.name = "dimension"
    for name, values in extra.items():
        out[name] = values
    out.attrs["importance_kind"] = kind
    out.attrs["performance"] = performance
    return out


def _respondent_perceptions(result: GapResult) -> pd.DataFrame:
    if result.respondent_perceptions is None:
        raise _error("not_a_result", got=type(result).__name__)
    return result.respondent_perceptions


def _outcome_series(outcome, respondents) -> pd.DataFrame:
    if outcome is None:
        raise _error("ipa_no_outcome")
    if isinstance(outcome, dict):
        outcome = pd.Series(outcome)
    if isinstance(outcome, pd.DataFrame):
        if "respondent" in outcome.columns and "overall" in outcome.columns:
            outcome = outcome.set_index("respondent")["overall"]
        elif "respondent" in outcome.columns and outcome.shape[1] == 2:
            outcome = outcome.set_index("respondent").iloc[:, 0]
        else:
            raise _error("ipa_outcome_frame", found=", ".join(map(str, outcome.columns)))
    if not isinstance(outcome, pd.Series):
        raise _error("ipa_no_outcome")
    if outcome.index.has_duplicates:
        raise _error("weights_duplicate", respondent=_show(outcome.index[outcome.index.duplicated()][0]))
    matched = outcome.index.isin(respondents).sum()
    if matched == 0:
        raise _error("ipa_outcome_ids")
    return outcome.rename("outcome").to_frame()


# ---------------------------------------------------------------------------------------------------------------
# Sentences and tables for people (the notebook prints these; every number comes from a result)
# ---------------------------------------------------------------------------------------------------------------

def _signed(value) -> str:
    return f"{value:+.2f}".replace("-", "\u2212")


def dimension_table(lang: str | None = None) -> pd.DataFrame:
    """The five dimensions as a table for people: name, items, what the dimension covers.

    >>> dimension_table(lang="en").loc["reliability"].tolist()[:2]
    ['Reliability', '5-9']
    """
    rows = []
    for dimension in DIMENSIONS:
        items = ITEMS.index[ITEMS["dimension"] == dimension]
        rows.append((dimension_name(dimension, lang=lang), f"{items.min()}-{items.max()}",
                     t(f"servqual.dimension_help.{dimension}", lang=lang)))
    out = pd.DataFrame(rows, columns=[t(f"servqual.column.{c}", lang=lang) for c in ("dimension", "items", "text")],
                       index=pd.Index(DIMENSIONS, name="id"))
    return out


def dimension_line(result: GapResult, dimension: str) -> str:
    """One sentence on a dimension of a :func:`gaps` result: expectation, perception and gap (2 decimals).

    >>> import cxlab, pandas as pd
    >>> _ = cxlab.set_language("en")
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7, "perception": 5})
    >>> dimension_line(gaps(answers), "reliability")
    'Reliability: expectation 7.00, perception 5.00, gap \u22122.00'
    """
    if not isinstance(result, GapResult):
        raise _error("not_a_result", got=type(result).__name__)
    row = result.dimensions.loc[_check_choice("dimension", dimension, DIMENSIONS)]
    return t("servqual.line.dimension", name=dimension_name(dimension), e=f"{row['expectation']:.2f}",
             p=f"{row['perception']:.2f}", gap=_signed(row["gap"]))


def summary(result: GapResult) -> str:
    """The overall scores and the worst and best dimension of a :func:`gaps` result, in the current language.

    >>> import cxlab, pandas as pd
    >>> _ = cxlab.set_language("en")
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7,
    ...                         "perception": [7] * 4 + [4] * 5 + [5] * 4 + [6] * 4 + [6] * 5})
    >>> print(summary(gaps(answers)))
    Respondents: 1; answer pairs missing: 0
    Unweighted SERVQUAL score: −1.40
    Largest gap: Reliability (−3.00); smallest: Tangibles (+0.00)
    """
    if not isinstance(result, GapResult):
        raise _error("not_a_result", got=type(result).__name__)
    lines = [t("servqual.line.respondents", n=result.n_respondents, missing=result.missing),
             t("servqual.line.unweighted", score=_signed(result.unweighted))]
    if result.weighted is not None:
        lines.append(t("servqual.line.weighted", score=_signed(result.weighted), n=result.n_weighted))
    order = result.ranking(weighted=False)
    gap = result.dimensions["gap"]
    lines.append(t("servqual.line.extremes", worst=dimension_name(order[0]), worst_gap=_signed(gap[order[0]]),
                   best=dimension_name(order[-1]), best_gap=_signed(gap[order[-1]])))
    return "\n".join(lines)


def reliability_line(table: pd.DataFrame) -> str:
    """Which dimensions' alphas fall below the threshold, in one sentence (for a :func:`reliability` table).

    >>> import cxlab, pandas as pd
    >>> _ = cxlab.set_language("en")
    >>> rows = [(r, i, 7, 1 + (r + i) % 7) for r in range(1, 8) for i in range(1, 23)]
    >>> table = reliability(pd.DataFrame(rows, columns=["respondent", "item", "expectation", "perception"]))
    >>> reliability_line(table).startswith("Below 0.7")
    True
    """
    _need(table, ["expectation", "perception", "gap", "flagged"], "table")
    threshold = float(table.attrs.get("threshold", ALPHA_THRESHOLD))
    flagged = table.index[table["flagged"].to_numpy(dtype=bool)]
    if not len(flagged):
        return t("servqual.line.alpha_ok", threshold=f"{threshold:.1f}")
    parts = []
    for dimension in flagged:
        low = [f"{t(f'servqual.column.alpha_{m}')} {table.at[dimension, m]:.2f}"
               for m in ("expectation", "perception", "gap") if table.at[dimension, m] < threshold]
        parts.append(t("servqual.line.alpha_part", name=dimension_name(dimension), values=", ".join(low)))
    return t("servqual.line.alpha_low", threshold=f"{threshold:.1f}", parts="; ".join(parts))


def table(frame: pd.DataFrame, digits: int = 2) -> pd.DataFrame:
    """A copy of a SERVQUAL table (``.items``, ``.dimensions``, :func:`segments`, :func:`reliability`,
    :func:`ipa`, ``zones(...).items`` ...) labelled for people: dimension names and column headers in the current
    language, quadrant and zone positions as words, numbers rounded.

    >>> import cxlab, pandas as pd
    >>> _ = cxlab.set_language("en")
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7, "perception": 5})
    >>> table(gaps(answers).dimensions[["gap"]]).iloc[1].tolist()
    [-2.0]
    >>> table(gaps(answers).dimensions[["gap"]]).index[1]
    'Reliability'
    """
    from .i18n import has

    _need(frame, [], "frame")
    out = frame.copy()
    if "dimension" in out.columns:
        out["dimension"] = [dimension_name(d) for d in out["dimension"]]
    if "quadrant" in out.columns:
        out["quadrant"] = [t(f"stats.ipa.{q}") for q in out["quadrant"]]
    if "position" in out.columns:
        out["position"] = [t(f"servqual.position.{p}") for p in out["position"]]
    if out.index.name == "segment":
        out.index = pd.Index([t(f"servqual.segment.{v}") if has(f"servqual.segment.{v}") else v for v in out.index],
                             name=t("servqual.column.segment"))
    elif out.index.name == "item":
        out.index = pd.Index([_item_label(i) for i in out.index], name=t("servqual.column.item"))
    elif out.index.name == "dimension" or set(out.index) <= set(DIMENSIONS):
        out.index = pd.Index([dimension_name(d) if d in DIMENSIONS else d for d in out.index],
                             name=t("servqual.column.dimension"))
    rename = {}
    for column in out.columns:
        if pd.api.types.is_bool_dtype(out[column]):
            out[column] = [t("servqual.yes") if v else t("servqual.no") for v in out[column]]
        elif pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(digits)
        if column in DIMENSIONS:
            rename[column] = dimension_name(column)
        elif has(f"servqual.column.{column}"):
            rename[column] = t(f"servqual.column.{column}")
    return out.rename(columns=rename)


# ---------------------------------------------------------------------------------------------------------------
# Reading survey exports
# ---------------------------------------------------------------------------------------------------------------

#: Header words of wide SERVQUAL exports (what survey tools and trainers write, not kit text): a column is an
#: expectation or perception answer when its header is one of these words with the item number, in either order
#: (``E1``, ``期望1``, ``Q1_期望``, ``第1题(感知)``, ``Perception 1``), or the item's wording.
SURVEY_MARKERS = {  # i18n: input-variants
    "expectation": ("e", "exp", "expect", "expectation", "expectations", "expected", "期望", "期望值", "期待",
                    "预期"),
    "perception": ("p", "per", "perc", "perception", "perceptions", "perceived", "感知", "感知值", "实际", "感受",
                   "实际感受"),
    "weights": ("w", "weight", "weights", "points", "权重", "分值", "重要性分配", "分配"),
}



@dataclass
class Survey:
    """A SERVQUAL survey read by :func:`read_survey`.

    Attributes
    ----------
    answers : DataFrame
        The long frame of :func:`gaps`: ``respondent``, the ``keep`` columns, ``item``, ``expectation``,
        ``perception`` (float; NaN = left blank).
    weights : DataFrame or None
        ``respondent`` and one column per dimension (points, each row 100; NaN row = not answered), when the
        file has the weights question.
    file : str
        The file name (or "DataFrame").
    """

    answers: pd.DataFrame
    weights: pd.DataFrame | None
    file: str


def _text_key(text) -> str:
    """Case-, width-, space- and punctuation-insensitive form of a header or an item wording."""
    import unicodedata

    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


#: Pieces around the item number in headers (input, not kit text): a prefix ("Q1", "第1题", "题1"), a suffix
#: ("1题"), and the brackets around a marker ("(期望)", "[E]", "\u3010感知\u3011"; full-width parentheses become
#: plain ones when the table is read).
HEADER_PIECES = {  # i18n: input-variants
    "prefix": ("q", "\u9898", "\u7b2c"),
    "suffix": ("\u9898",),
    "open": "\u0028\u005b\u3010",
    "close": "\u0029\u005d\u3011",
}


def _words(markers) -> str:
    return "|".join(sorted((re.escape(m) for m in markers), key=len, reverse=True))


def _header_patterns():
    roles = f"(?P<role>{_words(SURVEY_MARKERS['expectation'])}|{_words(SURVEY_MARKERS['perception'])})"
    prefix, suffix = _words(HEADER_PIECES["prefix"]), _words(HEADER_PIECES["suffix"])
    opening, closing = re.escape(HEADER_PIECES["open"]), re.escape(HEADER_PIECES["close"])
    return [
        re.compile(rf"^{roles}\s*[-_.:]?\s*(?P<n>\d{{1,2}})$", re.IGNORECASE),
        re.compile(rf"^(?:{prefix})?\s*(?P<n>\d{{1,2}})\s*(?:{suffix})?\s*[-_.:\s{opening}]\s*{roles}\s*[{closing}]?$",
                   re.IGNORECASE),
    ]


def _weight_patterns():
    words = _words(SURVEY_MARKERS["weights"])
    opening, closing = re.escape(HEADER_PIECES["open"]), re.escape(HEADER_PIECES["close"])
    return [
        re.compile(rf"^(?:{words})\s*[-_.:\s{opening}]?\s*(?P<d>[^{closing}]+?)\s*[{closing}]?$", re.IGNORECASE),
        re.compile(rf"^(?P<d>.+?)\s*[-_.:\s{opening}]\s*(?:{words})\s*[{closing}]?$", re.IGNORECASE),
    ]


def _role(word: str) -> str:
    word = word.casefold()
    return "expectation" if word in {m.casefold() for m in SURVEY_MARKERS["expectation"]} else "perception"


def _item_wordings() -> dict:
    """{text key: (role, item)} of the catalog wordings in both languages."""
    out = {}
    for lang in LANGUAGES:
        for item in ITEMS.index:
            for role in ("expectation", "perception"):
                out[_text_key(t(f"servqual.item.{item}.{role}", lang=lang))] = (role, int(item))
    return out


def _classify_header(name, patterns, weight_patterns, wordings):
    """('expectation'|'perception', item) or ('weights', dimension) or None for one header."""
    for pattern in patterns:
        match = pattern.match(name)
        if match and 1 <= int(match.group("n")) <= _N_ITEMS:
            return _role(match.group("role")), int(match.group("n"))
    key = _text_key(name)
    roles = _words(m.casefold() for m in SURVEY_MARKERS["expectation"] + SURVEY_MARKERS["perception"])
    stripped = re.sub(rf"^(?:(?:q|{roles})?\d{{1,2}})", "", key)
    for candidate in (key, stripped):
        if candidate in wordings:
            return wordings[candidate]
    for pattern in weight_patterns:
        match = pattern.match(name)
        if match:
            part = match.group("d").strip()
            if part.isdigit() and 1 <= int(part) <= len(DIMENSIONS):
                return "weights", DIMENSIONS[int(part) - 1]
            dimension = _dimension_key(part)
            if dimension is not None:
                return "weights", dimension
    return None


def read_survey(source, *, id_column=None, keep=None, sheet=None, check_swapped: bool = True) -> Survey:
    """Read a wide SERVQUAL export (one row per respondent) into the long answer frame of :func:`gaps`.

    Each item has an expectation and a perception column. They are found from their headers: a marker and the
    item number in either order (``E1``/``P1``, ``期望1``/``感知1``, ``Q1_期望``/``Q1_感知``, ``第1题(期望)``,
    ``Expectation 1``; see :data:`SURVEY_MARKERS`), or the item's wording as :func:`questionnaire` prints it (in
    Chinese or English, numbered or not). All 22 pairs must be there. Weight columns (points out of 100 per
    dimension) are read too when present: ``W1``..``W5`` in the order of :data:`DIMENSIONS`, or a marker with the
    dimension's name (``权重-可靠性``, ``weight_reliability``, ``Reliability (points)``).
    Answers may be codes 1..7 or agreement labels (非常不同意 … 非常同意, "strongly disagree" … "strongly agree",
    :func:`cxlab.surveys.likert_labels`); a blank answer is kept as missing. Files are read by
    :func:`cxlab.surveys.read_table` (CSV in UTF-8 or GBK, XLSX, or a DataFrame).

    Parameters
    ----------
    source : str, pathlib.Path or DataFrame
    id_column : str, optional
        The respondent-id column. Default: a column named like :data:`ID_COLUMNS` ('序号', 'id' ...), else the
        spreadsheet row number of each response.
    keep : list of str, optional
        Other columns to carry into every row of the long frame (e.g. a segment).
    sheet : str or int, optional
        Worksheet of an Excel file.
    check_swapped : bool, default True
        Refuse a file whose perceptions lie above the expectations almost everywhere (mean gap above +0.5 and
        positive on at least 80 % of the items): the usual sign that the E and P blocks were exported under each
        other's headers. Pass False when that really is the data.

    Returns
    -------
    Survey
        ``.answers`` (long frame), ``.weights`` (None without weight columns), ``.file``.

    Raises
    ------
    cxlab.InputError
        Naming file, row, column, value and what is accepted, for anything :func:`cxlab.surveys.read_table`
        refuses; no SERVQUAL columns; a missing or repeated item column; an answer outside 1..7 or text that is
        not a label; weights that are not whole numbers 0..100 or whose row does not add up to 100; swapped blocks.

    Examples
    --------
    >>> import pandas as pd
    >>> wide = pd.DataFrame({"序号": [1, 2], **{f"E{i}": [7, "非常同意"] for i in range(1, 23)},
    ...                      **{f"P{i}": [5, "有点同意"] for i in range(1, 23)}})
    >>> survey = read_survey(wide)
    >>> survey.answers.head(2)
      respondent  item  expectation  perception
    0          1     1          7.0         5.0
    1          1     2          7.0         5.0
    >>> gaps(survey.answers).unweighted
    -2.0
    """
    from . import surveys

    check_swapped = _check_bool("check_swapped", check_swapped)
    if keep is not None and not isinstance(keep, (str, list, tuple, pd.Index, pd.Series, np.ndarray)):
        raise _error("bad_keep", value=_show(keep))
    keep_list = [] if keep is None else ([keep] if isinstance(keep, str) else list(keep))
    if not all(isinstance(k, str) for k in keep_list):
        raise _error("bad_keep", value=_show(keep))
    table = surveys.read_table(source, sheet=sheet, required=keep_list or None)
    if id_column is not None:
        id_name = table.column(id_column)
    else:
        known = {_text_key(name) for name in ID_COLUMNS}
        id_name = next((c for c in table.columns if _text_key(c) in known), None)
    ids = (surveys.unique(table, id_name).to_numpy(dtype=object) if id_name is not None
           else np.array(table.rows, dtype=object))
    keep_names = [table.column(k) for k in keep_list]

    patterns, weight_patterns, wordings = _header_patterns(), _weight_patterns(), _item_wordings()
    found: dict = {}
    for column in table.columns:
        if column == id_name or column in keep_names:
            continue
        kind = _classify_header(column, patterns, weight_patterns, wordings)
        if kind is None:
            continue
        if kind in found:
            raise _error("survey_twice", file=table.name, what=_header_label(kind),
                         columns=f'"{found[kind]}", "{column}"')
        found[kind] = column
    pairs = [k for k in found if k[0] != "weights"]
    if not pairs:
        raise _error("survey_no_columns", file=table.name, found=", ".join(f'"{c}"' for c in table.columns))
    missing = [_header_label((role, item)) for item in ITEMS.index for role in ("expectation", "perception")
               if (role, int(item)) not in found]
    if missing:
        raise _error("survey_missing_items", file=table.name, missing=", ".join(missing), count=len(missing))

    labels = surveys.likert_labels(SCALE[1])
    valid = range(SCALE[0], SCALE[1] + 1)
    n = len(table)
    blocks = {}
    for role in ("expectation", "perception"):
        block = np.empty((n, _N_ITEMS))
        for item in ITEMS.index:
            column = surveys.codes(table, found[(role, int(item))], labels, valid, allow_blank=True)
            block[:, item - 1] = column.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        blocks[role] = block
    if check_swapped:
        with np.errstate(invalid="ignore"):
            item_gaps = np.nanmean(blocks["perception"] - blocks["expectation"], axis=0)
        if np.nanmean(item_gaps) > 0.5 and np.mean(item_gaps > 0) >= 0.8:
            raise _error("survey_swapped", file=table.name, gap=f"{np.nanmean(item_gaps):+.2f}",
                         share=f"{np.mean(item_gaps > 0):.0%}")
    answers = pd.DataFrame({"respondent": pd.Series(np.repeat(ids, _N_ITEMS), dtype=object)})
    for name in keep_names:
        answers[name] = np.repeat(table.frame[name].to_numpy(dtype=object), _N_ITEMS)
    answers["item"] = np.tile(ITEMS.index.to_numpy(dtype=np.int64), n)
    answers["expectation"] = blocks["expectation"].reshape(-1)
    answers["perception"] = blocks["perception"].reshape(-1)

    weight_columns = {k[1]: c for k, c in found.items() if k[0] == "weights"}
    weights = None
    if weight_columns:
        absent = [d for d in DIMENSIONS if d not in weight_columns]
        if absent:
            raise _error("survey_weights_missing", file=table.name, missing=", ".join(absent),
                         found=", ".join(f'"{c}"' for c in weight_columns.values()))
        points = np.column_stack([
            surveys.codes(table, weight_columns[d], None, range(0, 101), allow_blank=True)
            .astype("Float64").to_numpy(dtype=float, na_value=np.nan) for d in DIMENSIONS])
        blank = np.isnan(points)
        partial = blank.any(axis=1) & ~blank.all(axis=1)
        if partial.any():
            i = int(np.argmax(partial))
            raise _error("survey_weights_partial", file=table.name, row=table.row_of(i),
                         missing=", ".join(f'"{weight_columns[d]}"' for d, b in zip(DIMENSIONS, blank[i]) if b))
        sums = np.where(blank.all(axis=1), 100.0, np.nansum(points, axis=1))
        off = sums != 100
        if off.any():
            i = int(np.argmax(off))
            raise _error("survey_weights_sum", file=table.name, row=table.row_of(i), total=f"{sums[i]:g}",
                         columns=", ".join(f'"{weight_columns[d]}"' for d in DIMENSIONS), count=int(off.sum()))
        weights = pd.DataFrame(points, columns=list(DIMENSIONS))
        weights.insert(0, "respondent", pd.Series(ids, dtype=object))
    return Survey(answers=answers, weights=weights, file=table.name)


def _header_label(kind) -> str:
    role, what = kind
    if role == "weights":
        return f"W({what})"
    return f"{'E' if role == 'expectation' else 'P'}{what}"


# ---------------------------------------------------------------------------------------------------------------
# Questionnaire
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class Questionnaire:
    """The SERVQUAL questionnaire in one language.

    ``frame`` has one row per question: ``part`` ('expectation', 'weights', 'perception'), ``number`` (E1..E22,
    W1..W5, P1..P22: the headers :func:`read_survey` reads back), ``dimension``, ``question``, ``options``
    (answer choices separated by ' / '). ``text()`` is a plain numbered questionnaire; ``markdown()`` the same as
    Markdown tables.
    """

    frame: pd.DataFrame
    lang: str = "zh"
    title: str = ""
    intros: dict = field(default_factory=dict)
    columns: dict = field(default_factory=dict)

    def text(self) -> str:
        """A printable questionnaire, part by part."""
        out = [self.title, ""]
        for part, rows in self.frame.groupby("part", sort=False):
            out += [self.intros[part], ""]
            for row in rows.itertuples(index=False):
                out.append(f"{row.number}. {row.question}")
                out.append("    " + "   ".join(f"( ) {o}" for o in row.options.split(" / ")) if part != "weights"
                           else f"    {row.options}")
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def markdown(self) -> str:
        """The questions as Markdown tables, one per part."""
        def cell(text):
            return str(text).replace("|", "\\|").replace("\n", " ")

        heads = [self.columns[c] for c in ("number", "question", "options")]
        out = [f"**{self.title}**", ""]
        for part, rows in self.frame.groupby("part", sort=False):
            out += [self.intros[part], "", "| " + " | ".join(heads) + " |", "|---|---|---|"]
            out += [f"| {cell(r.number)} | {cell(r.question)} | {cell(r.options)} |"
                    for r in rows.itertuples(index=False)]
            out.append("")
        return "\n".join(out)

    to_markdown = markdown

    def __str__(self):
        return self.text()


def questionnaire(weights: bool = True) -> Questionnaire:
    """The 22 paired SERVQUAL items (and the 100-point weights question) in the current language.

    The order follows Parasuraman, Berry & Zeithaml (1991): all expectation statements first, then the points
    question, then all perception statements; answers on the 7-point agreement scale. The numbers (E1, W1, P1 …)
    are headers :func:`read_survey` understands, so a survey built from this reads back without a mapping.

    Parameters
    ----------
    weights : bool, default True
        Include the question that splits 100 points over the five dimensions.

    Returns
    -------
    Questionnaire

    Examples
    --------
    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> q = questionnaire()
    >>> q.frame["part"].value_counts().to_dict()
    {'expectation': 22, 'perception': 22, 'weights': 5}
    >>> q.frame.loc[0, "number"], q.frame.loc[0, "question"]
    ('E1', 'An excellent company of this kind has modern-looking equipment.')
    """
    weights = _check_bool("weights", weights)
    low, high = SCALE
    scale = " / ".join(f"{c} {t(f'servqual.scale.{c}')}" for c in range(low, high + 1))
    rows = [("expectation", f"E{i}", ITEMS.at[i, "dimension"], t(f"servqual.item.{i}.expectation"), scale)
            for i in ITEMS.index]
    if weights:
        rows += [("weights", f"W{k}", d, t(f"servqual.questionnaire.weight_item.{d}"),
                  t("servqual.questionnaire.points_blank")) for k, d in enumerate(DIMENSIONS, start=1)]
    rows += [("perception", f"P{i}", ITEMS.at[i, "dimension"], t(f"servqual.item.{i}.perception"), scale)
             for i in ITEMS.index]
    frame = pd.DataFrame(rows, columns=["part", "number", "dimension", "question", "options"])
    intros = {part: t(f"servqual.questionnaire.intro.{part}") for part in ("expectation", "weights", "perception")}
    columns = {c: t(f"servqual.questionnaire.column.{c}") for c in ("number", "question", "options")}
    return Questionnaire(frame=frame, lang=get_language(), title=t("servqual.questionnaire.title"), intros=intros,
                         columns=columns)


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

_NEGATIVE, _POSITIVE, _NEUTRAL = "#D55E00", "#009E73", "#0072B2"


def _need(frame, columns, name):
    if not isinstance(frame, pd.DataFrame) or any(c not in frame.columns for c in columns):
        got = ", ".join(map(str, frame.columns)) if isinstance(frame, pd.DataFrame) else type(frame).__name__
        raise _error("plot_input", name=name, columns=", ".join(columns), got=got)


def _item_label(item) -> str:
    return f"{int(item)} {t(f'servqual.item.{int(item)}.short')}"


def _dimension_bands(ax, items, positions, horizontal=True, label_at=None):
    """Light bands behind each dimension's items, with the dimension's name."""
    for k, dimension in enumerate(DIMENSIONS):
        inside = positions[(items["dimension"] == dimension).to_numpy()]
        if not len(inside):
            continue
        low, high = inside.min() - 0.5, inside.max() + 0.5
        if k % 2 == 0:
            ax.axhspan(low, high, color="#f2f2f2", zorder=0, lw=0)
        if label_at is not None:
            ax.text(label_at, (low + high) / 2, dimension_name(dimension), transform=ax.get_yaxis_transform(),
                    ha="left", va="center", rotation=0, fontsize="medium", fontweight="bold",
                    color=DIMENSION_COLORS[dimension])


def plot_gaps(result: GapResult, by: str = "dimension", ax=None, weighted: bool = False):
    """Gap bars: one horizontal bar per dimension (or item), negative gaps in vermilion, positive in green.

    Parameters
    ----------
    result : GapResult
        The output of :func:`gaps`.
    by : {"dimension", "item"}
        One bar per dimension, or per item (grouped by dimension, bands behind each group).
    ax : matplotlib Axes, optional
    weighted : bool
        By dimension only: draw each dimension's contribution to the weighted score (weight/100 x gap) instead
        of its gap (needs weights).

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7, "perception": 5})
    >>> ax = plot_gaps(gaps(answers), by="item")
    """
    if not isinstance(result, GapResult):
        raise _error("not_a_result", got=type(result).__name__)
    _check_choice("by", by, ("dimension", "item"))
    weighted = _check_bool("weighted", weighted)
    if weighted and (by != "dimension" or result.weighted is None):
        raise _error("no_weights")
    if by == "dimension":
        ax = _style.axes(ax, (8, 4.6))
        GapBars(ax, result, weighted=weighted)
        return ax
    frame = result.items
    values = frame["gap"].to_numpy(dtype=float)
    labels = [_item_label(i) for i in frame.index]
    ax = _style.axes(ax, (10, 9.5))
    positions = np.arange(len(values))[::-1].astype(float)
    colors = [_NEGATIVE if v < 0 else _POSITIVE for v in values]
    ax.barh(positions, values, color=colors, height=0.7, zorder=2)
    _dimension_bands(ax, frame, positions, label_at=1.01)
    ax.axvline(0, color="#333333", lw=1.0, zorder=3)
    span = max(0.5, float(np.nanmax(np.abs(values))))
    ax.set_xlim(min(-span * 1.25, float(np.nanmin(values)) * 1.25), max(0.25 * span, float(np.nanmax(values)) * 1.25))
    for pos, value in zip(positions, values):
        ax.text(value + (-0.02 if value < 0 else 0.02) * span, pos, f"{value:+.2f}", va="center",
                ha="right" if value < 0 else "left", fontsize="small", zorder=4)
    ax.set_yticks(positions)
    ax.set_yticklabels(labels)
    ax.set_ylim(-0.6, len(values) - 0.4)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(t("servqual.plot.gap_axis"))
    ax.set_title(t("servqual.plot.title_items"))
    return ax


class GapBars:
    """The gap bars by dimension, built once and updated in place (:func:`plot_gaps` draws one; the SERVQUAL
    explorer keeps one and calls :meth:`update` on every change).

    ``span`` fixes the x axis at -1.25 x span .. +0.25 x span (or beyond, for larger values); None fits the first
    result. With a fixed span only the bars, their value labels and the title change, so an explorer redraws
    those alone.
    """

    def __init__(self, ax, result: GapResult, weighted: bool = False, span: float | None = None):
        self.ax = ax
        positions = np.arange(len(DIMENSIONS))[::-1].astype(float)
        self.bars = ax.barh(positions, np.zeros(len(DIMENSIONS)), height=0.7, zorder=2)
        self.values = [ax.text(0, pos, "", va="center", fontsize="medium", zorder=4) for pos in positions]
        self.zero = ax.axvline(0, color="#333333", lw=1.0, zorder=3)
        ax.set_yticks(positions)
        ax.set_yticklabels([dimension_name(d) for d in DIMENSIONS])
        ax.set_ylim(-0.6, len(DIMENSIONS) - 0.4)
        ax.grid(axis="y", visible=False)
        self.span = span
        self.update(result, weighted)

    def artists(self) -> list:
        """What :meth:`update` changes."""
        return [*self.bars, *self.values, self.zero, self.ax.title]

    def update(self, result: GapResult, weighted: bool = False) -> None:
        """Show ``result``: gaps, or contributions to the weighted score (``weighted``)."""
        if weighted and result.weighted is None:
            raise _error("no_weights")
        values = result.dimensions["contribution" if weighted else "gap"].to_numpy(dtype=float)
        span = self.span or max(0.5, float(np.nanmax(np.abs(values))))
        self.ax.set_xlim(min(-span * 1.25, float(np.nanmin(values)) * 1.25),
                         max(0.25 * span, float(np.nanmax(values)) * 1.25))
        for bar, text, value in zip(self.bars, self.values, values):
            bar.set_width(value)
            bar.set_facecolor(_NEGATIVE if value < 0 else _POSITIVE)
            text.set_x(value + (-0.02 if value < 0 else 0.02) * span)
            text.set_text(f"{value:+.2f}")
            text.set_ha("right" if value < 0 else "left")
        self.ax.set_xlabel(t("servqual.plot.contribution_axis" if weighted else "servqual.plot.gap_axis"))
        key = "servqual.plot.title_weighted" if weighted else "servqual.plot.title_dimensions"
        self.ax.set_title(t(key, score=f"{result.weighted if weighted else result.unweighted:+.2f}"))


def plot_snake(result: GapResult, ax=None):
    """The snake plot: expectation and perception profiles across the 22 items, the gap shaded between.

    Parameters
    ----------
    result : GapResult
        The output of :func:`gaps`.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7, "perception": 5})
    >>> ax = plot_snake(gaps(answers))
    """
    if not isinstance(result, GapResult):
        raise _error("not_a_result", got=type(result).__name__)
    items = result.items
    ax = _style.axes(ax, (10, 9.5))
    positions = np.arange(len(items))[::-1].astype(float)
    e = items["expectation"].to_numpy(dtype=float)
    p = items["perception"].to_numpy(dtype=float)
    _dimension_bands(ax, items, positions, label_at=1.01)
    ax.fill_betweenx(positions, p, e, where=p < e, color=_NEGATIVE, alpha=0.15, zorder=1, interpolate=True)
    ax.fill_betweenx(positions, p, e, where=p >= e, color=_POSITIVE, alpha=0.15, zorder=1, interpolate=True)
    ax.plot(e, positions, "-o", color=_NEUTRAL, lw=2, ms=7, label=t("servqual.column.expectation"), zorder=3)
    ax.plot(p, positions, "-s", color="#E69F00", lw=2, ms=7, label=t("servqual.column.perception"), zorder=3)
    ax.set_yticks(positions)
    ax.set_yticklabels([_item_label(i) for i in items.index])
    ax.set_ylim(-0.6, len(items) - 0.4)
    low, high = SCALE
    ax.set_xlim(low - 0.2, high + 0.2)
    ax.set_xticks(range(low, high + 1))
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(t("servqual.plot.score_axis", low=low, high=high))
    ax.set_title(t("servqual.plot.title_snake"))
    ax.legend(loc="lower left", frameon=True, framealpha=0.9)
    return ax


def plot_zones(result: ZoneResult, by: str = "item", ax=None):
    """Zone-of-tolerance chart: a band from adequate to desired service per item (or dimension), perceived
    service as a dot - vermilion below the zone, blue inside, green above (Parasuraman, Zeithaml & Berry 1994).

    Parameters
    ----------
    result : ZoneResult
        The output of :func:`zones`.
    by : {"item", "dimension"}
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "adequate": 5, "desired": 8,
    ...                         "perceived": 6})
    >>> ax = plot_zones(zones(answers), by="dimension")
    """
    if not isinstance(result, ZoneResult):
        raise _error("not_a_result", got=type(result).__name__)
    _check_choice("by", by, ("item", "dimension"))
    frame = result.items if by == "item" else result.dimensions
    ax = _style.axes(ax, (10, 9.5) if by == "item" else (8.5, 4.8))
    positions = np.arange(len(frame))[::-1].astype(float)
    a = frame["adequate"].to_numpy(dtype=float)
    d = frame["desired"].to_numpy(dtype=float)
    p = frame["perceived"].to_numpy(dtype=float)
    if by == "item":
        _dimension_bands(ax, frame, positions, label_at=1.01)
    ax.barh(positions, d - a, left=a, height=0.55, color="#cfd8e3", edgecolor="#8a9bb0", zorder=2,
            label=t("servqual.plot.zone_band"))
    colour = {"below": _NEGATIVE, "within": _NEUTRAL, "above": _POSITIVE}
    for position in ("below", "within", "above"):
        chosen = (frame["position"] == position).to_numpy()
        if chosen.any():
            ax.scatter(p[chosen], positions[chosen], s=90, color=colour[position], zorder=4, edgecolor="white",
                       label=t(f"servqual.position.{position}"))
    labels = [_item_label(i) for i in frame.index] if by == "item" else [dimension_name(x) for x in frame.index]
    ax.set_yticks(positions)
    ax.set_yticklabels(labels)
    ax.set_ylim(-0.6, len(frame) - 0.4)
    low, high = ZONE_SCALE
    ax.set_xlim(low - 0.2, high + 0.2)
    ax.set_xticks(range(low, high + 1))
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(t("servqual.plot.score_axis", low=low, high=high))
    ax.set_title(t("servqual.plot.title_zones"))
    ax.legend(loc="lower left", frameon=True, framealpha=0.9, fontsize="small")
    return ax


def plot_ipa(grid: pd.DataFrame, ax=None):
    """The importance-performance grid of :func:`ipa`: performance across, importance up, the four quadrants
    named as Martilla & James (1977) named them, one labelled point per dimension.

    Parameters
    ----------
    grid : DataFrame
        The output of :func:`ipa`.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> answers = pd.DataFrame({"respondent": 1, "item": range(1, 23), "expectation": 7,
    ...                         "perception": [6] * 4 + [4] * 5 + [5] * 4 + [6] * 4 + [6] * 5})
    >>> w = {"tangibles": 10, "reliability": 30, "responsiveness": 25, "assurance": 20, "empathy": 15}
    >>> ax = plot_ipa(ipa(gaps(answers, w)))
    """
    _need(grid, ["importance", "performance", "quadrant"], "grid")
    ax = _style.axes(ax, (8, 6.5), constrained=False)
    x = grid["performance"].to_numpy(dtype=float)
    y = grid["importance"].to_numpy(dtype=float)
    sx = grid.attrs.get("performance_split", float(np.mean(x)))
    sy = grid.attrs.get("importance_split", float(np.mean(y)))
    colors = [DIMENSION_COLORS.get(d, "#333333") for d in grid.index]
    labels = [dimension_name(d) if d in DIMENSIONS else str(d) for d in grid.index]
    kind = grid.attrs.get("importance_kind", "stated")
    performance = grid.attrs.get("performance", "perception")
    _quadrant_grid(ax, x, y, labels, (sx, sy), colors)
    ax.set_xlabel(t(f"servqual.plot.performance_axis.{performance}"))
    ax.set_ylabel(t(f"servqual.plot.importance_axis.{kind}"))
    ax.set_title(t("servqual.plot.title_ipa"))
    return ax


def _quadrant_grid(ax, x, y, labels, split, colors):
    """The IPA grid on :func:`cxlab.plotting.quadrant_grid`: split lines, the four quadrant names in the bands
    above and below the data, labelled points (labels placed without overlap by :func:`cxlab.plotting.place_labels`)."""
    from . import plotting

    sx, sy = split
    def pad(values, centre):
        span = float(max(np.nanmax(values), centre) - min(np.nanmin(values), centre)) if len(values) else 0.0
        return max(span * 0.18, 0.05 * abs(centre), 1e-3)

    pad_x, pad_y = pad(x, sx), pad(y, sy)
    extent = (min(np.nanmin(x), sx) - pad_x, max(np.nanmax(x), sx) + pad_x,
              min(np.nanmin(y), sy) - pad_y, max(np.nanmax(y), sy) + pad_y)
    names = {"tl": (t("stats.ipa.concentrate"), _NEGATIVE), "tr": (t("stats.ipa.keep_up"), _POSITIVE),
             "bl": (t("stats.ipa.low_priority"), "#666666"), "br": (t("stats.ipa.overkill"), "#B07800")}
    grid = plotting.quadrant_grid(ax, names, split=(sx, sy), extent=extent)
    sizes = np.full(len(x), 220.0)
    points = ax.scatter(x, y, s=sizes, c=colors, edgecolor="white", linewidth=1.4, zorder=4)
    if len(x):
        plotting.place_labels(ax, x, y, labels, sizes, points=points, avoid=grid.names + grid.lines + [points])
    return grid


def plot_alpha(table: pd.DataFrame, ax=None):
    """Cronbach's alpha of every dimension (rows) for expectations, perceptions and gaps (columns) as a
    coloured table: cells below the threshold in vermilion, the others in green.

    Parameters
    ----------
    table : DataFrame
        The output of :func:`reliability`.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [(r, i, 1 + (r * i) % 7, 1 + (r + i) % 7) for r in range(1, 30) for i in range(1, 23)]
    >>> answers = pd.DataFrame(rows, columns=["respondent", "item", "expectation", "perception"])
    >>> ax = plot_alpha(reliability(answers))
    """
    measures = ["expectation", "perception", "gap"]
    _need(table, measures, "table")
    threshold = float(table.attrs.get("threshold", ALPHA_THRESHOLD))
    ax = _style.axes(ax, (7.5, 4.6))
    values = table[measures].to_numpy(dtype=float)
    for r in range(values.shape[0]):
        for c in range(values.shape[1]):
            value = values[r, c]
            low = not np.isnan(value) and value < threshold
            colour = "#f6d5c5" if low else ("#d3ecdf" if not np.isnan(value) else "#eeeeee")
            ax.add_patch(__import__("matplotlib").patches.Rectangle((c, r), 1, 1, facecolor=colour,
                                                                     edgecolor="white", lw=3))
            text = "-" if np.isnan(value) else f"{value:.2f}"
            ax.text(c + 0.5, r + 0.5, text + (" ▼" if low else ""), ha="center", va="center", fontsize="large",
                    fontweight="bold" if low else "normal", color=_NEGATIVE if low else "#202020")
    ax.set_xlim(0, values.shape[1])
    ax.set_ylim(values.shape[0], 0)
    ax.set_xticks(np.arange(values.shape[1]) + 0.5)
    ax.set_xticklabels([t(f"servqual.column.alpha_{m}") for m in measures])
    ax.xaxis.tick_top()
    ax.set_yticks(np.arange(values.shape[0]) + 0.5)
    ax.set_yticklabels([dimension_name(d) if d in DIMENSIONS else str(d) for d in table.index])
    ax.tick_params(length=0)
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(t("servqual.plot.title_alpha", threshold=f"{threshold:.1f}"), pad=14)
    return ax
