"""Benchmark: ``servqual.gaps`` and ``servqual.reliability`` on 100,000 respondents x 22 items against a plain
per-respondent loop.

The survey: 100,000 respondents x 22 items = 2.2 million rows, each with an expectation and a perception answer
(4.4 million answers; seeded, so every run measures the same data; 0.5 % of the answers blank). Two
implementations compute the item gaps, the dimension gaps, the unweighted score, the weighted score (per-respondent
weights) and Cronbach's alpha of every dimension for E, P and the gap:

- ``cxlab``: :func:`cxlab.servqual.gaps`, then :func:`cxlab.servqual.reliability` of its result (the long frame
  checked and spread into respondent x item matrices once, by ``gaps``; dimension sums as one matrix product with
  the item x dimension indicator; everything else numpy);
- ``loop``: what one writes first - a Python loop over the respondents that accumulates sums per item and
  per dimension, keeps each respondent's complete dimension blocks, then computes alpha from running sums.

Both results are compared number by number (1e-9) before anything is reported. Time is the best of a few runs
(``time.perf_counter``); peak memory is measured in a separate run under :mod:`tracemalloc`. Aim: under a second for
cxlab and at least 20 times faster than the loop. Run: ``python -m benchmarks servqual``.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .bench_kano import _best_time, _peak_mb   # the same timing and tracemalloc helpers for every benchmark

SEED = 20250610
RESPONDENTS = 100_000
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
ITEM_DIM = [0] * 4 + [1] * 5 + [2] * 4 + [3] * 4 + [4] * 5


def make_survey(respondents: int = RESPONDENTS, seed: int = SEED):
    """(long answer frame, per-respondent weights frame), seeded."""
    rng = np.random.default_rng(seed)
    dims = np.array(ITEM_DIM)
    level = rng.normal(0, 0.8, (respondents, 5))
    p = np.clip(np.rint(5 + level[:, dims] + rng.normal(0, 0.7, (respondents, 22))), 1, 7)
    e = np.clip(np.rint(6.2 + 0.4 * level[:, dims] + rng.normal(0, 0.5, (respondents, 22))), 1, 7)
    p[rng.random(p.shape) < 0.005] = np.nan
    e[rng.random(e.shape) < 0.005] = np.nan
    answers = pd.DataFrame({"respondent": np.repeat(np.arange(respondents), 22),
                            "item": np.tile(np.arange(1, 23), respondents),
                            "expectation": e.reshape(-1), "perception": p.reshape(-1)})
    points = rng.multinomial(20, [0.1, 0.32, 0.22, 0.19, 0.17], size=respondents) * 5
    weights = pd.DataFrame(points, columns=list(DIMENSIONS))
    weights.insert(0, "respondent", np.arange(respondents))
    return answers, weights


def fast(answers, weights):
    from cxlab import servqual

    result = servqual.gaps(answers, weights)
    table = servqual.reliability(result)          # the answers gaps already checked and spread, not again
    return result, table


def _alpha(sums, squares, totals, totals_sq, n, k):
    """Cronbach's alpha from running sums (sample variances)."""
    if n < 2:
        return math.nan
    item_var = sum((squares[j] - sums[j] ** 2 / n) / (n - 1) for j in range(k))
    total_var = (totals_sq - totals ** 2 / n) / (n - 1)
    return k / (k - 1) * (1 - item_var / total_var) if total_var else math.nan


