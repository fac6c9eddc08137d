"""Statistics more than one model needs, written once: intervals for shares and the derived importance of drivers.

* :func:`z_value` and :func:`two_sided_p` — the normal quantile and two-sided p-value (standard library
  :class:`statistics.NormalDist`, no SciPy needed).
* :func:`wilson_interval` — the Wilson score interval for a proportion (Wilson 1927; recommended over the Wald
  interval by Newcombe 1998 and by Brown, Cai & DasGupta 2001). CSAT top-box shares, classroom shares and any
  "x of n" figure use it.
* :func:`ipa_quadrants` — importance–performance analysis (Martilla & James 1977): which quadrant each
  attribute falls in, for SERVQUAL items, journey touchpoints and value drivers alike (the grid itself is drawn by
  :mod:`cxlab.plotting`).
* :func:`derived_importance` — how much each driver (touchpoint score, item, dimension) matters for an outcome
  (overall satisfaction, NPS answer, repurchase), from respondent-level data: the Pearson correlation of each
  driver with the outcome and Johnson's relative weights (Johnson 2000), which split the regression R² among
  correlated drivers so the weights add up to R². The journey module (moments of truth), the value module
  (drivers of experience value) and SERVQUAL's derived-importance IPA all call this one function.

Examples
--------
>>> from cxlab import stats
>>> low, high = stats.wilson_interval(81, 263)          # Newcombe (1998), table I, method 3
>>> round(float(low), 4), round(float(high), 4)
(0.2553, 0.3662)
>>> round(stats.z_value(0.95), 3)
1.96
"""
from __future__ import annotations

import math
from numbers import Integral, Real
from statistics import NormalDist

import numpy as np
import pandas as pd

from . import _check
from .i18n import t

__all__ = ["z_value", "two_sided_p", "wilson_interval", "derived_importance", "IMPORTANCE_COLUMNS",
           "IPA_QUADRANTS", "ipa_quadrants"]

#: Columns of :func:`derived_importance`'s result, in order.
IMPORTANCE_COLUMNS = ("correlation", "relative_weight", "share", "rank", "n")


def _error(key, **fmt):
    from . import InputError

    return InputError(t(f"stats.error.{key}", **fmt))


def _confidence(confidence) -> float:
    if isinstance(confidence, bool) or not isinstance(confidence, Real) or not math.isfinite(confidence) \
            or not 0 < confidence < 1:
        raise _error("confidence", value=_show(confidence))
    return float(confidence)


def _show(value) -> str:
    if isinstance(value, (np.generic,)):
        value = value.item()
    if value is None:
        return t("stats.missing")
    if isinstance(value, float) and math.isnan(value):
        return t("stats.missing")
    return repr(value) if isinstance(value, str) else str(value)


def z_value(confidence: float = 0.95) -> float:
    """The two-sided normal quantile for a confidence level (1.959964 for 0.95).

    Examples
    --------
    >>> round(z_value(0.90), 4)
    1.6449
    """
    confidence = _confidence(confidence)
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def _statistic(z) -> np.ndarray:
    """``z`` as a float array: a number or numbers (±inf allowed: p = 0), never text, a bool, a mapping or NaN."""
    accepted = _check.takes("array_or_number", element=_check.takes("number_infinite"))
    if isinstance(z, (dict, set, frozenset, pd.DataFrame)):
        raise _check.invalid("z", z, accepted)
    try:
        items = np.asarray(z, dtype=object).reshape(-1)
    except ValueError:   # ragged nesting
        raise _check.invalid("z", z, accepted) from None
    if items.size == 0 or not all(isinstance(v, Real) and not isinstance(v, (bool, np.bool_)) and not math.isnan(v)
                                  for v in items):
        raise _check.invalid("z", z, accepted)
    return np.asarray(z, dtype=float)


