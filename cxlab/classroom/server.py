"""The classroom web server: learners' phones submit, the trainer reads, exports and presents.

Built on tornado (which Jupyter already ships): no home-made HTTP parsing. One process serves one classroom
database (:class:`cxlab.classroom.store.Store`). Routes:

=========================  ======================================================================================
``GET  /``                 the open room's form (or a page asking for the room code when none is open)
``GET  /join?code=K7QHX``  go to that room's form
``GET  /r/<code>``         the form, mobile-first, in the room's language (``?lang=en`` switches)
``POST /r/<code>``         submit (XSRF-protected form; body ≤ 32 KB); the same device answering again replaces
``GET  /health``           ``{"status": "ok"}``
``GET  /trainer/status``   counts and version (token)              ``GET /trainer/results`` answers as JSON (token)
``GET  /trainer/export``   CSV of the answers (token)              ``POST /trainer/reset`` delete answers (token)
``POST /trainer/close``    close the room (token)                  ``POST /trainer/open?survey=nps`` new room (token)
``GET  /present``          the presenter page: code, address, live chart (token in the query, like Jupyter's)
``GET  /trainer/chart.png``the chart the presenter page shows, drawn by the model's own plot function (token)
=========================  ======================================================================================

Answers are written by one writer thread on its own connection (:class:`_Writer`): the event loop never waits for
the disk, and a burst of answers goes to disk in one commit (group commit) before each learner's thank-you is sent.
The trainer's token is compared in constant time and may come as ``Authorization: Bearer …`` or ``?token=…``.
Every learner text is escaped by the templates (tornado's autoescape) and by the CSV export (quoted by the csv
module; a leading ``= + - @`` is prefixed with ``'`` so a spreadsheet never runs it as a formula).

Run it with ``python -m cxlab.classroom.server --db FILE --token T [--port N] [--host 127.0.0.1]``;
``cxlab classroom start`` does that in the background and writes the state file.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import hmac
import io
import json
import os
import queue
import secrets
import signal
import sys
import threading
from pathlib import Path

import tornado.httputil
import tornado.netutil
import tornado.web
from tornado.httpserver import HTTPServer

from ..i18n import LANGUAGES, _normalise, t
from . import forms
from .store import ROOM_ALPHABET, Store

__all__ = ["make_app", "serve", "MAX_BODY", "export_csv", "chart_png"]

#: The largest learner submission accepted (bytes). A KANO form of five features is under 1 KB.
MAX_BODY = 32 * 1024
DEVICE_COOKIE = "cxlab_device"
HERE = Path(__file__).resolve().parent

_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def _lang_tag(lang):
    return "zh-CN" if lang == "zh" else "en"


def export_csv(survey: forms.Survey, rows: list, lang: str) -> str:
    """The answers of a room as CSV text: one row per device, one column per question (question ids as headers,
    plus ``respondent`` and ``submitted_at``). Text answers that a spreadsheet would read as a formula are
    prefixed with ``'``."""
    questions = survey.all_questions(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["respondent", "submitted_at", *[q.id for q in questions]])
    for number, row in enumerate(rows, start=1):
        values = []
        for q in questions:
            value = row["answers"].get(q.id, "")
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                value = "'" + value
            values.append(value)
        writer.writerow([f"L{number:03d}", row["submitted_at"], *values])
    return buffer.getvalue()


_chart_lock = threading.Lock()


