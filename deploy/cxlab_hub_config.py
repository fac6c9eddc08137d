# cxlab's part of a JupyterHub configuration: the class-progress service, the trainer role, and what every
# learner's server is told. Loaded by deploy/jupyterhub_config.py (one server), copied into The Littlest
# JupyterHub's /opt/tljh/config/jupyterhub_config.d/, or mounted into Zero to JupyterHub's hub pod
# (deploy/z2jh-values.yaml). It sets nothing about logins, spawners or ports.
#
# The access model (JupyterHub roles and scopes, https://jupyterhub.readthedocs.io/en/stable/rbac/):
# * the hub service "cxlab-progress" keeps a record of every exercise check a learner runs (exercise, check,
#   verdict, time — never the answer). It takes the learner's name from the hub, from the token of the learner's
#   own server, so a learner can add records for themselves only;
# * every user may use the service ("access:services!service=cxlab-progress" in the user role, and in the
#   server role, so the token inside a learner's server can post its owner's records);
# * reading the class's records needs the custom scope custom:cxlab-progress:read, which only the "trainer"
#   role holds (users listed in $CXLAB_TRAINERS, default "trainer"; more can be added with the hub's admin page
#   by putting them in the group "trainers"). The server role lists it too, so the trainer's own server can run
#   `cxlab class-progress`; a token never has more than its owner, so a learner's server does not get it.
import os
import sys

c = get_config()  # noqa: F821 — provided by JupyterHub when it loads this file

SERVICE = "cxlab-progress"
READ_SCOPE = "custom:cxlab-progress:read"
ACCESS = f"access:services!service={SERVICE}"
# Where the service listens, and the address the learners' servers post to (directly, not through the proxy).
service_url = os.environ.get("CXLAB_PROGRESS_SERVICE_URL", "http://127.0.0.1:10110")
progress_db = os.environ.get("CXLAB_PROGRESS_DB", "/srv/cxlab/progress.sqlite")
trainers = [name.strip() for name in os.environ.get("CXLAB_TRAINERS", "trainer").split(",") if name.strip()]
python = os.environ.get("CXLAB_SERVICE_PYTHON", sys.executable)  # a Python with cxlab and jupyterhub

services = list(c.JupyterHub.services) if isinstance(c.JupyterHub.services, list) else []
service = next((entry for entry in services if entry.get("name") == SERVICE), None)
if service is None:  # else keep what is there (Zero to JupyterHub's entry carries the generated api_token)
    service = {"name": SERVICE}
    services.append(service)
service.update({"url": service_url, "display": True, "oauth_no_confirm": True})
if os.environ.get("CXLAB_PROGRESS_EXTERNAL") != "1":  # hub-managed: the hub starts and stops it
    service["command"] = [python, "-m", "cxlab.hub", "progress-service", "--db", progress_db]
    service["environment"] = {"CXLAB_PROGRESS_DB": progress_db}
c.JupyterHub.services = services

c.JupyterHub.custom_scopes = {
    READ_SCOPE: {"description": "Read every learner's cxlab exercise records (the class progress)."},
}
c.JupyterHub.load_roles = [
    {"name": "user", "scopes": ["self", ACCESS]},
    {"name": "server", "scopes": ["users:activity!user", "access:servers!server", ACCESS, READ_SCOPE]},
    {"name": "trainer", "description": "cxlab trainer: reads the class progress",
     "scopes": [READ_SCOPE, ACCESS, "read:users:name"], "users": trainers, "groups": ["trainers"]},
]
c.JupyterHub.load_groups = {"trainers": {"users": trainers}}

# Every server learns where to post its records (cxlab.hub.record_check) and where the course is cloned.
environment = dict(c.Spawner.environment) if isinstance(c.Spawner.environment, dict) else {}
environment.setdefault("CXLAB_PROGRESS_URL", f"{service_url.rstrip('/')}/services/{SERVICE}")
c.Spawner.environment = environment
c.Spawner.default_url = "/lab"
