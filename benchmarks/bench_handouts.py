"""Benchmark: seconds per case handout, and for the whole course (``cxlab handout --all --lang all``).

For every case and language (course data, handout + answer sheet, PDF and HTML) the time is split into where it
goes: the case builder (models, tables and the charts drawn as SVG), the CJK font cut down to the document's
characters (fontTools), the Jinja2 template, and WeasyPrint's PDF rendering. Then the whole course is written into
a temporary folder exactly as the command does (``handouts.write`` per case and language, both formats), and one
case with ``groups=3``. The cold start (importing cxlab's models, matplotlib and WeasyPrint) is timed once, first.
Last, the chart format: the same charts drawn as SVG (text as paths, what the handouts use) and as 200-dpi PNG
(what they used before), each alone on a page through WeasyPrint: seconds to draw, to render, and PDF size.
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
                                __import__("cxlab.handouts").handouts.cases()))
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
    results["chart_formats"] = chart_formats()
    return results


def chart_formats(case_ids=("servqual_bank", "journey_appliance", "pyramid_retailer_checkout")) -> dict:
    """SVG against 200-dpi PNG for the charts of a few cases (zh): draw and render seconds, PDF kB."""
    import base64

    from cxlab import handouts

    weasyprint = handouts.weasyprint_module()
    drawn = []  # (plot, args, kwargs, size, panels) captured from the builders
    real = handouts._chart

    def capture(plot, args, kwargs, size, panels=1, fmt="svg"):
        drawn.append((plot, args, kwargs, size, panels))
        return real(plot, args, kwargs, size, panels, fmt)

    handouts._chart = capture
    try:
        for case_id in case_ids:
            case = handouts.cases()[case_id]
            with handouts._speaking("zh"):
                case.build(handouts.Context(case, "zh"))
    finally:
        handouts._chart = real
    totals = {}
    with handouts._speaking("zh"):
        for fmt, mime in (("svg", "image/svg+xml"), ("png", "image/png")):
            draw_s = render_s = size = 0.0
            for plot, args, kwargs, fig_size, panels in drawn:
                seconds, data = _seconds(lambda: real(plot, args, kwargs, fig_size, panels, fmt))
                uri = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
                html = f'<html><body><img style="width: 17cm" src="{uri}"></body></html>'
                rendered, pdf = _seconds(lambda: weasyprint.HTML(string=html).write_pdf())
                draw_s, render_s, size = draw_s + seconds, render_s + rendered, size + len(pdf) / 1e3
            totals[fmt] = {"draw": draw_s, "render": render_s, "pdf_kB": size}
    print(f"chart format, {len(drawn)} charts of {', '.join(case_ids)} (zh), each alone on a PDF page:")
    for fmt, row in totals.items():
        print(f"  {fmt:4s} draw {row['draw']:5.2f} s  render {row['render']:5.2f} s  pdf {row['pdf_kB']:6.0f} kB")
    print(f"  SVG/PNG: pdf size {totals['svg']['pdf_kB'] / totals['png']['pdf_kB']:.2f}, "
          f"render time {totals['svg']['render'] / totals['png']['render']:.2f}")
    return totals


if __name__ == "__main__":
    main()
