"""The experience return model: what a better customer experience brings back, in customer lifetime value,
repurchase, referrals and the indirect returns a person chooses to count.

Three tools, each with its source:

* :func:`clv` -- customer lifetime value with constant margin and retention (Gupta & Lehmann 2003, "Customers as
  assets", Journal of Interactive Marketing 17(1); Gupta & Lehmann 2005, "Managing customers as investments",
  Wharton School Publishing).
* :func:`experience_return` -- a CX investment as a cash-flow plan: direct returns (customers kept longer,
  buying more often and more, and new customers they recommend) plus indirect returns (brand image,
  competitiveness) that the user enters explicitly; NPV, ROI and payback.
* :func:`promoter_value` -- what a promoter, a passive and a detractor are worth including word of mouth, in the
  style of Bain's Dell case (Reichheld 2006, "The Ultimate Question", Harvard Business School Press) and the
  Satmetrix promoter-economics exercise.

Examples
--------
>>> from cxlab import returns
>>> round(float(returns.clv(100, 0.8, 0.1)), 2)
266.67
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
    "TIMINGS", "SEGMENTS", "clv", "ReturnResult", "experience_return", "PromoterResult", "promoter_value",
    "plot_clv_vs_retention", "plot_roi_over_time", "plot_return_split",
]

#: When a period's margin arrives: at the end of the period (first margin after one retention) or at its start.
TIMINGS = ("end", "start")

#: The three NPS groups (Reichheld 2003): promoters (9-10), passives (7-8), detractors (0-6).
SEGMENTS = ("promoter", "passive", "detractor")


# ---------------------------------------------------------------------------------------------------------------
# Input checks
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from ._check import error

    return error(key, **fmt)


def _array(name, value):
    """A float array of ``value``; an InputError naming ``name`` if it is not (all) finite numbers."""
    try:
        if isinstance(value, (bool, np.bool_, str, bytes)):
            raise TypeError
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise _error("core.error.not_a_number", name=name, value=value) from None
    if not np.all(np.isfinite(arr)):
        bad = arr[~np.isfinite(arr)].flat[0]
        raise _error("core.error.not_a_number", name=name, value=bad)
    return arr


def _first_bad(arr, mask):
    return float(np.broadcast_to(arr, mask.shape)[mask].flat[0])


def _in_range(name, value, low, high):
    arr = _array(name, value)
    mask = (arr < low) | (arr > high)
    if np.any(mask):
        raise _error("core.error.out_of_range", name=name, value=_fmt_num(_first_bad(arr, mask)), low=low,
                     high=high)
    return arr


def _non_negative(name, value):
    arr = _array(name, value)
    mask = arr < 0
    if np.any(mask):
        raise _error("returns.error.negative", name=name, value=_fmt_num(_first_bad(arr, mask)))
    return arr


def _fmt_num(x) -> str:
    return f"{x:g}"


def _scalar(name, value, low=-math.inf, high=math.inf):
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
        raise _error("core.error.not_a_number", name=name, value=value)
    value = float(value)
    if not low <= value <= high:
        if low == 0 and high == math.inf:
            raise _error("returns.error.negative", name=name, value=_fmt_num(value))
        raise _error("core.error.out_of_range", name=name, value=_fmt_num(value), low=_fmt_num(low),
                     high=_fmt_num(high))
    return value


#: The longest horizon accepted (periods): beyond it discounting leaves nothing a lifetime value can show, and
#: the year-by-year tables would only grow.
MAX_HORIZON = 1000


def _horizon(value):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise _error("returns.error.horizon", value=value)
    if value > MAX_HORIZON:
        from ._check import invalid, takes

        raise invalid("horizon", value, takes("integer_between", low=1, high=MAX_HORIZON))
    return int(value)


# ---------------------------------------------------------------------------------------------------------------
# Customer lifetime value
# ---------------------------------------------------------------------------------------------------------------

def clv(margin, retention, discount, timing="end", acquisition_cost=0.0, horizon=None):
    """Customer lifetime value with a constant margin per period, retention rate and discount rate.

    Gupta & Lehmann (2003, 2005): a customer who gives margin m each period they stay, stays from one period to the
    next with probability r, and whose money is discounted at rate d per period, is worth

    * ``timing='end'`` (margin at the end of each period, the first one after a first retention --
      Gupta & Lehmann's convention): sum over t = 1, 2, ... of m r^t / (1+d)^t = **m r / (1 + d - r)**
    * ``timing='start'`` (margin at the start of each period, the first one now, undiscounted):
      sum over t = 0, 1, ... of m r^t / (1+d)^t = **m (1 + d) / (1 + d - r)**
    * with a finite ``horizon`` T, the same sums over T payments only: t = 1..T (end) or t = 0..T-1 (start).

    ``acquisition_cost`` is then subtracted once (it is paid now, undiscounted).

    Parameters
    ----------
    margin : float or array
        Margin per customer per period (a money amount).
    retention : float or array
        Retention rate per period, 0 to 1.
    discount : float or array
        Discount rate per period, >= 0.
    timing : {'end', 'start'}
        When a period's margin arrives (see above).
    acquisition_cost : float or array
        Cost of winning the customer, subtracted once.
    horizon : int, optional
        Number of periods counted (None = for ever).

    Returns
    -------
    float or ndarray
        Broadcast over the array arguments (numpy rules).

    Raises
    ------
    cxlab.InputError
        retention outside 0..1, a negative discount, retention = 1 + discount (i.e. retention 1 with discount 0)
        with an infinite horizon (the value would be infinite), an unknown timing or a horizon below 1.

    Examples
    --------
    Worked example (checked in ``tests/test_returns.py``): m = 100, r = 0.8, d = 0.1.

    >>> round(float(clv(100, 0.8, 0.1)), 4)                     # 100 x 0.8 / 0.3
    266.6667
    >>> round(float(clv(100, 0.8, 0.1, timing="start")), 4)     # 100 x 1.1 / 0.3
    366.6667
    >>> round(float(clv(100, 0.8, 0.1, horizon=3)), 4)          # 100 x (8/11 + 64/121 + 512/1331) = 218400/1331
    164.0872
    >>> clv(100, [0.5, 0.8], 0.1).round(2)                      # vectorised
    array([ 83.33, 266.67])
    """
    if not isinstance(timing, str) or timing not in TIMINGS:
        raise _error("core.error.bad_choice", name="timing", value=timing, accepted=", ".join(TIMINGS))
    m = _array("margin", margin)
    r = _in_range("retention", retention, 0, 1)
    d = _non_negative("discount", discount)
    cost = _array("acquisition_cost", acquisition_cost)
    if horizon is None:
        mask = np.broadcast_to(r >= 1 + d, np.broadcast_shapes(r.shape, d.shape))
        if np.any(mask):
            raise _error("returns.error.retention_vs_discount", retention=_fmt_num(_first_bad(r, mask)),
                         discount=_fmt_num(_first_bad(d, mask)))
        if timing == "end":
            value = m * r / (1 + d - r)
        else:
            value = m * (1 + d) / (1 + d - r)
    else:
        periods = _horizon(horizon)
        q = r / (1 + d)
        first = 1 if timing == "end" else 0
        value = sum(m * q ** k for k in range(first, first + periods))
    value = value - cost
    return float(value) if np.ndim(value) == 0 else value


# ---------------------------------------------------------------------------------------------------------------
# Return on a CX investment
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class ReturnResult:
    """What :func:`experience_return` returns. Every figure can be traced back to ``inputs``.

    Attributes
    ----------
    by_year : DataFrame
        One row per year 0..horizon: year, customers_base, customers_cx, referred_customers, direct_repurchase,
        direct_referrals, indirect, total (= the three returns), cost, net_cash_flow, cumulative_cash_flow,
        discount_factor, discounted (net cash flow x discount factor), cumulative_discounted.
    incremental_value : float
        Present value of all returns (direct + indirect).
    direct_value, indirect_value : float
        Present value of the direct and of the indirect returns.
    cost : float
        Present value of the costs (investment now + running costs).
    npv : float
        incremental_value - cost.
    roi : float or None
        (incremental_value - cost) / cost; None when there is no cost.
    payback_years : float or None
        When the cumulative *discounted* cash flow turns non-negative (interpolated within the year);
        None if it does not within the horizon.
    simple_payback_years : float or None
        The same on the undiscounted cash flow.
    retention_cx, margin_cx : float
        Retention and margin per customer with the CX improvement.
    inputs : dict
        The inputs exactly as given: ``experience_return(**result.inputs)`` reproduces the result.
    """

    by_year: pd.DataFrame
    incremental_value: float
    direct_value: float
    indirect_value: float
    cost: float
    npv: float
    roi: float | None
    payback_years: float | None
    simple_payback_years: float | None
    retention_cx: float
    margin_cx: float
    inputs: dict = field(default_factory=dict)

    @property
    def assumptions(self) -> pd.DataFrame:
        """Every input (and the two derived rates) as a table: parameter, label (current language), value."""
        rows = []
        for name, value in self.inputs.items():
            if name == "indirect" and isinstance(value, dict):
                for k, v in value.items():
                    rows.append((f"indirect.{k}", t("returns.param.indirect_item", name=k), _show(v)))
                continue
            rows.append((name, t(f"returns.param.{name}"), _show(value)))
        rows.append(("retention_cx", t("returns.param.retention_cx"), self.retention_cx))
        rows.append(("margin_cx", t("returns.param.margin_cx"), self.margin_cx))
        return pd.DataFrame(rows, columns=["parameter", "label", "value"])


def _show(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return ", ".join(_fmt_num(float(v)) for v in value)
    return value


def _indirect_amounts(name, value, direct, horizon):
    """Yearly indirect amounts from a share of the direct returns or a list of one amount per year."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        share = _scalar(name, value, 0.0, 1.0)
        return share * direct
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        amounts = [float(v) if isinstance(v, numbers.Real) and not isinstance(v, bool) else math.nan
                   for v in list(value)]
        if len(amounts) != horizon or not all(math.isfinite(a) for a in amounts):
            raise _error("returns.error.indirect", name=name, value=value, horizon=horizon)
        return np.asarray(amounts)
    raise _error("returns.error.indirect", name=name, value=value, horizon=horizon)


def _payback(cumulative: np.ndarray, net: np.ndarray):
    """First time the cumulative cash flow reaches 0, interpolated linearly within the year; None if never."""
    if cumulative[0] >= 0:
        return 0.0
    for year in range(1, len(cumulative)):
        if cumulative[year] >= 0:
            return float(year - 1 + (-cumulative[year - 1]) / net[year])
    return None


def experience_return(investment, customers, margin, retention, discount, retention_uplift=0.0,
                      frequency_uplift=0.0, basket_uplift=0.0, referrals_per_customer=0.0,
                      referral_conversion=None, horizon=3, indirect=None, running_cost=0.0) -> ReturnResult:
    """Cash flows, NPV, ROI and payback of a customer-experience investment.

    Method, year by year (t = 1..horizon; year 0 holds the investment):

    1. Without the improvement, customers still buying at the end of year t: N r^t, each giving margin m
       (the end-of-period timing of :func:`clv`).
    2. With it, retention is r' = r + retention_uplift (percentage points) and the margin per customer is
       m' = m (1 + frequency_uplift)(1 + basket_uplift) (they buy more often, and more each time):
       N r'^t customers giving m'.
    3. **Direct return from repurchase** = N r'^t m' - N r^t m.
    4. **Direct return from referrals**: each customer kept gives ``referrals_per_customer`` *additional*
       recommendations a year, a share ``referral_conversion`` of which become customers:
       referred_t = N r'^t x referrals_per_customer x referral_conversion. A referred customer gives m' in the
       year they arrive and stays with retention r' afterwards: direct_referrals_t = m' x sum over s <= t of
       referred_s r'^(t-s). (Referred customers' own referrals are not counted: a cautious estimate.)
    5. **Indirect return** (brand image, competitiveness ...): only what the user enters in ``indirect`` -- a
       share of the direct returns, a list of one amount per year, or a dict of such items by name.
    6. Costs: ``investment`` in year 0, ``running_cost`` every year after.
    7. Net cash flow = returns - costs; discounted at (1 + discount)^-t. incremental_value = present value of
       the returns; cost = present value of the costs; npv = incremental_value - cost; roi = npv / cost;
       payback = when the cumulative discounted cash flow turns non-negative.

    Customers kept beyond the horizon are not counted (another cautious choice): lengthen ``horizon`` to see
    them.

    Parameters
    ----------
    investment : float
        One-off cost now (>= 0).
    customers : float
        Customers today (>= 0).
    margin : float
        Margin per customer per year (>= 0).
    retention : float
        Yearly retention today, 0..1.
    discount : float
        Yearly discount rate (>= 0).
    retention_uplift : float
        Percentage points added to retention by the improvement (0.05 = 5 points); retention + uplift in 0..1.
    frequency_uplift, basket_uplift : float
        Relative rise in purchase frequency and in spend per purchase (0.1 = +10 %), >= -1.
    referrals_per_customer : float
        Additional recommendations per customer kept per year (>= 0).
    referral_conversion : float, optional
        Share of recommendations that become customers, 0..1; required when referrals_per_customer > 0.
    horizon : int
        Years counted (>= 1).
    indirect : float, list, dict or None
        Indirect returns: a share (0..1) of the direct returns, a list of ``horizon`` yearly amounts, or a dict
        ``{name: share or list}``, e.g. ``{"brand_image": [0, 5000, 8000], "competitiveness": 0.05}``.
    running_cost : float
        Cost every year from year 1 (>= 0).

    Returns
    -------
    ReturnResult

    Examples
    --------
    Worked example (checked in ``tests/test_returns.py``): investment 100,000, 10,000 customers, margin 50,
    retention 0.8 -> 0.85, discount 0.1, two years, no other effect.
    Year 1: 10,000 x (0.85 - 0.8) x 50 = 25,000. Year 2: 10,000 x (0.7225 - 0.64) x 50 = 41,250.

    >>> r = experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, horizon=2)
    >>> r.by_year["direct_repurchase"].round(2).tolist()
    [0.0, 25000.0, 41250.0]
    >>> round(r.npv, 2)           # 25,000/1.1 + 41,250/1.21 - 100,000
    -43181.82
    >>> r.payback_years is None
    True
    """
    inputs = dict(investment=investment, customers=customers, margin=margin, retention=retention,
                  discount=discount, retention_uplift=retention_uplift, frequency_uplift=frequency_uplift,
                  basket_uplift=basket_uplift, referrals_per_customer=referrals_per_customer,
                  referral_conversion=referral_conversion, horizon=horizon,
                  indirect=dict(indirect) if isinstance(indirect, dict) else indirect, running_cost=running_cost)
    cost0 = _scalar("investment", investment, 0.0)
    n = _scalar("customers", customers, 0.0)
    m = _scalar("margin", margin, 0.0)
    r = _scalar("retention", retention, 0.0, 1.0)
    d = _scalar("discount", discount, 0.0)
    up = _scalar("retention_uplift", retention_uplift)
    if not 0.0 <= r + up <= 1.0:
        raise _error("returns.error.uplift", retention=_fmt_num(r), uplift=_fmt_num(up),
                     low=_fmt_num(-r), high=_fmt_num(1 - r))
    freq = _scalar("frequency_uplift", frequency_uplift, -1.0)
    basket = _scalar("basket_uplift", basket_uplift, -1.0)
    refs = _scalar("referrals_per_customer", referrals_per_customer, 0.0)
    if referral_conversion is None:
        if refs > 0:
            raise _error("returns.error.conversion_needed", value=_fmt_num(refs))
        conv = 0.0
    else:
        conv = _scalar("referral_conversion", referral_conversion, 0.0, 1.0)
    years = _horizon(horizon)
    running = _scalar("running_cost", running_cost, 0.0)

    r_cx = r + up
    m_cx = m * (1 + freq) * (1 + basket)
    t_ = np.arange(1, years + 1)
    base = n * r ** t_
    cx = n * r_cx ** t_
    repurchase = cx * m_cx - base * m
    referred = cx * refs * conv
    active_referred = np.array([sum(referred[s] * r_cx ** (k - s) for s in range(k + 1)) for k in range(years)])
    referrals = active_referred * m_cx
    direct = repurchase + referrals
    if indirect is None:
        extra = np.zeros(years)
    elif isinstance(indirect, dict):
        extra = np.zeros(years)
        for key, item in indirect.items():
            extra = extra + _indirect_amounts(f"indirect[{key!r}]", item, direct, years)
    else:
        extra = _indirect_amounts("indirect", indirect, direct, years)

    year = np.arange(0, years + 1)
    table = pd.DataFrame({
        "year": year,
        "customers_base": np.r_[n, base],
        "customers_cx": np.r_[n, cx],
        "referred_customers": np.r_[0.0, referred],
        "direct_repurchase": np.r_[0.0, repurchase],
        "direct_referrals": np.r_[0.0, referrals],
        "indirect": np.r_[0.0, extra],
    })
    table["total"] = table["direct_repurchase"] + table["direct_referrals"] + table["indirect"]
    table["cost"] = np.r_[cost0, np.full(years, running)]
    table["net_cash_flow"] = table["total"] - table["cost"]
    table["cumulative_cash_flow"] = table["net_cash_flow"].cumsum()
    table["discount_factor"] = (1 + d) ** -year.astype(float)
    table["discounted"] = table["net_cash_flow"] * table["discount_factor"]
    table["cumulative_discounted"] = table["discounted"].cumsum()

    df = table["discount_factor"]
    value = float((table["total"] * df).sum())
    direct_pv = float(((table["direct_repurchase"] + table["direct_referrals"]) * df).sum())
    cost_pv = float((table["cost"] * df).sum())
    npv = value - cost_pv
    return ReturnResult(
        by_year=table, incremental_value=value, direct_value=direct_pv, indirect_value=value - direct_pv,
        cost=cost_pv, npv=npv, roi=npv / cost_pv if cost_pv > 0 else None,
        payback_years=_payback(table["cumulative_discounted"].to_numpy(), table["discounted"].to_numpy()),
        simple_payback_years=_payback(table["cumulative_cash_flow"].to_numpy(),
                                      table["net_cash_flow"].to_numpy()),
        retention_cx=r_cx, margin_cx=m_cx, inputs=inputs,
    )


# ---------------------------------------------------------------------------------------------------------------
# The value of a promoter, a passive and a detractor
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class PromoterResult:
    """What :func:`promoter_value` returns.

    Attributes
    ----------
    table : DataFrame
        One row per group (``SEGMENTS``): group, customers, margin, retention, own_value, referrals,
        referral_value, negative_referrals, negative_value, value_per_customer, group_value.
    new_customer_value : float
        What one new (referred or lost) customer is worth: the customers-weighted average own_value.
    promoter_premium : float
        value_per_customer of a promoter minus that of a detractor.
    inputs : dict
        The inputs exactly as given.
    """

    table: pd.DataFrame
    new_customer_value: float
    promoter_premium: float
    inputs: dict = field(default_factory=dict)


def _by_segment(name, value, check):
    if isinstance(value, dict):
        missing = [g for g in SEGMENTS if g not in value]
        extra = [g for g in value if g not in SEGMENTS]
        if missing or extra:
            raise _error("returns.error.keys", name=name, missing=", ".join(missing) or "-",
                         extra=", ".join(map(str, extra)) or "-", accepted=", ".join(SEGMENTS))
        return {g: check(f"{name}[{g!r}]", value[g]) for g in SEGMENTS}
    one = check(name, value)
    return {g: one for g in SEGMENTS}


def promoter_value(customers, margin, retention_by_group, referrals_by_group, referral_conversion, discount,
                   detractor_negative_referrals=0.0) -> PromoterResult:
    """What one promoter, one passive and one detractor are worth, counting what they say to others.

    Method (after Bain's Dell analysis in Reichheld 2006, "The Ultimate Question", and the Satmetrix
    promoter-economics exercise), for each group g:

    1. own_value_g = :func:`clv` (margin_g, retention_g, discount) -- the end-of-period lifetime value;
    2. new_customer_value = the average own_value over all customers (weights: ``customers``) -- what a customer
       won or lost through word of mouth is worth;
    3. referral_value_g = :func:`clv` (referrals_g x referral_conversion x new_customer_value, retention_g,
       discount) -- the yearly recommendations, while the customer stays, turned into new customers;
    4. negative_value (detractors only) = :func:`clv` (detractor_negative_referrals x referral_conversion x
       new_customer_value, retention_detractor, discount) -- prospects talked out of buying;
    5. value_per_customer_g = own_value + referral_value - negative_value; group_value = x customers_g.

    Parameters
    ----------
    customers : dict
        Number of customers per group ``{'promoter', 'passive', 'detractor'}`` (>= 0, not all 0).
    margin : float or dict
        Margin per customer per year, one for all or one per group (promoters often spend more).
    retention_by_group : dict
        Yearly retention per group, 0..1.
    referrals_by_group : dict
        Recommendations per customer per year, per group (>= 0).
    referral_conversion : float
        Share of recommendations (and of negative remarks) that win (or lose) a customer, 0..1.
    discount : float
        Yearly discount rate (>= 0).
    detractor_negative_referrals : float
        Negative remarks per detractor per year (>= 0). The default 0 counts none: set it from your own data.

    Returns
    -------
    PromoterResult

    Examples
    --------
    Worked example (checked in ``tests/test_returns.py``): 400 promoters, 350 passives, 250 detractors; margin
    100; retention 0.9 / 0.8 / 0.6; referrals 0.5 / 0.1 / 0 a year; conversion 0.2; discount 0.1; a detractor
    makes 1 negative remark a year.
    Own value: 100 x 0.9/0.2 = 450; 100 x 0.8/0.3 = 266.67; 100 x 0.6/0.5 = 120.
    New customer: (400 x 450 + 350 x 266.67 + 250 x 120) / 1,000 = 303.33.
    Promoter referrals: 0.5 x 0.2 x 303.33 = 30.33 a year, x 0.9/0.2 = 136.50 -> promoter worth 586.50.
    Detractor: 1 x 0.2 x 303.33 = 60.67 a year, x 0.6/0.5 = 72.80 -> detractor worth 120 - 72.80 = 47.20.

    >>> p = promoter_value({"promoter": 400, "passive": 350, "detractor": 250}, 100,
    ...                    {"promoter": 0.9, "passive": 0.8, "detractor": 0.6},
    ...                    {"promoter": 0.5, "passive": 0.1, "detractor": 0.0}, 0.2, 0.1,
    ...                    detractor_negative_referrals=1.0)
    >>> p.table.set_index("group")["value_per_customer"].round(2).to_dict()
    {'promoter': 586.5, 'passive': 282.84, 'detractor': 47.2}
    """
    inputs = dict(customers=customers, margin=margin, retention_by_group=retention_by_group,
                  referrals_by_group=referrals_by_group, referral_conversion=referral_conversion,
                  discount=discount, detractor_negative_referrals=detractor_negative_referrals)
    if not isinstance(customers, dict):
        raise _error("returns.error.keys", name="customers", missing=", ".join(SEGMENTS), extra="-",
                     accepted=", ".join(SEGMENTS))
    counts = _by_segment("customers", customers, lambda n, v: _scalar(n, v, 0.0))
    if sum(counts.values()) <= 0:
        raise _error("returns.error.no_customers")
    margins = _by_segment("margin", margin, lambda n, v: _scalar(n, v, 0.0))
    for name, value in (("retention_by_group", retention_by_group), ("referrals_by_group", referrals_by_group)):
        if not isinstance(value, dict):
            raise _error("returns.error.keys", name=name, missing=", ".join(SEGMENTS), extra="-",
                         accepted=", ".join(SEGMENTS))
    retention = _by_segment("retention_by_group", retention_by_group, lambda n, v: _scalar(n, v, 0.0, 1.0))
    referrals = _by_segment("referrals_by_group", referrals_by_group, lambda n, v: _scalar(n, v, 0.0))
    conv = _scalar("referral_conversion", referral_conversion, 0.0, 1.0)
    d = _scalar("discount", discount, 0.0)
    negative = _scalar("detractor_negative_referrals", detractor_negative_referrals, 0.0)
    for g in SEGMENTS:
        if retention[g] >= 1 + d:
            raise _error("returns.error.retention_vs_discount", retention=_fmt_num(retention[g]),
                         discount=_fmt_num(d))

    own = {g: clv(margins[g], retention[g], d) for g in SEGMENTS}
    total = sum(counts.values())
    new_value = sum(counts[g] * own[g] for g in SEGMENTS) / total
    rows = []
    for g in SEGMENTS:
        ref_value = clv(referrals[g] * conv * new_value, retention[g], d)
        neg = negative if g == "detractor" else 0.0
        neg_value = clv(neg * conv * new_value, retention[g], d)
        value = own[g] + ref_value - neg_value
        rows.append(dict(group=g, customers=counts[g], margin=margins[g], retention=retention[g],
                         own_value=own[g], referrals=referrals[g], referral_value=ref_value,
                         negative_referrals=neg, negative_value=neg_value, value_per_customer=value,
                         group_value=value * counts[g]))
    table = pd.DataFrame(rows)
    per = table.set_index("group")["value_per_customer"]
    return PromoterResult(table=table, new_customer_value=float(new_value),
                          promoter_premium=float(per["promoter"] - per["detractor"]), inputs=inputs)



def _check_result(name, value, kind, producer):
    """A plot's result argument: what ``producer`` returns, else an InputError saying so."""
    if not isinstance(value, kind):
        from ._check import invalid

        raise invalid(name, value, t("check.takes.result", kind=kind.__name__, producer=producer))
    return value

# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------



_money = plotting.thousands
_thousands = plotting.thousands_formatter


def plot_clv_vs_retention(margin, discount, ax=None, mark=None):
    """Lifetime value against retention (end and start timing): small gains in retention are worth most when
    retention is already high.

    Parameters
    ----------
    margin, discount : float
        As in :func:`clv`.
    mark : float or list of float, optional
        Retention rate(s) to mark with their value.

    Examples
    --------
    >>> ax = plot_clv_vs_retention(100, 0.1, mark=[0.8, 0.9])
    >>> len(ax.get_legend().get_texts())          # the two timings
    2
    """
    from matplotlib.ticker import PercentFormatter


    m = _scalar("margin", margin)
    d = _scalar("discount", discount, 0.0)
    marks = [] if mark is None else list(np.atleast_1d(_in_range("mark", mark, 0, 0.99)))
    ax = _style.axes(ax, (9, 5.5))
    r = np.linspace(0, 0.95, 96)
    ax.plot(r, clv(m, r, d), color=_style.PALETTE[0], linewidth=2.5, label=t("returns.plot.timing_end"))
    ax.plot(r, clv(m, r, d, timing="start"), color=_style.PALETTE[1], linewidth=2, linestyle="--",
            label=t("returns.plot.timing_start"))
    if marks:
        values = [clv(m, float(rate), d) for rate in marks]
        points = ax.scatter(marks, values, s=80, color=_style.PALETTE[3], zorder=5)
        # labels placed clear of each other, of both curves and of the points (marks at 80 % and 85 % used to
        # stack their labels)
        plotting.place_labels(ax, marks, values,
                              [t("returns.plot.mark", retention=f"{rate:.0%}", value=_money(v))
                               for rate, v in zip(marks, values)],
                              np.full(len(marks), 80.0), avoid=list(ax.lines) + [points], points=points)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(_thousands())
    ax.set_xlabel(t("returns.plot.retention"))
    ax.set_ylabel(t("returns.plot.clv"))
    ax.set_title(t("returns.plot.clv_title", margin=_money(m), discount=f"{d:.0%}"))
    ax.legend(loc="upper left")
    return ax


def plot_roi_over_time(result: ReturnResult, ax=None):
    """Cumulative discounted cash flow per year (bars: red while under water, green after), payback marked.

    Drawn by :class:`RoiChart` (which the return explorer updates in place).

    Examples
    --------
    >>> r = experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, horizon=5)
    >>> len(plot_roi_over_time(r).patches)
    6
    """
    _check_result("result", result, ReturnResult, "experience_return")
    ax = _style.axes(ax, (9, 5.5))
    return RoiChart(ax, result).ax


class RoiChart:
    """The ROI-over-time chart as a chart object: one bar per year for up to ``capacity`` years (default: the
    result's horizon; with a capacity the year axis always runs to it), bar heights, colours, value labels, the payback line and its note changed in place by
    :meth:`update`; the value axis moves in steps (:func:`cxlab.plotting.nice_limit`). Value labels sit on a
    white box above the payback line, so the line never runs through a number; when the bars get narrow the
    labels are written short (:func:`cxlab.plotting.compact`).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> r = experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, horizon=5)
    >>> chart = RoiChart(plt.subplots()[1], r, capacity=10)
    >>> sum(bar.get_visible() for bar in chart.bars)
    6
    """

    def __init__(self, ax, result, capacity=None):
        self.ax = ax
        n = int(capacity if capacity is not None else len(result.by_year) - 1) + 1
        self.capacity = n
        self.fixed = capacity is not None
        years = np.arange(n)
        self.bars = list(ax.bar(years, np.zeros(n), color=_style.PALETTE[2], width=0.6, zorder=2))
        self.texts = [ax.annotate("", (x, 0), xytext=(0, 3), textcoords="offset points", ha="center",
                                  va="bottom", zorder=4, fontsize="small",
                                  bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.95))
                      for x in years]
        ax.axhline(0, color="black", linewidth=1, zorder=3)
        self.payback = ax.axvline(0, color=_style.PALETTE[0], linestyle="--", linewidth=2, zorder=1)
        self.note = ax.annotate("", (0, 0.97), xycoords=("data", "axes fraction"), xytext=(6, 0),
                                textcoords="offset points", color=_style.PALETTE[0], va="top", zorder=4,
                                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.9))
        ax.set_xlabel(t("returns.plot.year"))
        ax.set_ylabel(t("returns.plot.cumulative"))
        ax.yaxis.set_major_formatter(_thousands())
        ax.grid(axis="x", visible=False)
        self.update(result)

    def update(self, result):
        """Show ``result`` (a :class:`ReturnResult`) with at most ``capacity`` - 1 years."""
        table = result.by_year
        values = table["cumulative_discounted"].to_numpy(dtype=float)
        n = len(values)
        if n > self.capacity:
            raise _error("core.error.out_of_range", name="horizon", value=n - 1, low=1, high=self.capacity - 1)
        # with a capacity (the explorer) the year axis stays as it is: moving the horizon changes no tick
        years = self.capacity if self.fixed else n
        if self.ax.get_xlim() != (-0.6, years - 0.4):
            self.ax.set_xticks(np.arange(years))
            self.ax.set_xlim(-0.6, years - 0.4)
        top, bottom = max(float(values.max()), 0.0), min(float(values.min()), 0.0)
        # room above the tallest label for the payback note, below the lowest bar for its label
        high = plotting.nice_limit(top * 1.3 + 0.05 * (top - bottom)) if top > 0 else 0.0
        low = -plotting.nice_limit(-bottom * 1.15 + 0.05 * (top - bottom)) if bottom < 0 else 0.0
        if high == low:
            high = 1.0
        self.ax.set_ylim(low, high if high > 0 else 0.25 * (high - low) or 1.0)
        slot = self.ax.bbox.width / max(n, 1)
        longest = max(len(_money(v)) for v in values)
        short = longest * 0.6 * 9 * self.ax.figure.dpi / 72 > 0.95 * slot
        for k, (bar, text) in enumerate(zip(self.bars, self.texts)):
            visible = k < n
            bar.set_visible(visible)
            text.set_visible(visible)
            if not visible:
                continue
            v = float(values[k])
            bar.set_height(v)
            bar.set_color(_style.PALETTE[3] if v < 0 else _style.PALETTE[2])
            text.set_text(plotting.compact(v) if short else _money(v))
            text.xy = (k, v)
            text.set_position((0, 3 if v >= 0 else -3))
            text.set_va("bottom" if v >= 0 else "top")
        paid = result.payback_years is not None
        if paid:  # a label the payback line would cross moves sideways, clear of the line
            per_year = self.ax.bbox.width / max(self.ax.get_xlim()[1] - self.ax.get_xlim()[0], 1.0)  # px per year
            points_per_char = 0.62 * 9
            for k, text in enumerate(self.texts[:n]):
                half = len(text.get_text()) * points_per_char * self.ax.figure.dpi / 72 / 2 + 4
                gap = (result.payback_years - k) * per_year  # pixels from the bar's centre to the line
                if abs(gap) < half:
                    shift = (gap - half - 3) if gap > 0 else (gap + half + 3)
                    text.set_position((shift * 72 / self.ax.figure.dpi, text.get_position()[1]))
        self.payback.set_visible(paid)
        self.note.set_visible(paid)
        if paid:
            self.payback.set_xdata([result.payback_years, result.payback_years])
            self.note.xy = (result.payback_years, 0.97)
            self.note.set_text(t("returns.plot.payback", years=f"{result.payback_years:.1f}"))
            right = result.payback_years > self.ax.get_xlim()[1] - 1.4  # near the right edge: note left of the line
            self.note.set_position((-6 if right else 6, 0))
            self.note.set_ha("right" if right else "left")
        roi = "-" if result.roi is None else f"{result.roi:.0%}"
        self.ax.set_title(t("returns.plot.roi_title", npv=_money(result.npv), roi=roi))
        # the value axis moves with the horizon: it is drawn with the bars (see artists), not kept in the
        # background, so only the year axis is part of the key of the background
        self.key = self.ax.get_xlim()
        axis = self.ax.yaxis
        self.tick_width = max((len(s) for s in axis.get_major_formatter().format_ticks(
            [v for v in axis.get_major_locator()() if low <= v <= self.ax.get_ylim()[1]])), default=0)

    def artists(self) -> list:
        """What :meth:`update` changes between two redraws of the background (the value axis with its ticks,
        grid lines and label included: its limits follow the bars)."""
        return [self.ax.yaxis, *self.bars, *self.texts, self.payback, self.note, self.ax.title]


