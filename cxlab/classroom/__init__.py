"""Classroom mode: a live class survey from learners' phones into the notebook, on the trainer's own laptop.

The trainer starts a small web server (``cxlab classroom start`` or :func:`start`); learners open its address or
scan its QR code, answer on their phones and see a thank-you; the notebook reads the answers as the long frame the
model takes (:func:`results`), so the next cell runs ``kano.classify`` on the class's own answers, and a live panel
(:class:`LivePanel`) or the presenter page (``/present``) redraws the chart as answers arrive.

* The answers live in one SQLite database per classroom in the trainer's data folder (:func:`data_dir`), written
  in one transaction per answer (WAL mode): stopping and starting the server loses nothing.
* The server binds 127.0.0.1 unless ``lan=True`` (``--lan``), which listens on the local network and says so.
  Learners can only submit to an open room; the trainer's endpoints need the token kept in the state file.
* Surveys come from the models' own questionnaires (:mod:`cxlab.classroom.forms`).

Examples
--------
>>> from cxlab import classroom
>>> sorted(classroom.SURVEYS)
['feedback', 'kano_hotel_app', 'maturity', 'nps', 'posttest', 'pretest', 'pyramid_check', 'servqual_short']
>>> classroom.results("nps", name="no-such-class").empty      # no classroom has run: an empty frame, no error
True
"""
from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from ..i18n import get_language, t
from . import forms
from .forms import SURVEYS
from .store import Store

__all__ = ["SURVEYS", "data_dir", "start", "stop", "status", "results", "export", "reset", "open_room",
           "learner_url", "qr_svg", "qr_text", "show", "LivePanel", "DEFAULT_PORT"]

DEFAULT_PORT = 8765
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_")


def _error(key, **fmt):
    from .. import InputError

    return InputError(t(f"classroom.error.{key}", **fmt))


def data_dir() -> Path:
    """The trainer's data folder: ``$CXLAB_DATA``, else the platform's user data folder
    (``~/.local/share/cxlab`` on Linux, ``~/Library/Application Support/cxlab`` on macOS, ``%APPDATA%\\cxlab``)."""
    env = os.environ.get("CXLAB_DATA", "").strip()
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "cxlab"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "cxlab"
    return Path(os.environ.get("XDG_DATA_HOME", "") or Path.home() / ".local" / "share") / "cxlab"


def _name(name) -> str:
    if not isinstance(name, str) or not name or len(name) > 40 or set(name.lower()) - _NAME_CHARS:
        raise _error("bad_name", value=str(name)[:40])
    return name.lower()


def _paths(name):
    folder = data_dir() / "classrooms"
    name = _name(name)
    return {"db": folder / f"{name}.sqlite", "state": folder / f"{name}.json", "log": folder / f"{name}.log",
            "ready": folder / f"{name}.ready"}


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (OSError, ValueError, TypeError):
        return False
    return True


def _read_state(name):
    path = _paths(name)["state"]
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if _alive(state.get("pid")) else None


def _write_atomic(path: Path, text: str):
    from ..files import write_text

    write_text(path, text, mkdir=True)


