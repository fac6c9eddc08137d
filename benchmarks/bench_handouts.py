"""Benchmark: seconds per case handout, and for the whole course (``cxlab handout --all --lang all``).

For every case and language (course data, handout + answer sheet, PDF and HTML) the time is split into where it
goes: the case builder (models, tables and the charts drawn to PNG), the CJK font cut down to the document's
characters (fontTools), the Jinja2 template, and WeasyPrint's PDF rendering. Then the whole course is written into
a temporary folder exactly as the command does (``handouts.write`` per case and language, both formats), and one
case with ``groups=3``. The cold start (importing cxlab's models, matplotlib and WeasyPrint) is timed once, first.
Aim (issue 14): at most 5 s per handout and the whole course in under 2 minutes on 2 cores.

Run alone with ``python -m benchmarks handouts``.
"""
from __future__ import annotations

import os
import tempfile
import time


def _seconds(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def main() -> dict:
    """Measure, print and return the timings (seconds)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    cold, _ = _seconds(lambda: (__import__("cxlab.handouts"), __import__("weasyprint"),
                                __import__("cxlab.cases.kano"), __import__("cxlab.cases.damage"),
                                __import__("cxlab.cases.returns")))
    from cxlab import handouts

    rows, results = [], {"cold_start": cold}
    for case_id, case in handouts.cases().items():
        for lang in ("zh", "en"):
            with handouts._speaking(lang):
                sheet_s, _ = _seconds(lambda: case.build(handouts.Context(case, lang)))
            handouts._subset.cache_clear()
            build_s, docs = _seconds(lambda: handouts.build(case_id, lang=lang))
            handouts._subset.cache_clear()
            font_s, _ = _seconds(lambda: handouts.font_face("".join(d.html for d in docs)))
            pdf_s, pdfs = _seconds(lambda: [handouts.render_pdf(d) for d in docs])
            template_s = max(build_s - sheet_s - font_s, 0.0)
            total = build_s + pdf_s
            rows.append((case_id, lang, sheet_s, font_s, template_s, pdf_s, total,
                         sum(len(p) for p in pdfs) / 1e3, sum(len(d.html) for d in docs) / 1e3))
    print("per case and language (course data; handout + answer sheet, PDF and HTML), seconds:")
    print(f"  {'case':24s} {'lang':4s} {'models+charts':>13s} {'font':>6s} {'template':>8s} {'pdf':>6s} "
          f"{'total':>6s} {'pdf kB':>7s} {'html kB':>7s}")
    for case_id, lang, *numbers in rows:
        print(f"  {case_id:24s} {lang:4s} {numbers[0]:13.2f} {numbers[1]:6.2f} {numbers[2]:8.2f} {numbers[3]:6.2f} "
              f"{numbers[4]:6.2f} {numbers[5]:7.0f} {numbers[6]:7.0f}")
    totals = [sum(r[i] for r in rows) for i in range(2, 7)]
    share = {name: value / totals[4] for name, value in zip(("models+charts", "font", "template", "pdf"), totals)}
    print("  where the time goes: " + ", ".join(f"{k} {v:.0%}" for k, v in share.items()))
    results["per_handout_max"] = max(r[6] for r in rows)
    results["per_handout_mean"] = totals[4] / len(rows)
    results["share"] = share

    with tempfile.TemporaryDirectory() as folder:
        course_s, written = _seconds(lambda: [w for c in handouts.cases() for lg in ("zh", "en")
                                              for w in handouts.write(c, folder, lang=lg, fmt="both")])
        rerun_s, again = _seconds(lambda: [w for c in handouts.cases() for lg in ("zh", "en")
                                           for w in handouts.write(c, folder, lang=lg, fmt="both")])
        groups_s, grouped = _seconds(lambda: handouts.write("kano_hotel_app", folder, lang="zh", fmt="both", groups=3))
    assert {w.action for w in again} == {"unchanged"}
    results.update(course=course_s, rerun=rerun_s, groups3=groups_s)
    print(f"cold start (imports)                         {cold:6.1f} s")
    print(f"--all --lang all, both formats ({len(written)} files)   {course_s:6.1f} s")
    print(f"the same again (every file unchanged)         {rerun_s:6.1f} s")
    print(f"kano_hotel_app --groups 3, both ({len(grouped)} files)  {groups_s:6.1f} s")
    return results


if __name__ == "__main__":
    main()
