"""Every course and exercise notebook runs, in both languages, with no error, warning or missing glyph.

* Each edition is executed with papermill with its own language (``lang="zh"`` for notebooks/zh, ``"en"`` for
  notebooks/en). The two editions share their code cells exactly (checked below), so this runs every code
  cell in both languages.
* Learner exercise notebooks must run with their ``____`` blanks in place (one edition per module, zh and en
  alternating across modules: their code equals the answer keys' but for the blanks); answer keys, executed in
  both languages, must pass every check.
* Notebooks are executed two at a time in the background from the end of collection (conftest.py), while the
  other tests run, and only those that the selected tests need (``-k 02_kano`` executes the KANO editions alone).
* The cells a source marks with ``expect=`` print exactly that, in both editions: nbval's own comparison
  (``nbval.plugin.IPyNbCell.compare_outputs``, what ``pytest --nbval-lax`` applies to a cell tagged
  ``nbval-check-output``) is applied to the outputs papermill computed above, against the reference copies that
  ``tools/nbbuild.py`` writes into a temporary folder (committed notebooks never carry outputs). Running nbval
  itself would execute each notebook a second time (about 15 s each on two cores); it runs for real on one
  module, where both verdicts must agree.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import nbbuild  # noqa: E402

COURSE = sorted((ROOT / "notebooks").glob("[a-z][a-z]/*.ipynb"))
LEARNER = sorted((ROOT / "exercises").glob("[a-z][a-z]/*.ipynb"))
KEYS = sorted((ROOT / "exercises" / "answer_keys").glob("*/*.ipynb"))


def _one_language(stem: str) -> str:
    """The one edition run where the result does not depend on the language: zh for even module numbers, en for
    odd ones, so both languages are still covered across the course."""
    number = int(stem.split("_", 1)[0]) if stem[:2].isdigit() else 0
    return "zh" if number % 2 == 0 else "en"


def _lang(path: Path) -> str:
    return path.parent.name


#: Learner editions differ from the answer keys only by their blanks, and their code is the same in both
#: languages (test_zh_and_en_editions_share_code): each is executed in one language, the keys in both.
LEARNER_RUN = [path for path in LEARNER if _lang(path) == _one_language(path.stem)]
ALL = COURSE + LEARNER + KEYS
EXECUTED = COURSE + LEARNER_RUN + KEYS
NBVAL = sorted(src.stem for src in nbbuild.sources()
               if src.parent.parent.name == "notebooks" and any(c.get("expect") for c in nbbuild.cells_of(src)))

GLYPH = re.compile(r"Glyph \d+ .*missing|missing from (current )?font", re.I)
WARNING = re.compile(r"\b\w*Warning\b|findfont:")


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


_jobs: dict = {}
_pool: list = []


def _execute(path: Path, out_dir: Path):
    import papermill as pm

    out = out_dir / (_rel(path).replace("/", "__"))
    try:
        # The kernel starts in the notebook's folder through nbclient's resources, not papermill's cwd=: that
        # one chdirs the whole test process while other tests run beside this thread (a test resolving a relative
        # path would then resolve it in a notebook folder).
        pm.execute_notebook(str(path), str(out), parameters={"lang": _lang(path)}, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}, progress_bar=False,
                            log_output=False, execution_timeout=600)
    except Exception as error:  # PapermillExecutionError carries the cell and the traceback
        return None, error
    return json.loads(out.read_text(encoding="utf-8")), None


def _selected(items) -> list:
    """The notebooks that the selected tests of this run need (``-k 02_kano`` executes only those)."""
    wanted = set()
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and "executed" in getattr(item, "fixturenames", ()):
            path = callspec.params.get("path")
            if path is not None:
                wanted.add(path)
    return [path for path in EXECUTED if path in wanted]


def start_executions(items, out_dir: Path) -> None:
    """Start executing the selected notebooks, two at a time, in the background (once per session).

    ``tests/conftest.py`` calls this as soon as collection is done, and puts the notebook tests last, so the
    notebooks run while the rest of the suite runs; the fixture below starts them itself if it is first."""
    if _pool:
        return
    _pool.append(ThreadPoolExecutor(max_workers=2, thread_name_prefix="notebook"))
    for path in _selected(items):
        _jobs[path] = _pool[0].submit(_execute, path, out_dir)


def stop_executions() -> None:
    if _pool:
        _pool[0].shutdown(wait=False, cancel_futures=True)


@pytest.fixture(scope="session")
def executed(request, tmp_path_factory):
    start_executions(request.session.items, tmp_path_factory.mktemp("executed"))
    yield _jobs


def _outputs_text(nb: dict):
    for index, cell in enumerate(nb["cells"]):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                yield index, output.get("name"), "".join(output.get("text", ""))
            elif output.get("output_type") in ("display_data", "execute_result"):
                yield index, "data", "".join(output.get("data", {}).get("text/plain", ""))


@pytest.mark.notebook
@pytest.mark.parametrize("path", EXECUTED, ids=_rel)
def test_notebook_runs_clean(path, executed):
    """The notebook runs top to bottom; no output shows a missing glyph, a warning or an error."""
    nb, error = executed[path].result()
    assert error is None, f"{_rel(path)} failed:\n{error}"
    problems = []
    for index, stream, text in _outputs_text(nb):
        if GLYPH.search(text):
            problems.append(f"cell {index}: missing glyph: {text[:200]}")
        elif stream == "stderr" and WARNING.search(text):
            problems.append(f"cell {index}: warning on stderr: {text[:300]}")
    assert problems == []


@pytest.mark.notebook
@pytest.mark.parametrize("path", KEYS, ids=_rel)
def test_answer_key_passes_every_check(path, executed):
    """Every check() in an answer key says correct (the learner editions may only say 'not attempted')."""
    nb, error = executed[path].result()
    assert error is None, str(error)
    marks = [text for _, _, text in _outputs_text(nb) if text.startswith(("✔", "✘", "…"))]
    assert marks, "the answer key shows no check result"
    assert [m for m in marks if not m.startswith("✔")] == []


@pytest.mark.notebook
@pytest.mark.parametrize("path", LEARNER_RUN, ids=_rel)
def test_learner_notebook_checks_say_not_attempted(path, executed):
    """With its blanks in place a learner notebook runs, and no check claims right or wrong yet."""
    nb, error = executed[path].result()
    assert error is None, str(error)
    marks = [text for _, _, text in _outputs_text(nb) if text.startswith(("✔", "✘", "…"))]
    assert marks and all(m.startswith("…") for m in marks)


def _code(path: Path) -> list:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


PAIRS = [(p, ROOT / p.parent.parent / "en" / p.name) for p in ALL if _lang(p) == "zh"]


@pytest.mark.parametrize("zh, en", PAIRS, ids=lambda p: _rel(p) if isinstance(p, Path) else p)
def test_zh_and_en_editions_share_code(zh, en):
    """Both editions exist and their code cells are identical, apart from the parameters cell (lang)."""
    assert en.exists(), f"no English edition of {_rel(zh)}"
    zh_code, en_code = _code(zh), _code(en)
    assert zh_code[0] == 'lang = "zh"' and en_code[0] == 'lang = "en"'
    assert zh_code[1:] == en_code[1:]


@pytest.mark.parametrize("path", ALL, ids=_rel)
def test_committed_without_outputs_and_parameters_first(path):
    """Committed notebooks carry no outputs; the first code cell is tagged 'parameters' and sets lang."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [i for i, c in enumerate(code) if c.get("outputs") or c.get("execution_count")] == []
    assert "parameters" in code[0]["metadata"].get("tags", [])


