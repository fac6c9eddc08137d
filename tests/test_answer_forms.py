"""Checks accept what a learner would reasonably type — letters, zh/en names, levels with numbers and names,
directions in words, the labels a chart shows, ids in any case — and give a specific message for each typical
wrong answer, in both languages (the ``lang`` fixture runs each test in zh and en)."""
from __future__ import annotations

import pytest

import cxlab
from cxlab import i18n
from cxlab.exercises import ____
from cxlab.exercises import damage as dq
from cxlab.exercises import kano as kq
from cxlab.exercises import returns as rq
from cxlab.exercises import welcome as wq
from cxlab.widgets.kano import feature_names


def _says(feedback, key, **fmt):
    return i18n.t(f"exercises.{key}", **fmt) in feedback.details


# -- KANO q1: categories by letter or by name -------------------------------------------------------------------
@pytest.mark.parametrize("answer", [
    "AMOIR", "amoir", " A, M, O, I, R ", "A M O I R", ["a", "M", "o", "I", "r"],
    ["魅力质量", "必备质量", "期望质量", "无差异质量", "反向质量"],
    "魅力质量、必备质量、期望质量（一元质量）、无差异质量、反向质量",
    "魅力，必备，一元质量，无差异，反向",
    ["Attractive", "Must-be", "One-dimensional", "Indifferent", "Reverse"],
    "attractive quality, must-be quality, one-dimensional quality, indifferent quality, reverse quality",
    "Attractive Must-be One-dimensional Indifferent Reverse",
])
def test_kano_q1_accepts_letters_and_names_in_both_languages(answer, lang):
    assert kq.q1.check(answer).correct


def test_kano_q1_names_a_word_that_is_no_category(lang):
    feedback = kq.q1.check("attractive, must-be, one-dimensional, indifferent, fantastic")
    assert _says(feedback, "kano.q1.unknown_letter", letter="fantastic", accepted="A, O, M, I, R, Q")


@pytest.mark.parametrize("word, letter", [("魅力质量", "A"), ("Attractive", "A"), ("attractive quality", "A"),
                                          ("期望质量（一元质量）", "O"), ("一元质量", "O"), ("performance", "O"),
                                          ("Must-be", "M"), ("must be", "M"), ("必备", "M"), ("q", "Q"),
                                          ("可疑结果", "Q"), ("reverse quality", "R")])
def test_parse_category(word, letter):
    assert kq.parse_category(word) == letter


# -- KANO q2: a percentage, swapped coefficients ------------------------------------------------------------------
def test_kano_q2_percentage_gets_its_own_message(lang):
    """(A + O) / (A + O + M + I) = 70 / 100 = 0.70; −(O + M) / 100 = −0.40. Typed as 70 and −40: 'a percentage?'."""
    assert kq.q2.expected() == pytest.approx((0.70, -0.40))
    feedback = kq.q2.check((70, -40))
    assert _says(feedback, "kano.q2.percent", better=70.0, worse=-40.0)
    assert "%" in feedback.details[0] or "percent" in feedback.details[0] or "百分" in feedback.details[0]


def test_kano_q2_swapped_and_dict_forms(lang):
    assert _says(kq.q2.check((0.40, -0.70)), "kano.q2.swapped")
    assert kq.q2.check({"Better": 0.70, "worse": -0.40}).correct
    assert kq.q2.check(["0.70", "-0.40"]).correct


# -- KANO q3: Fong-aware acceptance ---------------------------------------------------------------------------------
def test_kano_q3_accepts_the_runner_up_of_an_insignificant_leader_and_says_why(lang):
    """late_checkout: 81 attractive vs 78 one-dimensional answers, not significant by Fong's test — taking it as
    the one-dimensional third pick is accepted with a message naming both categories."""
    table = kq.q3.result()
    assert not table.loc["late_checkout", "fong_significant"]
    assert kq.q3.runner_up() == {"late_checkout": "O", "mobile_key": "O"}  # mobile key: A 83 vs O 69, not significant either
    names = feature_names()
    feedback = kq.q3.check(["online_checkin", "e_invoice", "late_checkout"])
    assert feedback.correct and _says(feedback, "kano.q3.fong", feature=names["late_checkout"],
                                      leader=i18n.t("kano.category.A"), second=i18n.t("kano.category.O"))
    # the usual right answer keeps the usual message
    plain = kq.q3.check(["online_checkin", "e_invoice", "checkin_speed"])
    assert plain.correct and plain.details == [i18n.t("exercises.kano.q3.correct")]


def test_kano_q3_accepts_names_in_either_language_and_a_text_list(lang):
    zh, en = (feature_names(lang=code) for code in ("zh", "en"))
    assert kq.q3.check([zh["online_checkin"], en["e_invoice"], " Checkin_Speed "]).correct
    assert kq.q3.check(f"{zh['online_checkin']}, {zh['e_invoice']}, {zh['chat_response']}").correct


# -- KANO q4: ids in any case, with spaces ------------------------------------------------------------------------
@pytest.mark.parametrize("answer", [["S02", "S03", "S05", "S08"], [" s02", "S03 ", "s05", "s08"],
                                    "S02, S03, S05, S08", "s02 s03 s05 s08", "S02、S03、S05、S08"])
def test_kano_q4_ids_in_any_case_and_form(answer, lang):
    assert kq.q4.check(answer).correct


# -- Damage q1: mistakes are checked before the right answer's band ----------------------------------------------
def test_damage_q1_the_silent_only_mistake_is_not_taken_for_the_retained_customers(lang):
    """300 silent × 0.63 = 189 lost (the silent only) lies 0.3 from 188.7 retained: each gets its own message."""
    assert _says(dq.q1.check(189), "damage.customers_lost.silent_only", answer=189)
    assert _says(dq.q1.check(188.7), "damage.customers_lost.retained", answer=188.7)
    assert _says(dq.q1.check(22.3), "damage.customers_lost.no_silent", answer=22.3)
    assert dq.q1.check(211.3).correct and dq.q1.check("211.3").correct and dq.q1.check(211.32).correct


