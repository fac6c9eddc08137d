"""One vocabulary: the catalog's glossary (``glossary.<id>`` entries, see :func:`cxlab.i18n.glossary`) and a scan of
every catalog text and every notebook for the variants an entry says to avoid.

The scan is generic: it reads whatever notebooks exist (course notebooks, learner editions, answer keys, in each
language) and every entry any room file contributes, so a module added later is checked by the same test.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cxlab import i18n

ROOT = Path(__file__).resolve().parents[1]

#: Catalog keys that hold variants on purpose: answer aliases a check accepts, and the glossary itself.
_NOT_SCANNED = re.compile(r"^glossary\.|(^|\.)(aliases|category_alias)(\.|$)")


def _notebooks(lang: str) -> list:
    folders = [ROOT / "notebooks" / lang, ROOT / "exercises" / lang, ROOT / "exercises" / "answer_keys" / lang]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.ipynb"))


def _notebook_text(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(cell["source"]) for cell in cells)


def _texts(lang: str) -> dict:
    """{where: text} of one language: every catalog value (by file and key) and every notebook."""
    texts = {}
    folder = ROOT / "cxlab" / "locales" / lang
    for path in sorted(folder.glob("*.json")):
        for key, value in i18n._flatten(json.loads(path.read_text(encoding="utf-8"))):
            if not _NOT_SCANNED.search(key):
                texts[f"cxlab/locales/{lang}/{path.name}: {key}"] = value
    for path in _notebooks(lang):
        texts[str(path.relative_to(ROOT))] = _notebook_text(path)
    return texts


def _glossary():
    return i18n.glossary("en")


def test_every_entry_has_a_term_and_a_definition_in_both_languages():
    zh, en = (i18n.catalog(lang) for lang in ("zh", "en"))
    ids = {lang: {k.rsplit(".", 1)[0] for k in cat if k.startswith("glossary.")} for lang, cat in (("zh", zh),
                                                                                                    ("en", en))}
    assert ids["zh"] == ids["en"], ids["zh"] ^ ids["en"]
    table = _glossary()
    assert len(table) == len(ids["zh"]) > 0
    for lang in i18n.LANGUAGES:
        definitions = i18n.glossary(lang)["definition"]
        assert table[lang].map(bool).all() and definitions.map(bool).all(), lang


def test_the_glossary_covers_the_terms_of_the_existing_modules():
    """The terms the issue named, and every KANO category, with the forms the course uses."""
    table = _glossary().set_index("id")
    assert table.loc["nps", "zh"] == "净推荐值（NPS）"
    assert table.loc["complaint_rate", "zh"] == "投诉率" and "投诉比例" in table.loc["complaint_rate", "avoid_zh"]
    assert table.loc["problem_rate", "zh"] == "问题发生率"
    assert table.loc["revenue_at_risk", "zh"] == "面临流失风险的收入"
    assert set(table.loc["revenue_at_risk", "avoid_zh"]) == {"风险收入", "风险营收"}
    assert table.loc["clv", "zh"] == "客户终身价值" and table.loc["importance", "zh"] == "重要性"
    from cxlab import kano

    for letter in kano.CATEGORIES:
        assert table.loc[f"kano_{letter}", "zh"] == i18n.t(f"kano.category.{letter}", lang="zh")
    for code in ("problem_rate", "complaint_rate"):
        assert i18n.t(f"damage.param.{code}", lang="zh") == table.loc[code, "zh"]
    assert i18n.t("damage.metric.revenue_at_risk", lang="zh") == table.loc["revenue_at_risk", "zh"]
    assert i18n.t("damage.metric.net_value_at_risk", lang="zh") == table.loc["net_value_at_risk", "zh"]
    assert i18n.t("damage.param.word_of_mouth.conversion", lang="zh") == table.loc["wom_conversion", "zh"]


def _scrub(text: str, table, lang: str) -> str:
    """``text`` without the asides and without every glossary term (so a variant that is part of a term, or of
    the allowed aside, is not counted)."""
    for asides in table[f"aside_{lang}"]:
        for aside in asides:
            text = text.replace(aside, "\x00")
    for term in sorted(table[lang], key=len, reverse=True):
        if len(term) > 1:
            text = text.replace(term, "\x00")
    return text


def _variants_in(text: str, table, lang: str) -> list:
    """[(variant, glossary row)] of the avoided variants ``text`` uses (English compared without case)."""
    clean = _scrub(text, table, lang)
    folded = clean.lower() if lang == "en" else clean
    return [(variant, row) for row in table.itertuples() for variant in getattr(row, f"avoid_{lang}")
            if (variant.lower() if lang == "en" else variant) in folded]


def test_the_scan_finds_a_variant_but_not_the_term_or_an_allowed_aside():
    table = _glossary()
    assert [v for v, _ in _variants_in("本季度的风险营收为 10 万元", table, "zh")] == ["风险营收"]
    assert _variants_in("面临流失风险的收入为 10 万元；客户终身价值（CLV，也有人译作“客户生命周期价值”）", table,
                        "zh") == []
    assert [v for v, _ in _variants_in("客户生命周期价值", table, "zh")] == ["客户生命周期价值"]
    assert [v for v, _ in _variants_in("Avoid Straight Lining here", table, "en")] == ["straight lining"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_text_uses_a_variant_the_glossary_says_to_avoid(lang):
    """Every catalog text and every notebook (all that exist) uses the glossary's term, never an avoided
    variant; the failure names the file (and catalog key) and the term."""
    table = _glossary()
    found = [f"{where}: {variant!r} -> use {getattr(row, lang)!r} (glossary.{row.id})"
             for where, text in _texts(lang).items() for variant, row in _variants_in(text, table, lang)]
    assert not found, "\n".join(found)


def test_abbreviations_are_spelled_out_at_first_use_in_every_zh_notebook():
    """A term written 'X（ABBR）' (净推荐值（NPS）): in every zh notebook that mentions ABBR, its first mention is
    inside the full term."""
    found = []
    for row in _glossary().itertuples():
        match = re.fullmatch(r"(.+)（([A-Za-z]+)）", row.zh or "")
        if not match:
            continue
        abbr = match.group(2)
        for path in _notebooks("zh"):
            text = _notebook_text(path)
            first = text.find(abbr)
            if first >= 0 and text.find(row.zh) != first - len(match.group(1)) - 1:
                found.append(f"{path.relative_to(ROOT)}: first {abbr} is not written {row.zh}")
    assert not found, "\n".join(found)


_HALF_WIDTH = re.compile(r"[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]")
#: Texts quoting a name the operating system itself spells with half-width brackets.
_SYSTEM_NAMES = {"cli.doctor.windows_font"}


def test_zh_labels_use_full_width_brackets():
    """Chinese text brackets Chinese words with （）: '重要性（1–9）', not '重要性(1-9)'."""
    found = [f"{key}: {value!r}" for key, value in i18n.catalog("zh").items()
             if key not in _SYSTEM_NAMES and not _NOT_SCANNED.search(key) and _HALF_WIDTH.search(value)]
    for path in _notebooks("zh"):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            text = "".join(cell["source"])
            if cell["cell_type"] == "markdown" and _HALF_WIDTH.search(text):
                found.append(f"{path.relative_to(ROOT)}: {_HALF_WIDTH.search(text).group()!r}")
    assert not found, "\n".join(found)


def test_zh_uses_curly_quotes():
    """「」 never appears in Chinese text; the course writes “”."""
    found = [where for where, text in _texts("zh").items() if "「" in text or "」" in text]
    assert not found, found


def test_glossary_api(lang):
    table = i18n.glossary()
    assert list(table.columns[:4]) == ["id", "zh", "en", "definition"]
    assert table["id"].is_unique and table["id"].is_monotonic_increasing
    assert table.set_index("id").loc["nps", "definition"] == i18n.t("glossary.nps.definition")
    with pytest.raises(Exception, match="xx"):
        i18n.glossary("xx")


def _names_of_the_models(lang: str) -> dict:
    """{what: [label as the model shows it]} for every category, dimension, level, stage and group of the models."""
    from cxlab import journey, kano, pyramid, servqual, value

    with _Speaking(lang):
        return {
            "KANO categories": [i18n.t(f"kano.category.{c}", lang=lang) for c in kano.CATEGORIES],
            "SERVQUAL dimensions": [servqual.dimension_name(d, lang=lang) for d in servqual.DIMENSIONS],
            "pyramid levels": [pyramid.level_name(level) for level in pyramid.LEVELS],
            "journey stages": [journey.stage_name(s) for s in journey.STAGES],
            "NPS groups": [value.group_name(g) for g in value.GROUPS],
            "experience-value dimensions": [value.dimension_name(d) for d in value.DIMENSIONS],
            "experience-value drivers": [i18n.t(f"value.driver.{d}", lang=lang) for d in value.DRIVERS],
        }


class _Speaking:
    def __init__(self, lang):
        self.lang = lang

    def __enter__(self):
        self.before = i18n.get_language()
        i18n.set_language(self.lang)

    def __exit__(self, *exc):
        i18n.set_language(self.before)


def _covered(label: str, terms: list, lang: str) -> bool:
    """The glossary has the label as a term: the same words (English without case or plural 's'), or a term that
    starts with it ('认知' → '认知阶段', 'Awareness' → 'awareness stage')."""
    label = label.strip().lower() if lang == "en" else label.strip()
    for term in terms:
        term = term.lower() if lang == "en" else term
        if term == label or (lang == "en" and (term + "s" == label or term.startswith(label + " "))) or \
                (lang == "zh" and term.startswith(label)):
            return True
    return False


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_glossary_covers_every_category_dimension_level_stage_and_group_of_the_models(lang):
    terms = [term for term in _glossary()[lang] if term]
    missing = [f"{what}: {label!r}" for what, labels in _names_of_the_models(lang).items() for label in labels
               if not _covered(label, terms, lang)]
    assert not missing, "no glossary.<id> entry for: " + "; ".join(missing)


def test_the_glossary_page_and_command():
    from cxlab import trainer

    zh = trainer.glossary_table("zh").set_index("term")
    assert zh.loc["关键时刻", "en"] == "moment of truth" and zh.loc["痛点", "en"] == "pain point"
    assert zh.loc["必备质量", "en"] == "must-be" and zh.loc["净推荐值（NPS）", "en"] == "Net Promoter Score (NPS)"
    en = trainer.glossary_table("en")
    assert en["term"].str.lower().is_monotonic_increasing and len(en) == len(zh)
    assert "“”" not in set(zh.index)  # the quotation-mark rule is a convention, not a course term
    page = trainer.glossary_markdown("en")
    assert page.splitlines()[0] == "| Term | Chinese | Definition |" and "| **pain point** | 痛点 |" in page
