"""The experience damage model (market damage model): what customers' problems cost in customers and revenue.

Where the model comes from
--------------------------
TARP (Technical Assistance Research Programs; John Goodman) measured, for the US White House Office of Consumer
Affairs, how likely customers who had a problem are to buy again, depending on what happened next: they did not
complain, they complained and the problem was not resolved, it was resolved, or it was resolved quickly
(TARP 1986, "Consumer complaint handling in America: an update study", Washington DC: White House Office of
Consumer Affairs; Goodman, "Basic facts on customer complaint behavior and the impact of service on the bottom
line", Competitive Advantage, 1999). TARP called the spreadsheet built on these rates its "market damage model",
but never published it as a formula. This module **reconstructs** it from TARP's published parameters:

1. customers with a problem   = customers x problem_rate
2. complainers                = customers with a problem x complaint_rate;  silent = the rest
3. complainers are split by the outcome of their complaint (shares that sum to 1):
   resolved quickly / resolved / unresolved
4. each group g of n_g customers keeps buying with its loyalty (repurchase) rate l_g:
   retained_g = n_g x l_g,  lost_g = n_g x (1 - l_g),  revenue_lost_g = lost_g x value_per_customer
5. customers lost = sum of lost_g;  revenue at risk = customers lost x value_per_customer
6. optionally, against a baseline loyalty b of customers *without* a problem:
   excess lost_g = n_g x (b - l_g) -- the customers lost *because of* the problem; a negative excess is the
   recovery effect (a well-handled complaint can make a customer more loyal than one who never had a problem)
7. optionally, word of mouth: each lost customer tells ``told_unhappy`` people, each retained complainer whose
   problem was resolved tells ``told_happy`` people; a share ``conversion`` of listeners is swayed:
   prospects lost = customers lost x told_unhappy x conversion,
   prospects won  = retained resolved complainers x told_happy x conversion,
   word-of-mouth value = (prospects won - prospects lost) x value_per_prospect,
   net value at risk = revenue at risk - word-of-mouth value

Assumptions the reconstruction makes (all of them visible and changeable inputs): one period (the loyalty rates
are "will buy again" rates, read as the share of the group still buying next period); one value per customer for
every group; every customer has at most one problem; the outcome shares are shares of complainers; word of mouth
is counted once, from the customers of this period, and its listeners are worth ``value_per_prospect`` each.

Examples
--------
>>> from cxlab import damage
>>> r = damage.market_damage(customers=100_000, problem_rate=0.30, complaint_rate=0.25,
...                          outcomes={"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
...                          loyalty="large", value_per_customer=500)
>>> round(r.customers_lost), round(r.revenue_at_risk)
(24135, 12067500)
"""
from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import plotting
from . import style as _style
from .i18n import t

