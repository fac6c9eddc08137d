"""Properties of the SERVQUAL model (hypothesis): gap = P - E, a shift of every perception by +1 raises every gap
by exactly 1, equal weights give the unweighted score, alpha is at most 1."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from cxlab import servqual

SETTINGS = settings(max_examples=40, deadline=None)


def _answers(e, p):
    n = e.shape[0]
    return pd.DataFrame({"respondent": np.repeat(np.arange(n), 22), "item": np.tile(np.arange(1, 23), n),
                         "expectation": e.reshape(-1).astype(float), "perception": p.reshape(-1).astype(float)})


def surveys(high_p=7):
    return st.integers(2, 12).flatmap(lambda n: st.tuples(
        arrays(np.int64, (n, 22), elements=st.integers(1, 7)),
        arrays(np.int64, (n, 22), elements=st.integers(1, high_p))))


@SETTINGS
@given(surveys())
def test_gap_is_perception_minus_expectation(survey):
    """For every item and every dimension: gap = perception - expectation, and the item gap is the mean of the
    respondents' P - E."""
    e, p = survey
    result = servqual.gaps(_answers(e, p))
    np.testing.assert_allclose(result.items["gap"], result.items["perception"] - result.items["expectation"],
                               atol=1e-12)
    np.testing.assert_allclose(result.items["gap"], (p - e).mean(axis=0), atol=1e-12)
    np.testing.assert_allclose(result.dimensions["gap"],
                               result.dimensions["perception"] - result.dimensions["expectation"], atol=1e-12)


@SETTINGS
@given(surveys(high_p=6))
def test_shifting_perceptions_by_one_raises_every_gap_by_one(survey):
    e, p = survey
    before = servqual.gaps(_answers(e, p))
    after = servqual.gaps(_answers(e, p + 1))
    np.testing.assert_allclose(after.items["gap"] - before.items["gap"], 1.0, atol=1e-12)
    np.testing.assert_allclose(after.dimensions["gap"] - before.dimensions["gap"], 1.0, atol=1e-12)
    assert abs(after.unweighted - before.unweighted - 1.0) < 1e-12


@SETTINGS
@given(surveys())
def test_equal_weights_give_the_unweighted_score(survey):
    e, p = survey
    equal = {d: 20 for d in servqual.DIMENSIONS}
    result = servqual.gaps(_answers(e, p), equal)
    assert abs(result.weighted - result.unweighted) < 1e-12
    n = e.shape[0]
    per_respondent = pd.DataFrame({"respondent": np.arange(n), **{d: 20 for d in servqual.DIMENSIONS}})
    assert abs(servqual.gaps(_answers(e, p), per_respondent).weighted - result.unweighted) < 1e-12


@SETTINGS
@given(st.tuples(st.integers(2, 30), st.integers(2, 6)).flatmap(
    lambda shape: arrays(np.int64, shape, elements=st.integers(1, 7))))
def test_alpha_is_at_most_one(values):
    total_var = values.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return
    assert servqual.cronbach_alpha(pd.DataFrame(values)) <= 1 + 1e-12


@SETTINGS
@given(surveys())
def test_reliability_alphas_at_most_one(survey):
    e, p = survey
    table = servqual.reliability(_answers(e, p))
    values = table[["expectation", "perception", "gap"]].to_numpy(dtype=float)
    assert (values[~np.isnan(values)] <= 1 + 1e-12).all()
