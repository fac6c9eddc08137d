"""The ``cxlab`` command: ``lab``, ``doctor``, ``practice``, ``datasets``.

Every text it prints comes from the catalog, in the language of ``--lang``, else ``$CXLAB_LANG``, else Chinese.
Exit codes: 0 all well, 1 a problem was found (and reported with its fix), 2 the command line was wrong.

* ``cxlab lab`` copies the course notebooks of one language (``notebooks/<lang>/`` of the kit folder, see
  :func:`cxlab.course.kit_home`) into the workspace (``./cxlab-workspace/course/<lang>/``, never overwriting a
  notebook that was changed or run and saved there, see :func:`course_copy`) and opens JupyterLab on the
  workspace, so running the course never dirties the kit's own notebooks (``--kit`` opens those instead,
  ``--dir`` any folder). It binds 127.0.0.1 with Jupyter's token; the kernels inherit ``CXLAB_LANG``. The
  command line is built by the pure function :func:`lab_command`.
* ``cxlab doctor`` runs the checks of :data:`CHECKS` (pure functions returning :class:`Check` objects) and prints
  one line per check, with the exact command that fixes each problem.
* ``cxlab practice`` copies the learner exercise notebooks into the learner's own workspace. A file the learner
  changed is never overwritten (``--force`` replaces it after keeping a dated backup); writes are atomic.
* ``cxlab datasets [NAME]`` lists the sample datasets or describes one.
* ``cxlab handout CASE | --all | --list`` writes print-ready case handouts (a thin shell over
  :mod:`cxlab.handouts`; see :func:`_cmd_handout`).

Examples
--------
>>> from cxlab import cli
>>> cli.main(["--version"])                    # doctest: +SKIP
cxlab 0.1.0
0
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import os
import shlex
import subprocess
import sys
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import __version__, course, files, labsetup
from .i18n import LANGUAGES, DEFAULT_LANGUAGE, _normalise, get_language, set_language, t

__all__ = [
    "main", "build_parser", "lab_command", "lab_folder", "is_loopback", "Check", "CHECKS", "run_checks",
    "check_packages", "check_widgets_extension", "check_kernel", "check_font", "check_catalogs",
    "check_datasets", "check_chinese_rendering", "check_pdf", "font_fix_command", "practice", "PracticeResult",
    "backup_name", "MANIFEST", "WORKSPACE", "course_copy", "for_this_kernel",
]

LOOPBACK = "127.0.0.1"

#: Runtime requirements, used when the installed package metadata cannot be read (same as pyproject.toml).
REQUIREMENTS = (
    "jupyterlab>=4.0", "ipywidgets>=8.0", "ipykernel>=6.0", "pandas>=2.0", "numpy>=1.24", "matplotlib>=3.7",
    "seaborn>=0.13", "papermill>=2.4", "nbval>=0.10", "nbformat>=5.7", "nbconvert>=7.0", "openpyxl>=3.1",
    "jinja2>=3.1", "weasyprint>=61", "tqdm>=4.60",
    "python-calamine>=0.4",
)

#: The workspace file in which ``cxlab practice`` records the fingerprint of each notebook it copied.
MANIFEST = ".cxlab-practice.json"

#: What ``cxlab practice`` copies from ``exercises/<lang>/``: notebooks and the templates groups fill in.
PRACTICE_SUFFIXES = (".ipynb", ".csv")

#: The workspace folder ``cxlab lab`` and ``cxlab practice`` create in the current folder by default.
WORKSPACE = "cxlab-workspace"


def _py() -> str:
    return shlex.quote(sys.executable)


def _out(text: str = "", err: bool = False):
    print(text, file=sys.stderr if err else sys.stdout)


# -- command line ---------------------------------------------------------------------------------------------
class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:  # argparse passes '' when it only wants the bare usage (for a subcommand's prog)
            prefix = t("cli.help.usage_prefix")
        return super().add_usage(usage, actions, groups, prefix=prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with catalog texts for the parts argparse lets us set (its own error details stay as they are)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.options = self.add_argument_group(t("cli.help.options"))
        self.options.add_argument("-h", "--help", action="help", help=t("cli.help.help"))

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.error.usage", prog=self.prog, message=message) + "\n")


def _lang_option(group):
    group.add_argument("--lang", choices=LANGUAGES, default=None, help=t("cli.help.lang"))


def build_parser() -> argparse.ArgumentParser:
    """The ``cxlab`` argument parser, with help texts in the current language."""
    parser = _Parser(prog="cxlab", description=t("cli.help.description"), epilog=t("cli.help.epilog"))
    parser.options.add_argument("--version", action="version", version=f"cxlab {__version__}",
                                help=t("cli.help.version"))
    _lang_option(parser.options)
    sub = parser.add_subparsers(title=t("cli.help.commands"), dest="command", metavar="COMMAND",
                                parser_class=_Parser)

    lab = sub.add_parser("lab", help=t("cli.help.lab"), description=t("cli.help.lab_description"))
    _lang_option(lab.options)
    lab.options.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser"))
    lab.options.add_argument("--port", type=int, default=None, help=t("cli.help.port"))
    lab.options.add_argument("--ip", default=LOOPBACK, help=t("cli.help.ip"))
    lab.options.add_argument("--workspace", default=WORKSPACE, help=t("cli.help.lab_workspace"))
    lab.options.add_argument("--force", action="store_true", help=t("cli.help.lab_force"))
    lab.options.add_argument("--kit", action="store_true", help=t("cli.help.lab_kit"))
    lab.options.add_argument("--dir", default=None, help=t("cli.help.lab_dir"))
    lab.options.add_argument("--home", default=None, help=t("cli.help.home"))

    doctor = sub.add_parser("doctor", help=t("cli.help.doctor"), description=t("cli.help.doctor_description"))
    _lang_option(doctor.options)

    practice_ = sub.add_parser("practice", help=t("cli.help.practice"),
                               description=t("cli.help.practice_description"))
    _lang_option(practice_.options)
    practice_.options.add_argument("--dir", default=WORKSPACE, help=t("cli.help.practice_dir"))
    practice_.options.add_argument("--force", action="store_true", help=t("cli.help.force"))
    practice_.options.add_argument("--home", default=None, help=t("cli.help.home"))

    data = sub.add_parser("datasets", help=t("cli.help.datasets"), description=t("cli.help.datasets_description"))
    data.add_argument_group(t("cli.help.arguments")).add_argument("name", nargs="?", help=t("cli.help.dataset_name"))
    _lang_option(data.options)
    _add_handout_parser(sub)
    _add_trainer_parsers(sub)

    from .classroom import cli as classroom_cli

    classroom_cli.add_parser(sub, _lang_option)
    classroom_cli.add_present_parser(sub, _lang_option)
    _add_hub_parsers(sub)
    return parser


def _prescan_language(argv) -> str:
    """The language of this run: ``--lang X`` anywhere on the command line, else $CXLAB_LANG, else zh."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and _normalise(value):
            return _normalise(value)
    return _normalise(os.environ.get("CXLAB_LANG", "")) or DEFAULT_LANGUAGE


