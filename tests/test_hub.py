"""The hub set-up without a hub (quick): the nbgitpuller link, the records a check keeps, the progress table, the
hub configuration and its roles, and the repo2docker lists kept equal to what tools/setup.sh installs."""
from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path

import pytest

import cxlab
from cxlab import hub
from cxlab.exercises.kano import q1

ROOT = Path(__file__).resolve().parents[1]
REPO = "https://github.com/example/cxlab"


def _packages(path: Path) -> list:
    return [line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()]


# -- the link -----------------------------------------------------------------------------------------------------
def test_link_opens_the_module_in_the_course_folder():
    link = hub.hub_link("https://hub.example.org/", lang="en", module="02_kano", repo=REPO, branch="spring")
    parts = urllib.parse.urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    query = dict(urllib.parse.parse_qsl(parts.query))
    assert query == {"repo": REPO, "branch": "spring", "targetpath": "cxlab-course",
                     "urlpath": "lab/tree/cxlab-course/notebooks/en/02_kano.ipynb"}


@pytest.mark.parametrize("module", ["2", "02", "02_kano"])
def test_module_by_stem_or_number(module):
    link = hub.hub_link("http://10.0.0.5:8000/hub", lang="zh", module=module, repo=REPO)
    assert link.startswith("http://10.0.0.5:8000/hub/user-redirect/git-pull?")
    assert "notebooks%2Fzh%2F02_kano.ipynb" in link


def test_module_name_differs_from_its_file():
    """Module 06_returns lives in 06_return.ipynb: the link opens the file that is there."""
    assert "06_return.ipynb" in hub.hub_link("https://h.org", lang="zh", module="06_returns", repo=REPO)


def test_local_repositories_are_accepted():
    for repo in ("/srv/course/cxlab", "file:///srv/course/cxlab", "ssh://git@example.org/cx.git"):
        assert urllib.parse.quote(repo, safe="") in hub.hub_link("https://h.org", module="0", repo=repo)


@pytest.mark.parametrize("kwargs, needle", [
    ({"hub": "hub.example.org"}, "--hub"),
    ({"hub": "ftp://hub.example.org"}, "--hub"),
    ({"hub": "https://hub.example.org/?x=1"}, "--hub"),
    ({"hub": "https://"}, "--hub"),
    ({"hub": "https://h.org", "module": "99"}, "--module"),
    ({"hub": "https://h.org", "module": "kano"}, "--module"),
    ({"hub": "https://h.org", "module": 2}, "--module"),
    ({"hub": "https://h.org", "repo": "github.com/x"}, "--repo"),
    ({"hub": "https://h.org", "repo": "relative/path"}, "--repo"),
    ({"hub": "https://h.org", "branch": "a b"}, "--branch"),
    ({"hub": "https://h.org", "branch": "../x"}, "--branch"),
    ({"hub": "https://h.org", "lang": "fr"}, "lang"),
])
def test_bad_link_arguments_are_input_errors(kwargs, needle):
    kwargs = {"repo": REPO, **kwargs}
    with pytest.raises(cxlab.InputError) as caught:
        hub.hub_link(**kwargs)
    assert needle in str(caught.value)


def test_link_errors_in_both_languages():
    cxlab.set_language("en")
    with pytest.raises(cxlab.InputError, match="not a module of the course.*02_kano"):
        hub.hub_link("https://h.org", module="99", repo=REPO)
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError, match="不是课程里的模块"):
        hub.hub_link("https://h.org", module="99", repo=REPO)


