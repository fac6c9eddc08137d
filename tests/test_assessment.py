"""cxlab.assessment: the pre/post test, the learning gain, the feedback form and the CX maturity self-assessment.

Worked examples computed by hand (the arithmetic is in each docstring), cross-checks with statsmodels and scipy,
properties (hypothesis) and bad input in zh and en.
"""
from __future__ import annotations

import doctest
import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import assessment, datasets, i18n, journey, kano, servqual, value

A = assessment


def sheet(items, rows: dict) -> pd.DataFrame:
    """Long answers from {learner: [answer per item]} (None = left blank)."""
    return pd.DataFrame([(who, i, a) for who, answers in rows.items() for i, a in zip(items.index, answers)
                         if a is not None], columns=["learner", "item", "answer"])


# ---------------------------------------------------------------------------------------------------------------
# The item bank
# ---------------------------------------------------------------------------------------------------------------

def test_the_bank_holds_at_least_three_items_per_module_with_texts_in_both_languages():
    counts = pd.Series([i.module for i in A.ITEMS]).value_counts()
    assert set(counts.index) == set(range(1, 8)) and counts.min() >= 3
    assert len(A.BANK) == len(A.ITEMS)
    for lang in i18n.LANGUAGES:
        bank = A.item_bank(lang)
        assert bank[["concept", "question", "answer", "why"]].map(lambda s: bool(str(s).strip())).all().all()
        assert not bank["why"].str.contains(r"\{").any()       # every placeholder filled
    for item in A.ITEMS:
        assert item.kind in A.KINDS and item.unit in A.UNITS
        if item.kind == "choice":
            assert item.answer in A.LETTERS and not item.params
        else:
            assert item.solve is not None and item.tolerance > 0


def test_choice_answers_agree_with_the_models():
    """The key of the items that name a model's own constant is that constant."""
    cxlab.set_language("en")
    assert kano.evaluate(1, 5) == "O"                         # like / dislike
    options = dict(A.BANK["kano_table"].options("en"))
    assert options[A.BANK["kano_table"].answer].startswith(kano.category_name("O"))
    stages = list(journey.STAGES)
    after_use = stages[stages.index("use") + 1]
    assert dict(A.BANK["journey_stages"].options("zh"))[A.BANK["journey_stages"].answer] == \
        i18n.t(f"journey.stage.{after_use}", lang="zh")
    assert dict(A.BANK["servqual_reliability"].options("en"))["b"] == i18n.t("servqual.dimension.reliability",
                                                                             lang="en")
    assert "reliability" in servqual.DIMENSIONS
    assert value.PASSIVE_MIN == 7   # 0-6 detractors: the key of value_detractor (c)
    assert dict(A.BANK["value_detractor"].options("zh"))["c"] == "贬损者"


def test_numeric_answers_are_the_models_own_results():
    """Worked by hand: Better = (12 + 18) / 60 = 0.5; gap = 5.4 - 6.2 = -0.8; silent = 2000 x 0.96 = 1920;
    CLV = 200 x 0.75 / (1 + 0.10 - 0.75) = 150 / 0.35 = 428.57; NPS = (120 - 30) / 200 x 100 = 45;
    CSAT = (70 + 90) / 200 = 0.8."""
    assert A.BANK["kano_better"].value == pytest.approx(0.5)
    assert A.BANK["servqual_gap"].value == pytest.approx(-0.8)
    assert A.BANK["damage_silent"].value == pytest.approx(1920)
    assert A.BANK["returns_clv"].value == pytest.approx(150 / 0.35)
    assert A.BANK["value_nps"].value == pytest.approx(45)
    assert A.BANK["value_csat"].value == pytest.approx(0.8)
    cxlab.set_language("en")
    assert A.BANK["returns_clv"].answer_text() == "429 yuan"
    assert A.BANK["value_csat"].answer_text() == "80%"
    assert "= 1,920" in A.BANK["damage_silent"].why()


