"""The shared explorer mechanism: the figure built once, its artists updated in place, one PNG per change.

Every explorer of the kit (KANO, damage, return, welcome demo, and the SERVQUAL, pyramid, journey and value
explorers) is a subclass of :class:`Explorer`. The base class owns everything that is not about the model:
the figure, the picture, the cards, the message, the table, the layout, the error state and the rendering.

Where the time went (cProfile of ``KanoExplorer.update()`` on the course data before this mechanism, 2 shared
cores): about half in ``canvas.draw`` (≈150 texts in a CJK font: tick labels, bar labels, feature labels), a
quarter in re-creating artists after ``ax.clear()`` (``barh`` → ``add_patch`` → data-limit updates, new tick
objects, ``set_ticks``), an eighth in placing labels on a fresh layout, the constrained-layout pass and a second
PNG encoding pass in ``savefig``; ``kano.classify`` itself took 5-10 ms. So the mechanism:

* builds the figure and every artist once (:meth:`Explorer.build`), then changes them in place
  (:meth:`Explorer.draw`: ``set_offsets``, ``set_sizes``, bar widths/heights, text positions and strings) —
  the chart classes of the models (``kano.BetterWorseChart``, ``damage.FunnelChart`` …) have ``update()``
  methods for this, and the printed charts use the same classes, so one chart description serves both;
* lays the figure out once (constrained layout on the first draw), then freezes the layout: no layout pass, and
  nothing jumps while the trainer moves a slider; an explorer built again in the same kernel with the same texts
  takes the layout found before (:func:`_lay_out`), and every explorer shares one cache of text sizes and glyphs;
* places point labels at draw time, keeps a label where it was while its point did not move, and caches text
  extents (:class:`cxlab.plotting.Labels`);
* renders straight from the Agg buffer to PNG (one draw, fast zlib level) at 100 dpi, i.e. one image pixel per
  screen pixel of a 1600×900 projector: sharp, and no larger than needed;
* shows the picture in an ``ipywidgets.Image`` (not an ``Output``: an Output capture hung once under papermill,
  and an Image's bytes are part of the saved widget state);
* keeps numbers, cards, table and picture in one state: on invalid input (:class:`cxlab.InputError`) the message
  replaces the cards and the table, and the picture shows the same message instead of stale charts;
* lays out controls beside (``layout='beside'``) or above (``'above'``) a picture of a fixed pixel size, and a
  table in a tab beside the picture (not under it), so the whole explorer fits 1600×900 with JupyterLab's side
  panel open; a slider whose label would wrap in its column gets the label on its own line above it;
* :meth:`Explorer.close` closes its widgets so it can be freed (ipywidgets keeps every open widget alive);
* displays itself with a fallback: where widgets cannot be shown (a notebook reopened without its kernel and
  without saved widget state, an exported page) the saved output carries the first picture and the note
  "run this cell to start the explorer".

How a new explorer uses it
--------------------------
::

    from .base import Explorer, slider

    class NpsExplorer(Explorer):
        picture = (760, 520)                      # pixels; fits beside a 360 px control column
        layout = "beside"

        def controls(self):                       # the widgets, in display order; created here
            import ipywidgets as w
            self.promoters = slider(w.IntSlider, t("value.param.promoters"), 60, 0, 500, 1)
            return [self.promoters]

        def compute(self):                        # model call only; raise InputError on bad input
            return value.nps(self.scores())

        def build(self, figure, state):           # once: make the axes and the chart objects
            ax = figure.subplots()
            self.chart = value.NpsChart(ax, state)

        def draw(self, state):                    # every change: update the artists in place
            self.chart.update(state)

        def cards(self, state):                   # (label, text) pairs, numbers via plotting.thousands
            return [(t("value.metric.nps"), f"{state.nps:.0f}")]

Then ``explorer = NpsExplorer()`` and ``explorer`` as the cell's last line. ``self.hold()`` groups several
control changes (a preset, a case) into one update; :meth:`Explorer.table_html` returns the HTML table (or notes)
shown in a tab beside the picture, named by :meth:`Explorer.table_title` (optional; :func:`frame_html` writes a
DataFrame in the kit's table style), :meth:`Explorer.note` an informational line (optional).

Examples
--------
>>> from cxlab.widgets.base import Explorer
>>> class Square(Explorer):
...     picture = (300, 200)
...     def controls(self):
...         import ipywidgets as w
...         self.n = w.IntSlider(value=3, min=1, max=9)
...         return [self.n]
...     def compute(self):
...         return self.n.value ** 2
...     def build(self, figure, state):
...         self.bar = figure.subplots().bar([0], [state])[0]
...     def draw(self, state):
...         self.bar.set_height(state)
...     def cards(self, state):
...         return [("n²", str(state))]
>>> e = Square()
>>> e.n.value = 4; e.state, e.bar.get_height(), e.renders
(16, 16, 2)
"""
from __future__ import annotations

