"""JupyterLab set-up for the kit: the settings the course needs and notebooks that open unmodified.

Two things a trainer meets in JupyterLab that the notebook files alone cannot fix:

* **Widget state.** A notebook reopened after its explorers ran shows "Error displaying widget: model not found"
  unless the widget manager saved the widgets' state into the notebook when it was saved. That is the
  ``saveState`` setting of the ``@jupyter-widgets/jupyterlab-manager:plugin`` settings schema (default off).
  :func:`ensure_settings` turns it on for the kit's environment with a JupyterLab settings override — its own file
  ``<app dir>/settings/overrides.d/cxlab.json``, which jupyterlab_server reads before the user's own
  ``overrides.json`` and the user's settings, so a choice the user made there still wins and nothing of theirs is
  rewritten. ``make setup`` (``python -m cxlab.labsetup``), ``cxlab lab`` and ``cxlab doctor`` call it.
* **The modified mark on open.** When a notebook's kernel starts, JupyterLab copies the kernel's
  ``language_info`` into the notebook's metadata; if it differs from the file, the notebook is marked modified
  (●) at once and autosave writes it. ``tools/nbbuild.py`` writes everything ipykernel reports except the Python
  version, which differs between machines. :class:`CourseContentsManager` (the Jupyter server's file manager for
  ``cxlab lab``; ``make setup`` makes it the default of the kit's environment) hands such notebooks to JupyterLab
  with this Python's version filled in, and saves them back without it, so the file stays as the builder wrote
  it. Notebooks that carry a version of their own are passed through untouched.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import files

__all__ = ["WIDGET_PLUGIN", "SETTINGS", "CONTENTS_MANAGER", "python_version", "settings_file", "server_config_file",
           "read_settings", "ensure_settings", "ensure_server_config", "with_python_version",
           "without_python_version", "CourseContentsManager"]

#: The widget manager's settings schema id (jupyterlab_widgets' ``schemas/.../plugin.json``).
WIDGET_PLUGIN = "@jupyter-widgets/jupyterlab-manager:plugin"
#: The settings the kit turns on, by settings schema id.
SETTINGS = {WIDGET_PLUGIN: {"saveState": True}}
#: The import name of the contents manager (``--ServerApp.contents_manager_class``).
CONTENTS_MANAGER = "cxlab.labsetup.CourseContentsManager"
_FILE = "cxlab.json"


def python_version() -> str:
    """The version ipykernel reports in ``language_info`` (``sys.version.split()[0]``, e.g. ``'3.11.2'``)."""
    return sys.version.split()[0]


def _app_dir(app_dir=None) -> Path:
    if app_dir is not None:
        return Path(app_dir)
    try:
        from jupyterlab.commands import get_app_dir
        return Path(get_app_dir())
    except Exception:  # JupyterLab not importable: its default place
        return Path(sys.prefix) / "share" / "jupyter" / "lab"


def settings_file(app_dir=None) -> Path:
    """Where the kit's settings override lives: ``<JupyterLab app dir>/settings/overrides.d/cxlab.json`` (the app
    dir is ``{sys.prefix}/share/jupyter/lab`` unless ``JUPYTERLAB_DIR`` says otherwise)."""
    return _app_dir(app_dir) / "settings" / "overrides.d" / _FILE


def server_config_file(prefix=None) -> Path:
    """The Jupyter server configuration of the kit's environment: ``{prefix}/etc/jupyter/jupyter_server_config.json``
    (the server reads only extension switches from ``jupyter_server_config.d``, so the setting is merged into this
    file, keeping whatever else it holds)."""
    return Path(prefix or sys.prefix) / "etc" / "jupyter" / "jupyter_server_config.json"


def _load(path: Path) -> dict | None:
    """The JSON object in ``path``: ``{}`` when there is no file, None when it is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _merge(base: dict, wanted: dict) -> dict:
    merged = dict(base)
    for key, value in wanted.items():
        merged[key] = _merge(merged.get(key) if isinstance(merged.get(key), dict) else {}, value) \
            if isinstance(value, dict) else value
    return merged


def _write(path: Path, wanted: dict) -> str:
    """Merge ``wanted`` into the JSON object in ``path`` (other keys kept), write atomically; 'written',
    'unchanged' or 'kept' (the file is not a JSON object: left alone)."""
    current = _load(path)
    if current is None:
        return "kept"
    merged = _merge(current, wanted)
    if path.exists() and merged == current:
        return "unchanged"
    files.write_text(path, json.dumps(merged, indent=2, sort_keys=True) + "\n", mkdir=True)
    return "written"


