"""Customer-journey mapping and moments of truth: the map a class draws and the numbers behind it.

A journey is a tidy table of touchpoints, one row each: the stage (:data:`STAGES`), the touchpoint, its channel
(:data:`CHANNELS`, each online or offline), the department that owns it, its reach (the share of customers who
pass it, 0..1) and whatever is measured there — CSAT (1..5), customer effort (CES, 1..7), the problem rate, an
emotion score (−5..+5), the share of affected customers who stop buying (``loyalty_drop``), the share who would
be delighted by an improvement (``delight``) and a typical verbatim. :func:`touchpoints` validates such a table.

From it:

* :func:`emotion_curve` — the emotion along the journey with its peak, trough and end, and the peak–end summary
  (Kahneman et al. 1993; Redelmeier & Kahneman 1996);
* :func:`moments_of_truth` — which touchpoints move the overall outcome, from respondent-level survey data:
  derived importance (:func:`cxlab.stats.derived_importance`: Pearson correlation and Johnson's relative
  weights), importance–performance quadrants (:func:`cxlab.stats.ipa_quadrants`), priority = importance × gap ×
  reach, and pain and itch points flagged by the rules of :data:`RULES`;
* :func:`to_damage` — the touchpoints in lost customers and revenue, by :func:`cxlab.damage.touchpoint_damage`;
* :func:`blueprint` — the service-blueprint view (Shostack 1984; Bitner, Ostrom & Morgan 2008);
* :func:`persona_curves` — one emotion curve per persona (segment);
* :func:`read_journey` — a journey a group filled in (the kit's template, :func:`template`), via
  :mod:`cxlab.surveys`;
* ``plot_*`` — the journey map, the IPA grid, the priority Pareto, persona curves and the blueprint.

Sources
-------
- Carlzon, J. (1987). *Moments of Truth*. Ballinger. (Originally *Riv pyramiderna!*, 1985.)
- Pine, B. J. & Gilmore, J. H. (1998). Welcome to the experience economy. *Harvard Business Review* 76(4), 97-105.
- Bitner, M. J. (1992). Servicescapes: the impact of physical surroundings on customers and employees.
  *Journal of Marketing* 56(2), 57-71.
- Shostack, G. L. (1984). Designing services that deliver. *Harvard Business Review* 62(1), 133-139.
- Bitner, M. J., Ostrom, A. L. & Morgan, F. N. (2008). Service blueprinting: a practical technique for service
  innovation. *California Management Review* 50(3), 66-94.
- Kahneman, D., Fredrickson, B. L., Schreiber, C. A. & Redelmeier, D. A. (1993). When more pain is preferred to
  less: adding a better end. *Psychological Science* 4(6), 401-405.
- Redelmeier, D. A. & Kahneman, D. (1996). Patients' memories of painful medical treatments: real-time and
  retrospective evaluations of two minimally invasive procedures. *Pain* 66(1), 3-8.
- Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. *Journal of Marketing* 41(1), 77-79.
- Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor variables in
  multiple regression. *Multivariate Behavioral Research* 35(1), 1-19.

Examples
--------
>>> import pandas as pd
>>> from cxlab import journey
>>> tp = journey.touchpoints(pd.DataFrame({
...     "stage": ["purchase", "use", "after_sales"], "touchpoint": ["checkout", "first_use", "repair"],
...     "reach": [1.0, 1.0, 0.3], "emotion": [2, 4, -3]}))
>>> curve = journey.emotion_curve(tp)
>>> curve.peak["touchpoint"], curve.trough["touchpoint"], curve.end["touchpoint"], curve.peak_end
('first_use', 'repair', 'repair', 0.5)
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from numbers import Real

import numpy as np
import pandas as pd

from . import _check
from . import style as _style
from .i18n import LANGUAGES, get_language, t

__all__ = [
    "STAGES", "CHANNELS", "CHANNEL_MODE", "MODES", "OWNERS", "LANES", "MEASURES", "COLUMNS", "REQUIRED",
    "RULES", "EMOTION_RANGE", "HEADER_VARIANTS",
    "stage_name", "channel_name", "touchpoint_names",
    "touchpoints", "emotion_curve", "EmotionCurve", "persona_curves", "moments_of_truth", "MomentsOfTruth",
    "channel_consistency", "what_if", "to_damage", "blueprint", "read_journey", "template", "as_template", "template_csv",
    "plot_journey_map", "plot_ipa", "plot_priority", "plot_emotion_curves", "plot_blueprint",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: The six stages of the journey, in order (seed article 003; the common awareness → loyalty sequence of
#: journey-mapping practice). Display names: ``journey.stage.<code>``.
STAGES = ("awareness", "consideration", "purchase", "use", "after_sales", "loyalty")

#: Channels a touchpoint happens in, each online (digital, self-service) or offline (a person or a place).
#: Display names: ``journey.channel.<code>``.
CHANNEL_MODE = {
    "media": "offline",     # TV, outdoor and print advertising
    "web": "online",        # website, e-commerce shop
    "app": "online",        # the company's mobile app or mini-program
    "social": "online",     # social media, review sites, messaging
    "phone": "offline",     # hotline, call centre
    "store": "offline",     # shop, showroom, counter
    "home": "offline",      # at the customer's home: delivery, installation, repair visit
    "onsite": "offline",    # at the venue: park, hotel, branch
}
CHANNELS = tuple(CHANNEL_MODE)
MODES = ("online", "offline")

#: Usual owners of touchpoints (display names ``journey.owner.<code>``); a journey may name any other department.
OWNERS = ("marketing", "sales", "ecommerce", "logistics", "installation", "service", "product", "operations",
          "crm")

#: Lanes of a service blueprint, top to bottom (Bitner, Ostrom & Morgan 2008): customer actions | line of
#: interaction | front-stage (visible) actions | line of visibility | back-stage actions | line of internal
#: interaction | support processes. Display names: ``journey.lane.<code>``.
LANES = ("customer", "front_stage", "back_stage", "support")

#: Measures a touchpoint row may carry: column → (low, high) of the accepted range.
MEASURES = {
    "csat": (1.0, 5.0),            # mean satisfaction, 1..5
    "ces": (1.0, 7.0),             # mean customer effort, 1 (very easy) .. 7 (very hard)
    "problem_rate": (0.0, 1.0),    # share of customers passing the touchpoint who have a problem
    "emotion": (-5.0, 5.0),        # mean emotion, −5 (very negative) .. +5 (very positive)
    "loyalty_drop": (0.0, 1.0),    # share of customers with a problem there who stop buying
    "delight": (0.0, 1.0),         # share who would be delighted by an improvement (e.g. KANO 'A' share)
}
EMOTION_RANGE = MEASURES["emotion"]

#: The columns of a touchpoint table, in the order :func:`touchpoints` returns them. Required: :data:`REQUIRED`.
COLUMNS = ("persona", "stage", "touchpoint", "name_zh", "name_en", "order", "channel", "mode", "owner", "reach",
           *MEASURES, "verbatim_zh", "verbatim_en", "verbatim")
REQUIRED = ("stage", "touchpoint", "reach")
_TEXT = ("persona", "touchpoint", "name_zh", "name_en", "owner", "verbatim_zh", "verbatim_en", "verbatim")

#: The written rules of :func:`moments_of_truth` (the catalog ``journey.rule.<key>`` says them to people):
#:
#: * ``moment_of_truth`` — importance (share of the explained variance, Johnson's relative weight / R²) at or
#:   above the importance split: a touchpoint that moves the outcome;
#: * ``pain`` — a moment of truth whose performance is below the performance split (IPA "concentrate here"):
#:   important and done poorly (痛点);
#: * ``itch`` — not a moment of truth today (customers do not yet judge the journey by it: low expectation) but
#:   at least ``delight_threshold`` of customers would be delighted by an improvement (high upside, 痒点).
#:   Needs a ``delight`` column; without one no itch point is flagged.
#: * ``priority`` = importance × gap × reach, gap = max(target − performance, 0), target = top of the scale.
RULES = ("moment_of_truth", "pain", "itch", "priority")

#: Header names a filled-in journey file may use for each column (zh and en), besides the column name itself and
#: the template's headers (``journey.template.column.<column>`` in both languages). Matching ignores case, width
#: and spaces.
HEADER_VARIANTS = {  # i18n: input-variants
    "persona": ("画像", "客户画像", "客群", "人群", "segment", "persona"),
    "stage": ("阶段", "旅程阶段", "stage", "journey stage"),
    "touchpoint": ("触点", "接触点", "触点名称", "touchpoint", "touch point", "touchpoint name"),
    "order": ("顺序", "序号", "order", "sequence"),
    "channel": ("渠道", "channel"),
    "owner": ("负责部门", "部门", "责任部门", "owner", "department"),
    "reach": ("到达率", "覆盖率", "经过比例", "reach", "reach share"),
    "csat": ("满意度", "csat", "satisfaction"),
    "ces": ("费力度", "客户费力度", "ces", "effort"),
    "problem_rate": ("问题率", "出问题比例", "problem rate"),
    "emotion": ("情绪", "情绪分", "情绪得分", "emotion", "emotion score"),
    "loyalty_drop": ("流失率", "出问题后流失比例", "loyalty drop"),
    "delight": ("惊喜潜力", "惊喜比例", "delight", "delight potential"),
    "verbatim": ("客户原话", "原话", "verbatim", "quote"),
}

#: Stage and channel names typed into a journey file besides the catalog names in both languages.
VALUE_VARIANTS = {  # i18n: input-variants
    "awareness": ("认知", "意识", "知晓", "awareness", "aware"),
    "consideration": ("考虑", "评估", "比较", "consideration", "consider"),
    "purchase": ("购买", "下单", "purchase", "buy"),
    "use": ("使用", "use", "usage"),
    "after_sales": ("售后", "售后服务", "after-sales", "after sales", "aftersales", "service"),
    "loyalty": ("忠诚", "复购", "推荐", "loyalty", "advocacy"),
    "media": ("广告", "媒体", "ads", "advertising", "media"),
    "web": ("网站", "官网", "网店", "电商", "web", "website", "online shop"),
    "app": ("app", "应用", "小程序", "mini-program"),
    "social": ("社交媒体", "社交", "点评", "social", "social media"),
    "phone": ("电话", "热线", "客服热线", "phone", "hotline", "call centre", "call center"),
    "store": ("门店", "店面", "卖场", "store", "shop"),
    "home": ("上门", "家中", "home", "at home"),
    "onsite": ("现场", "园区", "onsite", "on site", "venue"),
}

_DEFAULT_DELIGHT = 0.30

# ---------------------------------------------------------------------------------------------------------------
# Names and small helpers
# ---------------------------------------------------------------------------------------------------------------


def _error(key, **fmt):
    from . import InputError

    return InputError(t(f"journey.error.{key}", **fmt))


def _key(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _show(value) -> str:
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("journey.blank")
    return f'"{value}"' if isinstance(value, str) else str(value)


def stage_name(code: str) -> str:
    """The display name of a stage in the current language.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> stage_name("after_sales")
    'After-sales'
    """
    if not isinstance(code, str) or code not in STAGES:
        raise _error("bad_stage_code", value=_show(code), accepted=", ".join(STAGES))
    return t(f"journey.stage.{code}")


def channel_name(code: str) -> str:
    """The display name of a channel in the current language (any other text is returned as it is)."""
    code = _check.check_text("code", code)
    return t(f"journey.channel.{code}") if code in CHANNELS else code


def _lookup(codes) -> dict:
    table = {}
    for code in codes:
        for lang in LANGUAGES:
            table.setdefault(_key(t(f"journey.{'stage' if code in STAGES else 'channel'}.{code}", lang=lang)), code)
        table.setdefault(_key(code), code)
        for variant in VALUE_VARIANTS.get(code, ()):
            table.setdefault(_key(variant), code)
    return table


def touchpoint_names(table: pd.DataFrame, lang: str | None = None) -> list:
    """Display names of a touchpoint table's rows: ``name_<lang>`` where given, else the ``touchpoint`` itself.

    >>> import pandas as pd
    >>> touchpoint_names(pd.DataFrame({"touchpoint": ["a", "b"], "name_en": ["Ad", None]}), lang="en")
    ['Ad', 'b']
    """
    table = _check.check_frame("table", table, columns=("touchpoint",))
    lang = lang or get_language()
    column = f"name_{lang}"
    ids = [str(v) for v in table["touchpoint"]]
    if column not in table.columns:
        return ids
    return [str(n) if isinstance(n, str) and n.strip() else i for i, n in zip(ids, table[column])]


def _verbatims(table: pd.DataFrame, lang: str | None = None) -> list:
    lang = lang or get_language()
    out = []
    for i in range(len(table)):
        text = None
        for column in (f"verbatim_{lang}", "verbatim"):
            if column in table.columns and isinstance(table[column].iloc[i], str) and table[column].iloc[i].strip():
                text = table[column].iloc[i]
                break
        out.append(text)
    return out


# ---------------------------------------------------------------------------------------------------------------
# The touchpoint table
# ---------------------------------------------------------------------------------------------------------------

class _Where:
    """Where a row of a touchpoint table came from, for messages: a file and its spreadsheet rows, or a table."""

    def __init__(self, source=None, rows=None, headers=None):
        self.source = source or t("journey.source.table")
        self.rows = rows
        self.headers = headers or {}

    def row(self, i: int) -> int:
        return int(self.rows[i]) if self.rows is not None else i + 1

    def cell(self, i, column, value, accepted, problem="unknown"):
        return _error("cell", source=self.source, row=self.row(i), column=self.headers.get(column, column),
                      value=_show(value),
                      problem=t(f"journey.problem.{problem}"), accepted=accepted)


def _number_cell(value):
    """A cell as a float: numbers, numeric text ('0.8', '８０%'); None for blank; raise ValueError otherwise."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError
    if isinstance(value, Real):
        number = float(value)
        if math.isnan(number):
            return None
        if not math.isfinite(number):
            raise ValueError
        return number
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    if not text:
        return None
    scale = 1.0
    if text.endswith("%"):
        text, scale = text[:-1].strip(), 0.01
    number = float(text) * scale
    if not math.isfinite(number):
        raise ValueError
    return number


