"""Benchmark: the customer-experience value module at scale.

1. ``value.nps`` and ``value.csat`` on 10,000,000 answers (a numpy array, seeded), against a plain pandas version
   (``Series.map`` of each answer to its group, then ``value_counts``) for NPS;
2. ``value.behaviour`` on 1,000,000 transactions of 100,000 customers over 24 months, against a plain
   ``groupby(customer).apply(...)`` version that builds the same cohort table and retention curves customer by
   customer;
3. the NPS explorer's ``update()`` callback (numbers and chart) plus an Agg draw of the figure, mean of 10 calls.

Every pair is compared number by number before anything is reported. Time is the best of a few runs
(``time.perf_counter``); peak memory is measured in a separate run under :mod:`tracemalloc` (Python allocations,
numpy's included). Run: ``python -m benchmarks value``.
"""
from __future__ import annotations

import time
import tracemalloc

import numpy as np
import pandas as pd

SEED = 20241212
ANSWERS = 10_000_000
TRANSACTIONS = 1_000_000
CUSTOMERS = 100_000


def make_answers(n: int = ANSWERS, seed: int = SEED):
    """Seeded 0..10 answers (NPS) and 1..5 answers (CSAT), int8 arrays."""
    rng = np.random.default_rng(seed)
    nps = rng.choice(11, size=n, p=[.03, .02, .03, .04, .05, .08, .10, .15, .17, .15, .18]).astype(np.int8)
    csat = rng.choice(np.arange(1, 6), size=n, p=[.05, .07, .18, .40, .30]).astype(np.int8)
    return nps, csat


def make_transactions(n: int = TRANSACTIONS, customers: int = CUSTOMERS, seed: int = SEED) -> pd.DataFrame:
    """Seeded order log: customers join over 24 months and buy a geometric number of times after joining."""
    rng = np.random.default_rng(seed)
    start = rng.integers(0, 24, customers)
    customer = rng.integers(0, customers, n)
    lag = np.minimum(rng.geometric(0.18, n) - 1, 23)
    month = np.minimum(start[customer] + lag, 23)
    day = rng.integers(1, 29, n)
    dates = pd.to_datetime({"year": 2023 + month // 12, "month": month % 12 + 1, "day": day})
    return pd.DataFrame({"customer_id": customer, "order_date": dates,
                         "amount": np.round(rng.lognormal(5, 0.6, n), 2)})


def nps_plain(scores) -> tuple:
    """What one writes first: map each answer to its group, count the groups."""
    groups = pd.Series(scores).map(lambda s: "promoter" if s >= 9 else "passive" if s >= 7 else "detractor")
    counts = groups.value_counts()
    return int(counts.get("promoter", 0)), int(counts.get("passive", 0)), int(counts.get("detractor", 0))


def behaviour_plain(log: pd.DataFrame, churn_after: int = 3):
    """groupby-apply: one Python call per customer, then the cohort table and curves in Python."""
    month = log["order_date"].dt.year * 12 + log["order_date"].dt.month - 1
    work = log.assign(period=month - month.min())
    last_log = int(work["period"].max())

    def one(group):
        periods = group["period"]
        return pd.Series({"first": periods.min(), "last": periods.max(), "orders": len(group),
                          "revenue": group["amount"].sum(), "active": frozenset(periods)})

    per_customer = work.groupby("customer_id").apply(one, include_groups=False)
    rows, curves = {}, {}
    for cohort, members in per_customer.groupby("first"):
        size = len(members)
        curve = []
        for k in range(last_log - int(cohort) + 1):
            curve.append(sum(1 for active in members["active"] if cohort + k in active) / size)
        curves[int(cohort)] = curve
        if cohort <= last_log - churn_after:
            churned = int((members["last"] <= last_log - churn_after).sum())
            rows[int(cohort)] = {"customers": size, "orders": int(members["orders"].sum()),
                                 "repeat_rate": float((members["orders"] >= 2).mean()),
                                 "churn_rate": churned / size}
    return pd.DataFrame(rows).T, curves


def _best(function, repeats):
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def _peak(function):
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2 ** 20


def _row(name, seconds, peak, ratio=None):
    ratio_text = f"{ratio:>9.1f}" if ratio is not None else " " * 9
    print(f"| {name:<34} | {seconds:>8.3f} | {peak:>8.0f} | {ratio_text} |")


def main() -> dict:
    from cxlab import value
    from cxlab.widgets.value import NPSExplorer

    results = {}
    nps_answers, csat_answers = make_answers()
    t_nps, r = _best(lambda: value.nps(nps_answers), 3)
    t_plain, plain = _best(lambda: nps_plain(nps_answers), 1)
    assert (r.promoters, r.passives, r.detractors) == plain
    t_csat, c = _best(lambda: value.csat(csat_answers), 3)
    assert c.satisfied == int((csat_answers >= 4).sum())
    m_nps, m_csat = _peak(lambda: value.nps(nps_answers)), _peak(lambda: value.csat(csat_answers))
    m_plain = _peak(lambda: nps_plain(nps_answers))

    log = make_transactions()
    t_beh, b = _best(lambda: value.behaviour(log), 2)
    t_bplain, (table, curves) = _best(lambda: behaviour_plain(log), 1)
    mine = b.cohorts
    assert mine["customers"].tolist() == table["customers"].astype(int).tolist()
    assert mine["orders"].tolist() == table["orders"].astype(int).tolist()
    assert np.allclose(mine["repeat_rate"], table["repeat_rate"].astype(float))
    assert np.allclose(mine["churn_rate"], table["churn_rate"].astype(float))
    for row, (cohort, curve) in zip(b.retention.itertuples(index=False), sorted(curves.items())):
        assert np.allclose(np.array(row)[:len(curve)], curve)
    m_beh = _peak(lambda: value.behaviour(log))
    m_bplain = _peak(lambda: behaviour_plain(log))

    explorer = NPSExplorer()
    sizes = [400, 800, 1600, 3200, 200, 100, 2000, 500, 1000, 300]
    start = time.perf_counter()
    for n in sizes:
        explorer.n[0].value = n          # each change runs update(): model, cards, chart, the PNG
    t_widget = (time.perf_counter() - start) / len(sizes)

    print(f"answers: {ANSWERS:,}; transactions: {TRANSACTIONS:,} of {CUSTOMERS:,} customers")
    print("| implementation                     |  seconds |  peak MB | x faster  |")
    print("|------------------------------------|----------|----------|-----------|")
    _row("value.nps (10 M answers)", t_nps, m_nps, t_plain / t_nps)
    _row("plain pandas map + value_counts", t_plain, m_plain, 1.0)
    _row("value.csat (10 M answers)", t_csat, m_csat)
    _row("value.behaviour (1 M orders)", t_beh, m_beh, t_bplain / t_beh)
    _row("groupby-apply behaviour", t_bplain, m_bplain, 1.0)
    _row("NPS explorer update()", t_widget, float("nan"))
    results.update(nps_seconds=t_nps, nps_plain_seconds=t_plain, csat_seconds=t_csat, behaviour_seconds=t_beh,
                   behaviour_plain_seconds=t_bplain, widget_seconds=t_widget, nps_peak_mb=m_nps,
                   csat_peak_mb=m_csat, behaviour_peak_mb=m_beh, behaviour_plain_peak_mb=m_bplain)
    return results


if __name__ == "__main__":
    main()
