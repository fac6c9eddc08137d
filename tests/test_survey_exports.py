"""The survey-export corpus, tests/corpus/exports/: structural oddities of real exports (issue 8).

Every file has exactly one case: a file that is read must give the base survey exactly, with the notes the
reader issued (the sheet it read, the summary rows it left out); a file that is refused must raise one
InputError whose zh and en messages contain the given fragments. Nothing is silently counted.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import kano, surveys

CORPUS = Path(__file__).resolve().parent / "corpus" / "exports"
ITEMS = ["课程内容", "讲师表达", "练习安排"]
BASE = {"S01": [4, 5, 3], "S02": [2, 4, 4], "S03": [5, 5, 1], "S04": [3, 2, 4]}
ID = {"id_column": "学号", "items": ITEMS}


def long_frame(answers: dict) -> pd.DataFrame:
    rows = [(r, item, score) for r, scores in answers.items() for item, score in zip(ITEMS, scores)]
    frame = pd.DataFrame(rows, columns=["respondent", "item", "score"])
    return frame.astype({"respondent": object, "item": object, "score": np.int64})


BASE_LONG = long_frame(BASE)
WJX_LONG = long_frame({str(i + 1): scores for i, scores in enumerate(BASE.values())})

# (file, read_likert keyword arguments, expected frame, spreadsheet rows, {lang: fragments of the notes})
READ = [
    ("summary_total.csv", ID, BASE_LONG, [2, 3, 4, 5],
     {"zh": ["已略去 1 个汇总行", "第 6 行", "合计"], "en": ["left out 1 summary row", "row 6", "合计"]}),
    ("summary_average_en.csv", ID, BASE_LONG, [2, 3, 4, 5], {"zh": ["Average"], "en": ["row 6", "Average"]}),
    ("summary_means_unlabelled.xlsx", ID, BASE_LONG, [2, 3, 4, 5],
     {"zh": ["第 6 行", "无标签"], "en": ["row 6", "no label"]}),
    ("summary_wjx_rows.xlsx", {"id_column": "序号", "items": ITEMS}, WJX_LONG, [2, 3, 4, 5],
     {"zh": ["已略去 2 个汇总行", "第 6、7 行", "平均值", "总计"], "en": ["left out 2 summary row", "平均值", "总计"]}),
    ("summary_sums_unlabelled.csv", ID, BASE_LONG, [2, 3, 4, 5], {"zh": ["第 6 行"], "en": ["row 6"]}),
    ("summary_subtotal_middle.csv", ID, BASE_LONG, [2, 3, 5, 6],
     {"zh": ["第 4、7 行", "小计", "Total"], "en": ["row 4, 7", "小计", "Total"]}),
    ("trailing_empty_fields.csv", ID, BASE_LONG, [2, 3, 4, 5], {}),
    ("hidden_first_sheet.xlsx", ID, BASE_LONG, [2, 3, 4, 5],
     {"zh": ["读取的是工作表 \"本学期\"", "上学期", "sheet="], "en": ["read the sheet \"本学期\"", "上学期", "sheet="]}),
    ("empty_first_sheet.xlsx", ID, BASE_LONG, [2, 3, 4, 5],
     {"zh": ["\"数据\"", "已跳过", "\"封面\""], "en": ["\"数据\"", "skipped", "\"封面\""]}),
    ("two_data_sheets.xlsx", ID, BASE_LONG, [2, 3, 4, 5],
     {"zh": ["\"一班\"", "其他工作表：\"二班\"", "sheet="], "en": ["\"一班\"", "Other sheets: \"二班\"", "sheet="]}),
    ("huge_dimension.xlsx", ID, BASE_LONG, [2, 3, 4, 5], {}),
    ("long_comment.csv", ID, BASE_LONG, [2, 3, 4, 5], {}),
    ("field_over_limit.csv", ID, BASE_LONG, [2, 3, 4, 5], {}),
]

# (file, how it is read, {lang: fragments the one message must contain})
REFUSED = [
    ("unclosed_quote.csv", ID, {"zh": ["unclosed_quote.csv", "第 3 行", "引号", "没有闭合", "2 行"],
                                "en": ["unclosed_quote.csv", "row 3", "quote", "never closed", "2 line"]}),
    ("unquoted_comma.csv", ID, {"zh": ["unquoted_comma.csv 第 4 行有 6 个值", "表头（第 1 行）只有 5 列", "引号"],
                                "en": ["unquoted_comma.csv, row 4 has 6 values", "header (row 1) has 5 columns",
                                       "without quotes"]}),
    ("short_row.csv", ID, {"zh": ["short_row.csv 第 3 行只有 2 个值", "4 列"],
                           "en": ["short_row.csv, row 3 has only 2 values", "4 columns"]}),
    ("skip_codes_wjx.csv", ID, {"zh": ["第 5 行", "\"课程内容\"", "负数代码 \"-3\""],
                                "en": ["row 5", "\"课程内容\"", "negative code \"-3\""]}),
    ("minus_one_text.xlsx", ID, {"zh": ["第 4 行", "\"练习安排\"", "负数代码 \"-1\"", "以文本形式存储的数字"],
                                 "en": ["row 4", "\"练习安排\"", "negative code \"-1\"", "a number stored as text"]}),
    ("unicode_minus.csv", ID, {"zh": ["第 2 行", "负数代码 \"\u22121\""], "en": ["row 2", "negative code \"\u22121\""]}),
    ("all_sheets_empty.xlsx", ID, {"zh": ["2 个工作表", "\"Sheet1\"、\"Sheet2\"", "都没有"],
                                   "en": ["2 sheets", "\"Sheet1\", \"Sheet2\"", "none of"]}),
    ("only_sheet_empty.xlsx", ID, {"zh": ["唯一的工作表 \"答卷\" 是空的"], "en": ["its only sheet, \"答卷\", is empty"]}),
    ("multi_sheet_bad_cell.xlsx", ID, {"zh": ["第 3 行", "\"7\"", "\"问卷\"、\"说明\"、\"统计\"", "sheet="],
                                       "en": ["row 3", "\"7\"", "\"问卷\", \"说明\", \"统计\"", "sheet="]}),
    ("text_number_6.xlsx", ID, {"zh": ["第 3 行", "超出量表范围的代码 \"6\"（以文本形式存储的数字）"],
                                "en": ["row 3", "code outside the scale \"6\" (a number stored as text)"]}),
    ("formula_no_value.xlsx", ID, {"zh": ["第 4 行", "\"课程内容\"", "公式没有保存计算结果", "打开并保存"],
                                   "en": ["row 4", "\"课程内容\"", "formula without a saved value",
                                          "open and save the file in Excel"]}),
    ("date_cells.xlsx", ID, {"zh": ["第 2 行", "日期", "\"1900-01-04\"", "常规"],
                             "en": ["row 2", "a date", "\"1900-01-04\"", "General"]}),
    ("whitespace_only.csv", ID, {"zh": ["whitespace_only.csv", "只有空白"], "en": ["whitespace_only.csv", "only blank"]}),
    ("bom_only.csv", ID, {"zh": ["bom_only.csv", "只有空白"], "en": ["bom_only.csv", "only blank"]}),
    ("delimiters_only.csv", ID, {"zh": ["delimiters_only.csv", "空单元格"], "en": ["delimiters_only.csv", "empty cells"]}),
    ("kano_minus_one.csv", "kano", {"zh": ["第 3 行", "\"WiFi(反向)\"", "负数代码 \"-1\""],
                                    "en": ["row 3", "\"WiFi(反向)\"", "negative code \"-1\""]}),
]


def _read(name, how):
    if how == "kano":
        return kano.read_survey(CORPUS / name)
    return surveys.read_likert(CORPUS / name, **how)


@pytest.mark.parametrize("name, kwargs, expected, rows, notes", READ, ids=[c[0] for c in READ])
def test_export_is_read_with_its_notes(name, kwargs, expected, rows, notes, lang):
    """The survey comes back exactly; summary rows are not counted; each note the reader issued is shown."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = surveys.read_likert(CORPUS / name, **kwargs)
    pd.testing.assert_frame_equal(result, expected)
    shown = [str(w.message) for w in caught if issubclass(w.category, surveys.SurveyNote)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", surveys.SurveyNote)
        table = surveys.read_table(CORPUS / name)
    assert table.rows[: len(rows)] == rows
    assert shown == table.notes
    for fragment in notes.get(lang, []):
        assert any(fragment in note for note in shown), (fragment, shown)
    if not notes:
        assert shown == []


@pytest.mark.parametrize("name, how, fragments", REFUSED, ids=[c[0] for c in REFUSED])
def test_export_is_refused_clearly(name, how, fragments, lang):
    """One InputError naming the file (and row, column, value), in the current language, on one line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", surveys.SurveyNote)
        with pytest.raises(cxlab.InputError) as caught:
            _read(name, how)
    message = str(caught.value)
    for fragment in fragments[lang]:
        assert fragment in message, (fragment, message)
    assert "\n" not in message and "np." not in message


def test_every_export_has_one_case_and_a_readme_line():
    files = sorted(p.name for p in CORPUS.iterdir() if p.name != "README.md")
    cases = sorted([c[0] for c in READ] + [c[0] for c in REFUSED])
    assert cases == files
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert [f for f in files if f"`{f}`" not in readme] == []
    assert len(files) >= 25


def test_generator_is_byte_stable(tmp_path):
    """Re-running make_exports.py writes the same bytes (the corpus in git is what the script makes)."""
    import runpy
    import shutil

    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS.parent, folder, ignore=shutil.ignore_patterns("surveys", "kano", "exports"))
    import sys

    sys.path.insert(0, str(folder))
    try:
        runpy.run_path(str(folder / "make_exports.py"), run_name="__main__")
    finally:
        sys.path.remove(str(folder))
    for made in sorted((folder / "exports").iterdir()):
        assert made.read_bytes() == (CORPUS / made.name).read_bytes(), made.name


def test_huge_dimension_reads_only_the_cells_there_are():
    """The recorded dimension runs to row 1,048,576, but the table is the 4 rows the sheet holds."""
    table = surveys.read_table(CORPUS / "huge_dimension.xlsx")
    assert len(table) == 4 and table.columns == ["学号", *ITEMS]


def test_sheet_choice_by_name_or_position_and_its_errors(lang):
    """sheet= picks a sheet by name or 1-based position; an empty or missing one is named with the others."""
    assert surveys.read_table(CORPUS / "two_data_sheets.xlsx", sheet="二班").frame["学号"].tolist() == ["T01"]
    assert surveys.read_table(CORPUS / "two_data_sheets.xlsx", sheet=2).notes == []
    assert surveys.read_table(CORPUS / "hidden_first_sheet.xlsx", sheet=1).frame["学号"].tolist() == ["S99", "S98"]
    with pytest.raises(cxlab.InputError, match="\"封面\"") as caught:
        surveys.read_table(CORPUS / "empty_first_sheet.xlsx", sheet="封面")
    assert "\"数据\"" in str(caught.value)
    with pytest.raises(cxlab.InputError, match={"zh": "第 3 个工作表", "en": "sheet number 3"}[lang]):
        surveys.read_table(CORPUS / "two_data_sheets.xlsx", sheet=3)
    with pytest.raises(cxlab.InputError, match="sheet"):
        surveys.read_table(CORPUS / "two_data_sheets.xlsx", sheet=True)


def test_long_comment_stays_in_one_cell():
    """The 300 KB comment is one cell (its line breaks collapsed), and the delimiter is still the comma."""
    table = surveys.read_table(CORPUS / "long_comment.csv")
    comment = table.frame["备注"].iloc[1]
    assert len(comment) > 100_000 and "第 3299 行评论" in comment
    assert len(surveys.read_table(CORPUS / "field_over_limit.csv").frame["备注"].iloc[0]) == 150_000


def test_same_sign_rule_in_files_and_in_memory(lang):
    """The file path and the DataFrame path of kano agree: "-1" and -2 are refused, never read as 1 or 2."""
    for bad in ("-1", -2, "\u22123", "-0.0", "+7"):
        answers = pd.DataFrame({"respondent": [1, 2], "feature": "wifi", "functional": [2, bad],
                                "dysfunctional": [5, 5]})
        with pytest.raises(cxlab.InputError):
            kano.classify(answers)
        with pytest.raises(cxlab.InputError):
            kano.evaluate([bad], [5])
        with pytest.raises(cxlab.InputError):
            kano.read_survey(pd.DataFrame({"WiFi(功能)": [2, bad], "WiFi(反向)": [5, 5]}))
    assert kano.evaluate("+1", "5") == "O"  # an explicit plus sign is still the code 1