def _accepted_range(low, high) -> str:
    return t("journey.accepted.range", low=f"{low:g}", high=f"{high:g}")


def touchpoints(frame: pd.DataFrame, *, _where: _Where | None = None) -> pd.DataFrame:
    """Validate a journey's touchpoint table and return it tidy, in journey order.

    Required columns: ``stage`` (a code of :data:`STAGES` or its Chinese or English name), ``touchpoint`` (an id
    or a name, unique within a persona) and ``reach`` (the share of customers who pass it, 0..1; "80%" is read as
    0.8). Optional: ``persona``, ``name_zh``/``name_en`` (display names), ``order`` (position within the stage),
    ``channel`` (:data:`CHANNELS`, names accepted), ``owner``, the measures of :data:`MEASURES` (blank = not
    measured) and verbatims. Other columns are kept as they are.

    Parameters
    ----------
    frame : DataFrame

    Returns
    -------
    DataFrame
        Columns in the order of :data:`COLUMNS` (those present, plus ``mode`` when there is a channel, and
        ``position`` 1..n), rows ordered by persona (first appearance), stage, ``order`` (when given) and input
        order; index 0..n-1. Measures are floats (NaN = not measured).

    Raises
    ------
    cxlab.InputError
        For a missing column, no rows, an unknown stage or channel, a blank or repeated touchpoint, a reach outside
        0..1, or a measure outside its range — naming the row, the column, the value and what is accepted.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = touchpoints(pd.DataFrame({"stage": ["售后", "purchase"], "touchpoint": ["repair", "checkout"],
    ...                                "reach": ["30%", 1], "channel": ["上门", "web"]}))
    >>> tp[["stage", "touchpoint", "reach", "channel", "mode"]]
             stage touchpoint  reach channel     mode
    0     purchase   checkout    1.0     web   online
    1  after_sales     repair    0.3    home  offline
    """
    where = _where or _Where()
    if not isinstance(frame, pd.DataFrame):
        raise _error("not_a_table", value=type(frame).__name__, columns=", ".join(REQUIRED))
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise _error("missing_columns", source=where.source, missing=", ".join(missing),
                     found=", ".join(map(str, frame.columns)) or t("journey.blank"))
    if len(frame) == 0:
        raise _error("no_rows", source=where.source)
    table = frame.reset_index(drop=True).copy()
    n = len(table)

    # stage
    stages = _lookup(STAGES)
    codes = []
    for i, value in enumerate(table["stage"].tolist()):
        code = stages.get(_key(value)) if isinstance(value, str) else None
        if code is None:
            problem = "blank" if value is None or (isinstance(value, float) and math.isnan(value)) else "unknown"
            raise where.cell(i, "stage", value, ", ".join(f"{c} ({stage_name(c)})" for c in STAGES), problem)
        codes.append(code)
    table["stage"] = codes

    # persona and touchpoint: text, never blank; touchpoint unique within a persona
    for column in ("persona", "touchpoint"):
        if column not in table.columns:
            continue
        values = []
        for i, value in enumerate(table[column].tolist()):
            if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
                value = str(value)
            if not isinstance(value, str) or not value.strip():
                raise where.cell(i, column, value, t("journey.accepted.text"), "blank")
            values.append(value.strip())
        table[column] = values
    group = table["persona"] if "persona" in table.columns else pd.Series([""] * n)
    seen = {}
    for i, (persona, name) in enumerate(zip(group, table["touchpoint"])):
        key = (persona, _key(name))
        if key in seen:
            raise _error("duplicate", source=where.source, value=_show(name), first=where.row(seen[key]),
                         second=where.row(i))
        seen[key] = i

    # reach and the measures
    numeric = {"reach": (0.0, 1.0), **{c: r for c, r in MEASURES.items() if c in table.columns}}
    if "order" in table.columns:
        numeric["order"] = (-math.inf, math.inf)
    for column, (low, high) in numeric.items():
        values = []
        for i, value in enumerate(table[column].tolist()):
            try:
                number = _number_cell(value)
            except (TypeError, ValueError):
                raise where.cell(i, column, value, _accepted_range(low, high)
                                 if math.isfinite(low) else t("journey.accepted.number"), "not_number") from None
            if number is None:
                if column == "reach":
                    raise where.cell(i, column, value, _accepted_range(low, high), "blank")
                values.append(np.nan)
                continue
            if not low <= number <= high:
                hint = "reach_percent" if column in ("reach", "problem_rate", "loyalty_drop", "delight") \
                    and 1 < number <= 100 else "out_of_range"
                raise where.cell(i, column, value, _accepted_range(low, high), hint)
            values.append(number)
        table[column] = np.asarray(values, dtype=float)

    # channel → code and mode
    if "channel" in table.columns:
        channels = _lookup(CHANNELS)
        values = []
        for i, value in enumerate(table["channel"].tolist()):
            if value is None or (isinstance(value, float) and math.isnan(value)) or \
                    (isinstance(value, str) and not value.strip()):
                values.append(None)
                continue
            code = channels.get(_key(value)) if isinstance(value, str) else None
            if code is None:
                raise where.cell(i, "channel", value, ", ".join(f"{c} ({channel_name(c)})" for c in CHANNELS))
            values.append(code)
        table["channel"] = values
        table["mode"] = [CHANNEL_MODE[c] if c else None for c in values]

    # journey order: persona (first appearance), stage, order, input order
    keys = pd.DataFrame({
        "persona": pd.factorize(group)[0],
        "stage": [STAGES.index(s) for s in table["stage"]],
        "order": table["order"] if "order" in table.columns else 0.0,
        "input": np.arange(n),
    })
    ordering = keys.sort_values(["persona", "stage", "order", "input"], kind="stable").index
    table = table.loc[ordering].reset_index(drop=True)
    first = [c for c in COLUMNS if c in table.columns]
    table = table[first + [c for c in table.columns if c not in first]]
    table["position"] = (table.groupby(group.loc[ordering].to_numpy(), sort=False).cumcount() + 1).to_numpy()
    table.attrs.clear()
    table.attrs["cxlab_journey"] = _fingerprint(table)
    return table