__all__ = [
    "GROUPS", "OUTCOMES", "TARP_LOYALTY", "TARP_WORD_OF_MOUTH", "DamageResult", "loyalty_rates",
    "market_damage", "sensitivity", "touchpoint_damage", "TARGETS",
    "funnel_rates", "loyalty_by_outcome", "rate_by_band", "rate_by_group",
    "plot_funnel", "plot_revenue_by_group", "plot_tornado", "plot_pareto", "FunnelChart", "RevenueChart",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: The customer groups of the model, in the order of TARP's table.
GROUPS = ("silent", "unresolved", "resolved", "resolved_quickly")

#: What can happen to a complaint (the outcome shares of complainers).
OUTCOMES = ("resolved_quickly", "resolved", "unresolved")

#: Repurchase (loyalty) rates by what happened after a problem, for small problems (loss under $5) and large
#: problems (loss over $100). Source: TARP (1986), "Consumer complaint handling in America: an update study",
#: White House Office of Consumer Affairs; reported in Goodman (1999). Rows: problem size; columns: GROUPS.
TARP_LOYALTY = pd.DataFrame(
    {
        "silent": [0.37, 0.09],
        "unresolved": [0.46, 0.19],
        "resolved": [0.70, 0.54],
        "resolved_quickly": [0.95, 0.82],
    },
    index=pd.Index(["small", "large"], name="problem_size"),
)

#: Word of mouth as TARP reported it: a dissatisfied customer tells 9-10 people, a satisfied one 4-5 (the
#: often-quoted "twice as many"). These are defaults for ``told_unhappy`` / ``told_happy`` only: measure and set
#: your own. TARP published no conversion rate (the share of listeners swayed); you must always set it.
TARP_WORD_OF_MOUTH = {"told_unhappy": 10.0, "told_happy": 5.0}

#: Results that :func:`sensitivity` can take as its target.
TARGETS = ("customers_lost", "revenue_at_risk", "excess_lost", "excess_revenue", "prospects_lost",
           "prospects_won", "word_of_mouth_value", "net_value_at_risk")


# ---------------------------------------------------------------------------------------------------------------
# Input checks (every message from the catalog, naming the parameter, the value and what is accepted)
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from ._check import error

    return error(key, **fmt)


def _number(name, value):
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise _error("core.error.not_a_number", name=name, value=value)
    return float(value)


def _rate(name, value):
    value = _number(name, value)
    if not 0.0 <= value <= 1.0:
        raise _error("core.error.out_of_range", name=name, value=value, low=0, high=1)
    return value


def _non_negative(name, value):
    value = _number(name, value)
    if value < 0:
        raise _error("damage.error.negative", name=name, value=value)
    return value


def loyalty_rates(loyalty) -> dict:
    """The loyalty rates per group as a dict: TARP's ``'small'``/``'large'`` row, or a checked copy of a dict.

    Examples
    --------
    >>> loyalty_rates("small")["resolved_quickly"]
    0.95
    """
    if isinstance(loyalty, str):
        if loyalty not in TARP_LOYALTY.index:
            raise _error("core.error.bad_choice", name="loyalty", value=loyalty,
                         accepted=", ".join(TARP_LOYALTY.index) + t("damage.error.or_dict"))
        return {g: float(TARP_LOYALTY.loc[loyalty, g]) for g in GROUPS}
    if not isinstance(loyalty, dict):
        raise _error("core.error.bad_choice", name="loyalty", value=loyalty,
                     accepted=", ".join(TARP_LOYALTY.index) + t("damage.error.or_dict"))
    _same_keys("loyalty", loyalty, GROUPS)
    return {g: _rate(f"loyalty[{g!r}]", loyalty[g]) for g in GROUPS}


def _same_keys(name, given, expected):
    missing = [k for k in expected if k not in given]
    extra = [k for k in given if k not in expected]
    if missing or extra:
        raise _error("damage.error.keys", name=name, missing=", ".join(map(str, missing)) or "-",
                     extra=", ".join(map(str, extra)) or "-", accepted=", ".join(expected))


def _outcome_shares(outcomes) -> dict:
    if not isinstance(outcomes, dict):
        raise _error("damage.error.keys", name="outcomes", missing=", ".join(OUTCOMES), extra="-",
                     accepted=", ".join(OUTCOMES))
    _same_keys("outcomes", outcomes, OUTCOMES)
    shares = {k: _rate(f"outcomes[{k!r}]", outcomes[k]) for k in OUTCOMES}
    total = sum(shares.values())
    if abs(total - 1.0) > 1e-9:
        raise _error("damage.error.outcomes_sum", total=f"{total:.12g}",
                     shares=", ".join(f"{k}={v:g}" for k, v in shares.items()))
    return shares


_WOM_KEYS = ("told_unhappy", "told_happy", "conversion", "value_per_prospect")


def _word_of_mouth(word_of_mouth, value_per_customer):
    if not isinstance(word_of_mouth, dict):
        raise _error("damage.error.keys", name="word_of_mouth", missing="conversion", extra="-",
                     accepted=", ".join(_WOM_KEYS))
    extra = [k for k in word_of_mouth if k not in _WOM_KEYS]
    if extra or "conversion" not in word_of_mouth:
        raise _error("damage.error.keys", name="word_of_mouth",
                     missing="-" if "conversion" in word_of_mouth else "conversion",
                     extra=", ".join(map(str, extra)) or "-", accepted=", ".join(_WOM_KEYS))
    wom = dict(TARP_WORD_OF_MOUTH)
    wom["value_per_prospect"] = value_per_customer
    wom.update(word_of_mouth)
    return {
        "told_unhappy": _non_negative("word_of_mouth['told_unhappy']", wom["told_unhappy"]),
        "told_happy": _non_negative("word_of_mouth['told_happy']", wom["told_happy"]),
        "conversion": _rate("word_of_mouth['conversion']", wom["conversion"]),
        "value_per_prospect": _non_negative("word_of_mouth['value_per_prospect']", wom["value_per_prospect"]),
    }


# ---------------------------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class DamageResult:
    """What :func:`market_damage` returns. Every figure can be traced back to ``inputs``.

    Attributes
    ----------
    groups : DataFrame
        One row per group (``GROUPS``): group, customers, loyalty, retained, lost, revenue_lost, and with a
        baseline also excess_lost, excess_revenue (negative = recovery effect).
    customers, customers_with_problem, complainers, silent : float
        The funnel: all customers, those with a problem, those who complained, those who did not.
    customers_lost : float
        Sum over groups of n x (1 - loyalty).
    revenue_at_risk : float
        customers_lost x value_per_customer.
    excess_lost, excess_revenue : float or None
        Customers (revenue) lost beyond the baseline loyalty; None without ``baseline_loyalty``.
    prospects_lost, prospects_won, word_of_mouth_value, net_value_at_risk : float or None
        Word of mouth (None without ``word_of_mouth``); net value at risk = revenue at risk - word-of-mouth value.
    word_of_mouth : dict or None
        The word-of-mouth parameters used (with TARP's defaults filled in).
    inputs : dict
        The inputs exactly as given: ``market_damage(**result.inputs)`` reproduces the result.
    """

    groups: pd.DataFrame
    customers: float
    customers_with_problem: float
    complainers: float
    silent: float
    customers_lost: float
    revenue_at_risk: float
    excess_lost: float | None = None
    excess_revenue: float | None = None
    prospects_lost: float | None = None
    prospects_won: float | None = None
    word_of_mouth_value: float | None = None
    net_value_at_risk: float | None = None
    word_of_mouth: dict | None = None
    inputs: dict = field(default_factory=dict)

    def summary(self) -> pd.DataFrame:
        """The headline figures as a two-column table (metric label in the current language, value)."""
        names = ["customers", "customers_with_problem", "complainers", "silent", "customers_lost",
                 "revenue_at_risk", "excess_lost", "excess_revenue", "prospects_lost", "prospects_won",
                 "word_of_mouth_value", "net_value_at_risk"]
        rows = [(t(f"damage.metric.{n}"), getattr(self, n)) for n in names if getattr(self, n) is not None]
        return pd.DataFrame(rows, columns=[t("damage.metric.label"), t("damage.metric.value")])


def market_damage(customers, problem_rate, complaint_rate, outcomes, loyalty, value_per_customer,
                  baseline_loyalty=None, word_of_mouth=None) -> DamageResult:
    """Customers and revenue lost through problems, by what happened to the customers who had them.

    The market damage model reconstructed from TARP's published parameters (see the module docstring for the
    steps and the assumptions).

    Parameters
    ----------
    customers : float
        Customers in the period (>= 0).
    problem_rate : float
        Share of customers who had a problem, 0 to 1.
    complaint_rate : float
        Share of customers with a problem who complained, 0 to 1.
    outcomes : dict
        Shares of complainers by outcome, ``{'resolved_quickly', 'resolved', 'unresolved'}``, summing to 1.
    loyalty : dict or {'small', 'large'}
        Repurchase rate per group (``GROUPS``, each 0 to 1), or TARP's rates for small / large problems
        (:data:`TARP_LOYALTY`).
    value_per_customer : float
        Revenue (or margin) a retained customer is worth in the period (>= 0).
    baseline_loyalty : float, optional
        Repurchase rate of customers *without* a problem; adds the excess loss columns.
    word_of_mouth : dict, optional
        ``conversion`` (share of listeners swayed, required: TARP published no figure for it),
        ``told_unhappy`` (people each lost customer tells) and ``told_happy`` (people each retained complainer
        whose problem was resolved tells) -- by default TARP's figures, 10 and 5 (:data:`TARP_WORD_OF_MOUTH`;
        TARP reported 9-10 and 4-5). These defaults are a starting point only: set your own from your own
        surveys. ``value_per_prospect`` defaults to ``value_per_customer``.

    Returns
    -------
    DamageResult

    Raises
    ------
    cxlab.InputError
        A rate outside 0 to 1, a negative count or value, outcome shares not summing to 1 (tolerance 1e-9),
        missing or unknown groups.

    Notes
    -----
    Worked example (TARP large-problem loyalty; checked in ``tests/test_damage.py``): 100,000 customers, 30 %
    with a problem, 25 % of them complain, outcomes 40/20/40 % quick/resolved/unresolved, 500 per customer.

    * with a problem 100,000 x 0.30 = 30,000; complain 30,000 x 0.25 = 7,500; silent 22,500
    * resolved quickly 7,500 x 0.4 = 3,000; resolved 7,500 x 0.2 = 1,500; unresolved 7,500 x 0.4 = 3,000
    * lost = 22,500 x 0.91 + 3,000 x 0.81 + 1,500 x 0.46 + 3,000 x 0.18
      = 20,475 + 2,430 + 690 + 540 = 24,135 customers
    * revenue at risk = 24,135 x 500 = 12,067,500

    Examples
    --------
    >>> r = market_damage(100_000, 0.30, 0.25, {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
    ...                   "large", 500, baseline_loyalty=0.9)
    >>> r.groups.set_index("group")["lost"].round(0).to_dict()
    {'silent': 20475.0, 'unresolved': 2430.0, 'resolved': 690.0, 'resolved_quickly': 540.0}
    >>> round(r.excess_lost)    # 30,000 x 0.9 - (30,000 - 24,135) customers kept
    21135
    """
    inputs = {
        "customers": customers, "problem_rate": problem_rate, "complaint_rate": complaint_rate,
        "outcomes": dict(outcomes) if isinstance(outcomes, dict) else outcomes,
        "loyalty": dict(loyalty) if isinstance(loyalty, dict) else loyalty,
        "value_per_customer": value_per_customer, "baseline_loyalty": baseline_loyalty,
        "word_of_mouth": dict(word_of_mouth) if isinstance(word_of_mouth, dict) else word_of_mouth,
    }
    n = _non_negative("customers", customers)
    p = _rate("problem_rate", problem_rate)
    c = _rate("complaint_rate", complaint_rate)
    shares = _outcome_shares(outcomes)
    rates = loyalty_rates(loyalty)
    value = _non_negative("value_per_customer", value_per_customer)
    base = None if baseline_loyalty is None else _rate("baseline_loyalty", baseline_loyalty)
    wom = None if word_of_mouth is None else _word_of_mouth(word_of_mouth, value)

    with_problem = n * p
    complainers = with_problem * c
    silent = with_problem - complainers
    counts = {"silent": silent, **{k: complainers * shares[k] for k in OUTCOMES}}

    groups = pd.DataFrame({"group": list(GROUPS)})
    groups["customers"] = [counts[g] for g in GROUPS]
    groups["loyalty"] = [rates[g] for g in GROUPS]
    groups["retained"] = groups["customers"] * groups["loyalty"]
    groups["lost"] = groups["customers"] * (1.0 - groups["loyalty"])
    groups["revenue_lost"] = groups["lost"] * value
    lost = float(groups["lost"].sum())
    out = dict(groups=groups, customers=n, customers_with_problem=with_problem, complainers=complainers,
               silent=silent, customers_lost=lost, revenue_at_risk=lost * value, inputs=inputs)
    if base is not None:
        groups["excess_lost"] = groups["customers"] * (base - groups["loyalty"])
        groups["excess_revenue"] = groups["excess_lost"] * value
        out["excess_lost"] = float(groups["excess_lost"].sum())
        out["excess_revenue"] = out["excess_lost"] * value
    if wom is not None:
        happy = float(groups.loc[groups["group"].isin(["resolved", "resolved_quickly"]), "retained"].sum())
        out["prospects_lost"] = lost * wom["told_unhappy"] * wom["conversion"]
        out["prospects_won"] = happy * wom["told_happy"] * wom["conversion"]
        out["word_of_mouth_value"] = (out["prospects_won"] - out["prospects_lost"]) * wom["value_per_prospect"]
        out["net_value_at_risk"] = out["revenue_at_risk"] - out["word_of_mouth_value"]
        out["word_of_mouth"] = wom
    return DamageResult(**out)


# ---------------------------------------------------------------------------------------------------------------
# Sensitivity (tornado data)
# ---------------------------------------------------------------------------------------------------------------

_REQUIRED = ("customers", "problem_rate", "complaint_rate", "outcomes", "loyalty", "value_per_customer")
_OPTIONAL = ("baseline_loyalty", "word_of_mouth")


def _renormalised(shares: dict, key: str, new: float) -> dict:
    """Set one outcome share to ``new`` and scale the others so that the shares still sum to 1."""
    others = [k for k in shares if k != key]
    rest_old = sum(shares[k] for k in others)  # not 1 - share: that loses precision when share is near 1
    out = {key: new}
    for k in others:
        value = (1.0 - new) * (shares[k] / rest_old if rest_old > 0 else 1.0 / len(others))
        out[k] = min(max(value, 0.0), 1.0)  # rounding must not push a share past 0..1
    return out


def _varied(inputs: dict):
    """Yield (parameter, base value, is_rate, setter) for every numeric input of ``inputs``."""
    for name in ("customers", "problem_rate", "complaint_rate", "value_per_customer"):
        yield name, float(inputs[name]), name.endswith("_rate"), (lambda d, v, name=name: d.__setitem__(name, v))
    if inputs.get("baseline_loyalty") is not None:
        yield "baseline_loyalty", float(inputs["baseline_loyalty"]), True, \
            (lambda d, v: d.__setitem__("baseline_loyalty", v))
    rates = loyalty_rates(inputs["loyalty"])
    for g in GROUPS:
        def set_loyalty(d, v, g=g):
            d["loyalty"] = {**rates, g: v}
        yield f"loyalty.{g}", rates[g], True, set_loyalty
    shares = _outcome_shares(inputs["outcomes"])
    for k in OUTCOMES:
        def set_share(d, v, k=k):
            d["outcomes"] = _renormalised(shares, k, v)
        yield f"outcomes.{k}", shares[k], True, set_share
    wom = inputs.get("word_of_mouth")
    if wom is not None:
        full = _word_of_mouth(wom, _number("value_per_customer", inputs["value_per_customer"]))
        for k in _WOM_KEYS:
            def set_wom(d, v, k=k):
                d["word_of_mouth"] = {**full, k: v}
            yield f"word_of_mouth.{k}", full[k], k == "conversion", set_wom


def sensitivity(inputs: dict, change=0.1, target="revenue_at_risk") -> pd.DataFrame:
    """Tornado data: how much ``target`` moves when each input moves by -change and +change (relative).

    Every numeric input is varied one at a time, the others held at their values: customers, problem_rate,
    complaint_rate, value_per_customer, baseline_loyalty (if given), each loyalty rate, each outcome share (the
    other two shares rescaled in proportion so that the shares still sum to 1) and the word-of-mouth parameters
    (if given). A rate is clipped to 0..1 after the change.

    Parameters
    ----------
    inputs : dict
        Keyword arguments of :func:`market_damage` (e.g. ``result.inputs``).
    change : float
        Relative change, 0 < change <= 1 (0.1 = values at 90 % and 110 %).
    target : str
        One of :data:`TARGETS`.

    Returns
    -------
    DataFrame
        parameter, base_value, low_value, high_value, target_base, target_low, target_high, swing
        (= |target_high - target_low|), target (the name of the result), sorted by swing, largest first.

    Examples
    --------
    >>> inputs = dict(customers=100_000, problem_rate=0.3, complaint_rate=0.25, value_per_customer=500,
    ...               outcomes={"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}, loyalty="large")
    >>> s = sensitivity(inputs, change=0.1)
    >>> s.loc[0, "parameter"], round(s.loc[0, "target_low"])      # 90 % of the customers: 90 % of the damage
    ('customers', 10860750)
    """
    if not isinstance(inputs, dict):
        raise _error("damage.error.keys", name="inputs", missing=", ".join(_REQUIRED), extra="-",
                     accepted=", ".join(_REQUIRED + _OPTIONAL))
    missing = [k for k in _REQUIRED if k not in inputs]
    extra = [k for k in inputs if k not in _REQUIRED + _OPTIONAL]
    if missing or extra:
        raise _error("damage.error.keys", name="inputs", missing=", ".join(missing) or "-",
                     extra=", ".join(map(str, extra)) or "-", accepted=", ".join(_REQUIRED + _OPTIONAL))
    change = _number("change", change)
    if not 0.0 < change <= 1.0:
        raise _error("core.error.out_of_range", name="change", value=change, low="> 0", high=1)
    if not isinstance(target, str) or target not in TARGETS:
        raise _error("core.error.bad_choice", name="target", value=target, accepted=", ".join(TARGETS))
    base_result = market_damage(**inputs)
    base_target = getattr(base_result, target)
    if base_target is None:
        raise _error("damage.error.target_needs", target=target,
                     needs="baseline_loyalty" if target.startswith("excess") else "word_of_mouth")

    rows = []
    for name, value, is_rate, setter in _varied(inputs):
        row = {"parameter": name, "base_value": value}
        for side, factor in (("low", 1.0 - change), ("high", 1.0 + change)):
            new = value * factor
            if is_rate:
                new = min(max(new, 0.0), 1.0)
            changed = dict(inputs)
            setter(changed, new)
            row[f"{side}_value"] = new
            row[f"target_{side}"] = getattr(market_damage(**changed), target)
        row["target_base"] = base_target
        rows.append(row)
    table = pd.DataFrame(rows, columns=["parameter", "base_value", "low_value", "high_value", "target_base",
                                        "target_low", "target_high"])
    table["swing"] = (table["target_high"] - table["target_low"]).abs()
    table["target"] = target
    return table.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------------------------
# Damage by touchpoint (the bridge to the journey / moments-of-truth analysis)
# ---------------------------------------------------------------------------------------------------------------

_TOUCHPOINT_COLUMNS = ("touchpoint", "reach", "problem_rate", "loyalty_drop")


def touchpoint_damage(touchpoints: pd.DataFrame, value_per_customer=None) -> pd.DataFrame:
    """Customers and revenue lost at each touchpoint, as a Pareto table (largest damage first).

    For each touchpoint: customers_affected = reach x problem_rate; customers_lost = customers_affected x
    loyalty_drop (the share of affected customers who stop buying); revenue_at_risk = customers_lost x
    value_per_customer; share = its revenue at risk / the total; cumulative_share; rank (1 = largest).

    Parameters
    ----------
    touchpoints : DataFrame
        Columns touchpoint, reach (customers passing the touchpoint, >= 0), problem_rate (0..1), loyalty_drop
        (0..1) and optionally value_per_customer (>= 0) per touchpoint.
    value_per_customer : float, optional
        Used where the table has no ``value_per_customer`` column (or an empty cell there).

    Returns
    -------
    DataFrame
        The input columns plus customers_affected, customers_lost, revenue_at_risk, share, cumulative_share, rank.

    Examples
    --------
    >>> tp = pd.DataFrame({"touchpoint": ["checkout", "delivery"], "reach": [10_000, 8_000],
    ...                    "problem_rate": [0.1, 0.2], "loyalty_drop": [0.3, 0.25]})
    >>> touchpoint_damage(tp, value_per_customer=100)[["touchpoint", "customers_lost", "revenue_at_risk", "rank"]]
      touchpoint  customers_lost  revenue_at_risk  rank
    0   delivery           400.0          40000.0     1
    1   checkout           300.0          30000.0     2
    """
    if not isinstance(touchpoints, pd.DataFrame):
        raise _error("damage.error.not_a_table", name="touchpoints",
                     columns=", ".join(_TOUCHPOINT_COLUMNS))
    missing = [c for c in _TOUCHPOINT_COLUMNS if c not in touchpoints.columns]
    if missing:
        raise _error("damage.error.missing_columns", name="touchpoints", missing=", ".join(missing),
                     columns=", ".join(map(str, touchpoints.columns)))
    from ._check import check_number

    value_per_customer = check_number("value_per_customer", value_per_customer, low=0, none=True)
    table = touchpoints.reset_index(drop=True).copy()
    if "value_per_customer" not in table.columns:
        if value_per_customer is None:
            raise _error("damage.error.value_needed")
        table["value_per_customer"] = value_per_customer
    elif value_per_customer is not None:
        table["value_per_customer"] = table["value_per_customer"].where(table["value_per_customer"].notna(),
                                                                         value_per_customer)
    checks = {"reach": _non_negative, "problem_rate": _rate, "loyalty_drop": _rate,
              "value_per_customer": _non_negative}
    for column, check in checks.items():
        values = []
        for row, value in enumerate(table[column].tolist()):
            try:
                if isinstance(value, np.generic):
                    value = value.item()
                values.append(check(column, value))
            except ValueError:
                raise _error("damage.error.bad_cell", name="touchpoints", row=row + 1, column=column,
                             value=value, touchpoint=table.loc[row, "touchpoint"],
                             accepted=t("damage.error.accept_rate" if check is _rate
                                        else "damage.error.accept_non_negative")) from None
        table[column] = values
    table["customers_affected"] = table["reach"] * table["problem_rate"]
    table["customers_lost"] = table["customers_affected"] * table["loyalty_drop"]
    table["revenue_at_risk"] = table["customers_lost"] * table["value_per_customer"]
    table = table.sort_values("revenue_at_risk", ascending=False, kind="stable").reset_index(drop=True)
    total = table["revenue_at_risk"].sum()
    table["share"] = table["revenue_at_risk"] / total if total > 0 else 0.0
    table["cumulative_share"] = table["share"].cumsum()
    table["rank"] = np.arange(1, len(table) + 1)
    return table


# ---------------------------------------------------------------------------------------------------------------
# Rates from your own records (the inputs of the model, estimated from an order log or a complaint log)
# ---------------------------------------------------------------------------------------------------------------

def _check_table(name, frame, columns):
    if not isinstance(frame, pd.DataFrame):
        raise _error("damage.error.not_a_table", name=name, columns=", ".join(map(str, columns)))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise _error("damage.error.missing_columns", name=name, missing=", ".join(map(str, missing)),
                     columns=", ".join(map(str, frame.columns)))
    if len(frame) == 0:
        raise _error("damage.error.no_rows", name=name)


def _flags(name, frame, column) -> pd.Series:
    """The 0/1 column ``column`` as floats; anything else (2, 'yes', an empty cell) is an InputError."""
    values = frame[column]
    bad = ~values.isin([0, 1]).to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise _error("damage.error.not_a_flag", name=name, column=column, row=row + 1,
                     value=values.iloc[row])
    return values.astype(float)


def _filled(name, frame, column):
    """Raise when ``column`` has an empty cell (a group or a band cannot be guessed)."""
    empty = frame[column].isna().to_numpy()
    if empty.any():
        raise _error("damage.error.empty_cell", name=name, column=column, row=int(np.flatnonzero(empty)[0]) + 1)


def _numbers(name, frame, column) -> pd.Series:
    values = pd.to_numeric(frame[column], errors="coerce")
    bad = (values.isna() & frame[column].notna()).to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise _error("damage.error.not_numeric", name=name, column=column, row=row + 1,
                     value=frame[column].iloc[row])
    return values.astype(float)


def _column_name(param, value, none=False):
    """A column-name parameter: text (or a whole number, as pandas allows), else an InputError naming it."""
    if value is None and none:
        return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (str, numbers.Integral)):
        from ._check import invalid

        raise invalid(param, value, _check_takes("column", none))
    return value


