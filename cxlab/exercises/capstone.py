"""Self-checks of the capstone (exercise notebook ``exercises/src/08_capstone.py``): the steps of the one-page plan
for Yuejia Home Appliances a learner must be able to take alone.

Every expected answer is computed with :mod:`cxlab.capstone` (``capstone.plan()`` on the case's data, or with a
group's own business-case figures), never typed in; the wrong-answer explanations (``exercises.capstone.<q>.*`` in
the catalog) name the typical mistake. Touchpoints and features may be given by id or by their Chinese or English
name; money amounts as numbers or as typed (``"680.4万"``, ``"6,804,000 元"``).

>>> from cxlab.exercises.capstone import q1, q3
>>> q1.expected()
'technician_visit'
>>> q3.check("680.4万").status
'correct'
"""
from __future__ import annotations

from functools import lru_cache

from . import Exercise, Right, Wrong, amount as _amount, name_all
from .journey import _named
from .value import _triple

__all__ = ["WorstPainPoint", "MustBeThere", "PriceThePain", "GroupReturn", "DidNpsMove",
           "q1", "q2", "q3", "q4", "q5"]


@lru_cache(maxsize=None)
def _plan(**figures):
    """``capstone.plan()`` on the case's data (with a group's business-case ``figures``), worked out once."""
    from .. import capstone

    return capstone.plan(**figures)


def _names(kind: str) -> dict:
    """``{id: name}`` of the case's touchpoints or features in the current language."""
    case = _plan().case
    return case.touchpoint_names() if kind == "touchpoint" else case.feature_names()


def _yuan(amount) -> str:
    from ..i18n import t

    return t("capstone.money", amount=f"{amount:,.0f}")


# -- q1 ------------------------------------------------------------------------------------------------------------

class WorstPainPoint(Exercise):
    """q1: the worst pain point of the journey — the pain point first by priority (importance × gap × reach)."""

    key = "capstone.worst_pain"

    def ranking(self):
        return _plan().mot.ranking()

    def expected(self):
        return _plan().worst

    def text_fmt(self):
        row = _plan().worst_row()
        return {"touchpoint": _names("touchpoint")[row["touchpoint"]], "importance": f"{row['importance']:.3f}",
                "gap": f"{row['gap']:.2f}", "reach": f"{row['reach']:.2f}", "reach_share": f"{row['reach']:.0%}",
                "priority": f"{row['priority']:.3f}",
                "pains": int(self.ranking()["pain"].sum())}

    def compare(self, answer, expected):
        ranking = self.ranking()
        tp = _named(answer, _plan().case.touchpoints, "touchpoint")
        if tp is None:
            raise Wrong("unknown", answer=answer, accepted=", ".join(ranking["touchpoint"]))
        if tp == expected:
            return
        row = ranking.set_index("touchpoint").loc[tp] if tp in set(ranking["touchpoint"]) else None
        name = _names("touchpoint")[tp]
        if row is None:
            raise Wrong("not_surveyed", touchpoint=name)
        mot = _plan().mot
        if not row["moment_of_truth"]:
            raise Wrong("not_moment", touchpoint=name, rank=int(row["rank"]), importance=f"{row['importance']:.1%}",
                        split=f"{mot.importance_split:.1%}")
        if not row["pain"]:
            raise Wrong("not_pain", touchpoint=name, rank=int(row["rank"]), score=f"{row['performance']:.2f}",
                        split=f"{mot.performance_split:.2f}")
        raise Wrong("lower_pain", touchpoint=name, rank=int(row["rank"]), priority=f"{row['priority']:.3f}",
                    worst=_names("touchpoint")[expected], worst_priority=f"{_plan().worst_row()['priority']:.3f}")


# -- q2 ------------------------------------------------------------------------------------------------------------

