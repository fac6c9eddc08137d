"""cxlab.kano: the evaluation table, classification, coefficients, continuous scores, cleaning, the
questionnaire and the plots, each checked against worked examples computed by hand (arithmetic in the
docstrings) and against bad input in both languages."""
from __future__ import annotations

import doctest
import math

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import i18n, kano

# The evaluation table exactly as printed in DESIGN.md (Berger et al. 1993), rows = functional answer,
# columns = dysfunctional answer, both in the order like, must-be, neutral, live-with, dislike.
DESIGN_TABLE = """
            like  must-be  neutral  live-with  dislike
like          Q      A        A         A         O
must-be       R      I        I         I         M
neutral       R      I        I         I         M
live-with     R      I        I         I         M
dislike       R      R        R         R         Q
"""

# One answer pair that produces each category (functional, dysfunctional).
PAIR = {"A": (1, 3), "O": (1, 5), "M": (2, 5), "I": (3, 3), "R": (5, 1), "Q": (1, 1)}


def frame(counts: dict, feature="f", start=0, importance=None) -> pd.DataFrame:
    """A long answer frame with ``counts[category]`` respondents giving that category's pair for ``feature``."""
    rows = []
    respondent = start
    for category, count in counts.items():
        for _ in range(count):
            rows.append((respondent, feature, *PAIR[category]))
            respondent += 1
    out = pd.DataFrame(rows, columns=["respondent", "feature", "functional", "dysfunctional"])
    if importance is not None:
        out["importance"] = importance
    return out


# ---------------------------------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------------------------------

def test_table_matches_design_cell_by_cell():
    """All 25 cells of kano.TABLE equal the table of DESIGN.md (rows functional 1..5, columns dysfunctional)."""
    lines = [line.split() for line in DESIGN_TABLE.strip().splitlines()[1:]]
    expected = [row[1:] for row in lines]
    assert kano.TABLE.shape == (5, 5)
    assert list(kano.TABLE.index) == [1, 2, 3, 4, 5] and list(kano.TABLE.columns) == [1, 2, 3, 4, 5]
    assert kano.TABLE.index.name == "functional" and kano.TABLE.columns.name == "dysfunctional"
    for f in range(5):
        for d in range(5):
            assert kano.TABLE.iat[f, d] == expected[f][d], (f + 1, d + 1)


def test_evaluate_reproduces_all_25_cells():
    """evaluate() on every (functional, dysfunctional) pair gives the DESIGN.md letter, vectorised and scalar."""
    f, d = np.meshgrid(range(1, 6), range(1, 6), indexing="ij")
    letters = kano.evaluate(f.ravel(), d.ravel()).reshape(5, 5)
    expected = np.array([row.split()[1:] for row in DESIGN_TABLE.strip().splitlines()[1:]])
    assert (letters == expected).all()
    assert all(kano.evaluate(int(a), int(b)) == expected[a - 1, b - 1] for a, b in zip(f.ravel(), d.ravel()))


def test_constants():
    """Category order, tie priority, answer codes, the DuMouchel scores and one colour per category."""
    assert kano.CATEGORIES == ("A", "O", "M", "I", "R", "Q")
    assert kano.PRIORITY == ("M", "O", "A", "I", "R", "Q")
    assert kano.ANSWERS == (1, 2, 3, 4, 5)
    assert [kano.FUNCTIONAL_SCORES[c] for c in kano.ANSWERS] == [4, 2, 0, -1, -2]
    assert [kano.DYSFUNCTIONAL_SCORES[c] for c in kano.ANSWERS] == [-2, -1, 0, 2, 4]
    assert set(kano.CATEGORY_COLORS) == set(kano.CATEGORIES)
    assert len(set(kano.CATEGORY_COLORS.values())) == 6