def test_damage_q1_tolerance_is_narrower_than_the_gaps_between_right_and_typical_wrong_answers():
    values = [dq.q1.expected(), *dq.q1.mistakes().values()]
    gaps = [abs(a - b) for i, a in enumerate(values) for b in values[i + 1:]]
    assert 2 * dq.q1.TOLERANCE < min(gaps)


def test_damage_q4_tolerance_is_narrower_than_the_gaps_to_typical_wrong_answers():
    expected = dq.q4.expected()
    for reference in dq.q4.mistakes().values():
        assert max(abs(reference[k] - expected[k]) for k in expected) > 2 * dq.q4.TOLERANCE


# -- Damage q2: the label the chart shows, in either language ---------------------------------------------------
@pytest.mark.parametrize("answer", ["problem_rate", " Problem_Rate ", "problem rate", "Problem rate", "问题发生率",
                                    "“问题发生率”"])
def test_damage_q2_accepts_the_tornado_label_or_code(answer, lang):
    assert dq.q2.check(answer).correct


@pytest.mark.parametrize("answer, key", [("投诉率", "complaint_rate"), ("Complaint rate", "complaint_rate"),
                                         ("快速解决的比例", "quick"), ("客户数", "not_a_lever"),
                                         ("Value per customer", "not_a_lever")])
def test_damage_q2_labels_of_wrong_levers_get_their_message(answer, key, lang):
    assert _says(dq.q2.check(answer), f"damage.first_lever.{key}", answer=answer)


def test_damage_q2_the_labels_are_the_tornado_labels(lang):
    """The chart's bar labels are damage.param.<code>: what the check accepts is what the learner sees."""
    labels = {i18n.t(f"damage.param.{code}") for code in dq.q2.table()["parameter"]}
    assert i18n.t("damage.param.problem_rate") in labels


# -- Damage q3: directions in words ------------------------------------------------------------------------------
@pytest.mark.parametrize("answer", ["down", "Down", "goes down", "it decreases", "decrease", "lower", "falls",
                                    "下降", "下降了", "会下降", "减少", "降低", "变少了"])
def test_damage_q3_down_in_words(answer, lang):
    assert dq.q3.check(answer).correct


@pytest.mark.parametrize("answer", ["up", "goes up", "increases", "rises", "上升", "上升了", "增加", "变多"])
def test_damage_q3_up_in_words_is_the_wrong_direction(answer, lang):
    assert _says(dq.q3.check(answer), "damage.complaint_direction.wrong_direction")


def test_damage_q3_no_direction(lang):
    assert _says(dq.q3.check("不变"), "damage.complaint_direction.unknown", answer="不变")


# -- Damage q4: read from the table, keys as the table names them ----------------------------------------------------
def test_damage_q4_keys_as_labels_or_codes_and_a_list(lang):
    rates = {k: round(v, 2) for k, v in dq.q4.expected().items()}
    labels = {i18n.t(f"money_course.resolution.{k}", lang="zh"): v for k, v in rates.items()}
    assert dq.q4.check(labels).correct
    assert dq.q4.check({k.upper().replace("_", " "): v for k, v in rates.items()}).correct
    assert dq.q4.check([rates["resolved_quickly"], rates["resolved"], rates["unresolved"]]).correct
    table = dq.q4.table().loc["large", "loyalty"].round(2).to_dict()
    assert dq.q4.check(table).correct  # exactly what the notebook shows


# -- Welcome: levels -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("answer, level", [("1.0 初级体验", "basic"), ("1.0 basic", "basic"), ("1 Basic", "basic"),
                                           ("2.0 轻松体验（过程省心省力）", "effortless"), ("Level 2", "effortless"),
                                           ("3.0 memorable experience", "memorable"), ("第3层", "memorable"),
                                           (" 2.0 ", "effortless"), ("3 轻松体验", None), ("4.0", None)])
def test_welcome_levels_as_numbers_names_or_both(answer, level):
    assert wq.parse_level(answer) == level


def test_welcome_q2_q3_accept_numbered_names(lang):
    assert wq.q2.check("2.0 轻松体验").correct and wq.q3.check("3.0 memorable").correct


# -- Tips name the exact call ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("q, name", [(kq.q2, "q2"), (dq.q3, "q3"), (rq.q1, "q1"), (wq.q3, "q3")])
def test_tips_name_the_exact_call(q, name, lang):
    assert q.name == name
    q.attempts, q._hints_shown = 1, 0
    tip = q.check("certainly not an answer").details[-1]
    assert f"{name}.hint()" in tip and f"{name}.solution()" in tip


def test_arithmetic_on_blanks_is_still_not_attempted(lang):
    assert rq.q3.check(100 * (____ - ____)).status == "blank"


# -- zh prompts ask for Chinese words where Chinese is accepted ------------------------------------------------------
@pytest.mark.parametrize("key, word", [("exercises.damage.complaint_direction.prompt", "“下降”"),
                                       ("exercises.damage.first_lever.prompt", "“投诉率”"),
                                       ("exercises.kano.q1.prompt", "魅力质量"),
                                       ("exercises.kano.q3.prompt", "中文名称"),
                                       ("exercises.welcome.pyramid_level.three_step_checkout.prompt", "轻松体验")])
def test_zh_prompts_ask_for_chinese_words(key, word):
    assert word in i18n.t(key, lang="zh")
