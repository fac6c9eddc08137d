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

from ..i18n import LANGUAGES, has, t
from . import Exercise, Right, Wrong, name_all

__all__ = ["ClassifyPairs", "BetterWorse", "BuildFirst", "CleanSurvey", "q1", "q2", "q3", "q4"]


def _kano():
    from .. import kano

    return kano


def _names(lang=None):
    from ..widgets.kano import feature_names

    return feature_names(lang=lang)


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


_SEPARATORS = r"[,;/，、；\n]+"


def _norm(text: str) -> str:
    """Lower case, without spaces, hyphens, underscores, quotes or the words 'quality' / '质量' / '需求' / '类'."""
    text = "".join(ch for ch in str(text).lower() if not ch.isspace() and ch not in "-_'\"“”‘’「」.")
    for word in ("quality", "category", "质量", "需求", "类别", "类"):
        text = text.replace(word, "")
    return text


def parse_category(answer):
    """The KANO letter a learner's word means, or ``None``: the letter in any case ('a'), the category name in
    either language ('魅力质量', 'Attractive', 'attractive quality', '期望质量（一元质量）', '一元质量') or one of
    the aliases in the catalog (``kano.category_alias.<letter>``).

    Examples
    --------
    >>> parse_category(" a "), parse_category("Must-be quality"), parse_category("一元质量"), parse_category("x")
    ('A', 'M', 'O', None)
    """
    if not isinstance(answer, str):
        return None
    text = _norm(answer)
    if not text:
        return None
    for letter in _kano().CATEGORIES:
        names = {letter}
        for lang in LANGUAGES:
            label = t(f"kano.category.{letter}", lang=lang)
            names.update(re.split(r"[（）()]", label))
            names.add(label)
            names.update(t(f"kano.category_alias.{letter}", lang=lang).split("|"))
        if text in {_norm(n) for n in names if _norm(n)}:
            return letter
    return None


def _letters(answer):
    """'AMOIR', 'A, M, O, I, R', ['A', 'm', '魅力质量', 'Must-be'] ... -> ['A', 'M', ...] (a word that names no
    category is kept as it was typed, so the message can quote it); None when the answer is not text."""
    if isinstance(answer, str):
        parts = [p for p in re.split(_SEPARATORS, answer.strip()) if p.strip()]
        if len(parts) == 1:
            words = parts[0].split()
            if len(words) > 1 and all(parse_category(w) for w in words):
                parts = words
            elif len(words) == 1 and parse_category(words[0]) is None and len(words[0]) > 1:
                parts = list(words[0])
        return [parse_category(p) or p.strip() for p in parts]
    if isinstance(answer, (list, tuple)) and all(isinstance(a, str) for a in answer):
        return [parse_category(a) or a.strip() for a in answer]
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
        if isinstance(answer, dict):
            keys = {_norm(k): v for k, v in answer.items()}
            answer = (keys.get("better"), keys.get("worse"))
        try:
            better, worse = (float(v) for v in answer)
        except (TypeError, ValueError):
            raise Wrong("shape", answer=answer) from None
        want_b, want_w = expected
        c = self.COUNTS
        near = _near
        if abs(better) > 1 or abs(worse) > 1:  # both coefficients are shares, between -1 and 1
            raise Wrong("percent", better=better, worse=worse)
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

    def runner_up(self) -> dict:
        """{feature: second most frequent category} for the features whose leader is not significant (Fong):
        for them either category is a defensible reading of the survey."""
        result = self.result()
        letters = list(_kano().CATEGORIES)
        out = {}
        for feature, row in result.iterrows():
            if bool(row["fong_significant"]):
                continue
            others = sorted((c for c in letters if c != row["category"]), key=lambda c: -row[c])
            out[feature] = others[0]
        return out

    def _tiers(self, feature, categories, runner_up, chosen: bool):
        """The build tier of a feature (None: never build). For a chosen feature whose leader is not significant,
        the more urgent of its two categories; for one left in the backlog, the less urgent."""
        tiers = [self.TIER[c] for c in (categories[feature], runner_up.get(feature)) if c in self.TIER]
        if not tiers:
            return None
        if feature not in runner_up:
            return self.TIER.get(categories[feature])
        return min(tiers) if chosen else max(tiers)

    def compare(self, answer, categories):
        names = _names()
        if isinstance(answer, str):
            answer = [a for a in re.split(_SEPARATORS, answer) if a.strip()]
        if not hasattr(answer, "__iter__"):
            raise Wrong("common.not_a_list", answer=answer)
        by_name = {_norm(code): code for code in categories}
        for lang in LANGUAGES:
            by_name.update({_norm(label): code for code, label in _names(lang).items()})
        chosen = [by_name.get(_norm(a), a) if isinstance(a, str) else a for a in answer]
        unknown = [a for a in chosen if a not in categories]
        if unknown:
            raise Wrong("unknown", value=unknown[0], accepted=", ".join(self.CANDIDATES))
        if len(set(chosen)) != self.HOW_MANY:
            raise Wrong("count", given=len(set(chosen)), wanted=self.HOW_MANY)
        runner_up = self.runner_up()
        for feature in chosen:
            if self._tiers(feature, categories, runner_up, chosen=True) is None:
                if categories[feature] == "R":
                    raise Wrong("reverse", feature=names.get(feature, feature))
                raise Wrong("not_worth", feature=names.get(feature, feature),
                            category=t(f"kano.category.{categories[feature]}"))
        tier = {f: self._tiers(f, categories, runner_up, chosen=f in chosen) for f in categories}
        left = [f for f in categories if f not in chosen and tier[f] is not None]
        urgent = {v: k for k, v in self.TIER.items()}
        for feature in sorted(chosen, key=lambda f: -tier[f]):
            better_left = sorted((f for f in left if tier[f] < tier[feature]),
                                 key=lambda f: (tier[f], self._worse().get(f, 0.0)))
            if better_left:
                other = better_left[0]
                raise Wrong(f"order.{urgent[tier[feature]]}{urgent[tier[other]]}",
                            feature=names.get(feature, feature), other=names.get(other, other))
        lenient = [f for f in chosen if f in runner_up and tier[f] != self.TIER.get(categories[f])]
        if lenient:
            f = lenient[0]
            return Right("fong", feature=names.get(f, f), leader=t(f"kano.category.{categories[f]}"),
                         second=t(f"kano.category.{runner_up[f]}"))
        return None

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
        if isinstance(answer, str):
            answer = [a for a in re.split(r"[\s,;/，、；]+", answer) if a]
        if not hasattr(answer, "__iter__"):
            raise Wrong("common.not_a_list", answer=answer)
        given = {"".join(str(a).split()).upper() for a in answer}
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
name_all(globals())