def _check_takes(kind, none=False):
    from ._check import takes

    text = t(f"check.takes.{kind}")
    return takes("or_none", takes=text) if none else text


def _as_list(value, param=None) -> list:
    """A column name or a list of them as a list (``None`` → []); with ``param``, anything else is refused."""
    if value is None:
        return []
    if isinstance(value, (str, numbers.Integral)) and not isinstance(value, (bool, np.bool_)):
        return [value]
    if param is not None and (not isinstance(value, (list, tuple)) or not all(
            isinstance(v, (str, numbers.Integral)) and not isinstance(v, (bool, np.bool_)) for v in value)):
        from ._check import invalid

        raise invalid(param, value, t("check.takes.columns"))
    return list(value)


def funnel_rates(frame: pd.DataFrame, problem: str = "problem", complained: str = "complained") -> dict:
    """The problem rate and the complaint rate of :func:`market_damage`, estimated from a log with one row per
    customer (or order).

    * problem_rate   = rows with a problem / all rows
    * complaint_rate = rows with a problem that complained / rows with a problem (0 when nobody had a problem)

    These are the first two steps of TARP's funnel (see the module docstring); a complaint without a problem is
    not counted.

    Parameters
    ----------
    frame : DataFrame
        One row per customer (order), with 0/1 columns ``problem`` and ``complained``.
    problem, complained : str
        The names of those columns.

    Returns
    -------
    dict
        ``{'problem_rate': ..., 'complaint_rate': ...}``, ready for ``market_damage(**rates, ...)``.

    Raises
    ------
    cxlab.InputError
        Not a table, a missing column, no rows, or a cell that is not 0 or 1.

    Examples
    --------
    >>> log = pd.DataFrame({"problem": [1, 1, 1, 1, 0, 0, 0, 0, 0, 0], "complained": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]})
    >>> funnel_rates(log)        # 4 of 10 had a problem, 1 of those 4 complained
    {'problem_rate': 0.4, 'complaint_rate': 0.25}
    """
    _check_table("frame", frame, [_column_name("problem", problem), _column_name("complained", complained)])
    had = _flags("frame", frame, problem)
    said = _flags("frame", frame, complained)
    with_problem = float(had.sum())
    return {"problem_rate": with_problem / len(frame),
            "complaint_rate": float((had * said).sum()) / with_problem if with_problem else 0.0}


