"""kano.read_survey on the corpus of wide survey exports (tests/corpus/kano/, made by tests/corpus/make_kano.py):
one test per file: read correctly (values asserted) or refused with one message naming file, row, column, value."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import kano

FEATURES = ["免费WiFi", "手机开门", "延迟退房"]
EN_FEATURES = ["Free Wi-Fi", "Mobile key", "Late checkout"]
# the base survey of make_kano.py, respondent-major, feature-minor
FUNCTIONAL = [2, 1, 1, 2, 1, 1, 1, 3, 2, 2, 1, 3]
DYSFUNCTIONAL = [5, 3, 5, 5, 4, 5, 5, 3, 5, 5, 3, 3]
IMPORTANCE = [9, 6, 7, 8, 5, np.nan, 9, 4, 8, 7, 6, 5]


def check(frame, respondents, features=FEATURES, importance=False):
    """The long frame equals the base survey, with the given respondent ids."""
    columns = ["respondent", "feature", "functional", "dysfunctional"] + (["importance"] if importance else [])
    assert list(frame.columns) == columns
    assert frame["respondent"].tolist() == [r for r in respondents for _ in range(3)]
    assert frame["feature"].tolist() == features * 4
    assert frame["functional"].tolist() == FUNCTIONAL
    assert frame["dysfunctional"].tolist() == DYSFUNCTIONAL
    assert frame["functional"].dtype == np.int64
    if importance:
        np.testing.assert_array_equal(frame["importance"].to_numpy(), np.array(IMPORTANCE, dtype=float))


def refused(path, lang):
    cxlab.set_language(lang)
    with pytest.raises(cxlab.InputError) as info:
        kano.read_survey(path)
    return str(info.value)


# ---------------------------------------------------------------------------------------------------------------
# Files read correctly
# ---------------------------------------------------------------------------------------------------------------

def test_wjx_labels_xlsx(corpus):
    """问卷星-style workbook: platform columns ignored, full-width "X（功能）" headers, zh labels, importance."""
    frame = kano.read_survey(corpus / "kano" / "wjx_labels.xlsx")
    check(frame, ["1", "2", "3", "4"], importance=True)


def test_codes_utf8_csv(corpus):
    """"功能-X" / "反向-X" / "X 重要性" with codes; the id column 编号 is found by name."""
    frame = kano.read_survey(corpus / "kano" / "codes_utf8.csv")
    check(frame, ["1", "2", "3", "4"], importance=True)
    result = kano.classify(frame)
    assert result["category"].tolist() == ["M", "A", "O"]
    # 免费WiFi: (2,5) M, (2,5) M, (1,5) O, (2,5) M -> M = 3
    # 手机开门: (1,3) A, (1,4) A, (3,3) I, (1,3) A -> A = 3; 延迟退房: (1,5) O, O, (2,5) M, (3,3) I -> O = 2
    assert result.loc["手机开门", "A"] == 3 and result.loc["延迟退房", "O"] == 2
    assert result.loc["延迟退房", "importance_mean"] == pytest.approx((7 + 8 + 5) / 3)


def test_gbk_variants_csv(corpus):
    """GBK bytes with CRLF, "X-正向" / "X-负向", label variants (非常喜欢, 理应如此 ...); no id column, so the
    respondents are the spreadsheet rows 2..5."""
    frame = kano.read_survey(corpus / "kano" / "gbk_variants.csv")
    check(frame, [2, 3, 4, 5])


def test_mixed_patterns_csv(corpus):
    """X_具备/X_不具备, X 正向问题/X 反向问题 and X(功能)/X(反向) in one file."""
    check(kano.read_survey(corpus / "kano" / "mixed_patterns.csv"), ["1", "2", "3", "4"])


def test_google_forms_en_csv(corpus):
    """English Google Forms export: Timestamp ignored, "X (functional)", "X_func", "X - F", "(importance)"."""
    frame = kano.read_survey(corpus / "kano" / "google_forms_en.csv")
    check(frame, [2, 3, 4, 5], features=EN_FEATURES, importance=True)


def test_merged_header_xlsx(corpus):
    """A feature name merged over two columns with 功能 / 反向 below ("免费WiFi - 功能")."""
    check(kano.read_survey(corpus / "kano" / "merged_header.xlsx"), ["1", "2", "3", "4"])


def test_explicit_mapping_csv(corpus, lang):
    """Q1a/Q1b style headers are refused without a mapping (the message shows how to give one) and read with it."""
    path = corpus / "kano" / "explicit_mapping.csv"
    message = refused(path, lang)
    assert "explicit_mapping.csv" in message and '"Q1a"' in message and "pairs=" in message
    pairs = dict(zip(FEATURES, [("Q1a", "Q1b"), ("Q2a", "Q2b"), ("Q3a", "Q3b")]))
    check(kano.read_survey(path, pairs=pairs, id_column="id"), ["1", "2", "3", "4"])


# ---------------------------------------------------------------------------------------------------------------
# Files refused with one clear message
# ---------------------------------------------------------------------------------------------------------------

def test_unpaired_csv(corpus, lang):
    """早餐(功能) has no 早餐(反向): the message names the file and the column."""
    message = refused(corpus / "kano" / "unpaired.csv", lang)
    assert message == cxlab.t("kano.error.survey_unpaired", file="unpaired.csv", column="早餐(功能)", feature="早餐",
                              missing=cxlab.t("kano.survey.role.dysfunctional"))


def test_wrong_pairing_csv(corpus, lang):
    """功能-早餐 and 反向-早饭 do not pair: both columns are named, with the pairs= that would join them."""
    message = refused(corpus / "kano" / "wrong_pairing.csv", lang)
    assert message == cxlab.t("kano.error.survey_mismatched", file="wrong_pairing.csv", functional="功能-早餐",
                              dysfunctional="反向-早饭", f_feature="早餐", d_feature="早饭")


def test_unknown_label_csv(corpus, lang):
    """"超喜欢" in spreadsheet row 3, column 手机开门(功能): file, row, column and value are all named, and the
    accepted answers are listed in the current language."""
    message = refused(corpus / "kano" / "unknown_label.csv", lang)
    for part in ("unknown_label.csv", "3", "手机开门(功能)", "超喜欢", cxlab.t("kano.answer.1")):
        assert part in message


@pytest.mark.parametrize("name, value", [("importance_0.csv", "0"), ("importance_10.csv", "10")])
def test_importance_out_of_range(corpus, lang, name, value):
    """Importance 0 or 10 in row 4, column 手机开门(重要性): refused, the 1..9 scale stated."""
    message = refused(corpus / "kano" / name, lang)
    for part in (name, "4", "手机开门(重要性)", f'"{value}"', "9"):
        assert part in message


def test_blank_answer_csv(corpus, lang):
    """A blank dysfunctional answer (row 5, 延迟退房(反向)) is refused, not dropped silently."""
    message = refused(corpus / "kano" / "blank_answer.csv", lang)
    for part in ("blank_answer.csv", "5", "延迟退房(反向)"):
        assert part in message


# ---------------------------------------------------------------------------------------------------------------
# Arguments and DataFrames
# ---------------------------------------------------------------------------------------------------------------

def test_dataframe_source_and_roundtrip_with_classify():
    wide = pd.DataFrame({"id": ["a", "b"], "WiFi (functional)": ["I expect it", "I like it"],
                         "WiFi (dysfunctional)": ["I dislike it", "I dislike it"]})
    frame = kano.read_survey(wide)
    assert frame.to_dict("list") == {"respondent": ["a", "b"], "feature": ["WiFi", "WiFi"],
                                     "functional": [2, 1], "dysfunctional": [5, 5]}
    assert kano.classify(frame).loc["WiFi", "category"] == "M"  # M = O = 1: exact tie -> M


def test_importance_false_and_explicit(corpus):
    path = corpus / "kano" / "codes_utf8.csv"
    assert "importance" not in kano.read_survey(path, importance=False).columns
    frame = kano.read_survey(path, pairs={"wifi": ("功能-免费WiFi", "反向-免费WiFi")},
                             importance={"wifi": "免费WiFi 重要性"})
    assert frame["importance"].tolist() == [9, 8, 9, 7]


@pytest.mark.parametrize("kwargs", [
    {"pairs": [("a", "b")]},
    {"pairs": {"wifi": ("功能-免费WiFi",)}},
    {"pairs": {"wifi": ("功能-免费WiFi", "功能-免费WiFi")}},
    {"pairs": {"wifi": ("功能-免费WiFi", "no such column")}},
    {"pairs": {"a": ("功能-免费WiFi", "反向-免费WiFi"), "b": ("功能-免费WiFi", "反向-手机开门")}},
    {"importance": "yes"},
    {"importance": {"breakfast": "免费WiFi 重要性"}},
    {"id_column": "respondent no."},
])
def test_bad_arguments_refused(corpus, kwargs):
    with pytest.raises(cxlab.InputError):
        kano.read_survey(corpus / "kano" / "codes_utf8.csv", **kwargs)


def test_header_patterns():
    """The header splitter on each documented form (and not on plain question numbers)."""
    forms = kano._survey_patterns()
    cases = {
        "功能-早餐": ("functional", "早餐"), "反向-早餐": ("dysfunctional", "早餐"),
        "早餐(功能)": ("functional", "早餐"), "早餐(反向)": ("dysfunctional", "早餐"),
        "早餐-正向": ("functional", "早餐"), "早餐-负向": ("dysfunctional", "早餐"),
        "早餐_具备": ("functional", "早餐"), "早餐_不具备": ("dysfunctional", "早餐"),
        "早餐 正向问题": ("functional", "早餐"), "早餐 反向问题": ("dysfunctional", "早餐"),
        "早餐 - 功能": ("functional", "早餐"), "早餐 重要性": ("importance", "早餐"),
        "Breakfast (functional)": ("functional", "Breakfast"), "Breakfast_dysf": ("dysfunctional", "Breakfast"),
        "Wi-Fi - F": ("functional", "Wi-Fi"), "Wi-Fi - D": ("dysfunctional", "Wi-Fi"),
        "Wi-Fi (importance)": ("importance", "Wi-Fi"),
        "Q1a": None, "Timestamp": None, "提交答卷时间": None, "Feedback": None,
    }
    for header, expected in cases.items():
        assert kano._split_header(header, forms) == expected, header