def test_notebooks_match_their_sources():
    """Every notebook is what tools/nbbuild.py makes of its source (edit the source, then rebuild)."""
    assert [_rel(p) for p in nbbuild.build(check=True)] == []


def test_every_source_has_both_editions_and_nothing_else_exists():
    """No stray notebook without a source; every course module has zh and en editions."""
    made = set()
    for src in nbbuild.sources():
        made |= set(nbbuild.targets(src, nbbuild.cells_of(src)))
    assert sorted(_rel(p) for p in set(ALL) if p not in made) == []
    assert COURSE, "no course notebook found"


@pytest.fixture(scope="session")
def nbval_references(tmp_path_factory):
    return nbbuild.nbval_references(tmp_path_factory.mktemp("nbval"))


#: nbval's default skips (``nbval.plugin.IPyNbFile.__init__`` without --nbdime): keys it never compares.
NBVAL_SKIP = ("metadata", "traceback", "prompt_number", "output_type", "name", "execution_count",
              "application/vnd.jupyter.widget-view+json", "image/png", "image/jpeg")


class _NbvalCell:
    """Just enough of an ``nbval.plugin.IPyNbCell`` for its ``compare_outputs`` (nbval's comparison, unchanged)."""

    def __init__(self):
        from nbval import plugin

        self.parent = type("File", (), {"skip_compare": NBVAL_SKIP, "sanitize_patterns": {}})()
        self.colors = plugin.nocolors
        self.comparison_traceback = []
        self._compare = plugin.IPyNbCell.compare_outputs.__get__(self)
        self.sanitize = plugin.IPyNbCell.sanitize.__get__(self)

    def format_output_compare(self, key, left, right):
        self.comparison_traceback.append(f"mismatch {key!r}:\n--- expected\n{left}\n--- printed\n{right}")

    def mismatches(self, test: list, ref: list) -> list:
        """nbval's verdict on one cell: [] when the outputs agree, else its explanation."""
        import nbformat
        from nbval.plugin import coalesce_streams

        test = coalesce_streams([nbformat.from_dict(dict(o)) for o in test])
        ref = coalesce_streams([nbformat.from_dict(dict(o)) for o in ref])
        return [] if self._compare(test, ref) else list(self.comparison_traceback)


