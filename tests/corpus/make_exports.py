"""Write the survey-export corpus, ``tests/corpus/exports/``: the structural oddities of real exports (issue 8).

Run from the repository root: ``python tests/corpus/make_exports.py``. Like ``make_surveys.py`` every file is
written here byte by byte (text files with their encoding and line ends, workbooks with openpyxl through the
byte-stable ``_xlsx.save_workbook``), so the corpus can be re-made and each file's construction is documented
next to it. ``tests/corpus/exports/README.md`` lists the files; ``tests/test_survey_exports.py`` holds one test
per file.

The classes: summary rows under the responses (合计 / 平均 / Total / a row of sums or means), malformed CSV
structure (a quote never closed, an unquoted comma, a short row), signed text numbers (问卷星's skip codes -2 and
-3, "-1", the minus sign U+2212), which sheet of a workbook is read, a recorded dimension of 1,048,576 rows, very
long quoted free text, and messages for numbers stored as text, formulas without a saved value, date-formatted
cells, empty sheets and whitespace-only files.

The base survey is the one of ``make_surveys.py``: learners S01–S04 rate three statements 1–5::

    学号  课程内容  讲师表达  练习安排
    S01      4        5        3
    S02      2        4        4
    S03      5        5        1
    S04      3        2        4
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder
from make_surveys import CODES, HEADER, ZH, lines

HERE = Path(__file__).resolve().parent / "exports"
SUMS = [14, 16, 12]  # column sums of the base survey


def write_text(name, text_lines, encoding="utf-8", newline="\n", final=True):
    text = newline.join(text_lines) + (newline if final else "")
    (HERE / name).write_bytes(text.encode(encoding))


def book_with(rows, title="Sheet1"):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    for row in rows:
        ws.append(row)
    return book, ws


def save(book, name):
    save_workbook(book, HERE / name)


def summary_files():
    base = [HEADER] + CODES
    # 1. 合计 row under the responses (the sums), as a trainer adds it in Excel and saves as CSV
    write_text("summary_total.csv", lines(base + [["合计"] + SUMS]), encoding="utf-8-sig", newline="\r\n")
    # 2. Average row, English, with decimals (3.5, 4.0, 3.0)
    write_text("summary_average_en.csv", lines(base + [["Average", "3.50", "4.00", "3.00"]]))
    # 3. a row of column means with a blank id at the bottom of a workbook (no label at all)
    book, _ = book_with(base + [[None, 3.5, 4, 3]])
    save(book, "summary_means_unlabelled.xlsx")
    # 4. 问卷星-style workbook: answers as option text, then 平均值 and 总计 rows (the label in the first column)
    wjx = [["序号", "提交答卷时间", "课程内容", "讲师表达", "练习安排"]]
    for i, row in enumerate(CODES):
        wjx.append([i + 1, f"2024/3/1 10:0{i}:00"] + [ZH[c] for c in row[1:]])
    wjx += [["平均值", None, 3.5, 4, 3], ["总计", None, 14, 16, 12]]
    book, _ = book_with(wjx, "答卷数据")
    save(book, "summary_wjx_rows.xlsx")
    # 5. a row of column sums with a blank id, CSV (a blank first cell and numbers that are the sums)
    write_text("summary_sums_unlabelled.csv", lines(base + [[""] + SUMS]))
    # 6. 小计 in the id column in the middle of the data (a subtotal after two learners) and Total at the end
    write_text("summary_subtotal_middle.csv",
               lines([HEADER, CODES[0], CODES[1], ["小计", 6, 9, 7], CODES[2], CODES[3], ["Total"] + SUMS]))


def malformed_files():
    # 7. a quote opened in row 3 and never closed: the rest of the file would be swallowed into one cell
    write_text("unclosed_quote.csv", lines([HEADER + ["备注"], CODES[0] + ["很好"], CODES[1] + ['"还行，但是']])
               + lines([CODES[2] + ["不错"], CODES[3] + [""]]))
    # 8. an unquoted comma inside a comment shifts the answers of row 4 (five values under a four-column header)
    write_text("unquoted_comma.csv", lines([HEADER + ["备注"], CODES[0] + ["好"], CODES[1] + ["好"]])
               + ["S03,5,5,1,节奏快,但实用"] + lines([CODES[3] + ["好"]]))
    # 9. a row cut short (two values under a four-column header)
    write_text("short_row.csv", lines([HEADER, CODES[0], ["S02", 2], CODES[2], CODES[3]]))
    # 10. trailing empty fields on every data row (a wider used range in Excel): read, not an error
    write_text("trailing_empty_fields.csv", lines([HEADER] + [r + ["", ""] for r in CODES]), newline="\r\n")


def signed_files():
    # 11. 问卷星 numeric export: -2 = skipped by logic, -3 = not shown; row 3 and row 5
    rows = [HEADER, CODES[0], ["S02", 2, -2, 4], CODES[2], ["S04", -3, 2, 4]]
    write_text("skip_codes_wjx.csv", lines(rows))
    # 12. "-1" stored as text in a workbook (row 4, 练习安排): negative, and a number stored as text
    book, ws = book_with([HEADER, CODES[0], CODES[1], ["S03", 5, 5, "-1"], CODES[3]])
    ws["D4"].number_format = "@"
    save(book, "minus_one_text.xlsx")
    # 13. the minus sign U+2212 typed from a Chinese input method (row 2, 课程内容)
    write_text("unicode_minus.csv", lines([HEADER, ["S01", "\u22121", 5, 3]] + CODES[1:]))


def sheet_files():
    base = [HEADER] + CODES
    # 14. the first sheet is hidden (last term's data); the visible second sheet is this term's
    book, ws = book_with([HEADER, ["S99", 1, 1, 1], ["S98", 1, 1, 1]], "上学期")
    ws.sheet_state = "hidden"
    current = book.create_sheet("本学期")
    for row in base:
        current.append(row)
    save(book, "hidden_first_sheet.xlsx")
    # 15. the first sheet is empty (a cover sheet with one formatted cell), the data on the second
    book, ws = book_with([], "封面")
    ws["A1"].number_format = "@"
    data = book.create_sheet("数据")
    for row in base:
        data.append(row)
    save(book, "empty_first_sheet.xlsx")
    # 16. two visible sheets with data: the first is read, and a note names the other and sheet=
    book, _ = book_with(base, "一班")
    other = book.create_sheet("二班")
    for row in [HEADER, ["T01", 1, 2, 3]]:
        other.append(row)
    save(book, "two_data_sheets.xlsx")
    # 17. every sheet empty: refused, listing the sheets
    book, _ = book_with([], "Sheet1")
    book.create_sheet("Sheet2")
    save(book, "all_sheets_empty.xlsx")
    # 18. one sheet, empty: "its only sheet is empty"
    book, _ = book_with([], "答卷")
    save(book, "only_sheet_empty.xlsx")
    # 19. a bad cell in a workbook of three sheets: the message lists the sheets and how to choose one
    book, _ = book_with([HEADER, CODES[0], ["S02", 2, 4, 7], CODES[2], CODES[3]], "问卷")
    for title in ("说明", "统计"):
        book.create_sheet(title).append([title, "见第一个工作表"])
    save(book, "multi_sheet_bad_cell.xlsx")


def size_files():
    base = [HEADER] + CODES
    # 20. one formatted empty cell at row 1,048,576: the recorded dimension runs to the last Excel row
    book, ws = book_with(base)
    ws.cell(row=1_048_576, column=1).number_format = "0.00"
    save(book, "huge_dimension.xlsx")
    # 21. a 300 KB multi-line quoted comment in the second data row
    comment = "\n".join(f"第 {i} 行评论：课程节奏很好, 但练习时间不够；希望增加案例讨论。" for i in range(3300))
    rows = [HEADER + ["备注"], CODES[0] + ["好"], CODES[1] + ['"' + comment + '"'], CODES[2] + [""],
            CODES[3] + [""]]
    write_text("long_comment.csv", lines(rows), encoding="utf-8-sig", newline="\r\n")
    # 22. a single field of 150,000 characters (over Python's default csv field limit of 131,072)
    rows = [HEADER + ["备注"], CODES[0] + ["x" * 150_000]] + [r + [""] for r in CODES[1:]]
    write_text("field_over_limit.csv", lines(rows))


def message_files():
    # 23. "6" stored as text in a workbook (row 3, 讲师表达): the message says it is a number stored as text
    book, ws = book_with([HEADER, CODES[0], ["S02", 2, "6", 4], CODES[2], CODES[3]])
    ws["C3"].number_format = "@"
    save(book, "text_number_6.xlsx")
    # 24. formulas without a saved result (written by a program, never opened in Excel): row 4, 课程内容
    book, _ = book_with([HEADER, CODES[0], CODES[1], ["S03", "=2+3", "=B2+1", 1], CODES[3]])
    save(book, "formula_no_value.xlsx")
    # 25. codes formatted as dates (Excel shows 1900-01-04 for the code 4): row 2, 课程内容
    book, ws = book_with([HEADER, ["S01", dt.datetime(1900, 1, 4), 5, 3]] + CODES[1:])
    ws["B2"].number_format = "yyyy-mm-dd"
    save(book, "date_cells.xlsx")
    # 26. spaces, tabs and empty lines only
    (HERE / "whitespace_only.csv").write_bytes(b"   \r\n\t\r\n\r\n  \r\n")
    # 27. a byte-order mark and line ends only (an export of an empty survey)
    (HERE / "bom_only.csv").write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    # 28. delimiters only: rows of empty cells
    write_text("delimiters_only.csv", [",,,", ",,,", ",,,"])
    # 29. a KANO export with a skip code -1 typed as text in a dysfunctional column (row 3)
    kano = [["序号", "WiFi(功能)", "WiFi(反向)"], [1, "2", "5"], [2, "1", "-1"], [3, "2", "5"]]
    write_text("kano_minus_one.csv", lines(kano))


def main():
    HERE.mkdir(parents=True, exist_ok=True)
    summary_files()
    malformed_files()
    signed_files()
    sheet_files()
    size_files()
    message_files()
    print(f"wrote {len([p for p in HERE.iterdir() if p.name != 'README.md'])} files to {HERE.name}/")


if __name__ == "__main__":
    main()
