"""The capstone case: Yuejia Home Appliances (悦家电器) followed through every module, ending in a one-page plan.

This room computes nothing of its own. It loads the case's frames (:func:`load`) and hands each to the module
that owns the model, then lays the modules' own results side by side (:func:`plan`):

==========  ============================================================================================
step        the module's own function(s)
==========  ============================================================================================
pyramid     :func:`cxlab.pyramid.measures_from` on the order log → :func:`cxlab.pyramid.assess`;
            :func:`cxlab.pyramid.from_kano`, :func:`cxlab.pyramid.from_servqual` place the other results
kano        :func:`cxlab.kano.classify` (Berger et al. 1993; Timko's Better/Worse)
servqual    :func:`cxlab.servqual.gaps` (Parasuraman, Zeithaml & Berry 1988)
journey     :func:`cxlab.journey.emotion_curve` (peak–end), :func:`cxlab.journey.moments_of_truth`
            (Johnson's relative weights, IPA)
damage      :func:`cxlab.journey.to_damage` → :func:`cxlab.damage.touchpoint_damage`;
            :func:`cxlab.damage.rate_by_group` (first-visit fix before / in the pilot)
returns     :func:`cxlab.returns.experience_return` (cash flows, NPV, ROI, payback)
value       :func:`cxlab.value.nps`, :func:`cxlab.value.compare_nps` (Rocks 2016), :func:`cxlab.value.csat`
==========  ============================================================================================

The worst pain point is the pain point ranked first by :func:`cxlab.journey.moments_of_truth` (priority =
importance × gap × reach); the must-be need that fails there is the must-be feature of that touchpoint in the KANO
feature table with the largest \\|Worse\\|. Everything a sentence of the plan says is one of these results,
formatted by a catalog template (``capstone.finding.*``) in the current language.

Examples
--------
>>> from cxlab import capstone
>>> p = capstone.plan()
>>> p.worst, p.must_be, p.servqual.ranking()[0]
('technician_visit', 'first_visit_fix', 'reliability')
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from . import _check, damage, datasets, journey, kano, pyramid, returns, servqual, value
from .i18n import get_language, t

__all__ = ["DATASETS", "PARAMETERS", "STEPS", "WAVES", "Case", "load", "from_frames", "Plan", "plan", "plot_plan"]

#: The case's datasets (``data/<name>.csv``, documented as ``datasets.<name>.*``).
DATASETS = ("capstone_customers", "capstone_orders", "capstone_kano", "capstone_kano_features",
            "capstone_servqual", "capstone_touchpoints", "capstone_journey_survey", "capstone_feedback",
            "capstone_parameters")

#: The business-case figures and the values each accepts (low, high, whole number).
PARAMETERS = {
    "customers": (0, None, False), "value_per_customer": (0, None, False), "investment": (0, None, False),
    "running_cost": (0, None, False), "margin": (0, None, False), "retention": (0, 1, False),
    "discount": (0, None, False), "retention_uplift": (-1, 1, False), "horizon": (1, 50, True),
}

#: The steps of the plan, in the course's order (display names ``capstone.step.<step>.name``).
STEPS = ("pyramid", "kano", "servqual", "journey", "damage", "returns", "value")

#: The two waves of the NPS/CSAT survey.
WAVES = ("before", "pilot")


@dataclass
class Case:
    """The frames of the case, shaped as the modules take them.

    Attributes
    ----------
    customers, orders : DataFrame
        The customer list and the order log (``customer_id`` the one id everywhere).
    kano : DataFrame
        KANO answers with the customer id as ``respondent`` (the shape :func:`cxlab.kano.classify` takes).
    features : DataFrame
        Feature id, names, the touchpoint each belongs to.
    servqual : DataFrame
        SERVQUAL answers with the customer id as ``respondent`` (:func:`cxlab.servqual.gaps`).
    touchpoints : DataFrame
        The journey, validated by :func:`cxlab.journey.touchpoints`.
    survey : DataFrame
        The journey survey (one score column per surveyed touchpoint, ``overall``, ``recommend``).
    feedback : DataFrame
        The NPS/CSAT survey, waves ``before`` and ``pilot``.
    parameters : dict
        The business-case figures (:data:`PARAMETERS`).
    """

    customers: pd.DataFrame
    orders: pd.DataFrame
    kano: pd.DataFrame
    features: pd.DataFrame
    servqual: pd.DataFrame
    touchpoints: pd.DataFrame
    survey: pd.DataFrame
    feedback: pd.DataFrame
    parameters: dict

    def feature_names(self, lang: str | None = None) -> dict:
        """``{feature id: name}`` in ``lang`` (default the current language)."""
        lang = _lang(lang)
        return dict(zip(self.features["feature"], self.features[f"name_{lang}"]))

    def touchpoint_names(self, lang: str | None = None) -> dict:
        """``{touchpoint id: name}`` in ``lang`` (default the current language)."""
        return dict(zip(self.touchpoints["touchpoint"], journey.touchpoint_names(self.touchpoints, _lang(lang))))

    def story(self) -> str:
        """The case in a few sentences with its sizes (how many customers, respondents, touchpoints, features)."""
        waves = self.feedback["wave"].value_counts()
        return t("capstone.story", company=t("capstone.company"), customers=f"{len(self.customers):,}",
                 orders=f"{len(self.orders):,}", touchpoints=len(self.touchpoints),
                 kano=f"{self.kano['respondent'].nunique():,}", features=len(self.features),
                 servqual=f"{self.servqual['respondent'].nunique():,}", survey=f"{len(self.survey):,}",
                 pilot=f"{int(waves.get('pilot', 0)):,}")

    def parameter_table(self, parameters: dict | None = None) -> pd.DataFrame:
        """The business-case figures labelled for people (``parameters`` default the case's own)."""
        given = self.parameters if parameters is None else _check.check_mapping(
            "parameters", parameters, keys=PARAMETERS, required=PARAMETERS, numbers=True)
        return pd.DataFrame({t("capstone.column.parameter"): [t(f"capstone.param.{p}") for p in PARAMETERS],
                             t("capstone.column.value"): [f"{given[p]:,.10g}" for p in PARAMETERS]})


def _lang(lang):
    return get_language() if lang is None else _check.check_choice("lang", lang, ("zh", "en"))


def load() -> Case:
    """The case's frames from the bundled datasets (``data/capstone_*.csv``).

    Returns
    -------
    Case

    Examples
    --------
    >>> case = load()
    >>> set(case.kano["respondent"]) <= set(case.customers["customer_id"])
    True
    """
    return from_frames({name: datasets.load(name) for name in DATASETS})


def from_frames(frames: dict) -> Case:
    """A :class:`Case` from frames shaped like the case's datasets (a handout variant's re-drawn data).

    Parameters
    ----------
    frames : dict
        ``{dataset name: DataFrame}`` for every name of :data:`DATASETS`.

    Returns
    -------
    Case

    Raises
    ------
    cxlab.InputError
        A dataset missing or not a table, a business-case figure outside its range.
    """
    frames = _check.check_mapping("frames", frames, required=DATASETS)
    for name in DATASETS:
        _check.check_frame(name, frames[name])
    params = _check.check_frame("capstone_parameters", frames["capstone_parameters"], columns=("parameter", "value"))
    parameters = {p: _check.check_number(f"capstone_parameters[{p!r}]", float(v), low=PARAMETERS[p][0],
                                         high=PARAMETERS[p][1], integer=PARAMETERS[p][2])
                  for p, v in zip(params["parameter"], params["value"]) if p in PARAMETERS}
    missing = [p for p in PARAMETERS if p not in parameters]
    if missing:
        raise _check.invalid("capstone_parameters", ", ".join(parameters) or "-", ", ".join(PARAMETERS))
    return Case(
        customers=frames["capstone_customers"], orders=frames["capstone_orders"],
        kano=frames["capstone_kano"].rename(columns={"customer_id": "respondent"}),
        features=frames["capstone_kano_features"],
        servqual=frames["capstone_servqual"].rename(columns={"customer_id": "respondent"}),
        touchpoints=journey.touchpoints(frames["capstone_touchpoints"]),
        survey=frames["capstone_journey_survey"], feedback=frames["capstone_feedback"], parameters=parameters)


@dataclass
class Plan:
    """Every module's result on the case, and the one-page improvement plan built from them (:func:`plan`).

    Attributes
    ----------
    case : Case
    parameters : dict
        The business-case figures used (the case's, with the overrides given to :func:`plan`).
    measures : DataFrame
        :func:`cxlab.pyramid.measures_from` of the order log.
    pyramid : cxlab.pyramid.PyramidResult
    kano : DataFrame
        :func:`cxlab.kano.classify`.
    kano_levels, servqual_levels : DataFrame
        :func:`cxlab.pyramid.from_kano`, :func:`cxlab.pyramid.from_servqual`.
    servqual : cxlab.servqual.GapResult
    curve : cxlab.journey.EmotionCurve
    mot : cxlab.journey.MomentsOfTruth
    damage : DataFrame
        :func:`cxlab.journey.to_damage` (Pareto table, largest revenue at risk first).
    worst : str
        The worst pain point: the touchpoint id ranked first among the pain points.
    must_be : str or None
        The must-be feature of that touchpoint with the largest \\|Worse\\| (None if it has none).
    first_fix : DataFrame
        :func:`cxlab.damage.rate_by_group` of first-visit fixes by wave.
    returns : cxlab.returns.ReturnResult
    nps : dict
        ``{wave: NPSResult}``; ``nps_change`` the :class:`cxlab.value.CompareResult` pilot vs before.
    csat : dict
        ``{wave: CSATResult}``.
    """

    case: Case
    parameters: dict
    measures: pd.DataFrame
    pyramid: pyramid.PyramidResult
    kano: pd.DataFrame
    kano_levels: pd.DataFrame
    servqual: servqual.GapResult
    servqual_levels: pd.DataFrame
    curve: journey.EmotionCurve
    mot: journey.MomentsOfTruth
    damage: pd.DataFrame
    worst: str
    must_be: str | None
    first_fix: pd.DataFrame
    returns: returns.ReturnResult
    nps: dict
    nps_change: value.CompareResult
    csat: dict
    outcome: str = "overall"
    extra: dict = field(default_factory=dict)

    # -- the numbers behind the sentences (all read from the results above) -----------------------------------
    def worst_row(self) -> pd.Series:
        """The worst pain point's row of the moments-of-truth table."""
        table = self.mot.table
        return table[table["touchpoint"] == self.worst].iloc[0]

    def damage_row(self) -> pd.Series:
        """The worst pain point's row of the damage table."""
        return self.damage[self.damage["touchpoint"] == self.worst].iloc[0]

    def _tp(self, touchpoint) -> str:
        return self.case.touchpoint_names()[touchpoint]

    def _money(self, amount) -> str:
        return t("capstone.money", amount=f"{amount:,.0f}")

    def findings(self) -> dict:
        """``{step: sentence}``: what each module found, in the current language (catalog templates)."""
        pr, levels = self.pyramid, self.pyramid.levels
        gap = pr.first_gap
        if gap is None:
            pyr = t("capstone.finding.pyramid_all")
        else:
            weakest = pr.measures[pr.measures["level"] == gap].sort_values("attainment").index[0]
            pyr = t("capstone.finding.pyramid", level=f"{gap} {pyramid.level_name(gap)}",
                    score=f"{levels.at[gap, 'score']:.0%}", threshold=f"{levels.at[gap, 'threshold']:.0%}",
                    measure=pyramid.measure_name(weakest), value=f"{pr.measures.at[weakest, 'value']:.0%}",
                    blocked=t("capstone.finding.blocked", levels=t("capstone.list_separator").join(
                        f"{lv} {pyramid.level_name(lv)}" for lv in pr.blocked)) if pr.blocked else "")
        if self.must_be is None:
            kan = t("capstone.finding.kano_none", touchpoint=self._tp(self.worst))
        else:
            row = self.kano.loc[self.must_be]
            kan = t("capstone.finding.kano", feature=self.case.feature_names()[self.must_be],
                    category=kano.category_name(row["category"]), share=f"{row['M'] / row['n']:.0%}",
                    worse=f"{row['worse']:.2f}", better=f"{row['better']:.2f}", touchpoint=self._tp(self.worst))
        sq = self.servqual
        dim = sq.ranking(weighted=False)[0]
        item = int(sq.items["gap"].idxmin())
        srv = t("capstone.finding.servqual", dimension=servqual.dimension_name(dim),
                gap=f"{sq.dimensions.at[dim, 'gap']:.2f}", item=item, item_text=servqual.item_text(item),
                item_gap=f"{sq.items.at[item, 'gap']:.2f}")
        w = self.worst_row()
        jny = t("capstone.finding.journey", touchpoint=self._tp(self.worst), importance=f"{w['importance']:.0%}",
                rank=int(w["rank"]), score=f"{w['performance']:.2f}", trough=self._tp(self.curve.trough["touchpoint"]),
                emotion=f"{self.curve.trough['value']:+.1f}", peak_end=f"{self.curve.peak_end:+.2f}")
        d = self.damage_row()
        dmg = t("capstone.finding.damage", touchpoint=self._tp(self.worst), lost=f"{d['customers_lost']:,.0f}",
                revenue=self._money(d["revenue_at_risk"]), share=f"{d['share']:.0%}", rank=int(d["rank"]),
                before=f"{self.first_fix.at['before', 'share']:.0%}",
                pilot=f"{self.first_fix.at['pilot', 'share']:.0%}")
        r = self.returns
        payback = t("capstone.payback_none") if r.payback_years is None else \
            t("capstone.payback", years=f"{r.payback_years:.1f}")
        ret = t("capstone.finding.returns", investment=self._money(self.parameters["investment"]),
                horizon=int(self.parameters["horizon"]), npv=self._money(r.npv),
                roi="—" if r.roi is None else f"{r.roi:.0%}", payback=payback)
        c = self.nps_change
        val = t("capstone.finding.value", before=f"{c.a.nps:.1f}", pilot=f"{c.b.nps:.1f}",
                difference=f"{c.difference:+.1f}", p="< 0.001" if c.p_value < 0.001 else f"= {c.p_value:.3f}",
                verdict=t("value.compare.real" if c.significant else "value.compare.noise"),
                csat_before=f"{self.csat['before'].share:.0%}", csat_pilot=f"{self.csat['pilot'].share:.0%}")
        return {"pyramid": pyr, "kano": kan, "servqual": srv, "journey": jny, "damage": dmg, "returns": ret,
                "value": val}

    def table(self) -> pd.DataFrame:
        """The one-page plan: one row per step — the model, what it found, what it means for the plan."""
        owner = self.worst_row().get("owner")
        found = self.findings()
        rows = [{t("capstone.column.step"): f"{k + 1} {t(f'capstone.step.{s}.name')}",
                 t("capstone.column.finding"): found[s],
                 t("capstone.column.meaning"): t(f"capstone.step.{s}.meaning", touchpoint=self._tp(self.worst),
                                                 owner=t(f"journey.owner.{owner}") if isinstance(owner, str)
                                                 else "—")}
                for k, s in enumerate(STEPS)]
        return pd.DataFrame(rows)

    def damage_table(self, top: int | None = None) -> pd.DataFrame:
        """The damage table labelled for people: touchpoint, customers lost, revenue at risk, share (largest first)."""
        top = _check.check_number("top", top, low=1, integer=True, none=True)
        names = self.case.touchpoint_names()
        shown = self.damage if top is None else self.damage.head(top)
        return pd.DataFrame({
            t("capstone.column.touchpoint"): [names[v] for v in shown["touchpoint"]],
            t("damage.metric.customers_lost"): [f"{v:,.0f}" for v in shown["customers_lost"]],
            t("damage.metric.revenue_at_risk"): [self._money(v) for v in shown["revenue_at_risk"]],
            t("capstone.column.share"): [f"{v:.0%}" for v in shown["share"]]})

    def what_if(self, problem_rate: float) -> pd.DataFrame:
        """The worst pain point today and with its problem rate lowered to ``problem_rate``: customers lost and
        revenue at risk, from :func:`cxlab.journey.what_if` and :func:`cxlab.journey.to_damage` (two rows)."""
        problem_rate = _check.check_number("problem_rate", problem_rate, low=0, high=1)
        changed, _ = journey.what_if(self.case.touchpoints, None, self.worst, problem_rate=problem_rate)
        after = journey.to_damage(changed, self.parameters["customers"], self.parameters["value_per_customer"])
        rows = []
        for table in (self.damage, after):
            row = table[table["touchpoint"] == self.worst].iloc[0]
            rows.append({t("capstone.column.problem_rate"): f"{row['problem_rate']:.0%}",
                         t("damage.metric.customers_lost"): f"{row['customers_lost']:,.0f}",
                         t("damage.metric.revenue_at_risk"): self._money(row["revenue_at_risk"])})
        return pd.DataFrame(rows, index=[t("capstone.today"), t("capstone.after_fix")])

    def headline(self) -> str:
        """The plan in one sentence: what to fix, what it costs the company today, what fixing it returns."""
        d, r, c = self.damage_row(), self.returns, self.nps_change
        return t("capstone.headline", touchpoint=self._tp(self.worst), revenue=self._money(d["revenue_at_risk"]),
                 npv=self._money(r.npv), difference=f"{c.difference:+.1f}")

    def __str__(self):
        return self.headline()


def _parameter(name, given, default):
    if given is None:
        return default
    low, high, integer = PARAMETERS[name]
    return _check.check_number(name, given, low=low, high=high, integer=integer)


def plan(case: Case | None = None, *, outcome: str = "overall", tie_threshold: float = 0.0, customers=None,
         value_per_customer=None, investment=None, running_cost=None, margin=None, retention=None, discount=None,
         retention_uplift=None, horizon=None) -> Plan:
    """Run every module on the case and assemble the improvement plan.

    Parameters
    ----------
    case : Case, optional
        Default :func:`load` (a handout variant passes its own re-drawn frames).
    outcome : {'overall', 'recommend'}
        The journey survey's outcome for :func:`cxlab.journey.moments_of_truth`: overall satisfaction (1..5) or
        the recommend answer (0..10).
    tie_threshold : float
        Passed to :func:`cxlab.kano.classify`.
    customers, value_per_customer, investment, running_cost, margin, retention, discount, retention_uplift,
    horizon : number, optional
        Replace the case's business-case figures (:data:`PARAMETERS`): a group that believes the fix costs more
        gives ``investment=``.

    Returns
    -------
    Plan

    Raises
    ------
    cxlab.InputError
        A case that is not a :class:`Case`, an unknown outcome, a figure outside its range (retention 0..1,
        horizon a whole number of years ≥ 1, amounts ≥ 0), or whatever the modules refuse in the data.

    Examples
    --------
    >>> p = plan(investment=2_500_000)
    >>> p.returns.inputs["investment"]
    2500000.0
    """
    if case is None:
        case = load()
    elif not isinstance(case, Case):
        raise _check.invalid("case", case, t("capstone.error.case"))
    outcome = _check.check_choice("outcome", outcome, ("overall", "recommend"))
    given = dict(customers=customers, value_per_customer=value_per_customer, investment=investment,
                 running_cost=running_cost, margin=margin, retention=retention, discount=discount,
                 retention_uplift=retention_uplift, horizon=horizon)
    params = {name: _parameter(name, given[name], case.parameters[name]) for name in PARAMETERS}

    measures = pyramid.measures_from(case.orders)
    pyr = pyramid.assess(measures.iloc[0])
    classified = kano.classify(case.kano, tie_threshold=tie_threshold)
    gaps = servqual.gaps(case.servqual)
    curve = journey.emotion_curve(case.touchpoints)
    mot = journey.moments_of_truth(case.touchpoints, case.survey, outcome)
    ranking = mot.ranking()
    pains = ranking[ranking["pain"]]
    worst = str((pains if len(pains) else ranking)["touchpoint"].iloc[0])
    table = journey.to_damage(case.touchpoints, params["customers"], params["value_per_customer"])
    at_worst = set(case.features.loc[case.features["touchpoint"] == worst, "feature"])
    must = classified[(classified["category"] == "M") & classified.index.isin(at_worst)]
    must_be = str(must["worse"].idxmin()) if len(must) else None
    first_fix = damage.rate_by_group(case.feedback, "wave", "fixed_first_visit", order=list(WAVES))
    ret = returns.experience_return(params["investment"], params["customers"], params["margin"],
                                    params["retention"], params["discount"],
                                    retention_uplift=params["retention_uplift"], horizon=params["horizon"],
                                    running_cost=params["running_cost"])
    waves = {w: case.feedback[case.feedback["wave"] == w] for w in WAVES}
    nps = {w: value.nps(frame["recommend"]) for w, frame in waves.items()}
    csat = {w: value.csat(frame["csat"]) for w, frame in waves.items()}
    return Plan(case=case, parameters=params, measures=measures, pyramid=pyr, kano=classified,
                kano_levels=pyramid.from_kano(classified), servqual=gaps,
                servqual_levels=pyramid.from_servqual(gaps), curve=curve, mot=mot, damage=table, worst=worst,
                must_be=must_be, first_fix=first_fix, returns=ret, nps=nps,
                nps_change=value.compare_nps(nps["before"], nps["pilot"]), csat=csat, outcome=outcome)


def plot_plan(result: Plan, axes=None, ax=None):
    """The plan's chart: what the pain points cost (Pareto of revenue at risk per touchpoint,
    :func:`cxlab.damage.plot_pareto`) beside the NPS before the fix and in the pilot
    (:func:`cxlab.value.plot_nps_waves`).

    Parameters
    ----------
    result : Plan
    axes : pair of matplotlib Axes, optional
        Where to draw the two panels.
    ax : matplotlib Axes, optional
        One subplot whose area is split into the two panels (as a handout draws it).

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> fig = plot_plan(plan())
    >>> len(fig.axes) >= 2
    True
    """
    if not isinstance(result, Plan):
        raise _check.invalid("result", result, t("capstone.error.plan"))
    ratios = {"width_ratios": [2.8, 1]}
    own = axes is None and ax is None
    if ax is not None:
        spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
        if spec is None:
            raise _check.invalid("ax", ax, t("capstone.error.ax"))
        fig = ax.figure
        fig.delaxes(ax)
        inner = spec.subgridspec(1, 2, **ratios)
        axes = [fig.add_subplot(inner[0]), fig.add_subplot(inner[1])]
    elif axes is None:
        import matplotlib.pyplot as plt

        fig, axes = plt.subplots(1, 2, figsize=(18, 6.8), gridspec_kw=ratios)
    else:
        from matplotlib.axes import Axes

        try:   # a list, a tuple or the array plt.subplots(1, 2) returns
            panels = None if isinstance(axes, (str, bytes, dict, set)) else list(axes)
        except TypeError:
            panels = None
        if panels is None or len(panels) != 2 or not all(isinstance(a, Axes) for a in panels):
            raise _check.invalid("axes", axes, t("capstone.error.axes"))
        axes = panels
        fig = axes[0].figure
    names = result.case.touchpoint_names()
    shown = result.damage.assign(touchpoint=[names[v] for v in result.damage["touchpoint"]])
    damage.plot_pareto(shown, ax=axes[0])
    axes[0].set_title(t("capstone.plot.damage_title"))
    value.plot_nps_waves({t(f"capstone.wave.{w}"): result.nps[w] for w in WAVES}, ax=axes[1],
                         title=t("capstone.plot.nps_title"))
    if own:
        fig.suptitle(result.headline(), fontsize=13)
        fig.tight_layout()
    return fig