import contextlib
import html as _html
import io

from ..i18n import t

__all__ = ["Explorer", "slider", "png_bytes", "cache_text", "frame_html", "table_column", "NO_VALUE", "DPI"]

#: Picture resolution: 100 dpi, one PNG pixel per CSS pixel on a 1600×900 projector.
DPI = 100


def _chunk(tag: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(figure, draw: bool = True) -> bytes:
    """Draw ``figure`` once (unless ``draw=False``: the canvas already holds the picture) and encode the Agg
    buffer as PNG: 8-bit RGB, rows unfiltered, deflate at level 1 (PNG specification, W3C 2003, sections 6-10).

    A chart is mostly flat colour, so unfiltered rows compress about as well as Pillow's adaptive filters and the
    encoding takes about half of Pillow's time (``benchmarks/bench_explorers.py`` measures both).

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> fig = Figure(figsize=(2, 1)); _ = FigureCanvasAgg(fig)
    >>> png_bytes(fig)[:4]
    b'\\x89PNG'
    """
    import struct
    import zlib

    import numpy as np

    canvas = figure.canvas
    if draw:
        canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    height, width = pixels.shape[:2]
    rows = np.empty((height, 3 * width + 1), dtype=np.uint8)
    rows[:, 0] = 0                                     # filter type 0 (none) for every row
    rows[:, 1:].reshape(height, width, 3)[:] = pixels[:, :, :3]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)   # 8 bits, colour type 2 (RGB)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows.data, 1))
            + _chunk(b"IEND", b""))


#: The glyph bitmaps of the texts the explorers drew (see :func:`cache_text`), in the order first met.
_GLYPHS: dict = {}
#: The sizes of those texts (width, height, descent in pixels), as the layout and the label placement measure them.
_METRICS: dict = {}
GLYPHS_KEPT = 4000


