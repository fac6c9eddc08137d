"""A class on a real JupyterHub, on 127.0.0.1, started and stopped by this test (marked slow).

The hub runs deploy/jupyterhub_config.py in its demo mode (DummyAuthenticator with a shared password,
SimpleLocalProcessSpawner with a home folder per user) with the configurable-http-proxy that tools/setup.sh
installs into .hub/. Two learners and a trainer log in over HTTP and their servers spawn; the nbgitpuller link
(against a local clone of this repository) puts the course into each home; exercise notebooks execute in the
learners' servers through the hub (a kernel over the server's REST and websocket API); a learner's edit survives
a second pull; the trainer's progress view shows both learners' results, and a learner's token is refused the
other learner's server, the trainer's server and the trainer's view. At the end nothing of it is left running.
"""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

requests = pytest.importorskip("requests")
pytest.importorskip("jupyterhub")
pytest.importorskip("nbgitpuller")
pytest.importorskip("jupyter_server_proxy")

ROOT = Path(__file__).resolve().parents[1]
CHP = ROOT / ".hub" / "node_modules" / ".bin" / "configurable-http-proxy"
PASSWORD = "cxlab-" + uuid.uuid4().hex[:10]
LEARNERS = ("ana", "ben")
TRAINER = "trainer"
BRANCH = "course"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ours(marker: str):
    """Processes whose command line or environment mentions ``marker`` (the test's temporary folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            text = (entry / "cmdline").read_bytes() + b"\0" + (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker.encode() in text:
            found.append(int(entry.name))
    return found


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60,
                   env=dict(os.environ, GIT_AUTHOR_NAME="trainer", GIT_AUTHOR_EMAIL="trainer@example.org",
                            GIT_COMMITTER_NAME="trainer", GIT_COMMITTER_EMAIL="trainer@example.org"))


class Hub:
    def __init__(self, tmp: Path):
        if not CHP.exists():
            if subprocess.run(["which", "npm"], capture_output=True).returncode != 0:
                pytest.skip("npm is not installed, so tools/setup.sh could not install configurable-http-proxy")
            pytest.fail("configurable-http-proxy is missing from .hub/: run bash tools/setup.sh")
        self.tmp = tmp
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.service_port = _free_port()
        self.data = tmp / "hub"
        self.data.mkdir()
        self.upstream = tmp / "upstream"
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", ROOT.as_uri(), str(self.upstream)], check=True,
                       capture_output=True, timeout=120)
        _git("checkout", "--quiet", "-B", BRANCH, cwd=self.upstream)
        env = dict(os.environ, CXLAB_HUB_DEMO="1", CXLAB_HUB_PASSWORD=PASSWORD, CXLAB_HUB_DATA=str(self.data),
                   CXLAB_HUB_IP="127.0.0.1", CXLAB_HUB_PORT=str(self.port), CXLAB_HUB_API_PORT=str(_free_port()),
                   CXLAB_HUB_PROXY_API_PORT=str(_free_port()), CXLAB_TRAINERS=TRAINER,
                   CXLAB_PROGRESS_SERVICE_URL=f"http://127.0.0.1:{self.service_port}")
        env.pop("JUPYTERHUB_API_TOKEN", None)
        self.log = open(tmp / "hub.log", "wb")
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(ROOT / "deploy" / "jupyterhub_config.py")],
            cwd=self.data, env=env, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        self._wait(lambda: requests.get(f"{self.url}/hub/health", timeout=2).status_code == 200, 90, "hub start")
        self.sessions, self.tokens = {}, {}

    def _wait(self, ready, seconds, what):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the hub exited during {what}:\n{self.tail()}")
            try:
                if ready():
                    return
            except (requests.RequestException, KeyError, ValueError):
                pass
            time.sleep(0.3)
        raise AssertionError(f"timed out waiting for {what}:\n{self.tail()}")

    def tail(self):
        self.log.flush()
        return (self.tmp / "hub.log").read_text(encoding="utf-8", errors="replace")[-4000:]

    def login(self, name):
        session = requests.Session()
        session.get(f"{self.url}/hub/login", timeout=10)
        xsrf = session.cookies.get("_xsrf", path="/hub/")
        answer = session.post(f"{self.url}/hub/login?next=", data={"username": name, "password": PASSWORD,
                                                                      "_xsrf": xsrf},
                              allow_redirects=False, timeout=20)
        assert answer.status_code == 302, (answer.status_code, answer.text[:300])
        self.sessions[name] = session
        return session

    def api(self, name, method, path, **kwargs):
        session = self.sessions[name]
        headers = {"X-XSRFToken": session.cookies.get("_xsrf", path="/hub/"), "Referer": f"{self.url}/hub/"}
        return session.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs)

    def spawn(self, name):
        answer = self.api(name, "POST", f"/users/{name}/server")
        assert answer.status_code in (201, 202), (answer.status_code, answer.text[:300])

    def wait_ready(self, name):
        def ready():
            model = self.api(name, "GET", f"/users/{name}").json()
            return model["servers"][""]["ready"]
        self._wait(ready, 90, f"{name}'s server")
        answer = self.api(name, "POST", f"/users/{name}/tokens", json={"note": "cxlab test", "expires_in": 900})
        assert answer.status_code == 201, answer.text[:300]
        self.tokens[name] = answer.json()["token"]

    def get(self, path, token, **kwargs):
        return requests.get(f"{self.url}{path}", headers={"Authorization": f"token {token}"}, timeout=30,
                            allow_redirects=False, **kwargs)

    def pull(self, name):
        """What nbgitpuller's page does in the learner's browser: its event stream, until 'finished'."""
        query = {"repo": str(self.upstream), "branch": BRANCH, "targetpath": "cxlab-course"}
        with self.get(f"/user/{name}/git-pull/api", self.tokens[name], params=query, stream=True) as answer:
            assert answer.status_code == 200, answer.status_code
            phases = []
            for line in answer.iter_lines(decode_unicode=True):
                if line.startswith("data: "):
                    event = json.loads(line[6:])
                    phases.append(event.get("phase"))
                    assert event.get("phase") != "error", event
                    if event.get("phase") == "finished":
                        break
        assert phases[-1] == "finished", phases

    def home(self, name) -> Path:
        return self.data / "homes" / name

    def run_cells(self, name, cells, timeout=120):
        """Run code cells one after another in a new kernel of ``name``'s server, through the hub's proxy
        (the server's REST API and the kernel websocket); return each cell's text output."""
        return asyncio.run(self._run_cells(name, cells, timeout))

    async def _run_cells(self, name, cells, timeout):
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        token = self.tokens[name]
        answer = requests.post(f"{self.url}/user/{name}/api/kernels", json={"name": "python3"},
                               headers={"Authorization": f"token {token}"}, timeout=30)
        assert answer.status_code == 201, answer.text[:300]
        kernel = answer.json()["id"]
        url = f"ws://127.0.0.1:{self.port}/user/{name}/api/kernels/{kernel}/channels"
        socket_ = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"}))
        outputs = []
        try:
            session = uuid.uuid4().hex
            for code in cells:
                msg_id = uuid.uuid4().hex
                socket_.write_message(json.dumps({
                    "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": name,
                               "session": session, "date": "", "version": "5.3"},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": True}}))
                text, status, idle = [], None, False
                while status is None or not idle:  # the reply (shell) and the outputs (iopub) arrive apart
                    raw = await asyncio.wait_for(socket_.read_message(), timeout)
                    assert raw is not None, "the kernel's websocket closed"
                    message = json.loads(raw)
                    if message.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind, content = message["msg_type"], message["content"]
                    if kind == "stream":
                        text.append(content["text"])
                    elif kind in ("execute_result", "display_data"):
                        text.append(content["data"].get("text/plain", ""))
                    elif kind == "error":
                        raise AssertionError(f"cell failed in {name}'s kernel: {code[:200]}\n"
                                             f"{content['ename']}: {content['evalue']}")
                    elif kind == "execute_reply":
                        status = content["status"]
                    elif kind == "status" and content["execution_state"] == "idle":
                        idle = True
                assert status == "ok", (code[:200], status)
                outputs.append("".join(text))
        finally:
            socket_.close()
            requests.delete(f"{self.url}/user/{name}/api/kernels/{kernel}",
                            headers={"Authorization": f"token {token}"}, timeout=30)
        return outputs

    def stop(self):
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


def _code_cells(path: Path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hubclass")
    started = Hub(tmp)
    try:
        yield started
    finally:
        started.stop()
        left = []
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            left = _ours(str(tmp))
            if not left:
                break
            time.sleep(0.5)
        for pid in left:  # clean up before failing, so no test leaves a process behind
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        assert not left, f"processes left running after the hub stopped: {left}"


def test_a_class_on_the_hub(hub):
    from cxlab import hub as cxhub

    users = (*LEARNERS, TRAINER)
    from concurrent.futures import ThreadPoolExecutor

    for name in users:  # log in over HTTP (the login form)
        hub.login(name)
    with ThreadPoolExecutor(len(users)) as pool:  # then the three servers start at once
        list(pool.map(hub.spawn, users))
        list(pool.map(hub.wait_ready, users))
    for name in users:
        assert hub.home(name).is_dir()

    # The link the trainer hands out goes through the hub to nbgitpuller in the learner's own server.
    link = cxhub.hub_link(hub.url, lang="zh", module="02_kano", repo=str(hub.upstream), branch=BRANCH)
    page = hub.sessions["ana"].get(link, timeout=30)
    assert page.status_code == 200 and page.url.startswith(f"{hub.url}/user/ana/git-pull?"), page.url
    for name in users:
        hub.pull(name)
        assert (hub.home(name) / "cxlab-course" / "notebooks" / "zh" / "02_kano.ipynb").is_file()

    # ana works through the answer key (every check correct) while ben gets one check wrong, at the same time;
    # meanwhile the trainer's server starts the classroom survey server (jupyter-server-proxy, on first request).
    course = hub.home("ana") / "cxlab-course"
    trainer = hub.tokens[TRAINER]
    prefix = f"/user/{TRAINER}/{cxhub.PROXY}"
    setup = _code_cells(course / "exercises" / "zh" / "02_kano.ipynb")[:2]  # the language, the imports
    with ThreadPoolExecutor(3) as pool:
        classroom = pool.submit(hub.get, f"{prefix}/health", trainer)
        ana_done = pool.submit(hub.run_cells, "ana",
                               _code_cells(course / "exercises" / "answer_keys" / "zh" / "02_kano.ipynb"))
        out = hub.run_cells("ben", [*setup, 'print(q1.check(["A"]).status)',
                                    "from cxlab import hub\n"
                                    "try:\n    hub.fetch_progress()\nexcept cxlab.InputError as e:\n    print(e)"])
        ana_done.result()
        classroom.result()
    assert out[-2].strip() == "wrong"
    assert "custom:cxlab-progress:read" in out[-1]  # a learner's own server may not read the class
    assert (hub.home("ben") / ".local" / "share" / "cxlab" / "progress.jsonl").is_file()  # ben's own copy

    # The trainer's view, from the trainer's own server (its token carries the trainer role's read scope) ...
    out = hub.run_cells(TRAINER, ["from cxlab import hub\n"
                                  "print(hub.progress_table(hub.fetch_progress()).to_json())"])
    table = json.loads(out[0])
    assert {table[q]["ana"] for q in ("kano.q1", "kano.q2", "kano.q3", "kano.q4")} == {"passed"}
    assert table["kano.q1"]["ben"] == "attempted" and table["kano.q2"]["ben"] == ""
    # ... and from the command line with the trainer's token.
    service = f"{hub.url}/services/{cxhub.SERVICE}"
    result = subprocess.run([str(Path(sys.executable).parent / "cxlab"), "--lang", "en", "class-progress",
                             "--url", service, "--token", hub.tokens[TRAINER]],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "ana" in result.stdout and "ben" in result.stdout and "kano.q4" in result.stdout
    assert hub.get(f"/services/{cxhub.SERVICE}/", hub.tokens[TRAINER]).status_code == 200

    # A learner's token opens neither the other learner's server, nor the trainer's, nor the trainer's view.
    ana = hub.tokens["ana"]
    assert hub.get("/user/ana/api/contents", ana).status_code == 200
    for path in ("/user/ben/api/contents", f"/user/{TRAINER}/api/contents", f"/services/{cxhub.SERVICE}/",
                 f"/services/{cxhub.SERVICE}/api/progress", f"/user/{TRAINER}/{cxhub.PROXY}/health"):
        answer = hub.get(path, ana)
        assert answer.status_code in (302, 403), (path, answer.status_code)
        assert answer.status_code == 403 or "/hub/login" in answer.headers.get("Location", "")
    result = subprocess.run([str(Path(sys.executable).parent / "cxlab"), "--lang", "en", "class-progress",
                             "--url", service, "--token", ana], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "trainer role" in result.stderr

    # The classroom survey server behind the hub, in the trainer's server (jupyter-server-proxy).
    hub._wait(lambda: hub.get(f"{prefix}/health", trainer).status_code == 200, 60, "the classroom server")
    home = hub.get(f"{prefix}/", trainer)
    assert home.status_code == 302 and home.headers["Location"].startswith(f"{prefix}/r/")
    form = hub.get(home.headers["Location"], trainer)
    assert form.status_code == 200 and f'action="{prefix}/r/' in form.text

    # The trainer updates the course; ana's edit survives her second pull, and the update arrives.
    notebook = course / "notebooks" / "zh" / "02_kano.ipynb"
    edited = json.loads(notebook.read_text(encoding="utf-8"))
    edited["cells"].insert(0, {"cell_type": "markdown", "metadata": {}, "source": ["ana's own note"]})
    put = requests.put(f"{hub.url}/user/ana/api/contents/cxlab-course/notebooks/zh/02_kano.ipynb",
                       json={"type": "notebook", "format": "json", "content": edited},
                       headers={"Authorization": f"token {ana}"}, timeout=30)
    assert put.status_code == 200, put.text[:300]
    (hub.upstream / "notebooks" / "zh" / "NEWS.md").write_text("Module 8 is out.\n", encoding="utf-8")
    _git("add", "notebooks/zh/NEWS.md", cwd=hub.upstream)
    _git("commit", "--quiet", "-m", "news for the class", cwd=hub.upstream)
    hub.pull("ana")
    assert "ana's own note" in notebook.read_text(encoding="utf-8")
    assert (course / "notebooks" / "zh" / "NEWS.md").read_text(encoding="utf-8") == "Module 8 is out.\n"
