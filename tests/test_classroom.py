"""Classroom mode: the store, the survey forms, the real server on 127.0.0.1 (learner flow, trainer endpoints,
bad input, load, restart) and the command line.

The server is started as the trainer starts it (``classroom.start`` in a child process, bound to 127.0.0.1 on a
free port), with the data folder in a temporary directory. Every request loop is bounded and targets only the
loopback address.
"""
from __future__ import annotations

import http.cookiejar
import json
import re
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

import cxlab
from cxlab import classroom, kano
from cxlab.classroom import forms
from cxlab.classroom.server import MAX_BODY, export_csv
from cxlab.classroom.store import ROOM_ALPHABET, Store

FEATURES = forms.KANO_FEATURES


# -- store -------------------------------------------------------------------------------------------------------
def test_store_replaces_a_devices_answer_and_survives_reopening(tmp_path):
    """The same device answering twice is stored once (the latest answer); a reopened database has it all."""
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        code = store.open_room("nps", "zh")
        assert len(code) == 5 and set(code) <= set(ROOM_ALPHABET)
        assert store.submit(code, "a", {"score": 3}) == "new"
        assert store.submit(code, "b", {"score": 9}) == "new"
        assert store.submit(code, "a", {"score": 10}) == "replaced"
        assert store.count(code) == 2
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path, readonly=True) as again:
        answers = {a["device"]: (a["answers"]["score"], a["revision"]) for a in again.answers(code)}
        assert answers == {"a": (10, 2), "b": (9, 1)}


def test_store_reset_and_close(tmp_path):
    with Store(tmp_path / "c.sqlite") as store:
        code = store.open_room("kano_hotel_app", "en")
        store.submit(code, "a", {"x": 1})
        assert store.room(code)["open"]
        store.close_room(code)
        assert not store.room(code)["open"]
        assert store.reset(code) == 1 and store.count(code) == 0


def test_group_commit_stores_each_answer_whole_or_not_at_all(tmp_path):
    """Several answers in one transaction (the server's group commit): each is new or replaced on its own, and one
    that cannot be stored (no device id) is left out without taking the others with it."""
    with Store(tmp_path / "c.sqlite") as store:
        code = store.open_room("nps", "en")
        outcomes = store.submit_many([(code, "a", {"score": 1}), (code, None, {"score": 2}),
                                      (code, "b", {"score": 3}), (code, "a", {"score": 4})])
        assert outcomes[0] == "new" and isinstance(outcomes[1], sqlite3.IntegrityError)
        assert outcomes[2:] == ["new", "replaced"]
        assert {a["device"]: a["answers"]["score"] for a in store.answers(code)} == {"a": 4, "b": 3}
        with pytest.raises(sqlite3.IntegrityError):
            store.submit(code, None, {"score": 5})


# -- forms ---------------------------------------------------------------------------------------------------------
def _kano_form(functional=2, dysfunctional=5):
    out = {}
    for feature in FEATURES:
        out[f"{feature}.functional"] = str(functional)
        out[f"{feature}.dysfunctional"] = str(dysfunctional)
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kano_survey_comes_from_the_kano_questionnaire(lang):
    """The live form asks exactly kano.questionnaire's questions for the five features, with the model's answers."""
    questions = forms.get("kano").questions(lang)
    names = forms._kano_names(lang)
    cxlab.set_language(lang)
    expected = kano.questionnaire([names[f] for f in FEATURES], importance=False).frame["question"].tolist()
    assert [q.text for q in questions] == expected
    assert [label for _, label in questions[0].options] == [cxlab.t(f"kano.answer.{c}") for c in kano.ANSWERS]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_validate_reports_each_problem_in_the_learners_language(lang):
    survey = forms.get("kano_hotel_app")
    form = _kano_form()
    answers, problems = survey.validate(form, lang)
    assert problems == [] and answers["wifi.functional"] == 2
    bad = dict(form, **{"wifi.functional": "7", "evil": "1"})
    del bad["daily_push.dysfunctional"]
    answers, problems = survey.validate(bad, lang)
    text = " ".join(problems)
    assert len(problems) == 3 and "7" in text and "evil" in text and "10" in text  # question 10 is missing
    _, problems = forms.get("nps").validate({"score": "10", "comment": "x" * 501}, lang)
    assert len(problems) == 1 and "501" in problems[0]
    _, problems = forms.get("nps").validate({"score": ["3", "4"]}, lang)
    assert len(problems) == 1


