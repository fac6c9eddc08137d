"""cxlab.surveys: reading real survey exports, and the bad-input corpus in tests/corpus/surveys/.

Every corpus file has exactly one case below: either the exact tidy result it must give, or the fragments the
one InputError must contain (file, spreadsheet row, column, bad value, what is accepted) in zh and in en.
"""
from __future__ import annotations

import string
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import surveys
from cxlab.surveys import codes, normalise, read_likert, read_table, unique

CORPUS = Path(__file__).resolve().parent / "corpus" / "surveys"

# The base survey of tests/corpus/make_surveys.py: four learners, three statements, 5-point agreement codes.
ITEMS = ["课程内容", "讲师表达", "练习安排"]
BASE = {"S01": [4, 5, 3], "S02": [2, 4, 4], "S03": [5, 5, 1], "S04": [3, 2, 4]}


def long_frame(answers: dict, items: list) -> pd.DataFrame:
    """The tidy frame read_likert must give: respondents in file order, items in column order."""
    rows = [(r, item, score) for r, scores in answers.items() for item, score in zip(items, scores)]
    frame = pd.DataFrame(rows, columns=["respondent", "item", "score"])
    frame["respondent"] = frame["respondent"].astype(object)
    frame["item"] = frame["item"].astype(object)
    frame["score"] = frame["score"].astype(np.int64)
    return frame


BASE_LONG = long_frame(BASE, ITEMS)
ID = {"id_column": "学号"}

