"""Read the course through as a trainer does: JupyterLab in headless Chromium, Run All, screenshots.

Run by hand (it is not a test; it takes a few minutes and two CPU cores):

    .venv/bin/python tools/readthrough.py                     # every course notebook 00..08, zh and en
    .venv/bin/python tools/readthrough.py 02_kano 05_damage   # some of them
    .venv/bin/python tools/readthrough.py --lang zh --out /tmp/readthrough

What it does, per notebook and language:

1. copies ``notebooks/<lang>/`` into a fresh working folder (as ``cxlab lab`` does), so running the course never
   writes outputs into the kit's own notebooks, and starts JupyterLab on it (the kit's contents manager, a free
   port on 127.0.0.1, its token);
2. opens the notebook in Debian's Chromium (``/usr/bin/chromium`` through Playwright's ``executable_path``; it never
   downloads a browser) at 1600×900, notes whether the tab is marked modified (●) before anything runs;
3. runs all cells (JupyterLab's own "Run All" command), waits for the kernel to be idle and no cell to be pending;
4. scrolls the notebook from top to bottom taking one 1600×900 screenshot per screen
   (``<out>/<lang>/<stem>_NN.png``), and writes ``<out>/report.json`` with what a trainer would notice without
   reading: error and stderr outputs, "Error displaying widget", tables wider than the page, pictures wider or
   much narrower than the page, the modified mark on open and after the run, the seconds Run All took.

Look at every screenshot yourself; the JSON only lists what can be measured.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labbrowser import VIEWPORT, chromium, lab  # noqa: E402  (JupyterLab and Chromium, shared with the benchmark)

ROOT = Path(__file__).resolve().parent.parent
STEMS = sorted(p.stem for p in (ROOT / "notebooks" / "en").glob("0[0-8]_*.ipynb"))

# What the page can tell us about one notebook after Run All (run in the browser).
MEASURE = r"""
() => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  const width = nb ? nb.clientWidth : 0;
  const out = {errors: [], stderr: [], widget_errors: [], wide_tables: [], wide_images: [], small_images: [],
               pending: 0, cells: 0, width: width};
  if (!nb) return out;
  const cells = nb.querySelectorAll('.jp-Cell');
  out.cells = cells.length;
  cells.forEach((cell, i) => {
    const prompt = cell.querySelector('.jp-InputPrompt');
    if (prompt && prompt.textContent.includes('*')) out.pending += 1;
    cell.querySelectorAll('.jp-OutputArea-output').forEach(o => {
      const mime = o.getAttribute('data-mime-type') || '';
      const text = (o.innerText || '').trim().slice(0, 400);
      if (mime === 'application/vnd.jupyter.stderr') out.stderr.push({cell: i, text});
      if (o.classList.contains('jp-RenderedText') && /Traceback|Error:/.test(text) && mime !== 'text/plain')
        out.errors.push({cell: i, text});
      if (/Error displaying widget/.test(text)) out.widget_errors.push({cell: i, text});
      o.querySelectorAll('table').forEach(t => {
        const area = o.clientWidth;
        if (t.scrollWidth > area + 2) out.wide_tables.push({cell: i, table: t.scrollWidth, area});
      });
      o.querySelectorAll('img').forEach(img => {
        const r = img.getBoundingClientRect();
        if (img.naturalWidth > o.clientWidth + 2)
          out.wide_images.push({cell: i, natural: img.naturalWidth, shown: Math.round(r.width), area: o.clientWidth});
        if (img.naturalWidth && img.naturalWidth < 0.45 * o.clientWidth)
          out.small_images.push({cell: i, natural: img.naturalWidth, area: o.clientWidth});
      });
    });
  });
  return out;
}
"""


def dirty(page) -> bool:
    return page.evaluate("() => !!document.querySelector('.lm-TabBar-tab.jp-mod-current.jp-mod-dirty')")


def kernel_idle(page) -> bool:
    return page.evaluate("""() => {
        const w = window.jupyterapp.shell.currentWidget;
        const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
        return !!k && k.status === 'idle';
    }""")


def read_notebook(page, base, token, lang, stem, out: Path, timeout: float) -> dict:
    begin = time.time()
    page.goto(f"{base}/lab/tree/{lang}/{stem}.ipynb?token={token}&reset", wait_until="domcontentloaded")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.context"
                           " && window.jupyterapp.shell.currentWidget.context.isReady", timeout=60_000)
    start = time.time()
    while time.time() - start < 60 and not kernel_idle(page):
        time.sleep(0.5)
    time.sleep(1.5)  # what JupyterLab does once the kernel is there (language_info) happens now
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")  # the page as a projector shows it
    news = page.locator(".jp-Notification-Toast-Button:has-text('No')")
    if news.count():
        try:
            news.first.click(timeout=2000)
        except Exception:
            pass
    report = {"modified_on_open": dirty(page), "open_seconds": round(time.time() - start, 1)}
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    time.sleep(2)
    start = time.time()
    while time.time() - start < timeout:
        state = page.evaluate(MEASURE)
        if kernel_idle(page) and state["pending"] == 0:
            break
        time.sleep(1)
    else:
        report["timeout"] = True
    time.sleep(2)  # widgets and images finish drawing
    report["seconds"] = round(time.time() - start, 1)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:move-cursor-to-top')"
                  ".catch(() => null)")
    report.update(page.evaluate(MEASURE))
    report["modified_after_run"] = dirty(page)
    # The page made as tall as the notebook (same width, so the layout is the one at 1600×900), then taken one
    # 1600×900 screen at a time: <stem>_NN.png. Faster than scrolling JupyterLab's own scroller on a busy machine.
    scroller = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{stem}_*.png"):
        old.unlink()
    # JupyterLab draws cells only near the screen and estimates the rest (and pads the end so the last cell can be
    # scrolled up): make the page taller until the notebook's last cell is drawn and its bottom is on the page.
    tall = VIEWPORT["height"]
    for _ in range(40):
        page.evaluate(f"() => document.querySelector('{scroller}').scrollTo(0, 0)")
        bottom = page.evaluate("""() => { const cells = window.jupyterapp.shell.currentWidget.content.widgets;
            const node = cells[cells.length - 1].node, box = node.getBoundingClientRect();
            return node.isConnected && box.height > 0 ? Math.ceil(box.bottom) + 40 : -1; }""")
        if 0 < bottom <= tall:
            tall = bottom
            break
        tall = min(bottom if bottom > 0 else tall + 4000, 60000)
        page.set_viewport_size({"width": VIEWPORT["width"], "height": tall})
        time.sleep(1.0)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": tall})
    page.evaluate(f"() => document.querySelector('{scroller}').scrollTo(0, 0)")
    time.sleep(1.5)
    report.update(page.evaluate(MEASURE))  # again, now that every cell is drawn (only drawn cells are in the page)
    report["page_height"] = tall
    shots, step, top, n = [], VIEWPORT["height"] - 60, 0, 0
    while top < tall:  # one 1600×900 screen at a time (with 60 px overlap) out of the tall page
        path = folder / f"{stem}_{n:02d}.png"
        height = min(VIEWPORT["height"], tall - top)
        page.screenshot(path=str(path), clip={"x": 0, "y": top, "width": VIEWPORT["width"], "height": height},
                        animations="disabled", caret="hide", timeout=60_000)
        shots.append(str(path))
        top, n = top + step, n + 1
    page.set_viewport_size(VIEWPORT)
    report["screenshots"] = shots
    report["total_seconds"] = round(time.time() - begin, 1)
    # Leave the file as it was: close without saving, shut the kernel down.
    page.evaluate("""async () => { const w = window.jupyterapp.shell.currentWidget;
        await w.sessionContext.shutdown(); w.context.model.dirty = false; w.dispose(); }""")
    return report


def _stop(signum, frame):  # a kill ends JupyterLab and the browser too (the finally blocks below)
    raise SystemExit(1)


def main(argv=None) -> int:
    signal.signal(signal.SIGTERM, _stop)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*", help="notebook stems, e.g. 02_kano (default: 00..08)")
    parser.add_argument("--lang", choices=["zh", "en", "both"], default="both")
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "readthrough"))
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for one Run All")
    args = parser.parse_args(argv)
    stems = [s for s in STEMS if not args.stems or s in args.stems or s.split("_")[0] in args.stems]
    langs = ["zh", "en"] if args.lang == "both" else [args.lang]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cxlab-readthrough-"))
    course = work / "course"
    for lang in langs:
        shutil.copytree(ROOT / "notebooks" / lang, course / lang)
    results = {}
    try:
        with open(out / "jupyterlab.log", "w") as log, lab(course, log) as (base, token, _), chromium() as page:
            for lang in langs:
                for stem in stems:
                    key = f"{lang}/{stem}"
                    print(key, "...", flush=True)
                    try:
                        results[key] = read_notebook(page, base, token, lang, stem, out, args.timeout)
                    except Exception as exc:  # one notebook that does not open must not stop the rest
                        results[key] = {"failed": repr(exc)[:500]}
                    r = results[key]
                    print("   ", {k: v for k, v in r.items() if k != "screenshots" and v},
                          f"{len(r.get('screenshots', []))} screenshots", flush=True)
                    (out / "report.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    changed = [k for k, r in results.items() if r.get("modified_on_open")]
    print(f"report: {out / 'report.json'}; screenshots under {out}/<lang>/; modified on open: {changed or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
