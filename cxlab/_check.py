"""Parameter checks shared by every model module: one place that turns a wrong argument into a clear InputError.

Every public function of a model (``kano``, ``damage``, ``returns``, ``servqual``, ``pyramid``, ``journey``,
``value`` …) checks its parameters on entry with these helpers and then works with the clean value each helper
returns. A wrong argument becomes one :class:`cxlab.InputError` (a ``ValueError``) that names the parameter,
shows what it got as a person would write it, and says what it takes — in the current language, from the
catalog (``cxlab/locales/<lang>/check.json``). Never truthiness, never a traceback from numpy or pandas.

The helpers
-----------
========================================  ====================================================================
``check_bool(name, value)``               ``True`` / ``False`` (also ``numpy.bool_``); ``"no"``, ``0``, ``0.5``,
                                          ``None`` are errors
``check_number(name, value, low=, high=,  a finite real number (not a bool, not text, not NaN) → ``float``;
integer=, none=)``                        bounds inclusive unless ``low_open`` / ``high_open``; ``integer=True``
                                          → ``int`` (``3.0`` is accepted as 3, ``2.5`` is not)
``check_text(name, value, none=)``        a non-blank ``str`` → stripped
``check_choice(name, value, choices)``    one of ``choices`` (compared as given) → the value
``check_mapping(name, value, keys=,       a ``dict``-like mapping (not a list of pairs, not a Series) → ``dict``;
required=, numbers=, low=, high=)``       optionally only known ``keys``, all ``required`` keys, numeric values
``check_array(name, value, length=,       a 1-d list / tuple / array / Series of finite numbers (not a mapping,
low=, high=, scalar=, integer=)``         not text) → float ``numpy.ndarray``; ``scalar=True`` also accepts one
                                          number (returned as a 0-d array)
``check_same_length(**arrays)``           equal lengths, else one message listing every length
``check_frame(name, value, columns=)``    a ``pandas.DataFrame`` holding ``columns``, with at least one row
``fmt_value(value)``                      a value as a person writes it: ``2``, ``0.5``, ``"no"``, ``[1, 2]``,
                                          ``missing`` for ``None``/NaN-like blanks — never ``np.float64(2.0)``
``error(key, **fields)``                  an InputError from any catalog key; fields whose template uses
                                          ``{field!r}`` are shown through :func:`fmt_value`
========================================  ====================================================================

Writing a check in a new model module::

    from . import _check

    def gaps(answers, weights=None, *, confidence=0.95, by_respondent=False):
        frame = _check.check_frame("answers", answers, columns=("respondent", "item", "expectation"))
        weights = None if weights is None else _check.check_mapping("weights", weights, numbers=True, low=0)
        confidence = _check.check_number("confidence", confidence, low=0, high=1, low_open=True, high_open=True)
        by_respondent = _check.check_bool("by_respondent", by_respondent)

Examples
--------
>>> import cxlab
>>> _ = cxlab.set_language("en")
>>> check_number("discount", "0.1")
Traceback (most recent call last):
...
cxlab.InputError: discount = "0.1" (text) is not accepted: discount takes a finite number.
>>> check_bool("annotate", "no")
Traceback (most recent call last):
...
cxlab.InputError: annotate = "no" (text) is not accepted: annotate takes True or False.
>>> check_array("scores", [9, 10, 7]).tolist()
[9.0, 10.0, 7.0]
>>> fmt_value(__import__("numpy").float64(2.0)), fmt_value(None), fmt_value([1, "a"])
('2.0', 'missing', '[1, "a"]')
"""
from __future__ import annotations

import datetime as _dt
import math
import numbers
import string
from collections.abc import Mapping

import numpy as np
import pandas as pd

from .i18n import t

__all__ = [
    "check_bool", "check_number", "check_text", "check_choice", "check_mapping", "check_array",
    "check_same_length", "check_frame", "fmt_value", "describe", "takes", "error", "invalid",
]

_LIMIT = 40
_ITEMS = 5


