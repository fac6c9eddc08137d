"""The surveys a class can answer live, built from the models' own questionnaires (never written twice).

A :class:`Survey` knows its questions in either language (:meth:`Survey.questions`), how to check one learner's
submitted form (:meth:`Survey.validate`, which returns the clean answers or the list of problems in the learner's
language) and how to turn the stored answers into the long frame its model takes (:meth:`Survey.frame`):

* ``kano_hotel_app`` — the paired KANO questions (:func:`cxlab.kano.questionnaire`) for five features of the hotel
  app case (a must-be, a one-dimensional, an attractive, an indifferent and a reverse candidate), so the class's own
  answers can be classified with :func:`cxlab.kano.classify` and compared with the 240 guests of the dataset;
* ``nps`` — the 0–10 recommendation question with an optional comment (the NPS question of module 07);
* ``servqual_short`` — a short SERVQUAL form: one expectation and one perception statement per dimension (the
  items' own wording, :func:`cxlab.servqual.item_text`, on its 7-point scale) and, optionally, the 100 points over
  the five dimensions. The statements rotate from phone to phone (five forms, one item of each dimension each), so
  five learners cover all 22 items and the class's answers go straight into :func:`cxlab.servqual.gaps` (a planned
  missing-data design: each item's means are taken over the learners who answered it, as ``gaps`` does);
* ``pyramid_check`` — the pyramid self-check: five questions about the learner's last purchase, one per measure of
  :data:`cxlab.pyramid.MEASURES` a customer can answer (on time, a problem, the effort score, a wow moment,
  beyond expectation), grouped by level; :func:`cxlab.pyramid.measures_from` turns the class's answers into the
  measures :func:`cxlab.pyramid.assess` takes.

Adding a survey is one entry in :data:`SURVEYS` (``Survey(name, model, questions, frame, columns)``; the keyword
fields after ``columns`` are optional).
"""
from __future__ import annotations

from contextlib import contextmanager
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
    low: str = ""                 # the words under the two ends of a 'scale' ("0 = not at all likely")
    high: str = ""
    section: str = ""             # a heading shown above the first question of a section (a part of the form)
    limits: tuple = ()            # (low, high) of a 'number' question (whole numbers)


