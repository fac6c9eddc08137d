"""The course's sample datasets: ``names()``, ``load(name)``, ``describe(name)``.

The CSV files live in the repository's ``data/`` folder, which is installed as the package ``cxlab.data``
and read with :mod:`importlib.resources`, so loading works the same from a clone, an editable install and a
plain ``pip install .``. Every file is produced by a seeded generator in ``cxlab/_datagen/`` (run
``python -m cxlab._datagen`` to rewrite them, ``--check`` to compare byte for byte); ``data/README.md`` is the
data dictionary, written by the same command from the catalog entries ``datasets.<name>.*``.

Examples
--------
>>> from cxlab import datasets
>>> "kano_hotel_app" in datasets.names()        # doctest: +SKIP
True
>>> datasets.load("kano_hotel_app").shape        # doctest: +SKIP
(4200, 5)
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import pandas as pd

from .i18n import LANGUAGES, get_language, has, t

__all__ = ["names", "load", "describe", "Description"]


def _folder():
    return resources.files("cxlab.data")


def names() -> list:
    """The names of the bundled datasets, sorted."""
    return sorted(p.name[:-4] for p in _folder().iterdir() if p.name.endswith(".csv"))


def _check(name) -> str:
    available = names()
    if not isinstance(name, str) or name not in available:
        from ._check import error

        raise error("core.error.unknown_dataset", value=name, accepted=", ".join(available))
    return name


def load(name: str) -> pd.DataFrame:
    """Read a bundled dataset as a DataFrame (column names English snake_case, as documented).

    Raises
    ------
    cxlab.InputError
        When there is no dataset of that name (the message lists the ones there are).
    """
    name = _check(name)
    with _folder().joinpath(f"{name}.csv").open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle, keep_default_na=True)


@dataclass
class Description:
    """A data-dictionary entry: what the dataset is, its columns, where it comes from."""

    name: str
    title: str
    description: str
    case: str
    source: str
    columns: pd.DataFrame  # column, meaning
    rows: int

    def _repr_markdown_(self):
        lines = [f"### {self.title} (`{self.name}`)", "", self.description, "",
                 f"**{t('datasets.label.case')}**: {self.case}", "",
                 f"**{t('datasets.label.source')}**: {self.source}", "",
                 f"**{t('datasets.label.rows')}**: {self.rows}", "",
                 f"| {t('datasets.label.column')} | {t('datasets.label.meaning')} |", "|---|---|"]
        lines += [f"| `{c}` | {m} |" for c, m in zip(self.columns["column"], self.columns["meaning"])]
        return "\n".join(lines)

    def __str__(self):
        width = max(len(c) for c in self.columns["column"])
        body = "\n".join(f"  {c:<{width}}  {m}" for c, m in zip(self.columns["column"], self.columns["meaning"]))
        return (f"{self.title} ({self.name})\n{self.description}\n{t('datasets.label.case')}: {self.case}\n"
                f"{t('datasets.label.source')}: {self.source}\n{t('datasets.label.rows')}: {self.rows}\n{body}")


def describe(name: str, lang: str | None = None) -> Description:
    """The data-dictionary entry of a dataset in the current language (or ``lang``)."""
    name = _check(name)
    if lang is not None and (not isinstance(lang, str) or lang not in LANGUAGES):
        from ._check import error

        raise error("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES))
    lang = lang or get_language()
    frame = load(name)
    prefix = f"datasets.{name}"
    meanings = [t(f"{prefix}.columns.{c}", lang=lang) if has(f"{prefix}.columns.{c}", lang) else ""
                for c in frame.columns]
    return Description(
        name=name,
        title=t(f"{prefix}.title", lang=lang),
        description=t(f"{prefix}.description", lang=lang),
        case=t(f"{prefix}.case", lang=lang),
        source=t(f"{prefix}.source", lang=lang),
        columns=pd.DataFrame({"column": list(frame.columns), "meaning": meanings}),
        rows=len(frame),
    )