def test_test_items_is_deterministic_and_follows_the_bank_order():
    a = A.test_items()
    assert a.equals(A.test_items())
    assert len(a) == 21 and a["module"].tolist() == sorted(a["module"].tolist())
    assert list(A.test_items(modules=[7, "01_pyramid"], n_per_module=2).index) == \
        ["pyramid_levels", "pyramid_gating", "value_detractor", "value_nps"]
    assert list(A.test_items(modules="damage", n_per_module=1).index) == ["damage_iceberg"]
    assert list(A.test_items(modules=["06", "returns"], n_per_module=1).index) == ["returns_indirect"]


def test_test_items_for_a_workshop_follow_its_agenda():
    """``workshop=`` takes the modules 01–07 of a course agenda: the managers' half day teaches 01, 05 and 06; an
    unknown agenda is named with the accepted ones; ``modules`` and ``workshop`` together are refused."""
    assert sorted(set(A.test_items(workshop="managers")["module"])) == [1, 5, 6]
    assert sorted(set(A.test_items(workshop="two_day")["module"])) == [1, 2, 3, 4, 5, 6, 7]
    with pytest.raises(cxlab.InputError, match="one_day, two_day, managers"):
        A.test_items(workshop="three_day")
    with pytest.raises(cxlab.InputError):
        A.test_items(modules=[1], workshop="one_day")


# ---------------------------------------------------------------------------------------------------------------
# Reading answers
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("item, answer, status", [
    ("value_detractor", "c", "correct"), ("value_detractor", "C", "correct"), ("value_detractor", " (C) ", "correct"),
    ("value_detractor", "C.", "correct"), ("value_detractor", "选C", "correct"), ("value_detractor", "Ｃ", "correct"),
    ("value_detractor", "贬损者", "correct"), ("value_detractor", "detractors", "correct"),
    ("value_detractor", "C. Detractors", "correct"), ("value_detractor", "answer: c", "correct"),
    ("value_detractor", "b", "wrong"), ("value_detractor", "被动者", "wrong"),
    ("value_detractor", "B. Detractors", "unreadable"), ("value_detractor", "e", "unreadable"),
    ("value_detractor", "", "blank"), ("value_detractor", None, "blank"), ("value_detractor", float("nan"), "blank"),
    ("value_nps", "45", "correct"), ("value_nps", "45分", "correct"), ("value_nps", "45 points", "correct"),
    ("value_nps", "45%", "correct"), ("value_nps", "＋45", "correct"), ("value_nps", 45, "correct"),
    ("value_nps", "60", "wrong"), ("value_nps", "45 or 60", "unreadable"), ("value_nps", "about", "unreadable"),
    ("value_csat", "80%", "correct"), ("value_csat", "0.8", "correct"), ("value_csat", "80", "correct"),
    ("value_csat", "８０％", "correct"), ("value_csat", ".8", "correct"), ("value_csat", "0.75", "wrong"),
    ("damage_silent", "1,920", "correct"), ("damage_silent", "1920人", "correct"), ("damage_silent", "1 920", "correct"),
    ("damage_silent", "0.192万", "correct"), ("damage_silent", "80", "wrong"),
    ("returns_clv", "429", "correct"), ("returns_clv", "428.57元", "correct"), ("returns_clv", "¥428", "correct"),
    ("returns_clv", "426", "wrong"),
    ("servqual_gap", "-0.8", "correct"), ("servqual_gap", "−0.8", "correct"), ("servqual_gap", "0.8", "wrong"),
    ("kano_better", "0.50", "correct"), ("kano_better", "0.5", "correct"), ("kano_better", "0.52", "wrong"),
    ("kano_table", True, "unreadable"),
])
def test_read_answer_accepts_the_forms_people_write(item, answer, status):
    assert A.read_answer(item, answer)[0] == status


def test_read_answer_says_what_it_understood():
    assert A.read_answer("value_csat", "80 %") == ("correct", 0.8)
    assert A.read_answer("kano_drift", "KANO categories drift: attractive, then one-dimensional, then must-be") \
        == ("correct", "d")
    assert A.read_answer("damage_silent", "1,800") == ("wrong", 1800.0)


# ---------------------------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------------------------

