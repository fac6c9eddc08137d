"""The KANO explorer: controls drive cxlab.kano.classify, the what-if row adds answers, labels follow the language."""
from __future__ import annotations

import pandas as pd
import pytest

import cxlab
from cxlab import datasets, kano
from cxlab.widgets.kano import KanoExplorer, feature_line, feature_names, table


@pytest.fixture(scope="module")
def answers():
    return kano.clean(datasets.load("kano_hotel_app")).answers


@pytest.fixture
def explorer(answers):
    return KanoExplorer(answers)


def test_initial_result_is_classify(explorer, answers):
    """Before any control is touched, .result is exactly kano.classify of the answers."""
    pd.testing.assert_frame_equal(explorer.result, kano.classify(answers))
    assert explorer.result.loc["wifi", "category"] == "M"


def test_feature_selection_limits_the_result(explorer):
    explorer.features.value = ("wifi", "mobile_key", "daily_push")
    assert list(explorer.result.index) == ["wifi", "mobile_key", "daily_push"]
    explorer.features.value = ()
    assert explorer.result is None
    assert cxlab.t("kano_course.widget.nothing_selected") in explorer.table.value


def test_tie_threshold_flips_the_near_tie(explorer):
    """late_checkout: A = 81, O = 78 of 236 answers (3/236 = 0.013 apart). At a threshold of 0.02 the two tie and
    the rule M > O > A gives O; at 0.01 A still leads."""
    explorer.tie_threshold.value = 0.01
    assert explorer.result.loc["late_checkout", "category"] == "A"
    explorer.tie_threshold.value = 0.02
    assert explorer.result.loc["late_checkout", "category"] == "O"


def test_split_toggle_redraws_at_the_means(explorer):
    """With split='mean' the dashed quadrant lines move to the mean |worse| and mean better of the features."""
    explorer.split.value = "mean"
    ax = explorer.axes[0]
    xs = sorted({line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == "--"})
    mean_worse = float(-explorer.result["worse"].mean())
    assert any(abs(x - mean_worse) < 1e-9 for x in xs)


def test_adding_attractive_answers_changes_a_must_be(explorer):
    """wifi (M = 130 of 236) plus 150 answers (1, 3) = attractive: A = 9 + 150 = 159 > 130, so wifi turns A;
    reset brings it back."""
    before = explorer.result.loc["wifi"]
    assert before["category"] == "M" and int(before["M"]) == 130 and int(before["A"]) == 9
    explorer.what_feature.value = "wifi"
    explorer.what_functional.value = 1
    explorer.what_dysfunctional.value = 3
    explorer.what_count.value = 150
    explorer.add_button.click()
    after = explorer.result.loc["wifi"]
    assert int(after["A"]) == 159 and int(after["n"]) == 236 + 150
    assert after["category"] == "A"
    assert len(explorer.extra) == 150
    assert explorer.status.value == cxlab.t("kano_course.widget.extra_rows", count=150)
    explorer.reset_button.click()
    assert explorer.extra.empty
    assert explorer.result.loc["wifi", "category"] == "M"


def test_fifty_attractive_answers_move_better(explorer):
    """Cleaned wifi counts: A 9, O 47, M 130, I 40 (41 raw minus the neutral straight-liner R201).
    50 more (1, 3) answers: A 59; better = (59 + 47) / (59 + 47 + 130 + 40) = 106 / 276 = 0.384
    (was (9 + 47) / 226 = 0.248); M still leads (130 > 59)."""
    assert explorer.result.loc["wifi", "better"] == pytest.approx(56 / 226)
    explorer.what_feature.value = "wifi"
    explorer.what_functional.value, explorer.what_dysfunctional.value = 1, 3
    explorer.what_count.value = 50
    explorer.add(None)
    row = explorer.result.loc["wifi"]
    assert row["better"] == pytest.approx(106 / 276)
    assert row["category"] == "M"
    explorer.add(None)  # the second batch gets new respondent ids (no duplicate error)
    assert int(explorer.result.loc["wifi", "A"]) == 109