def two_sided_p(z) -> float | np.ndarray:
    """The two-sided p-value of a standard-normal statistic: ``2 · (1 − Φ(|z|))`` (= ``erfc(|z|/√2)``).

    Examples
    --------
    >>> round(two_sided_p(1.959964), 4)
    0.05
    """
    arr = _statistic(z)
    out = np.vectorize(lambda v: math.erfc(abs(v) / math.sqrt(2)) if math.isfinite(v) else 0.0)(arr)
    return float(out) if out.ndim == 0 else out


def _counts(name, value) -> np.ndarray:
    if isinstance(value, bool):
        raise _error("not_count", name=name, value=_show(value))
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise _error("not_count", name=name, value=_show(value)) from None
    bad = ~np.isfinite(arr) | (arr < 0) | (arr != np.round(arr))
    if bad.any():
        raise _error("not_count", name=name, value=_show(arr.reshape(-1)[np.argmax(bad.reshape(-1))].item()))
    return arr


def wilson_interval(successes, n, confidence: float = 0.95):
    """Wilson score interval for a proportion ``successes / n`` (vectorised).

    .. math:: \\frac{\\hat p + z^2/2n \\pm z\\sqrt{\\hat p(1-\\hat p)/n + z^2/4n^2}}{1 + z^2/n}

    Source: E. B. Wilson (1927), *J. Am. Stat. Assoc.* 22, 209–212; R. G. Newcombe (1998), *Statistics in
    Medicine* 17, 857–872 (method 3).

    Parameters
    ----------
    successes, n : int or array of int
        Counts, ``0 ≤ successes ≤ n`` and ``n ≥ 1``.
    confidence : float
        Two-sided confidence level in (0, 1).

    Returns
    -------
    (low, high) : floats or arrays, on the 0..1 scale.

    Examples
    --------
    >>> low, high = wilson_interval(0, 10)
    >>> float(low), round(float(high), 4)
    (0.0, 0.2775)
    """
    z = z_value(confidence)
    k = _counts("successes", successes)
    m = _counts("n", n)
    if (m < 1).any():
        raise _error("empty", value=_show(m.reshape(-1)[np.argmax((m < 1).reshape(-1))].item()))
    k, m = np.broadcast_arrays(k, m)
    if (k > m).any():
        i = np.argmax((k > m).reshape(-1))
        raise _error("more_than_n", successes=_show(k.reshape(-1)[i].item()), n=_show(m.reshape(-1)[i].item()))
    p = k / m
    centre = (p + z * z / (2 * m)) / (1 + z * z / m)
    half = z * np.sqrt(p * (1 - p) / m + z * z / (4 * m * m)) / (1 + z * z / m)
    low = np.where(k == 0, 0.0, np.clip(centre - half, 0.0, 1.0))   # exact ends (rounding would give 1e-17)
    high = np.where(k == m, 1.0, np.clip(centre + half, 0.0, 1.0))
    if low.ndim == 0:
        return float(low), float(high)
    return low, high


def _numeric_column(frame, column) -> pd.Series:
    values = pd.to_numeric(frame[column], errors="coerce")
    bad = values.isna() & frame[column].notna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise _error("not_numeric", column=column, row=row + 1, value=_show(frame[column].iloc[row]))
    return values.astype(float)


def _is_label(value) -> bool:
    """A value that can name a column: text or a number (not a list, an array, a table or a bool)."""
    return isinstance(value, (str, Integral)) and not isinstance(value, (bool, np.bool_))