def test_frames_are_what_the_models_take():
    rows = [{"answers": {k: int(v) for k, v in _kano_form(2, 5).items()}},
            {"answers": {k: int(v) for k, v in _kano_form(1, 3).items()}},
            {"answers": {k: int(v) for k, v in _kano_form(1, 3).items()}}]
    frame = forms.get("kano").frame(rows)
    assert list(frame.columns) == ["respondent", "feature", "functional", "dysfunctional"]
    result = kano.classify(frame)
    assert set(result["category"]) == {"A"} and (result["A"] == 2).all() and (result["M"] == 1).all()
    nps = forms.get("nps").frame([{"answers": {"score": 9, "comment": "ok"}}, {"answers": {"score": 0}}])
    assert nps["score"].tolist() == [9, 0] and nps["comment"].tolist() == ["ok", ""]


def test_unknown_survey_is_an_input_error():
    for lang in ("zh", "en"):
        cxlab.set_language(lang)
        with pytest.raises(cxlab.InputError, match="kano_hotel_app"):
            forms.get("servqual_full")


def test_results_without_a_classroom_is_empty_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    frame = classroom.results("kano")
    assert frame.empty and list(frame.columns) == ["respondent", "feature", "functional", "dysfunctional"]
    assert "cxlab classroom start" in frame.attrs["note"]
    assert classroom.status() is None


# -- the real server ----------------------------------------------------------------------------------------------
class Learner:
    """One phone: its own cookies (device id and XSRF cookie)."""

    def __init__(self, url):
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def open(self, data=None, url=None):
        try:
            response = self.opener.open(url or self.url, data=data, timeout=10)
            return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def submit(self, fields, xsrf=True):
        status, page = self.open()
        assert status == 200, page
        token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        body = dict(fields, _xsrf=token) if xsrf else dict(fields)
        return self.open(urllib.parse.urlencode(body).encode("utf-8"))


