"""Benchmark: ``kano.classify`` on one million answer pairs against a plain row-by-row implementation.

The survey: 50,000 respondents x 20 features (seeded, so every run measures the same data), each feature with
its own answer profile, plus an importance answer 1..9. Two implementations classify it:

- ``cxlab``: :func:`cxlab.kano.classify` (labels mapped once per distinct value, the table lookup and the
  per-feature counts done with numpy);
- ``row-by-row``: what one writes first - ``DataFrame.apply(..., axis=1)`` looks up each pair in
  ``kano.TABLE``, then a Python loop counts and computes the coefficients feature by feature.

Both results are compared number by number before anything is reported. Time is the best of a few runs
(``time.perf_counter``); peak memory is measured in a separate run under :mod:`tracemalloc`. Aim: well under a
second for cxlab and at least 20 times faster than row by row. Run: ``python -m benchmarks kano``.
"""
from __future__ import annotations

import math
import time
import tracemalloc

import numpy as np
import pandas as pd

SEED = 20240301
RESPONDENTS = 50_000
FEATURES = 20


def make_answers(respondents: int = RESPONDENTS, features: int = FEATURES, seed: int = SEED) -> pd.DataFrame:
    """The seeded long answer frame: respondents x features rows, codes 1..5 and importance 1..9."""
    rng = np.random.default_rng(seed)
    # each feature leans towards one answer pair (M, O, A or I), the rest is noise
    typical = np.array([(2, 5), (1, 5), (1, 3), (3, 3)])
    lean = typical[np.arange(features) % 4]
    n = respondents * features
    feature = np.tile(np.arange(features), respondents)
    noisy = rng.random(n) < 0.35
    functional = np.where(noisy, rng.integers(1, 6, n), lean[feature, 0])
    dysfunctional = np.where(noisy, rng.integers(1, 6, n), lean[feature, 1])
    return pd.DataFrame({
        "respondent": np.repeat(np.arange(respondents), features),
        "feature": np.array([f"feature_{i:02d}" for i in range(features)], dtype=object)[feature],
        "functional": functional.astype(np.int64),
        "dysfunctional": dysfunctional.astype(np.int64),
        "importance": rng.integers(1, 10, n).astype(np.int64),
    })


def classify_row_by_row(answers: pd.DataFrame) -> pd.DataFrame:
    """The plain implementation: one Python call per row, then per-feature arithmetic in Python."""
    from cxlab import kano

    table = {(f, d): kano.TABLE.loc[f, d] for f in kano.ANSWERS for d in kano.ANSWERS}
    letters = answers.apply(lambda row: table[(row["functional"], row["dysfunctional"])], axis=1)
    counts: dict = {}
    importance: dict = {}
    for feature, letter, weight in zip(answers["feature"], letters, answers["importance"]):
        counts.setdefault(feature, dict.fromkeys(kano.CATEGORIES, 0))[letter] += 1
        importance.setdefault(feature, []).append(weight)
    rows = []
    for feature, c in counts.items():
        n = sum(c.values())
        best = max(c.values())
        category = next(k for k in kano.PRIORITY if c[k] == best)
        core = c["A"] + c["O"] + c["M"] + c["I"]
        first, second = sorted(c.values(), reverse=True)[:2]
        rows.append({
            "feature": feature, **c, "n": n, "category": category,
            "better": (c["A"] + c["O"]) / core if core else math.nan,
            "worse": -(c["O"] + c["M"]) / core if core else math.nan,
            "total_strength": (c["A"] + c["O"] + c["M"]) / n,
            "category_strength": (first - second) / n,
            "fong_significant": abs(first - second) >= 1.65 * math.sqrt((first + second) * (2 * n - first - second)
                                                                     / (2 * n)),
            "importance_mean": sum(importance[feature]) / len(importance[feature]),
        })
    return pd.DataFrame(rows).set_index("feature")


def _best_time(function, repeats):
    best, result = math.inf, None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def _peak_mb(function):
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _check_equal(fast: pd.DataFrame, slow: pd.DataFrame):
    """Raise AssertionError unless both implementations give the same numbers."""
    from cxlab import kano

    slow = slow.loc[fast.index]
    for column in [*kano.CATEGORIES, "n", "category", "fong_significant"]:
        assert (fast[column].to_numpy() == slow[column].to_numpy()).all(), column
    for column in ["better", "worse", "total_strength", "category_strength", "importance_mean"]:
        np.testing.assert_allclose(fast[column].to_numpy(float), slow[column].to_numpy(float), rtol=1e-12,
                                   err_msg=column)


def main(respondents: int = RESPONDENTS, features: int = FEATURES, repeats: int = 3) -> dict:
    """Measure, check, print a table, and return ``{implementation: {seconds, peak_mb}}`` plus the ratio."""
    from cxlab import kano

    answers = make_answers(respondents, features)
    pairs = len(answers)
    fast_s, fast = _best_time(lambda: kano.classify(answers), repeats)
    slow_s, slow = _best_time(lambda: classify_row_by_row(answers), 1)
    _check_equal(fast, slow)
    fast_mb = _peak_mb(lambda: kano.classify(answers))
    slow_mb = _peak_mb(lambda: classify_row_by_row(answers))
    ratio = slow_s / fast_s
    print(f"kano.classify on {pairs:,} answer pairs ({respondents:,} respondents x {features} features)")
    print("results identical: yes")
    print()
    print(f"| {'implementation':<14} | {'seconds':>9} | {'peak MB':>8} | {'x faster':>8} |")
    print(f"|{'-' * 16}|{'-' * 11}|{'-' * 10}|{'-' * 10}|")
    print(f"| {'cxlab':<14} | {fast_s:>9.3f} | {fast_mb:>8.1f} | {ratio:>8.1f} |")
    print(f"| {'row-by-row':<14} | {slow_s:>9.3f} | {slow_mb:>8.1f} | {1.0:>8.1f} |")
    return {"pairs": pairs, "cxlab": {"seconds": fast_s, "peak_mb": fast_mb},
            "row_by_row": {"seconds": slow_s, "peak_mb": slow_mb}, "ratio": ratio}


if __name__ == "__main__":
    main()
