"""Follow-ups on the damage and return rooms: explorers with sliders at their extremes, the chart layout fixes
(no legend over a bar, no payback line through a number), one zh term for "resolved quickly", prompts from the
Exercise base class."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import cxlab
from cxlab import damage, returns
from cxlab.widgets.damage import DamageExplorer
from cxlab.widgets.returns import ReturnExplorer

LOCALES = Path(cxlab.__file__).parent / "locales"


# -- the damage explorer at its extremes -----------------------------------------------------------------------

def test_problem_rate_zero_loses_nobody_and_says_why(lang):
    """Problem rate 0: 0 with a problem, so 0 lost, 0 at risk, 0 excess -- and a note instead of a silent 0."""
    explorer = DamageExplorer()
    explorer.problem_rate.value = 0
    assert explorer.error is None
    r = explorer.result
    assert (r.customers_with_problem, r.customers_lost, r.revenue_at_risk, r.excess_lost) == (0, 0, 0, 0)
    assert explorer.message.value and ("没有客户遇到问题" in explorer.message.value) == (lang == "zh")
    explorer.problem_rate.value = 0.3                    # back to normal: the note goes
    assert explorer.message.value == ""


def test_complaint_rate_one_and_all_resolved_quickly(lang):
    """Complaint rate 1: all 30,000 with a problem complain, 0 silent.
    Mix 40/20/40 (TARP large): lost = 12,000 x 0.18 + 6,000 x 0.46 + 12,000 x 0.81 = 2,160 + 2,760 + 9,720 = 14,640.
    Then all resolved quickly (quick 1, resolved 0, the rest 0): lost = 30,000 x 0.18 = 5,400."""
    explorer = DamageExplorer()
    explorer.complaint_rate.value = 1
    assert explorer.result.silent == 0
    assert explorer.result.customers_lost == pytest.approx(14_640)
    explorer.quick.value = 1
    explorer.resolved.value = 0
    assert explorer.error is None
    assert explorer.result.inputs["outcomes"]["unresolved"] == 0
    assert explorer.result.customers_lost == pytest.approx(5_400)
    assert "0%" in explorer.unresolved.value


def test_no_customers_no_value_and_perfect_loyalty_do_not_raise(lang):
    """0 customers: every figure 0, charts still drawn. Custom loyalty 1 everywhere with baseline 0.9 on 1,000
    customers all with a problem: 0 lost, excess = 1,000 x (0.9 - 1) = -100 (the recovery effect)."""
    explorer = DamageExplorer()
    explorer.customers.value = 0
    assert explorer.error is None and explorer.result.customers_lost == 0
    assert all(ax.get_title() for ax in explorer.figure.axes)
    explorer.value_per_customer.value = 0
    explorer.preset.value = "custom"
    for slider in explorer.loyalty.values():
        slider.value = 1
    explorer.customers.value = 1_000
    explorer.problem_rate.value = 1
    assert explorer.error is None
    assert explorer.result.customers_lost == 0
    assert explorer.result.excess_lost == pytest.approx(-100)


def test_revenue_chart_with_nothing_lost_has_a_clean_axis(lang):
    """All-zero bars: the value axis (across: the bars are horizontal) runs 0 to 1 with whole-number ticks (no
    '0, 0, 0, -0' labels)."""
    r = damage.market_damage(1000, 0.0, 0.25, {"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4},
                             "large", 500, baseline_loyalty=0.9)
    ax = damage.plot_revenue_by_group(r)
    assert ax.get_xlim() == (0, 1)
    ax.figure.canvas.draw()
    ticks = [tick.get_text() for tick in ax.get_xticklabels() if tick.get_text()]
    assert len(ticks) == len(set(ticks)) and "-0" not in ticks


# -- the return explorer at its extremes -----------------------------------------------------------------------

def test_return_explorer_uplifts_off_and_one_year(lang):
    """Orchard base with retention uplift 0, referrals 0, indirect 0, horizon 1, investment 0. What is left is the
    case's frequency (+3 %) and basket (+2 %) uplift: m' = 300 x 1.03 x 1.02 = 315.18;
    year 1 = 200,000 x 0.7 x (315.18 - 300) = 2,125,200, minus running cost 1,500,000 = 625,200;
    NPV = 625,200 / 1.08 = 578,888.89; cost = 1,500,000 / 1.08 = 1,388,888.89; ROI = 0.4168.
    With an investment of 1,000,000 the cumulative stays at -421,111: no payback within 1 year."""
    explorer = ReturnExplorer("orchard_base")
    explorer.retention_uplift.value = 0
    explorer.referrals_per_customer.value = 0
    explorer.indirect.value = 0
    explorer.horizon.value = 1
    explorer.investment.value = 0
    assert explorer.error is None
    assert explorer.result.npv == pytest.approx(578_888.89, abs=0.01)
    assert explorer.result.roi == pytest.approx(0.4168, abs=1e-4)
    assert explorer.result.payback_years == 0
    explorer.investment.value = 1_000_000
    assert explorer.result.npv == pytest.approx(-421_111.11, abs=0.01)
    assert explorer.result.payback_years is None
    assert explorer.payback_text() == cxlab.t("money_course.explorer.no_payback", horizon=1)
    assert explorer.payback_text() in explorer.summary.value


@pytest.mark.parametrize("case", ["orchard_base", "orchard_cautious", "riverline_base", "riverline_cautious",
                                  "brightdesk_base"])
def test_return_explorer_every_slider_at_both_ends(case, lang):
    """Every slider at its minimum and at its maximum, for every case: a result that matches the model, no error."""
    explorer = ReturnExplorer(case)
    sliders = [explorer.investment, explorer.retention_uplift, explorer.referrals_per_customer, explorer.horizon,
               explorer.indirect]
    for end in ("min", "max"):
        for slider in sliders:
            slider.value = getattr(slider, end)
            assert explorer.error is None, (slider.description, end, explorer.error)
        assert explorer.result.npv == pytest.approx(returns.experience_return(**explorer.inputs()).npv)


# -- charts: no legend over a bar, no line through a number ----------------------------------------------------

def _boxes(ax):
    ax.figure.canvas.draw()
    return ax.figure.canvas.get_renderer()


def _cases():
    cases = cxlab.datasets.load("return_cases")
    parameters = [c for c in cases.columns if c not in ("case", "company", "scenario")]
    return {row.case: returns.experience_return(**{p: getattr(row, p) for p in parameters})
            for row in cases.itertuples(index=False)}


@pytest.mark.parametrize("case", ["orchard_base", "riverline_base", "brightdesk_base"])
def test_return_split_legend_covers_no_bar_and_no_total(case, lang):
    """The legend sits outside the axes: its box overlaps no bar and no year total (it used to cover year 1)."""
    ax = returns.plot_return_split(_cases()[case])
    renderer = _boxes(ax)
    legend = ax.get_legend().get_window_extent(renderer)
    for bar in ax.patches:
        assert not legend.overlaps(bar.get_window_extent(renderer))
    for text in ax.texts:
        assert not legend.overlaps(text.get_window_extent(renderer))
    assert legend.y1 <= ax.get_window_extent(renderer).y0   # below the plot area


def test_roi_payback_line_never_runs_through_a_value_label(lang):
    """Small worked example (payback 2.1 years, between the year-2 bar -1,446 and the year-3 bar): every value
    label is drawn on an opaque box above the dashed line, and the payback note touches no value label."""
    result = returns.experience_return(investment=50_000, customers=5_000, margin=100, retention=0.60,
                                       discount=0.10, retention_uplift=0.05, horizon=3)
    ax = returns.plot_roi_over_time(result)
    renderer = _boxes(ax)
    line = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"][0]
    labels = [txt for txt in ax.texts if txt.get_text().replace(",", "").lstrip("-").isdigit()]
    assert len(labels) == 4
    for label in labels:
        box = label.get_bbox_patch()
        assert box is not None and box.get_alpha() >= 0.9 and label.get_zorder() > line.get_zorder()
    note = [txt for txt in ax.texts if txt not in labels][0]
    assert "2.1" in note.get_text()
    for label in labels:
        assert not note.get_window_extent(renderer).overlaps(label.get_window_extent(renderer))


@pytest.mark.parametrize("case", ["orchard_base", "riverline_base", "brightdesk_base"])
def test_roi_payback_note_clear_of_labels_for_the_cases(case, lang):
    ax = returns.plot_roi_over_time(_cases()[case])
    renderer = _boxes(ax)
    labels = [txt for txt in ax.texts if txt.get_bbox_patch() is not None and txt.get_text()[-1].isdigit()
              and "," in txt.get_text()]
    notes = [txt for txt in ax.texts if txt not in labels]
    assert notes
    for note in notes:
        for label in labels:
            assert not note.get_window_extent(renderer).overlaps(label.get_window_extent(renderer))


# -- one zh term for "resolved quickly" ------------------------------------------------------------------------

def _values(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _values(value)
    else:
        yield str(node)


def test_one_chinese_term_for_resolved_quickly():
    """快速解决 everywhere (catalog, notebook and exercise sources); 迅速 nowhere in the money rooms."""
    root = LOCALES.parents[1]
    texts = [v for name in ("damage", "money_course", "returns")
             for v in _values(json.loads((LOCALES / "zh" / f"{name}.json").read_text(encoding="utf-8")))]
    texts += [(root / p).read_text(encoding="utf-8") for p in (
        "notebooks/src/05_damage.py", "notebooks/src/06_return.py", "exercises/src/05_damage.py",
        "exercises/src/06_return.py") if (root / p).exists()]
    assert not [text for text in texts if "迅速" in text]
    cxlab.set_language("zh")
    try:
        for key in ("damage.group.resolved_quickly", "damage.funnel.resolved_quickly",
                    "damage.param.outcomes.resolved_quickly", "money_course.resolution.resolved_quickly"):
            assert "快速解决" in cxlab.t(key), key
    finally:
        cxlab.set_language("en")


# -- prompts come from the Exercise base class -----------------------------------------------------------------

def test_money_prompts_are_base_class_prompt_boxes(lang):
    from cxlab.exercises import Exercise
    from cxlab.exercises import damage as damage_exercises
    from cxlab.exercises import returns as return_exercises

    questions = [damage_exercises.q1, damage_exercises.q2, damage_exercises.q3, damage_exercises.q4,
                 return_exercises.q1, return_exercises.q2, return_exercises.q3]
    for q in questions:
        assert type(q).prompt is Exercise.prompt
        box = q.prompt()
        assert box.status == "prompt" and str(box).startswith("✎") and "✎" in box._repr_html_()
        assert box.message == q.title and box.details[0]
    assert "2,000" in damage_exercises.q1.prompt().details[0]        # prompt_fmt fills the scenario's figures
    assert not hasattr(damage_exercises, "Question")
