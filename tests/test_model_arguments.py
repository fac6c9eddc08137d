"""Every public function of every model module, called with wrong arguments: an InputError or a right answer.

The functions are found through each module's ``__all__``, so a model module added later (``cxlab.servqual``,
``pyramid``, ``journey``, ``value``) is covered as soon as its file exists; modules not written yet are skipped.
Three tables drive the calls:

* ``WRONG`` — values of the wrong kind (text where a number goes, a list where a mapping goes, NaN, a table …).
  Each function is called with all its required parameters set to one of them; each parameter of a known good
  call (``GOOD``) is then replaced by each of them in turn. The call must return, or raise
  :class:`cxlab.InputError` whose message has no numpy repr — never TypeError, KeyError, AttributeError or a
  plain ValueError from inside pandas or numpy.
* ``NOT_BOOLS`` — for every parameter whose default is ``True`` or ``False``: ``"no"``, ``"yes"``, ``0.5``,
  ``0``, ``1`` and ``None`` must each be refused (never truthiness).
* ``GOOD`` — one right call per function, checked to return.

Plot functions are included: wrong data and wrong display options are refused like any other argument. So are
the computing modules a trainer or learner calls from a notebook (``stats``, ``assessment``, ``capstone``,
``course``, ``trainer``, ``handouts``, ``plotting``, ``files``, ``classroom``).

Every call runs in the test's temporary folder (the classroom's data folder too). A call refused with an
InputError must have written nothing there (a handout, a backup); what an accepted call wrote is removed before
the next one. The classroom server is never started: reaching its launch counts as the arguments accepted.
The file helpers listed in ``OS_ERRORS`` may raise the OSError they document for a folder that cannot be written.

The file runs in CI every time: a good call uses the quickest data that exercises its function (a three-row
journey, the agenda handout), and a function given a wrong value must refuse it before any work.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import subprocess
import types
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import cxlab

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "surveys"

# The model rooms and the shared modules whose public functions take a person's arguments: the computing modules
# a trainer or learner calls from a notebook (statistics, assessment, capstone, course and trainer guide, handouts,
# plotting helpers, file writing, the classroom).
MODULES = ["kano", "damage", "returns", "surveys", "datasets", "i18n", "style",
           "servqual", "pyramid", "journey", "value",
           "stats", "assessment", "capstone", "course", "trainer", "handouts", "plotting", "files",
           "classroom", "classroom.forms", "classroom.present"]


def _exists(module_name):
    path = ROOT / "cxlab" / Path(*module_name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


PRESENT = [m for m in MODULES if _exists(m)]

WRONG = [
    None, "no", True, 0.5, -1, 10 ** 9, float("nan"), np.float64("nan"), float("inf"), np.int64(2),
    [1, "x"], (0.4, 0.6), {"a": 1}, {"x", "y"}, pd.DataFrame({"x": [1, 2]}), pd.Series([1.0, np.nan]),
    np.array([[1, 2], [3, 4]]), b"bytes", object(),
]
NOT_BOOLS = ["no", "yes", 0.5, 0, 1, None, "False"]

# Functions whose documented error for a path that cannot be read or written is the system's OSError (the file
# helpers: the callers turn it into their own message); a wrong *kind* of argument is still an InputError.
OS_ERRORS = {"files.write_bytes", "files.write_text", "files.backup", "files.write_manifest"}

ANSWERS = pd.DataFrame({"respondent": [1, 1, 2, 2, 3, 3], "feature": ["wifi", "spa"] * 3,
                        "functional": [2, 1, 2, 1, 1, 3], "dysfunctional": [5, 3, 5, 3, 5, 3]})
INPUTS = dict(customers=1000, problem_rate=0.3, complaint_rate=0.25, value_per_customer=100,
              outcomes={"resolved_quickly": 0.4, "resolved": 0.2, "unresolved": 0.4}, loyalty="small")


@functools.lru_cache(maxsize=1)
def _good_calls():
    """module.function -> (args, kwargs) of one right call (the functions whose arguments need real data).

    Built once per run (the results it holds are computed by the models, which never change their input); paths
    in it are relative, so that a call writing files writes into the test's own temporary folder."""
    from cxlab import damage, kano, returns

    classified = kano.classify(ANSWERS)
    damage_result = damage.market_damage(**INPUTS)
    return_result = returns.experience_return(investment=1000, customers=100, margin=50, retention=0.8,
                                              discount=0.1, retention_uplift=0.05)
    log = pd.DataFrame({"resolution": ["resolved", "unresolved", "resolved"], "repurchased_12m": [1, 0, 1]})
    orders = pd.DataFrame({"problem": [1, 0, 1, 0], "complained": [1, 0, 0, 0], "x": [1.0, 2.0, 6.0, 8.0],
                           "group": ["a", "b", "a", "b"]})
    return {
        "kano.category_name": (("M",), {}),
        "kano.answer_name": ((4,), {}),
        "kano.evaluate": (([1, 2], [5, 5]), {}),
        "kano.classify": ((ANSWERS,), {"tie_threshold": 0.1}),
        "kano.continuous": ((ANSWERS,), {}),
        "kano.clean": ((ANSWERS,), {"max_questionable": 0.5, "straight_lining": True}),
        "kano.questionnaire": ((["wifi"],), {"importance": False}),
        "kano.read_survey": ((pd.DataFrame({"序号": [1, 2], "WiFi(功能)": [2, 1], "WiFi(反向)": [5, 5]}),), {}),
        "kano.plot_better_worse": ((classified,), {}),
        "kano.plot_categories": ((classified,), {}),
        "kano.plot_continuous": ((kano.continuous(ANSWERS),), {}),
        "damage.loyalty_rates": (("large",), {}),
        "damage.market_damage": ((), dict(INPUTS)),
        "damage.sensitivity": ((dict(INPUTS),), {"change": 0.1}),
        "damage.touchpoint_damage": ((pd.DataFrame({"touchpoint": ["a"], "reach": [10], "problem_rate": [0.1],
                                                    "loyalty_drop": [0.2]}),), {"value_per_customer": 5}),
        "damage.funnel_rates": ((orders,), {}),
        "damage.loyalty_by_outcome": ((log,), {}),
        "damage.rate_by_band": ((orders, "x", "problem"), {"bins": [0, 5, 10]}),
        "damage.rate_by_group": ((orders, "group", "problem"), {}),
        "damage.plot_funnel": ((damage_result,), {}),
        "damage.plot_revenue_by_group": ((damage_result,), {}),
        "damage.plot_tornado": ((damage.sensitivity(dict(INPUTS)),), {}),
        "damage.plot_pareto": ((damage.touchpoint_damage(pd.DataFrame({
            "touchpoint": ["a", "b"], "reach": [10, 5], "problem_rate": [0.1, 0.2], "loyalty_drop": [0.2, 0.1]}),
            value_per_customer=5),), {}),
        "returns.clv": ((50, 0.8, 0.1), {}),
        "returns.experience_return": ((), dict(investment=1000, customers=100, margin=50, retention=0.8,
                                                discount=0.1, retention_uplift=0.05)),
        "returns.promoter_value": ((), dict(customers={"promoter": 50, "passive": 30, "detractor": 20}, margin=50,
                                            retention_by_group={"promoter": 0.9, "passive": 0.8, "detractor": 0.6},
                                            referrals_by_group={"promoter": 1.0, "passive": 0.2, "detractor": 0.0},
                                            referral_conversion=0.2, discount=0.1)),
        "returns.plot_clv_vs_retention": ((50, 0.1), {}),
        "returns.plot_roi_over_time": ((return_result,), {}),
        "returns.plot_return_split": ((return_result,), {}),
        "surveys.normalise": (("x",), {}),
        "surveys.read_table": ((CORPUS / "utf8_codes.csv",), {}),
        "surveys.codes": ((surveys_table(), "q"), {}),
        "surveys.unique": ((surveys_table(), "id"), {}),
        "surveys.likert_labels": ((5,), {}),
        "surveys.read_likert": ((CORPUS / "utf8_codes.csv",), {"id_column": "学号"}),
        "datasets.load": ((_first_dataset(),), {}),
        "datasets.describe": ((_first_dataset(),), {}),
        "i18n.set_language": (("zh",), {}),
        "i18n.catalog": (("zh",), {}),
        "i18n.keys": (("en",), {}),
        "i18n.has": (("core.language_name",), {}),
        "i18n.t": (("core.language_name",), {}),
        "style.use": ((), {}),
        "style.axes": ((), {}),
        "style.cjk_font": ((), {}),
        **_new_module_calls(),
        **_computing_module_calls(),
    }