def test_category_and_answer_names(lang):
    """Display names come from the catalog in the current language."""
    names = {"en": ("Attractive", "One-dimensional", "Must-be", "Indifferent", "Reverse", "Questionable"),
             "zh": ("魅力质量", "期望质量（一元质量）", "必备质量", "无差异质量", "反向质量", "可疑结果")}[lang]
    assert tuple(kano.category_name(c) for c in kano.CATEGORIES) == names
    assert kano.answer_name(1) == cxlab.t("kano.answer.1")
    with pytest.raises(cxlab.InputError):
        kano.category_name("X")
    with pytest.raises(cxlab.InputError):
        kano.answer_name(6)


def test_every_answer_variant_maps_to_its_code():
    """Each listed variant (and the catalog names in both languages) is read as its own code, and no label
    normalises to two codes."""
    for code, variants in kano.ANSWER_VARIANTS.items():
        assert kano.evaluate(list(variants), [3] * len(variants)).tolist() == \
            [kano.TABLE.loc[code, 3]] * len(variants)
    for lang in i18n.LANGUAGES:
        names = [cxlab.t(f"kano.answer.{c}", lang=lang) for c in kano.ANSWERS]
        assert kano.evaluate(names, [5] * 5).tolist() == ["O", "M", "M", "M", "Q"]


# ---------------------------------------------------------------------------------------------------------------
# evaluate
# ---------------------------------------------------------------------------------------------------------------

def test_evaluate_labels_equal_codes():
    """Labels in zh and en, any case / width / spacing, give the same letters as the codes."""
    labels_f = ["很喜欢", "理所当然", "无所谓", "能忍受", "很不喜欢", " I LIKE IT ", "ｍｕｓｔ－ｂｅ", "neutral."]
    codes_f = [1, 2, 3, 4, 5, 1, 2, 3]
    labels_d = ["很不喜欢", "很不喜欢", "可以忍受", "一般", "喜欢", "I dislike it", "dislike", "I can live with it"]
    codes_d = [5, 5, 4, 3, 1, 5, 5, 4]
    assert kano.evaluate(labels_f, labels_d).tolist() == kano.evaluate(codes_f, codes_d).tolist() \
        == ["O", "M", "I", "I", "R", "O", "M", "I"]


def test_evaluate_accepts_text_and_float_codes():
    """'1' and 1.0 are the code 1 (as read from a CSV)."""
    assert kano.evaluate(["1", 2.0, np.int64(2)], ["5", 5.0, "3"]).tolist() == ["O", "M", "I"]


def test_evaluate_scalar_returns_plain_str():
    assert kano.evaluate("我很喜欢", "很不喜欢") == "O"
    assert type(kano.evaluate(1, 5)) is str


def test_evaluate_unknown_label_is_named(lang):
    """An unknown answer raises InputError naming the value and listing the accepted answers."""
    with pytest.raises(cxlab.InputError) as info:
        kano.evaluate([1, "超喜欢", 2], [5, 5, 5])
    message = str(info.value)
    assert "超喜欢" in message and "functional" in message
    assert cxlab.t("kano.answer.1") in message and cxlab.t("kano.answer.5") in message


@pytest.mark.parametrize("bad", [0, 6, 2.5, True, None, float("nan")])
def test_evaluate_refuses_out_of_scale(bad):
    with pytest.raises(cxlab.InputError):
        kano.evaluate([bad], [3])


def test_evaluate_length_mismatch(lang):
    with pytest.raises(cxlab.InputError, match="3"):
        kano.evaluate([1, 2, 3], [1, 2])


# ---------------------------------------------------------------------------------------------------------------
# classify: worked examples
# ---------------------------------------------------------------------------------------------------------------