class MustBeThere(Exercise):
    """q2: which of the worst pain point's features is the must-be need (KANO) that fails there?"""

    key = "capstone.must_be"

    def features(self):
        """The case's features that belong to the worst pain point, in the feature table's order."""
        case = _plan().case
        return case.features.loc[case.features["touchpoint"] == _plan().worst, "feature"].tolist()

    def prompt_fmt(self):
        from ..i18n import t

        names = _names("feature")
        return {"touchpoint": _names("touchpoint")[_plan().worst],
                "features": t("capstone.list_separator").join(self._text("item", name=names[f], id=f)
                                                               for f in self.features())}

    def text_fmt(self):
        row = _plan().kano.loc[self.expected()]
        return {"feature": _names("feature")[self.expected()], "m": int(row["M"]), "n": int(row["n"]),
                "share": f"{row['M'] / row['n']:.0%}", "worse": f"{row['worse']:.2f}",
                "better": f"{row['better']:.2f}"}

    def expected(self):
        return _plan().must_be

    def compare(self, answer, expected):
        from .. import kano

        plan = _plan()
        feature = _named(answer, plan.case.features, "feature")
        if feature is None:
            raise Wrong("unknown", answer=answer, accepted=", ".join(self.features()))
        if feature == expected:
            return
        category = plan.kano.loc[feature, "category"]
        name = _names("feature")[feature]
        if feature not in self.features():
            where = plan.case.features.set_index("feature").loc[feature, "touchpoint"]
            raise Wrong("elsewhere" if category == "M" else "not_here", feature=name,
                        touchpoint=_names("touchpoint")[where], category=kano.category_name(category))
        if category == "A":
            raise Wrong("attractive", feature=name)
        raise Wrong("other_category", feature=name, category=kano.category_name(category))


# -- q3 ------------------------------------------------------------------------------------------------------------

class _Amount(Exercise):
    """An exercise answered with a money amount (typed as a number, ``"680.4万"`` or ``"6,804,000 元"``): each typical
    mistake of :meth:`mistakes` is checked first, within ``TOLERANCE`` (relative), then the right answer's band."""

    #: Relative tolerance of a typed amount (a learner writes 680万 for 6,804,000): 1 %, far narrower than half
    #: the gap to the nearest typical mistake (the tests check it).
    TOLERANCE = 0.01

    def mistakes(self) -> dict:
        """``{catalog key: the amount that mistake gives}``."""
        return {}

    def compare(self, answer, expected):
        value = _amount(answer)
        for reason, wrong in self.mistakes().items():
            if abs(value - wrong) <= self.TOLERANCE * abs(wrong):
                raise Wrong(reason, answer=answer, **self.text_fmt())
        if abs(value - expected) > self.TOLERANCE * abs(expected):
            raise Wrong("other", answer=answer)


class PriceThePain(_Amount):
    """q3: what the worst pain point costs a year: revenue at risk = customers × reach × problem rate × share lost
    × value per customer (module 5's damage model through :func:`cxlab.journey.to_damage`)."""

    key = "capstone.price_pain"

    def _row(self):
        return _plan().damage_row()

    def prompt_fmt(self):
        row, params = self._row(), _plan().parameters
        return {"touchpoint": _names("touchpoint")[_plan().worst], "customers": f"{params['customers']:,.0f}",
                "reach": f"{row['reach'] / params['customers']:.0%}", "problem": f"{row['problem_rate']:.0%}",
                "drop": f"{row['loyalty_drop']:.0%}", "value": f"{row['value_per_customer']:,.0f}"}

    def text_fmt(self):
        row = self._row()
        return {**self.prompt_fmt(), "passing": f"{row['reach']:,.0f}", "affected": f"{row['customers_affected']:,.0f}",
                "lost": f"{row['customers_lost']:,.0f}", "revenue": _yuan(row["revenue_at_risk"]),
                "share": f"{row['share']:.0%}", "wan": f"{row['revenue_at_risk'] / 10_000:,.1f}"}

    def expected(self):
        return float(self._row()["revenue_at_risk"])

    def mistakes(self) -> dict:
        """The amounts the typical mistakes give, each a catalog key of its explanation."""
        row, expected = self._row(), self.expected()
        return {
            "customers": float(row["customers_lost"]),
            "affected": float(row["customers_affected"]),
            "no_reach": expected * _plan().parameters["customers"] / row["reach"],
            "no_drop": expected / row["loyalty_drop"],
            "no_problem": expected / row["problem_rate"],
            "wan": expected / 10_000,
        }


# -- q4 ------------------------------------------------------------------------------------------------------------