def _order(values, known) -> list:
    """Distinct values, the ``known`` ones first in their order, then the rest sorted as text."""
    present = list(pd.unique(values))
    return [k for k in known if k in present] + sorted((v for v in present if v not in known), key=str)


def loyalty_by_outcome(log: pd.DataFrame, outcome: str = "resolution", retained: str = "repurchased_12m",
                       size: str | None = None) -> pd.DataFrame:
    """Your own loyalty (repurchase) rates: the share of customers who bought again, by what happened to their
    complaint (and by problem size), from a complaint log -- to compare with :data:`TARP_LOYALTY`.

    For each group g: customers_g = rows of the group, retained_g = rows with ``retained`` = 1,
    loyalty_g = retained_g / customers_g -- the estimate of TARP's repurchase rate l_g (TARP 1986; Goodman 1999)
    from your own records.

    Parameters
    ----------
    log : DataFrame
        One row per complaining customer.
    outcome : str
        Column with the outcome of the complaint; values ``'resolved_quickly'``, ``'resolved'``, ``'unresolved'``
        (or ``'silent'``) are put in TARP's order and compared with TARP; other values are kept, after them.
    retained : str
        0/1 column: did the customer buy again?
    size : str, optional
        Column with the problem size (``'small'`` / ``'large'``, as in :data:`TARP_LOYALTY`); groups by size and
        outcome, and adds TARP's rate for each group (``tarp_loyalty``; empty where TARP has none).

    Returns
    -------
    DataFrame
        Index: the outcome (with ``size``: size, outcome); columns customers, retained, loyalty
        (and tarp_loyalty with ``size``).

    Raises
    ------
    cxlab.InputError
        Not a table, a missing column, no rows, an empty outcome or size cell, a ``retained`` cell not 0 or 1.

    Notes
    -----
    Worked example (checked in ``tests/test_damage.py``): 4 complaints resolved quickly, 3 of them bought again
    -> 3 / 4 = 0.75; 2 unresolved, none bought again -> 0 / 2 = 0.

    Examples
    --------
    >>> log = pd.DataFrame({"resolution": ["resolved_quickly"] * 4 + ["unresolved"] * 2,
    ...                     "repurchased_12m": [1, 1, 1, 0, 0, 0]})
    >>> loyalty_by_outcome(log)  # doctest: +NORMALIZE_WHITESPACE
                      customers  retained  loyalty
    resolution
    unresolved                2         0     0.00
    resolved_quickly          4         3     0.75
    """
    outcome, retained = _column_name("outcome", outcome), _column_name("retained", retained)
    size = _column_name("size", size, none=True)
    keys = [size, outcome] if size is not None else [outcome]
    _check_table("log", log, [*keys, retained])
    for key in keys:
        _filled("log", log, key)
    flags = _flags("log", log, retained)
    work = pd.DataFrame({key: log[key].to_numpy() for key in keys})
    work["retained"] = flags.to_numpy()
    table = work.groupby(keys, sort=False).agg(customers=("retained", "size"), retained=("retained", "sum"))
    table["retained"] = table["retained"].round().astype(int)
    table["loyalty"] = table["retained"] / table["customers"]
    outcomes = _order(work[outcome], GROUPS)
    if size is None:
        table = table.reindex(pd.Index(outcomes, name=outcome))
    else:
        sizes = _order(work[size], list(TARP_LOYALTY.index))
        wanted = [(s, o) for s in sizes for o in outcomes if (s, o) in table.index]
        table = table.reindex(pd.MultiIndex.from_tuples(wanted, names=keys))
        table["tarp_loyalty"] = [float(TARP_LOYALTY.loc[s, o]) if s in TARP_LOYALTY.index and o in GROUPS
                                 else np.nan for s, o in table.index]
    return table


