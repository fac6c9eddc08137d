"""The shared explorer mechanism: an update changes exactly the artists it should (so an in-place update can never
show stale data), invalid input shows the message everywhere, the picture is one PNG per change, the display
has a fallback, and no text of any course chart overlaps another text, a line, an error bar or a point."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import course, damage, datasets, kano, plotting, returns
from cxlab.widgets.damage import DamageExplorer
from cxlab.widgets.kano import KanoExplorer, feature_names
from cxlab.widgets.returns import ReturnExplorer


@pytest.fixture(scope="module")
def answers():
    return kano.clean(datasets.load("kano_hotel_app")).answers


def _offsets(explorer):
    return np.asarray(explorer.grid.points.get_offsets()).copy()


# -- KANO ---------------------------------------------------------------------------------------------------------

def test_kano_threshold_moves_categories_not_points(answers):
    """The tie threshold changes categories (colours, bars) but not Better/Worse: the points stay, the
    colours and the table follow the new result, one picture is sent."""
    x = KanoExplorer(answers)
    before, renders = _offsets(x), x.renders
    x.tie_threshold.value = 0.06
    assert x.renders == renders + 1
    np.testing.assert_allclose(_offsets(x), before)
    shown = x.result[x.result["better"].notna()]
    colours = [kano.CATEGORY_COLORS[c] for c in shown["category"]]
    import matplotlib.colors as mcolors

    assert [mcolors.to_hex(c) for c in x.grid.points.get_facecolors()] == [c.lower() for c in colours]
    assert x.result.loc["mobile_key", "category"] == "O"
    assert kano.category_name("O") in x.table.value
    assert feature_names()["mobile_key"] in x.tie_changes.value


def test_kano_thresholds_that_teach(answers):
    """On the course data the threshold changes three features one after the other: late checkout A -> O
    (A 81, O 78 of 236: 3/236 = 0.013), mobile key A -> O (83 - 69 = 14: 0.059), fast chat replies O -> M
    (96 - 67 = 29: 0.123), all within the slider's 0 - 0.15."""
    x = KanoExplorer(answers)
    steps = {0.01: ("A", "A", "O"), 0.02: ("O", "A", "O"), 0.06: ("O", "O", "O"), 0.13: ("O", "O", "M")}
    for value, expected in steps.items():
        x.tie_threshold.value = value
        assert tuple(x.result.loc[["late_checkout", "mobile_key", "chat_response"], "category"]) == expected
    assert x.tie_threshold.max == 0.15


def test_kano_what_if_moves_one_point_and_its_bar(answers):
    """150 attractive answers for wifi move only wifi's point (better up, |worse| down) and its label."""
    x = KanoExplorer(answers)
    before = _offsets(x)
    wifi = list(x.result.index).index("wifi")
    x.what_feature.value, x.what_functional.value, x.what_dysfunctional.value = "wifi", 1, 3
    x.what_count.value = 150
    x.add()
    after = _offsets(x)
    moved = np.flatnonzero(np.any(np.abs(after - before) > 1e-12, axis=1))
    assert moved.tolist() == [wifi]
    row = x.result.loc["wifi"]
    np.testing.assert_allclose(after[wifi], [-row["worse"], row["better"]])
    label = x.grid.labels.texts[wifi]
    assert label.xy == (pytest.approx(-row["worse"]), pytest.approx(row["better"]))
    assert x.bars.texts["A"][wifi].get_text() == f"{159 / 386 * 100:.0f}%"   # A = 9 + 150 of n = 236 + 150


def test_kano_split_moves_only_the_split_lines(answers):
    x = KanoExplorer(answers)
    before, result = _offsets(x), x.result
    x.split.value = "mean"
    assert x.result is result
    np.testing.assert_allclose(_offsets(x), before)
    shown = result[result["better"].notna()]
    assert x.grid.grid.split == (pytest.approx(float((-shown["worse"]).mean())),
                                 pytest.approx(float(shown["better"].mean())))