@dataclass(frozen=True)
class Survey:
    """A live survey: its ``name``, the ``model`` it feeds and a builder of its questions."""

    name: str
    model: str
    _questions: object = field(repr=False)
    _frame: object = field(repr=False)
    columns: tuple = ()
    #: How many versions of the form rotate from phone to phone (the questions builder then takes
    #: ``(lang, variant)``); 1 = every learner gets the same form.
    variants: int = 1
    #: Optional ``(lang) -> [Question]``: every question of every variant, in the export's column order.
    _all: object = field(default=None, repr=False)
    #: Optional ``(answers, lang) -> [problem]``: checks across questions (e.g. points adding up to 100).
    _check: object = field(default=None, repr=False)
    chart: object = field(default=None, repr=False)   # chart(frame, ax): the live chart, when not KANO / NPS

    def title(self, lang: str) -> str:
        return t(f"classroom.survey.{self.name}.title", lang=lang)

    def intro(self, lang: str) -> str:
        return t(f"classroom.survey.{self.name}.intro", lang=lang)

    def questions(self, lang: str, variant: int = 0) -> list:
        """The questions of the form in ``lang`` (of one ``variant`` when the form rotates). Built once per
        language and variant: the server asks for them on every request."""
        key = (self.name, lang, variant % self.variants)
        if key not in _QUESTIONS:
            built = self._questions(lang) if self.variants == 1 else self._questions(lang, key[2])
            _QUESTIONS[key] = tuple(built)
        return list(_QUESTIONS[key])

    def all_questions(self, lang: str) -> list:
        """Every question any learner may be asked (all variants), each once: the export's columns."""
        if self._all is not None:
            return list(self._all(lang))
        seen, out = set(), []
        for variant in range(self.variants):
            for q in self.questions(lang, variant):
                if q.id not in seen:
                    seen.add(q.id)
                    out.append(q)
        return out

    def variant_of(self, form: dict):
        """The variant a submitted form was built for (its hidden ``_variant`` field), or None when it is not one
        of this survey's variants."""
        if self.variants == 1:
            return 0
        raw = form.get("_variant")
        if isinstance(raw, (list, tuple)):
            raw = raw[0] if len(raw) == 1 else None
        raw = raw.decode("ascii", errors="replace") if isinstance(raw, bytes) else raw
        if isinstance(raw, str) and raw.isdigit() and int(raw) < self.variants:
            return int(raw)
        return None

    def validate(self, form: dict, lang: str):
        """Check one submitted form (``{field: [values]}`` or ``{field: value}``).

        Returns ``(answers, problems)``: the clean answers (``{question id: int or str}``) and a list of problems
        in ``lang`` (empty when the form is complete and every value is one the question accepts). Fields that
        are not questions of this survey are a problem too (a form from another survey, or a crafted request).
        """
        problems, answers = [], {}
        variant = self.variant_of(form)
        if variant is None:
            return {}, [t("classroom.error.variant", lang=lang)]
        questions = self.questions(lang, variant)
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
            elif q.kind == "number":
                low, high = q.limits
                if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:
                    problems.append(t("classroom.error.not_a_number", lang=lang, number=number, value=raw[:20],
                                      low=low, high=high))
                    continue
                answers[q.id] = int(raw)
            else:
                if len(raw) > MAX_TEXT:
                    problems.append(t("classroom.error.too_long", lang=lang, number=number, limit=MAX_TEXT,
                                      length=len(raw)))
                    continue
                answers[q.id] = raw
        if not problems and self._check is not None:
            problems = list(self._check(answers, lang))
        return answers, problems

    def frame(self, rows: list):
        """The stored answers (``[{'device', 'answers', ...}]``) as the long frame the model takes."""
        return self._frame(rows)


#: Built questions per (survey, language, variant).
_QUESTIONS: dict = {}


@contextmanager
def _language(lang):
    """Run model code that reads the current language (questionnaires, level names) in ``lang``."""
    from ..i18n import get_language, set_language

    previous = get_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(previous)


def _respondents(rows):
    """``L001, L002 …``: the class's respondents in the order they first answered (as the export numbers them)."""
    return [f"L{number:03d}" for number in range(1, len(rows) + 1)]


# -- KANO ---------------------------------------------------------------------------------------------------------
#: The five features of the hotel-app case asked in class: one candidate per KANO category the case shows.
KANO_FEATURES = ("wifi", "chat_response", "birthday_upgrade", "theme_colours", "daily_push")


def _kano_names(lang):
    from .. import datasets

    table = datasets.load("kano_hotel_app_features").set_index("feature")
    return {f: table.loc[f, f"name_{lang}"] for f in KANO_FEATURES}


def _kano_questions(lang):
    from .. import kano

    names = _kano_names(lang)
    with _language(lang):
        q = kano.questionnaire([names[f] for f in KANO_FEATURES], importance=False)
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
                     layout="scale", low=t("classroom.survey.nps.low", lang=lang),
                     high=t("classroom.survey.nps.high", lang=lang)),
            Question(id="comment", kind="text", text=t("classroom.survey.nps.comment", lang=lang), required=False)]


def _nps_frame(rows):
    import pandas as pd

    records = [(f"L{n:03d}", int(r["answers"]["score"]), r["answers"].get("comment", ""))
               for n, r in enumerate(rows, start=1) if "score" in r["answers"]]
    return pd.DataFrame.from_records(records, columns=["respondent", "score", "comment"]).astype({"score": "int64"})


# -- SERVQUAL (short form) ------------------------------------------------------------------------------------------
#: How many short forms rotate: the number of items of the largest dimensions (reliability and empathy have five;
#: tests check it against ``servqual.ITEMS``), so that forms 1..5 together ask every one of the 22 items.
SERVQUAL_FORMS = 5


