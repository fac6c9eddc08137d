"""Printable trainer documents, through the handout pipeline: the three workshop agendas, the trainer guide, the
module-by-module summary and the glossary.

They are declared like a case (see :mod:`cxlab.handouts`): ``cxlab handout agenda_one_day`` prints the one-day
agenda (a timed table per day, from :func:`cxlab.course.agenda`); ``trainer_guide`` the guide's general sections
(how to use it, preparing the room and machines, tests and capstone, what to do when something fails);
``trainer_modules_1`` … ``_3`` each module's objectives, timing, sticking points, prompts, activity and exercises (the long
trainer notes stay in the notebooks and answer keys, which print themselves); ``course_glossary`` the glossary.
Every text comes from :mod:`cxlab.trainer` and the catalogs; ``handouts.case.<id>.title`` / ``.summary``
(``trainer_handout.json``) only name them in ``cxlab handout --list``. A sheet's ``labels`` replace the case
headings ("the case", "data and charts"), which do not fit these documents.
"""
from __future__ import annotations

from functools import partial

from .. import course, trainer
from ..handouts import Case, Sheet, Table

MODULE = "00_welcome"  # where the registry lists them: the course's opening module


def _markup(markdown_text: str):
    """Markdown → HTML for a handout paragraph (mistune; the text is the kit's own catalog and notebooks)."""
    import mistune
    from markupsafe import Markup

    return Markup(mistune.html(markdown_text))


def _labels(ctx, story: str, subtitle: str, **more) -> dict:
    return {"story": story, "subtitle": subtitle, "module": ctx.term("trainer.guide.title"), **more}


def agenda_sheet(ctx, name: str) -> Sheet:
    """The agenda ``name`` as a handout: what it is for, the teaching time, a table per day (from 09:00)."""
    title, summary, days = course._agenda_table(name, ctx.lang, "09:00")
    story = [ctx.term(f"course.agenda.name.{name}.description"), summary]
    tables = [Table(heading, shown, index=False) for heading, shown in days]
    labels = _labels(ctx, ctx.term("trainer.handout.heading.about"), ctx.term(f"course.agenda.name.{name}.short"),
                     data=ctx.term("trainer.handout.heading.timetable"))
    return Sheet(title, story, tables, [], [], labels)


def _text_sheet(ctx, title: str, markdown_text: str) -> Sheet:
    """A sheet whose whole body is Markdown: its first heading heads the text, the rest follows as HTML."""
    first, _, rest = markdown_text.strip().partition("\n")
    labels = _labels(ctx, first.lstrip("# ").strip(), ctx.term("trainer.handout.heading.guide_subtitle"))
    return Sheet(title, [_markup(rest)], [], [], [], labels)


def guide_sheet(ctx) -> Sheet:
    """The guide's general sections."""
    text = "\n\n".join(trainer.guide_section(s, ctx.lang) for s in ("intro", "prepare", "assessment",
                                                                     "troubleshooting"))
    return _text_sheet(ctx, ctx.term("trainer.guide.title"), text)


#: The module summary prints in three parts (a handout stays a few pages long): modules 00–02, 03–05, 06 on.
PARTS = 3


def _part(number: int) -> list:
    stems = list(course.TIMINGS)
    return stems[3 * (number - 1): 3 * number] if number < PARTS else stems[3 * (number - 1):]


def modules_sheet(ctx, number: int) -> Sheet:
    """Part ``number`` of module by module, without the long notes (those print from the notebooks and answer
    keys)."""
    stems = _part(number)
    text = "## " + ctx.term("trainer.guide.modules.title") + "\n\n" + "\n\n".join(
        trainer.module_guide(stem, ctx.lang, level=3, notes=False) for stem in stems)
    title = ctx.term("trainer.handout.heading.modules", first=stems[0][:2], last=stems[-1][:2])
    return _text_sheet(ctx, title, text)


def glossary_sheet(ctx) -> Sheet:
    return _text_sheet(ctx, ctx.term("trainer.guide.glossary.title"), trainer.guide_section("glossary", ctx.lang))


CASES = [Case(f"agenda_{name}", MODULE, partial(agenda_sheet, name=name), variants=False) for name in course.AGENDAS] + [
    Case("trainer_guide", MODULE, guide_sheet, variants=False),
    *[Case(f"trainer_modules_{n}", MODULE, partial(modules_sheet, number=n), variants=False)
      for n in range(1, PARTS + 1)],
    Case("course_glossary", MODULE, glossary_sheet, variants=False),
]
