"""cxlab.stats: the Wilson interval and derived importance, against worked examples and established libraries."""
from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import cxlab
from cxlab import stats


def test_doctests():
    failures, tried = doctest.testmod(stats)
    assert tried > 0 and failures == 0


def test_wilson_newcombe_worked_examples():
    """Newcombe (1998) table I, method 3 (Wilson without continuity correction)."""
    cases = {(81, 263): (0.2553, 0.3662), (15, 148): (0.0624, 0.1605), (0, 20): (0.0, 0.1611),
             (1, 29): (0.0061, 0.1718)}
    for (k, n), (low, high) in cases.items():
        got = stats.wilson_interval(k, n)
        assert round(got[0], 4) == low and round(got[1], 4) == high


def test_wilson_by_hand():
    """8 of 10 at 95 %: p = 0.8, z² = 3.8415; centre = (0.8 + 0.19207)/1.38415 = 0.71674;
    half = 1.96·sqrt(0.016 + 0.0096037)/1.38415 = 0.22658 → 0.4902 to 0.9433."""
    low, high = stats.wilson_interval(8, 10)
    assert round(low, 4) == 0.4902 and round(high, 4) == 0.9433


def test_wilson_matches_statsmodels():
    proportion = pytest.importorskip("statsmodels.stats.proportion")
    k = np.array([0, 1, 7, 50, 99, 100, 333])
    n = np.array([10, 10, 30, 100, 100, 100, 1000])
    for conf in (0.8, 0.9, 0.95, 0.99):
        low, high = stats.wilson_interval(k, n, conf)
        ref_low, ref_high = proportion.proportion_confint(k, n, alpha=1 - conf, method="wilson")
        np.testing.assert_allclose(low, ref_low, atol=1e-12)
        np.testing.assert_allclose(high, ref_high, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10_000), st.floats(0, 1), st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_wilson_contains_estimate(n, share, conf):
    """The interval lies in [0, 1] and contains the observed share."""
    k = int(round(share * n))
    low, high = stats.wilson_interval(k, n, conf)
    assert 0 <= low <= k / n <= high <= 1


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("args", [(5, 0), (11, 10), (-1, 10), (2.5, 10), ("a", 10), (True, 10), (1, 10, 1.5),
                                  (1, 10, "0.95"), (1, 10, float("nan"))])
def test_wilson_bad_input(lang, args):
    cxlab.set_language(lang)
    with pytest.raises(cxlab.InputError) as info:
        stats.wilson_interval(*args)
    assert "nan" not in str(info.value).lower() or lang == "zh"


def _survey(n=400, seed=3):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=n)
    b = 0.5 * a + rng.normal(size=n)
    c = rng.normal(size=n)
    y = 0.6 * a + 0.3 * b + 0.1 * c + rng.normal(size=n)
    return pd.DataFrame({"a": a, "b": b, "c": c, "y": y})


def test_relative_weights_add_up_to_r_squared():
    """The weights add up to the R² of least squares (numpy lstsq) of the outcome on all drivers."""
    df = _survey()
    out = stats.derived_importance(df, ["a", "b", "c"], "y")
    x = np.column_stack([np.ones(len(df)), df[["a", "b", "c"]].to_numpy()])
    coef, *_ = np.linalg.lstsq(x, df["y"].to_numpy(), rcond=None)
    resid = df["y"].to_numpy() - x @ coef
    r2 = 1 - resid @ resid / ((df["y"] - df["y"].mean()) ** 2).sum()
    assert out["relative_weight"].sum() == pytest.approx(r2, abs=1e-10)
    assert out.attrs["r_squared"] == pytest.approx(r2, abs=1e-10)
    assert out["share"].sum() == pytest.approx(1.0)
    assert out["rank"].tolist() == [1, 2, 3]
    np.testing.assert_allclose(out["correlation"], df.corr().loc[["a", "b", "c"], "y"], atol=1e-12)


def test_uncorrelated_drivers_weight_is_squared_correlation():
    """Two exactly uncorrelated drivers (orthogonal ±1 codes): each weight is r², computed by hand.
    a = (1,1,-1,-1), b = (1,-1,1,-1), y = (4,2,1,1): r(a,y) = 4/ (2·sqrt(6))… checked against r²."""
    df = pd.DataFrame({"a": [1, 1, -1, -1] * 3, "b": [1, -1, 1, -1] * 3, "y": [4, 2, 1, 1, 5, 2, 0, 1, 4, 3, 1, 0]})
    out = stats.derived_importance(df, ["a", "b"], "y")
    np.testing.assert_allclose(out["relative_weight"], out["correlation"] ** 2, atol=1e-12)


def test_missing_rows_are_left_out_and_counted():
    df = _survey(50)
    df.loc[[3, 7], "b"] = np.nan
    out = stats.derived_importance(df, ["a", "b"], "y")
    assert (out["n"] == 48).all()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_derived_importance_bad_input(lang):
    cxlab.set_language(lang)
    df = _survey(30)
    bad = [
        (df.to_dict(), ["a"], "y"), (df, "a", "y"), (df, [], "y"), (df, ["a", "a"], "y"), (df, ["zz"], "y"),
        (df, ["a", "y"], "y"), (df.head(3), ["a", "b"], "y"),
        (df.assign(c=1.0), ["a", "c"], "y"), (df.assign(d=df["a"] * 2), ["a", "d"], "y"),
        (df.assign(a=df["a"].astype(object).where(df.index != 4, "x")), ["a"], "y"),
    ]
    for args in bad:
        with pytest.raises(cxlab.InputError):
            stats.derived_importance(*args)


def test_ipa_quadrants_by_hand():
    """Importance (4, 2, 3, 1) mean 2.5; performance (3, 6, 6, 2) mean 4.25:
    a: important, poor → concentrate; b: unimportant, good → overkill; c: important, good → keep_up; d: low."""
    out = stats.ipa_quadrants(pd.Series([4, 2, 3, 1], index=list("abcd")), [3, 6, 6, 2])
    assert out["quadrant"].to_dict() == {"a": "concentrate", "b": "overkill", "c": "keep_up", "d": "low_priority"}
    assert out.attrs == {"importance_split": 2.5, "performance_split": 4.25}
    fixed = stats.ipa_quadrants([4, 2, 3, 1], [3, 6, 6, 2], importance_split=4, performance_split="median")
    assert fixed["quadrant"].tolist() == ["concentrate", "overkill", "overkill", "low_priority"]  # median 4.5
    assert set(stats.IPA_QUADRANTS) == {"concentrate", "keep_up", "low_priority", "overkill"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ipa_bad_input(lang):
    cxlab.set_language(lang)
    for args, kw in [(([1, 2], [1]), {}), (([1, "x"], [1, 2]), {}), (([1, np.nan], [1, 2]), {}),
                     (({"a": 1}, [1]), {}), (([1, 2], [1, 2]), {"importance_split": "middle"}),
                     (([1, 2], [1, 2]), {"performance_split": True}), (([], []), {})]:
        with pytest.raises(cxlab.InputError):
            stats.ipa_quadrants(*args, **kw)
