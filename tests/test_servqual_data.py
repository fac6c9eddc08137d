"""The SERVQUAL datasets: shapes, byte-stable generation, and the staged patterns the course relies on."""
from __future__ import annotations

import pytest

from cxlab import datasets, servqual
from cxlab._datagen import render_csv
from cxlab._datagen import servqual as generator

NAMES = ["servqual_telecom", "servqual_telecom_respondents", "servqual_bank", "servqual_bank_respondents",
         "servqual_bank_zones"]


@pytest.mark.parametrize("name", NAMES)
def test_bundled_file_is_what_the_generator_writes(name, root):
    assert (root / "data" / f"{name}.csv").read_bytes() == render_csv(generator.DATASETS[name]())


@pytest.mark.parametrize("name", NAMES)
def test_documented_in_both_languages(name):
    for lang in ("zh", "en"):
        d = datasets.describe(name, lang=lang)
        assert d.title and d.description and all(d.columns["meaning"])


def test_shapes_and_segments():
    bank = datasets.load("servqual_bank")
    assert bank.shape == (340 * 22, 5)
    sizes = bank.drop_duplicates("respondent")["segment"].value_counts().to_dict()
    assert sizes == {"personal": 180, "small_business": 160}
    assert min(sizes.values()) >= 150
    assert datasets.load("servqual_telecom").shape == (96 * 22, 5)
    assert datasets.load("servqual_bank_zones").shape == (200 * 22, 6)


@pytest.mark.parametrize("case", ["telecom", "bank"])
def test_reliability_largest_gap_tangibles_smallest_in_every_segment(case):
    answers = datasets.load(f"servqual_{case}")
    people = datasets.load(f"servqual_{case}_respondents")
    table = servqual.segments(answers, "segment", people)
    gaps = table[list(servqual.DIMENSIONS)]
    assert (gaps.idxmin(axis=1) == "reliability").all()
    assert (gaps.abs().idxmin(axis=1) == "tangibles").all()
    result = servqual.gaps(answers, people)
    assert result.ranking(weighted=False)[0] == "reliability"
    assert result.weighted < result.unweighted   # the heavily weighted dimensions are the weak ones


def test_bank_has_one_unreliable_dimension_and_blanks():
    answers = datasets.load("servqual_bank")
    table = servqual.reliability(answers)
    assert table.index[table["flagged"]].tolist() == ["tangibles"]
    assert table.loc["tangibles", "perception"] < servqual.ALPHA_THRESHOLD
    assert (table.drop("tangibles")[["expectation", "perception", "gap"]] >= 0.8).all().all()
    assert servqual.gaps(answers).missing > 0
    assert not servqual.reliability(datasets.load("servqual_telecom"))["flagged"].any()


def test_small_business_sees_a_larger_responsiveness_gap():
    table = servqual.segments(datasets.load("servqual_bank"), "segment")
    assert table.loc["small_business", "responsiveness"] < table.loc["personal", "responsiveness"] - 0.4


def test_weights_sum_to_100_and_some_skipped():
    people = datasets.load("servqual_bank_respondents")
    w = people[[f"w_{d}" for d in servqual.DIMENSIONS]]
    answered = w.notna().all(axis=1)
    assert (w[answered].sum(axis=1) == 100).all()
    assert (~answered).sum() > 0 and w[~answered].isna().all(axis=1).all()


def test_derived_importance_puts_reliability_first():
    answers = datasets.load("servqual_bank")
    people = datasets.load("servqual_bank_respondents")
    grid = servqual.ipa(servqual.gaps(answers, people), "derived", outcome=people)
    assert grid["importance"].idxmax() == "reliability"
    assert grid.loc["reliability", "quadrant"] == "concentrate"


def test_zones_pattern():
    z = servqual.zones(datasets.load("servqual_bank_zones"))
    assert z.dimensions["position"].to_dict() == {"tangibles": "above", "reliability": "below",
                                                  "responsiveness": "within", "assurance": "within",
                                                  "empathy": "within"}


def test_notebook_figures_recomputed_with_plain_pandas():
    """The numbers notebook 03 prints (expect=) recomputed without cxlab: complete pairs per item, means of item
    gaps per dimension, per-respondent weighted sums averaged over the respondents who gave weights."""
    import numpy as np

    answers = datasets.load("servqual_bank")
    people = datasets.load("servqual_bank_respondents")
    pairs = answers.dropna(subset=["expectation", "perception"])
    item_gap = (pairs["perception"] - pairs["expectation"]).groupby(pairs["item"]).mean()
    dims = servqual.ITEMS["dimension"]
    dim_gap = item_gap.groupby(dims).mean()
    assert round(dim_gap["reliability"], 2) == -1.53 and round(dim_gap["tangibles"], 2) == -0.31
    assert round(dim_gap.mean(), 2) == -0.92
    assert len(answers) - len(pairs) == 66
    per = pairs.assign(gap=pairs["perception"] - pairs["expectation"], dimension=pairs["item"].map(dims))
    per = per.groupby(["respondent", "dimension"])["gap"].mean().unstack()
    w = people.set_index("respondent")[[f"w_{d}" for d in servqual.DIMENSIONS]].dropna()
    w.columns = list(servqual.DIMENSIONS)
    both = per.loc[per.index.intersection(w.index)].dropna()
    score = (both * w.loc[both.index] / 100).sum(axis=1).mean()
    assert len(both) == 331 and round(score, 2) == -1.03
    alphas = servqual.reliability(answers)
    block = answers.pivot(index="respondent", columns="item", values="perception")[[1, 2, 3, 4]].dropna()
    c = np.cov(block.to_numpy(), rowvar=False)
    assert round(4 / 3 * (1 - np.trace(c) / c.sum()), 2) == round(alphas.loc["tangibles", "perception"], 2) == 0.59
