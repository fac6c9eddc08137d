"""Read real survey exports (问卷星, 腾讯问卷, Google Forms, Excel) into a tidy frame, or refuse them clearly.

Trainers receive class surveys as CSV or Excel files in many shapes: UTF-8 with or without a byte-order mark,
GBK from a Chinese Windows Excel, semicolons from a European Excel, title rows above the header, merged header
cells, numbers stored as text, full-width digits and spaces. This module reads all of those into one shape —
:class:`SurveyTable`, whose cells are normalised strings — and every problem it cannot repair becomes one
:class:`cxlab.InputError` naming the file, the spreadsheet row (as Excel numbers it), the column, the value and
what would be accepted, in the current language.

Layers
------
* :func:`normalise` — one cell value → a clean string (or ``None`` for a blank).
* :func:`read_table` — a file or DataFrame → :class:`SurveyTable` (normalised cells, header found, blank rows
  and columns dropped, spreadsheet row numbers kept for messages).
* :func:`codes` / :func:`unique` — validate one column: answer codes or labels → ints; respondent ids.
* :func:`read_likert` — a whole agreement-scale survey → long frame ``[respondent, item, score]``.

The agreement and satisfaction label variants (:data:`AGREEMENT_LABELS`, :data:`SATISFACTION_LABELS`) are the
words questionnaires contain, so they are input data, not kit text.

Examples
--------
>>> import pandas as pd
>>> from cxlab import surveys
>>> surveys.normalise("  ＡＢ１２３\\u3000 非常  同意 ")
'AB123 非常 同意'
>>> raw = pd.DataFrame({"id": ["s1", "s2"], "q1": ["4", "非常同意"], "q2": [" ２ ", "Disagree"]})
>>> surveys.read_likert(raw, id_column="id")
  respondent item  score
0         s1   q1      4
1         s1   q2      2
2         s2   q1      5
3         s2   q2      2
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import numbers
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .i18n import get_language, t

__all__ = [
    "AGREEMENT_LABELS", "SATISFACTION_LABELS", "ENCODINGS", "DELIMITERS", "TEXT_SUFFIXES", "EXCEL_SUFFIXES",
    "SUMMARY_LABELS", "SurveyTable", "SurveyNote", "normalise", "read_table", "codes", "unique", "likert_labels",
    "read_likert", "ID_COLUMNS",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: Agreement-scale answer labels as questionnaires write them (Likert 1932; the 7-point wording follows the
#: common Chinese 非常不同意 … 非常同意 scale and the English "strongly disagree … strongly agree" anchors of
#: Vagias 2006, *Likert-type scale response anchors*, Clemson University). ``{points: {code: {lang: variants}}}``;
#: the first variant of each language is the canonical label shown in messages.
AGREEMENT_LABELS = {  # i18n: input-variants
    5: {
        1: {"zh": ("非常不同意", "强烈不同意", "完全不同意", "很不同意"),
            "en": ("strongly disagree", "totally disagree", "completely disagree")},
        2: {"zh": ("不同意", "比较不同意", "不太同意"),
            "en": ("disagree", "somewhat disagree", "tend to disagree")},
        3: {"zh": ("一般", "中立", "说不清", "不确定", "既不同意也不反对", "中等"),
            "en": ("neutral", "neither agree nor disagree", "neither", "undecided", "not sure")},
        4: {"zh": ("同意", "比较同意"),
            "en": ("agree", "somewhat agree", "tend to agree")},
        5: {"zh": ("非常同意", "强烈同意", "完全同意", "很同意"),
            "en": ("strongly agree", "totally agree", "completely agree")},
    },
    7: {
        1: {"zh": ("非常不同意", "强烈不同意", "完全不同意", "很不同意"),
            "en": ("strongly disagree", "totally disagree", "completely disagree")},
        2: {"zh": ("不同意",), "en": ("disagree",)},
        3: {"zh": ("有点不同意", "有些不同意", "比较不同意", "稍微不同意"),
            "en": ("somewhat disagree", "slightly disagree", "mildly disagree")},
        4: {"zh": ("一般", "中立", "说不清", "不确定", "既不同意也不反对", "中等"),
            "en": ("neutral", "neither agree nor disagree", "neither", "undecided", "not sure")},
        5: {"zh": ("有点同意", "有些同意", "比较同意", "稍微同意"),
            "en": ("somewhat agree", "slightly agree", "mildly agree")},
        6: {"zh": ("同意",), "en": ("agree",)},
        7: {"zh": ("非常同意", "强烈同意", "完全同意", "很同意"),
            "en": ("strongly agree", "totally agree", "completely agree")},
    },
}

#: Satisfaction-scale answer labels (CSAT wording, Vagias 2006), accepted by :func:`read_likert` next to the
#: agreement labels: 1 is always the negative end, so both scales give the same codes.
SATISFACTION_LABELS = {  # i18n: input-variants
    5: {
        1: {"zh": ("非常不满意", "很不满意"), "en": ("very dissatisfied", "very unsatisfied")},
        2: {"zh": ("不满意", "比较不满意"), "en": ("dissatisfied", "unsatisfied")},
        3: {"zh": ("一般",), "en": ("neutral", "neither satisfied nor dissatisfied")},
        4: {"zh": ("满意", "比较满意"), "en": ("satisfied",)},
        5: {"zh": ("非常满意", "很满意"), "en": ("very satisfied",)},
    },
    7: {
        1: {"zh": ("非常不满意", "很不满意"), "en": ("very dissatisfied", "very unsatisfied")},
        2: {"zh": ("不满意",), "en": ("dissatisfied", "unsatisfied")},
        3: {"zh": ("有点不满意", "有些不满意", "比较不满意"), "en": ("somewhat dissatisfied", "slightly dissatisfied")},
        4: {"zh": ("一般",), "en": ("neutral", "neither satisfied nor dissatisfied")},
        5: {"zh": ("有点满意", "有些满意", "比较满意"), "en": ("somewhat satisfied", "slightly satisfied")},
        6: {"zh": ("满意",), "en": ("satisfied",)},
        7: {"zh": ("非常满意", "很满意"), "en": ("very satisfied",)},
    },
}

#: Text encodings tried in this order (GB18030 is a superset of GBK and GB2312, which Chinese Windows Excel
#: writes for "CSV (逗号分隔)"). A UTF-16 byte-order mark (Excel's "Unicode text") is recognised first.
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")

#: Field delimiters sniffed in text files, most common first (the full-width comma last: only when nothing
#: else splits the lines consistently).
DELIMITERS = (",", ";", "\t", chr(0xFF0C))  # the last is the full-width comma

#: Header names taken as the respondent id when a survey reader's ``id_column`` is not given (compared
#: case-insensitively, spaces ignored); one list for every reader (kano, servqual, value).
ID_COLUMNS = ("respondent", "respondent_id", "respondent id", "id", "序号", "编号", "答卷编号", "答卷序号",  # i18n: input-variants
              "受访者", "受访者编号", "用户id", "response id", "response_id")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")

#: Labels of the summary rows that spreadsheets and survey platforms add under the responses (合计, 平均 …). A row
#: whose first filled cell is one of them is a summary, not a respondent: it is left out with a note. Compared
#: after :func:`normalise`, case-folding, removing spaces and a trailing colon.
SUMMARY_LABELS = (  # i18n: input-variants
    "合计", "总计", "小计", "共计", "汇总", "总和", "求和", "平均", "平均值", "平均分", "均值", "总分", "总数",
    "中位数", "标准差", "统计", "计数",
    "total", "totals", "grand total", "subtotal", "sum", "average", "avg", "mean", "median", "std", "std dev",
    "standard deviation", "count",
)

#: Invisible characters removed by :func:`normalise`: zero-width space/joiners, word joiner, BOM, soft hyphen,
#: and the bidirectional marks that copy-paste from web forms brings along.
_INVISIBLE_CHARS = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u180e")
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
# text that normalise would change although it is NFKC-normal: white space at an end, runs of it, other spaces
_MESSY = re.compile(r"^\s|\s$|\s\s|[^\S ]|[" + _INVISIBLE_CHARS + "]")

_INTEGER = re.compile(r"[+-]?\d+(?:\.0*)?")
#: A number as a cell can hold it after normalise: sign (also the minus sign U+2212), digits, decimals, exponent.
_NUMBER = re.compile("[+\\-\u2212]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?")
_YEAR, _MONTH, _DAY = chr(0x5E74), chr(0x6708), chr(0x65E5)  # the date marks of Chinese dates (year, month, day)
_DATE = re.compile(rf"\d{{4}}[-/.{_YEAR}]\d{{1,2}}[-/.{_MONTH}]\d{{1,2}}{_DAY}?(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?")
_SEP_LINE = re.compile(r"sep=(.)")

# per-value outcome of a code conversion: a code >= 0, or one of these problems
_BLANK, _UNKNOWN, _OUT, _NEGATIVE = -1, -2, -3, -4
_PROBLEMS = {_BLANK: "blank", _UNKNOWN: "unknown", _OUT: "out_of_range", _NEGATIVE: "negative"}

# ---------------------------------------------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------------------------------------------


def _is_blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, bytes)):
        return False
    try:
        return bool(pd.isna(value)) if np.ndim(value) == 0 else False
    except (TypeError, ValueError):
        return False


def normalise(value):
    """One cell value as a clean string, or ``None`` for a blank.

    Removes zero-width characters and byte-order marks, applies Unicode NFKC (full-width ``ＡＢ１２３`` → ``AB123``,
    the ideographic space → a space, ``（`` → ``(``), strips the ends and collapses inner runs of white space to one
    space. Chinese characters stay as they are. Numbers become the text Excel shows: ``3``, ``3.0`` and ``"3"``
    all give ``"3"``; ``2.5`` gives ``"2.5"``; a date at midnight gives ``"2024-03-01"``. ``None``, NaN,
    ``pd.NA`` and text that is blank after cleaning give ``None``. The function is idempotent:
    ``normalise(normalise(x)) == normalise(x)``.

    Parameters
    ----------
    value : object
        A cell as read from a file or a DataFrame.

    Returns
    -------
    str or None

    Examples
    --------
    >>> normalise("\\ufeff 非常同意\\u3000")
    '非常同意'
    >>> normalise("Strongly\\u00a0\\u00a0agree")
    'Strongly agree'
    >>> normalise(4.0), normalise(" "), normalise(float("nan"))
    ('4', None, None)
    """
    if isinstance(value, str):
        if value.isascii():
            if value.isprintable() and value == value.strip() and "  " not in value:
                return value or None  # already clean: printable ASCII is NFKC-stable
        elif unicodedata.is_normalized("NFKC", value) and not _MESSY.search(value):
            return value
        text = value
    elif type(value) is float:  # the commonest number: spreadsheet cells
        if value != value:
            return None
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = f"{value:.15g}" if not math.isinf(value) else str(value)
    elif _is_blank(value):
        return None
    elif isinstance(value, (bool, np.bool_)):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, numbers.Integral):
        text = str(int(value))
    elif isinstance(value, numbers.Real):
        number = float(value)
        if math.isinf(number):
            text = str(number)
        elif number.is_integer() and abs(number) < 1e15:
            text = str(int(number))
        else:
            text = f"{number:.15g}"
    elif isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace")
    elif isinstance(value, _dt.datetime):
        text = value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ")
    else:
        text = str(value)
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    text = " ".join(text.split())
    return text or None


def _normalise_values(values, typed: bool = True):
    """:func:`normalise` over an array, computed once per distinct value (vectorised through factorize).

    Returns ``(clean, as_text)``: the clean values, and for typed sources (workbooks, DataFrames) a boolean
    array marking the cells that held a number stored as text (``None`` for text files, where every cell is).
    """
    values = np.asarray(values, dtype=object).ravel()
    if values.size == 0:
        return values, (np.zeros(0, dtype=bool) if typed else None)
    try:
        positions, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists …): one call per cell
        clean = np.array([normalise(v) for v in values], dtype=object)
        as_text = np.array([isinstance(v, str) and c is not None and bool(_NUMBER.fullmatch(c))
                            for v, c in zip(values, clean)], dtype=bool) if typed else None
        return clean, as_text
    cleaned = [normalise(u) for u in uniques]
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = cleaned
    table[-1] = None
    clean = table[positions]  # position -1 (NA) picks the trailing None
    if not typed:
        return clean, None
    cells, is_bool, truth = _zeros_and_ones(values, positions, uniques)
    if len(cells):
        clean[cells] = np.where(is_bool, np.where(truth, "TRUE", "FALSE"), np.where(truth, "1", "0")).astype(object)
    text_number = np.zeros(len(uniques) + 1, dtype=bool)
    match = _NUMBER.fullmatch
    text_number[:-1] = [type(u) is str and c is not None and match(c) is not None for u, c in zip(uniques, cleaned)]
    return clean, text_number[positions]


def _zeros_and_ones(values, positions, uniques):
    """factorize hashes True like 1 and False like 0: the cells whose distinct value is 0 or 1 (not text),
    each looked at again — (cell positions, is a bool, equals 1)."""
    found = pd.Series(uniques, dtype=object).isin([0, 1]).to_numpy()
    suspects = np.flatnonzero(found & np.fromiter((type(u) is not str for u in uniques), dtype=bool,
                                                  count=len(uniques)))
    cells = np.flatnonzero(np.isin(positions, suspects)) if len(suspects) else np.zeros(0, dtype=np.int64)
    picked = values[cells]
    is_bool = np.fromiter((type(v) in (bool, np.bool_) for v in picked), dtype=bool, count=len(picked))
    truth = np.fromiter((v == 1 for v in picked), dtype=bool, count=len(picked))
    return cells, is_bool, truth


def _key(label) -> str | None:
    """How labels are compared: normalised, case-folded, spaces removed ("Strongly  Agree" = "strongly agree")."""
    text = normalise(label)
    return None if text is None else text.casefold().replace(" ", "")


def _code_of(value, label_codes: dict, valid: set, key=_key) -> int:
    """The answer code of one cell value, or a negative problem marker.

    The one conversion every path uses — file columns (:func:`codes`) and in-memory answers (``kano.evaluate``,
    ``kano.classify``): the value is normalised first; then a number (``"3"``, ``"3.0"``, ``"３"``, ``3.0``) must
    be a whole number in ``valid`` — a sign is kept, so ``"-2"`` (a skip code of 问卷星) is a negative code, never
    2 — and anything else is looked up as a label by ``key``. Bools are never codes.
    """
    if isinstance(value, (bool, np.bool_)):
        return _UNKNOWN
    text = normalise(value)
    if text is None:
        return _BLANK
    if _NUMBER.fullmatch(text):
        number = float(text.replace("\u2212", "-"))
        if number.is_integer() and int(number) in valid:
            return int(number)
        return _NEGATIVE if number < 0 else _OUT
    code = label_codes.get(key(text))
    if code is None:
        return _UNKNOWN
    return code if code in valid else _OUT


def _cell_codes(values, label_codes: dict, valid, key=_key) -> np.ndarray:
    """:func:`_code_of` over an array, once per distinct value: int64 codes, negative where a cell is refused."""
    values = np.asarray(values, dtype=object).ravel()
    valid = set(valid)
    try:
        positions, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:  # unhashable cells
        return np.array([_code_of(v, label_codes, valid, key) for v in values], dtype=np.int64)
    converted = np.empty(len(uniques) + 1, dtype=np.int64)
    converted[:-1] = [_code_of(u, label_codes, valid, key) for u in uniques]
    converted[-1] = _BLANK
    result = converted[positions]
    cells, is_bool, truth = _zeros_and_ones(values, positions, uniques)
    if len(cells):  # a bool among the codes must stay refused
        plain = np.array([_code_of(1, label_codes, valid, key), _code_of(0, label_codes, valid, key)])
        result[cells] = np.where(is_bool, _UNKNOWN, np.where(truth, plain[0], plain[1]))
    return result


def _shorten(value, limit: int = 40) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _letter(index: int) -> str:
    """0-based column position → spreadsheet column letter (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    """Spreadsheet column letters → 0-based position (A → 0, AA → 26)."""
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number - 1


def _join(items) -> str:
    return t("surveys.list_separator").join(str(i) for i in items)


def _quoted(items) -> str:
    return _join(f'"{i}"' for i in items)


# ---------------------------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------------------------


def _error(key: str, **fmt):
    from . import InputError

    return InputError(t(f"surveys.error.{key}", **fmt))


class SurveyNote(UserWarning):
    """A note about how a survey was read (which sheet, which summary rows were left out): shown by Python's
    warnings machinery (a notebook shows it under the cell) and kept in :attr:`SurveyTable.notes`."""


@dataclass
class SurveyTable:
    """A survey read from a file or DataFrame: normalised cells plus what messages need to point at a cell.

    Attributes
    ----------
    frame : pandas.DataFrame
        Object dtype; every cell a normalised ``str`` or ``None`` (numbers as they appear, e.g. ``"3"``).
        Index 0..n-1; columns are the normalised header names.
    name : str
        The file name without its folder (``"class.xlsx"``), or ``"DataFrame"``.
    rows : list of int
        The row number of each frame row as a person counts it: for files the spreadsheet row, as Excel (or
        the CSV file) numbers it — 1-based, title and header rows counted; for a DataFrame its position,
        1 for the first row.
    sheet : str or None
        The worksheet read, for Excel files.
    header_row : int
        The spreadsheet row number of the header (0 for a DataFrame's column names).
    index : list or None
        For a DataFrame, the index label of each frame row (messages name it next to the row).
    sheets : tuple of str
        Every worksheet of the workbook, for Excel files.
    notes : list of str
        What the reader decided for you, in the current language (the sheet it read, summary rows it left
        out); each note is also issued as a :class:`SurveyNote` warning.
    """

    frame: pd.DataFrame
    name: str
    rows: list = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 1
    index: list | None = None
    sheets: tuple = ()
    notes: list = field(default_factory=list)
    _text_numbers: object = field(default=None, repr=False)   # bool array like frame: numbers stored as text
    _positions: dict = field(default_factory=dict, repr=False)  # column name -> 0-based column in the sheet
    _formulas: object = field(default=None, repr=False)       # callable -> {(row0, col0)} formulas without value

    @property
    def columns(self) -> list:
        """The column names."""
        return list(self.frame.columns)

    def __len__(self):
        return len(self.frame)

    def row_of(self, i: int) -> int:
        """The row number (as :attr:`rows` counts) of frame position ``i``."""
        return int(self.rows[int(i)])

    def where(self, i: int) -> str:
        """Where frame row ``i`` is, as messages say it: "File class.xlsx, row 7" or "DataFrame, row 1 (index 0)"."""
        if self.index is not None and self.name == "DataFrame":  # (a table renamed after its file reports so)
            from ._check import fmt_value

            return t("surveys.where.frame", row=self.row_of(i), index=fmt_value(self.index[int(i)]))
        return t("surveys.where.file", file=self.name, row=self.row_of(i))

    def sheet_hint(self) -> str:
        """For a workbook with several sheets: which sheet was read and how to choose another ("" otherwise)."""
        if len(self.sheets) > 1 and self.sheet is not None:
            return t("surveys.hint.sheets", sheet=self.sheet, count=len(self.sheets), sheets=_quoted(self.sheets))
        return ""

    def column(self, name) -> str:
        """``name`` normalised, checked to be a column of the table (else an InputError listing the columns)."""
        key = normalise(name) if isinstance(name, (str, numbers.Number)) else None
        if key is None or key not in self.frame.columns:
            from ._check import fmt_value

            raise _error("missing_columns", file=self.name, missing=fmt_value(name) if key is None else f'"{name}"',
                         found=_quoted(self.frame.columns), sheet=self.sheet_hint())
        return key

    def _is_text_number(self, i, column) -> bool:
        if self._text_numbers is None:
            return False
        return bool(self._text_numbers[int(i), self.frame.columns.get_loc(column)])

    def _is_unsaved_formula(self, i, column) -> bool:
        if self._formulas is None or column not in self._positions:
            return False
        return (self.row_of(i) - 1, self._positions[column]) in self._formulas()

    def error(self, i, column, value, accepted, *, problem: str = "unknown", count: int | None = None):
        """The one message builder for a bad cell: an :class:`cxlab.InputError` naming file, row, column, value
        and what is accepted, in the current language (raise it: ``raise table.error(...)``).

        Parameters
        ----------
        i : int
            Frame position of the bad cell's row.
        column : str
            The column name.
        value : object
            The bad value (``None`` for a blank cell).
        accepted : str
            What would be accepted, already in the current language.
        problem : {'unknown', 'out_of_range', 'negative', 'blank'}
            The kind of problem (catalog ``surveys.problem.<problem>``). A blank cell that holds a formula
            without a saved result, and an unknown value that looks like a date, are told as such.
        count : int, optional
            How many cells of this column have a problem; adds "(3 bad values in this column)".
        """
        from . import InputError

        extra = ""
        if count is not None:
            extra = t("surveys.extra.one") if count == 1 else t("surveys.extra.many", count=count)
        if value is None and problem == "blank" and self._is_unsaved_formula(i, column):
            problem = "formula"
        elif value is not None and problem == "unknown" and _DATE.fullmatch(str(value)):
            problem = "date"
        note = t("surveys.problem.as_text") if value is not None and self._is_text_number(i, column) else ""
        if problem == "date":
            note = t("surveys.problem.date_hint")
        kind = "cell_blank" if value is None else "cell"
        return InputError(t(f"surveys.error.{kind}", where=self.where(i), column=column, value=_shorten(value),
                            problem=t(f"surveys.problem.{problem}"), note=note, accepted=accepted,
                            extra=extra) + self.sheet_hint())


# ---------------------------------------------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        for encoding in ENCODINGS:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise _error("encoding", file=name, accepted=", ".join(ENCODINGS))


class _UnclosedQuote(Exception):
    """The text ends inside a quoted field: a quote was opened and never closed."""


def _records(text: str, delimiter: str, strict: bool = False) -> list:
    """csv records of ``text``; a field may be as long as the whole text (a pasted essay is still one answer).
    With ``strict``, a text that ends inside a quoted field raises :class:`_UnclosedQuote`."""
    limit = csv.field_size_limit()
    if len(text) >= limit:
        csv.field_size_limit(len(text) + 1)
    try:
        if strict:
            try:
                return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
            except csv.Error as problem:
                if "unexpected end of data" in str(problem):
                    raise _UnclosedQuote from None
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=False))
    finally:
        csv.field_size_limit(limit)


