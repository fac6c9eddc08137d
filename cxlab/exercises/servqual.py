"""Self-checks of the SERVQUAL module (exercise notebook ``exercises/src/03_servqual.py``).

Every expected answer is computed with :mod:`cxlab.servqual` on the course data, never typed in; the wrong-answer
explanations (``exercises.servqual.<q>.*`` in the catalog) name the typical mistake. Dimension answers are
accepted as ids or names in Chinese or English, any case, with spaces around.

>>> from cxlab.exercises.servqual import q1, q5
>>> q1.check(q1.expected()).status, q5.check("有形性").status
('correct', 'correct')
"""
from __future__ import annotations

from functools import lru_cache

from . import Exercise, Wrong, number as _number

__all__ = ["ItemGap", "DimensionScore", "WeightedScore", "ReadIpa", "UnreliableScale", "q1", "q2", "q3", "q4", "q5"]

_TOL = 0.015   # answers to two decimals from numbers shown to two decimals


def _servqual():
    from .. import servqual

    return servqual


@lru_cache(maxsize=None)
def _case(case: str):
    """(answers, respondents, gaps result with per-respondent weights) of a course case."""
    from .. import datasets

    answers = datasets.load(f"servqual_{case}")
    people = datasets.load(f"servqual_{case}_respondents")
    return answers, people, _servqual().gaps(answers, people)


def _near(a, b, tol=_TOL):
    return abs(float(a) - float(b)) <= tol


def _dimensions(answer) -> list:
    """A dimension answer ('可靠性', 'Reliability', ['tangibles'] …) as a list of ids; Wrong when unknown."""
    from .. import InputError

    servqual = _servqual()
    values = [answer] if isinstance(answer, str) else answer
    if isinstance(values, (list, tuple, set)) and all(isinstance(v, str) for v in values):
        out = []
        for value in values:
            try:
                out.append(servqual.dimension_id(value))
            except InputError:
                raise Wrong("common_dimension", value=value,
                            accepted=", ".join(servqual.dimension_name(d) for d in servqual.DIMENSIONS)) from None
        return out
    raise Wrong("common_dimension", value=answer,
                accepted=", ".join(servqual.dimension_name(d) for d in servqual.DIMENSIONS))


class ItemGap(Exercise):
    """q1: the gap of one item from its mean expectation and perception (telecom case)."""

    key = "servqual.q1"
    ITEM = 8

    def shown(self):
        row = _case("telecom")[2].items.loc[self.ITEM]
        return round(float(row["expectation"]), 2), round(float(row["perception"]), 2)

    def prompt_fmt(self):
        e, p = self.shown()
        return {"item": self.ITEM, "text": _servqual().item_text(self.ITEM, "perception"), "e": f"{e:.2f}",
                "p": f"{p:.2f}"}

    def expected(self):
        return float(_case("telecom")[2].items.loc[self.ITEM, "gap"])

    def compare(self, answer, expected):
        value = _number(answer)
        if _near(value, expected):
            return
        e, p = self.shown()
        if _near(value, -expected):
            raise Wrong("swapped")
        if _near(value, (p - e) / e) or _near(value, (p - e) / 7):
            raise Wrong("ratio")
        raise Wrong("other", answer=answer)


class DimensionScore(Exercise):
    """q2: a dimension's gap from its items' gaps (bank case, reliability)."""

    key = "servqual.q2"
    DIMENSION = "reliability"

    def item_gaps(self) -> dict:
        items = _case("bank")[2].items
        chosen = items[items["dimension"] == self.DIMENSION]["gap"]
        return {int(i): round(float(g), 2) for i, g in chosen.items()}

    def prompt_fmt(self):
        return {"name": _servqual().dimension_name(self.DIMENSION),
                "gaps": ", ".join(f"{i}: {g:+.2f}" for i, g in self.item_gaps().items())}

    def expected(self):
        return float(_case("bank")[2].dimensions.loc[self.DIMENSION, "gap"])

    def compare(self, answer, expected):
        value = _number(answer)
        if _near(value, expected):
            return
        gaps = list(self.item_gaps().values())
        if _near(value, sum(gaps), 0.03):
            raise Wrong("sum", count=len(gaps))
        if _near(value, -expected):
            raise Wrong("sign")
        if any(_near(value, g, 0.005) for g in gaps):
            raise Wrong("one_item")
        if _near(value, (max(gaps) + min(gaps)) / 2):
            raise Wrong("midrange")
        raise Wrong("other", answer=answer)


