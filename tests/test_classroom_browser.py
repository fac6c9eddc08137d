"""Classroom mode in a real browser (Playwright driving Debian's Chromium, headless): three learners answer the
KANO survey on phone-sized pages in Chinese and English, the trainer's results classify them, the presenter page
shows the updated count and chart; two learners answer the pyramid self-check the same way; and ``cxlab present``
serves an explorer with no code cells.

Needs ``/usr/bin/chromium`` (installed by tools/setup.sh) and the ``playwright`` package (test extra); Playwright's
own browser download is never used. Marked slow.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cxlab import classroom, kano

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing: tools/setup.sh installs it (apt-get install chromium)")
        pytest.skip("no chromium on this machine (tools/setup.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def room(tmp_path, monkeypatch):
    monkeypatch.setenv("CXLAB_DATA", str(tmp_path))
    state = classroom.start(survey="kano_hotel_app", port=0, lang="zh")
    yield state
    classroom.stop()


def _answer(page, choices):
    """Tick the radio button of each question: ``choices`` maps a question id to its answer code."""
    for question, code in choices.items():
        page.check(f'input[name="{question}"][value="{code}"]')
    page.click("button[type=submit]")
    page.wait_for_load_state("load")


def test_three_phones_answer_and_the_presenter_page_follows(browser, room):
    url = classroom.learner_url(room)
    present = browser.new_page(viewport={"width": 1600, "height": 900}, bypass_csp=True)  # lets Playwright poll
    present.goto(f"http://127.0.0.1:{room['port']}/present?token={room['token']}")
    assert present.locator(".code").inner_text().strip() == room["room"]
    assert present.locator("#count").inner_text().strip() == "0"
    pages = []
    for n, lang in enumerate(["zh", "zh", "en"]):
        context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                      is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(url + ("?lang=en" if lang == "en" else ""))
        assert page.locator("fieldset").count() == 10
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the form is wider than a phone ({width}px): it would need zooming"
        choices = {}
        for feature in ("wifi", "chat_response", "theme_colours", "daily_push"):
            choices[f"{feature}.functional"], choices[f"{feature}.dysfunctional"] = (2, 5)
        choices["birthday_upgrade.functional"], choices["birthday_upgrade.dysfunctional"] = (1, 3)
        if n == 2:
            choices["wifi.functional"], choices["wifi.dysfunctional"] = (3, 3)
        _answer(page, choices)
        assert ("谢谢" if lang == "zh" else "Thank you") in page.locator("h1").inner_text()
        pages.append(page)
    result = kano.classify(classroom.results("kano"))
    assert result.loc["wifi", "category"] == "M" and result.loc["wifi", "I"] == 1
    assert result.loc["birthday_upgrade", "category"] == "A" and result.loc["birthday_upgrade", "A"] == 3
    present.wait_for_function("document.getElementById('count').textContent.trim() === '3'", timeout=60_000)
    present.wait_for_function("() => { const i = document.getElementById('chart');"
                              " return i.complete && i.naturalWidth > 1000 && i.src.includes('&v='); }",
                              timeout=60_000)
    assert present.locator("#empty").is_hidden()
    shot = Path(os.environ.get("CXLAB_SCREENSHOTS", "")) if os.environ.get("CXLAB_SCREENSHOTS") else None
    if shot:
        present.screenshot(path=str(shot / "present.png"))
        pages[0].screenshot(path=str(shot / "phone_thanks.png"))


def test_a_missing_answer_shows_the_form_again_with_the_problem(browser, room):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(classroom.learner_url(room) + "?lang=en")
    page.check('input[name="wifi.functional"][value="1"]')
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    assert "Question 2 has no answer yet" in page.locator(".problems").inner_text()
    assert page.is_checked('input[name="wifi.functional"][value="1"]')      # what was ticked stays ticked
    assert classroom.status()["answers"] == 0


def test_pyramid_self_check_on_two_phones_and_the_presenter(browser, room):
    """The pyramid self-check on phone-sized pages in Chinese and English: readable without zooming, answered by
    tapping, classified by pyramid.assess on the class's answers; the presenter page counts them and draws the
    pyramid."""
    from cxlab import pyramid

    state = classroom.open_room("pyramid_check", lang="zh")
    present = browser.new_page(viewport={"width": 1600, "height": 900}, bypass_csp=True)
    present.goto(f"http://127.0.0.1:{state['port']}/present?token={state['token']}")
    assert present.locator(".code").inner_text().strip() == state["room"]
    answers = [{"on_time": 1, "problem": 0, "ces": 6, "wow": 1, "exceeded": 1},
               {"on_time": 1, "problem": 0, "ces": 4, "wow": 0, "exceeded": 1}]
    for lang, choices in zip(("zh", "en"), answers):
        context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                      is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(classroom.learner_url(state) + f"?lang={lang}")
        assert page.locator("fieldset").count() == 5 and page.locator("h2").count() == 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('legend')).fontSize)")
        assert size >= 16, f"question text {size}px: too small to read on a phone"
        _answer(page, choices)
        assert ("谢谢" if lang == "zh" else "Thank you") in page.locator("h1").inner_text()
    # on time 2/2 and no problem → 1.0 = 1; CES 5 → (5 - 3) / 3 = 0.667 < 0.70: 2.0 not met; 3.0 blocked
    result = pyramid.assess(pyramid.measures_from(classroom.results("pyramid")))
    assert result.levels["status"].tolist() == ["reached", "not_met", "blocked"]
    present.wait_for_function("document.getElementById('count').textContent.trim() === '2'", timeout=60_000)
    present.wait_for_function("() => { const i = document.getElementById('chart');"
                              " return i.complete && i.naturalWidth > 1000 && i.src.includes('&v='); }",
                              timeout=60_000)


def test_servqual_short_form_fits_a_phone_and_is_answered_by_tapping(browser, room):
    """The short SERVQUAL form on a 390 px phone in both languages: no sideways scrolling, the three parts of the
    questionnaire as headings, the 7-point rows tappable; one phone answers (with its 100 points) and the class's
    frame holds its five items and its points."""
    from cxlab import servqual

    state = classroom.open_room("servqual_short", lang="en")
    for lang in ("zh", "en"):
        context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                      is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(classroom.learner_url(state) + f"?lang={lang}")
        assert page.locator("fieldset").count() == 15 and page.locator("h2").count() == 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator('input[type="radio"]').first.bounding_box()
        assert box["width"] >= 20 and box["height"] >= 20          # big enough for a thumb
        if lang == "en":
            choices = {}
            for name in page.eval_on_selector_all('input[type="radio"]', "xs => [...new Set(xs.map(x => x.name))]"):
                choices[name] = 6 if name.endswith("expectation") else 4
            for d, points in zip(servqual.DIMENSIONS, (10, 40, 20, 10, 20)):
                page.fill(f'input[name="w.{d}"]', str(points))
            _answer(page, choices)
            assert "Thank you" in page.locator("h1").inner_text()
    live = classroom.results("servqual")
    assert len(live) == 5 and (live["perception"] - live["expectation"] == -2).all()
    assert live.attrs["weights"].iloc[0, 1:].tolist() == [10, 40, 20, 10, 20]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_present_serves_an_explorer_without_code_cells(browser, tmp_path):
    """``cxlab present 05`` (Voilà): the damage explorer's controls and cards show; no code cell does."""
    pytest.importorskip("voila")
    port = _free_port()
    env = dict(os.environ, CXLAB_DATA=str(tmp_path))
    process = subprocess.Popen([str(Path(sys.executable).parent / "cxlab"), "present", "05", "--lang", "en", "--port", str(port), "--no-browser"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read(100)
                break
            except OSError:
                time.sleep(1)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
        page.wait_for_selector(".widget-slider, .jupyter-widgets", timeout=120_000)
        assert page.locator(".jp-InputArea, .jp-CodeCell .jp-Editor").count() == 0
        assert "Error displaying widget" not in page.content()
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