class GroupReturn(_Amount):
    """q4: a group believes the fix costs more and does less: the NPV over the case's horizon with its figures."""

    key = "capstone.group_return"
    #: The group's own business-case figures (the rest are the case's).
    FIGURES = {"investment": 2_400_000, "retention_uplift": 0.025}

    def result(self, **changes):
        return _plan(**{**self.FIGURES, **changes}).returns

    def prompt_fmt(self):
        params = _plan().parameters
        points = (lambda share: f"{100 * share:g}")      # noqa: E731 — 0.025 is 2.5 percentage points
        return {"investment": _yuan(self.FIGURES["investment"]), "uplift": points(self.FIGURES["retention_uplift"]),
                "uplift_share": f"{self.FIGURES['retention_uplift']:g}", "case_investment": _yuan(params["investment"]),
                "case_uplift": points(params["retention_uplift"]), "horizon": int(params["horizon"]),
                "discount": f"{params['discount']:.0%}"}

    def text_fmt(self):
        from ..i18n import t

        r = self.result()
        verdict = "worth" if r.npv > 0 else "not_worth"
        return {**self.prompt_fmt(), "npv": _yuan(r.npv), "roi": "—" if r.roi is None else f"{r.roi:.0%}",
                "undiscounted": _yuan(self.result(discount=0).npv), "case_npv": _yuan(_plan().returns.npv),
                "verdict": t(f"exercises.{self.key}.{verdict}"),
                "code": "capstone.plan(case, " + ", ".join(f"{k}={v:_}" for k, v in self.FIGURES.items()) + ")"}

    def expected(self):
        return float(self.result().npv)

    def mistakes(self) -> dict:
        expected = self.expected()
        return {
            "no_discount": float(self.result(discount=0).npv),
            "no_running_cost": float(self.result(running_cost=0).npv),
            "case_figures": float(_plan().returns.npv),
            "sign": -expected,
        }


# -- q5 ------------------------------------------------------------------------------------------------------------

class DidNpsMove(Exercise):
    """q5: the change of NPS from before the fix to the pilot, with its 95 % interval (Wald, as module 7 teaches;
    Rocks' adjusted Wald accepted)."""

    key = "capstone.nps_change"
    #: Points: tolerance of the difference and of each end of the interval (answers rounded to one decimal pass).
    TOLERANCE = 0.15

    def change(self, method="wald"):
        from .. import value

        plan = _plan()
        return value.compare_nps(plan.nps["before"], plan.nps["pilot"], method=method)

    def prompt_fmt(self):
        plan = _plan()
        before, pilot = plan.nps["before"], plan.nps["pilot"]
        return {"n1": before.n, "n2": pilot.n}

    def text_fmt(self):
        from ..i18n import t

        c = self.change()
        return {"verdict": t(f"exercises.{self.key}." + ("real" if c.significant else "noise")),
                "before": f"{c.a.nps:.1f}", "pilot": f"{c.b.nps:.1f}", "se1": f"{c.a.se:.2f}", "se2": f"{c.b.se:.2f}",
                "se": f"{c.se:.2f}", "difference": f"{c.difference:.1f}", "low": f"{c.low:.1f}",
                "high": f"{c.high:.1f}"}

    def expected(self):
        c = self.change()
        return (c.difference, c.low, c.high)

    def compare(self, answer, expected):
        difference, low, high = _triple(answer, "difference")
        diff, lo, hi = expected
        tol = self.TOLERANCE
        if abs(difference + diff) <= tol and abs(low + hi) <= tol:
            raise Wrong("reversed")
        if abs(difference - diff / 100) <= 0.002:
            raise Wrong("shares")
        if abs(difference - diff) > tol:
            raise Wrong("difference", answer=difference)
        from ..stats import z_value

        c = self.change()
        added = z_value(c.confidence) * (c.a.se + c.b.se)
        if abs(low - (diff - added)) <= tol and abs(high - (diff + added)) <= tol:
            raise Wrong("added_margins", **self.text_fmt())
        if abs(low - lo) <= tol and abs(high - hi) <= tol:
            return None
        adjusted = self.change("adjusted_wald")
        if abs(low - adjusted.low) <= 0.05 and abs(high - adjusted.high) <= 0.05:
            return Right("adjusted_wald", low=f"{lo:.1f}", high=f"{hi:.1f}")
        raise Wrong("interval", low=f"{low:.1f}", high=f"{high:.1f}")


q1 = WorstPainPoint()
q2 = MustBeThere()
q3 = PriceThePain()
q4 = GroupReturn()
q5 = DidNpsMove()
name_all(globals())