def test_classify_worked_example_one_dimensional():
    """10 answers A=3, O=4, M=2, I=1 (R = Q = 0), by hand:

    better = (A+O)/(A+O+M+I) = 7/10 = 0.7; worse = -(O+M)/10 = -6/10 = -0.6;
    total strength = (A+O+M)/n = 9/10 = 0.9; category = O (4 is the largest count);
    category strength = (4 - 3)/10 = 0.1;
    Fong: a=4, b=3, n=10: 1.65 * sqrt((4+3)(20-4-3)/20) = 1.65 * sqrt(91/20) = 1.65 * 2.1331 = 3.5196;
    |4 - 3| = 1 < 3.52, so not significant.
    """
    row = kano.classify(frame({"A": 3, "O": 4, "M": 2, "I": 1})).loc["f"]
    assert [int(row[c]) for c in kano.CATEGORIES] == [3, 4, 2, 1, 0, 0]
    assert int(row["n"]) == 10
    assert row["category"] == "O"
    assert row["better"] == pytest.approx(0.7)
    assert row["worse"] == pytest.approx(-0.6)
    assert row["total_strength"] == pytest.approx(0.9)
    assert row["category_strength"] == pytest.approx(0.1)
    assert not row["fong_significant"]


def test_classify_worked_example_must_be_significant():
    """20 answers A=2, M=14, I=4, by hand:

    better = 2/20 = 0.1; worse = -14/20 = -0.7; total strength = 16/20 = 0.8; category strength = (14-4)/20 = 0.5;
    Fong: a=14, b=4, n=20: 1.65 * sqrt(18 * (40-18) / 40) = 1.65 * sqrt(9.9) = 1.65 * 3.1464 = 5.19;
    |14 - 4| = 10 >= 5.19, so significant.
    """
    row = kano.classify(frame({"A": 2, "M": 14, "I": 4})).loc["f"]
    assert row["category"] == "M"
    assert (row["better"], row["worse"]) == (pytest.approx(0.1), pytest.approx(-0.7))
    assert row["total_strength"] == pytest.approx(0.8)
    assert row["category_strength"] == pytest.approx(0.5)
    assert row["fong_significant"]


def test_fong_small_samples():
    """Fong's test on unanimous answers: a=5, b=0, n=5 gives 1.65 * sqrt(5 * 5 / 10) = 1.65 * 1.5811 = 2.609 <= 5 (True);
    a=1, b=0, n=1 gives 1.65 * sqrt(1 * 1 / 2) = 1.167 > 1 (False: one answer proves nothing)."""
    assert kano.classify(frame({"M": 5})).loc["f", "fong_significant"]
    assert not kano.classify(frame({"M": 1})).loc["f", "fong_significant"]


def test_exact_tie_goes_to_priority():
    """M = O = 3, A = 2: exact tie between M and O -> M (M > O > A > I). O = A = 3 -> O; A = I = 2 -> A;
    I = R = 2 -> I; R = Q -> R. Category strength of a tie is 0."""
    cases = [({"M": 3, "O": 3, "A": 2}, "M"), ({"O": 3, "A": 3}, "O"), ({"A": 2, "I": 2, "Q": 1}, "A"),
             ({"I": 2, "R": 2}, "I"), ({"R": 1, "Q": 1}, "R")]
    for counts, expected in cases:
        row = kano.classify(frame(counts)).loc["f"]
        assert row["category"] == expected, counts
        assert row["category_strength"] == 0


def test_near_tie_with_threshold():
    """O=5, M=4, A=1 (n=10). Threshold 0 -> O (plain majority). Threshold 0.1 -> within 0.1*10 = 1 answer of
    the largest are O (5) and M (4) -> M by priority. Threshold 0.05 -> within 0.5 answer: only O -> O.
    Threshold 0.4 -> within 4 answers: O, M, A (1 = 5-4) -> M."""
    answers = frame({"O": 5, "M": 4, "A": 1})
    assert kano.classify(answers)["category"].item() == "O"
    assert kano.classify(answers, tie_threshold=0.1)["category"].item() == "M"
    assert kano.classify(answers, tie_threshold=0.05)["category"].item() == "O"
    assert kano.classify(answers, tie_threshold=0.4)["category"].item() == "M"