def _lan_address() -> str:
    """This machine's address on the local network (first non-loopback IPv4 of its host name), or 127.0.0.1."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = info[4][0]
        if not address.startswith("127."):
            return address
    return "127.0.0.1"


def learner_url(state: dict) -> str:
    """The address learners open: the room's form on the server's public address."""
    from .._check import check_mapping, invalid

    state = check_mapping("state", state, required=("url", "room"))
    if not isinstance(state["url"], str) or not isinstance(state["room"], str):
        raise invalid("state", state, t("classroom.takes.state"))
    return f"{state['url'].rstrip('/')}/r/{state['room']}"


def _get(state, path):
    request = urllib.request.Request(f"http://127.0.0.1:{state['port']}{path}",
                                     headers={"Authorization": f"Bearer {state['token']}"})
    with urllib.request.urlopen(request, timeout=5) as response:  # loopback only: our own server
        return json.loads(response.read().decode("utf-8"))


def start(survey: str = "kano_hotel_app", port: int = DEFAULT_PORT, lang: str | None = None, lan: bool = False,
          name: str = "class", timeout: float = 20.0) -> dict:
    """Start the classroom server in the background and return its state (``url``, ``room``, ``token`` …).

    Parameters
    ----------
    survey : str
        One of :data:`SURVEYS` (the room opened first; the trainer can open another later).
    port : int
        TCP port (0 picks a free one).
    lang : {'zh', 'en'}, optional
        The learners' pages' language (default: the current language); a learner can switch with ``?lang=``.
    lan : bool
        Listen on the local network (phones) instead of this computer only.
    name : str
        The classroom's name: one database and one server per name.

    Raises
    ------
    cxlab.InputError
        Unknown survey, a bad port, a classroom of that name already running, or a server that did not start
        (the message says why, e.g. the port is taken).
    """
    from .. import _check

    survey = forms.get(survey).name          # a short name ('servqual') becomes the survey's own
    lan = _check.check_bool("lan", lan)
    port = _check.check_number("port", port, low=0, high=65535, integer=True)
    timeout = _check.check_number("timeout", timeout, low=0, low_open=True)
    lang = get_language() if lang is None else _check.check_choice("lang", lang, ("zh", "en"))
    paths = _paths(name)
    running = _read_state(name)
    if running:
        raise _error("already_running", name=name, url=learner_url(running))
    paths["db"].parent.mkdir(parents=True, exist_ok=True)
    paths["ready"].unlink(missing_ok=True)
    token = secrets.token_urlsafe(24)
    host = "0.0.0.0" if lan else "127.0.0.1"
    env = dict(os.environ, CXLAB_CLASSROOM_TOKEN=token, MPLBACKEND="Agg")
    public = _lan_address() if lan else "127.0.0.1"
    log = open(paths["log"], "ab")
    cmd = [sys.executable, "-m", "cxlab.classroom.server", "--db", str(paths["db"]), "--host", host,
           "--port", str(port), "--lang", lang, "--survey", survey, "--ready", str(paths["ready"]),
           "--public-host", public]
    process = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                               start_new_session=True)
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if paths["ready"].exists():
            break
        if process.poll() is not None:
            tail = paths["log"].read_text(encoding="utf-8", errors="replace")[-400:]
            raise _error("not_started", port=port, log=tail.strip().splitlines()[-1] if tail.strip() else "")
        time.sleep(0.1)
    else:
        process.terminate()
        raise _error("not_started", port=port, log="timeout")
    ready = json.loads(paths["ready"].read_text(encoding="utf-8"))
    actual = ready["port"]
    state = {"name": _name(name), "pid": process.pid, "port": actual, "host": host, "lan": lan, "lang": lang,
             "token": token, "url": f"http://{public}:{actual}", "db": str(paths["db"]),
             "started_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    status_now = _get(state, "/trainer/status")
    state.update(room=status_now["room"], survey=status_now["survey"])
    _write_atomic(paths["state"], json.dumps(state, ensure_ascii=False, indent=1))
    os.chmod(paths["state"], 0o600)  # it holds the trainer's token
    return state


def stop(name: str = "class", timeout: float = 10.0) -> bool:
    """Stop the classroom server (the answers stay in the database). ``False`` when none was running."""
    paths = _paths(name)
    state = _read_state(name)
    if not state:
        paths["state"].unlink(missing_ok=True)
        return False
    os.kill(int(state["pid"]), signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(state["pid"]) and time.monotonic() < deadline:
        try:  # reap it when it is our own child (tests start and stop in one process)
            os.waitpid(int(state["pid"]), os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.05)
    if _alive(state["pid"]):
        os.kill(int(state["pid"]), signal.SIGKILL)
    paths["state"].unlink(missing_ok=True)
    paths["ready"].unlink(missing_ok=True)
    return True


def status(name: str = "class"):
    """The running classroom's state with its live answer count (``answers``), or None when none is running."""
    state = _read_state(name)
    if not state:
        return None
    try:
        live = _get(state, "/trainer/status")
    except OSError:
        return None
    return dict(state, room=live["room"], survey=live["survey"], answers=live["answers"], open=live["open"])