def _sniff(text: str):
    """The delimiter that splits the (first ~200) non-blank records into the same number (> 1) of fields most
    often; ``None`` when every candidate gives one field per line. The sample is the first 64 KB; a record the
    sample cuts (a long quoted comment) is not counted."""
    sample = text[:65536]
    truncated = len(text) > len(sample)
    if truncated and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = None, (0, 0)
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        try:
            records = _records(sample, delimiter)[:201]
        except csv.Error:
            continue
        if truncated and len(records) > 1:
            records = records[:-1]  # perhaps cut inside a quoted field
        counts = [len(r) for r in records[:200] if any(c.strip() for c in r)]
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        if modal < 2:
            continue
        score = (sum(1 for n in counts if n == modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _grid(records) -> tuple:
    """Records of unequal length → (rectangular object array padded with None, number of fields per record)."""
    lengths = np.fromiter(map(len, records), dtype=np.int64, count=len(records))
    width = int(lengths.max()) if len(records) else 0
    if len(records) and (lengths == width).all():
        cells = np.empty((len(records), width), dtype=object)
        cells[:] = records
        return cells, lengths
    cells = np.full((len(records), width), None, dtype=object)
    for i, row in enumerate(records):
        cells[i, : len(row)] = row
    return cells, lengths


def _read_text(data: bytes, name: str):
    """Text file → (raw cells, spreadsheet number of the first record, fields per record)."""
    text = _decode(data, name)
    if not text.strip(" \t\r\n\ufeff\x00\u3000\u00a0"):
        raise _error("blank_file", file=name)
    first_row = 1
    first_line = text.split("\n", 1)[0].strip("\r\ufeff ")
    forced = _SEP_LINE.fullmatch(first_line)
    if forced:  # Excel's "sep=;" directive: Excel hides this line, so data numbering starts after it
        text = text.split("\n", 1)[1] if "\n" in text else ""
        delimiter = forced.group(1)
    else:
        delimiter = _sniff(text)
    if delimiter is None:
        lines = [line for line in text.splitlines() if line.strip()]
        if all(not line.strip("".join(DELIMITERS) + " \t\r\"") for line in lines):  # empty cells only
            raise _error("blank_file", file=name)
        raise _error("one_column", file=name, header=_shorten(normalise(lines[0]), 60))
    try:
        records = _records(text, delimiter, strict=True)
    except _UnclosedQuote:
        records = _records(text, delimiter)
        opened = next((i for i in range(len(records) - 1, -1, -1) if any("\n" in f for f in records[i])),
                      len(records) - 1)
        raise _error("unclosed_quote", file=name, row=opened + first_row,
                     lines=sum(1 for line in text[text.rfind('"'):].splitlines()[1:] if line.strip())) from None
    except csv.Error:
        raise _error("unreadable", file=name) from None
    cells, lengths = _grid(records)
    return cells, first_row, lengths


def _has_table(rows) -> bool:
    """Whether sheet rows hold a table: two filled rows, one of them with at least two filled cells."""
    filled, wide = 0, False
    for row in rows:
        count = sum(1 for v in row if v is not None and v != "" and not (isinstance(v, str) and not v.strip()))
        if count:
            filled += 1
            wide = wide or count >= 2
            if filled >= 2 and wide:
                return True
    return False


def _unsaved_formulas(data: bytes, sheet: str) -> set:
    """{(row0, col0)} of the cells of ``sheet`` that hold a formula but no saved result (a workbook written by a
    program, never opened and saved in Excel). Read from the sheet's XML: only needed for a message."""
    import html
    import posixpath
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            book = archive.read("xl/workbook.xml").decode("utf-8", errors="replace")
            rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", errors="replace")
            rid = None
            for match in re.finditer(r"<(?:\w+:)?sheet\b[^>]*>", book):
                tag = match.group(0)
                found = re.search(r'\bname="([^"]*)"', tag)
                if found and html.unescape(found.group(1)) == sheet:
                    rid = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', tag)
                    rid = rid and (rid.group(1) or rid.group(2))
                    break
            target = None
            for match in re.finditer(r"<Relationship\b[^>]*>", rels):
                tag = match.group(0)
                if rid and f'Id="{rid}"' in tag:
                    target = re.search(r'Target="([^"]*)"', tag).group(1)
            if target is None:
                return set()
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            xml = archive.read(path)
    except (KeyError, zipfile.BadZipFile, AttributeError, OSError):
        return set()
    if b"<f" not in xml:
        return set()
    cells = set()
    for match in re.finditer(rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?:/>|>(.*?)</c>)', xml, re.DOTALL):
        inner = match.group(3) or b""
        if b"<f" in inner and not re.search(rb"<v>[^<]", inner) and b"<is>" not in inner:
            cells.add((int(match.group(2)) - 1, _column_index(match.group(1).decode())))
    return cells


def _read_excel(data: bytes, name: str, sheet):
    """Workbook bytes → (raw cells with merged ranges filled, merge mask, sheet name, worksheet names, notes).

    Read with python-calamine (Rust): the cells a sheet really holds, whatever dimension the file records (one
    formatted cell at row 1,048,576 costs nothing), python-calamine 0.4 or later for merged cells; measured 5-50 times faster than openpyxl (see
    ``benchmarks/bench_surveys.py``). Without ``sheet`` the first visible worksheet that holds a table is read,
    and a note says which one when there is a choice.
    """
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        meta = [m for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]  # chart sheets hold no cells
    except Exception:  # zip, XML or calamine errors: the file is not a readable workbook
        raise _error("bad_excel", file=name) from None
    titles = tuple(m.name for m in meta)
    if not meta:
        raise _error("no_worksheet", file=name)

    def load(m):
        try:
            ws = book.get_sheet_by_name(m.name)
            return ws.to_python(skip_empty_area=False), ws.merged_cell_ranges or []
        except Exception:
            raise _error("bad_excel", file=name) from None

    notes = []
    if sheet is None:
        visible = [m for m in meta if m.visible == SheetVisibleEnum.Visible]
        order = visible + [m for m in meta if m not in visible]
        chosen = None
        for m in order:
            rows, merges = load(m)
            if _has_table(rows):
                chosen = m
                break
        if chosen is None:
            if len(meta) == 1:
                raise _error("empty_sheet", file=name, sheet=titles[0])
            raise _error("empty_workbook", file=name, count=len(meta), sheets=_quoted(titles))
        skipped = [m.name for m in meta[: meta.index(chosen)]] + [
            m.name for m in order[: order.index(chosen)] if meta.index(m) > meta.index(chosen)]
        others = [m.name for m in visible if m is not chosen and m.name not in skipped]
        if skipped or others:
            note = t("surveys.note.sheet", file=name, sheet=chosen.name,
                     skipped=t("surveys.note.skipped", sheets=_quoted(skipped)) if skipped else "",
                     others=_quoted(others) if others else t("surveys.note.no_others"))
            notes.append(note)
    else:
        if isinstance(sheet, numbers.Integral) and not isinstance(sheet, (bool, np.bool_)):
            if not 1 <= sheet <= len(meta):
                raise _error("no_sheet_number", file=name, value=int(sheet), count=len(meta), accepted=_quoted(titles))
            chosen = meta[int(sheet) - 1]
        else:
            wanted = normalise(sheet)
            matches = [m for m in meta if normalise(m.name) == wanted]
            if not matches:
                raise _error("no_sheet", file=name, value=sheet, accepted=_quoted(titles), count=len(meta))
            chosen = matches[0]
        rows, merges = load(chosen)
        if not any(v is not None and v != "" for row in rows for v in row):
            with_data = [m.name for m in meta if m is not chosen and _has_table(load(m)[0])]
            raise _error("empty_chosen", file=name, sheet=chosen.name,
                         others=_quoted(with_data) if with_data else t("surveys.note.no_others"))
    height = len(rows)
    width = max((len(r) for r in rows), default=0)
    if height and all(len(r) == width for r in rows):
        cells = np.empty((height, width), dtype=object)
        cells[:] = rows
    else:
        cells = np.full((height, width), None, dtype=object)
        for i, row in enumerate(rows):
            cells[i, : len(row)] = row
    from_merge = set()
    for (r0, c0), (r1, c1) in merges:
        if r0 >= height or c0 >= width:
            continue
        top = cells[r0, c0]
        for r in range(r0, min(r1, height - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                if (r, c) != (r0, c0):
                    cells[r, c] = top
                    from_merge.add((r, c))
    return cells, from_merge, chosen.name, titles, notes


def _find_header(cells, filled, name: str, header, frame: bool = False):
    """0-based index of the header row: ``header`` (1-based) when given, else the first row whose non-empty
    cells fill more than half of the table width and hold at least two different names."""
    width = int(filled.max()) if len(filled) else 0
    if width == 0:
        raise _error("frame_empty" if frame else "blank_file", file=name)
    if header is not None:
        if isinstance(header, bool) or not isinstance(header, numbers.Integral) or not 1 <= header <= len(cells):
            raise _error("bad_header", file=name, value=header, count=len(cells))
        if filled[header - 1] == 0:
            raise _error("blank_header", file=name, row=header)
        return int(header) - 1
    for index in np.flatnonzero(filled):
        if width == 1 or (2 * filled[index] > width and len({v for v in cells[index] if v is not None}) >= 2):
            return int(index)
    return int(np.flatnonzero(filled)[0])


def _summary_rows(body, present) -> np.ndarray:
    """Rows of ``body`` (normalised cells) that are summaries, not respondents: a summary label (合计, 平均,
    Total …) in the first filled cell, or — at the bottom, with the first column blank — numbers that are the
    sums or the means of the rows above."""
    n = len(body)
    summary = np.zeros(n, dtype=bool)
    if n == 0:
        return summary
    keys = {_key(label).rstrip(":") for label in SUMMARY_LABELS}
    first_filled = present.argmax(axis=1)
    firsts = body[np.arange(n), first_filled]
    positions, uniques = pd.factorize(firsts, use_na_sentinel=True)
    labelled = np.array([len(u) <= 24 and u.casefold().replace(" ", "").rstrip(":") in keys for u in uniques]
                        + [False], dtype=bool)  # the cells are normalised already
    summary |= labelled[positions]
    # unlabelled statistics rows at the bottom
    if n >= 3 and present[:, 0].sum() >= n - 2:
        for i in range(n - 1, max(n - 3, 0), -1):
            if present[i, 0] or summary[i]:
                break
            others = ~summary & present[:, 0]
            columns = [c for c in range(body.shape[1]) if present[i, c] and _NUMBER.fullmatch(body[i, c])]
            if len(columns) < 2:
                break
            matched = True
            for c in columns:
                value = float(body[i, c].replace("\u2212", "-"))
                column = pd.to_numeric(pd.Series(body[others, c]), errors="coerce")
                if column.isna().any():
                    matched = False
                    break
                decimals = len(body[i, c].split(".")[1]) if "." in body[i, c] else 0
                total, mean = float(column.sum()), float(column.mean())
                near_mean = abs(value - mean) <= (0.5 * 10 ** -decimals if decimals else 1e-9) + 1e-9
                if not (abs(value - total) <= 1e-9 * max(1.0, abs(total)) or near_mean):
                    matched = False
                    break
            if not matched:
                break
            summary[i] = True
    return summary


def _build(cells, name: str, *, header=None, from_merge=frozenset(), first_row=1, sheet=None, lengths=None,
           typed=False, index=None, sheets=(), notes=(), formulas=None) -> SurveyTable:
    """Raw cells (2-D object array) → SurveyTable: header found (and combined with a sub-header under merged
    cells), cells normalised, blank rows/columns dropped, summary rows left out with a note, the field count of
    every text record checked against the header, row numbers kept."""
    raw = cells
    height, width = cells.shape
    as_text = None
    if cells.size:
        cells, as_text = _normalise_values(cells, typed=typed)
        cells = cells.reshape(height, width)
        as_text = None if as_text is None else as_text.reshape(height, width)
    present = cells.astype(bool)  # normalised cells are None or non-empty text
    h = _find_header(cells, present.sum(axis=1), name, header, frame=index is not None)
    names = list(cells[h])
    data_start = h + 1

    duplicates = _duplicated(names)
    if duplicates and data_start < height and from_merge:
        sub = cells[data_start]
        merged_dups = all(any((h, c) in from_merge for c in cols) for cols in duplicates.values())
        distinct_subs = all(
            all(sub[c] is not None and not _INTEGER.fullmatch(sub[c]) for c in cols)
            and len({sub[c] for c in cols}) == len(cols)
            for cols in duplicates.values()
        )
        if merged_dups and distinct_subs:
            for c in range(width):
                top, below = names[c], sub[c]
                if below is not None and below != top:
                    names[c] = below if top is None else f"{top} - {below}"
            data_start += 1

    body, body_present = cells[data_start:], present[data_start:]
    rows = np.arange(data_start, height) + first_row
    keep_rows = body_present.any(axis=1)
    column_used = body_present.any(axis=0)
    keep_cols = [c for c in range(width) if names[c] is not None or column_used[c]]
    names = [names[c] if names[c] is not None else _letter(c) for c in keep_cols]
    duplicates = _duplicated(names)
    if duplicates:
        label, cols = next(iter(duplicates.items()))
        raise _error("duplicate_header", file=name, row=h + first_row, name=label,
                     columns=_join(_letter(keep_cols[c]) for c in cols))

    notes = list(notes)
    summary = np.zeros(len(body), dtype=bool)
    if keep_rows.any():
        kept = np.flatnonzero(keep_rows)
        found = _summary_rows(body[kept][:, keep_cols], body_present[kept][:, keep_cols])
        if found.any():
            summary[kept[found]] = True
            dropped = kept[found]
            labels = [body[i, keep_cols[0]] if body[i, keep_cols[0]] is not None else t("surveys.note.unlabelled")
                      for i in dropped]
            notes.append(t("surveys.note.summary", file=name, count=len(dropped),
                           rows=_join(int(rows[i]) for i in dropped),
                           labels=_quoted(dict.fromkeys(_shorten(v, 20) for v in labels))))
            keep_rows &= ~summary

    if lengths is not None and keep_rows.any():
        _check_field_counts(raw, present, lengths, h, data_start, keep_rows, rows, name)

    body = body[keep_rows][:, keep_cols]
    if len(body) == 0:
        raise _error("frame_no_data" if index is not None else "no_data", file=name, row=h + first_row)
    frame = pd.DataFrame(body, columns=pd.Index(names, dtype=object), dtype=object)
    text_numbers = None
    if as_text is not None:
        text_numbers = as_text[data_start:][keep_rows][:, keep_cols]
        if not text_numbers.any():
            text_numbers = None
    labels_kept = None
    if index is not None:
        labels_kept = [index[i] for i in np.flatnonzero(keep_rows) + data_start]
    for note in notes:
        import warnings

        warnings.warn(note, SurveyNote, stacklevel=4)
    return SurveyTable(frame=frame, name=name, rows=rows[keep_rows].tolist(), sheet=sheet,
                       header_row=h + first_row, index=labels_kept, sheets=tuple(sheets), notes=notes,
                       _text_numbers=text_numbers, _positions=dict(zip(names, keep_cols)), _formulas=formulas)


def _check_field_counts(raw, present, lengths, h, data_start, keep_rows, rows, name):
    """Every data record of a text file has the header's number of fields (extra empty fields at the end are
    fine): a record with more fields has an unquoted delimiter inside an answer, one with fewer a quote that is
    never closed (the following lines were swallowed into one cell) or answers left out."""
    header_fields = int(lengths[h])
    header_used = int(np.flatnonzero(present[h]).max()) + 1 if present[h].any() else header_fields
    data = np.arange(data_start, len(lengths))
    data = data[keep_rows]
    more = present[data][:, header_fields:].any(axis=1) if present.shape[1] > header_fields else \
        np.zeros(len(data), dtype=bool)
    fewer = lengths[data] < header_used
    bad = more | fewer
    if not bad.any():
        return
    first = int(np.argmax(bad))
    record = int(data[first])
    row = int(rows[record - data_start])
    count = int(np.flatnonzero(present[record]).max()) + 1 if more[first] else int(lengths[record])
    others = int(bad.sum()) - 1
    extra = t("surveys.extra.more_rows", count=others) if others else ""
    if more[first]:
        raise _error("fields_more", file=name, row=row, count=count, width=header_fields, header=h + 1,
                     extra=extra)
    swallowed = any(isinstance(v, str) and "\n" in v for v in raw[record])
    raise _error("fields_quote" if swallowed else "fields_fewer", file=name, row=row, count=count,
                 width=header_used, header=h + 1, extra=extra)


def _duplicated(names) -> dict:
    seen: dict = {}
    for c, n in enumerate(names):
        if n is not None:
            seen.setdefault(n, []).append(c)
    return {n: cols for n, cols in seen.items() if len(cols) > 1}


def _from_frame(df: pd.DataFrame, header=None) -> SurveyTable:
    def label(col):
        if isinstance(col, tuple):
            parts = [p for p in (normalise(x) for x in col) if p is not None]
            return " - ".join(dict.fromkeys(parts)) or None
        return normalise(col)

    cells = np.empty((len(df) + 1, df.shape[1]), dtype=object)
    cells[0] = [label(c) for c in df.columns]
    cells[1:] = df.to_numpy(dtype=object)
    return _build(cells, "DataFrame", header=1 if header is None else header, first_row=0, typed=True,
                  index=[None] + list(df.index))


def _check_options(sheet, header, required):
    from ._check import invalid, takes

    if sheet is not None and (isinstance(sheet, (bool, np.bool_)) or not isinstance(sheet, (str, numbers.Integral))):
        raise invalid("sheet", sheet, t("surveys.takes.sheet"))
    if header is not None and (isinstance(header, (bool, np.bool_)) or not isinstance(header, numbers.Integral)
                               or header < 1):
        raise invalid("header", header, takes("integer_at_least", low=1))
    if required is not None:
        wanted = [required] if isinstance(required, str) else required
        if not isinstance(wanted, (list, tuple, set, frozenset, pd.Index)) or not all(
                isinstance(w, str) for w in wanted):
            raise invalid("required", required, t("surveys.takes.columns"))


def read_table(source, *, sheet=None, header=None, required=None) -> SurveyTable:
    """Read a survey export (CSV/TSV/TXT, XLSX/XLSM, or a DataFrame) into a :class:`SurveyTable`.

    * Text files: encodings tried in the order of :data:`ENCODINGS` (a UTF-16 byte-order mark first); the
      delimiter is sniffed among :data:`DELIMITERS` (quoted fields are fine, however long; Excel's ``sep=;``
      first line is honoured). A file whose lines do not split into at least two columns is refused (wrong
      delimiter); so is a record with more fields than the header (an answer holding an unquoted comma) or
      fewer (a quote never closed, or answers left out) — extra empty fields at the end are fine.
    * Excel files (python-calamine): without ``sheet``, the first visible worksheet that holds a table (a
      :class:`SurveyNote` says which one when the workbook has others), or ``sheet`` (its name, or its 1-based
      position); merged cells are filled; if a merged header then repeats a name ("外观" over two columns) the
      row below is taken as a sub-header and the names combined ("外观 - 功能", "外观 - 反向"). Only the cells
      the sheet holds are read, whatever dimension the file records.
    * The header is the first row whose non-empty cells fill more than half the table width (title rows above
      it are skipped), or row ``header`` (1-based, as the spreadsheet numbers it).
    * Every cell and header name goes through :func:`normalise`; numbers stored as text and real numbers give
      the same string. Fully blank rows and columns are dropped; a blank header over a column holding data is
      named by its column letter ("F"). Summary rows under the responses (合计, 平均, Total … or a row of the
      column sums or means) are left out with a :class:`SurveyNote`, never counted as respondents.
    * A DataFrame's rows are numbered 1, 2, … as a person counts them; messages name the index label too.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
    sheet : str or int, optional
        Worksheet name or 1-based position (Excel files only).
    header : int, optional
        1-based row number of the header row.
    required : str or list of str, optional
        Column names that must be present.

    Returns
    -------
    SurveyTable

    Raises
    ------
    cxlab.InputError
        For a missing, empty, blank, undecodable or unsupported file, a wrong delimiter, a record whose field
        count differs from the header, a missing or empty sheet, a header without data rows, duplicated header
        names, or missing required columns — naming the file (and sheet) and what would be accepted.

    Examples
    --------
    >>> import pandas as pd
    >>> table = read_table(pd.DataFrame({" ID ": ["a", None, "b"], "Q１": [3, None, "４"]}))
    >>> table.frame
      ID Q1
    0  a  3
    1  b  4
    >>> table.rows, table.row_of(1), table.name, table.index
    ([1, 3], 3, 'DataFrame', [0, 2])
    """
    from . import InputError

    _check_options(sheet, header, required)
    if isinstance(source, pd.DataFrame):
        table = _from_frame(source, header)
    elif isinstance(source, (str, Path)):
        path = Path(source)
        name = path.name
        if not path.is_file():
            raise _error("not_found", file=str(source))
        suffix = path.suffix.lower()
        data = path.read_bytes()
        if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE2 container: a password-protected workbook or a .xls
            raise _error("encrypted" if suffix in EXCEL_SUFFIXES else "old_excel", file=name)
        if suffix == ".xls":
            raise _error("old_excel", file=name)
        if suffix not in TEXT_SUFFIXES + EXCEL_SUFFIXES:
            raise _error("unsupported", file=name, value=suffix or name,
                         accepted=", ".join(TEXT_SUFFIXES + EXCEL_SUFFIXES))
        if not data:
            raise _error("empty", file=name)
        if not data.strip():
            raise _error("blank_file", file=name)
        if data.startswith(b"PK\x03\x04"):  # a workbook, whatever its suffix says
            cells, merges, title, titles, notes = _read_excel(data, name, sheet)
            try:
                table = _build(cells, name, header=header, from_merge=merges, sheet=title, typed=True,
                               sheets=titles, notes=notes, formulas=_lazy(lambda: _unsaved_formulas(data, title)))
            except InputError as problem:
                if len(titles) > 1:
                    hint = t("surveys.hint.sheets", sheet=title, count=len(titles), sheets=_quoted(titles))
                    raise InputError(str(problem) + hint) from None
                raise
        elif suffix in EXCEL_SUFFIXES:
            raise _error("bad_excel", file=name)
        else:
            cells, first, lengths = _read_text(data, name)
            table = _build(cells, name, header=header, first_row=first, lengths=lengths)
    else:
        from ._check import describe

        raise _error("bad_source", value=describe(source))
    if required is not None:
        wanted = [required] if isinstance(required, str) else list(required)
        missing = [w for w in wanted if normalise(w) not in table.frame.columns]
        if missing:
            raise _error("missing_columns", file=table.name, missing=_quoted(missing),
                         found=_quoted(table.frame.columns), sheet=table.sheet_hint())
    return table


def _lazy(function):
    """``function`` called once, on first use (the formula scan is only needed for a message)."""
    cache = []

    def call():
        if not cache:
            cache.append(function())
        return cache[0]

    return call


# ---------------------------------------------------------------------------------------------------------------
# Validating columns
# ---------------------------------------------------------------------------------------------------------------


def _accepted(valid, labels) -> str:
    values = sorted(valid)
    if values and values == list(range(values[0], values[-1] + 1)) and len(values) > 2:
        numbers_text = t("surveys.accepted.range", low=values[0], high=values[-1])
    else:
        numbers_text = t("surveys.accepted.numbers", values=", ".join(map(str, values)))
    if not labels:
        return numbers_text
    first: dict = {}
    for label, code in labels.items():
        first.setdefault(int(code), label)
    shown = [first[c] for c in values if c in first]
    text = " / ".join(shown)
    if len(labels) > len(shown):
        text += " / …"
    return t("surveys.accepted.with_labels", numbers=numbers_text, labels=text)


def codes(table: SurveyTable, column, labels=None, valid=range(1, 6), *, allow_blank: bool = False,
          match=None) -> pd.Series:
    """One column's answers as integer codes.

    Each cell must be a whole number in ``valid`` (``"3"``, ``"3.0"``, ``"３"``, ``" 3 "``) or a label found in
    ``labels`` (matched after :func:`normalise`, case-folding and removing spaces). A sign is kept: ``"-2"`` (the
    code 问卷星 writes for a skipped question) is a negative code, refused, never the code 2. The conversion is
    computed once per distinct value, so a column of a million cells converts in a fraction of a second; it is
    the same conversion ``kano.evaluate`` and ``kano.classify`` apply to answers in memory.

    Parameters
    ----------
    table : SurveyTable
    column : str
    labels : dict, optional
        ``{label: code}`` with whole-number codes; the first label given for a code is the one shown in messages.
    valid : iterable of int
        The accepted codes (default 1–5).
    allow_blank : bool
        Keep blank cells as missing (dtype ``Int64``) instead of refusing them.
    match : callable, optional
        How a label is compared: text → key (default: normalised, case-folded, spaces removed). ``kano`` passes
        the comparison its in-memory answers use, so a file and a DataFrame accept the same labels.

    Returns
    -------
    pandas.Series
        dtype ``int64`` (``Int64`` when ``allow_blank``), index ``table.frame.index``, name ``column``.

    Raises
    ------
    cxlab.InputError
        Naming the first bad cell (file, row, column, value — and that it is a negative code, a number stored
        as text, a date, or a formula without a saved result), what is accepted, and how many cells of the
        column are bad; or naming a bad parameter.

    Examples
    --------
    >>> import pandas as pd
    >>> table = read_table(pd.DataFrame({"q": ["1", "５", " 3.0 ", "Like"]}))
    >>> codes(table, "q", labels={"like": 1}).tolist()
    [1, 5, 3, 1]
    """
    key = _key if match is None else match
    valid_set, label_codes = _check_codes_options(table, labels, valid, allow_blank, key)
    column = table.column(column)
    series = table.frame[column]
    result = _cell_codes(series.to_numpy(dtype=object), label_codes, valid_set, key)
    bad = result < 0
    if allow_blank:
        bad &= result != _BLANK
    if bad.any():
        first = int(np.argmax(bad))
        value = series.iloc[first]
        raise table.error(first, column, normalise(value), _accepted(valid_set, labels),
                          problem=_PROBLEMS[int(result[first])], count=int(bad.sum()))
    if allow_blank:
        out = pd.Series(pd.array(np.where(result == _BLANK, 0, result), dtype="Int64"), index=series.index,
                        name=column)
        out[result == _BLANK] = pd.NA
        return out
    return pd.Series(result, index=series.index, name=column, dtype=np.int64)


def _check_codes_options(table, labels, valid, allow_blank, key=_key):
    """Validated (valid codes as a set, {label key: code}) for :func:`codes`."""
    from ._check import check_bool, invalid, takes

    if not isinstance(table, SurveyTable):
        raise invalid("table", table, t("surveys.takes.table"))
    check_bool("allow_blank", allow_blank)
    if isinstance(valid, (str, bytes, dict)) or not hasattr(valid, "__iter__"):
        raise invalid("valid", valid, t("surveys.takes.valid"))
    valid = list(valid)
    if not valid or any(isinstance(v, (bool, np.bool_)) or not isinstance(v, numbers.Integral) for v in valid):
        raise invalid("valid", valid, t("surveys.takes.valid"))
    valid_set = {int(v) for v in valid}
    label_codes = {}
    if labels is not None:
        from collections.abc import Mapping

        if not isinstance(labels, Mapping):
            raise invalid("labels", labels, t("surveys.takes.labels"))
        for label, code in labels.items():
            if isinstance(code, (bool, np.bool_)) or not isinstance(code, numbers.Integral):
                from ._check import error, describe

                raise error("check.error.item", name="labels", key=f'"{label}"', got=describe(code),
                            takes=takes("integer"))
            text = normalise(label)
            if text is not None:
                label_codes.setdefault(key(text), int(code))
    return valid_set, label_codes


def unique(table: SurveyTable, column) -> pd.Series:
    """Check that a respondent-id column has one non-blank, distinct value per row; return it.

    Raises
    ------
    cxlab.InputError
        For the first blank id, or the first repeated id (naming every spreadsheet row that holds it).

    Examples
    --------
    >>> import pandas as pd
    >>> unique(read_table(pd.DataFrame({"id": ["a", "b"]})), "id").tolist()
    ['a', 'b']
    """
    if not isinstance(table, SurveyTable):
        from ._check import invalid

        raise invalid("table", table, t("surveys.takes.table"))
    column = table.column(column)
    series = table.frame[column]
    blank = series.isna().to_numpy()
    if blank.any():
        first = int(np.argmax(blank))
        raise table.error(first, column, None, t("surveys.accepted.id"), problem="blank", count=int(blank.sum()))
    repeated = series.duplicated(keep=False).to_numpy()
    if repeated.any():
        first = int(np.argmax(repeated))
        value = series.iloc[first]
        where = np.flatnonzero((series == value).to_numpy())
        others = int(series[repeated].nunique()) - 1
        extra = t("surveys.extra.more_ids", count=others) if others else ""
        raise _error("duplicate_id", file=table.name, column=column, value=_shorten(value),
                     rows=_join(table.row_of(i) for i in where), extra=extra, sheet=table.sheet_hint())
    return series.copy()


# ---------------------------------------------------------------------------------------------------------------
# Whole surveys
# ---------------------------------------------------------------------------------------------------------------


def likert_labels(points: int = 5, lang: str | None = None) -> dict:
    """The built-in answer labels of a ``points``-point scale as ``{label: code}`` (agreement, then
    satisfaction wording; the current language's canonical labels first, so messages show them).

    Examples
    --------
    >>> likert_labels(5, "en")["strongly agree"], likert_labels(7, "zh")["有点同意"]
    (5, 5)
    """
    from ._check import check_number, invalid

    points = check_number("points", points, low=2, high=11, integer=True)
    if lang is not None and (not isinstance(lang, str) or lang not in ("zh", "en")):
        raise invalid("lang", lang, t("surveys.takes.lang"))
    if points not in AGREEMENT_LABELS:
        return {}
    lang = lang or get_language()
    order = [lang] + [other for other in ("zh", "en") if other != lang]
    labels: dict = {}
    for table in (AGREEMENT_LABELS, SATISFACTION_LABELS):
        for language in order:
            for code, variants in sorted(table[points].items()):  # canonical labels first …
                labels.setdefault(variants[language][0], code)
            for code, variants in sorted(table[points].items()):  # … then the other variants
                for variant in variants[language]:
                    labels.setdefault(variant, code)
    return labels


def read_likert(source, *, id_column, items=None, points: int = 5, labels=None, sheet=None,
                header=None) -> pd.DataFrame:
    """A Likert-style class survey (one row per respondent, one column per item) as a tidy long frame.

    Every answer must be a code 1..``points`` or one of the scale's labels: for 5 and 7 points the zh/en
    agreement labels of :data:`AGREEMENT_LABELS` and satisfaction labels of :data:`SATISFACTION_LABELS`
    (mixed languages are fine), or the ``labels`` given, which replace the built-in ones. The scale follows
    Likert (1932), *A technique for the measurement of attitudes*, Archives of Psychology 140.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        See :func:`read_table`.
    id_column : str
        The respondent-id column (each id once).
    items : list of str, optional
        The item columns; default every column except ``id_column``.
    points : int
        Scale length (2 to 11).
    labels : dict, optional
        ``{label: code}`` replacing the built-in label variants.
    sheet, header
        See :func:`read_table`.

    Returns
    -------
    pandas.DataFrame
        Columns ``respondent`` (str), ``item`` (str), ``score`` (int), one row per respondent and item,
        respondents in file order, items in column order.

    Raises
    ------
    cxlab.InputError
        For anything :func:`read_table`, :func:`unique` or :func:`codes` refuses, or a bad ``points``.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame({"id": [1, 2], "q1": ["有点同意", "7"]})
    >>> read_likert(raw, id_column="id", points=7)
      respondent item  score
    0          1   q1      5
    1          2   q1      7
    """
    from . import InputError

    if isinstance(points, bool) or not isinstance(points, numbers.Integral) or not 2 <= points <= 11:
        raise _error("bad_points", value=points)
    points = int(points)
    from collections.abc import Mapping

    from ._check import invalid

    if not isinstance(id_column, (str, numbers.Integral)) or isinstance(id_column, (bool, np.bool_)):
        raise invalid("id_column", id_column, t("surveys.takes.columns"))
    if items is not None and not isinstance(items, str) and (
            not isinstance(items, (list, tuple, pd.Index)) or not all(isinstance(i, str) for i in items)):
        raise invalid("items", items, t("surveys.takes.items"))
    if labels is not None and not isinstance(labels, Mapping):
        raise invalid("labels", labels, t("surveys.takes.labels"))
    id_name = normalise(id_column)
    wanted = None if items is None else ([items] if isinstance(items, str) else list(items))
    table = read_table(source, sheet=sheet, header=header,
                       required=[id_column] + (wanted or []))
    item_names = ([c for c in table.frame.columns if c != id_name] if wanted is None
                  else [normalise(i) for i in wanted])
    if not item_names:
        raise _error("no_items", file=table.name, column=id_name)
    ids = unique(table, id_name)
    scale = likert_labels(points) if labels is None else dict(labels)
    columns = []
    for item in item_names:
        try:
            columns.append(codes(table, item, scale, range(1, points + 1)).to_numpy())
        except InputError as problem:
            if wanted is not None:
                raise
            # every column was taken as a question: say how to leave out the ones that are not
            raise InputError(str(problem) + t("surveys.hint.items", column=item)) from None
    scores = np.column_stack(columns)
    n, k = scores.shape
    return pd.DataFrame({
        "respondent": pd.Series(np.repeat(ids.to_numpy(dtype=object), k), dtype=object),
        "item": pd.Series(np.tile(np.array(item_names, dtype=object), n), dtype=object),
        "score": scores.reshape(-1).astype(np.int64),
    })
