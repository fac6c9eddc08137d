"""Self-checks of the customer-experience value module (exercise notebook ``exercises/src/07_value.py``).

Every expected answer is computed with :mod:`cxlab.value` (on the numbers of the question or the course data),
never typed in; the wrong-answer explanations (``exercises.value.<q>.*`` in the catalog) name the typical mistake.

>>> from cxlab.exercises.value import q1
>>> q1.check(q1.expected()).status
'correct'
>>> [round(x, 1) for x in q1.expected()]
[10.0, 0.9, 19.1]
"""
from __future__ import annotations

import math
import unicodedata

from . import Exercise, Wrong, number as _number

__all__ = ["NPSInterval", "RealChange", "CSATWilson", "BestStep", "AnswersNeeded", "q1", "q2", "q3", "q4", "q5"]


def _value():
    from .. import value

    return value


def _triple(answer, name):
    """(value, low, high) from a tuple / list / dict (keys ``name``, ``low``, ``high``) or a result object
    (its ``.name``, else ``.nps`` / ``.share``, with ``.low``, ``.high``); :class:`Wrong` ('triple') otherwise."""
    if hasattr(answer, "low") and hasattr(answer, "high"):
        centre = getattr(answer, name, None)
        if centre is None:
            centre = getattr(answer, "nps", getattr(answer, "share", None))
        return _number(centre), _number(answer.low), _number(answer.high)
    if isinstance(answer, dict):
        keys = {str(k).strip().lower(): v for k, v in answer.items()}
        if {name, "low", "high"} <= set(keys):
            return _number(keys[name]), _number(keys["low"]), _number(keys["high"])
        raise Wrong("triple", answer=answer)
    if isinstance(answer, (list, tuple)) and len(answer) == 3:
        return tuple(_number(a) for a in answer)
    raise Wrong("triple", answer=answer)


class _Worked(Exercise):
    """An exercise whose worked solution shows numbers computed by the model (``solution_fmt``)."""

    def solution_fmt(self) -> dict:
        return {}

    def solution(self):
        from ..i18n import t
        from . import Feedback

        return Feedback("solution", t("exercises.common.solution_title"),
                        self._text("solution", **self.solution_fmt()).split("\n"))


class NPSInterval(_Worked):
    """q1: NPS and its 95 % Wald interval from the three counts."""

    key = "value.nps_interval"
    #: The survey of the question: promoters, passives, detractors.
    COUNTS = (128, 96, 96)

    def prompt_fmt(self):
        p, m, d = self.COUNTS
        return {"n": p + m + d, "promoters": p, "passives": m, "detractors": d}

    def solution_fmt(self):
        value = _value()
        r = value.nps_from_counts(*self.COUNTS)
        p, m, d = self.COUNTS
        n = p + m + d
        return {**self.prompt_fmt(), "ps": f"{p / n:.2f}", "ds": f"{d / n:.2f}", "nps": f"{r.nps:.1f}",
                "var": f"{(p / n + d / n - (p / n - d / n) ** 2):.4f}", "se": f"{r.se:.2f}",
                "half": f"{r.margin:.2f}", "low": f"{r.low:.2f}", "high": f"{r.high:.2f}"}

    def expected(self):
        # p = 128/320 = 0.4, d = 96/320 = 0.3, NPS = 10; se = 100 sqrt((0.7 - 0.01)/320) = 4.6435
        # 10 ± 1.96 · 4.6435 -> 0.90 to 19.10
        r = _value().nps_from_counts(*self.COUNTS)
        return (r.nps, r.low, r.high)

    def compare(self, answer, expected):
        nps, low, high = _triple(answer, "nps")
        p, m, d = self.COUNTS
        n = p + m + d
        if abs(nps - expected[0] / 100) < 0.002 and abs(high - expected[2] / 100) < 0.01:
            raise Wrong("shares")
        if abs(nps - 100 * (p - d) / (p + d)) < 0.15:
            raise Wrong("no_passives")
        if abs(nps - expected[0]) > 0.15:
            raise Wrong("nps", answer=nps)
        from ..stats import z_value

        promoter_only = z_value(0.95) * 100 * math.sqrt((p / n) * (1 - p / n) / n)   # the question's 95 %
        if abs((high - low) / 2 - promoter_only) < 0.15:
            raise Wrong("one_share")
        if abs(low - expected[1]) > 0.15 or abs(high - expected[2]) > 0.15:
            raise Wrong("interval", low=f"{low:.2f}", high=f"{high:.2f}")


