"""Benchmark: derived importance of 40 touchpoints from 100,000 respondents, and the journey explorer's callback.

1. **Derived importance** — :func:`cxlab.stats.derived_importance` as :func:`cxlab.journey.moments_of_truth` calls
   it (one standardisation, one correlation matrix by a matrix product, one eigendecomposition), against a plain
   version written the way one first writes it: each correlation by a Python loop over the respondents' rows,
   then the same Johnson (2000) step. The survey: 100,000 respondents × 40 touchpoint scores 1..5 and an overall
   score, seeded. cxlab runs on all of it; the loop, whose time grows in proportion to the respondents, runs on
   the first 5,000 (on the full survey it takes many minutes on a busy machine), where both results are
   compared (correlations and relative weights to 1e-9) before anything is printed; its full-size time is given
   as the measured time × 20. Time: best of 3 (``time.perf_counter``) for cxlab, one run for the loop.
2. **Explorer callback** — :class:`cxlab.widgets.journey.JourneyExplorer` on the appliance case: moving the
   score slider, (a) numbers only (``compute``: filters, what-if, curve, moments of truth, damage), (b) with the
   charts drawn and turned into PNG, as the learner waits for it. Aim: ≤ 150 ms for the numbers, ≤ 300 ms with
   the map on 2 cores.

Run: ``python -m benchmarks journey``.
"""
from __future__ import annotations

import contextlib
import io
import os
import statistics
import time

import numpy as np
import pandas as pd

os.environ.setdefault("MPLBACKEND", "Agg")

SEED = 20240506
RESPONDENTS = 100_000
TOUCHPOINTS = 40
#: Respondents the plain loop runs on (it takes minutes for the full survey on a busy 2-core machine).
LOOP_RESPONDENTS = 5_000


def make_survey(respondents: int = RESPONDENTS, touchpoints: int = TOUCHPOINTS, seed: int = SEED) -> pd.DataFrame:
    """Seeded survey: correlated 1..5 scores (a shared mood factor) and an overall score driven by them."""
    rng = np.random.default_rng(seed)
    mood = rng.standard_normal(respondents)
    columns = {}
    weights = rng.uniform(0.0, 1.0, touchpoints)
    latent = np.zeros(respondents)
    for j in range(touchpoints):
        raw = 3.4 + 0.9 * (0.5 * mood + 0.86 * rng.standard_normal(respondents))
        score = np.clip(np.rint(raw), 1, 5)
        columns[f"t{j:02d}"] = score
        latent += weights[j] * score
    latent = (latent - latent.mean()) / latent.std() + rng.normal(0, 0.6, respondents)
    columns["overall"] = np.digitize(latent, [-1.5, -0.5, 0.5, 1.5]) + 1.0
    return pd.DataFrame(columns)


def plain_importance(frame: pd.DataFrame, drivers, outcome):
    """Correlations by explicit loops over rows (sums of products), then Johnson's relative weights."""
    data = frame[[*drivers, outcome]].to_numpy(dtype=float)
    n, k = data.shape
    means = [sum(data[i, j] for i in range(n)) / n for j in range(k)]
    sds = [(sum((data[i, j] - means[j]) ** 2 for i in range(n)) / (n - 1)) ** 0.5 for j in range(k)]
    corr = np.eye(k)
    for a in range(k):
        for b in range(a + 1, k):
            s = 0.0
            for i in range(n):
                s += (data[i, a] - means[a]) * (data[i, b] - means[b])
            corr[a, b] = corr[b, a] = s / (n - 1) / (sds[a] * sds[b])
    rxx, rxy = corr[:-1, :-1], corr[:-1, -1]
    values, vectors = np.linalg.eigh(rxx)
    half = vectors @ np.diag(np.sqrt(np.clip(values, 0, None))) @ vectors.T
    beta = np.linalg.solve(half, rxy)
    return rxy, (half ** 2) @ (beta ** 2)


def _best(action, runs=3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_importance(respondents=RESPONDENTS, touchpoints=TOUCHPOINTS, loop_respondents=LOOP_RESPONDENTS) -> dict:
    """cxlab on the full survey; the plain loop (whose time grows in proportion to the respondents) on its first
    ``loop_respondents`` rows, where both are also compared; the loop's full-size time is that × the ratio."""
    from cxlab import stats

    survey = make_survey(respondents, touchpoints)
    drivers = [c for c in survey.columns if c != "overall"]
    full = _best(lambda: stats.derived_importance(survey, drivers, "overall"))
    part = survey.iloc[:loop_respondents]
    small = _best(lambda: stats.derived_importance(part, drivers, "overall"))
    fast = stats.derived_importance(part, drivers, "overall")
    start = time.perf_counter()
    corr, weights = plain_importance(part, drivers, "overall")
    loop = time.perf_counter() - start
    assert np.allclose(fast["correlation"].to_numpy(), corr, atol=1e-9)
    assert np.allclose(fast["relative_weight"].to_numpy(), weights, atol=1e-9)
    scale = respondents / loop_respondents
    row = {"cxlab_s": full, "cxlab_part_s": small, "loop_part_s": loop, "loop_full_estimate_s": loop * scale,
           "x_faster_measured": loop / small, "x_faster_full": loop * scale / full}
    print(f"derived importance, {touchpoints} touchpoints")
    print(f"  cxlab.stats.derived_importance, {respondents:>7,} respondents  {full:9.3f} s")
    print(f"  cxlab.stats.derived_importance, {loop_respondents:>7,} respondents  {small:9.3f} s")
    print(f"  plain loop,                     {loop_respondents:>7,} respondents  {loop:9.1f} s"
          f"   ({row['x_faster_measured']:,.0f}x slower on the same rows)")
    print(f"  plain loop, {respondents:,} respondents: about {loop * scale:,.0f} s (x {scale:g}, linear in n)"
          f"   ({row['x_faster_full']:,.0f}x slower)")
    return row


def bench_explorer(repeat: int = 10) -> dict:
    import cxlab
    from cxlab.widgets.journey import JourneyExplorer

    cxlab.set_language("zh")
    with contextlib.redirect_stdout(io.StringIO()):
        numbers = JourneyExplorer("appliance", render=False)
        full = JourneyExplorer("appliance")
    steps = [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, -0.5, -1.0]
    out = {}
    for name, explorer in (("numbers", numbers), ("with charts", full)):
        explorer.touchpoint.value = "technician_visit"
        times = []
        for i in range(repeat):
            start = time.perf_counter()
            explorer.change.value = steps[i % len(steps)]
            times.append(time.perf_counter() - start)
        out[name] = (statistics.median(times), max(times))
        print(f"  explorer callback, {name:<12} median {1000 * out[name][0]:7.1f} ms   max {1000 * out[name][1]:7.1f} ms")
    return {"numbers_median_ms": 1000 * out["numbers"][0], "charts_median_ms": 1000 * out["with charts"][0]}


def main() -> dict:
    result = bench_importance()
    print("journey explorer (appliance case, score slider of the technician visit)")
    result.update(bench_explorer())
    return result


if __name__ == "__main__":
    main()