def test_near_tie_threshold_does_not_promote_lower_priority():
    """A=6, I=5 (n=11), threshold 0.2 (2.2 answers): A and I tie, A comes first in the priority -> A stays."""
    assert kano.classify(frame({"A": 6, "I": 5}), tie_threshold=0.2)["category"].item() == "A"


def test_all_questionable_feature_has_nan_coefficients():
    """A feature with only Q answers: A+O+M+I = 0, so better and worse are NaN (not an error), category Q,
    total strength 0/4 = 0, category strength (4 - 0)/4 = 1."""
    row = kano.classify(frame({"Q": 4})).loc["f"]
    assert row["category"] == "Q"
    assert math.isnan(row["better"]) and math.isnan(row["worse"])
    assert row["total_strength"] == 0 and row["category_strength"] == 1


def test_reverse_answers_do_not_enter_the_coefficients():
    """A=1, R=3: better = 1/(1+0+0+0) = 1.0, worse = -0/1 = 0.0 (a clean zero, not -0.0); category R."""
    row = kano.classify(frame({"A": 1, "R": 3})).loc["f"]
    assert row["category"] == "R"
    assert row["better"] == 1.0
    assert row["worse"] == 0.0 and math.copysign(1, row["worse"]) == 1


def test_features_in_order_of_first_appearance_and_columns():
    """One row per feature, index named 'feature', in the order features first appear; the documented columns."""
    answers = pd.concat([frame({"M": 2}, feature="zeta"), frame({"A": 3}, feature="alpha", start=10),
                         frame({"O": 1}, feature="mid", start=20)])
    result = kano.classify(answers)
    assert list(result.index) == ["zeta", "alpha", "mid"]
    assert result.index.name == "feature"
    assert list(result.columns) == ["A", "O", "M", "I", "R", "Q", "n", "category", "better", "worse",
                                    "total_strength", "category_strength", "fong_significant"]
    assert all(result[c].dtype == np.int64 for c in [*kano.CATEGORIES, "n"])
    assert result["fong_significant"].dtype == bool


def test_importance_mean_ignores_blank_answers():
    """importance 5, 7 and one blank: mean = (5 + 7)/2 = 6; a second feature 9, 9, 9: mean 9."""
    answers = pd.concat([frame({"M": 3}, feature="a", importance=[5, 7, np.nan]),
                         frame({"A": 3}, feature="b", importance=[9, 9, 9])])
    result = kano.classify(answers)
    assert result["importance_mean"].tolist() == [6.0, 9.0]


def test_labels_and_codes_give_the_same_classification():
    """The same survey written as codes and as zh labels classifies identically."""
    codes = pd.concat([frame({"A": 3, "O": 2, "M": 4}, feature="wifi"),
                       frame({"I": 5, "R": 1, "Q": 1}, feature="spa", start=100)])
    names = {1: "我很喜欢", 2: "理所当然", 3: "无所谓", 4: "能忍受", 5: "很不喜欢"}
    labels = codes.assign(functional=codes["functional"].map(names), dysfunctional=codes["dysfunctional"].map(names))
    pd.testing.assert_frame_equal(kano.classify(codes), kano.classify(labels))


# ---------------------------------------------------------------------------------------------------------------
# classify: bad input, in both languages
# ---------------------------------------------------------------------------------------------------------------

def test_missing_columns_named(lang):
    answers = frame({"A": 2}).drop(columns=["dysfunctional"])
    with pytest.raises(cxlab.InputError) as info:
        kano.classify(answers)
    assert "dysfunctional" in str(info.value)
    assert str(info.value) == cxlab.t("kano.error.missing_columns", missing="dysfunctional",
                                      columns="respondent, feature, functional, dysfunctional",
                                      found="respondent, feature, functional")


def test_duplicate_respondent_feature_named(lang):
    answers = pd.concat([frame({"A": 2}), frame({"M": 1}, start=1)], ignore_index=True)  # respondent 1 twice
    with pytest.raises(cxlab.InputError) as info:
        kano.classify(answers)
    assert str(info.value) == cxlab.t("kano.error.duplicate", row=2, respondent=1, feature="f")


