"""Self-checks of the damage module (exercise notebook ``exercises/src/05_damage.py``).

Every expected answer is computed with :mod:`cxlab.damage` (or, for the complaint log, read from the course
data), never typed in; the wrong-answer explanations (``exercises.damage.<q>.*`` in the catalog) name the
typical mistake.

>>> from cxlab.exercises.damage import q1
>>> q1.check(q1.expected()).status
'correct'
>>> round(q1.expected(), 1)
211.3
"""
from __future__ import annotations

import math

from ..i18n import LANGUAGES, get_language, t
from . import Exercise, Wrong, name_all, number as _number

__all__ = ["CustomersLost", "FirstLever", "ComplaintRateDirection", "LoyaltyFromLog",
           "q1", "q2", "q3", "q4"]


def _damage():
    from .. import damage

    return damage



class CustomersLost(Exercise):
    """q1: customers lost in a small scenario, by hand, with TARP's small-problem rates."""

    key = "damage.customers_lost"
    #: The scenario (keyword arguments of ``damage.market_damage``).
    INPUTS = {"customers": 2_000, "problem_rate": 0.20, "complaint_rate": 0.25,
              "outcomes": {"resolved_quickly": 0.5, "resolved": 0.3, "unresolved": 0.2},
              "loyalty": "small", "value_per_customer": 300}

    def prompt_fmt(self):
        outcomes = self.INPUTS["outcomes"]
        return {"customers": f"{self.INPUTS['customers']:,}", "problem": f"{self.INPUTS['problem_rate']:.0%}",
                "complaint": f"{self.INPUTS['complaint_rate']:.0%}", "quick": f"{outcomes['resolved_quickly']:.0%}",
                "resolved": f"{outcomes['resolved']:.0%}", "unresolved": f"{outcomes['unresolved']:.0%}"}

    def result(self, **change):
        return _damage().market_damage(**{**self.INPUTS, **change})

    def expected(self):
        # 2,000 x 0.20 = 400 with a problem; 100 complain, 300 silent; 50 / 30 / 20 by outcome.
        # lost = 300 x 0.63 + 50 x 0.05 + 30 x 0.30 + 20 x 0.54 = 189 + 2.5 + 9 + 10.8 = 211.3
        return self.result().customers_lost

    #: Half-width of the band around the right answer (and around each typical mistake). The prompt asks for one
    #: decimal; the nearest typical mistakes (189 silent customers lost, 188.7 retained) are 0.3 apart, so the
    #: band must stay below 0.15 (the test checks it against the model's numbers).
    TOLERANCE = 0.1

    def mistakes(self) -> dict:
        """{catalog key: the number a typical mistake gives}, computed with the model."""
        result = self.result()
        groups = result.groups.set_index("group")
        return {
            "retained": float(groups["retained"].sum()),
            "silent_only": float(groups.loc["silent", "lost"]),
            "no_silent": float(groups.drop(index="silent")["lost"].sum()),
            "large_rates": self.result(loyalty="large").customers_lost,
            "revenue": result.revenue_at_risk,
        }

    def compare(self, answer, expected):
        value = _number(answer)
        # the typical mistakes first, so a mistake never falls inside the right answer's band
        for key, wrong in self.mistakes().items():
            if abs(value - wrong) <= self.TOLERANCE and abs(value - expected) > 1e-9:
                raise Wrong(key, answer=answer)
        if abs(value - expected) <= self.TOLERANCE:
            return
        raise Wrong("other", answer=answer)

    def text_fmt(self):
        groups = self.result().groups.set_index("group")
        return {"lost": f"{self.expected():,.1f}", "silent": f"{groups.loc['silent', 'lost']:,.0f}"}