def _band_labels(bins) -> list:
    def number(x):
        return f"{x:g}"

    return [f"{number(lo)}+" if math.isinf(hi) else t("core.range", low=number(lo), high=number(hi)) for lo, hi in zip(bins, bins[1:])]


def _summarise(frame, keys, flag, means, medians):
    flags = _as_list(flag)
    work = pd.DataFrame({"_group": keys})
    for column in flags:
        work[column] = _flags("frame", frame, column).to_numpy()
    for column in [*_as_list(means), *_as_list(medians)]:
        work[column] = _numbers("frame", frame, column).to_numpy()
    spec = {"n": ("_group", "size")}
    for column in flags:
        name = "share" if isinstance(flag, str) else column
        spec[name] = (column, "mean")
    spec.update({column: (column, "mean") for column in _as_list(means)})
    spec.update({column: (column, "median") for column in _as_list(medians)})
    return work.groupby("_group", sort=False, observed=False).agg(**spec)


def rate_by_band(frame: pd.DataFrame, value: str, flag, bins, labels=None, means=None,
                 medians=None) -> pd.DataFrame:
    """The share of customers with a flag (dissatisfied, complained, bought again …) in each band of a number
    such as waiting or processing time: where does the experience start to hurt?

    For each band b: n_b = rows whose ``value`` falls in b, share_b = rows with the flag = 1 / n_b (the sample
    proportion). Bands are right-closed, ``(bins[i], bins[i+1]]``, and the first one also holds ``bins[0]``
    (as :func:`pandas.cut` with ``include_lowest=True``).

    Parameters
    ----------
    frame : DataFrame
        One row per customer (order, stay).
    value : str
        Numeric column to band (e.g. ``'wait_minutes'``).
    flag : str or list of str
        0/1 column(s) whose share is wanted.
    bins : list of numbers
        Increasing band edges, at least two; the last may be ``float('inf')`` for an open band.
    labels : list of str, optional
        One label per band; by default ``'a–b'`` and ``'a+'`` for an open last band.
    means, medians : str or list of str, optional
        Numeric columns averaged (mean, median) per band as well; empty cells are left out.

    Returns
    -------
    DataFrame
        Index ``band`` (every band, in order, also an empty one); columns n, then ``share`` when ``flag`` is
        one column, or one column per flag named after it, then the means and medians.

    Raises
    ------
    cxlab.InputError
        Not a table, a missing column, no rows, a flag cell not 0 or 1, an empty or non-numeric ``value`` cell,
        a value outside the bins, bins not increasing, labels of the wrong number.

    Notes
    -----
    Worked example (checked in ``tests/test_damage.py``): waits 2, 4, 8, 25, 40 minutes, complained 0, 0, 1, 1, 0;
    bins 0, 5, 30, inf -> 0–5: 2 stays, 0 complaints, share 0; 5–30: 2 stays, 2 complaints, share 1;
    30+: 1 stay, 0 complaints, share 0.

    Examples
    --------
    >>> from cxlab import set_language
    >>> _ = set_language("en")     # the band names follow the language (zh: 0～5)
    >>> stays = pd.DataFrame({"wait_minutes": [2, 4, 8, 25, 40], "complained": [0, 0, 1, 1, 0]})
    >>> rate_by_band(stays, "wait_minutes", "complained", bins=[0, 5, 30, float("inf")])  # doctest: +NORMALIZE_WHITESPACE
          n  share
    band
    0–5   2    0.0
    5–30  2    1.0
    30+   1    0.0
    >>> _ = set_language("zh")
    """
    _column_name("value", value)
    _check_table("frame", frame, [value, *_as_list(flag, "flag"), *_as_list(means, "means"),
                                  *_as_list(medians, "medians")])
    if labels is not None and not isinstance(labels, (list, tuple)):
        from ._check import invalid

        raise invalid("labels", labels, t("check.takes.labels"))
    if not _as_list(flag):
        raise _error("damage.error.no_flag", name="flag")
    try:
        edges = [float(b) for b in bins]
    except (TypeError, ValueError):
        raise _error("damage.error.bad_bins", bins=bins) from None
    if len(edges) < 2 or any(math.isnan(b) for b in edges) or any(b >= c for b, c in zip(edges, edges[1:])):
        raise _error("damage.error.bad_bins", bins=bins)
    labels = _band_labels(edges) if labels is None else [str(label) for label in labels]
    if len(labels) != len(edges) - 1:
        raise _error("damage.error.band_labels", given=len(labels), needed=len(edges) - 1)
    if len(set(labels)) != len(labels):
        raise _error("damage.error.band_labels", given=len(set(labels)), needed=len(edges) - 1)
    _filled("frame", frame, value)
    numbers_ = _numbers("frame", frame, value)
    outside = ((numbers_ < edges[0]) | (numbers_ > edges[-1])).to_numpy()
    if outside.any():
        row = int(np.flatnonzero(outside)[0])
        raise _error("damage.error.outside_bins", column=value, row=row + 1, value=frame[value].iloc[row],
                     low=f"{edges[0]:g}", high=f"{edges[-1]:g}")
    band = pd.cut(numbers_, edges, labels=labels, include_lowest=True)
    table = _summarise(frame, band.to_numpy(), flag, means, medians)
    table = table.reindex(pd.CategoricalIndex(labels, categories=labels, ordered=True, name="band"))
    table["n"] = table["n"].fillna(0).astype(int)
    return table


