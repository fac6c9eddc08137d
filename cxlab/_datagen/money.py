"""Seeded sample data for the damage (market damage) and return (experience return) modules.

Four fictional cases, staged after the course's source articles:

``damage_online_retailer``
    One row per order of an online shop over twelve months. Slow order processing and slow answers from
    customer service push dissatisfaction, complaints and lost repurchases; in month 7 the shop streamlines
    its order processing and adds service agents (the five steps: collect → identify → plan → implement and
    monitor → improve).
``damage_retailer_touchpoints``
    The same shop's touchpoints for one year: customers reached, share with a problem, share of those who
    complain, share of those with a problem who stopped buying — input for ``damage.touchpoint_damage``.
``damage_hotel_checkin``
    A hotel's check-in log before and after it added front-desk staff and online pre-check-in: the waiting
    time → satisfaction → complaint / no return chain.
``complaint_log``
    Complaints of a home-goods retailer with their resolution (resolved quickly / resolved / unresolved) and
    whether the customer bought again within twelve months; repurchase is drawn from the TARP loyalty rates
    (``cxlab.damage.TARP_LOYALTY``), so learners can re-estimate those rates and see the noise.
``return_cases``
    One row per fictional company and scenario for the experience return model (an Apple-like retail chain,
    an Amazon-like platform, a software company iterating on feedback).

All figures are invented but plausible; every function uses its own fixed seed and rounds its values, so the
CSV files are byte-identical from run to run.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["DATASETS", "online_retailer", "retailer_touchpoints", "hotel_checkin", "complaint_log",
           "return_cases"]


def _logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def online_retailer() -> pd.DataFrame:
    """Orders of a fictional online shop, months 1–12; improvement (faster processing, more agents) from month 7."""
    rng = np.random.default_rng(20250501)
    n = 3600
    month = np.sort(rng.integers(1, 13, size=n))
    after = month >= 7
    # Order processing time (hours from payment to dispatch): lognormal, shorter after the process redesign.
    median_processing = np.where(after, 14.0, 30.0)
    processing = median_processing * np.exp(rng.normal(0.0, 0.55, size=n))
    order_value = np.round(np.exp(rng.normal(np.log(180.0), 0.6, size=n)), 0)
    # A problem at some touchpoint (late parcel, wrong item, damaged goods …): more likely when processing is slow.
    p_problem = _logistic(-2.6 + 0.035 * (processing - 24.0))
    problem = rng.random(n) < p_problem
    # Customers with a problem (and a few without) contact customer service; response time in hours.
    contacted = problem & (rng.random(n) < 0.55) | (~problem & (rng.random(n) < 0.06))
    median_response = np.where(after, 4.0, 16.0)
    response = np.where(contacted, median_response * np.exp(rng.normal(0.0, 0.8, size=n)), np.nan)
    # Satisfaction: driven by processing time, the problem itself and (when they wrote in) response time.
    score = (2.2 - 0.03 * (processing - 24.0) - 2.0 * problem
             - np.where(contacted, 0.07 * (np.nan_to_num(response) - 8.0), 0.0)
             + rng.normal(0.0, 0.9, size=n))
    satisfied = _logistic(score) > rng.random(n)
    complained = contacted & problem
    # Repurchase within six months: most satisfied customers come back, far fewer dissatisfied ones.
    p_repurchase = np.where(satisfied, 0.70, 0.25) - np.where(problem & ~contacted, 0.08, 0.0)
    repurchased = rng.random(n) < p_repurchase
    return pd.DataFrame({
        "order_id": np.arange(1, n + 1),
        "month": month,
        "order_value": order_value.astype(int),
        "processing_hours": np.round(processing, 1),
        "problem": problem.astype(int),
        "contacted_service": contacted.astype(int),
        "response_hours": np.round(response, 1),
        "complained": complained.astype(int),
        "satisfied": satisfied.astype(int),
        "repurchased": repurchased.astype(int),
    })


def retailer_touchpoints() -> pd.DataFrame:
    """The online shop's touchpoints over one year (before the improvement): reach, problems, complaints and the
    share of customers with a problem there who stopped buying (measured by comparing their repurchase)."""
    rng = np.random.default_rng(20250502)
    rows = [
        # touchpoint, stage, customers reached, problem rate, complaint rate, loyalty drop
        ("product_page", "consideration", 120000, 0.06, 0.05, 0.10),
        ("checkout", "purchase", 60000, 0.05, 0.20, 0.25),
        ("payment", "purchase", 58000, 0.02, 0.45, 0.30),
        ("order_processing", "purchase", 56000, 0.12, 0.30, 0.35),
        ("delivery", "use", 55000, 0.10, 0.35, 0.30),
        ("service_response", "after_sales", 14000, 0.22, 0.50, 0.45),
        ("returns_refunds", "after_sales", 6000, 0.18, 0.60, 0.50),
        ("invoice", "after_sales", 20000, 0.03, 0.40, 0.15),
    ]
    frame = pd.DataFrame(rows, columns=["touchpoint", "stage", "reach", "problem_rate", "complaint_rate",
                                        "loyalty_drop"])
    jitter = rng.normal(1.0, 0.05, size=(len(frame), 3))
    frame["problem_rate"] = np.round(frame["problem_rate"] * jitter[:, 0], 3)
    frame["complaint_rate"] = np.round(np.clip(frame["complaint_rate"] * jitter[:, 1], 0.01, 0.95), 2)
    frame["loyalty_drop"] = np.round(np.clip(frame["loyalty_drop"] * jitter[:, 2], 0.01, 0.95), 2)
    frame["value_per_customer"] = 420
    return frame


def hotel_checkin() -> pd.DataFrame:
    """Check-ins of a fictional 220-room city hotel: 60 days before and 60 days after the front-desk changes."""
    rng = np.random.default_rng(20250503)
    frames = []
    for period, days, desks, pre_share in (("before", 60, 2, 0.0), ("after", 60, 3, 0.35)):
        per_day = rng.poisson(14, size=days)
        n = int(per_day.sum())
        day = np.repeat(np.arange(1, days + 1), per_day)
        # Arrival time of day: most guests between 14:00 and 19:00, a tail into the night.
        arrival = np.clip(np.where(rng.random(n) < 0.8, rng.normal(16.5, 1.6, n), rng.uniform(12.0, 23.5, n)),
                          12.0, 23.75)
        arrival = np.round(arrival * 4) / 4  # quarter hours
        peak = (arrival >= 15.0) & (arrival < 18.5)
        pre_checkin = rng.random(n) < pre_share
        mean_wait = np.where(peak, 26.0, 8.0) / desks * 2.0
        mean_wait = np.where(pre_checkin, 2.0, mean_wait)
        wait = rng.gamma(2.0, mean_wait / 2.0)
        latent = 4.9 - 0.075 * wait + rng.normal(0.0, 0.6, n)
        satisfaction = np.clip(np.round(latent), 1, 5).astype(int)
        complained = rng.random(n) < _logistic(-4.2 + 0.09 * wait)
        p_return = np.array([0.0, 0.08, 0.15, 0.28, 0.42, 0.55])[satisfaction] - 0.06 * complained
        stayed_again = rng.random(n) < p_return
        frames.append(pd.DataFrame({
            "period": period, "day": day, "arrival_hour": arrival, "pre_checkin": pre_checkin.astype(int),
            "wait_minutes": np.round(wait, 1), "satisfaction": satisfaction,
            "complained": complained.astype(int), "stayed_again": stayed_again.astype(int),
        }))
    frame = pd.concat(frames, ignore_index=True)
    frame.insert(0, "stay_id", np.arange(1, len(frame) + 1))
    return frame


def _tarp_rates() -> dict:
    """TARP repurchase rates by problem size and outcome, read from the model's constant (never retyped)."""
    from .. import damage

    table = damage.TARP_LOYALTY
    rates = {}
    for size in ("small", "large"):
        entry = table[size] if isinstance(table, dict) else table.loc[size]
        rates[size] = {group: float(entry[group]) for group in ("resolved_quickly", "resolved", "unresolved")}
    return rates


