"""Measure the explorers as a trainer sees them: JupyterLab in headless Chromium at 1600x900 with the file
browser open, time from a slider move (a key press on the slider) to the new picture loaded on screen, and
take a screenshot of each explorer. Run by hand, not in CI (it starts a Jupyter server and a browser)::

    apt-get install -y chromium              # once (Debian); the script uses /usr/bin/chromium
    pip install playwright                   # into the kit's environment; never `playwright install`
    python benchmarks/browser_explorers.py --lang zh --out /some/folder

Prints, per explorer, the median and the 90th percentile of 10 moves (to the slider's ends in turn) with the
machine's load average, where a move's time goes (median ms from the key press to the kernel's first message, in
the kernel — model, picture, PNG —, and from the kernel's last message to the picture loaded; the kernel clocks
each widget message into a file, see ``KERNEL_CLOCK``), the PNG's size, whether the whole explorer fits the
notebook's room, which control texts are cut off (wider than their box) or wrapped (over two lines); writes
``<explorer>_<lang>.png`` screenshots into ``--out``. JupyterLab and Chromium are started and stopped by
``tools/labbrowser.py``, as for ``tools/readthrough.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from labbrowser import chromium, lab  # noqa: E402  (JupyterLab and Chromium, shared with tools/readthrough.py)
EXPLORERS = {   # the course's explorers, in the order of issue 9's list
    "kano": "from cxlab import datasets, kano\nfrom cxlab.widgets.kano import KanoExplorer\n"
            "KanoExplorer(kano.clean(datasets.load('kano_hotel_app')).answers)",
    "damage": "from cxlab.widgets.damage import DamageExplorer\nDamageExplorer()",
    "return": "from cxlab.widgets.returns import ReturnExplorer\nReturnExplorer('orchard_base')",
    "welcome": "from cxlab import course\ncourse.ComplaintDemo(customers=100, share=10)",
    "pyramid": "from cxlab.widgets.pyramid import PyramidExplorer\nPyramidExplorer('retailer_before')",
    "servqual": "from cxlab.widgets.servqual import ServqualExplorer\nServqualExplorer()",
    "journey": "from cxlab.widgets.journey import JourneyExplorer\nJourneyExplorer('appliance')",
    "nps": "from cxlab.widgets.value import NPSExplorer\nNPSExplorer()",
}

# In the page: arm a watcher (not awaited: Playwright's evaluate waits for a returned promise, which is why every
# move of the first version of this script timed out — the key was pressed only after the 10 s watch had ended).
# The clock starts at the key press (keydown, capture phase) and stops at the next 'load' of the explorer's
# picture, i.e. once the browser has decoded the new PNG the kernel sent.
ARM = """([index]) => {
  const img = document.querySelectorAll('.cx-explorer img')[index];
  let start = null;
  const down = () => { if (start === null) start = performance.now(); };
  document.addEventListener('keydown', down, true);
  window.__cxWatch = new Promise(resolve => {
    const done = () => { img.removeEventListener('load', done); document.removeEventListener('keydown', down, true);
                         resolve(start === null ? -2 : {ms: performance.now() - start,
                                 key: performance.timeOrigin + start, load: performance.timeOrigin + performance.now()}); };
    img.addEventListener('load', done);
    setTimeout(() => { img.removeEventListener('load', done); resolve(-1); }, 6000);
  });
}"""
WAIT = "() => window.__cxWatch"

CUT = """([index]) => [...document.querySelectorAll('.cx-explorer')[index].querySelectorAll('.widget-label, '
  + 'button, .widget-dropdown select, label')]
  .filter(e => e.offsetParent && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 2))
  .map(e => e.textContent.trim()).filter(t => t)"""

# control texts broken over two lines or more: the tops of their text's line boxes (icons and tick boxes apart)
WRAPPED = """([index]) => [...document.querySelectorAll('.cx-explorer')[index].querySelectorAll('.widget-label, '
  + 'button, .widget-dropdown select, .widget-radio-box label, .widget-checkbox label, .widget-toggle-button')]
  .filter(e => { if (!e.offsetParent || !e.textContent.trim()) return false;
    const tops = [], walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) { if (!walk.currentNode.textContent.trim()) continue;
      const r = document.createRange(); r.selectNodeContents(walk.currentNode);
      for (const b of r.getClientRects()) if (b.width > 1) tops.push(b.top); }
    tops.sort((a, b) => a - b);
    return tops.some((top, i) => i > 0 && top - tops[i - 1] > 4); })
  .map(e => e.textContent.trim())"""

# In the kernel: every widget message from the browser (a slider's new value …) is timed from its arrival to the
# end of its handling (the explorer's update, which sends the new picture), as epoch milliseconds in a file.
KERNEL_CLOCK = """import json as _json, time as _time
import ipywidgets.widgets.widget as _widget
def _timed(self, msg, _handle=_widget.Widget._handle_msg):
    start = _time.time()
    try:
        return _handle(self, msg)
    finally:
        with open("kernel_times.jsonl", "a") as _f:
            _f.write(_json.dumps({"start": 1000 * start, "end": 1000 * _time.time()}) + "\\n")