def rate_by_group(frame: pd.DataFrame, by: str, flag, means=None, medians=None, order=None) -> pd.DataFrame:
    """The share of customers with a flag in each group of a column, e.g. before / after an improvement.

    For each group g: n_g = rows of the group, share_g = rows with the flag = 1 / n_g; ``means`` and ``medians``
    add the average of numeric columns per group (empty cells left out).

    Parameters
    ----------
    frame : DataFrame
        One row per customer (order, stay).
    by : str
        Column holding the group (e.g. ``'period'``).
    flag : str or list of str
        0/1 column(s) whose share is wanted.
    means, medians : str or list of str, optional
        Numeric columns averaged per group as well.
    order : list, optional
        The groups in the order wanted (default: as they first appear); groups not listed are left out.

    Returns
    -------
    DataFrame
        Index: the groups (named ``by``); columns n, ``share`` (one flag) or one column per flag, means, medians.

    Raises
    ------
    cxlab.InputError
        Not a table, a missing column, no rows, an empty group cell, a flag cell not 0 or 1, a non-numeric cell,
        a group in ``order`` that does not occur.

    Examples
    --------
    >>> stays = pd.DataFrame({"period": ["before", "before", "after", "after"], "complained": [1, 0, 0, 0],
    ...                       "wait_minutes": [30, 10, 5, 7]})
    >>> rate_by_group(stays, "period", "complained", means="wait_minutes")  # doctest: +NORMALIZE_WHITESPACE
            n  share  wait_minutes
    period
    before  2    0.5          20.0
    after   2    0.0           6.0
    """
    _column_name("by", by)
    _check_table("frame", frame, [by, *_as_list(flag, "flag"), *_as_list(means, "means"),
                                  *_as_list(medians, "medians")])
    if order is not None and not isinstance(order, (list, tuple)):
        from ._check import invalid

        raise invalid("order", order, t("check.takes.order"))
    if not _as_list(flag):
        raise _error("damage.error.no_flag", name="flag")
    _filled("frame", frame, by)
    table = _summarise(frame, frame[by].to_numpy(), flag, means, medians)
    table.index.name = by
    if order is not None:
        unknown = [g for g in order if g not in table.index]
        if unknown:
            raise _error("core.error.bad_choice", name="order", value=unknown[0],
                         accepted=", ".join(map(str, table.index)))
        table = table.loc[list(order)]
    return table



def _check_result(name, value, kind, producer):
    """A plot's result argument: what ``producer`` returns, else an InputError saying so."""
    if not isinstance(value, kind):
        from ._check import invalid

        raise invalid(name, value, t("check.takes.result", kind=kind.__name__, producer=producer))
    return value

# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------



_fmt = plotting.thousands


def _label_rotation(ax, texts, slots, fontsize=None) -> int:
    """0 when the bar labels fit side by side in the axes' width, else 90 (upright), so they never overlap."""
    from matplotlib.font_manager import FontProperties

    if not texts:
        return 0
    points = FontProperties(size=fontsize).get_size_in_points()
    needed = max(len(text) for text in texts) * points * 0.62 / 72  # inches, digits are ~0.6 em wide
    available = ax.get_position().width * ax.figure.get_figwidth() / max(slots, 1)
    return 0 if needed <= 0.95 * available else 90


def _wrap(label: str, width: int = 14) -> str:
    """Break a long label with spaces (English) over lines so neighbouring tick labels never touch."""
    import textwrap

    return textwrap.fill(label, width) if " " in label else label


def plot_funnel(result: DamageResult, ax=None):
    """The damage funnel as horizontal bars: customers -> with a problem -> complained / silent -> outcomes -> lost;
    with word of mouth also the prospects lost and won.

    Each bar carries its number and share of all customers; the customers lost are coloured as a loss. Drawn by
    :class:`FunnelChart` (which the damage explorer updates in place).

    Examples
    --------
    >>> r = market_damage(1000, 0.3, 0.25, {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
    ...                   "large", 500)
    >>> plot_funnel(r).get_title() != ""
    True
    """
    _check_result("result", result, DamageResult, "market_damage")
    ax = _style.axes(ax, (10, 6))
    return FunnelChart(ax, result).ax


def _funnel_rows(result):
    g = result.groups.set_index("group")["customers"]
    rows = [
        ("customers", result.customers, _style.PALETTE[0]),
        ("customers_with_problem", result.customers_with_problem, _style.PALETTE[1]),
        ("silent", result.silent, _style.PALETTE[6]),
        ("complainers", result.complainers, _style.PALETTE[5]),
        ("resolved_quickly", g["resolved_quickly"], _style.PALETTE[2]),
        ("resolved", g["resolved"], _style.PALETTE[2]),
        ("unresolved", g["unresolved"], _style.PALETTE[4]),
        ("customers_lost", result.customers_lost, _style.PALETTE[3]),
    ]
    if result.prospects_lost is not None:
        rows += [("prospects_lost", result.prospects_lost, _style.PALETTE[3]),
                 ("prospects_won", result.prospects_won, _style.PALETTE[2])]
    return rows


def _row_label(key):
    return t(f"damage.funnel.{key}")