def _new_module_calls():
    """Right calls for the functions of the modules added later whose options need real data."""
    from cxlab import datasets

    calls = {}
    if "servqual" in PRESENT:
        from cxlab import servqual

        wide = pd.DataFrame({"id": [1, 2], **{f"E{i}": [6, 6] for i in range(1, 23)},
                             **{f"P{i}": [5, 4] for i in range(1, 23)}})
        answers = datasets.load("servqual_telecom")[["respondent", "item", "expectation", "perception"]]
        weights = datasets.load("servqual_telecom_respondents")[
            ["respondent", *[f"w_{d}" for d in servqual.DIMENSIONS]]]
        calls["servqual.read_survey"] = ((wide,), {})
        calls["servqual.plot_gaps"] = ((servqual.gaps(answers, weights=weights),), {})
    if "pyramid" in PRESENT:
        from cxlab import pyramid

        calls["pyramid.level_name"] = (("1.0",), {})
        calls["pyramid.plot_pyramid"] = ((pyramid.assess({"on_time_rate": 0.97, "ces": 4.8}),), {})
    if "journey" in PRESENT:
        # three touchpoints (the function's own example): every accepted variation draws the map again
        small = pd.DataFrame({"stage": ["purchase", "use", "after_sales"], "touchpoint": ["buy", "use", "repair"],
                              "reach": 1, "emotion": [2, 4, -3]})
        calls["journey.plot_journey_map"] = ((small,), {})
    return calls


