"""value.read_survey on the corpus of NPS / CSAT / CES exports (tests/corpus/value/, made by
tests/corpus/make_value.py): one test per file, read correctly (values asserted) or refused with one message
naming file, row, column and value, in both languages."""
from __future__ import annotations

import pandas as pd
import pytest

import cxlab
from cxlab import value

NPS = [10, 9, 7, 6, 0]
CSAT = [5, 4, 4, 2, 1]
CES = [7, 6, 4, 3, 1]


def read(corpus, name, **kwargs):
    return value.read_survey(corpus / "value" / name, **kwargs)


def refused(corpus, name, lang, **kwargs):
    cxlab.set_language(lang)
    with pytest.raises(cxlab.InputError) as info:
        read(corpus, name, **kwargs)
    return str(info.value)


def test_wjx_labels_xlsx(corpus):
    """问卷星 workbook: labelled scale ends, satisfaction labels, a skipped CSAT answer kept as missing."""
    frame = read(corpus, "wjx_labels.xlsx")
    assert list(frame.columns) == ["respondent", "nps", "csat", "ces"]
    assert frame["respondent"].tolist() == ["1", "2", "3", "4", "5"]
    assert frame["nps"].tolist() == NPS and frame["ces"].tolist() == CES
    assert frame["csat"].isna().tolist() == [False, False, True, False, False]
    r = value.csat(frame["csat"])
    assert (r.n, r.missing, r.satisfied) == (4, 1, 2)
    assert value.nps(frame["nps"]).nps == 0.0       # 2 promoters (10, 9), 2 detractors (6, 0) of 5


def test_tencent_gbk_csv(corpus):
    frame = read(corpus, "tencent_gbk.csv")
    assert frame["nps"].tolist() == NPS and frame["csat"].tolist() == CSAT
    assert "ces" not in frame.columns


def test_surveymonkey_en_csv(corpus):
    frame = read(corpus, "surveymonkey_en.csv")
    assert frame[["nps", "csat", "ces"]].to_dict("list") == {"nps": NPS, "csat": CSAT, "ces": CES}


def test_google_forms_en_csv(corpus):
    frame = read(corpus, "google_forms_en.csv")
    assert frame["respondent"].tolist() == [2, 3, 4, 5, 6]
    assert frame["nps"].tolist() == NPS


def test_explicit_questions_csv(corpus, lang):
    message = refused(corpus, "explicit_questions.csv", lang)
    assert "explicit_questions.csv" in message and "questions=" in message and "Q1" in message
    frame = read(corpus, "explicit_questions.csv", questions={"nps": "Q1", "csat": "Q2", "ces": "Q3"})
    assert frame[["nps", "csat", "ces"]].to_dict("list") == {"nps": NPS, "csat": CSAT, "ces": CES}


@pytest.mark.parametrize("name,row,shown", [("nps_11.csv", 4, "11"), ("nps_negative.csv", 5, "-1"),
                                            ("nps_text.csv", 3, "不确定"), ("ces_8.csv", 4, "8"),
                                            ("csat_unknown_label.xlsx", 3, "超满意")])
def test_bad_answers_name_file_row_and_value(corpus, lang, name, row, shown):
    message = refused(corpus, name, lang)
    assert name in message and f'"{shown}"' in message
    assert (f"第 {row} 行" if lang == "zh" else f"row {row}") in message


def test_bad_answers_say_what_is_accepted(corpus, lang):
    assert ("0～10" if lang == "zh" else "0 to 10") in refused(corpus, "nps_11.csv", lang)
    message = refused(corpus, "csat_unknown_label.xlsx", lang)
    assert ("非常满意" if lang == "zh" else "very satisfied") in message


def test_two_nps_columns_csv(corpus, lang):
    message = refused(corpus, "two_nps_columns.csv", lang)
    assert "推荐意愿" in message and "向家人推荐的可能性" in message


def test_no_question_csv(corpus, lang):
    message = refused(corpus, "no_question.csv", lang)
    assert "no_question.csv" in message and "姓名" in message


def test_csat_unanswered_csv(corpus, lang):
    message = refused(corpus, "csat_unanswered.csv", lang)
    assert "csat_unanswered.csv" in message


def test_read_survey_parameters(lang):
    with pytest.raises(cxlab.InputError):
        value.read_survey(pd.DataFrame({"推荐": [9]}), questions=["nps"])
    with pytest.raises(cxlab.InputError):
        value.read_survey(pd.DataFrame({"推荐": [9]}), csat_scale=1)
    with pytest.raises(cxlab.InputError):
        value.read_survey(pd.DataFrame({"推荐": [9]}), questions={"nps": "missing"})


def test_corpus_is_complete(corpus):
    """At least eight export files, each listed in the README."""
    files = sorted(p.name for p in (corpus / "value").iterdir() if p.suffix in (".csv", ".xlsx"))
    readme = (corpus / "value" / "README.md").read_text(encoding="utf-8")
    assert len(files) >= 8
    assert [f for f in files if f"`{f}`" not in readme] == []