# ------------------------------------------------------------------------------------------------------------
# Files read correctly: (file, read_likert keyword arguments, expected frame, expected spreadsheet rows)
# ------------------------------------------------------------------------------------------------------------
READ = [
    ("utf8_codes.csv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("utf8_bom_labels.csv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("wjx_gbk.csv", {"id_column": "序号", "items": ["1、课程内容实用", "2、讲师表达清楚", "3、练习安排合理"]},
     long_frame({"1": BASE["S01"], "2": BASE["S02"], "3": BASE["S03"], "4": BASE["S04"]},
                ["1、课程内容实用", "2、讲师表达清楚", "3、练习安排合理"]), [2, 3, 4, 5]),
    ("semicolon.csv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("tab_separated.tsv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("excel_crlf.csv", {**ID, "items": ITEMS}, BASE_LONG, [2, 3, 4, 5]),
    # blank lines at file rows 4 and 6 are dropped; the rows keep their file numbers
    ("blank_rows.csv", ID, BASE_LONG, [2, 3, 5, 7]),
    ("mixed_labels.csv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("spaces.csv", ID, BASE_LONG, [2, 3, 4, 5]),
    ("unicode_text.txt", ID, BASE_LONG, [2, 3, 4, 5]),
    ("google_forms.csv", {"id_column": "Respondent",
                          "items": ["The content was useful", "The trainer explained clearly"]},
     long_frame({"R1": [4, 5], "R2": [3, 4], "R3": [1, 2]},
                ["The content was useful", "The trainer explained clearly"]), [2, 3, 4]),
    # 7 points: 有点同意 5, 非常同意 7, 有点不同意 3, 一般 4, 同意 6, 不同意 2
    ("seven_point.csv", {**ID, "points": 7},
     long_frame({"S01": [5, 7], "S02": [3, 4], "S03": [6, 2], "S04": [7, 1]}, ["课程内容", "讲师表达"]),
     [2, 3, 4, 5]),
    # title row (merged A1:D1) and a note row above the header at row 3: data at spreadsheet rows 4–7
    ("title_row.xlsx", ID, BASE_LONG, [4, 5, 6, 7]),
    # merged 讲师 Trainer / 课程 Course over two columns each, combined with the sub-header row 2
    ("merged_header.xlsx", ID,
     long_frame({"S01": [4, 5, 4, 3], "S02": [2, 3, 2, 4], "S03": [5, 4, 5, 1]},
                ["讲师 Trainer - 表达", "讲师 Trainer - 互动", "课程 Course - 内容", "课程 Course - 练习"]),
     [3, 4, 5]),
    ("numbers_as_text.xlsx", ID, BASE_LONG, [2, 3, 4, 5]),
]

# ------------------------------------------------------------------------------------------------------------
# Files refused: (file, read_likert keyword arguments, {lang: fragments the message must contain})
# ------------------------------------------------------------------------------------------------------------
REFUSED = [
    ("empty.csv", ID, {"zh": ["empty.csv", "是空的"], "en": ["empty.csv", "is empty"]}),
    ("header_only.csv", ID, {"zh": ["header_only.csv", "只有表头（第 1 行）", "没有任何答卷"],
                             "en": ["header_only.csv", "header (row 1)", "no responses"]}),
    ("pipe_delimiter.csv", ID, {"zh": ["pipe_delimiter.csv", "分隔符看来不对", "学号|课程内容", "逗号、分号、制表符"],
                                "en": ["pipe_delimiter.csv", "delimiter looks wrong", "学号|课程内容",
                                       "comma, semicolon, tab"]}),
    ("missing_column.csv", ID, {"zh": ["missing_column.csv", "缺少列：\"学号\"", "\"编号\"、\"课程内容\""],
                                "en": ["missing_column.csv", "no column \"学号\"", "\"编号\", \"课程内容\""]}),
    ("duplicate_id.csv", ID, {"zh": ["duplicate_id.csv", "\"学号\" 列", "\"S02\"", "第 3、5 行"],
                              "en": ["duplicate_id.csv", "column \"学号\"", "\"S02\"", "rows 3, 5"]}),
    ("unknown_label.csv", ID, {"zh": ["文件 unknown_label.csv 第 4 行，\"讲师表达\" 列：无法识别的答案 \"超喜欢\"",
                                      "1～5 的数字，或 非常不同意 / 不同意 / 一般 / 同意 / 非常同意 / …",
                                      "该列共 3 个"],
                               "en": ["File unknown_label.csv, row 4, column \"讲师表达\": unrecognised answer \"超喜欢\"",
                                      "a number from 1 to 5, or strongly disagree / disagree / neutral / agree",
                                      "3 values in this column"]}),
    ("code_6.csv", ID, {"zh": ["code_6.csv 第 3 行", "\"练习安排\"", "超出量表范围", "\"6\"", "1～5"],
                        "en": ["code_6.csv, row 3", "\"练习安排\"", "outside the scale", "\"6\"", "1 to 5"]}),
    ("code_0.csv", ID, {"zh": ["code_0.csv 第 5 行", "\"课程内容\"", "\"0\"", "1～5"],
                        "en": ["code_0.csv, row 5", "\"课程内容\"", "\"0\"", "1 to 5"]}),
    ("blank_answer.csv", ID, {"zh": ["blank_answer.csv 第 4 行", "\"课程内容\"", "答案为空"],
                              "en": ["blank_answer.csv, row 4", "\"课程内容\"", "blank answer"]}),
    ("duplicate_header.csv", ID, {"zh": ["duplicate_header.csv 第 1 行", "\"课程内容\"", "第 B、D 列"],
                                  "en": ["duplicate_header.csv", "row 1", "\"课程内容\"", "columns B, D"]}),
    # the sep=; line is hidden by Excel, so the bad 9 of the third data line is on spreadsheet row 4
    ("sep_line.csv", ID, {"zh": ["sep_line.csv 第 4 行", "\"讲师表达\"", "\"9\""],
                          "en": ["sep_line.csv, row 4", "\"讲师表达\"", "\"9\""]}),
    ("latin1.csv", {"id_column": "id"}, {"zh": ["latin1.csv", "编码无法识别", "CSV UTF-8"],
                                         "en": ["latin1.csv", "encoding", "CSV UTF-8"]}),
    ("old_format.xls", ID, {"zh": ["old_format.xls", "旧版 Excel", ".xlsx"], "en": ["old_format.xls", "old Excel", ".xlsx"]}),
    ("password.xlsx", ID, {"zh": ["password.xlsx", "设了密码", "另存为 .xlsx"],
                           "en": ["password.xlsx", "password-protected", "save it as .xlsx"]}),
    ("renamed.xlsx", ID, {"zh": ["renamed.xlsx", "无法作为 Excel 工作簿打开"],
                          "en": ["renamed.xlsx", "cannot be opened as an Excel workbook"]}),
    # title row 1, blank row 2, header row 3: S03 is on spreadsheet row 6
    ("bad_label_title.xlsx", ID, {"zh": ["bad_label_title.xlsx 第 6 行", "\"练习安排\"", "\"超喜欢\"", "该列只有这一处"],
                                  "en": ["bad_label_title.xlsx, row 6", "\"练习安排\"", "\"超喜欢\"", "only one"]}),
]


@pytest.mark.parametrize("name, kwargs, expected, rows", READ, ids=[c[0] for c in READ])
def test_corpus_file_is_read(name, kwargs, expected, rows):
    """The file gives exactly the tidy frame of the survey it holds, and keeps the spreadsheet row numbers."""
    result = read_likert(CORPUS / name, **kwargs)
    pd.testing.assert_frame_equal(result, expected)
    assert read_table(CORPUS / name).rows == rows


@pytest.mark.parametrize("name, kwargs, fragments", REFUSED, ids=[c[0] for c in REFUSED])
def test_corpus_file_is_refused(name, kwargs, fragments, lang):
    """The file is refused with one InputError naming the file (and row, column, value where there are such)."""
    with pytest.raises(cxlab.InputError) as caught:
        read_likert(CORPUS / name, **kwargs)
    message = str(caught.value)
    for fragment in fragments[lang]:
        assert fragment in message, (fragment, message)
    assert "\n" not in message


def test_every_corpus_file_has_one_case_and_a_readme_line():
    """No corpus file goes untested or undocumented, and no case points at a missing file."""
    files = sorted(p.name for p in CORPUS.iterdir() if p.name != "README.md")
    cases = sorted([c[0] for c in READ] + [c[0] for c in REFUSED])
    assert cases == files
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert [f for f in files if f"`{f}`" not in readme] == []
    assert len(files) >= 15


def test_corpus_cell_values_are_normalised_strings():
    """Numbers stored as text, real numbers, 2.0 and a full-width 3 all arrive as the same kind of string."""
    table = read_table(CORPUS / "numbers_as_text.xlsx")
    assert table.frame.dtypes.tolist() == [object] * 4
    assert table.frame["课程内容"].tolist() == ["4", "2", "5", "3"]
    assert table.frame["讲师表达"].tolist() == ["5", "4", "5.0", "2"]
    assert table.frame["练习安排"].tolist() == ["3", "4", "1", "4"]
    assert table.sheet == "Sheet"


def test_excel_csv_keeps_quoted_fields_and_drops_blank_columns():
    """Quoted commas, doubled quotes and a line break stay inside one cell; empty trailing columns vanish."""
    table = read_table(CORPUS / "excel_crlf.csv")
    assert table.columns == ["学号", *ITEMS, "备注"]
    # the line break inside the quoted cell is white space, collapsed by normalise
    assert table.frame["备注"].tolist() == ["节奏快, 但很实用", None, '希望多一些"案例"', "第一行 第二行"]


def test_title_row_header_and_sheet_choice():
    """The header is found under a merged title; header= and sheet= choose explicitly."""
    table = read_table(CORPUS / "title_row.xlsx")
    assert table.header_row == 3 and table.sheet == "问卷结果"
    assert read_table(CORPUS / "title_row.xlsx", header=3).frame.equals(table.frame)
    other = read_table(CORPUS / "bad_label_title.xlsx", sheet="统计")
    assert other.columns == ["题目", "平均分"] and other.frame.iloc[0].tolist() == ["课程内容", "3.5"]
    assert read_table(CORPUS / "bad_label_title.xlsx", sheet=2).columns == ["题目", "平均分"]


def test_bad_sheet_and_bad_header_are_refused(lang):
    """A sheet that does not exist lists the sheets there are; header= outside the file says the range."""
    with pytest.raises(cxlab.InputError, match="统计") as caught:
        read_table(CORPUS / "bad_label_title.xlsx", sheet="Sheet9")
    assert "Sheet9" in str(caught.value) and "答卷" in str(caught.value)
    with pytest.raises(cxlab.InputError, match="header = 99") as caught:
        read_table(CORPUS / "utf8_codes.csv", header=99)
    assert "1" in str(caught.value) and "5" in str(caught.value)


# ------------------------------------------------------------------------------------------------------------
# normalise
# ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("ＡＢ１２３", "AB123"),
    ("\u3000非常同意\u3000", "非常同意"),
    ("strongly    agree", "strongly agree"),
    ("\ufeff学号", "学号"),
    ("同\u200b意", "同意"),
    ("  \t\n ", None),
    ("", None),
    (None, None),
    (float("nan"), None),
    (pd.NA, None),
    (3, "3"),
    (3.0, "3"),
    (np.int64(4), "4"),
    (2.5, "2.5"),
    (0.1 + 0.2, "0.3"),
    (True, "TRUE"),
    ("外观 Appearance", "外观 Appearance"),
    ("（备注）", "(备注)"),
])
def test_normalise_examples(value, expected):
    """Full-width to half-width, white space trimmed and collapsed, invisible characters gone, blanks → None."""
    assert normalise(value) == expected


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_normalise_is_idempotent_and_never_raises_on_text(text):
    """normalise(normalise(x)) == normalise(x); the result is None or trimmed text without double spaces."""
    once = normalise(text)
    assert normalise(once) == once
    if once is not None:
        assert once == once.strip() and "  " not in once and once != ""


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), st.text(), st.binary()))
def test_normalise_accepts_any_cell(value):
    """Any cell a reader can meet gives None or a str, and normalising that again changes nothing."""
    once = normalise(value)
    assert once is None or isinstance(once, str)
    assert normalise(once) == once


