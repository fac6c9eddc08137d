"""Seeded generator of the KANO case: a hotel group's mobile app and smart-room service.

Two datasets:

``kano_hotel_app``
    240 respondents x 13 features, long format ``[respondent, feature, functional, dysfunctional, importance]``;
    answer codes 1..5 (1 like, 2 must-be, 3 neutral, 4 live with, 5 dislike), importance 1..9.
``kano_hotel_app_features``
    the 13 feature ids with their Chinese and English names (data, not catalog: a trainer who runs their own
    survey brings their own feature table in the same shape).

How the answers are staged
--------------------------
Each feature has a *category profile*: the share of respondents for whom it is attractive (A), one-dimensional
(O), must-be (M), indifferent (I), reverse (R) or whose answer is questionable (Q). The profile is turned into
exact counts (largest remainder, so the staged case cannot drift with the seed) and dealt out to respondents in a
random order; each respondent's answer *pair* is then drawn from the pairs people typically give for that
category (``TYPICAL_PAIRS``: e.g. a must-be need is mostly answered "neutral / dislike" or "expect it / dislike").
``tests/test_kano_data.py`` checks with ``cxlab.kano.evaluate`` that every typical pair really lies in its
category's cells of the evaluation table (Berger et al. 1993), so this module holds no copy of that table.

Staged for the class: every category appears; ``late_checkout`` is a near tie between A and O, and two more
features lead by a margin the tie threshold can close (``mobile_key``: A ahead of O by about 0.07 of the answers,
``chat_response``: O ahead of M by about 0.12), so moving the explorer's threshold from 0 to 0.15 changes three
categories one after the other; a few scattered
questionable answers; respondents R057 (likes everything both ways: all Q) and R133 (dislikes everything both
ways: all Q) are straight-liners the questionable filter removes; R201 answers neutral/neutral throughout (a
straight-liner the filter does *not* remove: all I); R088 has 8 of 13 answers questionable (dropped at the default
50 % threshold) and R150 has 5 of 13 (kept).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 20240502
N_RESPONDENTS = 240

#: id, Chinese name, English name (short, for chart labels; the order is the order of the questionnaire).
FEATURES = [
    ("online_checkin", "在线入住顺畅", "Online check-in works"),
    ("room_photos", "照片与实物一致", "Photos match the room"),
    ("wifi", "Wi-Fi稳定", "Reliable Wi-Fi"),
    ("e_invoice", "自动开电子发票", "Automatic e-invoice"),
    ("checkin_speed", "到店入住等候短", "Short check-in wait"),
    ("chat_response", "在线客服回复快", "Fast chat replies"),
    ("birthday_upgrade", "生日惊喜升房", "Birthday upgrade"),
    ("mobile_key", "手机开门", "Mobile room key"),
    ("recommendations", "个性化周边推荐", "Personal local tips"),
    ("fast_lane", "会员快速通道", "Members' fast lane"),
    ("late_checkout", "一键延迟退房", "One-tap late checkout"),
    ("theme_colours", "App主题配色", "App theme colours"),
    ("daily_push", "每日推送优惠", "Daily promo pushes"),
]

CATEGORIES = ("A", "O", "M", "I", "R", "Q")

#: Staged category profile per feature: shares of A, O, M, I, R, Q.
PROFILE = {
    "online_checkin":   (0.07, 0.18, 0.45, 0.25, 0.02, 0.03),
    "room_photos":      (0.05, 0.15, 0.50, 0.25, 0.02, 0.03),
    "wifi":             (0.04, 0.20, 0.55, 0.17, 0.02, 0.02),
    "e_invoice":        (0.05, 0.10, 0.44, 0.36, 0.02, 0.03),
    "checkin_speed":    (0.12, 0.45, 0.25, 0.14, 0.01, 0.03),
    "chat_response":    (0.17, 0.40, 0.28, 0.11, 0.01, 0.03),
    "birthday_upgrade": (0.50, 0.12, 0.03, 0.30, 0.02, 0.03),
    "mobile_key":       (0.36, 0.29, 0.04, 0.21, 0.07, 0.03),
    "recommendations":  (0.40, 0.10, 0.03, 0.34, 0.10, 0.03),
    "fast_lane":        (0.45, 0.20, 0.06, 0.24, 0.02, 0.03),
    "late_checkout":    (0.34, 0.33, 0.10, 0.18, 0.02, 0.03),
    "theme_colours":    (0.08, 0.03, 0.02, 0.70, 0.12, 0.05),
    "daily_push":       (0.04, 0.02, 0.02, 0.30, 0.55, 0.07),
}

#: Mean stated importance (1..9) per feature.
IMPORTANCE = {
    "online_checkin": 7.6, "room_photos": 7.9, "wifi": 8.1, "e_invoice": 6.4, "checkin_speed": 7.4,
    "chat_response": 6.8, "birthday_upgrade": 5.6, "mobile_key": 5.9, "recommendations": 4.6, "fast_lane": 5.8,
    "late_checkout": 6.2, "theme_colours": 2.6, "daily_push": 2.1,
}

#: The (functional, dysfunctional) pairs people typically give for each category, with weights.
TYPICAL_PAIRS = {
    "A": [((1, 2), 0.15), ((1, 3), 0.50), ((1, 4), 0.35)],
    "O": [((1, 5), 1.00)],
    "M": [((2, 5), 0.45), ((3, 5), 0.35), ((4, 5), 0.20)],
    "I": [((3, 3), 0.35), ((2, 3), 0.15), ((3, 2), 0.10), ((2, 4), 0.10), ((3, 4), 0.15), ((4, 3), 0.10),
          ((2, 2), 0.05)],
    "R": [((5, 1), 0.40), ((4, 1), 0.20), ((3, 1), 0.15), ((5, 2), 0.10), ((5, 3), 0.15)],
    "Q": [((1, 1), 0.50), ((5, 5), 0.50)],
}

#: Straight-liners: respondent -> the (functional, dysfunctional, importance) they give for every feature.
STRAIGHT_LINERS = {"R057": (1, 1, 9), "R133": (5, 5, 1), "R201": (3, 3, 5)}
#: Respondents with many questionable answers: respondent -> number of features answered (1, 1).
MANY_QUESTIONABLE = {"R088": 8, "R150": 5}


def _quota(shares, n):
    """Exact counts summing to n (largest remainder)."""
    shares = np.asarray(shares, dtype=float) / sum(shares)
    raw = shares * n
    counts = np.floor(raw).astype(int)
    order = np.argsort(-(raw - counts), kind="stable")
    counts[order[: n - counts.sum()]] += 1
    return counts


def kano_hotel_app() -> pd.DataFrame:
    """The survey answers, long format, one row per respondent and feature."""
    rng = np.random.default_rng(SEED)
    respondents = [f"R{i:03d}" for i in range(1, N_RESPONDENTS + 1)]
    features = [f for f, _, _ in FEATURES]
    functional = np.zeros((N_RESPONDENTS, len(features)), dtype=int)
    dysfunctional = np.zeros_like(functional)
    importance = np.zeros_like(functional)
    for j, feature in enumerate(features):
        counts = _quota(PROFILE[feature], N_RESPONDENTS)
        cats = np.repeat(np.array(CATEGORIES), counts)
        rng.shuffle(cats)
        for i, cat in enumerate(cats):
            pairs, weights = zip(*TYPICAL_PAIRS[cat])
            functional[i, j], dysfunctional[i, j] = pairs[rng.choice(len(pairs), p=weights)]
        noise = rng.normal(0.0, 1.3, N_RESPONDENTS)
        importance[:, j] = np.clip(np.rint(IMPORTANCE[feature] + noise), 1, 9).astype(int)
    index = {r: i for i, r in enumerate(respondents)}
    for respondent, how_many in MANY_QUESTIONABLE.items():
        i = index[respondent]
        picked = rng.choice(len(features), size=how_many, replace=False)
        functional[i, picked], dysfunctional[i, picked] = 1, 1
        rest = np.setdiff1d(np.arange(len(features)), picked)
        # the rest of this respondent's answers must not be questionable by chance
        clean = (functional[i, rest] == dysfunctional[i, rest]) & np.isin(functional[i, rest], (1, 5))
        functional[i, rest[clean]], dysfunctional[i, rest[clean]] = 3, 3
    for respondent, (f, d, imp) in STRAIGHT_LINERS.items():
        i = index[respondent]
        functional[i, :], dysfunctional[i, :], importance[i, :] = f, d, imp
    frame = pd.DataFrame({
        "respondent": np.repeat(respondents, len(features)),
        "feature": np.tile(features, N_RESPONDENTS),
        "functional": functional.ravel(),
        "dysfunctional": dysfunctional.ravel(),
        "importance": importance.ravel(),
    })
    return frame


def kano_hotel_app_features() -> pd.DataFrame:
    """The feature table: id, Chinese name, English name, in questionnaire order."""
    return pd.DataFrame(FEATURES, columns=["feature", "name_zh", "name_en"])


DATASETS = {"kano_hotel_app": kano_hotel_app, "kano_hotel_app_features": kano_hotel_app_features}