def test_score_worked_example():
    """Module 02's three items (keys B, 0.50, D). Wang: b, 0.5, D -> 3/3 = 100 %. Zhao: "B. One-dimensional",
    0.6 (off by 0.1 > 0.01), blank -> 1/3 = 33.3 %. Items: kano_table 2/2 = 1.0, kano_better 1/2, kano_drift 1/2
    (a blank counts as not correct)."""
    items = A.test_items(modules=[2])
    r = A.score(sheet(items, {"Wang": ["b", "0.5", "D"], "Zhao": ["B. One-dimensional", "0.6", None]}), items)
    assert r.learners.loc["Wang", ["correct", "blank", "items"]].tolist() == [3, 0, 3]
    assert r.learners.loc["Zhao", ["correct", "blank", "items"]].tolist() == [1, 1, 3]
    assert r.learners["percent"].tolist() == pytest.approx([100.0, 100 / 3])
    assert r.items["share"].tolist() == [1.0, 0.5, 0.5]
    assert r.items["blank"].tolist() == [0, 0, 1]
    status = r.answers.set_index(["learner", "item"])["status"]
    assert status[("Zhao", "kano_drift")] == "blank" and status[("Zhao", "kano_better")] == "wrong"


def test_score_takes_a_wide_table_too():
    items = A.test_items(modules=[2])
    wide = pd.DataFrame({"learner": ["Wang", "Zhao"], "kano_table": ["b", "a"], "kano_better": ["0.5", None],
                         "kano_drift": ["d", "d"]})
    r = A.score(wide, items)
    assert r.learners["correct"].tolist() == [3, 1]


def test_feedback_for_a_learner_lists_what_to_review():
    cxlab.set_language("en")
    items = A.test_items(modules=[2])
    r = A.score(sheet(items, {"Zhao": ["a", "0.5", None]}), items)
    debrief = r.feedback_for("Zhao")
    assert list(debrief.index) == ["kano_table", "kano_drift"]
    assert debrief.loc["kano_table", "given"] == "a" and debrief.loc["kano_drift", "given"] == ""
    assert debrief.loc["kano_table", "answer"].startswith("B. One-dimensional")


def test_score_refuses_bad_answers_tables(lang):
    items = A.test_items(modules=[2])
    good = sheet(items, {"Wang": ["b", "0.5", "D"]})
    with pytest.raises(cxlab.InputError, match="value_nps"):
        A.score(pd.concat([good, pd.DataFrame([("Wang", "value_nps", "45")], columns=good.columns)]), items)
    with pytest.raises(cxlab.InputError, match="Wang"):
        A.score(pd.concat([good, good.head(1)]), items)
    with pytest.raises(cxlab.InputError, match="learner"):
        A.score(good.drop(columns="learner"), items)
    with pytest.raises(cxlab.InputError, match="learner"):
        A.score(good.assign(learner=["Wang", " ", "Wang"]), items)
    with pytest.raises(cxlab.InputError, match="no_such_item"):
        A.score(good, ["kano_table", "no_such_item"])
    with pytest.raises(cxlab.InputError, match="kano_table"):
        A.score(good, ["kano_table", "kano_table"])
    with pytest.raises(cxlab.InputError, match="items"):
        A.score(good, "kano_table")
    with pytest.raises(cxlab.InputError):
        A.score([("Wang", "kano_table", "b")], items)
    with pytest.raises(cxlab.InputError, match="extra"):
        A.score(pd.DataFrame({"learner": ["Wang"], "extra": ["b"]}), items)


# ---------------------------------------------------------------------------------------------------------------
# Learning gain
# ---------------------------------------------------------------------------------------------------------------

def _three_learners():
    items = A.test_items(modules=[1])            # keys b, c, b
    key = ["b", "c", "b"]
    pre = A.score(sheet(items, {"Ann": ["b", "a", "a"], "Bo": ["b", "c", "a"], "Cy": ["a", "a", "a"], "Di": key}),
                  items)
    post = A.score(sheet(items, {"ann": key, "Bo": ["b", "c", "a"], "Cy": ["b", "c", "a"], "Eve": key}), items)
    return items, pre, post


