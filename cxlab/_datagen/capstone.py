"""Seeded generator of the capstone case: Yuejia Home Appliances (悦家电器), followed through every module.

One company, one set of customers, one journey. Every survey draws its respondents from the customer list
``capstone_customers`` (ids ``Y0001`` …), so a customer who answered the KANO survey, the SERVQUAL survey, the
journey survey and the NPS survey carries the same id in all four and in the order log; every touchpoint id the
surveys, the KANO feature table and the damage step use is a row of ``capstone_touchpoints``.

Datasets
--------
``capstone_customers``
    3,000 customers who bought in 2024: channel (online shop or store), product, and whether (and when) they
    needed a repair: ``none``, ``before`` (the first half of 2025, before the fix) or ``pilot`` (the second half,
    in the pilot of the fix).
``capstone_orders``
    Their orders in 2024–2025 with the pyramid's record flags: delivered on time, a problem with the order,
    every must-be need met, the effort score of the post-purchase survey (blank = not asked), a "wow" comment.
``capstone_kano`` / ``capstone_kano_features``
    300 customers × 11 features (long format, answer codes 1..5, importance 1..9); the feature table names the
    touchpoint each feature belongs to.
``capstone_servqual``
    200 customers with a repair in the first half of 2025 rate the after-sales service: 22 items × expectation
    and perception (7-point scale), long format.
``capstone_touchpoints``
    The journey: 13 touchpoints over six stages (reach, satisfaction = the survey mean, effort, emotion,
    problem rate, loyalty drop, delight potential, owner, verbatim).
``capstone_journey_survey``
    480 customers with a repair before the fix: a 1..5 score per surveyed touchpoint, overall satisfaction with
    the after-sales service (1..5) and the recommend answer of NPS (0..10).
``capstone_feedback``
    The after-sales NPS/CSAT survey in two waves: ``before`` (the 480 journey respondents, the same answers) and
    ``pilot`` (300 customers repaired after the fix), with whether the repair was done on the first visit.
``capstone_parameters``
    The figures of the business case the team agreed on (customers a year, value of a customer, cost of the fix,
    margin, retention, the retention the fix is expected to add).

How the story is staged
-----------------------
The technician visit is where it breaks: the technician often comes without the part (fixed on the first visit
for :data:`FIRST_FIX` of the repairs before the fix). A customer's technician-visit score depends on whether the
repair was done on the first visit; the overall judgement is a weighted sum of the standardised touchpoint scores
(:data:`WEIGHTS`, the technician visit the heaviest) plus noise, cut into the 1..5 and 0..10 answers at fixed
thresholds. The pilot wave is drawn from the same model with the pilot's first-visit rate, so its NPS rises
because the technician visit got better and for no other reason. In the KANO survey "fixed on the first visit" is
a clear must-be need, in SERVQUAL reliability has the largest gap and item 7 ("right the first time") is the
worst item, and in the order log the must-be needs are met least often: the class should find the same pain point
from every side. ``tests/test_capstone_data.py`` checks all of this with the modules' own functions.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from .kano import _quota  # exact counts per share (largest remainder): the staged shares cannot drift

SEED = 20250816
N_CUSTOMERS = 3000
#: Customers who needed a repair: before the fix (first half of 2025) and in the pilot (second half).
N_REPAIR = {"before": 600, "pilot": 360}
N_KANO, N_SERVQUAL, N_JOURNEY, N_PILOT = 300, 200, 480, 300
#: Share of repairs done on the first visit, before the fix and in the pilot.
FIRST_FIX = {"before": 0.58, "pilot": 0.86}

PRODUCTS = ("washer", "fridge", "air_conditioner", "water_heater")

_TP = ["stage", "touchpoint", "name_zh", "name_en", "order", "channel", "owner", "reach", "emotion",
       "problem_rate", "loyalty_drop", "delight", "verbatim_zh", "verbatim_en"]

#: The journey of Yuejia's customers (columns as ``_TP``; csat and ces are added from the survey).
TOUCHPOINTS = [
    ("awareness", "video_ads", "短视频广告", "Short video ads", 1, "social", "marketing", 0.75, 0.6, 0.02, 0.05,
     0.05, "广告里的洗衣机看着挺高级", "The washer in the ad looks smart"),
    ("consideration", "reviews", "网上看评价", "Online reviews", 1, "social", "ecommerce", 0.85, 0.2, 0.06, 0.10,
     0.05, "差评几乎都在说维修", "Nearly every bad review is about repairs"),
    ("consideration", "store_visit", "门店体验", "Store visit", 2, "store", "sales", 0.45, 2.4, 0.04, 0.10, 0.15,
     "导购很耐心，还教我怎么选容量", "The salesperson was patient and helped me pick the size"),
    ("purchase", "checkout", "下单付款", "Ordering and payment", 1, "web", "ecommerce", 1.00, 2.2, 0.03, 0.10,
     0.05, "下单很快，优惠也清楚", "Quick to order, the discount was clear"),
    ("purchase", "delivery", "送货", "Delivery", 2, "home", "logistics", 1.00, 1.2, 0.08, 0.20, 0.10,
     "约好上午，实际下午才到", "Booked for the morning, came in the afternoon"),
    ("purchase", "installation", "上门安装", "Installation", 3, "home", "installation", 0.90, 1.8, 0.07, 0.20,
     0.20, "师傅装得很仔细，还讲了怎么用", "Careful fitter, and he showed me how to use it"),
    ("use", "first_use", "初次使用", "First use", 1, "home", "product", 1.00, 3.5, 0.04, 0.30, 0.10,
     "洗得干净，声音也小", "Cleans well and it's quiet"),
    ("use", "app", "悦家App", "Yuejia app", 2, "app", "product", 0.45, 0.4, 0.10, 0.05, 0.45,
     "要是能提醒我清洗滤网就好了", "I wish it reminded me to clean the filter"),
    ("after_sales", "repair_hotline", "报修热线", "Repair hotline", 1, "phone", "service", 0.20, -2.6, 0.30, 0.30,
     0.05, "等了二十分钟才有人接", "Twenty minutes before anyone answered"),
    ("after_sales", "technician_visit", "师傅上门维修", "Technician visit", 2, "home", "service", 0.20, -3.9, 0.42,
     0.45, 0.05, "师傅来了才发现没带配件，又等了五天", "The technician came without the part; five more days"),
    ("after_sales", "repair_fee", "维修收费", "Repair charges", 3, "home", "service", 0.16, -2.2, 0.25, 0.30, 0.05,
     "收费没个标准，不知道贵不贵", "No price list, no idea if it was fair"),
    ("loyalty", "follow_up", "回访电话", "Follow-up call", 1, "phone", "crm", 0.55, -0.3, 0.10, 0.10, 0.10,
     "还没修好就问我满不满意", "They asked if I was happy before it was fixed"),
    ("loyalty", "trade_in", "以旧换新", "Trade-in offer", 2, "web", "sales", 0.25, 1.4, 0.05, 0.05, 0.25,
     "旧机器折价还算公道", "A fair price for the old machine"),
]

#: Surveyed touchpoints: mean score (1..5), sd, staged weight in the overall judgement. The technician visit's
#: mean depends on the first-visit fix (:data:`TECHNICIAN`).
WEIGHTS = {
    "reviews": (3.7, 0.8, 0.02), "checkout": (4.4, 0.6, 0.04), "delivery": (3.9, 0.9, 0.08),
    "installation": (4.1, 0.8, 0.10), "first_use": (4.5, 0.6, 0.14), "app": (3.3, 0.9, 0.02),
    "repair_hotline": (2.8, 1.0, 0.14), "technician_visit": (None, 0.7, 0.34), "repair_fee": (3.0, 1.0, 0.12),
    "follow_up": (3.3, 0.9, 0.04),
}
#: Mean technician-visit score when the repair was / was not done on the first visit.
TECHNICIAN = {True: 3.1, False: 1.7}
#: Mean customer effort (1 very easy .. 7 very hard) per surveyed touchpoint.
EFFORT = {"reviews": 3.0, "checkout": 1.8, "delivery": 2.9, "installation": 2.5, "first_use": 1.9, "app": 3.9,
          "repair_hotline": 5.4, "technician_visit": 5.8, "repair_fee": 4.5, "follow_up": 3.1}

#: KANO features: id, zh, en, touchpoint, shares of A, O, M, I, R, Q, mean importance (1..9).
FEATURES = [
    ("on_time_delivery", "准时送达", "On-time delivery", "delivery", (0.06, 0.22, 0.50, 0.18, 0.01, 0.03), 7.8),
    ("first_visit_fix", "师傅一次修好", "Fixed on the first visit", "technician_visit",
     (0.04, 0.20, 0.62, 0.11, 0.01, 0.02), 8.4),
    ("price_list", "维修收费透明", "Clear repair price list", "repair_fee", (0.06, 0.18, 0.48, 0.24, 0.01, 0.03),
     7.2),
    ("hotline_answer", "热线一分钟内接通", "Hotline answered within a minute", "repair_hotline",
     (0.12, 0.46, 0.24, 0.15, 0.01, 0.02), 6.9),
    ("repair_tracking", "维修进度在线可查", "Track the repair online", "technician_visit",
     (0.24, 0.40, 0.10, 0.23, 0.01, 0.02), 6.3),
    ("same_day_install", "送装同一天完成", "Delivered and installed the same day", "installation",
     (0.20, 0.44, 0.14, 0.19, 0.01, 0.02), 6.5),
    ("loan_unit", "维修期间借用备用机", "Loan unit during the repair", "technician_visit",
     (0.48, 0.12, 0.04, 0.32, 0.02, 0.02), 5.6),
    ("care_reminder", "滤网清洗提醒", "Filter-cleaning reminders", "app", (0.42, 0.10, 0.03, 0.38, 0.04, 0.03), 4.9),
    ("trade_in_bonus", "以旧换新补贴", "Trade-in bonus", "trade_in", (0.45, 0.15, 0.04, 0.32, 0.02, 0.02), 5.4),
    ("voice_control", "语音控制", "Voice control", "app", (0.10, 0.04, 0.02, 0.72, 0.08, 0.04), 2.8),
    ("daily_push", "每日促销推送", "Daily promo pushes", "app", (0.03, 0.02, 0.02, 0.30, 0.57, 0.06), 2.0),
]
_KANO_CATEGORIES = ("A", "O", "M", "I", "R", "Q")
#: Typical answer pairs of each category (the pairs of the KANO evaluation table's cells, Berger et al. 1993).
_PAIRS = {
    "A": [((1, 3), 0.55), ((1, 4), 0.30), ((1, 2), 0.15)],
    "O": [((1, 5), 1.00)],
    "M": [((2, 5), 0.45), ((3, 5), 0.35), ((4, 5), 0.20)],
    "I": [((3, 3), 0.45), ((2, 3), 0.20), ((3, 4), 0.20), ((4, 3), 0.15)],
    "R": [((5, 1), 0.50), ((4, 1), 0.25), ((5, 3), 0.25)],
    "Q": [((1, 1), 0.50), ((5, 5), 0.50)],
}

#: SERVQUAL (after-sales service): mean expectation and perception per dimension (tangibles, reliability,
#: responsiveness, assurance, empathy) on the 7-point scale; item offsets of the perception (item 7 "right the
#: first time" the lowest).
SQ_EXPECTATION = (5.4, 6.6, 6.3, 6.1, 5.7)
SQ_PERCEPTION = (5.3, 4.7, 5.0, 5.6, 5.2)
_SQ_DIMENSION = [0] * 4 + [1] * 5 + [2] * 4 + [3] * 4 + [4] * 5
_SQ_OFFSET = np.array([0.1, 0.0, 0.2, -0.2, 0.1, 0.3, -0.9, 0.2, 0.3, -0.1, 0.1, 0.2, -0.2, 0.1, 0.2, 0.0,
                       -0.2, -0.1, 0.3, 0.0, -0.2, 0.1])

#: The business case (parameter → value); ``datasets.capstone_parameters`` and ``capstone.param.*`` say what
#: each one is.
PARAMETERS = [
    ("customers", 120_000), ("value_per_customer", 1_500), ("investment", 1_800_000), ("running_cost", 500_000),
    ("margin", 400), ("retention", 0.60), ("discount", 0.08), ("retention_uplift", 0.03), ("horizon", 3),
]


def _ids(n):
    return np.array([f"Y{i:04d}" for i in range(1, n + 1)])


def _customers(rng):
    ids = _ids(N_CUSTOMERS)
    channel = np.where(rng.random(N_CUSTOMERS) < 0.58, "online", "store")
    product = np.asarray(PRODUCTS)[rng.choice(len(PRODUCTS), size=N_CUSTOMERS, p=[0.35, 0.25, 0.25, 0.15])]
    repair = np.repeat(np.array(["none", "before", "pilot"]),
                       [N_CUSTOMERS - sum(N_REPAIR.values()), N_REPAIR["before"], N_REPAIR["pilot"]])
    rng.shuffle(repair)
    fixed = np.zeros(N_CUSTOMERS, dtype=int)
    for period, rate in FIRST_FIX.items():
        where = np.flatnonzero(repair == period)
        counts = _quota((rate, 1 - rate), len(where))
        flags = np.repeat([1, 0], counts)
        rng.shuffle(flags)
        fixed[where] = flags
    return pd.DataFrame({"customer_id": ids, "channel": channel, "product": product, "repair": repair,
                         "fixed_first_visit": fixed})


def capstone_customers() -> pd.DataFrame:
    """The 3,000 customers: id, channel, product, repair period, first-visit fix (blank without a repair)."""
    frame = _customers(np.random.default_rng(SEED))
    frame["fixed_first_visit"] = frame["fixed_first_visit"].where(frame["repair"] != "none").astype("Int64")
    return frame


def _sample(rng, ids, n):
    return np.sort(rng.choice(ids, size=n, replace=False))


def _answers(rng, fixed):
    """Touchpoint scores, the latent judgement and the two outcome answers for customers with a repair."""
    n = len(fixed)
    g = rng.standard_normal(n)
    scores = {}
    for name, (mean, sd, _) in WEIGHTS.items():
        if mean is None:
            mean = np.where(fixed == 1, TECHNICIAN[True], TECHNICIAN[False])
        raw = mean + sd * (0.5 * g + 0.86 * rng.standard_normal(n))
        scores[name] = np.clip(np.rint(raw), 1, 5).astype(int)
    return scores


def _outcomes(rng, scores, centre):
    """Overall (1..5) and recommend (0..10) from the weighted standardised scores; ``centre`` holds the means
    and sds of the before wave, so the pilot is judged on the same ruler."""
    latent = np.zeros(len(next(iter(scores.values()))))
    for name, (_, _, weight) in WEIGHTS.items():
        mean, sd = centre[name]
        latent += weight * (scores[name] - mean) / sd
    latent = latent / centre["_latent"] + rng.normal(0.0, 0.5, latent.size)
    overall = np.digitize(latent, [-1.6, -0.7, 0.2, 1.1]) + 1
    recommend = np.clip(np.rint(7.3 + 2.0 * latent + rng.normal(0, 0.8, latent.size)), 0, 10).astype(int)
    return overall, recommend


def _surveys() -> dict:
    """Every survey of the case, fresh copies of :func:`_drawn` (one draw per process)."""
    return {name: frame.copy() for name, frame in _drawn().items()}


@lru_cache(maxsize=1)
def _drawn():
    """Every survey of the case, drawn in one fixed order from one generator (so they stay byte-stable)."""
    rng = np.random.default_rng(SEED)
    customers = _customers(rng)
    ids = customers["customer_id"].to_numpy()
    fixed = dict(zip(ids, customers["fixed_first_visit"]))
    before = ids[customers["repair"].to_numpy() == "before"]
    pilot = ids[customers["repair"].to_numpy() == "pilot"]
    out = {"customers": customers}

    # journey survey and the before wave of the NPS survey: the same customers, the same answers
    journey = _sample(rng, before, N_JOURNEY)
    scores = _answers(rng, np.array([fixed[c] for c in journey]))
    centre = {name: (s.mean(), s.std()) for name, s in scores.items()}
    raw = sum(WEIGHTS[name][2] * (s - centre[name][0]) / centre[name][1] for name, s in scores.items())
    centre["_latent"] = raw.std()
    overall, recommend = _outcomes(rng, scores, centre)
    frame = pd.DataFrame({"customer_id": journey,
                          "channel": customers.set_index("customer_id").loc[journey, "channel"].to_numpy()})
    for name in WEIGHTS:
        frame[name] = scores[name]
    frame["overall"] = overall
    frame["recommend"] = recommend
    out["journey"] = frame

    later = _sample(rng, pilot, N_PILOT)
    pilot_scores = _answers(rng, np.array([fixed[c] for c in later]))
    pilot_overall, pilot_recommend = _outcomes(rng, pilot_scores, centre)
    out["feedback"] = pd.DataFrame({
        "customer_id": np.r_[journey, later],
        "wave": ["before"] * len(journey) + ["pilot"] * len(later),
        "recommend": np.r_[recommend, pilot_recommend],
        "csat": np.r_[overall, pilot_overall],
        "fixed_first_visit": [int(fixed[c]) for c in np.r_[journey, later]],
    })

    # KANO: 300 customers, exact category counts per feature dealt out at random
    kano_ids = _sample(rng, ids, N_KANO)
    rows = []
    for feature, _, _, _, profile, importance in FEATURES:
        cats = np.repeat(np.array(_KANO_CATEGORIES), _quota(profile, N_KANO))
        rng.shuffle(cats)
        noise = rng.normal(0.0, 1.2, N_KANO)
        for respondent, cat, e in zip(kano_ids, cats, noise):
            pairs, weights = zip(*_PAIRS[cat])
            f, d = pairs[rng.choice(len(pairs), p=weights)]
            rows.append((respondent, feature, f, d, int(np.clip(np.rint(importance + e), 1, 9))))
    kano = pd.DataFrame(rows, columns=["customer_id", "feature", "functional", "dysfunctional", "importance"])
    order = {f[0]: k for k, f in enumerate(FEATURES)}
    out["kano"] = kano.sort_values(["customer_id", "feature"], key=lambda s: s.map(order) if s.name == "feature"
                                   else s, kind="stable").reset_index(drop=True)

    # SERVQUAL: 200 customers repaired before the fix rate the after-sales service
    sq_ids = _sample(rng, before, N_SERVQUAL)
    general = rng.normal(0.0, 0.45, N_SERVQUAL)
    dims = np.asarray(_SQ_DIMENSION)
    specific = rng.normal(0.0, 0.6, (N_SERVQUAL, 5))[:, dims]
    e_mean = np.asarray(SQ_EXPECTATION)[dims]
    p_mean = np.asarray(SQ_PERCEPTION)[dims] + _SQ_OFFSET
    expectation = np.clip(np.rint(e_mean + rng.normal(0.0, 0.5, (N_SERVQUAL, 22))), 1, 7).astype(int)
    perception = np.clip(np.rint(p_mean + general[:, None] + specific
                                 + rng.normal(0.0, 0.55, (N_SERVQUAL, 22))), 1, 7).astype(int)
    out["servqual"] = pd.DataFrame({
        "customer_id": np.repeat(sq_ids, 22), "item": np.tile(np.arange(1, 23), N_SERVQUAL),
        "expectation": expectation.ravel(), "perception": perception.ravel()})

    # orders 2024-2025 with the pyramid's record flags
    out["orders"] = _orders(rng, customers)
    return out


def _orders(rng, customers):
    n = len(customers)
    start = np.datetime64("2024-01-01")
    first = start + rng.integers(0, 366, n).astype("timedelta64[D]")
    unhappy = (customers["repair"] != "none").to_numpy() & (customers["fixed_first_visit"].to_numpy() == 0)
    extra = rng.poisson(np.where(unhappy, 0.25, 0.7))
    who = np.r_[np.arange(n), np.repeat(np.arange(n), extra)]
    days = np.r_[np.zeros(n, dtype=int), rng.integers(30, 700, extra.sum())]
    dates = first[who] + days.astype("timedelta64[D]")
    keep = dates <= np.datetime64("2025-12-31")
    who, dates = who[keep], dates[keep]
    order = np.lexsort((who, dates))
    who, dates = who[order], dates[order]
    m = len(who)
    product = customers["product"].to_numpy()[who]
    base = {"washer": 3200, "fridge": 4800, "air_conditioner": 3900, "water_heater": 2100}
    amount = np.rint(np.array([base[p] for p in product]) * rng.lognormal(0.0, 0.25, m) / 10) * 10
    on_time = (rng.random(m) < 0.92).astype(int)
    problem = (rng.random(m) < np.where(on_time == 1, 0.07, 0.35)).astype(int)
    must_be = ((on_time == 1) & (problem == 0) & (rng.random(m) < 0.93)).astype(int)
    ces = np.clip(np.rint(rng.normal(np.where(problem == 1, 3.8, 5.5), 1.0)), 1, 7)
    asked = rng.random(m) < 0.6
    wow = (rng.random(m) < np.where(problem == 1, 0.02, 0.11)).astype(int)
    return pd.DataFrame({
        "order_id": [f"O{i:05d}" for i in range(1, m + 1)],
        "customer_id": customers["customer_id"].to_numpy()[who],
        "order_date": pd.to_datetime(dates).strftime("%Y-%m-%d"),
        "channel": customers["channel"].to_numpy()[who],
        "product": product,
        "amount": amount.astype(int),
        "on_time": on_time, "problem": problem, "must_be_met": must_be,
        "ces": pd.array(np.where(asked, ces, np.nan), dtype="Float64").astype("Int64"),
        "wow": wow,
    })


def capstone_orders() -> pd.DataFrame:
    """The order log with the pyramid's record flags (one row per order)."""
    return _surveys()["orders"]