# ------------------------------------------------------------------------------------------------------------
# codes and unique
# ------------------------------------------------------------------------------------------------------------

KANO_LABELS = {"很喜欢": 1, "理所当然": 2, "无所谓": 3, "能忍受": 4, "很不喜欢": 5, "Like": 1}


def test_codes_accepts_numbers_in_many_spellings():
    """'3', '3.0', '３', ' 3 ', 3 and 3.0 are all the code 3; labels map through the dict."""
    table = read_table(pd.DataFrame({"q": ["3", "3.0", "３", " 3 ", 3, 3.0, "很喜欢", "LIKE", "能 忍受"]}))
    result = codes(table, "q", labels=KANO_LABELS)
    assert result.tolist() == [3, 3, 3, 3, 3, 3, 1, 1, 4]
    assert result.dtype == np.int64 and result.name == "q"
    assert result.index.equals(table.frame.index)


def test_codes_message_matches_the_brief(lang):
    """The message names file, row, column, value, the accepted codes and labels, and the count of bad cells."""
    frame = pd.DataFrame({"外观-功能": ["1", "2", "超喜欢", "3", "x", "4", "9"]})
    table = read_table(frame)
    table.name = "class.xlsx"
    table.rows = [3, 4, 7, 8, 9, 10, 11]
    with pytest.raises(cxlab.InputError) as caught:
        codes(table, "外观-功能", labels=KANO_LABELS)
    expected = {
        "zh": '文件 class.xlsx 第 7 行，"外观-功能" 列：无法识别的答案 "超喜欢"。'
              "可接受：1～5 的数字，或 很喜欢 / 理所当然 / 无所谓 / 能忍受 / 很不喜欢 / …（该列共 3 个无法接受的值）",
        "en": 'File class.xlsx, row 7, column "外观-功能": unrecognised answer "超喜欢". '
              "Accepted: a number from 1 to 5, or 很喜欢 / 理所当然 / 无所谓 / 能忍受 / 很不喜欢 / … "
              "(3 values in this column cannot be accepted)",
    }
    assert str(caught.value) == expected[lang]


