"""journey.read_journey on the corpus of filled-in journeys (tests/corpus/journey/, made by
tests/corpus/make_journey.py): one test per file, with the exact result or the words of the message."""
from __future__ import annotations

import pytest

import cxlab
from cxlab import journey


def test_good_zh_gbk_csv(corpus):
    """Chinese headers and names, percentages, GB18030 with CRLF."""
    tp = journey.read_journey(corpus / "journey" / "good_zh_gbk.csv")
    assert tp[["stage", "touchpoint", "channel", "reach", "emotion"]].values.tolist() == [
        ["awareness", "朋友推荐", "social", 0.6, 2.0], ["purchase", "网上申请", "web", 1.0, 1.0],
        ["use", "第一次刷卡", "store", 0.9, 3.0], ["after_sales", "挂失补卡", "phone", 0.08, -4.0]]


def test_good_en_csv(corpus):
    tp = journey.read_journey(corpus / "journey" / "good_en.csv")
    assert tp["stage"].tolist() == ["awareness", "purchase", "use", "after_sales"]
    assert tp["channel"].tolist() == ["social", "web", "store", "phone"]
    assert journey.emotion_curve(tp).trough["touchpoint"] == "Lost card"


def test_unknown_stage_csv(corpus, lang):
    with pytest.raises(cxlab.InputError) as error:
        journey.read_journey(corpus / "journey" / "unknown_stage.csv")
    text = str(error.value)
    assert "unknown_stage.csv" in text and '"体验"' in text and "阶段" in text
    assert ("第 4 行" in text and "忠诚" in text) if lang == "zh" else ("row 4" in text and "Loyalty" in text)


def test_duplicate_touchpoint_csv(corpus, lang):
    with pytest.raises(cxlab.InputError) as error:
        journey.read_journey(corpus / "journey" / "duplicate_touchpoint.csv")
    text = str(error.value)
    assert '"挂失补卡"' in text
    assert ("第 5 行和第 6 行" if lang == "zh" else "rows 5 and 6") in text


def test_reach_over_one_csv(corpus, lang):
    with pytest.raises(cxlab.InputError) as error:
        journey.read_journey(corpus / "journey" / "reach_over_one.csv")
    text = str(error.value)
    assert "Reach" in text and '"8"' in text
    assert ("第 5 行" in text and "百分数" in text) if lang == "zh" else ("row 5" in text and "percentage" in text)


def test_missing_column_csv(corpus, lang):
    """A builder file without the reach column: the message names it (and its template header) and what is there."""
    with pytest.raises(cxlab.InputError) as error:
        journey.read_journey(corpus / "journey" / "missing_column.csv")
    text = str(error.value)
    assert "missing_column.csv" in text and "reach" in text and '"情绪"' in text
    assert ("到达率" if lang == "zh" else "Reach") in text


def test_bad_channel_xlsx(corpus, lang):
    """A title row and a blank row above the header: the spreadsheet row of the bad cell is 7."""
    with pytest.raises(cxlab.InputError) as error:
        journey.read_journey(corpus / "journey" / "bad_channel.xlsx")
    text = str(error.value)
    assert "bad_channel.xlsx" in text and '"信鸽"' in text and "渠道" in text
    assert ("第 7 行" if lang == "zh" else "row 7") in text


def test_corpus_is_what_the_generator_makes(corpus, tmp_path, monkeypatch):
    """Re-running tests/corpus/make_journey.py gives the same bytes."""
    import importlib.util
    import sys

    monkeypatch.syspath_prepend(str(corpus))
    spec = importlib.util.spec_from_file_location("make_journey", corpus / "make_journey.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)
    module.main()
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (corpus / "journey" / path.name).read_bytes(), path.name
    sys.modules.pop("make_journey", None)
