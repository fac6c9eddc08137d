"""cxlab._check: the shared parameter checks every model module uses (one message shape, both languages)."""
from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import _check


@pytest.mark.parametrize("value", ["no", "yes", "False", 0, 1, 0.5, None, np.int64(1), [True]])
def test_check_bool_refuses_everything_but_bools(value, lang):
    """A boolean option given "no", 0, 0.5 or None is an error naming the option and True/False."""
    with pytest.raises(cxlab.InputError) as caught:
        _check.check_bool("annotate", value)
    message = str(caught.value)
    assert "annotate" in message and {"zh": "True 或 False", "en": "True or False"}[lang] in message
    assert "np." not in message


@pytest.mark.parametrize("value", [True, False, np.bool_(True), np.bool_(False)])
def test_check_bool_accepts_bools(value):
    assert _check.check_bool("annotate", value) is bool(value)


@pytest.mark.parametrize("value", ["0.1", True, None, float("nan"), float("inf"), [0.1], {"a": 1}, np.float64("nan")])
def test_check_number_refuses_non_numbers(value, lang):
    with pytest.raises(cxlab.InputError, match="discount") as caught:
        _check.check_number("discount", value)
    assert "np.float64" not in str(caught.value)


def test_check_number_bounds_and_integers(lang):
    """Bounds are inclusive unless open; integer=True accepts 3.0 as 3 and refuses 2.5."""
    assert _check.check_number("p", 0, low=0, high=1) == 0.0
    assert _check.check_number("p", np.float32(0.5), low=0, high=1) == 0.5
    with pytest.raises(cxlab.InputError, match={"zh": "不含", "en": "excluded"}[lang]):
        _check.check_number("p", 0, low=0, high=1, low_open=True)
    assert _check.check_number("n", 3.0, integer=True) == 3 and isinstance(_check.check_number("n", 3.0, integer=True), int)
    with pytest.raises(cxlab.InputError, match="2.5"):
        _check.check_number("n", 2.5, integer=True)
    assert _check.check_number("n", None, none=True) is None


def test_messages_show_values_as_people_write_them(lang):
    """No numpy reprs; None is reported as missing; text in double quotes; containers shortened."""
    assert _check.fmt_value(np.int64(2)) == "2"
    assert _check.fmt_value(np.float64(2.5)) == "2.5"
    assert _check.fmt_value(np.float64("nan")) == "NaN"
    assert _check.fmt_value(None) == {"zh": "空值", "en": "missing"}[lang]
    assert _check.fmt_value("yes") == '"yes"'
    assert _check.fmt_value(list(range(10))) == "[0, 1, 2, 3, 4, …]"
    assert _check.fmt_value({"a": np.float64(0.5)}) == '{"a": 0.5}'
    assert "3" in _check.fmt_value(pd.DataFrame({"a": [1, 2, 3]}))
    message = str(_check.error("kano.error.tie_threshold", value=np.float64(2.5)))
    assert "2.5" in message and "np.float64" not in message


def test_check_mapping_and_array_tell_them_apart(lang):
    """A list where a mapping is expected and a mapping where an array is expected both say what is taken."""
    with pytest.raises(cxlab.InputError, match={"zh": "字典", "en": "dict"}[lang]):
        _check.check_mapping("outcomes", [0.4, 0.6])
    with pytest.raises(cxlab.InputError, match={"zh": "列表或数组", "en": "list or array"}[lang]):
        _check.check_array("scores", {"a": 1})
    with pytest.raises(cxlab.InputError, match='"silentx"'):
        _check.check_mapping("loyalty", {"silentx": 1}, keys=("silent",))
    with pytest.raises(cxlab.InputError, match='"resolved"'):
        _check.check_mapping("loyalty", {"silent": 1}, required=("silent", "resolved"))
    with pytest.raises(cxlab.InputError, match='"silent"'):
        _check.check_mapping("loyalty", {"silent": "x"}, numbers=True)
    assert _check.check_mapping("w", {"a": 1}, numbers=True) == {"a": 1.0}


def test_check_array_positions_are_counted_from_one(lang):
    with pytest.raises(cxlab.InputError, match={"zh": "第 3 个值", "en": "value 3"}[lang]):
        _check.check_array("scores", [1, 2, "x"])
    with pytest.raises(cxlab.InputError, match={"zh": "第 2 个值", "en": "value 2"}[lang]):
        _check.check_array("scores", np.array([1.0, np.nan]))
    with pytest.raises(cxlab.InputError, match={"zh": "第 1 个值", "en": "value 1"}[lang]):
        _check.check_array("scores", pd.Series([11, 2]), low=0, high=10)
    for bad in ("123", [[1, 2], [3, 4]], [], pd.DataFrame({"a": [1]}), {1, 2}, 5):
        with pytest.raises(cxlab.InputError, match="scores"):
            _check.check_array("scores", bad)
    assert _check.check_array("x", 5, scalar=True).ndim == 0
    assert _check.check_array("x", range(3)).tolist() == [0.0, 1.0, 2.0]


def test_check_same_length_lists_every_length(lang):
    with pytest.raises(cxlab.InputError, match="a = 1.*b = 2"):
        _check.check_same_length(a=[1], b=[1, 2])
    assert _check.check_same_length(a=[1, 2], b=("x", "y")) == 2


def test_check_frame_choice_text(lang):
    with pytest.raises(cxlab.InputError, match="answers"):
        _check.check_frame("answers", [[1, 2]], columns=("a",))
    with pytest.raises(cxlab.InputError, match='"b"|b'):
        _check.check_frame("answers", pd.DataFrame({"a": [1]}), columns=("a", "b"))
    with pytest.raises(cxlab.InputError, match="answers"):
        _check.check_frame("answers", pd.DataFrame({"a": []}), columns=("a",))
    with pytest.raises(cxlab.InputError, match='"end"'):
        _check.check_choice("timing", "middle", ("end", "start"))
    with pytest.raises(cxlab.InputError, match="timing"):
        _check.check_choice("timing", ["end"], ("end", "start"))
    assert _check.check_text("t", " a ") == "a"
    with pytest.raises(cxlab.InputError):
        _check.check_text("t", "  ")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.binary(),
                 st.lists(st.integers(), max_size=8), st.dictionaries(st.text(max_size=3), st.floats(), max_size=4)))
def test_checks_raise_input_error_or_return(value):
    """Whatever is passed, every check returns or raises InputError (never TypeError, never a numpy repr)."""
    for check in (lambda v: _check.check_bool("x", v), lambda v: _check.check_number("x", v, low=0, high=1),
                  lambda v: _check.check_array("x", v), lambda v: _check.check_mapping("x", v, numbers=True),
                  lambda v: _check.check_text("x", v), lambda v: _check.check_choice("x", v, ("a", "b"))):
        try:
            check(value)
        except cxlab.InputError as problem:
            assert "np." not in str(problem)


def test_docstring_examples_run():
    result = doctest.testmod(_check)
    assert result.attempted >= 10 and result.failed == 0