class FunnelChart:
    """The damage funnel as a chart object: bars and their numbers changed in place by :meth:`update`; the axis
    limit moves in steps (:func:`cxlab.plotting.nice_limit`), so most updates leave ticks and frame alone.
    Switching word of mouth on or off changes the rows: then the axes are drawn again.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> mix = {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}
    >>> chart = FunnelChart(plt.subplots()[1], market_damage(1000, 0.3, 0.25, mix, "large", 500))
    >>> chart.update(market_damage(1000, 0.5, 0.25, mix, "large", 500)); chart.bars[1].get_width()
    500.0
    """

    def __init__(self, ax, result):
        self.ax = ax
        self._build(result)

    def _build(self, result):
        from matplotlib.ticker import MaxNLocator

        ax = self.ax
        rows = _funnel_rows(result)
        self.keys = [k for k, _, _ in rows]
        y = np.arange(len(rows))[::-1]
        self.bars = list(ax.barh(y, np.zeros(len(rows)), color=[c for _, _, c in rows], edgecolor="white"))
        ax.set_yticks(y, [_row_label(k) for k in self.keys])
        self.texts = [ax.text(0, yi, "", va="center", ha="left") for yi in y]
        ax.xaxis.set_major_formatter(_thousands())
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))  # no repeated "0, 0, 1, 1" near zero
        ax.set_xlabel(t("damage.plot.customers"))
        ax.grid(axis="y", visible=False)
        self.update(result)

    def update(self, result):
        """Show ``result`` (a :class:`DamageResult`)."""
        rows = _funnel_rows(result)
        if [k for k, _, _ in rows] != self.keys:
            self.ax.clear()
            self._build(result)
            return
        values = [float(v) for _, v, _ in rows]
        top = plotting.nice_limit(max(values) * 1.4 if max(values) > 0 else 1.0)
        self.ax.set_xlim(0, top)
        for bar, text, v in zip(self.bars, self.texts, values):
            bar.set_width(v)
            share = v / result.customers if result.customers else 0.0
            text.set_text(f"{_fmt(v)}  ({share:.1%})")
            text.set_x(v + top * 0.01)
        self.ax.set_title(t("damage.plot.funnel_title", lost=_fmt(result.customers_lost),
                            revenue=_fmt(result.revenue_at_risk)))
        self.key = (tuple(self.keys), top)

    def artists(self) -> list:
        """What :meth:`update` changes between two redraws of the background: bars, numbers, title."""
        return [*self.bars, *self.texts, self.ax.title]


def plot_revenue_by_group(result: DamageResult, ax=None):
    """Revenue lost per group as horizontal bars; with a baseline also the excess loss beyond it (negative =
    recovery), with word of mouth also its net value. Every bar carries its number, and a bar too short to see
    at the scale of the largest one is drawn a few pixels long, so none disappears.

    Drawn by :class:`RevenueChart` (which the damage explorer updates in place).

    Examples
    --------
    >>> r = market_damage(1000, 0.3, 0.25, {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
    ...                   "large", 500, baseline_loyalty=0.9)
    >>> len(plot_revenue_by_group(r).patches)
    8
    """
    _check_result("result", result, DamageResult, "market_damage")
    ax = _style.axes(ax, (10, 5.5))
    return RevenueChart(ax, result).ax


def _revenue_rows(result):
    groups = result.groups
    rows = [(t(f"damage.group.{g}"), float(v), float(e) if e is not None else None)
            for g, v, e in zip(groups["group"], groups["revenue_lost"],
                               groups["excess_revenue"] if "excess_revenue" in groups.columns
                               else [None] * len(groups))]
    if result.word_of_mouth_value is not None:
        rows.append((t("damage.metric.word_of_mouth_value"), -float(result.word_of_mouth_value), None))
    return rows


class RevenueChart:
    """Revenue lost by group as a chart object (see :func:`plot_revenue_by_group`), updated in place.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> mix = {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}
    >>> chart = RevenueChart(plt.subplots()[1], market_damage(1000, 0.3, 0.25, mix, "large", 500))
    >>> [text.get_text() for text in chart.texts]
    ['102,375', '12,150', '3,450', '2,700']
    """

    MIN_PIXELS = 3

    def __init__(self, ax, result):
        self.ax = ax
        self._build(result)

    def _build(self, result):
        ax = self.ax
        rows = _revenue_rows(result)
        self.keys = [(label, e is not None) for label, _, e in rows]
        self.has_excess = any(e is not None for _, _, e in rows)
        n = len(rows)
        y = np.arange(n)[::-1].astype(float)
        height = 0.38 if self.has_excess else 0.62
        offset = height / 2 if self.has_excess else 0.0
        self.bars = list(ax.barh(y + offset, np.zeros(n), height, color=_style.PALETTE[3],
                                 label=t("damage.plot.revenue_lost")))
        self.excess = []
        if self.has_excess:
            ys = [yi - offset for yi, (_, _, e) in zip(y, rows) if e is not None]
            self.excess = list(ax.barh(ys, np.zeros(len(ys)), height, color=_style.PALETTE[0],
                                       label=t("damage.plot.excess_revenue")))
            ax.axvline(0, color="black", linewidth=1)
            # under the axes, in one row: inside it would cover a bar or its number
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.27), ncol=2, frameon=False, fontsize="small")
        for bar, (label, _, _) in zip(self.bars, rows):
            if label == t("damage.metric.word_of_mouth_value"):
                bar.set_color(_style.PALETTE[4])
        ax.set_yticks(y, [_wrap(label, 22) for label, _, _ in rows])
        self.texts = [ax.text(0, b.get_y() + b.get_height() / 2, "", va="center", fontsize="small")
                      for b in self.bars + self.excess]
        ax.xaxis.set_major_formatter(_thousands())
        ax.set_xlabel(t("damage.plot.revenue"))
        ax.grid(axis="y", visible=False)
        self.update(result)

    def update(self, result):
        """Show ``result`` (a :class:`DamageResult`)."""
        from matplotlib.ticker import MaxNLocator

        rows = _revenue_rows(result)
        if [(label, e is not None) for label, _, e in rows] != self.keys:
            self.ax.clear()
            self._build(result)
            return
        values = [v for _, v, _ in rows] + [e for _, _, e in rows if e is not None]
        high = plotting.nice_limit(max(max(values), 0.0) * 1.3) if max(values) > 0 else 1.0
        low = -plotting.nice_limit(-min(values) * 1.6) if min(values) < 0 else 0.0
        if low < 0:
            low = min(low, -0.16 * high)  # room for the number left of a recovery bar
        self.ax.set_xlim(low, high)
        self.ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        scale = (high - low) / max(self.ax.bbox.width, 1.0)  # data units per pixel
        for bar, text, v in zip(self.bars + self.excess, self.texts, values):
            shown = v if abs(v) >= self.MIN_PIXELS * scale or v == 0 else np.sign(v) * self.MIN_PIXELS * scale
            bar.set_width(shown)
            text.set_text(_fmt(v))
            text.set_x(shown + (high - low) * 0.01 * (1 if v >= 0 else -1))
            text.set_ha("left" if v >= 0 else "right")
        total = result.net_value_at_risk if result.net_value_at_risk is not None else result.revenue_at_risk
        self.ax.set_title(t("damage.plot.revenue_title", revenue=_fmt(total)))
        self.key = (tuple(self.keys), low, high)

    def artists(self) -> list:
        """What :meth:`update` changes between two redraws of the background: bars, numbers, title."""
        return [*self.bars, *self.excess, *self.texts, self.ax.title]


_thousands = plotting.thousands_formatter


