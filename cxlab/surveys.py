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
    "SurveyTable", "normalise", "read_table", "codes", "unique", "likert_labels", "read_likert",
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

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")

#: Invisible characters removed by :func:`normalise`: zero-width space/joiners, word joiner, BOM, soft hyphen,
#: and the bidirectional marks that copy-paste from web forms brings along.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u180e"))

_INTEGER = re.compile(r"[+-]?\d+(?:\.0*)?")
_SEP_LINE = re.compile(r"sep=(.)")

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
    all give ``"3"``; ``2.5`` gives ``"2.5"``. ``None``, NaN, ``pd.NA`` and text that is blank after cleaning give
    ``None``. The function is idempotent: ``normalise(normalise(x)) == normalise(x)``.

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
        if value.isascii() and value.isprintable() and value == value.strip() and "  " not in value:
            return value or None  # already clean: printable ASCII is NFKC-stable
        text = value
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
    else:
        text = str(value)
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    text = " ".join(text.split())
    return text or None


def _normalise_values(values) -> np.ndarray:
    """:func:`normalise` over an array, computed once per distinct value (vectorised through factorize)."""
    values = np.asarray(values, dtype=object).ravel()
    if values.size == 0:
        return values
    # factorize hashes True like 1 and False like 0: spell booleans out first so they stay apart
    booleans = np.fromiter((isinstance(v, (bool, np.bool_)) for v in values), dtype=bool, count=values.size)
    if booleans.any():
        values = values.copy()
        values[booleans] = [normalise(v) for v in values[booleans]]
    try:
        positions, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists …): fall back to one call per cell
        return np.array([normalise(v) for v in values], dtype=object)
    clean = np.empty(len(uniques) + 1, dtype=object)
    clean[:-1] = [normalise(u) for u in uniques]
    clean[-1] = None
    return clean[positions]  # position -1 (NA) picks the trailing None


def _key(label) -> str | None:
    """How labels are compared: normalised, case-folded, spaces removed ("Strongly  Agree" = "strongly agree")."""
    text = normalise(label)
    return None if text is None else text.casefold().replace(" ", "")


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


def _join(items) -> str:
    return t("surveys.list_separator").join(str(i) for i in items)


# ---------------------------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------------------------


def _error(key: str, **fmt):
    from . import InputError

    return InputError(t(f"surveys.error.{key}", **fmt))


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
        The spreadsheet row number of each frame row, as Excel (or the CSV file) numbers it: 1-based, title
        and header rows counted.
    sheet : str or None
        The worksheet read, for Excel files.
    header_row : int
        The spreadsheet row number of the header.
    """

    frame: pd.DataFrame
    name: str
    rows: list = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 1

    @property
    def columns(self) -> list:
        """The column names."""
        return list(self.frame.columns)

    def __len__(self):
        return len(self.frame)

    def row_of(self, i: int) -> int:
        """The spreadsheet row number of frame position ``i``."""
        return int(self.rows[int(i)])

    def column(self, name) -> str:
        """``name`` normalised, checked to be a column of the table (else an InputError listing the columns)."""
        key = normalise(name)
        if key not in self.frame.columns:
            raise _error("missing_columns", file=self.name, missing=f'"{name}"',
                         found=_join(f'"{c}"' for c in self.frame.columns))
        return key

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
        problem : {'unknown', 'out_of_range', 'blank'}
            The kind of problem (catalog ``surveys.problem.<problem>``).
        count : int, optional
            How many cells of this column have a problem; adds "(3 bad values in this column)".
        """
        extra = ""
        if count is not None:
            extra = t("surveys.extra.one") if count == 1 else t("surveys.extra.many", count=count)
        kind = "cell_blank" if value is None else "cell"
        return _error(kind, file=self.name, row=self.row_of(i), column=column, value=_shorten(value),
                      problem=t(f"surveys.problem.{problem}"), accepted=accepted, extra=extra)


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


def _records(text: str, delimiter: str) -> list:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=False))