def cache_text(renderer) -> None:
    """Make an Agg renderer keep the glyph bitmaps of every upright text it draws, by string and font, so a
    label drawn again (the same "45%" or feature name in the next picture) is copied, not laid out and
    rasterised again — text was most of an explorer's drawing time. Positions are snapped to whole pixels.
    Anything unusual (rotated text, math text, a matplotlib without these internals) is drawn as before. Its
    text measurements are kept too (matplotlib keeps them per renderer, i.e. per figure).

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from matplotlib.backends.backend_agg import FigureCanvasAgg
    >>> fig = Figure(figsize=(2, 1)); canvas = FigureCanvasAgg(fig); _ = fig.text(0.1, 0.5, "45%")
    >>> renderer = canvas.get_renderer(); cache_text(renderer); canvas.draw(); canvas.draw()
    >>> sum(key[0] == "45%" for key in renderer._cx_text_cache)
    1

    The bitmaps do not depend on where a text is drawn (whole pixels), so one cache serves every explorer of the
    process (an explorer built again draws its texts from it); it keeps the last :data:`GLYPHS_KEPT` texts it
    met.
    """
    if getattr(renderer, "_cx_text_cache", None) is not None:
        return
    import numpy as np
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.ft2font import RenderMode

    cache = _GLYPHS
    original = renderer.draw_text

    def draw_text(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or angle % 360:
            return original(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        antialiased = bool(gc.get_antialiased())
        key = (s, hash(prop), antialiased, renderer.dpi, renderer.height % 1)
        xi, yi = round(x), round(y)
        height = renderer.height
        glyphs = cache.get(key)
        if glyphs is None:
            try:
                font = renderer._prepare_font(prop)
                items = font._layout(s, flags=get_hinting_flag())
                size = prop.get_size_in_points()
                glyphs = []
                for item in items:
                    face = item.ft_object
                    face.set_size(size, renderer.dpi)
                    face._set_transform(np.array([[0x10000, 0], [0, 0x10000]]),
                                        [round(0x40 * (xi + item.x)), round(0x40 * (height - yi + item.y))])
                    bitmap = face._render_glyph(item.glyph_index, get_hinting_flag(),
                                                RenderMode.NORMAL if antialiased else RenderMode.MONO)
                    buffer = np.array(bitmap.buffer, copy=True)
                    if not antialiased:
                        buffer *= 0xff
                    glyphs.append((buffer, bitmap.left - xi, bitmap.top - (height - yi)))
            except (AttributeError, TypeError, ValueError):
                return original(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
            cache[key] = glyphs
            while len(cache) > GLYPHS_KEPT:
                cache.pop(next(iter(cache)))
        for buffer, left, top in glyphs:
            renderer._renderer.draw_text_image(buffer, xi + left, int(height) - (top + height - yi) + buffer.shape[0],
                                               0, gc)

    measure = renderer.get_text_width_height_descent

    def get_text_width_height_descent(s, prop, ismath):
        if ismath:
            return measure(s, prop, ismath)
        key = (s, hash(prop), renderer.dpi, get_hinting_flag())
        size = _METRICS.get(key)
        if size is None:
            size = _METRICS[key] = measure(s, prop, ismath)
            while len(_METRICS) > GLYPHS_KEPT:
                _METRICS.pop(next(iter(_METRICS)))
        return size

    renderer.draw_text = draw_text
    renderer.get_text_width_height_descent = get_text_width_height_descent
    renderer._cx_text_cache = cache


def slider(cls, description: str, value, low, high, step, fmt: str | None = None, width: int = 380,
           label_width: int = 170, **extra):
    """A slider of an explorer: label on the left (wrapping, never cut), readout formatted like the cards
    (``',d'`` thousands for integers, ``fmt`` otherwise), updating on release.

    Examples
    --------
    >>> import ipywidgets as w
    >>> s = slider(w.IntSlider, "Customers", 20000, 0, 1000000, 1000)
    >>> s.readout_format
    ',d'
    """
    import ipywidgets as w

    if fmt is None and cls in (w.IntSlider, w.IntRangeSlider, w.BoundedIntText):
        fmt = ",d"
    options = {"readout_format": fmt} if fmt else {}
    control = cls(value=value, min=low, max=high, step=step, description=description, continuous_update=False,
                  style={"description_width": f"{label_width}px"}, layout=w.Layout(width=f"{width}px"),
                  description_allow_html=False, **options, **extra)
    control.tooltip = description  # the whole label on hover
    if _text_width(description) > label_width - 12:
        # a label that would wrap in its column goes on its own line above the slider (full width), so no
        # label is cut or broken over two lines in either language
        control.add_class("cx-stacked")
    return control


def _text_width(text: str, size: float = 13.0) -> float:
    """About how many pixels ``text`` takes in JupyterLab's widget font (``size`` px): CJK characters a full
    em, Latin letters and digits about 0.55 em (a generous estimate: a label is stacked rather than wrapped)."""
    import unicodedata

    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.58 * size for c in text)


#: What a table shows where a measure has no value (a touchpoint nobody rated, a period after the end of a log).
NO_VALUE = "—"


def table_column(values, places: int):
    """A float column for a table a person reads: rounded to ``places``; when some values are missing, every
    value as text with ``places`` decimals and :data:`NO_VALUE` for the missing ones, never "NaN". Positional
    (an array or a list), to put into a labelled frame whatever its index.

    >>> table_column([0.704, None], 2), table_column([0.704, 1.0], 2).tolist()
    (['0.70', '—'], [0.7, 1.0])
    """
    import pandas as pd

    rounded = pd.Series(values, dtype=float).round(places)
    if rounded.notna().all():
        return rounded.to_numpy()
    return [NO_VALUE if pd.isna(v) else f"{v:.{places}f}" for v in rounded]


def frame_html(frame, formats=None) -> str:
    """A DataFrame as an explorer's table in the kit's table style (the handouts' table, styled by the explorer
    CSS): header row shaded, numbers right-aligned; ``formats`` maps a column to a format spec (``'.2f'``)."""
    from ..handouts import Table, _table_html

    shown = frame.copy()
    for column, spec in (formats or {}).items():
        shown[column] = [format(v, spec) for v in shown[column]]
    return f'<div class="cx-table">{_table_html(Table("", shown.astype(str)))}</div>'


def _freeze_axes(artists) -> None:
    """An axis among the animated artists (its limits move, so its ticks are drawn with the data) keeps the
    place of its label and offset text from its first draw after a layout pass: working that place out measures
    every tick label of the axis and its siblings again, most of an axis's drawing time, and the layout is
    frozen anyway."""
    from matplotlib.axis import Axis

    for artist in artists:
        if isinstance(artist, Axis):
            artist._update_label_position = _nothing
            artist._update_offset_text_position = _nothing


def _thaw_axes(figure) -> None:
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            axis.__dict__.pop("_update_label_position", None)
            axis.__dict__.pop("_update_offset_text_position", None)


def _nothing(*args, **kwargs):
    return None


def _fix_titles(figure) -> None:
    """Titles stay at the top of their axes when nothing can be above the frame (no tick labels or axis label
    on top, in the axes or its twins): matplotlib's automatic title placement measures every tick label of the
    axes and its twins on each draw and in each layout pass, about a sixth of an explorer's construction time,
    only to find the frame's top. Axes with tick labels on top (the NPS mix bar) keep the automatic place."""
    for ax in figure.axes:
        group = [ax, *ax._twinned_axes.get_siblings(ax), *ax.child_axes]
        if not any(a.xaxis.get_tick_params().get("labeltop") or a.xaxis.get_label_position() == "top"
                   for a in group):
            ax._autotitlepos = False


#: Layouts worked out in this process: fingerprint of a figure -> where its axes and figure labels went.
_LAYOUTS: dict = {}
_LAYOUTS_KEPT = 64


def _fingerprint(figure, key) -> tuple:
    """What the layout of an explorer's figure depends on: the explorer's class, picture size, text sizes and
    structure and layout keys (``key``), the language, the theme's font and size settings, and every text the
    figure will draw — titles, axis labels, legends, annotations and the tick labels its locators and formatters
    give for the current limits — with its size, weight, rotation and visibility. Two figures with the same
    fingerprint get the same constrained layout; anything else that moves (a point, a bar's length) never
    changes it, as while a slider moves."""
    import matplotlib as mpl

    from ..i18n import get_language

    theme = tuple((k, str(v)) for k, v in mpl.rcParams.items()
                  if k.startswith(("font.", "axes.title", "axes.label", "xtick.", "ytick.", "legend.",
                                   "figure.constrained_layout")))

    def text(item):
        if item is None or not item.get_visible() or not item.get_in_layout() or not item.get_text():
            return None
        return (item.get_text(), item.get_fontsize(), str(item.get_fontweight()), item.get_rotation(),
                tuple(item.get_fontfamily()))

    def axes(ax):
        legend = ax.get_legend()
        legend_texts = ([legend.get_title(), *legend.get_texts()] if legend is not None and legend.get_visible()
                        else [])
        items = [ax.get_visible(), ax.axison, tuple(ax.get_position(original=True).bounds),
                 *(text(x) for x in (*ax.texts, ax.title, ax._left_title, ax._right_title, *legend_texts))]
        for axis in (ax.xaxis, ax.yaxis):
            locs = axis.major.locator()
            items.append((axis.get_visible(), text(axis.label), axis.get_label_position(),
                          axis.get_ticks_position(), tuple(axis.major.formatter.format_ticks(locs)),
                          tuple(sorted((k, str(v)) for k, v in axis.get_tick_params().items()))))
        items += [axes(child) for child in ax.child_axes]
        return tuple(items)

    figure_texts = tuple(text(x) for x in (*figure.texts, getattr(figure, "_suptitle", None),
                                           getattr(figure, "_supxlabel", None), getattr(figure, "_supylabel", None)))
    return key, get_language(), theme, figure_texts, tuple(axes(ax) for ax in figure.axes)


def _lay_out(figure, key) -> None:
    """Lay ``figure`` out with constrained layout and freeze it, or put its axes where the same layout put them
    before in this process (:func:`_fingerprint`): an explorer built again (the cell run once more, the same
    explorer in another notebook) skips the layout pass, a third of its construction."""
    import matplotlib.transforms as mtransforms

    labels = ("_suptitle", "_supxlabel", "_supylabel")
    try:
        fingerprint = _fingerprint(figure, key)
        hash(fingerprint)
    except Exception:       # a locator or formatter that cannot answer outside a draw: lay out as usual
        fingerprint = None
    known = _LAYOUTS.get(fingerprint) if fingerprint is not None else None
    if known is not None and len(known[0]) == len(figure.axes):
        for ax, (original, active) in zip(figure.axes, known[0]):
            ax._set_position(mtransforms.Bbox.from_bounds(*original), which="original")
            ax._set_position(mtransforms.Bbox.from_bounds(*active), which="active")
        for name, place in zip(labels, known[1]):
            text = getattr(figure, name, None)
            if text is not None and place is not None:
                text.set_position(place[0])
                text.set_verticalalignment(place[1])
        figure.set_layout_engine("none")
        figure.stale = True
        return
    figure.set_layout_engine("constrained")
    figure.get_layout_engine().execute(figure)
    figure.set_layout_engine("none")
    if fingerprint is not None:
        _LAYOUTS[fingerprint] = (
            [(ax.get_position(original=True).bounds, ax.get_position(original=False).bounds) for ax in figure.axes],
            [(getattr(figure, n).get_position(), getattr(figure, n).get_verticalalignment())
             if getattr(figure, n, None) is not None else None for n in labels])
        while len(_LAYOUTS) > _LAYOUTS_KEPT:
            _LAYOUTS.pop(next(iter(_LAYOUTS)))


_CSS = """<style>
.cx-explorer .widget-label, .cx-explorer .widget-toggle-button, .cx-explorer .widget-button,
.cx-explorer .widget-dropdown select, .cx-explorer .widget-checkbox label
  {white-space: normal; line-height: 1.15; overflow: visible; text-overflow: clip; height: auto;}
.cx-explorer .widget-toggle-button, .cx-explorer .widget-button {min-height: 28px; height: auto;}
.cx-explorer .widget-slider .widget-label, .cx-explorer .widget-dropdown .widget-label {min-height: 28px;}
.cx-explorer .cx-stacked.widget-slider {flex-wrap: wrap; height: auto;}
.cx-explorer .cx-stacked.widget-slider .widget-label {width: 100% !important; max-width: 100% !important;
  flex: 0 0 100%; text-align: left; min-height: 0; margin-bottom: -4px;}
.cx-explorer .cx-table table {border-collapse: collapse; font-size: 13px; margin: 4px 0;}
.cx-explorer .cx-table th, .cx-explorer .cx-table td {padding: 3px 8px; border-bottom: 1px solid #c4ccd4;
  vertical-align: top;}
.cx-explorer .cx-table thead th {background: #e9f1f8; border-bottom: 2px solid #0072B2; text-align: center;}
.cx-explorer .cx-table tbody th {text-align: left; font-weight: normal; white-space: nowrap;}
.cx-explorer .cx-table td.num {text-align: right; white-space: nowrap;}
.cx-explorer .cx-table td.txt {text-align: left;}
.cx-explorer .cx-table p {margin: 4px 0 8px 0; max-width: 60em;}
.cx-explorer .lm-TabBar-tab, .cx-explorer .p-TabBar-tab {min-width: 110px;}
.cx-explorer .widget-tab-contents {padding: 2px 0 0 0 !important; border: none !important;}
.cx-explorer .widget-button {width: auto; min-width: 110px; max-width: 100%; padding: 0 12px;}
</style>"""


def _picture_sizes(method):
    """Run ``method`` with the text and line sizes the pictures are laid out for (:func:`cxlab.style.fixed`):
    a notebook's ``style.use('projector')`` makes its own charts bigger, never an explorer's fixed-size picture."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        from .. import style

        style.ensure()     # the theme (CJK font) first, outside the block: leaving it restores what was before
        with style.fixed(self.sizes):
            return method(self, *args, **kwargs)

    return wrapper


class Explorer:
    """Base class of every explorer (see the module docstring for the guide).

    Class attributes
    ----------------
    picture : (int, int)
        Width and height of the picture in screen pixels (the figure is ``picture / DPI`` inches).
    layout : {'beside', 'above'}
        Controls in a column left of the picture, or in a row above it.
    controls_width : int
        Width of the control column (``'beside'``), pixels.
    sizes : str
        The :data:`cxlab.style.CONTEXTS` whose text and line sizes the picture is drawn with ('notebook'),
        whatever context the notebook chose: the picture's pixel size is laid out for them.

    Attributes
    ----------
    state : object or None
        What :meth:`compute` returned last; None while the input is invalid.
    error : str or None
        The message shown while the input is invalid.
    figure : matplotlib Figure
        Built once; never cleared.
    image, message_box, cards_box, table_box : ipywidgets
        The picture (PNG), the message line, the key numbers, the table.
    renders : int
        How many pictures were sent (tests check one per change).
    widget : ipywidgets.VBox
        The whole explorer.
    """

    picture = (800, 560)
    layout = "beside"
    controls_width = 390
    sizes = "notebook"

    # -- hooks a subclass writes ---------------------------------------------------------------------------
    def controls(self) -> list:
        """Create the controls (as attributes) and return them in display order."""
        raise NotImplementedError

    def compute(self):
        """The model's result for the current controls; raise :class:`cxlab.InputError` on bad input."""
        raise NotImplementedError

    def build(self, figure, state) -> None:
        """Make the axes and the chart objects on ``figure`` (called once, with the first valid state)."""
        raise NotImplementedError

    def draw(self, state) -> None:
        """Update the chart objects in place for ``state``."""
        raise NotImplementedError

    def cards(self, state) -> list:
        """``[(label, value text), ...]`` shown as cards above the picture."""
        return []

    def table_html(self, state) -> str:
        """HTML of the table shown in a tab beside the picture ('' for none; :func:`frame_html`)."""
        return ""

    def table_title(self) -> str:
        """The name of the tab that shows :meth:`table_html` beside the picture."""
        return t("explorer.tab.table")

    def note(self, state) -> str:
        """An informational line above the cards ('' for none)."""
        return ""

    def animated(self) -> list:
        """The artists :meth:`draw` changes (chart objects list them in ``artists()``). Everything else is drawn
        once into a background that each picture starts from; [] draws the whole figure every time."""
        return []

    def layout_key(self, state):
        """Anything that changes the room the axes need (rows of tick labels, a legend): when it changes, the
        layout is worked out once more (then frozen again). None by default."""
        return None

    def static_key(self, state):
        """Anything that, when it changes, changes the background too (tick labels, limits): then the whole
        figure is drawn again. None by default."""
        return None

    def structure_key(self, state):
        """Anything that changes which artists the figure needs (another case with other touchpoints, a filter):
        when it changes, the figure is cleared and :meth:`build` runs again. None by default (built once)."""
        return None

    # -- mechanism -------------------------------------------------------------------------------------------
    @_picture_sizes
    def __init__(self):
        import ipywidgets as w
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        from .. import style

        style.ensure()
        self.state, self.error = None, None
        self.renders = 0
        self._holding = 0
        self._built = False
        self._background, self._background_key = None, None
        self._layout_key = None
        self._has_table = type(self).table_html is not Explorer.table_html
        width, height = self.picture
        self.figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, layout="constrained")
        cache_text(FigureCanvasAgg(self.figure).get_renderer())    # the layout measures texts with it too
        self._structure_key = None
        self._axes_frozen = False
        self._add_message_text()
        self.image = w.Image(format="png", layout=w.Layout(width=f"{width}px", max_width="100%", height="auto"))
        self.message_box = w.HTML()
        self.cards_box = w.HTML()
        self.table_box = w.HTML()
        items = self.controls()
        self.widget = self._layout(items)
        self.widget.add_class("cx-explorer")
        for control in self._observed(items):
            control.observe(self.update, names="value")
        self.update()

    def _observed(self, items):
        """Every value control among ``items`` (and inside boxes), except those a subclass handles itself."""
        import ipywidgets as w

        skip = set(map(id, getattr(self, "_own_handlers", ())))
        for item in items:
            if isinstance(item, w.Box):
                yield from self._observed(item.children)
            elif isinstance(item, w.ValueWidget) and not isinstance(item, (w.HTML, w.Label, w.Image)) \
                    and id(item) not in skip:
                yield item

    def _layout(self, items):
        import ipywidgets as w

        css = w.HTML(_CSS, layout=w.Layout(height="0px", margin="0"))
        self.table_box.add_class("cx-table")
        if self._has_table:
            # the table (or the notes) in a tab beside the picture, not under it: the explorer keeps the height
            # of its picture, so it fits 1600×900 with JupyterLab's side panel open
            self.tabs = w.Tab(children=[self.image, self.table_box])
            self.tabs.titles = (t("explorer.tab.picture"), self.table_title())
            picture = w.VBox([self.message_box, self.cards_box, self.tabs])
        else:
            self.tabs = None
            picture = w.VBox([self.message_box, self.cards_box, self.image])
        if self.layout == "above":
            top = w.HBox(items, layout=w.Layout(flex_flow="row wrap", align_items="flex-start"))
            body = w.VBox([top, picture])
        else:
            column = w.VBox(items, layout=w.Layout(width=f"{self.controls_width}px", min_width=f"{self.controls_width}px"))
            body = w.HBox([column, picture], layout=w.Layout(align_items="flex-start"))
        return w.VBox([css, body])

    @contextlib.contextmanager
    def hold(self):
        """Group several control changes into one update (at the end of the ``with`` block)."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if not self._holding:
            self.update()

    @_picture_sizes
    def update(self, change=None):
        """Recompute, update the picture, cards, table and message together; one PNG per call."""
        from .. import InputError
        from . import cards_html, message_html

        if self._holding:
            return
        self.before_update(change)
        try:
            state = self.compute()
        except InputError as error:
            self._invalid(str(error))
            return
        self.state, self.error = state, None
        structure = self.structure_key(state)
        first = not self._built or structure != self._structure_key
        if first:
            if self._built:       # another case, filter …: other axes, other artists — build them again
                self._clear()
            self.build(self.figure, state)
            _fix_titles(self.figure)
            self._built, self._structure_key = True, structure
        else:
            self._show_axes(True)
        self.draw(state)
        layout = self.layout_key(state)
        if first or layout != self._layout_key:
            # the constrained layout is worked out once (text extents only, nothing rasterised); then it is
            # frozen: no layout pass per change, and nothing jumps while a slider moves
            _lay_out(self.figure, (type(self).__qualname__, self.picture, self.sizes, structure, layout))
            self._layout_key = layout
            self._background = None
            _thaw_axes(self.figure)
            self._axes_frozen = False
        note = self.note(state)
        self.message_box.value = message_html(note, "note") if note else ""
        self.cards_box.value = cards_html(self.cards(state))
        self.table_box.value = self.table_html(state)
        self._has_table = bool(self.table_box.value)
        self.render()

    def before_update(self, change) -> None:
        """Called before :meth:`compute` (e.g. to enable or disable controls); nothing by default."""

    def _add_message_text(self):
        self._message_text = self.figure.text(0.5, 0.5, "", ha="center", va="center", wrap=True, fontsize=15,
                                              color="#b3261e", visible=False)

    def _clear(self):
        self.figure.clear()
        self._add_message_text()
        self._background = None

    def _show_axes(self, visible: bool):
        for ax in self.figure.axes:
            ax.set_visible(visible)
        self._message_text.set_visible(not visible)

    def _invalid(self, text: str):
        from . import message_html

        self.state, self.error = None, text
        box = message_html(text)
        self.message_box.value = box
        self.cards_box.value = ""
        self.table_box.value = box if self._has_table else ""
        self._message_text.set_text(t("explorer.invalid_picture", message=text))
        self._show_axes(False)
        self.render()

    @_picture_sizes
    def render(self):
        """Send the figure as PNG to the picture.

        The static part (frames, ticks, titles, quadrant names …) is drawn once and kept as a background; each
        picture restores it and draws only :meth:`animated` artists on top (blitting), unless
        :meth:`static_key` changed or the explorer comes back from an error."""
        canvas = self.figure.canvas
        cache_text(canvas.get_renderer())
        moving = [a for a in self.animated() if a is not None] if self.state is not None else []
        key = (self.static_key(self.state), self.state is None)
        if not moving:
            self._background = None
            canvas.draw()
        else:
            if self._background is None or key != self._background_key:
                for artist in moving:
                    artist.set_animated(True)
                try:
                    canvas.draw()
                finally:
                    for artist in moving:
                        artist.set_animated(False)
                self._background = canvas.copy_from_bbox(self.figure.bbox)
                self._background_key = key
            else:
                canvas.restore_region(self._background)
            for artist in sorted(moving, key=lambda a: a.get_zorder()):
                if artist.get_visible():
                    (artist.axes or self.figure).draw_artist(artist)
            if not self._axes_frozen:
                _freeze_axes(moving)
                self._axes_frozen = True
        self.image.value = png_bytes(self.figure, draw=False)
        self.renders += 1

    def close(self) -> None:
        """Close the explorer's widgets and empty its figure. Until then its widgets keep it alive (ipywidgets
        keeps every open widget), so a kernel that builds explorer after explorer (a benchmark, a script) should
        close those it no longer shows; in a notebook a cell run again replaces the explorer on screen."""
        def close(widget):
            for child in getattr(widget, "children", ()):
                close(child)
            widget.close()

        close(self.widget)
        for widget in (self.image, self.message_box, self.cards_box, self.table_box):
            widget.close()
        self.figure.clear()
        self._background = None

    # -- display ---------------------------------------------------------------------------------------------
    def _repr_mimebundle_(self, include=None, exclude=None):
        """The live widget; where widgets cannot be shown, the last picture with the note to run the cell."""
        import base64

        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude) or {}
        note = t("explorer.run_cell")
        picture = base64.b64encode(self.image.value).decode("ascii") if self.image.value else ""
        bundle["text/plain"] = note
        bundle["text/html"] = (f'<p style="color:#555">{_html.escape(note)}</p>'
                               + (f'<img src="data:image/png;base64,{picture}" style="max-width:100%">'
                                  if picture else ""))
        return bundle