class WeightedScore(Exercise):
    """q3: unweighted and weighted score from the five dimension gaps and a set of weights (telecom case)."""

    key = "servqual.q3"
    WEIGHTS = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 15, "empathy": 15}

    def dimension_gaps(self) -> dict:
        result = _case("telecom")[2]
        return {d: round(float(g), 2) for d, g in result.dimensions["gap"].items()}

    def prompt_fmt(self):
        servqual = _servqual()
        gaps = self.dimension_gaps()
        return {"gaps": ", ".join(f"{servqual.dimension_name(d)} {g:+.2f}" for d, g in gaps.items()),
                "weights": ", ".join(f"{servqual.dimension_name(d)} {w}" for d, w in self.WEIGHTS.items())}

    def expected(self):
        answers = _case("telecom")[0]
        result = _servqual().gaps(answers, self.WEIGHTS)
        return result.unweighted, result.weighted

    def compare(self, answer, expected):
        try:
            unweighted, weighted = (float(v) for v in answer)
        except (TypeError, ValueError):
            raise Wrong("shape", answer=answer) from None
        want_u, want_w = expected
        gaps = self.dimension_gaps()
        if _near(unweighted, want_u) and _near(weighted, want_w):
            return
        if _near(unweighted, want_w) and _near(weighted, want_u):
            raise Wrong("swapped")
        if _near(unweighted, sum(gaps.values()), 0.03):
            raise Wrong("sum")
        if _near(weighted, want_w * 100, 1.0):
            raise Wrong("percent")
        if _near(weighted, want_u):
            raise Wrong("not_weighted")
        if _near(unweighted, want_u):
            raise Wrong("weighted_off", weighted=weighted)
        raise Wrong("unweighted_off", unweighted=unweighted)


class ReadIpa(Exercise):
    """q4: read the bank's IPA grid (derived importance) and choose the dimension to improve first. Any dimension in
    the 'concentrate here' quadrant is accepted."""

    key = "servqual.q4"

    def grid(self):
        answers, people, result = _case("bank")
        return _servqual().ipa(result, "derived", outcome=people)

    def expected(self):
        grid = self.grid()
        return list(grid.index[grid["quadrant"] == "concentrate"])

    def compare(self, answer, expected):
        chosen = _dimensions(answer)
        if len(chosen) != 1:
            raise Wrong("one", count=len(chosen))
        dimension = chosen[0]
        if dimension in expected:
            return
        quadrant = self.grid().loc[dimension, "quadrant"]
        raise Wrong(f"quadrant.{quadrant}", name=_servqual().dimension_name(dimension))


class UnreliableScale(Exercise):
    """q5: which dimension's items do not hang together (alpha below 0.7) in the bank survey?"""

    key = "servqual.q5"

    def table(self):
        return _servqual().reliability(_case("bank")[0])

    def expected(self):
        table = self.table()
        return set(table.index[table["flagged"]])

    def compare(self, answer, expected):
        chosen = set(_dimensions(answer))
        if chosen == expected:
            return
        servqual = _servqual()
        table = self.table()
        largest_gap = _case("bank")[2].ranking(weighted=False)[0]
        wrong = sorted(chosen - expected)
        if wrong:
            d = wrong[0]
            if d == largest_gap:
                raise Wrong("gap_not_alpha", name=servqual.dimension_name(d))
            raise Wrong("alpha_ok", name=servqual.dimension_name(d), alpha=f"{table.loc[d, 'perception']:.2f}")
        raise Wrong("missing", count=len(expected - chosen))


q1 = ItemGap()
q2 = DimensionScore()
q3 = WeightedScore()
q4 = ReadIpa()
q5 = UnreliableScale()