def _marked_mismatches(executed_nb: dict, reference: dict) -> list:
    """Per cell tagged nbval-check-output in ``reference``: nbval's comparison with what the executed copy printed."""
    import nbformat

    # as nbval reads them: nbformat joins the lines a notebook file stores as lists
    executed_nb, reference = (nbformat.reads(json.dumps(nb), as_version=4) for nb in (executed_nb, reference))
    out = []
    executed_cells = {cell.get("id"): cell for cell in executed_nb["cells"]}   # papermill inserts a parameters cell
    for ref in reference["cells"]:
        if "nbval-check-output" in ref.get("metadata", {}).get("tags", []):
            ran = executed_cells[ref["id"]]
            assert ran["source"] == ref["source"], "the executed notebook is not the reference's notebook"
            for line in _NbvalCell().mismatches(ran.get("outputs", []), ref["outputs"]):
                out.append(f"cell {ref['id']}: {line}")
    return out


MARKED = [path for path in COURSE if path.stem in NBVAL]


@pytest.mark.notebook
@pytest.mark.parametrize("path", MARKED, ids=_rel)
def test_marked_outputs_as_nbval_compares_them(path, executed, nbval_references):
    """The cells a source marks with expect= print exactly those outputs (nbval --nbval-lax's comparison), in
    both editions."""
    nb, error = executed[path].result()
    assert error is None, f"{_rel(path)} failed:\n{error}"
    reference = next(p for p in nbval_references if p.name == f"{path.stem}_{_lang(path)}.ipynb")
    assert _marked_mismatches(nb, json.loads(reference.read_text(encoding="utf-8"))) == []


def test_the_comparison_is_nbvals_own():
    """A printed line that differs from expect= is a mismatch, one that agrees is none (no kernel needed)."""
    ref = [{"output_type": "stream", "name": "stdout", "text": "NPS 12.0\n"}]
    cell = _NbvalCell()
    assert cell.mismatches([{"output_type": "stream", "name": "stdout", "text": "NPS 12.0\n"}], ref) == []
    assert cell.mismatches([{"output_type": "stream", "name": "stdout", "text": "NPS "},
                            {"output_type": "stream", "name": "stdout", "text": "12.0\n"}], ref) == []  # coalesced
    assert _NbvalCell().mismatches([{"output_type": "stream", "name": "stdout", "text": "NPS 12.5\n"}], ref)
    assert _NbvalCell().mismatches([], ref)                       # nothing printed where a line was expected
    image = {"output_type": "display_data", "data": {"image/png": "iVBOR", "text/plain": "<Figure>"}, "metadata": {}}
    assert _NbvalCell().mismatches([ref[0], image], ref)         # an extra text/plain output, as nbval says


#: nbval itself, once: the module whose reference run is the shortest. Its verdict and the comparison above agree.
NBVAL_RUN = ["08_capstone"]


@pytest.mark.notebook
@pytest.mark.parametrize("stem", NBVAL_RUN)
def test_nbval_itself_passes_the_marked_outputs(stem, nbval_references):
    """pytest --nbval-lax on the reference copy of one module (it executes the notebook once more)."""
    path = next(p for p in nbval_references if p.name == f"{stem}_{_one_language(stem)}.ipynb")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q", "--rootdir", str(path.parent),
         str(path)],
        capture_output=True, text=True, cwd=str(path.parent), timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