def _sniff(text: str):
    """The delimiter that splits the (first ~200) non-blank records into the same number (> 1) of fields most
    often; ``None`` when every candidate gives one field per line."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = None, (0, 0)
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        try:
            counts = [len(r) for r in _records(sample, delimiter)[:200] if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        if modal < 2:
            continue
        score = (sum(1 for n in counts if n == modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(data: bytes, name: str):
    """Text file → (grid of raw cell strings, spreadsheet number of its first record)."""
    text = _decode(data, name)
    if not text.strip(" \t\r\n\ufeff\x00"):
        raise _error("empty", file=name)
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
        raise _error("one_column", file=name, header=_shorten(normalise(lines[0]), 60))
    try:
        grid = _records(text, delimiter)
    except csv.Error:
        raise _error("unreadable", file=name) from None
    return grid, first_row


def _read_excel(source, name: str, sheet):
    """Excel workbook → (grid of raw cell values with merged ranges filled, first row number, merge mask, sheet)."""
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation / default styles
            book = openpyxl.load_workbook(source, data_only=True)
    except Exception:  # zip, XML or openpyxl errors: the file is not a readable workbook
        raise _error("bad_excel", file=name) from None
    titles = [w.title for w in book.worksheets]  # chart sheets hold no cells
    if sheet is None:
        ws = book.worksheets[0]
    elif isinstance(sheet, numbers.Integral) and not isinstance(sheet, bool) and 1 <= sheet <= len(titles):
        ws = book.worksheets[int(sheet) - 1]
    else:
        wanted = normalise(sheet)
        matches = [w for w in book.worksheets if normalise(w.title) == wanted]
        if not matches:
            raise _error("no_sheet", file=name, value=sheet, accepted=_join(f'"{s}"' for s in titles),
                         count=len(titles))
        ws = matches[0]
    height, width = ws.max_row, ws.max_column
    grid = [list(r) for r in ws.iter_rows(min_row=1, max_row=height, min_col=1, max_col=width, values_only=True)]
    from_merge = set()
    for merged in ws.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= height else None
        for r in range(merged.min_row, min(merged.max_row, height) + 1):
            for c in range(merged.min_col, min(merged.max_col, width) + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    grid[r - 1][c - 1] = top
                    from_merge.add((r - 1, c - 1))
    book.close()
    return grid, 1, from_merge, ws.title


def _find_header(cells, filled, name: str, header):
    """0-based index of the header row: ``header`` (1-based) when given, else the first row whose non-empty
    cells fill more than half of the table width and hold at least two different names."""
    width = int(filled.max()) if len(filled) else 0
    if width == 0:
        raise _error("empty", file=name)
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


def _cells(grid) -> np.ndarray:
    """Rows of unequal length → a rectangular object array padded with None."""
    width = max((len(r) for r in grid), default=0)
    cells = np.full((len(grid), width), None, dtype=object)
    for i, row in enumerate(grid):
        cells[i, : len(row)] = row
    return cells


def _build(cells, name: str, *, header=None, from_merge=frozenset(), first_row=1, sheet=None) -> SurveyTable:
    """Raw cells (2-D object array) → SurveyTable: header found (and combined with a sub-header under merged
    cells), cells normalised, blank rows/columns dropped, spreadsheet row numbers kept."""
    height, width = cells.shape
    if cells.size:
        cells = _normalise_values(cells).reshape(height, width)
    present = pd.notna(cells) if cells.size else np.zeros(cells.shape, dtype=bool)
    h = _find_header(cells, present.sum(axis=1), name, header)
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
    body = body[keep_rows][:, keep_cols]
    if len(body) == 0:
        raise _error("no_data", file=name, row=h + first_row)
    frame = pd.DataFrame(body, columns=pd.Index(names, dtype=object), dtype=object)
    return SurveyTable(frame=frame, name=name, rows=rows[keep_rows].tolist(), sheet=sheet,
                       header_row=h + first_row)


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
    return _build(cells, "DataFrame", header=1 if header is None else header)


def read_table(source, *, sheet=None, header=None, required=None) -> SurveyTable:
    """Read a survey export (CSV/TSV/TXT, XLSX/XLSM, or a DataFrame) into a :class:`SurveyTable`.

    * Text files: encodings tried in the order of :data:`ENCODINGS` (a UTF-16 byte-order mark first); the
      delimiter is sniffed among :data:`DELIMITERS` (quoted fields are fine; Excel's ``sep=;`` first line is
      honoured). A file whose lines do not split into at least two columns is refused (wrong delimiter).
    * Excel files (openpyxl): the first sheet, or ``sheet`` (its name, or its 1-based position); merged cells
      are filled; if a merged header then repeats a name ("外观" over two columns) the row below is taken as a
      sub-header and the names combined ("外观 - 功能", "外观 - 反向").
    * The header is the first row whose non-empty cells fill more than half the table width (title rows above
      it are skipped), or row ``header`` (1-based, as the spreadsheet numbers it).
    * Every cell and header name goes through :func:`normalise`; numbers stored as text and real numbers give
      the same string. Fully blank rows and columns are dropped; a blank header over a column holding data is
      named by its column letter ("F").

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
    sheet : str or int, optional
        Worksheet name or 1-based position (Excel files only).
    header : int, optional
        1-based row number of the header row.
    required : iterable of str, optional
        Column names that must be present.

    Returns
    -------
    SurveyTable

    Raises
    ------
    cxlab.InputError
        For a missing, empty, undecodable or unsupported file, a wrong delimiter, a missing sheet, a header
        without data rows, duplicated header names, or missing required columns — naming the file and what
        would be accepted.

    Examples
    --------
    >>> import pandas as pd
    >>> table = read_table(pd.DataFrame({" ID ": ["a", None, "b"], "Q１": [3, None, "４"]}))
    >>> table.frame
      ID Q1
    0  a  3
    1  b  4
    >>> table.rows, table.row_of(1), table.name
    ([2, 4], 4, 'DataFrame')
    """
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
        if not data.strip():
            raise _error("empty", file=name)
        if data.startswith(b"PK\x03\x04"):  # a workbook, whatever its suffix says
            grid, first, merges, title = _read_excel(io.BytesIO(data), name, sheet)
            table = _build(_cells(grid), name, header=header, from_merge=merges, first_row=first, sheet=title)
        elif suffix in EXCEL_SUFFIXES:
            raise _error("bad_excel", file=name)
        else:
            grid, first = _read_text(data, name)
            table = _build(_cells(grid), name, header=header, first_row=first)
    else:
        raise _error("bad_source", value=_shorten(repr(source), 60))
    if required is not None:
        wanted = [required] if isinstance(required, str) else list(required)
        missing = [w for w in wanted if normalise(w) not in table.frame.columns]
        if missing:
            raise _error("missing_columns", file=table.name, missing=_join(f'"{m}"' for m in missing),
                         found=_join(f'"{c}"' for c in table.frame.columns))
    return table


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


def codes(table: SurveyTable, column, labels=None, valid=range(1, 6), *, allow_blank: bool = False) -> pd.Series:
    """One column's answers as integer codes.

    Each cell must be a whole number in ``valid`` (``"3"``, ``"3.0"``, ``"３"``, ``" 3 "``) or a label found in
    ``labels`` (matched after :func:`normalise`, case-folding and removing spaces). The conversion is computed
    once per distinct value, so a column of a million cells converts in a fraction of a second.

    Parameters
    ----------
    table : SurveyTable
    column : str
    labels : dict, optional
        ``{label: code}``; the first label given for a code is the one shown in messages.
    valid : iterable of int
        The accepted codes (default 1–5).
    allow_blank : bool
        Keep blank cells as missing (dtype ``Int64``) instead of refusing them.

    Returns
    -------
    pandas.Series
        dtype ``int64`` (``Int64`` when ``allow_blank``), index ``table.frame.index``, name ``column``.

    Raises
    ------
    cxlab.InputError
        Naming the first bad cell (file, row, column, value), what is accepted, and how many cells of the
        column are bad.

    Examples
    --------
    >>> import pandas as pd
    >>> table = read_table(pd.DataFrame({"q": ["1", "５", " 3.0 ", "Like"]}))
    >>> codes(table, "q", labels={"like": 1}).tolist()
    [1, 5, 3, 1]
    """
    column = table.column(column)
    valid_set = {int(v) for v in valid}
    label_codes = {}
    for label, code in (labels or {}).items():
        key = _key(label)
        if key is not None:
            label_codes.setdefault(key, int(code))

    series = table.frame[column]
    positions, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    # per distinct value: code, or a negative problem marker
    BLANK, UNKNOWN, OUT = -1, -2, -3
    problems = {BLANK: "blank", UNKNOWN: "unknown", OUT: "out_of_range"}
    converted = np.empty(len(uniques) + 1, dtype=np.int64)
    for u, value in enumerate(uniques):
        text = normalise(value)
        if text is None:
            converted[u] = BLANK
        elif _INTEGER.fullmatch(text):
            number = int(float(text)) if "." in text else int(text)
            converted[u] = number if number in valid_set else OUT
        else:
            code = label_codes.get(_key(text))
            converted[u] = UNKNOWN if code is None else (code if code in valid_set else OUT)
    converted[-1] = BLANK
    result = converted[positions]
    bad = result < 0
    if allow_blank:
        bad &= result != BLANK
    if bad.any():
        first = int(np.argmax(bad))
        value = series.iloc[first]
        raise table.error(first, column, normalise(value), _accepted(valid_set, labels),
                          problem=problems[int(result[first])], count=int(bad.sum()))
    if allow_blank:
        out = pd.Series(pd.array(np.where(result == BLANK, 0, result), dtype="Int64"), index=series.index,
                        name=column)
        out[result == BLANK] = pd.NA
        return out
    return pd.Series(result, index=series.index, name=column, dtype=np.int64)


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
                     rows=_join(table.row_of(i) for i in where), extra=extra)
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