def test_learning_gain_worked_example():
    """Three items. Ann 1/3 -> 3/3, Bo 2/3 -> 2/3, Cy 0/3 -> 2/3; Di only before, Eve only after; Ann writes
    "ann" the second time (matched without case).

    pre mean = (33.33 + 66.67 + 0) / 3 = 33.33 %, post mean = (100 + 66.67 + 66.67) / 3 = 77.78 %
    raw gain = 44.44 points; Hake's <g> = 44.44 / (100 - 33.33) = 0.6667 (medium: 0.3 <= g < 0.7)
    Ann g = (100 - 33.33) / 66.67 = 1; Bo g = 0 / 33.33 = 0; Cy g = 66.67 / 100 = 0.6667; mean of g = 0.5556
    items (matched): pyramid_levels 2/3 -> 3/3 (Cy improved), pyramid_gating 1/3 -> 3/3 (Ann, Cy),
    pyramid_internal 0/3 -> 1/3 (Ann); nobody worsened.
    everyone: pre (33.33 + 66.67 + 0 + 100) / 4 = 50 %, post (100 + 66.67 + 66.67 + 100) / 4 = 83.33 %.
    """
    _, pre, post = _three_learners()
    r = A.learning_gain(pre, post)
    assert r.matched == 3 and r.only_pre == ("Di",) and r.only_post == ("Eve",)
    assert list(r.learners.index) == ["Ann", "Bo", "Cy"]
    assert r.pre_mean == pytest.approx(100 / 3) and r.post_mean == pytest.approx(700 / 9)
    assert r.gain == pytest.approx(400 / 9)
    assert r.g == pytest.approx((400 / 9) / (200 / 3)) == pytest.approx(2 / 3)
    assert r.band == "medium"
    assert r.learners["g"].tolist() == pytest.approx([1.0, 0.0, 2 / 3])
    assert r.learners["band"].tolist() == ["high", "low", "medium"]
    assert r.g_learners == pytest.approx(5 / 9)
    assert r.items["pre"].tolist() == pytest.approx([2 / 3, 1 / 3, 0])
    assert r.items["post"].tolist() == pytest.approx([1, 1, 1 / 3])
    assert r.items["improved"].tolist() == [1, 2, 1] and r.items["worsened"].tolist() == [0, 0, 0]
    assert r.pre_all == pytest.approx(50) and r.post_all == pytest.approx(250 / 3)
    cxlab.set_language("en")
    assert "Di" in r.note and "Eve" in r.note
    assert "Di" in A.learning_gain(pre, post).describe()


def test_normalised_gain_is_undefined_after_a_perfect_pre_test():
    """A learner with 100 % before has no room to gain: g is NaN, band '', and the class mean of g skips him."""
    items = A.test_items(modules=[1])
    key = ["b", "c", "b"]
    pre = A.score(sheet(items, {"Top": key, "Low": ["a", "a", "a"]}), items)
    post = A.score(sheet(items, {"Top": key, "Low": key}), items)
    r = A.learning_gain(pre, post)
    assert math.isnan(r.learners.loc["Top", "g"]) and r.learners.loc["Top", "band"] == ""
    assert r.g_learners == pytest.approx(1.0)
    assert r.g == pytest.approx((100 - 50) / (100 - 50))


def test_mcnemar_exact_by_hand_and_against_statsmodels():
    """b = 7, c = 1: n = 8, P(X <= 1) = (1 + 8) / 256, p = 2 x 9 / 256 = 0.0703125. b = c: p = 1."""
    from statsmodels.stats.contingency_tables import mcnemar

    assert A.mcnemar_exact(7, 1) == pytest.approx(18 / 256)
    assert A.mcnemar_exact(3, 3) == 1.0 and A.mcnemar_exact(0, 0) == 1.0
    assert A.mcnemar_exact(5, 0) == pytest.approx(2 / 32)
    for b, c in itertools.product(range(0, 12), range(0, 12)):
        if b + c:
            table = [[4, b], [c, 6]]
            assert A.mcnemar_exact(b, c) == pytest.approx(mcnemar(table, exact=True).pvalue, abs=1e-12), (b, c)


def test_learning_gain_p_values_agree_with_statsmodels_and_scipy():
    from scipy import stats as sps
    from statsmodels.stats.contingency_tables import mcnemar

    items = A.test_items()
    pre = A.score(datasets.load("assessment_pretest"), items)
    post = A.score(datasets.load("assessment_posttest"), items)
    r = A.learning_gain(pre, post)
    assert sps.wilcoxon(r.learners["post"] - r.learners["pre"]).pvalue == pytest.approx(r.p_value)
    for item, row in r.items.iterrows():
        table = [[0, row["worsened"]], [row["improved"], 0]]
        assert row["p_value"] == pytest.approx(mcnemar(table, exact=True).pvalue), item


