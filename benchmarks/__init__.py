"""Speed and memory benchmarks of cxlab (not tests: nothing here asserts a timing).

Each module ``benchmarks/bench_<name>.py`` defines ``main()``, which measures, prints a small table and returns
its numbers. ``python -m benchmarks`` runs them all; ``python -m benchmarks kano`` runs ``bench_kano`` only.
See ``benchmarks/README.md``.
"""
