"""Benchmark: how long the pyramid explorer's callbacks take (what a trainer waits for after moving a slider).

``update()`` re-assesses the case twice (as measured, what if) with ``pyramid.assess`` and redraws both pyramids
into the one reused figure, then renders it to PNG. Timed separately, in one run, so the shares can be read as
ratios: the model alone (two ``assess`` calls), the plot functions alone (``plot_before_after`` on the cleared
axes), the Agg draw + PNG, the whole callback after a slider move, and loading a preset (dataset read +
``measures_from`` + new sliders + callback). Run alone with ``python -m benchmarks.bench_pyramid_widget`` or with
every benchmark via ``python -m benchmarks``.
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
    """Time the explorer's pieces (median of ``repeats``); print them with their share of the callback."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import cxlab
    from cxlab import pyramid
    from cxlab.widgets.pyramid import PyramidExplorer

    cxlab.set_language("zh")
    start = time.perf_counter()
    explorer = PyramidExplorer("retailer_before")
    build_ms = (time.perf_counter() - start) * 1000
    inputs = explorer.inputs()
    values = [4.0, 4.5, 5.0, 5.5, 6.0]

    def model(i):
        pyramid.assess(explorer.measures, thresholds=inputs["thresholds"])
        pyramid.assess({**inputs["measures"], "ces": values[i % 5]}, thresholds=inputs["thresholds"])

    def plots(i):
        for ax in explorer.axes:
            ax.clear()
        pyramid.plot_before_after(explorer.start, explorer.result, axes=explorer.axes)

    def render(i):
        explorer._render()

    def move(i):
        explorer.sliders["ces"].value = values[i % 5]

    def switch(i):
        explorer.preset.value = ["retailer_after", "hotel_station", "helpdesk_q4", "retailer_before"][i % 4]

    rows = {"model (2 x assess)": _median_ms(model, repeats), "plots (plot_before_after)": _median_ms(plots, repeats),
            "Agg draw + PNG": _median_ms(render, repeats), "slider move (whole callback)": _median_ms(move, repeats),
            "preset switch (load + callback)": _median_ms(switch, max(4, repeats // 4))}
    whole = rows["slider move (whole callback)"][0]
    print(f"pyramid explorer, median of {repeats} (construct once: {build_ms:.0f} ms):")
    for name, (median, low, high) in rows.items():
        print(f"  {name:<32} {median:8.1f} ms  (min {low:.1f}, max {high:.1f})  {median / whole:5.2f} x callback")
    return {"construct_ms": build_ms, **{name: median for name, (median, _, _) in rows.items()}}


if __name__ == "__main__":
    main()
