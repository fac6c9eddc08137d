# JupyterHub on one server for a cxlab class (the set-up of The Littlest JupyterHub, written out):
# the kit and the hub extra installed in ONE Python environment the learners' servers run in, the CJK font on the
# server (tools/apt.txt), each learner a system user with their own home, nbgitpuller links for the course
# (`cxlab hub-link`), the class-progress service and the trainer role (deploy/cxlab_hub_config.py).
#
#   sudo bash tools/setup.sh                      # system packages, .venv with cxlab[test,hub], the proxy (npm)
#   sudo .venv/bin/jupyterhub -f deploy/jupyterhub_config.py
#
# Settings come from the environment, so the same file serves a real class and the tests:
#   CXLAB_HUB_IP / CXLAB_HUB_PORT   where the hub listens (default 0.0.0.0:8000; put HTTPS in front of it)
#   CXLAB_HUB_DATA                  the hub's state: its database, cookie secret, the progress records
#                                   (default /srv/cxlab)
#   CXLAB_TRAINERS                  the trainers' user names, comma separated (default "trainer")
#   CXLAB_HUB_USERS                 the learners allowed to log in, comma separated (default: any system user)
#   CXLAB_HUB_DEMO=1                a trial without system users: any name logs in with the shared password
#                                   $CXLAB_HUB_PASSWORD (DummyAuthenticator) and every server runs as the hub's
#                                   own user, in a home folder of its own under $CXLAB_HUB_DATA/homes/<name>
#                                   (SimpleLocalProcessSpawner). Never for a real class: no isolation.
import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821 — provided by JupyterHub when it loads this file
here = Path(__file__).resolve().parent
root = here.parent
data = Path(os.environ.get("CXLAB_HUB_DATA", "/srv/cxlab"))
data.mkdir(parents=True, exist_ok=True)
os.environ.setdefault("CXLAB_PROGRESS_DB", str(data / "progress.sqlite"))

c.JupyterHub.ip = os.environ.get("CXLAB_HUB_IP", "0.0.0.0")
c.JupyterHub.port = int(os.environ.get("CXLAB_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ.get("CXLAB_HUB_API_PORT", "8081"))
c.JupyterHub.db_url = f"sqlite:///{data / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(data / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(data / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(data / "jupyterhub-proxy.pid")
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('CXLAB_HUB_PROXY_API_PORT', '8001')}"
# The proxy from npm: the project-local copy tools/setup.sh installs, else one on PATH.
local_proxy = root / ".hub" / "node_modules" / ".bin" / "configurable-http-proxy"
c.ConfigurableHTTPProxy.command = [str(local_proxy) if local_proxy.exists()
                                   else shutil.which("configurable-http-proxy") or "configurable-http-proxy"]

# The learners' servers run the Python environment the hub runs in (the one with cxlab installed).
bin_dir = Path(sys.executable).parent
c.Spawner.cmd = [str(bin_dir / "jupyterhub-singleuser")]
c.Spawner.environment = {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}"}
c.Spawner.http_timeout = 60
c.Spawner.start_timeout = 90

if os.environ.get("CXLAB_HUB_DEMO") == "1":
    from jupyterhub.auth import DummyAuthenticator
    from jupyterhub.spawner import SimpleLocalProcessSpawner

    password = os.environ.get("CXLAB_HUB_PASSWORD", "")
    if not password:
        raise SystemExit("CXLAB_HUB_DEMO=1 needs a shared password in $CXLAB_HUB_PASSWORD.")
    c.JupyterHub.authenticator_class = DummyAuthenticator
    c.DummyAuthenticator.password = password
    c.Authenticator.allow_all = True
    c.JupyterHub.spawner_class = SimpleLocalProcessSpawner
    c.SimpleLocalProcessSpawner.home_dir_template = str(data / "homes" / "{username}")
    if os.getuid() == 0:  # a trial in a container as root: the servers run as root too (Jupyter asks to be told)
        c.Spawner.args = ["--allow-root"]
else:  # system users (PAM), each server started as its user in their home (LocalProcessSpawner)
    c.JupyterHub.authenticator_class = "pam"
    c.LocalAuthenticator.create_system_users = True
    users = {name.strip() for name in os.environ.get("CXLAB_HUB_USERS", "").split(",") if name.strip()}
    if users:
        c.Authenticator.allowed_users = users
    else:
        c.Authenticator.allow_all = True
# Trainers read the class progress through their role (cxlab_hub_config.py); they need not be hub admins.
# An IT admin who manages users on the hub's admin page is listed in $CXLAB_HUB_ADMINS.
c.Authenticator.admin_users = {name.strip() for name in os.environ.get("CXLAB_HUB_ADMINS", "").split(",")
                               if name.strip()}

load_subconfig(str(here / "cxlab_hub_config.py"))  # noqa: F821 — the service, the trainer role, the scopes
