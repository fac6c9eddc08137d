"""Notebooks written by tools/nbbuild.py open unmodified in JupyterLab.

Measured in JupyterLab 4.6 (headless Chromium): on open, once the kernel has started, JupyterLab sets the
notebook's ``kernelspec`` and ``language_info`` from the kernel; if they differ from the file, the notebook is
marked modified (●) and autosave writes it. Saving re-serialises the notebook with nbformat. So a notebook opens
unmodified when (1) nbformat reads and writes it back byte for byte, with nothing to normalise (4.5, cell ids),
and (2) its metadata already equals what the kernel reports. The kernel's Python version is the one
machine-dependent field: the builder leaves it out, and ``cxlab lab`` / ``cxlab practice`` add the running
Python's version to the copies they put in the workspace — the copies are the notebooks JupyterLab opens.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import nbformat
import pytest
from nbformat.validator import normalize

from cxlab import cli

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(ROOT.glob("notebooks/*/*.ipynb")) + sorted(ROOT.glob("exercises/*/*.ipynb")) \
    + sorted(ROOT.glob("exercises/answer_keys/*/*.ipynb"))


def _nbbuild():
    spec = importlib.util.spec_from_file_location("nbbuild", ROOT / "tools" / "nbbuild.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kernel_language_info() -> dict:
    from ipykernel.ipkernel import IPythonKernel

    return json.loads(json.dumps(IPythonKernel.language_info))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_nbformat_writes_the_notebook_back_byte_for_byte(path):
    """What Jupyter's save writes for an unchanged notebook is the file itself; nothing is normalised."""
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
    assert (nb.nbformat, nb.nbformat_minor) == (4, 5)
    assert nbformat.writes(nb, version=nbformat.NO_CONVERT) + "\n" == text
    changes, _ = normalize(nbformat.reads(text, as_version=4))
    assert changes == 0
    assert all(cell.get("id") for cell in nb.cells)


def test_metadata_is_what_the_kernel_reports_but_the_python_version():
    """kernelspec and language_info equal ipykernel's, except the version, which the copies add."""
    from jupyter_client.kernelspec import KernelSpecManager

    builder = _nbbuild()
    info = _kernel_language_info()
    version = info.pop("version")
    assert builder.LANGUAGE_INFO == info
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert builder.KERNELSPEC == {"display_name": spec.display_name, "language": spec.language, "name": "python3"}
    for path in NOTEBOOKS:
        meta = json.loads(path.read_text(encoding="utf-8"))["metadata"]
        assert meta == {"kernelspec": builder.KERNELSPEC, "language_info": builder.LANGUAGE_INFO}, path
    copied = json.loads(cli.for_this_kernel(NOTEBOOKS[0].read_bytes()))
    assert copied["metadata"]["language_info"] == {**info, "version": version}


def test_the_workspace_copy_is_what_jupyterlab_would_save(tmp_path):
    """A notebook `cxlab lab` copies is already in the form JupyterLab gives it on open (so it is not marked
    modified), and the copy is still recognised as untouched on the next run."""
    results = cli.course_copy("en", tmp_path, home=ROOT)
    assert {r.action for r in results} == {"copied"}
    for path in (tmp_path / "course" / "en").glob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
        assert nb.metadata.language_info == _kernel_language_info()
        assert nbformat.writes(nb, version=nbformat.NO_CONVERT) + "\n" == text
    assert {r.action for r in cli.course_copy("en", tmp_path, home=ROOT)} == {"unchanged"}


def test_for_this_kernel_leaves_other_files_alone():
    assert cli.for_this_kernel(b"not json") == b"not json"
    plain = json.dumps({"cells": [], "nbformat": 4}).encode()
    assert cli.for_this_kernel(plain) == plain


def test_facts_fill_the_texts_and_none_is_left_unfilled():
    """``{=name}`` in a source's texts is filled from its FACTS (the 02 KANO numbers come from the model); no built
    notebook keeps a placeholder."""
    builder = _nbbuild()
    assert builder.fill("A = {=a}, {=a} + {=b}", {"a": 9, "b": "47"}) == "A = 9, 9 + 47"
    with pytest.raises(KeyError):
        builder.fill("{=missing}", {})
    cells = builder.cells_of(ROOT / "notebooks" / "src" / "02_kano.py")
    texts = [c["text"][lang] for c in cells if c["kind"] in ("md", "trainer") for lang in ("zh", "en")]
    assert not any("{=" in text for text in texts)
    joined = "\n".join(texts)
    assert "Better = (9 + 47) / 226 = 0.25" in joined and "只差三票" in joined and "by three answers" in joined
    for path in NOTEBOOKS:
        assert "{=" not in path.read_text(encoding="utf-8"), path


