"""Learner self-checks in the manner of Kaggle Learn's learntools: ``q1.check(answer)``, ``q1.hint()``,
``q1.solution()`` — the learner never leaves the notebook to find out whether they are right.

How solutions stay apart from learner copies
--------------------------------------------
* The correct answer is never typed into a learner notebook. Each exercise computes its expected answer
  with the cxlab models (:meth:`Exercise.expected`), so an answer key cannot drift from the model.
* Learner notebooks (``exercises/<lang>/``) hold blanks, ``____``; the trainer's answer keys
  (``exercises/answer_keys/<lang>/``) are generated from the same source by ``tools/nbbuild.py`` with the blanks
  filled in, and are never copied by ``cxlab practice``. The tests run both: a learner notebook must run
  without an error (every check says "not attempted yet"), an answer key must pass every check.
* ``q1.solution()`` shows the worked solution text from the catalog when the learner asks for it.

Writing an exercise
-------------------
Subclass :class:`Exercise`, set ``key`` (catalog prefix ``exercises.<key>`` holding ``title``, ``prompt``,
``hint`` — a list of hints — and ``solution``), implement ``expected()`` and, if equality is not the right
test, ``compare(answer, expected)`` which raises :class:`Wrong` with a catalog key explaining the mistake.
``compare`` checks the typical mistakes *before* the tolerance band of the right answer, and keeps that band
narrower than half the gap to the nearest typical mistake, so a wrong answer never gets the right answer's
message. A defensible answer other than the expected one is accepted by returning :class:`Right` with a
catalog key that says why. Numbers in ``correct``, ``solution`` and ``prompt`` texts come from
:meth:`Exercise.text_fmt` / :meth:`Exercise.prompt_fmt` (computed with the model, never typed in the catalog).
``name`` is the variable the notebook binds (``"q1"``), so messages name the exact call (``q1.hint()``).

Examples
--------
>>> from cxlab.exercises import Exercise, Wrong, ____
>>> class Double(Exercise):
...     key = "demo.double"
...     def expected(self):
...         return 4
>>> q = Double()
>>> q.check(____).status
'blank'
"""
from __future__ import annotations

import html
import math
import unicodedata
from dataclasses import dataclass, field

from ..i18n import t

__all__ = ["____", "Blank", "Exercise", "Wrong", "Right", "Feedback", "number", "amount", "close", "same_set",
           "show", "name_all"]


