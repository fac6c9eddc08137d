"""Benchmark: how long the KANO explorer's update() callback takes on the full course dataset.

``update()`` reclassifies the 240 x 13 answers with ``kano.classify`` and redraws both charts into the one reused
figure; the PNG rendering a notebook then does is timed separately ("draw"). Run alone with
``python -m benchmarks.bench_kano_widget`` or with every benchmark via ``python -m benchmarks``.
"""
from __future__ import annotations

import os
import statistics
import time

REPEATS = 20


def _median_ms(function, repeats=REPEATS):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def main(repeats: int = REPEATS) -> dict:
    """Time update() (median of ``repeats``) on the full dataset; print and return the timings in ms."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    from cxlab import datasets, kano
    from cxlab.widgets.kano import KanoExplorer

    answers = datasets.load("kano_hotel_app")
    start = time.perf_counter()
    explorer = KanoExplorer(answers)
    build_ms = (time.perf_counter() - start) * 1000
    classify_ms = _median_ms(lambda: kano.classify(answers), repeats)
    update_ms = _median_ms(explorer.update, repeats)

    def add_and_reset():
        explorer.add()
        explorer.reset()

    what_if_ms = _median_ms(add_and_reset, repeats)

    def toggle_split():
        explorer.split.value = "mean" if explorer.split.value == "fixed" else "fixed"

    split_ms = _median_ms(toggle_split, repeats)
    draw_ms = _median_ms(lambda: explorer.figure.canvas.draw(), repeats)
    print(f"kano explorer, {len(answers)} answer rows, median of {repeats}:")
    print(f"  construct            {build_ms:8.1f} ms (once)")
    print(f"  kano.classify        {classify_ms[0]:8.1f} ms (min {classify_ms[1]:.1f}, max {classify_ms[2]:.1f})")
    print(f"  update()             {update_ms[0]:8.1f} ms (min {update_ms[1]:.1f}, max {update_ms[2]:.1f})")
    print(f"  add + reset (2 upd.) {what_if_ms[0]:8.1f} ms (min {what_if_ms[1]:.1f}, max {what_if_ms[2]:.1f})")
    print(f"  split toggle (grid)  {split_ms[0]:8.1f} ms (min {split_ms[1]:.1f}, max {split_ms[2]:.1f})")
    print(f"  figure draw (Agg)    {draw_ms[0]:8.1f} ms (min {draw_ms[1]:.1f}, max {draw_ms[2]:.1f})")
    return {"construct_ms": build_ms, "classify_ms": classify_ms[0], "update_ms": update_ms[0],
            "add_reset_ms": what_if_ms[0], "split_ms": split_ms[0], "draw_ms": draw_ms[0]}


if __name__ == "__main__":
    main()
