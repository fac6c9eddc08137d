"""Classroom server under a class's load, on 127.0.0.1 only (bounded loops, stops by itself).

Two real servers (``python -m cxlab.classroom.server``, each its own process and database in a temporary folder):
the server as it runs (answers committed by a writer thread, group commit) and the earlier path (each answer
committed on the event loop, ``--commit-inline``), measured in turns in the same run so that the machine's other
work weighs on both alike. Measured on each:

* one learner alone: 20 submissions one after the other (the cost of one request on this machine right now);
* bursts: 30 learners submitting the KANO form in the same second (30 threads released by a barrier), three times
  per server, alternating between the two servers;
* on the server as it runs, a minute's worth: 200 more answers sent by 8 threads as fast as the loopback allows;
* the response time of every submission (median, p95, max), and that every answer was stored exactly once;
* the machine's load average before and after, and how long one SQLite commit takes on this disk right now.

Each phone opens the form first (untimed, with its own cookie jar, as a person reads before answering); the timed
submission is one plain HTTP request (``http.client``: connect, POST with the phone's cookies, read the page), so
the 30 client threads spend as little of the shared CPU as possible on their own bookkeeping.

The issue's target is p95 ≤ 200 ms on 2 cores. Run: ``python -m benchmarks classroom``.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def _summary(times_s):
    times = sorted(1000 * t for t in times_s)
    return {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))],
            "max_ms": times[-1]}


def _commit_ms(folder, n=15) -> float:
    """Median time of one small committed write (WAL, synchronous=FULL, as the server's store) in ``folder``."""
    from cxlab.classroom.store import Store

    times = []
    with Store(os.path.join(folder, "disk-check.sqlite")) as store:
        code = store.open_room("nps", "en")
        for i in range(n):
            started = time.perf_counter()
            store.submit(code, f"d{i}", {"score": i % 11})
            times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


class _Server:
    """One classroom server process on 127.0.0.1 (a free port), with a KANO room open."""

    def __init__(self, folder, label, inline):
        self.label = label
        self.token = secrets.token_urlsafe(16)
        ready = Path(folder) / f"{label}.ready"
        cmd = [sys.executable, "-m", "cxlab.classroom.server", "--db", str(Path(folder) / f"{label}.sqlite"),
               "--token", self.token, "--port", "0", "--lang", "zh", "--ready", str(ready)]
        self.process = subprocess.Popen(cmd + (["--commit-inline"] if inline else []), stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env=dict(os.environ, MPLBACKEND="Agg"))
        deadline = time.monotonic() + 60
        while not ready.exists():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"the {label} server did not start")
            time.sleep(0.1)
        self.port = json.loads(ready.read_text())["port"]
        self.base = f"http://127.0.0.1:{self.port}"
        self.room = self.trainer("/trainer/status")["room"]
        self.path = f"/r/{self.room}"

    def trainer(self, path):
        import urllib.request

        request = urllib.request.Request(self.base + path, headers={"Authorization": f"Bearer {self.token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode())

    def phone(self):
        """Open the form as a phone does; return its cookies and the form's XSRF token."""
        import http.cookiejar
        import urllib.request

        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(self.base + self.path, timeout=30).read().decode()
        token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        return "; ".join(f"{c.name}={c.value}" for c in jar), token

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _answer(server, phone, index, barrier=None):
    """One timed submission of a KANO form: connect, POST, read the thank-you page."""
    import http.client

    from cxlab.classroom import forms

    cookies, token = phone
    fields = {"_xsrf": token}
    for feature in forms.KANO_FEATURES:
        fields[f"{feature}.functional"] = str(1 + index % 5)
        fields[f"{feature}.dysfunctional"] = str(1 + (index // 5) % 5)
    body = urllib.parse.urlencode(fields).encode()
    headers = {"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"}
    if barrier is not None:
        barrier.wait(timeout=60)
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("POST", server.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - started


def main() -> dict:
    folder = tempfile.mkdtemp(prefix="cxlab-bench-classroom-")
    load_before = os.getloadavg()
    bursts = 3
    servers = {}
    try:
        servers["now"] = _Server(folder, "group-commit", inline=False)
        servers["before"] = _Server(folder, "commit-inline", inline=True)
        phones = {k: [s.phone() for _ in range(20 + 30 * bursts + (200 if k == "now" else 0))]
                  for k, s in servers.items()}
        results = {k: {"one alone": [], f"{bursts} bursts of 30": [], "200 more": []} for k in servers}
        for key, server in servers.items():
            results[key]["one alone"] = [_answer(server, phones[key][i], i) for i in range(20)]
        for n in range(bursts):
            order = ("now", "before") if n % 2 == 0 else ("before", "now")
            for key in order:
                barrier = threading.Barrier(30)
                start = 20 + 30 * n
                with ThreadPoolExecutor(max_workers=30) as pool:
                    results[key][f"{bursts} bursts of 30"] += list(pool.map(
                        lambda i, k=key, b=barrier: _answer(servers[k], phones[k][i], i, b), range(start, start + 30)))
                time.sleep(0.5)
        first = 20 + 30 * bursts
        with ThreadPoolExecutor(max_workers=8) as pool:
            results["now"]["200 more"] = list(pool.map(lambda i: _answer(servers["now"], phones["now"][i], i),
                                                       range(first, first + 200)))
        stored = {k: s.trainer("/trainer/status")["answers"] for k, s in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
    load_after = os.getloadavg()
    commit = _commit_ms(folder)
    print(f"machine: {os.cpu_count()} cores, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"one SQLite commit to this disk: median {commit:.1f} ms")
    out = {"load": (load_before, load_after), "commit_ms": commit, "stored": stored}
    names = {"now": "writer thread, group commit", "before": "commit on the event loop (before)"}
    for key in ("now", "before"):
        print(f"{names[key]}:")
        for label, rows in results[key].items():
            if not rows:
                continue
            summary = dict(_summary([t for _, t in rows]), ok=sum(1 for s, _ in rows if s == 200))
            out[(key, label)] = summary
            print(f"  {label:16s}  median {summary['median_ms']:6.1f} ms   p95 {summary['p95_ms']:6.1f} ms   "
                  f"max {summary['max_ms']:6.1f} ms   {summary['ok']}/{len(rows)} answered 200")
        expected = sum(len(rows) for rows in results[key].values())
        print(f"  stored: {stored[key]} of {expected} (each device once)")
    label = f"{bursts} bursts of 30"
    ratio = out[("before", label)]["p95_ms"] / out[("now", label)]["p95_ms"]
    print(f"burst p95, before / now: {ratio:.1f}x")
    out["ratio"] = ratio
    return out


if __name__ == "__main__":
    main()
