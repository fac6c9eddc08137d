"""JupyterLab and Debian's Chromium for the by-hand browser checks: ``tools/readthrough.py`` (the course read
through) and ``benchmarks/browser_explorers.py`` (the explorers timed and measured) start and stop them here.

* :func:`lab` starts JupyterLab on a folder (a free port on 127.0.0.1, a fresh token, the kit's contents
  manager, the app exposed to the page as ``window.jupyterapp``), waits until it answers and stops it on leaving
  the ``with`` block, whatever happened;
* :func:`chromium` launches ``/usr/bin/chromium`` through Playwright's ``executable_path`` (never a downloaded
  browser) and closes it on leaving the block.

Neither is a test: both need ``pip install playwright`` and ``apt-get install chromium``.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORT = {"width": 1600, "height": 900}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def lab(folder, log, wait: float = 120):
    """``with lab(folder, log) as (base, token, process):`` JupyterLab serving ``folder``, its output into the
    open file ``log``; ``base`` is ``http://127.0.0.1:<port>``. Stopped (terminate, then kill) on leaving."""
    folder = Path(folder)
    port, token = free_port(), secrets.token_hex(16)
    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.open_browser=False", f"--IdentityProvider.token={token}",
           "--ServerApp.contents_manager_class=cxlab.labsetup.CourseContentsManager",
           "--LabApp.expose_app_in_browser=True", "--ServerApp.allow_root=True"]
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(folder.parent / f"runtime-{port}"), MPLBACKEND="Agg")
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=folder)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + wait
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
                break
            except OSError:
                if process.poll() is not None:
                    raise SystemExit("JupyterLab did not start; see its log")
                if time.time() > deadline:
                    raise SystemExit(f"JupyterLab did not answer within {wait:.0f} s")
                time.sleep(0.5)
        yield base, token, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@contextlib.contextmanager
def chromium(viewport=None):
    """``with chromium() as page:`` a page of Debian's headless Chromium at ``viewport`` (1600×900)."""
    if not Path(CHROMIUM).exists():
        raise SystemExit("Debian's chromium is missing: apt-get install chromium (tools/setup.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser.new_page(viewport=viewport or VIEWPORT)
        finally:
            browser.close()
