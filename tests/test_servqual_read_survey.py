"""servqual.read_survey on the bad-input corpus (tests/corpus/servqual/): one test per file, exact results or
messages naming file, row, column and value."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import servqual

HERE = "servqual"


@pytest.fixture
def path(corpus):
    return lambda name: corpus / HERE / name


@pytest.fixture(autouse=True)
def english():
    cxlab.set_language("en")


def _base_check(survey, weights=True):
    """The base survey: unweighted -1.03 (item 5 = (-1 - 4 - 2 + 0) / 4 = -1.75, reliability = (-1.75 - 4) / 5 =
    -1.15, unweighted = (-4 - 1.15) / 5); weighted per respondent: R1 -1, R2 -1.24, R3 -2, R4 0 -> -1.06."""
    result = servqual.gaps(survey.answers, survey.weights)
    assert len(survey.answers) == 88
    assert result.items.loc[5, "gap"] == pytest.approx(-1.75)
    assert result.unweighted == pytest.approx(-1.03)
    if weights:
        assert result.weighted == pytest.approx(-1.06)
    return result


def test_codes_ep(path):
    survey = servqual.read_survey(path("codes_ep.csv"))
    assert survey.answers["respondent"].unique().tolist() == ["1", "2", "3", "4"]
    assert survey.weights.loc[1, "reliability"] == 40
    _base_check(survey)


def test_gbk_qiwang_ganzhi_blank_is_missing(path):
    survey = servqual.read_survey(path("gbk_qiwang_ganzhi.csv"))
    blank = survey.answers[(survey.answers["respondent"] == "3") & (survey.answers["item"] == 7)]
    assert np.isnan(blank["perception"].iloc[0])
    result = servqual.gaps(survey.answers)
    assert result.missing == 1 and result.items.loc[7, "n"] == 3
    # item 7 without respondent 3: (-1 - 1 + 0) / 3
    assert result.items.loc[7, "gap"] == pytest.approx(-2 / 3)
    assert survey.weights is None


def test_item_text_en(path):
    survey = servqual.read_survey(path("item_text_en.csv"))
    _base_check(survey)


def test_wjx_labels_keeps_segment(path):
    survey = servqual.read_survey(path("wjx_labels.xlsx"), keep=["客户类型"])
    assert survey.answers.columns.tolist() == ["respondent", "客户类型", "item", "expectation", "perception"]
    assert survey.answers["respondent"].unique().tolist() == ["1", "2", "3", "4"]
    _base_check(survey, weights=False)
    assert servqual.segments(survey.answers, "客户类型")["respondents"].tolist() == [2, 2]


def test_out_of_scale(path):
    with pytest.raises(cxlab.InputError, match=r'out_of_scale\.csv, row 4, column "P7".*"8".*1 to 7'):
        servqual.read_survey(path("out_of_scale.csv"))


def test_missing_item(path):
    with pytest.raises(cxlab.InputError, match=r"missing_item\.csv: 2 item column\(s\) missing: E13, P13"):
        servqual.read_survey(path("missing_item.csv"))


def test_swapped_blocks(path):
    with pytest.raises(cxlab.InputError, match=r"swapped_blocks\.csv: perceptions lie above .*\+1\.03.*100%"):
        servqual.read_survey(path("swapped_blocks.csv"))
    survey = servqual.read_survey(path("swapped_blocks.csv"), check_swapped=False)
    assert servqual.gaps(survey.answers).unweighted == pytest.approx(1.03)


def test_weights_not_100(path):
    with pytest.raises(cxlab.InputError, match=r"weights_not_100\.csv, row 3: .*add up to 110, not 100"):
        servqual.read_survey(path("weights_not_100.csv"))


def test_text_in_numbers(path):
    with pytest.raises(cxlab.InputError, match=r'text_in_numbers\.csv, row 2, column "E5".*"很好"'):
        servqual.read_survey(path("text_in_numbers.csv"))


def test_duplicate_item(path):
    with pytest.raises(cxlab.InputError, match=r'duplicate_item\.csv: two columns are both E5: "E5", "期望5"'):
        servqual.read_survey(path("duplicate_item.csv"))


def test_no_servqual_headers(path):
    with pytest.raises(cxlab.InputError, match=r"no_servqual_headers\.csv: no SERVQUAL columns found.*E1"):
        servqual.read_survey(path("no_servqual_headers.csv"))


def test_message_in_chinese(path):
    cxlab.set_language("zh")
    with pytest.raises(cxlab.InputError, match=r"missing_item\.csv：缺少 2 个题目列：E13, P13"):
        servqual.read_survey(path("missing_item.csv"))


def test_questionnaire_reads_back():
    """A survey built from questionnaire() numbering (E1.., W1.., P1..) reads back without a mapping."""
    q = servqual.questionnaire()
    columns = ["id"] + q.frame["number"].tolist()
    row = [1] + [7] * 22 + [10, 30, 20, 20, 20] + [6] * 22
    survey = servqual.read_survey(pd.DataFrame([row], columns=columns))
    assert servqual.gaps(survey.answers, survey.weights).weighted == pytest.approx(-1.0)


def test_every_corpus_file_has_a_test(corpus):
    names = {p.name for p in (corpus / HERE).iterdir() if p.name != "README.md"}
    source = open(__file__, encoding="utf-8").read()
    assert sorted(n for n in names if n not in source) == []
    assert len(names) >= 8


def test_corpus_is_reproducible(corpus, tmp_path):
    """make_servqual.py writes the same bytes again."""
    import shutil
    import subprocess
    import sys

    before = {p.name: p.read_bytes() for p in (corpus / HERE).iterdir()}
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    subprocess.run([sys.executable, "make_servqual.py"], cwd=copy, check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in (copy / HERE).iterdir()}
    assert after == before
