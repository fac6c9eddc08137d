"""Seeded generators of the SERVQUAL cases: a telecom-equipment maker's business customers and a bank's branches.

Five datasets:

``servqual_telecom``
    A telecom-equipment maker asks the engineers and purchasing managers of its business customers (carriers and
    large enterprises) what they expect of its service and what they get: 96 respondents x 22 items, long format
    ``[respondent, segment, item, expectation, perception]`` on the 7-point scale.
``servqual_telecom_respondents``
    One row per respondent: segment, the 100 points shared over the five dimensions (``w_<dimension>``) and an
    overall service-quality rating (1..7).
``servqual_bank``
    A city bank's branches: 340 customers in two segments (personal customers 180, small-business customers 160)
    x 22 items, same long format; a few answers left blank.
``servqual_bank_respondents``
    Weights (a few customers skipped the question: blank row) and the overall rating, one row per customer.
``servqual_bank_zones``
    The zone-of-tolerance version of the bank survey (Parasuraman, Zeithaml & Berry 1994): 200 other customers
    rate adequate, desired and perceived service on the 9-point scale.

How the answers are staged
--------------------------
Each respondent has a general impression of the company and a dimension-specific one; an item's perception is
the dimension's mean (:data:`PERCEPTION`) plus both, plus the item's own offset and answer noise, rounded and kept
on the scale. Expectations are high and close together (:data:`EXPECTATION`), as in every published SERVQUAL study.
The noise of the bank's tangibles items is large next to their common part (:data:`NOISE`), so their alpha falls
below 0.7: a scale to discuss. The staged pattern, checked by ``tests/test_servqual_data.py``: reliability has the
largest gap and tangibles the smallest in every case and segment; small-business customers see a larger
responsiveness gap than personal customers; the overall rating depends most on reliability, then responsiveness.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 20250601
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
ITEM_DIMENSION = [0] * 4 + [1] * 5 + [2] * 4 + [3] * 4 + [4] * 5

#: Mean expectation per dimension (7-point scale), per case.
EXPECTATION = {
    "telecom": (5.7, 6.6, 6.4, 6.2, 5.8),
    "bank": (5.5, 6.5, 6.2, 6.3, 5.9),
}
#: Mean perception per dimension, per case and segment.
PERCEPTION = {
    ("telecom", "carrier"): (5.7, 5.0, 5.3, 5.6, 5.0),
    ("telecom", "enterprise"): (5.6, 4.9, 5.1, 5.5, 5.0),
    ("bank", "personal"): (5.35, 5.0, 5.3, 5.6, 5.0),
    ("bank", "small_business"): (5.2, 4.9, 4.7, 5.5, 5.1),
}
#: Segments and their sizes.
SEGMENTS = {"telecom": {"carrier": 40, "enterprise": 56}, "bank": {"personal": 180, "small_business": 160}}
#: SD of the respondent's dimension-specific impression and of the answer noise, per dimension.
SPECIFIC = (0.25, 0.85, 0.8, 0.7, 0.75)
NOISE = {"telecom": (0.55, 0.55, 0.55, 0.55, 0.55), "bank": (0.8, 0.55, 0.55, 0.55, 0.6)}
#: Relative answer noise of the expectations per dimension (the bank's tangibles items agree least).
E_NOISE = {"telecom": (1.0, 1.0, 1.0, 1.0, 1.0), "bank": (2.0, 1.0, 1.0, 1.0, 1.0)}
#: Mean points (out of 100) respondents give each dimension (close to Parasuraman, Berry & Zeithaml 1991).
WEIGHTS = {"telecom": (8, 36, 24, 18, 14), "bank": (11, 31, 23, 19, 16)}
#: How much each dimension's perception moves the overall rating.
DRIVERS = (0.05, 0.55, 0.35, 0.2, 0.15)
#: Share of answers left blank (bank only).
BLANK_SHARE = 0.004
#: Item offsets (the same in both cases): some items run a little above or below their dimension.
ITEM_OFFSET = np.array([0.2, 0.0, 0.3, -0.3, -0.2, 0.1, -0.3, -0.1, 0.3, -0.2, 0.1, 0.2, -0.1, 0.1, 0.2, 0.1,
                        -0.2, -0.1, 0.3, 0.0, -0.3, 0.1])


def _round_scale(values, low=1, high=7):
    return np.clip(np.rint(values), low, high).astype(np.int64)


def _points(rng, mean, n):
    """Integer points per respondent summing to exactly 100, in steps of 5 as people write them."""
    shares = rng.dirichlet(np.asarray(mean, dtype=float) * 0.6, size=n)
    points = np.rint(shares * 20).astype(np.int64) * 5
    for row in points:
        diff = 100 - row.sum()
        while diff != 0:
            j = int(np.argmax(row)) if diff < 0 else int(np.argmin(row))
            step = 5 if diff > 0 else -5
            if row[j] + step < 0:
                j = int(np.argmax(row))
            row[j] += step
            diff = 100 - row.sum()
    return points


def _case(case: str, rng):
    """(answers long frame, respondents frame) of one case."""
    frames, people = [], []
    start = 1
    prefix = {"telecom": "T", "bank": "B"}[case]
    for segment, n in SEGMENTS[case].items():
        ids = [f"{prefix}{i:03d}" for i in range(start, start + n)]
        start += n
        general = rng.normal(0.0, 0.45, n)
        specific = rng.normal(0.0, 1.0, (n, 5)) * np.asarray(SPECIFIC)
        mean_p = np.asarray(PERCEPTION[(case, segment)])
        latent = mean_p + general[:, None] + specific                       # (n, 5)
        dims = np.array(ITEM_DIMENSION)
        noise = rng.normal(0.0, 1.0, (n, 22)) * np.asarray(NOISE[case])[dims]
        perception = _round_scale(latent[:, dims] + ITEM_OFFSET + noise)
        leniency = rng.normal(0.0, 0.45, n)
        e_specific = rng.normal(0.0, 0.45, (n, 5))
        e_noise = rng.normal(0.0, 0.3, (n, 22)) * np.asarray(E_NOISE[case])[dims]
        expectation = _round_scale(np.asarray(EXPECTATION[case])[dims] + ITEM_OFFSET * 0.5 + leniency[:, None]
                                   + e_specific[:, dims] + e_noise)
        frame = pd.DataFrame({
            "respondent": np.repeat(ids, 22),
            "segment": segment,
            "item": np.tile(np.arange(1, 23), n),
            "expectation": pd.array(expectation.reshape(-1), dtype="Int64"),
            "perception": pd.array(perception.reshape(-1), dtype="Int64"),
        })
        if case == "bank":
            for column in ("expectation", "perception"):
                blank = rng.random(len(frame)) < BLANK_SHARE
                frame.loc[blank, column] = pd.NA
        frames.append(frame)
        points = _points(rng, WEIGHTS[case], n)
        centred = latent - latent.mean(axis=0)
        overall = _round_scale(4.9 + centred @ np.asarray(DRIVERS) + rng.normal(0.0, 0.45, n))
        person = pd.DataFrame({"respondent": ids, "segment": segment})
        for j, dimension in enumerate(DIMENSIONS):
            person[f"w_{dimension}"] = pd.array(points[:, j], dtype="Int64")
        if case == "bank":
            skipped = rng.random(n) < 0.03
            for dimension in DIMENSIONS:
                person.loc[skipped, f"w_{dimension}"] = pd.NA
        person["overall"] = overall
        people.append(person)
    return pd.concat(frames, ignore_index=True), pd.concat(people, ignore_index=True)


def _cases():
    rng = np.random.default_rng(SEED)
    telecom = _case("telecom", rng)
    bank = _case("bank", rng)
    return telecom, bank


def servqual_telecom() -> pd.DataFrame:
    """The telecom-equipment maker's B2B survey, long format."""
    return _cases()[0][0]


