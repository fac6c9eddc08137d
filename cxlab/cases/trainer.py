"""Printable trainer documents: the three workshop agendas and the trainer guide, through the handout pipeline.

They are declared like a case (see :mod:`cxlab.handouts`): ``cxlab handout agenda_one_day`` prints the one-day
agenda (one timed table per day, from :func:`cxlab.course.agenda`), ``cxlab handout trainer_guide`` the guide
(:func:`cxlab.trainer.guide_markdown`, turned into HTML). Their texts come from the course and trainer catalogs;
``handouts.case.<id>.title`` / ``.summary`` (``trainer_handout.json``) only name them in ``cxlab handout --list``.
"""
from __future__ import annotations

from functools import partial

from .. import course, trainer
from ..handouts import Case, Table


def _markup(markdown_text: str):
    """Markdown → safe HTML for a handout paragraph (mistune, which nbconvert already brings)."""
    import mistune
    from markupsafe import Markup

    return Markup(mistune.html(markdown_text))


def agenda_sheet(ctx, name: str):
    """The agenda ``name`` as a handout: what it is for, the teaching time, a table per day."""
    title, summary, days = course._agenda_table(name, ctx.lang, "09:00")
    story = [ctx.term(f"course.agenda.name.{name}.description"), summary]
    tables = [Table(heading, shown, index=False) for heading, shown in days]
    end = course.agenda(name, ctx.lang)["end"].iloc[-1]
    return _sheet(title, story, tables, [end])


def guide_sheet(ctx):
    """The trainer guide as a handout (the whole guide, rendered from its Markdown)."""
    text = trainer.guide_markdown(ctx.lang)
    title, _, body = text.partition("\n")
    stems = list(course.TIMINGS)
    return _sheet(title.lstrip("# ").strip(), [_markup(body)], [],
                  [str(course.module_minutes(stems[-1]))])


def _sheet(title, story, data, key_numbers):
    from ..handouts import Sheet

    return Sheet(title, list(story), list(data), [], [str(k) for k in key_numbers])


CASES = [Case(f"agenda_{name}", module="00_welcome", build=partial(agenda_sheet, name=name))
         for name in course.AGENDAS] + [Case("trainer_guide", module="00_welcome", build=guide_sheet)]
