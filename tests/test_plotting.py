"""cxlab.plotting: the shared chart pieces draw, update in place and keep their texts clear of each other."""
from __future__ import annotations

import doctest

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

import cxlab  # noqa: E402
from cxlab import plotting  # noqa: E402

NAMES = {"tl": ("Attractive", "g"), "tr": ("One-dimensional", "b"), "br": ("Must-be", "r"), "bl": ("Indifferent", "k")}


def test_docstring_examples_run():
    result = doctest.testmod(plotting, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 10


def test_thousands():
    """Cards, bar labels and axes write numbers the same way: 20104761.4 -> '20,104,761'; no '-0'."""
    assert plotting.thousands(20104761.4) == "20,104,761"
    assert plotting.thousands(-0.2) == "0"
    assert plotting.thousands_formatter()(1234567, 0) == "1,234,567"


@pytest.mark.parametrize("split", [(0.5, 0.5), (0.1, 0.9), (0.95, 0.05)])
def test_quadrant_names_never_on_a_split_line(split):
    """Wherever the split is, no split line crosses a quadrant name (the lines run over the data only)."""
    fig, ax = plt.subplots(figsize=(6, 5))
    grid = plotting.quadrant_grid(ax, NAMES, split=split)
    assert grid.split == pytest.approx(split)
    assert [k for *_, k in plotting.text_overlaps(fig)] == []
    grid.set_split(0.3, 0.7)
    assert list(grid.lines[0].get_xdata()) == [0.3, 0.3]
    assert list(grid.lines[1].get_ydata()) == [0.7, 0.7]


def test_labels_avoid_points_lines_and_each_other():
    """Ten close points next to a split line: every label is drawn, none overlaps another label, a point or
    the line; moving one point re-places only the labels that need it."""
    rng = np.random.default_rng(3)
    xs, ys = 0.45 + rng.normal(0, 0.1, 10), 0.5 + rng.normal(0, 0.1, 10)
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.set_xlim(0, 1), ax.set_ylim(0, 1)
    line = ax.axvline(0.5, color="grey")
    points = ax.scatter(xs, ys, s=120)
    labels = plotting.place_labels(ax, xs, ys, [f"feature {i}" for i in range(10)], np.full(10, 120.0),
                                   avoid=[line, points], points=points)
    assert plotting.text_overlaps(fig) == []
    first = labels.placements
    assert first == 10
    fig.canvas.draw()
    assert labels.placements == first  # nothing moved: nothing re-placed
    xs2 = xs.copy()
    xs2[0] = 0.9
    points.set_offsets(np.column_stack([xs2, ys]))
    labels.update(xs2, ys, [f"feature {i}" for i in range(10)], np.full(10, 120.0))
    fig.canvas.draw()
    assert 1 <= labels.placements - first < 10
    assert labels.texts[0].xy == (0.9, ys[0])
    assert plotting.text_overlaps(fig) == []


def test_pareto_value_labels_clear_of_the_line():
    """No value label of a Pareto chart is crossed by the cumulative line, the 80 % line or its label; an update
    changes bar heights, the line and the label strings in place."""
    fig, ax = plt.subplots(figsize=(8, 5))
    values = np.array([900, 850, 400, 120, 60, 20.0])
    chart = plotting.pareto_bars(ax, list("abcdef"), values, np.cumsum(values) / values.sum(), guide_label="80%")
    assert plotting.text_overlaps(fig) == []
    new = np.array([500, 480, 470, 300, 10, 5.0])
    chart.update(new, np.cumsum(new) / new.sum())
    assert [b.get_height() for b in chart.bars] == new.tolist()
    assert chart.line.get_ydata().tolist() == pytest.approx((np.cumsum(new) / new.sum()).tolist())
    assert [t.get_text() for t in chart.value_labels.texts] == ["500", "480", "470", "300", "10", "5"]
    assert plotting.text_overlaps(fig) == []


def test_interval_bars_values_beside_the_whiskers():
    """Values are written right of each interval's end, so no whisker crosses a number; kind is checked."""
    fig, ax = plt.subplots(figsize=(7, 3))
    chart = plotting.interval_bars(ax, ["store", "online", "phone"], [32, -5, 18], [25, -14, 9], [39, 4, 27],
                                   limits=(-100, 100))
    assert plotting.text_overlaps(fig) == []
    chart.update([30, 20, 10], [22, 12, 2], [38, 28, 18])
    assert [b.get_width() for b in chart.marks] == [30, 20, 10]
    assert chart.texts[1].xy == (28, 1)
    with pytest.raises(cxlab.InputError):
        plotting.interval_bars(ax, ["a"], [1], [0], [2], kind="pie")