@pytest.mark.parametrize("bad", [0, 10, 4.5, "high"])
def test_importance_outside_scale(lang, bad):
    answers = frame({"A": 3}, importance=[5, bad, 7])
    with pytest.raises(cxlab.InputError) as info:
        kano.classify(answers)
    assert str(info.value) == cxlab.t("kano.error.importance", row=1, value=bad, low=1, high=9)


def test_empty_and_not_a_frame(lang):
    with pytest.raises(cxlab.InputError, match=cxlab.t("kano.error.empty")):
        kano.classify(frame({}))
    with pytest.raises(cxlab.InputError):
        kano.classify([(1, "f", 1, 5)])


@pytest.mark.parametrize("bad", [-0.1, 1.5, "0.1", True, None])
def test_bad_tie_threshold(bad):
    with pytest.raises(cxlab.InputError):
        kano.classify(frame({"A": 1}), tie_threshold=bad)


def test_unknown_answer_in_frame_names_column_row_value(lang):
    """Row 2 of the dysfunctional column holds '超喜欢': the message names all three."""
    answers = frame({"A": 3}).astype({"dysfunctional": object})
    answers.loc[2, "dysfunctional"] = "超喜欢"
    with pytest.raises(cxlab.InputError) as info:
        kano.classify(answers)
    message = str(info.value)
    assert "dysfunctional" in message and "超喜欢" in message and "2" in message


def test_missing_answer_named(lang):
    answers = frame({"A": 3}).astype({"functional": float})
    answers.loc[1, "functional"] = np.nan
    with pytest.raises(cxlab.InputError) as info:
        kano.classify(answers)
    assert str(info.value).startswith(cxlab.t("kano.error.missing_answer", column="functional", row=1,
                                              accepted="")[:10])


def test_nullable_integer_columns():
    """pandas' nullable Int64 codes work; a missing one (pd.NA) is refused like NaN."""
    answers = frame({"M": 2}).astype({"functional": "Int64"})
    assert kano.classify(answers)["category"].item() == "M"
    answers.loc[0, "functional"] = pd.NA
    with pytest.raises(cxlab.InputError):
        kano.classify(answers)


def test_messages_differ_by_language():
    """The same error reads in Chinese under zh and in English under en."""
    messages = {}
    for lang in ("zh", "en"):
        cxlab.set_language(lang)
        with pytest.raises(cxlab.InputError) as info:
            kano.classify(frame({}))
        messages[lang] = str(info.value)
    assert messages["zh"] != messages["en"]
    assert "没有" in messages["zh"] and "no rows" in messages["en"]


# ---------------------------------------------------------------------------------------------------------------
# continuous
# ---------------------------------------------------------------------------------------------------------------

def test_continuous_worked_example():
    """Feature 'f', three respondents: functional 1, 2, 3 -> scores 4, 2, 0: mean 2,
    sample SD = sqrt(((4-2)^2 + 0 + (0-2)^2) / 2) = sqrt(4) = 2.
    Dysfunctional 5, 4, 1 -> scores 4, 2, -2: mean 4/3 = 1.3333; deviations 2.6667, 0.6667, -3.3333,
    squares 7.1111 + 0.4444 + 11.1111 = 18.6667, / 2 = 9.3333, SD = 3.0551.
    Importance 3, 6, 9 -> mean 6."""
    answers = pd.DataFrame({"respondent": [1, 2, 3], "feature": "f", "functional": [1, 2, 3],
                            "dysfunctional": [5, 4, 1], "importance": [3, 6, 9]})
    row = kano.continuous(answers).loc["f"]
    assert row["functional_mean"] == pytest.approx(2.0)
    assert row["functional_sd"] == pytest.approx(2.0)
    assert row["dysfunctional_mean"] == pytest.approx(4 / 3)
    assert row["dysfunctional_sd"] == pytest.approx(3.0551, abs=1e-4)
    assert row["n"] == 3 and row["importance_mean"] == 6