def main(argv=None) -> int:
    """Run ``cxlab`` with ``argv`` (default: the process's arguments); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    set_language(_prescan_language(argv))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version (0) or a usage error (2)
        return stop.code if isinstance(stop.code, int) else 2
    args.lang = args.lang or get_language()
    set_language(args.lang)
    if args.command is None:
        parser.print_help()
        return 2
    handler = {"lab": _cmd_lab, "doctor": _cmd_doctor, "practice": _cmd_practice, "datasets": _cmd_datasets,
               "handout": _cmd_handout, "classroom": _cmd_classroom, "present": _cmd_present,
               "agenda": _cmd_agenda, "glossary": _cmd_glossary,
               "hub-link": _cmd_hub_link, "class-progress": _cmd_class_progress}
    try:
        return handler[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `cxlab datasets | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _cmd_classroom(args) -> int:
    from .classroom import cli as classroom_cli

    return classroom_cli.run(args)


def _cmd_present(args) -> int:
    from .classroom import cli as classroom_cli

    return classroom_cli.run_present(args)


def _utf8_streams():
    """Never crash on ✔/✘ or Chinese on a console that cannot show them: replace what it cannot encode."""
    for stream in (sys.stdout, sys.stderr):
        if type(stream).__name__ == "TextIOWrapper" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


# -- lab --------------------------------------------------------------------------------------------------------
def is_loopback(ip: str) -> bool:
    """Whether ``ip`` only accepts connections from this machine (127.x, ::1, 'localhost')."""
    if ip in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(ip.strip("[]")).is_loopback
    except ValueError:
        return False


def lab_folder(args) -> Path:
    """The folder JupyterLab opens: ``--dir`` if given; with ``--kit``, ``notebooks/<lang>/`` of the kit folder
    itself; else the trainer's or learner's own workspace (``--workspace``, default ``./cxlab-workspace``), which
    holds the working copy of the course (``course/<lang>/``, see :func:`course_copy`) and the exercises."""
    if getattr(args, "dir", None):
        return Path(args.dir).expanduser().resolve()
    if getattr(args, "kit", False):
        return course.notebooks_dir(args.lang, getattr(args, "home", None))
    return Path(getattr(args, "workspace", None) or WORKSPACE).expanduser().resolve()


def lab_command(args) -> list:
    """The command that starts JupyterLab for ``args`` (a namespace with ``lang, no_browser, port, ip, dir,
    home``). Pure: nothing is started. Jupyter's token stays on; the address is 127.0.0.1 unless ``ip`` says
    otherwise.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> cmd = lab_command(SimpleNamespace(lang="en", no_browser=True, port=8899, ip="127.0.0.1", dir="x", home=None))
    >>> cmd[1:3], "--ServerApp.port=8899" in cmd, "--ServerApp.open_browser=False" in cmd
    (['-m', 'jupyterlab'], True, True)
    """
    ip = getattr(args, "ip", None) or LOOPBACK
    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={lab_folder(args)}", f"--ServerApp.ip={ip}",
           f"--ServerApp.contents_manager_class={labsetup.CONTENTS_MANAGER}"]  # kit notebooks open unmodified
    if getattr(args, "port", None):
        cmd.append(f"--ServerApp.port={int(args.port)}")
    if getattr(args, "no_browser", False):
        cmd.append("--ServerApp.open_browser=False")
    if _running_as_root():  # classroom containers run as root; Jupyter refuses to start there without this
        cmd.append("--ServerApp.allow_root=True")
    return cmd


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _print_course_map(lang):
    _out(t("cli.lab.course_map"))
    table = course.course_map(lang)
    for row in table.itertuples():
        status = t("welcome.course.status.available" if row.available else "welcome.course.status.preparing")
        seeds = row.seeds or t("welcome.course.no_seed")
        mark = "✔" if row.available else "·"
        _out(f"  {mark} {row.module:02d}  {row.title}  [{seeds}]  {status}")


def _cmd_lab(args) -> int:
    from . import InputError

    if args.port is not None and not (0 < args.port < 65536):
        _out(t("core.error.out_of_range", name="--port", value=args.port, low=1, high=65535), err=True)
        return 2
    folder = lab_folder(args)
    if not args.dir and not args.kit:
        try:
            results = course_copy(args.lang, folder, home=args.home, force=args.force)
        except InputError:
            _out(t("cli.lab.no_notebooks", folder=course.notebooks_dir(args.lang, args.home), language=args.lang),
                 err=True)
            return 1
        except OSError as error:
            _out(t("cli.practice.write_failed", folder=folder, error=error), err=True)
            return 1
        _report(results, t("cli.lab.copy_heading", folder=folder / "course" / args.lang))
    if not folder.is_dir():
        _out(t("cli.lab.no_notebooks", folder=folder, language=args.lang), err=True)
        return 1
    if not is_loopback(args.ip):
        _out(t("cli.lab.public_warning", ip=args.ip), err=True)
    try:
        labsetup.ensure_settings()  # widget state saved with the notebooks (see cxlab.labsetup)
    except OSError as error:
        _out(t("labsetup.failed", file=labsetup.settings_file(), error=error), err=True)
    _print_course_map(args.lang)
    _print_trainer_pointers(args.lang, "" if (args.dir or args.kit) else f"course/{args.lang}/")
    _out(t("cli.lab.starting", folder=folder, language=args.lang))
    env = dict(os.environ, CXLAB_LANG=args.lang, CXLAB_HOME=str(course.kit_home(args.home)))
    sys.stdout.flush()  # our lines first, then Jupyter's
    try:
        return subprocess.run(lab_command(args), env=env).returncode
    except KeyboardInterrupt:
        return 0
    except OSError as error:
        _out(t("cli.lab.failed", error=error), err=True)
        return 1


# -- doctor -----------------------------------------------------------------------------------------------------
@dataclass
class Check:
    """The result of one doctor check: ``label`` (what was checked), ``ok``, ``detail`` (a version, a font, the
    problem) and ``fix`` (the exact command that repairs it; empty when ``ok``)."""

    label: str
    ok: bool
    detail: str = ""
    fix: str = ""

    def lines(self) -> list:
        mark = "✔" if self.ok else "✘"
        head = t("cli.doctor.line", mark=mark, label=self.label, detail=self.detail) if self.detail else \
            f"{mark} {self.label}"
        return [head] if self.ok or not self.fix else [head, "    " + t("cli.doctor.fix", command=self.fix)]


def _requirements() -> list:
    try:
        from importlib.metadata import requires

        found = [r for r in (requires("cxlab") or []) if "extra ==" not in r]
    except Exception:
        found = []
    return found or list(REQUIREMENTS)


def _split_requirement(text: str):
    import re

    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*([^;]*)", text)
    return match.group(1), match.group(2).replace(" ", "")


def _version_ok(version: str, spec: str) -> bool:
    if not spec or not version:
        return True
    try:
        from packaging.specifiers import SpecifierSet

        return SpecifierSet(spec).contains(version, prereleases=True)
    except Exception:  # packaging missing or an odd version string: do not claim a problem we cannot see
        return True


def check_packages(requirements=None) -> list:
    """One :class:`Check` per required package: importable, with its version, and recent enough."""
    import importlib
    from importlib import metadata

    results = []
    for requirement in requirements or _requirements():
        name, spec = _split_requirement(requirement)
        label = t("cli.doctor.package", name=name)
        fix = f'{_py()} -m pip install "{name}{spec}"'
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                importlib.import_module(name.replace("-", "_").lower())
        except Exception as error:
            results.append(Check(label, False, t("cli.doctor.not_importable", error=_one_line(error)), fix))
            continue
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = ""
        if _version_ok(version, spec):
            results.append(Check(label, True, version))
        else:
            results.append(Check(label, False, t("cli.doctor.too_old", version=version, spec=spec), fix))
    return results


def _one_line(error) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def check_widgets_extension() -> Check:
    """The ipywidgets JupyterLab extension: ``jupyterlab_widgets`` installed and its labextension present."""
    label = t("cli.doctor.widgets")
    fix = f"{_py()} -m pip install --force-reinstall jupyterlab_widgets"
    try:
        import jupyterlab_widgets
        from jupyter_core.paths import jupyter_path
    except Exception as error:
        return Check(label, False, t("cli.doctor.not_importable", error=_one_line(error)), fix)
    for folder in jupyter_path("labextensions"):
        manager = Path(folder) / "@jupyter-widgets" / "jupyterlab-manager"
        if (manager / "package.json").is_file():
            return Check(label, True, t("cli.doctor.widgets_found", version=jupyterlab_widgets.__version__,
                                        folder=manager))
    return Check(label, False, t("cli.doctor.widgets_missing"), fix)


def _kernel_python(argv0: str) -> str:
    """The interpreter a kernelspec starts; Jupyter runs 'python'/'python3' with its own interpreter."""
    major, minor = sys.version_info[:2]
    if argv0 in ("python", f"python{major}", f"python{major}.{minor}"):
        return sys.executable
    return argv0


def check_kernel(timeout: float = 120) -> Check:
    """A 'python3' kernel exists and its Python can import cxlab."""
    label = t("cli.doctor.kernel")
    fix = f"{_py()} -m ipykernel install --user"
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

        try:
            spec = KernelSpecManager().get_kernel_spec("python3")
        except NoSuchKernel:
            return Check(label, False, t("cli.doctor.kernel_missing"), fix)
    except Exception as error:
        return Check(label, False, t("cli.doctor.not_importable", error=_one_line(error)), fix)
    python = _kernel_python(spec.argv[0]) if spec.argv else ""
    try:
        done = subprocess.run([python, "-c", "import cxlab"], capture_output=True, text=True, timeout=timeout)
        ok = done.returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    if ok:
        return Check(label, True, python)
    return Check(label, False, t("cli.doctor.kernel_no_cxlab", python=python), fix)


def check_lab_settings() -> Check:
    """JupyterLab saves widget state with the notebooks (``saveState``), so reopened notebooks show their
    explorers' last pictures instead of "model not found". Writes the kit's settings override first
    (:func:`cxlab.labsetup.ensure_settings`), then checks what JupyterLab will apply."""
    label = t("labsetup.doctor.label")
    path = labsetup.settings_file()
    try:
        labsetup.ensure_settings()
    except OSError as error:
        return Check(label, False, t("labsetup.failed", file=path, error=_one_line(error)), _setup_fix())
    if labsetup.read_settings().get(labsetup.WIDGET_PLUGIN, {}).get("saveState") is True:
        return Check(label, True, t("labsetup.doctor.ok", file=path))
    user = path.parent.parent / "overrides.json"
    return Check(label, False, t("labsetup.doctor.off", file=user),
                 t("labsetup.doctor.fix", file=user, plugin=labsetup.WIDGET_PLUGIN))


def font_fix_command(platform: str | None = None) -> str:
    """The command that installs a font with Chinese glyphs on this kind of system."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        return "sudo apt-get install -y fonts-wqy-microhei"
    if platform == "darwin":
        return "brew install --cask font-noto-sans-cjk-sc"
    return t("cli.doctor.windows_font")