_YES = ("yes", "y", "true", "real", "significant", "是", "是的", "对", "真实", "真的", "显著", "有")
_NO = ("no", "n", "false", "noise", "not significant", "否", "不是", "不", "没有", "不显著", "噪声", "波动", "无")


def _yes_no(answer):
    if isinstance(answer, bool):
        return answer
    text = unicodedata.normalize("NFKC", str(answer)).strip().lower().rstrip("。.!！")
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None


class RealChange(_Worked):
    """q2: NPS went from 12 to 18 between two waves of 500 answers: is the change real at 95 %?"""

    key = "value.real_change"
    #: (promoters, passives, detractors) of wave 1 and wave 2.
    WAVES = ((210, 140, 150), (230, 130, 140))

    def prompt_fmt(self):
        (p1, m1, d1), (p2, m2, d2) = self.WAVES
        a, b = (_value().nps_from_counts(*w) for w in self.WAVES)
        return {"n1": p1 + m1 + d1, "p1": p1, "d1": d1, "nps1": f"{a.nps:.0f}",
                "n2": p2 + m2 + d2, "p2": p2, "d2": d2, "nps2": f"{b.nps:.0f}"}

    def comparison(self):
        value = _value()
        return value.compare_nps(*(value.nps_from_counts(*w) for w in self.WAVES))

    def solution_fmt(self):
        c = self.comparison()
        return {**self.prompt_fmt(), "se1": f"{c.a.se:.2f}", "se2": f"{c.b.se:.2f}", "se": f"{c.se:.2f}",
                "z": f"{c.z:.2f}", "p": f"{c.p_value:.2f}", "low": f"{c.low:.1f}", "high": f"{c.high:.1f}",
                "diff": f"{c.difference:.1f}"}

    def expected(self):
        # se1 = 100 sqrt((0.72 - 0.0144)/500) = 3.757, se2 = 100 sqrt((0.74 - 0.0324)/500) = 3.762,
        # se = 5.316, z = 6 / 5.316 = 1.13, p = 0.26: the interval -4.4 to 16.4 includes 0 -> not real
        return self.comparison().significant

    def compare(self, answer, expected):
        said = _yes_no(answer)
        if said is None:
            raise Wrong("yes_no", answer=answer)
        if said != expected:
            c = self.comparison()
            raise Wrong("said_real" if said else "said_noise", low=f"{c.low:.1f}", high=f"{c.high:.1f}",
                        p=f"{c.p_value:.2f}", diff=f"{c.difference:.0f}")


class CSATWilson(_Worked):
    """q3: CSAT top-2 of the coffee chain's station store, with the Wilson interval."""

    key = "value.csat_wilson"
    STORE = "station"

    def answers(self):
        from .. import datasets

        survey = datasets.load("value_coffee_survey")
        return survey.loc[survey["store"] == self.STORE, "csat"]

    def solution_fmt(self):
        r = _value().csat(self.answers())
        return {"satisfied": r.satisfied, "n": r.n, "share": f"{r.share:.3f}", "low": f"{r.low:.3f}",
                "high": f"{r.high:.3f}"}

    def expected(self):
        r = _value().csat(self.answers())
        return (r.share, r.low, r.high)

    def compare(self, answer, expected):
        share, low, high = _triple(answer, "share")
        if share > 1.5:
            raise Wrong("percent")
        value = _value()
        top1 = value.csat(self.answers(), top=1)
        if abs(share - top1.share) < 0.005 and abs(share - expected[0]) > 0.005:
            raise Wrong("top1")
        if abs(share - expected[0]) > 0.005:
            raise Wrong("share", answer=share)
        r = value.csat(self.answers())
        wald = 1.959964 * math.sqrt(r.share * (1 - r.share) / r.n)
        if abs(low - (r.share - wald)) < 0.003 and abs(high - (r.share + wald)) < 0.003:
            raise Wrong("wald")
        if abs(low - expected[1]) > 0.005 or abs(high - expected[2]) > 0.005:
            raise Wrong("interval")