def _trainer(state, path, method="GET", token=True):
    headers = {"Authorization": f"Bearer {state['token']}"} if token else {}
    request = urllib.request.Request(f"http://127.0.0.1:{state['port']}{path}", method=method, headers=headers,
                                     data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    """One classroom server for the module (starting one costs a second or two); each test gets its own room."""
    folder = tmp_path_factory.mktemp("classroom")
    mp = pytest.MonkeyPatch()
    mp.setenv("CXLAB_DATA", str(folder))
    state = classroom.start(survey="kano_hotel_app", port=0, lang="zh")
    yield state
    classroom.stop()
    mp.undo()


@pytest.fixture
def server(running, monkeypatch):
    monkeypatch.setenv("CXLAB_DATA", str(__import__("pathlib").Path(running["db"]).parents[1]))
    return classroom.open_room("kano_hotel_app", lang="zh")


def test_learners_submit_in_zh_and_en_and_the_trainer_classifies_them(server):
    """Three phones answer (two in Chinese, one in English); one changes its mind. results() gives the model's
    long frame and kano.classify finds Wi-Fi must-be (2/3 M) and the birthday upgrade attractive (3/3 A)."""
    url = classroom.learner_url(server)
    phones = [Learner(url), Learner(url), Learner(url + "?lang=en")]
    for n, phone in enumerate(phones):
        fields = _kano_form(2, 5)
        fields.update({"birthday_upgrade.functional": "1", "birthday_upgrade.dysfunctional": "3"})
        if n == 2:
            fields.update({"wifi.functional": "3", "wifi.dysfunctional": "3"})
        status, page = phone.submit(fields)
        assert status == 200 and ("谢谢" in page if n < 2 else "Thank you" in page)
    status, page = phones[2].submit(dict(_kano_form(2, 5), **{"birthday_upgrade.functional": "1",
                                                             "birthday_upgrade.dysfunctional": "3",
                                                             "wifi.functional": "3", "wifi.dysfunctional": "3"}))
    assert status == 200 and "replace" in page
    assert classroom.status()["answers"] == 3
    frame = classroom.results("kano")
    assert frame["respondent"].nunique() == 3 and len(frame) == 15
    result = kano.classify(frame)
    assert result.loc["wifi", "category"] == "M" and result.loc["wifi", "M"] == 2 and result.loc["wifi", "I"] == 1
    assert result.loc["birthday_upgrade", "category"] == "A" and result.loc["birthday_upgrade", "A"] == 3
    status, body = _trainer(server, "/trainer/export")
    lines = body.decode("utf-8-sig").strip().split("\n")
    assert status == 200 and len(lines) == 4 and lines[0].startswith("respondent,submitted_at,wifi.functional")
    status, png = _trainer(server, f"/trainer/chart.png?room={server['room']}")
    assert status == 200 and png[:4] == b"\x89PNG"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bad_submissions_are_refused_and_nothing_is_stored(server, lang):
    url = classroom.learner_url(server) + f"?lang={lang}"
    phone = Learner(url)
    incomplete = _kano_form()
    del incomplete["wifi.functional"]
    status, page = phone.submit(incomplete)
    assert status == 400 and ("第 1 题" if lang == "zh" else "Question 1") in page
    status, _ = phone.submit(dict(_kano_form(), **{"wifi.functional": "9"}))
    assert status == 400
    status, _ = phone.submit(_kano_form(), xsrf=False)
    assert status == 403
    status, page = Learner(classroom.learner_url(server)[:-5] + "ZZZZZ").open()
    assert status == 404
    assert classroom.status()["answers"] == 0


def _raw_post(port, path, length, first=b""):
    """Send headers announcing ``length`` bytes and read the answer before sending the body (as a big upload
    would be answered)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                     f"\r\nContent-Length: {length}\r\n\r\n".encode() + first)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    return int(data.split(b" ", 2)[1])


def test_a_ten_megabyte_body_is_refused_with_413(server):
    path = f"/r/{server['room']}"
    assert _raw_post(server["port"], path, 10 * 1024 * 1024, b"a=" + b"x" * 1000) == 413
    assert _raw_post(server["port"], path, MAX_BODY + 1) == 413
    assert classroom.status()["answers"] == 0


def test_trainer_endpoints_need_the_token(server):
    for path, method in [("/trainer/status", "GET"), ("/trainer/results", "GET"), ("/trainer/export", "GET"),
                         ("/trainer/reset", "POST"), ("/trainer/close", "POST"), ("/trainer/chart.png", "GET"),
                         ("/present", "GET"), ("/trainer/open?survey=nps", "POST")]:
        assert _trainer(server, path, method, token=False)[0] == 403
        wrong = dict(server, token="not-the-token")
        assert _trainer(wrong, path, method)[0] == 403
    assert _trainer(server, "/present?token=" + server["token"], token=False)[0] == 200


def test_script_in_free_text_is_escaped_everywhere(server):
    """A comment holding markup is stored as text and shown escaped (form re-render, presenter, export)."""
    state = classroom.open_room("nps")
    phone = Learner(classroom.learner_url(state))
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    status, page = phone.submit({"comment": evil})              # no score: the form comes back with the comment
    assert status == 400 and "<script>" not in page and "&lt;script&gt;" in page
    status, page = phone.submit({"score": "10", "comment": evil})
    assert status == 200
    frame = classroom.results("nps")
    assert frame["comment"].tolist() == [evil]                   # stored exactly as typed
    status, body = _trainer(state, "/present?token=" + state["token"], token=False)
    assert "<script>alert" not in body.decode()
    formula = Learner(classroom.learner_url(state))
    formula.submit({"score": "0", "comment": "=HYPERLINK(\"http://x\")"})
    _, csv_body = _trainer(state, "/trainer/export")
    assert "'=HYPERLINK" in csv_body.decode("utf-8-sig")


def test_closed_room_and_reset(server):
    phone = Learner(classroom.learner_url(server))
    assert phone.submit(_kano_form())[0] == 200
    status, body = _trainer(server, "/trainer/close", "POST")
    assert status == 200
    status, page = phone.open()
    assert status == 403
    assert classroom.reset() == 1 and classroom.status()["answers"] == 0


def test_answers_survive_a_restart(tmp_path, monkeypatch):
    """Stopping and starting the server loses nothing, and the same room stays open."""
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    first = classroom.start(port=0, lang="zh")
    try:
        Learner(classroom.learner_url(first)).submit(_kano_form())
        Learner(classroom.learner_url(first)).submit(_kano_form(1, 3))
        before = classroom.results("kano")
    finally:
        assert classroom.stop()
    assert classroom.status() is None
    again = classroom.start(port=0, lang="en")
    try:
        assert again["room"] == first["room"]
        after = classroom.results("kano")
        assert after.equals(before) and classroom.status()["answers"] == 2
    finally:
        classroom.stop()


def test_thirty_learners_at_once_then_two_hundred_answers(server):
    """30 phones submit in the same second, then 200 answers arrive over about a minute's worth of requests
    (sent as fast as the loopback allows, bounded): every answer stored exactly once, none lost. The response
    times are printed (p95); the speed target itself is measured in benchmarks/bench_classroom.py."""
    url = classroom.learner_url(server)
    phones = [Learner(url) for _ in range(230)]
    for phone in phones:  # each phone opens the form first (as a person would before answering)
        assert phone.open()[0] == 200
    barrier = threading.Barrier(30)

    def answer(index):
        phone = phones[index]
        page = phone.open()[1]
        token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        fields = dict(_kano_form(1 + index % 5, 1 + (index // 5) % 5), _xsrf=token)
        if index < 30:
            barrier.wait(timeout=20)
        started = time.perf_counter()
        status, _ = phone.open(urllib.parse.urlencode(fields).encode())
        return status, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=30) as pool:
        burst = list(pool.map(answer, range(30)))
    with ThreadPoolExecutor(max_workers=8) as pool:
        minute = list(pool.map(answer, range(30, 230)))
    statuses = [s for s, _ in burst + minute]
    assert statuses.count(200) == 230
    assert classroom.status()["answers"] == 230
    frame = classroom.results("kano")
    assert frame["respondent"].nunique() == 230 and len(frame) == 230 * len(FEATURES)
    times = sorted(t for _, t in burst + minute)
    print(f"p95 response {1000 * times[int(0.95 * len(times))]:.0f} ms over {len(times)} submissions")


# -- command line -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cli_start_status_export_stop(tmp_path, monkeypatch, capsys, lang):
    from cxlab import cli

    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    assert cli.main(["classroom", "status", "--lang", lang]) == 1
    assert cli.main(["classroom", "start", "--port", "0", "--lang", lang]) == 0
    try:
        out = capsys.readouterr().out
        state = classroom.status()
        assert classroom.learner_url(state) in out and state["room"] in out
        Learner(classroom.learner_url(state)).submit(_kano_form())
        target = tmp_path / "class.csv"
        assert cli.main(["classroom", "export", "--out", str(target), "--lang", lang]) == 0
        assert len(target.read_text(encoding="utf-8-sig").strip().split("\n")) == 2
        assert cli.main(["classroom", "export", "--out", str(target), "--lang", lang]) == 1   # kept
        assert "--force" in capsys.readouterr().err
        assert cli.main(["classroom", "export", "--out", str(target), "--force", "--lang", lang]) == 0
        assert len(list(tmp_path.glob("class.bak-*.csv"))) == 1
        assert cli.main(["classroom", "start", "--port", "0", "--lang", lang]) == 1       # already running
        assert cli.main(["classroom", "reset", "--lang", lang]) == 1                       # no tty: asks, refuses
        assert classroom.status()["answers"] == 1
        assert cli.main(["classroom", "reset", "--yes", "--lang", lang]) == 0
        assert classroom.status()["answers"] == 0
    finally:
        assert cli.main(["classroom", "stop", "--lang", lang]) == 0
    assert cli.main(["classroom", "stop", "--lang", lang]) == 1


def test_export_csv_quotes_and_neutralises_formulas():
    survey = forms.get("nps")
    text = export_csv(survey, [{"submitted_at": "t", "answers": {"score": 3, "comment": 'a,"b"\nc'}},
                               {"submitted_at": "t", "answers": {"score": 9, "comment": "+1"}}], "en")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["L001", "t", "3", 'a,"b"\nc'] and rows[2][3] == "'+1"


# -- the SERVQUAL short form and the pyramid self-check --------------------------------------------------------------
def test_servqual_short_forms_come_from_servqual_and_cover_every_item():
    """Five rotating forms, one item per dimension each, the items' own wording on servqual's 7-point scale; the
    five together ask all 22 items (the largest dimensions have five items)."""
    from cxlab import servqual

    survey = forms.get("servqual")
    assert survey.name == "servqual_short" and survey.variants == servqual.ITEMS["dimension"].value_counts().max()
    asked = set()
    for lang in ("zh", "en"):
        for variant in range(survey.variants):
            questions = survey.questions(lang, variant)
            scales = [q for q in questions if q.kind == "choice"]
            items = [int(q.id.split(".")[0]) for q in scales]
            assert len(scales) == 10 and items[:5] == items[5:]          # E then P of the same five items
            assert [servqual.ITEMS.at[i, "dimension"] for i in items[:5]] == list(servqual.DIMENSIONS)
            for q in scales:
                item, part = q.id.split(".")
                assert q.text == servqual.item_text(int(item), part, lang=lang)
                assert [v for v, _ in q.options] == list(range(1, 8))
            assert [q.id for q in questions if q.kind == "number"] == [f"w.{d}" for d in servqual.DIMENSIONS]
            assert [q.section for q in questions if q.section] == [
                cxlab.t(f"servqual.questionnaire.intro.{p}", lang=lang) for p in ("expectation", "weights",
                                                                                 "perception")]
            asked |= set(items)
    assert asked == set(servqual.ITEMS.index)
    assert len(survey.all_questions("en")) == 22 * 2 + 5


def test_pyramid_check_comes_from_the_pyramids_measures():
    from cxlab import pyramid

    survey = forms.get("pyramid")
    assert survey.name == "pyramid_check"
    assert list(survey.columns[1:]) == [pyramid.MEASURES.at[m, "column"] for m in forms.PYRAMID_MEASURES]
    for lang in ("zh", "en"):
        questions = survey.questions(lang)
        assert [q.id for q in questions] == list(survey.columns[1:])
        cxlab.set_language(lang)
        assert [q.section for q in questions if q.section] == [pyramid.level_name(v, full=True)
                                                               for v in pyramid.LEVELS]
        ces = questions[2]
        assert [v for v, _ in ces.options] == list(range(1, 8)) and ces.layout == "scale"
        assert all([v for v, _ in q.options] == [1, 0] for q in questions if q.id != "ces")


def _servqual_fields(survey, variant, perceptions, weights=None):
    """A filled short form: E = 6 everywhere, P per dimension from ``perceptions`` (a dict dimension → P)."""
    from cxlab import servqual

    fields = {"_variant": str(variant)}
    for q in survey.questions("en", variant):
        if q.kind == "choice":
            item, part = q.id.split(".")
            fields[q.id] = "6" if part == "expectation" else str(perceptions[servqual.ITEMS.at[int(item),
                                                                                                "dimension"]])
    for d, points in (weights or {}).items():
        fields[f"w.{d}"] = str(points)
    return fields


def test_servqual_short_validation_in_both_languages():
    survey = forms.get("servqual_short")
    base = {"tangibles": 6, "reliability": 4, "responsiveness": 5, "assurance": 6, "empathy": 5}
    answers, problems = survey.validate(_servqual_fields(survey, 2, base), "en")
    assert problems == [] and answers["7.expectation"] == 6 and answers["7.perception"] == 4
    for lang, word in (("zh", "100"), ("en", "100")):
        uneven = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 10, "empathy": 10}
        _, problems = survey.validate(_servqual_fields(survey, 2, base, uneven), lang)
        assert len(problems) == 1 and "90" in problems[0] and word in problems[0]
        _, problems = survey.validate(dict(_servqual_fields(survey, 2, base), **{"w.empathy": "50"}), lang)
        assert len(problems) == 1 and "50" in problems[0]                       # one box filled, not five
        _, problems = survey.validate(dict(_servqual_fields(survey, 2, base), **{"7.perception": "8"}), lang)
        assert len(problems) == 1 and "8" in problems[0]
        _, problems = survey.validate(dict(_servqual_fields(survey, 2, base), **{"w.empathy": "-3"}), lang)
        assert len(problems) == 1 and "-3" in problems[0]
        _, problems = survey.validate(dict(_servqual_fields(survey, 2, base), _variant="7"), lang)
        assert len(problems) == 1                                               # no such form
        fields = _servqual_fields(survey, 2, base)
        fields["_variant"] = "3"                                                # items of form 3 are missing
        _, problems = survey.validate(fields, lang)
        text = " ".join(problems)                                               # form 2's fields, form 3's gaps
        assert "3.expectation" in text and ("Question 1 has no answer" in text if lang == "en" else "第 1 题" in text)


#: The pyramid example of the tests below: four learners' last purchases.
PYRAMID_ANSWERS = [
    {"on_time": 1, "problem": 0, "ces": 6, "wow": 1, "exceeded": 1},
    {"on_time": 1, "problem": 0, "ces": 5, "wow": 0, "exceeded": 1},
    {"on_time": 1, "problem": 0, "ces": 7, "wow": 0, "exceeded": 0},
    {"on_time": 0, "problem": 0, "ces": 4, "wow": 0, "exceeded": 0},
]


def test_pyramid_frame_feeds_measures_from_and_assess():
    """Hand-checked with pyramid's default goalposts and thresholds: on time 3/4 = 0.75 → clip((0.75 - 0.80) /
    (0.98 - 0.80)) = 0; problems 0/4 → clip((0 - 0.15) / (0.02 - 0.15)) = 1; 1.0 = 0.5 < 0.85: not met.
    CES (6 + 5 + 7 + 4) / 4 = 5.5 → (5.5 - 3) / (6 - 3) = 0.833 ≥ 0.70 but 1.0 is not reached: blocked.
    Wow 1/4 → 0.25 / 0.30 = 0.833; exceeded 2/4 → clip((0.5 - 0.05) / (0.40 - 0.05)) = 1; 3.0 = 0.917: blocked."""
    from cxlab import pyramid

    frame = forms.get("pyramid").frame([{"answers": a} for a in PYRAMID_ANSWERS])
    assert frame["respondent"].tolist() == ["L001", "L002", "L003", "L004"]
    measures = pyramid.measures_from(frame)
    assert measures.loc["all", ["on_time_rate", "problem_rate", "ces", "wow_share", "exceeded_share"]].tolist() \
        == [0.75, 0.0, 5.5, 0.25, 0.5]
    result = pyramid.assess(measures)
    assert result.levels["score"].round(3).tolist() == [0.5, 0.833, 0.917]
    assert result.levels["status"].tolist() == ["not_met", "blocked", "blocked"] and result.highest is None


def test_servqual_frame_feeds_gaps_with_hand_checked_numbers():
    """Five learners, forms 0..4 (all 22 items; items 1, 10 and 14 are asked twice). E = 6 everywhere; P: tangibles
    6 (item 1: 7 and 5), reliability 4, responsiveness 5, assurance 6, empathy 5. Gaps: tangibles 0, reliability -2,
    responsiveness -1, assurance 0, empathy -1; unweighted (0 - 2 - 1 + 0 - 1) / 5 = -0.8. Points from learners 1
    and 2 only: learner 1's own gaps (+1, -2, -1, 0, -1) x 20 % each = -0.6; learner 2's (0, -2, -1, 0, -1) with
    10/40/20/10/20 = -0.8 - 0.2 - 0.2 = -1.2; weighted = (-0.6 - 1.2) / 2 = -0.9."""
    from cxlab import servqual

    survey = forms.get("servqual_short")
    base = {"tangibles": 6, "reliability": 4, "responsiveness": 5, "assurance": 6, "empathy": 5}
    even = dict.fromkeys(servqual.DIMENSIONS, 20)
    uneven = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 10, "empathy": 20}
    rows = []
    for variant in range(5):
        fields = _servqual_fields(survey, variant, base, even if variant == 0 else uneven if variant == 1 else None)
        if variant in (0, 4):
            fields["1.perception"] = "7" if variant == 0 else "5"
        answers, problems = survey.validate(fields, "en")
        assert problems == []
        rows.append({"answers": answers})
    frame = survey.frame(rows)
    assert list(frame.columns) == list(servqual.COLUMNS) and len(frame) == 25 and frame.attrs["items_missing"] == []
    result = servqual.gaps(frame, weights=frame.attrs["weights"])
    assert result.items.loc[1, ["expectation", "perception", "gap", "n"]].tolist() == [6, 6, 0, 2]
    assert result.dimensions["gap"].round(6).tolist() == [0, -2, -1, 0, -1]
    assert result.unweighted == pytest.approx(-0.8) and result.weighted == pytest.approx(-0.9)
    assert result.n_weighted == 2
    partial = survey.frame(rows[:3])
    assert partial.attrs["items_missing"] and partial.attrs["weights"] is not None


def test_servqual_learners_rotate_forms_and_the_notebook_gets_gaps(running, monkeypatch):
    """On the real server: five phones get forms 0..4 in turn, answer (one resubmits: replaced, counted once), bad
    points come back as a clear page, and results('servqual') goes straight into servqual.gaps."""
    from cxlab import servqual

    monkeypatch.setenv("CXLAB_DATA", str(__import__("pathlib").Path(running["db"]).parents[1]))
    state = classroom.open_room("servqual_short", lang="en")
    url = classroom.learner_url(state)
    survey = forms.get("servqual_short")
    base = {"tangibles": 6, "reliability": 4, "responsiveness": 5, "assurance": 6, "empathy": 5}
    phones = [Learner(url) for _ in range(5)]
    assert classroom.results("servqual").attrs["note"]
    for n, phone in enumerate(phones):
        status, page = phone.open()
        variant = int(re.search(r'name="_variant" value="(\d)"', page).group(1))
        assert variant == n and page.count("<fieldset") == 15
        token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        fields = _servqual_fields(survey, variant, base)
        if n == 0:
            bad = dict(fields, _xsrf=token, **{"w.reliability": "60", "w.empathy": "60"})
            status, page = phone.open(urllib.parse.urlencode(bad).encode())
            assert status == 400 and "The points add up to 120" in page and 'value="60"' in page
        status, page = phone.open(urllib.parse.urlencode(dict(fields, _xsrf=token)).encode())
        assert status == 200 and "Thank you" in page
        if n == 2:
            assert "note" in classroom.results("servqual").attrs       # 3 phones: some statements unanswered
    status, page = phones[4].open(urllib.parse.urlencode(dict(_servqual_fields(survey, 4, base),
                                                              _xsrf=token)).encode())
    assert status == 200 and "replace" in page
    live = classroom.results("servqual")
    assert "note" not in live.attrs and live.attrs["weights"] is None and live["respondent"].nunique() == 5
    result = servqual.gaps(live)
    assert result.dimensions["gap"].round(6).tolist() == [0, -2, -1, 0, -1]
    status, png = _trainer(state, f"/trainer/chart.png?room={state['room']}")
    assert status == 200 and png[:4] == b"\x89PNG"
    _, body = _trainer(state, "/trainer/export")
    header = body.decode("utf-8-sig").split("\n")[0].split(",")
    assert header[2:5] == ["1.expectation", "2.expectation", "3.expectation"] and "w.empathy" in header


def test_pyramid_learners_answer_replace_and_the_notebook_assesses(running, monkeypatch):
    from cxlab import pyramid

    monkeypatch.setenv("CXLAB_DATA", str(__import__("pathlib").Path(running["db"]).parents[1]))
    state = classroom.open_room("pyramid", lang="zh")                      # the short name works too
    assert state["survey"] == "pyramid_check"
    url = classroom.learner_url(state)
    phones = [Learner(url + ("?lang=en" if n % 2 else "")) for n in range(4)]
    for phone, answers in zip(phones, PYRAMID_ANSWERS):
        status, page = phone.submit({k: str(v) for k, v in answers.items()})
        assert status == 200
    for lang, phone in (("zh", phones[0]), ("en", phones[1])):
        status, page = phone.submit(dict({k: str(v) for k, v in PYRAMID_ANSWERS[0].items()}, ces="8", wow="2"))
        assert status == 400 and ("第 3 题" in page and "第 4 题" in page if lang == "zh"
                                  else "Question 3" in page and "Question 4" in page)
        status, page = phone.submit({"on_time": "1"})
        assert status == 400 and ("第 2 题还没有作答" if lang == "zh" else "Question 2 has no answer yet") in page
    result = pyramid.assess(pyramid.measures_from(classroom.results("pyramid")))
    assert result.levels["status"].tolist() == ["not_met", "blocked", "blocked"]
    status, page = phones[3].submit(dict({k: str(v) for k, v in PYRAMID_ANSWERS[3].items()}, on_time="1"))
    assert status == 200 and "replace" in page
    assert classroom.status()["answers"] == 4
    result = pyramid.assess(pyramid.measures_from(classroom.results("pyramid")))
    assert result.levels["status"].tolist() == ["reached"] * 3 and result.highest == "3.0"
    status, png = _trainer(state, f"/trainer/chart.png?room={state['room']}")
    assert status == 200 and png[:4] == b"\x89PNG"


# -- the course notebooks' live cells ----------------------------------------------------------------------------------
LIVE_NOTEBOOKS = {"01_pyramid": "pyramid", "02_kano": "kano", "03_servqual": "servqual", "07_value": "nps"}


def _run_live_cells(stem, lang, capsys):
    """Run a built notebook's set-up cell and its live-survey cells (those using ``classroom``) as the kernel would;
    return the namespace, what they printed and the LivePanel (stopped)."""
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[1] / "notebooks" / lang / f"{stem}.ipynb"
    cells = ["".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
             if c["cell_type"] == "code"]
    setup = next(c for c in cells if "set_language(lang)" in c)
    live = [c for c in cells if "classroom." in c]
    assert len(live) == 2, f"{stem}: expected a results() cell and a LivePanel cell"
    namespace = {"lang": lang}
    exec(setup, namespace)
    capsys.readouterr()
    exec(live[0], namespace)
    panel = eval(live[1].strip(), namespace)
    panel.stop()
    cxlab.set_language(lang)
    return namespace, capsys.readouterr().out, panel


@pytest.mark.parametrize("stem", sorted(LIVE_NOTEBOOKS))
def test_live_cells_say_so_and_move_on_without_a_classroom(stem, tmp_path, monkeypatch, capsys):
    """As under papermill with no server: the cells print how to start one, the panel starts no thread and shows no
    empty picture (JupyterLab draws an empty Image as a broken-picture icon)."""
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for lang in ("zh", "en"):
        _, out, panel = _run_live_cells(stem, lang, capsys)
        assert "cxlab classroom start" in out
        assert panel._thread is None and "cxlab classroom start" in panel.header.value
        assert panel.image.layout.display == "none" and not panel.image.value


@pytest.mark.slow  # three charts drawn: about 10 s on a busy 2-core machine
def test_live_cells_analyse_the_class_with_the_models(running, monkeypatch, capsys):
    """With a classroom running and answers in, each notebook's cells run its model on the class's answers."""
    from cxlab import servqual

    monkeypatch.setenv("CXLAB_DATA", str(__import__("pathlib").Path(running["db"]).parents[1]))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    # pyramid: the four purchases of PYRAMID_ANSWERS (1.0 not met, 2.0 and 3.0 blocked)
    state = classroom.open_room("pyramid_check", lang="en")
    for answers in PYRAMID_ANSWERS:
        assert Learner(classroom.learner_url(state)).submit({k: str(v) for k, v in answers.items()})[0] == 200
    namespace, out, panel = _run_live_cells("01_pyramid", "en", capsys)
    assert namespace["class_pyramid"].levels["status"].tolist() == ["not_met", "blocked", "blocked"]
    assert namespace["class_pyramid"].verdict() in out
    assert panel.image.value[:4] == b"\x89PNG" and state["room"] in panel.header.value
    assert panel.image.layout.display is None  # the chart is shown once there is one
    # NPS: scores 10, 10, 9, 7, 3 → 3 promoters, 1 detractor of 5: NPS = (3 - 1) / 5 = 40
    state = classroom.open_room("nps", lang="zh")
    for score in (10, 10, 9, 7, 3):
        assert Learner(classroom.learner_url(state)).submit({"score": str(score)})[0] == 200
    namespace, out, _ = _run_live_cells("07_value", "zh", capsys)
    assert namespace["class_nps"].nps == pytest.approx(40.0) and namespace["class_nps"].summary() in out
    # SERVQUAL: five phones (forms 0..4) → the gaps of the hand-checked example (unweighted -0.8)
    state = classroom.open_room("servqual_short", lang="en")
    survey = forms.get("servqual_short")
    base = {"tangibles": 6, "reliability": 4, "responsiveness": 5, "assurance": 6, "empathy": 5}
    for _ in range(5):
        phone = Learner(classroom.learner_url(state))
        page = phone.open()[1]
        variant = int(re.search(r'name="_variant" value="(\d)"', page).group(1))
        token = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        fields = dict(_servqual_fields(survey, variant, base), _xsrf=token)
        assert phone.open(urllib.parse.urlencode(fields).encode())[0] == 200
    namespace, out, _ = _run_live_cells("03_servqual", "en", capsys)
    assert namespace["class_gaps"].unweighted == pytest.approx(-0.8)
    assert servqual.summary(namespace["class_gaps"]) in out


def test_docstring_examples(tmp_path, monkeypatch):
    import doctest

    from cxlab.classroom import store

    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    for module in (classroom, store, forms):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