def derived_importance(frame: pd.DataFrame, drivers, outcome: str) -> pd.DataFrame:
    """Derived importance of ``drivers`` for ``outcome``: correlations and Johnson's relative weights.

    Rows with a missing value in the outcome or any driver are left out (listwise); ``n`` says how many were used.
    Johnson's relative weights: with the drivers' correlation matrix :math:`R_{xx} = Q\\Lambda Q^\\top`, put
    :math:`\\Lambda_h = Q\\Lambda^{1/2}Q^\\top` and :math:`\\beta^* = \\Lambda_h^{-1} r_{xy}`; the weight of driver
    *j* is :math:`\\sum_k \\Lambda_{h,jk}^2 \\beta_k^{*2}`. The weights are non-negative and add up to the R² of
    the least-squares regression of the outcome on all drivers; when the drivers are uncorrelated each weight is
    the driver's squared correlation.

    Source: J. W. Johnson (2000), "A heuristic method for estimating the relative weight of predictor variables
    in multiple regression", *Multivariate Behavioral Research* 35(1), 1–19.

    Parameters
    ----------
    frame : DataFrame
        One row per respondent (wide), numeric columns.
    drivers : list of str
        The driver columns (at least one).
    outcome : str
        The outcome column.

    Returns
    -------
    DataFrame
        Index ``driver`` (in the order given); columns ``correlation`` (Pearson r with the outcome),
        ``relative_weight`` (share of variance explained, adds up to R²), ``share`` (relative weight / R², adds up
        to 1), ``rank`` (1 = most important by relative weight), ``n``. ``.attrs["r_squared"]`` holds R².

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"a": [1, 2, 3, 4, 1, 2, 3, 4], "b": [1, 1, 2, 2, 1, 1, 2, 2],
    ...                    "y": [2, 4, 7, 9, 1, 5, 6, 8]})
    >>> out = derived_importance(df, ["a", "b"], "y")
    >>> bool(abs(out["relative_weight"].sum() - out.attrs["r_squared"]) < 1e-12)
    True
    >>> out.index.tolist(), out["rank"].tolist()
    (['a', 'b'], [1, 2])
    """
    if not isinstance(frame, pd.DataFrame):
        raise _error("not_frame", value=type(frame).__name__)
    if isinstance(drivers, (str, bytes, dict, set, pd.DataFrame)) or not hasattr(drivers, "__iter__"):
        raise _error("drivers", value=_show(drivers))
    drivers = list(drivers)
    if not drivers or not all(_is_label(d) for d in drivers):
        raise _error("drivers", value=_check.fmt_value(drivers))
    if not _is_label(outcome):
        raise _check.invalid("outcome", outcome, _check.takes("column"))
    if len(set(drivers)) != len(drivers):
        raise _error("drivers_twice", value=", ".join(map(str, drivers)))
    for column in [*drivers, outcome]:
        if column not in frame.columns:
            raise _error("missing_column", column=_show(column), accepted=", ".join(map(str, frame.columns)))
    if outcome in drivers:
        raise _error("outcome_is_driver", column=outcome)
    data = pd.DataFrame({c: _numeric_column(frame, c) for c in [*drivers, outcome]}).dropna()
    n = len(data)
    if n < len(drivers) + 2:
        raise _error("too_few", n=n, needed=len(drivers) + 2)
    values = data.to_numpy(dtype=float)
    sd = values.std(axis=0, ddof=1)
    if (sd == 0).any():
        column = [*drivers, outcome][int(np.argmax(sd == 0))]
        raise _error("constant", column=column)
    z = (values - values.mean(axis=0)) / sd
    corr = (z.T @ z) / (n - 1)
    rxx, rxy = corr[:-1, :-1], corr[:-1, -1]
    eigval, eigvec = np.linalg.eigh(rxx)
    eigval = np.clip(eigval, 0.0, None)
    if eigval.min() <= 1e-10 * max(eigval.max(), 1.0):
        raise _error("collinear", columns=", ".join(map(str, drivers)))
    lam_half = eigvec @ np.diag(np.sqrt(eigval)) @ eigvec.T
    beta_star = np.linalg.solve(lam_half, rxy)
    weights = (lam_half ** 2) @ (beta_star ** 2)
    r_squared = float(weights.sum())
    out = pd.DataFrame({
        "correlation": rxy,
        "relative_weight": weights,
        "share": weights / r_squared if r_squared > 0 else np.full(len(drivers), np.nan),
    }, index=pd.Index(drivers, name="driver"))
    out["rank"] = out["relative_weight"].rank(ascending=False, method="min").astype(int)
    out["n"] = n
    out.attrs["r_squared"] = r_squared
    return out


