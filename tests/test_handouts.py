"""Case handouts: registry, variants for table groups, answer sheets, files (force / backup / unchanged), the
``cxlab handout`` command, PDF readiness (``cxlab doctor``), and the PDFs themselves (pages, text, embedded CJK
font, pages drawn).

What is built is shared: every case in both languages is built once per session in memory (``course_docs``: HTML,
SVG charts, the embedded font), and that fast subset alone proves every case builds with its numbers, charts and
glyphs. The PDFs of every case in both languages are rendered once per session (``rendered``) and shared by the
tests marked ``slow``; the three-group variants of every case (``three_groups``) likewise, with one case's groups
checked in the fast subset.
"""
from __future__ import annotations

import html as _html
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import cxlab
from cxlab import cli, course, handouts, kano, returns, style

DATE = "2026-01-15"
#: The cases (with group variants and answer sheets); the trainer's printed agendas and guide (variants=False) are
#: tested in tests/test_trainer.py.
CASES = [case_id for case_id, case in handouts.cases().items() if case.variants]
#: Pages of each handout with the course data (checked ± 1); answer sheets have 1 or 2.
EXPECTED_PAGES = {"kano_hotel_app": 3, "damage_online_retailer": 4, "damage_hotel_checkin": 3, "return_cases": 3,
                  "pyramid_retailer_checkout": 3, "servqual_bank": 3, "journey_appliance": 4}
#: The cases of the modules that exist (the registry may hold more: other rooms add theirs).
MODULE_CASES = {"kano_hotel_app", "damage_online_retailer", "damage_hotel_checkin", "return_cases",
                "value_retail_nps", "pyramid_retailer_checkout", "servqual_bank", "journey_appliance"}


