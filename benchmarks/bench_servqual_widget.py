"""Benchmark: the SERVQUAL explorer's callback on the bank case - numbers only (``compute()`` and ``cards()``: gaps
with the slider weights) and the whole ``update()`` (also the gap bars updated in place, blitted and encoded as
PNG by the shared mechanism of :mod:`cxlab.widgets.base`).

Each is timed over a sequence of weight changes that keep the total at 100 (what a trainer does live: move points
from one dimension to another). Aim on 2 cores: numbers at most 150 ms, numbers and chart at most 300 ms.
Run: ``python -m benchmarks servqual_widget``.
"""
from __future__ import annotations

import statistics
import time


def main(steps: int = 12) -> dict:
    from cxlab.widgets.servqual import ServqualExplorer

    explorer = ServqualExplorer()
    moves = [("reliability", "tangibles"), ("responsiveness", "empathy"), ("assurance", "reliability")]

    def move(k, draw):
        give, take = moves[k % len(moves)]
        start = time.perf_counter()
        if draw:
            with explorer.hold():              # both sliders, one update
                explorer.weights[give].value -= 1
                explorer.weights[take].value += 1
        else:
            explorer.cards(explorer.compute())
        return time.perf_counter() - start

    for k in range(2):   # warm-up
        move(k, True)
    numbers = [move(k, False) for k in range(steps)]
    chart = [move(k, True) for k in range(steps)]
    assert explorer.error is None and sum(explorer.inputs().values()) == 100
    result = {"numbers_ms": statistics.median(numbers) * 1000, "chart_ms": statistics.median(chart) * 1000}
    print(f"ServqualExplorer.update on the bank case (340 customers x 22 items), median of {steps} weight moves")
    print(f"| {'callback':<22} | {'ms':>7} | {'aim':>6} |")
    print(f"|{'-' * 24}|{'-' * 9}|{'-' * 8}|")
    print(f"| {'numbers only':<22} | {result['numbers_ms']:>7.1f} | {'150':>6} |")
    print(f"| {'numbers and chart':<22} | {result['chart_ms']:>7.1f} | {'300':>6} |")
    return result


if __name__ == "__main__":
    main()
