"""``cxlab present MODULE``: a module's explorer as a clean full-screen page for the projector (Voilà).

Voilà runs a notebook and shows only its outputs — the widgets, no code cells. :data:`PRESENTERS` says, for each
module that has an explorer, the two or three lines that build it (the same calls the course notebook makes);
:func:`presenter_notebook` writes a small notebook from them into the trainer's data folder and
:func:`voila_command` is the command that serves it (127.0.0.1, light theme, sources stripped). A module whose
explorer is not in this version is reported, with the list of those that are.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..i18n import t

__all__ = ["PRESENTERS", "available", "presenter_notebook", "voila_command"]

#: Module stem → the code that builds its explorer (the last expression is displayed). One entry per module.
PRESENTERS = {
    "00_welcome": "from cxlab import course\ncourse.ComplaintDemo(customers=100, share=10).widget",
    "02_kano": ("from cxlab import datasets, kano\nfrom cxlab.widgets.kano import KanoExplorer\n"
                "KanoExplorer(kano.clean(datasets.load('kano_hotel_app')).answers).widget"),
    "05_damage": "from cxlab.widgets.damage import DamageExplorer\nDamageExplorer().widget",
    "06_return": "from cxlab.widgets.returns import ReturnExplorer\nReturnExplorer('orchard_base').widget",
    "01_pyramid": "from cxlab.widgets.pyramid import PyramidExplorer\nPyramidExplorer('retailer_before').widget",
    "03_servqual": "from cxlab.widgets.servqual import ServqualExplorer\nServqualExplorer().widget",
    "04_journey": "from cxlab.widgets.journey import JourneyExplorer\nJourneyExplorer('appliance').widget",
    "07_value": "from cxlab.widgets.value import NPSExplorer\nNPSExplorer().widget",
}


def _module_ready(stem: str) -> bool:
    import importlib.util

    first = PRESENTERS[stem].split("\n")[0]          # 'from cxlab.widgets.x import Y' or 'from cxlab import course'
    module = first.split()[1]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def available() -> list:
    """The module stems whose explorer exists in this version, in course order."""
    return [stem for stem in sorted(PRESENTERS) if _module_ready(stem)]


def resolve(module) -> str:
    """``'02'``, ``'2'``, ``'02_kano'`` or ``'kano'`` → ``'02_kano'``; anything else is an InputError."""
    from .. import InputError

    text = str(module).strip().lower()
    for stem in available():
        number, name = stem.split("_", 1)
        if text in (stem, number, str(int(number)), name):
            return stem
    raise InputError(t("classroom.error.unknown_module", value=text[:30], accepted=", ".join(available())))


def presenter_notebook(module, lang: str, folder) -> Path:
    """Write the presenter notebook of ``module`` in ``lang`` into ``folder`` and return its path (atomic)."""
    import nbformat

    from .. import course

    from .. import _check

    stem = resolve(module)
    lang = _check.check_choice("lang", lang, ("zh", "en"))
    if not isinstance(folder, (str, Path)) or not str(folder).strip():
        raise _check.invalid("folder", folder, t("check.takes.path"))
    title_key = f"welcome.course.title.{course.COURSE[int(stem[:2])].stem}"
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    setup = (f"import cxlab\ncxlab.set_language({lang!r})\nfrom cxlab import style\nstyle.use('projector')\n"
             "from IPython.display import display, HTML\n"
             f"display(HTML('<h2 style=\"margin:0.2em 0\">' + cxlab.t({title_key!r}) + '</h2>'))")
    nb.cells = [nbformat.v4.new_code_cell(setup), nbformat.v4.new_code_cell(PRESENTERS[stem])]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"present_{stem}_{lang}.ipynb"
    from ..files import write_text

    write_text(path, json.dumps(nbformat.from_dict(nb), ensure_ascii=False, indent=1))
    return path


def voila_command(notebook: Path, port: int = 8866, no_browser: bool = False) -> list:
    """The Voilà command serving ``notebook`` on 127.0.0.1:``port`` with the code cells stripped."""
    from .. import _check

    if not isinstance(notebook, (str, Path)) or not str(notebook).strip():
        raise _check.invalid("notebook", notebook, t("check.takes.path"))
    port = _check.check_number("port", port, low=1, high=65535, integer=True)
    no_browser = _check.check_bool("no_browser", no_browser)
    cmd = [sys.executable, "-m", "voila", str(notebook), f"--port={int(port)}", "--Voila.ip=127.0.0.1",
           "--theme=light", "--strip_sources=True", "--show_tracebacks=False"]
    if no_browser:
        cmd.append("--no-browser")
    return cmd
