"""Self-checks of the journey module (exercise notebook ``exercises/src/04_journey.py``).

Every expected answer is computed with :mod:`cxlab.journey` from the course data (or, for the first exercise, is
the stage table below); answers may be written as codes, Chinese or English names, in any case and with spaces
around them. Each typical wrong answer gets its own explanation (``exercises.journey.<q>.*`` in the catalog).

>>> from cxlab.exercises.journey import q2
>>> q2.check(q2.expected()).status
'correct'
>>> q2.check({"峰值": "烟花秀", "谷底": "排队等候", "终点": "年卡优惠"}).status
'correct'
"""
from __future__ import annotations

import unicodedata

from . import Exercise, Feedback, Wrong, number as _number
from ..i18n import LANGUAGES, t

__all__ = ["StagesOf", "PeakTroughEnd", "TopPriorities", "PricePainPoint", "PainOrItch",
           "q1", "q2", "q3", "q4", "q5"]


def _journey():
    from .. import journey

    return journey


def _key(text) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", str(text)).casefold() if ch.isalnum())


def _stage(answer):
    """A stage code from a code or a zh/en stage name (also the variants a journey file may use)."""
    journey = _journey()
    known = {}
    for code in journey.STAGES:
        known[_key(code)] = code
        for lang in LANGUAGES:
            known[_key(t(f"journey.stage.{code}", lang=lang))] = code
        for variant in journey.VALUE_VARIANTS.get(code, ()):
            known.setdefault(_key(variant), code)
    return known.get(_key(answer))


def _named(answer, table, id_column):
    """An id of ``table[id_column]`` from the id or its zh/en name (columns ``name_zh`` / ``name_en``), else None."""
    known = {}
    for column in (id_column, "name_zh", "name_en"):
        if column in table.columns:
            for row_id, name in zip(table[id_column], table[column]):
                known.setdefault(_key(name), row_id)
    return known.get(_key(answer)) if isinstance(answer, str) else None


def _touchpoint(answer, table):
    """A touchpoint id from its id or its zh/en name, else None."""
    return _named(answer, table, "touchpoint")


class _WithNumbers(Exercise):
    """An exercise whose solution text shows numbers computed by the model (``solution_fmt``)."""

    def solution_fmt(self) -> dict:
        return {}

    def solution(self) -> Feedback:
        return Feedback("solution", t("exercises.common.solution_title"),
                        self._text("solution", **self.solution_fmt()).split("\n"))


# -- q1 ------------------------------------------------------------------------------------------------------------

class StagesOf(Exercise):
    """q1: put six touchpoints of a hotel stay into their stages."""

    key = "journey.stages"
    #: The touchpoints (ids; names in the catalog ``exercises.journey.stages.items.<id>``) and their stages.
    ANSWER = {"friend_photos": "awareness", "compare_hotels": "consideration", "book_room": "purchase",
              "night_in_room": "use", "forgotten_charger": "after_sales", "member_offer": "loyalty"}

    def prompt_fmt(self):
        items = [f"{i}. {t(f'exercises.journey.stages.items.{tp}')} ({tp})"
                 for i, tp in enumerate(self.ANSWER, start=1)]
        stages = ", ".join(f"{s} ({_journey().stage_name(s)})" for s in _journey().STAGES)
        return {"items": "; ".join(items), "stages": stages}

    def expected(self):
        return dict(self.ANSWER)

    def compare(self, answer, expected):
        ids = list(expected)
        if isinstance(answer, (list, tuple)):
            if len(answer) != len(ids):
                raise Wrong("length", n=len(ids), got=len(answer))
            answer = dict(zip(ids, answer))
        if not isinstance(answer, dict):
            raise Wrong("not_a_dict")
        given = {}
        for key, value in answer.items():
            tp = next((i for i in ids if _key(i) == _key(key) or
                       any(_key(key) == _key(t(f"exercises.journey.stages.items.{i}", lang=lang))
                           for lang in LANGUAGES)), None)
            if tp is None:
                raise Wrong("unknown_item", answer=key, accepted=", ".join(ids))
            stage = _stage(value)
            if stage is None:
                raise Wrong("unknown_stage", answer=value, accepted=", ".join(_journey().STAGES))
            given[tp] = stage
        missing = [i for i in ids if i not in given]
        if missing:
            raise Wrong("missing", items=", ".join(missing))
        wrong = [i for i in ids if given[i] != expected[i]]
        if not wrong:
            return
        if given.get("forgotten_charger") == "use":
            raise Wrong("after_sales_is_after")
        if given.get("compare_hotels") == "awareness":
            raise Wrong("comparing_is_considering")
        raise Wrong("some_wrong", n=len(wrong), items=", ".join(wrong))


