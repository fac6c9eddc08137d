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
