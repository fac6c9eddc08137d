"""Measure the explorers as a trainer sees them: JupyterLab in headless Chromium at 1600x900 with the file
browser open, time from a slider move (a key press on the slider) to the new picture loaded on screen, and
take a screenshot of each explorer. Run by hand, not in CI (it starts a Jupyter server and a browser)::

    apt-get install -y chromium              # once (Debian); the script uses /usr/bin/chromium
    pip install playwright                   # into the kit's environment; never `playwright install`
    python benchmarks/browser_explorers.py --lang zh --out /some/folder

Prints, per explorer, the median and the 90th percentile of 10 moves (to the slider's ends in turn), whether the whole explorer (controls and
picture) fits the window, and whether any control label is cut off (text wider than its box); writes
``<explorer>_<lang>.png`` screenshots into ``--out``.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
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
                         resolve(start === null ? -2 : performance.now() - start); };
    img.addEventListener('load', done);
    setTimeout(() => { img.removeEventListener('load', done); resolve(-1); }, 6000);
  });
}"""
WAIT = "() => window.__cxWatch"

CUT = """() => [...document.querySelectorAll('.cx-explorer .widget-label, .cx-explorer button, '
  + '.cx-explorer .widget-dropdown select, .cx-explorer label')]
  .filter(e => e.offsetParent && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 2))
  .map(e => e.textContent.trim()).filter(t => t)"""


def _notebook(lang: str, names) -> dict:
    cells = [f"import cxlab\n_ = cxlab.set_language({lang!r})\ncxlab.style.use()"] + [EXPLORERS[n] for n in names]
    return {"cells": [{"cell_type": "code", "metadata": {}, "source": c, "outputs": [], "execution_count": None}
                      for c in cells],
            "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--out", default=".")
    parser.add_argument("--moves", type=int, default=10)
    parser.add_argument("--only", nargs="*", choices=list(EXPLORERS), help="these explorers only")
    options = parser.parse_args(argv)
    names = options.only or list(EXPLORERS)
    from playwright.sync_api import sync_playwright

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="cxlab-browser-"))
    (folder / "explorers.ipynb").write_text(json.dumps(_notebook(options.lang, names)), encoding="utf-8")
    port, token = _port(), secrets.token_hex(16)
    server = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
                               f"--ServerApp.token={token}", f"--ServerApp.root_dir={folder}",
                               "--ServerApp.ip=127.0.0.1"] + (["--allow-root"] if os.geteuid() == 0 else []),
                              stdout=subprocess.DEVNULL, stderr=open(out / f"jupyter_{options.lang}.log", "wb"),
                              env={**os.environ, "MPLBACKEND": "Agg"})
    results = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            url = f"http://127.0.0.1:{port}/lab/tree/explorers.ipynb?token={token}"
            import urllib.request

            for _ in range(240):  # until the server answers
                if server.poll() is not None:
                    raise RuntimeError(f"jupyter lab stopped; see {out / f'jupyter_{options.lang}.log'}")
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=5)
                    break
                except OSError:
                    time.sleep(1)
            page.goto(url, timeout=120000)
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
                page.locator(".jp-toast-button, .Toastify__toast button").filter(has_text="No").first.click(
                    timeout=2000)
            except Exception:
                pass
            for index, name in enumerate(names):
                explorer = page.locator(".cx-explorer").nth(index)
                explorer.scroll_into_view_if_needed()
                box = explorer.bounding_box()
                page.evaluate("([i]) => document.querySelectorAll('.cx-explorer')[i].scrollIntoView({block: 'start'})",
                              [index])
                time.sleep(1)
                box = explorer.bounding_box()
                body = explorer.locator(":scope > .widget-box").first.bounding_box() or box
                handle = explorer.locator(".noUi-handle").first
                times = []
                for move in range(options.moves):
                    handle.focus()
                    page.evaluate(ARM, [index])
                    # to the slider's ends in turn: each move changes the explorer's state (a one-step move of
                    # e.g. the KANO tie threshold may leave the classification, hence the picture, as it was:
                    # no new picture is sent then and nothing could be timed)
                    page.keyboard.press("End" if move % 2 == 0 else "Home")
                    times.append(page.evaluate(WAIT))
                    time.sleep(0.3)
                ok = sorted(t for t in times if t >= 0)
                viewport = page.viewport_size
                lab_top = page.locator(".jp-NotebookPanel-notebook").bounding_box()
                results[name] = {
                    "median_ms": statistics.median(ok) if ok else None,
                    "p90_ms": ok[int(0.9 * (len(ok) - 1))] if ok else None,
                    "timeouts": len(times) - len(ok),
                    "width_px": box["width"], "height_px": box["height"],
                    "fits": box["height"] <= lab_top["height"] and box["x"] + box["width"] <= viewport["width"],
                    # the controls, cards and picture alone (the table under some explorers is read by scrolling)
                    "body_height_px": body["height"],
                    "body_fits": body["height"] <= lab_top["height"] and body["x"] + body["width"] <= viewport["width"],
                    "cut_off": page.evaluate(CUT),
                }
                page.screenshot(path=str(out / f"{name}_{options.lang}.png"))
                print(name, json.dumps(results[name], ensure_ascii=False))
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return results


if __name__ == "__main__":
    main()