def chart_png(survey: forms.Survey, rows: list, lang: str) -> bytes:
    """The class's answers drawn by the model's own plot function, as PNG bytes: a KANO better–worse grid with
    the features' names, the NPS bar with its interval, the SERVQUAL gaps per dimension (once every statement has
    an answer; until then how many are missing) or the pyramid assessed from the class's measures. Drawn on a
    fresh Agg figure, one at a time."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    from .. import style
    from ..i18n import get_language, set_language

    with _chart_lock:
        previous = get_language()
        set_language(lang)
        try:
            style.use("projector")
            figure = Figure(figsize=(12, 6.2), dpi=100, layout="constrained")
            ax = figure.add_subplot()
            frame = survey.frame(rows)
            waiting = None
            if frame.empty:
                waiting = t("classroom.present.empty", lang=lang)
            elif survey.model == "servqual" and frame.attrs.get("items_missing"):
                waiting = t("classroom.present.servqual_wait", lang=lang, count=len(rows),
                            missing=len(frame.attrs["items_missing"]))
            if waiting:
                import textwrap

                ax.set_axis_off()
                width = 34 if lang == "zh" else 60
                ax.text(0.5, 0.5, "\n".join(textwrap.wrap(waiting, width)), ha="center", va="center", fontsize=20)
            elif survey.model == "servqual":
                from .. import servqual

                servqual.plot_gaps(servqual.gaps(frame, weights=frame.attrs.get("weights")), ax=ax)
            elif survey.model == "pyramid":
                from .. import pyramid

                result = pyramid.assess(pyramid.measures_from(frame))
                pyramid.plot_pyramid(result, ax=ax, title=t("classroom.present.pyramid_title", lang=lang,
                                                            count=len(frame)))
            elif survey.chart is not None:
                survey.chart(frame, ax)
            elif survey.model == "kano":
                from .. import kano

                result = kano.classify(frame)
                names = forms._kano_names(lang)
                result = result.rename(index=names)
                kano.plot_better_worse(result, ax=ax)
            else:
                from .. import value

                value.plot_nps(value.nps(frame["score"]), ax=ax)
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
            return buffer.getvalue()
        finally:
            set_language(previous)


def _warm_up():
    """Import matplotlib and the models and find the CJK font once, in the background, right after start."""
    try:
        chart_png(forms.get("kano_hotel_app"), [], "zh")
    except Exception:  # warming up is an optimisation only
        pass


class _Writer:
    """The one thread that writes answers, on its own connection, so the event loop never waits for the disk.

    Each answer is committed (synchronous=FULL: on disk) before its learner gets the thank-you page. Answers that
    arrive while a commit is being written wait for it and then go to disk together in the next transaction
    (group commit: one write for a burst instead of one each), which is what lets 30 phones submitting in the same
    second be answered within the target time; each answer is still stored whole or not at all
    (:meth:`Store.submit_many`).
    """

    def __init__(self, path):
        self.store = Store(path)
        self._queue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="cxlab-classroom-writer", daemon=True)
        self._thread.start()

    async def submit(self, code, device, answers) -> str:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((code, device, answers, loop, future))
        outcome = await future
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    @staticmethod
    def _settle(future, outcome):
        if not future.done():
            future.set_result(outcome)

    def _run(self):
        while True:
            first = self._queue.get()
            if first is None:
                break
            batch = [first]
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)   # finish this batch, then stop
                    break
                batch.append(item)
            try:
                outcomes = self.store.submit_many([(code, device, answers) for code, device, answers, _, _ in batch])
            except Exception as error:  # the commit failed: every answer of the batch gets the error
                outcomes = [error] * len(batch)
            for (_, _, _, loop, future), outcome in zip(batch, outcomes):
                loop.call_soon_threadsafe(self._settle, future, outcome)

    def close(self, timeout: float = 10.0):
        """Write what is queued, then stop the thread and close its connection."""
        self._queue.put(None)
        self._thread.join(timeout)
        self.store.close()


class _State:
    """What the server process knows: the store, the token, the open room, and a version counter per room that
    changes with every stored answer (the presenter page reloads the chart only when it changed)."""

    def __init__(self, store: Store, token: str, lang: str, url: str = "", group_commit: bool = True,
                 prefix: str = ""):
        self.store = store
        self.prefix = prefix  # the path the server is reached under behind a proxy (jupyter-server-proxy), or ""
        self.token = token
        self.lang = lang
        self.url = url
        self.version = 0
        self._charts = {}
        self._served = {}
        self.writer = _Writer(store.path) if group_commit else None

    def next_variant(self, room, survey) -> int:
        """The form version the next phone gets: round robin per room, starting after the answers already stored
        (so a restarted server carries on the rotation instead of handing out the first form again)."""
        if survey.variants == 1:
            return 0
        code = room["code"]
        if code not in self._served:
            self._served[code] = self.store.count(code)
        variant = self._served[code] % survey.variants
        self._served[code] += 1
        return variant

    def current(self):
        """The open room learners are sent to, or None."""
        open_rooms = [r for r in self.store.rooms() if r["open"]]
        return open_rooms[-1] if open_rooms else None

    def latest(self):
        """The open room, else the last room that ran (the trainer still reads a closed room's answers)."""
        rooms = self.store.rooms()
        return self.current() or (rooms[-1] if rooms else None)


class _Base(tornado.web.RequestHandler):
    def initialize(self, state: _State):
        self.state = state

    def set_default_headers(self):
        self.set_header("Content-Security-Policy", _CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")

    def get_template_namespace(self):
        namespace = super().get_template_namespace()
        namespace["prefix"] = self.state.prefix
        return namespace

    def lang_for(self, room=None) -> str:
        asked = _normalise(self.get_query_argument("lang", "") or "")
        if asked:
            return asked
        if room:
            return room["lang"]
        return self.state.lang

    def message(self, status, heading, lines, lang, link=None, link_text=None):
        self.set_status(status)
        self.render("message.html", lang_tag=_lang_tag(lang), page_title=heading, heading=heading, lines=lines,
                    link=link, link_text=link_text)

    def write_error(self, status_code, **kwargs):
        lang = self.state.lang
        self.render("message.html", lang_tag=_lang_tag(lang), page_title=str(status_code),
                    heading=t("classroom.page.error_heading", lang=lang, status=status_code),
                    lines=[t("classroom.page.error_text", lang=lang)], link=None, link_text=None)


class _Trainer(_Base):
    """Endpoints that need the trainer's token (header or query); anything else is 403."""

    def check_xsrf_cookie(self):  # token-authenticated API: no cookie involved
        return None

    def prepare(self):
        given = self.request.headers.get("Authorization", "")
        token = given[7:].strip() if given.lower().startswith("bearer ") else self.get_query_argument("token", "")
        if not token or not hmac.compare_digest(token.encode(), self.state.token.encode()):
            self.set_status(403)
            self.set_header("Content-Type", "application/json")
            self.finish(json.dumps({"error": t("classroom.error.token", lang=self.state.lang)}, ensure_ascii=False))

    def room_or_404(self):
        code = self.get_query_argument("room", "") or (self.state.latest() or {}).get("code", "")
        room = self.state.store.room(code) if code else None
        if room is None:
            self.set_status(404)
            self.finish({"error": t("classroom.error.no_room", lang=self.state.lang)})
        return room


class Health(_Base):
    def get(self):
        self.finish({"status": "ok"})


class Home(_Base):
    def get(self):
        room = self.state.current()
        if room is not None:
            lang = self.get_query_argument("lang", "")
            self.redirect(f"/r/{room['code']}" + (f"?lang={lang}" if _normalise(lang) else ""))
            return
        lang = self.lang_for()
        self.render("join.html", lang_tag=_lang_tag(lang), page_title=t("classroom.page.join", lang=lang),
                    heading=t("classroom.page.join", lang=lang), label=t("classroom.page.code_label", lang=lang),
                    submit=t("classroom.page.go", lang=lang))


class Join(_Base):
    def get(self):
        code = "".join(ch for ch in self.get_query_argument("code", "").upper() if ch in ROOM_ALPHABET)
        self.redirect(f"/r/{code}" if code else "/")


@tornado.web.stream_request_body
class Room(_Base):
    """The learner's form (GET) and submission (POST)."""

    def check_xsrf_cookie(self):  # checked in post(), once the streamed body has been parsed
        return None

    def prepare(self):
        self._chunks, self._size, self._too_big = [], 0, False
        self.request.connection.set_max_body_size(64 * 1024 * 1024)  # we refuse big bodies ourselves, politely
        if self.request.method == "POST":
            length = self.request.headers.get("Content-Length")
            if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
                self._refuse_size()

    def _refuse_size(self):
        self._too_big = True
        lang = self.lang_for(self._room())
        self.message(413, t("classroom.page.too_big", lang=lang), [t("classroom.page.too_big_text", lang=lang)],
                     lang)

    def data_received(self, chunk):
        if self._too_big:
            return
        self._size += len(chunk)
        if self._size > MAX_BODY:
            self._refuse_size()
            return
        self._chunks.append(chunk)

    def _room(self):
        code = self.path_args[0] if self.path_args else ""
        return self.state.store.room(code.upper())

    def _device(self, create: bool) -> str | None:
        device = self.get_cookie(DEVICE_COOKIE)
        if device and len(device) <= 64 and all(c.isalnum() or c in "-_" for c in device):
            return device
        if not create:
            return None
        device = secrets.token_urlsafe(18)
        self.set_cookie(DEVICE_COOKIE, device, httponly=True, samesite="Lax", expires_days=2)
        return device

    def _form(self, room, lang, problems=(), values=None, status=200, variant=0):
        survey = forms.get(room["survey"])
        self.set_status(status)
        self.render("form.html", lang_tag=_lang_tag(lang), page_title=survey.title(lang),
                    survey_title=survey.title(lang), intro=survey.intro(lang),
                    questions=survey.questions(lang, variant), problems=list(problems),
                    problems_title=t("classroom.page.problems", lang=lang), values=values or {},
                    action=self.state.prefix + self.request.uri, submit=t("classroom.page.submit", lang=lang),
                    max_text=forms.MAX_TEXT, replaced_note=None, variant=variant if survey.variants > 1 else None)

    def _closed_or_missing(self, room, lang) -> bool:
        if room is None:
            self.message(404, t("classroom.page.no_room", lang=lang), [t("classroom.page.no_room_text", lang=lang)],
                         lang, link=self.state.prefix + "/", link_text=t("classroom.page.join", lang=lang))
            return True
        if not room["open"]:
            self.message(403, t("classroom.page.closed", lang=lang), [t("classroom.page.closed_text", lang=lang)],
                         lang)
            return True
        return False

    def get(self, code):
        room = self._room()
        lang = self.lang_for(room)
        if self._closed_or_missing(room, lang):
            return
        self._device(create=True)
        self.xsrf_token  # sets the _xsrf cookie the form's hidden field matches
        self._form(room, lang, variant=self.state.next_variant(room, forms.get(room["survey"])))

    async def post(self, code):
        if self._too_big:
            return
        room = self._room()
        lang = self.lang_for(room)
        body = b"".join(self._chunks)
        arguments, files = {}, {}
        content_type = self.request.headers.get("Content-Type", "application/x-www-form-urlencoded")
        try:
            tornado.httputil.parse_body_arguments(content_type, body, arguments, files, self.request.headers)
        except Exception:  # a malformed body is the sender's problem: say so
            arguments = {}
        for key, values in arguments.items():
            self.request.body_arguments.setdefault(key, []).extend(values)
            self.request.arguments.setdefault(key, []).extend(values)
        try:
            tornado.web.RequestHandler.check_xsrf_cookie(self)
        except tornado.web.HTTPError:
            self.message(403, t("classroom.page.expired", lang=lang), [t("classroom.page.expired_text", lang=lang)],
                         lang, link=self.state.prefix + self.request.uri, link_text=t("classroom.page.reload", lang=lang))
            return
        if self._closed_or_missing(room, lang):
            return
        if files:
            self.message(400, t("classroom.page.problems", lang=lang), [t("classroom.error.files", lang=lang)], lang)
            return
        form = {k: [v.decode("utf-8", errors="replace") for v in vs] for k, vs in arguments.items()}
        survey = forms.get(room["survey"])
        answers, problems = survey.validate(form, lang)
        if problems:
            values = {k: v[0] for k, v in form.items() if v}
            self._form(room, lang, problems=problems, values=values, status=400,
                       variant=survey.variant_of(form) or 0)
            return
        device = self._device(create=True)
        if self.state.writer is not None:
            outcome = await self.state.writer.submit(room["code"], device, answers)
        else:  # the earlier path, kept for the benchmark's comparison: one commit per answer, on the event loop
            outcome = self.state.store.submit(room["code"], device, answers)
        self.state.version += 1
        lines = [t("classroom.page.thanks_text", lang=lang)]
        if outcome == "replaced":
            lines.append(t("classroom.page.replaced", lang=lang))
        self.message(200, t("classroom.page.thanks", lang=lang), lines, lang, link=self.state.prefix + self.request.uri,
                     link_text=t("classroom.page.change", lang=lang))


class Status(_Trainer):
    def get(self):
        room = self.room_or_404()
        if room is None:
            return
        self.finish({"room": room["code"], "survey": room["survey"], "open": room["open"],
                     "answers": self.state.store.count(room["code"]), "version": self.state.version,
                     "url": self.state.url})


class Results(_Trainer):
    def get(self):
        room = self.room_or_404()
        if room is None:
            return
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"room": room["code"], "survey": room["survey"],
                                "answers": self.state.store.answers(room["code"])}, ensure_ascii=False))


