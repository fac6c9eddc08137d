"""The `cxlab` command: help and exit codes, `lab` command building and a real short start, `doctor` checks
(with simulated failures), `practice` never overwriting a learner's work, `datasets` listing."""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

import cxlab
from cxlab import cli, datasets, style, t

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- help, version, usage -----------------------------------------------------------------------------------------
def test_version(capsys):
    """--version prints the package version and exits 0."""
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"cxlab {cxlab.__version__}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_help_comes_from_the_catalog(capsys, lang):
    """--help shows the catalog's description and command help in the language asked for."""
    code, out, _ = run(capsys, "--lang", lang, "--help")
    assert code == 0
    assert t("cli.help.description", lang=lang) in out
    assert t("cli.help.practice", lang=lang) in out
    assert out.startswith(t("cli.help.usage_prefix", lang=lang))


def test_language_from_environment(capsys, monkeypatch):
    """Without --lang, CXLAB_LANG chooses the language of the help."""
    monkeypatch.setenv("CXLAB_LANG", "en")
    _, out, _ = run(capsys, "doctor", "--help")
    assert t("cli.help.doctor_description", lang="en") in out
    assert "usage: usage:" not in out


def test_usage_error_exits_2(capsys):
    """An unknown command is a usage error: exit code 2 and the catalog's message on stderr."""
    code, _, err = run(capsys, "no-such-command")
    assert code == 2
    assert t("cli.error.usage", prog="cxlab", message="X").split("X")[0] in err


def test_no_command_prints_help_and_exits_2(capsys):
    code, out, _ = run(capsys)
    assert code == 2 and t("cli.help.description") in out


# -- lab -----------------------------------------------------------------------------------------------------------
def _args(**kw):
    base = dict(lang="zh", no_browser=False, port=None, ip="127.0.0.1", dir=None, home=None, kit=False,
                workspace=None, force=False)
    base.update(kw)
    return SimpleNamespace(**base)


def test_lab_command_defaults(tmp_path, monkeypatch):
    """Default: this Python's jupyterlab on the workspace ./cxlab-workspace, 127.0.0.1, token left on; --kit opens
    notebooks/<lang> of the kit folder itself."""
    monkeypatch.chdir(tmp_path)
    cmd = cli.lab_command(_args(lang="en", home=str(tmp_path)))
    assert cmd[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path.resolve() / 'cxlab-workspace'}" in cmd
    kit = cli.lab_command(_args(lang="en", home=str(tmp_path), kit=True))
    assert f"--ServerApp.root_dir={tmp_path.resolve() / 'notebooks' / 'en'}" in kit
    assert "--ServerApp.ip=127.0.0.1" in cmd
    assert not any("token" in part.lower() for part in cmd)       # never disables Jupyter's token
    assert not any("open_browser" in part or "port=" in part for part in cmd)
    assert ("--ServerApp.allow_root=True" in cmd) == (os.geteuid() == 0)


def test_lab_command_options(tmp_path):
    """--port, --no-browser, --ip and --dir all reach the jupyter command line."""
    cmd = cli.lab_command(_args(port=8999, no_browser=True, ip="0.0.0.0", dir=str(tmp_path)))
    assert "--ServerApp.port=8999" in cmd and "--ServerApp.open_browser=False" in cmd
    assert "--ServerApp.ip=0.0.0.0" in cmd
    assert f"--ServerApp.root_dir={tmp_path.resolve()}" in cmd


def test_lab_command_uses_cxlab_home(tmp_path, monkeypatch):
    """Without --home, $CXLAB_HOME is the kit folder."""
    monkeypatch.setenv("CXLAB_HOME", str(tmp_path))
    assert f"--ServerApp.root_dir={tmp_path.resolve() / 'notebooks' / 'zh'}" in cli.lab_command(_args(kit=True))


@pytest.mark.parametrize("ip, loopback", [("127.0.0.1", True), ("127.0.0.2", True), ("::1", True),
                                          ("localhost", True), ("0.0.0.0", False), ("192.168.1.20", False),
                                          ("::", False), ("example.org", False)])
def test_is_loopback(ip, loopback):
    assert cli.is_loopback(ip) is loopback


