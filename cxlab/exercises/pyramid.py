"""Self-checks of the pyramid module (exercise notebook ``exercises/src/01_pyramid.py``).

Expected answers come from :mod:`cxlab.pyramid` (its constants and its assessment of the course data), never
typed in; the wrong-answer explanations (``exercises.pyramid.<q>.*``) name the typical mistake. Levels may be
written any way a learner would: ``1``, ``"2.0"``, ``"effortless"``, ``"轻松体验"`` … (the welcome notebook's
:func:`cxlab.exercises.welcome.parse_level`).

>>> from cxlab.exercises.pyramid import q1, q2, q3, q4
>>> [q.check(q.expected()).status for q in (q1, q2, q3, q4)]
['correct', 'correct', 'correct', 'correct']
"""
from __future__ import annotations

import math

from ..i18n import LANGUAGES, t
from . import Exercise, Wrong
from .welcome import LEVELS as _CODES, parse_level as _parse_code

__all__ = ["as_level", "SortImprovements", "FirstGap", "KanoLevels", "DelightProgramme", "q1", "q2", "q3", "q4"]


def _pyramid():
    from .. import pyramid

    return pyramid


def as_level(answer):
    """The pyramid level ('1.0', '2.0', '3.0') a learner's answer means, or None.

    >>> as_level(2), as_level("3.0"), as_level(" Basic "), as_level("轻松体验"), as_level("x")
    ('2.0', '3.0', '1.0', '2.0', None)
    """
    code = _parse_code(answer)
    return None if code is None else _pyramid().LEVELS[_CODES.index(code)]


def _squash(text) -> str:
    return "".join(str(text).lower().split())


def _words(key: str) -> set:
    """The accepted spellings listed under a catalog key, in both languages, squashed."""
    words = set()
    for lang in LANGUAGES:
        words |= {_squash(w) for w in t(key, lang=lang).split("\n")}
    return words


def _level_text(level) -> str:
    if level is None:
        return t("exercises.pyramid.common.no_level")
    return f"{level} {_pyramid().level_name(level)}"


class SortImprovements(Exercise):
    """q1: sort six improvements into the pyramid's levels."""

    key = "pyramid.q1"
    #: The improvements (catalog ``exercises.pyramid.q1.improvement.<id>``) and the level each one lifts.
    IMPROVEMENTS = {
        "late_deliveries": "1.0",
        "saved_address": "2.0",
        "remembered_preference": "3.0",
        "wrong_items": "1.0",
        "first_reply_fix": "2.0",
        "surprise_note": "3.0",
    }

    def prompt_fmt(self):
        lines = [f"{i}. {t(f'exercises.pyramid.q1.improvement.{k}')}" for i, k in enumerate(self.IMPROVEMENTS, 1)]
        return {"improvements": "\n".join(lines), "n": len(self.IMPROVEMENTS)}

    def expected(self):
        return list(self.IMPROVEMENTS.values())

    def compare(self, answer, expected):
        if isinstance(answer, str):
            compact = answer.replace(" ", "").replace(",", "").replace("，", "")
            items = list(compact) if compact.isdigit() else [a for a in answer.replace("，", ",").split(",")]
        elif isinstance(answer, (list, tuple)):
            items = list(answer)
        else:
            raise Wrong("common.not_a_list", answer=answer)
        if len(items) != len(expected):
            raise Wrong("count", given=len(items), wanted=len(expected))
        levels = [as_level(a) for a in items]
        for i, (item, level) in enumerate(zip(items, levels), 1):
            if level is None:
                raise Wrong("unknown", n=i, answer=item)
        ids = list(self.IMPROVEMENTS)
        wrong = [i for i, (g, e) in enumerate(zip(levels, expected)) if g != e]
        if wrong:
            i = wrong[0]
            raise Wrong(f"item.{ids[i]}", n=i + 1, given=_level_text(levels[i]), count=len(wrong))


class FirstGap(Exercise):
    """q2: from the IT help desk's measures in its second quarter, find the first level not reached."""

    key = "pyramid.q2"
    QUARTER = "Q2"

    def measures(self) -> dict:
        """The help desk's measures of :attr:`QUARTER`, computed from the course dataset."""
        from .. import datasets

        table = _pyramid().measures_from(datasets.load("pyramid_it_helpdesk"), by="quarter", audience="internal")
        row = table.loc[self.QUARTER]
        return {m: float(v) for m, v in row.items() if m != "n"}

    def result(self):
        return _pyramid().internal(self.measures())

    def table(self):
        """The measures with their goalposts, as the learner sees them (no scores: those are the exercise)."""
        import pandas as pd

        pyramid = _pyramid()
        measures = self.result().measures
        return pd.DataFrame({
            t("pyramid.column.level"): measures["level"].to_numpy(),
            t("pyramid.column.value"): measures["value"].round(3).to_numpy(),
            t("pyramid.column.floor"): measures["floor"].to_numpy(),
            t("pyramid.column.target"): measures["target"].to_numpy(),
        }, index=pd.Index([pyramid.measure_name(m) for m in measures.index], name=t("pyramid.column.item")))

    def prompt_fmt(self):
        bars = _pyramid().THRESHOLDS
        return {"quarter": self.QUARTER, "t1": f"{bars['1.0']:.0%}", "t2": f"{bars['2.0']:.0%}",
                "t3": f"{bars['3.0']:.0%}"}

    def expected(self):
        return self.result().first_gap

    def solution(self):
        from . import Feedback

        result = self.result()
        levels = result.levels
        weakest = result.measures[result.measures["level"] == "2.0"].sort_values("attainment").index[0]
        fmt = {**self.prompt_fmt(), "s1": f"{levels.at['1.0', 'score']:.0%}", "s2": f"{levels.at['2.0', 'score']:.0%}",
               "weakest": _pyramid().measure_name(weakest), "gap": _level_text(result.first_gap)}
        return Feedback("solution", t("exercises.common.solution_title"), self._text("solution", **fmt).split("\n"))

    def compare(self, answer, expected):
        level = as_level(answer)
        if level is None:
            raise Wrong("unknown", answer=answer)
        if level == expected:
            return
        result = self.result()
        row = result.levels.loc[level]
        fmt = dict(level=level, score=f"{row['score']:.0%}", threshold=f"{row['threshold']:.0%}",
                   gap=expected, gap_score=f"{result.levels.at[expected, 'score']:.0%}",
                   gap_threshold=f"{result.levels.at[expected, 'threshold']:.0%}")
        raise Wrong("below" if level < expected else "skipped", **fmt)


