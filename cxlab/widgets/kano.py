"""KANO explorer: pick features, move the tie threshold and the quadrant split, add "what if" answers, and watch
the better-worse grid, the category bars and the result table change.

No formulas here: every number comes from :func:`cxlab.kano.classify`, every chart from ``kano.plot_*``, every
label from the catalog (``kano_course.widget.*`` and ``kano.*``). Feature names shown in the current language
come from a feature table (data, not catalog), by default the course's ``kano_hotel_app_features``.

Examples
--------
>>> from cxlab import datasets
>>> from cxlab.widgets.kano import KanoExplorer
>>> explorer = KanoExplorer(datasets.load("kano_hotel_app"))          # doctest: +SKIP
>>> explorer.widget                                                     # doctest: +SKIP
"""
from __future__ import annotations

import html

import pandas as pd

from ..i18n import get_language, t
from .base import Explorer, frame_html, slider

__all__ = ["feature_names", "table", "feature_line", "KanoExplorer"]


def _error(key, **fmt):
    from .. import InputError

    return InputError(t(f"kano_course.error.{key}", **fmt))


def feature_names(features=None, lang: str | None = None) -> dict:
    """``{feature id: display name}`` in the current language (or ``lang``).

    Parameters
    ----------
    features : DataFrame, dict or None
        A feature table with columns ``feature`` and ``name_<lang>`` (like ``kano_hotel_app_features``), or a
        ready ``{id: name}`` mapping, or None for the course's ``kano_hotel_app_features``.

    Examples
    --------
    >>> feature_names(lang="en")["wifi"]
    'Reliable Wi-Fi'
    >>> feature_names(lang="zh")["mobile_key"]
    '手机开门'
    """
    lang = lang or get_language()
    if features is None:
        from .. import datasets

        features = datasets.load("kano_hotel_app_features")
    if isinstance(features, dict):
        return {k: str(v) for k, v in features.items()}
    if isinstance(features, pd.Series):
        return {k: str(v) for k, v in features.items()}
    column = f"name_{lang}"
    if not isinstance(features, pd.DataFrame) or "feature" not in features.columns or column not in features.columns:
        found = ", ".join(map(str, features.columns)) if isinstance(features, pd.DataFrame) else type(features).__name__
        raise _error("features_table", column=column, found=found)
    return dict(zip(features["feature"], features[column].astype(str)))


def table(frame: pd.DataFrame, features=None, columns=None, digits: int = 2) -> pd.DataFrame:
    """A copy of a kano result (``classify``, ``continuous``, ``clean(...).dropped``) labelled for people:
    feature names and column headers in the current language, category letters as names, numbers rounded.

    Parameters
    ----------
    frame : DataFrame
        A table from :mod:`cxlab.kano`; its index (or ``feature`` column) holds feature ids.
    features : DataFrame or dict, optional
        Feature names (see :func:`feature_names`).
    columns : list of str, optional
        Only these columns, in this order.
    digits : int
        Decimals of float columns.

    Examples
    --------
    >>> import cxlab, pandas as pd
    >>> from cxlab import kano
    >>> _ = cxlab.set_language("en")
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": "wifi", "functional": [2, 1],
    ...                         "dysfunctional": [5, 5]})
    >>> table(kano.classify(answers), columns=["category", "better"], features={"wifi": "Wi-Fi"}).to_dict()
    {'Category': {'Wi-Fi': 'Must-be'}, 'Better (satisfaction if present)': {'Wi-Fi': 0.5}}
    """
    from .. import kano
    from ..i18n import has

    if not isinstance(frame, pd.DataFrame):
        raise _error("not_a_table", got=type(frame).__name__)
    out = frame.copy()
    if columns is not None:
        missing = [c for c in columns if c not in out.columns]
        if missing:
            raise _error("unknown_column", value=", ".join(map(str, missing)),
                         accepted=", ".join(map(str, out.columns)))
        out = out[list(columns)]
    names = feature_names(features)
    if "category" in out.columns:
        out["category"] = [kano.category_name(c) for c in out["category"]]
    if "reason" in out.columns:
        out["reason"] = [t(f"kano.clean.reason.{r}") if has(f"kano.clean.reason.{r}") else r for r in out["reason"]]
    for column in out.columns:
        if pd.api.types.is_bool_dtype(out[column]):
            out[column] = [t("kano_course.yes") if v else t("kano_course.no") for v in out[column]]
        elif pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(digits)
    if "feature" in out.columns:
        out["feature"] = [names.get(f, f) for f in out["feature"]]
    if out.index.name == "feature":
        out.index = pd.Index([names.get(f, f) for f in out.index], name="feature")

    def label(column):
        for key in (f"kano.column.{column}", f"kano_course.column.{column}", f"kano.category.{column}"):
            if has(key):
                return t(key)
        return column

    out = out.rename(columns={c: label(c) for c in out.columns})
    if out.index.name is not None:
        out.index.name = label(out.index.name)
    return out


