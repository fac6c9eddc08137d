"""The journey explorer and the journey builder.

* :class:`JourneyExplorer` — pick a case, filter by channel (online/offline) or persona, choose the outcome, move one
  touchpoint's score and problem rate, and watch the emotion curve, the moments-of-truth ranking and the damage
  Pareto move. Controls → :func:`cxlab.journey.what_if` / :func:`~cxlab.journey.moments_of_truth` /
  :func:`~cxlab.journey.to_damage` → ``journey.plot_*`` and ``damage.plot_pareto``. No formula lives here.
* :class:`JourneyBuilder` — a form for group work: add, change and delete touchpoints of the group's own journey,
  see the map redraw, save it as a CSV in the template's layout into the learner's workspace (never replacing a
  file without the "overwrite" box ticked, and then keeping a dated backup) and load it back with
  :func:`cxlab.journey.read_journey`.

Both render their one figure straight from the Agg buffer to an ``ipywidgets.Image`` (as the KANO explorer does).

Examples
--------
>>> from cxlab.widgets.journey import JourneyExplorer, JourneyBuilder
>>> explorer = JourneyExplorer("appliance")            # doctest: +SKIP
>>> explorer.widget                                     # doctest: +SKIP
>>> builder = JourneyBuilder()                          # doctest: +SKIP
"""
from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path

import pandas as pd

from .. import InputError
from ..i18n import t
from ..plotting import thousands
from . import cards_html, message_html
from .base import Explorer, slider, table_column

__all__ = ["CASES", "table", "JourneyExplorer", "JourneyBuilder", "workspace_folder"]

#: The explorer's cases: touchpoint table, survey, outcomes offered, customers per year and value per customer
#: (the scenario's assumptions for the damage figures; a trainer changes them in the explorer's arguments).
CASES = {
    "appliance": {"journey": "journey_appliance", "survey": "journey_appliance_survey",
                  "outcomes": ("overall", "nps", "repurchase"), "customers": 200_000, "value": 3_000},
    "theme_park": {"journey": "journey_theme_park", "survey": "journey_theme_park_survey",
                   "outcomes": ("overall", "nps", "return_visit"), "customers": 1_000_000, "value": 600},
}

_WIDE = {"description_width": "150px"}
_ROW = {"width": "430px"}


def _png(figure) -> bytes:
    """The figure as PNG bytes, straight from the Agg buffer (one draw)."""
    from PIL import Image

    canvas = figure.canvas
    canvas.draw()
    buffer = io.BytesIO()
    Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
        buffer, format="png", compress_level=1)
    return buffer.getvalue()