def test_codes_blanks_refused_or_kept():
    """A blank cell is an error by default; with allow_blank=True it stays missing (Int64)."""
    table = read_table(pd.DataFrame({"id": ["a", "b", "c"], "q": ["1", None, "5"]}))
    with pytest.raises(cxlab.InputError, match="DataFrame 第 2 行（索引 1）.*答案为空"):
        codes(table, "q")
    kept = codes(table, "q", allow_blank=True)
    assert str(kept.dtype) == "Int64" and kept.tolist()[0] == 1 and kept.isna().tolist() == [False, True, False]


def test_codes_valid_set_and_label_outside_it():
    """valid limits numbers and labels alike: on a 1–3 scale a 4 or a label coded 5 is out of range."""
    table = read_table(pd.DataFrame({"q": ["1", "2", "3"]}))
    assert codes(table, "q", valid=[1, 2, 3]).tolist() == [1, 2, 3]
    with pytest.raises(cxlab.InputError, match=r'"很不喜欢".*数字 1, 3 之一'):
        codes(read_table(pd.DataFrame({"q": ["1", "很不喜欢"]})), "q", labels=KANO_LABELS, valid=[1, 3])
    with pytest.raises(cxlab.InputError, match=r'超出量表范围的代码 "2\.5"|无法识别的答案 "2\.5"'):
        codes(read_table(pd.DataFrame({"q": ["1", "2.5"]})), "q")