def _param_label(name: str) -> str:
    return t(f"damage.param.{name}")


def plot_tornado(sens: pd.DataFrame, ax=None, top=None):
    """Tornado chart of :func:`sensitivity`: one bar per input from the target at -change to +change.

    Parameters
    ----------
    sens : DataFrame
        The table from :func:`sensitivity` (sorted by swing).
    top : int, optional
        Show only the ``top`` inputs with the largest swing.

    Examples
    --------
    >>> inputs = dict(customers=1000, problem_rate=0.3, complaint_rate=0.25, value_per_customer=500,
    ...               outcomes={"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}, loyalty="large")
    >>> len(plot_tornado(sensitivity(inputs)).get_yticklabels())    # 4 inputs + 4 loyalty rates + 3 shares
    11
    """
    if top is not None:
        from ._check import check_number

        top = check_number("top", top, low=1, integer=True)
    from matplotlib.ticker import MaxNLocator


    need = {"parameter", "target_base", "target_low", "target_high"}
    if not isinstance(sens, pd.DataFrame) or not need <= set(sens.columns):
        raise _error("damage.error.not_a_table", name="sens", columns=", ".join(sorted(need)))
    table = sens.head(top) if top else sens
    ax = _style.axes(ax, (10, max(4.0, 0.55 * len(table) + 1.8)))
    base = float(table["target_base"].iloc[0]) if len(table) else 0.0
    y = np.arange(len(table))[::-1]
    low = table["target_low"].to_numpy(float) - base
    high = table["target_high"].to_numpy(float) - base
    ax.barh(y, low, left=base, color=_style.PALETTE[0], label=t("damage.plot.tornado_low"))
    ax.barh(y, high, left=base, color=_style.PALETTE[1], label=t("damage.plot.tornado_high"))
    ax.axvline(base, color="black", linewidth=1.2)
    ax.set_yticks(y, [_param_label(p) for p in table["parameter"]])
    ax.xaxis.set_major_formatter(_thousands())
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    target = str(table["target"].iloc[0]) if "target" in table.columns and len(table) else "revenue_at_risk"
    ax.set_xlabel(t("damage.plot.tornado_xlabel", target=t(f"damage.metric.{target}"), base=_fmt(base)))
    ax.set_title(t("damage.plot.tornado_title"))
    ax.legend(loc="lower right")
    ax.grid(axis="y", visible=False)
    return ax


def plot_pareto(table: pd.DataFrame, ax=None):
    """Pareto chart of :func:`touchpoint_damage`: revenue at risk per touchpoint (bars, largest first) and the
    cumulative share (line, right axis) with the 80 % guide.

    Examples
    --------
    >>> tp = pd.DataFrame({"touchpoint": ["a", "b", "c"], "reach": [100, 100, 100],
    ...                    "problem_rate": [0.5, 0.2, 0.1], "loyalty_drop": [0.5, 0.5, 0.5]})
    >>> ax = plot_pareto(touchpoint_damage(tp, value_per_customer=10))
    >>> [tick.get_text() for tick in ax.get_xticklabels()]
    ['a', 'b', 'c']
    """
    _pareto_table(table)
    ax = _style.axes(ax, (max(8.0, 1.1 * len(table) + 3), 5.5))
    return ParetoChart(ax, table).ax


def _pareto_table(table):
    need = {"touchpoint", "revenue_at_risk", "cumulative_share"}
    if not isinstance(table, pd.DataFrame) or not need <= set(table.columns):
        raise _error("damage.error.not_a_table", name="table", columns=", ".join(sorted(need)))
    return table


class ParetoChart:
    """The Pareto chart of :func:`plot_pareto` as a chart object (:func:`cxlab.plotting.pareto_bars`):
    :meth:`update` shows another table of the same length in place (bars, names, line, value labels).
    ``compact=True`` (a panel of an explorer): short amounts (:func:`cxlab.plotting.compact`), names wrapped.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> tp = pd.DataFrame({"touchpoint": ["a", "b"], "reach": [100, 100], "problem_rate": [0.5, 0.2],
    ...                    "loyalty_drop": [0.5, 0.5]})
    >>> chart = ParetoChart(plt.subplots()[1], touchpoint_damage(tp, value_per_customer=10))
    >>> chart.update(touchpoint_damage(tp.assign(problem_rate=[0.1, 0.2]), value_per_customer=10))
    >>> [tick.get_text() for tick in chart.ax.get_xticklabels()]
    ['b', 'a']
    """

    def __init__(self, ax, table, compact: bool = False):
        from matplotlib.ticker import FuncFormatter

        table = _pareto_table(table)
        self.ax, self.compact = ax, compact
        options = dict(fmt=plotting.compact, rotate=False) if compact else {}
        self.chart = plotting.pareto_bars(ax, self._names(table), table["revenue_at_risk"].to_numpy(float),
                                          table["cumulative_share"].to_numpy(float), guide=0.8,
                                          guide_label=t("damage.plot.eighty"),
                                          cumulative_label=t("damage.plot.cumulative_share"), **options)
        if compact:
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: plotting.compact(v)))
            ax.tick_params(axis="x", labelsize="small")
        self.chart.right.set_ylabel(t("damage.plot.cumulative_share"), color=_style.PALETTE[3])
        ax.set_ylabel(t("damage.plot.revenue_at_risk"), color=_style.PALETTE[0])
        ax.set_title(t("damage.plot.pareto_title"))
        self.key = steady_pareto(self.chart)

    def update(self, table) -> None:
        table = _pareto_table(table)
        self.chart.update(table["revenue_at_risk"].to_numpy(float), table["cumulative_share"].to_numpy(float),
                          labels=self._names(table))
        self.key = steady_pareto(self.chart)

    def _names(self, table):
        """Touchpoint names; in a compact chart (an explorer panel) wrapped to short lines instead of slanted."""
        names = [str(v) for v in table["touchpoint"]]
        return [plotting.wrap(n, 9) for n in names] if self.compact else names

    def artists(self) -> list:
        """What :meth:`update` changes between two redraws of the background (see :func:`steady_pareto`)."""
        return moving_pareto(self.chart)


def steady_pareto(chart) -> tuple:
    """Give a :class:`cxlab.plotting.Pareto`'s value axis a limit that moves in steps and only when it must: the
    limit in place is kept while the largest bar with the room for its label fits under it and fills at least
    40 % of it, else it becomes :func:`cxlab.plotting.nice_limit` of that. While the key stays, the
    value axis (ticks, frame) is part of an explorer's background and only the bars, the names, the line and the
    value labels are drawn again (:func:`moving_pareto`); when it changes, the explorer draws the background
    again. The key returned is the limit and the side of the guide's label (which also lies in the background)."""
    heights = [bar.get_height() for bar in chart.bars]
    need = max(heights, default=0.0) * 1.18
    current = getattr(chart, "steady_limit", None)     # Pareto.update has just set its own limit: ours is here
    if current is not None and (need <= 0 or 0.4 * current <= need <= current):
        limit = current
    else:
        limit = plotting.nice_limit(need) if need > 0 else 1.0
    chart.ax.set_ylim(0, limit)
    chart.steady_limit = limit
    return limit, chart.guide_below


def moving_pareto(chart) -> list:
    """The artists of a Pareto chart an update moves: all of :meth:`cxlab.plotting.Pareto.artists` but the value
    axis, whose limit is :func:`steady_pareto`'s key (the names under the bars change with the order)."""
    return [a for a in chart.artists() if a is not chart.ax.yaxis]
