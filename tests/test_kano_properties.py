"""Properties of kano.classify that hold for any survey (hypothesis): counts add up, coefficients stay in range,
row order and answer spelling do not matter, the tie rule equals a plain argmax with priority."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxlab import kano

LABELS = {1: "我很喜欢", 2: "理所当然", 3: "无所谓", 4: "能忍受", 5: "很不喜欢"}
EN_LABELS = {1: "I like it", 2: "I expect it", 3: "I am neutral", 4: "I can live with it", 5: "I dislike it"}


@st.composite
def surveys(draw, max_respondents=25, max_features=5):
    """A long answer frame: some respondents x some features, random answer codes (each pair at most once)."""
    n_respondents = draw(st.integers(1, max_respondents))
    n_features = draw(st.integers(1, max_features))
    cells = n_respondents * n_features
    answer = st.integers(1, 5)
    functional = draw(st.lists(answer, min_size=cells, max_size=cells))
    dysfunctional = draw(st.lists(answer, min_size=cells, max_size=cells))
    keep = draw(st.lists(st.booleans(), min_size=cells, max_size=cells))
    keep[0] = True
    frame = pd.DataFrame({
        "respondent": np.repeat(np.arange(n_respondents), n_features),
        "feature": np.tile([f"feature {i}" for i in range(n_features)], n_respondents),
        "functional": functional, "dysfunctional": dysfunctional,
    })
    return frame[keep].reset_index(drop=True)


SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(surveys())
def test_counts_sum_to_n_and_n_is_answers_per_feature(answers):
    """A + O + M + I + R + Q = n, and n is the number of answer rows of the feature."""
    result = kano.classify(answers)
    assert (result[list(kano.CATEGORIES)].sum(axis=1) == result["n"]).all()
    assert result["n"].to_dict() == answers.groupby("feature").size().to_dict()
    assert result["n"].sum() == len(answers)


@SETTINGS
@given(surveys())
def test_coefficients_in_range(answers):
    """better in [0, 1], worse in [-1, 0], strengths in [0, 1]; NaN only when A + O + M + I = 0."""
    result = kano.classify(answers)
    core = result[["A", "O", "M", "I"]].sum(axis=1)
    defined = core > 0
    assert result["better"].isna().equals(~defined) and result["worse"].isna().equals(~defined)
    assert result.loc[defined, "better"].between(0, 1).all()
    assert result.loc[defined, "worse"].between(-1, 0).all()
    assert result["total_strength"].between(0, 1).all()
    assert result["category_strength"].between(0, 1).all()


@SETTINGS
@given(surveys(), st.randoms(use_true_random=False))
def test_row_order_does_not_matter(answers, random):
    """Shuffling the rows changes only the order of the features (first appearance), never a number."""
    order = list(range(len(answers)))
    random.shuffle(order)
    shuffled = answers.iloc[order]
    a = kano.classify(answers).sort_index()
    b = kano.classify(shuffled).sort_index()
    pd.testing.assert_frame_equal(a, b)


@SETTINGS
@given(surveys(), st.sampled_from([LABELS, EN_LABELS]))
def test_codes_and_labels_agree(answers, labels):
    """Writing the answers as zh or en labels gives exactly the same result as the codes."""
    spelled = answers.assign(functional=answers["functional"].map(labels),
                             dysfunctional=answers["dysfunctional"].map(labels))
    pd.testing.assert_frame_equal(kano.classify(answers), kano.classify(spelled))
    pd.testing.assert_frame_equal(kano.continuous(answers), kano.continuous(spelled))


@SETTINGS
@given(surveys())
def test_zero_threshold_is_argmax_with_priority(answers):
    """With tie_threshold = 0 the category is the most frequent one, exact ties broken by M > O > A > I > R > Q
    (checked with a plain Python loop over the counts)."""
    result = kano.classify(answers)
    for _, row in result.iterrows():
        best = max(row[c] for c in kano.CATEGORIES)
        expected = next(c for c in kano.PRIORITY if row[c] == best)
        assert row["category"] == expected


@SETTINGS
@given(surveys(), st.floats(0, 1))
def test_threshold_winner_is_within_threshold(answers, threshold):
    """Whatever the threshold, the winner's count is within threshold * n of the largest count, and no category
    earlier in the priority order is."""
    result = kano.classify(answers, tie_threshold=threshold)
    for _, row in result.iterrows():
        best = max(row[c] for c in kano.CATEGORIES)
        within = [c for c in kano.PRIORITY if row[c] >= best - threshold * row["n"] - 1e-9]
        assert row["category"] == within[0]


@SETTINGS
@given(surveys())
def test_evaluate_matches_the_table_row_by_row(answers):
    """The vectorised lookup equals a cell-by-cell lookup in kano.TABLE."""
    letters = kano.evaluate(answers["functional"], answers["dysfunctional"])
    expected = [kano.TABLE.loc[f, d] for f, d in zip(answers["functional"], answers["dysfunctional"])]
    assert letters.tolist() == expected


@SETTINGS
@given(surveys(), st.floats(0, 1))
def test_clean_partitions_the_respondents(answers, max_q):
    """Kept and dropped respondents are disjoint and together are everyone; the kept answers are unchanged."""
    report = kano.clean(answers, max_questionable=max_q)
    kept = set(report.answers["respondent"])
    dropped = set(report.dropped["respondent"])
    assert kept.isdisjoint(dropped)
    assert kept | dropped == set(answers["respondent"])
    assert len(report.answers) == answers["respondent"].isin(kept).sum()
    assert (report.dropped["questionable_share"] <= 1).all()