class KanoLevels(Exercise):
    """q3: which KANO category belongs to which level (and which to none)?"""

    key = "pyramid.q3"
    CATEGORIES = ("M", "O", "A", "I")

    def expected(self):
        levels = _pyramid().KANO_LEVELS
        return {c: levels.get(c) for c in self.CATEGORIES}

    def _category(self, key):
        # the KANO room's reading of a category name (letter, name in either language, catalog aliases)
        from .kano import parse_category

        return parse_category(key)

    def _level(self, value):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "none"
        if isinstance(value, str) and _squash(value) in _words("exercises.pyramid.q3.none_words"):
            return "none"
        if not isinstance(value, bool) and value == 0:
            return "none"
        return as_level(value)

    def compare(self, answer, expected):
        if not isinstance(answer, dict):
            raise Wrong("not_a_dict", answer=answer)
        given = {}
        for key, value in answer.items():
            letter = self._category(key)
            if letter is None or letter not in self.CATEGORIES:
                raise Wrong("unknown_category", value=key, accepted=", ".join(self.CATEGORIES))
            level = self._level(value)
            if level is None:
                raise Wrong("unknown_level", category=letter, value=value)
            given[letter] = None if level == "none" else level
        missing = [c for c in self.CATEGORIES if c not in given]
        if missing:
            raise Wrong("missing", category=missing[0])
        if given == expected:
            return
        if given["M"] == "3.0" and given["A"] == "1.0":
            raise Wrong("upside_down")
        wrong = next(c for c in self.CATEGORIES if given[c] != expected[c])
        raise Wrong(f"wrong.{wrong}", given=_level_text(given[wrong]))


class DelightProgramme(Exercise):
    """q4: the station hotel wants to extend its birthday upgrade to every guest's anniversary. Fund it now, and if
    not, which level comes first?"""

    key = "pyramid.q4"
    HOTEL = "station"

    def result(self):
        from .. import datasets

        pyramid = _pyramid()
        table = pyramid.measures_from(datasets.load("pyramid_hotel"), by="hotel")
        return pyramid.assess(table.loc[self.HOTEL])

    def birthday_result(self):
        """The station hotel's birthday guests only: the upgrade's own score."""
        from .. import datasets

        pyramid = _pyramid()
        table = pyramid.measures_from(datasets.load("pyramid_hotel"), by=["hotel", "birthday_stay"])
        return pyramid.assess(table.loc[(self.HOTEL, 1)])

    def expected(self):
        """(fund now?, the first level to work on): fund a 3.0 programme only when 1.0 and 2.0 are reached."""
        result = self.result()
        return result.first_gap == "3.0", result.first_gap

    def solution(self):
        from . import Feedback

        result, birthday = self.result(), self.birthday_result()
        level = result.first_gap
        fmt = {"level": level, "number": _pyramid().LEVELS.index(level) + 1, "base": f"{result.levels.at[level, 'score']:.0%}",
               "threshold": f"{result.levels.at[level, 'threshold']:.0%}",
               "score": f"{birthday.levels.at['3.0', 'score']:.0%}"}
        return Feedback("solution", t("exercises.common.solution_title"), self._text("solution", **fmt).split("\n"))

    def _yes_no(self, value):
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = _squash(value)
            if text in _words("exercises.pyramid.q4.yes_words"):
                return True
            if text in _words("exercises.pyramid.q4.no_words"):
                return False
        return None

    def compare(self, answer, expected):
        if isinstance(answer, (str, bytes)) or not hasattr(answer, "__len__") or len(answer) != 2:
            raise Wrong("shape", answer=answer)
        fund, level_answer = answer
        fund = self._yes_no(fund)
        if fund is None:
            raise Wrong("not_yes_no", answer=answer[0])
        want_fund, want_level = expected
        result = self.result()
        if fund and not want_fund:
            birthday = self.birthday_result()
            raise Wrong("fund", score=f"{birthday.levels.at['3.0', 'score']:.0%}",
                        level=want_level, base=f"{result.levels.at[want_level, 'score']:.0%}")
        level = as_level(level_answer)
        if level is None:
            raise Wrong("unknown_level", answer=level_answer)
        if level != want_level:
            raise Wrong("wrong_level", given=level, level=want_level,
                        score=f"{result.levels.at[want_level, 'score']:.0%}",
                        threshold=f"{result.levels.at[want_level, 'threshold']:.0%}")


q1 = SortImprovements()
q2 = FirstGap()
q3 = KanoLevels()
q4 = DelightProgramme()