def _fingerprint(frame: pd.DataFrame) -> bytes:
    """A digest of a table's columns, index, dtypes and cells (well under a millisecond for a journey)."""
    import hashlib
    import pickle

    content = (list(map(str, frame.columns)), list(map(str, frame.dtypes)), frame.index.tolist(),
               frame.to_numpy(dtype=object).tolist())
    return hashlib.blake2b(pickle.dumps(content, protocol=4), digest_size=16).digest()


def _pickle_error():
    import pickle

    return pickle.PicklingError


def _checked(frame) -> pd.DataFrame:
    """A touchpoint table, validated unless it is exactly what :func:`touchpoints` returned (its fingerprint is
    kept in ``attrs``; any change to the table, even in place, makes it be validated again)."""
    if isinstance(frame, pd.DataFrame) and "cxlab_journey" in frame.attrs:
        try:
            if frame.attrs["cxlab_journey"] == _fingerprint(frame):
                return frame
        except (TypeError, _pickle_error()):   # a cell that cannot be pickled: validate, which refuses it
            pass
    return touchpoints(frame)


def _one_persona(table, persona):
    if "persona" not in table.columns:
        if persona is not None:
            raise _error("no_persona_column", value=_show(persona))
        return table
    personas = list(dict.fromkeys(table["persona"]))
    if persona is None:
        if len(personas) > 1:
            raise _error("choose_persona", accepted=", ".join(personas))
        return table
    if persona not in personas:
        raise _error("unknown_persona", value=_show(persona), accepted=", ".join(personas))
    return table[table["persona"] == persona].reset_index(drop=True)


def _stage_filter(table, stages):
    if stages is None:
        return table
    if isinstance(stages, str):
        stages = [stages]
    if not hasattr(stages, "__iter__"):
        raise _error("bad_stages", value=_show(stages), accepted=", ".join(STAGES))
    stages = list(stages)
    bad = [s for s in stages if s not in STAGES]
    if bad or not stages:
        raise _error("bad_stages", value=_show(bad[0] if bad else "[]"), accepted=", ".join(STAGES))
    out = table[table["stage"].isin(stages)].reset_index(drop=True)
    if out.empty:
        raise _error("no_touchpoints_in_stages", stages=", ".join(stages))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Emotion curve, peak and end
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class EmotionCurve:
    """The emotion along a journey (see :func:`emotion_curve`).

    Attributes
    ----------
    points : DataFrame
        The touchpoints in journey order (the validated table's columns), with ``value`` (the curve).
    peak, trough, end : Series
        The rows of the highest point (first one on a tie), the lowest point (first on a tie) and the last point.
    intense : Series
        The most intense moment: the peak or the trough, whichever is farther from 0 (the trough on a tie) —
        Kahneman's "peak" of the peak–end rule.
    peak_end : float
        (intense value + end value) / 2: the peak–end summary.
    mean : float
        The plain average of the curve (what the peak–end rule says memory does *not* use).
    column : str
        The measure the curve shows.
    """

    points: pd.DataFrame
    peak: pd.Series
    trough: pd.Series
    end: pd.Series
    intense: pd.Series
    peak_end: float
    mean: float
    column: str = "emotion"

    def summary(self) -> pd.DataFrame:
        """One row each for peak, trough, end, most intense, peak–end and mean: touchpoint and value."""
        rows = [(k, getattr(self, k)["touchpoint"], float(getattr(self, k)["value"]))
                for k in ("peak", "trough", "end", "intense")]
        rows += [("peak_end", None, self.peak_end), ("mean", None, self.mean)]
        return pd.DataFrame(rows, columns=["point", "touchpoint", "value"]).set_index("point")


_CURVE_COLUMNS = ("emotion", "csat", "ces")


def emotion_curve(touchpoints_: pd.DataFrame, column: str = "emotion", stages=None, persona=None) -> EmotionCurve:
    """The curve of ``column`` along the journey, its peak, trough and end, and the peak–end summary.

    The peak–end rule (Kahneman et al. 1993; Redelmeier & Kahneman 1996): people's remembered judgement of an
    episode is close to the average of its most intense moment and its end, and hardly depends on its length
    ("duration neglect"). Here the most intense moment is the peak or the trough, whichever lies farther from 0
    (the trough on a tie, since bad moments weigh more), and

    .. math:: \\text{peak–end} = (\\text{most intense} + \\text{end}) / 2

    It summarises what a typical customer is likely to *remember*; it does not predict what they will do, nor
    replace measuring each touchpoint (see the course notebook).

    Parameters
    ----------
    touchpoints_ : DataFrame
        A touchpoint table (:func:`touchpoints`).
    column : {'emotion', 'csat', 'ces'}
        The measure to follow (default the emotion score −5..+5). For ``ces`` higher is worse.
    stages : list of str, optional
        Only these stages (e.g. ``["use"]`` for the visit itself).
    persona : str, optional
        Which persona, when the table has several.

    Returns
    -------
    EmotionCurve

    Raises
    ------
    cxlab.InputError
        For an unknown column or stage, a persona missing or not named, or a touchpoint without a value.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["use"] * 4, "touchpoint": ["queue", "ride", "show", "fireworks"],
    ...                    "reach": [1, 1, 0.8, 0.9], "emotion": [-3, 4, 2, 5]})
    >>> c = emotion_curve(tp)
    >>> c.peak["touchpoint"], c.trough["touchpoint"], c.end["touchpoint"], c.intense["touchpoint"]
    ('fireworks', 'queue', 'fireworks', 'fireworks')
    >>> c.peak_end, c.mean     # (5 + 5) / 2 ; (-3 + 4 + 2 + 5) / 4
    (5.0, 2.0)
    """
    if not isinstance(column, str) or column not in _CURVE_COLUMNS:
        raise _error("bad_curve_column", value=_show(column), accepted=", ".join(_CURVE_COLUMNS))
    table = _stage_filter(_one_persona(_checked(touchpoints_), persona), stages)
    if column not in table.columns:
        raise _error("missing_measure", column=column, found=", ".join(map(str, table.columns)))
    values = table[column].to_numpy(dtype=float)
    if np.isnan(values).any():
        i = int(np.flatnonzero(np.isnan(values))[0])
        raise _error("curve_gap", column=column, touchpoint=_show(table["touchpoint"].iloc[i]))
    points = table.copy()
    points["value"] = values
    peak = points.iloc[int(np.argmax(values))]
    trough = points.iloc[int(np.argmin(values))]
    end = points.iloc[-1]
    intense = peak if abs(peak["value"]) > abs(trough["value"]) else trough
    peak_end = (float(intense["value"]) + float(end["value"])) / 2
    return EmotionCurve(points=points, peak=peak, trough=trough, end=end, intense=intense, peak_end=peak_end,
                        mean=float(values.mean()), column=column)


def persona_curves(touchpoints_: pd.DataFrame, column: str = "emotion", stages=None) -> dict:
    """``{persona: EmotionCurve}`` for every persona of a table with a ``persona`` column (in table order).

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"persona": ["a", "a", "b", "b"], "stage": ["use", "loyalty"] * 2,
    ...                    "touchpoint": ["x", "y"] * 2, "reach": 1, "emotion": [1, 3, -2, 0]})
    >>> {k: v.peak_end for k, v in persona_curves(tp).items()}
    {'a': 3.0, 'b': -1.0}
    """
    table = _checked(touchpoints_)
    if "persona" not in table.columns:
        raise _error("no_persona_column", value=_show(None))
    return {p: emotion_curve(table, column, stages, persona=p) for p in dict.fromkeys(table["persona"])}


# ---------------------------------------------------------------------------------------------------------------
# Moments of truth from survey data
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class MomentsOfTruth:
    """The result of :func:`moments_of_truth`.

    Attributes
    ----------
    table : DataFrame
        One row per touchpoint, in journey order: the touchpoint table's columns plus ``performance`` (mean
        score), ``correlation``, ``relative_weight``, ``importance`` (share of R², adds up to 1 over the surveyed
        touchpoints), ``quadrant`` (:data:`cxlab.stats.IPA_QUADRANTS`), ``gap``, ``priority``, ``rank``
        (1 = highest priority), ``moment_of_truth``, ``pain``, ``itch`` (booleans), ``surveyed``.
        Touchpoints without a survey column keep NaN importance and are not ranked or flagged.
    outcome : str
    r_squared : float
    n : int
        Respondents used (complete answers).
    importance_split, performance_split, target, delight_threshold : float
    scale : tuple
    """

    table: pd.DataFrame
    outcome: str
    r_squared: float
    n: int
    importance_split: float
    performance_split: float
    target: float
    scale: tuple
    delight_threshold: float | None
    rules_used: dict = field(default_factory=dict)

    def ranking(self) -> pd.DataFrame:
        """The surveyed touchpoints by priority, highest first (worked out once per table; a copy each call)."""
        kept = self.__dict__.get("_ranking")
        if kept is None or kept[0] is not self.table:
            ranked = self.table[self.table["surveyed"]]
            kept = (self.table, ranked.sort_values(["rank", "position"], kind="stable").reset_index(drop=True))
            self.__dict__["_ranking"] = kept
        return kept[1].copy()

    def rules(self) -> list:
        """The flagging rules as sentences in the current language, with this result's thresholds."""
        out = [t("journey.rule.moment_of_truth", split=f"{self.importance_split:.1%}"),
               t("journey.rule.pain", split=f"{self.performance_split:.2f}"),
               t("journey.rule.itch", threshold=f"{self.delight_threshold:.0%}") if self.delight_threshold
               is not None else t("journey.rule.itch_none"),
               t("journey.rule.priority", target=f"{self.target:g}")]
        return out


def _scale(scale):
    if not isinstance(scale, (tuple, list)) or len(scale) != 2 or any(
            isinstance(v, bool) or not isinstance(v, Real) or not math.isfinite(v) for v in scale) \
            or not scale[0] < scale[1]:
        raise _error("bad_scale", value=_show(scale))
    return float(scale[0]), float(scale[1])


def _fraction(name, value):
    return _check.check_number(name, value, low=0, high=1)