def test_codes_missing_column_lists_columns(lang):
    table = read_table(pd.DataFrame({"id": ["a"], "q1": ["1"]}))
    with pytest.raises(cxlab.InputError, match="q2") as caught:
        codes(table, "q2")
    assert '"id"' in str(caught.value) and '"q1"' in str(caught.value)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_codes_and_labels_give_the_same_ints(answers, rng):
    """Writing each answer as a code or as any zh/en label variant (any case, padded) gives the same ints."""
    labels = surveys.likert_labels(5)
    by_code = {}
    for label, code in labels.items():
        by_code.setdefault(code, []).append(label)

    def spell(code):
        choice = rng.randrange(4)
        if choice == 0:
            return str(code)
        word = rng.choice(by_code[code])
        return {1: word, 2: "\u3000" + word.upper() + " ", 3: word.title()}[choice]

    as_codes = read_table(pd.DataFrame({"q": [str(a) for a in answers]}))
    as_labels = read_table(pd.DataFrame({"q": [spell(a) for a in answers]}))
    assert codes(as_labels, "q", labels=labels).tolist() == codes(as_codes, "q").tolist() == answers


def test_unique_names_rows_and_value(lang):
    """Repeated ids name every spreadsheet row holding the first one, and how many other ids repeat."""
    table = read_table(pd.DataFrame({"id": ["a", "b", "a", "c", "b", "a"]}))
    with pytest.raises(cxlab.InputError) as caught:
        unique(table, "id")
    message = str(caught.value)
    assert '"a"' in message and {"zh": "第 1、3、6 行", "en": "rows 1, 3, 6"}[lang] in message
    assert {"zh": "另有 1 个编号", "en": "1 other ids"}[lang] in message
    with pytest.raises(cxlab.InputError, match={"zh": r"第 2 行（索引 1）", "en": r"row 2 \(index 1\)"}[lang]):
        unique(read_table(pd.DataFrame({"id": ["a", None, "c"], "q": ["1", "2", "3"]})), "id")
    assert unique(read_table(pd.DataFrame({"id": ["a", "b"]})), "id").tolist() == ["a", "b"]