def check_font() -> Check:
    """A font with Chinese glyphs is found (:func:`cxlab.style.cjk_font`)."""
    from . import style

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        font = style.cjk_font()
    if font is None:
        return Check(t("cli.doctor.font"), False, t("cli.doctor.font_missing"), font_fix_command())
    return Check(t("cli.doctor.font"), True, f"{font.family} ({font.path})")


def _setup_fix() -> str:
    return "make setup" if (course.kit_home() / "Makefile").is_file() else f"{_py()} -m pip install --force-reinstall cxlab"


def check_catalogs(load=None) -> Check:
    """Both catalogs load (with ``load``, default :func:`cxlab.i18n.catalog`) and hold the same keys."""
    from . import i18n

    load = load or i18n.catalog
    label = t("cli.doctor.catalogs")
    try:
        catalogs = {lang: load(lang) for lang in LANGUAGES}
    except Exception as error:
        return Check(label, False, _one_line(error), _setup_fix())
    first, *others = LANGUAGES
    differ = sorted(k for k in set().union(*(set(catalogs[first]) ^ set(catalogs[o]) for o in others))
                    if not i18n.one_language(k))
    if differ:
        return Check(label, False, t("cli.doctor.catalog_keys_differ", count=len(differ), example=differ[0]),
                     _setup_fix())
    return Check(label, True, t("cli.doctor.catalogs_ok", count=len(catalogs[first])))