class Export(_Trainer):
    def get(self):
        room = self.room_or_404()
        if room is None:
            return
        text = export_csv(forms.get(room["survey"]), self.state.store.answers(room["code"]), room["lang"])
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition", f'attachment; filename="cxlab-{room["code"]}.csv"')
        self.finish("\ufeff" + text)  # the BOM lets Excel read the Chinese correctly


class Reset(_Trainer):
    def post(self):
        room = self.room_or_404()
        if room is None:
            return
        deleted = self.state.store.reset(room["code"])
        self.state.version += 1
        self.finish({"room": room["code"], "deleted": deleted})


class Close(_Trainer):
    def post(self):
        room = self.room_or_404()
        if room is None:
            return
        self.state.store.close_room(room["code"])
        self.state.version += 1
        self.finish({"room": room["code"], "open": False})


class Open(_Trainer):
    def post(self):
        name = self.get_query_argument("survey", "")
        if name not in forms.SURVEYS:
            self.set_status(400)
            self.finish({"error": t("classroom.error.unknown_survey", lang=self.state.lang, value=name[:40],
                                    accepted=", ".join(forms.SURVEYS))})
            return
        lang = _normalise(self.get_query_argument("lang", "")) or self.state.lang
        for room in self.state.store.rooms():
            if room["open"]:
                self.state.store.close_room(room["code"])
        code = self.state.store.open_room(name, lang)
        self.state.version += 1
        self.finish({"room": code, "survey": name, "lang": lang})