def _servqual_block(variant):
    """The items of one rotating form: the ``variant``-th item of each dimension (wrapping round), so variants
    0..4 together ask all 22 items (the largest dimensions have five)."""
    from .. import servqual

    by_dimension = servqual.ITEMS.groupby("dimension", sort=False).groups
    return [int(by_dimension[d][variant % len(by_dimension[d])]) for d in servqual.DIMENSIONS]


def _servqual_scale(lang, part, item):
    from .. import servqual

    low, high = servqual.SCALE
    options = tuple((v, str(v)) for v in range(low, high + 1))
    with _language(lang):
        text = servqual.item_text(item, part)
        ends = (f"{low} = {t(f'servqual.scale.{low}')}", f"{high} = {t(f'servqual.scale.{high}')}")
    return Question(id=f"{item}.{part}", kind="choice", text=text, options=options, layout="scale", low=ends[0],
                    high=ends[1], group=str(item))


def _servqual_weights(lang):
    from .. import servqual

    with _language(lang):
        return [Question(id=f"w.{d}", kind="number", text=f"{servqual.dimension_name(d)}: "
                         f"{t(f'servqual.questionnaire.weight_item.{d}')}", required=False, limits=(0, 100),
                         group="weights") for d in servqual.DIMENSIONS]


def _with_sections(questions, sections):
    """Mark the first question of each part with the part's heading (the questionnaire's own intros)."""
    out, last = [], None
    for q in questions:
        part = "weights" if q.group == "weights" else q.id.split(".")[1]
        out.append(Question(**{**q.__dict__, "section": sections[part] if part != last else ""}))
        last = part
    return out


def _servqual_sections(lang):
    with _language(lang):
        return {part: t(f"servqual.questionnaire.intro.{part}") for part in ("expectation", "weights", "perception")}


def _servqual_questions(lang, variant):
    items = _servqual_block(variant)
    questions = ([_servqual_scale(lang, "expectation", i) for i in items] + _servqual_weights(lang)
                 + [_servqual_scale(lang, "perception", i) for i in items])
    return _with_sections(questions, _servqual_sections(lang))


def _servqual_all(lang):
    from .. import servqual

    items = list(servqual.ITEMS.index)
    questions = ([_servqual_scale(lang, "expectation", i) for i in items] + _servqual_weights(lang)
                 + [_servqual_scale(lang, "perception", i) for i in items])
    return _with_sections(questions, _servqual_sections(lang))


def _servqual_points(answers, lang):
    """The 100 points: all five left empty (no weights given), or five whole numbers adding up to 100."""
    from .. import servqual

    given = [answers.get(f"w.{d}") for d in servqual.DIMENSIONS]
    if all(v is None for v in given):
        return []
    if any(v is None for v in given) or sum(given) != 100:
        return [t("classroom.error.points", lang=lang, total=sum(v or 0 for v in given))]
    return []


def _servqual_frame(rows):
    """The long frame :func:`cxlab.servqual.gaps` takes (``respondent, item, expectation, perception``, one row per
    learner and item asked); the learners' points, when any gave them, are ``.attrs['weights']`` (one row per
    learner, a column per dimension, empty for a learner who gave none: ``gaps(frame, weights=...)``)."""
    import numpy as np
    import pandas as pd

    from .. import servqual

    records, points = [], []
    for respondent, row in zip(_respondents(rows), rows):
        answers = row["answers"]
        items = sorted({int(k.split(".")[0]) for k in answers if k[:1].isdigit()})
        for item in items:
            e, p = answers.get(f"{item}.expectation"), answers.get(f"{item}.perception")
            if e is not None and p is not None:
                records.append((respondent, item, int(e), int(p)))
        weights = [answers.get(f"w.{d}") for d in servqual.DIMENSIONS]
        points.append([respondent] + [np.nan if w is None else float(w) for w in weights])
    frame = pd.DataFrame.from_records(records, columns=list(servqual.COLUMNS)).astype(
        {"item": "int64", "expectation": "int64", "perception": "int64"})
    weights = pd.DataFrame.from_records(points, columns=["respondent", *servqual.DIMENSIONS])
    given = weights[list(servqual.DIMENSIONS)].notna().all(axis=1)
    frame.attrs["weights"] = weights if given.any() else None
    asked = set(frame["item"])
    frame.attrs["items_missing"] = [int(i) for i in servqual.ITEMS.index if i not in asked]
    return frame


