"""The customer-experience pyramid: where a company stands on 1.0 needs met → 2.0 effortless → 3.0 memorable.

The pyramid (seed article 002 of the course) sorts experience into three levels, built from the bottom up:

* **1.0 basic experience** (初级体验) — the need is met: the parcel arrives on time, the product works;
* **2.0 effortless experience** (轻松体验) — getting it takes no hassle: a short checkout, a fast answer;
* **3.0 memorable experience** (难忘体验) — beyond expectation: the hotel's free upgrade on a guest's birthday.

This module turns the picture into numbers. :func:`assess` takes the measures a company actually has (on-time
rate, problem rate, customer effort score, checkout steps, waiting time, the share of customers with a "wow"
moment …, catalogued in :data:`MEASURES`), scores each level and applies the pyramid's rule that a level only
counts when the levels below it are reached (**gating**). :func:`internal` does the same for an internal customer
(a department serving colleagues), :func:`from_kano` and :func:`from_servqual` place KANO features and SERVQUAL
dimensions on the levels, :func:`measures_from` computes the measures from records (one row per customer, order,
ticket …), and the ``plot_*`` functions draw the pyramid.

How a level is scored (the kit's teaching convention, written out so a trainer can defend or change it)
--------------------------------------------------------------------------------------------------------
1. Each measure is put on a 0..1 scale between two goalposts, a *floor* (attainment 0) and a *target*
   (attainment 1): ``attainment = clip((value - floor) / (target - floor), 0, 1)``. This is min-max
   normalisation with fixed goalposts, as in the UNDP Human Development Index (UNDP, *Human Development Report*,
   technical notes) and the OECD/JRC *Handbook on Constructing Composite Indicators* (2008, section 5). It works
   for measures where less is better too (target below floor). The goalposts of :data:`MEASURES` are the kit's
   suggestions; set your own with ``goalposts=``.
2. A level's score is the unweighted mean of the attainments of the measures given for it (equal weights,
   OECD/JRC 2008, section 6).
3. A level *meets its bar* when its score is at least its threshold (:data:`THRESHOLDS`; change them with
   ``thresholds=``). The bars must not rise going up (1.0 >= 2.0 >= 3.0): a basic level that fails one customer in
   five is not met, while a wow moment for a good share of customers already makes a memorable level.
4. **Gating**: a level is *reached* only when it meets its bar **and** every level below it is reached. A level
   without any measure is "not measured" and is not reached, so nothing above it is either: a company cannot
   claim 2.0 without evidence of 1.0. The highest level reached is the last reached one (None: not even 1.0).

Mappings (cited, or marked as the kit's teaching convention)
------------------------------------------------------------
* :data:`KANO_LEVELS` — must-be → 1.0, one-dimensional → 2.0, attractive → 3.0. Seed 002 pairs KANO's basic,
  expected and exciting needs with the pyramid's layers; the one-to-one reading is the kit's teaching convention
  (categories: Kano et al. 1984). Indifferent, reverse and questionable features belong on no level.
* :data:`SERVQUAL_LEVELS` — the kit's teaching convention, after Parasuraman, Berry & Zeithaml (1991):
  reliability is the core of *meeting* expectations (with tangibles, the physical evidence that things work, at
  1.0); responsiveness and assurance make the process easy and trustworthy (2.0); empathy, individual attention,
  is where expectations are *exceeded* (3.0). Seed 002 asks for service standards per level; this is one.

Sources
-------
- Seed article 002 of the course (客户体验金字塔; levels, cases, the links to KANO and SERVQUAL).
- Kano, N., Seraku, N., Takahashi, F. & Tsuji, S. (1984). Attractive quality and must-be quality. *Journal of the
  Japanese Society for Quality Control*, 14(2), 39-48.
- Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for measuring consumer
  perceptions of service quality. *Journal of Retailing*, 64(1), 12-40.
- Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Understanding customer expectations of service.
  *Sloan Management Review*, 32(3), 39-48.
- Dixon, M., Freeman, K. & Toman, N. (2010). Stop trying to delight your customers. *Harvard Business Review*,
  88(7/8), 116-122. (Customer effort score; the case against delight before effort.)
- OECD & JRC (2008). *Handbook on Constructing Composite Indicators: Methodology and User Guide*. Paris: OECD.

Examples
--------
>>> from cxlab import pyramid
>>> r = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.20})
>>> r.levels[["score", "status"]].round(3)  # doctest: +NORMALIZE_WHITESPACE
       score   status
level
1.0    0.934  reached
2.0    0.600  not_met
3.0    0.667  blocked
>>> r.highest
'1.0'
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import _check
from . import style as _style
from .i18n import t

__all__ = [
    "LEVELS", "LEVEL_CODES", "LEVEL_COLORS", "THRESHOLDS", "MEASURES", "KANO_LEVELS", "SERVQUAL_LEVELS",
    "STATUSES", "level_name", "measure_name", "measure_names",
    "PyramidResult", "assess", "internal", "measures_from", "from_kano", "from_servqual", "compare",
    "compare_table", "measures_table", "goalposts_table",
    "plot_pyramid", "plot_before_after", "plot_placement", "panel_title", "PyramidChart",
]

# ---------------------------------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------------------------------

#: The three levels, bottom to top (seed 002).
LEVELS = ("1.0", "2.0", "3.0")

#: Catalog code of each level: names ``pyramid.level.<code>.name``, what it asks ``pyramid.level.<code>.asks``.
LEVEL_CODES = {"1.0": "basic", "2.0": "effortless", "3.0": "memorable"}

#: One colour per level on every chart (Okabe-Ito): blue foundation, green ease, orange delight.
LEVEL_COLORS = {"1.0": "#0072B2", "2.0": "#009E73", "3.0": "#E69F00"}

#: Default score a level needs (0..1), the kit's teaching convention: strictest at the bottom.
THRESHOLDS = {"1.0": 0.85, "2.0": 0.70, "3.0": 0.50}

#: What a level can be in a result: reached; its score meets the bar but a level below is not reached
#: (``blocked``: the money spent there is wasted until the base holds); below its bar; no measure given.
STATUSES = ("reached", "blocked", "not_met", "not_measured")

_M = [
    # measure, level, audience, low, high, floor, target, source column, statistic
    ("on_time_rate", "1.0", "external", 0.0, 1.0, 0.80, 0.98, "on_time", "mean"),
    ("problem_rate", "1.0", "both", 0.0, 1.0, 0.15, 0.02, "problem", "mean"),
    ("must_be_fulfilment", "1.0", "both", 0.0, 1.0, 0.70, 1.00, "must_be_met", "mean"),
    ("availability", "1.0", "both", 0.0, 1.0, 0.95, 0.999, "available", "mean"),
    ("sla_met_rate", "1.0", "internal", 0.0, 1.0, 0.70, 0.95, "sla_met", "mean"),
    ("reopened_rate", "1.0", "internal", 0.0, 1.0, 0.20, 0.03, "reopened", "mean"),
    ("ces", "2.0", "both", 1.0, 7.0, 3.0, 6.0, "ces", "mean"),
    ("checkout_steps", "2.0", "external", 1.0, 50.0, 8.0, 3.0, "checkout_steps", "mean"),
    ("abandonment_rate", "2.0", "external", 0.0, 1.0, 0.60, 0.20, "abandoned", "mean"),
    ("wait_minutes", "2.0", "both", 0.0, math.inf, 30.0, 5.0, "wait_minutes", "median"),
    ("response_hours", "2.0", "both", 0.0, math.inf, 24.0, 1.0, "response_hours", "median"),
    ("first_contact_resolution", "2.0", "both", 0.0, 1.0, 0.40, 0.85, "resolved_first_contact", "mean"),
    ("wow_share", "3.0", "both", 0.0, 1.0, 0.0, 0.30, "wow", "mean"),
    ("exceeded_share", "3.0", "both", 0.0, 1.0, 0.05, 0.40, "exceeded", "mean"),
    ("personal_touch_share", "3.0", "external", 0.0, 1.0, 0.0, 0.20, "personal_touch", "mean"),
    ("proactive_share", "3.0", "internal", 0.0, 1.0, 0.0, 0.30, "proactive", "mean"),
]

#: The measures :func:`assess` and :func:`internal` know, one row per measure (index ``measure``):
#: ``level``; ``audience`` ('external', 'internal' or 'both': which function takes it); ``low``/``high`` (the
#: values that can occur); ``floor``/``target`` (the default goalposts: attainment 0 and 1 — the kit's teaching
#: convention, change them with ``goalposts=``); ``column`` and ``statistic`` (how :func:`measures_from` computes
#: the measure from records: the mean of a 0/1 flag or a score, the median of a time). ``ces`` is the customer
#: effort score on the 1..7 agreement scale ("the company made it easy for me", 7 = easiest; Dixon et al. 2010 and
#: its 2013 revision). Display names: ``pyramid.measure.<measure>``.
MEASURES = pd.DataFrame(_M, columns=["measure", "level", "audience", "low", "high", "floor", "target", "column",
                                     "statistic"]).set_index("measure")

#: KANO category → pyramid level (seed 002; the one-to-one reading is the kit's teaching convention). I, R and Q
#: belong on no level: not worth building, to be removed, or to be asked again.
KANO_LEVELS = {"M": "1.0", "O": "2.0", "A": "3.0"}

#: SERVQUAL dimension → pyramid level: the kit's teaching convention after Parasuraman, Berry & Zeithaml (1991)
#: (see the module docstring). Keys in the order of ``cxlab.servqual.DIMENSIONS``.
SERVQUAL_LEVELS = {"tangibles": "1.0", "reliability": "1.0", "responsiveness": "2.0", "assurance": "2.0",
                   "empathy": "3.0"}

_AUDIENCES = {"external": ("external", "both"), "internal": ("internal", "both")}


# ---------------------------------------------------------------------------------------------------------------
# Names and input checks (every message from the catalog: parameter, value, what is accepted)
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from . import InputError

    return InputError(t(key, **fmt))


def level_name(level: str, full: bool = False) -> str:
    """The name of a level in the current language ('1.0' → '初级体验' / 'basic experience').

    ``full=True`` adds the level number and what the level asks ('1.0 basic experience: needs met').

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> level_name("2.0"), level_name("2.0", full=True)
    ('effortless experience', '2.0 effortless experience: no hassle')
    """
    if not isinstance(level, str) or level not in LEVELS:
        raise _error("core.error.bad_choice", name="level", value=_check.fmt_value(level), accepted=", ".join(LEVELS))
    full = _check.check_bool("full", full)
    code = LEVEL_CODES[level]
    name = t(f"pyramid.level.{code}.name")
    return t("pyramid.level.full", level=level, name=name, asks=t(f"pyramid.level.{code}.asks")) if full else name


def _label(level: str) -> str:
    """'2.0 effortless experience': number and name, for sentences."""
    return t("pyramid.level.short", level=level, name=level_name(level))


def measure_name(measure: str) -> str:
    """The display name of a measure in the current language.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> measure_name("ces")
    'Customer effort score (1-7, 7 = easiest)'
    """
    if not isinstance(measure, str) or measure not in MEASURES.index:
        raise _error("core.error.bad_choice", name="measure", value=_check.fmt_value(measure),
                     accepted=", ".join(MEASURES.index))
    return t(f"pyramid.measure.{measure}")


def measure_names(audience: str = "external") -> dict:
    """``{measure: display name}`` of the measures one audience uses, bottom level first."""
    allowed = _check_audience(audience)
    return {m: measure_name(m) for m in MEASURES.index if MEASURES.at[m, "audience"] in allowed}


def _check_audience(audience):
    return _AUDIENCES[_check.check_choice("audience", audience, tuple(_AUDIENCES))]


def _number(name, value) -> float:
    return _check.check_number(name, value)


def _in_range(name, value, low, high) -> float:
    return _check.check_number(name, value, low=low, high=None if math.isinf(high) else high)


def _as_mapping(measures) -> dict:
    """A dict, a Series or a one-row DataFrame of measures as a plain dict (NaN cells left out)."""
    if isinstance(measures, pd.DataFrame):
        if len(measures) != 1:
            raise _error("pyramid.error.one_row", rows=len(measures))
        measures = measures.iloc[0]
    if isinstance(measures, pd.Series):  # a row of measures_from: its count column "n" is not a measure
        measures = {k: v for k, v in measures.items()
                    if k != "n" and not (isinstance(v, float) and math.isnan(v))}
    if not isinstance(measures, dict):
        raise _error("pyramid.error.not_measures", got=type(measures).__name__)
    return dict(measures)


def _check_measures(measures, audience) -> dict:
    measures = _as_mapping(measures)
    allowed = _AUDIENCES[audience]
    known = [m for m in MEASURES.index if MEASURES.at[m, "audience"] in allowed]
    checked = {}
    for name, value in measures.items():
        if name not in MEASURES.index or MEASURES.at[name, "audience"] not in allowed:
            if name in MEASURES.index:  # a measure of the other audience
                other = "pyramid.internal" if audience == "external" else "pyramid.assess"
                raise _error("pyramid.error.other_audience", name=name, function=other)
            raise _error("pyramid.error.unknown_measure", name=name, accepted=", ".join(known))
        row = MEASURES.loc[name]
        checked[name] = _in_range(name, value, row["low"], row["high"])
    if not checked:
        raise _error("pyramid.error.no_measures", accepted=", ".join(known))
    return checked


def _check_thresholds(thresholds) -> dict:
    if thresholds is None:
        return dict(THRESHOLDS)
    given = _check.check_mapping("thresholds", thresholds, keys=LEVELS)
    out = dict(THRESHOLDS)
    for level, value in given.items():
        out[level] = _check.check_number(f"thresholds[{level!r}]", value, low=0, high=1, low_open=True)
    for lower, upper in zip(LEVELS, LEVELS[1:]):
        if out[upper] > out[lower] + 1e-12:
            raise _error("pyramid.error.thresholds_order", lower=lower, upper=upper,
                         low_value=f"{out[lower]:.0%}", high_value=f"{out[upper]:.0%}")
    return out


def _check_goalposts(goalposts, measures) -> dict:
    posts = {m: (float(MEASURES.at[m, "floor"]), float(MEASURES.at[m, "target"])) for m in measures}
    if goalposts is None:
        return posts
    if not isinstance(goalposts, dict):
        raise _error("pyramid.error.goalposts", name="goalposts", value=goalposts)
    for name, pair in goalposts.items():
        if name not in MEASURES.index:
            raise _error("pyramid.error.unknown_measure", name=name, accepted=", ".join(MEASURES.index))
        if isinstance(pair, (str, bytes)) or not hasattr(pair, "__len__") or len(pair) != 2:
            raise _error("pyramid.error.goalposts", name=f"goalposts[{name!r}]", value=pair)
        low, high = MEASURES.at[name, "low"], MEASURES.at[name, "high"]
        floor = _in_range(f"goalposts[{name!r}] floor", pair[0], low, high)
        target = _in_range(f"goalposts[{name!r}] target", pair[1], low, high)
        if floor == target:
            raise _error("pyramid.error.goalposts_equal", name=name, value=f"{floor:g}")
        if name in posts:
            posts[name] = (floor, target)
    return posts


# ---------------------------------------------------------------------------------------------------------------
# The assessment
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class PyramidResult:
    """What :func:`assess` and :func:`internal` return.

    Attributes
    ----------
    levels : DataFrame
        Index ``level`` ('1.0', '2.0', '3.0'); columns ``score`` (0..1, NaN when not measured), ``threshold``,
        ``meets`` (score >= threshold), ``reached`` (meets and every level below reached), ``status`` (one of
        :data:`STATUSES`), ``n_measures`` and ``measures`` (the measure names behind the score, comma-separated).
    measures : DataFrame
        Index ``measure``; columns ``level``, ``value``, ``floor``, ``target``, ``attainment`` (0..1) and
        ``at_target`` (attainment = 1).
    highest : str or None
        The highest level reached; None when not even 1.0 is.
    audience : str
        'external' (customers) or 'internal' (colleagues).
    inputs : dict
        The arguments as given: ``assess(**result.inputs)`` (or ``internal``) gives the same result.
    """

    levels: pd.DataFrame
    measures: pd.DataFrame
    highest: str | None
    audience: str = "external"
    inputs: dict = field(default_factory=dict)

    @property
    def first_gap(self) -> str | None:
        """The lowest level not reached (where the work is), or None when all three are reached."""
        missing = [lv for lv in LEVELS if not self.levels.at[lv, "reached"]]
        return missing[0] if missing else None

    @property
    def blocked(self) -> list:
        """Levels whose score meets the bar but that do not count because a level below is not reached."""
        return [lv for lv in LEVELS if self.levels.at[lv, "status"] == "blocked"]

    def verdict(self) -> str:
        """A plain-language verdict in the current language: the highest level reached, the next piece of work,
        and a warning for every level whose effort is wasted while the base does not hold."""
        who = t(f"pyramid.verdict.who.{self.audience}")
        if self.highest is None:
            lines = [t("pyramid.verdict.none", who=who)]
        elif self.highest == LEVELS[-1]:
            lines = [t("pyramid.verdict.all", who=who)]
        else:
            lines = [t("pyramid.verdict.highest", who=who, level=level_name(self.highest, full=True))]
        gap = self.first_gap
        if gap is not None:
            row = self.levels.loc[gap]
            if row["status"] == "not_measured":
                lines.append(t("pyramid.verdict.not_measured", level=_label(gap)))
            else:
                weakest = self.measures[self.measures["level"] == gap].sort_values("attainment").index[0]
                lines.append(t("pyramid.verdict.next", level=_label(gap), score=f"{row['score']:.0%}",
                               threshold=f"{row['threshold']:.0%}", measure=measure_name(weakest)))
        for level in self.blocked:
            lines.append(t("pyramid.verdict.blocked", level=_label(level),
                           score=f"{self.levels.at[level, 'score']:.0%}", gap=level_name(gap)))
        return "\n".join(lines)

    def table(self) -> pd.DataFrame:
        """The level table labelled for people: level names, score and threshold as %, status in words."""
        rows = []
        for level, row in self.levels.iterrows():
            rows.append({
                t("pyramid.column.level"): level_name(level, full=True),
                t("pyramid.column.score"): "—" if pd.isna(row["score"]) else f"{row['score']:.0%}",
                t("pyramid.column.threshold"): f"{row['threshold']:.0%}",
                t("pyramid.column.status"): t(f"pyramid.status.{row['status']}"),
                t("pyramid.column.measures"): _join([measure_name(m) for m in row["measures"].split(", ") if m]),
            })
        return pd.DataFrame(rows)

    def __str__(self):
        return self.verdict()


def _join(items) -> str:
    """Items as one line: '、' between them in Chinese, '; ' in English (names may contain commas)."""
    return t("pyramid.list_separator").join(items)


def _assess(measures, thresholds, goalposts, audience) -> PyramidResult:
    inputs = {"measures": dict(_as_mapping(measures)) if not isinstance(measures, dict) else dict(measures),
              "thresholds": None if thresholds is None else dict(thresholds) if isinstance(thresholds, dict)
              else thresholds,
              "goalposts": None if goalposts is None else dict(goalposts) if isinstance(goalposts, dict)
              else goalposts}
    values = _check_measures(measures, audience)
    bars = _check_thresholds(thresholds)
    posts = _check_goalposts(goalposts, values)

    names = [m for m in MEASURES.index if m in values]  # catalogue order: bottom level first
    floor = np.array([posts[m][0] for m in names])
    target = np.array([posts[m][1] for m in names])
    value = np.array([values[m] for m in names])
    attainment = np.clip((value - floor) / (target - floor), 0.0, 1.0)
    table = pd.DataFrame({"level": [MEASURES.at[m, "level"] for m in names], "value": value, "floor": floor,
                          "target": target, "attainment": attainment},
                         index=pd.Index(names, name="measure"))
    table["at_target"] = table["attainment"] >= 1.0

    rows, below_reached, highest = [], True, None
    for level in LEVELS:
        part = table[table["level"] == level]
        score = float(part["attainment"].mean()) if len(part) else math.nan
        meets = bool(len(part) and score >= bars[level] - 1e-12)
        reached = meets and below_reached
        if reached:
            highest = level
        status = ("not_measured" if not len(part) else "reached" if reached else "blocked" if meets
                  else "not_met")
        rows.append({"level": level, "score": score, "threshold": bars[level], "meets": meets, "reached": reached,
                     "status": status, "n_measures": len(part), "measures": ", ".join(part.index)})
        below_reached = reached
    levels = pd.DataFrame(rows).set_index("level")
    return PyramidResult(levels=levels, measures=table, highest=highest, audience=audience, inputs=inputs)


def assess(measures, thresholds=None, goalposts=None) -> PyramidResult:
    """Where a company stands on the pyramid, from the measures it actually has.

    Parameters
    ----------
    measures : dict, Series or one-row DataFrame
        ``{measure: value}`` for any of the external-customer measures of :data:`MEASURES` (e.g.
        ``on_time_rate`` 0..1, ``problem_rate`` 0..1, ``ces`` 1..7, ``checkout_steps``, ``abandonment_rate``,
        ``wait_minutes``, ``wow_share`` …); at least one. Empty (NaN) cells of a Series are left out, and so is
        the count column ``n`` of a row of :func:`measures_from`.
    thresholds : dict, optional
        Score (0 < x <= 1) each level needs, ``{'1.0': …, '2.0': …, '3.0': …}``; levels left out keep
        :data:`THRESHOLDS` (0.85, 0.70, 0.50). They must not rise going up the pyramid.
    goalposts : dict, optional
        ``{measure: (floor, target)}``: the value scoring 0 and the value scoring 1, replacing the defaults of
        :data:`MEASURES` (target below floor for a measure where less is better).

    Returns
    -------
    PyramidResult
        ``.levels`` (score, threshold, reached, status, the measures behind it), ``.measures`` (attainment of each
        measure), ``.highest``, ``.first_gap``, ``.verdict()``.

    Raises
    ------
    cxlab.InputError
        An unknown measure (or one for internal customers: use :func:`internal`), a value outside its range or not
        a number, no measure at all, thresholds outside (0, 1], for unknown levels or rising going up, goalposts
        that are not a (floor, target) pair inside the measure's range or are equal.

    Notes
    -----
    The scoring and the gating rule are set out in the module docstring (min-max normalisation with goalposts,
    OECD/JRC 2008; the kit's teaching convention for the thresholds). Worked example (checked in
    ``tests/test_pyramid.py``), default goalposts and thresholds:

    * 1.0: on time 0.97 → (0.97 - 0.80) / (0.98 - 0.80) = 0.944; problems 0.03 → (0.03 - 0.15) / (0.02 - 0.15)
      = 0.923; score (0.944 + 0.923) / 2 = 0.934 >= 0.85: reached;
    * 2.0: CES 4.8 → (4.8 - 3) / (6 - 3) = 0.600 < 0.70: not met;
    * 3.0: wow 0.24 → 0.24 / 0.30 = 0.800 >= 0.50, but 2.0 is not reached: **blocked**, not reached.

    Examples
    --------
    >>> r = assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
    >>> r.levels["status"].tolist(), r.highest
    (['reached', 'not_met', 'blocked'], '1.0')
    """
    return _assess(measures, thresholds, goalposts, "external")


def internal(measures, thresholds=None, goalposts=None) -> PyramidResult:
    """The same assessment for an internal customer: a department serving colleagues (IT help desk, HR
    onboarding, finance reimbursements …).

    Seed 002 applies the pyramid to internal customers as well: colleagues need their request met (1.0: the fix
    holds, the promised time is kept), met without hassle (2.0: one contact, a quick answer, little effort) and,
    at best, help beyond what they asked (3.0: problems fixed before they notice, a helping hand that surprises).
    Measures: those of :data:`MEASURES` with audience 'internal' or 'both' (``sla_met_rate``, ``reopened_rate``,
    ``availability``, ``first_contact_resolution``, ``response_hours``, ``ces``, ``wow_share``,
    ``proactive_share`` …). Parameters, scoring and gating as in :func:`assess`.

    Examples
    --------
    >>> r = internal({"sla_met_rate": 0.93, "reopened_rate": 0.04, "first_contact_resolution": 0.62,
    ...               "ces": 5.4, "proactive_share": 0.12})
    >>> r.highest, r.audience
    ('1.0', 'internal')
    """
    return _assess(measures, thresholds, goalposts, "internal")


def compare(results: dict) -> pd.DataFrame:
    """Several assessments side by side (before / after, two companies, customer segments).

    Parameters
    ----------
    results : dict
        ``{label: PyramidResult}``.

    Returns
    -------
    DataFrame
        One row per label: the score of each level (columns '1.0', '2.0', '3.0') and ``highest`` (the highest level
        reached, '' when none).

    Examples
    --------
    >>> before = assess({"on_time_rate": 0.97, "ces": 4.2})
    >>> after = assess({"on_time_rate": 0.97, "ces": 5.4})
    >>> compare({"before": before, "after": after})["highest"].tolist()
    ['1.0', '2.0']
    """
    if not isinstance(results, dict) or not results or \
            not all(isinstance(r, PyramidResult) for r in results.values()):
        raise _error("pyramid.error.not_results", got=type(results).__name__)
    rows = {label: {**{lv: r.levels.at[lv, "score"] for lv in LEVELS}, "highest": r.highest or ""}
            for label, r in results.items()}
    return pd.DataFrame.from_dict(rows, orient="index")


def compare_table(results: dict) -> pd.DataFrame:
    """:func:`compare` labelled for people: each level's score as a percentage, the highest level by name.

    Examples
    --------
    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> compare_table({"before": assess({"on_time_rate": 0.97, "ces": 4.2})}).iloc[0].tolist()
    ['94%', '40%', '—', '1.0 basic experience']
    """
    table = compare(results)
    out = pd.DataFrame(index=table.index)
    for level in LEVELS:
        out[_label(level)] = ["—" if pd.isna(v) else f"{v:.0%}" for v in table[level]]
    out[t("pyramid.column.highest")] = [_label(h) if h else t("pyramid.plot.nothing_reached")
                                        for h in table["highest"]]
    return out


def measures_table(table, digits: int = 2) -> pd.DataFrame:
    """A table of measures (from :func:`measures_from`, or one result's ``.measures``) with the measures named in
    the current language and numbers rounded, for showing to a class.

    Examples
    --------
    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> measures_table(pd.DataFrame({"n": [3], "ces": [5.123]})).columns.tolist()
    ['Rows', 'Customer effort score (1-7, 7 = easiest)']
    """
    if not isinstance(table, pd.DataFrame):
        raise _error("pyramid.error.not_a_table", name="table", got=type(table).__name__)
    digits = _check.check_number("digits", digits, low=0, high=6, integer=True)
    if "attainment" in table.columns:  # one result's .measures: one row per measure
        out = table.copy()
        out.index = [measure_name(m) if m in MEASURES.index else m for m in out.index]
        out = out.rename(columns={c: t(f"pyramid.column.{c}") for c in out.columns if c != "at_target"})
        return out.drop(columns=["at_target"], errors="ignore").round(digits)
    names = {c: measure_name(c) for c in table.columns if c in MEASURES.index}
    names["n"] = t("pyramid.column.n")
    return table.rename(columns=names).round(digits).rename_axis(index=None)  # the `by` column is no label


def goalposts_table(audience: str = "external") -> pd.DataFrame:
    """The default goalposts of an audience's measures, labelled: level, scores 0 at, scores 1 at. The goalposts
    are shown as written (``0.98``, ``3``, ``30``), not padded to one column's decimals (``3.000``).

    Examples
    --------
    >>> goalposts_table("internal").shape[1]
    3
    """
    allowed = _check_audience(audience)
    rows = MEASURES[MEASURES["audience"].isin(allowed)]
    shown = (lambda column: [f"{v:g}" for v in rows[column]])
    return pd.DataFrame({t("pyramid.column.level"): rows["level"].to_numpy(),
                         t("pyramid.column.floor"): shown("floor"),
                         t("pyramid.column.target"): shown("target")},
                        index=pd.Index([measure_name(m) for m in rows.index], name=t("pyramid.column.item")))


# ---------------------------------------------------------------------------------------------------------------
# Measures from records
# ---------------------------------------------------------------------------------------------------------------

def measures_from(frame: pd.DataFrame, by=None, audience: str = "external") -> pd.DataFrame:
    """The pyramid's measures computed from records: one row per customer, order, stay or ticket.

    Every column named like a measure's source column in :data:`MEASURES` (``on_time``, ``problem``, ``ces``,
    ``checkout_steps``, ``abandoned``, ``wait_minutes``, ``wow`` …) is turned into that measure: the share of 1s of
    a 0/1 flag (a sample proportion), the mean of a score or a count, the median of a time. Empty cells are left out
    (a customer who abandoned the checkout has no delivery to be on time); other columns are ignored.

    Parameters
    ----------
    frame : DataFrame
        The records.
    by : str or list of str, optional
        Column(s) to group by (e.g. ``'period'``, or ``['segment', 'day_type']``); groups in order of appearance.
    audience : {'external', 'internal'}
        Whose measures to look for (as in :func:`assess` / :func:`internal`).

    Returns
    -------
    DataFrame
        One row per group (index named after ``by``; a single row labelled 'all' without ``by``); column ``n`` (rows
        in the group) and one column per measure found, ready for ``assess(table.loc[group])``.

    Raises
    ------
    cxlab.InputError
        Not a table, no rows, a missing ``by`` column or an empty cell in it, no measure column, a flag cell that is
        not 0 or 1, a value outside the measure's range or not a number.

    Examples
    --------
    >>> records = pd.DataFrame({"period": ["before", "before", "after", "after"], "on_time": [1, 0, 1, 1],
    ...                         "wait_minutes": [30, 10, 5, 7]})
    >>> measures_from(records, by="period")  # doctest: +NORMALIZE_WHITESPACE
            n  on_time_rate  wait_minutes
    period
    before  2           0.5          20.0
    after   2           1.0           6.0
    """
    allowed = _check_audience(audience)
    if not isinstance(frame, pd.DataFrame):
        raise _error("pyramid.error.not_a_table", name="frame", got=type(frame).__name__)
    if frame.empty:
        raise _error("pyramid.error.no_rows", name="frame")
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    for key in keys:
        if key not in frame.columns:
            raise _error("pyramid.error.missing_column", name="by", column=key,
                         columns=", ".join(map(str, frame.columns)))
        empty = frame[key].isna().to_numpy()
        if empty.any():
            raise _error("pyramid.error.empty_key", column=key, row=int(np.flatnonzero(empty)[0]) + 1)
    chosen = [m for m in MEASURES.index if MEASURES.at[m, "audience"] in allowed and
              MEASURES.at[m, "column"] in frame.columns]
    if not chosen:
        wanted = [MEASURES.at[m, "column"] for m in MEASURES.index if MEASURES.at[m, "audience"] in allowed]
        raise _error("pyramid.error.no_measure_columns", columns=", ".join(map(str, frame.columns)),
                     accepted=", ".join(wanted))
    work = pd.DataFrame(index=frame.index)
    for measure in chosen:
        column = MEASURES.at[measure, "column"]
        raw = frame[column]
        values = pd.to_numeric(raw, errors="coerce")
        bad = (values.isna() & raw.notna()).to_numpy().copy()
        flag = MEASURES.at[measure, "low"] == 0.0 and MEASURES.at[measure, "high"] == 1.0
        if flag:
            bad |= (values.notna() & ~values.isin([0, 1])).to_numpy()
        else:
            low, high = MEASURES.at[measure, "low"], MEASURES.at[measure, "high"]
            bad |= (values.notna() & ((values < low) | (values > high))).to_numpy()
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            accepted = t("pyramid.error.accept_flag") if flag else t(
                "pyramid.error.accept_range", low=f"{MEASURES.at[measure, 'low']:g}",
                high=f"{MEASURES.at[measure, 'high']:g}")
            raise _error("pyramid.error.bad_cell", column=column, row=row + 1, value=raw.iloc[row], accepted=accepted)
        work[measure] = values.astype(float)
    groups = [frame[k] for k in keys] if keys else [pd.Series("all", index=frame.index)]
    grouped = work.groupby(groups, sort=False)
    out = pd.DataFrame({"n": grouped.size()})
    for measure in chosen:
        out[measure] = getattr(grouped[measure], MEASURES.at[measure, "statistic"])()
    if len(keys) == 1:
        out.index.name = keys[0]
    elif keys:
        out.index.names = keys
    else:
        out.index.name = None
    return out


# ---------------------------------------------------------------------------------------------------------------
# Placing KANO features and SERVQUAL dimensions on the pyramid
# ---------------------------------------------------------------------------------------------------------------

def from_kano(result: pd.DataFrame) -> pd.DataFrame:
    """Place the features of a KANO classification on the pyramid (:data:`KANO_LEVELS`).

    Parameters
    ----------
    result : DataFrame
        The output of :func:`cxlab.kano.classify` (index = features, column ``category``; ``better`` and ``worse``
        are carried along when present).

    Returns
    -------
    DataFrame
        Index ``feature`` (same order); columns ``category``, ``level`` ('1.0', '2.0', '3.0', or None for I, R and
        Q) and ``better``/``worse`` when the input has them.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import kano
    >>> answers = pd.DataFrame({"respondent": [1, 1, 1], "feature": ["wifi", "fast_reply", "birthday"],
    ...                         "functional": [2, 1, 1], "dysfunctional": [5, 5, 3]})
    >>> from_kano(kano.classify(answers))["level"].tolist()
    ['1.0', '2.0', '3.0']
    """
    from .kano import CATEGORIES

    if not isinstance(result, pd.DataFrame) or "category" not in result.columns:
        raise _error("pyramid.error.not_kano", got=type(result).__name__ if not isinstance(result, pd.DataFrame)
                     else ", ".join(map(str, result.columns)) or "-")
    bad = [c for c in result["category"] if c not in CATEGORIES]
    if bad:
        raise _error("core.error.bad_choice", name="category", value=bad[0], accepted=", ".join(CATEGORIES))
    out = pd.DataFrame({"category": result["category"].astype(str)}, index=result.index.copy())
    out.index.name = result.index.name or "feature"
    out["level"] = pd.Series([KANO_LEVELS.get(c) for c in out["category"]], index=out.index, dtype=object)
    for column in ("better", "worse"):
        if column in result.columns:
            out[column] = result[column].to_numpy(dtype=float)
    return out


def from_servqual(result) -> pd.DataFrame:
    """Place SERVQUAL dimensions on the pyramid (:data:`SERVQUAL_LEVELS`) with their gaps.

    Parameters
    ----------
    result : object with ``.dimensions``, or DataFrame
        The output of ``cxlab.servqual.gaps`` (its ``.dimensions`` table: index = dimension, column ``gap`` =
        perception - expectation, Parasuraman et al. 1988; ``expectation``/``perception`` carried along), or that
        table itself. Any of the five dimensions may be present.

    Returns
    -------
    DataFrame
        Index ``dimension`` in SERVQUAL order; columns ``level``, ``gap``, ``short`` (gap < 0: expectations not met)
        and ``expectation``/``perception`` when given.

    Examples
    --------
    >>> import pandas as pd
    >>> dims = pd.DataFrame({"gap": [-0.9, 0.2, -0.4]}, index=pd.Index(["reliability", "empathy", "assurance"],
    ...                                                                 name="dimension"))
    >>> from_servqual(dims)[["level", "short"]]  # doctest: +NORMALIZE_WHITESPACE
                level  short
    dimension
    reliability   1.0   True
    assurance     2.0   True
    empathy       3.0  False
    """
    table = getattr(result, "dimensions", result)
    if not isinstance(table, pd.DataFrame) or "gap" not in table.columns:
        raise _error("pyramid.error.not_servqual", got=type(result).__name__)
    unknown = [d for d in table.index if d not in SERVQUAL_LEVELS]
    if unknown:
        raise _error("core.error.bad_choice", name="dimension", value=unknown[0],
                     accepted=", ".join(SERVQUAL_LEVELS))
    if table.index.duplicated().any():
        raise _error("pyramid.error.duplicate_dimension", value=table.index[table.index.duplicated()][0])
    order = [d for d in SERVQUAL_LEVELS if d in table.index]
    out = pd.DataFrame(index=pd.Index(order, name="dimension"))
    out["level"] = [SERVQUAL_LEVELS[d] for d in order]
    for column in ("expectation", "perception", "gap"):
        if column in table.columns:
            values = [_number(f"{column}[{d!r}]", table.at[d, column]) for d in order]
            out[column] = values
    out["short"] = out["gap"] < 0
    return out


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

_GREY = "#c8c8c8"
_STATUS_COLORS = {"reached": "#1b6e3a", "blocked": "#D55E00", "not_met": "#555555", "not_measured": "#777777"}
_BASE, _TOP, _HEIGHT = 1.0, 0.18, 1.0  # half-width at the bottom, at the top; height of one level


def _half_width(y: float) -> float:
    """Half-width of the pyramid at height y (0 at the base, 3 at the top)."""
    return _BASE - (_BASE - _TOP) * y / (len(LEVELS) * _HEIGHT)


def _trapezoid(y0: float, y1: float):
    return [(-_half_width(y0), y0), (_half_width(y0), y0), (_half_width(y1), y1), (-_half_width(y1), y1)]


def _check_result(result, name="result"):
    if not isinstance(result, PyramidResult):
        raise _error("pyramid.error.not_result", name=name, got=type(result).__name__)


def plot_pyramid(result: PyramidResult, ax=None, title: str | None = None, labels: bool = True):
    """The pyramid as three stacked trapezoids, each filled from the bottom as far as its score.

    A reached level is filled in its colour; a level not reached is filled grey (hatched when its score meets the
    bar but a lower level is not reached: blocked); the dashed line in each level is its threshold. Beside each
    level: its name, score and threshold, and its status. Drawn by :class:`PyramidChart` (which the pyramid
    explorer updates in place), so the printed chart and the explorer's picture are one chart description.

    Parameters
    ----------
    result : PyramidResult
        From :func:`assess` or :func:`internal`.
    ax : matplotlib Axes, optional
    title : str, optional
        Default: the highest level reached.
    labels : bool
        Write the names and scores beside the levels.

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> ax = plot_pyramid(assess({"on_time_rate": 0.97, "ces": 4.8}))
    >>> ax.get_title() != ""
    True
    """
    _check_result(result)
    labels = _check.check_bool("labels", labels)
    title = _check.check_text("title", title, none=True)
    ax = _style.axes(ax, (9, 6))
    return PyramidChart(ax, result, title=title, labels=labels).ax


class PyramidChart:
    """The pyramid of :func:`plot_pyramid` as a chart object: every artist is made once, and :meth:`update` changes
    the fills (height, colour, hatch), threshold lines, level numbers, score and status texts and the title in
    place. The axis limits never change, so nothing else has to be drawn again.

    Parameters
    ----------
    ax : matplotlib Axes
    result : PyramidResult
    title : str, optional
        Default: the highest level reached.
    labels : bool
        Write the names and scores beside the levels.
    key : bool
        Write the key (dashed line, grey, hatched) under the pyramid (an explorer with two pyramids writes it once).
    room : float
        Width of the label column right of the pyramid, in pyramid half-widths (wider in a narrow picture).

    Examples
    --------
    >>> chart = PyramidChart(_style.axes(None, (9, 6)), assess({"on_time_rate": 0.97, "ces": 4.8}))
    >>> chart.update(assess({"on_time_rate": 0.97, "ces": 5.0}))      # 2.0 scores 2/3: its fill ends at 1 + 2/3
    >>> round(float(max(y for _, y in chart.fills[1].get_xy())), 2), chart.statuses[1].get_text() != ""
    (1.67, True)
    """

    def __init__(self, ax, result: PyramidResult, title: str | None = None, labels: bool = True, key: bool = True,
                 room: float = 1.55):
        from matplotlib.patches import Polygon

        self.ax, self.labels = ax, _check.check_bool("labels", labels)
        self.fills, self.outlines, self.lines, self.numbers, self.scores, self.statuses = [], [], [], [], [], []
        x = _BASE + 0.08
        for i, level in enumerate(LEVELS):
            y0, y1 = i * _HEIGHT, (i + 1) * _HEIGHT
            ax.add_patch(Polygon(_trapezoid(y0, y1), closed=True, facecolor="white", edgecolor="none", zorder=1))
            self.fills.append(ax.add_patch(Polygon(_trapezoid(y0, y0), closed=True, facecolor=_GREY,
                                                   edgecolor="none", zorder=2)))
            self.outlines.append(ax.add_patch(Polygon(_trapezoid(y0, y1), closed=True, facecolor="none",
                                                      edgecolor=LEVEL_COLORS[level], linewidth=2.5, zorder=4)))
            self.lines.append(ax.plot([0, 0], [y0, y0], color="#333333", linestyle="--", linewidth=1.4,
                                      zorder=5)[0])
            self.numbers.append(ax.text(0, y0, level, ha="center", va="center", fontsize="x-large",
                                        fontweight="bold", color="#222222", zorder=6,
                                        bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.8)))
            if self.labels:
                ax.text(x, y0 + 0.70 * _HEIGHT, level_name(level), ha="left", va="center", fontsize="large",
                        fontweight="bold", color=LEVEL_COLORS[level])
                self.scores.append(ax.text(x, y0 + 0.45 * _HEIGHT, "", ha="left", va="center", fontsize="medium",
                                           color="#333333"))
                self.statuses.append(ax.text(x, y0 + 0.22 * _HEIGHT, "", ha="left", va="center",
                                             fontsize="medium"))
        key = self.labels and _check.check_bool("key", key)
        if key:
            ax.text(-_BASE, -0.08, t("pyramid.plot.key"), ha="left", va="top", fontsize="small", color="#555555")
        ax.set_xlim(-_BASE - 0.05, _BASE + (_check.check_number("room", room, low=0.5, high=5) if self.labels
                                            else 0.05))
        ax.set_ylim(-0.3 if key else -0.05, len(LEVELS) * _HEIGHT + 0.05)
        ax.set_aspect("auto")
        ax.axis("off")
        self.update(result, title)

    def update(self, result: PyramidResult, title: str | None = None) -> None:
        """Show ``result``; ``title`` as in :func:`plot_pyramid`."""
        _check_result(result)
        title = _check.check_text("title", title, none=True)
        for i, level in enumerate(LEVELS):
            row = result.levels.loc[level]
            y0 = i * _HEIGHT
            score = 0.0 if pd.isna(row["score"]) else float(row["score"])
            reached = bool(row["reached"])
            fill = self.fills[i]
            fill.set_xy(_trapezoid(y0, y0 + score * _HEIGHT))
            fill.set_visible(score > 0)
            fill.set_facecolor(LEVEL_COLORS[level] if reached else _GREY)
            fill.set_alpha(0.9 if reached else 0.75)
            fill.set_hatch("//" if row["status"] == "blocked" else None)
            bar = y0 + float(row["threshold"]) * _HEIGHT
            self.lines[i].set_data([-_half_width(bar), _half_width(bar)], [bar, bar])
            # the level number in the half of the trapezoid the threshold line does not cross
            self.numbers[i].set_y(y0 + (0.25 if float(row["threshold"]) >= 0.5 else 0.75) * _HEIGHT)
            if self.labels:
                shown = "—" if pd.isna(row["score"]) else f"{row['score']:.0%}"
                self.scores[i].set_text(t("pyramid.plot.score_line", score=shown,
                                          threshold=f"{row['threshold']:.0%}"))
                status = self.statuses[i]
                status.set_text(t(f"pyramid.status.{row['status']}"))
                status.set_color(_STATUS_COLORS[row["status"]])
                status.set_fontweight("bold" if row["status"] == "blocked" else "normal")
        if title is None:
            title = (t("pyramid.plot.title_none") if result.highest is None
                     else t("pyramid.plot.title_highest", level=level_name(result.highest, full=True)))
        self.ax.set_title(title, y=1.0)  # a fixed position: no tick labels to clear, no layout search per update
        self.result = result

    def artists(self) -> list:
        """What :meth:`update` changes: fills, the outlines drawn over them, threshold lines, level numbers,
        score and status texts, the title."""
        return [*self.fills, *self.outlines, *self.lines, *self.numbers, *self.scores, *self.statuses,
                self.ax.title]


def plot_before_after(before: PyramidResult, after: PyramidResult, axes=None, labels=None):
    """Two pyramids side by side: one company before and after an improvement, or two companies.

    Parameters
    ----------
    before, after : PyramidResult
    axes : pair of matplotlib Axes, optional
        Where to draw; a new figure of two panels when None.
    labels : pair of str, optional
        The panel titles; default 'before' / 'after' in the current language, each with the highest level reached.

    Returns
    -------
    tuple of two matplotlib Axes

    Examples
    --------
    >>> left, right = plot_before_after(assess({"ces": 4.0, "on_time_rate": 0.97}),
    ...                                 assess({"ces": 5.6, "on_time_rate": 0.97}))
    """
    _check_result(before, "before")
    _check_result(after, "after")
    if axes is None:
        import matplotlib.pyplot as plt

        _style.ensure()
        _, axes = plt.subplots(1, 2, figsize=(15, 6), layout="constrained")
    if isinstance(axes, str) or not hasattr(axes, "__len__") or len(axes) != 2:
        raise _error("pyramid.error.two_axes", got=len(axes) if hasattr(axes, "__len__") else type(axes).__name__)
    if labels is None:
        labels = (t("pyramid.plot.before"), t("pyramid.plot.after"))
    if isinstance(labels, str) or not hasattr(labels, "__len__") or len(labels) != 2:
        raise _error("pyramid.error.two_labels", value=labels)
    labels = [_check.check_text("labels", label) for label in labels]
    for ax, result, label in zip(axes, (before, after), labels):
        plot_pyramid(result, ax=ax, title=panel_title(result, label))
    return tuple(axes)


def panel_title(result: PyramidResult, label: str) -> str:
    """The title of one panel of :func:`plot_before_after`: its label and the highest level reached.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> panel_title(assess({"on_time_rate": 0.97}), "After")
    'After: up to 1.0 basic experience'
    """
    _check_result(result)
    label = _check.check_text("label", label)
    if result.highest is None:
        return t("pyramid.plot.panel_title_none", label=label)
    return t("pyramid.plot.panel_title", label=label, level=result.highest, name=level_name(result.highest))


def plot_placement(placed: pd.DataFrame, ax=None, names=None, title: str | None = None, per_level: int = 6):
    """Which work belongs to which level: the pyramid with the items of each level listed beside it.

    Parameters
    ----------
    placed : DataFrame
        The output of :func:`from_kano` or :func:`from_servqual` (index = items, column ``level``; items whose
        level is None are listed under the pyramid as "not on the pyramid").
    ax : matplotlib Axes, optional
    names : dict, optional
        ``{item: display name}``; SERVQUAL dimensions are named from the catalog by default.
    title : str, optional
    per_level : int
        At most this many items written per level (the rest counted as "+ k more").

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> dims = pd.DataFrame({"gap": [-0.9, 0.2]}, index=["reliability", "empathy"])
    >>> ax = plot_placement(from_servqual(dims))
    """
    from matplotlib.patches import Polygon

    if not isinstance(placed, pd.DataFrame) or "level" not in placed.columns:
        raise _error("pyramid.error.not_placement", got=type(placed).__name__)
    per_level = _check.check_number("per_level", per_level, low=1, integer=True)
    names = dict(names or {})
    servqual = placed.index.name == "dimension"

    def name(item):
        if item in names:
            return str(names[item])
        if servqual and item in SERVQUAL_LEVELS:
            from .servqual import dimension_name   # SERVQUAL's own names: one term per dimension
            return dimension_name(item)
        return str(item)

    def label(item):  # the item with its gap or KANO category; zh without nested brackets (期望质量（一元质量）)
        row = placed.loc[item]
        if "gap" in placed.columns:
            note = f"{t('pyramid.plot.gap')} {row['gap']:+.2f}"
        elif "category" in placed.columns:
            from .kano import category_name

            note = category_name(row["category"])
        else:
            return name(item)
        return t("pyramid.plot.item_note", item=name(item), note=note)

    def _short(item):
        return bool(placed.at[item, "short"]) if "short" in placed.columns else False

    ax = _style.axes(ax, (11, 6.5))
    for i, level in enumerate(LEVELS):
        y0, y1 = i * _HEIGHT, (i + 1) * _HEIGHT
        ax.add_patch(Polygon(_trapezoid(y0, y1), closed=True, facecolor=LEVEL_COLORS[level], alpha=0.85,
                             edgecolor="white", linewidth=3))
        ax.text(0, y0 + 0.5 * _HEIGHT, level, ha="center", va="center", fontsize="x-large", fontweight="bold",
                color="white")
        items = [item for item in placed.index if placed.at[item, "level"] == level]
        lines = [(label(item), _short(item)) for item in items[:per_level]]
        if len(items) > per_level:
            lines.append((t("pyramid.plot.more", count=len(items) - per_level), False))
        ax.text(_BASE + 0.08, y1 - 0.06, level_name(level), ha="left", va="top", fontsize="large",
                fontweight="bold", color=LEVEL_COLORS[level])
        step = min(0.22, 0.72 / max(len(lines), 1))
        size = "medium" if len(lines) <= 5 else "small"
        for k, (text, short) in enumerate(lines or [("—", False)]):
            ax.text(_BASE + 0.08, y1 - 0.30 - k * step, text, ha="left", va="top", fontsize=size,
                    color="#D55E00" if short else "#222222")
    off = [item for item in placed.index if placed.at[item, "level"] is None or
           (isinstance(placed.at[item, "level"], float) and math.isnan(placed.at[item, "level"]))]
    bottom = -0.08
    if "short" in placed.columns and placed["short"].any():
        ax.text(_BASE + 0.08, bottom + 0.02, t("pyramid.plot.short_key"), ha="left", va="top", fontsize="small",
                color="#D55E00")
    if off:
        text = t("pyramid.plot.off_pyramid", items=_join([label(i) for i in off[:per_level * 2]]))
        ax.text(-_BASE, bottom, text, ha="left", va="top", fontsize="small", color="#555555", wrap=True)
        bottom = -0.55
    ax.set_xlim(-_BASE - 0.05, _BASE + 2.3)
    ax.set_ylim(bottom, len(LEVELS) * _HEIGHT + 0.05)
    ax.axis("off")
    ax.set_title(title if title is not None else t("pyramid.plot.placement_title"))
    return ax
