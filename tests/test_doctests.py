"""Every example in the kit's docstrings runs and shows what it says (the examples are the first thing a trainer
or developer copies): each module's doctests, in its own test, in the kit's default language."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cxlab

MODULES = sorted(m.name for m in pkgutil.walk_packages(cxlab.__path__, "cxlab.")
                 if not m.name.startswith("cxlab._datagen") and not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_the_docstrings_hold(name):
    import matplotlib.pyplot as plt

    module = importlib.import_module(name)
    before = cxlab.get_language()
    cxlab.set_language("zh")
    try:
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False)
    finally:
        cxlab.set_language(before)
        plt.close("all")
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples of {name} failed (run pytest -s)"