class Blank:
    """The placeholder a learner replaces with an answer."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "____"

    def __bool__(self):
        return False

    def _blank(self, *_):
        """Arithmetic on a blank stays a blank, so ``100 * (____ - ____)`` runs and checks as 'not attempted'."""
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _blank
    __neg__ = __pos__ = __abs__ = _blank


____ = Blank()


class Wrong(Exception):
    """Raised by :meth:`Exercise.compare`: ``key`` is a catalog key (``exercises.<key>`` or ``exercises.common.*``)
    explaining what is wrong, formatted with ``fmt``."""

    def __init__(self, key: str, **fmt):
        super().__init__(key)
        self.key = key
        self.fmt = fmt


class Right:
    """Returned by :meth:`Exercise.compare` to accept a defensible answer other than the expected one: ``key``
    (``exercises.<key>``) explains why it is accepted, formatted with ``fmt``."""

    def __init__(self, key: str, **fmt):
        self.key = key
        self.fmt = fmt


_STYLE = {
    "correct": ("#e6f4ea", "#1e7e34", "✔"),
    "wrong": ("#fdecea", "#b3261e", "✘"),
    "blank": ("#eef3fb", "#0b57d0", "…"),
    "hint": ("#fff8e1", "#8a5a00", "☞"),
    "solution": ("#f3e8fd", "#6a1b9a", "▶"),
    "prompt": ("#f1f3f4", "#3c4043", "✎"),
}


@dataclass
class Feedback:
    """What a check, hint or solution says; shows itself as a coloured box in a notebook."""

    status: str  # 'correct', 'wrong', 'blank', 'hint', 'solution' or 'prompt'
    message: str
    details: list = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def __str__(self):
        head = _STYLE[self.status][2] + " " + self.message
        return "\n".join([head, *self.details])

    __repr__ = __str__

    def _repr_html_(self):
        background, colour, mark = _STYLE[self.status]
        body = "".join(f"<div>{html.escape(str(d))}</div>" for d in self.details)
        return (
            f'<div style="background:{background};border-left:6px solid {colour};padding:8px 12px;'
            f'margin:4px 0;color:#202124;font-size:1.05em"><b style="color:{colour}">{mark} '
            f"{html.escape(self.message)}</b>{body}</div>"
        )


class Exercise:
    """One self-check. Subclasses set ``key`` and implement :meth:`expected` (and maybe :meth:`compare`)."""

    key: str = ""
    #: The variable the notebook binds this exercise to (set by :func:`name_all`), used in "run q1.hint()".
    name: str = "q"

    def __init__(self):
        self._hints_shown = 0
        self.attempts = 0

    # -- what subclasses provide ------------------------------------------------------------------------------
    def expected(self):
        """The correct answer, computed with the cxlab models (never typed in)."""
        raise NotImplementedError

    def compare(self, answer, expected):
        """Raise :class:`Wrong` when ``answer`` is not ``expected``; the default is plain equality."""
        if answer != expected:
            raise Wrong("common.not_equal", answer=answer)

    # -- what the learner calls -----------------------------------------------------------------------------
    def _text(self, part: str, **fmt) -> str:
        return t(f"exercises.{self.key}.{part}", **fmt)

    @property
    def title(self) -> str:
        return self._text("title")

    def prompt_fmt(self) -> dict:
        """Values formatted into the prompt text (an exercise whose question shows numbers overrides this)."""
        return {}

    def text_fmt(self) -> dict:
        """Values formatted into the ``correct`` and ``solution`` texts (numbers computed from the model)."""
        return {}

    def prompt(self) -> Feedback:
        """The question, in the current language (marked ✎, so it is never mistaken for a check result)."""
        return Feedback("prompt", self.title, [self._text("prompt", **self.prompt_fmt())])

    def check(self, answer=____) -> Feedback:
        """Say whether ``answer`` is right, wrong (and why) or not attempted yet."""
        if answer is ____ or isinstance(answer, Blank) or _contains_blank(answer):
            return Feedback("blank", t("exercises.common.blank_title"), [t("exercises.common.blank_body")])
        self.attempts += 1
        try:
            verdict = self.compare(answer, self.expected())
        except Wrong as wrong:
            _record(self, "wrong")
            key = wrong.key if wrong.key.startswith("common.") else f"{self.key}.{wrong.key}"
            details = [t(f"exercises.{key}", q=self.name, **wrong.fmt)]
            if self.attempts >= 2 and self._hints_shown == 0:
                details.append(t("exercises.common.try_hint", q=self.name))
            return Feedback("wrong", t("exercises.common.wrong_title"), details)
        _record(self, "correct")
        if isinstance(verdict, Right):
            return Feedback("correct", t("exercises.common.correct_title"),
                            [t(f"exercises.{self.key}.{verdict.key}", **verdict.fmt)])
        return Feedback("correct", t("exercises.common.correct_title"), [self._text("correct", **self.text_fmt())]
                        if _has(f"exercises.{self.key}.correct") else [])

    def hint(self, n: int | None = None) -> Feedback:
        """The next hint (or hint number ``n``, from 1)."""
        hints = self._text("hint").split("\n")
        if n is None:
            self._hints_shown = min(self._hints_shown + 1, len(hints))
            n = self._hints_shown
        n = max(1, min(int(n), len(hints)))
        label = t("exercises.common.hint_title", n=n, total=len(hints))
        return Feedback("hint", label, [hints[n - 1]])

    def solution(self) -> Feedback:
        """The worked solution, in the current language."""
        return Feedback("solution", t("exercises.common.solution_title"),
                        self._text("solution", **self.text_fmt()).split("\n"))


def name_all(namespace: dict, names=("q1", "q2", "q3", "q4", "q5", "q6")) -> None:
    """Tell each exercise bound in ``namespace`` (a module's ``globals()``) the name it is called by."""
    for name in names:
        if isinstance(namespace.get(name), Exercise):
            namespace[name].name = name


def _record(exercise: Exercise, status: str) -> None:
    """Keep the record of a check the learner ran (exercise, check, verdict, time; never the answer) for the
    class progress the trainer sees on a hub (:func:`cxlab.hub.record_check`). Never raises."""
    try:
        from ..hub import record_check

        record_check(exercise.key, exercise.name, status)
    except Exception:  # noqa: BLE001 — a record that cannot be kept must not break the learner's notebook
        pass


def _has(key: str) -> bool:
    from ..i18n import has

    return has(key)


def _contains_blank(answer) -> bool:
    if isinstance(answer, (list, tuple, set)):
        return any(isinstance(a, Blank) or _contains_blank(a) for a in answer)
    if isinstance(answer, dict):
        return any(isinstance(a, Blank) or _contains_blank(a) for a in answer.values())
    return False


# -- comparison helpers for compare() -------------------------------------------------------------------------
def number(answer) -> float:
    """``answer`` as a float; :class:`Wrong` ('common.not_a_number') when it is not a number or is NaN."""
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise Wrong("common.not_a_number", answer=answer) from None
    if math.isnan(value):
        raise Wrong("common.not_a_number", answer=answer)
    return value


def amount(answer) -> float:
    """A money amount as a float: a number, or a text holding one number as a learner types it — ``"680.4万"``,
    ``"6,804,000 元"``, ``"−24.5万"`` — read as the course tests read a typed number
    (:func:`cxlab.assessment.read_answer`); :class:`Wrong` ('common.not_a_number') otherwise.

    >>> amount("680.4万"), amount("6,804,000 元"), amount(1500)
    (6804000.0, 6804000.0, 1500.0)
    """
    if isinstance(answer, str):
        from ..assessment import _number_in

        value = _number_in(unicodedata.normalize("NFKC", answer).strip())
        if value is None:
            raise Wrong("common.not_a_number", answer=answer)
        return value
    return number(answer)


def close(answer, expected, tol: float = 0.01, name: str = "answer"):
    """Raise :class:`Wrong` unless ``answer`` is a number within ``tol`` (absolute) of ``expected``."""
    if abs(number(answer) - float(expected)) > tol:
        raise Wrong("common.not_close", answer=answer, name=name)


def same_set(answer, expected):
    """Raise :class:`Wrong` unless ``answer`` holds the same items as ``expected`` (order ignored)."""
    if isinstance(answer, str) or not hasattr(answer, "__iter__"):
        raise Wrong("common.not_a_list", answer=answer)
    got, want = set(answer), set(expected)
    if got != want:
        raise Wrong("common.set_differs", missing=len(want - got), extra=len(got - want))


def show(*exercises) -> None:
    """Display the prompts of several exercises (used at the top of an exercise notebook)."""
    from IPython.display import display

    for exercise in exercises:
        display(exercise.prompt())
