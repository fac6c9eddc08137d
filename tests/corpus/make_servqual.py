"""Write the SERVQUAL survey corpus, ``tests/corpus/servqual/``: wide exports a trainer may receive, good and bad.

Run from the repository root: ``python tests/corpus/make_servqual.py``. Text files are written byte by byte with
their encoding and line endings, workbooks with openpyxl and fixed document dates, so the corpus can be re-made
identically. ``tests/corpus/servqual/README.md`` lists the files; ``tests/test_servqual_read_survey.py`` holds one
test per file with the exact expected result or message.

The base survey: four respondents answer the 22 items (7-point codes) and share 100 points over the five
dimensions::

    respondent  expectation (items 1..22)   perception (items 1..22)            weights T/Rel/Resp/A/E
    1           6 everywhere                5 everywhere                          10/30/20/20/20
    2           7 everywhere                item 5: 3, otherwise 6                 5/40/25/15/15
    3           6 everywhere                4 everywhere                          20/20/20/20/20
    4           5 everywhere                5 everywhere                          10/35/25/15/15
"""
from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
HERE = Path(__file__).resolve().parent / "servqual"

E = [[6] * 22, [7] * 22, [6] * 22, [5] * 22]
P = [[5] * 22, [6] * 4 + [3] + [6] * 17, [4] * 22, [5] * 22]
W = [[10, 30, 20, 20, 20], [5, 40, 25, 15, 15], [20, 20, 20, 20, 20], [10, 35, 25, 15, 15]]
ZH = {1: "非常不同意", 2: "不同意", 3: "有点不同意", 4: "一般", 5: "有点同意", 6: "同意", 7: "非常同意"}
EN = {1: "strongly disagree", 2: "disagree", 3: "somewhat disagree", 4: "neutral", 5: "somewhat agree",
      6: "agree", 7: "strongly agree"}
DIMENSIONS_ZH = ["有形性", "可靠性", "响应性", "保证性", "移情性"]
DIMENSIONS_EN = ["Tangibles", "Reliability", "Responsiveness", "Assurance", "Empathy"]


def write_text(name, rows, encoding="utf-8", newline="\n"):
    def cell(value):
        text = "" if value is None else str(value)
        return f'"{text}"' if ("," in text or '"' in text) else text

    text = newline.join(",".join(cell(c) for c in row) for row in rows) + newline
    (HERE / name).write_bytes(text.encode(encoding))


def wide(e_head, p_head, w_head=None, words=None, ids="序号", e=E, p=P, w=W, extra=()):
    """Header + 4 rows: [id] [extra ...] E1..E22 [W1..W5] P1..P22."""
    header = ([ids] if ids else []) + [x[0] for x in extra] + [e_head(i) for i in range(1, 23)]
    if w_head:
        header += [w_head(k) for k in range(5)]
    header += [p_head(i) for i in range(1, 23)]
    rows = [header]
    for r in range(4):
        row = ([r + 1] if ids else []) + [x[1][r] for x in extra]
        row += [words[v] if words else v for v in e[r]]
        if w_head:
            row += list(w[r])
        row += [words[v] if words else v for v in p[r]]
        rows.append(row)
    return rows


def text_files():
    # 1. E1/P1 codes, W1..W5, UTF-8, id column 序号
    write_text("codes_ep.csv", wide(lambda i: f"E{i}", lambda i: f"P{i}", lambda k: f"W{k + 1}"))
    # 2. GBK, CRLF, 期望1/感知1, one blank perception (row 4 = respondent 3, 感知7), no weights
    rows = wide(lambda i: f"期望{i}", lambda i: f"感知{i}")
    rows[3][rows[0].index("感知7")] = None
    write_text("gbk_qiwang_ganzhi.csv", rows, encoding="gb18030", newline="\r\n")
    # 3. item wording as headers (English), English labels, weights "Reliability (points)"
    from cxlab.i18n import t

    write_text("item_text_en.csv",
               wide(lambda i: t(f"servqual.item.{i}.expectation", lang="en"),
                    lambda i: t(f"servqual.item.{i}.perception", lang="en"),
                    lambda k: f"{DIMENSIONS_EN[k]} (points)", words=EN, ids="Respondent ID"))
    # 4. out of scale: 8 in row 4 (respondent 3), column P7
    rows = wide(lambda i: f"E{i}", lambda i: f"P{i}")
    rows[3][rows[0].index("P7")] = 8
    write_text("out_of_scale.csv", rows)
    # 5. item 13 missing in both blocks
    rows = wide(lambda i: f"E{i}", lambda i: f"P{i}")
    drop = [rows[0].index("E13"), rows[0].index("P13")]
    write_text("missing_item.csv", [[c for j, c in enumerate(row) if j not in drop] for row in rows])
    # 6. swapped blocks: the perceptions exported under the E headers and the expectations under the P headers
    write_text("swapped_blocks.csv", wide(lambda i: f"E{i}", lambda i: f"P{i}", e=P, p=E))
    # 7. weights not adding up to 100: row 3 (respondent 2) gives 5/40/25/15/25 = 110
    w = [list(x) for x in W]
    w[1][4] = 25
    write_text("weights_not_100.csv", wide(lambda i: f"Q{i}_期望", lambda i: f"Q{i}_感知",
                                           lambda k: f"权重-{DIMENSIONS_ZH[k]}", w=w))
    # 8. text in a number column: "很好" in row 2 (respondent 1), column E5
    rows = wide(lambda i: f"E{i}", lambda i: f"P{i}")
    rows[1][rows[0].index("E5")] = "很好"
    write_text("text_in_numbers.csv", rows)
    # 9. item 5's expectation twice: E5 and 期望5
    rows = wide(lambda i: f"E{i}", lambda i: f"P{i}")
    rows[0].append("期望5")
    for row in rows[1:]:
        row.append(6)
    write_text("duplicate_item.csv", rows)
    # 10. a file with no SERVQUAL headers at all (numbered questions)
    write_text("no_servqual_headers.csv", wide(lambda i: f"Q{i}", lambda i: f"Q{i + 22}"))


def workbooks():
    # 11. 问卷星-style workbook: submission time, source, a segment column, "第1题(期望)" headers, zh labels
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    extra = [("提交答卷时间", [f"2025/6/{d} 9:0{d}:00" for d in range(1, 5)]), ("来源", ["微信"] * 4),
             ("客户类型", ["个人", "个人", "小微企业", "小微企业"])]
    for row in wide(lambda i: f"第{i}题(期望)", lambda i: f"第{i}题(感知)", words=ZH, extra=extra):
        ws.append(row)
    save_workbook(book, HERE / "wjx_labels.xlsx")


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    text_files()
    workbooks()
    print(f"wrote {len(list(HERE.glob('*.*')))} files to {HERE.name}/")