def moments_of_truth(touchpoints_: pd.DataFrame, survey: pd.DataFrame, outcome: str, *, scale=(1, 5),
                     target=None, importance_split="mean", performance_split="mean",
                     delight_threshold=_DEFAULT_DELIGHT, persona=None) -> MomentsOfTruth:
    """Rank touchpoints by what they do to an overall outcome, from respondent-level survey data.

    * **Importance** is derived, not asked: :func:`cxlab.stats.derived_importance` regresses the outcome (overall
      satisfaction, the 0..10 recommend answer of NPS, repurchase 0/1 …) on the touchpoint scores and splits R²
      among them with Johnson's (2000) relative weights; ``importance`` is each weight's share of R².
    * **Performance** is the touchpoint's mean score; **gap** = max(target − performance, 0).
    * **IPA quadrant** (Martilla & James 1977) by :func:`cxlab.stats.ipa_quadrants`.
    * **Priority** = importance × gap × reach: what matters, times how far it falls short, times how many
      customers pass it. A touchpoint nobody passes has priority 0.
    * **Flags** follow :data:`RULES`: moment of truth, pain point (痛点), itch point (痒点).

    Parameters
    ----------
    touchpoints_ : DataFrame
        A touchpoint table (:func:`touchpoints`); its ``touchpoint`` ids name the survey's score columns.
    survey : DataFrame
        One row per respondent: a score column per surveyed touchpoint (on ``scale``) and the ``outcome`` column.
    outcome : str
        The outcome column.
    scale : (low, high)
        The touchpoint scores' scale (default 1..5).
    target : float, optional
        The score a touchpoint should reach (default the top of the scale).
    importance_split, performance_split : "mean", "median" or a number
        Where the IPA grid is split (see :func:`cxlab.stats.ipa_quadrants`).
    delight_threshold : float in 0..1
        The ``delight`` share from which an unimportant touchpoint is an itch point.
    persona : str, optional
        Which persona's touchpoints, when the table has several.

    Returns
    -------
    MomentsOfTruth

    Raises
    ------
    cxlab.InputError
        For a bad touchpoint table, no surveyed touchpoint, a score outside the scale, or anything
        :func:`cxlab.stats.derived_importance` refuses.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["delivery", "repair"],
    ...                    "reach": [1.0, 0.5]})
    >>> survey = pd.DataFrame({"delivery": [4, 5, 4, 5, 3, 4], "repair": [1, 2, 3, 2, 1, 3],
    ...                        "overall": [2, 3, 4, 3, 1, 4]})
    >>> mot = moments_of_truth(tp, survey, "overall")
    >>> mot.ranking()[["touchpoint", "rank"]].values.tolist()
    [['repair', 1], ['delivery', 2]]
    """
    from . import stats

    table = _one_persona(_checked(touchpoints_), persona)
    if not isinstance(survey, pd.DataFrame):
        raise _error("survey_not_a_table", value=type(survey).__name__)
    low, high = _scale(scale)
    if target is None:
        target = high
    target = _check.check_number("target", target, low=low, high=high)
    threshold = None if delight_threshold is None else _fraction("delight_threshold", delight_threshold)
    if not isinstance(outcome, str) or outcome not in survey.columns:
        raise _error("no_outcome", value=_show(outcome), found=", ".join(map(str, survey.columns)))
    drivers = [tp for tp in table["touchpoint"] if tp in survey.columns]
    if not drivers:
        raise _error("no_surveyed", touchpoints=", ".join(table["touchpoint"]),
                     found=", ".join(map(str, survey.columns)))
    importance = stats.derived_importance(survey, drivers, outcome)
    scores = survey[drivers].apply(pd.to_numeric, errors="coerce")
    complete = pd.concat([scores, pd.to_numeric(survey[outcome], errors="coerce")], axis=1).notna().all(axis=1)
    scores = scores[complete]
    outside = (scores < low) | (scores > high)
    if outside.to_numpy().any():
        row, col = np.argwhere(outside.to_numpy())[0]
        raise _error("score_outside", column=drivers[col], row=int(scores.index[row]) + 1,
                     value=_show(scores.iloc[row, col].item()), low=f"{low:g}", high=f"{high:g}")
    performance = scores.mean()
    ipa = stats.ipa_quadrants(importance["share"], performance.reindex(drivers), importance_split,
                              performance_split)
    out = table.copy()
    surveyed = out["touchpoint"].isin(drivers).to_numpy()
    per = out["touchpoint"].map
    out["surveyed"] = surveyed
    out["performance"] = per(performance).astype(float)
    out["correlation"] = per(importance["correlation"]).astype(float)
    out["relative_weight"] = per(importance["relative_weight"]).astype(float)
    out["importance"] = per(importance["share"]).astype(float)
    out["quadrant"] = per(ipa["quadrant"])
    out["gap"] = np.clip(target - out["performance"], 0.0, None)
    out["priority"] = out["importance"] * out["gap"] * out["reach"]
    rank = out.loc[surveyed, "priority"].rank(ascending=False, method="min")
    out["rank"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out.loc[surveyed, "rank"] = rank.astype(int).to_numpy()
    important = out["quadrant"].isin(["concentrate", "keep_up"]).to_numpy()
    out["moment_of_truth"] = important & surveyed
    out["pain"] = (out["quadrant"] == "concentrate").to_numpy() & surveyed
    if threshold is not None and "delight" in out.columns:
        out["itch"] = surveyed & ~important & (out["delight"].fillna(-1.0).to_numpy() >= threshold)
    else:
        out["itch"] = False
        threshold = None if "delight" not in out.columns else threshold
    return MomentsOfTruth(table=out, outcome=outcome, r_squared=float(importance.attrs["r_squared"]),
                          n=int(importance["n"].iloc[0]), importance_split=float(ipa.attrs["importance_split"]),
                          performance_split=float(ipa.attrs["performance_split"]), target=target,
                          scale=(low, high), delight_threshold=threshold)


def channel_consistency(survey: pd.DataFrame, by: str, touchpoints_=None) -> pd.DataFrame:
    """Omnichannel consistency: the mean score of each touchpoint per group of customers (e.g. the channel they
    bought through), and the spread between the best and the worst group. A consistent experience has a small
    spread whichever channel the customer chose.

    Parameters
    ----------
    survey : DataFrame
        One row per respondent, with the group column ``by`` and a score column per touchpoint.
    by : str
        The group column (``"bought"``: online or store).
    touchpoints_ : DataFrame, optional
        A touchpoint table: only its touchpoints that have a survey column, in journey order (default: every
        numeric column but ``by``).

    Returns
    -------
    DataFrame
        Index ``touchpoint``; one column per group (mean score), ``spread`` (largest − smallest mean), ``n_<group>``
        counts in ``.attrs["n"]``; sorted by spread, largest first.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"bought": ["online", "online", "store", "store"], "delivery": [2, 3, 4, 5],
    ...                   "checkout": [5, 4, 4, 5]})
    >>> channel_consistency(s, "bought")  # doctest: +NORMALIZE_WHITESPACE
                online  store  spread
    touchpoint
    delivery       2.5    4.5     2.0
    checkout       4.5    4.5     0.0
    """
    by = _check.check_text("by", by)
    frame = _check.check_frame("survey", survey, columns=(by,))
    if touchpoints_ is not None:
        table = _checked(touchpoints_)
        columns = [tp for tp in dict.fromkeys(table["touchpoint"]) if tp in frame.columns]
    else:
        columns = [c for c in frame.columns if c != by and pd.api.types.is_numeric_dtype(frame[c])]
    if not columns:
        raise _error("no_surveyed", touchpoints="—", found=", ".join(map(str, frame.columns)))
    groups = frame[by]
    if groups.isna().any():
        raise _error("blank_group", column=by, row=int(np.flatnonzero(groups.isna().to_numpy())[0]) + 1)
    scores = frame[columns].apply(pd.to_numeric, errors="coerce")
    means = scores.groupby(groups, sort=True).mean().T
    means.index.name = "touchpoint"
    means.columns.name = None
    means["spread"] = means.max(axis=1) - means.min(axis=1)
    out = means.sort_values("spread", ascending=False, kind="stable")
    out.attrs["n"] = groups.value_counts().sort_index().to_dict()
    return out


def what_if(touchpoints_: pd.DataFrame, survey: pd.DataFrame | None, touchpoint: str, score_change: float = 0.0,
            problem_rate=None, scale=(1, 5)):
    """The journey and survey as they would be if one touchpoint's score moved by ``score_change`` points.

    Every respondent's score of that touchpoint moves by ``score_change`` (kept within ``scale``), so does its
    ``csat``; its ``emotion`` moves by the same share of its own −5..+5 range (``score_change`` / scale width ×
    10, kept within −5..+5) — a linear rescaling, an assumption for the what-if, not a finding. ``problem_rate``
    replaces the touchpoint's problem rate when given.

    Returns
    -------
    (DataFrame, DataFrame or None)
        The changed touchpoint table (validated) and the changed survey.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["use"], "touchpoint": ["repair"], "reach": [1], "emotion": [-3.0]})
    >>> new, _ = what_if(tp, None, "repair", 1.0)
    >>> float(new["emotion"].iloc[0])      # -3 + 1 / (5 - 1) x 10
    -0.5
    """
    table = _checked(touchpoints_).copy()
    low, high = _scale(scale)
    if touchpoint not in set(table["touchpoint"]):
        raise _error("unknown_touchpoint", value=_show(touchpoint), accepted=", ".join(table["touchpoint"]))
    score_change = _check.check_number("score_change", score_change)
    rows = table["touchpoint"] == touchpoint
    change = float(score_change)
    if "csat" in table.columns:
        table.loc[rows, "csat"] = np.clip(table.loc[rows, "csat"] + change, *MEASURES["csat"])
    if "emotion" in table.columns:
        width = EMOTION_RANGE[1] - EMOTION_RANGE[0]
        table.loc[rows, "emotion"] = np.clip(table.loc[rows, "emotion"] + change / (high - low) * width,
                                             *EMOTION_RANGE)
    if problem_rate is not None:
        table.loc[rows, "problem_rate"] = _fraction("problem_rate", problem_rate)
    table.attrs["cxlab_journey"] = _fingerprint(table)    # every change above stays within the accepted ranges
    new_survey = survey
    if survey is not None:
        if not isinstance(survey, pd.DataFrame):
            raise _error("survey_not_a_table", value=type(survey).__name__)
        new_survey = survey.copy()
        if touchpoint in new_survey.columns and change:
            new_survey[touchpoint] = np.clip(pd.to_numeric(new_survey[touchpoint], errors="coerce") + change,
                                             low, high)
    return table, new_survey


# ---------------------------------------------------------------------------------------------------------------
# Damage of the touchpoints
# ---------------------------------------------------------------------------------------------------------------

def to_damage(touchpoints_: pd.DataFrame, customers, value_per_customer=None, loyalty_drop=None,
              persona=None) -> pd.DataFrame:
    """Price each touchpoint's problems in lost customers and revenue with :func:`cxlab.damage.touchpoint_damage`.

    The journey gives, per touchpoint, the share of customers passing it (``reach``), its ``problem_rate`` and
    (optionally) ``loyalty_drop``; this hands ``touchpoint``, ``stage``, customers passing it = ``customers`` ×
    reach, ``problem_rate`` and ``loyalty_drop`` (the column, or the one value given) to the damage model, which
    does all the arithmetic (customers affected = passing × problem rate, lost = affected × loyalty drop, revenue
    at risk = lost × value per customer). Nothing is computed here.

    Parameters
    ----------
    touchpoints_ : DataFrame
        A touchpoint table with ``problem_rate`` (and ``loyalty_drop`` unless given).
    customers : number
        Customers starting the journey in the period.
    value_per_customer : number, optional
        Passed on (needed unless the table has a ``value_per_customer`` column).
    loyalty_drop : float in 0..1, optional
        One loyalty drop for every touchpoint, replacing the column.
    persona : str, optional

    Returns
    -------
    DataFrame
        :func:`cxlab.damage.touchpoint_damage`'s Pareto table (largest revenue at risk first).

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["delivery", "repair"],
    ...                    "reach": [1.0, 0.2], "problem_rate": [0.05, 0.4], "loyalty_drop": [0.2, 0.5]})
    >>> to_damage(tp, customers=10_000, value_per_customer=1_000)[["touchpoint", "customers_lost"]]
      touchpoint  customers_lost
    0     repair           400.0
    1   delivery           100.0
    """
    from . import damage

    table = _one_persona(_checked(touchpoints_), persona)
    customers = _check.check_number("customers", customers, low=0)
    if "problem_rate" not in table.columns or table["problem_rate"].isna().any():
        raise _error("need_problem_rate")
    frame = pd.DataFrame({"touchpoint": table["touchpoint"], "stage": table["stage"],
                          "reach": float(customers) * table["reach"], "problem_rate": table["problem_rate"]})
    if loyalty_drop is not None:
        frame["loyalty_drop"] = _fraction("loyalty_drop", loyalty_drop)
    elif "loyalty_drop" in table.columns and table["loyalty_drop"].notna().all():
        frame["loyalty_drop"] = table["loyalty_drop"]
    else:
        raise _error("need_loyalty_drop")
    if "value_per_customer" in table.columns:
        frame["value_per_customer"] = table["value_per_customer"]
    return damage.touchpoint_damage(frame, value_per_customer=value_per_customer)


# ---------------------------------------------------------------------------------------------------------------
# Service blueprint
# ---------------------------------------------------------------------------------------------------------------

def blueprint(touchpoints_: pd.DataFrame, steps: pd.DataFrame, persona=None) -> pd.DataFrame:
    """The service-blueprint view of a journey: for each touchpoint, what happens in each lane (:data:`LANES`).

    Shostack (1984) drew services as processes split by a *line of visibility*; Bitner, Ostrom & Morgan (2008)
    give today's lanes: customer actions, front-stage (visible) actions, back-stage actions, support processes.
    ``steps`` says, per touchpoint and lane, what is done (``text_zh``/``text_en`` or ``text``) and whether that
    step is where the touchpoint breaks (``fails`` = 1): so a class sees which back-office step causes a pain point.

    Parameters
    ----------
    touchpoints_ : DataFrame
        A touchpoint table.
    steps : DataFrame
        Columns ``touchpoint``, ``lane`` (:data:`LANES`), a text column, optional ``fails`` (0/1).

    Returns
    -------
    DataFrame
        One row per step, in journey and lane order: ``position``, ``stage``, ``touchpoint``, ``lane``, ``text``
        (current language), ``fails`` (bool).

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["after_sales"], "touchpoint": ["repair"], "reach": [0.3]})
    >>> steps = pd.DataFrame({"touchpoint": ["repair", "repair"], "lane": ["support", "customer"],
    ...                       "text": ["spare parts", "calls hotline"], "fails": [1, 0]})
    >>> blueprint(tp, steps)[["lane", "text", "fails"]].values.tolist()
    [['customer', 'calls hotline', False], ['support', 'spare parts', True]]
    """
    table = _one_persona(_checked(touchpoints_), persona)
    if not isinstance(steps, pd.DataFrame):
        raise _error("steps_not_a_table", value=type(steps).__name__)
    lang = get_language()
    text_column = next((c for c in (f"text_{lang}", "text") if c in steps.columns), None)
    missing = [c for c in ("touchpoint", "lane") if c not in steps.columns] + ([] if text_column else ["text"])
    if missing:
        raise _error("missing_columns", source=t("journey.source.steps"), missing=", ".join(missing),
                     found=", ".join(map(str, steps.columns)))
    known = dict(zip(table["touchpoint"], range(len(table))))
    rows = []
    for i, step in enumerate(steps.reset_index(drop=True).itertuples(index=False)):
        step = step._asdict()
        if step["touchpoint"] not in known:
            raise _error("step_touchpoint", row=i + 1, value=_show(step["touchpoint"]),
                         accepted=", ".join(table["touchpoint"]))
        if step["lane"] not in LANES:
            raise _error("step_lane", row=i + 1, value=_show(step["lane"]), accepted=", ".join(LANES))
        fails = step.get("fails", 0)
        if fails is None or (isinstance(fails, float) and math.isnan(fails)):
            fails = 0
        if fails not in (0, 1) or isinstance(fails, str):
            raise _error("step_fails", row=i + 1, value=_show(fails))
        text = step[text_column]
        j = known[step["touchpoint"]]
        rows.append((int(table["position"].iloc[j]), table["stage"].iloc[j], step["touchpoint"], step["lane"],
                     "" if not isinstance(text, str) else text, bool(fails), LANES.index(step["lane"]), i))
    out = pd.DataFrame(rows, columns=["position", "stage", "touchpoint", "lane", "text", "fails", "_lane", "_i"])
    out = out.sort_values(["position", "_lane", "_i"], kind="stable").drop(columns=["_lane", "_i"])
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------------------------
# A journey a group filled in, and the template
# ---------------------------------------------------------------------------------------------------------------

_TEMPLATE_COLUMNS = ("stage", "touchpoint", "order", "channel", "owner", "reach", "emotion", "csat", "problem_rate",
                     "loyalty_drop", "delight", "verbatim")


#: The template's example row per stage: channel, reach, emotion (a coffee chain; the texts are in the catalog).
_TEMPLATE_EXAMPLE = {"awareness": ("social", "60%", 1), "consideration": ("app", "40%", 0),
                     "purchase": ("store", "100%", 2), "use": ("store", "100%", 3),
                     "after_sales": ("phone", "5%", -3), "loyalty": ("app", "35%", 2)}


def _header_map() -> dict:
    known = {}
    for column in COLUMNS:
        known.setdefault(_key(column), column)
    for column in _TEMPLATE_COLUMNS:
        for lang in LANGUAGES:
            known.setdefault(_key(t(f"journey.template.column.{column}", lang=lang)), column)
    for column, variants in HEADER_VARIANTS.items():
        for variant in variants:
            known.setdefault(_key(variant), column)
    return known


def read_journey(source, *, sheet=None) -> pd.DataFrame:
    """Read a journey a group filled in (CSV or XLSX, e.g. the kit's template) into a validated touchpoint table.

    Headers may be the column names (``stage``, ``touchpoint`` …), the template's headers in Chinese or English
    (``阶段``, ``触点`` …) or the variants of :data:`HEADER_VARIANTS`; other columns are kept as they are. Stages
    and channels may be written as codes or names (``售后``, ``After-sales``). The file is read by
    :func:`cxlab.surveys.read_table` (UTF-8 or GBK CSV, XLSX, or a DataFrame; title rows above the header are
    skipped); then :func:`touchpoints` checks it, naming the spreadsheet row of any problem.

    Parameters
    ----------
    source : str, pathlib.Path or DataFrame
    sheet : str or int, optional
        Worksheet of an Excel file.

    Returns
    -------
    DataFrame
        As :func:`touchpoints`.

    Raises
    ------
    cxlab.InputError
        Naming the file, and for a cell its spreadsheet row, column, value and what is accepted.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame({"阶段": ["购买", "售后"], "触点": ["下单", "报修"], "到达率": ["100%", "30%"]})
    >>> read_journey(raw)[["stage", "touchpoint", "reach"]].values.tolist()
    [['purchase', '下单', 1.0], ['after_sales', '报修', 0.3]]
    """
    from . import surveys

    table = surveys.read_table(source, sheet=sheet)
    known = _header_map()
    rename, taken = {}, {}
    for column in table.columns:
        target = known.get(_key(column))
        if target is None:
            continue
        if target in taken:
            raise _error("header_twice", source=table.name, first=_show(taken[target]), second=_show(column),
                         column=target)
        taken[target] = column
        rename[column] = target
    frame = table.frame.rename(columns=rename)
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        names = ", ".join(f'{c} ({t(f"journey.template.column.{c}")})' for c in missing)
        raise _error("missing_columns", source=table.name, missing=names,
                     found=", ".join(f'"{c}"' for c in table.columns))
    if "verbatim" in frame.columns:
        lang_column = f"verbatim_{get_language()}"
        if lang_column not in frame.columns:
            frame[lang_column] = frame["verbatim"]
    return touchpoints(frame, _where=_Where(table.name, table.rows, {v: k for k, v in rename.items()}))


def template(lang: str | None = None) -> pd.DataFrame:
    """The journey template a group fills in: the headers in ``lang`` and one example row per stage.

    ``cxlab practice`` copies it into the learner's workspace (``04_journey_template.csv``); :func:`read_journey`
    reads it back.

    Examples
    --------
    >>> list(template("en").columns)[:3]
    ['Stage', 'Touchpoint', 'Order']
    >>> len(template("zh"))
    6
    """
    lang = lang or get_language()
    if lang not in LANGUAGES:
        from . import InputError

        raise InputError(t("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES)))
    rows = []
    for i, stage in enumerate(STAGES, start=1):
        example = f"journey.template.example.{stage}"
        rows.append({
            "stage": t(f"journey.stage.{stage}", lang=lang), "touchpoint": t(example + ".touchpoint", lang=lang),
            "order": 1, "channel": t(f"journey.channel.{_TEMPLATE_EXAMPLE[stage][0]}", lang=lang),
            "owner": t(example + ".owner", lang=lang), "reach": _TEMPLATE_EXAMPLE[stage][1],
            "emotion": _TEMPLATE_EXAMPLE[stage][2], "csat": "", "problem_rate": "", "loyalty_drop": "",
            "delight": "", "verbatim": t(example + ".verbatim", lang=lang),
        })
    frame = pd.DataFrame(rows, columns=list(_TEMPLATE_COLUMNS))
    return frame.rename(columns=lambda c: t(f"journey.template.column.{c}", lang=lang))


def as_template(table: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """A touchpoint table in the template's layout: the template's headers and stage and channel names in ``lang``
    (what the journey builder saves, so a group can open it in Excel and :func:`read_journey` reads it back).

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["use"], "touchpoint": ["first wash"], "reach": [1.0], "channel": ["home"]})
    >>> as_template(tp, "en").iloc[0, [0, 1, 3]].tolist()
    ['Use', 'first wash', "At the customer's home"]
    """
    lang = lang or get_language()
    if lang not in LANGUAGES:
        from . import InputError

        raise InputError(t("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES)))
    tp = _checked(table)
    names = touchpoint_names(tp, lang)
    verbatims = _verbatims(tp, lang)
    frame = pd.DataFrame({
        "stage": [t(f"journey.stage.{s}", lang=lang) for s in tp["stage"]],
        "touchpoint": names,
        "order": tp["position"].to_numpy(),
    })
    frame["channel"] = [t(f"journey.channel.{c}", lang=lang) if isinstance(c, str) else ""
                        for c in (tp["channel"] if "channel" in tp.columns else [None] * len(tp))]
    frame["owner"] = [t(f"journey.owner.{o}", lang=lang) if o in OWNERS else (o if isinstance(o, str) else "")
                      for o in (tp["owner"] if "owner" in tp.columns else [None] * len(tp))]
    for column in ("reach", "emotion", "csat", "problem_rate", "loyalty_drop", "delight"):
        frame[column] = tp[column].to_numpy() if column in tp.columns else np.nan
    frame["verbatim"] = [v or "" for v in verbatims]
    if "persona" in tp.columns:
        frame.insert(0, "persona", tp["persona"].to_numpy())
    return frame.rename(columns=lambda c: t(f"journey.template.column.{c}", lang=lang))


def template_csv(lang: str | None = None) -> bytes:
    """The template as the bytes of the file the kit ships: UTF-8 with a byte-order mark (so Excel shows the
    Chinese headers), ``\\r\\n`` line ends as Excel writes them."""
    return template(lang).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

#: Colours of the map: pain points, itch points, moments of truth, the curve.
COLORS = {"pain": "#D55E00", "itch": "#009E73", "mot": "#0072B2", "curve": "#333333", "band": ("#f4f6fa",
                                                                                                "#e8edf5")}


def _wrap(text: str, width: int) -> str:
    from .plotting import wrap

    return wrap(text, width)


def plot_journey_map(touchpoints_: pd.DataFrame, mot: MomentsOfTruth | None = None, column: str = "emotion",
                     persona=None, ax=None, show_verbatims: bool = False):
    """The journey map: stages as columns, touchpoints under them, the emotion curve across; peak, trough and end
    labelled; pain points (▼), itch points (★) and moments of truth (ringed) marked when ``mot`` is given.

    Drawn by :class:`JourneyMapChart` (which the journey explorer updates in place).

    Parameters
    ----------
    touchpoints_ : DataFrame
        A touchpoint table with the ``column`` measure.
    mot : MomentsOfTruth, optional
        From :func:`moments_of_truth` on the same journey.
    column : str
        The curve's measure (see :func:`emotion_curve`).
    persona : str, optional
    ax : matplotlib Axes, optional
    show_verbatims : bool
        Write the peak's and trough's verbatims next to them.

    Returns
    -------
    matplotlib Axes

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["purchase", "use", "after_sales"], "touchpoint": ["buy", "use", "repair"],
    ...                    "reach": 1, "emotion": [2, 4, -3]})
    >>> ax = plot_journey_map(tp)
    >>> [tick.get_text() for tick in ax.get_xticklabels()]
    ['buy', 'use', 'repair']
    """
    show_verbatims = _check.check_bool("show_verbatims", show_verbatims)
    n = len(emotion_curve(touchpoints_, column, persona=persona).points)
    return JourneyMapChart(_style.axes(ax, (max(12.0, 1.15 * n + 2.5), 7.2)), touchpoints_, mot, column=column,
                           persona=persona, show_verbatims=show_verbatims).ax


class JourneyMapChart:
    """The journey map of :func:`plot_journey_map` as a chart object: stage bands, stage names, touchpoint names,
    axes and legend made once; the curve, the dots and their colours, the moment-of-truth rings, the pain and
    itch marks, the peak / trough / end labels and the title changed in place by :meth:`update` (same
    touchpoints in the same order; another journey needs another chart). ``compact=True`` (a panel of an
    explorer): touchpoint names in short lines and a smaller size, the legend of all three marks beside the title.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> tp = pd.DataFrame({"stage": ["purchase", "use", "after_sales"], "touchpoint": ["buy", "use", "repair"],
    ...                    "reach": 1, "emotion": [2, 4, -3]})
    >>> chart = JourneyMapChart(plt.subplots()[1], tp)
    >>> chart.update(tp.assign(emotion=[2, 4, 1])); chart.line.get_ydata().tolist()
    [2.0, 4.0, 1.0]
    """

    def __init__(self, ax, touchpoints_, mot: MomentsOfTruth | None = None, column: str = "emotion", persona=None,
                 show_verbatims: bool = False, compact: bool = False):
        self.show_verbatims = _check.check_bool("show_verbatims", show_verbatims)
        self.compact = _check.check_bool("compact", compact)
        self.ax, self.column, self.persona = ax, column, persona
        curve = emotion_curve(touchpoints_, column, persona=persona)
        points = curve.points
        n = len(points)
        self.touchpoints = tuple(points["touchpoint"])
        x = np.arange(n)
        self.x = x
        low, high = MEASURES[column] if column in MEASURES else (EMOTION_RANGE)
        span = high - low
        self.span = span
        room = 0.18 * span if self.show_verbatims else 0.0   # a verbatim makes a peak or trough label taller
        top, bottom = high + 0.30 * span + room, low - (0.17 if compact else 0.08) * span - room
        self.bands = stage_bands(ax, points["stage"].tolist(), y=high + 0.22 * span + room)
        if column == "emotion":
            ax.axhline(0, color="grey", lw=1.2, ls="--", zorder=1)
        self.line = ax.plot(x, np.zeros(n), color=COLORS["curve"], lw=2.8, zorder=3)[0]
        self.dots = ax.scatter(x, np.zeros(n), s=120, c=["grey"] * n, zorder=4, edgecolors="white", linewidths=1.5)
        empty = np.zeros((0, 2))
        self.rings = ax.scatter(empty[:, 0], empty[:, 1], s=460, facecolors="none", edgecolors=COLORS["mot"],
                                linewidths=2.6, zorder=5, label=t("journey.plot.mot"))
        self.pain = ax.scatter(empty[:, 0], empty[:, 1], marker="v", s=260, color=COLORS["pain"], zorder=5,
                               label=t("journey.plot.pain"))
        self.itch = ax.scatter(empty[:, 0], empty[:, 1], marker="*", s=380, color=COLORS["itch"], zorder=5,
                               label=t("journey.plot.itch"))
        # peak, trough, end: one label per point (the end joins a peak or trough it coincides with)
        self.marks = [ax.annotate("", (0, 0), xytext=(0, 22), textcoords="offset points", ha="center",
                                  va="bottom", fontsize="small" if compact else "medium", fontweight="bold",
                                  zorder=6, visible=False,
                                  bbox=dict(boxstyle="round,pad=0.25", fc="white", ec="#999999", alpha=0.95))
                      for _ in range(3)]
        names = touchpoint_names(points)
        if compact:     # an explorer panel: each name as wide as its room under the map allows, never touching
            spec = ax.get_subplotspec()
            share = (spec.colspan.stop - spec.colspan.start) / spec.get_gridspec().ncols if spec else 1.0
            room = (ax.figure.bbox.width * share - 140) / max(n, 1) - 10    # the y axis takes about 140 px
            from .plotting import fit_names

            labels, size = fit_names(ax, names, room, fontsize="small")
            ax.set_xticks(x, labels, fontsize=size)
        else:
            ax.set_xticks(x, [_wrap(name, 8) for name in names], fontsize="medium")
        ax.set_xlim(-0.5, n - 0.5)
        ax.set_ylim(bottom, top)
        step = 1 if span <= 10 and not compact else 2      # a panel's axis is short: every other value
        ax.set_yticks(np.arange(step * math.ceil(low / step), math.floor(high) + 1, step))
        ax.set_ylabel(t(f"journey.plot.axis.{column}"))
        ax.grid(axis="x", visible=False)
        self.has_mot = mot is not None
        self.update(touchpoints_, mot)
        if self.has_mot and compact:   # a pain or itch point may appear after a change: all three, over the map
            ax.legend(handles=[self.rings, self.pain, self.itch], loc="lower right", bbox_to_anchor=(1.0, 1.0),
                      ncol=3, frameon=False, fontsize="small", markerscale=0.5, borderaxespad=0.1,
                      handletextpad=0.3, columnspacing=1.0)
        elif self.has_mot:
            handles = [self.rings] + [h for h in (self.pain, self.itch) if len(h.get_offsets())]
            ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=len(handles),
                      frameon=False, fontsize="medium", markerscale=0.7)

    def update(self, touchpoints_, mot: MomentsOfTruth | None = None) -> None:
        """Show ``touchpoints_`` (and ``mot``): the same touchpoints as at construction, new values."""
        curve = emotion_curve(touchpoints_, self.column, persona=self.persona)
        points = curve.points
        if tuple(points["touchpoint"]) != self.touchpoints:
            raise _error("map_touchpoints", expected=", ".join(self.touchpoints),
                         value=", ".join(points["touchpoint"]))
        x, span, column = self.x, self.span, self.column
        y = points["value"].to_numpy(float)
        self.line.set_ydata(y)
        self.dots.set_offsets(np.column_stack([x, y]))
        self.dots.set_facecolors([COLORS["itch"] if v > 0 else COLORS["pain"] if v < 0 else "grey" for v in y]
                                 if column == "emotion" else [COLORS["curve"]] * len(y))
        empty = np.zeros((0, 2))
        for artist in (self.rings, self.pain, self.itch):
            artist.set_offsets(empty)
        if mot is not None:
            if not isinstance(mot, MomentsOfTruth):
                raise _error("bad_mot", value=type(mot).__name__)
            flags = mot.table.set_index("touchpoint").reindex(points["touchpoint"])
            ring, pain, itch = (flags[c].fillna(False).to_numpy(bool) for c in ("moment_of_truth", "pain", "itch"))
            self.rings.set_offsets(np.column_stack([x[ring], y[ring]]))
            self.pain.set_offsets(np.column_stack([x[pain], y[pain] + 0.09 * span]))
            self.itch.set_offsets(np.column_stack([x[itch], y[itch] + 0.09 * span]))
        marks = {}
        for key in ("peak", "trough", "end"):
            i = int(np.flatnonzero(points["touchpoint"].to_numpy() == getattr(curve, key)["touchpoint"])[0])
            marks.setdefault(i, []).append(t(f"journey.plot.{key}"))
        verbatims = _verbatims(points) if self.show_verbatims else [None] * len(y)
        for text in self.marks:
            text.set_visible(False)
        for text, (i, names) in zip(self.marks, marks.items()):
            above = y[i] >= (y.max() + y.min()) / 2 or y[i] == y.max()
            if y[i] == y.min() and y[i] != y.max():
                above = False
            label = " · ".join(names) + (f" {y[i]:+.1f}" if column == "emotion" else f" {y[i]:.1f}")
            if verbatims[i]:
                label += "\n" + _wrap("“" + verbatims[i] + "”", 22)
            text.set_text(label)
            text.xy = (x[i], y[i])
            gap = 14 if self.compact else 22
            text.set_position((0, gap if above else -gap - 2))
            text.set_va("bottom" if above else "top")
            text.set_visible(True)
        self.title = self.ax.set_title(t("journey.plot.map_title", peak_end=f"{curve.peak_end:+.1f}" if column == "emotion"
                            else f"{curve.peak_end:.1f}", mean=f"{curve.mean:+.1f}" if column == "emotion"
                            else f"{curve.mean:.1f}"), loc="left", fontsize="large")
        self.curve = curve

    def artists(self) -> list:
        """What :meth:`update` changes (everything else is the background)."""
        return [self.line, self.dots, self.rings, self.pain, self.itch, *self.marks, self.title]


def stage_bands(ax, stages, y, fontsize="large") -> list:
    """Shade the runs of equal ``stages`` (one code per x position 0, 1, …) in alternating bands with a white
    gap between them, and write each stage's name centred over its band at height ``y`` (data units). Used by
    the journey map and the persona curves. Returns the name texts.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = plt.subplots()[1]
    >>> len(stage_bands(ax, ["awareness", "purchase", "purchase", "use"], y=5.5))
    3
    """
    from .plotting import fit_names

    n = len(stages)
    starts = [i for i in range(n) if i == 0 or stages[i] != stages[i - 1]]
    texts = []
    unit = ax.get_window_extent().width / max(n, 1)     # pixels per touchpoint (before the layout: a little less)
    for k, first in enumerate(starts):
        last = starts[k + 1] - 1 if k + 1 < len(starts) else n - 1
        # a white gap between two bands (the axes' ground), not a white line a label could be said to cross
        ax.axvspan(first - 0.5 + (0.025 if k else 0), last + 0.5 - (0.025 if k + 1 < len(starts) else 0),
                   color=COLORS["band"][k % 2], zorder=0, lw=0)
        # the name within its band: on two lines or smaller where one touchpoint's band is narrow
        (label,), size = fit_names(ax, [stage_name(stages[first])], unit * (last - first + 1) - 10, fontsize,
                                   lines=2, smallest=0.6, weight="bold")
        texts.append(ax.text((first + last) / 2, y, label, ha="center", va="center", fontsize=size,
                             fontweight="bold", color="#1f3b63", zorder=3))
    return texts


def _mot(mot):
    if not isinstance(mot, MomentsOfTruth):
        raise _error("bad_mot", value=type(mot).__name__)
    return mot


def plot_ipa(mot: MomentsOfTruth, ax=None, outcome_label=None):
    """The importance–performance grid of :func:`moments_of_truth`: importance (share of R²) across, mean score
    up, split at the result's splits, quadrants named (``stats.ipa.*``), pain points and itch points marked, bubble
    size by reach. Drawn with the shared :func:`cxlab.plotting.quadrant_grid` and :func:`cxlab.plotting.place_labels`.

    ``outcome_label`` is the outcome's name in the title (default: the survey column's name).

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["delivery", "repair"],
    ...                    "reach": [1.0, 0.5]})
    >>> survey = pd.DataFrame({"delivery": [4, 5, 4, 5, 3, 4], "repair": [1, 2, 3, 2, 1, 3],
    ...                        "overall": [2, 3, 4, 3, 1, 4]})
    >>> ax = plot_ipa(moments_of_truth(tp, survey, "overall"))
    >>> ax.get_xlabel() != ""
    True
    """
    from matplotlib.ticker import PercentFormatter

    from . import plotting

    mot = _mot(mot)
    table = mot.table[mot.table["surveyed"]].reset_index(drop=True)
    ax = _style.axes(ax, (10, 7.5))
    xs, ys = table["importance"].to_numpy(float), table["performance"].to_numpy(float)
    sx, sy = mot.importance_split, mot.performance_split
    xpad = max((xs.max() - xs.min()) * 0.08, 0.01)
    ypad = max((ys.max() - ys.min()) * 0.08, 0.05)
    extent = (max(min(xs.min(), sx) - xpad, 0.0), max(xs.max(), sx) + xpad,
              min(ys.min(), sy) - ypad, max(ys.max(), sy) + ypad)
    grey = "#666666"
    grid = plotting.quadrant_grid(ax, {"tl": (t("stats.ipa.overkill"), grey),
                                       "tr": (t("stats.ipa.keep_up"), COLORS["mot"]),
                                       "br": (t("stats.ipa.concentrate"), COLORS["pain"]),
                                       "bl": (t("stats.ipa.low_priority"), grey)},
                                  split=(sx, sy), extent=extent, fontsize="medium")
    colours = [COLORS["pain"] if p else COLORS["itch"] if i else COLORS["mot"]
               for p, i in zip(table["pain"], table["itch"])]
    sizes = 140 + 500 * table["reach"].to_numpy(float)
    points = ax.scatter(xs, ys, s=sizes, c=colours, alpha=0.85, zorder=3, edgecolors="white", linewidths=1.5)
    plotting.place_labels(ax, xs, ys, [_wrap(n, 14) for n in touchpoint_names(table)], sizes=sizes,
                          avoid=grid.names + grid.lines + [points], points=points, fontsize="medium")
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel(t("journey.plot.importance"))
    ax.set_ylabel(t("journey.plot.performance", low=f"{mot.scale[0]:g}", high=f"{mot.scale[1]:g}"))
    outcome = mot.outcome if outcome_label is None else _check.check_text("outcome_label", outcome_label)
    ax.set_title(t("journey.plot.ipa_title", outcome=outcome, r2=f"{mot.r_squared:.2f}", n=mot.n),
                 loc="left", fontsize="large")
    return ax


def plot_priority(mot: MomentsOfTruth, ax=None, top=None):
    """Pareto chart of priority (importance × gap × reach): bars largest first, cumulative share on the right
    axis, pain points in the pain colour — the shared :func:`cxlab.plotting.pareto_bars`.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["delivery", "repair"],
    ...                    "reach": [1.0, 0.5]})
    >>> survey = pd.DataFrame({"delivery": [4, 5, 4, 5, 3, 4], "repair": [1, 2, 3, 2, 1, 3],
    ...                        "overall": [2, 3, 4, 3, 1, 4]})
    >>> ax = plot_priority(moments_of_truth(tp, survey, "overall"))
    >>> [tick.get_text() for tick in ax.get_xticklabels()]
    ['repair', 'delivery']
    """
    mot = _mot(mot)
    if top is not None:
        top = int(_check.check_number("top", top, low=1, integer=True))
    n = len(mot.ranking()) if top is None else min(top, len(mot.ranking()))
    return PriorityChart(_style.axes(ax, (max(9.0, 1.0 * n + 3), 6)), mot, top=top).ax


class PriorityChart:
    """The priority Pareto of :func:`plot_priority` as a chart object: :meth:`update` shows another
    :func:`moments_of_truth` result with as many touchpoints in place (bars, colours, names, cumulative line).
    ``compact=True`` (a panel of an explorer): names wrapped in short lines instead of slanted.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> tp = pd.DataFrame({"stage": ["purchase", "after_sales"], "touchpoint": ["delivery", "repair"],
    ...                    "reach": [1.0, 0.5]})
    >>> survey = pd.DataFrame({"delivery": [4, 5, 4, 5, 3, 4], "repair": [1, 2, 3, 2, 1, 3],
    ...                        "overall": [2, 3, 4, 3, 1, 4]})
    >>> chart = PriorityChart(plt.subplots()[1], moments_of_truth(tp, survey, "overall"))
    >>> len(chart.chart.bars)
    2
    """

    def __init__(self, ax, mot: MomentsOfTruth, top=None, compact: bool = False):
        from matplotlib.patches import Patch

        from . import plotting

        mot = _mot(mot)
        if top is not None:
            top = int(_check.check_number("top", top, low=1, integer=True))
        self.ax, self.top = ax, top
        self.compact = _check.check_bool("compact", compact)
        names, values, cumulative, colours = self._rows(mot)
        self.chart = plotting.pareto_bars(ax, names, values, cumulative, guide=0.8,
                                          guide_label=t("journey.plot.eighty"),
                                          cumulative_label=t("journey.plot.cumulative"), line_color="#333333",
                                          fmt=lambda v: f"{v:.3f}", rotate=False if compact else None)
        self.n = len(values)
        if compact:
            ax.tick_params(axis="x", labelsize="small")
        ax.yaxis.set_major_formatter(_priority_formatter())
        ax.set_ylabel(t("journey.plot.priority"))
        self.chart.right.set_ylabel(t("journey.plot.cumulative"))
        ax.legend(handles=[Patch(color=COLORS["pain"], label=t("journey.plot.pain")),
                           Patch(color=COLORS["mot"], label=t("journey.plot.mot_other")),
                           Patch(color="#9aa7b8", label=t("journey.plot.other"))],
                  loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=3, frameon=False, fontsize="medium",
                  handlelength=1.2, columnspacing=1.0, borderaxespad=0.2)
        ax.set_title(t("journey.plot.priority_title"), loc="left", fontsize="large", pad=30)
        self._colour(colours)
        self.key = _damage().steady_pareto(self.chart)

    def _rows(self, mot):
        full = mot.ranking()
        ranked = full if self.top is None else full.head(self.top)
        values = ranked["priority"].to_numpy(float)
        total = full["priority"].sum()
        cumulative = np.cumsum(values) / total if total > 0 else np.zeros(len(values))
        colours = [COLORS["pain"] if p else COLORS["mot"] if m else "#9aa7b8"
                   for p, m in zip(ranked["pain"], ranked["moment_of_truth"])]
        return [_wrap(s, 9 if self.compact else 12) for s in touchpoint_names(ranked)], values, cumulative, colours

    def _colour(self, colours):
        for bar, colour in zip(self.chart.bars, colours):
            bar.set_color(colour)

    def update(self, mot: MomentsOfTruth) -> None:
        """Show ``mot`` (as many ranked touchpoints as at construction)."""
        names, values, cumulative, colours = self._rows(_mot(mot))
        if len(values) != self.n:
            raise _error("map_touchpoints", expected=str(self.n), value=str(len(values)))
        self.chart.update(values, cumulative, labels=names)
        self._colour(colours)
        self.key = _damage().steady_pareto(self.chart)

    def artists(self) -> list:
        """What :meth:`update` changes between two redraws of the background: bars, line, value labels
        (the names and the value limit are :attr:`key`, see :func:`cxlab.damage.steady_pareto`)."""
        return _damage().moving_pareto(self.chart)


def _damage():
    from . import damage

    return damage


def _priority_formatter():
    """Tick labels of priority values (three decimals at most, no trailing zeros)."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _: f"{v:.3f}".rstrip("0").rstrip(".") if v else "0")


def plot_emotion_curves(curves: dict, ax=None, labels=None):
    """Several emotion curves on one chart (personas), over the touchpoints they share, each with its peak–end;
    the journey's stages as bands behind them with their names above (:func:`stage_bands`, as on the map).

    Parameters
    ----------
    curves : dict
        ``{persona: EmotionCurve}`` (e.g. from :func:`persona_curves`).
    labels : dict, optional
        ``{persona: display name}``.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"persona": ["a", "a", "b", "b"], "stage": ["use", "loyalty"] * 2,
    ...                    "touchpoint": ["x", "y"] * 2, "reach": 1, "emotion": [1, 3, -2, 0]})
    >>> ax = plot_emotion_curves(persona_curves(tp))
    >>> len(ax.get_lines()) >= 2
    True
    """
    if not isinstance(curves, dict) or not curves or not all(isinstance(c, EmotionCurve) for c in curves.values()):
        raise _error("bad_curves")
    labels = labels or {}
    first = next(iter(curves.values())).points
    order = list(first["touchpoint"])
    for curve in list(curves.values())[1:]:
        order += [tp for tp in curve.points["touchpoint"] if tp not in order]
    ax = _style.axes(ax, (max(11.0, 0.95 * len(order) + 3), 6.5))
    names = dict(zip(first["touchpoint"], touchpoint_names(first)))
    stages = dict(zip(first["touchpoint"], first["stage"]))
    for k, (persona, curve) in enumerate(curves.items()):
        names.update({tp: n for tp, n in zip(curve.points["touchpoint"], touchpoint_names(curve.points))
                      if tp not in names})
        stages.update({tp: s for tp, s in zip(curve.points["touchpoint"], curve.points["stage"]) if tp not in stages})
        xs = [order.index(tp) for tp in curve.points["touchpoint"]]
        colour = _style.PALETTE[k % len(_style.PALETTE)]
        ax.plot(xs, curve.points["value"], marker="o", lw=2.6, ms=8, color=colour,
                label=t("journey.plot.persona_line", persona=labels.get(persona, persona),
                        peak_end=f"{curve.peak_end:+.1f}", mean=f"{curve.mean:+.1f}"))
    column = next(iter(curves.values())).column
    low, high = MEASURES[column] if column in MEASURES else EMOTION_RANGE
    span = high - low
    # the stages as bands behind the curves, their names in a row above them (as on the journey map)
    stage_bands(ax, [stages[tp] for tp in order], y=high + 0.13 * span, fontsize="medium")
    ax.set_xlim(-0.5, len(order) - 0.5)
    if column == "emotion":
        ax.axhline(0, color="grey", lw=1.1, ls="--")
    ax.set_ylim(low - 0.05 * span, high + 0.21 * span)
    ax.set_yticks(np.arange(math.ceil(low), math.floor(high) + 1, 1 if span <= 10 else 2))
    ax.set_xticks(range(len(order)), [_wrap(names[tp], 12) for tp in order], rotation=30 if len(order) > 8 else 0,
                  ha="right" if len(order) > 8 else "center")
    ax.set_ylabel(t(f"journey.plot.axis.{next(iter(curves.values())).column}"))
    ax.grid(axis="x", visible=False)
    ax.legend(loc="lower left", fontsize="medium", frameon=True)
    ax.set_title(t("journey.plot.personas_title"), loc="left", fontsize="large")
    return ax


def plot_blueprint(steps: pd.DataFrame, mot: MomentsOfTruth | None = None, touchpoints_=None, ax=None):
    """The service blueprint of :func:`blueprint`: one column per touchpoint, one lane per row of :data:`LANES`,
    the lines of interaction, visibility and internal interaction between them; steps where a touchpoint breaks
    outlined in the pain colour, and the columns of pain points (from ``mot``) shaded.

    Examples
    --------
    >>> import pandas as pd
    >>> tp = pd.DataFrame({"stage": ["after_sales"], "touchpoint": ["repair"], "reach": [0.3]})
    >>> steps = pd.DataFrame({"touchpoint": ["repair", "repair"], "lane": ["support", "customer"],
    ...                       "text": ["spare parts", "calls hotline"], "fails": [1, 0]})
    >>> ax = plot_blueprint(blueprint(tp, steps))
    >>> len(ax.texts) >= 2
    True
    """
    need = {"position", "touchpoint", "lane", "text", "fails", "stage"}
    if not isinstance(steps, pd.DataFrame) or not need <= set(steps.columns):
        raise _error("bad_blueprint", columns=", ".join(sorted(need)))
    columns = list(dict.fromkeys(steps.sort_values("position", kind="stable")["touchpoint"]))
    names = dict(zip(columns, columns))
    if touchpoints_ is not None:
        tp = _checked(touchpoints_)
        names.update(dict(zip(tp["touchpoint"], touchpoint_names(tp))))
    n = len(columns)
    ax = _style.axes(ax, (max(12.0, 2.3 * n + 2), 8.2))
    pain = set()
    if mot is not None:
        pain = set(_mot(mot).table.loc[mot.table["pain"], "touchpoint"])
    for j, tp in enumerate(columns):
        if tp in pain:
            ax.axvspan(j - 0.5, j + 0.5, color=COLORS["pain"], alpha=0.08, lw=0)
        ax.text(j, len(LANES) - 0.28, _wrap(names[tp], 14), ha="center", va="bottom", fontsize="medium",
                fontweight="bold", color=COLORS["pain"] if tp in pain else "#1f3b63")
    for _, step in steps.iterrows():
        j = columns.index(step["touchpoint"])
        row = len(LANES) - 1 - LANES.index(step["lane"])
        ax.text(j, row, _wrap(step["text"], 16), ha="center", va="center", fontsize="small", wrap=True,
                bbox=dict(boxstyle="round,pad=0.4", fc="#fff4ee" if step["fails"] else "white",
                          ec=COLORS["pain"] if step["fails"] else "#8899aa", lw=2.4 if step["fails"] else 1))
    lines = ("interaction", "visibility", "internal")
    for k, key in enumerate(lines):
        yline = len(LANES) - 1.5 - k
        ax.axhline(yline, color="#555555", ls="--" if key == "visibility" else ":", lw=1.6 if key == "visibility"
                   else 1.1)
        ax.text(n - 0.5, yline, t(f"journey.plot.line.{key}"), ha="right", va="bottom", fontsize="small",
                color="#555555", style="italic")
    ax.set_yticks(range(len(LANES)), [t(f"journey.lane.{lane}") for lane in reversed(LANES)], fontsize="medium")
    ax.set_xticks([])
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(-0.6, len(LANES) + 0.2)
    ax.grid(False)
    ax.set_title(t("journey.plot.blueprint_title"), loc="left", fontsize="large")
    return ax
