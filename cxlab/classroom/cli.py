"""``cxlab classroom start|stop|status|export|reset|open``: the command-line side of classroom mode.

A thin shell over :mod:`cxlab.classroom`; every text comes from the catalog (``classroom.cli.*``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..i18n import t

ACTIONS = ("start", "stop", "status", "export", "reset", "open")


def add_parser(sub, lang_option):
    """Add the ``classroom`` subcommand to the ``cxlab`` parser's subparsers ``sub``."""
    from . import DEFAULT_PORT, SURVEYS

    parser = sub.add_parser("classroom", help=t("classroom.cli.help.classroom"),
                            description=t("classroom.cli.help.description"))
    parser.add_argument_group(t("cli.help.arguments")).add_argument(
        "action", choices=ACTIONS, help=t("classroom.cli.help.action"))
    lang_option(parser.options)
    options = parser.options
    options.add_argument("--survey", default="kano_hotel_app",
                         help=t("classroom.cli.help.survey", surveys=", ".join(SURVEYS)))
    options.add_argument("--port", type=int, default=DEFAULT_PORT,
                         help=t("classroom.cli.help.port", port=DEFAULT_PORT))
    options.add_argument("--lan", action="store_true", help=t("classroom.cli.help.lan"))
    options.add_argument("--name", default="class", help=t("classroom.cli.help.name"))
    options.add_argument("--out", default=None, help=t("classroom.cli.help.out"))
    options.add_argument("--force", action="store_true", help=t("classroom.cli.help.force"))
    options.add_argument("--yes", action="store_true", help=t("classroom.cli.help.yes"))
    return parser


def _print(text="", err=False):
    print(text, file=sys.stderr if err else sys.stdout)


def run(args) -> int:
    """Carry out ``args.action``; 0 when done, 1 when it could not be (the reason printed), never a traceback."""
    from .. import InputError
    from . import export, learner_url, open_room, qr_text, reset, results, start, status, stop

    try:
        if args.action == "start":
            state = start(survey=args.survey, port=args.port, lang=args.lang, lan=args.lan, name=args.name)
            url = learner_url(state)
            _print(t("classroom.cli.started", name=state["name"], survey=state["survey"]))
            _print(qr_text(url))
            _print(t("classroom.cli.address", url=url))
            _print(t("classroom.cli.code", code=state["room"]))
            _print(t("classroom.cli.present", url=f"http://127.0.0.1:{state['port']}/present?token={state['token']}"))
            _print(t("classroom.cli.token", token=state["token"]))
            _print(t("classroom.cli.lan_on" if state["lan"] else "classroom.cli.local_only"))
            return 0
        if args.action == "stop":
            state = status(args.name)
            if not stop(args.name):
                _print(t("classroom.cli.not_running", name=args.name))
                return 1
            _print(t("classroom.cli.stopped", name=args.name, db=Path(state["db"]).name if state else "—"))
            return 0
        if args.action == "status":
            state = status(args.name)
            if not state:
                _print(t("classroom.cli.not_running", name=args.name))
                return 1
            _print(t("classroom.cli.status", name=state["name"], survey=state["survey"], code=state["room"],
                     answers=state["answers"],
                     state=t("classroom.cli.state_open" if state["open"] else "classroom.cli.state_closed")))
            _print(t("classroom.cli.address", url=learner_url(state)))
            _print(t("classroom.cli.present", url=f"http://127.0.0.1:{state['port']}/present?token={state['token']}"))
            _print(t("classroom.cli.token", token=state["token"]))
            return 0
        if args.action == "open":
            state = open_room(args.survey, name=args.name, lang=args.lang)
            _print(t("classroom.cli.opened", code=state["room"], survey=state["survey"], url=learner_url(state)))
            return 0
        if args.action == "export":
            frame = results(None, name=args.name)
            room = frame.attrs.get("room", "class")
            out = Path(args.out or f"cxlab-class-{room}.csv")
            if out.exists() and args.force:
                from ..files import backup_name

                out.replace(backup_name(out))
            path = export(out, name=args.name, force=False)
            count = sum(1 for _ in path.open(encoding="utf-8-sig")) - 1
            _print(t("classroom.cli.exported", count=count, path=path))
            return 0
        if args.action == "reset":
            frame = results(None, name=args.name)
            room = frame.attrs.get("room")
            count = frame["respondent"].nunique() if "respondent" in frame else 0
            if not args.yes:
                if not sys.stdin or not sys.stdin.isatty():
                    _print(t("classroom.cli.reset_cancelled"))
                    return 1
                answer = input(t("classroom.cli.confirm", count=count, code=room or "—"))
                if answer.strip().lower() not in ("yes", "y", "是"):
                    _print(t("classroom.cli.reset_cancelled"))
                    return 1
            _print(t("classroom.cli.reset_done", count=reset(args.name)))
            return 0
    except InputError as problem:
        _print(str(problem), err=True)
        return 1
    return 2


def add_present_parser(sub, lang_option):
    """Add ``cxlab present MODULE``."""
    parser = sub.add_parser("present", help=t("classroom.cli.help.present"),
                            description=t("classroom.cli.help.present_description"))
    parser.add_argument_group(t("cli.help.arguments")).add_argument("module", help=t("classroom.cli.help.module"))
    lang_option(parser.options)
    parser.options.add_argument("--port", type=int, default=8866, help=t("classroom.cli.help.present_port"))
    parser.options.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser"))
    return parser


def run_present(args) -> int:
    """Write the presenter notebook and serve it with Voilà until Ctrl+C."""
    import subprocess

    from .. import InputError
    from . import data_dir
    from .present import presenter_notebook, resolve, voila_command

    try:
        stem = resolve(args.module)
        notebook = presenter_notebook(stem, args.lang, data_dir() / "present")
    except InputError as problem:
        _print(str(problem), err=True)
        return 1
    _print(t("classroom.cli.serving", module=stem, url=f"http://127.0.0.1:{args.port}/"))
    try:
        return subprocess.call(voila_command(notebook, args.port, args.no_browser))
    except KeyboardInterrupt:
        return 0