def plot_return_split(result: ReturnResult, ax=None):
    """Returns per year split into direct (repurchase, referrals) and indirect, as stacked bars.

    Examples
    --------
    >>> r = experience_return(100_000, 10_000, 50, 0.8, 0.1, retention_uplift=0.05, indirect=0.1)
    >>> len(plot_return_split(r).patches)
    9
    """
    _check_result("result", result, ReturnResult, "experience_return")

    ax = _style.axes(ax, (9, 5.5))
    table = result.by_year[result.by_year["year"] >= 1]
    parts = [("direct_repurchase", _style.PALETTE[0]), ("direct_referrals", _style.PALETTE[5]),
             ("indirect", _style.PALETTE[1])]
    bottom_pos = np.zeros(len(table))
    bottom_neg = np.zeros(len(table))
    for column, color in parts:
        values = table[column].to_numpy()
        bottom = np.where(values >= 0, bottom_pos, bottom_neg)
        ax.bar(table["year"], values, bottom=bottom, color=color, width=0.6, label=t(f"returns.plot.{column}"))
        bottom_pos = bottom_pos + np.clip(values, 0, None)
        bottom_neg = bottom_neg + np.clip(values, None, 0)
    for x, total, top in zip(table["year"], table["total"], bottom_pos):
        ax.annotate(_money(total), (x, top), xytext=(0, 4), textcoords="offset points", ha="center")
    ax.set_xticks(table["year"])
    ax.set_xlabel(t("returns.plot.year"))
    ax.set_ylabel(t("returns.plot.returns"))
    ax.yaxis.set_major_formatter(_thousands())
    ax.margins(y=0.15)
    # Below the axes, in one row: a legend inside the plot would cover the tallest bar (year 1) and its total.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=len(parts), frameon=False)
    ax.set_title(t("returns.plot.split_title", direct=_money(result.direct_value),
                   indirect=_money(result.indirect_value)))
    ax.grid(axis="x", visible=False)
    return ax
