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

from . import Exercise, Wrong, number as _number

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

    def compare(self, answer, expected):
        value = _number(answer)
        if abs(value - expected) <= 0.5:
            return
        result = self.result()
        groups = result.groups.set_index("group")
        retained = float(groups["retained"].sum())
        complainers_only = float(groups.drop(index="silent")["lost"].sum())
        large = self.result(loyalty="large").customers_lost
        if abs(value - retained) <= 0.5:
            raise Wrong("retained", answer=answer)
        if abs(value - complainers_only) <= 0.5:
            raise Wrong("no_silent", answer=answer)
        if abs(value - large) <= 0.5:
            raise Wrong("large_rates", answer=answer)
        if abs(value - result.revenue_at_risk) <= 1:
            raise Wrong("revenue", answer=answer)
        raise Wrong("other", answer=answer)


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

    def compare(self, answer, expected):
        code = str(answer).strip().lower().replace(" ", "_") if isinstance(answer, str) else None
        if code == expected:
            return
        if code in ("customers", "value_per_customer"):
            raise Wrong("not_a_lever", answer=answer)
        if code == "complaint_rate":
            raise Wrong("complaint_rate")
        if code in ("outcomes.resolved_quickly", "resolved_quickly"):
            raise Wrong("quick")
        raise Wrong("unknown", answer=answer, accepted=", ".join(self.LEVERS))


class ComplaintRateDirection(Exercise):
    """q3: when more unhappy customers complain, does the revenue at risk go up or down?"""

    key = "damage.complaint_direction"
    INPUTS = FirstLever.INPUTS
    _WORDS = {"down": ("down", "lower", "less", "decrease", "falls", "降低", "下降", "减少", "变少", "降"),
              "up": ("up", "higher", "more", "increase", "rises", "升高", "上升", "增加", "变多", "升")}

    def expected(self):
        damage = _damage()
        low = damage.market_damage(**{**self.INPUTS, "complaint_rate": 0.30}).revenue_at_risk
        high = damage.market_damage(**{**self.INPUTS, "complaint_rate": 0.60}).revenue_at_risk
        return "down" if high < low else "up"

    def compare(self, answer, expected):
        text = str(answer).strip().lower()
        said = [d for d, words in self._WORDS.items() if text in words]
        if not said:
            raise Wrong("unknown", answer=answer)
        if said[0] != expected:
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

    def expected(self):
        return self._rates("large")

    def compare(self, answer, expected):
        if not isinstance(answer, dict) or set(answer) != set(self.OUTCOMES):
            raise Wrong("not_a_dict", keys=", ".join(self.OUTCOMES))
        values = {k: _number(answer[k]) for k in self.OUTCOMES}
        if any(v > 1 for v in values.values()):
            raise Wrong("percent")

        def near(reference, tol=0.006):
            return all(abs(values[k] - reference[k]) <= tol for k in self.OUTCOMES)

        if near(expected):
            return
        published = _damage().TARP_LOYALTY.loc["large"]
        if near({k: float(published[k]) for k in self.OUTCOMES}, 1e-6):
            raise Wrong("published")
        if near(self._rates("small")):
            raise Wrong("small")
        if near(self._rates(None)):
            raise Wrong("mixed")
        wrong = [k for k in self.OUTCOMES if abs(values[k] - expected[k]) > 0.006]
        raise Wrong("off", outcome=wrong[0])


q1 = CustomersLost()
q2 = FirstLever()
q3 = ComplaintRateDirection()
q4 = LoyaltyFromLog()
