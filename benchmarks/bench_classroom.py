"""Classroom server under a class's load, on 127.0.0.1 only (bounded loops, stops by itself).

A real server (``cxlab.classroom.start``, its own process) in a temporary data folder. Measured:

* a burst: 30 learners submitting the KANO form in the same second (30 threads released by a barrier);
* a minute's worth: 200 more answers sent by 8 threads as fast as the loopback allows;
* the response time of every submission (median, p95, max), and that every answer was stored exactly once.

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


def main() -> dict:
    import http.cookiejar
    import urllib.request

    from cxlab import classroom
    from cxlab.classroom import forms

    folder = tempfile.mkdtemp(prefix="cxlab-bench-classroom-")
    os.environ["CXLAB_DATA"] = folder
    state = classroom.start(port=0, lang="zh")
    url = classroom.learner_url(state)
    try:
        def phone():
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            page = opener.open(url, timeout=30).read().decode()
            token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
            return opener, token

        phones = [phone() for _ in range(230)]
        barrier = threading.Barrier(30)

        def answer(index):
            opener, token = phones[index]
            fields = {"_xsrf": token}
            for feature in forms.KANO_FEATURES:
                fields[f"{feature}.functional"] = str(1 + index % 5)
                fields[f"{feature}.dysfunctional"] = str(1 + (index // 5) % 5)
            if index < 30:
                barrier.wait(timeout=30)
            started = time.perf_counter()
            status = opener.open(url, data=urllib.parse.urlencode(fields).encode(), timeout=30).status
            return status, time.perf_counter() - started

        with ThreadPoolExecutor(max_workers=30) as pool:
            burst = list(pool.map(answer, range(30)))
        with ThreadPoolExecutor(max_workers=8) as pool:
            minute = list(pool.map(answer, range(30, 230)))
        stored = classroom.status()["answers"]
    finally:
        classroom.stop()
    out = {}
    for label, rows in (("burst of 30", burst), ("200 more", minute), ("all 230", burst + minute)):
        times = sorted(1000 * t for _, t in rows)
        out[label] = {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))],
                      "max_ms": times[-1], "ok": sum(1 for s, _ in rows if s == 200)}
        print(f"{label:12s}  median {out[label]['median_ms']:6.1f} ms   p95 {out[label]['p95_ms']:6.1f} ms   "
              f"max {out[label]['max_ms']:6.1f} ms   {out[label]['ok']}/{len(rows)} answered 200")
    print(f"stored: {stored} of 230 (each device once)")
    out["stored"] = stored
    return out


if __name__ == "__main__":
    main()