#: Importance–performance quadrants (Martilla & James 1977), with the catalog key of each name
#: (``stats.ipa.<code>``): high importance & low performance → ``concentrate`` ("concentrate here"),
#: high & high → ``keep_up`` ("keep up the good work"), low & low → ``low_priority``, low importance & high
#: performance → ``overkill`` ("possible overkill").
IPA_QUADRANTS = ("concentrate", "keep_up", "low_priority", "overkill")

_SPLITS = ("mean", "median")


def _split_value(name, values, split) -> float:
    if isinstance(split, str):
        if split not in _SPLITS:
            raise _error("split", name=name, value=_show(split), accepted=", ".join(_SPLITS))
        return float(np.mean(values) if split == "mean" else np.median(values))
    if isinstance(split, bool) or not isinstance(split, Real) or not math.isfinite(split):
        raise _error("split", name=name, value=_show(split), accepted=", ".join(_SPLITS))
    return float(split)


def _scores(name, values) -> np.ndarray:
    if isinstance(values, (str, bytes, dict)) or not hasattr(values, "__len__"):
        raise _error("scores", name=name, value=_show(values) if not isinstance(values, dict) else "dict")
    try:
        arr = np.asarray(values, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise _error("scores", name=name, value=_show(list(values)[:3])) from None
    if arr.size == 0 or not np.isfinite(arr).all():
        bad = arr[~np.isfinite(arr)]
        raise _error("scores", name=name, value=_show(float(bad[0])) if bad.size else "[]")
    return arr


def ipa_quadrants(importance, performance, importance_split="mean", performance_split="mean") -> pd.DataFrame:
    """Importance–performance analysis: the quadrant of each attribute.

    An attribute whose importance is at or above the importance split is "important"; one whose performance is
    at or above the performance split "performs well". Martilla & James split at the scale midpoint or at the
    means; the data-centred mean split is the default here, as is common practice (Bacon 2003 compares the two).

    Source: J. A. Martilla & J. C. James (1977), "Importance-performance analysis", *Journal of Marketing* 41(1),
    77–79; D. R. Bacon (2003), *Journal of Marketing Education* 25(1), 55–71.

    Parameters
    ----------
    importance, performance : array-like or Series of numbers, same length
        One value per attribute (a Series keeps its index as the attribute names).
    importance_split, performance_split : "mean", "median" or a number
        Where each axis is split.

    Returns
    -------
    DataFrame
        One row per attribute: ``importance``, ``performance``, ``quadrant`` (one of :data:`IPA_QUADRANTS`);
        ``.attrs`` holds the two split values.

    Examples
    --------
    >>> out = ipa_quadrants([5, 5, 1, 1], [1, 5, 1, 5])
    >>> out["quadrant"].tolist()
    ['concentrate', 'keep_up', 'low_priority', 'overkill']
    """
    index = importance.index if isinstance(importance, pd.Series) else None
    imp = _scores("importance", importance)
    perf = _scores("performance", performance)
    if imp.size != perf.size:
        raise _error("lengths", first=imp.size, second=perf.size)
    imp_split = _split_value("importance_split", imp, importance_split)
    perf_split = _split_value("performance_split", perf, performance_split)
    important = imp >= imp_split
    good = perf >= perf_split
    quadrant = np.where(important, np.where(good, "keep_up", "concentrate"),
                        np.where(good, "overkill", "low_priority"))
    out = pd.DataFrame({"importance": imp, "performance": perf, "quadrant": quadrant}, index=index)
    out.attrs.update(importance_split=imp_split, performance_split=perf_split)
    return out
