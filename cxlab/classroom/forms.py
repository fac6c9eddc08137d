"""The surveys a class can answer live, built from the models' own questionnaires (never written twice).

A :class:`Survey` knows its questions in either language (:meth:`Survey.questions`), how to check one learner's
submitted form (:meth:`Survey.validate`, which returns the clean answers or the list of problems in the learner's
language) and how to turn the stored answers into the long frame its model takes (:meth:`Survey.frame`):

* ``kano_hotel_app`` — the paired KANO questions (:func:`cxlab.kano.questionnaire`) for five features of the hotel
  app case (a must-be, a one-dimensional, an attractive, an indifferent and a reverse candidate), so the class's own
  answers can be classified with :func:`cxlab.kano.classify` and compared with the 240 guests of the dataset;
* ``nps`` — the 0–10 recommendation question with an optional comment (the NPS question of module 07).

Adding a survey is one entry in :data:`SURVEYS`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import t

__all__ = ["Question", "Survey", "SURVEYS", "get", "names", "MAX_TEXT"]

#: The longest free-text answer accepted (characters).
MAX_TEXT = 500


@dataclass(frozen=True)
class Question:
    """One question of a live survey: ``id`` (form field name), ``kind`` ('choice' or 'text'), the ``text`` shown,
    the ``options`` as (value, label) pairs for a choice, ``required`` and the ``group`` it belongs to (a feature)."""

    id: str
    kind: str
    text: str
    options: tuple = ()
    required: bool = True
    group: str = ""
    layout: str = "list"          # 'list' (one option per line) or 'scale' (a row of numbers, for 0..10)


@dataclass(frozen=True)
class Survey:
    """A live survey: its ``name``, the ``model`` it feeds and a builder of its questions."""

    name: str
    model: str
    _questions: object = field(repr=False)
    _frame: object = field(repr=False)
    columns: tuple = ()
    chart: object = field(default=None, repr=False)   # chart(frame, ax): the live chart, when not KANO / NPS

    def title(self, lang: str) -> str:
        return t(f"classroom.survey.{self.name}.title", lang=lang)

    def intro(self, lang: str) -> str:
        return t(f"classroom.survey.{self.name}.intro", lang=lang)

    def questions(self, lang: str) -> list:
        return self._questions(lang)

    def validate(self, form: dict, lang: str):
        """Check one submitted form (``{field: [values]}`` or ``{field: value}``).

        Returns ``(answers, problems)``: the clean answers (``{question id: int or str}``) and a list of problems
        in ``lang`` (empty when the form is complete and every value is one the question accepts). Fields that
        are not questions of this survey are a problem too (a form from another survey, or a crafted request).
        """
        problems, answers = [], {}
        questions = self.questions(lang)
        known = {q.id for q in questions}
        for key in form:
            if key not in known and not key.startswith("_"):
                problems.append(t("classroom.error.unknown_field", lang=lang, field=key[:40]))
        for number, q in enumerate(questions, start=1):
            raw = form.get(q.id)
            if isinstance(raw, (list, tuple)):
                if len(raw) > 1:
                    problems.append(t("classroom.error.twice", lang=lang, number=number))
                    continue
                raw = raw[0] if raw else None
            if isinstance(raw, bytes):
                raw = raw.decode("utf-8", errors="replace")
            raw = (raw or "").strip() if isinstance(raw, str) or raw is None else str(raw)
            if not raw:
                if q.required:
                    problems.append(t("classroom.error.missing", lang=lang, number=number))
                continue
            if q.kind == "choice":
                accepted = {str(value): value for value, _ in q.options}
                if raw not in accepted:
                    problems.append(t("classroom.error.not_an_option", lang=lang, number=number,
                                      value=raw[:20]))
                    continue
                answers[q.id] = accepted[raw]
            else:
                if len(raw) > MAX_TEXT:
                    problems.append(t("classroom.error.too_long", lang=lang, number=number, limit=MAX_TEXT,
                                      length=len(raw)))
                    continue
                answers[q.id] = raw
        return answers, problems

    def frame(self, rows: list):
        """The stored answers (``[{'device', 'answers', ...}]``) as the long frame the model takes."""
        return self._frame(rows)


# -- KANO ---------------------------------------------------------------------------------------------------------
#: The five features of the hotel-app case asked in class: one candidate per KANO category the case shows.
KANO_FEATURES = ("wifi", "chat_response", "birthday_upgrade", "theme_colours", "daily_push")


def _kano_names(lang):
    from .. import datasets

    table = datasets.load("kano_hotel_app_features").set_index("feature")
    return {f: table.loc[f, f"name_{lang}"] for f in KANO_FEATURES}


def _kano_questions(lang):
    from .. import kano
    from ..i18n import get_language, set_language

    names = _kano_names(lang)
    previous = get_language()
    set_language(lang)
    try:
        q = kano.questionnaire([names[f] for f in KANO_FEATURES], importance=False)
    finally:
        set_language(previous)
    by_name = {v: k for k, v in names.items()}
    options = tuple((code, t(f"kano.answer.{code}", lang=lang)) for code in kano.ANSWERS)
    return [Question(id=f"{by_name[row.feature]}.{row.kind}", kind="choice", text=row.question, options=options,
                     group=by_name[row.feature]) for row in q.frame.itertuples(index=False)]


def _kano_frame(rows):
    import pandas as pd

    columns = ["respondent", "feature", "functional", "dysfunctional"]
    records = []
    for number, row in enumerate(rows, start=1):
        answers = row["answers"]
        for feature in KANO_FEATURES:
            f, d = answers.get(f"{feature}.functional"), answers.get(f"{feature}.dysfunctional")
            if f is not None and d is not None:
                records.append((f"L{number:03d}", feature, int(f), int(d)))
    return pd.DataFrame.from_records(records, columns=columns).astype(
        {"functional": "int64", "dysfunctional": "int64"})


# -- NPS ------------------------------------------------------------------------------------------------------------
def _nps_questions(lang):
    scale = tuple((v, str(v)) for v in range(11))
    return [Question(id="score", kind="choice", text=t("classroom.survey.nps.question", lang=lang), options=scale,
                     layout="scale"),
            Question(id="comment", kind="text", text=t("classroom.survey.nps.comment", lang=lang), required=False)]


def _nps_frame(rows):
    import pandas as pd

    records = [(f"L{n:03d}", int(r["answers"]["score"]), r["answers"].get("comment", ""))
               for n, r in enumerate(rows, start=1) if "score" in r["answers"]]
    return pd.DataFrame.from_records(records, columns=["respondent", "score", "comment"]).astype({"score": "int64"})


SURVEYS = {
    "kano_hotel_app": Survey("kano_hotel_app", "kano", _kano_questions, _kano_frame,
                             ("respondent", "feature", "functional", "dysfunctional")),
    "nps": Survey("nps", "value", _nps_questions, _nps_frame, ("respondent", "score", "comment")),
}


# -- pre-test, post-test, participant feedback, CX maturity: built by cxlab.assessment ---------------------------
def _assessment_surveys():
    from ..assessment import live_surveys

    return live_surveys()


SURVEYS.update(_assessment_surveys())


#: Short names a trainer may type for a survey (``results("kano")``).
ALIASES = {"kano": "kano_hotel_app", "value": "nps"}


def names() -> list:
    return list(SURVEYS)


def get(name) -> Survey:
    """The survey called ``name``; an unknown name is an :class:`cxlab.InputError` listing the surveys."""
    key = name.strip().lower() if isinstance(name, str) else None
    key = ALIASES.get(key, key)
    if key not in SURVEYS:
        from .. import InputError

        raise InputError(t("classroom.error.unknown_survey", value=str(name)[:40], accepted=", ".join(SURVEYS)))
    return SURVEYS[key]