def check_datasets() -> Check:
    """The sample datasets are there and every one loads."""
    from . import datasets

    label = t("cli.doctor.datasets")
    fix = f"{_py()} -m cxlab._datagen"
    try:
        names = datasets.names()
        if not names:
            return Check(label, False, t("cli.doctor.no_datasets"), fix)
        for name in names:
            datasets.load(name)
    except Exception as error:
        return Check(label, False, _one_line(error), fix)
    return Check(label, True, t("cli.doctor.datasets_ok", count=len(names)))


def check_chinese_rendering() -> Check:
    """matplotlib draws a Chinese title with no missing glyph (off screen, with the cxlab theme)."""
    from . import style

    label = t("cli.doctor.rendering")
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            style.use()
            figure = Figure(figsize=(4, 2))
            FigureCanvasAgg(figure)
            axes = figure.subplots()
            axes.set_title(style.SAMPLE_TEXT)
            axes.set_xlabel(style.SAMPLE_TEXT)
            figure.canvas.draw()
    except Exception as error:
        return Check(label, False, _one_line(error), font_fix_command())
    missing = [w for w in caught if "missing" in str(w.message).lower() and "glyph" in str(w.message).lower()]
    if missing:
        return Check(label, False, t("cli.doctor.glyphs_missing", count=len(missing)), font_fix_command())
    return Check(label, True, t("cli.doctor.rendering_ok"))