def test_continuous_shape_order_and_single_answer():
    """Index 'feature' in order of first appearance; the SD of a single answer is NaN (ddof = 1)."""
    answers = pd.DataFrame({"respondent": [1, 1, 2], "feature": ["b", "a", "b"], "functional": ["很喜欢", 2, 2],
                            "dysfunctional": [5, "很不喜欢", 5]})
    scores = kano.continuous(answers)
    assert list(scores.index) == ["b", "a"] and scores.index.name == "feature"
    assert list(scores.columns) == ["functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd",
                                    "n"]
    assert scores.loc["b", "functional_mean"] == 3.0  # (4 + 2) / 2
    assert math.isnan(scores.loc["a", "functional_sd"])
    assert scores["n"].tolist() == [2, 1]


# ---------------------------------------------------------------------------------------------------------------
# clean
# ---------------------------------------------------------------------------------------------------------------

def _survey():
    """Four respondents x four features:
    r1 honest (A, O, M, I); r2 three Q of four = 0.75 > 0.5 -> questionable;
    r3 the same pair (3, 3) everywhere -> straight-liner; r4 two Q of four = 0.5, not above 0.5 -> kept."""
    rows = []
    plan = {"r1": ["A", "O", "M", "I"], "r2": ["Q", "Q", "Q", "A"], "r3": ["I", "I", "I", "I"],
            "r4": ["Q", "Q", "M", "O"]}
    for respondent, categories in plan.items():
        for feature, category in zip("wxyz", categories):
            rows.append((respondent, feature, *PAIR[category]))
    return pd.DataFrame(rows, columns=["respondent", "feature", "functional", "dysfunctional"])


def test_clean_drops_questionable_and_straight_liners():
    report = kano.clean(_survey())
    assert report.dropped["respondent"].tolist() == ["r2", "r3"]
    assert report.dropped["reason"].tolist() == ["questionable", "straight_line"]
    assert report.dropped["questionable_share"].tolist() == [0.75, 0.0]
    assert report.dropped["straight_line"].tolist() == [False, True]
    assert report.total == 4 and report.kept == 2
    assert sorted(report.answers["respondent"].unique()) == ["r1", "r4"]
    assert len(report.answers) == 8


def test_clean_options():
    """Without the straight-line rule r3 stays; with max_questionable 0.4, r4 (0.5) goes too."""
    assert kano.clean(_survey(), straight_lining=False).dropped["respondent"].tolist() == ["r2"]
    assert kano.clean(_survey(), max_questionable=0.4).dropped["respondent"].tolist() == ["r2", "r3", "r4"]


def test_straight_line_needs_three_features():
    """Two features answered the same way is not straight-lining (too few to tell)."""
    answers = _survey()
    answers = answers[answers["feature"].isin(["w", "x"])]
    assert "r3" not in kano.clean(answers).dropped["respondent"].tolist()


def test_clean_summary_in_both_languages(lang):
    text = kano.clean(_survey()).summary()
    assert text.splitlines()[0] == cxlab.t("kano.clean.summary", kept=2, total=4, dropped=2)
    assert str(kano.clean(_survey())) == text
    assert len(text.splitlines()) == 3


def test_clean_bad_threshold():
    with pytest.raises(cxlab.InputError):
        kano.clean(_survey(), max_questionable=2)


# ---------------------------------------------------------------------------------------------------------------
# questionnaire
# ---------------------------------------------------------------------------------------------------------------