def test_labels_in_both_languages(answers, lang):
    """Controls, table headers, feature and category names are in the current language."""
    x = KanoExplorer(answers)
    assert x.add_button.description == cxlab.t("kano_course.widget.add")
    assert x.split.options[0][0] == cxlab.t("kano_course.widget.split_fixed")
    names = feature_names()
    assert dict(x.features.options)[names["wifi"]] == "wifi"
    summary = x.summary()
    assert summary.index.name == cxlab.t("kano.column.feature")
    assert summary.loc[names["wifi"], cxlab.t("kano.column.category")] == cxlab.t("kano.category.M")
    assert cxlab.t("kano.column.better") in x.table.value
    assert x.axes[0].get_title() == cxlab.t("kano.plot.better_worse_title")
    labels = [text.get_text() for text in x.axes[1].get_yticklabels()]
    assert names["wifi"] in labels


def test_feature_names_and_table(lang):
    n = feature_names()
    assert n["birthday_upgrade"] == ("生日惊喜升房" if lang == "zh" else "Birthday upgrade")
    assert feature_names({"a": "Alpha"}) == {"a": "Alpha"}
    with pytest.raises(cxlab.InputError, match="name_"):
        feature_names(pd.DataFrame({"feature": ["a"]}))
    frame = pd.DataFrame({"respondent": [1, 2], "feature": "wifi", "functional": [2, 1], "dysfunctional": [5, 5]})
    shown = table(kano.classify(frame), columns=["category", "better", "fong_significant"])
    assert list(shown.columns) == [cxlab.t("kano.column.category"), cxlab.t("kano.column.better"),
                                   cxlab.t("kano.column.fong_significant")]
    assert shown.iloc[0, 0] == cxlab.t("kano.category.M")
    with pytest.raises(cxlab.InputError):
        table(kano.classify(frame), columns=["nope"])
    with pytest.raises(cxlab.InputError):
        table("not a frame")


def test_feature_line_worked_example(lang):
    """wifi answered (2, 5) and (1, 5): M = 1, O = 1 -> tie, M wins; better = 1/2 = 0.50, worse = -2/2 = -1.00."""
    frame = pd.DataFrame({"respondent": [1, 2], "feature": "wifi", "functional": [2, 1], "dysfunctional": [5, 5]})
    line = feature_line(kano.classify(frame), "wifi")
    assert line == cxlab.t("kano_course.feature_line", name=feature_names()["wifi"],
                           category=cxlab.t("kano.category.M"), better=0.5, worse=-1.0)
    assert "0.50" in line and "-1.00" in line
    with pytest.raises(cxlab.InputError):
        feature_line(kano.classify(frame), "spa")


def test_bad_answers_fail_at_construction():
    with pytest.raises(cxlab.InputError):
        KanoExplorer(pd.DataFrame({"respondent": [1], "feature": ["x"]}))


def test_benchmark_runs(capsys, root):
    """benchmarks/bench_kano_widget.py main() times update() and prints the median."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_kano_widget", root / "benchmarks" / "bench_kano_widget.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    timings = module.main(repeats=2)
    assert timings["update_ms"] > 0
    assert "update()" in capsys.readouterr().out


def test_split_toggle_keeps_the_classification(explorer):
    """Toggling the split redraws only the grid: the result object and the bars stay as they were."""
    before = explorer.result
    bars = list(explorer.axes[1].patches)
    explorer.split.value = "mean"
    assert explorer.result is before
    assert list(explorer.axes[1].patches) == bars
    explorer.split.value = "fixed"
    xs = {line.get_xdata()[0] for line in explorer.axes[0].get_lines() if line.get_linestyle() == "--"}
    assert any(abs(x - 0.5) < 1e-9 for x in xs)