# -- pyramid self-check ---------------------------------------------------------------------------------------------
#: The measures of :data:`cxlab.pyramid.MEASURES` a customer can answer about one purchase, bottom level first:
#: flags (yes = 1 / no = 0) and the customer effort score on its 1..7 scale.
PYRAMID_MEASURES = ("on_time_rate", "problem_rate", "ces", "wow_share", "exceeded_share")


def _pyramid_questions(lang):
    from .. import pyramid

    questions, last = [], None
    with _language(lang):
        for measure in PYRAMID_MEASURES:
            level = pyramid.MEASURES.at[measure, "level"]
            column = pyramid.MEASURES.at[measure, "column"]
            low, high = pyramid.MEASURES.at[measure, "low"], pyramid.MEASURES.at[measure, "high"]
            section = pyramid.level_name(level, full=True) if level != last else ""
            last = level
            text = t(f"classroom.survey.pyramid_check.question.{measure}")
            if (low, high) == (0.0, 1.0):      # a 0/1 flag: yes or no
                options = ((1, t("classroom.survey.pyramid_check.yes")), (0, t("classroom.survey.pyramid_check.no")))
                questions.append(Question(id=column, kind="choice", text=text, options=options, group=level,
                                          section=section))
            else:                              # the effort score: agreement 1..7 (servqual's scale words)
                scale = tuple((v, str(v)) for v in range(int(low), int(high) + 1))
                questions.append(Question(id=column, kind="choice", text=text, options=scale, layout="scale",
                                          low=f"{int(low)} = {t(f'servqual.scale.{int(low)}')}",
                                          high=f"{int(high)} = {t(f'servqual.scale.{int(high)}')}", group=level,
                                          section=section))
    return questions


def _pyramid_columns():
    from .. import pyramid

    return tuple(pyramid.MEASURES.at[m, "column"] for m in PYRAMID_MEASURES)


def _pyramid_frame(rows):
    """One row per learner with the measures' source columns (``on_time, problem, ces, wow, exceeded``): the records
    :func:`cxlab.pyramid.measures_from` takes; its one-row result is what :func:`cxlab.pyramid.assess` takes."""
    import pandas as pd

    columns = _pyramid_columns()
    records = [(respondent, *[int(row["answers"][c]) for c in columns])
               for respondent, row in zip(_respondents(rows), rows) if all(c in row["answers"] for c in columns)]
    return pd.DataFrame.from_records(records, columns=["respondent", *columns]).astype(
        {c: "int64" for c in columns})


SURVEYS = {
    "kano_hotel_app": Survey("kano_hotel_app", "kano", _kano_questions, _kano_frame,
                             ("respondent", "feature", "functional", "dysfunctional")),
    "nps": Survey("nps", "value", _nps_questions, _nps_frame, ("respondent", "score", "comment")),
    "servqual_short": Survey("servqual_short", "servqual", _servqual_questions, _servqual_frame,
                             ("respondent", "item", "expectation", "perception"), variants=SERVQUAL_FORMS,
                             _all=_servqual_all, _check=_servqual_points),
    "pyramid_check": Survey("pyramid_check", "pyramid", _pyramid_questions, _pyramid_frame,
                            ("respondent", "on_time", "problem", "ces", "wow", "exceeded")),
}


# -- pre-test, post-test, participant feedback, CX maturity: built by cxlab.assessment ---------------------------
def _assessment_surveys():
    from ..assessment import live_surveys

    return live_surveys()


SURVEYS.update(_assessment_surveys())


#: Short names a trainer may type for a survey (``results("kano")``).
ALIASES = {"kano": "kano_hotel_app", "value": "nps", "servqual": "servqual_short", "pyramid": "pyramid_check"}


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
