"""Seeded sample data for the customer-experience pyramid module (01), staged after seed article 002.

``pyramid_retailer_checkout``
    Checkout sessions of an online shop, eight weeks before and eight weeks after it cut the checkout from seven
    steps to three and added one-click purchase for returning customers: steps, abandonment, effort (CES), on-time
    delivery, problems, "wow" answers and repurchase within 90 days.
``pyramid_airline``
    Surveyed passengers of an airline by segment (frequent flyers with the fast lane / other passengers) and by day
    type (normal day / flight delayed more than two hours, when the airline offers meals and its lounge).
``pyramid_hotel``
    Stays at two hotels of one chain that both upgrade guests on their birthday: one whose basics hold, one whose
    rooms often have problems (the birthday upgrade as a 3.0 move, and what it is worth on a broken 1.0).
``pyramid_it_helpdesk``
    Tickets of a company's IT help desk over four quarters, an internal-customer case: the desk first makes its
    fixes hold, then makes help easy to get, then fixes problems before colleagues notice them.

Every column named like a source column of :data:`cxlab.pyramid.MEASURES` becomes a measure with
``pyramid.measures_from``. All figures are invented but plausible; each function has its own fixed seed and
rounds its values, so the CSV files are byte-identical from run to run.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["DATASETS", "retailer_checkout", "airline", "hotel", "it_helpdesk"]


def _flag(rng, p, n=None):
    """0/1 draws with probability p (array or scalar)."""
    p = np.broadcast_to(np.asarray(p, dtype=float), (n,) if n is not None else np.shape(p))
    return (rng.random(p.shape) < p).astype(int)


def _scores(rng, mean, sd, n, low=1, high=7):
    """Integer answers on a low..high scale around ``mean``."""
    return np.clip(np.round(rng.normal(mean, sd, size=n)), low, high).astype(int)


def _blank(values, keep):
    """Float column with NaN where ``keep`` is False (a question not asked, a delivery that never happened)."""
    out = np.asarray(values, dtype=float).copy()
    out[~np.asarray(keep, dtype=bool)] = np.nan
    return out


def retailer_checkout() -> pd.DataFrame:
    """Checkout sessions of a fictional online shop, weeks 1-8 before and 9-16 after the three-step checkout."""
    rng = np.random.default_rng(20250511)
    frames = []
    for period, weeks in (("before", range(1, 9)), ("after", range(9, 17))):
        per_week = rng.poisson(190, size=len(weeks))
        n = int(per_week.sum())
        week = np.repeat(np.array(list(weeks)), per_week)
        after = period == "after"
        # returning customers with saved details can buy with one click after the change
        one_click = _flag(rng, 0.38, n) if after else np.zeros(n, dtype=int)
        steps = np.where(one_click == 1, 1, 3) if after else np.where(rng.random(n) < 0.25, 8, 7)
        p_abandon = np.where(one_click == 1, 0.07, 0.21) if after else np.where(steps == 8, 0.48, 0.41)
        abandoned = _flag(rng, p_abandon)
        completed = abandoned == 0
        # a short effort question after the checkout (completed or not), answered by about a third
        asked = rng.random(n) < 0.34
        ces_mean = np.where(one_click == 1, 6.2, 5.5) if after else np.where(abandoned == 1, 3.4, 4.4)
        ces = _blank(_scores(rng, ces_mean, 1.0, n), asked)
        on_time = _blank(_flag(rng, 0.968, n), completed)
        problem = _blank(_flag(rng, 0.028, n), completed)
        wow = _blank(_flag(rng, 0.09 if after else 0.07, n), completed & asked)
        # repurchase within 90 days: an easy checkout brings customers back; a problem drives them off
        p_repurchase = (0.35 if after else 0.27) - 0.15 * np.nan_to_num(problem)
        repurchased = _blank(_flag(rng, p_repurchase), completed)
        frames.append(pd.DataFrame({
            "period": period, "week": week, "one_click": one_click, "checkout_steps": steps,
            "abandoned": abandoned, "ces": ces, "on_time": on_time, "problem": problem, "wow": wow,
            "repurchased_90d": repurchased,
        }))
    frame = pd.concat(frames, ignore_index=True)
    frame.insert(0, "session_id", np.arange(1, len(frame) + 1))
    return frame


def airline() -> pd.DataFrame:
    """Surveyed passengers of a fictional airline: segment x day type (normal / flight delayed over 2 hours)."""
    rng = np.random.default_rng(20250512)
    cells = [
        # segment, day type, passengers, on time, problem, must-be met, median wait, CES, wow, exceeded
        ("frequent_flyer", "normal", 420, 0.95, 0.02, 0.98, 4.0, 6.1, 0.16, 0.30),
        ("other", "normal", 620, 0.95, 0.03, 0.96, 17.0, 4.9, 0.05, 0.12),
        ("frequent_flyer", "delayed", 230, 0.0, 0.04, 0.97, 4.0, 5.4, 0.31, 0.36),
        ("other", "delayed", 330, 0.0, 0.07, 0.86, 19.0, 3.8, 0.12, 0.16),
    ]
    frames = []
    for segment, day, n, on_time, problem, must_be, wait, ces, wow, exceeded in cells:
        frames.append(pd.DataFrame({
            "segment": segment, "day_type": day,
            "fast_lane": _flag(rng, 0.9 if segment == "frequent_flyer" else 0.0, n),
            "meal_lounge": np.full(n, int(day == "delayed")),
            "on_time": _flag(rng, on_time, n), "problem": _flag(rng, problem, n),
            "must_be_met": _flag(rng, must_be, n),
            "wait_minutes": np.round(rng.gamma(4.0, wait / 3.67, size=n), 1),
            "ces": _scores(rng, ces, 1.0, n), "wow": _flag(rng, wow, n), "exceeded": _flag(rng, exceeded, n),
        }))
    frame = pd.concat(frames, ignore_index=True)
    frame.insert(0, "passenger_id", np.arange(1, len(frame) + 1))
    return frame


def hotel() -> pd.DataFrame:
    """Stays at two fictional hotels of one chain; both upgrade guests on their birthday."""
    rng = np.random.default_rng(20250513)
    profiles = {
        # hotel: stays, room ready on time, problem, median wait, CES; birthday share
        "harbour": (1300, 0.97, 0.025, 6.0, 5.8),
        "station": (1100, 0.86, 0.14, 14.0, 4.6),
    }
    frames = []
    for name, (n, on_time, problem, wait, ces) in profiles.items():
        birthday = _flag(rng, 0.06, n)
        has_problem = _flag(rng, problem, n)
        upgraded = np.where(birthday == 1, _flag(rng, 0.9, n), _flag(rng, 0.03, n))
        # a wow moment: mostly the birthday upgrade, much rarer when the room had a problem
        p_wow = np.where(upgraded == 1, 0.72, 0.06) * np.where(has_problem == 1, 0.35, 1.0)
        p_exceeded = np.where(upgraded == 1, 0.62, 0.15) * np.where(has_problem == 1, 0.4, 1.0)
        frames.append(pd.DataFrame({
            "hotel": name, "birthday_stay": birthday,
            "on_time": _flag(rng, on_time, n), "problem": has_problem,
            "wait_minutes": np.round(rng.gamma(3.0, wait / 2.67, size=n), 1),
            "ces": _scores(rng, ces - 1.2 * has_problem, 1.0, n),
            "personal_touch": upgraded, "wow": _flag(rng, p_wow), "exceeded": _flag(rng, p_exceeded),
        }))
    frame = pd.concat(frames, ignore_index=True)
    frame.insert(0, "stay_id", np.arange(1, len(frame) + 1))
    return frame


def it_helpdesk() -> pd.DataFrame:
    """Tickets of a fictional IT help desk serving 900 colleagues, quarters Q1-Q4 of one year."""
    rng = np.random.default_rng(20250514)
    quarters = [
        # quarter, tickets, SLA met, reopened, first-contact resolution, median response h, CES, wow, proactive
        ("Q1", 430, 0.76, 0.17, 0.44, 9.0, 4.0, 0.03, 0.02),
        ("Q2", 410, 0.92, 0.05, 0.52, 6.0, 4.6, 0.04, 0.03),
        ("Q3", 380, 0.94, 0.04, 0.78, 1.5, 5.8, 0.08, 0.06),
        ("Q4", 360, 0.95, 0.03, 0.81, 1.2, 6.0, 0.22, 0.24),
    ]
    frames = []
    for quarter, n, sla, reopened, fcr, response, ces, wow, proactive in quarters:
        asked = rng.random(n) < 0.4
        frames.append(pd.DataFrame({
            "quarter": quarter,
            "department": rng.choice(["sales", "finance", "production", "hr"], size=n, p=[0.35, 0.2, 0.35, 0.1]),
            "sla_met": _flag(rng, sla, n), "reopened": _flag(rng, reopened, n),
            "resolved_first_contact": _flag(rng, fcr, n),
            "response_hours": np.round(rng.gamma(2.0, response / 1.68, size=n), 1),
            "ces": _blank(_scores(rng, ces, 1.0, n), asked),
            "wow": _blank(_flag(rng, wow, n), asked),
            "proactive": _flag(rng, proactive, n),
        }))
    frame = pd.concat(frames, ignore_index=True)
    frame.insert(0, "ticket_id", np.arange(1, len(frame) + 1))
    return frame


DATASETS = {
    "pyramid_retailer_checkout": retailer_checkout,
    "pyramid_airline": airline,
    "pyramid_hotel": hotel,
    "pyramid_it_helpdesk": it_helpdesk,
}