def _computing_module_calls():
    """Right calls for the computing modules (statistics, assessment, capstone, course, trainer guide, handouts,
    plotting, files, classroom); the ones that write files write into the test's temporary folder."""
    frame = pd.DataFrame({"a": [1, 2, 3, 4, 1, 2, 3, 4], "b": [1, 1, 2, 2, 1, 1, 2, 2], "y": [2, 4, 7, 9, 1, 5, 6, 8]})
    calls = {
        "stats.z_value": ((0.9,), {}),
        "stats.two_sided_p": ((1.96,), {}),
        "stats.wilson_interval": ((3, 10), {"confidence": 0.9}),
        "stats.derived_importance": ((frame, ["a", "b"], "y"), {}),
        "stats.ipa_quadrants": (([5, 5, 1, 1], [1, 5, 1, 5]), {"importance_split": "median"}),
    }
    if "assessment" in PRESENT:
        calls.update(_assessment_calls())
    if "capstone" in PRESENT:
        from cxlab import capstone, datasets

        case = capstone.load()
        calls["capstone.from_frames"] = (({name: datasets.load(name) for name in capstone.DATASETS},), {})
        calls["capstone.plan"] = ((case,), {"outcome": "recommend", "tie_threshold": 0.05, "horizon": 3})
        calls["capstone.plot_plan"] = ((capstone.plan(case),), {})
    if "course" in PRESENT:
        from cxlab import course

        calls.update({
            "course.kit_home": ((ROOT,), {}),
            "course.notebooks_dir": (("en",), {"home": ROOT}),
            "course.exercises_dir": (("zh",), {"home": ROOT}),
            "course.course_map": (("en",), {"home": ROOT}),
            "course.course_map_table": ((course.course_map(lang="en"),), {"lang": "en"}),
            "course.timing": (("02_kano",), {"lang": "en", "core": True}),
            "course.module_minutes": (("02_kano",), {"core": True}),
            "course.timing_markdown": (("00_welcome",), {"lang": "en"}),
            "course.agenda": (("managers",), {"lang": "en", "start": "13:30"}),
            "course.agenda_days": (("two_day",), {}),
            "course.agenda_overview": (("en",), {}),
            "course.agenda_markdown": (("managers",), {"lang": "en", "start": "13:30", "heading_level": 3}),
            "course.agenda_html": (("one_day",), {"lang": "en", "start": "08:30"}),
            "course.generated": (("timing", "00_welcome", "en"), {}),
            "course.complaint_split": ((), {"customers": 250, "complaint_share": 0.12}),
            "course.plot_complaint_split": ((course.complaint_split(100, 0.1),), {}),
        })
    if "trainer" in PRESENT:
        calls.update({
            "trainer.notebook_path": (("02_kano",), {"lang": "en", "kind": "course", "home": ROOT}),
            "trainer.objectives": (("05_damage",), {"lang": "en", "home": ROOT}),
            "trainer.key_points": (("05_damage",), {"lang": "zh", "home": ROOT}),
            "trainer.trainer_notes": (("02_kano",), {"lang": "en", "home": ROOT}),
            "trainer.exercise_notes": (("02_kano",), {"lang": "en", "home": ROOT}),
            "trainer.module_guide": (("02_kano",), {"lang": "en", "home": ROOT, "level": 2, "notes": False}),
            "trainer.guide_section": (("intro",), {"lang": "en", "home": ROOT, "level": 3, "notes": False}),
            "trainer.guide_markdown": (("en",), {"home": ROOT}),
            "trainer.glossary_table": (("zh",), {}),
            "trainer.glossary_markdown": (("en",), {}),
            "trainer.generated": (("glossary", None, "en"), {}),
        })
    if "handouts" in PRESENT:
        from cxlab import handouts

        # the quickest cases to build: every accepted variation of a call builds the handouts again
        case, plain = "damage_hotel_checkin", "agenda_one_day"
        document = handouts.build(plain, "en")[0]
        calls.update({
            "handouts.case_table": (("en",), {}),
            "handouts.build": ((case,), {"lang": "zh", "groups": 1, "seed": 7, "date": "2026-01-05"}),
            "handouts.font_face": (("客户体验",), {}),
            "handouts.missing_glyphs": ((document,), {}),
            "handouts.pdf_fix": (("linux",), {}),
            # the HTML only (no PDF engine needed), into the test's temporary folder: nothing is written when
            # an argument is refused
            "handouts.write": ((plain,), {"out": "handouts", "lang": "en", "fmt": "html", "groups": 2, "seed": 7,
                                          "force": False}),
            "handouts.jobs": ((case,), {"lang": "en", "all_cases": False}),
        })
    if "plotting" in PRESENT:
        calls.update(_plotting_calls())
    if "files" in PRESENT:
        from datetime import datetime

        calls.update({
            "files.write_bytes": (("out/a.bin", b"abc"), {"mkdir": True}),
            "files.write_text": (("a.txt", "数据"), {"encoding": "utf-8-sig", "mkdir": False}),
            "files.backup_name": (("out/kano-zh.pdf",), {"now": datetime(2026, 1, 15, 9, 30)}),
            "files.digest": ((b"abc",), {}),
            "files.read_manifest": ((".", "manifest.json"), {}),
            "files.write_manifest": ((".", "manifest.json", {"a.pdf": {"source": "x"}}), {}),
        })
    if "classroom" in PRESENT:   # the data folder is the test's own; the server is never started
        calls.update({
            "classroom.learner_url": (({"url": "http://127.0.0.1:8765", "room": "ABCD"},), {}),
            "classroom.start": ((), {"survey": "nps", "port": 0, "lang": "en", "lan": False, "name": "t",
                                     "timeout": 5}),
            "classroom.stop": ((), {"name": "t", "timeout": 1}),
            "classroom.status": ((), {"name": "t"}),
            "classroom.results": (("nps",), {"name": "t"}),
            "classroom.export": (("answers.csv",), {"name": "t", "force": False}),
            "classroom.reset": ((), {"name": "t"}),
            "classroom.open_room": (("kano",), {"name": "t", "lang": "en"}),
            "classroom.show": ((), {"name": "t"}),
            "classroom.qr_svg": (("http://127.0.0.1:8765/r/ABCD",), {"scale": 4}),
            "classroom.qr_text": (("http://127.0.0.1:8765/r/ABCD",), {}),
            "classroom.forms.get": (("kano",), {}),
            "classroom.present.presenter_notebook": (("02",), {"lang": "en", "folder": "present"}),
            "classroom.present.voila_command": (("present/x.ipynb",), {"port": 8866, "no_browser": True}),
        })
    return calls


