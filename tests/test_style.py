"""cxlab.style: Chinese renders in every text element of a chart, with no missing-glyph warning."""
from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from cxlab import style  # noqa: E402


def test_a_cjk_font_is_found_and_has_the_glyphs():
    """A font is found (the README's set-up installs one) and it really has the sample glyphs."""
    font = style.cjk_font()
    assert font is not None, style.install_hint()
    assert style._has_glyphs(font.path)


def test_every_text_element_renders_chinese_without_missing_glyphs():
    """Title, axis labels, ticks, legend, annotation, suptitle with Chinese: no 'Glyph … missing' warning."""
    style.use()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.bar(["必备", "期望", "魅力"], [3, -2, 5], label="特性数量")
        ax.set_title(style.SAMPLE_TEXT)
        ax.set_xlabel("卡诺类别")
        ax.set_ylabel("负值 −1")
        ax.annotate("关键时刻", (1, 2))
        ax.legend(title="图例")
        fig.suptitle("体验损害模型")
        fig.canvas.draw()
        fig.savefig(__import__("io").BytesIO(), format="png")
    messages = [str(w.message) for w in caught]
    assert [m for m in messages if "Glyph" in m or "missing" in m] == []


def test_seaborn_theme_keeps_the_cjk_font():
    """After use(), seaborn's theme has not reset the font: the CJK family is first in font.sans-serif."""
    font = style.use("projector")
    assert matplotlib.rcParams["font.sans-serif"][0] == font.family
    assert matplotlib.rcParams["font.family"] == ["sans-serif"]
    assert matplotlib.rcParams["axes.unicode_minus"] is False


@pytest.mark.parametrize("context", sorted(style.CONTEXTS))
def test_the_theme_is_seaborns_whitegrid_with_the_cjk_font(context):
    """use() sets what seaborn's own set_theme(...) with the same arguments sets (seaborn only here, in the tests:
    the kit does not import it), but for seaborn's 'rocket' colormap, which cxlab never uses."""
    import matplotlib as mpl
    import seaborn as sns

    sns_context, scale = style.CONTEXTS[context]
    keys = set(style.WHITEGRID) | set(style.plotting_context()) | {"axes.prop_cycle", "font.family",
                                                                  "font.sans-serif", "axes.unicode_minus"}
    font = style.use(context)
    ours = {k: mpl.rcParams[k] for k in keys}
    sns.set_theme(context=sns_context, style="whitegrid", palette=style.PALETTE, font="sans-serif",
                  font_scale=scale, rc={"font.sans-serif": mpl.rcParams["font.sans-serif"],
                                        "axes.unicode_minus": False})
    theirs = {k: mpl.rcParams[k] for k in keys}
    assert mpl.rcParams["image.cmap"] == "rocket"      # seaborn's, left out of WHITEGRID on purpose
    style.use(context)
    assert ours == theirs and ours["font.sans-serif"][0] == font.family
    for name in ("notebook", "talk", "paper"):
        assert style.plotting_context(name, 1.1) == pytest.approx(dict(sns.plotting_context(name, 1.1)))


def test_the_kit_does_not_import_seaborn():
    """A kernel's first cell (import cxlab, style.use()) leaves seaborn (and scipy.stats) unimported."""
    import subprocess
    import sys

    code = ("import sys, cxlab; from cxlab import kano, damage, returns, servqual, journey, value, pyramid; "
            "cxlab.style.use(); print(sorted(m for m in ('seaborn', 'scipy.stats') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr[-2000:]


def test_no_font_gives_one_clear_warning(monkeypatch):
    """When no CJK font can be had, one CJKFontWarning carries the install command; nothing crashes."""
    monkeypatch.setattr(style, "_from_cache", lambda: None)
    monkeypatch.setattr(style, "_from_files", lambda: None)
    monkeypatch.setattr(style, "_from_fontconfig", lambda: None)
    monkeypatch.setattr(style, "_found", {})
    with pytest.warns(style.CJKFontWarning, match="apt-get install|brew|中文"):
        assert style.cjk_font() is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert style.cjk_font() is None  # found once: no second warning
    monkeypatch.setattr(style, "_found", {})


def test_stale_cache_is_mended_by_addfont(monkeypatch):
    """A matplotlib font cache that predates the font (it knows no CJK family) is mended by addfont from files."""
    from matplotlib import font_manager

    font = style.cjk_font()
    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if f.name != font.family])
    found = style.cjk_font(refresh=True)
    assert found is not None and found.source in ("file", "fontconfig")
    assert any(f.name == found.family for f in font_manager.fontManager.ttflist)
    style.cjk_font(refresh=True)


def test_bad_context_is_an_input_error():
    import cxlab

    with pytest.raises(cxlab.InputError, match="projector"):
        style.use("cinema")