# -- the kit's JupyterLab set-up (cxlab.labsetup) ------------------------------------------------------------------
def test_the_settings_override_turns_widget_state_saving_on_and_keeps_what_is_there(tmp_path):
    """saveState (the widget manager's setting: "model not found" on reopen without it) is written into the kit's
    own overrides.d file, merged with what that file holds; the user's overrides.json is never written and still
    wins; a file that is not JSON is left alone."""
    from cxlab import labsetup

    path = labsetup.settings_file(tmp_path)
    assert path == tmp_path / "settings" / "overrides.d" / "cxlab.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
                                labsetup.WIDGET_PLUGIN: {"other": 1}}), encoding="utf-8")
    assert labsetup.ensure_settings(tmp_path) == "written"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data[labsetup.WIDGET_PLUGIN] == {"other": 1, "saveState": True}
    assert data["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert labsetup.ensure_settings(tmp_path) == "unchanged"
    assert not list(path.parent.glob(".*tmp"))
    user = tmp_path / "settings" / "overrides.json"
    user.write_text(json.dumps({labsetup.WIDGET_PLUGIN: {"saveState": False}}), encoding="utf-8")
    assert labsetup.read_settings(tmp_path)[labsetup.WIDGET_PLUGIN]["saveState"] is False
    path.write_text("{not json", encoding="utf-8")
    assert labsetup.ensure_settings(tmp_path) == "kept" and path.read_text(encoding="utf-8") == "{not json"


def test_jupyterlab_server_reads_the_override(tmp_path):
    """What jupyterlab_server itself merges from the app dir's settings folder holds saveState = true."""
    from jupyterlab_server.settings_utils import _get_overrides

    from cxlab import labsetup

    labsetup.ensure_settings(tmp_path)
    overrides, error = _get_overrides(str(tmp_path / "settings"))
    assert not error and overrides[labsetup.WIDGET_PLUGIN]["saveState"] is True


def test_the_server_config_names_the_contents_manager_and_keeps_other_settings(tmp_path):
    from cxlab import labsetup

    path = labsetup.server_config_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"ServerApp": {"port": 9999}, "NotebookApp": {}}), encoding="utf-8")
    assert labsetup.ensure_server_config(tmp_path) == "written"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "ServerApp": {"port": 9999, "contents_manager_class": labsetup.CONTENTS_MANAGER}, "NotebookApp": {}}
    assert labsetup.ensure_server_config(tmp_path) == "unchanged"


def test_the_contents_manager_serves_kit_notebooks_as_the_kernel_will_and_saves_them_back_unchanged(tmp_path):
    """A builder-written notebook is served with this Python's version (what JupyterLab sets on open, so it is not
    marked modified) and saved back without it (the file stays the builder's); others pass through."""
    import asyncio

    from cxlab import labsetup

    kit = NOTEBOOKS[0]
    (tmp_path / "kit.ipynb").write_bytes(kit.read_bytes())
    (tmp_path / "own.ipynb").write_bytes(cli.for_this_kernel(kit.read_bytes()).replace(
        labsetup.python_version().encode(), b"3.0.1"))
    manager = labsetup.CourseContentsManager(root_dir=str(tmp_path))

    async def roundtrip():
        served = await manager.get("kit.ipynb")
        assert served["content"]["metadata"]["language_info"] == _kernel_language_info()
        await manager.save({"type": "notebook", "format": "json", "content": served["content"]}, "kit.ipynb")
        own = await manager.get("own.ipynb")
        assert own["content"]["metadata"]["language_info"]["version"] == "3.0.1"
        await manager.save({"type": "notebook", "format": "json", "content": own["content"]}, "own.ipynb")

    asyncio.run(roundtrip())
    assert (tmp_path / "kit.ipynb").read_bytes() == kit.read_bytes()
    assert b'"version": "3.0.1"' in (tmp_path / "own.ipynb").read_bytes()


def test_cxlab_lab_uses_the_contents_manager_and_doctor_checks_the_setting(monkeypatch, tmp_path):
    from types import SimpleNamespace

    from cxlab import labsetup

    cmd = cli.lab_command(SimpleNamespace(lang="en", no_browser=True, port=None, ip=None, dir=str(tmp_path),
                                          home=None))
    assert f"--ServerApp.contents_manager_class={labsetup.CONTENTS_MANAGER}" in cmd
    monkeypatch.setattr(labsetup, "_app_dir", lambda app_dir=None: tmp_path)
    check = cli.check_lab_settings()
    assert check.ok and (tmp_path / "settings" / "overrides.d" / "cxlab.json").is_file()
    (tmp_path / "settings" / "overrides.json").write_text(
        json.dumps({labsetup.WIDGET_PLUGIN: {"saveState": False}}), encoding="utf-8")
    check = cli.check_lab_settings()
    assert not check.ok and "overrides.json" in check.fix