def _figure(size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from .. import style

    style.ensure()
    figure = Figure(figsize=size, dpi=80, layout="constrained")   # 1200 px wide: sharp on a projector, quick to draw
    FigureCanvasAgg(figure)
    return figure


def table(frame: pd.DataFrame, columns, names=None, digits: int = 2) -> pd.DataFrame:
    """A journey table labelled for people: headers (``journey_course.col.*``), stage, channel and quadrant names
    and touchpoint names in the current language, flags as "yes", numbers rounded. Presentation only.

    Parameters
    ----------
    frame : DataFrame
        A touchpoint table, a :func:`~cxlab.journey.moments_of_truth` table or ranking, a damage table.
    columns : list of str
        The columns to show, in order (``touchpoint`` becomes the index).
    names : DataFrame or dict, optional
        Where touchpoint names come from (a touchpoint table with ``name_zh``/``name_en``, or ``{id: name}``);
        default: ``frame`` itself.
    """
    from .. import journey

    source = frame if names is None else names
    if isinstance(source, dict):
        mapping = source
    else:
        mapping = dict(zip(source["touchpoint"], journey.touchpoint_names(source)))
    out = pd.DataFrame(index=pd.Index([mapping.get(v, v) for v in frame["touchpoint"]],
                                      name=t("journey_course.col.touchpoint")))
    for column in columns:
        if column == "touchpoint":
            continue
        values = frame[column].to_numpy()
        if column == "stage":
            values = [journey.stage_name(v) for v in values]
        elif column == "channel":
            values = [journey.channel_name(v) if isinstance(v, str) else "" for v in values]
        elif column == "mode":
            values = [t(f"journey.mode.{v}") if isinstance(v, str) else "" for v in values]
        elif column == "owner":
            values = [t(f"journey.owner.{v}") if v in journey.OWNERS else (v if isinstance(v, str) else "")
                      for v in values]
        elif column == "quadrant":
            values = [t(f"stats.ipa.{v}") if isinstance(v, str) else "" for v in values]
        elif frame[column].dtype == bool:
            values = [t("journey_course.col.yes") if v else t("journey_course.col.no") for v in values]
        elif pd.api.types.is_float_dtype(frame[column]):
            values = table_column(frame[column], digits)   # CSAT of a TV advert: a dash, not NaN
        out[t(f"journey_course.col.{column}")] = values
    return out


class JourneyExplorer(Explorer):
    """What-if explorer of a journey case, on the shared mechanism of :mod:`cxlab.widgets.base`: the journey
    map (:class:`cxlab.journey.JourneyMapChart`), the priority Pareto (:class:`cxlab.journey.PriorityChart`) and
    the damage Pareto (:class:`cxlab.damage.ParetoChart`) are built once per case and filter, then updated in
    place while a score, a problem rate or the outcome moves.

    Parameters
    ----------
    case : {'appliance', 'theme_park'}
    customers, value_per_customer : number, optional
        The damage scenario (default: the case's :data:`CASES` values).
    render : bool
        Draw the charts on every update (tests and the benchmark time the numbers alone with ``False``).

    Attributes
    ----------
    touchpoints, survey : DataFrame
        The current case's data after the filters and the what-if change.
    mot : cxlab.journey.MomentsOfTruth
    curve : cxlab.journey.EmotionCurve
    damage : DataFrame
        :func:`cxlab.journey.to_damage`'s table.
    error : str or None
        The message shown when the settings give no result (e.g. a filter leaves no surveyed touchpoint).
    map, priority, pareto : the three chart objects (after the first valid update).
    summary, message : ipywidgets.HTML
        The cards and the message line.
    widget : ipywidgets.VBox
    """

    picture = (1120, 550)
    layout = "above"

    #: How many touchpoints the two Pareto charts show.
    TOP = 5

    def __init__(self, case="appliance", customers=None, value_per_customer=None, render=True):
        from .. import _check, journey

        if case not in CASES:
            raise InputError(t("journey_course.error.case", value=case, accepted=", ".join(CASES)))
        self._journey = journey
        self._render_charts = _check.check_bool("render", render)
        self._customers = customers
        self._value = value_per_customer
        self._case = case
        self.mot = self.curve = self.damage = None
        self.touchpoints = self.survey = None
        super().__init__()
        self.summary, self.message = self.cards_box, self.message_box

    # -- the mechanism's hooks -----------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        wide = {"description_width": "150px"}      # "Touchpoint to change" on one line
        row = {"width": "372px"}
        self.case = w.Dropdown(options=[(t(f"journey_course.case.{c}"), c) for c in CASES], value=self._case,
                               description=t("journey_course.explorer.case"), style=wide, layout=row)
        self.persona = w.Dropdown(description=t("journey_course.explorer.persona"), style=wide, layout=row)
        self.outcome = w.Dropdown(description=t("journey_course.explorer.outcome"), style=wide, layout=row)
        self.mode = w.ToggleButtons(options=[(t("journey_course.explorer.all"), "all"),
                                             (t("journey.mode.online"), "online"),
                                             (t("journey.mode.offline"), "offline")], value="all",
                                    description=t("journey_course.explorer.channel"),
                                    style={"description_width": "120px", "button_width": "74px"})
        self.touchpoint = w.Dropdown(description=t("journey_course.explorer.touchpoint"), style=wide, layout=row)
        self.change = slider(w.FloatSlider, t("journey_course.explorer.change"), 0.0, -2.0, 2.0, 0.25, "+.2f",
                             width=365, label_width=120)
        self.problem_rate = slider(w.FloatSlider, t("journey_course.explorer.problem_rate"), 0.0, 0.0, 1.0, 0.01,
                                   ".0%", width=365, label_width=120)
        self.case.observe(self._on_case, names="value")
        self.touchpoint.observe(self._on_touchpoint, names="value")
        self._own_handlers = (self.case, self.touchpoint)
        self._load_case()
        column = {"margin": "0 6px 0 0"}
        # three columns of controls over the picture (the channel under case and persona): the whole explorer
        # fits 1600×900 with JupyterLab's side panel open
        return [w.VBox([self.case, self.persona, self.mode], layout=column),
                w.VBox([self.outcome, self.touchpoint], layout=column),
                w.VBox([self.change, self.problem_rate], layout=column)]

    def compute(self):
        """Filter, apply the what-if change and recompute (no drawing); raise InputError without a result.

        Each model step is computed again only when its own inputs changed (:meth:`_cached`): the filters
        (persona, channel) give the validated table; the moments of truth depend on the filtered table, the
        touchpoint, its score change and the outcome — not on the problem rate, which only the damage table
        reads; so a problem-rate move reuses them (their table's ``problem_rate`` column is brought up to date)."""
        journey = self._journey
        spec = CASES[self.case.value]
        persona, mode, selected = self.persona.value or None, self.mode.value, self.touchpoint.value
        change, rate, outcome = float(self.change.value), float(self.problem_rate.value), self.outcome.value
        try:
            base, survey = self._cached("filter", (self.case.value, persona, mode), lambda: self._filtered(persona, mode))
            what = (self.case.value, persona, mode, selected, change, rate)
            if selected in set(base["touchpoint"]):
                table, survey = self._cached("what_if", what, lambda: journey.what_if(
                    base, survey, selected, change, problem_rate=rate))
            else:
                table = base
            curve = self._cached("curve", what[:-1], lambda: journey.emotion_curve(table))
            mot = self._cached("mot", what[:-1] + (outcome,),
                               lambda: journey.moments_of_truth(table, survey, outcome))
            if "problem_rate" in table.columns and not mot.table["problem_rate"].equals(table["problem_rate"]):
                mot = dataclasses.replace(mot, table=mot.table.assign(problem_rate=table["problem_rate"].to_numpy()))
            damage = self._cached("damage", what, lambda: journey.to_damage(
                table, customers=self._customers or spec["customers"], value_per_customer=self._value or spec["value"]))
        except InputError:
            self.mot = self.curve = self.damage = None
            raise
        self.touchpoints, self.survey = table, survey
        self.curve, self.mot, self.damage = curve, mot, damage
        names = dict(zip(table["touchpoint"], journey.touchpoint_names(table)))
        return _State(table, mot, curve, damage, names)

    def _filtered(self, persona, mode):
        """The case's touchpoints and survey for one persona and channel, the table validated."""
        table, survey = self._base, self._survey
        if persona is not None:
            table = table[table["persona"] == persona].drop(columns="persona")
            if "persona" in survey.columns:
                survey = survey[survey["persona"] == persona]
        if mode != "all":
            table = table[table["mode"] == mode]
        if table.empty:
            raise InputError(t("journey_course.explorer.none_left"))
        return self._journey.touchpoints(table), survey

    #: Results kept per model step (the settings a trainer moves back and forth between).
    KEEP = 32

    def _cached(self, step, key, make):
        """``make()``'s result for the step's inputs ``key``: the last :attr:`KEEP` settings of each step are
        kept, so moving a slider back to a setting seen before computes nothing again."""
        cache = self.__dict__.setdefault("_steps", {}).setdefault(step, {})
        if key in cache:
            cache[key] = cache.pop(key)       # most recently used last
        else:
            cache[key] = make()
            while len(cache) > self.KEEP:
                cache.pop(next(iter(cache)))
        return cache[key]

    def update(self, change=None):
        """Recompute with the model and update the three charts in place (numbers only with ``render=False``);
        a setting without a result shows its message instead of cards and pictures."""
        if self._render_charts:
            return super().update(change)
        if self._holding:
            return
        try:
            state = self.compute()
        except InputError as error:
            self.state, self.error = None, str(error)
            self.message_box.value, self.cards_box.value = message_html(self.error), ""
            return
        self.state, self.error = state, None
        self.message_box.value, self.cards_box.value = "", cards_html(self.cards(state))

    def structure_key(self, state):
        return tuple(state.touchpoints["touchpoint"]), len(state.ranking.head(self.TOP)), len(state.damage.head(self.TOP))

    def build(self, figure, state):
        from .. import damage

        journey = self._journey
        grid = figure.add_gridspec(2, 2, height_ratios=[1.25, 1])
        self.axes = [figure.add_subplot(grid[0, :]), figure.add_subplot(grid[1, 0]), figure.add_subplot(grid[1, 1])]
        self.map = journey.JourneyMapChart(self.axes[0], state.touchpoints, state.mot, compact=True)
        self.priority = journey.PriorityChart(self.axes[1], state.mot, top=self.TOP, compact=True)
        self.pareto = damage.ParetoChart(self.axes[2], state.shown_damage(self.TOP), compact=True)
        for ax in figure.axes:        # long value-axis names in a small panel
            ax.yaxis.label.set_fontsize("small")

    def draw(self, state):
        self.map.update(state.touchpoints, state.mot)
        self.priority.update(state.mot)
        self.pareto.update(state.shown_damage(self.TOP))

    def animated(self):
        return self.map.artists() + self.priority.artists() + self.pareto.artists()

    def static_key(self, state):
        # the Paretos' names and value limits (the limits move in steps): the axes are drawn again with the
        # background only when one of them changes
        return self.priority.key, self.pareto.key

    def layout_key(self, state):
        # the Pareto names change with the ranking: more lines under a bar need more room below the charts; the
        # layout is worked out again when they need more lines than ever before in this figure, never for fewer
        lines = max(tick.get_text().count("\n") for ax in (self.axes[1], self.axes[2])
                    for tick in ax.get_xticklabels())
        self._lines = max(lines, getattr(self, "_lines", 0)) if not self._rebuilt() else lines
        return self._lines

    def _rebuilt(self):
        """True once after each build (a new figure starts its own layout)."""
        built, self._built_axes = getattr(self, "_built_axes", None) is not self.axes[0], self.axes[0]
        return built

    def cards(self, state):
        ranking = state.ranking
        names = state.names
        first = ranking.iloc[0]
        selected = state.mot.table.set_index("touchpoint")
        items = [(t("journey_course.explorer.peak_end"), f"{state.curve.peak_end:+.1f}"),
                 (t("journey_course.explorer.first"), names[first["touchpoint"]]),
                 (t("journey_course.explorer.revenue"), thousands(state.damage["revenue_at_risk"].sum()))]
        if self.touchpoint.value in selected.index and selected.loc[self.touchpoint.value, "surveyed"]:
            rank = selected.loc[self.touchpoint.value, "rank"]
            items.append((t("journey_course.explorer.rank", name=names[self.touchpoint.value]),
                          f"{int(rank)} / {len(ranking)}"))
        return items

    # -- callbacks ------------------------------------------------------------------------------------------
    def _load_case(self):
        from .. import datasets

        spec = CASES[self.case.value]
        self._base = self._journey.touchpoints(datasets.load(spec["journey"]))
        self._survey = datasets.load(spec["survey"])
        personas = list(dict.fromkeys(self._base["persona"])) if "persona" in self._base.columns else []
        self.persona.options = [(t(f"journey_course.persona.{p}"), p) for p in personas] or \
            [(t("journey_course.explorer.everyone"), "")]     # "" (not None): the dropdown shows "everyone"
        self.persona.value = personas[0] if personas else ""
        self.persona.disabled = not personas
        self.outcome.options = [(t(f"journey_course.outcome.{o}"), o) for o in spec["outcomes"]]
        self.outcome.value = spec["outcomes"][0]
        surveyed = [tp for tp in dict.fromkeys(self._base["touchpoint"]) if tp in self._survey.columns]
        names = dict(zip(self._base["touchpoint"], self._journey.touchpoint_names(self._base)))
        self._loading = True
        try:
            self.touchpoint.options = [(names[tp], tp) for tp in surveyed]
            self.touchpoint.value = surveyed[0]
        finally:
            self._loading = False
        self.change.value = 0.0
        self._set_problem_rate()

    def _on_case(self, change=None):
        """Load a case's data and controls, then update once."""
        with self.hold():
            self._load_case()

    def _set_problem_rate(self):
        rows = self._base[self._base["touchpoint"] == self.touchpoint.value]
        self.problem_rate.value = float(rows["problem_rate"].iloc[0])

    def _on_touchpoint(self, change=None):
        """Another touchpoint starts from its own data (no change, its problem rate), then one update."""
        if getattr(self, "_loading", False):
            return
        with self.hold():
            self.change.value = 0.0
            self._set_problem_rate()


class _State:
    """One result of the explorer: the filtered, changed touchpoints and the three model results."""

    def __init__(self, touchpoints, mot, curve, damage, names):
        self.touchpoints, self.mot, self.curve, self.damage, self.names = touchpoints, mot, curve, damage, names
        self.ranking = mot.ranking()

    def shown_damage(self, top):
        return self.damage.head(top).assign(touchpoint=lambda d: d["touchpoint"].map(self.names))


# ---------------------------------------------------------------------------------------------------------------
# The builder
# ---------------------------------------------------------------------------------------------------------------

def workspace_folder(start=None) -> Path:
    """Where the builder saves: ``journeys/`` next to the notebook when it runs in a ``cxlab practice``
    workspace (the folder holds ``.cxlab-practice.json``), else ``cxlab-workspace/journeys/`` under it."""
    from ..cli import MANIFEST

    here = Path(start or os.getcwd())
    return here / "journeys" if (here / MANIFEST).exists() else here / "cxlab-workspace" / "journeys"


def _atomic_write(path: Path, data: bytes) -> None:
    """Write through the kit's atomic writer (:func:`cxlab.files.write_bytes`), creating the folder."""
    from ..files import write_bytes

    write_bytes(path, data, mkdir=True)


class JourneyBuilder:
    """A form to build a group's own journey map in the notebook.

    Parameters
    ----------
    start : DataFrame, optional
        The journey to start from (default: the kit's template, one example row per stage).
    folder : str or Path, optional
        Where to save and load (default :func:`workspace_folder`).
    name : str
        The file name offered.
    render : bool
        Draw the map on every change.

    Attributes
    ----------
    table : DataFrame
        The journey so far (validated, :func:`cxlab.journey.touchpoints`).
    message : ipywidgets.HTML
        What the last action said (saved, kept, an error).
    """

    def __init__(self, start=None, folder=None, name="my_journey.csv", render=True):
        import ipywidgets as w

        from .. import journey

        self._journey = journey
        self._render_charts = bool(render)
        base = journey.template() if start is None else start
        self.table = journey.read_journey(base) if start is None else journey.touchpoints(base)
        self.folder = Path(folder) if folder is not None else workspace_folder()

        self.rows = w.Select(description=t("journey_course.builder.rows"), style=_WIDE,
                             layout={"width": "430px", "height": "190px"})
        self.stage = w.Dropdown(options=[(journey.stage_name(s), s) for s in journey.STAGES],
                                description=t("journey.template.column.stage"), style=_WIDE, layout=_ROW)
        self.name = w.Text(description=t("journey.template.column.touchpoint"), style=_WIDE, layout=_ROW)
        self.channel = w.Dropdown(options=[("—", None)] + [(journey.channel_name(c), c) for c in journey.CHANNELS],
                                  description=t("journey.template.column.channel"), style=_WIDE, layout=_ROW)
        self.owner = w.Text(description=t("journey.template.column.owner"), style=_WIDE, layout=_ROW)
        self.reach = w.FloatSlider(value=1.0, min=0, max=1, step=0.05, readout_format=".0%",
                                   description=t("journey.template.column.reach"), style=_WIDE, layout=_ROW)
        self.emotion = w.FloatSlider(value=0.0, min=-5, max=5, step=0.5, readout_format="+.1f",
                                     description=t("journey.template.column.emotion"), style=_WIDE, layout=_ROW)
        self.verbatim = w.Text(description=t("journey.template.column.verbatim"), style=_WIDE, layout=_ROW)
        self.add_button = w.Button(description=t("journey_course.builder.add"), button_style="primary")
        self.delete_button = w.Button(description=t("journey_course.builder.delete"))
        self.file = w.Text(value=name, description=t("journey_course.builder.file"), style=_WIDE, layout=_ROW)
        self.overwrite = w.Checkbox(value=False, description=t("journey_course.builder.overwrite"), indent=False)
        self.save_button = w.Button(description=t("journey_course.builder.save"), button_style="success")
        self.load_button = w.Button(description=t("journey_course.builder.load"))
        self.message = w.HTML()
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%", height="auto"))
        self.figure = _figure((14, 6.8))
        self.ax = self.figure.add_subplot()
        form = w.VBox([self.stage, self.name, self.channel, self.owner, self.reach, self.emotion, self.verbatim,
                       w.HBox([self.add_button, self.delete_button])])
        files = w.VBox([w.HTML(f"<b>{t('journey_course.builder.folder', folder=self.folder)}</b>"), self.file,
                        self.overwrite, w.HBox([self.save_button, self.load_button])])
        self.widget = w.VBox([w.HBox([w.VBox([self.rows, files]), form]), self.message, self.image])

        self.rows.observe(self._on_row, names="value")
        self.add_button.on_click(self.add)
        self.delete_button.on_click(self.delete)
        self.save_button.on_click(self.save)
        self.load_button.on_click(self.load)
        self._refresh()

    # -- helpers ----------------------------------------------------------------------------------------------
    def _names(self):
        return self._journey.touchpoint_names(self.table)

    def _refresh(self, select=None):
        names = self._names()
        self.rows.options = [(f"{self._journey.stage_name(s)} · {n}", i)
                             for i, (s, n) in enumerate(zip(self.table["stage"], names))]
        if select is not None:
            self.rows.value = select
        self.redraw()

    def redraw(self):
        """Draw the map of the journey so far (a journey without emotions gets a message instead)."""
        if not self._render_charts:
            return
        self.ax.clear()
        try:
            self._journey.plot_journey_map(self.table, ax=self.ax)
        except InputError as error:
            self.message.value = message_html(str(error), "note")
            return
        self.image.value = _png(self.figure)

    def _on_row(self, change=None):
        i = self.rows.value
        if i is None or i >= len(self.table):
            return
        row = self.table.iloc[i]
        self.stage.value = row["stage"]
        self.name.value = self._names()[i]
        self.channel.value = row.get("channel") if isinstance(row.get("channel"), str) else None
        self.owner.value = row["owner"] if isinstance(row.get("owner"), str) else ""
        self.reach.value = float(row["reach"])
        emotion = row.get("emotion")
        self.emotion.value = float(emotion) if emotion == emotion and emotion is not None else 0.0
        verbatims = self._journey._verbatims(self.table.iloc[[i]])
        self.verbatim.value = verbatims[0] or ""

    def form_row(self) -> dict:
        """The touchpoint the form describes, as a row of the table."""
        lang_name = f"name_{cxlab_lang()}"
        return {"stage": self.stage.value, "touchpoint": self.name.value.strip(), lang_name: self.name.value.strip(),
                "channel": self.channel.value, "owner": self.owner.value.strip() or None,
                "reach": float(self.reach.value), "emotion": float(self.emotion.value),
                f"verbatim_{cxlab_lang()}": self.verbatim.value.strip() or None}

    # -- actions ----------------------------------------------------------------------------------------------
    def add(self, button=None):
        """Add the form's touchpoint, or change it when a touchpoint of that name exists."""
        row = self.form_row()
        names = self._names()
        if row["touchpoint"] in names:
            i = names.index(row["touchpoint"])
            frame = self.table.copy()
            for key, value in row.items():
                if key not in frame.columns:
                    frame[key] = None
                frame.at[i, key] = value
            key = "journey_course.builder.changed"
        else:
            frame = pd.concat([self.table, pd.DataFrame([row])], ignore_index=True)
            key = "journey_course.builder.added"
        try:
            frame = frame.drop(columns=["position", "mode"], errors="ignore")
            if "order" in frame.columns:
                frame["order"] = frame["order"].fillna(frame["order"].max() + 1 if frame["order"].notna().any()
                                                       else 1)
            table = self._journey.touchpoints(frame)
        except InputError as error:
            self.message.value = message_html(str(error))
            return False
        self.table = table
        self.message.value = message_html(t(key, name=row["touchpoint"]), "note")
        self._refresh(select=self._names().index(row["touchpoint"]))
        return True

    def delete(self, button=None):
        """Delete the touchpoint selected in the list (the last one cannot go: a map needs a touchpoint)."""
        i = self.rows.value
        if i is None:
            self.message.value = message_html(t("journey_course.builder.pick"))
            return False
        if len(self.table) == 1:
            self.message.value = message_html(t("journey_course.builder.last"))
            return False
        name = self._names()[i]
        self.table = self._journey.touchpoints(self.table.drop(index=i).drop(columns=["position", "mode"],
                                                                            errors="ignore"))
        self.message.value = message_html(t("journey_course.builder.deleted", name=name), "note")
        self._refresh()
        return True

    def path(self) -> Path:
        """The file the save and load buttons use (a .csv in the folder)."""
        name = self.file.value.strip()
        if not name or Path(name).name != name or name.startswith("."):
            raise InputError(t("journey_course.builder.bad_name", value=name))
        if not name.lower().endswith(".csv"):
            name += ".csv"
        return self.folder / name

    def save(self, button=None):
        """Save the journey as CSV (UTF-8 with BOM, template layout). An existing file is replaced only when the
        overwrite box is ticked, and then its old content is kept as ``name.bak-YYYYmmdd-HHMMSS.csv``."""
        from ..files import backup_name

        try:
            path = self.path()
        except InputError as error:
            self.message.value = message_html(str(error))
            return None
        data = self._journey.as_template(self.table).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
        backup = None
        if path.exists():
            if path.read_bytes() == data:
                self.message.value = message_html(t("journey_course.builder.same", file=path.name), "note")
                return path
            if not self.overwrite.value:
                self.message.value = message_html(t("journey_course.builder.exists", file=path.name))
                return None
            backup = backup_name(path)
            _atomic_write(backup, path.read_bytes())
        try:
            _atomic_write(path, data)
        except OSError as error:
            self.message.value = message_html(t("journey_course.builder.write_failed", file=path, error=error))
            return None
        self.overwrite.value = False     # asking once covers one save
        key = "journey_course.builder.replaced" if backup else "journey_course.builder.saved"
        self.message.value = message_html(t(key, file=path, backup=backup.name if backup else ""), "note")
        return path

    def load(self, button=None):
        """Load the file named in the form (e.g. a journey saved earlier, or the template a group filled in)."""
        try:
            path = self.path()
            if not path.exists():
                raise InputError(t("journey_course.builder.missing", file=path))
            self.table = self._journey.read_journey(path)
        except InputError as error:
            self.message.value = message_html(str(error))
            return False
        self.message.value = message_html(t("journey_course.builder.loaded", file=path.name, n=len(self.table)),
                                          "note")
        self._refresh()
        return True

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)


def cxlab_lang() -> str:
    from ..i18n import get_language

    return get_language()