def test_wilcoxon_worked_example():
    """Differences 5, 3, -1, 4, 2: ranks of |d| 5, 3, 1, 4, 2; W- = 1 (only -1), W+ = 14. Exact two-sided p:
    the sign patterns with a negative rank sum <= 1 are {} and {1}: 2 of 2^5 = 32 on one side, p = 4 / 32."""
    statistic, p = A._wilcoxon([5, 3, -1, 4, 2])
    assert statistic == 1.0 and p == pytest.approx(4 / 32)
    assert all(math.isnan(x) for x in A._wilcoxon([0, 0, 10]))   # one learner changed: no test


def test_learning_gain_on_the_course_data_reports_who_is_missing():
    items = A.test_items()
    r = A.learning_gain(A.score(datasets.load("assessment_pretest"), items),
                        A.score(datasets.load("assessment_posttest"), items))
    assert r.only_pre == ("Zhou Min",) and r.only_post == ("Sun Hao",)
    assert "Hu Jun" in r.learners.index and r.matched == 15
    assert 0.3 <= r.g < 0.7 and r.p_value < 0.001
    assert (r.learners["gain"] > 0).all()


def test_learning_gain_refuses(lang):
    items, pre, post = _three_learners()
    with pytest.raises(cxlab.InputError, match="pre"):
        A.learning_gain(pre.learners, post)
    with pytest.raises(cxlab.InputError, match="post"):
        A.learning_gain(pre, "post")
    other = A.score(sheet(A.test_items(modules=[2]), {"Ann": ["b", "0.5", "d"]}), A.test_items(modules=[2]))
    with pytest.raises(cxlab.InputError, match="assessment.test_items"):
        A.learning_gain(pre, other)
    nobody = A.score(sheet(items, {"Zed": ["b", "c", "b"]}), items)
    with pytest.raises(cxlab.InputError):
        A.learning_gain(pre, nobody)


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=12))
def test_gain_properties(pairs):
    """For any class: g <= 1, g = 1 exactly when everyone scores 100 % after (and someone was below),
    raw gain = post mean - pre mean, and McNemar p values lie in (0, 1]."""
    items = A.test_items(modules=[1])
    key = ["b", "c", "b"]

    def answers(k):
        return key[:k] + ["a"] * (3 - k)

    pre = A.score(sheet(items, {f"L{i}": answers(a) for i, (a, _) in enumerate(pairs)}), items)
    post = A.score(sheet(items, {f"L{i}": answers(b) for i, (_, b) in enumerate(pairs)}), items)
    r = A.learning_gain(pre, post)
    assert r.gain == pytest.approx(r.post_mean - r.pre_mean)
    if r.pre_mean < 100:
        assert r.g <= 1 + 1e-12
        assert (abs(r.g - 1) < 1e-9) == (r.post_mean == 100)
    assert ((r.items["p_value"] > 0) & (r.items["p_value"] <= 1)).all()
    assert (r.learners["gain"] == r.learners["post"] - r.learners["pre"]).all()


@pytest.mark.slow
@settings(max_examples=15, deadline=None)
@given(st.permutations(list(range(12))))
def test_score_does_not_depend_on_row_order(order):
    items = A.test_items(modules=[2])
    frame = sheet(items, {"A": ["b", "0.5", "d"], "B": ["a", "0.7", "d"], "C": ["b", None, "c"],
                          "D": ["c", "0.50", "D"]})
    shuffled = frame.iloc[[i for i in order if i < len(frame)]]
    a, b = A.score(frame, items), A.score(shuffled, items)
    assert a.learners.sort_index().equals(b.learners.sort_index())
    assert a.items.equals(b.items)


@pytest.mark.parametrize("b, c", [(0, 5), (2, 9), (10, 10)])
def test_mcnemar_is_symmetric(b, c):
    assert A.mcnemar_exact(b, c) == A.mcnemar_exact(c, b)