def test_lab_runs_jupyter_with_language_and_warns_on_public_address(tmp_path, capsys, monkeypatch):
    """`cxlab lab` passes CXLAB_LANG to the server (hence the kernels), prints the course map, warns on 0.0.0.0
    and returns jupyter's exit code."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notebooks" / "en").mkdir(parents=True)
    (tmp_path / "notebooks" / "en" / "00_welcome.ipynb").write_text("{}", encoding="utf-8")
    calls = []

    def fake_run(cmd, env=None, **kw):
        calls.append((cmd, env))
        return SimpleNamespace(returncode=7)

    monkeypatch.setattr(cli.subprocess, "run", fake_run)
    code, out, err = run(capsys, "lab", "--lang", "en", "--home", str(tmp_path), "--ip", "0.0.0.0")
    assert code == 7
    cmd, env = calls[0]
    assert env["CXLAB_LANG"] == "en" and env["CXLAB_HOME"] == str(tmp_path.resolve())
    assert "--ServerApp.ip=0.0.0.0" in cmd
    assert t("cli.lab.public_warning", lang="en", ip="0.0.0.0") in err
    assert t("welcome.course.title.00_welcome", lang="en") in out
    calls.clear()
    _, _, err = run(capsys, "lab", "--lang", "en", "--home", str(tmp_path))
    assert err == "" and "--ServerApp.ip=127.0.0.1" in calls[0][0]


def test_lab_without_checkout_says_where_notebooks_are_expected(tmp_path, capsys, monkeypatch):
    """No notebooks/<lang> in the kit folder: exit 1, naming the folder and how to get the notebooks."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli.subprocess, "run", lambda *a, **k: pytest.fail("must not start jupyter"))
    code, _, err = run(capsys, "lab", "--home", str(tmp_path))
    assert code == 1
    assert str(tmp_path / "notebooks" / "zh") in err and "CXLAB_HOME" in err and "git clone" in err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_lab_really_starts_on_loopback_with_token(tmp_path):
    """`cxlab lab --no-browser --port N` starts JupyterLab: /api/status answers 200 on 127.0.0.1 with the token
    and 403 without it. Bounded to 90 s; the process group is stopped afterwards."""
    port, token = _free_port(), "cxlab-test-token"
    env = dict(os.environ, JUPYTER_TOKEN=token, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
               CXLAB_HOME=str(ROOT))
    log = open(tmp_path / "lab.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "cxlab.cli", "lab", "--no-browser", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path)
    url = f"http://127.0.0.1:{port}/api/status"
    try:
        status, deadline = None, time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    status = response.status
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        assert status == 200, f"server did not answer (exit code {proc.poll()}):\n" + \
            (tmp_path / "lab.log").read_text("utf-8", "replace")[-3000:]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=5)
        assert refused.value.code == 403
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()
    output = (tmp_path / "lab.log").read_text("utf-8", "replace")
    assert t("cli.lab.course_map") in output


# -- doctor --------------------------------------------------------------------------------------------------------
def test_doctor_with_missing_font_prints_the_apt_get_fix(capsys, monkeypatch):
    """A missing CJK font fails the font check and the rendering check, with the apt-get command; exit 1."""
    monkeypatch.setattr(style, "cjk_font", lambda refresh=False: None)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    monkeypatch.setattr(cli, "CHECKS", [cli.check_font, cli.check_chinese_rendering])
    code, out, _ = run(capsys, "doctor")
    assert code == 1
    assert out.count("✘") == 2
    assert out.count("sudo apt-get install -y fonts-wqy-microhei") == 2
    assert t("cli.doctor.summary_problems", count=2) in out


def test_doctor_all_well_exits_0(capsys, monkeypatch):
    monkeypatch.setattr(cli, "CHECKS", [lambda: cli.Check("a", True, "1.0"), lambda: [cli.Check("b", True)]])
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and out.count("✔") == 2 and t("cli.doctor.summary_ok") in out


def test_font_fix_per_platform():
    assert cli.font_fix_command("linux") == "sudo apt-get install -y fonts-wqy-microhei"
    assert "brew" in cli.font_fix_command("darwin")
    assert cli.font_fix_command("win32") == t("cli.doctor.windows_font")


def test_check_packages_missing_and_too_old():
    """A package that is not there, or too old, fails with the pip command; a present one shows its version."""
    missing, old, fine = cli.check_packages(["no-such-package-cxlab>=1.0", "pandas>=999", "numpy>=1.0"])
    assert not missing.ok and missing.fix.endswith('-m pip install "no-such-package-cxlab>=1.0"')
    assert not old.ok and old.fix.endswith('pip install "pandas>=999"')
    assert fine.ok and fine.detail == __import__("numpy").__version__


def test_check_packages_covers_every_requirement():
    names = [r.label for r in cli.check_packages()]
    for name in ("jupyterlab", "ipywidgets", "pandas", "matplotlib", "seaborn", "papermill", "nbval"):
        assert t("cli.doctor.package", name=name) in names


