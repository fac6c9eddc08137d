"""Classroom server under a class's load, on 127.0.0.1 only (bounded loops, stops by itself).

A real server (``cxlab.classroom.start``, its own process) in a temporary data folder. Measured:

* one learner alone: 20 submissions one after the other (the cost of one request on this machine right now: the
  reference the burst is compared with, so a busy machine shows up as a slow reference, not as a regression);
* a burst: 30 learners submitting the KANO form in the same second (30 threads released by a barrier), three
  times (90 phones), because one burst is over in a fraction of a second and a single slow disk write moves it;
* a minute's worth: 200 more answers sent by 8 threads as fast as the loopback allows;
* the response time of every submission (median, p95, max), and that every answer was stored exactly once;
* the machine's load average before and after, and how long one SQLite commit takes on this disk right now (the
  server commits every answer to disk before it answers; other work on the machine slows both down).

Each phone opens the form first (untimed, with its own cookie jar, as a person reads before answering); the timed
submission is one plain HTTP request (``http.client``: connect, POST with the phone's cookies, read the page), so
the 30 client threads spend as little of the shared CPU as possible on their own bookkeeping.

The issue's target is p95 ≤ 200 ms on 2 cores. Run: ``python -m benchmarks classroom``.
"""
from __future__ import annotations

import os
import re
import statistics
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


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


def main() -> dict:
    import http.client
    import http.cookiejar
    import urllib.request

    from cxlab import classroom
    from cxlab.classroom import forms

    folder = tempfile.mkdtemp(prefix="cxlab-bench-classroom-")
    os.environ["CXLAB_DATA"] = folder
    load_before = os.getloadavg()
    state = classroom.start(port=0, lang="zh")
    url = classroom.learner_url(state)
    path = urllib.parse.urlsplit(url).path
    try:
        def phone():
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            page = opener.open(url, timeout=30).read().decode()
            token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
            return "; ".join(f"{c.name}={c.value}" for c in jar), token

        bursts = 3
        phones = [phone() for _ in range(20 + 30 * bursts + 200)]
        barrier = threading.Barrier(30)

        def answer(index):
            cookies, token = phones[index]
            fields = {"_xsrf": token}
            for feature in forms.KANO_FEATURES:
                fields[f"{feature}.functional"] = str(1 + index % 5)
                fields[f"{feature}.dysfunctional"] = str(1 + (index // 5) % 5)
            body = urllib.parse.urlencode(fields).encode()
            headers = {"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"}
            if 20 <= index < 20 + 30 * bursts:
                barrier.wait(timeout=30)
            started = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", state["port"], timeout=30)
            try:
                connection.request("POST", path, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
            finally:
                connection.close()
            return response.status, time.perf_counter() - started

        alone = [answer(i) for i in range(20)]
        burst = []
        for n in range(bursts):
            with ThreadPoolExecutor(max_workers=30) as pool:
                burst += list(pool.map(answer, range(20 + 30 * n, 50 + 30 * n)))
            time.sleep(0.5)
        first = 20 + 30 * bursts
        with ThreadPoolExecutor(max_workers=8) as pool:
            minute = list(pool.map(answer, range(first, first + 200)))
        stored = classroom.status()["answers"]
    finally:
        classroom.stop()
    load_after = os.getloadavg()
    commit = _commit_ms(folder)
    out = {}
    print(f"machine: {os.cpu_count()} cores, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"one SQLite commit to this disk: median {commit:.1f} ms")
    rows = {"one alone": alone, f"{bursts} bursts of 30": burst, "200 more": minute,
            "all": alone + burst + minute}
    for label, results in rows.items():
        out[label] = dict(_summary([t for _, t in results]), ok=sum(1 for s, _ in results if s == 200))
        print(f"{label:16s}  median {out[label]['median_ms']:6.1f} ms   p95 {out[label]['p95_ms']:6.1f} ms   "
              f"max {out[label]['max_ms']:6.1f} ms   {out[label]['ok']}/{len(results)} answered 200")
    ratio = out[f"{bursts} bursts of 30"]["p95_ms"] / out["one alone"]["median_ms"]
    print(f"burst p95 / one learner alone: {ratio:.1f}x  (30 requests queue behind each other on one event loop)")
    print(f"stored: {stored} of {len(phones)} (each device once)")
    out.update(stored=stored, burst_ratio=ratio, load=(load_before, load_after), commit_ms=commit)
    return out


if __name__ == "__main__":
    main()
