"""Benchmark: the KANO explorer on the full course dataset — construction, update() after a control change
(numbers and PNG), the split toggle, add + reset, and ``kano.classify`` alone for scale.

The comparison with the old clear-and-redraw path of every explorer is in ``bench_explorers.py``. Run alone with
``python -m benchmarks kano_widget`` or with every benchmark via ``python -m benchmarks``.
"""
from __future__ import annotations

import os
import statistics
import time

REPEATS = 20


def _median_ms(function, repeats=REPEATS):
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        function(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def main(repeats: int = REPEATS) -> dict:
    """Time the explorer (median of ``repeats``); print and return the timings in ms."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    from cxlab import datasets, kano
    from cxlab.widgets.kano import KanoExplorer

    answers = kano.clean(datasets.load("kano_hotel_app")).answers
    start = time.perf_counter()
    explorer = KanoExplorer(answers)
    build_ms = (time.perf_counter() - start) * 1000
    classify_ms = _median_ms(lambda i: kano.classify(answers), repeats)

    def threshold(i):
        explorer.tie_threshold.value = [0.0, 0.03, 0.07, 0.10, 0.14][i % 5]

    update_ms = _median_ms(threshold, repeats)

    def add_and_reset(i):
        explorer.add()
        explorer.reset()

    what_if_ms = _median_ms(add_and_reset, repeats)

    def toggle_split(i):
        explorer.split.value = "mean" if explorer.split.value == "fixed" else "fixed"

    split_ms = _median_ms(toggle_split, repeats)
    render_ms = _median_ms(lambda i: explorer.render(), repeats)
    print(f"kano explorer, {len(answers)} answer rows, median of {repeats}:")
    print(f"  construct            {build_ms:8.1f} ms (once)")
    print(f"  kano.classify        {classify_ms[0]:8.1f} ms (min {classify_ms[1]:.1f}, max {classify_ms[2]:.1f})")
    print(f"  update() threshold   {update_ms[0]:8.1f} ms (min {update_ms[1]:.1f}, max {update_ms[2]:.1f})")
    print(f"  add + reset (2 upd.) {what_if_ms[0]:8.1f} ms (min {what_if_ms[1]:.1f}, max {what_if_ms[2]:.1f})")
    print(f"  split toggle (grid)  {split_ms[0]:8.1f} ms (min {split_ms[1]:.1f}, max {split_ms[2]:.1f})")
    print(f"  render (blit + PNG)  {render_ms[0]:8.1f} ms (min {render_ms[1]:.1f}, max {render_ms[2]:.1f})")
    return {"construct_ms": build_ms, "classify_ms": classify_ms[0], "update_ms": update_ms[0],
            "add_reset_ms": what_if_ms[0], "split_ms": split_ms[0], "render_ms": render_ms[0]}


if __name__ == "__main__":
    main()
