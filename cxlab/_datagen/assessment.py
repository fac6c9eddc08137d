"""Seeded sample data for the assessment room (pre-test, post-test, feedback form, CX maturity self-assessment).

Four fictional datasets from one two-day workshop and one managers' group:

``assessment_pretest`` / ``assessment_posttest``
    Sixteen learners answer the default test (:func:`cxlab.assessment.test_items`: three items for each module
    01-07, 21 items) at the start and at the end. Each learner has an ability, each item a difficulty; the chance of
    a right answer is logistic(ability - difficulty + shift), with a low shift before and a high one after, so most
    learners gain and a few items stay hard. Answers come in the forms people write: letters in either case,
    "(B)", the option's text, numbers with units, percent signs and thousands separators, and blanks (more before
    than after). One learner left at lunch (pre-test only), one arrived late (post-test only), and one wrote his
    name in lower case the second time (matched all the same).
``assessment_feedback``
    The sixteen feedback forms of that workshop: CSAT 1-5 for each of the seven modules, the recommendation question
    (0-10), the ease item (1-7) and a comment (mostly Chinese, some English, some blank).
``assessment_maturity``
    Eight managers of a fictional home-appliance retailer rate the 18 statements of the CX maturity
    self-assessment (1-5): measurement and closing the loop are weak, culture is the strongest dimension, and the
    managers split on strategy (head office sees a strategy, the regions do not).

Each function has its own seed; the CSV files are byte-identical from run to run.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["DATASETS", "pretest", "posttest", "feedback", "maturity_survey"]

#: The learners (pinyin names, readable in both editions).
_LEARNERS = ("Wang Lei", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jing", "Yang Fan", "Zhao Min", "Huang Tao",
             "Wu Qian", "Xu Hui", "Zhou Min", "Hu Jun", "Guo Lin", "He Ping", "Ma Li", "Lin Xue")
_LEFT_EARLY = "Zhou Min"       # pre-test only
_LATE = "Sun Hao"              # post-test only
_LOWER_CASE = "Hu Jun"         # writes "hu jun" in the post-test

#: Item difficulty (logit scale): most items moderate, a few hard ones.
_DIFFICULTY = {
    "pyramid_levels": -0.6, "pyramid_gating": -0.9, "pyramid_internal": -0.2, "kano_table": 0.3,
    "kano_better": 0.9, "kano_drift": -0.8, "servqual_reliability": 0.0, "servqual_gap": 0.7, "servqual_sign": -0.3,
    "journey_stages": -0.4, "journey_mot": 0.2, "journey_peak_end": 0.4, "damage_iceberg": -0.7,
    "damage_silent": 0.1, "damage_steps": 0.3, "returns_indirect": 0.5, "returns_clv": 1.6, "returns_apple": -0.9,
    "value_detractor": 0.0, "value_nps": 0.6, "value_ces": 0.8, "value_csat": 0.5,
}

#: Typical wrong numbers (a learner's slip), as written.
_WRONG_NUMBERS = {
    "kano_better": ("0.7", "0.30", "0.6"), "servqual_gap": ("0.8", "-1.2", "11.6"),
    "damage_silent": ("80", "1,800", "1992"), "returns_clv": ("150", "571", "200"),
    "value_nps": ("60", "60%", "90"), "value_csat": ("35%", "0.45", "90"),
}


def _written(item, rng, lang) -> str:
    """The right answer of ``item`` as a learner might write it."""
    from ..assessment import BANK

    entry = BANK[item]
    if entry.kind == "choice":
        form = rng.integers(0, 6)
        letter = entry.answer
        if form == 4:
            return f"({letter.upper()})"
        if form == 5:
            return dict(entry.options(lang))[letter]
        return letter.upper() if form % 2 else letter
    value = entry.value
    forms = {
        "share": (f"{value:.0%}", f"{value:.2f}", f"{value * 100:.0f}"),
        "points": (f"{value:.0f}", f"{value:.0f}分" if lang == "zh" else f"{value:.0f} points", f"{value:.0f}%"),
        "yuan": (f"{value:.0f}", f"{value:.0f}元" if lang == "zh" else f"{value:,.2f} yuan", f"{value:,.1f}"),
        "number": (f"{value:,.{entry.digits}f}", f"{value:.{entry.digits}f}", f"{value:,.{entry.digits}f}"),
    }[entry.unit]
    if item == "damage_silent":
        forms = (f"{value:,.0f}", f"{value:.0f}人" if lang == "zh" else f"{value:.0f} customers", f"{value:.0f}")
    return forms[rng.integers(0, len(forms))]


def _wrong(item, rng) -> str:
    from ..assessment import BANK, LETTERS

    entry = BANK[item]
    if entry.kind == "choice":
        return str(rng.choice([x for x in LETTERS if x != entry.answer])).upper()
    return str(rng.choice(_WRONG_NUMBERS[item]))


def _test(seed, learners, shift, blank, rename=None) -> pd.DataFrame:
    from ..assessment import test_items

    items = list(test_items().index)
    rng = np.random.default_rng(seed)
    ability = dict(zip(_LEARNERS + (_LATE,), np.random.default_rng(20240916).normal(0.0, 0.9,
                                                                                      len(_LEARNERS) + 1)))
    rows = []
    for learner in learners:
        lang = "en" if learner in ("Lin Xue", "Ma Li") else "zh"
        for item in items:
            if rng.random() < blank:
                continue
            p = 1 / (1 + np.exp(-(ability[learner] - _DIFFICULTY[item] + shift)))
            answer = _written(item, rng, lang) if rng.random() < p else _wrong(item, rng)
            rows.append(((rename or {}).get(learner, learner), item, answer))
    return pd.DataFrame(rows, columns=["learner", "item", "answer"])


def pretest() -> pd.DataFrame:
    """The pre-test answers (long: learner, item, answer)."""
    return _test(20240917, _LEARNERS, shift=-0.5, blank=0.12)


def posttest() -> pd.DataFrame:
    """The post-test answers: the same items, the learners of the day minus one who left, plus one who came late."""
    learners = tuple(x for x in _LEARNERS if x != _LEFT_EARLY) + (_LATE,)
    return _test(20240918, learners, shift=1.6, blank=0.03, rename={_LOWER_CASE: _LOWER_CASE.lower()})


_COMMENTS_ZH = {  # i18n: input-variants (what participants write)
    "good": ["练习很实用，回去就能用上", "案例很贴近我们行业，讲师讲解清楚", "小组讨论很有收获", "KANO 的例子很好懂，老师讲得很清楚",
             "动手算净推荐值的练习很有帮助"],
    "bad": ["第二天下午节奏太快，时间不够", "软件安装花了太多时间", "希望多一些零售行业的案例", "代码部分有点难，跟不上",
            "休息时间太短"],
}
_COMMENTS_EN = {  # i18n: input-variants
    "good": ["The hands-on exercises were very useful", "Great examples, and the trainer explained clearly"],
    "bad": ["The pace was rushed on day two", "More real-life cases from retail please"],
}


def feedback() -> pd.DataFrame:
    """The participants' feedback forms (one row each)."""
    rng = np.random.default_rng(20240919)
    participants = [x for x in _LEARNERS if x != _LEFT_EARLY] + [_LATE]
    liking = {1: 0.6, 2: 0.9, 3: 0.3, 4: 0.8, 5: 0.5, 6: -0.2, 7: 0.7}   # module 06 is the weakest
    rows, used = [], {}
    for number, person in enumerate(participants, start=1):
        mood = rng.normal(0, 0.7)
        row = {"respondent": f"F{number:02d}"}
        for module, like in liking.items():
            value = int(np.clip(np.round(3.6 + like + mood + rng.normal(0, 0.6)), 1, 5))
            row[f"csat_{module:02d}"] = value if rng.random() > 0.04 else None
        row["recommend"] = int(np.clip(np.round(8.7 + 1.5 * mood + rng.normal(0, 1.1)), 0, 10))
        row["ease"] = int(np.clip(np.round(5.2 + mood + rng.normal(0, 0.8)), 1, 7))
        english = person in ("Lin Xue", "Ma Li")
        pool = _COMMENTS_EN if english else _COMMENTS_ZH
        if rng.random() < 0.2:
            row["comment"] = ""
        else:   # each phrase once before any comes back
            tone = "good" if mood + rng.normal(0, 0.5) > -0.1 else "bad"
            key = (english, tone)
            used[key] = used.get(key, -1) + 1
            row["comment"] = pool[tone][used[key] % len(pool[tone])]
        rows.append(row)
    frame = pd.DataFrame(rows)
    for module in liking:
        frame[f"csat_{module:02d}"] = frame[f"csat_{module:02d}"].astype("Int64")
    return frame


def maturity_survey() -> pd.DataFrame:
    """Eight managers' ratings of the 18 maturity statements (long: respondent, statement, rating)."""
    from ..assessment import STATEMENTS

    rng = np.random.default_rng(20240920)
    level = {"strategy": 3.0, "understanding": 3.0, "design": 2.6, "measurement": 2.0, "loop": 2.1, "culture": 3.6}
    managers = [f"M{k:02d}" for k in range(1, 9)]
    head_office = {"M01", "M02", "M03", "M04"}
    rows = []
    for manager in managers:
        personal = rng.normal(0, 0.3)
        for statement, dimension in STATEMENTS:
            base = level[dimension] + personal
            if dimension == "strategy":
                base += 1.0 if manager in head_office else -1.0
            rating = int(np.clip(np.round(base + rng.normal(0, 0.5)), 1, 5))
            rows.append((manager, statement, rating if rng.random() > 0.02 else None))
    frame = pd.DataFrame(rows, columns=["respondent", "statement", "rating"])
    frame["rating"] = frame["rating"].astype("Int64")
    return frame


DATASETS = {
    "assessment_pretest": pretest,
    "assessment_posttest": posttest,
    "assessment_feedback": feedback,
    "assessment_maturity": maturity_survey,
}
