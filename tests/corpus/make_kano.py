"""Write the KANO survey corpus, ``tests/corpus/kano/``: wide exports a trainer may receive, good and bad.

Run from the repository root: ``python tests/corpus/make_kano.py``. Every file is written here (text files byte
by byte with their encoding and line endings, workbooks with openpyxl and fixed document dates), so the corpus
can be re-made identically. ``tests/corpus/kano/README.md`` lists the files and what each tests;
``tests/test_kano_read_survey.py`` holds one test per file with the exact expected result or message.

The base survey: four respondents answer three hotel-app features (codes: 1 like, 2 must-be, 3 neutral,
4 live with, 5 dislike; importance 1..9, one blank)::

    respondent  免费WiFi (f, d, imp)   手机开门 (f, d, imp)   延迟退房 (f, d, imp)
    1           2, 5, 9               1, 3, 6               1, 5, 7
    2           2, 5, 8               1, 4, 5               1, 5, -
    3           1, 5, 9               3, 3, 4               2, 5, 8
    4           2, 5, 7               1, 3, 6               3, 3, 5
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent / "kano"

FEATURES = ["免费WiFi", "手机开门", "延迟退房"]
EN_FEATURES = ["Free Wi-Fi", "Mobile key", "Late checkout"]
ANSWERS = [  # per respondent: (functional, dysfunctional, importance) per feature
    [(2, 5, 9), (1, 3, 6), (1, 5, 7)],
    [(2, 5, 8), (1, 4, 5), (1, 5, None)],
    [(1, 5, 9), (3, 3, 4), (2, 5, 8)],
    [(2, 5, 7), (1, 3, 6), (3, 3, 5)],
]
ZH = {1: "我很喜欢", 2: "理所当然", 3: "无所谓", 4: "能忍受", 5: "很不喜欢"}
ZH_VARIANTS = {1: "非常喜欢", 2: "理应如此", 3: "没感觉", 4: "勉强接受", 5: "不喜欢"}
EN = {1: "I like it", 2: "I expect it", 3: "I am neutral", 4: "I can live with it", 5: "I dislike it"}


def write_text(name, rows, encoding="utf-8", newline="\n"):
    text = newline.join(",".join("" if c is None else str(c) for c in row) for row in rows) + newline
    (HERE / name).write_bytes(text.encode(encoding))


def save(book, name):
    save_workbook(book, HERE / name)


def wide(header_of, words=None, importance=True, ids=True, extra=()):
    """Header + 4 rows. header_of(feature, role) gives a column name; role in functional/dysfunctional/importance."""
    header = (["序号"] if ids else []) + [e[0] for e in extra]
    for feature in range(3):
        header += [header_of(feature, "functional"), header_of(feature, "dysfunctional")]
        if importance:
            header.append(header_of(feature, "importance"))
    rows = [header]
    for r, answers in enumerate(ANSWERS, start=1):
        row = ([r] if ids else []) + [e[1][r - 1] for e in extra]
        for f, d, imp in answers:
            row += [words[f] if words else f, words[d] if words else d]
            if importance:
                row.append(imp)
        rows.append(row)
    return rows


def text_files():
    # 1. codes, UTF-8, "功能-X" / "反向-X" / "X 重要性", id column 编号
    rows = wide(lambda i, role: {"functional": f"功能-{FEATURES[i]}", "dysfunctional": f"反向-{FEATURES[i]}",
                                 "importance": f"{FEATURES[i]} 重要性"}[role])
    rows[0][0] = "编号"
    write_text("codes_utf8.csv", rows)
    # 2. GBK (Chinese Windows Excel "CSV (逗号分隔)"), CRLF, "X-正向" / "X-负向", label variants, no id column
    write_text("gbk_variants.csv",
               wide(lambda i, role: f"{FEATURES[i]}-{'正向' if role == 'functional' else '负向'}", ZH_VARIANTS,
                    importance=False, ids=False),
               encoding="gb18030", newline="\r\n")
    # 3. three naming patterns in one file: X_具备/X_不具备, X 正向问题/X 反向问题, X(功能)/X(反向)
    patterns = [("{x}_具备", "{x}_不具备"), ("{x} 正向问题", "{x} 反向问题"), ("{x}(功能)", "{x}(反向)")]
    write_text("mixed_patterns.csv",
               wide(lambda i, role: patterns[i][0 if role == "functional" else 1].format(x=FEATURES[i]), ZH,
                    importance=False))
    # 4. Google Forms (English): Timestamp first, "X (functional)", "X_func", "X - F" patterns, labels
    en_patterns = [("{x} (functional)", "{x} (dysfunctional)", "{x} (importance)"),
                   ("{x}_func", "{x}_dysf", "{x} (importance)"), ("{x} - F", "{x} - D", "{x} (importance)")]
    stamps = [f"2024/03/0{d} 10:1{d}:00" for d in range(1, 5)]
    write_text("google_forms_en.csv",
               wide(lambda i, role: en_patterns[i][["functional", "dysfunctional", "importance"].index(role)]
                    .format(x=EN_FEATURES[i]), EN, ids=False, extra=[("Timestamp", stamps)]))
    # 5. neutral question numbers: needs pairs={...}
    numbered = wide(lambda i, role: f"Q{i + 1}{'a' if role == 'functional' else 'b'}", importance=False)
    numbered[0][0] = "id"
    write_text("explicit_mapping.csv", numbered)
    # 6. a functional column without its dysfunctional partner (早餐)
    rows = wide(lambda i, role: f"{FEATURES[i]}({'功能' if role == 'functional' else '反向'})", ZH,
                importance=False)
    rows[0].append("早餐(功能)")
    for row, code in zip(rows[1:], (1, 2, 1, 3)):
        row.append(ZH[code])
    write_text("unpaired.csv", rows)
    # 7. wrong pairing: the feature is spelt differently in its two columns (早餐 / 早饭)
    rows = wide(lambda i, role: f"{'功能' if role == 'functional' else '反向'}-{FEATURES[i]}", importance=False)
    rows[0] += ["功能-早餐", "反向-早饭"]
    for row in rows[1:]:
        row += [1, 3]
    write_text("wrong_pairing.csv", rows)
    # 8. an unknown label "超喜欢" (spreadsheet row 3 = respondent 2, column 手机开门(功能))
    rows = wide(lambda i, role: f"{FEATURES[i]}({'功能' if role == 'functional' else '反向'})", ZH,
                importance=False)
    rows[2][3] = "超喜欢"
    write_text("unknown_label.csv", rows)
    # 9./10. importance 0 and 10 (row 4 = respondent 3, column 手机开门 重要性)
    for name, value in (("importance_0.csv", 0), ("importance_10.csv", 10)):
        rows = wide(lambda i, role: {"functional": f"{FEATURES[i]}(功能)", "dysfunctional": f"{FEATURES[i]}(反向)",
                                     "importance": f"{FEATURES[i]}(重要性)"}[role])
        rows[3][6] = value
        write_text(name, rows)
    # 11. a blank dysfunctional answer (row 5 = respondent 4, column 延迟退房(反向))
    rows = wide(lambda i, role: f"{FEATURES[i]}({'功能' if role == 'functional' else '反向'})", importance=False)
    rows[4][6] = None
    write_text("blank_answer.csv", rows)


def workbooks():
    # 12. 问卷星-style xlsx: platform columns, full-width parentheses "X（功能）", label answers, "X（重要性）"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    extra = [("提交答卷时间", [f"2024/3/{d} 9:0{d}:00" for d in range(1, 5)]), ("来源", ["微信"] * 4)]
    rows = wide(lambda i, role: f"{FEATURES[i]}（{ {'functional': '功能', 'dysfunctional': '反向', 'importance': '重要性'}[role]}）",
                ZH, extra=extra)
    for row in rows:
        ws.append(row)
    save(book, "wjx_labels.xlsx")
    # 13. merged header cells: a feature name merged over two columns, 功能 / 反向 in the row below
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "KANO"
    ws.cell(1, 1, "序号")
    ws.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
    for i, feature in enumerate(FEATURES):
        column = 2 + 2 * i
        ws.cell(1, column, feature).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=1, start_column=column, end_row=1, end_column=column + 1)
        ws.cell(2, column, "功能")
        ws.cell(2, column + 1, "反向")
    for r, answers in enumerate(ANSWERS, start=1):
        ws.append([r] + [code for f, d, _ in answers for code in (f, d)])
    save(book, "merged_header.xlsx")


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    text_files()
    workbooks()
    print(f"wrote {len(list(HERE.glob('*.*')))} files to {HERE.name}/")