class Chart(_Trainer):
    async def get(self):
        room = self.room_or_404()
        if room is None:
            return
        key = (room["code"], self.state.version)
        png = self.state._charts.get(key)
        if png is None:
            rows = self.state.store.answers(room["code"])
            png = await asyncio.get_running_loop().run_in_executor(
                None, chart_png, forms.get(room["survey"]), rows, room["lang"])
            self.state._charts = {key: png}
        self.set_header("Content-Type", "image/png")
        self.finish(png)


class Present(_Trainer):
    def get(self):
        room = self.room_or_404()
        if room is None:
            return
        lang = self.lang_for(room)
        survey = forms.get(room["survey"])
        token = self.get_query_argument("token", "")
        query = f"?token={token}&room={room['code']}"
        import base64

        import segno

        join_url = f"{(self.state.url or '').rstrip('/')}/r/{room['code']}"
        svg = segno.make(join_url, error="m").svg_inline(scale=5)
        qr = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
        self.render("present.html", lang_tag=_lang_tag(lang), page_title=survey.title(lang), qr=qr,
                    survey_title=survey.title(lang), join_text=t("classroom.present.join", lang=lang),
                    url=join_url, code_label=t("classroom.present.code", lang=lang), code=room["code"],
                    count=self.state.store.count(room["code"]), answers_label=t("classroom.present.answers", lang=lang),
                    chart_alt=t("classroom.present.chart", lang=lang), chart_url=self.state.prefix + "/trainer/chart.png" + query,
                    status_url=self.state.prefix + "/trainer/status" + query, empty_text=t("classroom.present.empty", lang=lang))