def open_room(survey: str, name: str = "class", lang: str | None = None) -> dict:
    """Open a new room (a new code) for ``survey`` on the running classroom; the previous room is closed."""
    from .._check import check_choice

    survey = forms.get(survey).name
    lang = check_choice("lang", lang, ("zh", "en"), none=True)
    state = _read_state(name)
    if not state:
        raise _error("not_running", name=name)
    query = f"/trainer/open?survey={survey}" + (f"&lang={lang}" if lang else "")
    request = urllib.request.Request(f"http://127.0.0.1:{state['port']}{query}", data=b"", method="POST",
                                     headers={"Authorization": f"Bearer {state['token']}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        opened = json.loads(response.read().decode("utf-8"))
    state.update(room=opened["room"], survey=opened["survey"])
    _write_atomic(_paths(name)["state"], json.dumps(state, ensure_ascii=False, indent=1))
    return state


def _store(name):
    db = _paths(name)["db"]
    return Store(db, readonly=True) if db.exists() else None


def _room_for(store, survey, room):
    rooms = store.rooms()
    if room:
        match = [r for r in rooms if r["code"] == str(room).strip().upper()]
        if not match:
            raise _error("unknown_room", value=str(room)[:20], accepted=", ".join(r["code"] for r in rooms) or "—")
        return match[0]
    candidates = [r for r in rooms if survey is None or r["survey"] == survey]
    return candidates[-1] if candidates else None


def results(survey: str | None = "kano_hotel_app", name: str = "class", room: str | None = None):
    """The class's answers as the long frame the survey's model takes.

    ``kano_hotel_app`` (or ``'kano'``) gives ``respondent, feature, functional, dysfunctional`` (codes 1..5), ready
    for :func:`cxlab.kano.classify`; ``nps`` gives ``respondent, score, comment`` (``value.nps(frame['score'])``);
    ``servqual_short`` (``'servqual'``) gives ``respondent, item, expectation, perception`` for
    :func:`cxlab.servqual.gaps`, with the learners' 100 points as ``.attrs['weights']`` (None when nobody gave
    them); ``pyramid_check`` (``'pyramid'``) gives one row per learner with ``on_time, problem, ces, wow,
    exceeded``, the records :func:`cxlab.pyramid.measures_from` turns into the measures
    :func:`cxlab.pyramid.assess` takes. The latest room of that survey is read unless ``room`` names one. Works
    whether or not the server is running (it reads the database). When the frame cannot be analysed yet,
    ``.attrs['note']`` says why: no class has answered (the frame is empty, with the right columns), or some
    SERVQUAL statements have no answer yet (``servqual.gaps`` needs each of the 22 answered at least once; five
    phones cover them).

    Examples
    --------
    >>> from cxlab import classroom
    >>> frame = classroom.results("pyramid", name="no-such-class")
    >>> list(frame.columns)
    ['respondent', 'on_time', 'problem', 'ces', 'wow', 'exceeded']
    """
    import pandas as pd

    chosen = forms.get(survey) if survey is not None else None
    survey = chosen.name if chosen else None
    store = _store(name)
    if store is None:
        frame = chosen.frame([]) if chosen else pd.DataFrame()
        frame.attrs["note"] = t("classroom.note.no_class", name=_name(name))
        return frame
    with store:
        found = _room_for(store, survey, room)
        if found is None:
            frame = chosen.frame([]) if chosen else pd.DataFrame()
            frame.attrs["note"] = t("classroom.note.no_room", survey=survey)
            return frame
        frame = forms.get(found["survey"]).frame(store.answers(found["code"]))
    frame.attrs.update(room=found["code"], survey=found["survey"])
    if frame.empty:
        frame.attrs["note"] = t("classroom.note.no_answers", room=found["code"])
    elif frame.attrs.get("items_missing"):
        frame.attrs["note"] = t("classroom.note.servqual_items", room=found["code"],
                                missing=len(frame.attrs["items_missing"]))
    return frame


def export(path, name: str = "class", room: str | None = None, force: bool = False) -> Path:
    """Write the answers of the latest (or the named) room as CSV (UTF-8 with BOM, so Excel reads Chinese).
    An existing file is kept unless ``force=True``; the write is atomic."""
    from .._check import check_bool, invalid
    from .server import export_csv

    force = check_bool("force", force)
    if not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise invalid("path", path, t("check.takes.path"))
    path = Path(path)
    if path.exists() and not force:
        raise _error("exists", path=path.name)
    store = _store(name)
    if store is None:
        raise _error("nothing_to_export", name=_name(name))
    with store:
        found = _room_for(store, None, room)
        if found is None:
            raise _error("nothing_to_export", name=_name(name))
        text = export_csv(forms.get(found["survey"]), store.answers(found["code"]), found["lang"])
    _write_atomic(path, "\ufeff" + text)
    return path


def reset(name: str = "class", room: str | None = None) -> int:
    """Delete the answers of the latest (or the named) room; return how many were deleted."""
    db = _paths(name)["db"]
    if not db.exists():
        return 0
    with Store(db) as store:
        found = _room_for(store, None, room)
        return store.reset(found["code"]) if found else 0


def qr_svg(url: str, scale: int = 6) -> str:
    """The QR code of ``url`` as an SVG string (segno)."""
    import segno

    from .._check import check_number, check_text

    url = check_text("url", url)
    scale = check_number("scale", scale, low=1, high=40, integer=True)
    return segno.make(url, error="m").svg_inline(scale=scale)


def qr_text(url: str) -> str:
    """The QR code of ``url`` drawn with block characters, for a terminal."""
    import io

    import segno

    from .._check import check_text

    url = check_text("url", url)
    buffer = io.StringIO()
    segno.make(url, error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()


def _panel_html(state) -> str:
    import html

    if not state:
        return (f'<div style="color:#555;font-size:1.05em">ℹ {html.escape(t("classroom.note.not_running"))}'
                f"<br><code>cxlab classroom start</code></div>")
    url = learner_url(state)
    lines = [t("classroom.show.address", url=url), t("classroom.show.code", code=state["room"]),
             t("classroom.show.answers", count=state.get("answers", 0))]
    if not state.get("lan"):
        lines.append(t("classroom.show.local_only"))
    text = "".join(f"<div style='font-size:1.2em;margin:4px 0'>{html.escape(line)}</div>" for line in lines)
    return f"<div style='display:flex;gap:24px;align-items:center'>{qr_svg(url, 5)}<div>{text}</div></div>"


def show(name: str = "class"):
    """Show the running classroom's address, room code and QR code in the notebook (or how to start one)."""
    from IPython.display import HTML, display

    display(HTML(_panel_html(status(name))))


class LivePanel:
    """A live panel for the notebook: the answer count and the class's chart, refreshed every ``every`` seconds
    from the database by a background thread (the kernel stays free), for ``minutes`` minutes or until
    :meth:`stop`. When no classroom is running it shows how to start one and starts no thread (papermill runs
    the course notebooks this way)."""

    def __init__(self, survey: str = "kano_hotel_app", name: str = "class", every: float = 3.0,
                 minutes: float = 30.0):
        import threading

        import ipywidgets as widgets

        self.survey = forms.get(survey)
        self.name = _name(name)
        self.every = max(1.0, float(every))
        self.header = widgets.HTML(_panel_html(status(self.name)))
        # hidden until there is a chart: an empty Image shows as a broken-picture icon in JupyterLab
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="1100px", display="none"))
        self.widget = widgets.VBox([self.header, self.image])
        self._seen = None
        self._stop = threading.Event()
        self._thread = None
        if status(self.name):
            self.refresh()
            self._deadline = time.monotonic() + 60 * float(minutes)
            self._thread = threading.Thread(target=self._loop, daemon=True)
            self._thread.start()

    def refresh(self) -> bool:
        """Read the answers once; redraw when they changed. ``True`` when something changed."""
        from .server import chart_png

        store = _store(self.name)
        if store is None:
            return False
        with store:
            found = _room_for(store, self.survey.name, None)
            rows = store.answers(found["code"]) if found else []
        seen = (found["code"] if found else None, len(rows), tuple(r["revision"] for r in rows))
        if seen == self._seen:
            return False
        self._seen = seen
        self.header.value = _panel_html(status(self.name))
        self.image.value = chart_png(self.survey, rows, get_language())
        self.image.layout.display = None
        return True

    def _loop(self):
        while not self._stop.wait(self.every) and time.monotonic() < self._deadline:
            try:
                self.refresh()
            except Exception:  # a refresh that fails (server stopped mid-read) tries again next time
                continue

    def stop(self):
        self._stop.set()

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
