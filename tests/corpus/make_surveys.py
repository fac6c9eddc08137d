"""Write the survey bad-input corpus, ``tests/corpus/surveys/``: real files a class survey can arrive as.

Run from the repository root: ``python tests/corpus/make_surveys.py``. Every file is written here (text files
byte by byte with their encoding and line endings, workbooks with openpyxl), so the corpus can be re-made and
each file's construction is documented next to it. ``tests/corpus/surveys/README.md`` lists the files and what
each one tests; ``tests/test_surveys.py`` holds one test per file with the exact expected result or message.

The base survey: four learners (学号 S01–S04) rate three statements on a 5-point agreement scale::

    学号  课程内容  讲师表达  练习安排
    S01      4        5        3
    S02      2        4        4
    S03      5        5        1
    S04      3        2        4
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent / "surveys"

HEADER = ["学号", "课程内容", "讲师表达", "练习安排"]
CODES = [["S01", 4, 5, 3], ["S02", 2, 4, 4], ["S03", 5, 5, 1], ["S04", 3, 2, 4]]
ZH = {1: "非常不同意", 2: "不同意", 3: "一般", 4: "同意", 5: "非常同意"}
EN = {1: "Strongly disagree", 2: "Disagree", 3: "Neutral", 4: "Agree", 5: "Strongly agree"}


def lines(rows, sep=","):
    return [sep.join(str(c) for c in row) for row in rows]


def write_text(name, text_lines, encoding="utf-8", newline="\n", final=True):
    text = newline.join(text_lines) + (newline if final else "")
    (HERE / name).write_bytes(text.encode(encoding))


def labelled(rows, words):
    return [[r[0]] + [words[c] for c in r[1:]] for r in rows]


def save(book, name):
    save_workbook(book, HERE / name)


def text_files():
    base = [HEADER] + CODES
    # 1. plain UTF-8, comma, LF, codes
    write_text("utf8_codes.csv", lines(base))
    # 2. Excel "CSV UTF-8 (Comma delimited)": BOM, CRLF, Chinese labels
    write_text("utf8_bom_labels.csv", lines([HEADER] + labelled(CODES, ZH)), encoding="utf-8-sig", newline="\r\n")
    # 3. 问卷星-style export saved by Chinese Windows Excel as "CSV (逗号分隔)": GBK (gb18030) bytes, CRLF,
    #    platform columns before the questions, answers as option text
    wjx_header = ["序号", "提交答卷时间", "所用时间", "来源", "1、课程内容实用", "2、讲师表达清楚", "3、练习安排合理"]
    wjx_rows = [[i + 1, f"2024/3/1 10:0{i}:00", f"{60 + 7 * i}秒", "微信"] + [ZH[c] for c in r[1:]]
                for i, r in enumerate(CODES)]
    write_text("wjx_gbk.csv", lines([wjx_header] + wjx_rows), encoding="gb18030", newline="\r\n")
    # 4. European Excel: semicolon delimiter (read correctly)
    write_text("semicolon.csv", lines(base, ";"))
    # 5. pipe delimiter: every line is one column -> refused (delimiter looks wrong)
    write_text("pipe_delimiter.csv", lines(base, "|"))
    # 6. tab-separated
    write_text("tab_separated.tsv", lines(base, "\t"))
    # 7. CSV exported by Excel: CRLF, trailing empty cells of a wider used range, a quoted comment holding a
    #    comma, a quote and a line break (the comment column is not an item)
    excel_rows = [HEADER + ["备注", "", ""]]
    comments = ['"节奏快, 但很实用"', "", '"希望多一些""案例"""', '"第一行\r\n第二行"']
    for r, comment in zip(CODES, comments):
        excel_rows.append([str(c) for c in r] + [comment, "", ""])
    write_text("excel_crlf.csv", lines(excel_rows), encoding="utf-8-sig", newline="\r\n")
    # 8. empty file, 0 bytes
    (HERE / "empty.csv").write_bytes(b"")
    # 9. header only
    write_text("header_only.csv", lines([HEADER]))
    # 10. the id column is called 编号, not 学号 -> missing column
    write_text("missing_column.csv", lines([["编号"] + HEADER[1:]] + CODES))
    # 11. blank rows in the middle (an empty line and a line of empty cells) and at the end
    blank_rows = lines([HEADER, CODES[0], CODES[1]]) + [""] + lines([CODES[2]]) + [",,,"] + lines([CODES[3]]) + [""]
    write_text("blank_rows.csv", blank_rows)
    # 12. duplicated respondent id (S02 submitted twice, rows 3 and 5)
    write_text("duplicate_id.csv", lines([HEADER, CODES[0], CODES[1], CODES[2], ["S02", 3, 3, 3], CODES[3]]))
    # 13. unknown label "超喜欢" (row 4, 讲师表达), and two more bad cells in that column
    rows = labelled(CODES, ZH)
    rows[2][2] = "超喜欢"
    rows[3][2] = "还行吧"
    rows.append(["S05", "同意", "很棒", "同意"])
    write_text("unknown_label.csv", lines([HEADER] + rows), encoding="utf-8-sig")
    # 14. out-of-range code 6 on a 5-point scale (row 3, 练习安排)
    write_text("code_6.csv", lines([HEADER, CODES[0], ["S02", 2, 4, 6], CODES[2], CODES[3]]))
    # 15. out-of-range code 0 (a 0–4 export) (row 5, 课程内容)
    write_text("code_0.csv", lines([HEADER, CODES[0], CODES[1], CODES[2], ["S04", 0, 2, 4]]))
    # 16. zh and en labels mixed, different cases, a code
    mixed = [["S01", "同意", "strongly agree", 3], ["S02", "Disagree", "AGREE", "同意"],
             ["S03", "非常同意", "Strongly  Agree", "非常不同意"], ["S04", "neutral", "不同意", "Agree"]]
    write_text("mixed_labels.csv", lines([HEADER] + mixed))
    # 17. trailing and full-width spaces (and a full-width digit) in headers and labels
    spaced_header = ["学号\u3000", " 课程内容 ", "讲师表达\u3000\u3000", "练习安排 "]
    spaced = [["S01 ", " 同意", "非常同意\u3000", "一般 "], ["\u3000S02", "不同意  ", " 同意 ", "同意"],
              ["S03", "非常同意 ", "\u3000非常同意", " 非常不同意"], ["S04", "一般", "不同意\u3000", "\uff14"]]
    write_text("spaces.csv", lines([spaced_header] + spaced), encoding="utf-8-sig")
    # 18. a blank answer (row 4, 课程内容)
    write_text("blank_answer.csv", lines([HEADER, CODES[0], CODES[1], ["S03", "", 5, 1], CODES[3]]))
    # 19. two columns with the same header -> refused
    write_text("duplicate_header.csv", lines([["学号", "课程内容", "讲师表达", "课程内容"]] + CODES))
    # 20. Excel's "Unicode text" (UTF-16 LE with BOM, tab-separated, CRLF)
    write_text("unicode_text.txt", lines([HEADER] + labelled(CODES, ZH), "\t"), encoding="utf-16", newline="\r\n")
    # 21. Excel's "sep=;" first line (Excel hides it, so the header is row 1 on screen)
    write_text("sep_line.csv", ["sep=;"] + lines([HEADER, CODES[0], CODES[1], ["S03", 5, 9, 1], CODES[3]], ";"))
    # 22. Latin-1 bytes (a Mac/Western export): neither UTF-8 nor GB18030 -> refused
    (HERE / "latin1.csv").write_bytes("id,café\nS01,4\n".encode("latin-1"))
    # 23. Google Forms export (English labels, Timestamp and Email columns before the questions)
    google = [["Timestamp", "Email address", "Respondent", "The content was useful", "The trainer explained clearly"],
              ["2024/03/01 10:02:11 AM GMT+8", "a@example.com", "R1", "Agree", "Strongly agree"],
              ["2024/03/01 10:05:40 AM GMT+8", "b@example.com", "R2", "Neither agree nor disagree", "Agree"],
              ["2024/03/01 10:09:03 AM GMT+8", "c@example.com", "R3", "Strongly disagree", "Disagree"]]
    write_text("google_forms.csv", lines(google))
    # 24. a 7-point scale with zh labels
    seven = [["学号", "课程内容", "讲师表达"], ["S01", "有点同意", "非常同意"], ["S02", "有点不同意", "一般"],
             ["S03", "同意", "不同意"], ["S04", "7", "1"]]
    write_text("seven_point.csv", lines(seven))
    # 25. an old binary Excel file (.xls, OLE2 signature) -> refused, save as .xlsx
    (HERE / "old_format.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # 26b. a password-protected workbook: Excel wraps it in an OLE2 container (only the signature matters here)
    (HERE / "password.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # 26. a CSV renamed to .xlsx -> refused (not a workbook)
    (HERE / "renamed.xlsx").write_bytes("\n".join(lines(base)).encode("utf-8"))


def excel_files():
    # 27. a title row (merged across the table) and a note row above the header; data from row 4
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "问卷结果"
    ws.append(["2024 春季班 课程满意度调查"])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["说明：1 = 非常不同意，5 = 非常同意"])
    ws.append(HEADER)
    for row in CODES:
        ws.append(row)
    save(book, "title_row.xlsx")

    # 28. merged header cells: 讲师 Trainer over two columns and 课程 Course over two, with a sub-header row;
    #     学号 merged over the two header rows. Answers as labels.
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["学号", "讲师 Trainer", None, "课程 Course", None])
    ws.append([None, "表达", "互动", "内容", "练习"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:E1")
    for cell in ws[1]:
        cell.alignment = Alignment(horizontal="center")
    ws.append(["S01", "同意", "非常同意", 4, 3])
    ws.append(["S02", "不同意", "一般", 2, 4])
    ws.append(["S03", "非常同意", "同意", 5, 1])
    save(book, "merged_header.xlsx")

    # 29. numbers stored as text (the green-triangle cells), real numbers, floats and a full-width digit
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER)
    ws.append(["S01", "4", 5, "3"])
    ws.append(["S02", 2.0, "4", " 4 "])
    ws.append(["S03", "5", "5.0", 1])
    ws.append(["S04", "\uff13", 2, "4"])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.number_format = "@"
    save(book, "numbers_as_text.xlsx")

    # 30. a title row, a blank row, then the header; an unknown label at spreadsheet row 6 and a second
    #     workbook sheet that is not the survey
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "答卷"
    ws.append(["课程满意度（导出自腾讯问卷）"])
    ws.append([])
    ws.append(HEADER)
    rows = labelled(CODES, ZH)
    rows[2][3] = "超喜欢"
    for row in rows:
        ws.append(row)
    other = book.create_sheet("统计")
    other.append(["题目", "平均分"])
    other.append(["课程内容", 3.5])
    save(book, "bad_label_title.xlsx")


def main():
    HERE.mkdir(parents=True, exist_ok=True)
    text_files()
    excel_files()
    print(f"wrote {len(list(HERE.iterdir()))} files to {HERE.name}/")


if __name__ == "__main__":
    main()