def check_pdf() -> Check:
    """PDF handouts work: WeasyPrint loads Pango and HarfBuzz, and a Chinese test page renders with the CJK font
    embedded (:func:`cxlab.handouts.pdf_check`); the fix names the Debian packages of tools/apt.txt."""
    from . import handouts

    ok, detail, fix = handouts.pdf_check()
    return Check(t("handouts.doctor.label"), ok, detail, fix)


#: The doctor's checks, in the order they are printed; each returns a Check or a list of them.
CHECKS = [check_packages, check_widgets_extension, check_lab_settings, check_kernel, check_font, check_catalogs,
          check_datasets, check_chinese_rendering, check_pdf]


def run_checks(checks=None) -> list:
    """Run the doctor's checks and return every :class:`Check` (a check that crashes is reported, not raised)."""
    results = []
    for check in checks or CHECKS:
        try:
            outcome = check()
        except Exception as error:  # a broken check must not hide the others
            outcome = Check(check.__name__, False, _one_line(error), _setup_fix())
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def _cmd_doctor(args) -> int:
    _out(t("cli.doctor.heading", version=__version__, python=sys.version.split()[0]))
    results = run_checks()
    for result in results:
        for line in result.lines():
            _out(line)
    problems = [r for r in results if not r.ok]
    _out(t("cli.doctor.summary_problems", count=len(problems)) if problems else t("cli.doctor.summary_ok"))
    return 1 if problems else 0


# -- practice ---------------------------------------------------------------------------------------------------
@dataclass
class PracticeResult:
    """What ``cxlab practice`` did to one notebook: ``action`` is one of 'copied', 'refreshed', 'unchanged',
    'kept' (the learner changed it; left alone) or 'replaced' (``--force``; the old one is in ``backup``)."""

    name: str
    action: str
    backup: str = ""


# The atomic writer, backup names, fingerprints and manifests live in cxlab.files (shared with cxlab handout,
# the classroom export and the journey builder); these two names stay for code that imported them from here.
_atomic_write = files.write_bytes
backup_name = files.backup_name