def capstone_kano() -> pd.DataFrame:
    """The KANO answers, long format: customer_id, feature, functional, dysfunctional (1..5), importance (1..9)."""
    return _surveys()["kano"]


def capstone_kano_features() -> pd.DataFrame:
    """The KANO features: id, Chinese and English name, the touchpoint they belong to."""
    return pd.DataFrame([f[:4] for f in FEATURES], columns=["feature", "name_zh", "name_en", "touchpoint"])


def capstone_servqual() -> pd.DataFrame:
    """The SERVQUAL answers of the after-sales service, long format (customer_id, item, expectation, perception)."""
    return _surveys()["servqual"]


def capstone_journey_survey() -> pd.DataFrame:
    """The journey survey: a 1..5 score per surveyed touchpoint, overall (1..5), recommend (0..10)."""
    return _surveys()["journey"]


def capstone_feedback() -> pd.DataFrame:
    """The after-sales NPS/CSAT survey, two waves (before the fix and in the pilot)."""
    return _surveys()["feedback"]


def capstone_touchpoints() -> pd.DataFrame:
    """The journey's touchpoint table (csat = the journey survey's mean score of each surveyed touchpoint)."""
    frame = pd.DataFrame(TOUCHPOINTS, columns=_TP)
    survey = capstone_journey_survey()
    means = {name: round(float(survey[name].mean()), 2) for name in WEIGHTS}
    frame.insert(frame.columns.get_loc("emotion"), "csat", frame["touchpoint"].map(means))
    frame.insert(frame.columns.get_loc("emotion"), "ces", frame["touchpoint"].map(EFFORT))
    return frame


def capstone_parameters() -> pd.DataFrame:
    """The business case's figures: parameter, value."""
    return pd.DataFrame({"parameter": [k for k, _ in PARAMETERS],
                         "value": pd.Series([v for _, v in PARAMETERS], dtype=object)})


DATASETS = {
    "capstone_customers": capstone_customers,
    "capstone_orders": capstone_orders,
    "capstone_kano": capstone_kano,
    "capstone_kano_features": capstone_kano_features,
    "capstone_servqual": capstone_servqual,
    "capstone_touchpoints": capstone_touchpoints,
    "capstone_journey_survey": capstone_journey_survey,
    "capstone_feedback": capstone_feedback,
    "capstone_parameters": capstone_parameters,
}
