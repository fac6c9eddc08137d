"""Self-checks of the KANO module (exercise notebook ``exercises/src/02_kano.py``).

Every expected answer is computed with :mod:`cxlab.kano` on the course data, never typed in; the wrong-answer
explanations (``exercises.kano.<q>.*`` in the catalog) name the typical mistake.

>>> from cxlab.exercises.kano import q1
>>> q1.check(q1.expected()).status
'correct'
"""
from __future__ import annotations

import re

import pandas as pd

from ..i18n import has, t
from . import Exercise, Wrong

__all__ = ["ClassifyPairs", "BetterWorse", "BuildFirst", "CleanSurvey", "q1", "q2", "q3", "q4"]


def _kano():
    from .. import kano

    return kano


def _names():
    from ..widgets.kano import feature_names

    return feature_names()


class ClassifyPairs(Exercise):
    """q1: classify five (functional, dysfunctional) answer pairs with the evaluation table."""

    key = "kano.q1"
    #: (functional, dysfunctional) pairs the learner classifies by hand.
    PAIRS = [(1, 3), (3, 5), (1, 5), (2, 2), (5, 1)]

    def prompt_fmt(self):
        return {"pairs": self.pairs_text()}

    def pairs_text(self) -> str:
        return ", ".join(f"({f}, {d})" for f, d in self.PAIRS)

    def expected(self):
        kano = _kano()
        return [str(c) for c in kano.evaluate([p[0] for p in self.PAIRS], [p[1] for p in self.PAIRS])]

    def compare(self, answer, expected):
        letters = _letters(answer)
        if letters is None:
            raise Wrong("not_letters", answer=answer)
        if len(letters) != len(expected):
            raise Wrong("count", given=len(letters), wanted=len(expected))
        kano = _kano()
        unknown = [x for x in letters if x not in kano.CATEGORIES]
        if unknown:
            raise Wrong("unknown_letter", letter=unknown[0], accepted=", ".join(kano.CATEGORIES))
        if letters == expected:
            return
        swapped = [str(c) for c in kano.evaluate([p[1] for p in self.PAIRS], [p[0] for p in self.PAIRS])]
        if letters == swapped:
            raise Wrong("swapped")
        wrong = [i for i, (g, e) in enumerate(zip(letters, expected)) if g != e]
        i = wrong[0]
        f, d = self.PAIRS[i]
        fmt = dict(n=i + 1, f=f, d=d, given=letters[i], wrong=len(wrong))
        specific = f"confuse.{expected[i]}{letters[i]}"
        raise Wrong(specific if has(f"exercises.{self.key}.{specific}") else "wrong_pair", **fmt)


def _letters(answer):
    """'AMOIR', 'A, M, O, I, R', ['A', 'm', ...] -> ['A', 'M', ...]; None when it is none of these."""
    if isinstance(answer, str):
        parts = [p for p in re.split(r"[\s,;/，、]+", answer.strip()) if p]
        if len(parts) == 1:
            parts = list(parts[0])
        return [p.upper() for p in parts]
    if isinstance(answer, (list, tuple)) and all(isinstance(a, str) for a in answer):
        return [a.strip().upper() for a in answer]
    return None