class FirstLever(Exercise):
    """q2: from the tornado, which service lever moves the revenue at risk most?"""

    key = "damage.first_lever"
    INPUTS = {"customers": 50_000, "problem_rate": 0.20, "complaint_rate": 0.30,
              "outcomes": {"resolved_quickly": 0.3, "resolved": 0.4, "unresolved": 0.3},
              "loyalty": "large", "value_per_customer": 400}
    #: The levers a service manager can pull (customers and their value are not service levers).
    LEVERS = ("problem_rate", "complaint_rate", "outcomes.resolved_quickly")

    def table(self):
        return _damage().sensitivity(self.INPUTS, change=0.1)

    def expected(self):
        table = self.table()
        levers = table[table["parameter"].isin(self.LEVERS)]
        return str(levers.iloc[0]["parameter"])

    def _code(self, answer):
        """The parameter code an answer names: its code ('problem_rate', any case, spaces or underscores) or the
        label the tornado chart shows for it, in either language ('问题发生率', 'Problem rate')."""
        if not isinstance(answer, str):
            return None
        text = _squash(answer)
        if text == _squash("resolved_quickly"):
            return "outcomes.resolved_quickly"
        for code in self.table()["parameter"]:
            names = {code} | {t(f"damage.param.{code}", lang=lang) for lang in LANGUAGES}
            if text in {_squash(n) for n in names}:
                return code
        return None

    def compare(self, answer, expected):
        code = self._code(answer)
        if code == expected:
            return
        if code in ("customers", "value_per_customer"):
            raise Wrong("not_a_lever", answer=answer)
        if code == "complaint_rate":
            raise Wrong("complaint_rate")
        if code == "outcomes.resolved_quickly":
            raise Wrong("quick")
        if code is not None:
            raise Wrong("other_lever", answer=answer)
        raise Wrong("unknown", answer=answer,
                    accepted="、".join(t(f"damage.param.{c}") for c in self.LEVERS) if get_language() == "zh"
                    else ", ".join(t(f"damage.param.{c}") for c in self.LEVERS))


def _squash(text) -> str:
    """Lower case without spaces, underscores, hyphens or quotes: '  Problem_Rate ' -> 'problemrate'."""
    return "".join(ch for ch in str(text).lower() if not ch.isspace() and ch not in "_-'\"“”‘’「」")


class ComplaintRateDirection(Exercise):
    """q3: when more unhappy customers complain, does the revenue at risk go up or down?"""

    key = "damage.complaint_direction"
    INPUTS = FirstLever.INPUTS
    #: Word stems that say which way a number goes, in both languages ('goes down', '下降了', 'decreases' ...).
    _STEMS = {"down": ("down", "lower", "less", "decreas", "fall", "fell", "drop", "reduc", "shrink", "declin",
                       "降", "减", "少", "低", "跌"),
              "up": ("up", "higher", "more", "increas", "rise", "rose", "grow", "climb",
                     "升", "增", "多", "高", "涨")}

    def expected(self):
        damage = _damage()
        low = damage.market_damage(**{**self.INPUTS, "complaint_rate": 0.30}).revenue_at_risk
        high = damage.market_damage(**{**self.INPUTS, "complaint_rate": 0.60}).revenue_at_risk
        return "down" if high < low else "up"

    @classmethod
    def direction(cls, answer):
        """'up', 'down' or None (no direction, or both)."""
        if not isinstance(answer, str):
            return None
        text = answer.strip().lower()
        said = {d for d, stems in cls._STEMS.items() if any(stem in text for stem in stems)}
        return said.pop() if len(said) == 1 else None

    def compare(self, answer, expected):
        said = self.direction(answer)
        if said is None:
            raise Wrong("unknown", answer=answer)
        if said != expected:
            raise Wrong("wrong_direction")


