"""Chart pieces more than one model draws, written once: a quadrant grid with named quadrants, labels placed
without overlap, Pareto bars with their cumulative line, interval bars, and the thousands formatter.

Each piece draws on a given Axes and returns a small handle whose ``update(...)`` changes the artists in place
(positions, sizes, bar lengths, strings) — what an explorer needs to redraw in a few milliseconds instead of
clearing the axes and building every artist again (see :mod:`cxlab.widgets.base`). A plot function of a model
calls the piece once and returns the Axes as usual.

Labels are placed when the figure is drawn, not when they are created: only then are the layout (constrained
layout, ``tight_layout``, a frozen explorer layout) and so the pixel position of every point, line and error bar
known. :class:`Labels` is an artist that does this placement at the start of the Axes' drawing, caches the text
extents, and keeps a label where it was while its point did not move and its spot is still free.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> from cxlab import plotting
>>> fig, ax = plt.subplots()
>>> grid = plotting.quadrant_grid(ax, {"tl": ("A", "#009E73"), "tr": ("O", "#0072B2"),
...                                    "br": ("M", "#D55E00"), "bl": ("I", "#999999")})
>>> points = ax.scatter([0.2, 0.8], [0.7, 0.3])
>>> labels = plotting.place_labels(ax, [0.2, 0.8], [0.7, 0.3], ["wifi", "spa"], avoid=grid.names + [points])
>>> fig.canvas.draw()
>>> plotting.thousands(20104761.4)
'20,104,761'
"""
from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping

import numpy as np

from .i18n import t

__all__ = [
    "thousands", "thousands_formatter", "nice_limit", "compact", "fit_names", "tick_overlaps", "QuadrantGrid", "quadrant_grid", "Labels", "place_labels",
    "obstacles", "Pareto", "pareto_bars", "IntervalBars", "interval_bars", "text_overlaps",
]

#: Grey of guide lines (split lines, 80 % line, leader lines).
GUIDE = "#444444"
#: A white ground behind a text, so no line or error bar behind it hides a letter.
WHITE_BOX = dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.9)


# ---------------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------------


def _real(name, value) -> float:
    """A real number (NaN and infinities pass: a table cell may be blank) — never text, a bool or a list."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        from ._check import invalid, takes

        raise invalid(name, value, takes("real"))
    return float(value)


def _digits(digits) -> int:
    from ._check import check_number

    return check_number("digits", digits, low=0, high=12, integer=True)


def _axes(ax):
    """The Axes a building block draws on (it never makes a figure of its own)."""
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        from ._check import invalid

        raise invalid("ax", ax, t("check.takes.axes_only"))
    return ax


def _figure(figure):
    """The matplotlib Figure a check draws and measures."""
    from matplotlib.figure import Figure

    if not isinstance(figure, Figure):
        from ._check import invalid

        raise invalid("figure", figure, t("check.takes.figure"))
    return figure


def _color(name, value):
    """None (the kit's colour) or one matplotlib colour."""
    from matplotlib.colors import is_color_like

    if value is None or (isinstance(value, (str, tuple)) and is_color_like(value)):
        return value
    from ._check import invalid

    raise invalid(name, value, t("check.takes.color"))


def _function(name, value):
    if value is None or callable(value) and not isinstance(value, type):
        return value
    from ._check import invalid

    raise invalid(name, value, t("check.takes.function"))


def _label(name, value) -> str:
    if isinstance(value, str):
        return value
    from ._check import invalid

    raise invalid(name, value, t("check.takes.label"))


def _is_row(values) -> bool:
    """Whether ``values`` is one row of items: a list, tuple, 1-d array, Series or Index — not text, bytes, a
    mapping, a set or a table."""
    return not (isinstance(values, (str, bytes, Mapping, set, frozenset)) or not isinstance(values, Iterable)
                or (isinstance(values, np.ndarray) and values.ndim != 1))


def _numbers(name, values, length) -> np.ndarray:
    """One number per label (a blank, NaN, draws nothing): never text, a mapping or a table."""
    from ._check import check_array, error, invalid, takes

    if not _is_row(values):
        raise invalid(name, values, takes("array", element=takes("number")))
    items = list(values)
    if len(items) != length:
        raise error("check.error.length_one", name=name, got=len(items), length=length)
    blank = np.array([isinstance(v, numbers.Real) and not isinstance(v, (bool, np.bool_)) and v != v for v in items],
                     dtype=bool)
    numbers_ = check_array(name, [0.0 if b else v for v, b in zip(items, blank)], empty=True)
    numbers_[blank] = np.nan
    return numbers_


def _labels(labels) -> list:
    """One label per bar: a list, tuple, array, Series or Index (not text, a mapping or a set)."""
    if not _is_row(labels):
        from ._check import invalid

        raise invalid("labels", labels, t("check.takes.bar_labels"))
    return list(labels)


def thousands(value, digits: int = 0) -> str:
    """A number with thousands separators, as every card, bar label and axis of the kit shows it.

    Examples
    --------
    >>> thousands(20104761.4), thousands(-1234.5), thousands(0.125, digits=2)
    ('20,104,761', '-1,234', '0.12')
    """
    value = _real("value", value)
    digits = _digits(digits)
    text = f"{value:,.{digits}f}"
    return "0" if text in ("-0", "-0.0") else text


def thousands_formatter(digits: int = 0):
    """A matplotlib tick formatter writing :func:`thousands`.

    Examples
    --------
    >>> thousands_formatter()(1500000, 0)
    '1,500,000'
    """
    from matplotlib.ticker import FuncFormatter

    digits = _digits(digits)
    return FuncFormatter(lambda v, _: thousands(v, digits))


def compact(value, lang=None) -> str:
    """A short form of a large number for a crowded bar label: ``1.23 M``, ``-456 k`` (en), ``123.5万``,
    ``1.2亿`` (zh); numbers under 10,000 as :func:`thousands`.

    Examples
    --------
    >>> compact(1_234_567, "en"), compact(-45_600, "en"), compact(1_234_567, "zh"), compact(120_000, "zh")
    ('1.23 M', '-45.6 k', '123.5万', '12万')
    """
    from ._check import check_choice
    from .i18n import LANGUAGES, get_language

    lang = get_language() if lang is None else check_choice("lang", lang, LANGUAGES)
    value = _real("value", value)
    size = abs(value)
    if size < 10_000:
        return thousands(value)
    if lang == "zh":
        unit, name = (1e8, "亿") if size >= 1e8 else (1e4, "万")
        number = f"{value / unit:.1f}"
        return (number[:-2] if number.endswith(".0") else number) + name     # 12万, not 12.0万
    unit, name = (1e9, "bn") if size >= 1e9 else (1e6, "M") if size >= 1e6 else (1e3, "k")
    number = value / unit
    return f"{number:.3g} {name}"


def wrap(text: str, width: int) -> str:
    """Break ``text`` over lines of at most ``width`` characters: at spaces (English), or in lines of at most
    ``width // 2 + 1`` characters of about equal length when it holds Chinese (a Chinese character is about two
    Latin ones wide).

    Examples
    --------
    >>> wrap("Technician visit", 10), wrap("师傅上门维修", 8), wrap("智能家居App", 6)
    ('Technician\\nvisit', '师傅上\\n门维修', '智能家居\\nApp')
    """
    import math
    import re
    import textwrap

    text = str(text)
    if any(0x3400 <= ord(ch) <= 0x9FFF for ch in text):
        # Chinese: as few lines as at most ``width // 2 + 1`` characters allow, of about equal length (no single
        # character left alone on a line), a Latin word or number ("App", "24h") kept whole and counted half
        per = width // 2 + 1
        tokens = re.findall(r"[A-Za-z0-9.+%-]+|.", text)
        weights = [len(tok) / 2 if tok.isascii() else 1.0 for tok in tokens]
        total = sum(weights)
        if total <= per:
            return text
        count = math.ceil(total / per)
        # where Chinese meets a Latin word is the best place for a break ("智能家居 / App"), if that needs no more lines
        parts = [p.strip() for p in re.findall(r"[A-Za-z0-9.+%-][A-Za-z0-9.+% -]*|[^A-Za-z0-9.+%-]+", text)]
        size = [len(p) / 2 if p.isascii() else len(p) for p in parts]
        if len(parts) <= count and max(size) <= per:
            return "\n".join(parts)
        target = total / count
        lines, done = [""], 0.0
        for tok, weight in zip(tokens, weights):
            if lines[-1] and done + weight / 2 > target * len(lines):
                lines.append("")
            lines[-1] += tok
            done += weight
        return "\n".join(line.strip() for line in lines)
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) or text