_widget.Widget._handle_msg = _timed"""


def _breakdown(moves, kernel) -> dict:
    """Median milliseconds per part of a move: key press to the kernel's first message, the kernel's handling
    (model, picture, PNG), the kernel's last message handled to the new picture loaded in the page."""
    parts = {"to_kernel_ms": [], "kernel_ms": [], "to_picture_ms": []}
    for move in moves:
        inside = [k for k in kernel if move["key"] - 5 <= k["start"] and k["end"] <= move["load"] + 5]
        if not inside:
            continue
        parts["to_kernel_ms"].append(inside[0]["start"] - move["key"])
        parts["kernel_ms"].append(sum(k["end"] - k["start"] for k in inside))
        parts["to_picture_ms"].append(move["load"] - inside[-1]["end"])
    return {name: round(statistics.median(v)) if v else None for name, v in parts.items()}


def _notebook(lang: str, names) -> dict:
    cells = [KERNEL_CLOCK, f"import cxlab\n_ = cxlab.set_language({lang!r})\ncxlab.style.use()"] + [
        EXPLORERS[n] for n in names]
    return {"cells": [{"cell_type": "code", "metadata": {}, "source": c, "outputs": [], "execution_count": None}
                      for c in cells],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--out", default=".")
    parser.add_argument("--moves", type=int, default=10)
    parser.add_argument("--only", nargs="*", choices=list(EXPLORERS), help="these explorers only")
    options = parser.parse_args(argv)
    names = options.only or list(EXPLORERS)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="cxlab-browser-")) / "lab"
    folder.mkdir()
    (folder / "explorers.ipynb").write_text(json.dumps(_notebook(options.lang, names)), encoding="utf-8")
    results = {}
    with open(out / f"jupyter_{options.lang}.log", "wb") as log, lab(folder, log) as (base, token, _), \
            chromium() as page:
        page.goto(f"{base}/lab/tree/explorers.ipynb?token={token}", timeout=120000)
        try:
            page.wait_for_selector(".jp-Notebook", timeout=240000)
        except Exception:
            page.screenshot(path=str(out / f"failed_{options.lang}.png"))
            raise
        # a notebook opened by its URL comes with the left side panel closed: open the file browser
        page.wait_for_selector(".jp-DirListing", state="attached", timeout=60000)
        if not page.locator(".jp-DirListing").first.is_visible():
            page.locator('.jp-SideBar.jp-mod-left [data-id="filebrowser"]').first.click()
        page.wait_for_selector(".jp-DirListing", state="visible", timeout=60000)
        time.sleep(3)
        page.get_by_text("Run", exact=True).first.click()
        page.get_by_text("Run All Cells", exact=True).first.click()
        page.wait_for_function(f"document.querySelectorAll('.cx-explorer img').length >= {len(names)}",
                               timeout=600000)
        time.sleep(5)
        try:    # JupyterLab's "get notified about news?" toast covers the lower right corner
            page.locator(".jp-toast-button, .Toastify__toast button, .jp-Notification-Toast-Button").filter(
                has_text="No").first.click(timeout=2000)
        except Exception:
            pass
        for index, name in enumerate(names):
            explorer = page.locator(".cx-explorer").nth(index)
            explorer.scroll_into_view_if_needed()
            page.evaluate("([i]) => document.querySelectorAll('.cx-explorer')[i].scrollIntoView({block: 'start'})",
                          [index])
            time.sleep(1)
            box = explorer.bounding_box()
            handle = explorer.locator(".noUi-handle").first
            times = []
            load = os.getloadavg()[0]
            for move in range(options.moves):
                handle.focus()
                page.evaluate(ARM, [index])
                # to the slider's ends in turn: each move changes the explorer's state (a one-step move of
                # e.g. the KANO tie threshold may leave the classification, hence the picture, as it was:
                # no new picture is sent then and nothing could be timed)
                page.keyboard.press("End" if move % 2 == 0 else "Home")
                times.append(page.evaluate(WAIT))
                time.sleep(0.3)
            moves = [t for t in times if isinstance(t, dict)]
            ok = sorted(t["ms"] for t in moves)
            clock = folder / "kernel_times.jsonl"
            kernel = [json.loads(line) for line in clock.read_text().splitlines()] if clock.exists() else []
            viewport = page.viewport_size
            lab_top = page.locator(".jp-NotebookPanel-notebook").bounding_box()
            results[name] = {
                "median_ms": statistics.median(ok) if ok else None,
                "p90_ms": ok[int(0.9 * (len(ok) - 1))] if ok else None,
                "timeouts": len(times) - len(ok),
                **_breakdown(moves, kernel),
                "load": round((load + os.getloadavg()[0]) / 2, 1),
                "png_kb": round(page.evaluate("""async ([i]) => { const img = document.querySelectorAll(
                    '.cx-explorer img')[i]; return (await (await fetch(img.src)).blob()).size; }""", [index]) / 1024),
                "width_px": box["width"], "height_px": box["height"], "room_px": lab_top["height"],
                "fits": box["height"] <= lab_top["height"] and box["x"] + box["width"] <= viewport["width"],
                "cut_off": page.evaluate(CUT, [index]),
                "wrapped": page.evaluate(WRAPPED, [index]),
            }
            page.screenshot(path=str(out / f"{name}_{options.lang}.png"))
            print(name, json.dumps(results[name], ensure_ascii=False), flush=True)
    return results


if __name__ == "__main__":
    main()