# ---------------------------------------------------------------------------------------------------------------
# Showing values
# ---------------------------------------------------------------------------------------------------------------

def _number_text(value) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    number = float(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "inf" if number > 0 else "-inf"
    if number.is_integer() and abs(number) < 1e15:
        return f"{number:.1f}"
    return f"{number:.15g}"


def _shorten(text: str, limit: int = _LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fmt_value(value, limit: int = _LIMIT) -> str:
    """``value`` as a person writes it, for messages.

    Numbers plainly (``2``, ``2.0``, ``0.35``, ``NaN``, ``inf``; numpy scalars like Python ones), text in
    double quotes and shortened to ``limit`` characters, ``None`` / ``pd.NA`` / ``NaT`` as the catalog's word for
    *missing*, lists and tuples by their first few elements, mappings by their first few items, a DataFrame by
    its shape. Never a numpy repr such as ``np.float64(nan)``.

    Examples
    --------
    >>> import numpy as np, cxlab
    >>> _ = cxlab.set_language("en")
    >>> [fmt_value(v) for v in (np.int64(2), np.float64("nan"), "yes", None, (0.5, np.float64(1.25)))]
    ['2', 'NaN', '"yes"', 'missing', '(0.5, 1.25)']
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return t("check.missing")
    if isinstance(value, (bool, np.bool_, numbers.Number)) and not isinstance(value, complex):
        try:
            return _number_text(value)
        except (TypeError, ValueError):  # pragma: no cover - exotic Number subclasses
            return _shorten(str(value), limit)
    if isinstance(value, str):
        return '"' + _shorten(value, limit) + '"'
    if isinstance(value, bytes):
        return '"' + _shorten(value.decode("utf-8", errors="replace"), limit) + '"'
    if isinstance(value, (_dt.date, _dt.datetime, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, pd.DataFrame):
        return t("check.frame_shape", rows=value.shape[0], columns=value.shape[1])
    if isinstance(value, Mapping):
        items = list(value.items())
        shown = ", ".join(f"{fmt_value(k, 20)}: {fmt_value(v, 20)}" for k, v in items[:_ITEMS - 1])
        return "{" + shown + (", …" if len(items) > _ITEMS - 1 else "") + "}"
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        values = list(value.ravel()) if isinstance(value, np.ndarray) else list(value)
        if isinstance(value, (set, frozenset)):
            values = sorted(values, key=str)
        shown = ", ".join(fmt_value(v, 20) for v in values[:_ITEMS])
        shown += ", …" if len(values) > _ITEMS else ""
        if isinstance(value, tuple):
            return "(" + shown + ("," if len(values) == 1 else "") + ")"
        if isinstance(value, (set, frozenset)):
            return "{" + shown + "}"
        return "[" + shown + "]"
    return _shorten(type(value).__name__, limit)


def _kind(value) -> str | None:
    """The catalog's name for the kind of ``value`` ('text', 'a list' …), or None when the value says it."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return t("check.kind.bool")
    if isinstance(value, numbers.Integral):
        return t("check.kind.integer")
    if isinstance(value, numbers.Real):
        return t("check.kind.number")
    if isinstance(value, (str, bytes)):
        return t("check.kind.text")
    if isinstance(value, pd.DataFrame):
        return None
    if isinstance(value, pd.Series):
        return t("check.kind.series", count=len(value))
    if isinstance(value, np.ndarray):
        return t("check.kind.array", count=value.size)
    if isinstance(value, Mapping):
        return t("check.kind.mapping", count=len(value))
    if isinstance(value, (list, tuple, set, frozenset, pd.Index)):
        return t("check.kind.list", count=len(value))
    return t("check.kind.other", type=type(value).__name__)


def describe(value) -> str:
    """:func:`fmt_value` followed by the kind of value in brackets: ``"no" (text)``, ``[0.4, 0.6] (a list of 2)``.

    >>> import cxlab
    >>> _ = cxlab.set_language("en")
    >>> describe("no"), describe(None)
    ('"no" (text)', 'None (missing)')
    """
    if value is None:
        return t("check.none")
    shown = fmt_value(value)
    kind = _kind(value)
    return shown if kind is None else t("check.with_kind", value=shown, kind=kind)


class _Shown(str):
    """A formatted value that stays as it is under ``{field!r}`` (catalog templates written with ``!r``)."""

    def __repr__(self):
        return str(self)


def _plain(value):
    return value.item() if isinstance(value, np.generic) else value


def error(key: str, /, **fields):
    """The :class:`cxlab.InputError` for catalog ``key`` formatted with ``fields``.

    Fields the template shows with ``{field!r}`` go through :func:`fmt_value` (so a numpy number or ``None``
    reads as a person writes it); numpy scalars in other fields become plain Python values. Already formatted
    text can be passed as is.
    """
    from . import InputError

    template = t(key)  # a KeyError naming the key if it is missing
    conversions = {}
    for _, field, _, conversion in string.Formatter().parse(template):
        if field:
            conversions[field.split(".")[0].split("[")[0]] = conversion
    shown = {}
    for name, value in fields.items():
        if conversions.get(name) == "r" and not isinstance(value, _Shown):
            shown[name] = _Shown(fmt_value(value))
        else:
            shown[name] = _plain(value)
    return InputError(template.format(**shown))


def takes(kind: str, **fields) -> str:
    """The catalog's phrase for what a parameter takes (``check.takes.<kind>``), formatted."""
    shown = {k: v if isinstance(v, str) else fmt_value(v) for k, v in fields.items()}
    return t(f"check.takes.{kind}").format(**shown)


def invalid(name: str, value, accepted: str):
    """The InputError "``name`` = <value> is not accepted: ``name`` takes <accepted>" (``accepted`` already in
    the current language, e.g. from :func:`takes`)."""
    return error("check.error.value", name=name, got=describe(value), takes=accepted)


def _or_none(text: str, none: bool) -> str:
    return t("check.takes.or_none", takes=text) if none else text


# ---------------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------------

def check_bool(name: str, value) -> bool:
    """``value`` if it is ``True`` or ``False`` (or a numpy bool); otherwise an InputError.

    ``"no"``, ``"yes"``, ``0``, ``1``, ``0.5`` and ``None`` are all refused: a person who typed them meant
    something, and truthiness would silently turn ``"no"`` into yes.

    >>> check_bool("annotate", False)
    False
    """
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    raise invalid(name, value, takes("bool"))


def _range_text(low, high, low_open, high_open, integer) -> str:
    prefix = "integer" if integer else "number"
    if low is not None and high is not None:
        kind = "between"
        if low_open or high_open:
            return takes(f"{prefix}_between_open", low=low, high=high,
                         left=t("check.bound.open" if low_open else "check.bound.closed"),
                         right=t("check.bound.open" if high_open else "check.bound.closed"))
        return takes(f"{prefix}_{kind}", low=low, high=high)
    if low is not None:
        return takes(f"{prefix}_above" if low_open else f"{prefix}_at_least", low=low)
    if high is not None:
        return takes(f"{prefix}_below" if high_open else f"{prefix}_at_most", high=high)
    return takes(prefix)


def check_number(name: str, value, *, low=None, high=None, low_open: bool = False, high_open: bool = False,
                 integer: bool = False, none: bool = False):
    """A finite real number within the bounds, as ``float`` (``int`` when ``integer=True``).

    Refused: bools, text (even ``"0.1"``: a number typed as text is a sign of a mix-up), NaN, infinities,
    arrays, ``None`` (unless ``none=True``, which returns ``None``). Bounds are inclusive unless ``low_open`` /
    ``high_open``. With ``integer=True`` a float that is a whole number (``3.0``) is accepted as ``3``.

    >>> check_number("retention", 0.8, low=0, high=1)
    0.8
    >>> check_number("horizon", 3.0, low=1, integer=True)
    3
    """
    accepted = _or_none(_range_text(low, high, low_open, high_open, integer), none)
    if value is None and none:
        return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise invalid(name, value, accepted)
    number = float(value)
    if not math.isfinite(number) or (integer and not number.is_integer()):
        raise invalid(name, value, accepted)
    if low is not None and (number < low or (low_open and number == low)):
        raise invalid(name, value, accepted)
    if high is not None and (number > high or (high_open and number == high)):
        raise invalid(name, value, accepted)
    if integer:
        return int(value) if isinstance(value, numbers.Integral) else int(number)
    return number


def check_text(name: str, value, *, none: bool = False) -> str | None:
    """A non-blank ``str``, stripped (``None`` passes when ``none=True``).

    >>> check_text("title", "  Wi-Fi ")
    'Wi-Fi'
    """
    if value is None and none:
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise invalid(name, value, _or_none(takes("text"), none))


def check_choice(name: str, value, choices, *, none: bool = False):
    """``value`` if it is one of ``choices`` (the message lists them).

    >>> check_choice("timing", "end", ("end", "start"))
    'end'
    """
    if value is None and none:
        return None
    try:
        if not isinstance(value, (bool, np.bool_)) and value in tuple(choices):
            return value
    except TypeError:  # unhashable or incomparable: not one of the choices
        pass
    listed = t("surveys.list_separator").join(fmt_value(c) for c in choices)
    raise invalid(name, value, _or_none(takes("choice", choices=listed), none))


def check_mapping(name: str, value, *, keys=None, required=None, numbers: bool = False, low=None, high=None,
                  low_open: bool = False, high_open: bool = False, none: bool = False) -> dict | None:
    """A mapping (``dict``-like, not a list of pairs, a Series or a DataFrame) as a plain ``dict``.

    Parameters
    ----------
    keys : iterable, optional
        The keys that are known; any other key is an error.
    required : iterable, optional
        Keys that must be present (default: none).
    numbers : bool
        Every value must be a finite number (within ``low`` / ``high``); values are returned as floats.
    none : bool
        ``None`` is accepted and returned as ``None``.

    >>> check_mapping("loyalty", {"silent": 0.4}, keys=("silent", "resolved"), numbers=True, low=0, high=1)
    {'silent': 0.4}
    """
    if value is None and none:
        return None
    known = None if keys is None else tuple(keys)
    listed = t("surveys.list_separator").join(fmt_value(k) for k in (known or required or ()))
    accepted = takes("mapping_keys", keys=listed) if listed else takes("mapping")
    if not isinstance(value, Mapping) or isinstance(value, (pd.Series, pd.DataFrame)):
        raise invalid(name, value, _or_none(accepted, none))
    out = dict(value)
    if known is not None:
        extra = [k for k in out if k not in known]
        if extra:
            raise error("check.error.unknown_key", name=name, key=fmt_value(extra[0]), takes=listed)
    for key in required or ():
        if key not in out:
            raise error("check.error.missing_key", name=name, key=fmt_value(key),
                        takes=t("surveys.list_separator").join(fmt_value(k) for k in required))
    if numbers:
        accepted_value = _range_text(low, high, low_open, high_open, False)
        for key, item in out.items():
            try:
                out[key] = check_number(name, item, low=low, high=high, low_open=low_open, high_open=high_open)
            except ValueError:
                raise error("check.error.item", name=name, key=fmt_value(key), got=describe(item),
                            takes=accepted_value) from None
    return out


def check_array(name: str, value, *, length: int | None = None, low=None, high=None, low_open: bool = False,
                high_open: bool = False, integer: bool = False, scalar: bool = False, empty: bool = False,
                ) -> np.ndarray:
    """A 1-d list / tuple / array / Series / Index of finite numbers as a float ``numpy.ndarray``.

    Refused with the position of the first bad element (1 = the first, as a learner counts): text, bools,
    ``None``, NaN, numbers outside the bounds. Refused as a whole: a mapping, text, a DataFrame, a nested list,
    an empty sequence (unless ``empty=True``), a sequence of another ``length``. ``scalar=True`` also accepts
    one number and returns it as a 0-d array.

    >>> check_array("retention", (0.5, 0.8), low=0, high=1).tolist()
    [0.5, 0.8]
    """
    element = _range_text(low, high, low_open, high_open, integer)
    accepted = takes("array_or_number" if scalar else "array", element=element)
    if scalar and isinstance(value, (numbers.Real, np.generic)) and not isinstance(value, (bool, np.bool_)):
        return np.asarray(check_number(name, value, low=low, high=high, low_open=low_open, high_open=high_open,
                                       integer=integer), dtype=float)
    if isinstance(value, (str, bytes, Mapping, pd.DataFrame, set, frozenset)) or not isinstance(
            value, (list, tuple, np.ndarray, pd.Series, pd.Index, range)):
        raise invalid(name, value, accepted)
    items = value.to_numpy(dtype=object) if isinstance(value, (pd.Series, pd.Index)) else value
    try:
        objects = np.asarray(items, dtype=object)
    except ValueError:  # ragged nesting
        raise invalid(name, value, accepted) from None
    if objects.ndim != 1:
        raise invalid(name, value, accepted)
    if objects.size == 0 and not empty:
        raise invalid(name, value, accepted)
    if length is not None and objects.size != length:
        raise error("check.error.length_one", name=name, got=objects.size, length=length)
    if objects.size and isinstance(value, np.ndarray) and value.dtype.kind in "iuf":
        numbers_ = value.astype(float)
        bad = ~np.isfinite(numbers_)
        if integer:
            bad |= numbers_ % 1 != 0
        if low is not None:
            bad |= (numbers_ < low) | ((numbers_ == low) if low_open else False)
        if high is not None:
            bad |= (numbers_ > high) | ((numbers_ == high) if high_open else False)
        if bad.any():
            first = int(np.argmax(bad))
            raise error("check.error.element", name=name, position=first + 1, got=describe(_plain(value[first])),
                        takes=element)
        return numbers_
    out = np.empty(objects.size, dtype=float)
    for i, item in enumerate(objects):
        try:
            out[i] = check_number(name, item, low=low, high=high, low_open=low_open, high_open=high_open,
                                  integer=integer)
        except ValueError:
            raise error("check.error.element", name=name, position=i + 1, got=describe(_plain(item)),
                        takes=element) from None
    return out


def check_same_length(**arrays) -> int:
    """The common length of the named sequences, or one InputError listing each name with its length.

    >>> check_same_length(scores=[1, 2], groups=["a", "b"])
    2
    """
    lengths = {name: len(values) for name, values in arrays.items()}
    if len(set(lengths.values())) > 1:
        listed = t("surveys.list_separator").join(f"{name} = {n}" for name, n in lengths.items())
        raise error("check.error.lengths", names=t("surveys.list_separator").join(lengths), lengths=listed)
    return next(iter(lengths.values()), 0)


def check_frame(name: str, value, columns=(), *, rows: bool = True) -> pd.DataFrame:
    """``value`` if it is a ``pandas.DataFrame`` with every one of ``columns`` (and, when ``rows``, a row).

    >>> check_frame("answers", pd.DataFrame({"a": [1]}), columns=("a",)).shape
    (1, 1)
    """
    columns = tuple(columns)
    listed = t("surveys.list_separator").join(map(str, columns))
    if not isinstance(value, pd.DataFrame):
        accepted = takes("frame_columns", columns=listed) if columns else takes("frame")
        raise invalid(name, value, accepted)
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise error("check.error.frame_columns", name=name, missing=t("surveys.list_separator").join(map(str, missing)),
                    found=t("surveys.list_separator").join(map(str, value.columns)) or "-", columns=listed)
    if rows and len(value) == 0:
        raise error("check.error.frame_empty", name=name)
    return value
