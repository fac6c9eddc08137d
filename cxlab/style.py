"""Plotting theme for cxlab: a CJK-capable font, a palette readable on a projector, seaborn's look *with* that font.

Chinese text in matplotlib fails silently: the default font (DejaVu Sans) has no Chinese glyphs, and a chart
shows empty boxes with only a "Glyph … missing" warning. This module finds a font with Chinese glyphs once:

1. families matplotlib already knows (its font cache) whose file still exists and really has Chinese glyphs;
2. font files at the usual places on Linux, macOS and Windows (and a conda environment's ``fonts/``), each added
   explicitly with ``font_manager.fontManager.addfont`` — this also mends a stale matplotlib font cache built
   before the font was installed, without deleting the cache;
3. whatever ``fc-list :lang=zh`` reports, where fontconfig exists.

:func:`use` then applies seaborn's "whitegrid" look and its plotting contexts with that font. The numbers are
seaborn 0.13's (:data:`WHITEGRID`, :func:`plotting_context`; ``tests/test_style.py`` checks them against seaborn
itself), written out here so that a kernel does not import seaborn — which pulls in scipy.stats, a second or more
of every notebook's first cell — for a dictionary of rc settings. When no CJK font can be had, one :class:`CJKFontWarning` says so with the
install command; charts still draw, but Chinese text would show as boxes.

Examples
--------
>>> from cxlab import style
>>> style.use()                       # doctest: +SKIP
>>> style.cjk_font().family           # doctest: +SKIP
'WenQuanYi Micro Hei'
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

from .i18n import t

__all__ = [
    "PALETTE", "CONTEXTS", "CJKFont", "CJKFontWarning", "cjk_font", "use", "ensure", "install_hint",
    "FONT_FAMILIES", "SAMPLE_TEXT", "axes", "fixed", "WHITEGRID", "plotting_context",
]

#: Families with Chinese glyphs, best first (simplified-Chinese faces before Japanese/Korean ones).
FONT_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
    "Microsoft YaHei", "SimHei", "DengXian", "SimSun",                     # Windows
    "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "Songti SC",  # macOS
    "Noto Sans CJK JP", "Noto Sans CJK TC", "Source Han Sans", "Arial Unicode MS",
)

#: File-name patterns searched when the font cache knows none of the families above.
_FILE_PATTERNS = (
    "NotoSansCJK*", "NotoSansSC*", "SourceHanSans*", "wqy-microhei*", "wqy-zenhei*", "DroidSansFallback*",
    "msyh*", "simhei*", "Deng*", "simsun*", "PingFang*", "Hiragino Sans GB*", "STHeiti*", "Songti*",
    "Arial Unicode*",
)


def _font_dirs():
    home = Path.home()
    dirs = [
        "/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fonts/opentype", "/usr/share/fonts/truetype",
        str(home / ".local/share/fonts"), str(home / ".fonts"),
        "/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", str(home / "Library/Fonts"),
        os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
        os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Windows", "Fonts"),
        os.path.join(sys.prefix, "fonts"), os.path.join(sys.prefix, "Library", "fonts"),
    ]
    conda = os.environ.get("CONDA_PREFIX")
    if conda:
        dirs.append(os.path.join(conda, "fonts"))
    return [d for d in dirs if d and os.path.isdir(d)]


#: Okabe–Ito colours: distinguishable for colour-blind viewers and on a washed-out projector.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

#: Seaborn contexts: 'notebook' for a screen, 'projector' for a classroom (bigger text and lines).
CONTEXTS = {"notebook": ("notebook", 1.0), "projector": ("talk", 1.15), "print": ("paper", 1.1)}

#: seaborn's axes_style("whitegrid") (seaborn 0.13), less its ``image.cmap`` (seaborn's own "rocket", which exists
#: only once seaborn is imported; cxlab draws no images) and its font lists (:func:`use` sets those).
WHITEGRID = {
    "axes.axisbelow": True, "axes.edgecolor": ".8", "axes.facecolor": "white", "axes.grid": True,
    "axes.labelcolor": ".15", "axes.spines.bottom": True, "axes.spines.left": True, "axes.spines.right": True,
    "axes.spines.top": True, "figure.facecolor": "white", "grid.color": ".8", "grid.linestyle": "-",
    "lines.solid_capstyle": "round", "patch.edgecolor": "w", "patch.force_edgecolor": True, "text.color": ".15",
    "xtick.bottom": False, "xtick.color": ".15", "xtick.direction": "out", "xtick.top": False,
    "ytick.color": ".15", "ytick.direction": "out", "ytick.left": False, "ytick.right": False,
}
#: seaborn's base plotting context ("notebook", scale 1): text sizes, then line widths and tick sizes.
_TEXT_SIZES = {"font.size": 12, "axes.labelsize": 12, "axes.titlesize": 12, "xtick.labelsize": 11,
               "ytick.labelsize": 11, "legend.fontsize": 11, "legend.title_fontsize": 12}
_LINE_SIZES = {"axes.linewidth": 1.25, "grid.linewidth": 1, "lines.linewidth": 1.5, "lines.markersize": 6,
               "patch.linewidth": 1, "xtick.major.width": 1.25, "ytick.major.width": 1.25, "xtick.minor.width": 1,
               "ytick.minor.width": 1, "xtick.major.size": 6, "ytick.major.size": 6, "xtick.minor.size": 4,
               "ytick.minor.size": 4}
_SCALING = {"paper": 0.8, "notebook": 1, "talk": 1.5, "poster": 2}


def plotting_context(context: str = "notebook", font_scale: float = 1.0) -> dict:
    """seaborn's ``plotting_context(context, font_scale)``: every size scaled by the context (paper 0.8, notebook
    1, talk 1.5, poster 2), the text sizes by ``font_scale`` as well.

    >>> plotting_context("talk", 1.15)["font.size"]
    20.7
    """
    from ._check import check_choice, check_number

    context = check_choice("context", context, tuple(_SCALING))
    font_scale = check_number("font_scale", font_scale, low=0.25, high=5)
    scaling = _SCALING[context]
    sizes = {k: v * scaling for k, v in {**_LINE_SIZES, **_TEXT_SIZES}.items()}
    sizes.update({k: sizes[k] * font_scale for k in _TEXT_SIZES})
    return sizes

#: Text used to check that a font really has Chinese glyphs (and used by the tests).
SAMPLE_TEXT = "客户体验金字塔 魅力质量 满意度 净推荐值"


@dataclass(frozen=True)
class CJKFont:
    """The font found for Chinese text: its matplotlib family name, its file and how it was found."""

    family: str
    path: str
    source: str  # 'cache', 'file' or 'fontconfig'


class CJKFontWarning(UserWarning):
    """No font with Chinese glyphs was found: Chinese chart text would show as empty boxes."""


_found: dict = {}
_applied: dict = {}


def _has_glyphs(path: str, text: str = SAMPLE_TEXT) -> bool:
    from matplotlib import ft2font

    try:
        font = ft2font.FT2Font(path)
    except Exception:  # unreadable or unsupported file
        return False
    return all(font.get_char_index(ord(ch)) for ch in text if not ch.isspace())


def _from_cache():
    from matplotlib import font_manager

    by_family = {}
    for entry in font_manager.fontManager.ttflist:
        by_family.setdefault(entry.name, []).append(entry.fname)
    for family in FONT_FAMILIES:
        for path in by_family.get(family, []):
            if os.path.exists(path) and _has_glyphs(path):
                return CJKFont(family, path, "cache")
    return None


def _add(path: str, source: str):
    from matplotlib import font_manager

    if not _has_glyphs(path):
        return None
    try:
        font_manager.fontManager.addfont(path)
        family = font_manager.FontProperties(fname=path).get_name()
    except Exception:
        return None
    return CJKFont(family, path, source)


def _from_files():
    candidates = []
    for folder in _font_dirs():
        for pattern in _FILE_PATTERNS:
            candidates += glob.glob(os.path.join(folder, "**", pattern), recursive=True)
    rank = {p.lower().split("*")[0]: i for i, p in enumerate(_FILE_PATTERNS)}

    def order(path):
        name = os.path.basename(path).lower()
        return min((i for prefix, i in rank.items() if name.startswith(prefix)), default=len(rank)), name

    for path in sorted(set(candidates), key=order):
        if path.lower().endswith((".ttf", ".ttc", ".otf")):
            found = _add(path, "file")
            if found:
                return found
    return None


def _from_fontconfig():
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in sorted(out.splitlines()):
        path = line.split(":")[0].strip()
        if path.lower().endswith((".ttf", ".ttc", ".otf")):
            found = _add(path, "fontconfig")
            if found:
                return found
    return None


def install_hint() -> str:
    """The command that installs a CJK font on this kind of system, in the current language."""
    if sys.platform.startswith("linux"):
        command = "sudo apt-get install -y fonts-wqy-microhei    # Debian/Ubuntu (or: fonts-noto-cjk)"
    elif sys.platform == "darwin":
        command = "brew install --cask font-noto-sans-cjk-sc"
    else:
        command = "Settings → Time & language → Language → Add a language → 中文(简体)"
    return t("core.style.install_font", command=command)


def cjk_font(refresh: bool = False):
    """Find (once) a font with Chinese glyphs; return a :class:`CJKFont` or ``None`` (with one warning)."""
    from ._check import check_bool

    refresh = check_bool("refresh", refresh)
    if refresh or "font" not in _found:
        font = _from_cache() or _from_files() or _from_fontconfig()
        _found["font"] = font
        if font is None:
            warnings.warn(t("core.style.no_cjk_font") + "\n" + install_hint(), CJKFontWarning, stacklevel=2)
    return _found["font"]


def use(context: str = "notebook", font_scale: float | None = None):
    """Apply the cxlab theme: seaborn's ``whitegrid`` look, the Okabe–Ito palette, the CJK font; tables show whole texts.

    Parameters
    ----------
    context : {'notebook', 'projector', 'print'}
        'projector' makes text and lines bigger for a classroom screen.
    font_scale : float, optional
        Overrides the context's own scale (0.25 to 5).

    Returns
    -------
    CJKFont or None
        The font used for Chinese text.
    """
    import matplotlib as mpl
    import pandas as pd
    from cycler import cycler
    from matplotlib.colors import to_rgb

    from ._check import check_choice, check_number

    check_choice("context", context, tuple(CONTEXTS))
    font_scale = check_number("font_scale", font_scale, low=0.25, high=5, none=True)
    sns_context, scale = CONTEXTS[context]
    font = cjk_font()
    sans = ([font.family] if font else []) + ["DejaVu Sans", "Arial", "sans-serif"]
    # What seaborn's set_theme(context, "whitegrid", PALETTE, "sans-serif", font_scale, rc=...) sets, in its order.
    mpl.rcParams.update({
        **plotting_context(sns_context, font_scale or scale),
        **WHITEGRID,
        "font.family": "sans-serif",
        "axes.prop_cycle": cycler(color=[to_rgb(c) for c in PALETTE]),
        "font.sans-serif": sans,
        "axes.unicode_minus": False,  # many CJK fonts lack U+2212; use '-' for negative ticks
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "figure.autolayout": False,
    })
    # Tables in the notebooks show whole sentences (agenda descriptions, customer quotes): no "…" cut at 50 chars.
    pd.set_option("display.max_colwidth", None)
    _quiet_weight_fallback()
    _applied["context"] = context
    return font


class _WeightFallbackFilter:
    """Drops matplotlib's "Failed to find font weight bold" notice: most CJK fonts ship one weight, and
    matplotlib then uses the regular face, which is what we want; other font messages still come through."""

    def filter(self, record):
        return "Failed to find font weight" not in record.getMessage()


def _quiet_weight_fallback():
    import logging

    logger = logging.getLogger("matplotlib.font_manager")
    if not any(isinstance(f, _WeightFallbackFilter) for f in logger.filters):
        logger.addFilter(_WeightFallbackFilter())


def ensure():
    """Apply :func:`use` once if nothing has applied it yet (plot functions call this)."""
    import matplotlib as mpl

    font = cjk_font()
    families = mpl.rcParams.get("font.sans-serif", [])
    if "context" not in _applied or (font and font.family not in families):
        use(_applied.get("context", "notebook"))
    return font


_fixed_sizes: dict = {}


def fixed(context: str = "notebook"):
    """A ``with`` block in which text and line sizes are those of ``context``, whatever :func:`use` chose.

    An explorer's picture has a fixed pixel size, laid out for the 'notebook' sizes; under the notebook's
    'projector' theme its labels would no longer fit (the layout collapses). The picture is already made to be
    read at 1600×900, so it keeps its own sizes. Only sizes change: font, palette and grid stay those of
    :func:`use`.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> _ = use("projector"); before = mpl.rcParams["font.size"]
    >>> with fixed("notebook"):
    ...     mpl.rcParams["font.size"] < before
    True
    >>> mpl.rcParams["font.size"] == before
    True
    >>> _ = use("notebook")           # back to the default theme
    """
    import matplotlib as mpl

    from ._check import check_choice

    check_choice("context", context, tuple(CONTEXTS))
    if context not in _fixed_sizes:
        sns_context, scale = CONTEXTS[context]
        _fixed_sizes[context] = plotting_context(sns_context, scale)
    return mpl.rc_context(_fixed_sizes[context])


def axes(ax=None, size=(8, 5.5), constrained: bool = True):
    """The Axes a plot function draws on: ``ax`` itself, or a new figure of ``size`` inches; the theme is
    applied first (:func:`ensure`), so every ``plot_*`` function renders Chinese whatever the caller did."""
    from matplotlib.axes import Axes

    from ._check import check_array, check_bool, invalid

    constrained = check_bool("constrained", constrained)
    if ax is not None and not isinstance(ax, Axes):
        raise invalid("ax", ax, t("check.takes.axes"))
    size = tuple(check_array("size", size, length=2, low=0, low_open=True))
    ensure()
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=size, layout="constrained" if constrained else None)
    return ax
