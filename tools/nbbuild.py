"""Build the zh and en editions of every course and exercise notebook from one source file.

Why: the two editions must share their code cells exactly and differ only in Markdown. Writing both by hand
invites drift, so each notebook has one source, ``notebooks/src/NN_topic.py`` or ``exercises/src/NN_topic.py``,
a plain Python file defining ``CELLS`` with these helpers (they are injected; no import needed):

    md(zh="...", en="...")              a Markdown cell in each language
    params()                            the first code cell, tagged ``parameters``: ``lang = "zh"`` / ``"en"``
    code("...", expect=None)            a code cell, identical in both editions. ``expect`` (a string, or
                                        ``{"zh": ..., "en": ...}``) is the exact stdout the cell must print: the
                                        cell is tagged ``nbval-check-output``; the tests write a reference copy of
                                        the notebook holding that output to a temporary folder
                                        (:func:`nbval_references`) and run nbval --nbval-lax on it, so no
                                        committed notebook ever carries outputs
    exercise(learner="...", answer="...")
                                        exercise notebooks only: the learner edition gets ``learner`` (with
                                        ``____`` blanks), the answer key gets ``answer``
    trainer(zh="...", en="...")         trainer notes: only in the answer key / trainer edition of exercises;
                                        in course notebooks a Markdown cell styled as a trainer note

A line ``{{cxlab timing 02_kano}}`` alone in an md() or trainer() text is replaced at build time by the text
:func:`cxlab.course.generated` makes (a module's timing table from ``cxlab.course.TIMINGS``, an agenda, the
glossary, a trainer-guide section), so that what the kit records once is never typed into a notebook.

Outputs (committed, without outputs):
    notebooks/src/X.py  -> notebooks/zh/X.ipynb, notebooks/en/X.ipynb
    exercises/src/X.py  -> exercises/zh/X.ipynb, exercises/en/X.ipynb (learner editions)
                           exercises/answer_keys/zh/X.ipynb, exercises/answer_keys/en/X.ipynb

Usage: ``python tools/nbbuild.py [NAME ...]`` (write what changed, e.g. ``02_kano``) or ``python tools/nbbuild.py --check`` (exit 1 if any
notebook differs from its source; the test suite runs this). Generated notebooks are overwritten: edit the
source, not the .ipynb.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("zh", "en")


def _lines(text: str) -> list:
    text = textwrap.dedent(text).strip("\n")
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


class Cell(dict):
    pass


def md(zh: str, en: str):
    return Cell(kind="md", text={"zh": zh, "en": en})


def params():
    return Cell(kind="params")


def code(source: str, expect=None, tags=()):
    tags = list(tags) + (["nbval-check-output"] if expect is not None else [])
    if isinstance(expect, str):
        expect = {"zh": expect, "en": expect}
    return Cell(kind="code", source=source, tags=tags, expect=expect)


def exercise(learner: str, answer: str, tags=()):
    return Cell(kind="exercise", learner=learner, answer=answer, tags=list(tags))


def trainer(zh: str, en: str):
    return Cell(kind="trainer", text={"zh": zh, "en": en})


TRAINER_HEADING = {"zh": "✎ 讲师备注", "en": "✎ Trainer notes"}


_PUNCT = set("，。、；：？！（）《》【】「」")   # only Chinese text uses these: a break beside one is always joined
_SHARED = set("“”‘’—…·")                # Chinese and English share these: joined only between Chinese
_BLOCK = re.compile(r"^(?:[-*+]\s|\d+[.)]\s|#|\||>|```|~~~|\{\{)")


def _cjk(ch: str) -> bool:
    return ch in _PUNCT or ch in _SHARED or "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def join_cjk_lines(text: str) -> str:
    r"""Markdown ``text`` with the soft line breaks between Chinese characters removed.

    A browser shows a line break inside a paragraph as a space (Chromium does not drop it between Chinese
    characters, as CSS Text 3 allows), so "客户\n体验" reads "客户 体验" in JupyterLab and in the printed
    guide. A break is joined when the characters either side of it (markup such as ``**`` aside) are both
    Chinese, or one of them is Chinese punctuation; a break before a list item, heading, table row, quote or
    fence, a hard break (two trailing spaces) and everything inside a fenced block stay as written.

    >>> join_cjk_lines("客户遇到问题后，\n  大多数人不会投诉。\n- 一项\n\nTARP\n发现")
    '客户遇到问题后，大多数人不会投诉。\n- 一项\n\nTARP\n发现'
    """
    out, fenced = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            out.append(line)
            continue
        if out and not fenced and stripped and not _BLOCK.match(stripped):
            previous = out[-1]
            tail = previous.rstrip().rstrip("*_`")
            head = stripped.lstrip("*_`")
            if (tail and head and not previous.endswith("  ")
                    and not previous.lstrip().startswith(("#", "|", "```", "~~~"))
                    and ((_cjk(tail[-1]) and _cjk(head[0])) or tail[-1] in _PUNCT or head[0] in _PUNCT)):
                out[-1] = previous.rstrip() + stripped
                continue
        out.append(line)
    return "\n".join(out)

GENERATED = re.compile(r"^\{\{cxlab (\w+)(?: ([\w.-]+))?\}\}$", re.M)


def _generated(text: str, lang: str) -> str:
    """``text`` (dedented) with every ``{{cxlab <what> [arg]}}`` line replaced by :func:`cxlab.course.generated`."""
    if "{{cxlab " not in text:
        return text
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from cxlab.course import generated

    return GENERATED.sub(lambda m: generated(m.group(1), m.group(2), lang), text)


#: What JupyterLab (measured with 4.6) writes into a notebook when it opens it and its kernel starts: the
#: kernelspec of the ipykernel "python3" kernel and the kernel's ``language_info`` (ipykernel's
#: ``IPythonKernel.language_info``). A notebook that already holds exactly these is not marked modified on open,
#: and saving it unchanged gives the same bytes (nbformat 4.5, cell ids, one-space indent, sorted keys). The one
#: machine-dependent field, ``language_info.version`` (the kernel's Python version), is left out here so that the
#: committed notebooks do not depend on the Python that built them; ``cxlab lab`` and ``cxlab practice`` add it
#: for the Python they run with when they copy a notebook into the workspace (:func:`cxlab.cli.for_this_kernel`).
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                 "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                 "pygments_lexer": "ipython3"}


def _nb(cells: list) -> dict:
    return {
        "cells": cells,
        "metadata": {"kernelspec": dict(KERNELSPEC), "language_info": json.loads(json.dumps(LANGUAGE_INFO))},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _md_cell(text: str, cid: str) -> dict:
    return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": _lines(text)}


def _code_cell(source: str, cid: str, tags=()) -> dict:
    meta = {"tags": list(tags)} if tags else {}
    return {"cell_type": "code", "execution_count": None, "id": cid, "metadata": meta, "outputs": [],
            "source": _lines(source)}


def render(cells: list, lang: str, edition: str) -> dict:
    """edition: 'course', 'learner', 'answer' or 'nbval' (course cells plus the expected outputs)."""
    out = []
    for i, cell in enumerate(cells):
        cid = f"c{i:03d}"
        kind = cell["kind"]
        if kind == "md":
            out.append(_md_cell(join_cjk_lines(_generated(textwrap.dedent(cell["text"][lang]).strip("\n"), lang)), cid))
        elif kind == "trainer":
            if edition == "learner":
                continue
            text = f"> **{TRAINER_HEADING[lang]}**\n>\n" + "\n".join(
                "> " + line if line else ">"
                for line in join_cjk_lines(_generated(textwrap.dedent(cell["text"][lang]).strip("\n"), lang)).split("\n"))
            out.append(_md_cell(text, cid))
        elif kind == "params":
            out.append(_code_cell(f'lang = "{lang}"', cid, ["parameters"]))
        elif kind == "code":
            out.append(_code_cell(cell["source"], cid, cell["tags"]))
            if edition == "nbval" and cell["expect"] is not None:
                text = textwrap.dedent(cell["expect"][lang]).strip("\n") + "\n"
                out[-1]["outputs"] = [{"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}]
                out[-1]["execution_count"] = 1  # nbval refuses outputs on a cell that looks unrun
        elif kind == "exercise":
            if edition in ("course", "nbval"):
                raise ValueError("exercise() cells belong in exercises/src, not notebooks/src")
            source = cell["learner"] if edition == "learner" else cell["answer"]
            out.append(_code_cell(source, cid, cell["tags"]))
        else:
            raise ValueError(f"unknown cell kind {kind!r}")
    first_code = next((c for c in out if c["cell_type"] == "code"), None)
    if first_code is None or "parameters" not in first_code["metadata"].get("tags", []):
        raise ValueError("the first code cell must be params()")
    return _nb(out)


def dumps(nb: dict) -> str:
    """The notebook as nbformat (and so Jupyter's save) writes it: one-space indent, sorted keys, UTF-8."""
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def targets(src: Path, cells: list) -> dict:
    """{output path: (lang, edition)} for one source file."""
    base = src.parent.parent  # notebooks/ or exercises/
    name = src.stem + ".ipynb"
    if base.name == "notebooks":
        return {base / lang / name: (lang, "course") for lang in LANGS}
    out = {base / lang / name: (lang, "learner") for lang in LANGS}
    out.update({base / "answer_keys" / lang / name: (lang, "answer") for lang in LANGS})
    return out


def sources() -> list:
    return sorted((ROOT / "notebooks" / "src").glob("[0-9]*.py")) + sorted((ROOT / "exercises" / "src").glob("[0-9]*.py"))


HELPERS = {"md": md, "params": params, "code": code, "exercise": exercise, "trainer": trainer}


_FACT = re.compile(r"\{=(\w+)\}")


def fill(text: str, facts: dict) -> str:
    """``text`` with every ``{=name}`` replaced by ``facts[name]`` (a KeyError names a missing fact).

    >>> fill("M = {=m} of {=n}", {"m": 130, "n": 236})
    'M = 130 of 236'
    """
    return _FACT.sub(lambda m: str(facts[m.group(1)]), text)


def cells_of(src: Path) -> list:
    """The CELLS a source file defines. A source may also define ``FACTS(lang) -> {name: text}``: the numbers its
    Markdown and trainer notes state, computed from the model when the notebook is built; ``{=name}`` in a text
    is replaced by them, so no sentence states a typed number."""
    space = runpy.run_path(str(src), init_globals=HELPERS)
    cells = space["CELLS"]
    facts = space.get("FACTS")
    if facts is not None:
        for cell in cells:
            if cell["kind"] in ("md", "trainer"):
                cell["text"] = {lang: fill(text, facts(lang)) for lang, text in cell["text"].items()}
    return cells


def nbval_references(dest: Path) -> list:
    """Write, for every course source with ``expect=`` cells, a reference notebook per language holding the
    expected outputs (``<stem>_<lang>.ipynb`` in ``dest``); return their paths. Used by the tests only."""
    written = []
    for src in sources():
        cells = cells_of(src)
        if src.parent.parent.name != "notebooks" or not any(c.get("expect") for c in cells):
            continue
        for lang in LANGS:
            path = Path(dest) / f"{src.stem}_{lang}.ipynb"
            path.write_text(dumps(render(cells, lang, "nbval")), encoding="utf-8")
            written.append(path)
    return written


def build(check: bool = False, only=()) -> list:
    changed = []
    for src in sources():
        if only and src.stem not in only:
            continue
        cells = cells_of(src)
        for path, (lang, edition) in targets(src, cells).items():
            text = dumps(render(cells, lang, edition))
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current != text:
                changed.append(path)
                if not check:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(".ipynb.tmp")
                    tmp.write_text(text, encoding="utf-8")
                    os.replace(tmp, path)
    return changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a notebook is out of date; write nothing")
    parser.add_argument("names", nargs="*", help="only these sources (e.g. 02_kano); default: all")
    args = parser.parse_args(argv)
    changed = build(check=args.check, only=set(args.names))
    for path in changed:
        print(("out of date: " if args.check else "wrote ") + str(path.relative_to(ROOT)))
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