def servqual_telecom_respondents() -> pd.DataFrame:
    """Weights and overall rating of the telecom survey's respondents."""
    return _cases()[0][1]


def servqual_bank() -> pd.DataFrame:
    """The bank branches' survey, long format, two segments."""
    return _cases()[1][0]


def servqual_bank_respondents() -> pd.DataFrame:
    """Weights and overall rating of the bank survey's customers."""
    return _cases()[1][1]


#: Zone-of-tolerance staging per dimension (9-point scale): mean adequate, desired, perceived.
ZONES = {
    "tangibles": (5.0, 7.0, 7.3),
    "reliability": (6.9, 8.5, 6.4),
    "responsiveness": (6.2, 8.2, 6.6),
    "assurance": (6.0, 8.0, 7.1),
    "empathy": (5.4, 7.6, 6.5),
}


def servqual_bank_zones() -> pd.DataFrame:
    """The three-column (adequate, desired, perceived) version of the bank survey, 200 customers."""
    rng = np.random.default_rng(SEED + 1)
    n = 200
    ids = [f"Z{i:03d}" for i in range(1, n + 1)]
    segment = np.where(np.arange(n) < 110, "personal", "small_business")
    dims = np.array(ITEM_DIMENSION)
    table = np.array([ZONES[d] for d in DIMENSIONS])                     # (5, 3)
    general = rng.normal(0.0, 0.5, n)
    out = {}
    for k, name in enumerate(("adequate", "desired", "perceived")):
        spread = 0.5 if name != "perceived" else 0.8
        person = rng.normal(0.0, spread, (n, 5))
        noise = rng.normal(0.0, 0.6, (n, 22))
        shift = general[:, None] if name == "perceived" else 0.0
        offset = ITEM_OFFSET * (1.0 if name == "perceived" else 0.4)
        out[name] = _round_scale(table[dims, k] + person[:, dims] + offset + noise + shift, 1, 9)
    return pd.DataFrame({
        "respondent": np.repeat(ids, 22),
        "segment": np.repeat(segment, 22),
        "item": np.tile(np.arange(1, 23), n),
        "adequate": out["adequate"].reshape(-1),
        "desired": out["desired"].reshape(-1),
        "perceived": out["perceived"].reshape(-1),
    })


DATASETS = {
    "servqual_telecom": servqual_telecom,
    "servqual_telecom_respondents": servqual_telecom_respondents,
    "servqual_bank": servqual_bank,
    "servqual_bank_respondents": servqual_bank_respondents,
    "servqual_bank_zones": servqual_bank_zones,
}