def test_cli_prints_the_link_and_refuses_a_bad_hub(capsys):
    from cxlab.cli import main

    assert main(["hub-link", "--hub", "https://h.org", "--module", "03", "--repo", REPO, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip().endswith("notebooks%2Fen%2F03_servqual.ipynb")
    assert main(["hub-link", "--hub", "nope", "--repo", REPO, "--lang", "en"]) == 1
    assert "--hub" in capsys.readouterr().err


# -- the records ----------------------------------------------------------------------------------------------------
def test_a_check_on_a_hub_keeps_a_record_without_the_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    monkeypatch.delenv("CXLAB_PROGRESS_URL", raising=False)
    q1.check(["A"])
    q1.check(cxlab.exercises.kano.q1.expected())
    lines = [json.loads(line) for line in (tmp_path / "progress.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["exercise"], r["status"]) for r in lines] == [("kano.q1", "wrong"), ("kano.q1", "correct")]
    assert set(lines[0]) == {"exercise", "check", "status", "time"}  # never the answer
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", lines[0]["time"])


def test_no_record_off_a_hub_or_for_a_blank(tmp_path, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    q1.check(["A"])
    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    q1.check()
    assert not (tmp_path / "progress.jsonl").exists()


def test_a_record_that_cannot_be_written_never_breaks_the_check(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JUPYTERHUB_USER", "ana")
    monkeypatch.setenv("CXLAB_DATA", str(blocker / "below"))  # cannot be created
    monkeypatch.setenv("CXLAB_PROGRESS_URL", "http://127.0.0.1:9/services/cxlab-progress")  # nothing listens
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "x")
    assert q1.check(["A"]).status == "wrong"
    assert hub.record_check("kano.q1", "q1", "wrong") is False


def test_the_service_accepts_only_well_formed_records():
    good = {"exercise": "kano.q1", "check": "q1", "status": "correct", "time": "2026-01-05T09:00:00Z"}
    assert hub._clean_record(json.dumps(good).encode()) == good
    for bad in ({**good, "status": "passed"}, {**good, "exercise": "<script>"}, {**good, "time": "yesterday"},
                {**good, "check": "q 1"}, ["kano.q1"]):
        assert hub._clean_record(json.dumps(bad).encode()) is None
    assert hub._clean_record(b"\xff") is None


# -- the progress table ---------------------------------------------------------------------------------------------
def test_progress_table_marks_passed_attempted_and_not_run():
    records = [
        {"user": "ana", "exercise": "kano.q1", "check": "q1", "status": "wrong", "time": "2026-01-05T09:00:00Z"},
        {"user": "ana", "exercise": "kano.q1", "check": "q1", "status": "correct", "time": "2026-01-05T09:01:00Z"},
        {"user": "ana", "exercise": "kano.q1", "check": "q1", "status": "wrong", "time": "2026-01-05T09:02:00Z"},
        {"user": "ben", "exercise": "kano.q2", "check": "q2", "status": "wrong", "time": "2026-01-05T09:03:00Z"},
        {"user": "ben", "exercise": "pyramid.q1", "check": "q1", "status": "correct", "time": "2026-01-05T09:04:00Z"},
    ]
    table = hub.progress_table(records)
    assert list(table.columns) == ["pyramid.q1", "kano.q1", "kano.q2"]  # course order
    assert table.loc["ana"].tolist() == ["", "passed", ""]  # passed once stays passed
    assert table.loc["ben"].tolist() == ["passed", "", "attempted"]
    text = hub.format_progress(table)
    assert "ana" in text and "✔" in text and "…" in text
    assert hub.progress_table([]).empty
    with pytest.raises(cxlab.InputError):
        hub.progress_table("records")


def test_class_progress_without_a_service_is_a_clear_error(monkeypatch, capsys):
    from cxlab.cli import main

    monkeypatch.delenv("CXLAB_PROGRESS_URL", raising=False)
    monkeypatch.delenv("JUPYTERHUB_API_TOKEN", raising=False)
    assert main(["--lang", "en", "class-progress"]) == 1
    assert "--url" in capsys.readouterr().err
    assert main(["--lang", "en", "class-progress", "--url", "http://127.0.0.1:9/x"]) == 1
    assert "--token" in capsys.readouterr().err
    assert main(["--lang", "en", "class-progress", "--url", "http://127.0.0.1:9/x", "--token", "t"]) == 1
    assert "did not answer" in capsys.readouterr().err


# -- the configuration ----------------------------------------------------------------------------------------------
def _load_config(tmp_path, monkeypatch, **env):
    from traitlets.config import PyFileConfigLoader

    for key, value in {"CXLAB_HUB_DATA": str(tmp_path), "CXLAB_HUB_DEMO": "1", "CXLAB_HUB_PASSWORD": "pw",
                       **env}.items():
        monkeypatch.setenv(key, value)
    return PyFileConfigLoader("jupyterhub_config.py", path=str(ROOT / "deploy")).load_config()


def test_hub_config_roles_scopes_and_service(tmp_path, monkeypatch):
    config = _load_config(tmp_path, monkeypatch, CXLAB_TRAINERS="li, wang")
    roles = {role["name"]: role for role in config.JupyterHub.load_roles}
    assert hub.READ_SCOPE in roles["trainer"]["scopes"] and roles["trainer"]["users"] == ["li", "wang"]
    access = f"access:services!service={hub.SERVICE}"
    assert access in roles["user"]["scopes"] and hub.READ_SCOPE not in roles["user"]["scopes"]
    assert {access, hub.READ_SCOPE, "access:servers!server"} <= set(roles["server"]["scopes"])
    assert set(config.JupyterHub.custom_scopes) == {hub.READ_SCOPE}
    (service,) = config.JupyterHub.services
    assert service["name"] == hub.SERVICE and service["command"][1:4] == ["-m", "cxlab.hub", "progress-service"]
    assert config.Spawner.environment["CXLAB_PROGRESS_URL"].endswith(f"/services/{hub.SERVICE}")
    assert config.SimpleLocalProcessSpawner.home_dir_template.endswith("homes/{username}")
    assert config.ConfigurableHTTPProxy.command[0].endswith("configurable-http-proxy")


def test_demo_mode_needs_a_password(tmp_path, monkeypatch):
    with pytest.raises(SystemExit, match="CXLAB_HUB_PASSWORD"):
        _load_config(tmp_path, monkeypatch, CXLAB_HUB_PASSWORD="")


def test_z2jh_values_use_the_repo2docker_image_and_the_same_service():
    yaml = pytest.importorskip("yaml")
    values = yaml.safe_load((ROOT / "deploy" / "z2jh-values.yaml").read_text(encoding="utf-8"))
    assert hub.SERVICE in values["hub"]["services"]
    (sidecar,) = values["hub"]["extraContainers"]
    assert sidecar["image"] == f'{values["singleuser"]["image"]["name"]}:{values["singleuser"]["image"]["tag"]}'
    assert sidecar["command"][:4] == ["python", "-m", "cxlab.hub", "progress-service"]
    assert values["singleuser"]["extraEnv"]["CXLAB_PROGRESS_URL"].endswith(f"/services/{hub.SERVICE}")
    assert values["hub"]["extraFiles"]["cxlab"]["mountPath"].endswith("jupyterhub_config.d/cxlab.py")


# -- one list of packages ---------------------------------------------------------------------------------------------
def test_repo2docker_apt_list_is_the_setup_list():
    """apt.txt (repo2docker) is tools/apt.txt (tools/setup.sh) minus chromium (browser tests only)."""
    assert _packages(ROOT / "apt.txt") == [p for p in _packages(ROOT / "tools" / "apt.txt") if p != "chromium"]


def test_repo2docker_uses_the_one_environment_and_installs_the_kit():
    """repo2docker reads the root environment.yml (no binder/ folder shadows it), which carries the hub extra;
    postBuild installs the kit."""
    assert not (ROOT / "binder").exists()
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    for name in ("jupyterhub", "nbgitpuller", "jupyter-server-proxy"):
        assert re.search(rf"^\s*-\s+{name}\b", text, re.M), name
    post = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps" in post and (ROOT / "postBuild").stat().st_mode & 0o111


def test_setup_installs_the_proxy_into_the_project():
    setup = (ROOT / "tools" / "setup.sh").read_text(encoding="utf-8")
    assert "npm install" in setup and "--prefix .hub" in setup and ".[test,hub]" in setup
    assert "/.hub/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


# -- the classroom server behind jupyter-server-proxy -------------------------------------------------------------------
def test_the_classroom_server_is_a_server_proxy_entry_point():
    from importlib.metadata import entry_points

    (entry,) = [e for e in entry_points(group="jupyter_serverproxy_servers") if e.name == hub.PROXY]
    spec = entry.load()()
    assert "{port}" in spec["command"] and "{base_url}" in spec["command"]
    assert spec["command"][1:4] == ["-m", "cxlab.hub", "classroom-proxy"]


def test_the_classroom_pages_carry_the_proxy_prefix(tmp_path):
    """Behind jupyter-server-proxy (which strips the prefix) the pages' links and forms point under it."""
    import asyncio

    import tornado.netutil
    from tornado.httpclient import AsyncHTTPClient
    from tornado.httpserver import HTTPServer

    from cxlab.classroom.server import make_app
    from cxlab.classroom.store import Store

    async def fetch_home():
        app = make_app(Store(tmp_path / "c.sqlite"), "tok", "en", "https://h.org/user/t/cxlab-classroom",
                       prefix="/user/t/cxlab-classroom/")
        sockets = tornado.netutil.bind_sockets(0, address="127.0.0.1")
        server = HTTPServer(app)
        server.add_sockets(sockets)
        try:
            answer = await AsyncHTTPClient().fetch(f"http://127.0.0.1:{sockets[0].getsockname()[1]}/")
            return answer.body.decode("utf-8")
        finally:
            server.stop()

    page = asyncio.run(fetch_home())
    assert 'action="/user/t/cxlab-classroom/join"' in page


def test_docstring_examples_run():
    import doctest

    cxlab.set_language("en")
    failures, tried = doctest.testmod(hub, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried >= 3 and failures == 0