# -- q2 ------------------------------------------------------------------------------------------------------------

class PeakTroughEnd(Exercise):
    """q2: the peak, trough and end of the families' theme-park journey."""

    key = "journey.peak_trough_end"
    PERSONA = "family"
    PARTS = ("peak", "trough", "end")

    def _table(self):
        from .. import datasets

        return _journey().touchpoints(datasets.load("journey_theme_park"))

    def curve(self, stages=None):
        return _journey().emotion_curve(self._table(), persona=self.PERSONA, stages=stages)

    def expected(self):
        curve = self.curve()
        return {part: getattr(curve, part)["touchpoint"] for part in self.PARTS}

    def compare(self, answer, expected):
        if not isinstance(answer, dict):
            raise Wrong("not_a_dict")
        names = {part: {_key(part)} | {_key(t(f"journey.plot.{part}", lang=lang)) for lang in LANGUAGES}
                 for part in self.PARTS}
        table = self._table()
        given = {}
        for key, value in answer.items():
            part = next((p for p, keys in names.items() if _key(key) in keys), None)
            if part is None:
                raise Wrong("unknown_part", answer=key)
            tp = _touchpoint(value, table)
            if tp is None:
                raise Wrong("unknown_touchpoint", answer=value)
            given[part] = tp
        if set(given) != set(self.PARTS):
            raise Wrong("not_a_dict")
        if given == expected:
            return
        if given["peak"] == expected["trough"] and given["trough"] == expected["peak"]:
            raise Wrong("swapped")
        visit_end = self.curve(stages=["use"]).end["touchpoint"]
        if given["end"] == visit_end != expected["end"]:
            raise Wrong("end_of_the_day")
        wrong = [p for p in self.PARTS if given[p] != expected[p]]
        raise Wrong("off", parts=", ".join(t(f"journey.plot.{p}") for p in wrong))


# -- q3 ------------------------------------------------------------------------------------------------------------

class TopPriorities(_WithNumbers):
    """q3: the three touchpoints with the highest priority for overall satisfaction (appliance case)."""

    key = "journey.top_priorities"
    OUTCOME = "overall"

    def mot(self):
        from .. import datasets

        return _journey().moments_of_truth(datasets.load("journey_appliance"),
                                           datasets.load("journey_appliance_survey"), self.OUTCOME)

    def expected(self):
        return self.mot().ranking()["touchpoint"].head(3).tolist()

    def _alternatives(self):
        table = self.mot().table.query("surveyed")
        by = {   # the most telling mistake first: in this case the three orders coincide
            "no_reach": table.assign(x=table["importance"] * table["gap"]).sort_values("x", ascending=False),
            "by_importance": table.sort_values("importance", ascending=False),
            "by_score": table.sort_values("performance"),
        }
        return {k: v["touchpoint"].head(3).tolist() for k, v in by.items()}

    def solution_fmt(self):
        ranking = self.mot().ranking().head(3)
        names = dict(zip(ranking["touchpoint"], _journey().touchpoint_names(ranking)))
        lines = [t("exercises.journey.top_priorities.line", name=names[r.touchpoint], importance=f"{r.importance:.1%}",
                   gap=f"{r.gap:.2f}", reach=f"{r.reach:.0%}", priority=f"{r.priority:.3f}")
                 for r in ranking.itertuples()]
        return {"lines": "\n".join(lines)}

    def compare(self, answer, expected):
        if isinstance(answer, str) or not isinstance(answer, (list, tuple)) or len(answer) != 3:
            raise Wrong("three")
        from .. import datasets

        table = datasets.load("journey_appliance")
        given = []
        for value in answer:
            tp = _touchpoint(value, table)
            if tp is None:
                raise Wrong("unknown_touchpoint", answer=value)
            given.append(tp)
        if given == expected:
            return
        for reason, order in self._alternatives().items():
            if given == order and order != expected:
                raise Wrong(reason)
        if set(given) == set(expected):
            raise Wrong("order")
        raise Wrong("other")


