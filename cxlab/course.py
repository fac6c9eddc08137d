"""The course itself: its modules, where its notebooks live, and the small demo of the welcome notebook.

* :data:`COURSE` lists the modules once (number, notebook stem, the source article it is built on);
  :func:`course_map` turns it into a table with titles from the catalog and the availability of each module
  computed from the notebooks present on disk, so the map can never claim a module that is not there.
* :func:`kit_home` finds the folder holding ``notebooks/`` and ``exercises/``: an explicit folder, else
  ``$CXLAB_HOME``, else the checkout this package was imported from (``Path(cxlab.__file__).parents[1]``).
* :func:`complaint_split` / :func:`plot_complaint_split` / :class:`ComplaintDemo` are the welcome notebook's
  widget demo (a slider for the share of unhappy customers who complain, redrawing a bar chart).

Examples
--------
>>> from cxlab import course
>>> [m.stem for m in course.COURSE][:3]
['00_welcome', '01_pyramid', '02_kano']
>>> course.complaint_split(customers=200, complaint_share=0.05)["customers"].tolist()
[10.0, 190.0]
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .i18n import LANGUAGES, get_language, t

__all__ = [
    "Module", "COURSE", "SEEDS", "kit_home", "notebooks_dir", "exercises_dir", "course_map", "course_map_table",
    "complaint_split", "plot_complaint_split", "ComplaintDemo",
]


@dataclass(frozen=True)
class Module:
    """One course module: its number, the stem of its notebook file and the seed articles it is built on."""

    number: int
    stem: str
    seeds: tuple = ()


#: The source articles of the course (``seeds/README.md`` of the design notes): id → topic key.
SEEDS = {
    "000": "damage",
    "001": "returns",
    "002": "pyramid",
    "003": "journey",
    "004": "value",
}

#: The course map, in teaching order. A module is "available" when a notebook ``NN_*.ipynb`` with its number
#: exists in ``notebooks/<lang>/`` (the stem here is the expected name; the file found wins).
COURSE = (
    Module(0, "00_welcome", ()),
    Module(1, "01_pyramid", ("002",)),
    Module(2, "02_kano", ("002", "003")),
    Module(3, "03_servqual", ("001", "003")),
    Module(4, "04_journey", ("003",)),
    Module(5, "05_damage", ("000",)),
    Module(6, "06_returns", ("001",)),
    Module(7, "07_value", ("004",)),
    Module(8, "08_capstone", ("000", "001", "002", "003", "004")),
)


def kit_home(home=None) -> Path:
    """The folder holding the course's ``notebooks/`` and ``exercises/``.

    Parameters
    ----------
    home : str or Path, optional
        An explicit folder. Otherwise ``$CXLAB_HOME``, otherwise the checkout this package lives in.
    """
    if home:
        return Path(home).expanduser().resolve()
    env = os.environ.get("CXLAB_HOME", "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return Path(__file__).resolve().parents[1]


def _lang(lang):
    lang = lang or get_language()
    if lang not in LANGUAGES:
        from . import InputError

        raise InputError(t("core.error.bad_language", value=lang, accepted=", ".join(LANGUAGES)))
    return lang


def notebooks_dir(lang=None, home=None) -> Path:
    """``<home>/notebooks/<lang>``: the course notebooks of one language (the folder may not exist)."""
    return kit_home(home) / "notebooks" / _lang(lang)


def exercises_dir(lang=None, home=None) -> Path:
    """``<home>/exercises/<lang>``: the learner exercise notebooks of one language (never the answer keys)."""
    return kit_home(home) / "exercises" / _lang(lang)


def course_map(lang=None, home=None) -> pd.DataFrame:
    """The course map: one row per module of :data:`COURSE`, in order.

    Columns: ``module`` (int), ``stem``, ``title`` (catalog, in ``lang``), ``seeds`` (the seed article ids,
    ``"002/003"``; empty for the welcome module), ``notebook`` (the file found, else the expected name) and
    ``available`` (bool: a notebook with that module number exists in ``notebooks/<lang>/``).

    Examples
    --------
    >>> from cxlab import course
    >>> m = course.course_map(lang="en")
    >>> list(m.columns)
    ['module', 'stem', 'title', 'seeds', 'notebook', 'available']
    >>> len(m) == len(course.COURSE)
    True
    """
    lang = _lang(lang)
    folder = notebooks_dir(lang, home)
    rows = []
    for module in COURSE:
        found = sorted(folder.glob(f"{module.number:02d}_*.ipynb")) if folder.is_dir() else []
        preferred = [p for p in found if p.stem == module.stem]
        chosen = (preferred or found or [None])[0]
        rows.append({
            "module": module.number,
            "stem": module.stem,
            "title": t(f"welcome.course.title.{module.stem}", lang=lang),
            "seeds": "/".join(module.seeds),
            "notebook": chosen.name if chosen is not None else f"{module.stem}.ipynb",
            "available": chosen is not None,
        })
    return pd.DataFrame(rows, columns=["module", "stem", "title", "seeds", "notebook", "available"])


def course_map_table(frame: pd.DataFrame | None = None, lang=None) -> pd.DataFrame:
    """The course map labelled for people: translated headers and status, module numbers as ``"00"``.

    Examples
    --------
    >>> from cxlab import course
    >>> course.course_map_table(lang="en").columns.tolist()
    ['Module', 'Topic', 'Source article', 'Status']
    """
    lang = _lang(lang)
    frame = course_map(lang) if frame is None else frame
    status = {True: t("welcome.course.status.available", lang=lang),
              False: t("welcome.course.status.preparing", lang=lang)}
    none = t("welcome.course.no_seed", lang=lang)
    return pd.DataFrame({
        t("welcome.course.column.module", lang=lang): [f"{n:02d}" for n in frame["module"]],
        t("welcome.course.column.title", lang=lang): list(frame["title"]),
        t("welcome.course.column.seeds", lang=lang): [s or none for s in frame["seeds"]],
        t("welcome.course.column.status", lang=lang): [status[bool(a)] for a in frame["available"]],
    })


# -- the welcome notebook's widget demo -------------------------------------------------------------------------
def complaint_split(customers: float = 100, complaint_share: float = 0.1) -> pd.DataFrame:
    """Split dissatisfied customers into those who complain and those who stay silent.

    A plain share of a total: ``complain = customers × complaint_share``, ``silent = customers − complain``.
    It only illustrates the idea taught in the damage module (seed 000): a complaint count shows the tip of
    the dissatisfaction, the silent majority does not appear in it.

    Parameters
    ----------
    customers : float
        Dissatisfied customers (≥ 0).
    complaint_share : float
        The share of them who complain, 0 to 1.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``group`` = ``'complain'``, ``'silent'``; columns ``customers`` and ``share``.

    Raises
    ------
    cxlab.InputError
        When a value is not a number or outside its range.

    Examples
    --------
    >>> complaint_split(customers=250, complaint_share=0.12)
          group  customers  share
    0  complain       30.0   0.12
    1    silent      220.0   0.88
    """
    customers = _number("customers", customers, 0, float("inf"))
    complaint_share = _number("complaint_share", complaint_share, 0, 1)
    complain = customers * complaint_share
    return pd.DataFrame({
        "group": ["complain", "silent"],
        "customers": [round(complain, 6), round(customers - complain, 6)],
        "share": [round(complaint_share, 6), round(1 - complaint_share, 6)],
    })


def _number(name, value, low, high) -> float:
    from . import InputError

    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(t("core.error.not_a_number", name=name, value=value)) from None
    if not (low <= number <= high):  # also rejects NaN
        raise InputError(t("core.error.out_of_range", name=name, value=value, low=low, high=high))
    return number


def plot_complaint_split(frame: pd.DataFrame, ax=None):
    """Bar chart of :func:`complaint_split`: who complains, who stays silent (labels in the current language).
    Drawn by :class:`ComplaintChart` (which the demo updates in place).

    Examples
    --------
    >>> ax = plot_complaint_split(complaint_split(100, 0.1))    # doctest: +SKIP
    """
    from . import style

    style.ensure()
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7, 4.2), layout="constrained")
    return ComplaintChart(ax, frame).ax


class ComplaintChart:
    """The complaint-split bars as a chart object: bar lengths, their labels and the title change in place."""

    def __init__(self, ax, frame):
        from . import style

        self.ax = ax
        labels = [t(f"welcome.demo.group.{g}") for g in frame["group"]]
        colours = [style.PALETTE[3], style.PALETTE[0]]
        self.bars = list(ax.barh(labels, [0.0] * len(frame), color=colours[: len(frame)]))
        self.texts = [ax.annotate("", xy=(0, bar.get_y() + bar.get_height() / 2), xytext=(6, 0),
                                  textcoords="offset points", va="center") for bar in self.bars]
        ax.invert_yaxis()
        ax.set_xlabel(t("welcome.demo.xlabel"))
        ax.grid(axis="y", visible=False)
        self.update(frame)

    def update(self, frame):
        total = float(frame["customers"].sum())
        for bar, text, value, share in zip(self.bars, self.texts, frame["customers"], frame["share"]):
            bar.set_width(float(value))
            text.set_text(t("welcome.demo.bar_label", customers=value, share=share))
            text.xy = (float(value), bar.get_y() + bar.get_height() / 2)
        self.ax.set_xlim(0, max(total, 1) * 1.35)
        self.ax.set_title(t("welcome.demo.title", customers=total))

    def artists(self):
        return [*self.bars, *self.texts, self.ax.title]


def _explorer_base():
    from .widgets.base import Explorer

    return Explorer


class ComplaintDemo(_explorer_base()):
    """A slider for the share of unhappy customers who complain; moving it updates the bar chart in place
    (on the shared explorer mechanism of :mod:`cxlab.widgets.base`).

    Controls are attributes (``share``: percent, 0–100); :meth:`update` recomputes with :func:`complaint_split`
    and updates the :class:`ComplaintChart`; ``result`` is the latest table, ``ax`` the chart's Axes;
    ``widget`` is the box to display.

    Examples
    --------
    >>> demo = ComplaintDemo(customers=100, share=10)     # doctest: +SKIP
    >>> demo.share.value = 25                              # doctest: +SKIP
    >>> demo.result["customers"].tolist()                  # doctest: +SKIP
    [25.0, 75.0]
    """

    picture = (700, 300)
    layout = "above"

    def __init__(self, customers: float = 100, share: float = 10):
        self.customers = customers
        self._share = share
        self.result = None
        self.ax = None
        super().__init__()

    def controls(self):
        import ipywidgets as widgets

        self.share = widgets.FloatSlider(
            value=self._share, min=0, max=100, step=1, description=t("welcome.demo.slider"),
            readout_format=".0f", continuous_update=False,
            style={"description_width": "initial"}, layout=widgets.Layout(width="32em"),
        )
        return [self.share]

    def compute(self):
        self.result = complaint_split(self.customers, self.share.value / 100)
        return self.result

    def build(self, figure, state):
        self.ax = figure.subplots()
        self.chart = ComplaintChart(self.ax, state)

    def draw(self, state):
        self.chart.update(state)

    def animated(self):
        return self.chart.artists()

    def static_key(self, state):
        return self.ax.get_xlim()

    def update(self, change=None):
        """Recompute and redraw from the current slider value."""
        super().update(change)
        return self.result
