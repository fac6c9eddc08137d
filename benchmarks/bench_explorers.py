"""Every explorer: construction, update after a control change (numbers and the PNG the browser receives),
and the old clear-and-redraw path measured in the same run, as a ratio.

For each explorer ``main()`` builds it once (timed: *construct*), then moves one control through a cycle of
values ``REPEATS`` times; each move runs the whole update — model, charts updated in place, PNG bytes into the
Image widget — and is timed (*update* median and max). The *old* path does what the explorers did before the
shared mechanism (``cxlab.widgets.base``): for the same result, clear every axes, draw the chart again with the
plot functions on a constrained-layout figure, and encode the PNG with ``savefig`` (as the inline display of an
``Output`` widget did). *ratio* = old median / update median.

Targets of issue 9 (on 2 cores): update median <= 150 ms, max <= 300 ms, construct <= 1 s. Timings depend on
the machine and its load; compare the ratio, measured in one run. The *cpu* columns are this process's CPU time
(``time.process_time``) of the construction and the median update: on a shared machine the wall clock also counts
the time other jobs held the cores, the CPU time only what the explorer itself cost.

Run: ``python -m benchmarks explorers`` (or ``python -m benchmarks.bench_explorers``).
"""
from __future__ import annotations

import gc
import io
import os
import statistics
import time

os.environ.setdefault("MPLBACKEND", "Agg")

REPEATS = 20
#: Constructions after the first (the cell run again, the explorer in a second notebook of the same kernel):
#: *again* is their median (with the first, the twenty constructions of the targets: median of 20).
AGAIN = 19


def _times(action, repeat, cpu=None):
    """Wall-clock seconds of ``repeat`` calls; with a list ``cpu``, this process's CPU seconds of each call are
    appended to it (on a shared machine the CPU time is what the explorer itself costs)."""
    out = []
    for i in range(repeat):
        start, used = time.perf_counter(), time.process_time()
        action(i)
        out.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - used)
    return out