def _step_code(answer):
    from ..i18n import t
    from .. import value

    if not isinstance(answer, str):
        return None
    text = unicodedata.normalize("NFKC", answer).strip().lower().replace("-", " ").replace("_", " ")
    for step in value.COMPLAINT_STEPS:
        names = {step.replace("_", " "), t(f"value.step.{step}", lang="zh").lower(),
                 t(f"value.step.{step}", lang="en").lower()}
        if text in names:
            return step
    aliases = {"respond": "respond_fast", "fast": "respond_fast", "迅速": "respond_fast", "倾听": "listen",
               "informed": "keep_informed", "沟通": "keep_informed", "个性化": "personalise",
               "personalize": "personalise", "personalised": "personalise", "跟进": "follow_up",
               "followup": "follow_up", "follow": "follow_up"}
    return aliases.get(text)


class BestStep(_Worked):
    """q4: read the complaint funnel: which step goes with the largest gain in repurchase?"""

    key = "value.best_step"

    def result(self):
        from .. import datasets

        return _value().complaints(datasets.load("value_complaint_handling"))

    def solution_fmt(self):
        from .. import value

        steps = self.result().steps
        best = steps["repurchase_lift"].idxmax()
        return {"step": value.step_name(best), "with": f"{steps.loc[best, 'repurchase_with']:.0%}",
                "without": f"{steps.loc[best, 'repurchase_without']:.0%}",
                "lift": f"{100 * steps.loc[best, 'repurchase_lift']:.0f}"}

    def expected(self):
        return str(self.result().steps["repurchase_lift"].idxmax())

    def compare(self, answer, expected):
        from .. import value

        step = _step_code(answer)
        if step is None:
            names = ", ".join(value.step_name(s) for s in value.COMPLAINT_STEPS)
            raise Wrong("unknown", answer=answer, accepted=names)
        if step == expected:
            return
        steps = self.result().steps
        if step == steps["with_step"].idxmax():
            raise Wrong("most_done")
        if step == steps["satisfaction_lift"].idxmax():
            raise Wrong("satisfaction")
        raise Wrong("other", step=value.step_name(step))


class AnswersNeeded(_Worked):
    """q5: answers needed for ±5 NPS points at 95 % with an expected mix of 40 % promoters, 30 % detractors."""

    key = "value.answers_needed"
    MARGIN, PROMOTERS, DETRACTORS = 5, 0.40, 0.30

    def prompt_fmt(self):
        return {"margin": self.MARGIN, "promoters": f"{self.PROMOTERS:.0%}", "detractors": f"{self.DETRACTORS:.0%}"}

    def solution_fmt(self):
        p, d = self.PROMOTERS, self.DETRACTORS
        return {**self.prompt_fmt(), "var": f"{p + d - (p - d) ** 2:.2f}", "n": self.expected(),
                "worst": _value().sample_size(self.MARGIN)}

    def expected(self):
        # 1.959964^2 · (0.4 + 0.3 - 0.1^2) / 0.05^2 = 3.841459 · 0.69 / 0.0025 = 1060.2 -> 1061
        return _value().sample_size(self.MARGIN, promoters=self.PROMOTERS, detractors=self.DETRACTORS)

    def compare(self, answer, expected):
        n = _number(answer)
        if abs(n - expected) <= 1:
            return
        value = _value()
        if abs(n - value.sample_size(self.MARGIN)) <= 1:
            raise Wrong("worst_case")
        if abs(n - value.sample_size(self.MARGIN / 100, kind="proportion", share=self.PROMOTERS)) <= 1 or \
                abs(n - value.sample_size(self.MARGIN / 100, kind="proportion")) <= 1:
            raise Wrong("proportion")
        if abs(n - (expected - 1)) <= 0.6 or n < expected:
            raise Wrong("too_few")
        raise Wrong("other", answer=answer)


q1 = NPSInterval()
q2 = RealChange()
q3 = CSATWilson()
q4 = BestStep()
q5 = AnswersNeeded()
