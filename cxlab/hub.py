"""cxlab on a JupyterHub: course links, the class progress the trainer sees, the survey server behind the hub.

Three pieces, each on the hub's own machinery (the configuration is ``deploy/jupyterhub_config.py``):

* :func:`hub_link` builds the **nbgitpuller** link a trainer hands out: opening it clones the course repository
  into the learner's home (``~/cxlab-course``) and opens one notebook; opening it again later pulls the trainer's
  updates and keeps the learner's edits (nbgitpuller's automatic merge: a file the learner changed is kept as
  the learner left it, a file the learner deleted comes back).
* **Class progress.** Every exercise check a learner runs (``q1.check(answer)``) is recorded by
  :func:`record_check` — which exercise, which check (``q1``), the verdict (``correct`` / ``wrong``) and the
  time; never the answer itself. The record goes to a line of ``progress.jsonl`` in the learner's data folder
  and, on a hub, to the hub service ``cxlab-progress`` (:func:`make_progress_app`). The service learns the
  learner's name from the hub (the token of the learner's own server), so a learner can add records for
  themselves only; reading the class needs the custom scope ``custom:cxlab-progress:read``, which the hub
  configuration gives to the ``trainer`` role alone. ``cxlab class-progress`` (:func:`fetch_progress`,
  :func:`progress_table`) shows the trainer a table learner × exercise. A record that cannot be written is
  dropped silently: a check never fails because of it.
* The **classroom survey server** (:mod:`cxlab.classroom.server`) is registered with **jupyter-server-proxy**
  (entry point ``cxlab-classroom``, :func:`classroom_proxy`): in the trainer's JupyterLab it runs at
  ``/user/<trainer>/cxlab-classroom/`` behind the hub's login, and ``cxlab classroom status --name hub`` shows
  its room and token.

Examples
--------
>>> from cxlab import hub
>>> hub.hub_link("https://hub.example.org", lang="en", module="02_kano",
...              repo="https://github.com/example/cxlab", branch="main")  # doctest: +NORMALIZE_WHITESPACE
'https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fexample%2Fcxlab&branch=main&targetpath=cxlab-course&urlpath=lab%2Ftree%2Fcxlab-course%2Fnotebooks%2Fen%2F02_kano.ipynb'
>>> table = hub.progress_table([
...     {"user": "ana", "exercise": "kano.q1", "status": "wrong", "time": "2026-01-05T09:00:00Z"},
...     {"user": "ana", "exercise": "kano.q1", "status": "correct", "time": "2026-01-05T09:02:00Z"},
...     {"user": "ben", "exercise": "kano.q1", "status": "wrong", "time": "2026-01-05T09:03:00Z"}])
>>> table.loc["ana", "kano.q1"], table.loc["ben", "kano.q1"]
('passed', 'attempted')
"""
from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .i18n import LANGUAGES, get_language, t

__all__ = ["SERVICE", "READ_SCOPE", "PROXY", "TARGET", "hub_link", "record_check", "progress_file",
           "fetch_progress", "progress_table", "format_progress", "make_progress_app", "classroom_proxy"]

#: The hub service that keeps the class's exercise records (``/services/cxlab-progress/``).
SERVICE = "cxlab-progress"
#: The custom scope that lets its holder read every learner's records (the ``trainer`` role has it).
READ_SCOPE = "custom:cxlab-progress:read"
#: The name of the classroom survey server under jupyter-server-proxy (``/user/<name>/cxlab-classroom/``).
PROXY = "cxlab-classroom"
#: The folder of each learner's home the course is cloned into.
TARGET = "cxlab-course"
#: The statuses a record may carry (what :meth:`cxlab.exercises.Exercise.check` decided).
STATUSES = ("correct", "wrong")
_TIMEOUT = 2.0  # seconds a check waits at most for the hub service


def _error(key, **fmt):
    from . import InputError

    return InputError(t(f"hub.error.{key}", **fmt))