# -- q4 ------------------------------------------------------------------------------------------------------------

class PricePainPoint(_WithNumbers):
    """q4: the revenue at risk at the repair hotline (200,000 customers a year, each worth 3,000)."""

    key = "journey.price_pain"
    TOUCHPOINT = "repair_hotline"
    CUSTOMERS = 200_000
    VALUE = 3_000

    def _row(self):
        from .. import datasets

        table = _journey().touchpoints(datasets.load("journey_appliance"))
        return table.set_index("touchpoint").loc[self.TOUCHPOINT]

    def priced(self):
        from .. import datasets

        table = _journey().to_damage(datasets.load("journey_appliance"), customers=self.CUSTOMERS,
                                     value_per_customer=self.VALUE)
        return table.set_index("touchpoint").loc[self.TOUCHPOINT]

    def prompt_fmt(self):
        row = self._row()
        return {"customers": f"{self.CUSTOMERS:,}", "value": f"{self.VALUE:,}", "reach": f"{row['reach']:.0%}",
                "problem": f"{row['problem_rate']:.0%}", "drop": f"{row['loyalty_drop']:.0%}"}

    def solution_fmt(self):
        priced = self.priced()
        return {**self.prompt_fmt(), "passing": f"{priced['reach']:,.0f}",
                "affected": f"{priced['customers_affected']:,.0f}", "lost": f"{priced['customers_lost']:,.0f}",
                "revenue": f"{priced['revenue_at_risk']:,.0f}"}

    def expected(self):
        return float(self.priced()["revenue_at_risk"])

    def compare(self, answer, expected):
        value = _number(answer)
        if abs(value - expected) <= 1:
            return
        row, priced = self._row(), self.priced()
        mistakes = {
            "no_reach": expected / row["reach"],
            "no_drop": expected / row["loyalty_drop"],
            "no_problem": expected / row["problem_rate"],
            "customers": float(priced["customers_lost"]),
        }
        for reason, wrong in mistakes.items():
            if abs(value - wrong) <= max(1.0, 1e-6 * wrong):
                raise Wrong(reason, answer=answer)
        raise Wrong("other", answer=answer)


# -- q5 ------------------------------------------------------------------------------------------------------------

class PainOrItch(Exercise):
    """q5: pain point or itch point? The smart-home app and the repair hotline (appliance case, overall)."""

    key = "journey.pain_or_itch"
    TOUCHPOINTS = ("app_control", "repair_hotline")
    _WORDS = {"pain": ("pain", "painpoint", "痛点", "痛"), "itch": ("itch", "itchpoint", "痒点", "痒")}

    def expected(self):
        table = TopPriorities().mot().table.set_index("touchpoint")
        out = {}
        for tp in self.TOUCHPOINTS:
            out[tp] = "pain" if table.loc[tp, "pain"] else "itch" if table.loc[tp, "itch"] else "neither"
        return out

    def compare(self, answer, expected):
        from .. import datasets

        if not isinstance(answer, dict):
            raise Wrong("not_a_dict")
        table = datasets.load("journey_appliance")
        given = {}
        for key, value in answer.items():
            tp = _touchpoint(key, table)
            if tp not in self.TOUCHPOINTS:
                raise Wrong("unknown_touchpoint", answer=key)
            word = next((k for k, words in self._WORDS.items() if _key(value) in words), None)
            if word is None:
                raise Wrong("unknown_word", answer=value)
            given[tp] = word
        if set(given) != set(self.TOUCHPOINTS):
            raise Wrong("not_a_dict")
        if given == expected:
            return
        if all(given[tp] != expected[tp] for tp in self.TOUCHPOINTS):
            raise Wrong("swapped")
        wrong = next(tp for tp in self.TOUCHPOINTS if given[tp] != expected[tp])
        raise Wrong(f"wrong_{wrong}")


q1 = StagesOf()
q2 = PeakTroughEnd()
q3 = TopPriorities()
q4 = PricePainPoint()
q5 = PainOrItch()