def fit_names(ax, names, room: float, fontsize="small", lines: int = 3, smallest: float = 0.8, weight="normal"):
    """Labels for a row of ``names`` (tick labels along an axis), each within ``room`` pixels: every name wrapped
    at the widest width whose lines all fit (at most ``lines`` lines; :func:`wrap`), and one font size for all,
    made smaller (down to ``smallest`` of ``fontsize``) only when a word or a Chinese name is longer than the
    room at the full size. Text widths are measured by the figure's renderer. Returns ``(labels, size)`` with
    the size in points.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> fig = Figure(figsize=(6, 2), dpi=100); _ = FigureCanvasAgg(fig); ax = fig.subplots()
    >>> fit_names(ax, ["Technician visit", "Installation"], 80, fontsize=10)
    (['Technician\\nvisit', 'Installation'], 10.0)
    """
    from matplotlib.font_manager import FontProperties

    from . import style
    from ._check import check_choice, check_number, invalid

    ax = _axes(ax)
    names = _labels(names)
    room = max(check_number("room", room), 0.0)     # no room at all (a tiny figure): the narrowest wrap
    lines = check_number("lines", lines, low=1, high=10, integer=True)
    smallest = check_number("smallest", smallest, low=0.1, high=1)
    weight = check_choice("weight", weight, ("normal", "bold"))
    try:
        base = FontProperties(size=fontsize).get_size_in_points()
    except (TypeError, ValueError):
        raise invalid("fontsize", fontsize, t("check.takes.fontsize")) from None
    style.ensure()      # measured in the font the names are drawn in (the theme's CJK font)
    renderer = _renderer(ax.figure)
    names = [str(n) for n in names]
    widths = {}

    def width(line, prop):
        key = (line, prop.get_size_in_points(), weight)
        if key not in widths:
            widths[key] = renderer.get_text_width_height_descent(line, prop, ismath=False)[0]
        return widths[key]

    scales = [s for s in (1.0, 0.92, 0.86, 0.8, 0.7, 0.6) if s > smallest] + [smallest]
    best = None
    # two lines at the largest size that allows them, else up to ``lines`` lines (a smaller size before a third)
    for limit, scale in [(limit, scale) for limit in sorted({min(2, lines), lines}) for scale in scales]:
        prop = FontProperties(size=base * scale, weight=weight)
        out = []
        for name in names:
            chosen, seen = None, set()
            for w in range(2 * len(name) + 2, 3, -1):      # from one line down (a Chinese character counts 2)
                text = wrap(name, w)
                if text in seen:
                    continue
                seen.add(text)
                parts = text.split("\n")
                if len(parts) <= limit and max(width(p, prop) for p in parts) <= room:
                    chosen = text
                    break
            out.append(chosen)
        best = ([o if o is not None else wrap(n, 4) for o, n in zip(out, names)], float(base * scale))
        if None not in out:
            return best
    return best