def test_kano_selection_changes_points_labels_and_rows(answers):
    x = KanoExplorer(answers)
    x.features.value = ("wifi", "mobile_key", "daily_push")
    assert len(x.grid.points.get_offsets()) == 3
    assert sum(text.get_visible() for text in x.grid.labels.texts) == 3
    assert [t.get_text() for t in x.axes[1].get_yticklabels()] == [feature_names()[f] for f in
                                                                  ("wifi", "mobile_key", "daily_push")]
    x.features.value = ()
    assert x.state is None and all(not ax.get_visible() for ax in x.figure.axes)
    assert cxlab.t("kano_course.widget.nothing_selected") in x.message_box.value
    assert cxlab.t("kano_course.widget.nothing_selected") in x._message_text.get_text()
    x.features.value = ("wifi",)
    assert all(ax.get_visible() for ax in x.figure.axes) and not x._message_text.get_visible()


# -- damage and return ----------------------------------------------------------------------------------------------

def test_damage_update_sets_every_bar_to_the_result():
    """After a move every funnel bar, revenue bar and number shows the new result (nothing stale)."""
    x = DamageExplorer()
    x.quick.value = 0.6
    r = x.result
    g = r.groups.set_index("group")["customers"]
    widths = [b.get_width() for b in x.funnel.bars]
    assert widths == pytest.approx([r.customers, r.customers_with_problem, r.silent, r.complainers,
                                    g["resolved_quickly"], g["resolved"], g["unresolved"], r.customers_lost])
    assert [t.get_text() for t in x.revenue.texts[:4]] == [plotting.thousands(v) for v in r.groups["revenue_lost"]]
    assert plotting.thousands(r.customers_lost) in x.funnel.ax.get_title()


def test_damage_invalid_mix_shows_the_message_everywhere_then_recovers():
    """quick 0.7 + resolved 0.5: no result; the cards are gone, the picture shows the message instead of the
    old funnel; a valid mix brings charts and cards back."""
    x = DamageExplorer()
    x.quick.value, x.resolved.value = 0.7, 0.5
    assert x.result is None and x.summary.value == "" and "120%" in x.message.value
    assert all(not ax.get_visible() for ax in x.figure.axes)
    assert "120%" in x._message_text.get_text() and x._message_text.get_visible()
    x.resolved.value = 0.1
    assert x.result is not None and all(ax.get_visible() for ax in x.figure.axes)
    assert x.funnel.bars[4].get_width() == pytest.approx(x.result.groups.set_index("group").loc[
        "resolved_quickly", "customers"])


def test_damage_word_of_mouth_changes_the_charts():
    """Ticking word of mouth adds the prospects to the funnel and the word-of-mouth value to the revenue chart."""
    x = DamageExplorer()
    rows = len(x.funnel.bars)
    x.word_of_mouth.value = True
    assert len(x.funnel.bars) == rows + 2
    assert x.funnel.bars[-2].get_width() == pytest.approx(x.result.prospects_lost)
    labels = [t.get_text() for t in x.revenue.ax.get_yticklabels()]
    assert any(cxlab.t("damage.metric.word_of_mouth_value").split()[0] in label for label in labels)


def test_damage_small_preset_recovery_bar_is_visible():
    """TARP small problem: the recovery bar (-75,000 beside 7 million) is drawn at least 3 pixels long and
    carries its number."""
    x = DamageExplorer()
    x.preset.value = "small"
    x.figure.canvas.draw()
    quick = x.revenue.excess[3]
    assert quick.get_window_extent().width >= 2.5
    assert x.revenue.texts[4 + 3].get_text() == "-75,000"


def test_slider_readouts_use_thousands():
    x = DamageExplorer()
    assert x.customers.readout_format == ",d"


def test_return_horizon_shows_one_bar_per_year():
    x = ReturnExplorer("orchard_base")
    for horizon in (3, 9, 10):
        x.horizon.value = horizon
        visible = [b for b in x.chart.bars if b.get_visible()]
        assert len(visible) == horizon + 1
        heights = [b.get_height() for b in visible]
        assert heights == pytest.approx(x.result.by_year["cumulative_discounted"].tolist())