def for_this_kernel(data: bytes) -> bytes:
    """A notebook's bytes with ``metadata.language_info.version`` set to this Python's version — what ipykernel
    reports when the notebook's kernel starts — so JupyterLab does not mark the notebook modified on open
    (tools/nbbuild.py writes every other field JupyterLab sets). Anything that is not such a notebook is returned
    unchanged.

    Examples
    --------
    >>> import json, sys
    >>> nb = json.dumps({"metadata": {"language_info": {"name": "python"}}}).encode()
    >>> json.loads(for_this_kernel(nb))["metadata"]["language_info"]["version"] == sys.version.split()[0]
    True
    """
    try:
        nb = json.loads(data.decode("utf-8"))
        info = nb["metadata"]["language_info"]
    except (ValueError, KeyError, TypeError, AttributeError):
        return data
    if not isinstance(info, dict) or info.get("name") != "python":
        return data
    version = sys.version.split()[0]
    if info.get("version") == version:
        return data
    info["version"] = version
    return (json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sync(shipped: list, target: Path, force: bool = False, now: datetime | None = None) -> list:
    """Copy the files ``shipped`` into ``target``; never overwrite one the person changed (see :func:`practice`)."""
    target.mkdir(parents=True, exist_ok=True)
    manifest = files.read_manifest(target, MANIFEST)
    results = []
    for path in shipped:
        data = for_this_kernel(path.read_bytes())
        fresh = files.digest(data)
        dest = target / path.name
        if not dest.exists():
            files.write_bytes(dest, data)
            results.append(PracticeResult(path.name, "copied"))
        else:
            current = files.digest(dest.read_bytes())
            untouched = current in (fresh, manifest.get(path.name))
            if current == fresh:
                results.append(PracticeResult(path.name, "unchanged"))
            elif untouched:
                files.write_bytes(dest, data)
                results.append(PracticeResult(path.name, "refreshed"))
            elif force:
                backup = files.backup(dest, now)
                files.write_bytes(dest, data)
                results.append(PracticeResult(path.name, "replaced", backup.name))
            else:
                results.append(PracticeResult(path.name, "kept"))
                continue
        manifest[path.name] = fresh
    files.write_manifest(target, MANIFEST, manifest)
    return results


def _copy_notebooks(source: Path, target: Path, missing: str, force: bool, now) -> list:
    """:func:`_sync` of the notebooks in ``source``; :class:`cxlab.InputError` with ``missing`` when there are none."""
    # the exercise notebooks, and the templates a group fills in (04_journey_template.csv)
    shipped = sorted(p for p in source.iterdir() if p.is_file() and p.suffix in PRACTICE_SUFFIXES) \
        if source.is_dir() else []
    if not shipped:
        from . import InputError

        raise InputError(missing)
    return _sync(shipped, target, force=force, now=now)


def practice(lang: str, workspace, home=None, force: bool = False, now: datetime | None = None) -> list:
    """Copy the learner exercise notebooks of ``lang`` into ``<workspace>/<lang>/``; return what happened.

    A notebook already in the workspace is refreshed only when the learner has not changed it (it equals the
    shipped file, or the copy ``practice`` made earlier, whose fingerprint is kept in ``.cxlab-practice.json``).
    A changed one is kept, unless ``force``: then it is copied to :func:`backup_name` first. Every write goes to
    a temporary file that then replaces the target, so an interrupted run never leaves half a notebook.

    Raises
    ------
    cxlab.InputError
        When there are no exercise notebooks for ``lang`` in the kit folder.
    """
    source = course.exercises_dir(lang, home)
    return _copy_notebooks(source, Path(workspace).expanduser().resolve() / lang,
                           t("cli.practice.no_exercises", folder=source), force, now)


def course_copy(lang: str, workspace, home=None, force: bool = False, now: datetime | None = None) -> list:
    """Copy the course notebooks of ``lang`` into ``<workspace>/course/<lang>/`` (what ``cxlab lab`` opens), with
    the rules of :func:`practice`: a notebook the trainer or learner changed — or ran and saved with outputs — is
    never overwritten without ``force``, so running the course can never dirty the kit's own notebooks.

    Raises
    ------
    cxlab.InputError
        When there are no course notebooks for ``lang`` in the kit folder.
    """
    source = course.notebooks_dir(lang, home)
    return _copy_notebooks(source, Path(workspace).expanduser().resolve() / "course" / lang,
                           t("cli.lab.no_notebooks", folder=source, language=lang), force, now)


def _report(results: list, heading: str) -> None:
    _out(heading)
    for result in results:
        _out("  " + t(f"cli.practice.action.{result.action}", name=result.name, backup=result.backup))
    counts = {a: sum(r.action == a for r in results) for a in ("copied", "refreshed", "unchanged", "kept", "replaced")}
    _out(t("cli.practice.summary", **counts))
    if counts["kept"]:
        _out(t("cli.practice.kept_note"))


def _cxlab_command() -> str:
    """How to call this cxlab without activating its environment: the ``cxlab`` script next to this Python
    (``.venv/bin/cxlab``), relative to the current folder when it lies inside it."""
    script = Path(sys.executable).parent / ("cxlab.exe" if os.name == "nt" else "cxlab")
    if not script.exists():
        return f"{_py()} -m cxlab.cli"
    try:
        shown = script.relative_to(Path.cwd())
    except ValueError:
        shown = script
    return shlex.quote(str(shown))


def _cmd_practice(args) -> int:
    from . import InputError

    target = Path(args.dir).expanduser().resolve() / args.lang
    try:
        results = practice(args.lang, args.dir, home=args.home, force=args.force)
    except InputError as error:
        _out(str(error), err=True)
        return 1
    except OSError as error:
        _out(t("cli.practice.write_failed", folder=target, error=error), err=True)
        return 1
    _report(results, t("cli.practice.heading", folder=target))
    workspace = Path(args.dir).expanduser()
    _out(t("cli.practice.next", command=f"{_cxlab_command()} lab --lang {args.lang} --workspace "
                                         f"{shlex.quote(str(workspace))}"))
    return 0


# -- datasets ---------------------------------------------------------------------------------------------------
def _cmd_datasets(args) -> int:
    from . import InputError, datasets
    from .i18n import has

    if args.name:
        try:
            _out(str(datasets.describe(args.name, lang=args.lang)))
        except InputError as error:
            _out(str(error), err=True)
            return 2
        return 0
    names = datasets.names()
    if not names:
        _out(t("cli.datasets.none"), err=True)
        return 1
    _out(t("cli.datasets.heading", count=len(names)))
    width = max(len(n) for n in names)
    for name in names:
        key = f"datasets.{name}.title"
        title = t(key) if has(key) else ""
        _out(f"  {name:<{width}}  {title}")
    _out(t("cli.datasets.more"))
    return 0


# -- handout ----------------------------------------------------------------------------------------------------
def _add_handout_parser(sub):
    """``cxlab handout``: its options (texts from the handouts room of the catalog)."""
    handout = sub.add_parser("handout", help=t("handouts.cli.help"), description=t("handouts.cli.description"))
    handout.add_argument_group(t("cli.help.arguments")).add_argument("case", nargs="?", help=t("handouts.cli.case"))
    opts = handout.options
    opts.add_argument("--list", action="store_true", dest="list_cases", help=t("handouts.cli.list"))
    opts.add_argument("--all", action="store_true", dest="all_cases", help=t("handouts.cli.all"))
    # its own dest: 'all' is a value here, and the top-level --lang keeps setting the language of the messages
    opts.add_argument("--lang", dest="handout_lang", choices=(*LANGUAGES, "all"), default=None,
                      help=t("handouts.cli.lang"))
    opts.add_argument("--format", dest="handout_format", default="both", metavar="{pdf,html,both}",
                      help=t("handouts.cli.format"))
    opts.add_argument("--out", default="cxlab-handouts", metavar="DIR", help=t("handouts.cli.out"))
    opts.add_argument("--groups", default=None, metavar="N", help=t("handouts.cli.groups"))
    opts.add_argument("--seed", default=None, metavar="S", help=t("handouts.cli.seed"))
    opts.add_argument("--force", action="store_true", help=t("handouts.cli.force"))


def _cmd_handout(args) -> int:
    """List the cases, or write the handouts of one case / every case in one or both languages."""
    import time

    from . import InputError, handouts

    lang = args.handout_lang or args.lang
    if args.list_cases:
        table = handouts.case_table(args.lang)
        _out(t("handouts.cli.list_heading", count=len(table)))
        for row in table.itertuples():
            _out("  " + t("handouts.cli.list_line", case=row.case, module=row.module_title, title=row.title,
                          summary=row.summary))
        if len(table):
            _out(t("handouts.cli.list_next", example=table["case"].iloc[0], language=args.lang))
        return 0
    try:
        if args.case and args.all_cases:
            raise InputError(t("handouts.error.case_and_all", value=args.case))
        if not args.case and not args.all_cases:
            raise InputError(t("handouts.error.case_or_all"))
        todo = handouts.jobs(args.case, lang, all_cases=args.all_cases)
        handouts._formats(args.handout_format)
        handouts._validate(args.groups, args.seed)
    except InputError as error:
        _out(str(error), err=True)
        return 2
    try:
        folder = handouts._folder(args.out).resolve()
        if args.handout_format in ("pdf", "both"):
            handouts.weasyprint_module()  # before any work: the one line that says what to install
    except InputError as error:
        _out(str(error), err=True)
        return 1
    from tqdm import tqdm

    started, results = time.monotonic(), []
    with tqdm(total=len(todo), unit=t("handouts.cli.progress"), file=sys.stderr, disable=None, leave=False) as bar:
        for case, case_lang in todo:
            bar.set_postfix_str(f"{case} ({case_lang})")
            try:
                results += handouts.write(case, folder, case_lang, args.handout_format, args.groups, args.seed,
                                          force=args.force)
            except InputError as error:
                bar.close()
                _out(str(error), err=True)
                return 1
            bar.update(1)
    _out(t("handouts.cli.heading", folder=folder))
    for result in results:
        _out("  " + t(f"handouts.cli.action.{result.action}", name=result.path.name,
                      backup=result.backup.name if result.backup else ""))
    counts = {a: sum(r.action == a for r in results) for a in ("written", "replaced", "unchanged", "kept")}
    _out(t("handouts.cli.summary", files=len(results), seconds=f"{time.monotonic() - started:.1f}", **counts))
    if results and counts["unchanged"] == len(results):
        _out(t("handouts.cli.nothing_changed"))
    if counts["kept"]:
        _out(t("handouts.cli.kept_note"))
    return 0


# -- agenda, glossary (the trainer's layer) --------------------------------------------------------------------------
FORMATS = ("md", "html", "csv")


def _add_trainer_parsers(sub):
    agenda = sub.add_parser("agenda", help=t("trainer.cli.agenda"), description=t("trainer.cli.agenda_description"))
    agenda.add_argument_group(t("cli.help.arguments")).add_argument("name", nargs="?",
                                                                     help=t("trainer.cli.agenda_name"))
    _lang_option(agenda.options)
    agenda.options.add_argument("--start", default="09:00", help=t("trainer.cli.start"))
    agenda.options.add_argument("--format", dest="out_format", default="md", help=t("trainer.cli.format"))
    glossary = sub.add_parser("glossary", help=t("trainer.cli.glossary"),
                              description=t("trainer.cli.glossary_description"))
    _lang_option(glossary.options)
    glossary.options.add_argument("--format", dest="out_format", default="md", help=t("trainer.cli.format"))


def _format(value) -> str:
    from . import InputError

    if value not in FORMATS:
        raise InputError(t("trainer.cli.bad_format", value=value, accepted=", ".join(FORMATS)))
    return value


def _print_agenda_choices(lang):
    _out(t("trainer.cli.agendas_heading"))
    for name in course.agenda_names():
        _out(t("trainer.cli.agenda_line", name=name, title=t(f"course.agenda.name.{name}.title"),
               short=t(f"course.agenda.name.{name}.short")))


def _print_trainer_pointers(lang, prefix: str):
    """What ``cxlab lab`` tells a trainer after the course map: the agendas and where the trainer guide is."""
    _print_agenda_choices(lang)
    guide = next((m for m in sorted(course.notebooks_dir(lang).glob("90_*.ipynb"))), None) \
        if course.notebooks_dir(lang).is_dir() else None
    if guide is not None:
        _out(t("trainer.cli.guide", path=prefix + guide.name))


def _cmd_agenda(args) -> int:
    """``cxlab agenda [NAME] [--start HH:MM] [--format md|html|csv]``: list the agendas, or print one."""
    from . import InputError

    if not args.name:
        _print_agenda_choices(args.lang)
        return 0
    try:
        fmt = _format(args.out_format)
        if fmt == "md":
            text = course.agenda_markdown(args.name, args.lang, args.start)
        elif fmt == "html":
            text = course.agenda_html(args.name, args.lang, args.start)
        else:
            text = course.agenda(args.name, args.lang, args.start).to_csv(index=False)
    except InputError as error:
        _out(str(error), err=True)
        return 2
    _out(text.rstrip("\n"))
    return 0


def _cmd_glossary(args) -> int:
    """``cxlab glossary [--format md|csv|html]``: the course glossary in the chosen language."""
    import html

    from . import InputError, trainer

    try:
        fmt = _format(args.out_format)
    except InputError as error:
        _out(str(error), err=True)
        return 2
    if fmt == "md":
        text = "# " + t("trainer.guide.glossary.title") + "\n\n" + trainer.glossary_markdown(args.lang)
    elif fmt == "csv":
        text = trainer.glossary_table(args.lang).to_csv(index=False)
    else:
        text = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(t("trainer.guide.glossary.title"))
                + "</title></head><body><h1>" + html.escape(t("trainer.guide.glossary.title")) + "</h1>"
                + trainer.glossary_table(args.lang).to_html(index=False) + "</body></html>")
    _out(text.rstrip("\n"))
    return 0