class BetterWorse(Exercise):
    """q2: Better and Worse of one feature from its category counts."""

    key = "kano.q2"
    FEATURE = "fast_lane"
    #: Pilot survey at one hotel: category counts of the members' fast lane (110 guests).
    COUNTS = {"A": 42, "O": 28, "M": 12, "I": 18, "R": 6, "Q": 4}

    def prompt_fmt(self):
        return {"n": sum(self.COUNTS.values()), "counts": ", ".join(f"{k} = {v}" for k, v in self.COUNTS.items())}

    def answers(self) -> pd.DataFrame:
        """A long answer frame with exactly :attr:`COUNTS` (one typical pair per category, from kano.TABLE)."""
        kano = _kano()
        rows = []
        for letter, count in self.COUNTS.items():
            f, d = next((f, d) for f in kano.ANSWERS for d in kano.ANSWERS if kano.TABLE.loc[f, d] == letter)
            rows += [(f, d)] * count
        return pd.DataFrame({"respondent": range(1, len(rows) + 1), "feature": self.FEATURE,
                             "functional": [r[0] for r in rows], "dysfunctional": [r[1] for r in rows]})

    def counts(self) -> pd.Series:
        """The counts as a small table to show the learner."""
        return pd.Series(self.COUNTS, name=self.FEATURE)

    def expected(self):
        row = _kano().classify(self.answers()).loc[self.FEATURE]
        return float(row["better"]), float(row["worse"])

    def compare(self, answer, expected):
        try:
            better, worse = (float(v) for v in answer)
        except (TypeError, ValueError):
            raise Wrong("shape", answer=answer) from None
        want_b, want_w = expected
        c = self.COUNTS
        near = _near
        if near(better, want_b) and near(worse, want_w):
            return
        if near(better, abs(want_w)) and near(abs(worse), want_b):
            raise Wrong("swapped")
        if near(better, want_b) and near(worse, -want_w):
            raise Wrong("sign")
        everyone = sum(c.values())
        if near(better, (c["A"] + c["O"]) / everyone) or near(abs(worse), (c["O"] + c["M"]) / everyone):
            raise Wrong("denominator", n=everyone, core=everyone - c["R"] - c["Q"])
        core = c["A"] + c["O"] + c["M"] + c["I"]
        if near(better, (c["A"] + c["M"]) / core) or near(better, c["A"] / core):
            raise Wrong("better_counts")
        if near(abs(worse), (c["M"] + c["I"]) / core) or near(abs(worse), c["M"] / core):
            raise Wrong("worse_counts")
        if near(better, want_b):
            raise Wrong("worse_off", worse=worse)
        if near(worse, want_w):
            raise Wrong("better_off", better=better)
        raise Wrong("both_off", better=better, worse=worse)


def _near(a, b, tol=0.006):
    return abs(float(a) - float(b)) <= tol


class BuildFirst(Exercise):
    """q3: from the better-worse grid, choose the 3 backlog features to build first (M before O before A,
    never I or R). Any choice consistent with that rule is accepted."""

    key = "kano.q3"
    #: The app team's backlog (features not built yet).
    CANDIDATES = ["online_checkin", "e_invoice", "chat_response", "checkin_speed", "late_checkout", "mobile_key",
                  "birthday_upgrade", "theme_colours", "daily_push"]
    HOW_MANY = 3
    #: Build order by category (lower first); I and R are never built.
    TIER = {"M": 0, "O": 1, "A": 2}

    def prompt_fmt(self):
        names = _names()
        return {"backlog": len(self.CANDIDATES), "n": self.HOW_MANY,
                "features": ", ".join(f"{names.get(f, f)} ({f})" for f in self.CANDIDATES)}

    def result(self) -> pd.DataFrame:
        """classify() of the cleaned hotel survey, the backlog features only (the grid the learner reads)."""
        from .. import datasets

        kano = _kano()
        answers = kano.clean(datasets.load("kano_hotel_app")).answers
        return kano.classify(answers[answers["feature"].isin(self.CANDIDATES)])

    def _worse(self) -> dict:
        if not hasattr(self, "_worse_cache"):
            self._worse_cache = self.result()["worse"].to_dict()
        return self._worse_cache

    def expected(self):
        """{feature: category} of the backlog."""
        return self.result()["category"].to_dict()

    def compare(self, answer, categories):
        names = _names()
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            raise Wrong("common.not_a_list", answer=answer)
        by_name = {v: k for k, v in names.items()}
        chosen = [by_name.get(a, a) if isinstance(a, str) else a for a in answer]
        unknown = [a for a in chosen if a not in categories]
        if unknown:
            raise Wrong("unknown", value=unknown[0], accepted=", ".join(self.CANDIDATES))
        if len(set(chosen)) != self.HOW_MANY:
            raise Wrong("count", given=len(set(chosen)), wanted=self.HOW_MANY)
        for feature in chosen:
            if categories[feature] == "R":
                raise Wrong("reverse", feature=names.get(feature, feature))
            if categories[feature] not in self.TIER:
                raise Wrong("not_worth", feature=names.get(feature, feature),
                            category=t(f"kano.category.{categories[feature]}"))
        left = [f for f in categories if f not in chosen and categories[f] in self.TIER]
        for feature in sorted(chosen, key=lambda f: -self.TIER[categories[f]]):
            better_left = sorted((f for f in left if self.TIER[categories[f]] < self.TIER[categories[feature]]),
                                 key=lambda f: (self.TIER[categories[f]], self._worse().get(f, 0.0)))
            if better_left:
                other = better_left[0]
                raise Wrong(f"order.{categories[feature]}{categories[other]}",
                            feature=names.get(feature, feature), other=names.get(other, other))

    def accepted(self) -> list:
        """All feature sets the rule accepts (for the tests and the solution)."""
        from itertools import combinations

        categories = self.expected()
        found = []
        for combo in combinations(self.CANDIDATES, self.HOW_MANY):
            try:
                self.compare(list(combo), categories)
            except Wrong:
                continue
            found.append(set(combo))
        return found


