"""cxlab — a Jupyter training and workshop kit for customer-experience management, in Chinese and English.

>>> import cxlab
>>> cxlab.set_language("en")
'en'
>>> cxlab.get_language()
'en'

The model modules (``cxlab.kano``, ``cxlab.damage`` …) are imported lazily on first attribute access, so
``import cxlab`` stays fast and does not pull in matplotlib or ipywidgets.
"""
from __future__ import annotations

import importlib

from .i18n import get_language, set_language, t

__version__ = "0.1.0"


class InputError(ValueError):
    """Bad input from a person: the message says what is wrong and what would be accepted,
    in the current language (file, row, column and value where there are such)."""


_LAZY = {
    "i18n", "style", "datasets", "surveys", "exercises", "widgets", "cli", "course",
    "kano", "servqual", "pyramid", "journey", "damage", "returns", "value", "handouts",
}

__all__ = ["__version__", "InputError", "set_language", "get_language", "t", *sorted(_LAZY)]


def __getattr__(name):
    if name in _LAZY:
        module = importlib.import_module(f".{name}", __name__)
        globals()[name] = module
        return module
    raise AttributeError(f"module 'cxlab' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _LAZY)