def test_questionnaire_in_both_languages(lang):
    q = kano.questionnaire(["免费无线网络" if lang == "zh" else "free Wi-Fi", "spa"])
    assert q.frame["kind"].tolist() == ["functional", "dysfunctional", "importance"] * 2
    assert q.frame["number"].tolist() == ["1a", "1b", "1c", "2a", "2b", "2c"]
    assert q.frame.loc[3, "question"] == cxlab.t("kano.questionnaire.functional", feature="spa",
                                                 provider=cxlab.t("kano.questionnaire.provider"))
    options = q.frame.loc[0, "options"].split(" / ")
    assert options == [cxlab.t(f"kano.answer.{c}") for c in kano.ANSWERS]
    text = q.text()
    assert cxlab.t("kano.questionnaire.title") in text and "2b." in text
    markdown = q.markdown()
    assert markdown.count("\n| ") == 7  # header + 6 questions
    assert kano.evaluate(options, options[::-1]).tolist() == ["O", "I", "I", "I", "R"]  # the options read back


def test_questionnaire_without_importance_and_bad_input():
    assert len(kano.questionnaire("wifi", importance=False).frame) == 2
    with pytest.raises(cxlab.InputError):
        kano.questionnaire([])
    with pytest.raises(cxlab.InputError):
        kano.questionnaire(["wifi", "wifi"])
    with pytest.raises(cxlab.InputError, match="provider"):
        kano.questionnaire(["wifi"], provider=" ")


def test_questionnaire_names_who_offers_the_feature_as_a_trainer_would():
    """zh reads 如果酒店提供“手机开门”功能，您的感受是？ (curly quotes, the provider named)."""
    cxlab.set_language("zh")
    q = kano.questionnaire(["手机开门"], provider="酒店", importance=False)
    assert q.frame["question"].tolist() == ["如果酒店提供“手机开门”功能，您的感受是？",
                                            "如果酒店不提供“手机开门”功能，您的感受是？"]
    cxlab.set_language("en")
    assert kano.questionnaire(["a mobile key"], provider="the hotel", importance=False).frame.loc[0, "question"] \
        == "If the hotel offers a mobile key, how do you feel?"


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

def _result(importance=True):
    parts = [frame({"A": 8, "O": 1, "I": 1}, feature="生日惊喜"), frame({"A": 7, "O": 2, "I": 1}, "手机开门", 100),
             frame({"A": 7, "O": 1, "I": 2}, "欢迎水果", 200), frame({"M": 8, "O": 2}, "免费无线网络", 300),
             frame({"O": 7, "M": 2, "A": 1}, "延迟退房", 400), frame({"I": 9, "A": 1}, "主题配色", 500),
             frame({"Q": 3}, "全是可疑", 600)]
    answers = pd.concat(parts, ignore_index=True)
    if importance:
        answers["importance"] = (answers.index % 9) + 1
    return kano.classify(answers), answers


def _boxes_overlap(a, b):
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_plot_better_worse_texts_and_labels(lang):
    """Title, axis labels and quadrant names from the catalog; one label per plotted feature (the all-Q feature
    is left out), no two labels overlapping, all inside the axes."""
    import matplotlib.pyplot as plt

    result, _ = _result()
    ax = kano.plot_better_worse(result)
    assert isinstance(ax, plt.Axes)
    fig = ax.figure
    fig.canvas.draw()
    assert ax.get_title() == cxlab.t("kano.plot.better_worse_title")
    assert ax.get_xlabel() == cxlab.t("kano.plot.worse_axis")
    texts = {text.get_text() for text in ax.texts}
    assert {kano.category_name(c) for c in "AOMI"} <= texts
    labels = [a for a in ax.texts if a.get_text() in result.index]
    assert sorted(a.get_text() for a in labels) == sorted(f for f in result.index if f != "全是可疑")
    renderer = fig.canvas.get_renderer()
    boxes = [a.get_window_extent(renderer) for a in labels]
    frame_box = ax.get_window_extent(renderer)
    for i, box in enumerate(boxes):
        assert frame_box.x0 - 1 <= box.x0 and box.x1 <= frame_box.x1 + 1
        for other in boxes[i + 1:]:
            assert not _boxes_overlap(box, other)
    legend = ax.get_legend()
    assert cxlab.t("kano.plot.legend_category") in legend.get_title().get_text()