def read_settings(app_dir=None) -> dict:
    """The settings overrides JupyterLab will apply from the app dir — ``overrides.d/*.json`` in name order, then
    the user's ``overrides.json`` — merged as jupyterlab_server merges them."""
    folder = _app_dir(app_dir) / "settings"
    merged: dict = {}
    for path in sorted((folder / "overrides.d").glob("*.json")) + [folder / "overrides.json"]:
        merged = _merge(merged, _load(path) or {})
    return merged


def ensure_settings(app_dir=None) -> str:
    """Write the kit's JupyterLab settings (:data:`SETTINGS`) into :func:`settings_file`, keeping anything else in
    that file; the write is atomic. Returns 'written', 'unchanged' or 'kept' (the file is not valid JSON and is
    left as it is).

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> ensure_settings(folder), ensure_settings(folder)
    ('written', 'unchanged')
    >>> read_settings(folder)[WIDGET_PLUGIN]
    {'saveState': True}
    """
    return _write(settings_file(app_dir), SETTINGS)


def ensure_server_config(prefix=None) -> str:
    """Make :class:`CourseContentsManager` the Jupyter server's contents manager in the environment ``prefix``
    (default: this one), merged into :func:`server_config_file` atomically. Returns like :func:`ensure_settings`."""
    return _write(server_config_file(prefix), {"ServerApp": {"contents_manager_class": CONTENTS_MANAGER}})


def _builder_info(nb) -> dict | None:
    """The notebook's ``language_info`` when it is in the builder's form: Python, no version."""
    try:
        info = nb["metadata"]["language_info"]
    except (KeyError, TypeError):
        return None
    if isinstance(info, dict) and info.get("name") == "python" and "version" not in info:
        return info
    return None


def with_python_version(nb) -> bool:
    """Fill in this Python's version in a builder-written notebook's ``language_info`` (in place); True if it did.

    Examples
    --------
    >>> nb = {"metadata": {"language_info": {"name": "python"}}}
    >>> with_python_version(nb), nb["metadata"]["language_info"]["version"] == python_version()
    (True, True)
    >>> with_python_version(nb)
    False
    """
    info = _builder_info(nb)
    if info is None:
        return False
    info["version"] = python_version()
    return True


def without_python_version(nb) -> bool:
    """Remove ``language_info.version`` (in place) when it is this Python's; True if it did."""
    try:
        info = nb["metadata"]["language_info"]
    except (KeyError, TypeError):
        return False
    if isinstance(info, dict) and info.get("name") == "python" and info.get("version") == python_version():
        del info["version"]
        return True
    return False


try:
    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager as _Base
except Exception:  # no Jupyter server here: nothing to serve
    _Base = None

if _Base is not None:
    class CourseContentsManager(_Base):
        """Jupyter's file contents manager, with builder-written notebooks (``language_info`` without a version)
        shown with this Python's version and saved back without it (see the module's docstring)."""

        async def get(self, path, content=True, type=None, format=None, **kwargs):
            model = await super().get(path, content=content, type=type, format=format, **kwargs)
            if model.get("type") == "notebook" and model.get("content"):
                with_python_version(model["content"])
            return model

        async def save(self, model, path=""):
            if model.get("type") == "notebook" and model.get("content") and self._builder_form(path):
                without_python_version(model["content"])
            return await super().save(model, path)

        def _builder_form(self, path) -> bool:
            try:
                with open(self._get_os_path(path.strip("/")), encoding="utf-8") as handle:
                    return _builder_info(json.load(handle)) is not None
            except (OSError, ValueError):
                return False
else:  # pragma: no cover
    CourseContentsManager = None


def main(argv=None) -> int:
    """``python -m cxlab.labsetup``: write the kit's JupyterLab settings and server configuration for this
    environment (what ``make setup`` runs); prints one line per file."""
    from .i18n import t

    for path, outcome in ((settings_file(), _safe(ensure_settings)), (server_config_file(), _safe(ensure_server_config))):
        print(t(f"labsetup.{outcome}", file=path) if outcome in ("written", "unchanged", "kept")
              else t("labsetup.failed", file=path, error=outcome))
    return 0


def _safe(function) -> str:
    try:
        return function()
    except OSError as error:
        return str(error)


if __name__ == "__main__":
    raise SystemExit(main())
