"""Write the journey corpus, ``tests/corpus/journey/``: journeys a group filled in, good and bad.

Run from the repository root: ``python tests/corpus/make_journey.py``. Text files are written byte by byte with
their encoding and line endings, the workbook with openpyxl and fixed document dates (``_xlsx.save_workbook``),
so the corpus can be re-made identically. ``tests/corpus/journey/README.md`` lists the files and what each tests;
``tests/test_journey_read.py`` holds one test per file with the exact expected result or message.

The base journey (a bank's credit-card journey), four touchpoints::

    阶段   触点        渠道     到达率   情绪
    认知   朋友推荐    社交媒体  60%     2
    购买   网上申请    官网      100%    1
    使用   第一次刷卡  门店      90%     3
    售后   挂失补卡    电话      8%      -4
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from _xlsx import save_workbook  # run as a script from this folder

HERE = Path(__file__).resolve().parent / "journey"

ZH_HEADER = ["阶段", "触点", "渠道", "到达率", "情绪"]
EN_HEADER = ["Stage", "Touchpoint", "Channel", "Reach", "Emotion"]
ZH_ROWS = [["认知", "朋友推荐", "社交媒体", "60%", 2], ["购买", "网上申请", "官网", "100%", 1],
           ["使用", "第一次刷卡", "门店", "90%", 3], ["售后", "挂失补卡", "电话", "8%", -4]]
EN_ROWS = [["Awareness", "Friend's tip", "Social media", "0.6", 2], ["Purchase", "Online application", "web", "1", 1],
           ["Use", "First payment", "Store", "0.9", 3], ["After-sales", "Lost card", "Phone / hotline", "0.08", -4]]


def write_text(name, rows, encoding="utf-8", newline="\n"):
    text = newline.join(",".join("" if c is None else str(c) for c in row) for row in rows) + newline
    (HERE / name).write_bytes(text.encode(encoding))


def main():
    HERE.mkdir(exist_ok=True)
    write_text("good_zh_gbk.csv", [ZH_HEADER, *ZH_ROWS], encoding="gb18030", newline="\r\n")
    write_text("good_en.csv", [EN_HEADER, *EN_ROWS])
    write_text("unknown_stage.csv", [ZH_HEADER, *ZH_ROWS[:2], ["体验", *ZH_ROWS[2][1:]], ZH_ROWS[3]],
               encoding="utf-8-sig")
    write_text("duplicate_touchpoint.csv", [ZH_HEADER, *ZH_ROWS, ["售后", "挂失补卡", "门店", "2%", -2]],
               encoding="utf-8-sig")
    write_text("reach_over_one.csv", [EN_HEADER, *EN_ROWS[:3], [*EN_ROWS[3][:3], "8", -4]])
    write_text("missing_column.csv", [ZH_HEADER[:3] + ZH_HEADER[4:], *[r[:3] + r[4:] for r in ZH_ROWS]],
               encoding="utf-8-sig")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "旅程"
    sheet.append(["信用卡客户旅程（第三组）"])
    sheet.append([])
    sheet.append(ZH_HEADER)
    for row in ZH_ROWS[:3]:
        sheet.append(row)
    sheet.append(["售后", "挂失补卡", "信鸽", "8%", -4])
    save_workbook(book, HERE / "bad_channel.xlsx")


if __name__ == "__main__":
    main()