def _old_figure(size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _old_render(figure):
    figure.savefig(io.BytesIO(), format="png", dpi=figure.dpi)


def _cases():
    """(name, make explorer, move(explorer, i), old redraw(figure, explorer)[, prepare(explorer)]) per explorer:
    *make* is the explorer's cell as the notebook has it (timed), *prepare* what the moves need first (not timed)."""
    from cxlab import course, damage, datasets, kano, returns
    from cxlab.widgets.damage import DamageExplorer
    from cxlab.widgets.kano import KanoExplorer
    from cxlab.widgets.returns import ReturnExplorer

    answers = kano.clean(datasets.load("kano_hotel_app")).answers
    thresholds = [0.0, 0.03, 0.07, 0.10, 0.14]
    quick = [0.2, 0.3, 0.4, 0.5, 0.6]
    horizons = [3, 9, 5, 10, 7]
    shares = [10, 25, 40, 55, 70]
    changes = [1.0, -1.0, 2.0, 0.5, -2.0]
    rates = [0.1, 0.3, 0.2, 0.45, 0.05]

    def kano_move(e, i):
        e.tie_threshold.value = thresholds[i % len(thresholds)]

    def kano_old(figure, e):
        if not figure.axes:
            figure.subplots(1, 2, width_ratios=[1.5, 1])
        for ax in figure.axes:
            ax.clear()
        shown = e.result.rename(index=e.names)
        kano.plot_better_worse(shown, ax=figure.axes[0], legend=False)
        kano.plot_categories(shown, ax=figure.axes[1])

    def damage_move(e, i):
        e.quick.value = quick[i % len(quick)]

    def damage_old(figure, e):
        if not figure.axes:
            figure.subplots(2, 1)
        for ax in figure.axes:
            ax.clear()
        damage.plot_funnel(e.result, ax=figure.axes[0])
        damage.plot_revenue_by_group(e.result, ax=figure.axes[1])

    def return_move(e, i):
        e.horizon.value = horizons[i % len(horizons)]

    def return_old(figure, e):
        if not figure.axes:
            figure.subplots()
        figure.axes[0].clear()
        returns.plot_roi_over_time(e.result, ax=figure.axes[0])

    def journey_move(e, i):
        e.change.value = changes[i % len(changes)]

    def journey_rate(e, i):     # the damage table alone depends on it: the moments of truth are kept
        e.problem_rate.value = rates[i % len(rates)]

    def journey_old(figure, e):
        from cxlab import journey

        if not figure.axes:
            grid = figure.add_gridspec(2, 2, height_ratios=[1.25, 1])
            figure.add_subplot(grid[0, :]), figure.add_subplot(grid[1, 0]), figure.add_subplot(grid[1, 1])
        for ax in figure.axes[3:]:     # the Pareto charts' twin axes
            ax.remove()
        for ax in figure.axes:
            ax.clear()
        journey.plot_journey_map(e.touchpoints, e.mot, ax=figure.axes[0])
        journey.plot_priority(e.mot, ax=figure.axes[1], top=e.TOP)
        names = dict(zip(e.touchpoints["touchpoint"], journey.touchpoint_names(e.touchpoints)))
        damage.plot_pareto(e.damage.head(e.TOP).assign(touchpoint=lambda d: d["touchpoint"].map(names)),
                           ax=figure.axes[2])

    def make_journey():     # as notebook 04's cell does
        from cxlab.widgets.journey import JourneyExplorer

        return JourneyExplorer("appliance")

    def journey_touchpoint(e):     # before the moves, not timed: the touchpoint whose score the slider changes
        e.touchpoint.value = "technician_visit"

    def welcome_move(e, i):
        e.share.value = shares[i % len(shares)]

    def welcome_old(figure, e):
        if not figure.axes:
            figure.subplots()
        figure.axes[0].clear()
        course.plot_complaint_split(e.result, ax=figure.axes[0])

    def make_nps():
        from cxlab.widgets.value import NPSExplorer

        return NPSExplorer()

    def nps_move(e, i):
        e.promoters[1].value = promoter_shares[i % len(promoter_shares)]

    def nps_size(e, i):     # the row labels carry n: the y axis is drawn with the points
        e.n[0].value = sizes[i % len(sizes)]

    def nps_old(figure, e):
        from cxlab import value

        if not figure.axes:
            figure.subplots()
        figure.axes[0].clear()
        value.plot_nps_waves(e._waves(e.state), ax=figure.axes[0])

    promoter_shares = [45.0, 50.0, 55.0, 48.0, 60.0, 42.0]
    sizes = [400, 800, 1600, 3200, 200, 1000]

    return [
        ("KanoExplorer: tie threshold", lambda: KanoExplorer(answers), kano_move, kano_old),
        ("DamageExplorer: resolved quickly", DamageExplorer, damage_move, damage_old),
        ("ReturnExplorer: horizon", lambda: ReturnExplorer("orchard_base"), return_move, return_old),
        ("ComplaintDemo: complaint share", lambda: course.ComplaintDemo(customers=100, share=10), welcome_move,
         welcome_old),
        ("JourneyExplorer: score change", make_journey, journey_move, journey_old, journey_touchpoint),
        ("JourneyExplorer: problem rate", make_journey, journey_rate, journey_old, journey_touchpoint),
        ("NPSExplorer: wave 2 promoters", make_nps, nps_move, nps_old),
        ("NPSExplorer: wave 1 sample size", make_nps, nps_size, nps_old),
    ]


def _encoders(figure, repeat):
    """PNG encoding of one explorer picture: Pillow (what the mechanism used before) against ``png_bytes``."""
    from PIL import Image

    from cxlab.widgets.base import png_bytes

    canvas = figure.canvas

    def pillow(i):
        buffer = io.BytesIO()
        Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert(
            "RGB").save(buffer, format="png", compress_level=1)
        return buffer

    before = statistics.median(_times(pillow, repeat))
    after = statistics.median(_times(lambda i: png_bytes(figure, draw=False), repeat))
    size = len(png_bytes(figure, draw=False)), len(pillow(0).getvalue())
    print(f"PNG of a {canvas.get_width_height()[0]}x{canvas.get_width_height()[1]} picture: Pillow "
          f"{1000 * before:.0f} ms ({size[1] // 1024} KB), png_bytes {1000 * after:.0f} ms ({size[0] // 1024} KB), "
          f"{before / after:.1f}x")
    return {"pillow_ms": 1000 * before, "png_bytes_ms": 1000 * after}


def main(repeat: int = REPEATS) -> list:
    """Time every explorer; print one line each and return the rows (ms).

    *construct* is the explorer's cell after the notebook's set-up cell (``import cxlab``, ``cxlab.style.use()``,
    the widget and plotting imports) and its first chart (every course notebook but the welcome draws charts
    before its explorer; that first chart is timed and printed apart), as a trainer runs it; *again* the median
    of :data:`AGAIN` constructions after it. The set-up itself is
    printed first (matplotlib, pandas and the kit; ``style.use`` no longer imports seaborn)."""
    start = time.perf_counter()
    import ipywidgets  # noqa: F401  (the notebook's set-up cell imports these)
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401

    import cxlab

    cxlab.style.use()
    cxlab.set_language("zh")  # the CJK font: the slower of the two languages
    print(f"set-up (imports, style.use): {1000 * (time.perf_counter() - start):.0f} ms; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    # every course notebook but the welcome draws its own charts before its explorer: the first chart of a
    # kernel imports matplotlib's figure and axes modules and opens the CJK font, once, and is timed apart
    from cxlab import course

    start = time.perf_counter()
    course.plot_complaint_split(course.complaint_split(100, 0.1)).figure.savefig(io.BytesIO(), format="png")
    print(f"the kernel's first chart (matplotlib's figure modules, the CJK font): "
          f"{1000 * (time.perf_counter() - start):.0f} ms")
    rows = []
    print(f"{'explorer':<36} {'construct':>10} {'cpu':>6} {'again':>7} {'update med':>11} {'cpu':>6} {'update max':>11} "
          f"{'old med':>9} {'ratio':>6}")
    for name, make, move, old, *prepare in _cases():
        gc.collect()     # the garbage of the row before (its old path's figures) is not this row's time
        start, used = time.perf_counter(), time.process_time()
        explorer = make()
        construct, construct_cpu = time.perf_counter() - start, time.process_time() - used
        again = statistics.median(_times(lambda i: make().close(), AGAIN))
        for step in prepare:
            step(explorer)
        cpu = []
        gc.collect()
        new = _times(lambda i: move(explorer, i), repeat, cpu)
        width, height = explorer.picture
        figure = _old_figure((width / 100, height / 100))

        def old_path(i):
            explorer._holding += 1     # the control moves without the new update …
            try:
                move(explorer, i)
            finally:
                explorer._holding -= 1
            explorer.compute()         # … the same model call …
            old(figure, explorer)      # … then clear and draw again, and savefig
            _old_render(figure)

        before = _times(old_path, repeat)
        row = {"explorer": name, "construct_ms": 1000 * construct, "construct_cpu_ms": 1000 * construct_cpu,
               "again_ms": 1000 * again, "update_median_ms": 1000 * statistics.median(new),
               "update_cpu_ms": 1000 * statistics.median(cpu), "update_max_ms": 1000 * max(new),
               "old_median_ms": 1000 * statistics.median(before)}
        row["ratio"] = row["old_median_ms"] / row["update_median_ms"]
        rows.append(row)
        print(f"{name:<36} {row['construct_ms']:>8.0f}ms {row['construct_cpu_ms']:>4.0f}ms {row['again_ms']:>5.0f}ms "
              f"{row['update_median_ms']:>9.0f}ms {row['update_cpu_ms']:>4.0f}ms {row['update_max_ms']:>9.0f}ms "
              f"{row['old_median_ms']:>7.0f}ms {row['ratio']:>5.1f}x", flush=True)
        if name.startswith("KanoExplorer"):
            rows.append(_encoders(explorer.figure, repeat))
        # a notebook shows one explorer at a time; an explorer left open stays alive (ipywidgets keeps it), and
        # dozens of them would make the collector's full passes, and so the later rows, slower
        explorer.close()
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return rows


if __name__ == "__main__":
    main()