def complaint_log() -> pd.DataFrame:
    """Complaints to a fictional home-goods retailer over one year, with resolution and 12-month repurchase."""
    rng = np.random.default_rng(20250531)
    rates = _tarp_rates()
    n = 1500
    channel = rng.choice(["phone", "online_chat", "email", "app", "store"], size=n, p=[0.3, 0.3, 0.15, 0.15, 0.1])
    category = rng.choice(["delivery", "product_quality", "billing", "service_attitude", "returns"], size=n,
                          p=[0.32, 0.26, 0.12, 0.14, 0.16])
    # Order value in yuan; "large" problems are those over 500 yuan. TARP split at $5 and $100 (of the 1980s) and had no
    # rates in between; most of this retailer's orders are a few hundred yuan, and one line puts every complaint in a group.
    order_value = np.round(np.exp(rng.normal(np.log(320.0), 0.85, size=n)), 0).astype(int)
    size = np.where(order_value > 500, "large", "small")
    # Resolution depends on the channel: live channels solve more at first contact.
    quick_share = {"phone": 0.42, "online_chat": 0.45, "email": 0.18, "app": 0.30, "store": 0.50}
    resolved_share = {"phone": 0.36, "online_chat": 0.33, "email": 0.45, "app": 0.40, "store": 0.32}
    u = rng.random(n)
    q = np.array([quick_share[c] for c in channel])
    r = np.array([resolved_share[c] for c in channel])
    resolution = np.where(u < q, "resolved_quickly", np.where(u < q + r, "resolved", "unresolved"))
    # Hours until the case was closed (or, unresolved, until the last reply).
    hours = np.where(resolution == "resolved_quickly", rng.uniform(0.2, 24.0, n),
                     np.where(resolution == "resolved", 24.0 + rng.gamma(2.0, 30.0, n), 12.0 + rng.gamma(2.0, 60.0, n)))
    p = np.array([rates[s][g] for s, g in zip(size, resolution)])
    repurchased = rng.random(n) < p
    month = np.sort(rng.integers(1, 13, size=n))
    return pd.DataFrame({
        "complaint_id": np.arange(1, n + 1),
        "month": month,
        "channel": channel,
        "category": category,
        "order_value": order_value,
        "problem_size": size,
        "response_hours": np.round(hours, 1),
        "resolution": resolution,
        "repurchased_12m": repurchased.astype(int),
    })