# -- the nbgitpuller link ---------------------------------------------------------------------------------------
def _http_url(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error("url", what=what, value=str(value)[:80])
    parts = urllib.parse.urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment \
            or any(c.isspace() for c in value.strip()):
        raise _error("url", what=what, value=value.strip()[:80])
    return value.strip()


def _repo_url(value) -> str:
    """A git repository address nbgitpuller can clone: http(s), ssh/git, ``file://`` or an absolute path."""
    if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value.strip()):
        raise _error("repo", value=str(value)[:80])
    value = value.strip()
    parts = urllib.parse.urlsplit(value)
    if parts.scheme in ("http", "https", "ssh", "git") and parts.hostname:
        return value
    if parts.scheme == "file" and parts.path.startswith("/"):
        return value
    if value.startswith("/") and not parts.scheme:
        return value
    raise _error("repo", value=value[:80])


def _default_repo(home) -> str:
    """The ``origin`` remote of the kit's checkout, when it is a public address; else an error asking for --repo."""
    import subprocess

    try:
        url = subprocess.run(["git", "-C", str(home), "remote", "get-url", "origin"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        url = ""
    if urllib.parse.urlsplit(url).scheme in ("http", "https"):
        return url
    raise _error("no_repo")


_BRANCH = re.compile(r"^(?!/)(?!.*\.\.)(?!.*//)[A-Za-z0-9._/\-]{1,100}(?<!/)(?<!\.lock)$")


def hub_link(hub: str, lang: str | None = None, module: str = "00_welcome", repo: str | None = None,
             branch: str = "main", home=None) -> str:
    """The nbgitpuller link that puts the course into a learner's home and opens one notebook.

    Parameters
    ----------
    hub : str
        The hub's address, ``https://hub.example.org`` (a trailing ``/hub/`` is accepted).
    lang : {'zh', 'en'}, optional
        The edition the link opens (default: the current language).
    module : str
        A course module: its notebook stem (``02_kano``) or number (``2``, ``02``); see ``cxlab.course.COURSE``.
    repo : str, optional
        The course repository's address (http(s), ssh, ``file://`` or an absolute path on the hub's server);
        default: the ``origin`` remote of this checkout.
    branch : str
        The branch learners follow.

    Returns
    -------
    str
        ``<hub>/hub/user-redirect/git-pull?repo=…&branch=…&targetpath=cxlab-course&urlpath=lab/tree/…`` — the
        format of nbgitpuller's own link generator (https://nbgitpuller.readthedocs.io/en/latest/link.html).

    Raises
    ------
    cxlab.InputError
        A hub address that is not an http(s) URL, an unknown module, a bad repository address or branch name.
    """
    from . import _check
    from .course import COURSE, course_map, kit_home

    hub = _http_url(hub, "--hub").rstrip("/")
    if hub.endswith("/hub"):
        hub = hub[: -len("/hub")]
    lang = _check.check_choice("lang", lang or get_language(), LANGUAGES)
    if not isinstance(branch, str) or not _BRANCH.match(branch.strip()):
        raise _error("branch", value=str(branch)[:80])
    branch = branch.strip()
    home = kit_home(home)
    repo = _repo_url(repo) if repo is not None else _default_repo(home)
    stems = {m.stem: m for m in COURSE}
    number = None
    if isinstance(module, str) and module.strip() in stems:
        number = stems[module.strip()].number
    elif isinstance(module, str) and module.strip().isdigit():
        number = int(module.strip())
    table = course_map(lang, home)
    found = table[(table["module"] == number) & table["available"]] if number is not None else table.iloc[0:0]
    if found.empty:
        raise _error("module", value=str(module)[:40],
                     accepted=", ".join(m.stem for m in COURSE if table.loc[table["module"] == m.number,
                                                                            "available"].any()))
    notebook = found.iloc[0]["notebook"]
    query = urllib.parse.urlencode({"repo": repo, "branch": branch, "targetpath": TARGET,
                                    "urlpath": f"lab/tree/{TARGET}/notebooks/{lang}/{notebook}"})
    return f"{hub}/hub/user-redirect/git-pull?{query}"


# -- progress records -------------------------------------------------------------------------------------------
def progress_file() -> Path:
    """``progress.jsonl`` in the learner's data folder (``$CXLAB_DATA`` or ``~/.local/share/cxlab``)."""
    from .classroom import data_dir

    return data_dir() / "progress.jsonl"


def _service_url() -> str:
    return os.environ.get("CXLAB_PROGRESS_URL", "").strip().rstrip("/")


def record_check(exercise: str, check: str, status: str) -> bool:
    """On a hub (``$JUPYTERHUB_USER`` set), record that the learner ran a check: a line in :func:`progress_file`
    (the learner's own copy) and a record in the ``cxlab-progress`` service (``$CXLAB_PROGRESS_URL`` with the
    server's ``$JUPYTERHUB_API_TOKEN``). Off a hub nothing is written.

    What is recorded: ``exercise`` (``kano.q1``), ``check`` (the notebook's name for it, ``q1``), ``status``
    (``correct`` or ``wrong``) and the time (UTC) — never the answer. Never raises: a record that cannot be
    written (read-only home, no hub, the service down) is dropped and the learner's check goes on.

    Returns
    -------
    bool
        Whether the record reached the hub service (``False`` off a hub).
    """
    if not os.environ.get("JUPYTERHUB_USER"):
        return False
    try:
        record = {"exercise": str(exercise)[:80], "check": str(check)[:20], "status": str(status)[:12],
                  "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            path = progress_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(descriptor, line)  # one short write in append mode: lines never interleave
            finally:
                os.close(descriptor)
        except OSError:
            pass
        url, token = _service_url(), os.environ.get("JUPYTERHUB_API_TOKEN", "")
        if not url or not token:
            return False
        request = urllib.request.Request(f"{url}/api/records", data=json.dumps(record).encode("utf-8"),
                                         method="POST", headers={"Authorization": f"token {token}",
                                                                 "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            return response.status == 201
    except Exception:  # noqa: BLE001 — a record must never break a learner's notebook
        return False


def fetch_progress(url: str | None = None, token: str | None = None) -> list:
    """Every learner's records from the ``cxlab-progress`` service, as a list of dicts
    (``user``, ``exercise``, ``check``, ``status``, ``time``).

    Parameters
    ----------
    url : str, optional
        The service's address (default ``$CXLAB_PROGRESS_URL``, which the hub sets in every server).
    token : str, optional
        A token of the trainer (default ``$JUPYTERHUB_API_TOKEN``: the trainer's own server).

    Raises
    ------
    cxlab.InputError
        No address or token, the service unreachable, or the token lacking ``custom:cxlab-progress:read``
        (a learner's token: the service answers 403).
    """
    url = (url or _service_url()).rstrip("/")
    token = token or os.environ.get("JUPYTERHUB_API_TOKEN", "")
    if not url:
        raise _error("no_service")
    url = _http_url(url, "--url").rstrip("/")
    if not token:
        raise _error("no_token")
    request = urllib.request.Request(f"{url}/api/progress", headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read().decode("utf-8"))["records"]
    except urllib.error.HTTPError as refused:
        if refused.code in (401, 403):
            raise _error("forbidden", scope=READ_SCOPE) from None
        raise _error("unreachable", url=url, reason=f"HTTP {refused.code}") from None
    except (urllib.error.URLError, OSError, ValueError, KeyError) as failure:
        raise _error("unreachable", url=url, reason=str(getattr(failure, "reason", failure))[:120]) from None


def progress_table(records):
    """The class's progress: one row per learner, one column per exercise (``kano.q1`` …), each cell
    ``passed`` (a check of it was correct), ``attempted`` (checked, never correct) or ``""`` (not run).

    Examples
    --------
    >>> progress_table([{"user": "ana", "exercise": "kano.q2", "status": "correct"}]).to_dict()
    {'kano.q2': {'ana': 'passed'}}
    """
    import pandas as pd

    if not isinstance(records, (list, tuple)) or not all(isinstance(r, dict) for r in records):
        raise _error("records")
    rows = [r for r in records if r.get("user") and r.get("exercise") and r.get("status") in STATUSES]
    if not rows:
        return pd.DataFrame(index=pd.Index([], name="learner"))
    frame = pd.DataFrame(rows)
    passed = frame.assign(ok=frame["status"] == "correct").groupby(["user", "exercise"])["ok"].any()
    table = passed.map({True: "passed", False: "attempted"}).unstack("exercise", fill_value="")
    table = table.reindex(columns=sorted(table.columns, key=_exercise_order)).fillna("")
    table.index.name, table.columns.name = "learner", None
    return table


def _exercise_order(key: str):
    room, _, check = key.partition(".")
    order = {"welcome": 0, "pyramid": 1, "kano": 2, "servqual": 3, "journey": 4, "damage": 5, "returns": 6,
             "value": 7, "capstone": 8}
    digits = "".join(ch for ch in check if ch.isdigit())
    return (order.get(room, 99), room, int(digits) if digits else 0, check)


def format_progress(table) -> str:
    """The progress table as text for a terminal: ``✔`` passed, ``…`` attempted, ``·`` not run."""
    if table.empty:
        return t("hub.progress.empty")
    marks = {"passed": "✔", "attempted": "…", "": "·"}
    width = max(len(t("hub.progress.learner")), *(len(str(u)) for u in table.index))
    head = [t("hub.progress.learner").ljust(width), *[str(c) for c in table.columns]]
    lines = ["  ".join(head)]
    for user, row in table.iterrows():
        cells = [marks[row[c]].center(len(str(c))) for c in table.columns]
        lines.append("  ".join([str(user).ljust(width), *cells]))
    lines.append(t("hub.progress.legend"))
    return "\n".join(lines)


# -- the hub service that keeps the records ---------------------------------------------------------------------
class _Records:
    """The service's SQLite file: one row per check a learner ran."""

    def __init__(self, path):
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS records (user TEXT NOT NULL, exercise TEXT NOT NULL, "
                        "check_name TEXT NOT NULL, status TEXT NOT NULL, time TEXT NOT NULL)")

    def add(self, user, record):
        self.db.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?)",
                        (user, record["exercise"], record["check"], record["status"], record["time"]))

    def all(self):
        rows = self.db.execute("SELECT user, exercise, check_name, status, time FROM records ORDER BY rowid")
        return [{"user": u, "exercise": e, "check": c, "status": s, "time": tm} for u, e, c, s, tm in rows]


def _clean_record(body: bytes):
    """The record a learner's server posted, checked field by field; None when it is not one."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    exercise, check, status = data.get("exercise"), data.get("check", ""), data.get("status")
    stamp = data.get("time") or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    if not (isinstance(exercise, str) and re.fullmatch(r"[a-z_]{1,30}\.[a-z0-9_]{1,30}", exercise)):
        return None
    if not (isinstance(check, str) and re.fullmatch(r"[A-Za-z0-9_]{0,20}", check)) or status not in STATUSES:
        return None
    if not (isinstance(stamp, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)):
        return None
    return {"exercise": exercise, "check": check, "status": status, "time": stamp}


def make_progress_app(db, prefix: str | None = None):
    """The ``cxlab-progress`` hub service (tornado, authenticated by the hub; needs ``jupyterhub``).

    Routes under ``prefix`` (default ``$JUPYTERHUB_SERVICE_PREFIX``, ``/services/cxlab-progress/``):
    ``POST api/records`` (a learner's server adds one of its user's records; the user comes from the token,
    which needs ``access:services!service=cxlab-progress``), ``GET api/progress`` (every record, JSON) and
    ``GET`` the prefix itself (the table as a page, after the hub's login) — both reads need
    :data:`READ_SCOPE`, else 403.
    """
    import html

    import tornado.web
    from jupyterhub.services.auth import HubAuthenticated, HubOAuthCallbackHandler, HubOAuthenticated

    prefix = prefix or os.environ.get("JUPYTERHUB_SERVICE_PREFIX", f"/services/{SERVICE}/")
    prefix = "/" + prefix.strip("/") + "/"
    records = _Records(db)

    def can_read(model) -> bool:
        return bool(model) and READ_SCOPE in set(model.get("scopes", ()))

    class AddRecord(HubAuthenticated, tornado.web.RequestHandler):
        def check_xsrf_cookie(self):  # token-authenticated only (HubAuthenticated reads no cookie)
            return None

        @tornado.web.authenticated
        def post(self):
            record = _clean_record(self.request.body[:4096])
            if record is None:
                raise tornado.web.HTTPError(400)
            records.add(self.current_user["name"], record)
            self.set_status(201)
            self.finish({"ok": True})

    class Progress(HubOAuthenticated, tornado.web.RequestHandler):
        @tornado.web.authenticated
        def get(self):
            if not can_read(self.current_user):
                raise tornado.web.HTTPError(403)
            self.set_header("Cache-Control", "no-store")
            self.finish({"records": records.all()})

    class Page(HubOAuthenticated, tornado.web.RequestHandler):
        @tornado.web.authenticated
        def get(self):
            if not can_read(self.current_user):
                raise tornado.web.HTTPError(403)
            from .i18n import set_language

            set_language(self.get_query_argument("lang", "") if self.get_query_argument("lang", "") in LANGUAGES
                         else get_language())
            table = progress_table(records.all())
            head = "".join(f"<th>{html.escape(str(c))}</th>" for c in table.columns)
            marks = {"passed": "✔", "attempted": "…", "": ""}
            body = "".join(
                "<tr><th>" + html.escape(str(user)) + "</th>"
                + "".join(f'<td class="{row[c] or "none"}">{marks[row[c]]}</td>' for c in table.columns) + "</tr>"
                for user, row in table.iterrows())
            self.set_header("Cache-Control", "no-store")
            self.finish(
                f'<!doctype html><html lang="{get_language()}"><meta charset="utf-8">'
                f"<title>{html.escape(t('hub.progress.title'))}</title>"
                "<style>body{font:20px sans-serif;margin:2em}td,th{padding:.3em .8em;border:1px solid #ccc;"
                "text-align:center}.passed{background:#e6f4ea;color:#1e7e34}.attempted{background:#fff8e1}"
                "</style>"
                f"<h1>{html.escape(t('hub.progress.title'))}</h1>"
                + (f"<table><tr><th>{html.escape(t('hub.progress.learner'))}</th>{head}</tr>{body}</table>"
                   if not table.empty else f"<p>{html.escape(t('hub.progress.empty'))}</p>")
                + f"<p>{html.escape(t('hub.progress.legend'))}</p></html>")

    return tornado.web.Application(
        [(prefix + "api/records", AddRecord), (prefix + "api/progress", Progress),
         (prefix + "oauth_callback", HubOAuthCallbackHandler), (prefix, Page), (prefix.rstrip("/"), Page)],
        cookie_secret=os.environ.get("JUPYTERHUB_API_TOKEN", "") + secrets.token_hex(16))


def serve_progress(argv=None) -> int:
    """``python -m cxlab.hub progress-service --db FILE``: run the service where the hub says
    (``$JUPYTERHUB_SERVICE_URL``) until SIGTERM."""
    import argparse
    import asyncio
    import signal

    parser = argparse.ArgumentParser(prog="python -m cxlab.hub progress-service")
    parser.add_argument("--db", default=os.environ.get("CXLAB_PROGRESS_DB", "cxlab-progress.sqlite"))
    args = parser.parse_args(argv)
    where = urllib.parse.urlsplit(os.environ.get("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10110"))
    Path(args.db).expanduser().parent.mkdir(parents=True, exist_ok=True)

    async def main():
        app = make_progress_app(Path(args.db).expanduser())
        server = app.listen(where.port or 80, address=where.hostname or "127.0.0.1")
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        await stop.wait()
        server.stop()

    asyncio.run(main())
    return 0


# -- the classroom survey server behind jupyter-server-proxy ----------------------------------------------------
def classroom_proxy() -> dict:
    """The ``jupyter_serverproxy_servers`` entry point: how jupyter-server-proxy starts the classroom survey
    server inside a user's Jupyter server, at ``<base_url>cxlab-classroom/`` (only the server's owner gets
    through the hub's login to it)."""
    return {
        "command": [sys.executable, "-m", "cxlab.hub", "classroom-proxy", "--port", "{port}",
                    "--base-url", "{base_url}"],
        "timeout": 60,
        "absolute_url": False,
        "new_browser_tab": True,
        "launcher_entry": {"enabled": True, "title": t("hub.proxy.title"), "category": "Other"},
    }


def serve_classroom_proxy(argv=None) -> int:
    """``python -m cxlab.hub classroom-proxy --port P --base-url /user/<name>/``: open a room in the classroom
    ``hub`` (its database in the user's data folder), write its state so ``cxlab classroom status --name hub``
    and ``classroom.results(..., name="hub")`` find it, and serve it under the proxy's prefix."""
    import argparse

    from .classroom import _paths, _write_atomic
    from .classroom.server import serve
    from .classroom.store import Store

    parser = argparse.ArgumentParser(prog="python -m cxlab.hub classroom-proxy")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--base-url", default="/")
    parser.add_argument("--survey", default=os.environ.get("CXLAB_CLASSROOM_SURVEY", "kano_hotel_app"))
    parser.add_argument("--lang", default=os.environ.get("CXLAB_LANG", "zh"), choices=LANGUAGES)
    args = parser.parse_args(argv)
    prefix = "/" + f"{args.base_url.strip('/')}/{PROXY}".strip("/")
    public = os.environ.get("JUPYTERHUB_PUBLIC_URL", "") or os.environ.get("JUPYTERHUB_EXTERNAL_URL", "")
    url = (public.rstrip("/") if public else "") + prefix
    paths = _paths("hub")
    paths["db"].parent.mkdir(parents=True, exist_ok=True)
    store = Store(paths["db"])
    room = next((r for r in store.rooms() if r["open"]), None)
    code = room["code"] if room else store.open_room(args.survey, args.lang)
    survey = room["survey"] if room else args.survey
    store.close()
    token = secrets.token_urlsafe(24)
    state = {"name": "hub", "pid": os.getpid(), "port": args.port, "host": "127.0.0.1", "lan": False,
             "lang": args.lang, "token": token, "url": url, "db": str(paths["db"]), "room": code, "survey": survey,
             "started_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "prefix": prefix}
    _write_atomic(paths["state"], json.dumps(state, ensure_ascii=False, indent=1))
    os.chmod(paths["state"], 0o600)  # it holds the trainer's token
    return serve(["--db", str(paths["db"]), "--token", token, "--port", str(args.port), "--host", "127.0.0.1",
                  "--lang", args.lang, "--survey", survey, "--prefix", prefix, "--url", url])


def _main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"progress-service": serve_progress, "classroom-proxy": serve_classroom_proxy}
    if not argv or argv[0] not in commands:
        print(f"usage: python -m cxlab.hub {{{','.join(commands)}}} ...", file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
