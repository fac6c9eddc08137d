"""Write the NPS / CSAT / CES survey corpus, ``tests/corpus/value/``: exports a trainer may receive, good and bad.

Run from this folder: ``python make_value.py``. Text files are written byte by byte with their encoding and line
endings, workbooks with openpyxl and fixed document dates (``_xlsx.save_workbook``), so the corpus is re-made
identically. ``README.md`` (beside the files) lists them; ``tests/test_value_read_survey.py`` has one test per file.

The base survey: five respondents answer the recommendation question (0-10), satisfaction (1-5) and the CES 2.0
question (1-7)::

    respondent   NPS   CSAT   CES
    1            10    5      7
    2             9    4      6
    3             7    4      4
    4             6    2      3
    5             0    1      1
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder

HERE = Path(__file__).resolve().parent / "value"

NPS = [10, 9, 7, 6, 0]
CSAT = [5, 4, 4, 2, 1]
CES = [7, 6, 4, 3, 1]
ZH_NPS_Q = "您向朋友或同事推荐禾木超市的可能性有多大？"
ZH_CSAT_Q = "总体而言，您对本次购物满意吗？"
ZH_CES_Q = "禾木超市让我很容易就办成了想办的事"
EN_NPS_Q = "How likely is it that you would recommend us to a friend or colleague?"
EN_CSAT_Q = "Overall, how satisfied are you with your visit?"
EN_CES_Q = "The company made it easy for me to handle my issue."
WJX_NPS = {10: "10-非常可能推荐", 0: "0-不可能推荐"}
WJX_CSAT = {5: "非常满意", 4: "满意", 3: "一般", 2: "不满意", 1: "非常不满意"}
WJX_CES = {7: "7-非常同意", 1: "1-非常不同意"}
SM_NPS = {10: "10 - Extremely likely", 0: "0 - Not at all likely"}
SM_CSAT = {5: "Very satisfied", 4: "Satisfied", 3: "Neutral", 2: "Dissatisfied", 1: "Very dissatisfied"}
SM_CES = {7: "Strongly agree", 6: "Agree", 5: "Somewhat agree", 4: "Neither agree nor disagree",
          3: "Somewhat disagree", 2: "Disagree", 1: "Strongly disagree"}


def write_text(name, rows, encoding="utf-8", newline="\n"):
    def cell(c):
        text = "" if c is None else str(c)
        return f'"{text}"' if ("," in text or '"' in text) else text

    text = newline.join(",".join(cell(c) for c in row) for row in rows) + newline
    (HERE / name).write_bytes(text.encode(encoding))


def base(headers, nps=NPS, csat=CSAT, ces=CES, words=({}, {}, {}), ids=True, id_name="序号", extra=()):
    """Header + 5 rows; ``headers`` = (NPS, CSAT, CES) header or None to leave a question out."""
    header = ([id_name] if ids else []) + [e[0] for e in extra] + [h for h in headers if h is not None]
    rows = [header]
    for r in range(5):
        row = ([r + 1] if ids else []) + [e[1][r] for e in extra]
        for h, values, w in zip(headers, (nps, csat, ces), words):
            if h is not None:
                v = values[r]
                row.append(w.get(v, v) if v is not None else None)
        rows.append(row)
    return rows


def text_files():
    # Tencent Questionnaire (腾讯问卷) in GBK with CRLF, answers "9分", id column 编号
    rows = base(("推荐意愿(NPS)", "满意度", None), words=({v: f"{v}分" for v in range(11)},
                                                     {v: f"{v}分" for v in range(1, 6)}, {}), id_name="编号")
    write_text("tencent_gbk.csv", rows, encoding="gb18030", newline="\r\n")
    # SurveyMonkey (English labels on the scale ends, agreement words for CES)
    write_text("surveymonkey_en.csv", base((EN_NPS_Q, EN_CSAT_Q, EN_CES_Q), words=(SM_NPS, SM_CSAT, SM_CES),
                                           id_name="Respondent ID"))
    # Google Forms: Timestamp, plain numbers, no id column, no CES
    stamps = [f"2024/05/0{d} 10:1{d}:00" for d in range(1, 6)]
    write_text("google_forms_en.csv", base(("How likely are you to recommend Hemu Market? (0-10)",
                                            "How satisfied are you? (1-5)", None), ids=False,
                                           extra=[("Timestamp", stamps)]))
    # neutral headers: needs questions={...}
    write_text("explicit_questions.csv", base(("Q1", "Q2", "Q3"), id_name="id"))
    # bad files
    write_text("nps_11.csv", base((ZH_NPS_Q, None, None), nps=[10, 9, 11, 6, 0]))
    write_text("nps_negative.csv", base((ZH_NPS_Q, None, None), nps=[10, 9, 7, -1, 0]))
    write_text("nps_text.csv", base((ZH_NPS_Q, ZH_CSAT_Q, None), nps=[10, "不确定", 7, 6, 0], words=({}, WJX_CSAT, {})))
    write_text("two_nps_columns.csv", [["序号", "推荐意愿", "向家人推荐的可能性"]] +
               [[r + 1, NPS[r], NPS[r]] for r in range(5)])
    write_text("no_question.csv", [["序号", "姓名", "年龄"]] + [[r + 1, f"顾客{r + 1}", 30 + r] for r in range(5)])
    write_text("ces_8.csv", base((None, None, ZH_CES_Q), ces=[7, 6, 8, 3, 1]))
    write_text("csat_unanswered.csv", base((ZH_NPS_Q, ZH_CSAT_Q, None), csat=[None] * 5))


def workbooks():
    # 问卷星 (WJX) workbook: platform columns, labelled scale ends, satisfaction labels, one blank CSAT
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    extra = [("提交答卷时间", [f"2024/5/{d} 9:0{d}:00" for d in range(1, 6)]), ("来源", ["微信"] * 5)]
    for row in base((ZH_NPS_Q, ZH_CSAT_Q, ZH_CES_Q), csat=[5, 4, None, 2, 1], words=(WJX_NPS, WJX_CSAT, WJX_CES),
                    extra=extra):
        ws.append(row)
    save_workbook(book, HERE / "wjx_labels.xlsx")
    # an unknown satisfaction label "超满意" in row 3 (respondent 2)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    rows = base((ZH_NPS_Q, ZH_CSAT_Q, None), words=(WJX_NPS, WJX_CSAT, {}))
    rows[2][2] = "超满意"
    for row in rows:
        ws.append(row)
    save_workbook(book, HERE / "csat_unknown_label.xlsx")


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    text_files()
    workbooks()
