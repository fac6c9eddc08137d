"""Shared fixtures: a fixed language per test, figures closed after every test, the Agg backend, a fixed seed.

The notebook tests go last, and the notebooks they need start executing in the background as soon as collection is
done (``test_notebooks.start_executions``), so on two cores the executions overlap the rest of the suite.
"""
from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def pytest_collection_modifyitems(session, config, items):
    """Notebook tests last (stable order otherwise): their executions run in the background meanwhile."""
    items.sort(key=lambda item: item.get_closest_marker("notebook") is not None)


def pytest_collection_finish(session):
    modules = {item.module for item in session.items if item.get_closest_marker("notebook") is not None}
    runner = next((m for m in modules if hasattr(m, "start_executions")), None)
    if runner is not None:
        factory = getattr(session.config, "_tmp_path_factory", None)
        out_dir = factory.mktemp("executed") if factory is not None else Path(tempfile.mkdtemp(prefix="executed"))
        runner.start_executions(session.items, out_dir)


def pytest_sessionfinish(session, exitstatus):
    modules = {item.module for item in session.items if hasattr(item, "module")}
    for module in modules:
        if hasattr(module, "stop_executions"):
            module.stop_executions()


@pytest.fixture(autouse=True)
def _isolate():
    """Each test starts in Chinese (the kit's default), with seeded randomness, and closes its figures."""
    import numpy as np

    import cxlab

    cxlab.set_language("zh")
    random.seed(0)
    np.random.seed(0)
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
    cxlab.set_language("zh")


@pytest.fixture(params=["zh", "en"])
def lang(request):
    """Run a test once per language."""
    import cxlab

    cxlab.set_language(request.param)
    return request.param


@pytest.fixture
def root():
    return ROOT


@pytest.fixture
def corpus():
    return CORPUS