class CleanSurvey(Exercise):
    """q4: which respondents of a messy class survey should be dropped before the analysis?"""

    key = "kano.q4"
    FEATURES = ["wifi", "mobile_key", "birthday_upgrade", "daily_push"]
    #: Eight classmates x four features: respondent -> [(functional, dysfunctional), ...] in FEATURES order.
    ANSWERS = {
        "S01": [(2, 5), (1, 3), (1, 4), (5, 1)],
        "S02": [(1, 1), (1, 1), (1, 1), (1, 1)],   # likes everything both ways
        "S03": [(2, 5), (5, 5), (1, 1), (1, 1)],   # 3 of 4 contradictory
        "S04": [(1, 1), (1, 3), (5, 5), (3, 3)],   # 2 of 4: exactly half
        "S05": [(3, 3), (3, 3), (3, 3), (3, 3)],   # neutral straight-liner
        "S06": [(1, 5), (1, 3), (1, 2), (4, 1)],
        "S07": [(2, 5), (1, 1), (1, 3), (3, 2)],   # 1 of 4
        "S08": [(5, 5), (5, 5), (5, 5), (5, 5)],   # dislikes everything both ways
    }

    def data(self) -> pd.DataFrame:
        """The class survey as a long answer frame."""
        rows = [(r, f, p[0], p[1]) for r, pairs in self.ANSWERS.items() for f, p in zip(self.FEATURES, pairs)]
        return pd.DataFrame(rows, columns=["respondent", "feature", "functional", "dysfunctional"])

    def expected(self):
        return set(_kano().clean(self.data()).dropped["respondent"])

    def compare(self, answer, expected):
        if isinstance(answer, str) or not hasattr(answer, "__iter__"):
            raise Wrong("common.not_a_list", answer=answer)
        given = {str(a).strip().upper() for a in answer}
        unknown = sorted(given - set(self.ANSWERS))
        if unknown:
            raise Wrong("unknown", value=unknown[0], accepted=", ".join(self.ANSWERS))
        if given == expected:
            return
        report = _kano().clean(self.data(), straight_lining=False)
        shares = dict(zip(report.dropped["respondent"], report.dropped["questionable_share"]))
        extra, missing = sorted(given - expected), sorted(expected - given)
        if extra:
            who = extra[0]
            pairs = self.ANSWERS[who]
            count = int((_kano().evaluate([p[0] for p in pairs], [p[1] for p in pairs]) == "Q").sum())
            if 2 * count == len(pairs):
                raise Wrong("exactly_half", who=who, count=count, total=len(pairs))
            raise Wrong("keeps", who=who, count=count, total=len(pairs))
        who = missing[0]
        if who in shares and shares[who] == 1.0:
            raise Wrong("all_questionable", who=who)
        if who in shares:
            raise Wrong("most_questionable", who=who, share=f"{shares[who]:.0%}")
        raise Wrong("straight_line", who=who)


q1 = ClassifyPairs()
q2 = BetterWorse()
q3 = BuildFirst()
q4 = CleanSurvey()
