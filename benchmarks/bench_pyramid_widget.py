"""Benchmark: how long the pyramid explorer takes (what a trainer waits for after moving a slider).

The explorer is on the shared mechanism (:mod:`cxlab.widgets.base`): the two pyramids
(:class:`cxlab.pyramid.PyramidChart`) are built once and updated in place, the layout is frozen and only the
changing artists are drawn over a kept background. Timed in one run, so the numbers can be read as ratios:
constructing the explorer, a measure-slider move (the whole callback: assess, update, blit, PNG; median and max),
a threshold move (both pyramids), a preset switch (dataset read + ``measures_from`` + new sliders + callback), and
the old path for the same picture: clear both axes, ``plot_before_after`` again, draw the whole figure, PNG.
Run alone with ``python -m benchmarks.bench_pyramid_widget`` or with every benchmark via ``python -m benchmarks``.
"""
from __future__ import annotations

import os
import time

REPEATS = 20


# the same (median, min, max) in ms as the Kano explorer's benchmark: one timer for both
from benchmarks.bench_kano_widget import _median_ms as _times  # noqa: E402


def main(repeats: int = REPEATS) -> dict:
    """Time the explorer (median, min, max of ``repeats``); print them with the ratio to the old path."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import cxlab
    from cxlab import pyramid
    from cxlab.widgets import figure_png
    from cxlab.widgets.pyramid import PyramidExplorer

    cxlab.set_language("zh")
    start = time.perf_counter()
    explorer = PyramidExplorer("retailer_before")
    first_ms = (time.perf_counter() - start) * 1000  # with the imports and the first dataset read
    start = time.perf_counter()
    PyramidExplorer("retailer_before")
    construct_ms = (time.perf_counter() - start) * 1000
    values = [4.0, 4.5, 5.0, 5.5, 6.0]
    labels = (cxlab.t("pyramid_course.explorer.as_measured"), cxlab.t("pyramid_course.explorer.what_if"))

    def move(i):
        explorer.sliders["ces"].value = values[i % 5]

    def threshold(i):
        explorer.thresholds["2.0"].value = (0.65, 0.7)[i % 2]

    def switch(i):
        explorer.preset.value = ["retailer_after", "hotel_station", "helpdesk_q4", "retailer_before"][i % 4]

    # the old clear-and-redraw path, on a figure of the same size with the layout frozen after the first draw
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    old = Figure(figsize=explorer.figure.get_size_inches(), dpi=explorer.figure.dpi, layout="constrained")
    FigureCanvasAgg(old)
    old_axes = old.subplots(1, 2)
    thresholds = explorer.inputs()["thresholds"]

    def old_path(i):
        result = pyramid.assess({**explorer.inputs()["measures"], "ces": values[i % 5]}, thresholds=thresholds)
        for ax in old_axes:
            ax.clear()
        pyramid.plot_before_after(explorer.start, result, axes=old_axes, labels=labels)
        figure_png(old)
        old.set_layout_engine("none")

    rows = {"slider move (update in place)": _times(move, repeats),
            "threshold move (both pyramids)": _times(threshold, repeats),
            "preset switch (load + callback)": _times(switch, max(4, repeats // 4)),
            "old path (clear + plot + draw)": _times(old_path, repeats)}
    update = rows["slider move (update in place)"][0]
    old_ms = rows["old path (clear + plot + draw)"][0]
    print(f"pyramid explorer, median of {repeats} (construct: first {first_ms:.0f} ms with imports, "
          f"then {construct_ms:.0f} ms):")
    for name, (median, low, high) in rows.items():
        print(f"  {name:<34} {median:8.1f} ms  (min {low:.1f}, max {high:.1f})  {median / update:5.2f} x update")
    print(f"  old path / update in place: {old_ms / update:.1f} x")
    return {"first_construct_ms": first_ms, "construct_ms": construct_ms, "update_ms": update, "update_max_ms": rows["slider move (update in place)"][2],
            "old_ms": old_ms, "ratio_old_to_update": old_ms / update,
            **{name: median for name, (median, _, _) in rows.items()}}


if __name__ == "__main__":
    main()