def _plotting_calls():
    import matplotlib.pyplot as plt

    ax = plt.subplots()[1]   # drawn on after pyplot closed its figure: it still takes artists
    calls = {
        "plotting.thousands": ((12345.6,), {"digits": 1}),
        "plotting.thousands_formatter": ((), {"digits": 1}),
        "plotting.compact": ((1234567,), {"lang": "en"}),
        "plotting.nice_limit": ((87.0,), {}),
        "plotting.interval_bars": ((ax, ["store", "online"], [32, 18], [25, 9], [39, 27]),
                                   {"kind": "point", "limits": (-100, 100), "zero_line": False}),
        "plotting.pareto_bars": ((ax, ["a", "b"], [30, 10], [0.75, 1.0]), {"guide": 0.8, "guide_label": "80 %"}),
    }
    return calls


def _assessment_calls():
    from cxlab import assessment

    items = assessment.test_items(modules=[1])
    key = ["b", "c", "b"]

    def sheet(rows):
        return pd.DataFrame([(who, i, a) for who, answers in rows.items() for i, a in zip(items.index, answers)],
                            columns=["learner", "item", "answer"])

    pre = assessment.score(sheet({"Ann": ["b", "a", "a"], "Bo": ["b", "c", "a"], "Cy": key}), items)
    post = assessment.score(sheet({"Ann": key, "Bo": ["b", "c", "a"], "Cy": key}), items)
    forms = pd.DataFrame({"respondent": ["a", "b", "c", "d"], "csat_01": [5, 4, 4, 2], "recommend": [10, 9, 8, 5],
                          "ease": [7, 6, 5, 3], "comment": ["练习很实用", "节奏太快", "", "More examples please"]})
    report = assessment.feedback_report(forms)
    rows = [(p, s, 2 if d == "loop" else 4) for p in ("A", "B") for s, d in assessment.STATEMENTS]
    ratings = pd.DataFrame(rows, columns=["respondent", "statement", "rating"])
    mature = assessment.maturity(ratings)
    return {
        "assessment.module_label": ((2,), {"short": True}),
        "assessment.item_bank": (("en",), {}),
        "assessment.test_items": ((), {"modules": ["pyramid", 5], "n_per_module": 2}),
        "assessment.answer_key": ((items,), {"lang": "en"}),
        "assessment.read_answer": (("value_csat", "80 %"), {}),
        "assessment.score": ((sheet({"Ann": key}), items), {}),
        "assessment.mcnemar_exact": ((7, 1), {}),
        "assessment.learning_gain": ((pre, post), {}),
        "assessment.feedback_report": ((forms,), {"method": "wilson", "confidence": 0.9}),
        "assessment.dimension_name": (("strategy",), {}),
        "assessment.stage_name": ((assessment.STAGES[0],), {}),
        "assessment.stage_table": (("en",), {}),
        "assessment.statement_table": (("zh",), {}),
        "assessment.stage_of": ((2.6,), {}),
        "assessment.maturity": ((ratings,), {"disagree": 1.5}),
        "assessment.maturity_gaps": ((mature,), {"below": 3.5}),
        "assessment.plot_scores": ((pre,), {"title": "pre"}),
        "assessment.plot_gain": ((assessment.learning_gain(pre, post),), {"title": "gain"}),
        "assessment.plot_feedback": ((report,), {"title": "feedback"}),
        "assessment.plot_feedback_comments": ((report,), {}),
        "assessment.plot_maturity": ((mature,), {"title": "maturity", "managers": False}),
    }