# ---------------------------------------------------------------------------------------------------------------
# The feedback form: the value module's own functions
# ---------------------------------------------------------------------------------------------------------------

def test_feedback_report_worked_example_and_the_value_functions():
    """CSAT 01: 5, 4, 4, 2 -> 3/4 = 0.75; recommend 10, 9, 8, 5 -> 2 promoters, 1 detractor, NPS 25;
    ease 7, 6, 5, 3 -> 3 easy (5-7) of 4."""
    forms = pd.DataFrame({"respondent": list("abcd"), "csat_01": [5, 4, 4, 2], "csat_07": [5, None, 3, 3],
                          "recommend": [10, 9, 8, 5], "ease": [7, 6, 5, 3],
                          "comment": ["练习很实用", "节奏太快，跟不上", None, "More examples please"]})
    r = A.feedback_report(forms)
    assert r.modules.loc[1, "share"] == 0.75 and r.modules.loc[7, "n"] == 3
    assert r.csat[1] == value.csat([5, 4, 4, 2])
    assert r.nps == value.nps([10, 9, 8, 5], method="adjusted_wald")
    assert r.nps.nps == 25.0
    assert r.ease == value.ces([7, 6, 5, 3])
    assert r.comments.texts["themes"].tolist() == [("exercises", "apply"), ("pace",), ("cases",)]
    assert r.comments.texts["tone"].tolist()[:2] == ["positive", "negative"]
    assert A.feedback_report(forms, method="wald").nps == value.nps([10, 9, 8, 5])


def test_feedback_report_on_the_course_data(lang):
    r = A.feedback_report(datasets.load("assessment_feedback"))
    assert r.n == 16 and list(r.modules.index) == list(range(1, 8))
    assert r.modules["share"].idxmin() == 6
    assert r.nps.low < r.nps.nps < r.nps.high
    assert r.nps.summary() in r.describe()


def test_feedback_report_refuses(lang):
    forms = pd.DataFrame({"respondent": ["a"], "csat_01": [5], "recommend": [9], "ease": [6]})
    with pytest.raises(cxlab.InputError, match="csat_01"):
        A.feedback_report(forms.drop(columns="csat_01"))
    with pytest.raises(cxlab.InputError, match="recommend"):
        A.feedback_report(forms.drop(columns="recommend"))
    with pytest.raises(cxlab.InputError, match="method"):
        A.feedback_report(forms, method="exact")
    with pytest.raises(cxlab.InputError, match="confidence"):
        A.feedback_report(forms, confidence=95)
    with pytest.raises(cxlab.InputError):
        A.feedback_report(forms.assign(recommend=[11]))
    with pytest.raises(cxlab.InputError):
        A.plot_feedback_comments(A.feedback_report(forms))


# ---------------------------------------------------------------------------------------------------------------
# CX maturity
# ---------------------------------------------------------------------------------------------------------------

def test_maturity_worked_example():
    """Strategy: A 2, 2, 3 -> 7/3 = 2.333; B 4, 4, 5 -> 13/3 = 4.333; C 3, 3, 3 -> 3.
    mean = (2.333 + 4.333 + 3) / 3 = 3.222 -> 'structured' (2.6 <= 3.222 < 3.4)
    sd = sqrt(((2.333-3.222)^2 + (4.333-3.222)^2 + (3-3.222)^2) / 2) = sqrt((0.790 + 1.235 + 0.049) / 2) = 1.018
    -> disagree (>= 1). Culture: everyone 4 -> 4.0 'integrated', sd 0. Overall (3.222 + 4) / 2 = 3.611 (the
    other dimensions unrated are left out) -> 'integrated'."""
    rows = [(p, f"strategy_{k}", r) for p, rs in (("A", (2, 2, 3)), ("B", (4, 4, 5)), ("C", (3, 3, 3)))
            for k, r in zip((1, 2, 3), rs)]
    rows += [(p, f"culture_{k}", 4) for p in "ABC" for k in (1, 2, 3)]
    r = A.maturity(pd.DataFrame(rows, columns=["respondent", "statement", "rating"]))
    s = r.dimensions.loc["strategy"]
    assert s["mean"] == pytest.approx(29 / 9) and s["stage"] == "structured"
    assert s["sd"] == pytest.approx(np.std([7 / 3, 13 / 3, 3], ddof=1)) == pytest.approx(1.018, abs=1e-3)
    assert bool(s["disagree"]) and s["range"] == pytest.approx(2.0)
    c = r.dimensions.loc["culture"]
    assert c["mean"] == 4.0 and c["stage"] == "integrated" and not c["disagree"]
    assert r.dimensions.loc["loop", "n"] == 0 and r.dimensions.loc["loop", "stage"] == ""
    assert r.overall == pytest.approx((29 / 9 + 4) / 2) and r.stage == "integrated"
    assert r.respondents.loc["B", "strategy"] == pytest.approx(13 / 3)
    assert not bool(A.maturity(pd.DataFrame(rows, columns=["respondent", "statement", "rating"]),
                               disagree=1.1).dimensions.loc["strategy", "disagree"])