def feature_line(result: pd.DataFrame, feature: str, features=None) -> str:
    """One sentence on a feature of a ``classify`` result: name, category, Better and Worse (2 decimals).

    Examples
    --------
    >>> import cxlab, pandas as pd
    >>> from cxlab import kano
    >>> _ = cxlab.set_language("en")
    >>> answers = pd.DataFrame({"respondent": [1, 2], "feature": "wifi", "functional": [2, 1],
    ...                         "dysfunctional": [5, 5]})
    >>> feature_line(kano.classify(answers), "wifi")
    'Reliable Wi-Fi: Must-be, Better = 0.50, Worse = -1.00'
    """
    from .. import kano

    if feature not in result.index:
        raise _error("unknown_feature", value=feature, accepted=", ".join(map(str, result.index)))
    row = result.loc[feature]
    return t("kano_course.feature_line", name=feature_names(features).get(feature, feature),
             category=kano.category_name(row["category"]), better=float(row["better"]), worse=float(row["worse"]))


class KanoExplorer(Explorer):
    """The live KANO explorer (on the shared mechanism of :mod:`cxlab.widgets.base`).

    Parameters
    ----------
    answers : DataFrame
        The long answer frame of :func:`cxlab.kano.classify` (``respondent, feature, functional, dysfunctional``,
        optionally ``importance``), e.g. the cleaned answers of ``kano_hotel_app``.
    features : DataFrame or dict, optional
        Feature names (see :func:`feature_names`); ids without a name are shown as they are.

    Attributes
    ----------
    features, tie_threshold, split : the analysis controls (multi-select, slider 0-0.15, toggle fixed/mean).
    what_feature, what_functional, what_dysfunctional, what_count, add_button, reset_button :
        the "what if" row: add ``what_count`` answer pairs to one feature, or remove all added answers.
    result : DataFrame or None
        The last :func:`cxlab.kano.classify` result (index = feature ids); None when no feature is selected.
    extra : DataFrame
        The "what if" answers added so far (concatenated to ``answers`` before classify).
    figure, axes, grid, bars :
        One figure (better-worse grid, category bars), built once; ``grid`` (:class:`cxlab.kano.BetterWorseChart`)
        and ``bars`` (:class:`cxlab.kano.CategoriesChart`) are updated in place on every change.
    image, table, status : the picture, the result table, the what-if status line.
    widget : ipywidgets.VBox
        The box to display.
    """

    picture = (1120, 520)
    layout = "above"

    def __init__(self, answers: pd.DataFrame, features=None):
        from .. import kano

        self._kano = kano
        kano.classify(answers)  # bad input fails here, with the model's message
        self.answers = answers.reset_index(drop=True)
        ids = list(dict.fromkeys(self.answers["feature"]))
        names = feature_names(features)
        self.names = {f: names.get(f, str(f)) for f in ids}
        self._ids = ids
        self.extra = self.answers.iloc[0:0].copy()
        self._added = 0
        self.result = None
        super().__init__()
        self.table = self.table_box

    # -- the mechanism's hooks -----------------------------------------------------------------------------
    def controls(self):
        import ipywidgets as w

        kano, ids = self._kano, self._ids
        options = [(self.names[f], f) for f in ids]
        self.features = w.SelectMultiple(options=options, value=tuple(ids), rows=8,
                                         description=t("kano_course.widget.features"),
                                         style={"description_width": "initial"}, layout=w.Layout(width="290px"))
        self.tie_threshold = slider(w.FloatSlider, t("kano_course.widget.tie_threshold"), 0.0, 0.0, 0.15, 0.01,
                                    ".2f", width=370, label_width=130)
        self.tie_note = w.HTML(f'<div style="color:#555;font-size:0.9em;line-height:1.25">'
                               f'{html.escape(t("kano_course.widget.tie_note"))}</div>',
                               layout=w.Layout(width="370px"))
        self.tie_changes = w.HTML(layout=w.Layout(width="370px"))
        self.split = w.ToggleButtons(options=[(t("kano_course.widget.split_fixed"), "fixed"),
                                              (t("kano_course.widget.split_mean"), "mean")],
                                     value="fixed", description=t("kano_course.widget.split"),
                                     style={"description_width": "130px", "button_width": "110px"})
        answer_options = [(f"{c} {kano.answer_name(c)}", c) for c in kano.ANSWERS]
        row = {"description_width": "150px"}
        self.what_feature = w.Dropdown(options=options, value=ids[0], description=t("kano_course.widget.what_feature"),
                                       style=row, layout=w.Layout(width="400px"))
        self.what_functional = w.Dropdown(options=answer_options, value=1, style=row, layout=w.Layout(width="400px"),
                                          description=t("kano_course.widget.what_functional"))
        self.what_dysfunctional = w.Dropdown(options=answer_options, value=3, style=row,
                                             layout=w.Layout(width="400px"),
                                             description=t("kano_course.widget.what_dysfunctional"))
        self.what_count = w.BoundedIntText(value=20, min=1, max=1000, step=1, style=row,
                                           description=t("kano_course.widget.what_count"),
                                           layout=w.Layout(width="230px"))
        self.add_button = w.Button(description=t("kano_course.widget.add"), button_style="primary", icon="plus",
                                   layout=w.Layout(width="auto"))
        self.reset_button = w.Button(description=t("kano_course.widget.reset"), icon="undo",
                                     layout=w.Layout(width="auto"))
        self.status = w.HTML()
        self.add_button.on_click(self.add)
        self.reset_button.on_click(self.reset)
        # the what-if inputs only take effect through the buttons
        self._own_handlers = (self.what_feature, self.what_functional, self.what_dysfunctional, self.what_count)
        what_if = w.VBox([
            w.HTML(f"<b>{html.escape(t('kano_course.widget.what_if'))}</b>"),
            self.what_feature, self.what_functional, self.what_dysfunctional,
            w.HBox([self.what_count, self.add_button, self.reset_button]), self.status,
        ], layout=w.Layout(margin="0 0 0 12px"))
        return [self.features, w.VBox([self.tie_threshold, self.tie_note, self.tie_changes, self.split]), what_if]

    def compute(self):
        from .. import InputError

        kano = self._kano
        self.status.value = html.escape(t("kano_course.widget.extra_rows", count=len(self.extra)))
        selected = list(self.features.value)
        if not selected:
            self.result = None
            raise InputError(t("kano_course.widget.nothing_selected"))
        frame = self.answers if self.extra.empty else pd.concat([self.answers, self.extra], ignore_index=True)
        frame = frame[frame["feature"].isin(selected)]
        self.result = kano.classify(frame, tie_threshold=float(self.tie_threshold.value))
        self.tie_changes.value = self._tie_changes(frame)
        return self.result

    def _tie_changes(self, frame) -> str:
        """Which features the threshold moved to another category (against exact ties only), in words."""
        kano = self._kano
        if float(self.tie_threshold.value) == 0:
            return ""
        exact = kano.classify(frame)["category"]
        moved = [f"{self.names[f]}: {kano.category_name(exact[f])} → {kano.category_name(c)}"
                 for f, c in self.result["category"].items() if c != exact[f]]
        text = (t("kano_course.widget.tie_changed", changes="; ".join(moved)) if moved
                else t("kano_course.widget.tie_unchanged"))
        return f'<div style="font-size:0.95em;line-height:1.25"><b>{html.escape(text)}</b></div>'

    def build(self, figure, state):
        kano = self._kano
        # the grid gets the room its labels need (the category legend goes under the bars, in rows)
        self.axes = figure.subplots(1, 2, width_ratios=[1.75, 1])
        shown = state.rename(index=self.names)
        self.grid = kano.BetterWorseChart(self.axes[0], shown, split=self.split.value, legend=False)
        self.bars = kano.CategoriesChart(self.axes[1], shown, capacity=len(self._ids), legend=False)
        self.axes[1].legend(handles=self.bars.handles, frameon=False, loc="upper center", ncol=3,
                            bbox_to_anchor=(0.5, -0.13), fontsize="small", handlelength=1.0, columnspacing=0.8)
        from ..plotting import wrap

        self.axes[1].set_title(wrap(self.axes[1].get_title(), 44))      # a long title over a narrow panel

    def draw(self, state):
        shown = state.rename(index=self.names)
        self.grid.update(shown, split=self.split.value)
        self.bars.update(shown)

    def animated(self):
        return self.grid.artists() + self.bars.artists()

    def static_key(self, state):
        return self.bars.key

    def layout_key(self, state):
        return self.bars.key[0]

    def table_html(self, state) -> str:
        return frame_html(self.summary(), {t("kano.column.better"): ".2f", t("kano.column.worse"): ".2f"})

    # -- callbacks -------------------------------------------------------------------------------------------
    def add(self, button=None):
        """Add ``what_count`` answers (``what_functional``, ``what_dysfunctional``) to ``what_feature``."""
        count = int(self.what_count.value)
        start = self._added + 1
        rows = pd.DataFrame({
            "respondent": [f"whatif-{k:04d}" for k in range(start, start + count)],
            "feature": self.what_feature.value,
            "functional": int(self.what_functional.value),
            "dysfunctional": int(self.what_dysfunctional.value),
        })
        self._added += count
        self.extra = rows if self.extra.empty else pd.concat([self.extra, rows], ignore_index=True)
        self.update()

    def reset(self, button=None):
        """Remove every "what if" answer."""
        self.extra = self.answers.iloc[0:0].copy()
        self._added = 0
        self.update()

    def update(self, change=None):
        """Recompute with :func:`cxlab.kano.classify` and update the grid, the bars and the table in place.

        A change of the split rule only moves the grid's quadrant lines: the classification is kept.
        """
        if change is not None and change.get("owner") is getattr(self, "split", None) and self.result is not None \
                and self.state is not None:
            self.grid.update(self.state.rename(index=self.names), split=self.split.value)
            self.render()
            return
        super().update(change)

    # -- output ---------------------------------------------------------------------------------------------
    def summary(self) -> pd.DataFrame:
        """The result table as shown: feature name, category name, answers, better, worse (labels translated)."""
        if self.result is None:
            return pd.DataFrame()
        kano = self._kano
        shown = self.result.rename(index=self.names)
        return pd.DataFrame({
            t("kano.column.category"): [kano.category_name(c) for c in shown["category"]],
            t("kano.column.n"): shown["n"].to_numpy(),
            t("kano.column.better"): shown["better"].round(2).to_numpy(),
            t("kano.column.worse"): shown["worse"].round(2).to_numpy(),
        }, index=pd.Index(shown.index, name=t("kano.column.feature")))