def surveys_table():
    from cxlab import surveys

    return surveys.read_table(pd.DataFrame({"id": ["a", "b"], "q": ["1", "5"]}))


def _first_dataset():
    from cxlab import datasets

    return datasets.names()[0]


def _functions():
    found = []
    for module_name in PRESENT:
        module = importlib.import_module(f"cxlab.{module_name}")
        for name in getattr(module, "__all__", []):
            value = getattr(module, name, None)
            if inspect.isfunction(value):
                found.append((module_name, name, value))
    return found


FUNCTIONS = _functions()
IDS = [f"{m}.{n}" for m, n, _ in FUNCTIONS]


class _Launched(Exception):
    """Raised instead of starting a process (the classroom server): the arguments were accepted."""


_FOLDER: list[Path] = []   # the test's temporary working folder, where calls that write files write


def _written(folder):
    return {p for p in folder.rglob("*")} if folder is not None else set()


def _call(function, args, kwargs):
    """Call and classify: None when it returned or raised a clean InputError, else the unexpected exception.

    A call refused with an InputError must not have written anything (a handout, a guide, a backup); whatever a
    call wrote is removed afterwards, so that the next call starts from the same empty folder."""
    import shutil

    import matplotlib.pyplot as plt

    folder = _FOLDER[-1] if _FOLDER else None
    before = _written(folder)
    refused = False
    try:
        function(*args, **kwargs)
    except cxlab.InputError as problem:
        message = str(problem)
        assert "np.float64(" not in message and "np.int64(" not in message and "np.str_(" not in message, message
        refused = True
    except _Launched:
        pass
    except OSError as problem:
        if f"{function.__module__.removeprefix('cxlab.')}.{function.__name__}" not in OS_ERRORS:
            return problem
    except Exception as problem:  # noqa: BLE001 - the point of the test
        return problem
    finally:
        plt.close("all")
        new = sorted(_written(folder) - before, key=lambda p: len(p.parts))
        for path in new:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    if refused and new:
        return AssertionError(f"refused, but wrote {', '.join(p.name for p in new[:3])}")
    return None