def test_stage_bounds():
    """Five equal bands of 0.8 over 1..5."""
    assert A.STAGE_BOUNDS == pytest.approx(tuple(1 + 0.8 * k for k in (1, 2, 3, 4)))
    assert [A.stage_of(x) for x in (1, 1.79, 1.8, 2.59, 2.6, 3.39, 3.4, 4.19, 4.2, 5)] == \
        ["reactive", "reactive", "emerging", "emerging", "structured", "structured", "integrated", "integrated",
         "embedded", "embedded"]


def test_maturity_gaps_map_weak_dimensions_to_modules(lang):
    r = A.maturity(datasets.load("assessment_maturity"))
    gaps = A.maturity_gaps(r)
    assert list(gaps.index[:2]) == ["measurement", "loop"]
    assert "strategy" in gaps.index and "disagree" in gaps.loc["strategy", "reason"]
    assert gaps.loc["measurement", "modules"] == (7, 3)
    assert gaps.loc["measurement", "module_names"].startswith("07 · ")
    assert (gaps["gap"] >= 0).all()
    assert set(A.DIMENSION_MODULES) == set(A.DIMENSIONS)
    assert all(set(m) <= set(A.MODULES) for m in A.DIMENSION_MODULES.values())
    assert A.maturity_gaps(r, below=1.0).index.tolist() == ["strategy"]   # only the disagreement is left
    assert "culture" not in gaps.index


def test_maturity_on_the_course_data(lang):
    r = A.maturity(datasets.load("assessment_maturity"))
    assert len(r.respondents) == 8 and r.missing > 0
    assert r.dimensions["disagree"].tolist() == [d == "strategy" for d in A.DIMENSIONS]
    assert r.dimensions["mean"].idxmax() == "culture"
    assert A.stage_name(r.stage) in r.describe()
    table = r.table()
    assert len(table) == 6 and table.notna().all().all()   # the labelled table shows the numbers, never NaN
    assert table.iloc[:, 0].tolist() == r.dimensions["mean"].round(2).tolist()
    assert table.iloc[:, 1].tolist() == r.dimensions["sd"].round(2).tolist()


def test_maturity_refuses(lang):
    good = pd.DataFrame([("A", "strategy_1", 3)], columns=["respondent", "statement", "rating"])
    for bad, word in ((good.assign(statement="strategy_9"), "strategy_9"), (good.assign(rating=6), "6"),
                      (good.assign(rating=2.5), "2.5"), (good.assign(rating="high"), "high"),
                      (good.assign(rating=True), "True"), (pd.concat([good, good]), "strategy_1"),
                      (good.assign(rating=None), "1"), (good.drop(columns="rating"), "rating"),
                      (good.assign(respondent=""), "respondent")):
        with pytest.raises(cxlab.InputError, match=word):
            A.maturity(bad)
    with pytest.raises(cxlab.InputError, match="disagree"):
        A.maturity(good, disagree="1")
    with pytest.raises(cxlab.InputError, match="below"):
        A.maturity_gaps(A.maturity(good), below=7)
    with pytest.raises(cxlab.InputError, match="result"):
        A.maturity_gaps(good)
    with pytest.raises(cxlab.InputError, match="score"):
        A.stage_of(0)
    with pytest.raises(cxlab.InputError, match="dimension"):
        A.dimension_name("money")
    with pytest.raises(cxlab.InputError, match="stage"):
        A.stage_name(3)