def test_check_widgets_extension(monkeypatch, tmp_path):
    """The labextension is looked for in Jupyter's data path; absent there, the check fails with a reinstall."""
    import jupyter_core.paths

    assert cli.check_widgets_extension().ok
    monkeypatch.setattr(jupyter_core.paths, "jupyter_path", lambda *parts: [str(tmp_path)])
    result = cli.check_widgets_extension()
    assert not result.ok and "jupyterlab_widgets" in result.fix


def test_check_kernel(monkeypatch):
    """The python3 kernel is found and imports cxlab; without it the fix is `ipykernel install --user`."""
    from jupyter_client import kernelspec

    assert cli.check_kernel().ok

    def missing(self, name):
        raise kernelspec.NoSuchKernel(name)

    monkeypatch.setattr(kernelspec.KernelSpecManager, "get_kernel_spec", missing)
    result = cli.check_kernel()
    assert not result.ok and result.fix.endswith("-m ipykernel install --user")


def test_check_kernel_whose_python_lacks_cxlab(monkeypatch, tmp_path):
    from jupyter_client import kernelspec

    fake = tmp_path / "python-without-cxlab"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(kernelspec.KernelSpecManager, "get_kernel_spec",
                        lambda self, name: SimpleNamespace(argv=[str(fake), "-m", "ipykernel_launcher"]))
    result = cli.check_kernel()
    assert not result.ok and str(fake) in result.detail


def test_check_catalogs_and_datasets(monkeypatch):
    """Catalogs and datasets pass here; catalogs that disagree, or no dataset at all, fail with their fix."""
    assert cli.check_catalogs().ok
    assert cli.check_datasets().ok == bool(datasets.names())
    monkeypatch.setattr(datasets, "names", lambda: [])
    result = cli.check_datasets()
    assert not result.ok and result.fix.endswith("-m cxlab._datagen")
    result = cli.check_catalogs(lambda lang: {"a": "x"} if lang == "zh" else {"b": "y"})
    assert not result.ok and result.detail == t("cli.doctor.catalog_keys_differ", count=2, example="a")

    def broken(lang):
        raise ValueError("bad JSON in cli.json")

    result = cli.check_catalogs(broken)
    assert not result.ok and "cli.json" in result.detail and result.fix


def test_check_chinese_rendering_passes_with_the_font():
    """With the CJK font found on this machine, a Chinese title draws with no missing glyph."""
    if style.cjk_font() is None:
        pytest.skip("no CJK font on this machine")
    assert cli.check_chinese_rendering().ok


def test_a_crashing_check_is_reported_not_raised():
    def broken():
        raise RuntimeError("boom")

    results = cli.run_checks([broken, lambda: cli.Check("fine", True)])
    assert [r.ok for r in results] == [False, True] and "boom" in results[0].detail


@pytest.mark.slow
def test_doctor_on_this_machine_is_all_well(capsys):
    """The full doctor passes on the set-up `make setup` builds (the CI machine)."""
    code, out, _ = run(capsys, "doctor")
    assert code == 0, out


# -- practice ------------------------------------------------------------------------------------------------------
def _notebook(text: str) -> str:
    return json.dumps({"cells": [{"cell_type": "markdown", "source": [text]}], "nbformat": 4}) + "\n"


@pytest.fixture
def kit(tmp_path):
    """A kit folder with two learner exercise notebooks and an answer key that must never be copied."""
    home = tmp_path / "kit"
    for lang in ("zh", "en"):
        (home / "exercises" / lang).mkdir(parents=True)
        (home / "exercises" / "answer_keys" / lang).mkdir(parents=True)
        for name in ("01_a.ipynb", "02_b.ipynb"):
            (home / "exercises" / lang / name).write_text(_notebook(f"{lang} {name} v1"), encoding="utf-8")
        (home / "exercises" / "answer_keys" / lang / "01_a.ipynb").write_text(_notebook("SOLUTION"), "utf-8")
    return home


def _files(folder: Path) -> list:
    return sorted(p.name for p in folder.iterdir())


def test_practice_copies_learner_notebooks_only(kit, tmp_path, capsys):
    """The learner editions are copied to <workspace>/<lang>/; the answer keys are not."""
    workspace = tmp_path / "ws"
    code, out, _ = run(capsys, "practice", "--home", str(kit), "--dir", str(workspace), "--lang", "en")
    assert code == 0
    assert _files(workspace / "en") == [cli.MANIFEST, "01_a.ipynb", "02_b.ipynb"]
    assert not any("SOLUTION" in p.read_text("utf-8") for p in (workspace / "en").glob("*.ipynb"))
    assert t("cli.practice.action.copied", lang="en", name="01_a.ipynb") in out
    assert t("cli.practice.summary", lang="en", copied=2, refreshed=0, unchanged=0, kept=0, replaced=0) in out