def make_app(store: Store, token: str, lang: str = "zh", url: str = "", group_commit: bool = True,
             prefix: str = "") -> tornado.web.Application:
    """The tornado application over ``store`` (used by :func:`serve` and by the tests). ``group_commit=False``
    commits each answer on the event loop, as the server did before (kept for ``benchmarks/bench_classroom.py``).
    ``prefix`` is the path the pages are reached under behind a proxy that strips it
    (``/user/<name>/cxlab-classroom`` on a JupyterHub): links and form actions carry it; redirects stay
    root-relative, as such a proxy rewrites their ``Location`` (jupyter-server-proxy does)."""
    state = _State(store, token, lang, url, group_commit, prefix.rstrip("/"))
    routes = [
        (r"/", Home), (r"/health", Health), (r"/join", Join), (r"/r/([A-Za-z0-9]{1,12})", Room),
        (r"/trainer/status", Status), (r"/trainer/results", Results), (r"/trainer/export", Export),
        (r"/trainer/reset", Reset), (r"/trainer/close", Close), (r"/trainer/open", Open),
        (r"/trainer/chart.png", Chart), (r"/present", Present),
    ]
    app = tornado.web.Application(
        [(pattern, handler, {"state": state}) for pattern, handler in routes],
        template_path=str(HERE / "templates"), static_path=str(HERE / "static"), xsrf_cookies=True,
        cookie_secret=secrets.token_hex(32), compress_response=False)
    app.state = state
    return app


