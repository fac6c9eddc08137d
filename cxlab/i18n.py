"""Language switch and the zh/en message catalog.

Every learner-facing term, label and message in cxlab comes from here. There is one catalog per language;
for the sake of people editing it, each language's catalog is kept in several JSON files under
``cxlab/locales/<lang>/`` (one file per room of the house: ``core.json``, ``kano.json`` ...). They are merged
into one flat dictionary when first used; the same key in two files is an error, so a room can never silently
change another room's text.

Keys are dotted (``"kano.category.A"``). Values are ``str.format`` templates.

The glossary: one term per concept
----------------------------------
Any room file may add entries under ``glossary.<id>``, in both languages, with the fields ``term`` (the one form
used everywhere: text, charts, exercises), ``definition`` (one sentence), optionally ``avoid`` (variants that must
not appear, separated by ``|``) and ``aside`` (exact phrases, separated by ``|``, in which a variant may be
mentioned once, e.g. "也有人译作“客户生命周期价值”"); ``avoid`` and ``aside`` may be given in one language only.
:func:`glossary` returns them as a table;
``tests/test_glossary.py`` scans every catalog text and every notebook for the ``avoid`` variants.

Examples
--------
>>> from cxlab import i18n
>>> i18n.set_language("en")
'en'
>>> i18n.t("core.language_name")
'English'
>>> i18n.set_language("zh")
'zh'
>>> i18n.t("core.language_name")
'中文'
"""
from __future__ import annotations

import json
import os
import string
from functools import lru_cache
from importlib import resources

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "set_language", "get_language", "t", "has", "catalog", "keys",
           "glossary", "one_language"]

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

_state = {"lang": None}


def _normalise(lang) -> str:
    """Map 'zh', 'zh_CN', 'zh-Hans', 'EN', 'en_US.UTF-8' … to 'zh' or 'en'; None for anything else."""
    if not isinstance(lang, str):
        return None
    code = lang.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


def get_language() -> str:
    """The current language: the last :func:`set_language`, else ``$CXLAB_LANG``, else ``'zh'``."""
    if _state["lang"] is None:
        _state["lang"] = _normalise(os.environ.get("CXLAB_LANG", "")) or DEFAULT_LANGUAGE
    return _state["lang"]


def set_language(lang: str) -> str:
    """Switch every message, label and chart text to ``lang`` (``'zh'`` or ``'en'``) and return it.

    Raises
    ------
    cxlab.InputError
        When ``lang`` is not a language the kit has.
    """
    code = _normalise(lang)
    if code is None:
        from ._check import error

        raise error("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES))
    _state["lang"] = code
    return code


def catalog(lang: str) -> dict:
    """The merged catalog of one language as a flat ``{key: template}`` dictionary.

    Raises
    ------
    cxlab.InputError
        When ``lang`` is not one of :data:`LANGUAGES`.
    """
    if not isinstance(lang, str) or lang not in LANGUAGES:
        _bad_language(lang)
    return _catalog(lang)


@lru_cache(maxsize=None)
def _catalog(lang: str) -> dict:
    merged: dict[str, str] = {}
    origin: dict[str, str] = {}
    folder = resources.files("cxlab.locales").joinpath(lang)
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        for key, value in _flatten(data):
            if key in merged:
                raise RuntimeError(
                    f"catalog key {key!r} is defined twice for {lang!r}: in {origin[key]} and {entry.name}"
                )
            merged[key] = value
            origin[key] = entry.name
    return merged


def _flatten(data, prefix=""):
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, full + ".")
        elif isinstance(value, list):  # a paragraph may be written as a list of lines
            yield full, "\n".join(value)
        else:
            yield full, str(value)


def _bad_language(lang):
    from ._check import error

    raise error("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES))


def _bad_key(key):
    from ._check import invalid

    raise invalid("key", key, t("check.takes.key"))


def keys(lang: str | None = None) -> set:
    """All keys of a language's catalog."""
    return set(catalog(get_language() if lang is None else lang))


def has(key: str, lang: str | None = None) -> bool:
    """Whether ``key`` is in the catalog."""
    if not isinstance(key, str):
        _bad_key(key)
    return key in catalog(get_language() if lang is None else lang)


def t(key: str, lang: str | None = None, **fmt) -> str:
    """The text for ``key`` in the current language (or ``lang``), formatted with ``fmt``.

    A key missing from the catalog is a programming error and raises ``KeyError`` naming it (the
    catalog test makes sure every key used exists in both languages).
    """
    if not isinstance(key, str):
        _bad_key(key)
    lang = get_language() if lang is None else lang
    try:
        template = catalog(lang)[key]
    except KeyError:
        raise KeyError(f"cxlab catalog has no key {key!r} for language {lang!r}") from None
    if not fmt:
        return template
    return template.format(**fmt)


def placeholders(template: str) -> set:
    """The ``{name}`` fields of a template (used by the catalog tests)."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


_GLOSSARY_FIELDS = ("term", "definition", "avoid", "aside")


def one_language(key: str) -> bool:
    """Whether ``key`` may exist in one language only: a glossary entry's ``avoid`` or ``aside`` (variants of
    that language). Every other key must be in both catalogs.

    >>> one_language("glossary.clv.avoid"), one_language("glossary.clv.term")
    (True, False)
    """
    if not isinstance(key, str):
        _bad_key(key)
    return key.startswith("glossary.") and key.rsplit(".", 1)[-1] in ("avoid", "aside")


def glossary(lang: str | None = None):
    """The course vocabulary: one row per ``glossary.<id>`` entry of the catalog.

    Parameters
    ----------
    lang : str, optional
        Language of the ``definition`` column (default: the current language).

    Returns
    -------
    DataFrame
        Columns ``id``, ``zh``, ``en`` (the term in each language), ``definition`` (in ``lang``), ``avoid_zh``,
        ``avoid_en`` (lists of variants that must not appear) and ``aside_zh``, ``aside_en`` (phrases in which a
        variant may be mentioned), sorted by id.

    Examples
    --------
    >>> from cxlab import i18n
    >>> g = i18n.glossary("en").set_index("id")
    >>> g.loc["complaint_rate", "zh"], g.loc["complaint_rate", "en"], g.loc["complaint_rate", "avoid_zh"]
    ('投诉率', 'complaint rate', ['投诉比例'])
    """
    import pandas as pd

    lang = lang or get_language()
    if lang not in LANGUAGES:
        from . import InputError

        raise InputError(t("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES)))
    entries: dict = {}
    for code in LANGUAGES:
        for key, value in catalog(code).items():
            if not key.startswith("glossary."):
                continue
            gid, _, field = key[len("glossary."):].rpartition(".")
            if field in _GLOSSARY_FIELDS and gid:
                entries.setdefault(gid, {})[(code, field)] = value
    rows = []
    for gid in sorted(entries):
        entry = entries[gid]
        row = {"id": gid, **{code: entry.get((code, "term")) for code in LANGUAGES},
               "definition": entry.get((lang, "definition"))}
        for code in LANGUAGES:
            for field in ("avoid", "aside"):
                text = entry.get((code, field), "")
                row[f"{field}_{code}"] = [v for v in text.split("|") if v] if text else []
        rows.append(row)
    columns = ["id", *LANGUAGES, "definition"] + [f"{f}_{c}" for f in ("avoid", "aside") for c in LANGUAGES]
    return pd.DataFrame(rows, columns=columns)
