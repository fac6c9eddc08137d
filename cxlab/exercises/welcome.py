"""The welcome notebook's live exercises: which level of the customer-experience pyramid is a given experience?

The pyramid (seed 002) has three levels, lowest first: 1.0 basic (the need is met: on-time delivery, the
product works), 2.0 effortless (no hassle in the process: a short checkout, a fast reply) and 3.0 memorable
(a delight beyond expectation: a birthday upgrade in a hotel). The three scenarios below are the seed's own
examples, one per level.

A learner answers with the level number (``1``, ``2``, ``3``, ``1.0`` …), the level code (``'basic'``,
``'effortless'``, ``'memorable'``) or a level name or alias from the catalog, in either language
(``welcome.pyramid.level.<code>.name`` / ``.aliases``).

Examples
--------
>>> from cxlab.exercises import ____
>>> from cxlab.exercises.welcome import q1
>>> q1.check(____).status
'blank'
>>> q1.check(2).status
'wrong'
>>> q1.check(1).status
'correct'
"""
from __future__ import annotations

import math
import numbers
import re

from ..i18n import LANGUAGES, t
from . import Exercise, Wrong, name_all

__all__ = ["LEVELS", "SCENARIOS", "parse_level", "PyramidLevel", "q1", "q2", "q3"]

#: The pyramid's levels, bottom to top (level number = position + 1).
LEVELS = ("basic", "effortless", "memorable")

#: The seed's examples (002): scenario → the level it belongs to.
SCENARIOS = {
    "on_time_delivery": "basic",
    "three_step_checkout": "effortless",
    "birthday_upgrade": "memorable",
}


def _squash(text: str) -> str:
    return "".join(str(text).lower().split())


def parse_level(answer):
    """The level code a learner's answer means, or ``None`` when it names no level.

    Examples
    --------
    >>> parse_level(1), parse_level("2.0"), parse_level(" Memorable "), parse_level("初级体验"), parse_level(4)
    ('basic', 'effortless', 'memorable', 'basic', None)
    >>> parse_level("1.0 初级体验"), parse_level("1.0 basic"), parse_level("3 轻松体验")
    ('basic', 'basic', None)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, numbers.Real):
        value = float(answer)
        if math.isfinite(value) and value.is_integer() and 1 <= value <= len(LEVELS):
            return LEVELS[int(value) - 1]
        return None
    if not isinstance(answer, str):
        return None
    text = _squash(answer)
    try:
        return parse_level(float(text))
    except ValueError:
        pass
    by_name = _by_name(text)
    if by_name:
        return by_name
    # a number and a name together: "1.0 初级体验", "1 basic", "level 2 effortless" — both must name one level
    match = re.match(r"^(?:level|第)?([123])(?:\.0)?(?:层|级)?[:：.、,，\-]*(.*)$", text)
    if match:
        number, rest = LEVELS[int(match.group(1)) - 1], match.group(2)
        if not rest or _by_name(rest) == number:
            return number
    return None


def _by_name(text: str):
    """The level whose code, name (with or without its number and its bracketed gloss) or alias is ``text``."""
    for code in LEVELS:
        names = {code}
        for lang in LANGUAGES:
            prefix = f"welcome.pyramid.level.{code}"
            name = t(f"{prefix}.name", lang=lang)
            short = re.split(r"[（(]", name)[0]
            names.update({name, short, re.sub(r"^[0-9.]+\s*", "", short)})
            names.update(t(f"{prefix}.aliases", lang=lang).split("\n"))
        if text in {_squash(n) for n in names}:
            return code
    return None


class PyramidLevel(Exercise):
    """Which pyramid level is this scenario? (one of :data:`SCENARIOS`)"""

    def __init__(self, scenario: str = "on_time_delivery"):
        if scenario not in SCENARIOS:
            from .. import InputError

            raise InputError(t("core.error.bad_choice", name="scenario", value=scenario,
                               accepted=", ".join(SCENARIOS)))
        super().__init__()
        self.scenario = scenario
        self.key = f"welcome.pyramid_level.{scenario}"

    def expected(self):
        return SCENARIOS[self.scenario]

    def compare(self, answer, expected):
        level = parse_level(answer)
        if level is None:
            raise Wrong("unknown", answer=answer)
        if level != expected:
            raise Wrong(f"wrong_{level}")


q1 = PyramidLevel("on_time_delivery")
q2 = PyramidLevel("three_step_checkout")
q3 = PyramidLevel("birthday_upgrade")
name_all(globals())