def _letters(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- registry ---------------------------------------------------------------------------------------------------
def test_the_modules_that_exist_have_their_cases():
    """KANO hotel app, damage online retailer and hotel check-in, return cases, the value case, and the pyramid,
    SERVQUAL and journey cases are registered, each under a module of the course map; every course module
    01..07 has at least one case."""
    assert MODULE_CASES <= set(CASES)
    modules = {c.module for c in handouts.cases().values()}
    assert {m.stem for m in course.COURSE if m.number in range(1, 8)} <= modules
    stems = {m.stem for m in course.COURSE}
    assert all(c.module in stems for c in handouts.cases().values())


def test_case_table_in_both_languages(lang):
    """--list's table: one row per case with its module title, title and one-line summary in the language."""
    table = handouts.case_table(lang)
    assert list(table["case"]) == list(handouts.cases())  # the cases and the trainer's printed documents
    assert table[["module_title", "title", "summary"]].map(lambda s: bool(s.strip())).all().all()
    chinese = table["title"].str.contains(r"[\u4e00-\u9fff]")
    assert chinese.all() if lang == "zh" else not chinese.any()


def test_bad_arguments_are_input_errors_in_the_language(lang):
    """Unknown case, groups 0 / 'two' / 1.5 / True, a negative seed, an unknown format: InputError naming it."""
    with pytest.raises(cxlab.InputError, match="nope"):
        handouts.build("nope", lang=lang)
    for groups in (0, "two", 1.5, True, 51):
        with pytest.raises(cxlab.InputError, match="--groups"):
            handouts.build("kano_hotel_app", lang=lang, groups=groups)
    with pytest.raises(cxlab.InputError, match="--seed"):
        handouts.build("kano_hotel_app", lang=lang, seed=-1)
    with pytest.raises(cxlab.InputError, match="docx"):
        handouts.write("kano_hotel_app", "x", lang=lang, fmt="docx")
    with pytest.raises(cxlab.InputError, match="force"):
        handouts.write("kano_hotel_app", "x", lang=lang, fmt="html", force="no")


# -- documents and variants -------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def course_docs():
    """Every case in both languages with the course data, in memory (no PDF)."""
    return {(c, lg): handouts.build(c, lang=lg, date=DATE) for c in CASES for lg in ("zh", "en")}


def test_documents_are_self_contained_and_every_glyph_is_in_the_embedded_font(course_docs):
    """Each HTML embeds the CJK font (@font-face data URL under the family cxlab.style found) and its charts
    (SVG data URLs), links to nothing outside, and uses no character the font lacks: no fallback boxes."""
    family = style.cjk_font().family
    for (case, lang), docs in course_docs.items():
        assert [d.kind for d in docs] == ["handout", "answers"]
        for doc in docs:
            assert f'font-family: "{family}"; src: url(data:font/ttf;base64,' in doc.html
            assert not re.search(r'(src|href)="https?:', doc.html)
            assert handouts.missing_glyphs(doc) == "", (doc.name, handouts.missing_glyphs(doc))
            assert f"<title>{doc.sheets[0].title}" in _html.unescape(doc.html)


def test_charts_are_vector_with_text_as_paths(course_docs):
    """Every chart is an SVG (sharp in print at any size) with no bitmap inside and no <text> element: its labels
    are drawn as paths, so neither a browser nor WeasyPrint needs a Chinese font to show them. The same chart gives
    the same bytes (fixed ids, no date), and the HTML shows it as an SVG data URL."""
    seen = 0
    for docs in course_docs.values():
        for piece in docs[0].sheets[0].data:
            if isinstance(piece, handouts.Figure):
                svg = piece.svg.decode("utf-8")
                assert svg.lstrip().startswith("<?xml") and "<svg" in svg
                assert "<image" not in svg and "<text" not in svg and "<path" in svg
                assert f'src="{piece.uri}"' in docs[0].html and piece.uri.startswith("data:image/svg+xml;base64,")
                seen += 1
    assert seen >= len(CASES) // 2
    result = (kano.classify(kano.clean(cxlab.datasets.load("kano_hotel_app")).answers),)
    assert handouts._chart(kano.plot_categories, result, {}, (4, 3)) == \
        handouts._chart(kano.plot_categories, result, {}, (4, 3))


def test_a_png_chart_from_older_code_still_shows():
    """A Figure made from PNG bytes (handouts drew PNG before SVG) is shown as a PNG data URL."""
    png = handouts._png(kano.plot_categories, (kano.classify(kano.clean(cxlab.datasets.load("kano_hotel_app"))
                                                          .answers),), {}, (4, 3))
    figure = handouts.Figure("old", png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and figure.uri.startswith("data:image/png;base64,")


def test_course_data_numbers_are_the_models(course_docs):
    """Without groups the handout uses the course data: the KANO answers are kano.classify's on the cleaned
    course answers, the return answers returns.clv's on the course parameters (worked example: 300 x 0.70 /
    (1 + 0.08 - 0.70) = 552.63)."""
    result = kano.classify(kano.clean(cxlab.datasets.load("kano_hotel_app")).answers)
    answers = _html.unescape(course_docs[("kano_hotel_app", "en")][-1].html)
    wifi = result.loc["wifi"]
    base = int(wifi["A"] + wifi["O"] + wifi["M"] + wifi["I"])
    assert round(wifi["better"], 2) == round((wifi["A"] + wifi["O"]) / base, 2) == 0.25  # the notebook's 0.25
    assert f"Better = ({wifi['A']} + {wifi['O']}) / {base} = {wifi['better']:.2f}" in answers
    assert f"Worse = -({wifi['O']} + {wifi['M']}) / {base} = {wifi['worse']:.2f}" in answers
    value = returns.clv(300, 0.70, 0.08)
    assert round(value, 2) == round(300 * 0.70 / (1 + 0.08 - 0.70), 2) == 552.63
    assert f"= {value:,.0f} yuan" in course_docs[("return_cases", "en")][-1].html


def test_new_cases_answers_are_the_models_worked_by_hand(course_docs):
    """The pyramid, SERVQUAL and journey answer sheets print the models' results, and the arithmetic they show
    is right: the effort score's attainment (value - floor) / (target - floor) with the goalposts 3 and 6, the
    reliability gap P - E, and the technician visit's priority importance x (5 - performance) x reach."""
    from cxlab import journey, pyramid, servqual

    data = cxlab.datasets.load
    after = pyramid.assess(pyramid.measures_from(data("pyramid_retailer_checkout"), by="period").loc["after"])
    ces = after.measures.loc["ces"]
    assert (ces["floor"], ces["target"]) == (3.0, 6.0)
    assert round(ces["attainment"], 2) == round((ces["value"] - 3) / (6 - 3), 2) == 0.92
    text = _html.unescape(course_docs[("pyramid_retailer_checkout", "en")][-1].html)
    assert f"({ces['value']:.2f} - 3) / (6 - 3) = 0.92" in text
    level = after.levels.loc["2.0"]
    assert f"/ 3 = {level['score']:.2f}; the bar is 70%" in text

    gaps = servqual.gaps(data("servqual_bank"), weights=data("servqual_bank_respondents")).dimensions
    worst = gaps.loc["reliability"]
    assert gaps["gap"].idxmin() == "reliability"
    assert round(worst["perception"] - worst["expectation"], 2) == round(worst["gap"], 2) == -1.53
    text = _html.unescape(course_docs[("servqual_bank", "en")][-1].html)
    assert f"= {worst['perception']:.2f} - {worst['expectation']:.2f} = -1.53" in text

    table = journey.touchpoints(data("journey_appliance"))
    mot = journey.moments_of_truth(table, data("journey_appliance_survey"), "overall").table.set_index("touchpoint")
    visit = mot.loc["technician_visit"]
    assert round(visit["priority"], 6) == round(visit["importance"] * (5 - visit["performance"]) * visit["reach"], 6)
    assert mot["priority"].idxmax() == "technician_visit"
    text = _html.unescape(course_docs[("journey_appliance", "en")][-1].html)
    assert f"= {visit['priority']:.3f}, the highest" in text
    # 200,000 customers x 22% reach x 40% problems x 45% loyalty drop = 7,920 lost (to_damage's own example)
    assert round(200_000 * 0.22 * 0.40 * 0.45) == 7_920 and "= 7,920 customers lost" in text


@pytest.fixture(scope="session")
def three_groups():
    """``--groups 3`` (seed 7, English) of a case, built on first use and shared by the session's tests."""
    made = {}

    def get(case):
        if case not in made:
            made[case] = handouts.build(case, lang="en", groups=3, seed=7, date=DATE)
        return made[case]

    return get


#: The cases whose three-group variants the fast subset checks; the rest are checked in the slow group.
FAST_GROUPS = ("kano_hotel_app", "pyramid_retailer_checkout")


@pytest.mark.parametrize("case", [c if c in FAST_GROUPS else pytest.param(c, marks=pytest.mark.slow) for c in CASES])
def test_three_groups_get_different_data_and_one_answer_sheet(three_groups, course_docs, case):
    """--groups 3: three handouts whose data tables differ from each other and from the course data, and one
    answer sheet holding every group's answers, in order."""
    for docs in [three_groups(case)]:
        assert [d.name for d in docs] == [f"{case}-en-group{g}" for g in (1, 2, 3)] + [f"{case}-en-groups3-answers"]
        tables = [[p.frame.to_csv() for p in d.sheets[0].data if isinstance(p, handouts.Table)] for d in docs[:3]]
        course_tables = [p.frame.to_csv() for p in course_docs[(case, "en")][0].sheets[0].data
                         if isinstance(p, handouts.Table)]
        assert tables[0] != tables[1] != tables[2] != tables[0], case
        assert course_tables not in tables, case
        answer_sheet = docs[-1]
        assert answer_sheet.kind == "answers" and len(answer_sheet.sheets) == 3
        html = _html.unescape(answer_sheet.html)
        positions = [html.index(f"Group {g}</h2>") for g in (1, 2, 3)]
        assert positions == sorted(positions)
        for g, doc in enumerate(docs[:3]):
            assert doc.sheets[0].questions == answer_sheet.sheets[g].questions  # same builder, same variant
            for question in answer_sheet.sheets[g].questions:
                assert question.answer.split("\n")[0] in html


def test_each_groups_answers_match_its_own_model_results(three_groups):
    """Recompute a group's KANO result from that group's re-drawn data: its Better/Worse for Wi-Fi is the one
    printed on the answer sheet under that group, and differs between groups."""
    case = handouts.cases()["kano_hotel_app"]
    answers = _html.unescape(three_groups("kano_hotel_app")[-1].html)
    sections = re.split(r"Group \d</h2>", answers)[1:]
    betters = []
    for g, section in zip((1, 2, 3), sections):
        data = handouts.Context(case, "en", g, seed=7).load("kano_hotel_app", cluster="respondent")
        wifi = kano.classify(kano.clean(data).answers).loc["wifi"]
        assert f"Better = ({int(wifi['A'])} + {int(wifi['O'])})" in section
        assert f"= {wifi['better']:.2f}; Worse" in section and f"= {wifi['worse']:.2f}." in section
        betters.append((int(wifi["A"]), int(wifi["O"]), int(wifi["M"])))
    assert len(set(betters)) == 3


def test_pyramid_groups_answers_match_their_own_data(three_groups):
    """Each group's pyramid answers are pyramid.assess on that group's re-drawn checkouts (drawn within each
    period): the printed attainment of the effort score differs from group to group and is the model's."""
    from cxlab import pyramid

    case = handouts.cases()["pyramid_retailer_checkout"]
    sections = re.split(r"Group \d</h2>", _html.unescape(three_groups("pyramid_retailer_checkout")[-1].html))[1:]
    seen = set()
    for g, section in zip((1, 2, 3), sections):
        sessions = handouts.Context(case, "en", g, seed=7).load("pyramid_retailer_checkout", strata="period")
        assert (sessions["period"].value_counts() == cxlab.datasets.load("pyramid_retailer_checkout")["period"]
                .value_counts()).all()
        ces = pyramid.assess(pyramid.measures_from(sessions, by="period").loc["after"]).measures.loc["ces"]
        assert f"After: ({ces['value']:.2f} - 3) / (6 - 3) = {ces['attainment']:.2f}." in section
        seen.add(round(ces["value"], 6))
    assert len(seen) == 3


def test_variants_are_seeded_and_the_course_data_is_untouched():
    """The same seed gives the same variant, another seed another; group 0 is the dataset itself; a cluster
    draw keeps whole respondents and gives every copy its own id."""
    case = handouts.cases()["kano_hotel_app"]
    course_data = cxlab.datasets.load("kano_hotel_app")
    assert handouts.Context(case, "zh", 0).load("kano_hotel_app", cluster="respondent").equals(course_data)
    a = handouts.Context(case, "zh", 1, seed=3).load("kano_hotel_app", cluster="respondent")
    b = handouts.Context(case, "zh", 1, seed=3).load("kano_hotel_app", cluster="respondent")
    c = handouts.Context(case, "zh", 1, seed=4).load("kano_hotel_app", cluster="respondent")
    assert a.equals(b) and not a.equals(c)
    assert a["respondent"].nunique() == course_data["respondent"].nunique() == 240
    assert (a.groupby("respondent").size() == 13).all()
    ctx = handouts.Context(case, "zh", 2, seed=3)
    drawn = [ctx.vary(0.70, 0.04, digits=2) for _ in range(50)]
    assert min(drawn) >= 0.67 and max(drawn) <= 0.73 and len(set(drawn)) > 1
    assert handouts.Context(case, "zh", 0).vary(0.70, 0.04, digits=2) == 0.70


# -- files ------------------------------------------------------------------------------------------------------
def test_second_run_changes_nothing_force_keeps_a_backup(tmp_path):
    """A first run writes; a second run finds every file unchanged; a file a person edited is kept, and with
    force replaced after a .bak-… copy of it; no temporary file is left behind."""
    first = handouts.write("damage_hotel_checkin", tmp_path, lang="en", fmt="html", date=DATE)
    assert [r.action for r in first] == ["written", "written"]
    assert [r.action for r in handouts.write("damage_hotel_checkin", tmp_path, "en", "html", date=DATE)] == \
        ["unchanged", "unchanged"]
    edited = tmp_path / "damage_hotel_checkin-en.html"
    edited.write_text(edited.read_text(encoding="utf-8") + "<!-- my notes -->", encoding="utf-8")
    kept = handouts.write("damage_hotel_checkin", tmp_path, "en", "html", date=DATE)
    assert [r.action for r in kept] == ["kept", "unchanged"] and "my notes" in edited.read_text(encoding="utf-8")
    replaced = handouts.write("damage_hotel_checkin", tmp_path, "en", "html", force=True, date=DATE)
    assert replaced[0].action == "replaced" and replaced[0].backup.name.startswith("damage_hotel_checkin-en.bak-")
    assert "my notes" in replaced[0].backup.read_text(encoding="utf-8")
    assert "my notes" not in edited.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and p.name != handouts.MANIFEST]


def test_unwritable_folder_is_one_clear_error(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(cxlab.InputError, match="a_file"):
        handouts.write("kano_hotel_app", blocker / "sub", lang="en", fmt="html")


# -- the command ------------------------------------------------------------------------------------------------
def test_cli_list_in_both_languages(capsys):
    assert cli.main(["handout", "--list", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    listed = list(handouts.cases())  # the cases and the trainer's printed documents
    assert out.startswith(f"Cases ({len(listed)}):") and all(c in out for c in listed)
    assert f"cxlab handout {listed[0]} --lang en" in out
    assert cli.main(["handout", "--list"]) == 0
    assert capsys.readouterr().out.startswith(f"可用的案例（{len(listed)} 个）")


@pytest.mark.parametrize("argv, code, zh, en", [
    (["handout", "nope"], 2, "没有名为 'nope' 的案例", "There is no case called 'nope'"),
    (["handout", "kano_hotel_app", "--groups", "0"], 2, "--groups = 0 超出允许范围", "--groups = 0 is outside"),
    (["handout"], 2, "请指定一个案例", "Name a case"),
    (["handout", "kano_hotel_app", "--format", "docx"], 2, "不支持的格式", "Format 'docx' is not supported"),
])
def test_cli_bad_arguments_one_line_non_zero(capsys, lang, argv, code, zh, en):
    """Bad arguments: one line in the user's language on stderr, nothing on stdout, the usage exit code."""
    assert cli.main(argv + ["--lang", lang]) == code
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert (zh if lang == "zh" else en) in captured.err and "Traceback" not in captured.err


def test_cli_unwritable_folder_exits_1(capsys, tmp_path):
    (tmp_path / "f").write_text("x")
    assert cli.main(["handout", "kano_hotel_app", "--out", str(tmp_path / "f" / "out"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot write into the folder" in err and "not a folder" in err


def test_cli_runs_twice_then_force(capsys, tmp_path):
    """The command writes, says 'nothing changed' on a second run, keeps an edited file and replaces it with
    --force (keeping a .bak-… copy)."""
    argv = ["handout", "return_cases", "--out", str(tmp_path), "--lang", "en", "--format", "html"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "2 files: 2 written" in out and str(tmp_path) in out
    assert cli.main(argv) == 0
    assert "Nothing changed" in capsys.readouterr().out
    target = tmp_path / "return_cases-en-answers.html"
    target.write_text("mine", encoding="utf-8")
    assert cli.main(argv) == 0
    assert "kept" in capsys.readouterr().out and target.read_text(encoding="utf-8") == "mine"
    assert cli.main(argv + ["--force"]) == 0
    assert "replaced" in capsys.readouterr().out
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("return_cases-en-answers.bak-*.html")] == ["mine"]


# -- the PDFs ---------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def rendered(tmp_path_factory, course_docs):
    """The PDFs of every case in both languages (course data), rendered once for the session and written as
    ``cxlab handout`` writes them: ({(case, lang): documents}, folder)."""
    folder = tmp_path_factory.mktemp("handouts")
    for docs in course_docs.values():
        for doc in docs:
            (folder / f"{doc.name}.pdf").write_bytes(handouts.render_pdf(doc))
    return course_docs, folder


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _pdf_fonts(path: Path) -> dict:
    """{base font name: embedded?} over every page (descendant fonts of Type0 fonts included)."""
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            for part in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    fonts[str(part["/BaseFont"])] = embedded
    return fonts


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_pages_text_and_embedded_font(rendered, case, lang):
    """The PDF exists with the expected number of pages (± 1), its text holds the case title and the key
    numbers the models computed, and every font in it is the CJK font cxlab.style found, embedded — so no
    character fell back on another font (the HTML check above shows the font covers every character)."""
    made, folder = rendered
    docs = made[(case, lang)]
    handout, answers = folder / f"{case}-{lang}.pdf", folder / f"{case}-{lang}-answers.pdf"
    assert handout.is_file() and answers.is_file()
    from pypdf import PdfReader

    pages = len(PdfReader(str(handout)).pages)
    expected = EXPECTED_PAGES.get(case)
    assert (abs(pages - expected) <= 1) if expected else 1 <= pages <= 6
    assert 1 <= len(PdfReader(str(answers)).pages) <= 2
    text = _letters(_pdf_text(handout))
    assert _letters(docs[0].sheets[0].title) in text
    answer_text = _letters(_pdf_text(answers))
    for number in docs[-1].key_numbers:
        assert _letters(number) in answer_text, number
    family = _letters(style.cjk_font().family).lower().replace("-", "")
    for path in (handout, answers):
        fonts = _pdf_fonts(path)
        assert fonts and all(fonts.values()), fonts
        assert all(family in name.split("+")[-1].lower().replace("-", "") for name in fonts), fonts


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pages_are_drawn_and_not_blank(rendered, lang, tmp_path):
    """pdftoppm draws every page of every handout of the language; no page is blank: between the header and
    footer bands there is ink (text, tables, charts, the lines to write on: more than 0.2 % of the pixels not
    white), and there is a running header at the top and the page number at the bottom."""
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm (poppler-utils) is missing: run bash tools/setup.sh")
    from PIL import Image

    _, folder = rendered
    for case in CASES:
        for name in (f"{case}-{lang}.pdf", f"{case}-{lang}-answers.pdf"):
            stem = tmp_path / name.replace(".pdf", "")
            subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", str(folder / name), str(stem)], check=True,
                           timeout=120)
            pages = sorted(tmp_path.glob(f"{stem.name}-*.png"))
            assert pages, name
            for page in pages:
                pixels = np.asarray(Image.open(page).convert("L"))
                band = pixels.shape[0] // 12
                assert (pixels[band:-band] < 230).mean() > 0.002, page.name
                assert (pixels[:band] < 160).any() and (pixels[-band:] < 160).any(), page.name


@pytest.mark.slow
def test_pdf_is_the_same_bytes_twice(rendered):
    """The same document renders to the same PDF bytes (so a second run can say 'unchanged')."""
    made, folder = rendered
    doc = made[("damage_hotel_checkin", "en")][-1]
    assert handouts.render_pdf(doc) == (folder / f"{doc.name}.pdf").read_bytes()


@pytest.mark.slow
def test_pdfs_with_vector_charts_stay_small(rendered):
    """SVG charts keep the PDFs small: no handout of the course is over 400 kB (the font subset included)."""
    _, folder = rendered
    sizes = {p.name: p.stat().st_size for p in folder.glob("*.pdf")}
    assert sizes and max(sizes.values()) < 400_000, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_font_cut_is_the_same_whatever_came_before():
    """The embedded font of a document does not depend on what the process cut before it (a first cut grown by
    a rare character gives the same second cut), so a second run of the command can say 'unchanged'."""
    first, missing = handouts.font_face("客户体验 KANO 0.25")
    handouts.font_face("罕见字 龘 \U00020000")  # grows the first cut (the last one is in no font here)
    again, _ = handouts.font_face("客户体验 KANO 0.25")
    assert first == again and missing == ""


@pytest.mark.slow
def test_an_unchanged_pdf_is_not_rendered_again(tmp_path, monkeypatch):
    """A second run knows from the folder's manifest that a PDF was made from the same HTML and not touched
    since: unchanged, without rendering; an edited PDF is rendered again, compared and kept."""
    first = handouts.write("damage_hotel_checkin", tmp_path, lang="en", fmt="pdf", date=DATE)
    assert [r.action for r in first] == ["written", "written"]

    def no_rendering(document):
        raise AssertionError("rendered again")

    with monkeypatch.context() as patch:
        patch.setattr(handouts, "render_pdf", no_rendering)
        assert [r.action for r in handouts.write("damage_hotel_checkin", tmp_path, "en", "pdf", date=DATE)] == \
            ["unchanged", "unchanged"]
    pdf = tmp_path / "damage_hotel_checkin-en.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n% a person's note")
    again = handouts.write("damage_hotel_checkin", tmp_path, "en", "pdf", date=DATE)
    assert [r.action for r in again] == ["kept", "unchanged"] and pdf.read_bytes().endswith(b"note")


# -- PDF readiness: cxlab doctor and a clear message without Pango --------------------------------------------
def _apt_packages() -> set:
    lines = (Path(__file__).parents[1] / "tools" / "apt.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines} - {""}


def test_pdf_packages_are_the_ones_setup_installs():
    """The Debian packages the doctor and `cxlab handout` name are in tools/apt.txt (what setup.sh installs)."""
    assert set(handouts.PDF_PACKAGES) | set(handouts.FONT_PACKAGES) <= _apt_packages()
    assert handouts.pdf_fix("linux") == "sudo apt-get install -y " + " ".join(handouts.PDF_PACKAGES)
    assert handouts.pdf_fix("darwin") == "brew install pango"
    assert "--format html" in handouts.pdf_fix("win32")


@pytest.fixture
def no_pango(monkeypatch):
    """WeasyPrint as on a machine without Pango: importing it fails in cffi's dlopen."""
    import builtins

    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)


def test_without_pango_the_doctor_names_the_packages(no_pango, lang):
    """`cxlab doctor`'s PDF check fails with the loader's reason and the apt-get line of the Pango packages."""
    check = cli.check_pdf()
    assert not check.ok and "libpango-1.0-0" in check.detail and "apt-get" not in check.detail
    assert check.fix == handouts.pdf_fix() and check.lines()[1].endswith(handouts.pdf_fix())
    assert check.label == cxlab.t("handouts.doctor.label", lang=lang)


@pytest.mark.parametrize("fmt, code", [("pdf", 1), ("both", 1), ("html", 0)])
def test_without_pango_the_command_says_what_to_install(no_pango, capsys, tmp_path, lang, fmt, code):
    """`cxlab handout` without Pango: one line in the user's language naming the packages and the --format html
    way round, exit 1, nothing written, no traceback; --format html still works."""
    argv = ["handout", "return_cases", "--out", str(tmp_path), "--lang", lang, "--format", fmt]
    assert cli.main(argv) == code
    captured = capsys.readouterr()
    if code:
        assert len(captured.err.strip().splitlines()) == 1 and "Traceback" not in captured.err
        assert " ".join(handouts.PDF_PACKAGES) in captured.err and "--format html" in captured.err
        assert ("Pango 库" if lang == "zh" else "Pango library") in captured.err
        assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.html"))
    else:
        assert len(list(tmp_path.glob("*.html"))) == 2


def test_without_the_weasyprint_package_the_fix_is_pip(monkeypatch):
    import builtins

    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name == "weasyprint":
            raise ModuleNotFoundError("No module named 'weasyprint'", name="weasyprint")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    with pytest.raises(cxlab.InputError, match=re.escape(handouts.PIP_WEASYPRINT)):
        handouts.weasyprint_module()


@pytest.mark.slow
def test_doctor_pdf_check_passes_here():
    """On the set-up tools/setup.sh builds: WeasyPrint loads and a Chinese page embeds the CJK font."""
    ok, detail, fix = handouts.pdf_check()
    assert ok and fix == "" and style.cjk_font().family in detail, detail