# ------------------------------------------------------------------------------------------------------------
# read_table on DataFrames and odd sources; read_likert options
# ------------------------------------------------------------------------------------------------------------


def test_read_table_from_dataframe():
    """Header normalised, cells normalised, blank rows and columns dropped; rows numbered as a person counts
    them (1 = the first row of the frame) and their index labels kept for messages."""
    frame = pd.DataFrame({" ID ": ["a", None, "b", "c"], "Ｑ１": [3, None, "４", 2.0], "empty": [None] * 4,
                          "  ": [None] * 4})
    table = read_table(frame)
    assert table.name == "DataFrame"
    assert table.columns == ["ID", "Q1", "empty"]  # a named column with no answers stays; a nameless blank goes
    assert table.frame.to_numpy().tolist() == [["a", "3", None], ["b", "4", None], ["c", "2", None]]
    assert table.rows == [1, 3, 4] and table.row_of(2) == 4 and table.index == [0, 2, 3]
    assert all(dtype == object for dtype in table.frame.dtypes)


def test_read_table_keeps_booleans_apart_from_numbers():
    """True is not silently read as the code 1 (pandas hashes True like 1)."""
    table = read_table(pd.DataFrame({"q": [1, True, 0, False, 1.0]}))
    assert table.frame["q"].tolist() == ["1", "TRUE", "0", "FALSE", "1"]
    with pytest.raises(cxlab.InputError, match='"TRUE"'):
        codes(table, "q", valid=[0, 1])


def test_read_table_names_nameless_column_by_letter_and_joins_multiindex():
    table = read_table(pd.DataFrame([["a", "1", "x"]], columns=["id", "q", None]))
    assert table.columns == ["id", "q", "C"]
    multi = pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("外观", "功能"), ("外观", "反向")]))
    assert read_table(multi).columns == ["外观 - 功能", "外观 - 反向"]


def test_read_table_required_columns(lang):
    with pytest.raises(cxlab.InputError) as caught:
        read_table(CORPUS / "utf8_codes.csv", required=["学号", "性别", "年级"])
    message = str(caught.value)
    assert '"性别"' in message and '"年级"' in message and '"讲师表达"' in message and "utf8_codes.csv" in message
    assert read_table(CORPUS / "utf8_codes.csv", required="学号\u3000").columns[0] == "学号"


@pytest.mark.parametrize("source, fragment", [
    (42, "42"),
    ("no/such/file.csv", "no/such/file.csv"),
])
def test_read_table_refuses_bad_sources(source, fragment):
    with pytest.raises(cxlab.InputError, match=fragment):
        read_table(source)


def test_read_table_refuses_unknown_suffix(tmp_path):
    path = tmp_path / "survey.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(cxlab.InputError, match=r"survey\.json.*\.json.*\.csv"):
        read_table(path)


def test_read_table_full_width_comma_delimiter(tmp_path):
    """A file split by full-width commas (typed on a Chinese keyboard) is still read."""
    path = tmp_path / "fullwidth.csv"
    path.write_text("学号，q1，q2\nS01，4，5\n", encoding="utf-8")
    assert read_table(path).frame.to_numpy().tolist() == [["S01", "4", "5"]]


def test_read_likert_options(lang):
    """items= selects columns, labels= replaces the built-in labels, points= outside 2–11 is refused."""
    frame = pd.DataFrame({"id": ["a", "b"], "q1": ["好", "差"], "q2": ["1", "2"], "note": ["x", None]})
    result = read_likert(frame, id_column="id", items=["q1"], labels={"差": 1, "好": 3}, points=3)
    assert result.to_numpy().tolist() == [["a", "q1", 3], ["b", "q1", 1]]
    with pytest.raises(cxlab.InputError, match="points = 4.5"):
        read_likert(frame, id_column="id", points=4.5)
    with pytest.raises(cxlab.InputError, match='"note".*items=') as caught:  # every other column is an item
        read_likert(frame.drop(columns="q1"), id_column="id")
    assert str(caught.value).count("items=") == 1
    with pytest.raises(cxlab.InputError) as caught:  # with items= given, no hint about items=
        read_likert(frame, id_column="id", items=["q2", "note"])
    assert "items=" not in str(caught.value) and '"note"' in str(caught.value)
    with pytest.raises(cxlab.InputError, match='"id"'):
        read_likert(frame[["id"]], id_column="id")