def test_every_parameter_is_checked_in_both_languages(lang):
    """Wrong values name the parameter and the value, in the current language."""
    cases = [
        (lambda: A.test_items(modules=[9]), "9"), (lambda: A.test_items(modules=[]), "modules"),
        (lambda: A.test_items(modules={"a": 1}), "modules"), (lambda: A.test_items(modules=[True]), "True"),
        (lambda: A.test_items(n_per_module=0), "n_per_module"), (lambda: A.test_items(n_per_module=4), "n_per_module"),
        (lambda: A.test_items(n_per_module="3"), "n_per_module"), (lambda: A.test_items(n_per_module=1.5), "1.5"),
        (lambda: A.answer_key(["x"]), "x"), (lambda: A.item_bank("fr"), "fr"),
        (lambda: A.read_answer("nope", "a"), "nope"), (lambda: A.module_label(8), "8"),
        (lambda: A.module_label(1, short="no"), "short"), (lambda: A.mcnemar_exact(-1, 2), "b"),
        (lambda: A.mcnemar_exact(1, 2.5), "c"), (lambda: A.plot_scores("x"), "result"),
        (lambda: A.plot_gain(None), "result"), (lambda: A.plot_feedback(1), "report"),
        (lambda: A.plot_maturity([]), "result"),
    ]
    for call, word in cases:
        with pytest.raises(cxlab.InputError, match=word) as error:
            call()
        if lang == "zh":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error.value)), str(error.value)


def test_plot_maturity_managers_flag_is_a_bool():
    r = A.maturity(datasets.load("assessment_maturity"))
    with pytest.raises(cxlab.InputError, match="managers"):
        A.plot_maturity(r, managers="yes")


# ---------------------------------------------------------------------------------------------------------------
# Charts: drawn in both languages, no overlapping labels, no missing glyphs (the suite turns those into errors)
# ---------------------------------------------------------------------------------------------------------------

def test_charts_draw_without_overlaps(lang):
    from cxlab import plotting

    items = A.test_items()
    pre = A.score(datasets.load("assessment_pretest"), items)
    post = A.score(datasets.load("assessment_posttest"), items)
    fb = A.feedback_report(datasets.load("assessment_feedback"))
    mat = A.maturity(datasets.load("assessment_maturity"))
    cxlab.style.use("projector")
    for plot, arg in ((A.plot_scores, post), (A.plot_gain, A.learning_gain(pre, post)), (A.plot_feedback, fb),
                      (A.plot_feedback_comments, fb), (A.plot_maturity, mat)):
        ax = plot(arg)
        assert ax.get_title() or ax.get_title(loc="right")
        assert plotting.text_overlaps(ax.figure) == [], plot.__name__
    labels = [t.get_text() for t in A.plot_maturity(mat).get_yticklabels()]
    assert any(i18n.t("assessment.plot.disagree_mark").strip() in x for x in labels)


# ---------------------------------------------------------------------------------------------------------------
# Glossary, catalog and doctests
# ---------------------------------------------------------------------------------------------------------------

def test_glossary_names_every_dimension_and_stage_as_the_model_does():
    table = i18n.glossary("zh").set_index("id")
    for lang in ("zh", "en"):
        for d in A.DIMENSIONS:
            assert table.loc[f"maturity_{d}", lang] == i18n.t(f"assessment.dimension.{d}", lang=lang)
        for s in A.STAGES:
            assert table.loc[f"stage_{s}", lang] == i18n.t(f"assessment.stage.{s}.name", lang=lang)
    assert table.loc["normalised_gain", "zh"] == "标准化增益" and table.loc["pre_test", "en"] == "pre-test"


def test_every_statement_and_stage_has_its_texts():
    assert len(A.STATEMENTS) == 3 * len(A.DIMENSIONS)
    for lang in ("zh", "en"):
        for s, _ in A.STATEMENTS:
            assert i18n.t(f"assessment.statement.{s}", lang=lang).strip()
        for s in A.STAGES:
            assert i18n.t(f"assessment.stage.{s}.description", lang=lang).strip()


def test_doctests():
    cxlab.set_language("en")
    failures, tried = doctest.testmod(A, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 30 and failures == 0
