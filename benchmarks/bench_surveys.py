"""Benchmark: reading a 50,000-respondent survey export with :func:`cxlab.surveys.read_table` (XLSX and CSV).

The export has the shape 问卷星 writes by default: one row per respondent, platform columns first (序号,
提交答卷时间, 所用时间, 来源, 来源详情, 来自IP) and then 20 scale questions answered as option text (非常同意 …)
or codes, seeded so every run measures the same data. The XLSX is written with openpyxl's write-only mode with
a recorded dimension that covers the data (as the platforms write it); the CSV is UTF-8 with a byte-order mark
and CRLF line ends (Excel's "CSV UTF-8").

Measured, best of a few runs (``time.perf_counter``):

- ``xlsx``: ``read_table`` of the workbook (python-calamine underneath), and for comparison the two openpyxl
  ways: a plain ``load_workbook`` walk over all cells (what the reader did before issue 8) and read-only mode.
  The cells python-calamine and openpyxl read must be the same after :func:`cxlab.surveys.normalise`;
- ``csv``: ``read_table`` of the CSV, and ``pandas.read_csv`` of the same bytes for comparison;
- both ``read_table`` results must hold the same cells as each other before anything is reported.

The two openpyxl reads take far longer than the rest (a minute and more on 2 cores), so they run only with
``CXLAB_BENCH_OPENPYXL=1`` in the environment (the cell comparison with python-calamine then runs too).

Aim (issue 8): XLSX ≤ 3 s and CSV ≤ 1.5 s on 2 cores. Run: ``python -m benchmarks surveys``. The load average of
the machine is printed with the table (the machine is shared: read the times against it).
"""
from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

import numpy as np

SEED = 20240302
RESPONDENTS = 50_000
QUESTIONS = 20
LABELS = ("非常不同意", "不同意", "一般", "同意", "非常同意")
META = ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP")


def make_rows(respondents: int = RESPONDENTS, questions: int = QUESTIONS, seed: int = SEED):
    """The header and the seeded rows of the export (Python lists of cell values)."""
    rng = np.random.default_rng(seed)
    answers = rng.integers(0, 5, size=(respondents, questions))
    seconds = rng.integers(40, 900, size=respondents)
    header = list(META) + [f"{q + 1}、第{q + 1}题的陈述" for q in range(questions)]
    rows = []
    for i in range(respondents):
        day, minute = divmod(i, 1440)
        meta = [i + 1, f"2024/3/{1 + day % 28} {minute // 60}:{minute % 60:02d}:00", f"{seconds[i]}秒",
                "微信" if i % 3 else "手机提交", "N/A", f"10.0.{i // 256 % 256}.{i % 256}(上海-上海)"]
        cells = [LABELS[a] if (q + i) % 4 else int(a) + 1 for q, a in enumerate(answers[i])]
        rows.append(meta + cells)
    return header, rows


def write_xlsx(path: Path, header, rows) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("Sheet1")
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def write_csv(path: Path, header, rows) -> Path:
    import csv

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def _best_time(function, repeats: int) -> tuple:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def _openpyxl_full(path):
    """The reader before issue 8: a full (not read-only) workbook load, every cell visited."""
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path, data_only=True)
    ws = book.worksheets[0]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _openpyxl_read_only(path):
    """openpyxl's streaming mode (the other candidate of issue 8)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def _same_cells(path, calamine_cells, rows) -> None:
    """The normalised cells of python-calamine and of openpyxl are identical."""
    from cxlab import surveys

    width = max(len(r) for r in rows)
    grid = np.full((len(rows), width), None, dtype=object)
    for i, row in enumerate(rows):
        grid[i, : len(row)] = row
    ours, _ = surveys._normalise_values(calamine_cells)
    theirs, _ = surveys._normalise_values(grid)
    assert ours.tolist() == theirs.tolist(), f"{path.name}: python-calamine and openpyxl read different cells"


def main() -> dict:
    import pandas as pd

    from cxlab import surveys

    header, rows = make_rows()
    with tempfile.TemporaryDirectory() as folder:
        xlsx = write_xlsx(Path(folder) / "export.xlsx", header, rows)
        csv_path = write_csv(Path(folder) / "export.csv", header, rows)
        xlsx_time, xlsx_table = _best_time(lambda: surveys.read_table(xlsx), 2)
        csv_time, csv_table = _best_time(lambda: surveys.read_table(csv_path), 3)
        pd.testing.assert_frame_equal(xlsx_table.frame, csv_table.frame)
        assert len(xlsx_table) == RESPONDENTS and xlsx_table.rows == csv_table.rows
        old_time = read_only_time = None
        if os.environ.get("CXLAB_BENCH_OPENPYXL") == "1":
            old_time, _ = _best_time(lambda: _openpyxl_full(xlsx), 1)
            read_only_time, rows = _best_time(lambda: _openpyxl_read_only(xlsx), 1)
            _same_cells(xlsx, surveys._read_excel(xlsx.read_bytes(), xlsx.name, None)[0], rows)
        pandas_time, _ = _best_time(lambda: pd.read_csv(csv_path, dtype=str, encoding="utf-8-sig"), 3)
        sizes = (xlsx.stat().st_size / 1e6, csv_path.stat().st_size / 1e6)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) {load:.2f} on {os.cpu_count()} cores")
    print(f"{RESPONDENTS:,} respondents x {len(header)} columns "
          f"(XLSX {sizes[0]:.1f} MB, CSV {sizes[1]:.1f} MB); same cells from both files"
          + (" and both XLSX readers" if old_time is not None else ""))
    print("| file | reader                       | seconds | aim  |")
    print("|------|------------------------------|---------|------|")
    print(f"| xlsx | cxlab read_table             | {xlsx_time:7.2f} | 3.0  |")
    for label, seconds in (("openpyxl full load (before)", old_time), ("openpyxl read-only", read_only_time)):
        shown = f"{seconds:7.2f}" if seconds is not None else "    off"   # CXLAB_BENCH_OPENPYXL=1 runs them
        print(f"| xlsx | {label:<28} | {shown} |      |")
    print(f"| csv  | cxlab read_table             | {csv_time:7.2f} | 1.5  |")
    print(f"| csv  | pandas.read_csv (comparison) | {pandas_time:7.2f} |      |")
    return {"xlsx": xlsx_time, "xlsx_openpyxl_full": old_time, "xlsx_openpyxl_read_only": read_only_time,
            "csv": csv_time, "csv_pandas": pandas_time}


if __name__ == "__main__":
    main()
