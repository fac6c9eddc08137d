"""The zh/en catalog: complete in both languages, consistent placeholders, no learner text hidden in models."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import cxlab
from cxlab import i18n

ROOT = Path(__file__).resolve().parents[1]
# The model rooms DESIGN.md names; each one is scanned as soon as its file exists.
MODEL_ROOMS = ["kano", "servqual", "pyramid", "journey", "damage", "returns", "value", "surveys", "datasets"]
MODEL_MODULES = [m for m in MODEL_ROOMS if (ROOT / "cxlab" / f"{m}.py").exists()]
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")


def test_every_key_exists_in_both_languages():
    """A key present in one language's catalog is present in the other (except a glossary entry's ``avoid`` and
    ``aside``, which list variants of one language)."""
    zh, en = ({k for k in i18n.keys(lang) if not i18n.one_language(k)} for lang in ("zh", "en"))
    assert sorted(zh - en) == [], "keys only in zh"
    assert sorted(en - zh) == [], "keys only in en"


def test_placeholders_agree_between_languages():
    """A template's {fields} are the same in zh and en, so formatting never fails in one language only."""
    zh, en = i18n.catalog("zh"), i18n.catalog("en")
    bad = [k for k in zh if k in en and i18n.placeholders(zh[k]) != i18n.placeholders(en[k])]
    assert bad == []


def test_no_empty_texts():
    """No catalog entry is empty."""
    for lang in i18n.LANGUAGES:
        assert [k for k, v in i18n.catalog(lang).items() if not v.strip()] == []


def test_zh_catalog_is_chinese_and_en_is_not():
    """Spot the copy-paste error of an untranslated entry: most zh texts have Chinese, no en text has.

    Two kinds of entry carry Chinese in both catalogs on purpose: a language's own name, and the PDF check's
    sample line (it must print CJK glyphs whatever the language)."""
    en = i18n.catalog("en")
    bilingual = ("language_name", "handouts.doctor.sample")
    assert [k for k, v in en.items() if CJK.search(v) and not k.endswith(bilingual)] == []


def test_language_switch_and_environment(monkeypatch):
    """set_language switches, accepts zh_CN-style codes, rejects others with InputError; CXLAB_LANG sets the default."""
    assert cxlab.set_language("en_US.UTF-8") == "en"
    assert cxlab.t("core.language_name") == "English"
    assert cxlab.set_language("zh-Hans") == "zh"
    with pytest.raises(cxlab.InputError, match="fr"):
        cxlab.set_language("fr")
    monkeypatch.setenv("CXLAB_LANG", "en")
    monkeypatch.setitem(i18n._state, "lang", None)
    assert cxlab.get_language() == "en"


def test_missing_key_names_the_key():
    with pytest.raises(KeyError, match="no.such.key"):
        cxlab.t("no.such.key")


def _literal_strings(path: Path):
    """String literals of a module that a person could read: not docstrings, not f-string parts of keys."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("module", MODEL_MODULES)
def test_no_learner_facing_literal_in_model(module):
    """Model modules hold no Chinese literal and no English sentence: text comes from the catalog.

    Allowed: identifiers, column names, catalog keys, short codes, format specs. A Chinese string is only
    allowed inside a published constant table of answer-label *variants* marked with ``# i18n: input-variants``
    on the line that opens it (these are what questionnaires contain, not what the kit says).
    """
    path = ROOT / "cxlab" / f"{module}.py"
    source_lines = path.read_text(encoding="utf-8").splitlines()
    allowed_blocks = _variant_blocks(source_lines)
    offenders = []
    for lineno, text in _literal_strings(path):
        if lineno in allowed_blocks:
            continue
        sentence = re.search(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+", text) and not re.fullmatch(r"[\w.{}:%\- ]*", text)
        if CJK.search(text) or sentence:
            offenders.append(f"{module}.py:{lineno}: {text[:60]!r}")
    assert offenders == []


def test_the_built_models_are_scanned():
    """The scan above covers the models this version ships (a renamed file would silently escape it)."""
    assert {"kano", "damage", "returns", "surveys", "datasets"} <= set(MODEL_MODULES)


def _variant_blocks(lines):
    """Line numbers inside a bracketed constant opened on a line marked '# i18n: input-variants'."""
    allowed, depth, inside, opened = set(), 0, False, False
    for number, line in enumerate(lines, start=1):
        if "# i18n: input-variants" in line and not inside:
            inside, depth, opened = True, 0, False
        if inside:
            allowed.add(number)
            depth += sum(line.count(c) for c in "{[(") - sum(line.count(c) for c in "}])")
            opened = opened or depth > 0
            if opened and depth <= 0:
                inside = False
    return allowed