def test_practice_default_workspace_is_under_the_current_folder(kit, tmp_path):
    """In its own process, started in ``tmp_path``: the test process's current folder is shared with the threads
    that run the notebooks meanwhile, and this test once found it changed under it (the workspace landed in the
    repository)."""
    env = {k: v for k, v in os.environ.items() if k != "CXLAB_LANG"}
    done = subprocess.run([sys.executable, "-m", "cxlab.cli", "practice", "--home", str(kit)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cxlab-workspace" / "zh" / "01_a.ipynb").is_file()


def test_practice_rerun_keeps_a_changed_file(kit, tmp_path, capsys):
    """Re-running never overwrites the learner's changes; an untouched file is refreshed to the new version."""
    workspace = tmp_path / "ws"
    cli.practice("zh", workspace, home=kit)
    mine = workspace / "zh" / "01_a.ipynb"
    mine.write_text(_notebook("my answers"), encoding="utf-8")
    for name in ("01_a.ipynb", "02_b.ipynb"):  # the kit ships new versions of both
        (kit / "exercises" / "zh" / name).write_text(_notebook(f"zh {name} v2"), encoding="utf-8")
    code, out, _ = run(capsys, "practice", "--home", str(kit), "--dir", str(workspace))
    assert code == 0
    assert "my answers" in mine.read_text("utf-8")
    assert "v2" in (workspace / "zh" / "02_b.ipynb").read_text("utf-8")
    assert t("cli.practice.action.kept", name="01_a.ipynb") in out
    assert t("cli.practice.action.refreshed", name="02_b.ipynb") in out
    assert t("cli.practice.kept_note") in out
    # a third run changes nothing and still keeps the learner's file
    results = {r.name: r.action for r in cli.practice("zh", workspace, home=kit)}
    assert results == {"01_a.ipynb": "kept", "02_b.ipynb": "unchanged"}
    assert "my answers" in mine.read_text("utf-8")
    assert not [p for p in (workspace / "zh").iterdir() if p.name.endswith(".tmp")]


def test_practice_force_replaces_with_a_dated_backup(kit, tmp_path, capsys):
    """--force replaces a changed file after copying it to name.bak-YYYYmmdd-HHMMSS.ipynb."""
    workspace = tmp_path / "ws"
    cli.practice("zh", workspace, home=kit)
    mine = workspace / "zh" / "01_a.ipynb"
    mine.write_text(_notebook("my answers"), encoding="utf-8")
    code, out, _ = run(capsys, "practice", "--home", str(kit), "--dir", str(workspace), "--force")
    assert code == 0
    backups = sorted((workspace / "zh").glob("01_a.bak-*.ipynb"))
    assert len(backups) == 1 and re.fullmatch(r"01_a\.bak-\d{8}-\d{6}\.ipynb", backups[0].name)
    assert "my answers" in backups[0].read_text("utf-8")
    assert "v1" in mine.read_text("utf-8")
    assert t("cli.practice.action.replaced", name="01_a.ipynb", backup=backups[0].name) in out
    assert not list((workspace / "zh").glob("02_b.bak-*"))   # an untouched file needs no backup


def test_backup_names_never_collide(tmp_path):
    now = datetime(2025, 5, 4, 9, 30, 15)
    target = tmp_path / "01_a.ipynb"
    first = cli.backup_name(target, now)
    assert first.name == "01_a.bak-20250504-093015.ipynb"
    first.write_text("x")
    assert cli.backup_name(target, now).name == "01_a.bak-20250504-093015-2.ipynb"


def test_practice_without_exercises_exits_1(tmp_path, capsys):
    code, _, err = run(capsys, "practice", "--home", str(tmp_path), "--dir", str(tmp_path / "ws"))
    assert code == 1 and str(tmp_path / "exercises" / "zh") in err


# -- datasets ------------------------------------------------------------------------------------------------------
def test_datasets_listing(capsys):
    """`cxlab datasets` lists every dataset with its title (or says there is none, exit 1)."""
    code, out, err = run(capsys, "datasets")
    names = datasets.names()
    if not names:
        assert code == 1 and t("cli.datasets.none") in err
        return
    assert code == 0 and t("cli.datasets.heading", count=len(names)) in out
    for name in names:
        assert name in out and t(f"datasets.{name}.title") in out


def test_datasets_describe_one_and_reject_unknown(capsys):
    names = datasets.names()
    if names:
        code, out, _ = run(capsys, "datasets", names[0], "--lang", "en")
        assert code == 0 and t(f"datasets.{names[0]}.title", lang="en") in out
        for column in datasets.load(names[0]).columns:
            assert column in out
    code, _, err = run(capsys, "datasets", "no_such_dataset")
    assert code == 2 and "no_such_dataset" in err


def test_cli_module_prints_nothing_on_import():
    """Importing the command module has no side effect on the output."""
    done = subprocess.run([sys.executable, "-c", "import cxlab.cli"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""


# -- lab: the working copy of the course ---------------------------------------------------------------------------
@pytest.fixture
def course_kit(tmp_path):
    home = tmp_path / "kit"
    (home / "notebooks" / "zh").mkdir(parents=True)
    for name in ("00_welcome.ipynb", "05_damage.ipynb"):
        (home / "notebooks" / "zh" / name).write_text(_notebook(f"zh {name} v1"), encoding="utf-8")
    return home


def _fake_jupyter(monkeypatch):
    calls = []
    monkeypatch.setattr(cli.subprocess, "run", lambda cmd, env=None, **kw: calls.append(cmd) or
                        SimpleNamespace(returncode=0))
    return calls


def test_lab_opens_a_working_copy_of_the_course_in_the_workspace(course_kit, tmp_path, capsys, monkeypatch):
    """`cxlab lab` copies notebooks/<lang> into ./cxlab-workspace/course/<lang>/ and opens the workspace: the kit's
    notebooks are never the ones JupyterLab saves into."""
    monkeypatch.chdir(tmp_path)
    calls = _fake_jupyter(monkeypatch)
    code, out, _ = run(capsys, "lab", "--home", str(course_kit))
    copy = tmp_path / "cxlab-workspace" / "course" / "zh"
    assert code == 0 and _files(copy) == [cli.MANIFEST, "00_welcome.ipynb", "05_damage.ipynb"]
    assert f"--ServerApp.root_dir={(tmp_path / 'cxlab-workspace').resolve()}" in calls[0]
    assert t("cli.lab.copy_heading", folder=copy.resolve()) in out


def test_lab_never_overwrites_a_course_notebook_the_trainer_ran_or_changed(course_kit, tmp_path, capsys,
                                                                           monkeypatch):
    """A notebook saved with outputs in the workspace is kept when the kit updates; an untouched one is refreshed;
    --force replaces the kept one after a dated backup. The kit's files are never written."""
    monkeypatch.chdir(tmp_path)
    _fake_jupyter(monkeypatch)
    run(capsys, "lab", "--home", str(course_kit))
    copy = tmp_path / "cxlab-workspace" / "course" / "zh"
    (copy / "05_damage.ipynb").write_text(_notebook("zh 05 with the trainer's outputs"), encoding="utf-8")
    shipped = {p.name: p.read_bytes() for p in (course_kit / "notebooks" / "zh").iterdir()}
    for name in shipped:
        (course_kit / "notebooks" / "zh" / name).write_text(_notebook(f"zh {name} v2"), encoding="utf-8")
    _, out, _ = run(capsys, "lab", "--home", str(course_kit))
    assert "with the trainer's outputs" in (copy / "05_damage.ipynb").read_text("utf-8")
    assert "v2" in (copy / "00_welcome.ipynb").read_text("utf-8")
    assert t("cli.practice.action.kept", name="05_damage.ipynb") in out
    _, out, _ = run(capsys, "lab", "--home", str(course_kit), "--force")
    assert "v2" in (copy / "05_damage.ipynb").read_text("utf-8")
    assert any("trainer's outputs" in p.read_text("utf-8") for p in copy.glob("05_damage.bak-*.ipynb"))


def test_practice_prints_a_command_that_works_without_activating(kit, tmp_path, capsys, monkeypatch):
    """The 'start practising' line names the cxlab script next to this Python (e.g. .venv/bin/cxlab), not a bare
    `cxlab` that only an activated environment finds."""
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(capsys, "practice", "--home", str(kit))
    line = [l for l in out.splitlines() if "lab --lang zh --workspace" in l][0]
    command = line.split("：", 1)[-1].split(": ", 1)[-1].split()[0]
    assert Path(command).is_absolute() or (tmp_path / command).exists()
    assert Path(command).name in ("cxlab", "cxlab.exe") or command == sys.executable