async def _serve(args):
    store = Store(args.db)
    if not any(r["open"] for r in store.rooms()):
        store.open_room(args.survey, args.lang)
    sockets = tornado.netutil.bind_sockets(args.port, address=args.host)
    port = sockets[0].getsockname()[1]
    app = make_app(store, args.token, args.lang, args.url or f"http://{args.public_host or args.host}:{port}",
                   group_commit=not args.commit_inline, prefix=args.prefix)
    server = HTTPServer(app, max_body_size=64 * 1024 * 1024, xheaders=False)
    server.add_sockets(sockets)
    if args.ready:
        from ..files import write_text

        write_text(args.ready, json.dumps({"port": port, "pid": os.getpid()}))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    threading.Thread(target=_warm_up, daemon=True).start()  # the first chart then comes in a fraction of a second
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows
            pass
    await stop.wait()
    server.stop()
    if app.state.writer is not None:
        app.state.writer.close()   # every answer was committed before its page was sent; this releases the file
    store.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)     # do not wait for a chart still being drawn in a worker thread


def serve(argv=None) -> int:
    """``python -m cxlab.classroom.server``: run until SIGTERM/SIGINT."""
    import tornado.netutil  # noqa: F401

    parser = argparse.ArgumentParser(prog="python -m cxlab.classroom.server")
    parser.add_argument("--db", required=True)
    parser.add_argument("--token", default=os.environ.get("CXLAB_CLASSROOM_TOKEN", ""))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lang", choices=LANGUAGES, default="zh")
    parser.add_argument("--survey", choices=sorted(forms.SURVEYS), default="kano_hotel_app")
    parser.add_argument("--public-host", default="", help="the address learners use (default: --host)")
    parser.add_argument("--prefix", default="", help="URL path prefix behind a proxy (jupyter-server-proxy)")
    parser.add_argument("--url", default="", help="the full address learners use (default: http://--public-host:port)")
    parser.add_argument("--ready", default="", help="write {port, pid} to this file once listening")
    parser.add_argument("--commit-inline", action="store_true", help=argparse.SUPPRESS)  # the benchmark's baseline
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("--token (or $CXLAB_CLASSROOM_TOKEN) is required")
    asyncio.run(_serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(serve())
