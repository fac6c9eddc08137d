"""Run the benchmarks: ``python -m benchmarks [NAME ...]``.

Without a name every ``bench_*.py`` module in this folder runs (in name order); with names, only
``bench_<NAME>.py`` for each NAME (``python -m benchmarks kano`` runs ``bench_kano``).
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def available() -> list:
    """The benchmark names (``bench_kano.py`` -> ``kano``), sorted."""
    folder = str(Path(__file__).resolve().parent)
    return sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([folder]) if m.name.startswith("bench_"))


def run(names=None) -> int:
    names = list(names or available())
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"== bench_{name} ==")
        start = time.perf_counter()
        module.main()
        print(f"-- bench_{name} finished in {time.perf_counter() - start:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