def loop(answers, weights):
    """The plain implementation: one Python iteration per respondent."""
    e_all = answers["expectation"].to_numpy().tolist()
    p_all = answers["perception"].to_numpy().tolist()
    w_all = weights[list(DIMENSIONS)].to_numpy().tolist()
    n_resp = len(w_all)
    item_e = [0.0] * 22
    item_p = [0.0] * 22
    item_n = [0] * 22
    weighted_sum, weighted_n = 0.0, 0
    acc = {(d, m): ([0.0] * 5, [0.0] * 5, [0.0, 0.0], [0]) for d in range(5) for m in range(3)}
    sizes = [ITEM_DIM.count(d) for d in range(5)]
    for r in range(n_resp):
        base = r * 22
        dim_gap_sum = [0.0] * 5
        dim_gap_n = [0] * 5
        blocks = [[[], [], []] for _ in range(5)]
        for i in range(22):
            e, p = e_all[base + i], p_all[base + i]
            d = ITEM_DIM[i]
            blocks[d][0].append(e)
            blocks[d][1].append(p)
            blocks[d][2].append(p - e)
            if e == e and p == p:
                item_e[i] += e
                item_p[i] += p
                item_n[i] += 1
                dim_gap_sum[d] += p - e
                dim_gap_n[d] += 1
        if all(dim_gap_n):
            weighted_sum += sum(w_all[r][d] / 100 * dim_gap_sum[d] / dim_gap_n[d] for d in range(5))
            weighted_n += 1
        for d in range(5):
            for m in range(3):
                values = blocks[d][m]
                if all(v == v for v in values):
                    sums, squares, total, count = acc[(d, m)]
                    for j, v in enumerate(values):
                        sums[j] += v
                        squares[j] += v * v
                    s = sum(values)
                    total[0] += s
                    total[1] += s * s
                    count[0] += 1
    gaps = [item_p[i] / item_n[i] - item_e[i] / item_n[i] for i in range(22)]
    dim_gaps = [sum(gaps[i] for i in range(22) if ITEM_DIM[i] == d) / sizes[d] for d in range(5)]
    alphas = {}
    for (d, m), (sums, squares, total, count) in acc.items():
        alphas[(d, m)] = _alpha(sums, squares, total[0], total[1], count[0], sizes[d])
    return {"item_gaps": gaps, "dimension_gaps": dim_gaps, "unweighted": sum(dim_gaps) / 5,
            "weighted": weighted_sum / weighted_n, "alphas": alphas}


def _check_equal(fast_result, slow):
    result, table = fast_result
    np.testing.assert_allclose(result.items["gap"].to_numpy(), slow["item_gaps"], rtol=0, atol=1e-9)
    np.testing.assert_allclose(result.dimensions["gap"].to_numpy(), slow["dimension_gaps"], rtol=0, atol=1e-9)
    assert abs(result.unweighted - slow["unweighted"]) < 1e-9
    assert abs(result.weighted - slow["weighted"]) < 1e-9
    for (d, m), alpha in slow["alphas"].items():
        value = table.iloc[d][("expectation", "perception", "gap")[m]]
        assert abs(value - alpha) < 1e-9, (DIMENSIONS[d], m, value, alpha)


def main(respondents: int = RESPONDENTS, repeats: int = 2) -> dict:
    """Measure, check, print a table, and return ``{implementation: {seconds, peak_mb}}`` plus the ratio."""
    answers, weights = make_survey(respondents)
    fast_s, fast_result = _best_time(lambda: fast(answers, weights), repeats)
    slow_s, slow = _best_time(lambda: loop(answers, weights), 1)
    _check_equal(fast_result, slow)
    fast_mb = _peak_mb(lambda: fast(answers, weights))
    slow_mb = _peak_mb(lambda: loop(answers, weights))
    ratio = slow_s / fast_s
    print(f"servqual.gaps (per-respondent weights) + servqual.reliability on {respondents:,} respondents x 22 items "
          f"({2 * 22 * respondents:,} answers)")
    print("results identical (1e-9): yes")
    print()
    print(f"| {'implementation':<14} | {'seconds':>9} | {'peak MB':>8} | {'x faster':>8} |")
    print(f"|{'-' * 16}|{'-' * 11}|{'-' * 10}|{'-' * 10}|")
    print(f"| {'cxlab':<14} | {fast_s:>9.3f} | {fast_mb:>8.1f} | {ratio:>8.1f} |")
    print(f"| {'loop':<14} | {slow_s:>9.3f} | {slow_mb:>8.1f} | {1.0:>8.1f} |")
    return {"answers": 2 * 22 * respondents, "cxlab": {"seconds": fast_s, "peak_mb": fast_mb},
            "loop": {"seconds": slow_s, "peak_mb": slow_mb}, "ratio": ratio}


if __name__ == "__main__":
    main()
