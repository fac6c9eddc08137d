"""Speed of the damage and return explorers' update callbacks (what a learner waits for after moving a slider).

``main()`` builds each explorer once, then times ``update()`` for a series of slider moves, in two ways:

* **callback**: setting a control's value, which runs ``update()`` (model + plot functions redrawing the reused
  figure) — what the Python side costs;
* **with render**: the same plus drawing the figure to PNG bytes, as the notebook front end does after
  ``display`` — what the learner actually waits for.

Run it alone with ``python -m benchmarks.bench_money_widgets`` or with every benchmark via ``python -m benchmarks``.
"""
from __future__ import annotations

import io
import os
import statistics
import time

os.environ.setdefault("MPLBACKEND", "Agg")


def _time(action, repeat: int) -> list:
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - start)
    return times


def _render(figure) -> None:
    figure.savefig(io.BytesIO(), format="png", dpi=figure.dpi)  # as the inline backend shows it


def _report(name: str, times: list) -> dict:
    row = {"benchmark": name, "runs": len(times), "median_ms": 1000 * statistics.median(times),
           "max_ms": 1000 * max(times)}
    print(f"{name:<42} runs={row['runs']:>3}  median={row['median_ms']:8.1f} ms  max={row['max_ms']:8.1f} ms")
    return row


def main(repeat: int = 20) -> list:
    """Time the explorers' callbacks; print one line per benchmark and return the rows."""
    import contextlib

    import cxlab
    from cxlab.widgets.damage import DamageExplorer
    from cxlab.widgets.returns import ReturnExplorer

    cxlab.set_language("zh")
    rows = []
    # display() outside a notebook prints the figure's repr: keep the benchmark output readable
    with contextlib.redirect_stdout(io.StringIO()):
        damage = DamageExplorer()
        returns = ReturnExplorer("orchard_base")
        quick = [0.2, 0.3, 0.4, 0.5, 0.6]
        horizons = [3, 4, 5, 6, 7]

        def move_damage(i):
            damage.quick.value = quick[i % len(quick)]

        def move_damage_render(i):
            move_damage(i)
            _render(damage.figure)

        def move_return(i):
            returns.horizon.value = horizons[i % len(horizons)]

        def move_return_render(i):
            move_return(i)
            _render(returns.figure)

        def switch_case(i):
            returns.case.value = ["orchard_base", "riverline_base", "brightdesk_base"][i % 3]

        timings = [
            ("DamageExplorer: quick share (callback)", _time(move_damage, repeat)),
            ("DamageExplorer: quick share (with render)", _time(move_damage_render, repeat)),
            ("ReturnExplorer: horizon (callback)", _time(move_return, repeat)),
            ("ReturnExplorer: horizon (with render)", _time(move_return_render, repeat)),
            ("ReturnExplorer: switch case (callback)", _time(switch_case, repeat)),
        ]
    for name, times in timings:
        rows.append(_report(name, times))
    return rows


if __name__ == "__main__":
    main()