def _required(function):
    return [p for p in inspect.signature(function).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                                   p.KEYWORD_ONLY)]


@pytest.fixture(autouse=True)
def _keep_language_and_theme(tmp_path, monkeypatch):
    """The calls change global state when they succeed (language, the matplotlib theme): put it back. They run
    in a temporary folder (files they write land there, the classroom's data folder too), and the classroom
    server is never started: reaching its launch means the arguments were accepted."""
    import matplotlib as mpl

    from cxlab import classroom, style

    def launch(*args, **kwargs):
        raise _Launched()

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path / "data"))
    monkeypatch.setattr(classroom, "subprocess", types.SimpleNamespace(Popen=launch, DEVNULL=subprocess.DEVNULL))
    saved, applied = mpl.rcParams.copy(), dict(style._applied)
    _FOLDER.append(tmp_path)
    yield
    _FOLDER.pop()
    cxlab.set_language("zh")
    mpl.rcParams.update(saved)
    style._applied.clear()
    style._applied.update(applied)


@pytest.mark.parametrize("module_name, name, function", FUNCTIONS, ids=IDS)
def test_wrong_values_for_every_required_parameter(module_name, name, function):
    """All required parameters set to one wrong value at a time: InputError or a result, never a traceback."""
    failures = []
    params = _required(function)
    for wrong in WRONG if params else WRONG[:1]:   # no required parameter: one call says it all
        args = [wrong for p in params if p.kind != p.KEYWORD_ONLY]
        kwargs = {p.name: wrong for p in params if p.kind == p.KEYWORD_ONLY}
        problem = _call(function, args, kwargs)
        if problem is not None and not (module_name == "i18n" and isinstance(problem, KeyError)):
            failures.append(f"{name}({cxlab._check.fmt_value(wrong)}): {type(problem).__name__}: {problem}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("module_name, name, function", FUNCTIONS, ids=IDS)
def test_each_parameter_of_a_good_call_replaced_by_wrong_values(module_name, name, function):
    """Starting from a right call, each parameter in turn takes each wrong value: InputError or a result."""
    good = _good_calls().get(f"{module_name}.{name}")
    if good is None:
        pytest.skip("no known good call: covered by the all-parameters test")
    args, kwargs = good
    assert _call(function, args, kwargs) is None, "the good call itself fails"
    signature = inspect.signature(function)
    bound = signature.bind_partial(*args, **kwargs)
    names = [p.name for p in signature.parameters.values() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
    failures = []
    for parameter in names:
        given = bound.arguments.get(parameter, signature.parameters[parameter].default)
        for wrong in WRONG:
            if wrong is given:   # the very call already made (a default None, say): nothing new to learn
                continue
            call = dict(bound.arguments)
            call[parameter] = wrong
            problem = _call(function, (), call)
            if problem is not None and not (module_name == "i18n" and isinstance(problem, KeyError)):
                failures.append(f"{name}({parameter}={cxlab._check.fmt_value(wrong)}): "
                                f"{type(problem).__name__}: {problem}")
    assert not failures, "\n".join(failures)


BOOL_OPTIONS = [(m, n, f, p.name) for m, n, f in FUNCTIONS for p in inspect.signature(f).parameters.values()
                if isinstance(p.default, bool)]


@pytest.mark.parametrize("module_name, name, function, option", BOOL_OPTIONS,
                         ids=[f"{m}.{n}-{o}" for m, n, _, o in BOOL_OPTIONS])
def test_boolean_options_take_only_booleans(module_name, name, function, option):
    """A boolean option given "no", "yes", 0.5, 0, 1 or None is an InputError naming the option."""
    good = _good_calls().get(f"{module_name}.{name}", ((), {}))
    args, kwargs = good
    bound = inspect.signature(function).bind_partial(*args, **kwargs).arguments
    for value in NOT_BOOLS:
        with pytest.raises(cxlab.InputError, match=option):
            function(**{**bound, option: value})
        assert _written(_FOLDER[-1]) == set(), f"{option}={value!r} refused, but files were written"
    assert _call(function, (), {**bound, option: not inspect.signature(function).parameters[option].default}) \
        is None


@functools.lru_cache(maxsize=1)
def _results():
    """The result objects of the computing modules whose public methods a notebook calls (``plan.what_if(0.1)``,
    ``score.feedback_for("Li")`` …), built from the good calls."""
    from cxlab import capstone

    good = _good_calls()
    case = capstone.load()
    found = {"capstone.Case": case, "capstone.Plan": capstone.plan(case)}
    for key in ("assessment.plot_scores", "assessment.plot_gain", "assessment.plot_feedback",
                "assessment.plot_maturity"):
        if key in good:
            result = good[key][0][0]
            found[f"assessment.{type(result).__name__}"] = result
    return found


RESULT_CLASSES = ["capstone.Case", "capstone.Plan", "assessment.ScoreResult", "assessment.GainResult",
                  "assessment.FeedbackReport", "assessment.MaturityResult"]


@pytest.mark.parametrize("class_name", RESULT_CLASSES)
def test_methods_of_results_refuse_wrong_values(class_name):
    """Each public method of a result: its required parameters all set to one wrong value, then (for a method
    whose parameters all have defaults) each parameter alone — an InputError or a result."""
    result = _results().get(class_name)
    if result is None:
        pytest.skip(f"{class_name} is not in this version")
    failures = []
    for name, method in inspect.getmembers(result, inspect.ismethod):
        if name.startswith("_"):
            continue
        params = [p for p in inspect.signature(method).parameters.values()
                  if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        required = [p.name for p in params if p.default is inspect.Parameter.empty]
        for wrong in WRONG:
            calls = [{p: wrong for p in required}] if required else [{p.name: wrong} for p in params]
            for call in calls:
                problem = _call(method, (), call)
                if problem is not None:
                    failures.append(f"{name}({call}): {type(problem).__name__}: {problem}")
    assert not failures, "\n".join(failures)


def test_the_known_model_modules_are_covered():
    """The table reaches the modules this version ships, and each has public functions to call."""
    assert {"kano", "damage", "returns", "surveys"} <= set(PRESENT)
    assert {m for m, _, _ in FUNCTIONS} >= {"kano", "damage", "returns", "surveys", "datasets", "i18n", "style",
                                            "stats", "assessment", "capstone", "course", "trainer", "handouts",
                                            "plotting", "files", "classroom"}
    assert len(FUNCTIONS) >= 40