def nice_limit(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k that is at least ``value`` (> 0): an axis limit
    that moves in steps, so an explorer's ticks and frame stay as they are while a number grows a little.

    Examples
    --------
    >>> nice_limit(27_300), nice_limit(0.9), nice_limit(1)
    (30000.0, 1.0, 1.0)
    """
    value = _real("value", value)
    if not np.isfinite(value) or value <= 0:
        return 1.0
    exponent = np.floor(np.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        limit = float(step * 10 ** exponent)
        if limit >= value * (1 - 1e-12):
            return float(f"{limit:.12g}")
    return float(10 ** (exponent + 1))


# ---------------------------------------------------------------------------------------------------------------
# Geometry (screen pixels)
# ---------------------------------------------------------------------------------------------------------------

def _overlap_area(boxes, others) -> np.ndarray:
    """Area each of ``boxes`` (B, 4: x0, y0, x1, y1) shares with all of ``others`` (N, 4), summed -> (B,)."""
    if len(others) == 0 or len(boxes) == 0:
        return np.zeros(len(boxes))
    w = np.minimum(boxes[:, None, 2], others[None, :, 2]) - np.maximum(boxes[:, None, 0], others[None, :, 0])
    h = np.minimum(boxes[:, None, 3], others[None, :, 3]) - np.maximum(boxes[:, None, 1], others[None, :, 1])
    return (np.clip(w, 0, None) * np.clip(h, 0, None)).sum(axis=1)


def _crossings(first, second) -> np.ndarray:
    """How many of the segments ``second`` (S, 4) each segment of ``first`` (C, 4) properly crosses -> (C,)."""
    if len(first) == 0 or len(second) == 0:
        return np.zeros(len(first))
    p, r = first[:, None, :2], first[:, None, 2:] - first[:, None, :2]
    q, s = second[None, :, :2], second[None, :, 2:] - second[None, :, :2]
    cross = r[..., 0] * s[..., 1] - r[..., 1] * s[..., 0]
    qp = q - p
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (qp[..., 0] * s[..., 1] - qp[..., 1] * s[..., 0]) / cross
        u = (qp[..., 0] * r[..., 1] - qp[..., 1] * r[..., 0]) / cross
    hit = (np.abs(cross) > 1e-9) & (t > 0.02) & (t < 0.98) & (u > 0.0) & (u < 1.0)
    return hit.sum(axis=1).astype(float)


def _inside_length(boxes, segments) -> np.ndarray:
    """Length of the ``segments`` (S, 4: x0, y0, x1, y1) inside each box (B, 4), summed -> (B,).

    Liang–Barsky clipping of every segment against every box, vectorised.
    """
    return _inside_lengths(boxes, segments).sum(axis=1)


def _inside_lengths(boxes, segments) -> np.ndarray:
    """Length of each segment (S, 4) inside each box (B, 4) -> (B, S) (see :func:`_inside_length`)."""
    if len(segments) == 0 or len(boxes) == 0:
        return np.zeros((len(boxes), len(segments)))
    x0, y0, x1, y1 = segments.T
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros((len(boxes), len(segments)))
    t1 = np.ones_like(t0)
    out = np.zeros_like(t0, dtype=bool)
    bx0, by0, bx1, by1 = (boxes[:, k, None] for k in range(4))
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, x0 - bx0), (dx, bx1 - x0), (-dy, y0 - by0), (dy, by1 - y0)):
            p = np.broadcast_to(p, t0.shape)
            r = q / p
            t0 = np.where(p < 0, np.maximum(t0, r), t0)
            t1 = np.where(p > 0, np.minimum(t1, r), t1)
            out |= (p == 0) & (q < 0)
    length = np.clip(t1 - t0, 0, None) * np.hypot(dx, dy)
    return np.where(out, 0.0, length)


def obstacles(artists, renderer):
    """Boxes and line segments (screen pixels) of ``artists``, for label placement and overlap tests.

    Texts give their box (with the white ground when they have one), scatter collections one box per point
    (marker area), lines and line collections (error bars, leader lines) their segments, bars (Rectangles)
    their outline as four segments. Invisible artists are skipped.

    Returns
    -------
    boxes : ndarray (N, 4), segments : ndarray (S, 4)

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> line, = ax.plot([0, 1], [0, 1])
    >>> boxes, segments = obstacles([line], fig.canvas.get_renderer())
    >>> boxes.shape, segments.shape
    ((0, 4), (1, 4))
    """
    from matplotlib.artist import Artist

    given = artists
    artists = None if isinstance(given, (str, bytes, Mapping)) or not isinstance(given, Iterable) else list(given)
    if artists is None or not all(a is None or isinstance(a, Artist) for a in artists):
        from ._check import invalid

        raise invalid("artists", given, t("check.takes.artists"))
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle
    from matplotlib.text import Text

    boxes, segments = [], []
    for artist in artists:
        if artist is None or not artist.get_visible():
            continue
        if isinstance(artist, Text):
            if artist.get_text():
                boxes.append(_text_box(artist, renderer))
        elif isinstance(artist, PathCollection):
            offsets = artist.get_offset_transform().transform(artist.get_offsets())
            sizes = artist.get_sizes()
            if len(sizes) == 0 or len(offsets) == 0:
                continue
            radius = np.sqrt(np.resize(sizes, len(offsets))) / 2 * artist.figure.dpi / 72.0
            ok = np.isfinite(offsets).all(axis=1)
            boxes += [(x - r, y - r, x + r, y + r) for (x, y), r in zip(offsets[ok], radius[ok])]
        elif isinstance(artist, LineCollection):
            transform = artist.get_transform()
            for path in artist.get_segments():
                xy = transform.transform(np.asarray(path))
                segments += [(*a, *b) for a, b in zip(xy[:-1], xy[1:])]
        elif isinstance(artist, Line2D):
            xy = artist.get_transform().transform(artist.get_xydata())
            if artist.get_linestyle() not in ("None", "none", "", " "):  # NaN rows are gaps in the line
                segments += [(*a, *b) for a, b in zip(xy[:-1], xy[1:]) if np.isfinite([*a, *b]).all()]
            xy = xy[np.isfinite(xy).all(axis=1)]
            if artist.get_marker() not in ("None", "none", "", " ", None):  # markers (error bar caps, dots)
                r = artist.get_markersize() / 2 * artist.figure.dpi / 72.0
                boxes += [(x - r, y - r, x + r, y + r) for x, y in xy]
        elif isinstance(artist, Rectangle):
            x0, y0, x1, y1 = artist.get_window_extent(renderer).extents
            segments += [(x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)]
    return np.asarray(boxes, dtype=float).reshape(-1, 4), np.asarray(segments, dtype=float).reshape(-1, 4)


def _text_box(text, renderer):
    patch = text.get_bbox_patch()
    if patch is not None:
        text.update_bbox_position_size(renderer)
        return tuple(patch.get_window_extent(renderer).extents)
    return tuple(text.get_window_extent(renderer).extents)


def _renderer(figure):
    """The renderer that measures ``figure``'s texts. A Figure made without pyplot (the handouts make
    ``matplotlib.figure.Figure()`` directly) has only matplotlib's base canvas, which cannot measure: it gets an
    Agg canvas first (saving as SVG or PDF later still works: savefig switches canvases itself).

    >>> from matplotlib.figure import Figure
    >>> _renderer(Figure()).__class__.__name__
    'RendererAgg'
    """
    if not hasattr(figure.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure)
    return figure.canvas.get_renderer()


def _drawn(figure):
    """Draw ``figure`` (every text placed) and return its renderer, for measuring what was drawn."""
    _renderer(figure)
    figure.canvas.draw()
    return figure.canvas.get_renderer()


def tick_overlaps(figure, gap: float = 2.0) -> list:
    """Pairs of tick labels of the same axis that overlap or come closer than ``gap`` pixels (names under a
    journey map, bars' names), after drawing ``figure``; :func:`text_overlaps` leaves tick labels out.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots(figsize=(2, 1))
    >>> _ = ax.set_xticks([0, 0.1], ["a long name", "another long name"]); _ = ax.set_xlim(0, 1)
    >>> len(tick_overlaps(fig))
    1
    """
    from ._check import check_number

    figure = _figure(figure)
    gap = check_number("gap", gap, low=0, high=100)
    renderer, found = _drawn(figure), []
    for ax in (a for a in figure.axes if a.get_visible()):
        for axis in (ax.xaxis, ax.yaxis):
            if not axis.get_visible():
                continue
            low, high = sorted(axis.get_view_interval())
            labels = [tick.label1 for tick in axis.get_major_ticks()
                      if tick.label1.get_visible() and tick.label1.get_text().strip()
                      and low - 1e-9 <= tick.get_loc() <= high + 1e-9]
            grow = np.array([-gap / 2, -gap / 2, gap / 2, gap / 2])   # each box by half the gap
            boxes = [np.array([_text_box(label, renderer)]) + grow for label in labels]
            for i in range(len(labels)):
                for j in range(i + 1, len(labels)):
                    if _overlap_area(boxes[i], boxes[j])[0] > 0:
                        found.append((labels[i], labels[j], "tick"))
    return found


def text_overlaps(figure, tolerance: float = 1.0) -> list:
    """Pairs of texts of ``figure`` that overlap each other, or that a line, error bar or point crosses.

    The automated overlap test of the course charts: draws the figure, then compares the box of every visible
    text inside an Axes (labels, value labels, quadrant names, notes; tick labels, titles and axis labels are
    left to matplotlib) with every other such text and with the lines, line collections and scatter points of
    its Axes. A text on a white ground still counts when a line crosses it: the ground hides the line, but the
    reader loses the line there. Returns a list of ``(text, other, kind)`` with kind 'text', 'line' or 'point'.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([0, 1], [0.5, 0.5]); _ = ax.text(0.5, 0.5, "on the line")
    >>> [kind for _, _, kind in text_overlaps(fig)]
    ['line']
    """
    figure = _figure(figure)
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.lines import Line2D

    renderer, found = _drawn(figure), []
    for ax in (a for a in figure.axes if a.get_visible()):
        texts = [t for t in ax.texts if t.get_visible() and t.get_text().strip()]
        boxes = [_text_box(t, renderer) for t in texts]
        for i, (text, box) in enumerate(zip(texts, boxes)):
            shrunk = np.array([[box[0] + tolerance, box[1] + tolerance, box[2] - tolerance, box[3] - tolerance]])
            for other, obox in zip(texts[i + 1:], boxes[i + 1:]):
                if _overlap_area(shrunk, np.array([obox]))[0] > 0:
                    found.append((text, other, "text"))
            for artist in list(ax.lines) + list(ax.collections):
                if not artist.get_visible() or artist is getattr(text, "_cx_leader", None):
                    continue
                if isinstance(artist, PathCollection):
                    pts, _ = obstacles([artist], renderer)
                    own = getattr(text, "_cx_point", None)
                    if own is not None and own[0] is artist:
                        pts = np.delete(pts, own[1], axis=0) if own[1] < len(pts) else pts
                    if _overlap_area(shrunk, pts)[0] > 0:
                        found.append((text, artist, "point"))
                elif isinstance(artist, (Line2D, LineCollection)):
                    _, segs = obstacles([artist], renderer)
                    if _inside_length(shrunk, segs)[0] > 0:
                        found.append((text, artist, "line"))
    return found


# ---------------------------------------------------------------------------------------------------------------
# Quadrant grid
# ---------------------------------------------------------------------------------------------------------------

class QuadrantGrid:
    """Split lines and quadrant names of a quadrant chart (see :func:`quadrant_grid`); ``set_split`` moves the
    lines in place. ``lines`` are the two split lines, ``guides`` extra lines, ``names`` the four name texts."""

    def __init__(self, ax, lines, guides, names, extent):
        self.ax, self.lines, self.guides, self.names, self.extent = ax, lines, guides, names, extent

    def set_split(self, x: float, y: float) -> None:
        """Move the vertical split line to ``x`` and the horizontal one to ``y`` (data units)."""
        x0, x1, y0, y1 = self.extent
        self.lines[0].set_data([x, x], [y0, y1])
        self.lines[1].set_data([x0, x1], [y, y])

    @property
    def split(self):
        return float(np.nanmean(self.lines[0].get_xdata())), float(np.nanmean(self.lines[1].get_ydata()))


def quadrant_grid(ax, names: dict, split=(0.5, 0.5), extent=(0.0, 1.0, 0.0, 1.0), band: float = 0.13,
                  guides=(), fontsize="large") -> QuadrantGrid:
    """Dashed split lines and four named quadrants, the names on a white ground in bands outside the data.

    The split lines run only over ``extent`` (where points can be); the Axes get a band of ``band`` x the
    extent's height above and below it, and each quadrant's name sits in the band at its outer corner. So a name
    never sits on a split line, wherever the split is, and never on a point.

    Parameters
    ----------
    ax : matplotlib Axes
    names : dict
        ``{'tl'|'tr'|'br'|'bl': (text, colour)}`` for top-left, top-right, bottom-right, bottom-left.
    split : (float, float)
        Where the vertical and the horizontal line cross (data units).
    extent : (x0, x1, y0, y1)
        The data area; x limits get a small margin, y limits the two bands.
    band : float
        Height of each name band as a share of the extent's height.
    guides : sequence of (orientation, value, linestyle)
        Further lines over the extent, e.g. ``[('v', 0, ':'), ('h', 0, ':')]``.

    Returns
    -------
    QuadrantGrid

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> grid = quadrant_grid(ax, {"tl": ("A", "g"), "tr": ("O", "b"), "br": ("M", "r"), "bl": ("I", "k")})
    >>> grid.set_split(0.3, 0.6); grid.split
    (0.3, 0.6)
    """
    ax = _axes(ax)
    x0, x1, y0, y1 = (float(v) for v in extent)
    w, h = x1 - x0, y1 - y0
    ax.set_xlim(x0 - 0.04 * w, x1 + 0.06 * w)
    ax.set_ylim(y0 - band * h - 0.01 * h, y1 + band * h + 0.01 * h)
    style = dict(color=GUIDE, lw=1.2, ls="--", zorder=1)
    lines = [ax.plot([split[0]] * 2, [y0, y1], **style)[0], ax.plot([x0, x1], [split[1]] * 2, **style)[0]]
    extra = []
    for orientation, value, ls in guides:
        xs, ys = ([value, value], [y0, y1]) if orientation == "v" else ([x0, x1], [value, value])
        extra.append(ax.plot(xs, ys, color=GUIDE, lw=1.0, ls=ls, zorder=1)[0])
    top, bottom = y1 + band * h / 2, y0 - band * h / 2
    where = {"tl": (x0, top, "left"), "tr": (x1 + 0.04 * w, top, "right"),
             "br": (x1 + 0.04 * w, bottom, "right"), "bl": (x0, bottom, "left")}
    texts = []
    for corner, (label, colour) in names.items():
        cx, cy, ha = where[corner]
        texts.append(ax.text(cx, cy, label, ha=ha, va="center", fontsize=fontsize, fontweight="bold", color=colour,
                             zorder=5, bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.9)))
    return QuadrantGrid(ax, lines, extra, texts, (x0, x1, y0, y1))


# ---------------------------------------------------------------------------------------------------------------
# Labels without overlap
# ---------------------------------------------------------------------------------------------------------------

_DIRECTIONS = np.array([(1, 1), (1, -1), (-1, 1), (-1, -1), (0, 1), (0, -1), (1, 0), (-1, 0)], dtype=float)
_GAPS = (3, 12, 24, 40, 60, 85)


def _ring(point, radius, w, h, px):
    """Candidate boxes around a point: 8 directions x growing gaps -> (boxes, offsets, dirs, gaps)."""
    x, y = point
    boxes, offsets, dirs, gaps = [], [], [], []
    for gap in _GAPS:
        reach = radius + gap * px
        for dx, dy in _DIRECTIONS:
            ox, oy = dx * reach * (0.75 if dy else 1.0), dy * reach * (0.75 if dx else 1.0)
            bx = x + ox if dx > 0 else (x + ox - w if dx < 0 else x - w / 2)
            by = y + oy if dy > 0 else (y + oy - h if dy < 0 else y - h / 2)
            boxes.append((bx, by, bx + w, by + h))
            offsets.append((ox, oy))
            dirs.append((dx, dy))
            gaps.append(gap)
    return np.array(boxes), np.array(offsets), np.array(dirs), np.array(gaps, dtype=float)


def _outside(a, b, boxes):
    """The parts [t0, t1] of the segment a→b (0..1) that lie outside every box."""
    keep = [(0.0, 1.0)]
    d = b - a
    for x0, y0, x1, y1 in boxes:
        t0, t1, hit = 0.0, 1.0, True
        for p, q in ((-d[0], a[0] - x0), (d[0], x1 - a[0]), (-d[1], a[1] - y0), (d[1], y1 - a[1])):
            if p == 0:
                if q < 0:
                    hit = False
                    break
                continue
            r = q / p
            if p < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
        if not hit or t0 >= t1:
            continue
        keep = [part for lo, hi in keep for part in ((lo, min(hi, t0)), (max(lo, t1), hi)) if part[1] - part[0] > 1e-6]
    return keep


def _same(a, b) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and np.allclose(x, y, equal_nan=True) for x, y in zip(a, b))


def _leader(point, radius, box, direction):
    """Leader line from the label box's corner nearest the point to the edge of the point's marker."""
    dx, dy = direction
    centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    corner = np.array((box[0] if dx > 0 else box[2] if dx < 0 else centre[0],
                       box[1] if dy > 0 else box[3] if dy < 0 else centre[1]))
    vec = corner - point
    edge = point + vec / (np.hypot(*vec) or 1.0) * (radius + 1)
    return np.array([*corner, *edge])


class Labels:
    """Point labels that overlap neither each other, nor any point, line, error bar or ``avoid`` text, nor the
    axes frame — placed at draw time (see the module docstring). Made by :func:`place_labels`.

    ``update(xs, ys, labels, sizes)`` gives new points: texts are re-used (more are made only when there are
    more points than ever before), and at the next draw each label keeps its spot if its point stayed and the
    spot is still free, else it is placed again. ``texts`` holds the Text artists in point order.

    Placement is greedy, most crowded point first: a label tries eight directions around its point at growing
    distances and takes the first free spot, else the least bad one (covering a point or crossing a line costs
    more than touching a label's margin); a label set far from its point, or nearer another point than its own,
    gets a thin leader line.
    """

    def __init__(self, ax, avoid=(), fontsize=None, points=None, zorder=6, knockout=()):
        import matplotlib as mpl
        from matplotlib.artist import Artist

        self.ax = ax
        self.avoid = list(avoid)
        self.points = points
        self.fontsize = fontsize or max(11.0, float(mpl.rcParams["font.size"]) * 0.95)
        self.zorder = zorder
        self.texts, self.leaders = [], []
        self._xy = np.zeros((0, 2))
        self._sizes = np.zeros(0)
        self._labels = []
        self._placed = {}     # label index -> (point pixel, box)
        self._extents = {}    # (string, fontsize, dpi) -> (w, h) pixels
        self._boxes = {}      # avoid-text boxes, see _obstacles
        self._soft = np.zeros((0, 4))
        self._knocked = {}
        self._signature = None
        self.placements = 0   # how many labels were (re)placed, for tests and benchmarks
        self.repairs = 0      # how many second looks the repair pass took
        # line collections (error bars) that stop where a label stands, so no bar runs through a text
        self.knockout = [(c, [np.asarray(seg, dtype=float) for seg in c.get_segments()] if hasattr(c, "get_segments")
                          else [np.asarray(c.get_xydata(), dtype=float)]) for c in knockout]
        labels = self

        class _Placer(Artist):
            def draw(self, renderer):
                labels._place(renderer)

        self._artist = _Placer()
        self._artist.set_zorder(-100)     # drawn first: the texts it moves draw after it
        self._artist.set_in_layout(False)
        ax.add_artist(self._artist)

    def update(self, xs, ys, labels, sizes=None):
        """New points and label strings (same length); NaN points get no label."""
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
        n = len(xs)
        sizes = np.full(n, 120.0) if sizes is None else np.resize(np.asarray(sizes, dtype=float), n)
        while len(self.texts) < n:
            text = self.ax.annotate("", (0, 0), xytext=(0, 0), textcoords="offset points", fontsize=self.fontsize,
                                    zorder=self.zorder, annotation_clip=False,
                                    bbox=dict(boxstyle="round,pad=0.12", fc="white", ec="none", alpha=0.75))
            text.set_in_layout(False)
            leader = self.ax.plot([], [], color="#666666", lw=0.8, zorder=3)[0]
            leader.set_in_layout(False)
            text._cx_leader = leader
            self.texts.append(text)
            self.leaders.append(leader)
        for i, text in enumerate(self.texts):
            show = i < n and np.isfinite(xs[i]) and np.isfinite(ys[i])
            text.set_visible(bool(show))
            if not show:
                self.leaders[i].set_visible(False)
            else:
                if text.get_text() != str(labels[i]):
                    text.set_text(str(labels[i]))
                    self._placed.pop(i, None)
                text.xy = (xs[i], ys[i])
                if self.points is not None:
                    text._cx_point = (self.points, i)
        self._xy, self._sizes, self._labels = np.column_stack([xs, ys]) if n else np.zeros((0, 2)), sizes, list(labels)
        self._artist.stale = True

    def _obstacles(self, renderer):
        """Boxes and segments of the ``avoid`` artists; a text's box is cached while its string, position and
        the axes' transform stay the same (text extents are the slow part)."""
        from matplotlib.text import Text

        texts = [a for a in self.avoid if isinstance(a, Text)]
        soft = {id(c) for c, _ in self.knockout}
        others = [a for a in self.avoid if not isinstance(a, Text) and a is not self.points and id(a) not in soft]
        transform = self.ax.transData.get_matrix().tobytes() + self.ax.bbox.get_points().tobytes()
        boxes = []
        for text in texts:
            if not text.get_visible() or not text.get_text():
                continue
            key = (id(text), text.get_text(), text.get_position(), text.get_ha(), text.get_va(), transform)
            if key not in self._boxes:
                self._boxes[key] = _text_box(text, renderer)
            boxes.append(self._boxes[key])
        other_boxes, segments = obstacles(others, renderer)
        boxes = np.vstack([np.asarray(boxes, dtype=float).reshape(-1, 4), other_boxes])
        # the knockout lines as they were drawn first (their gaps follow the labels, not the other way round)
        self._refresh_knockout()
        self._soft = np.array([(*a, *b) for c, original in self.knockout for seg in original
                               for a, b in zip(c.get_transform().transform(seg)[:-1],
                                               c.get_transform().transform(seg)[1:])]).reshape(-1, 4)
        return boxes, segments

    def artists(self) -> list:
        """The placer (drawn first), the texts and the leader lines — what changes when the points move."""
        return [self._artist, *self.texts, *self.leaders]

    def _extent(self, text, renderer):
        key = (text.get_text(), text.get_fontsize(), text.figure.dpi)
        if key not in self._extents:
            box = text.get_window_extent(renderer)
            self._extents[key] = (box.width, box.height)
        return self._extents[key]

    def _place(self, renderer):
        n = len(self._xy)
        if n == 0:
            return
        ax = self.ax
        px = ax.figure.dpi / 72.0
        shown = np.isfinite(self._xy).all(axis=1)
        points = np.full((n, 2), np.nan)
        if shown.any():
            points[shown] = ax.transData.transform(self._xy[shown])
        radii = np.sqrt(self._sizes) / 2 * px
        frame = np.array([ax.get_window_extent(renderer).extents])
        fixed_boxes, segments = self._obstacles(renderer)
        base_segments = segments
        signature = (points.tobytes(), radii.tobytes(), tuple(self._labels), fixed_boxes.tobytes(),
                     segments.tobytes(), self._soft.tobytes(), frame.tobytes())
        if signature == self._signature:
            return  # nothing moved: every label stays where it is
        self._signature = signature
        dots = np.array([(x - r, y - r, x + r, y + r) for (x, y), r in zip(points, radii)]).reshape(-1, 4)
        dots = dots[shown]
        pad = 5 * px
        ok = points[shown]
        distance = np.hypot(*(ok[:, None, :] - ok[None, :, :]).transpose(2, 0, 1)) if len(ok) else np.zeros((0, 0))
        crowd = np.zeros(n)
        crowd[shown] = (distance < 80 * px).sum(axis=1)
        order = [i for i in np.argsort(-crowd, kind="stable") if shown[i]]
        def choose(i, blocked, segments):
            text = self.texts[i]
            w, h = self._extent(text, renderer)
            own = np.array([points[i]])
            boxes, offsets, dirs, gaps = _ring(points[i], radii[i], w, h, px)
            ground = 0.12 * text.get_fontsize() * px + 1  # the white ground around the text
            boxes = boxes + np.array([-ground, -ground, ground, ground])
            cost = self._cost(boxes, blocked, fixed_boxes, segments, dots, frame, pad, own, radii[i])
            leaders = np.array([_leader(points[i], radii[i], b, d) for b, d in zip(boxes, dirs)])
            centres = np.column_stack([(boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2])
            gaps_to = np.hypot(centres[:, None, 0] - points[None, :, 0], centres[:, None, 1] - points[None, :, 1])
            misread = np.nanargmin(np.where(np.isfinite(gaps_to), gaps_to, np.inf), axis=1) != i
            far = (gaps >= 12) | misread
            penalty = gaps * 0.01
            if far.any():  # a leader line must not cross a label placed before, a point, a line or a leader
                cost[far] += 4 * _inside_lengths(np.vstack([blocked, dots]), leaders[far]).sum(axis=0)
                cost[far] += 40 * _crossings(leaders[far], segments)
                penalty[far] += 0.05 * np.hypot(leaders[far, 2] - leaders[far, 0], leaders[far, 3] - leaders[far, 1])
            # the nearest free spot (short leader), else the least bad spot anywhere
            free = np.flatnonzero(cost < 1)
            k = int(free[np.argmin(penalty[free])]) if len(free) else int(np.argmin(cost + penalty))
            box, (ox, oy), (dx, dy), gap = boxes[k], offsets[k], dirs[k], gaps[k]
            text.set_position((ox / px, oy / px))
            text.set_ha({1: "left", -1: "right", 0: "center"}[int(dx)])
            text.set_va({1: "bottom", -1: "top", 0: "center"}[int(dy)])
            leader = self.leaders[i]
            if far[k]:
                (ax_, ay_), (bx_, by_) = to_data.transform(leaders[k].reshape(2, 2))
                leader.set_data([ax_, bx_], [ay_, by_])
                leader.set_visible(True)
                seg = leaders[k]
            else:
                leader.set_visible(False)
                seg = None
            return box, seg

        placed_boxes = []
        to_data = ax.transData.inverted()
        for i in order:
            text = self.texts[i]
            w, h = self._extent(text, renderer)
            own = np.array([points[i]])
            blocked = np.array(placed_boxes).reshape(-1, 4)
            previous = self._placed.get(i)
            if previous is not None and np.allclose(previous[0], points[i], atol=0.5):
                box = np.array([previous[1]])
                if self._cost(box, blocked, fixed_boxes, segments, dots, frame, pad, own, radii[i])[0] < 1:
                    placed_boxes.append(previous[1])
                    if previous[2] is not None:
                        segments = np.vstack([segments, previous[2][None, :]])
                    continue
            box, seg = choose(i, blocked, segments)
            if seg is not None:
                segments = np.vstack([segments, seg[None, :]])
            self._placed[i] = (points[i].copy(), tuple(box), seg)
            placed_boxes.append(tuple(box))
            self.placements += 1
        # repair: a label that a later label or leader line now touches looks again, knowing all the others
        for _ in range(2):
            moved = False
            for i in order:
                others = [j for j in order if j != i]
                blocked = np.array([self._placed[j][1] for j in others]).reshape(-1, 4)
                leaders = [self._placed[j][2] for j in others if self._placed[j][2] is not None]
                all_segments = np.vstack([base_segments, np.array(leaders).reshape(-1, 4)])
                own_box = np.array([self._placed[i][1]])
                own = np.array([points[i]])
                conflict = self._cost(own_box, blocked, fixed_boxes, all_segments, dots, frame, pad, own, radii[i])[0]
                seg_i = self._placed[i][2]
                if seg_i is not None:
                    conflict += 4 * _inside_length(np.vstack([blocked, dots]), seg_i[None, :]).sum()
                    conflict += 40 * _crossings(seg_i[None, :], all_segments)[0]
                if conflict < 1:
                    continue
                box, seg = choose(i, blocked, all_segments)
                moved = moved or not np.allclose(box, self._placed[i][1])
                self._placed[i] = (points[i].copy(), tuple(box), seg)
                self.repairs += 1
            if not moved:
                break
        self._knock_out(renderer)

    def _knock_out(self, renderer):
        """Cut the ``knockout`` collections' segments where they pass under a label (plus a small margin)."""
        if not self.knockout:
            return
        px = self.ax.figure.dpi / 72.0
        boxes = np.array([self._placed[i][1] for i in range(len(self._xy)) if i in self._placed
                          and self.texts[i].get_visible()]).reshape(-1, 4)
        boxes = boxes + np.array([-2 * px, -2 * px, 2 * px, 2 * px])
        for k, (collection, original) in enumerate(self.knockout):
            current = self._current(collection)
            if self._knocked.get(k) is not None and not _same(current, self._knocked[k]):
                original = current           # someone moved the line (a new split): start from its new data
                self.knockout[k] = (collection, original)
            transform = collection.get_transform()
            back = transform.inverted()
            pieces = []
            for seg in original:
                xy = transform.transform(seg)
                for a, b in zip(xy[:-1], xy[1:]):
                    for start, end in _outside(a, b, boxes):
                        pieces.append(back.transform(np.array([a + (b - a) * start, a + (b - a) * end])))
            if hasattr(collection, "set_segments"):
                collection.set_segments(pieces)
            else:  # a Line2D: the pieces joined by NaN gaps
                joined = np.vstack([np.vstack([piece, [np.nan, np.nan]]) for piece in pieces]) if pieces \
                    else np.zeros((0, 2))
                collection.set_data(joined[:, 0], joined[:, 1])
            self._knocked[k] = self._current(collection)

    def _refresh_knockout(self):
        for k, (collection, original) in enumerate(self.knockout):
            current = self._current(collection)
            if self._knocked.get(k) is not None and not _same(current, self._knocked[k]):
                self.knockout[k] = (collection, current)

    @staticmethod
    def _current(artist):
        if hasattr(artist, "get_segments"):
            return [np.asarray(seg, dtype=float) for seg in artist.get_segments()]
        return [np.asarray(artist.get_xydata(), dtype=float)]

    def _cost(self, boxes, blocked, fixed_boxes, segments, dots, frame, pad, own, radius):
        padded = boxes + np.array([-pad, -pad, pad, pad])
        cost = _overlap_area(padded, blocked) + _overlap_area(boxes, fixed_boxes) * 2
        cost += 3 * _overlap_area(boxes, dots)              # covering a point hides data
        cost += 4 * _inside_length(boxes, segments)         # a line or error bar through the text
        if len(self._soft):                                  # a context line that would stop at the text
            cost += 0.3 * _inside_length(boxes, self._soft)
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        cost += 10 * (area - _overlap_area(boxes, frame))   # outside the axes
        return cost


def place_labels(ax, xs, ys, labels, sizes=None, avoid=(), fontsize=None, points=None, knockout=()) -> Labels:
    """Write ``labels`` next to the points ``(xs, ys)`` without overlap (see :class:`Labels`).

    Parameters
    ----------
    ax : matplotlib Axes
    xs, ys : array-like
        Point positions in data units.
    labels : sequence of str
    sizes : array-like, optional
        Marker areas (points², as ``scatter``'s ``s``), so a label keeps off its own and other points.
    avoid : sequence of artists
        Texts, lines, line collections (error bars), scatter collections and bars to keep clear of.
    points : PathCollection, optional
        The scatter of these points (the overlap test then does not count a label touching its own point).
    knockout : sequence of LineCollection
        Context lines (e.g. standard-deviation bars) that may pass where a label must go: they are placed
        around like everything in ``avoid`` and, where no free spot is left, stop at the label's edge.

    Returns
    -------
    Labels

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> labels = place_labels(ax, [0.5, 0.52], [0.5, 0.5], ["first", "second"])
    >>> fig.canvas.draw(); len(labels.texts), labels.placements
    (2, 2)
    """
    ax = _axes(ax)
    placer = Labels(ax, avoid=avoid, fontsize=fontsize, points=points, knockout=knockout)
    placer.update(xs, ys, labels, sizes)
    return placer


# ---------------------------------------------------------------------------------------------------------------
# Pareto bars
# ---------------------------------------------------------------------------------------------------------------

class _ValueLabels:
    """Value labels over bars, at draw time moved where no line crosses them: above the bar, else inside its
    top (white on the bar), else above the line."""

    def __init__(self, ax, avoid, fontsize="small", zorder=5):
        from matplotlib.artist import Artist

        self.ax, self.avoid, self.texts = ax, avoid, []
        self.fontsize, self.zorder = fontsize, zorder
        self._anchors = np.zeros((0, 2))
        self._transform = ax.transData
        outer = self

        class _Placer(Artist):
            def draw(self, renderer):
                outer._place(renderer)

        self._artist = _Placer()
        self._artist.set_zorder(-100)
        self._artist.set_in_layout(False)
        ax.add_artist(self._artist)

    def update(self, xs, tops, strings, transform=None):
        if transform is not None:
            self._transform = transform
        while len(self.texts) < len(xs):
            text = self.ax.annotate("", (0, 0), xytext=(0, 3), textcoords="offset points", ha="center",
                                    va="bottom", fontsize=self.fontsize, zorder=self.zorder, annotation_clip=False,
                                    xycoords=self._transform)
            text.set_in_layout(False)
            self.texts.append(text)
        for i, text in enumerate(self.texts):
            text.set_visible(i < len(xs))
            if i < len(xs):
                text.set_text(strings[i])
                text.xy = (xs[i], tops[i])
        self._anchors = np.column_stack([xs, tops]) if len(xs) else np.zeros((0, 2))
        self._artist.stale = True

    def _place(self, renderer):
        # the segments of the lines; the boxes of the texts to avoid and of the labels' own strings are cached
        # while string, place and transform stay (text extents are the slow part of a redraw)
        _, segments = obstacles([a for a in self.avoid if not hasattr(a, "get_text")], renderer)
        transform = self.ax.transData.get_matrix().tobytes() + self.ax.bbox.get_points().tobytes()
        cache = self.__dict__.setdefault("_extents", {})
        boxes_avoid = []
        for artist in self.avoid:
            if hasattr(artist, "get_text") and artist.get_visible() and artist.get_text():
                key = (id(artist), artist.get_text(), artist.get_position(), transform)
                if key not in cache:
                    cache[key] = _text_box(artist, renderer)
                boxes_avoid.append(cache[key])
        boxes_avoid = np.asarray(boxes_avoid, dtype=float).reshape(-1, 4)
        frame = np.array([self.ax.get_window_extent(renderer).extents])
        px = self.ax.figure.dpi / 72.0
        placed = []
        for text, anchor in zip(self.texts, self._anchors):
            x, y = self._transform.transform(anchor)
            key = (text.get_text(), text.get_fontsize(), self.ax.figure.dpi)
            if key not in cache:
                box = text.get_window_extent(renderer)
                cache[key] = (box.width, box.height)
            w, h = cache[key][0] + 4 * px, cache[key][1] + 2 * px
            bar_height = y - self._transform.transform((0, 0))[1]
            candidates = [(3 * px, "bottom", "black"), (-3 * px, "top", "white")]
            best = None
            for k, (offset, va, colour) in enumerate(candidates + [(None, "bottom", "black")]):
                if offset is None:  # above every line segment over the label's width
                    over = segments[(np.minimum(segments[:, 0], segments[:, 2]) <= x + w / 2)
                                    & (np.maximum(segments[:, 0], segments[:, 2]) >= x - w / 2)]
                    if not len(over):
                        continue
                    offset = float(np.max(over[:, [1, 3]])) - y + 4 * px
                if va == "top" and bar_height < h + 6 * px:
                    continue
                y0 = y + offset if va == "bottom" else y + offset - h
                cand = np.array([(x - w / 2, y0, x + w / 2, y0 + h)])
                cost = 4 * _inside_length(cand, segments)[0] + _overlap_area(cand, boxes_avoid)[0]
                cost += _overlap_area(cand, np.array(placed).reshape(-1, 4))[0]
                cost += 10 * (w * h - _overlap_area(cand, frame)[0])
                if best is None or cost < best[0] - 1e-9:
                    best = (cost, offset, va, colour, cand[0])
                if cost < 1:
                    break
            _, offset, va, colour, box = best
            text.set_position((0, offset / px))
            text.set_va(va)
            text.set_color(colour)
            text.set_bbox(None if colour == "white" else WHITE_BOX)
            placed.append(tuple(box))


class Pareto:
    """Bars, cumulative line, 80 % guide and value labels of a Pareto chart (see :func:`pareto_bars`);
    ``update(values, cumulative, labels)`` changes them in place (same number of bars); :meth:`artists` lists
    what an update changes, both axes of the bars included (the order of the causes and the value limit follow
    the data)."""

    def __init__(self, ax, right, bars, line, guide, guide_text, values_text, fmt):
        self.ax, self.right, self.bars, self.line = ax, right, bars, line
        self.guide, self.guide_text, self.value_labels, self.fmt = guide, guide_text, values_text, fmt
        self._place_guide_text()

    def _place_guide_text(self):
        """The guide's label at the right end, above the guide where the cumulative line runs below it there,
        else under it (over the smallest bars), so the line never runs through the label."""
        x, y = (np.asarray(v, dtype=float) for v in self.line.get_data())
        level = float(self.guide.get_ydata()[0])
        near = np.interp(np.linspace(len(x) - 1.5, len(x) - 1, 5), x, y) if len(x) else np.zeros(1)
        below = bool(np.mean(near) > level)
        self.guide_text.set_position((-2, -4 if below else 4))
        self.guide_text.set_va("top" if below else "bottom")

    def update(self, values, cumulative, labels=None):
        values = np.asarray(values, dtype=float)
        for bar, v in zip(self.bars, values):
            bar.set_height(float(v))
        x = np.arange(len(values))
        self.line.set_data(x, np.asarray(cumulative, dtype=float))
        if labels is not None:
            labels = [str(s) for s in labels]
            if labels != [tick.get_text() for tick in self.ax.get_xticklabels()]:
                self.ax.set_xticks(x, labels)
        _pareto_limit(self.ax, values)
        self._place_guide_text()
        self.value_labels.update(x, values, [self.fmt(v) for v in values])

    def artists(self) -> list:
        """The bars' axes (tick labels and value limit), the bars, the line and the value labels. The guide's
        label changes only when it goes from above the guide to under it (:attr:`guide_below`): an explorer keys
        its background on that (:func:`cxlab.damage.steady_pareto`)."""
        return [self.ax.xaxis, self.ax.yaxis, *self.bars, self.line, self.value_labels._artist,
                *self.value_labels.texts]

    @property
    def guide_below(self) -> bool:
        """Whether the guide's label stands under the guide (the cumulative line runs above it at the right)."""
        return self.guide_text.get_va() == "top"


def _pareto_limit(ax, values) -> None:
    top = float(np.max(values)) if len(values) and np.max(values) > 0 else 1.0
    ax.set_ylim(0, top * 1.18)


def pareto_bars(ax, labels, values, cumulative, guide: float = 0.8, guide_label: str = "",
                cumulative_label: str = "", color=None, line_color=None, fmt=thousands, rotate=None) -> Pareto:
    """Bars (largest first), the cumulative share as a line on a right axis (0-100 %), a guide line at
    ``guide`` with its label at the right end, and a value label per bar that no line crosses.

    Pareto analysis after Juran: the few causes that make most of the damage. ``values`` are drawn as given
    (sort them first); ``cumulative`` is their running share (0..1). ``rotate``: slant the names (default:
    when there are more than five or one is longer than eight characters); an explorer panel wraps them instead
    (``False``), and upright names draw faster.

    Returns
    -------
    Pareto

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> chart = pareto_bars(ax, ["a", "b", "c"], [50, 30, 20], [0.5, 0.8, 1.0], guide_label="80 %")
    >>> chart.update([60, 30, 10], [0.6, 0.9, 1.0]); [b.get_height() for b in chart.bars]
    [60.0, 30.0, 10.0]
    """
    from matplotlib.ticker import PercentFormatter

    from . import style

    from . import _check

    ax = _axes(ax)
    labels = _labels(labels)
    values, cumulative = _numbers("values", values, len(labels)), _numbers("cumulative", cumulative, len(labels))
    guide = _check.check_number("guide", guide, low=0, high=1)
    guide_label, cumulative_label = _label("guide_label", guide_label), _label("cumulative_label", cumulative_label)
    fmt = _function("fmt", fmt) or thousands
    rotate = None if rotate is None else _check.check_bool("rotate", rotate)
    color = _color("color", color) or style.PALETTE[0]
    line_color = _color("line_color", line_color) or style.PALETTE[3]
    line_color = line_color or style.PALETTE[3]
    x = np.arange(len(values))
    bars = list(ax.bar(x, np.asarray(values, dtype=float), color=color, zorder=2))
    labels = [str(v) for v in labels]
    if rotate is None:
        rotate = len(labels) > 5 or max((len(s) for s in labels), default=0) > 8
    ax.set_xticks(x, labels, rotation=30 if rotate else 0, ha="right" if rotate else "center")
    ax.yaxis.set_major_formatter(thousands_formatter())
    ax.grid(axis="x", visible=False)
    right = ax.twinx()
    line = right.plot(x, np.asarray(cumulative, dtype=float), color=line_color, marker="o", linewidth=2.5,
                      label=cumulative_label, zorder=3)[0]
    guide_line = right.plot([-0.5, len(x) - 0.5], [guide, guide], color="grey", linestyle="--", linewidth=1.2)[0]
    # at the right end above the guide, over the smallest bars, where no value label stands
    guide_text = right.annotate(guide_label, (len(x) - 0.5, guide), xytext=(-2, 4), textcoords="offset points",
                                ha="right", va="bottom", color="grey", bbox=WHITE_BOX, zorder=6)
    right.set_xlim(-0.6, len(x) - 0.4)
    ax.set_xlim(-0.6, len(x) - 0.4)
    right.set_ylim(0, 1.05)
    right.yaxis.set_major_formatter(PercentFormatter(1.0))
    right.grid(False)
    value_labels = _ValueLabels(right, avoid=[line, guide_line, guide_text])
    chart = Pareto(ax, right, bars, line, guide_line, guide_text, value_labels, fmt)
    # value labels live on the right axes (drawn after the bars) but sit at the bars' data positions
    value_labels.update(x, np.asarray(values, dtype=float), [fmt(v) for v in values], transform=ax.transData)
    _pareto_limit(ax, values)
    return chart


# ---------------------------------------------------------------------------------------------------------------
# Interval bars
# ---------------------------------------------------------------------------------------------------------------

class IntervalBars:
    """Bars (or points) with their confidence intervals and value labels (see :func:`interval_bars`);
    ``update(values, low, high)`` changes them in place."""

    def __init__(self, ax, kind, marks, whiskers, texts, fmt, limits):
        self.ax, self.kind, self.marks, self.whiskers, self.texts = ax, kind, marks, whiskers, texts
        self.fmt, self.limits = fmt, limits

    def update(self, values, low, high):
        values, low, high = (np.asarray(v, dtype=float) for v in (values, low, high))
        y = np.arange(len(values))[::-1]
        if self.kind == "bar":
            for bar, v in zip(self.marks, values):
                bar.set_width(float(v))
        else:
            self.marks.set_offsets(np.column_stack([values, y]))
        cap = 0.12
        segments = []
        for yi, lo, hi in zip(y, low, high):
            segments += [[(lo, yi), (hi, yi)], [(lo, yi - cap), (lo, yi + cap)], [(hi, yi - cap), (hi, yi + cap)]]
        self.whiskers.set_segments(segments)
        for text, v, hi, yi in zip(self.texts, values, high, y):
            text.set_text(self.fmt(v))
            text.xy = (max(hi, v), yi)
        self.ax.set_xlim(*self.limits)


def interval_bars(ax, labels, values, low, high, kind: str = "bar", limits=None, fmt=None, color=None,
                  zero_line: bool = True) -> IntervalBars:
    """One horizontal bar (``kind='bar'``) or point (``'point'``) per label with its confidence interval as a
    whisker, and the value written right of the whisker's end, so the interval never runs through a number.

    For NPS (-100..100) and CSAT shares (0..1) with their intervals (e.g. :func:`cxlab.stats.wilson`).

    Parameters
    ----------
    labels : sequence of str
        One per row, first on top.
    values, low, high : array-like
        Estimate and interval bounds.
    limits : (float, float), optional
        x limits; by default the data range with room on the right for the value labels.
    fmt : callable, optional
        Value -> text (default one decimal).

    Returns
    -------
    IntervalBars

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> chart = interval_bars(ax, ["store", "online"], [32, 18], [25, 9], [39, 27], limits=(-100, 100))
    >>> chart.update([30, 20], [22, 12], [38, 28]); chart.texts[0].get_text()
    '30.0'
    """
    from matplotlib.collections import LineCollection

    from . import style

    from . import _check

    ax = _axes(ax)
    kind = _check.check_choice("kind", kind, ("bar", "point"))
    zero_line = _check.check_bool("zero_line", zero_line)
    labels = _labels(labels)
    values, low, high = (_numbers(name, v, len(labels)) for name, v in (("values", values), ("low", low),
                                                                        ("high", high)))
    if limits is not None:
        limits = tuple(_check.check_array("limits", limits, length=2))
    fmt = _function("fmt", fmt) or (lambda v: f"{v:.1f}")
    color = _color("color", color) or style.PALETTE[0]
    y = np.arange(len(values))[::-1]
    if limits is None:
        lo = min(0.0, float(np.nanmin(low))) if len(low) else 0.0
        hi = max(0.0, float(np.nanmax(high))) if len(high) else 1.0
        span = (hi - lo) or 1.0
        limits = (lo - 0.02 * span, hi + 0.22 * span)
    if kind == "bar":
        marks = list(ax.barh(y, values, color=color, height=0.6, zorder=2))
    else:
        marks = ax.scatter(values, y, s=90, color=color, zorder=4)
    whiskers = LineCollection([], colors="#333333", linewidths=1.4, zorder=3)
    ax.add_collection(whiskers)
    texts = [ax.annotate("", (0, yi), xytext=(6, 0), textcoords="offset points", va="center", ha="left", zorder=5,
                         annotation_clip=False) for yi in y]
    if zero_line:
        ax.axvline(0, color="black", lw=1, zorder=1)
    ax.set_yticks(y, [str(s) for s in labels])
    ax.set_ylim(-0.6, len(values) - 0.4)
    ax.grid(axis="y", visible=False)
    chart = IntervalBars(ax, kind, marks, whiskers, texts, fmt, limits)
    chart.update(values, low, high)
    return chart