def test_likert_labels_cover_every_code_in_both_languages():
    """Each scale point has zh and en labels; no label means two codes; messages show the current language."""
    for points, scale in surveys.AGREEMENT_LABELS.items():
        assert sorted(scale) == list(range(1, points + 1))
        seen = {}
        for table in (surveys.AGREEMENT_LABELS, surveys.SATISFACTION_LABELS):
            for code, variants in table[points].items():
                assert variants["zh"] and variants["en"]
                for word in variants["zh"] + variants["en"]:
                    assert seen.setdefault(surveys._key(word), code) == code, word
    zh, en = surveys.likert_labels(5, "zh"), surveys.likert_labels(5, "en")
    assert list(zh)[:5] == ["非常不同意", "不同意", "一般", "同意", "非常同意"]
    assert list(en)[:5] == ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
    assert zh == en  # same mapping, different order
    assert all(set(string.ascii_letters + " ").issuperset(w) for w in list(en)[:5])


def _merged_book(path, second_row):
    book = __import__("openpyxl").Workbook()
    ws = book.active
    ws.append(["学号", "外观 Appearance", None])
    ws.append(second_row)
    ws.merge_cells("B1:C1")
    ws.append(["S02", "1", "5"])
    book.save(path)
    return path


def test_merged_header_without_sub_header_is_a_duplicate(tmp_path, lang):
    """A merged header over two columns with data (not names) below cannot be told apart: refused, naming it."""
    path = _merged_book(tmp_path / "merged.xlsx", ["S01", "2", "4"])
    with pytest.raises(cxlab.InputError) as caught:
        read_table(path)
    assert "merged.xlsx" in str(caught.value) and '"外观 Appearance"' in str(caught.value)
    assert {"zh": "第 B、C 列", "en": "columns B, C"}[lang] in str(caught.value)


def test_merged_header_with_sub_header_is_combined(tmp_path):
    """The brief's example: 外观 over two columns, 功能 / 反向 below → "外观 Appearance - 功能" …; data from row 3."""
    table = read_table(_merged_book(tmp_path / "merged.xlsx", [None, "功能", "反向"]))
    assert table.columns == ["学号", "外观 Appearance - 功能", "外观 Appearance - 反向"]
    assert table.rows == [3] and table.frame.iloc[0].tolist() == ["S02", "1", "5"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(1, 5), min_size=3, max_size=3), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_any_plain_export_round_trips(answers, delimiter, encoding, newline, as_labels):
    """Whatever the delimiter, encoding, line ending or answer wording, the file gives back the answers."""
    import tempfile

    words = surveys.likert_labels(5, "zh")
    canonical = {code: label for label, code in reversed(list(words.items()))}
    lines = [delimiter.join(["学号", *ITEMS])]
    for i, row in enumerate(answers):
        cells = [canonical[a] if as_labels else str(a) for a in row]
        lines.append(delimiter.join([f"S{i:02d}", *cells]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_bytes((newline.join(lines) + newline).encode(encoding))
        result = read_likert(path, id_column="学号")
    expected = long_frame({f"S{i:02d}": row for i, row in enumerate(answers)}, ITEMS)
    pd.testing.assert_frame_equal(result, expected)


def test_docstring_examples_run():
    """The >>> examples of cxlab.surveys are real (doctest)."""
    import doctest

    result = doctest.testmod(surveys, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 7 and result.failed == 0