# -- display --------------------------------------------------------------------------------------------------------

def test_fallback_display_has_the_picture_and_the_note(answers):
    """Where widgets cannot be shown, the saved output is the last picture with the note to run the cell."""
    x = course.ComplaintDemo()
    bundle = x._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"] == cxlab.t("explorer.run_cell")
    assert "data:image/png;base64," in bundle["text/html"]


@pytest.mark.parametrize("make", [lambda a: KanoExplorer(a), lambda a: DamageExplorer(),
                                  lambda a: ReturnExplorer(), lambda a: course.ComplaintDemo()])
def test_explorer_fits_a_projected_notebook(make, answers, lang):
    """Picture at 100 dpi, at most 1,150 px wide with its control column (JupyterLab with the side panel
    open at 1600 x 900 leaves about that), at most 650 px tall, PNG of exactly that size."""
    from io import BytesIO

    from PIL import Image

    x = make(answers)
    width, height = x.picture
    beside = x.controls_width if x.layout == "beside" else 0
    assert width + beside <= 1150 and height <= 650
    assert Image.open(BytesIO(x.image.value)).size == (width, height)


# -- no overlaps in any course chart ----------------------------------------------------------------------------

def _charts():
    ans = kano.clean(datasets.load("kano_hotel_app")).answers
    result = kano.classify(ans).rename(index=feature_names())
    ex = damage.market_damage(100_000, 0.3, 0.25, {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
                              "large", 500, baseline_loyalty=0.9, word_of_mouth={"conversion": 0.02})
    cases = datasets.load("return_cases")
    params = [c for c in cases.columns if c not in ("case", "company", "scenario")]
    case = {row.case: returns.experience_return(**{p: getattr(row, p) for p in params})
            for row in cases.itertuples(index=False)}
    charts = {
        "better_worse": lambda: kano.plot_better_worse(result),
        "better_worse_mean": lambda: kano.plot_better_worse(result, split="mean"),
        "categories": lambda: kano.plot_categories(result),
        "funnel": lambda: damage.plot_funnel(ex),
        "revenue": lambda: damage.plot_revenue_by_group(ex),
        "tornado": lambda: damage.plot_tornado(damage.sensitivity(ex.inputs)),
        "pareto": lambda: damage.plot_pareto(damage.touchpoint_damage(datasets.load("damage_retailer_touchpoints"))),
        "clv": lambda: returns.plot_clv_vs_retention(300, 0.1, mark=[0.8, 0.85]),
        "complaint": lambda: course.plot_complaint_split(course.complaint_split(100, 0.1)),
    }
    for code, res in case.items():
        charts[f"roi_{code}"] = (lambda r: lambda: returns.plot_roi_over_time(r))(res)
        charts[f"split_{code}"] = (lambda r: lambda: returns.plot_return_split(r))(res)
    return charts


CHARTS = sorted(_charts())


@pytest.mark.parametrize("name", CHARTS)
def test_no_text_overlaps_in_course_charts(name, lang):
    """Every text inside the axes is clear of every other text, every line and error bar, and every point
    (cxlab.plotting.text_overlaps on the drawn figure), in both languages."""
    import matplotlib.pyplot as plt

    ax = _charts()[name]()
    found = plotting.text_overlaps(ax.figure)
    plt.close(ax.figure)
    assert [(a.get_text(), type(b).__name__, kind) for a, b, kind in found] == []


def test_no_text_overlaps_in_the_continuous_chart(answers, lang):
    import matplotlib.pyplot as plt

    ax = kano.plot_continuous(kano.continuous(answers).rename(index=feature_names()))
    found = plotting.text_overlaps(ax.figure)
    plt.close(ax.figure)
    assert found == []


@pytest.mark.parametrize("make", [
    lambda a: KanoExplorer(a),
    lambda a: DamageExplorer(), lambda a: ReturnExplorer(), lambda a: course.ComplaintDemo()])
def test_no_text_overlaps_in_explorer_pictures(make, answers, lang):
    x = make(answers)
    assert [(a.get_text(), type(b).__name__, kind) for a, b, kind in plotting.text_overlaps(x.figure)] == []


def test_bad_what_if_count_does_not_touch_the_picture(answers):
    """The what-if inputs act only through the buttons: changing them sends no picture."""
    x = KanoExplorer(answers)
    renders = x.renders
    x.what_count.value = 5
    x.what_feature.value = "spa" if "spa" in x.names else "wifi"
    assert x.renders == renders
    assert isinstance(x.summary(), pd.DataFrame)


# -- fitting 1600x900: the table in a tab, no wrapped slider label, no colliding tick labels ---------------------

def test_table_is_a_tab_beside_the_picture_in_the_kits_table_style(answers, lang):
    """An explorer with a table shows it in a tab beside the picture (the explorer stays as tall as its picture),
    styled as the kit's tables: header row, numbers right-aligned; the picture is the first tab."""
    from cxlab.i18n import t
    from cxlab.widgets.pyramid import PyramidExplorer

    x = KanoExplorer(answers)
    assert x.tabs.children == (x.image, x.table_box)
    assert x.tabs.titles == (t("explorer.tab.picture"), t("explorer.tab.table")) and x.tabs.selected_index == 0
    assert x.table_box not in x.widget.children
    html = x.table_box.value
    assert html.startswith('<div class="cx-table"><table><thead>') and '<td class="num">0.' in html
    assert "cx-table" in x.table_box._dom_classes
    p = PyramidExplorer()
    assert p.tabs.titles[1] == t("explorer.tab.verdict") and p.verdict.value.startswith("<p>")
    assert DamageExplorer().tabs is None          # no table: the picture alone


def test_a_long_slider_label_goes_above_its_slider(lang):
    """A label that would wrap in its column is stacked over the slider (full width), a short one stays beside."""
    import ipywidgets as w

    from cxlab.widgets.base import slider

    long = slider(w.FloatSlider, "Customer effort score (1-7, 7 = easiest)" if lang == "en" else
                  "顾客费力度评分（1–7，7 为最省力）", 4.0, 1, 7, 0.1)
    short = slider(w.FloatSlider, "Checkout steps" if lang == "en" else "结账步骤", 7.0, 1, 12, 0.1)
    assert "cx-stacked" in long._dom_classes and "cx-stacked" not in short._dom_classes


ALL_EXPLORERS = {
    "kano": lambda a: KanoExplorer(a), "damage": lambda a: DamageExplorer(), "return": lambda a: ReturnExplorer(),
    "welcome": lambda a: course.ComplaintDemo(),
    "journey": lambda a: __import__("cxlab.widgets.journey", fromlist=["x"]).JourneyExplorer("appliance"),
    "pyramid": lambda a: __import__("cxlab.widgets.pyramid", fromlist=["x"]).PyramidExplorer(),
    "servqual": lambda a: __import__("cxlab.widgets.servqual", fromlist=["x"]).ServqualExplorer(),
    "nps": lambda a: __import__("cxlab.widgets.value", fromlist=["x"]).NPSExplorer()}
#: ... and the journey explorer on its second case (other names under the map).
PICTURES = {**ALL_EXPLORERS,
            "journey_park": lambda a: __import__("cxlab.widgets.journey", fromlist=["x"]).JourneyExplorer("theme_park")}


@pytest.mark.parametrize("name", list(PICTURES))
def test_no_label_overlaps_another_in_any_explorer_picture(name, answers, lang):
    """Texts inside the axes clear of texts, lines and points (text_overlaps), and the tick labels of each axis
    clear of each other by 2 px (tick_overlaps: the names under a journey map), in both languages."""
    x = PICTURES[name](answers)
    assert [(a.get_text(), type(b).__name__, kind) for a, b, kind in plotting.text_overlaps(x.figure)] == []
    assert [(a.get_text(), b.get_text()) for a, b, _ in plotting.tick_overlaps(x.figure)] == []


@pytest.mark.parametrize("name", sorted(ALL_EXPLORERS))
def test_an_explorer_built_again_reuses_its_layout_and_draws_the_same_picture(name, answers, lang, monkeypatch):
    """The second construction of the same explorer skips the constrained-layout pass (the layout found the first
    time, by the figure's fingerprint) and sends exactly the first one's picture."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    from cxlab.widgets import base

    monkeypatch.setattr(base, "_LAYOUTS", {})
    passes = []
    execute = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", lambda self, fig: (passes.append(fig), execute(self, fig)))
    first = ALL_EXPLORERS[name](answers)
    laid_out = len(passes)
    again = ALL_EXPLORERS[name](answers)
    assert laid_out >= 1 and len(passes) == laid_out
    assert again.image.value == first.image.value


def test_a_layout_is_reused_only_for_the_same_texts(answers, monkeypatch):
    """Other features (other tick labels and names), another language: the layout is worked out again."""
    from cxlab.widgets import base

    monkeypatch.setattr(base, "_LAYOUTS", {})
    cxlab.set_language("zh")
    KanoExplorer(answers)
    assert len(base._LAYOUTS) == 1
    fewer = answers[answers["feature"].isin(sorted(set(answers["feature"]))[:4])]
    KanoExplorer(fewer)
    assert len(base._LAYOUTS) == 2
    cxlab.set_language("en")
    try:
        KanoExplorer(answers)
    finally:
        cxlab.set_language("zh")
    assert len(base._LAYOUTS) == 3


def test_journey_map_names_fit_their_room(lang):
    """The names under the map are wrapped to the room each has (a Chinese four-character name on one line, a
    Latin word such as App never broken), all in one size no smaller than 0.8 of the panel's small size."""
    from cxlab.widgets.journey import JourneyExplorer

    x = JourneyExplorer("appliance")
    labels = [tick.get_text() for tick in x.map.ax.get_xticklabels()]
    sizes = {tick.get_fontsize() for tick in x.map.ax.get_xticklabels()}
    assert len(sizes) == 1
    if lang == "zh":
        assert "门店体验" in labels and "智能家居\nApp" in labels
    else:
        assert "Installation" in labels and all(len(label.split("\n")) <= 3 for label in labels)


def test_compact_amounts_have_no_zero_decimal():
    assert plotting.compact(120_000, "zh") == "12万" and plotting.compact(125_000, "zh") == "12.5万"
    assert plotting.compact(300_000_000, "zh") == "3亿"


def test_pareto_guide_label_moves_under_the_guide_where_the_line_runs_above_it(lang):
    """The 80 % label stands above the guide while the cumulative line ends below it, and under the guide once
    the line runs above it there; an update moves it, and the explorers' background key follows its side."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    chart = plotting.pareto_bars(ax, list("abc"), [50, 20, 10], [0.5, 0.7, 0.75], guide_label="80 %")
    assert chart.guide_text.get_va() == "bottom"
    chart.update([60, 30, 10], [0.6, 0.9, 1.0])
    assert chart.guide_text.get_va() == "top" and chart.guide_below
    assert damage.steady_pareto(chart)[1] is True
    assert plotting.text_overlaps(fig) == []
    plt.close(fig)


@pytest.mark.parametrize("name", ["kano", "journey", "nps"])
def test_a_closed_explorer_is_freed(name, answers):
    """close() closes every widget of the explorer, so nothing keeps it alive (ipywidgets keeps open widgets)."""
    import gc
    import weakref

    import ipywidgets as w

    explorer = ALL_EXPLORERS[name](answers)
    ref = weakref.ref(explorer)
    ids = {explorer.widget.model_id, explorer.image.model_id}
    explorer.close()
    del explorer
    gc.collect()
    assert ref() is None
    assert not ids & set(w.widgets.widget._instances)
