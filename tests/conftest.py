"""Shared fixtures: a fixed language per test, figures closed after every test, the Agg backend, a fixed seed."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


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