def return_cases() -> pd.DataFrame:
    """Experience-investment cases of three fictional companies (one row per company and scenario)."""
    columns = ["case", "company", "scenario", "investment", "running_cost", "customers", "margin", "retention",
               "retention_uplift", "frequency_uplift", "basket_uplift", "referrals_per_customer",
               "referral_conversion", "discount", "horizon", "indirect"]
    rows = [
        # Apple-like retail chain: trained staff and personal advice in its stores.
        ("orchard_base", "orchard_retail", "staff_training", 6_000_000, 1_500_000, 200_000, 300.0, 0.70, 0.05,
         0.03, 0.02, 0.30, 0.10, 0.08, 5, 0.05),
        ("orchard_cautious", "orchard_retail", "cautious", 6_000_000, 1_500_000, 200_000, 300.0, 0.70, 0.02,
         0.00, 0.00, 0.15, 0.08, 0.08, 5, 0.0),
        # Amazon-like platform: recommendations plus fast after-sales service.
        ("riverline_base", "riverline_market", "recommend_aftersales", 20_000_000, 4_000_000, 2_000_000, 80.0,
         0.60, 0.04, 0.06, 0.05, 0.20, 0.05, 0.10, 5, 0.05),
        ("riverline_cautious", "riverline_market", "cautious", 20_000_000, 4_000_000, 2_000_000, 80.0, 0.60, 0.01,
         0.02, 0.01, 0.10, 0.05, 0.10, 5, 0.0),
        # Software company: product iterations driven by user feedback.
        ("brightdesk_base", "brightdesk_software", "feedback_iteration", 3_000_000, 800_000, 12_000, 1500.0, 0.80,
         0.06, 0.00, 0.04, 0.25, 0.12, 0.10, 5, 0.0),
    ]
    return pd.DataFrame(rows, columns=columns)


DATASETS = {
    "damage_online_retailer": online_retailer,
    "damage_retailer_touchpoints": retailer_touchpoints,
    "damage_hotel_checkin": hotel_checkin,
    "complaint_log": complaint_log,
    "return_cases": return_cases,
}