def test_plot_better_worse_split_and_ax():
    """split='mean' draws the lines at the mean |worse| and mean better; a given ax is used and returned."""
    import matplotlib.pyplot as plt

    result, _ = _result(importance=False)
    fig, ax = plt.subplots()
    assert kano.plot_better_worse(result, ax=ax, split="mean", annotate=False) is ax
    shown = result[result["better"].notna()]
    xs = sorted({line.get_xdata()[0] for line in ax.lines})
    ys = sorted({line.get_ydata()[0] for line in ax.lines})
    assert (-shown["worse"]).mean() in [pytest.approx(v) for v in xs]
    assert shown["better"].mean() in [pytest.approx(v) for v in ys]
    with pytest.raises(cxlab.InputError):
        kano.plot_better_worse(result, split="median")
    with pytest.raises(cxlab.InputError):
        kano.plot_better_worse(pd.DataFrame({"x": [1]}))


def test_plot_better_worse_point_size_by_importance():
    result, _ = _result(importance=True)
    ax = kano.plot_better_worse(result, annotate=False)
    sizes = ax.collections[0].get_sizes()
    assert len(set(np.round(sizes, 3))) > 1


def test_plot_categories(lang):
    """Six colours, fixed per category; bars per feature sum to 100 % when normalised, to n otherwise."""
    result, _ = _result()
    ax = kano.plot_categories(result)
    ax.figure.canvas.draw()
    assert ax.get_title() == cxlab.t("kano.plot.categories_title")
    assert ax.get_xlabel() == cxlab.t("kano.plot.share_axis")
    assert [t.get_text() for t in ax.get_yticklabels()] == list(result.index)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [kano.category_name(c) for c in kano.PRIORITY]
    ends = {}
    segments = ax.collections[0]  # one PolyCollection: a box per feature and category
    for box in segments.get_paths():
        (x0, y0), (x1, _) = box.vertices[0], box.vertices[1]
        ends[round(y0, 3)] = max(ends.get(round(y0, 3), 0), x1)
    assert len(ends) == len(result)
    assert all(v == pytest.approx(100) for v in ends.values())
    import matplotlib.colors as mcolors

    colours = {mcolors.to_hex(c) for c in segments.get_facecolors()}
    assert colours <= {c.lower() for c in kano.CATEGORY_COLORS.values()}
    ax = kano.plot_categories(result, normalize=False)
    assert ax.get_xlabel() == cxlab.t("kano.plot.count_axis")


def test_plot_continuous(lang):
    _, answers = _result()
    scores = kano.continuous(answers)
    ax = kano.plot_continuous(scores)
    ax.figure.canvas.draw()
    assert ax.get_title() == cxlab.t("kano.plot.continuous_title")
    assert ax.get_ylabel() == cxlab.t("kano.plot.functional_axis")
    texts = {text.get_text() for text in ax.texts}
    assert set(scores.index) <= texts
    assert {kano.category_name(c) for c in "AOMI"} <= texts
    with pytest.raises(cxlab.InputError):
        kano.plot_continuous(_result()[0])  # a classify result is not a continuous one


def test_plots_draw_chinese_without_missing_glyphs(recwarn):
    """Drawing in zh produces no 'Glyph missing' warning (pyproject turns matplotlib UserWarnings into errors)."""
    cxlab.set_language("zh")
    result, answers = _result()
    for ax in (kano.plot_better_worse(result), kano.plot_categories(result),
               kano.plot_continuous(kano.continuous(answers))):
        ax.figure.canvas.draw()
    assert not [w for w in recwarn if "Glyph" in str(w.message)]


# ---------------------------------------------------------------------------------------------------------------
# Docstrings
# ---------------------------------------------------------------------------------------------------------------

def test_docstring_examples_run():
    """Every >>> example in cxlab.kano runs and prints what it says."""
    failures, tried = doctest.testmod(kano, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 10
    assert failures == 0
