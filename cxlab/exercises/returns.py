"""Self-checks of the return module (exercise notebook ``exercises/src/06_return.py``).

Every expected answer is computed with :mod:`cxlab.returns`, never typed in; the wrong-answer explanations
(``exercises.returns.<q>.*`` in the catalog) name the typical mistake.

>>> from cxlab.exercises.returns import q1
>>> round(q1.expected(), 2)
428.57
>>> q1.check(600).status
'wrong'
"""
from __future__ import annotations

import math

from . import Exercise, Wrong, name_all, number as _number

__all__ = ["ClvByHand", "PaybackYear", "DetractorsToPassives", "q1", "q2", "q3"]


def _returns():
    from .. import returns

    return returns



class ClvByHand(Exercise):
    """q1: lifetime value of a customer by hand (margin at the end of each year)."""

    key = "returns.clv_by_hand"
    MARGIN, RETENTION, DISCOUNT = 200.0, 0.75, 0.10

    def expected(self):
        # 200 x 0.75 / (1 + 0.10 - 0.75) = 150 / 0.35 = 428.57
        return _returns().clv(self.MARGIN, self.RETENTION, self.DISCOUNT)

    def text_fmt(self):
        clv = _returns().clv
        return {"value": f"{self.expected():,.2f}", "higher": f"{clv(self.MARGIN, 0.80, self.DISCOUNT):,.0f}"}

    def compare(self, answer, expected):
        value = _number(answer)
        if abs(value - expected) <= 0.5:
            return
        clv = _returns().clv
        m, r, d = self.MARGIN, self.RETENTION, self.DISCOUNT
        if abs(value - clv(m, r, d, timing="start")) <= 0.5:
            raise Wrong("start")
        if abs(value - clv(m, r, 0.0)) <= 0.5:
            raise Wrong("no_discount")
        if abs(value - m / (1 - r)) <= 0.5:  # the undiscounted start-timing sum m (1 + r + r^2 ...)
            raise Wrong("no_discount_start")
        if abs(value - m / (1 + d - r)) <= 0.5:
            raise Wrong("no_retention_factor")
        raise Wrong("other", answer=answer)


class PaybackYear(Exercise):
    """q2: in which year does a CX investment pay back, counting discounted cash flows?"""

    key = "returns.payback_year"
    INPUTS = {"investment": 240_000, "customers": 20_000, "margin": 60.0, "retention": 0.70, "discount": 0.10,
              "retention_uplift": 0.05, "horizon": 6}

    def result(self):
        return _returns().experience_return(**self.INPUTS)

    def expected(self):
        # cumulative discounted: -240,000 → -185,455 → -113,554 → -42,442 → +20,100 (year 4)
        return math.ceil(self.result().payback_years)

    def text_fmt(self):
        return {"year": self.expected(), "simple": math.ceil(self.result().simple_payback_years)}

    def compare(self, answer, expected):
        value = _number(answer)
        result = self.result()
        if value == expected or abs(value - result.payback_years) <= 0.05:
            return
        if value == math.ceil(result.simple_payback_years) or abs(value - result.simple_payback_years) <= 0.05:
            raise Wrong("undiscounted")
        if value == expected - 1:
            raise Wrong("year_before")
        raise Wrong("other", answer=answer)


class DetractorsToPassives(Exercise):
    """q3: what is turning 100 detractors into passives worth (per-customer values × 100)?"""

    key = "returns.detractors_to_passives"
    N = 100
    INPUTS = {"customers": {"promoter": 300, "passive": 400, "detractor": 300}, "margin": 120.0,
              "retention_by_group": {"promoter": 0.85, "passive": 0.75, "detractor": 0.50},
              "referrals_by_group": {"promoter": 0.6, "passive": 0.1, "detractor": 0.0},
              "referral_conversion": 0.2, "discount": 0.10, "detractor_negative_referrals": 1.0}

    def values(self):
        return _returns().promoter_value(**self.INPUTS).table.set_index("group")

    def expected(self):
        per = self.values()["value_per_customer"]
        return self.N * float(per["passive"] - per["detractor"])

    def shares(self) -> dict:
        """What part of the gain comes from word of mouth: ``detractors`` (detractors no longer talking prospects
        away) and ``word_of_mouth`` (that plus the passives' referrals), as shares of the whole gain."""
        table = self.values()
        gain = self.expected() / self.N
        own = float(table.loc["passive", "own_value"] - table.loc["detractor", "own_value"])
        negative = float(table.loc["detractor", "negative_value"])
        return {"detractors": negative / gain, "word_of_mouth": (gain - own) / gain}

    def text_fmt(self):
        shares = self.shares()
        return {"gain": f"{self.expected():,.0f}", "detractors": f"{shares['detractors']:.0%}",
                "word_of_mouth": f"{shares['word_of_mouth']:.0%}"}

    def compare(self, answer, expected):
        value = _number(answer)
        if abs(value - expected) <= 1:
            return
        table = self.values()
        if abs(value - self.N * float(table.loc["passive", "own_value"] - table.loc["detractor", "own_value"])) <= 1:
            raise Wrong("no_word_of_mouth")
        per = table["value_per_customer"]
        if abs(value - self.N * float(per["promoter"] - per["detractor"])) <= 1:
            raise Wrong("promoters")
        if abs(value - expected / self.N) <= 0.05:
            raise Wrong("per_customer")
        raise Wrong("other", answer=answer)


q1 = ClvByHand()
q2 = PaybackYear()
q3 = DetractorsToPassives()
name_all(globals())