class LoyaltyFromLog(Exercise):
    """q4: repurchase rate by outcome for large problems, estimated from the complaint log."""

    key = "damage.loyalty_from_log"
    OUTCOMES = ("resolved_quickly", "resolved", "unresolved")

    def _rates(self, size=None):
        """Repurchase rate per outcome from the course's complaint log (all sizes when ``size`` is None)."""
        from .. import datasets

        log = datasets.load("complaint_log")
        if size is not None:
            log = log[log["problem_size"] == size]
        rates = _damage().loyalty_by_outcome(log, outcome="resolution", retained="repurchased_12m")["loyalty"]
        return {k: float(rates[k]) for k in self.OUTCOMES}

    def table(self):
        """The table the learner reads: repurchase rate by problem size and outcome (one call, no pandas)."""
        from .. import datasets

        return _damage().loyalty_by_outcome(datasets.load("complaint_log"), size="problem_size")

    def expected(self):
        return self._rates("large")

    def _values(self, answer):
        """{outcome code: number} from a dict keyed by codes or by the labels the table shows (either language),
        or from three numbers in the order quick, resolved, unresolved; None when it is neither."""
        if isinstance(answer, dict):
            values = {}
            for key, value in answer.items():
                code = _outcome_code(key)
                if code is None or code in values:
                    return None
                values[code] = value
            return values if set(values) == set(self.OUTCOMES) else None
        if isinstance(answer, (list, tuple)) and len(answer) == len(self.OUTCOMES):
            return dict(zip(self.OUTCOMES, answer))
        return None

    #: Half-width of the band around the right rates: the table shows two decimals (rounding moves a value by
    #: at most 0.005); every typical mistake differs from the right rates by more than twice this somewhere
    #: (checked by the tests).
    TOLERANCE = 0.006

    def mistakes(self) -> dict:
        published = _damage().TARP_LOYALTY.loc["large"]
        return {"published": {k: float(published[k]) for k in self.OUTCOMES}, "small": self._rates("small"),
                "mixed": self._rates(None)}

    def compare(self, answer, expected):
        values = self._values(answer)
        if values is None:
            raise Wrong("not_a_dict", keys=", ".join(self.OUTCOMES))
        values = {k: _number(v) for k, v in values.items()}
        if any(v > 1 for v in values.values()):
            raise Wrong("percent")

        def near(reference):
            return all(abs(values[k] - reference[k]) <= self.TOLERANCE for k in self.OUTCOMES)

        for key, reference in self.mistakes().items():
            if near(reference) and not near(expected):
                raise Wrong(key)
        if near(expected):
            return
        wrong = [k for k in self.OUTCOMES if abs(values[k] - expected[k]) > self.TOLERANCE]
        raise Wrong("off", outcome=t(f"money_course.resolution.{wrong[0]}"))

    def intervals(self) -> dict:
        """{outcome: (estimate, Wilson 95 % low, high, n, TARP)} for large problems (cxlab.stats)."""
        from ..stats import wilson_interval

        table = self.table().loc["large"]
        out = {}
        for k in self.OUTCOMES:
            low, high = wilson_interval(int(table.loc[k, "retained"]), int(table.loc[k, "customers"]))
            out[k] = (float(table.loc[k, "loyalty"]), float(low), float(high), int(table.loc[k, "customers"]),
                      float(table.loc[k, "tarp_loyalty"]))
        return out

    def text_fmt(self):
        iv = self.intervals()
        fmt = {}
        for k, short in (("resolved_quickly", "quick"), ("resolved", "resolved"), ("unresolved", "unresolved")):
            estimate, low, high, n, tarp = iv[k]
            fmt.update({short: f"{estimate:.2f}", f"{short}_low": f"{low:.2f}", f"{short}_high": f"{high:.2f}",
                        f"{short}_n": n, f"{short}_tarp": f"{tarp:.2f}"})
        return fmt


def _outcome_code(key):
    """'resolved_quickly', ' Resolved quickly ', '快速解决', 'Complained, resolved quickly' ... -> the code."""
    if not isinstance(key, str):
        return None
    text = _squash(key)
    for code in LoyaltyFromLog.OUTCOMES:
        names = {code}
        for lang in LANGUAGES:
            names.update({t(f"money_course.resolution.{code}", lang=lang), t(f"damage.group.{code}", lang=lang)})
        if text in {_squash(n) for n in names}:
            return code
    return None


q1 = CustomersLost()
q2 = FirstLever()
q3 = ComplaintRateDirection()
q4 = LoyaltyFromLog()
name_all(globals())