# -- hub-link / class-progress (cxlab on a JupyterHub; see cxlab/hub.py and deploy/) -----------------------------
def _add_hub_parsers(sub):
    link = sub.add_parser("hub-link", help=t("hub.cli.link_help"), description=t("hub.cli.link_description"))
    _lang_option(link.options)
    link.options.add_argument("--hub", required=True, metavar="URL", help=t("hub.cli.hub"))
    link.options.add_argument("--module", default="00_welcome", help=t("hub.cli.module"))
    link.options.add_argument("--repo", default=None, metavar="URL", help=t("hub.cli.repo"))
    link.options.add_argument("--branch", default="main", help=t("hub.cli.branch"))
    progress = sub.add_parser("class-progress", help=t("hub.cli.progress_help"),
                              description=t("hub.cli.progress_description"))
    _lang_option(progress.options)
    progress.options.add_argument("--url", default=None, help=t("hub.cli.url"))
    progress.options.add_argument("--token", default=None, help=t("hub.cli.token"))
    progress.options.add_argument("--csv", default=None, metavar="FILE", help=t("hub.cli.csv"))
    progress.options.add_argument("--force", action="store_true", help=t("hub.cli.force"))


def _cmd_hub_link(args) -> int:
    from . import InputError, hub

    try:
        _out(hub.hub_link(args.hub, lang=args.lang, module=args.module, repo=args.repo, branch=args.branch))
    except InputError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _cmd_class_progress(args) -> int:
    from . import InputError, hub

    try:
        table = hub.progress_table(hub.fetch_progress(args.url, args.token))
    except InputError as error:
        print(error, file=sys.stderr)
        return 1
    if args.csv is None:
        _out(hub.format_progress(table))
        return 0
    path = Path(args.csv)
    if path.exists() and not args.force:
        print(t("hub.cli.exists", path=path), file=sys.stderr)
        return 1
    files.write_text(path, table.to_csv(), encoding="utf-8-sig")
    _out(t("hub.cli.written", path=path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
