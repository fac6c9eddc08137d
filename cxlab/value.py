"""Customer-experience value: NPS, CSAT and CES with their margins of error, drivers, behaviour, complaints, feedback.

Seed article 004 defines customer-experience value (客户体验值) as the whole value a customer feels in dealing with
a company, in four dimensions (:data:`DIMENSIONS`: emotional, functional, brand, interaction), moved by five drivers
(:data:`DRIVERS`), measured by surveys (CSAT, NPS, CES), feedback channels and behaviour (repeat purchase, churn),
and raised by complaint handling in five steps (:data:`COMPLAINT_STEPS`). This module computes each of those:

* :func:`nps`, :func:`nps_from_counts`, :func:`compare_nps`, :func:`sample_size` — the Net Promoter Score with
  its standard error and interval (Wald, and the adjusted Wald of Rocks 2016), the test of a change between two
  waves or segments, and the sample a margin of error needs. A score is never reported without its interval.
* :func:`csat`, :func:`compare_csat` — top-box satisfaction with the Wilson interval (:func:`cxlab.stats.wilson_interval`)
  and the two-proportion z-test; :func:`ces` — the Customer Effort Score 2.0 (7-point agreement).
* :func:`experience_value` — the four dimensions from a survey's items and the drivers' derived importance
  (:func:`cxlab.stats.derived_importance`, the same one the journey and SERVQUAL rooms use).
* :func:`behaviour` — repeat-purchase rate, churn and retention by cohort from a transaction log (vectorised).
* :func:`complaints` — the complaint-handling funnel and the effect of each of the five steps; loyalty by outcome
  comes from :func:`cxlab.damage.loyalty_by_outcome` (called, not copied).
* :func:`feedback` — themes and tone of open-ended feedback in Chinese (segmented with jieba) and English, from a
  small lexicon (:data:`LEXICON`, :data:`TONE_WORDS`) a trainer can edit or replace; verbatims shown escaped.
* :func:`closed_loop` — the voice-of-the-customer loop on survey data: inner loop (detractors called back, how
  fast) and outer loop (are the causes they named fading?).
* :func:`read_survey` — NPS / CSAT / CES exports of WJX, Tencent Questionnaire, SurveyMonkey and Google Forms.
* ``plot_*`` — every chart takes ``ax=`` and returns it.

Nothing here prints, reads files except :func:`read_survey` (through :mod:`cxlab.surveys`) or holds learner-facing
text: labels and messages come from the catalog (``value.*``).

Sources
-------
- Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review* 81(12), 46-54.
  (The 0-10 recommendation question; promoters 9-10, passives 7-8, detractors 0-6; NPS = %promoters - %detractors.)
- Rocks, B. (2016). Interval estimation for the "net promoter score". *The American Statistician* 70(4), 365-372.
  (Variance of NPS as a difference of two multinomial shares; the adjusted Wald interval: add 3 answers,
  3/4 of them promoters and 3/4 detractors.)
- Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. *JASA* 22, 209-212.
- Dixon, M., Freeman, K. & Toman, N. (2010). Stop trying to delight your customers. *HBR* 88(7/8), 116-122; and
  CEB (2013), *The Effortless Experience* (Dixon, Toman & DeLisi): CES 2.0, "The company made it easy for me to
  handle my issue", 1 strongly disagree ... 7 strongly agree.
- Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor variables in multiple
  regression. *Multivariate Behavioral Research* 35(1), 1-19 (via :func:`cxlab.stats.derived_importance`).
- Fader, P. S. & Hardie, B. G. S. (2009). Probability models for customer-base analysis. *Journal of Interactive
  Marketing* 23(1), 61-69 (cohort retention curves; churn in a non-contractual setting read as a period without
  purchases).
- TARP (1986) / Goodman, J. (1999). Basic facts on customer complaint behavior and the impact of service on the
  bottom line. *Competitive Advantage* 9(1), 1-5 (loyalty by complaint outcome, see :mod:`cxlab.damage`).

Examples
--------
>>> from cxlab import value
>>> result = value.nps([10] * 100 + [8] * 50 + [3] * 50)     # 200 answers: 100 promoters, 50 detractors
>>> result.nps, round(result.low, 1), round(result.high, 1)
(25.0, 13.5, 36.5)
"""
from __future__ import annotations

import html as _html
import math
import re
import unicodedata
from dataclasses import dataclass, field
from numbers import Integral, Real

import numpy as np
import pandas as pd

from . import _check
from . import stats as _stats
from . import style as _style
from .i18n import get_language, t
from .surveys import ID_COLUMNS  # header names taken as the respondent id (one list for every survey reader)

__all__ = [
    "SCALE", "PROMOTER_MIN", "PASSIVE_MIN", "GROUPS", "GROUP_COLORS", "ADJUSTED_WALD", "METHODS",
    "CES_SCALE", "DIMENSIONS", "DRIVERS", "COMPLAINT_STEPS", "PERIODS", "LEXICON", "TONE_WORDS", "NEGATIONS",
    "QUESTION_MARKERS", "ID_COLUMNS",
    "NPSResult", "nps", "nps_from_counts", "CompareResult", "compare_nps", "sample_size", "nps_table",
    "change_table",
    "CSATResult", "csat", "CSATCompareResult", "compare_csat", "CESResult", "ces",
    "ValueResult", "experience_value", "BehaviourResult", "behaviour", "ComplaintResult", "complaints",
    "FeedbackResult", "feedback", "ClosedLoopResult", "closed_loop", "read_survey",
    "group_name", "dimension_name", "driver_name", "step_name", "theme_name", "tone_name",
    "plot_nps", "plot_nps_waves", "NPSWavesChart", "plot_csat", "plot_ces", "plot_importance", "plot_retention",
    "plot_complaint_funnel", "plot_step_effects", "plot_feedback_themes",
]

# ---------------------------------------------------------------------------------------------------------------
# Published constants
# ---------------------------------------------------------------------------------------------------------------

#: The answer scale of the recommendation question (Reichheld 2003): 0 "not at all likely" .. 10 "extremely likely".
SCALE = (0, 10)
#: Lowest answer of a promoter (9-10) and of a passive (7-8); 0-6 are detractors (Reichheld 2003).
PROMOTER_MIN = 9
PASSIVE_MIN = 7
#: The three groups, in chart order. Display names: ``value.group.<id>``.
GROUPS = ("detractors", "passives", "promoters")
#: One colour per group (Okabe-Ito): vermilion detractors, grey passives, green promoters.
GROUP_COLORS = {"detractors": "#D55E00", "passives": "#B0B0B0", "promoters": "#009E73"}
#: Rocks (2016) adjusted Wald: add this many answers, ``(answers, of which promoters, of which detractors)``.
ADJUSTED_WALD = (3.0, 0.75, 0.75)
#: Interval methods of :func:`nps` and :func:`compare_nps`.
METHODS = ("wald", "adjusted_wald")
#: CES 2.0: 1 strongly disagree .. 7 strongly agree that "the company made it easy for me to handle my issue".
CES_SCALE = 7
#: The four dimensions of customer-experience value (seed 004). Display names: ``value.dimension.<id>``.
DIMENSIONS = ("emotional", "functional", "brand", "interaction")
#: The five drivers of customer-experience value (seed 004). Display names: ``value.driver.<id>``.
DRIVERS = ("product_quality", "service_quality", "brand_image", "expectations", "environment")
#: The five steps of complaint handling (seed 004). Display names: ``value.step.<id>``.
COMPLAINT_STEPS = ("listen", "respond_fast", "keep_informed", "personalise", "follow_up")
#: Periods :func:`behaviour` groups purchases by.
PERIODS = ("month", "quarter", "week")

#: The theme lexicon of :func:`feedback`: ``{theme: {"zh": words, "en": words}}``. Chinese words are matched
#: against jieba's segmentation (each word is also added to jieba's dictionary, so it is kept whole); English
#: words and phrases as whole words of the lower-cased text. A trainer edits a copy
#: (``lex = copy.deepcopy(value.LEXICON)``) and passes it as ``feedback(texts, lexicon=lex)``; a theme without a
#: catalog name (``value.theme.<id>``) is shown by its id. These words are what customers write: input data.
LEXICON = {  # i18n: input-variants
    "waiting": {"zh": ("排队", "等待", "等了", "等太久", "太慢", "速度", "效率", "人太多", "叫号", "出餐",
                        "快速通道"),
                "en": ("wait", "waited", "waiting", "queue", "queues", "line", "slow", "took ages", "speed")},
    "staff": {"zh": ("服务员", "店员", "柜员", "客服", "经理", "态度", "热情", "耐心", "专业", "微笑", "工作人员",
                      "理货员", "收银员", "大堂经理"),
              "en": ("staff", "employee", "agent", "barista", "cashier", "manager", "teller", "attitude", "rude",
                     "friendly", "polite", "helpful")},
    "product": {"zh": ("质量", "口味", "味道", "商品", "产品", "新鲜", "咖啡", "包装", "款式", "尺码", "理财产品", "水果",
                        "蔬菜", "生鲜", "酸奶", "过期", "信用卡", "房贷", "贷款", "存款", "外币"),
                "en": ("quality", "taste", "product", "products", "fresh", "coffee", "item", "items", "packaging",
                       "card", "loan", "mortgage", "deposit")},
    "price": {"zh": ("价格", "太贵", "便宜", "优惠", "性价比", "收费", "手续费", "年费", "利率", "涨价", "性价比高",
                     "性价比不高", "会员价", "促销"),
              "en": ("price", "prices", "expensive", "cheap", "fee", "fees", "charge", "charges", "discount",
                     "value for money", "interest rate")},
    "digital": {"zh": ("APP", "小程序", "手机银行", "网银", "闪退", "登录", "界面", "系统", "验证码", "线上", "下单",
                       "配送"),
                "en": ("app", "login", "log in", "crash", "crashes", "website", "online", "mobile banking",
                       "update", "password")},
    "environment": {"zh": ("环境", "干净", "卫生", "座位", "嘈杂", "装修", "音乐", "网点", "停车", "停车位"),
                    "en": ("clean", "dirty", "noisy", "seating", "seats", "atmosphere", "branch", "music",
                           "parking")},
    "complaint_handling": {"zh": ("投诉", "处理", "解决", "回电", "跟进", "退款", "赔偿", "补偿", "没人管", "推诿"),
                           "en": ("complaint", "complained", "resolved", "refund", "call back", "called back",
                                  "follow up", "followed up", "compensation")},
}

#: Tone words of :func:`feedback` (positive and negative, Chinese and English). A negation word up to two tokens
#: (Chinese) or three words (English) before a tone word turns its sign (:data:`NEGATIONS`); compounds such as
#: 不错 are single words of jieba's dictionary and keep their own sign. Input data, like :data:`LEXICON`.
TONE_WORDS = {  # i18n: input-variants
    "positive": {"zh": ("满意", "不错", "好", "很好", "挺好", "方便", "快", "及时", "热情", "耐心", "专业", "喜欢",
                        "推荐", "感谢", "谢谢", "干净", "舒服", "贴心", "省心", "满分", "好喝", "周到", "顺利", "高效",
                        "很快", "新鲜", "便宜", "实惠", "性价比高", "方便快捷"),
                 "en": ("good", "great", "excellent", "friendly", "helpful", "fast", "quick", "quickly", "easy",
                        "clean", "love", "loved", "recommend", "thanks", "thank", "smooth", "polite", "perfect",
                        "happy", "pleasant", "efficient")},
    "negative": {"zh": ("差", "很差", "太差", "慢", "太慢", "贵", "太贵", "不满", "失望", "麻烦", "难", "闪退", "脏",
                        "乱", "吵", "嘈杂", "错", "出错", "投诉", "推诿", "敷衍", "没人管", "糟糕", "生气", "等太久",
                        "烦", "退款难", "不好", "太久", "很慢", "不方便", "不耐烦", "推销", "乱收费", "不行", "过期", "不理", "爱答不理", "对不上", "一改再改",
                        "缺货", "性价比不高", "涨价", "故障"),
                 "en": ("bad", "poor", "slow", "rude", "expensive", "crash", "crashes", "dirty", "noisy", "problem",
                        "disappointed", "disappointing", "difficult", "hard", "terrible", "awful", "annoying",
                        "wrong", "never", "worst", "unhelpful")},
}
#: Words that turn the sign of the tone word after them.
NEGATIONS = {"zh": ("不", "没", "没有", "不太", "不是", "别", "并不", "毫不"),  # i18n: input-variants
             "en": ("not", "no", "never", "isn't", "wasn't", "don't", "didn't", "hardly", "n't")}

#: Header words that identify the NPS, CSAT and CES question of a survey export (what survey tools write).
QUESTION_MARKERS = {  # i18n: input-variants
    "nps": ("推荐", "nps", "recommend", "净推荐"),
    "csat": ("满意", "csat", "satisf"),
    "ces": ("容易", "轻松", "省力", "费力", "ces", "easy", "effort"),
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LEADING = re.compile(r"^\s*([0-9]{1,2})\s*(?:分|points?|pts?|[-–—:：.、()（）]|$)", re.IGNORECASE)  # i18n: input-variants


# ---------------------------------------------------------------------------------------------------------------
# Small helpers: names, messages, validation
# ---------------------------------------------------------------------------------------------------------------

def _error(key, **fmt):
    from . import InputError

    return InputError(t(f"value.error.{key}", **fmt))


def _show(value) -> str:
    return _check.fmt_value(value)


def group_name(group: str) -> str:
    """Display name of ``'promoters'``, ``'passives'`` or ``'detractors'``.

    >>> import cxlab; _ = cxlab.set_language("en")
    >>> group_name("promoters")
    'Promoters'
    """
    return _name("group", group, GROUPS)


def dimension_name(dimension: str) -> str:
    """Display name of a dimension of :data:`DIMENSIONS` (other names are returned as given)."""
    dimension = _check.check_text("dimension", dimension)
    return t(f"value.dimension.{dimension}") if dimension in DIMENSIONS else dimension


def driver_name(driver: str) -> str:
    """Display name of a driver of :data:`DRIVERS` (other names are returned as given)."""
    driver = _check.check_text("driver", driver)
    return t(f"value.driver.{driver}") if driver in DRIVERS else driver


def step_name(step: str) -> str:
    """Display name of a complaint-handling step of :data:`COMPLAINT_STEPS`."""
    return _name("step", step, COMPLAINT_STEPS)


def theme_name(theme: str) -> str:
    """Display name of a feedback theme (a theme a trainer added without a catalog name shows its id)."""
    from .i18n import has

    return t(f"value.theme.{theme}") if has(f"value.theme.{theme}") else str(theme)


def tone_name(tone: str) -> str:
    """Display name of ``'positive'``, ``'neutral'`` or ``'negative'``."""
    return _name("tone", tone, ("positive", "neutral", "negative"))


def _name(kind, code, known):
    if not isinstance(code, str) or code not in known:
        raise _error("bad_choice", name=kind, value=_show(code), accepted=", ".join(known))
    return t(f"value.{kind}.{code}")


def _confidence(confidence) -> float:
    return _check.check_number("confidence", confidence, low=0, high=1, low_open=True, high_open=True)


def _choice(name, value, accepted):
    return _check.check_choice(name, value, accepted)


def _integer(name, value, low, high=None) -> int:
    return _check.check_number(name, value, low=low, high=high, integer=True)


def _positive(name, value, high=None) -> float:
    return _check.check_number(name, value, low=0, high=high, low_open=True)


def _share(name, value) -> float:
    return _check.check_number(name, value, low=0, high=1)


def _answers(values, name, low, high):
    """Whole-number answers in ``low..high`` as an int64 array (missing answers left out) and the number missing.

    Numbers, numeric text ('9', ' ９ ') and missing values (None, NaN, NA, '') are accepted; anything else is an
    InputError naming the position (Series: its index label), the value and the accepted range. Object arrays are
    converted once per distinct value (``pd.factorize``), numeric arrays with numpy only.
    """
    if isinstance(values, (str, bytes, dict)) or isinstance(values, pd.DataFrame) or np.ndim(values) == 0 \
            and not hasattr(values, "__len__"):
        raise _error("not_answers", name=name, got=type(values).__name__, low=low, high=high)
    series = values if isinstance(values, pd.Series) else None
    try:
        if series is not None:
            arr = values.to_numpy()
        elif isinstance(values, np.ndarray):
            arr = values
        else:   # a list may mix numbers, text and bools: look at each distinct value
            arr = np.asarray(list(values), dtype=object)
    except (TypeError, ValueError):
        raise _error("not_answers", name=name, got=type(values).__name__, low=low, high=high) from None
    if arr.ndim != 1:
        arr = arr.reshape(-1) if arr.ndim == 0 or min(arr.shape) == 1 else None
        if arr is None:
            raise _error("not_answers", name=name, got=f"{np.ndim(values)}-d", low=low, high=high)

    def where(i):
        return series.index[i] if series is not None else i + 1

    if arr.dtype.kind in "iu":
        numbers = arr.astype(np.int64, copy=False)
        missing = np.zeros(len(numbers), dtype=bool)
    elif arr.dtype.kind == "f":
        missing = np.isnan(arr)
        bad = ~missing & ((arr != np.floor(arr)) | ~np.isfinite(arr))
        if bad.any():
            i = int(np.argmax(bad))
            raise _error("bad_answer", name=name, row=where(i), value=_show(arr[i]), low=low, high=high,
                         count=int(bad.sum()))
        numbers = np.where(missing, low, arr).astype(np.int64)
    elif arr.dtype.kind == "b":
        raise _error("bad_answer", name=name, row=where(0), value=_show(arr[0]) if len(arr) else "-", low=low,
                     high=high, count=len(arr))
    else:
        codes, uniques = pd.factorize(pd.Series(arr, dtype=object), use_na_sentinel=True)
        mapped = np.empty(len(uniques) + 1, dtype=np.int64)
        BAD, MISSING = -(10 ** 9), -(10 ** 9) + 1
        for u, value in enumerate(uniques):
            mapped[u] = _one_answer(value, BAD, MISSING)
        mapped[-1] = MISSING
        numbers = mapped[codes]
        missing = numbers == MISSING
        bad = numbers == BAD
        if bad.any():
            i = int(np.argmax(bad))
            raise _error("bad_answer", name=name, row=where(i), value=_show(arr[i]), low=low, high=high,
                         count=int(bad.sum()))
        numbers = np.where(missing, low, numbers)
    outside = ~missing & ((numbers < low) | (numbers > high))
    if outside.any():
        i = int(np.argmax(outside))
        raise _error("outside", name=name, row=where(i), value=_show(arr[i]), low=low, high=high,
                     count=int(outside.sum()))
    kept = numbers[~missing] if missing.any() else numbers
    if kept.size == 0:
        raise _error("empty", name=name, missing=int(missing.sum()))
    return kept, int(missing.sum())


def _one_answer(value, bad, missing):
    if value is None or value is pd.NA:
        return missing
    if isinstance(value, (bool, np.bool_)):
        return bad
    if isinstance(value, (Integral, np.integer)):
        return int(value)
    if isinstance(value, (Real, np.floating)):
        if math.isnan(value):
            return missing
        return int(value) if math.isfinite(value) and float(value).is_integer() else bad
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if not text:
            return missing
        if re.fullmatch(r"[+-]?\d+(?:\.0*)?", text):
            return int(float(text))
    return bad


# ---------------------------------------------------------------------------------------------------------------
# NPS
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NPSResult:
    """The Net Promoter Score of one sample, with its margin of error.

    Attributes
    ----------
    promoters, passives, detractors, n : int
        Answers 9-10, 7-8, 0-6 and all answers (missing answers are not counted).
    nps : float
        %promoters - %detractors, on the -100..100 scale (the observed score, whatever the method).
    se : float
        Standard error (NPS points) used by the interval: Wald, or of the adjusted estimate.
    low, high : float
        The interval (NPS points, clipped to -100..100).
    center : float
        The interval's centre: the NPS itself (Wald) or the adjusted estimate (adjusted Wald).
    method : str
        ``'wald'`` or ``'adjusted_wald'``.
    confidence : float
    missing : int
        Missing answers left out.
    """

    promoters: int
    passives: int
    detractors: int
    n: int
    nps: float
    se: float
    low: float
    high: float
    center: float
    method: str = "wald"
    confidence: float = 0.95
    missing: int = 0

    @property
    def margin(self) -> float:
        """Half the interval's width (the "± points" of a report)."""
        return (self.high - self.low) / 2

    @property
    def shares(self) -> dict:
        """``{group: share 0..1}`` for detractors, passives, promoters."""
        return {g: getattr(self, g) / self.n for g in GROUPS}

    def summary(self) -> str:
        """One line in the current language: 'NPS 25.0 (95 % interval 13.5 to 36.5; n = 200)'."""
        return t("value.nps_summary", nps=f"{self.nps:.1f}", low=f"{self.low:.1f}", high=f"{self.high:.1f}",
                 confidence=f"{self.confidence:.0%}", n=f"{self.n:,}",
                 method=t(f"value.method.{self.method}"))

    def __str__(self):
        return self.summary()


def _nps_stats(promoters, detractors, n, method, z):
    """Vectorised estimate, SE, centre and interval on the 0..1 (share) scale.

    Wald (Rocks 2016, eq. 2): NPS = p - d, Var = (p + d - (p - d)^2) / n.
    Adjusted Wald (Rocks 2016): the same with n + 3, promoters + 3/4, detractors + 3/4.
    """
    p = np.asarray(promoters, dtype=float)
    d = np.asarray(detractors, dtype=float)
    m = np.asarray(n, dtype=float)
    estimate = (p - d) / m
    if method == "adjusted_wald":
        add, add_p, add_d = ADJUSTED_WALD
        m_adj = m + add
        pa, da = (p + add_p) / m_adj, (d + add_d) / m_adj
        center = pa - da
        se = np.sqrt(np.maximum(pa + da - center ** 2, 0.0) / m_adj)
    else:
        pa, da = p / m, d / m
        center = estimate
        se = np.sqrt(np.maximum(pa + da - center ** 2, 0.0) / m)
    low = np.clip(center - z * se, -1.0, 1.0)
    high = np.clip(center + z * se, -1.0, 1.0)
    return estimate, se, center, low, high


def _clean(x) -> float:
    value = float(x)
    return 0.0 if value == 0 else value   # no -0.0 in reports


def nps_from_counts(promoters, passives, detractors, method: str = "wald", confidence: float = 0.95) -> NPSResult:
    """The NPS and its interval from the three counts (what a report or a slide gives).

    Parameters
    ----------
    promoters, passives, detractors : int
        Numbers of answers 9-10, 7-8 and 0-6 (at least one answer in all).
    method : {'wald', 'adjusted_wald'}
    confidence : float

    Returns
    -------
    NPSResult

    Examples
    --------
    >>> r = nps_from_counts(100, 50, 50)
    >>> r.nps, round(r.se, 3)
    (25.0, 5.863)
    """
    method = _choice("method", method, METHODS)
    z = _stats.z_value(_confidence(confidence))
    counts = {}
    for name, value in (("promoters", promoters), ("passives", passives), ("detractors", detractors)):
        counts[name] = _integer(name, value, 0)
    n = sum(counts.values())
    if n == 0:
        raise _error("empty", name="promoters + passives + detractors", missing=0)
    estimate, se, center, low, high = _nps_stats(counts["promoters"], counts["detractors"], n, method, z)
    return NPSResult(promoters=counts["promoters"], passives=counts["passives"], detractors=counts["detractors"],
                     n=n, nps=_clean(100 * estimate), se=float(100 * se), low=_clean(100 * low),
                     high=_clean(100 * high), center=_clean(100 * center), method=method,
                     confidence=float(confidence))


def nps(scores, method: str = "wald", confidence: float = 0.95) -> NPSResult:
    """Net Promoter Score of 0-10 answers, with its standard error and interval.

    promoters = answers 9-10, passives 7-8, detractors 0-6 (Reichheld 2003); with shares p and d of promoters and
    detractors among the n answers, NPS = 100 (p - d). The variance of p - d (the two shares come from one
    multinomial sample) is (p + d - (p - d)^2) / n (Rocks 2016), so

    * Wald: NPS ± z · 100 · sqrt((p + d - (p - d)^2) / n);
    * adjusted Wald (Rocks 2016): the same formula after adding 3 answers, 3/4 promoter and 3/4 detractor
      (n + 3, P + 0.75, D + 0.75) - better coverage for small samples and extreme scores, where the Wald interval
      collapses (all promoters gives 100 ± 0).

    The interval is clipped to -100..100. Missing answers (None, NaN, '') are left out and counted in ``.missing``.

    Parameters
    ----------
    scores : array-like or Series of int
        Answers 0..10 (numbers or numeric text).
    method : {'wald', 'adjusted_wald'}
    confidence : float
        Two-sided confidence level in (0, 1).

    Returns
    -------
    NPSResult
        ``.promoters .passives .detractors .n`` (ints), ``.nps .low .high .se`` (NPS points), ``.center``.

    Raises
    ------
    cxlab.InputError
        An answer outside 0..10, not a whole number, text, a bool; no answer at all; a bad method or confidence.

    Examples
    --------
    The worked example of the tests: 200 answers, 100 promoters, 50 passives, 50 detractors,
    p = 0.5, d = 0.25, NPS = 25; se = 100 sqrt((0.75 - 0.0625) / 200) = 5.863; 25 ± 1.96 · 5.863 = 13.5 to 36.5.

    >>> r = nps([10] * 100 + [7] * 50 + [0] * 50)
    >>> r.promoters, r.passives, r.detractors, r.n, r.nps, round(r.low, 1), round(r.high, 1)
    (100, 50, 50, 200, 25.0, 13.5, 36.5)
    >>> r = nps([10] * 100 + [7] * 50 + [0] * 50, method="adjusted_wald")
    >>> round(r.low, 2), round(r.high, 2)
    (13.24, 36.02)
    """
    method = _choice("method", method, METHODS)
    confidence = _confidence(confidence)
    answers, missing = _answers(scores, "scores", *SCALE)
    counts = np.bincount(answers, minlength=SCALE[1] + 1)
    promoters = int(counts[PROMOTER_MIN:].sum())
    passives = int(counts[PASSIVE_MIN:PROMOTER_MIN].sum())
    detractors = int(counts[:PASSIVE_MIN].sum())
    result = nps_from_counts(promoters, passives, detractors, method=method, confidence=confidence)
    return NPSResult(**{**result.__dict__, "missing": missing})


def _as_nps(sample, method, confidence, name) -> NPSResult:
    if isinstance(sample, NPSResult):
        if sample.method == method and sample.confidence == confidence:
            return sample
        return NPSResult(**{**nps_from_counts(sample.promoters, sample.passives, sample.detractors, method,
                                              confidence).__dict__, "missing": sample.missing})
    try:
        return nps(sample, method=method, confidence=confidence)
    except Exception as problem:
        from . import InputError

        if isinstance(problem, InputError):
            raise InputError(t("value.error.in_sample", name=name) + " " + str(problem)) from None
        raise


@dataclass(frozen=True)
class CompareResult:
    """Is the NPS of ``b`` different from that of ``a``? (two independent samples: waves, segments, stores).

    Attributes
    ----------
    a, b : NPSResult
    difference : float
        b.nps - a.nps (NPS points).
    se : float
        sqrt(se_a^2 + se_b^2) (NPS points).
    z, p_value : float
        The test statistic (centre difference / se) and its two-sided p-value.
    low, high : float
        Interval of the difference (NPS points, clipped to -200..200).
    confidence : float
    method : str
    """

    a: NPSResult
    b: NPSResult
    difference: float
    se: float
    z: float
    p_value: float
    low: float
    high: float
    confidence: float
    method: str

    @property
    def significant(self) -> bool:
        """Whether the interval of the difference leaves out 0 (p < 1 - confidence)."""
        return bool(self.low > 0 or self.high < 0)

    def summary(self) -> str:
        """One line in the current language: difference, interval, p-value and the verdict."""
        verdict = t("value.compare.real" if self.significant else "value.compare.noise")
        return t("value.compare.summary", difference=f"{self.difference:+.1f}", low=f"{self.low:.1f}",
                 high=f"{self.high:.1f}", confidence=f"{self.confidence:.0%}",
                 p="< 0.001" if self.p_value < 0.001 else f"= {self.p_value:.3f}",
                 verdict=verdict)

    def __str__(self):
        return self.summary()


def compare_nps(a, b, method: str = "wald", confidence: float = 0.95) -> CompareResult:
    """Test whether two NPS differ: b - a, its interval, z and two-sided p-value.

    For independent samples the variances add (Rocks 2016, section 5): se = sqrt(se_a^2 + se_b^2); z = (c_b - c_a)
    / se with c the interval centres (the NPS for Wald, the adjusted estimates for adjusted Wald); the interval is
    (c_b - c_a) ± z_(1-α/2) · se, and p = 2 (1 - Φ(|z|)).

    Parameters
    ----------
    a, b : array-like of 0..10 answers, or NPSResult
        The first (earlier wave, reference segment) and the second sample.
    method : {'wald', 'adjusted_wald'}
    confidence : float

    Returns
    -------
    CompareResult
        ``.difference .z .p_value .low .high`` (+ ``.se``, ``.significant``, ``.a``, ``.b``).

    Examples
    --------
    Wave 1: 400 answers, 160 promoters, 120 detractors (NPS 10); wave 2: 400 answers, 190 promoters,
    100 detractors (NPS 22.5). se_1 = 100 sqrt((0.7 - 0.01) / 400) = 4.153, se_2 = 100 sqrt((0.725 - 0.050625) / 400)
    = 4.106, se = 5.840, z = 12.5 / 5.840 = 2.140, p = 0.032:

    >>> r = compare_nps(nps_from_counts(160, 120, 120), nps_from_counts(190, 110, 100))
    >>> r.difference, round(r.z, 2), round(r.p_value, 3), r.significant
    (12.5, 2.14, 0.032, True)
    """
    method = _choice("method", method, METHODS)
    confidence = _confidence(confidence)
    first = _as_nps(a, method, confidence, "a")
    second = _as_nps(b, method, confidence, "b")
    se = math.hypot(first.se, second.se)
    centre = second.center - first.center
    if se > 0:
        z = centre / se
    else:   # both samples all one group (Wald): no sampling variation left
        z = 0.0 if centre == 0 else math.copysign(math.inf, centre)
    crit = _stats.z_value(confidence)
    return CompareResult(a=first, b=second, difference=_clean(second.nps - first.nps), se=se, z=_clean(z),
                         p_value=float(_stats.two_sided_p(z)), low=_clean(max(-200.0, centre - crit * se)),
                         high=_clean(min(200.0, centre + crit * se)), confidence=confidence, method=method)


def nps_table(survey: pd.DataFrame, by: str, score: str = "score", method: str = "wald",
              confidence: float = 0.95) -> pd.DataFrame:
    """NPS with its interval for each group of a column (region, segment, store, wave), one :func:`nps` per group.

    Parameters
    ----------
    survey : DataFrame
        One row per answer.
    by : str
        The group column (no blank cell).
    score : str
        The 0..10 answer column.
    method, confidence
        As for :func:`nps`.

    Returns
    -------
    DataFrame
        Index: the groups (sorted), columns ``n``, ``promoters``, ``detractors``, ``nps``, ``low``, ``high``,
        ``margin``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"store": ["a", "a", "b", "b"], "score": [10, 3, 9, 9]})
    >>> nps_table(s, "store")[["n", "nps"]]  # doctest: +NORMALIZE_WHITESPACE
           n    nps
    store
    a      2    0.0
    b      2  100.0
    """
    by = _check.check_text("by", by)
    score = _check.check_text("score", score)
    _check_frame("survey", survey, [by, score])
    _no_blank("survey", survey, by)
    rows = []
    for group, part in survey.groupby(by, sort=True):
        r = nps(part[score], method=method, confidence=confidence)
        rows.append((group, r.n, r.promoters, r.detractors, r.nps, r.low, r.high, r.margin))
    return pd.DataFrame(rows, columns=[by, "n", "promoters", "detractors", "nps", "low", "high", "margin"]
                        ).set_index(by)


def change_table(survey: pd.DataFrame, by: str | None = None, wave: str = "wave", score: str = "score",
                 method: str = "wald", confidence: float = 0.95) -> pd.DataFrame:
    """Change of NPS from the first to the last wave, overall and for each group of ``by``, each tested with
    :func:`compare_nps`: is it real (the interval of the change leaves out 0) or could it be noise?

    Returns
    -------
    DataFrame
        Index: ``all`` then the groups; columns ``n_first``, ``n_last``, ``nps_first``, ``nps_last``,
        ``difference``, ``low``, ``high``, ``p_value``, ``significant``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"wave": [1] * 4 + [2] * 4, "score": [10, 3, 9, 2, 10, 9, 9, 10]})
    >>> change_table(s).loc["all", ["nps_first", "nps_last", "difference"]].tolist()
    [0.0, 100.0, 100.0]
    """
    columns = [wave, score] + ([by] if by is not None else [])
    _check_frame("survey", survey, columns)
    _no_blank("survey", survey, wave)
    waves = sorted(pd.unique(survey[wave]))
    if len(waves) < 2:
        raise _error("one_wave", column=wave)
    first, last = survey[survey[wave] == waves[0]], survey[survey[wave] == waves[-1]]
    parts = [("all", first, last)]
    if by is not None:
        _no_blank("survey", survey, by)
        parts += [(g, first[first[by] == g], last[last[by] == g]) for g in sorted(pd.unique(survey[by]))]
    rows = []
    for group, a, b in parts:
        c = compare_nps(a[score], b[score], method=method, confidence=confidence)
        rows.append((group, c.a.n, c.b.n, c.a.nps, c.b.nps, c.difference, c.low, c.high, c.p_value, c.significant))
    return pd.DataFrame(rows, columns=[by or "group", "n_first", "n_last", "nps_first", "nps_last", "difference",
                                       "low", "high", "p_value", "significant"]).set_index(by or "group")


def _no_blank(name, frame, column):
    blank = frame[column].isna().to_numpy()
    if blank.any():
        raise _error("blank_cell", name=name, column=column, row=int(np.argmax(blank)) + 1)


def sample_size(margin, kind: str = "nps", confidence: float = 0.95, promoters=None, detractors=None,
                share=None) -> int:
    """How many answers a margin of error needs: n = z^2 · variance / margin^2, rounded up.

    * ``kind='nps'``: margin in NPS points (0 < margin <= 100); variance of one answer p + d - (p - d)^2 with the
      expected shares of promoters p and detractors d (Rocks 2016). Without them the worst case is used,
      p = d = 0.5, variance 1 (then ±5 points at 95 % needs 1,537 answers).
    * ``kind='proportion'`` (a CSAT or CES share): margin as a share (0 < margin < 1); variance s (1 - s) with the
      expected ``share`` (default 0.5, the worst case: ±5 % at 95 % needs 385 answers).

    Parameters
    ----------
    margin : float
    kind : {'nps', 'proportion'}
    confidence : float
    promoters, detractors : float, optional
        Expected shares 0..1 (``kind='nps'``), both or neither.
    share : float, optional
        Expected share 0..1 (``kind='proportion'``).

    Returns
    -------
    int

    Examples
    --------
    >>> sample_size(5)                                   # 1.96^2 · 1 / 0.05^2 = 1536.6 -> 1537
    1537
    >>> sample_size(5, promoters=0.5, detractors=0.25)   # 1.96^2 · 0.6875 / 0.0025 = 1056.4 -> 1057
    1057
    >>> sample_size(0.05, kind="proportion")             # 1.96^2 · 0.25 / 0.0025 = 384.1 -> 385
    385
    """
    kind = _choice("kind", kind, ("nps", "proportion"))
    z = _stats.z_value(_confidence(confidence))
    if kind == "nps":
        m = _positive("margin", margin, 100) / 100
        if (promoters is None) != (detractors is None):
            raise _error("mix_pair")
        if promoters is None:
            variance = 1.0
        else:
            p = _share("promoters", promoters)
            d = _share("detractors", detractors)
            if p + d > 1 + 1e-12:
                raise _error("mix_sum", promoters=_show(promoters), detractors=_show(detractors))
            variance = p + d - (p - d) ** 2
        if share is not None:
            raise _error("bad_choice", name="share", value=_show(share), accepted="None (kind='proportion')")
    else:
        m = _check.check_number("margin", margin, low=0, high=1, low_open=True, high_open=True)
        s = 0.5 if share is None else _share("share", share)
        variance = s * (1 - s)
        if promoters is not None or detractors is not None:
            raise _error("bad_choice", name="promoters", value=_show(promoters), accepted="None (kind='nps')")
    return max(1, int(math.ceil(z * z * variance / (m * m) - 1e-9)))


# ---------------------------------------------------------------------------------------------------------------
# CSAT and CES
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CSATResult:
    """Top-box customer satisfaction: the share answering in the top ``top`` boxes of a ``scale``-point scale.

    Attributes
    ----------
    satisfied, n : int
    share, low, high : float
        The top-box share and its Wilson interval, 0..1.
    mean : float
        The mean answer (1..scale).
    counts : tuple of int
        Answers per point 1..scale.
    scale, top : int
    confidence : float
    missing : int
    """

    satisfied: int
    n: int
    share: float
    low: float
    high: float
    mean: float
    counts: tuple
    scale: int = 5
    top: int = 2
    confidence: float = 0.95
    missing: int = 0

    def summary(self) -> str:
        """One line in the current language."""
        return t("value.csat_summary", share=f"{self.share:.1%}", low=f"{self.low:.1%}", high=f"{self.high:.1%}",
                 confidence=f"{self.confidence:.0%}", n=f"{self.n:,}", top=self.top, scale=self.scale)

    def __str__(self):
        return self.summary()


def _scale_top(scale, top):
    scale = _integer("scale", scale, 2, 11)
    top = _integer("top", top, 1, scale - 1)
    return scale, top


def csat(scores, scale: int = 5, top: int = 2, confidence: float = 0.95) -> CSATResult:
    """CSAT: the share of answers in the top ``top`` boxes of a 1..``scale`` satisfaction scale, Wilson interval.

    share = (answers > scale - top) / n; interval: :func:`cxlab.stats.wilson_interval` (Wilson 1927), which stays
    inside 0..1 and keeps its coverage near 0 and 1 where the Wald interval fails (Brown, Cai & DasGupta 2001).

    Parameters
    ----------
    scores : array-like or Series of int
        Answers 1..scale (missing answers left out).
    scale : int
        Points of the scale (2..11; 5 is the common CSAT scale).
    top : int
        Top boxes counted as satisfied (1..scale-1; top-2 of 5 = "satisfied" or "very satisfied").
    confidence : float

    Returns
    -------
    CSATResult
        ``.share .low .high`` (0..1), ``.satisfied .n .mean .counts``.

    Examples
    --------
    160 of 200 answers are 4 or 5: share 0.8, Wilson 95 % interval 0.739 to 0.850.

    >>> r = csat([5] * 90 + [4] * 70 + [3] * 25 + [2] * 10 + [1] * 5)
    >>> r.satisfied, r.n, r.share, round(r.low, 3), round(r.high, 3)
    (160, 200, 0.8, 0.739, 0.85)
    """
    scale, top = _scale_top(scale, top)
    confidence = _confidence(confidence)
    answers, missing = _answers(scores, "scores", 1, scale)
    counts = np.bincount(answers, minlength=scale + 1)[1:]
    satisfied = int(counts[scale - top:].sum())
    n = int(counts.sum())
    low, high = _stats.wilson_interval(satisfied, n, confidence)
    mean = float((counts * np.arange(1, scale + 1)).sum() / n)
    return CSATResult(satisfied=satisfied, n=n, share=satisfied / n, low=float(low), high=float(high), mean=mean,
                      counts=tuple(int(c) for c in counts), scale=scale, top=top, confidence=confidence,
                      missing=missing)


@dataclass(frozen=True)
class CSATCompareResult:
    """Two top-box shares compared with the two-proportion z-test.

    ``difference`` = b.share - a.share; ``z`` and ``p_value`` from the pooled standard error (the test under
    "no difference"); ``low``/``high`` the Wald interval of the difference with the unpooled standard error.
    """

    a: CSATResult
    b: CSATResult
    difference: float
    z: float
    p_value: float
    low: float
    high: float
    confidence: float

    @property
    def significant(self) -> bool:
        """Whether p < 1 - confidence."""
        return bool(self.p_value < 1 - self.confidence)


def compare_csat(a, b, scale: int = 5, top: int = 2, confidence: float = 0.95) -> CSATCompareResult:
    """Two-proportion z-test of two CSAT top-box shares (two waves, stores, segments).

    With x_i satisfied of n_i, p_i = x_i / n_i and the pooled p = (x_a + x_b) / (n_a + n_b):
    z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)), p-value = 2 (1 - Φ(|z|)); interval of the difference
    (p_b - p_a) ± z_(1-α/2) sqrt(p_a (1 - p_a) / n_a + p_b (1 - p_b) / n_b) (Agresti 2013, *Categorical Data
    Analysis*, 3rd ed., section 1.4 and 3.1; statsmodels' ``proportions_ztest`` and
    ``confint_proportions_2indep(method='wald')`` give the same, see the tests).

    Parameters
    ----------
    a, b : array-like of answers or CSATResult
    scale, top : int
        Used for answers (a CSATResult brings its own; both must use the same scale and top).
    confidence : float

    Returns
    -------
    CSATCompareResult

    Examples
    --------
    120 of 200 satisfied, then 150 of 200: p = 0.675, se0 = sqrt(0.675 · 0.325 · 0.01) = 0.04684, z = 0.15 / 0.04684
    = 3.20:

    >>> r = compare_csat([5] * 120 + [3] * 80, [5] * 150 + [3] * 50)
    >>> round(r.difference, 2), round(r.z, 2), round(r.p_value, 4)
    (0.15, 3.2, 0.0014)
    """
    confidence = _confidence(confidence)
    scale, top = _scale_top(scale, top)
    first = a if isinstance(a, CSATResult) else csat(a, scale, top, confidence)
    second = b if isinstance(b, CSATResult) else csat(b, scale, top, confidence)
    if (first.scale, first.top) != (second.scale, second.top):
        raise _error("csat_scales", a=f"{first.top}/{first.scale}", b=f"{second.top}/{second.scale}")
    pa, pb = first.share, second.share
    pooled = (first.satisfied + second.satisfied) / (first.n + second.n)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n))
    diff = pb - pa
    z = diff / se0 if se0 > 0 else 0.0
    se = math.sqrt(pa * (1 - pa) / first.n + pb * (1 - pb) / second.n)
    crit = _stats.z_value(confidence)
    return CSATCompareResult(a=first, b=second, difference=diff, z=_clean(z), p_value=float(_stats.two_sided_p(z)),
                             low=max(-1.0, diff - crit * se), high=min(1.0, diff + crit * se), confidence=confidence)


@dataclass(frozen=True)
class CESResult:
    """Customer Effort Score 2.0: agreement (1..7) that "the company made it easy for me to handle my issue".

    Attributes
    ----------
    mean, sd : float
        Mean answer and sample standard deviation (ddof 1; 0 for one answer).
    low, high : float
        Interval of the mean, mean ± z · sd / sqrt(n) (normal approximation).
    easy, difficult, n : int
        Answers above the midpoint (5-7: it was easy), below it (1-3) and all answers.
    easy_share, easy_low, easy_high : float
        Share of "easy" answers and its Wilson interval, 0..1.
    counts : tuple of int
    scale : int
    confidence : float
    missing : int
    """

    mean: float
    sd: float
    low: float
    high: float
    easy: int
    difficult: int
    n: int
    easy_share: float
    easy_low: float
    easy_high: float
    counts: tuple
    scale: int = CES_SCALE
    confidence: float = 0.95
    missing: int = 0

    def summary(self) -> str:
        """One line in the current language."""
        return t("value.ces_summary", mean=f"{self.mean:.2f}", low=f"{self.low:.2f}", high=f"{self.high:.2f}",
                 scale=self.scale, easy=f"{self.easy_share:.1%}", confidence=f"{self.confidence:.0%}",
                 n=f"{self.n:,}")

    def __str__(self):
        return self.summary()


def ces(scores, scale: int = CES_SCALE, confidence: float = 0.95) -> CESResult:
    """CES 2.0 (CEB 2013): the mean agreement with "the company made it easy for me to handle my issue" (1 strongly
    disagree .. 7 strongly agree), its interval, and the share who found it easy (5-7) with the Wilson interval.

    Higher is better (less effort): CES 2.0 reversed the 1.0 question ("how much effort did you personally have to
    put forth?", 1-5, lower better; Dixon, Freeman & Toman 2010), which respondents often misread.

    Parameters
    ----------
    scores : array-like or Series of int
        Answers 1..scale.
    scale : int
        Odd number of points, 3..11 (CES 2.0 uses 7).
    confidence : float

    Returns
    -------
    CESResult

    Examples
    --------
    Answers 7, 6, 6, 5, 4, 2: mean 30 / 6 = 5.0; four of six (0.667) found it easy.

    >>> r = ces([7, 6, 6, 5, 4, 2])
    >>> r.mean, r.easy, round(r.easy_share, 3), r.difficult
    (5.0, 4, 0.667, 1)
    """
    scale = _integer("scale", scale, 3, 11)
    if scale % 2 == 0:
        raise _error("odd_scale", value=scale)
    confidence = _confidence(confidence)
    answers, missing = _answers(scores, "scores", 1, scale)
    counts = np.bincount(answers, minlength=scale + 1)[1:]
    n = int(counts.sum())
    points = np.arange(1, scale + 1)
    mean = float((counts * points).sum() / n)
    sd = float(math.sqrt(max((counts * (points - mean) ** 2).sum() / (n - 1), 0.0))) if n > 1 else 0.0
    z = _stats.z_value(confidence)
    half = z * sd / math.sqrt(n)
    middle = (scale + 1) // 2
    easy = int(counts[middle:].sum())
    difficult = int(counts[:middle - 1].sum())
    low, high = _stats.wilson_interval(easy, n, confidence)
    return CESResult(mean=mean, sd=sd, low=max(1.0, mean - half), high=min(float(scale), mean + half), easy=easy,
                     difficult=difficult, n=n, easy_share=easy / n, easy_low=float(low), easy_high=float(high),
                     counts=tuple(int(c) for c in counts), scale=scale, confidence=confidence, missing=missing)


# ---------------------------------------------------------------------------------------------------------------
# Experience value: dimensions and drivers
# ---------------------------------------------------------------------------------------------------------------

def _check_frame(name, frame, columns):
    _check.check_frame(name, frame, columns=columns)


def _numeric(name, frame, column, low=None, high=None, allow_missing=True) -> np.ndarray:
    raw = frame[column]
    values = pd.to_numeric(raw, errors="coerce").astype(float)
    bad = (values.isna() & raw.notna()).to_numpy().copy()
    if not allow_missing:
        bad |= values.isna().to_numpy()
    if low is not None:
        bad |= (values < low).to_numpy()
    if high is not None:
        bad |= (values > high).to_numpy()
    if bad.any():
        i = int(np.argmax(bad))
        raise _error("bad_number", name=name, column=column, row=i + 1, value=_show(raw.iloc[i]),
                     low=low if low is not None else "-∞", high=high if high is not None else "∞")
    return values.to_numpy(dtype=float)


@dataclass
class ValueResult:
    """What :func:`experience_value` found.

    Attributes
    ----------
    scores : DataFrame
        One row per respondent, one column per dimension (mean of its items), plus the outcome.
    dimensions : DataFrame
        Index ``dimension``: ``mean``, ``sd``, ``n``, ``items``.
    importance : DataFrame
        :func:`cxlab.stats.derived_importance` of the drivers for the outcome (index ``driver``).
    dimension_importance : DataFrame
        The same for the four dimension scores.
    outcome : str
    """

    scores: pd.DataFrame
    dimensions: pd.DataFrame
    importance: pd.DataFrame
    dimension_importance: pd.DataFrame
    outcome: str

    def describe(self) -> str:
        """The strongest and the weakest driver in one sentence, in the current language."""
        table = self.importance.sort_values("share", ascending=False)
        top, low = table.index[0], table.index[-1]
        return t("value.text.top_driver", driver=driver_name(top), share=f"{table.loc[top, 'share']:.0%}",
                 r=f"{table.loc[top, 'correlation']:.2f}", weakest=driver_name(low),
                 weakest_share=f"{table.loc[low, 'share']:.0%}")


def experience_value(survey: pd.DataFrame, dimensions=None, drivers=None, outcome: str = "overall_value"
                     ) -> ValueResult:
    """The four dimensions of customer-experience value from a survey's items, and what drives overall value.

    Each dimension's score is the respondent's mean over its items (a summated scale; Likert 1932); the drivers'
    and the dimensions' derived importance for the outcome are correlations and Johnson's (2000) relative weights
    from :func:`cxlab.stats.derived_importance` (one implementation for the whole kit; respondents with a missing
    answer are left out listwise there).

    Parameters
    ----------
    survey : DataFrame
        One row per respondent; numeric item, driver and outcome columns.
    dimensions : dict, optional
        ``{dimension: [item columns]}``; default: for each of :data:`DIMENSIONS`, the columns named
        ``<dimension>_<something>`` (``emotional_1``, ``emotional_2`` ...).
    drivers : list of str, optional
        Driver columns; default: the columns of :data:`DRIVERS` the survey has.
    outcome : str
        The overall-value (or recommendation) column.

    Returns
    -------
    ValueResult

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"emotional_1": [5, 6, 2, 7, 4, 3], "functional_1": [4, 6, 3, 6, 5, 2],
    ...                   "brand_1": [5, 5, 3, 7, 4, 4], "interaction_1": [6, 7, 2, 6, 3, 3],
    ...                   "product_quality": [5, 6, 2, 7, 5, 3], "service_quality": [6, 7, 3, 6, 3, 3],
    ...                   "overall_value": [7, 9, 3, 9, 5, 4]})
    >>> r = experience_value(s)
    >>> r.dimensions["mean"].round(2).tolist()
    [4.5, 4.33, 4.67, 4.5]
    >>> r.importance.index.tolist()
    ['product_quality', 'service_quality']
    """
    if not isinstance(survey, pd.DataFrame):
        _check.check_frame("survey", survey)
    if dimensions is None:
        dimensions = {d: [c for c in survey.columns if isinstance(c, str) and c.startswith(f"{d}_")
                          and c not in DRIVERS] for d in DIMENSIONS}
        dimensions = {d: items for d, items in dimensions.items() if items}
        if not dimensions:
            raise _error("no_dimensions", found=", ".join(map(str, survey.columns)),
                         example=", ".join(f"{d}_1" for d in DIMENSIONS))
    elif not isinstance(dimensions, dict) or not dimensions or any(
            isinstance(v, str) or not hasattr(v, "__iter__") or not list(v) for v in dimensions.values()):
        raise _error("bad_dimensions", value=_show(dimensions))
    dimensions = {str(d): list(items) for d, items in dimensions.items()}
    if drivers is None:
        drivers = [d for d in DRIVERS if d in survey.columns]
    elif isinstance(drivers, str) or not hasattr(drivers, "__iter__"):
        raise _error("bad_drivers", value=_show(drivers))
    drivers = list(drivers)
    items = [c for cols in dimensions.values() for c in cols]
    _check_frame("survey", survey, [*items, *drivers, outcome])
    scores = pd.DataFrame(index=survey.index)
    rows = []
    for dimension, columns in dimensions.items():
        block = np.column_stack([_numeric("survey", survey, c) for c in columns])
        with np.errstate(invalid="ignore"):
            present = ~np.isnan(block)
            count = present.sum(axis=1)
            mean = np.where(count > 0, np.nansum(block, axis=1) / np.maximum(count, 1), np.nan)
        scores[dimension] = mean
        valid = mean[~np.isnan(mean)]
        rows.append((dimension, float(valid.mean()) if valid.size else math.nan,
                     float(valid.std(ddof=1)) if valid.size > 1 else 0.0, int(valid.size), len(columns)))
    scores[outcome] = _numeric("survey", survey, outcome)
    table = pd.DataFrame(rows, columns=["dimension", "mean", "sd", "n", "items"]).set_index("dimension")
    importance = (_stats.derived_importance(survey, drivers, outcome) if drivers
                  else pd.DataFrame(columns=list(_stats.IMPORTANCE_COLUMNS)))
    dim_importance = (_stats.derived_importance(scores, list(dimensions), outcome) if len(dimensions) >= 1
                      else pd.DataFrame(columns=list(_stats.IMPORTANCE_COLUMNS)))
    return ValueResult(scores=scores, dimensions=table, importance=importance, dimension_importance=dim_importance,
                       outcome=outcome)


# ---------------------------------------------------------------------------------------------------------------
# Behaviour: repeat purchase, churn, retention by cohort
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class BehaviourResult:
    """What :func:`behaviour` found in a transaction log.

    Attributes
    ----------
    summary : dict
        ``customers``, ``orders``, ``revenue``, ``orders_per_customer``, ``average_order``, ``repeat_rate``
        (share of customers with two or more orders), ``churn_rate`` and ``retention_rate`` (over the customers of
        the cohorts old enough to be judged), ``first_period``, ``last_period``.
    cohorts : DataFrame
        Index ``cohort`` (period label of the first purchase), cohorts old enough to be judged: ``customers``,
        ``orders``, ``revenue``, ``repeat_rate``, ``retained``, ``churned``, ``retention_rate``, ``churn_rate``
        (retention_rate + churn_rate = 1).
    retention : DataFrame
        Index ``cohort`` (every cohort), columns ``0, 1, 2 …`` (the axis named by ``period``: "month" …) periods since the
        first purchase: share of the
        cohort's customers who bought in that period (1.0 in period 0; NaN where the period lies after the log).
    customers : DataFrame
        One row per customer: ``cohort``, ``orders``, ``revenue``, ``last_period``, ``repeat``, ``churned``.
    period : str
    churn_after : int
    """

    summary: dict
    cohorts: pd.DataFrame
    retention: pd.DataFrame
    customers: pd.DataFrame
    period: str
    churn_after: int

    def describe(self) -> str:
        """Customers, orders, repeat-purchase rate and churn in one sentence, in the current language."""
        s = self.summary
        return t("value.text.behaviour", customers=f"{s['customers']:,}", orders=f"{s['orders']:,}",
                 first=s["first_period"], last=s["last_period"], repeat=f"{s['repeat_rate']:.0%}",
                 churn=f"{s['churn_rate']:.0%}", k=self.churn_after)


def _period_index(dates: pd.Series, period: str) -> np.ndarray:
    years = dates.dt.year.to_numpy(dtype=np.int64)
    months = dates.dt.month.to_numpy(dtype=np.int64)
    if period == "month":
        return years * 12 + months - 1
    if period == "quarter":
        return years * 4 + (months - 1) // 3
    days = dates.to_numpy(dtype="datetime64[D]").astype(np.int64)
    return (days + 3) // 7   # weeks starting on Monday (1970-01-01 was a Thursday)


def _period_labels(index: np.ndarray, period: str) -> list:
    if period == "month":
        return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in index]
    if period == "quarter":
        return [f"{i // 4:04d}Q{i % 4 + 1}" for i in index]
    return [str(np.datetime64(int(i) * 7 - 3, "D")) for i in index]


def _dates(name, frame, column) -> pd.Series:
    raw = frame[column]
    if pd.api.types.is_datetime64_any_dtype(raw):
        dates = raw
    else:
        try:
            dates = pd.to_datetime(raw, errors="coerce", format="mixed")
        except (TypeError, ValueError):  # pragma: no cover - pandas refuses the whole column
            dates = pd.Series(pd.NaT, index=raw.index)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    bad = dates.isna().to_numpy()
    if bad.any():
        i = int(np.argmax(bad))
        raise _error("bad_date", name=name, column=column, row=i + 1, value=_show(raw.iloc[i]),
                     count=int(bad.sum()))
    return dates.reset_index(drop=True)


def behaviour(transactions: pd.DataFrame, customer: str = "customer_id", date: str = "order_date",
              amount: str = "amount", period: str = "month", churn_after: int = 3) -> BehaviourResult:
    """Repeat-purchase rate, churn and retention by cohort from a transaction log.

    * cohort of a customer = the period of the first purchase;
    * repeat rate = customers with at least two orders / customers;
    * retention curve of a cohort: r_k = customers of the cohort who bought in period k after their first
      / customers of the cohort (r_0 = 1) - the cohort table of Fader & Hardie (2009);
    * churn in a non-contractual business (a shop cannot see a cancellation): a customer has churned when they
      have bought nothing in the last ``churn_after`` periods of the log; retention = 1 - churn. Cohorts younger
      than ``churn_after`` periods cannot be judged yet and are left out of ``cohorts`` (kept in ``retention``).

    Everything is computed with vectorised numpy/pandas (one factorisation of customers, one sort of the
    customer-period pairs); see ``benchmarks/bench_value.py`` for the comparison with a groupby-apply version.

    Parameters
    ----------
    transactions : DataFrame
        One row per order: ``customer``, ``date`` (datetime or parseable text), ``amount`` (>= 0).
    customer, date, amount : str
        Column names.
    period : {'month', 'quarter', 'week'}
    churn_after : int
        Periods without a purchase after which a customer counts as churned (>= 1).

    Returns
    -------
    BehaviourResult

    Raises
    ------
    cxlab.InputError
        Not a table, a missing column, no rows, a blank customer id, an unparseable or blank date, an amount that
        is not a number or is negative (refunds belong in a separate log), a bad period or churn_after.

    Examples
    --------
    Customer a buys in January and March, b in January, c in February; log ends in March; churn after 1 month:
    a is retained (bought in March), b has churned; cohort 2024-01: 2 customers, repeat rate 0.5, churn 0.5.

    >>> import pandas as pd
    >>> log = pd.DataFrame({"customer_id": ["a", "a", "b", "c"],
    ...                     "order_date": ["2024-01-05", "2024-03-02", "2024-01-20", "2024-02-11"],
    ...                     "amount": [30, 20, 15, 40]})
    >>> r = behaviour(log, churn_after=1)
    >>> r.cohorts[["customers", "repeat_rate", "retention_rate", "churn_rate"]]  # doctest: +NORMALIZE_WHITESPACE
            customers  repeat_rate  retention_rate  churn_rate
    cohort
    2024-01          2          0.5             0.5         0.5
    2024-02          1          0.0             0.0         1.0
    >>> r.retention.loc["2024-01"].tolist()
    [1.0, 0.0, 0.5]
    """
    _check_frame("transactions", transactions, [customer, date, amount])
    period = _choice("period", period, PERIODS)
    churn_after = _integer("churn_after", churn_after, 1)
    ids = transactions[customer]
    blank = ids.isna().to_numpy()
    if blank.any():
        i = int(np.argmax(blank))
        raise _error("blank_cell", name="transactions", column=customer, row=i + 1)
    dates = _dates("transactions", transactions, date)
    amounts = _numeric("transactions", transactions, amount, low=0, allow_missing=False)
    codes, uniques = pd.factorize(ids, sort=False)
    n_customers = len(uniques)
    per = _period_index(dates, period)
    first_period, last_log = int(per.min()), int(per.max())
    rel = per - first_period
    span = last_log - first_period + 1
    # first and last period and orders per customer
    order = np.lexsort((rel, codes))              # by customer, then by period
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    ends = np.r_[starts[1:], len(order)] - 1
    first = rel[order][starts]                    # customers are coded 0..k-1, so group i is customer i
    last = rel[order][ends]
    orders = np.bincount(codes, minlength=n_customers)
    revenue = np.bincount(codes, weights=amounts, minlength=n_customers)
    # active customer-periods, once each
    pairs = np.unique(codes.astype(np.int64) * span + rel)
    pair_customer, pair_period = pairs // span, pairs % span
    offset = pair_period - first[pair_customer]
    cohort_of_pair = first[pair_customer]
    active = np.bincount(cohort_of_pair * span + offset, minlength=span * span).reshape(span, span)
    cohort_size = np.bincount(first, minlength=span)
    present = np.flatnonzero(cohort_size)
    with np.errstate(invalid="ignore", divide="ignore"):
        curves = active[present] / cohort_size[present, None]
    observable = (present[:, None] + np.arange(span)[None, :]) <= (span - 1)
    curves = np.where(observable, curves, np.nan)
    labels = _period_labels(present + first_period, period)
    retention = pd.DataFrame(curves, index=pd.Index(labels, name="cohort"), columns=pd.RangeIndex(span, name=period))
    retention = retention.loc[:, retention.notna().any(axis=0)]
    churned = last <= (span - 1 - churn_after)
    repeat = orders >= 2
    customers = pd.DataFrame({
        "cohort": pd.Categorical.from_codes(np.searchsorted(present, first), categories=labels),
        "orders": orders.astype(np.int64), "revenue": revenue, "last_period": last + first_period,
        "repeat": repeat, "churned": churned,
    }, index=pd.Index(uniques, name=customer))
    mature = first <= (span - 1 - churn_after)
    idx = np.searchsorted(present, first)
    k = len(present)
    n_c = np.bincount(idx, minlength=k)
    table = pd.DataFrame({
        "customers": n_c,
        "orders": np.bincount(idx, weights=orders, minlength=k).astype(np.int64),
        "revenue": np.bincount(idx, weights=revenue, minlength=k),
        "repeat_rate": np.bincount(idx, weights=repeat, minlength=k) / n_c,
        "churned": np.bincount(idx, weights=churned, minlength=k).astype(np.int64),
    }, index=pd.Index(labels, name="cohort"))
    table["retained"] = table["customers"] - table["churned"]
    table["retention_rate"] = table["retained"] / table["customers"]
    table["churn_rate"] = table["churned"] / table["customers"]
    table = table.loc[present <= (span - 1 - churn_after),
                      ["customers", "orders", "revenue", "repeat_rate", "retained", "churned", "retention_rate",
                       "churn_rate"]]
    judged = int(mature.sum())
    summary = {
        "customers": int(n_customers), "orders": int(len(codes)), "revenue": float(amounts.sum()),
        "orders_per_customer": len(codes) / n_customers, "average_order": float(amounts.sum()) / len(codes),
        "repeat_rate": float(repeat.mean()),
        "churn_rate": float(churned[mature].mean()) if judged else 0.0,
        "retention_rate": float(1 - churned[mature].mean()) if judged else 1.0,
        "judged_customers": judged,
        "first_period": _period_labels([first_period], period)[0],
        "last_period": _period_labels([last_log], period)[0],
    }
    if not judged:
        raise _error("too_short", periods=span, churn_after=churn_after)
    return BehaviourResult(summary=summary, cohorts=table, retention=retention, customers=customers, period=period,
                           churn_after=churn_after)


# ---------------------------------------------------------------------------------------------------------------
# Complaints: the five handling steps
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class ComplaintResult:
    """What :func:`complaints` found in a complaint log.

    Attributes
    ----------
    summary : dict
        ``complaints``, ``median_first_response_hours``, ``median_resolution_hours`` (resolved complaints),
        ``resolved_share``, ``satisfaction_mean``, ``repurchase_rate``, ``response_target_hours``.
    funnel : DataFrame
        Index ``stage`` (``received`` then the five steps in order): ``count`` of complaints that got this step
        *and all before it*, ``share`` of all complaints, ``step_share`` (this step alone, whatever the others).
    steps : DataFrame
        Index ``step``: ``with_step``, ``without_step`` (counts), ``satisfaction_with``, ``satisfaction_without``
        (mean satisfaction after handling), ``repurchase_with``, ``repurchase_without`` (share buying again),
        ``satisfaction_lift``, ``repurchase_lift`` (with minus without).
    loyalty : DataFrame
        :func:`cxlab.damage.loyalty_by_outcome` of the log: repurchase by complaint outcome, beside TARP's rates.
    handled : DataFrame
        One row per complaint: ``first_response_hours``, ``resolution_hours`` and a 0/1 column per step.
    groups : DataFrame or None
        With ``by``: per group ``complaints``, ``median_first_response_hours``, ``responded_fast`` (share within the
        target), ``resolved`` (share), ``median_resolution_hours``.
    """

    summary: dict
    funnel: pd.DataFrame
    steps: pd.DataFrame
    loyalty: pd.DataFrame
    handled: pd.DataFrame
    groups: pd.DataFrame | None = None

    def describe(self) -> str:
        """Response and resolution times, resolution rate, satisfaction and repurchase in one sentence."""
        s = self.summary
        return t("value.text.complaints", complaints=f"{s['complaints']:,}",
                 first=f"{s['median_first_response_hours']:.0f}", resolution=f"{s['median_resolution_hours']:.0f}",
                 resolved=f"{s['resolved_share']:.0%}", satisfaction=f"{s['satisfaction_mean']:.1f}",
                 repurchase=f"{s['repurchase_rate']:.0%}")


def _flag_column(name, frame, column) -> np.ndarray:
    raw = frame[column]
    ok = raw.isin([0, 1]).to_numpy()
    if not ok.all():
        i = int(np.argmax(~ok))
        raise _error("not_flag", name=name, column=column, row=i + 1, value=_show(raw.iloc[i]))
    return raw.to_numpy(dtype=float).astype(bool)


def complaints(log: pd.DataFrame, response_target: float = 24.0, received: str = "received_at",
               first_response: str = "first_response_at", resolved: str = "resolved_at",
               listened: str = "listened", updates: str = "progress_updates", personalised: str = "personalised",
               followed_up: str = "followed_up", satisfaction: str = "satisfaction_after",
               repurchased: str = "repurchased_12m", outcome: str = "resolution", by: str | None = None
               ) -> ComplaintResult:
    """The complaint-handling funnel and the effect of each of the five steps of seed 004.

    The steps (:data:`COMPLAINT_STEPS`) read from the log:

    1. *listen* - ``listened`` = 1 (the agent let the customer tell the whole story and acknowledged it);
    2. *respond fast* - first response within ``response_target`` hours of receipt;
    3. *keep informed* - at least one progress update (``updates`` >= 1);
    4. *personalise the remedy* - ``personalised`` = 1;
    5. *follow up* - ``followed_up`` = 1 (a call or message after closing).

    For each step: satisfaction after handling (mean, answers missing left out) and the repurchase rate of the
    complaints that got it and of those that did not, and the difference ("lift": an association in the log, not
    a proof of cause - customers are not assigned to steps at random). Loyalty by complaint outcome is computed by
    :func:`cxlab.damage.loyalty_by_outcome` (TARP 1986; Goodman 1999).

    Parameters
    ----------
    log : DataFrame
        One row per complaint.
    response_target : float
        Hours within which a first response counts as fast (> 0).
    received, first_response, resolved : str
        Timestamp columns; ``resolved`` may be blank (not resolved).
    listened, personalised, followed_up, repurchased : str
        0/1 columns.
    updates : str
        Number of progress updates sent (>= 0).
    satisfaction : str
        Satisfaction after handling, 1..5 (blank = not answered).
    outcome : str
        Outcome column for :func:`cxlab.damage.loyalty_by_outcome` (resolved_quickly / resolved / unresolved).
    by : str, optional
        A column (channel, category, team) to break the response times down by: who answers which complaints
        within what time (``.groups``).

    Returns
    -------
    ComplaintResult

    Examples
    --------
    >>> import pandas as pd
    >>> log = pd.DataFrame({
    ...     "received_at": ["2024-03-01 09:00"] * 4,
    ...     "first_response_at": ["2024-03-01 10:00", "2024-03-02 12:00", "2024-03-01 11:00", "2024-03-03 09:00"],
    ...     "resolved_at": ["2024-03-01 18:00", "2024-03-05 09:00", None, "2024-03-04 09:00"],
    ...     "listened": [1, 1, 0, 1], "progress_updates": [1, 0, 2, 1], "personalised": [1, 0, 0, 1],
    ...     "followed_up": [1, 0, 0, 0], "satisfaction_after": [5, 3, 1, 4], "repurchased_12m": [1, 0, 0, 1],
    ...     "resolution": ["resolved_quickly", "resolved", "unresolved", "resolved"]})
    >>> r = complaints(log)
    >>> r.funnel["count"].tolist()          # received, listened, + fast, + informed, + personalised, + followed up
    [4, 3, 1, 1, 1, 1]
    >>> r.steps.loc["respond_fast", ["satisfaction_with", "satisfaction_without"]].tolist()
    [3.0, 3.5]
    """
    response_target = _positive("response_target", response_target)
    flags = [listened, personalised, followed_up, repurchased]
    _check_frame("log", log, [received, first_response, resolved, updates, satisfaction, outcome, *flags]
                 + ([by] if by is not None else []))
    start = _dates("log", log, received)
    answer = _dates("log", log, first_response)
    done_raw = log[resolved]
    has_done = done_raw.notna().to_numpy() & (done_raw.astype(str).str.strip() != "").to_numpy()
    done = pd.Series(pd.NaT, index=range(len(log)), dtype="datetime64[ns]")
    if has_done.any():
        parsed = _dates("log", log.loc[has_done], resolved)
        done.iloc[np.flatnonzero(has_done)] = parsed.to_numpy(dtype="datetime64[ns]")
    first_hours = ((answer - start).dt.total_seconds() / 3600).to_numpy()
    resolution_hours = ((done - start).dt.total_seconds() / 3600).to_numpy()
    for hours, column in ((first_hours, first_response), (resolution_hours, resolved)):
        early = ~np.isnan(hours) & (hours < 0)
        if early.any():
            i = int(np.argmax(early))
            raise _error("before_received", column=column, row=i + 1, value=_show(log[column].iloc[i]),
                         received=_show(log[received].iloc[i]))
    n_updates = _numeric("log", log, updates, low=0, allow_missing=False)
    satisfied = _numeric("log", log, satisfaction, low=1, high=5)
    step_flags = {
        "listen": _flag_column("log", log, listened),
        "respond_fast": first_hours <= response_target,
        "keep_informed": n_updates >= 1,
        "personalise": _flag_column("log", log, personalised),
        "follow_up": _flag_column("log", log, followed_up),
    }
    bought = _flag_column("log", log, repurchased).astype(float)
    n = len(log)
    rows, cumulative = [("received", n, 1.0, 1.0)], np.ones(n, dtype=bool)
    effects = []
    for step in COMPLAINT_STEPS:
        got = step_flags[step]
        cumulative &= got
        rows.append((step, int(cumulative.sum()), cumulative.mean(), got.mean()))
        with_s, without_s = satisfied[got], satisfied[~got]
        sat_with = float(np.nanmean(with_s)) if np.isfinite(with_s).any() else math.nan
        sat_without = float(np.nanmean(without_s)) if np.isfinite(without_s).any() else math.nan
        rep_with = float(bought[got].mean()) if got.any() else math.nan
        rep_without = float(bought[~got].mean()) if (~got).any() else math.nan
        effects.append((step, int(got.sum()), int((~got).sum()), sat_with, sat_without, rep_with, rep_without,
                        sat_with - sat_without, rep_with - rep_without))
    funnel = pd.DataFrame(rows, columns=["stage", "count", "share", "step_share"]).set_index("stage")
    steps = pd.DataFrame(effects, columns=["step", "with_step", "without_step", "satisfaction_with",
                                           "satisfaction_without", "repurchase_with", "repurchase_without",
                                           "satisfaction_lift", "repurchase_lift"]).set_index("step")
    from . import damage

    loyalty = damage.loyalty_by_outcome(log, outcome=outcome, retained=repurchased)
    handled = pd.DataFrame({"first_response_hours": first_hours, "resolution_hours": resolution_hours,
                            **{step: flag.astype(np.int64) for step, flag in step_flags.items()}})
    resolved_hours = resolution_hours[~np.isnan(resolution_hours)]
    summary = {
        "complaints": n,
        "median_first_response_hours": float(np.median(first_hours)),
        "median_resolution_hours": float(np.median(resolved_hours)) if resolved_hours.size else math.nan,
        "resolved_share": float(has_done.mean()),
        "satisfaction_mean": float(np.nanmean(satisfied)) if np.isfinite(satisfied).any() else math.nan,
        "repurchase_rate": float(bought.mean()),
        "response_target_hours": response_target,
    }
    groups = None
    if by is not None:
        _no_blank("log", log, by)
        work = handled.assign(_group=log[by].to_numpy(), _resolved=has_done)
        groups = work.groupby("_group", sort=True).agg(
            complaints=("respond_fast", "size"), median_first_response_hours=("first_response_hours", "median"),
            responded_fast=("respond_fast", "mean"), resolved=("_resolved", "mean"),
            median_resolution_hours=("resolution_hours", "median"))
        groups.index.name = by
    return ComplaintResult(summary=summary, funnel=funnel, steps=steps, loyalty=loyalty, handled=handled,
                           groups=groups)


# ---------------------------------------------------------------------------------------------------------------
# Feedback: themes and tone in Chinese and English
# ---------------------------------------------------------------------------------------------------------------

_TOKENIZER: dict = {}


def _tokenizer(words: frozenset):
    """One private jieba tokenizer per process (loading jieba's dictionary takes seconds), knowing every lexicon
    word it has been given, so a theme word is kept whole; jieba's global dictionary is left untouched."""
    if "tokenizer" not in _TOKENIZER:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        _TOKENIZER["tokenizer"] = jieba.Tokenizer()
        _TOKENIZER["words"] = set()
    tokenizer, known = _TOKENIZER["tokenizer"], _TOKENIZER["words"]
    for word in sorted(words - known):
        if _CJK.search(word):
            tokenizer.add_word(word, freq=200_000)
    known |= words
    return tokenizer


def _check_lexicon(lexicon, name):
    if not isinstance(lexicon, dict) or not lexicon:
        raise _error("bad_lexicon", name=name, value=_show(type(lexicon).__name__))
    out = {}
    for key, entry in lexicon.items():
        if not isinstance(entry, dict) or not set(entry) <= {"zh", "en"} or not entry:
            raise _error("bad_lexicon", name=name, value=_show(key))
        words = {}
        for lang, items in entry.items():
            if isinstance(items, str) or not hasattr(items, "__iter__"):
                raise _error("bad_lexicon", name=name, value=_show(key))
            cleaned = tuple(str(w).strip().lower() for w in items if str(w).strip())
            words[lang] = cleaned
        out[str(key)] = words
    return out


def _en_pattern(words):
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z'])(?:{alternatives})(?![a-z])")


@dataclass
class FeedbackResult:
    """Themes and tone of a set of feedback texts (see :func:`feedback`).

    Attributes
    ----------
    texts : DataFrame
        One row per non-blank text: ``text`` (as given), ``lang`` ('zh' or 'en'), ``themes`` (tuple of theme ids),
        ``positive``, ``negative`` (tone-word hits after negation), ``score`` (positive - negative),
        ``tone`` ('positive', 'neutral', 'negative'), plus the ``by`` column when given.
    themes : DataFrame
        Index ``theme`` (most mentioned first): ``mentions``, ``share`` (of the texts), ``positive``, ``neutral``,
        ``negative`` (texts of each tone), ``negative_share``.
    blank : int
        Blank texts left out.
    """

    texts: pd.DataFrame
    themes: pd.DataFrame
    blank: int = 0

    def describe(self) -> str:
        """How many texts were read and the most mentioned theme, in one sentence."""
        top = self.themes.index[0]
        return t("value.text.feedback", texts=f"{len(self.texts):,}", blank=self.blank, theme=theme_name(top),
                 mentions=int(self.themes.loc[top, "mentions"]),
                 negative=f"{self.themes.loc[top, 'negative_share']:.0%}")

    def examples(self, theme: str, k: int = 3, tone: str | None = None) -> list:
        """Up to ``k`` verbatims (as written) mentioning ``theme``, optionally of one ``tone``, first ones first."""
        if theme not in self.themes.index:
            raise _error("bad_choice", name="theme", value=_show(theme), accepted=", ".join(self.themes.index))
        k = _integer("k", k, 1)
        rows = self.texts[self.texts["themes"].map(lambda ts: theme in ts)]
        if tone is not None:
            rows = rows[rows["tone"] == _choice("tone", tone, ("positive", "neutral", "negative"))]
        return rows["text"].head(k).tolist()

    def verbatims_html(self, themes=None, k: int = 2) -> str:
        """An HTML block of example verbatims per theme, every text escaped (``html.escape``): a comment holding
        ``<script>`` or markup is shown as text, never run or rendered."""
        chosen = list(self.themes.index) if themes is None else [themes] if isinstance(themes, str) else list(themes)
        parts = []
        for theme in chosen:
            items = "".join(
                f'<li style="margin:2px 0"><span style="color:{_TONE_COLORS[tone]}">&#9679;</span> '
                f"{_html.escape(text)}</li>"
                for text, tone in zip(self.examples(theme, k),
                                      self.texts.loc[self.texts["themes"].map(lambda ts: theme in ts), "tone"]))
            parts.append(f"<div><b>{_html.escape(theme_name(theme))}</b> "
                         f"({int(self.themes.loc[theme, 'mentions'])})<ul style=\"margin:2px 0 8px 0\">{items}</ul>"
                         f"</div>")
        return "<div>" + "".join(parts) + "</div>"

    def _repr_html_(self):
        return self.verbatims_html()


_TONE_COLORS = {"positive": "#009E73", "neutral": "#888888", "negative": "#D55E00"}


def feedback(texts, lexicon=None, tone_words=None, negations=None) -> FeedbackResult:
    """Themes and tone of open-ended feedback in Chinese and English, from a small lexicon.

    Each text is Chinese when it holds a CJK character (else English). Chinese is segmented with jieba (Sun 2012,
    github.com/fxsjy/jieba, a dictionary and HMM word segmenter) - with the lexicon's words added to a private
    dictionary, so a theme word is found as a word and not inside another (不错 is one positive word, not 错);
    English is lower-cased and matched on whole words and phrases. A text mentions a theme when it holds one of
    the theme's words; tone = positive words - negative words, a negation word just before a tone word turning its
    sign (:data:`NEGATIONS`). This is a transparent teaching method, not a trained sentiment model: read the
    verbatims before you act on a count.

    Parameters
    ----------
    texts : list, array or Series of str
        The feedback; blank entries (None, NaN, '') are left out and counted.
    lexicon : dict, optional
        ``{theme: {"zh": words, "en": words}}``; default :data:`LEXICON`.
    tone_words : dict, optional
        ``{"positive": {...}, "negative": {...}}`` of the same shape; default :data:`TONE_WORDS`.
    negations : dict, optional
        ``{"zh": words, "en": words}``; default :data:`NEGATIONS`.

    Returns
    -------
    FeedbackResult

    Examples
    --------
    >>> r = feedback(["排队太久了，店员态度也不好", "The app crashes every time I log in", "咖啡味道不错"])
    >>> r.texts["themes"].tolist()
    [('waiting', 'staff'), ('digital',), ('product',)]
    >>> r.texts["tone"].tolist()
    ['negative', 'negative', 'positive']
    """
    if isinstance(texts, (str, bytes, dict)) or isinstance(texts, pd.DataFrame) or not hasattr(texts, "__iter__"):
        raise _error("not_texts", got=type(texts).__name__)
    values = list(texts.tolist() if isinstance(texts, (pd.Series, np.ndarray, pd.Index)) else texts)
    lexicon = _check_lexicon(LEXICON if lexicon is None else lexicon, "lexicon")
    tones = _check_lexicon(TONE_WORDS if tone_words is None else tone_words, "tone_words")
    if set(tones) != {"positive", "negative"}:
        raise _error("bad_lexicon", name="tone_words", value=", ".join(tones))
    neg = NEGATIONS if negations is None else negations
    if not isinstance(neg, dict) or not set(neg) <= {"zh", "en"}:
        raise _error("bad_lexicon", name="negations", value=_show(type(neg).__name__))
    neg = {lang: set(str(w).lower() for w in neg.get(lang, ())) for lang in ("zh", "en")}
    all_words = frozenset(w for entry in [*lexicon.values(), *tones.values()] for w in entry.get("zh", ()))
    kept, blank = [], 0
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
            blank += 1
            continue
        text = str(value)
        if not text.strip():
            blank += 1
            continue
        kept.append(text)
    if not kept:
        raise _error("no_texts", blank=blank)
    theme_sets = {lang: {th: set(entry.get(lang, ())) for th, entry in lexicon.items()} for lang in ("zh", "en")}
    en_theme = {th: _en_pattern(entry.get("en", ())) for th, entry in lexicon.items()}
    tone_sets = {pol: set(entry.get("zh", ())) for pol, entry in tones.items()}
    en_tone = {pol: set(entry.get("en", ())) for pol, entry in tones.items()}
    tokenizer = None
    rows = []
    for text in kept:
        norm = unicodedata.normalize("NFKC", text).lower()
        if _CJK.search(norm):
            lang = "zh"
            tokenizer = tokenizer or _tokenizer(all_words)
            tokens = [tok for tok in tokenizer.lcut(norm) if tok.strip()]
            found = tuple(th for th, words in theme_sets["zh"].items() if words.intersection(tokens))
            # English words inside a Chinese text (APP, Wi-Fi)
            found += tuple(th for th, pat in en_theme.items() if th not in found and pat and pat.search(norm))
            hits = _tone_hits(tokens, tone_sets, neg["zh"], 2)
        else:
            lang = "en"
            found = tuple(th for th, pat in en_theme.items() if pat and pat.search(norm))
            words = re.findall(r"[a-z]+(?:'[a-z]+)?", norm.replace("n't", " n't"))
            words = [w if w != "t" else "n't" for w in words]
            hits = _tone_hits(words, en_tone, neg["en"] | {"n't"}, 3)
        positive, negative = hits
        score = positive - negative
        tone = "positive" if score > 0 else "negative" if score < 0 else "neutral"
        rows.append((text, lang, found, positive, negative, score, tone))
    table = pd.DataFrame(rows, columns=["text", "lang", "themes", "positive", "negative", "score", "tone"])
    summary = []
    for theme in lexicon:
        mask = table["themes"].map(lambda ts, th=theme: th in ts).to_numpy()
        tones_here = table.loc[mask, "tone"]
        count = int(mask.sum())
        summary.append((theme, count, count / len(table), int((tones_here == "positive").sum()),
                        int((tones_here == "neutral").sum()), int((tones_here == "negative").sum()),
                        float((tones_here == "negative").mean()) if count else 0.0))
    themes = pd.DataFrame(summary, columns=["theme", "mentions", "share", "positive", "neutral", "negative",
                                            "negative_share"]).set_index("theme")
    themes = themes.sort_values("mentions", ascending=False, kind="stable")
    return FeedbackResult(texts=table, themes=themes, blank=blank)


def _tone_hits(tokens, sets, negations, reach):
    positive = negative = 0
    for i, token in enumerate(tokens):
        sign = 1 if token in sets["positive"] else -1 if token in sets["negative"] else 0
        if not sign:
            continue
        before = tokens[max(0, i - reach):i]
        if any(b in negations for b in before):
            sign = -sign
        if sign > 0:
            positive += 1
        else:
            negative += 1
    return positive, negative


# ---------------------------------------------------------------------------------------------------------------
# The closed loop (voice of the customer)
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class ClosedLoopResult:
    """The voice-of-the-customer loop on survey data.

    Attributes
    ----------
    inner : DataFrame
        Index ``wave``: ``detractors``, ``contacted``, ``contacted_share``, ``within_target``,
        ``within_target_share`` (of all detractors), ``median_hours`` (of those contacted).
    outer : DataFrame
        Index ``theme``: one column per wave with the share of detractors' comments naming the theme, and
        ``change`` (last wave minus first, in shares).
    target_hours : float
    """

    inner: pd.DataFrame
    outer: pd.DataFrame
    target_hours: float


def closed_loop(survey: pd.DataFrame, score: str = "score", wave: str = "wave", contacted: str = "called_back",
                hours: str = "callback_hours", comment: str = "comment", target_hours: float = 48.0,
                lexicon=None) -> ClosedLoopResult:
    """Inner and outer loop of the voice of the customer, shown on NPS survey data.

    * Inner loop (one customer at a time): of the detractors (0-6) of each wave, how many were called back, how
      many within ``target_hours``, and how fast (median hours) - the step Bain's NPS practice asks for within
      48 hours (Reichheld & Markey 2011, *The Ultimate Question 2.0*, ch. 7).
    * Outer loop (the causes): the share of detractors' comments naming each theme (:func:`feedback`), per wave;
      a cause that was fixed should fade between waves.

    Parameters
    ----------
    survey : DataFrame
        One row per answer: ``score`` (0..10), ``wave``, ``contacted`` (0/1), ``hours`` (blank when not called
        back), ``comment`` (may be blank).
    score, wave, contacted, hours, comment : str
        Column names.
    target_hours : float
    lexicon : dict, optional
        Passed to :func:`feedback`.

    Returns
    -------
    ClosedLoopResult

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"score": [2, 5, 9, 3], "wave": [1, 1, 1, 2], "called_back": [1, 0, 0, 1],
    ...                   "callback_hours": [20, None, None, 70], "comment": ["排队太久", "店员态度差", "", "太贵"]})
    >>> closed_loop(s).inner[["detractors", "contacted", "within_target"]].values.tolist()
    [[2, 1, 1], [1, 1, 0]]
    """
    target_hours = _positive("target_hours", target_hours)
    _check_frame("survey", survey, [score, wave, contacted, hours, comment])
    answers, _ = _answers(survey[score].reset_index(drop=True), score, *SCALE)
    if len(answers) != len(survey):
        raise _error("blank_cell", name="survey", column=score,
                     row=int(np.argmax(survey[score].isna().to_numpy())) + 1)
    blank_wave = survey[wave].isna().to_numpy()
    if blank_wave.any():
        raise _error("blank_cell", name="survey", column=wave, row=int(np.argmax(blank_wave)) + 1)
    called = _flag_column("survey", survey, contacted)
    delay = _numeric("survey", survey, hours, low=0)
    detractor = answers < PASSIVE_MIN
    waves = list(pd.unique(survey[wave]))
    try:
        waves = sorted(waves)
    except TypeError:
        pass
    wave_values = survey[wave].to_numpy()
    rows = []
    for w in waves:
        m = detractor & (wave_values == w)
        d = int(m.sum())
        c = int((m & called).sum())
        within = int((m & called & (delay <= target_hours)).sum())
        times = delay[m & called]
        times = times[~np.isnan(times)]
        rows.append((w, d, c, c / d if d else 0.0, within, within / d if d else 0.0,
                     float(np.median(times)) if times.size else math.nan))
    inner = pd.DataFrame(rows, columns=["wave", "detractors", "contacted", "contacted_share", "within_target",
                                        "within_target_share", "median_hours"]).set_index("wave")
    outer_columns = {}
    themes_index = None
    for w in waves:
        m = detractor & (wave_values == w)
        texts = survey.loc[m, comment]
        try:
            result = feedback(texts, lexicon=lexicon)
        except Exception as problem:
            from . import InputError

            if not isinstance(problem, InputError):
                raise
            outer_columns[w] = None
            continue
        counts = result.themes["mentions"] / max(len(result.texts), 1)
        outer_columns[w] = counts
        themes_index = counts.index if themes_index is None else themes_index
    if themes_index is None:
        outer = pd.DataFrame(index=pd.Index([], name="theme"))
    else:
        outer = pd.DataFrame({w: (c.reindex(themes_index) if c is not None else 0.0)
                              for w, c in outer_columns.items()}, index=themes_index)
        outer.index.name = "theme"
        outer["change"] = outer[waves[-1]] - outer[waves[0]]
    return ClosedLoopResult(inner=inner, outer=outer, target_hours=target_hours)


# ---------------------------------------------------------------------------------------------------------------
# Reading survey exports
# ---------------------------------------------------------------------------------------------------------------

def _question_kind(header: str):
    text = unicodedata.normalize("NFKC", str(header)).casefold()
    kinds = [kind for kind, markers in QUESTION_MARKERS.items() if any(m in text for m in markers)]
    if "nps" in kinds:        # "how satisfied … would you recommend" is the NPS question
        return "nps"
    if "ces" in kinds:        # "satisfied with how easy …" is about effort
        return "ces"
    return kinds[0] if kinds else None


def _labels_for(table, column, kind, points):
    """{label: code} for the distinct cells of one question: a leading number ('9分', '10 - Extremely likely',
    '0-不可能推荐', '7 (strongly agree)'), then the agreement / satisfaction labels of :mod:`cxlab.surveys`."""
    from . import surveys

    labels = {}
    for value in pd.unique(table.frame[column].dropna()):
        text = str(value)
        match = _LEADING.match(text)
        if match and not re.fullmatch(r"[+-]?\d+(?:\.0*)?", text.strip()):   # plain numbers need no label
            labels[text] = int(match.group(1))
    if kind == "csat":        # satisfaction wording first, so a message shows it
        lang = get_language()
        for code, variants in sorted(surveys.SATISFACTION_LABELS.get(points, {}).items()):
            labels.setdefault(variants[lang][0], code)
    if kind != "nps":
        for label, code in surveys.likert_labels(points).items():
            labels.setdefault(label, code)
    return labels


def read_survey(source, *, questions=None, id_column=None, csat_scale: int = 5, ces_scale: int = CES_SCALE,
                sheet=None, header=None) -> pd.DataFrame:
    """Read an NPS / CSAT / CES survey export (one row per respondent) into a tidy frame.

    The questions are found from their headers (:data:`QUESTION_MARKERS`: 推荐 / recommend → NPS, 满意 / satisf →
    CSAT, 容易 / effort / easy → CES) or given as ``questions={"nps": column, ...}``. Answers may be numbers or
    the labels survey tools export: WJX (问卷星) "0-不可能推荐" … "10-非常可能推荐", Tencent Questionnaire "9分",
    SurveyMonkey "10 - Extremely likely", Google Forms plain numbers, and agreement / satisfaction labels
    ("非常满意", "Strongly agree"; :func:`cxlab.surveys.likert_labels`). Blank answers are kept as missing (a
    respondent may skip a question) and left out by :func:`nps`, :func:`csat` and :func:`ces`. Files are read by
    :func:`cxlab.surveys.read_table` (CSV in UTF-8 or GBK, XLSX, or a DataFrame).

    Parameters
    ----------
    source : str, pathlib.Path or DataFrame
    questions : dict, optional
        ``{"nps" | "csat" | "ces": column}``; replaces the search by header.
    id_column : str, optional
        Respondent id column; default a column named like :data:`ID_COLUMNS`, else the spreadsheet row number.
    csat_scale, ces_scale : int
        Points of the CSAT (default 5) and CES (default 7) scales.
    sheet, header
        See :func:`cxlab.surveys.read_table`.

    Returns
    -------
    DataFrame
        ``respondent`` and one ``Int64`` column per question found (``nps``, ``csat``, ``ces``; ``<NA>`` = blank).

    Raises
    ------
    cxlab.InputError
        For anything :func:`cxlab.surveys.read_table` refuses; no recognisable question; two columns for one
        question; an answer outside the scale or unknown (naming file, row, column, value and what is accepted);
        a question nobody answered.

    Examples
    --------
    >>> import pandas as pd
    >>> raw = pd.DataFrame({"序号": [1, 2, 3], "您向朋友推荐本店的可能性有多大？": ["10-非常可能推荐", "6", "0-不可能推荐"],
    ...                     "总体满意度": ["非常满意", "4", None]})
    >>> read_survey(raw)
      respondent  nps  csat
    0          1   10     5
    1          2    6     4
    2          3    0  <NA>
    """
    from . import surveys

    csat_scale = _integer("csat_scale", csat_scale, 2, 11)
    ces_scale = _integer("ces_scale", ces_scale, 3, 11)
    if questions is not None and (not isinstance(questions, dict) or not questions
                                  or not set(questions) <= set(QUESTION_MARKERS)):
        raise _error("bad_questions", value=_show(questions), accepted=", ".join(QUESTION_MARKERS))
    table = surveys.read_table(source, sheet=sheet, header=header)
    if id_column is not None:
        id_name = table.column(id_column)
    else:
        known = {re.sub(r"\s+", "", n.casefold()) for n in ID_COLUMNS}
        id_name = next((c for c in table.columns if re.sub(r"\s+", "", str(c).casefold()) in known), None)
    ids = surveys.unique(table, id_name).to_numpy(dtype=object) if id_name is not None \
        else np.array(table.rows, dtype=object)
    if questions is None:
        found: dict = {}
        for column in table.columns:
            if column == id_name:
                continue
            kind = _question_kind(column)
            if kind is None:
                continue
            if kind in found:
                raise _error("survey_twice", file=table.name, kind=t(f"value.kind.{kind}"),
                             columns=f'"{found[kind]}", "{column}"')
            found[kind] = column
        if not found:
            raise _error("survey_no_question", file=table.name, found=", ".join(f'"{c}"' for c in table.columns))
    else:
        found = {kind: table.column(column) for kind, column in questions.items()}
    out = pd.DataFrame({"respondent": pd.Series(ids, dtype=object)})
    ranges = {"nps": range(SCALE[0], SCALE[1] + 1), "csat": range(1, csat_scale + 1), "ces": range(1, ces_scale + 1)}
    for kind in ("nps", "csat", "ces"):
        if kind not in found:
            continue
        column = found[kind]
        points = {"nps": 11, "csat": csat_scale, "ces": ces_scale}[kind]
        values = surveys.codes(table, column, _labels_for(table, column, kind, points), ranges[kind],
                               allow_blank=True)
        if values.isna().all():
            raise _error("survey_unanswered", file=table.name, column=column)
        out[kind] = values.reset_index(drop=True)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Plots
# ---------------------------------------------------------------------------------------------------------------

def _check_type(name, value, kind):
    if not isinstance(value, kind):
        raise _error("not_result", name=name, got=type(value).__name__, expected=kind.__name__)


def plot_nps(result: NPSResult, ax=None, title: str | None = None):
    """The NPS bar: detractors, passives and promoters as one stacked bar (shares, top), and below it the NPS with
    its interval on the -100..100 scale (:func:`cxlab.plotting.interval_bars`), so a score is never seen without its
    margin of error.

    Examples
    --------
    >>> ax = plot_nps(nps([10] * 100 + [8] * 50 + [3] * 50))
    """
    from . import plotting

    _check_type("result", result, NPSResult)
    ax = _style.axes(ax, (10, 4.6))
    shares = result.shares
    left = 0.0
    for group in GROUPS:
        width = shares[group] * 100
        ax.barh(0.78, width, left=left, color=GROUP_COLORS[group], edgecolor="white", height=0.3,
                label=f"{group_name(group)} {width:.0f}%")
        if width >= 7:
            ax.text(left + width / 2, 0.78, f"{width:.0f}%", ha="center", va="center", fontweight="bold",
                    color="white" if group != "passives" else "#222222")
        left += width
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 1)
    ax.xaxis.tick_top()
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xticklabels([f"{v}%" for v in (0, 25, 50, 75, 100)])
    ax.set_yticks([0.78])
    ax.set_yticklabels([t("value.plot.mix")])
    ax.grid(False)
    inset = ax.inset_axes([0.0, 0.0, 1.0, 0.42])
    label = t("value.plot.nps_label", nps=f"{result.nps:.1f}", low=f"{result.low:.1f}", high=f"{result.high:.1f}")
    plotting.interval_bars(inset, [t("value.plot.nps_axis")], [result.nps], [result.low], [result.high],
                           kind="point", limits=(-100, 100), fmt=lambda v: label, color="#222222")
    inset.set_xticks([-100, -50, 0, 50, 100])
    inset.tick_params(axis="x", labelsize="small")
    ax.set_title(title or t("value.plot.nps_title", n=f"{result.n:,}", confidence=f"{result.confidence:.0%}"),
                 pad=28)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False)
    return ax


def _wave_items(results, labels, name="results"):
    """(labels, NPSResults) of a dict {label: NPSResult} or a list with its labels; an error otherwise."""
    if isinstance(results, dict):
        labels, items = [str(k) for k in results], list(results.values())
    else:
        items = list(results) if hasattr(results, "__iter__") else [results]
        labels = [str(x) for x in labels] if labels is not None else [str(i + 1) for i in range(len(items))]
    if not items or len(labels) != len(items):
        raise _error("not_result", name=name, got=len(items), expected="NPSResult")
    for item in items:
        _check_type(name, item, NPSResult)
    return labels, items


class NPSWavesChart:
    """NPS of several waves with their intervals, built once and updated in place: :func:`plot_nps_waves` draws
    one, the NPS explorer keeps one and calls :meth:`update` on every change.

    ``full_scale=True`` fixes the x axis on the whole NPS scale (-100..100, with room right of 100 for the value
    labels), so a wider or narrower interval is seen as such while the sliders move; otherwise the axis fits the
    first results (a printed chart). Ticks are never put beyond the scale's ends.
    """

    #: x limits of the whole scale: -100..100 and room for a label right of an interval that ends at 100.
    FULL_SCALE = (-104.0, 168.0)

    def __init__(self, ax, results, labels=None, title: str | None = None, full_scale: bool = False):
        from . import _check, plotting

        labels, items = _wave_items(results, labels)
        self.full_scale = _check.check_bool("full_scale", full_scale)
        self.ax, self.title = ax, _check.check_text("title", title, none=True)
        if self.full_scale:
            limits = self.FULL_SCALE
        else:
            lows = min(r.low for r in items)
            highs = max(r.high for r in items)
            span = max(highs - lows, 10.0)
            limits = (max(-100.0, min(0.0, lows) - 0.08 * span), min(100.0, highs + 0.12 * span) + 0.45 * span)
        self.chart = plotting.interval_bars(ax, self._rows(labels, items), [r.nps for r in items],
                                            [r.low for r in items], [r.high for r in items], kind="point",
                                            limits=limits)
        if self.full_scale:
            ax.set_xticks([-100, -50, 0, 50, 100])
        else:
            ax.set_xticks([v for v in ax.get_xticks() if limits[0] <= v <= limits[1] and -100 <= v <= 100])
        ax.set_xlabel(t("value.plot.nps_axis"))
        self.update(results, labels)

    @staticmethod
    def _rows(labels, items):
        return [t("value.plot.wave_row", label=label, n=f"{r.n:,}") for label, r in zip(labels, items)]

    def artists(self) -> list:
        """What :meth:`update` changes (the row labels carry n: the y axis is among them)."""
        chart = self.chart
        return [chart.marks, chart.whiskers, *chart.texts, self.ax.yaxis, self.ax.title]

    def update(self, results, labels=None) -> None:
        """Show ``results`` (as many waves as the chart was built with)."""
        labels, items = _wave_items(results, labels)
        if len(items) != len(self.chart.texts):
            raise _error("not_result", name="results", got=len(items), expected=f"{len(self.chart.texts)} NPSResult")
        self.chart.update([r.nps for r in items], [r.low for r in items], [r.high for r in items])
        for text, r in zip(self.chart.texts, items):
            text.set_text(f"{r.nps:.1f}  [{r.low:.1f}, {r.high:.1f}]")
        rows = self._rows(labels, items)
        if [label.get_text() for label in self.ax.get_yticklabels()] != rows:
            self.ax.set_yticks(self.ax.get_yticks(), rows)
        self.ax.set_title(self.title or t("value.plot.waves_title", confidence=f"{items[0].confidence:.0%}"))


def plot_nps_waves(results, ax=None, labels=None, title: str | None = None):
    """NPS of several waves (or segments) with their intervals: a point per wave, its interval as a bar, so the
    eye sees at once whether the intervals overlap. For the test of a change use :func:`compare_nps`; to update a
    chart in place, :class:`NPSWavesChart`.

    Parameters
    ----------
    results : dict {label: NPSResult} or list of NPSResult
    ax : Axes, optional
    labels : list of str, optional
        Labels when ``results`` is a list.

    Examples
    --------
    >>> ax = plot_nps_waves({"W1": nps_from_counts(160, 120, 120), "W2": nps_from_counts(190, 110, 100)})
    """
    labels, items = _wave_items(results, labels)
    ax = _style.axes(ax, (9, max(3.2, 0.9 * len(items) + 1.8)))
    NPSWavesChart(ax, items, labels, title=title)
    return ax


def plot_csat(result: CSATResult, ax=None, title: str | None = None):
    """The CSAT distribution: answers per point, the top boxes highlighted, the top-box share and its Wilson
    interval in the title.

    Examples
    --------
    >>> ax = plot_csat(csat([5, 4, 4, 3, 2, 5]))
    """
    _check_type("result", result, CSATResult)
    return _distribution(ax, result.counts, result.scale - result.top, "#009E73",
                         title or t("value.plot.csat_title", share=f"{result.share:.0%}", low=f"{result.low:.0%}",
                                    high=f"{result.high:.0%}", top=result.top, n=f"{result.n:,}"),
                         t("value.plot.csat_axis", scale=result.scale))


def plot_ces(result: CESResult, ax=None, title: str | None = None):
    """The CES 2.0 distribution (1 strongly disagree .. 7 strongly agree it was easy), "easy" answers highlighted.

    Examples
    --------
    >>> ax = plot_ces(ces([7, 6, 5, 4, 2]))
    """
    _check_type("result", result, CESResult)
    return _distribution(ax, result.counts, (result.scale + 1) // 2, "#0072B2",
                         title or t("value.plot.ces_title", mean=f"{result.mean:.2f}", low=f"{result.low:.2f}",
                                    high=f"{result.high:.2f}", easy=f"{result.easy_share:.0%}", n=f"{result.n:,}"),
                         t("value.plot.ces_axis", scale=result.scale))


def _distribution(ax, counts, threshold, color, title, xlabel):
    ax = _style.axes(ax, (10, 5))
    counts = np.asarray(counts, dtype=float)
    total = counts.sum()
    points = np.arange(1, len(counts) + 1)
    colors = [color if p > threshold else "#C8C8C8" for p in points]
    bars = ax.bar(points, counts / total * 100, color=colors, edgecolor="white", width=0.75)
    for bar, share in zip(bars, counts / total * 100):
        ax.annotate(f"{share:.0f}%", (bar.get_x() + bar.get_width() / 2, bar.get_height()), xytext=(0, 3),
                    textcoords="offset points", ha="center", va="bottom", fontsize="small")
    ax.set_xticks(points)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(t("value.plot.share_axis"))
    ax.set_ylim(0, max(10.0, float((counts / total * 100).max()) * 1.18))
    ax.set_title(title)
    ax.grid(axis="x", visible=False)
    return ax


def plot_importance(importance: pd.DataFrame, ax=None, title: str | None = None):
    """Derived importance of the drivers (or dimensions): Johnson's relative weights as shares of R², largest on
    top, the correlation written beside each bar.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import stats
    >>> df = pd.DataFrame({"product_quality": [1, 2, 3, 4, 5, 3], "service_quality": [2, 2, 3, 5, 4, 4],
    ...                    "overall_value": [1, 3, 3, 5, 5, 4]})
    >>> ax = plot_importance(stats.derived_importance(df, ["product_quality", "service_quality"], "overall_value"))
    """
    if not isinstance(importance, pd.DataFrame) or not {"share", "correlation"} <= set(importance.columns):
        raise _error("not_result", name="importance", got=type(importance).__name__,
                     expected="stats.derived_importance(...)")
    ordered = importance.sort_values("share", ascending=True)
    ax = _style.axes(ax, (8.5, max(3.2, 0.7 * len(ordered) + 1.6)))
    names = [dimension_name(i) if i in DIMENSIONS else driver_name(i) for i in ordered.index]
    bars = ax.barh(names, ordered["share"] * 100, color="#0072B2", height=0.6)
    for bar, share, r in zip(bars, ordered["share"] * 100, ordered["correlation"]):
        ax.annotate(t("value.plot.importance_label", share=f"{share:.0f}", r=f"{r:.2f}"),
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize="small")
    ax.set_xlim(0, max(10.0, float(ordered["share"].max() * 100) * 1.35))
    ax.set_xlabel(t("value.plot.importance_axis"))
    r2 = importance.attrs.get("r_squared")
    ax.set_title(title or t("value.plot.importance_title", r2=f"{r2:.2f}" if r2 is not None else "-"))
    ax.grid(axis="y", visible=False)
    return ax


def plot_retention(result: BehaviourResult, ax=None, cohorts=None, max_periods: int | None = None,
                   title: str | None = None):
    """Cohort retention curves: for each cohort, the share of its customers buying k periods after their first
    purchase. The average curve (weighted by cohort size) is drawn thick.

    Parameters
    ----------
    result : BehaviourResult
    cohorts : list of str, optional
        Cohorts to draw (default: up to 6, evenly spread).
    max_periods : int, optional
        Periods shown.

    Examples
    --------
    >>> import pandas as pd
    >>> log = pd.DataFrame({"customer_id": [1, 1, 2, 3, 3], "amount": [5, 6, 7, 8, 9],
    ...     "order_date": ["2024-01-02", "2024-02-03", "2024-01-09", "2024-02-01", "2024-04-01"]})
    >>> ax = plot_retention(behaviour(log, churn_after=1))
    """
    _check_type("result", result, BehaviourResult)
    curves = result.retention
    if max_periods is not None:
        curves = curves.iloc[:, :_integer("max_periods", max_periods, 1) + 1]
    if cohorts is None:
        step = max(1, int(math.ceil(len(curves) / 6)))
        cohorts = list(curves.index[::step])
    else:
        cohorts = [cohorts] if isinstance(cohorts, str) else list(cohorts)
        unknown = [c for c in cohorts if c not in curves.index]
        if unknown:
            raise _error("bad_choice", name="cohorts", value=_show(unknown[0]),
                         accepted=", ".join(map(str, curves.index)))
    ax = _style.axes(ax, (9, 5.5))
    palette = _style.PALETTE
    for i, cohort in enumerate(cohorts):
        row = curves.loc[cohort].dropna()
        ax.plot(row.index[1:], row.to_numpy()[1:] * 100, marker="o", markersize=4, lw=1.4,
                color=palette[i % len(palette)], alpha=0.85, label=str(cohort))
    sizes = result.customers["cohort"].value_counts().reindex(curves.index).to_numpy(dtype=float)
    values = curves.to_numpy()
    weights = np.where(np.isnan(values), 0.0, sizes[:, None])
    with np.errstate(invalid="ignore", divide="ignore"):
        average = np.nansum(np.nan_to_num(values) * weights, axis=0) / weights.sum(axis=0)
    ax.plot(curves.columns[1:], average[1:] * 100, color="#222222", lw=3.2, label=t("value.plot.average"))
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t(f"value.plot.periods_axis.{result.period}"))
    ax.set_ylabel(t("value.plot.active_axis"))
    ax.set_ylim(0, max(5.0, float(np.nanmax(values[:, 1:])) * 100 * 1.15) if values.shape[1] > 1 else 100)
    ax.set_title(title or t("value.plot.retention_title"))
    ax.legend(title=t("value.plot.cohort"), frameon=False, loc="center left", bbox_to_anchor=(1.01, 0.5))
    return ax


def plot_complaint_funnel(result: ComplaintResult, ax=None, title: str | None = None):
    """The complaint-handling funnel: complaints that got each step and every step before it.

    Examples
    --------
    >>> import pandas as pd
    >>> log = pd.DataFrame({"received_at": ["2024-03-01 09:00"] * 2,
    ...     "first_response_at": ["2024-03-01 10:00", "2024-03-03 10:00"], "resolved_at": ["2024-03-01 12:00", None],
    ...     "listened": [1, 0], "progress_updates": [1, 0], "personalised": [1, 0], "followed_up": [1, 0],
    ...     "satisfaction_after": [5, 2], "repurchased_12m": [1, 0], "resolution": ["resolved_quickly", "unresolved"]})
    >>> ax = plot_complaint_funnel(complaints(log))
    """
    _check_type("result", result, ComplaintResult)
    funnel = result.funnel
    ax = _style.axes(ax, (9.5, 5))
    names = [t("value.plot.received") if s == "received" else step_name(s) for s in funnel.index]
    positions = np.arange(len(funnel))[::-1]
    colors = ["#999999"] + ["#0072B2"] * (len(funnel) - 1)
    bars = ax.barh(positions, funnel["count"], color=colors, height=0.62)
    top = float(funnel["count"].max())
    for i, (bar, count, share, alone) in enumerate(zip(bars, funnel["count"], funnel["share"], funnel["step_share"])):
        text = (t("value.plot.funnel_all", count=f"{count:,}") if i == 0 else
                t("value.plot.funnel_label", count=f"{count:,}", share=f"{share:.0%}", alone=f"{alone:.0%}"))
        ax.annotate(text, (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(5, 0),
                    textcoords="offset points", va="center", fontsize="small")
    ax.set_yticks(positions)
    ax.set_yticklabels(names)
    ax.set_xlim(0, top * 1.9)
    ax.set_xlabel(t("value.plot.complaints_axis"))
    ax.set_title(title or t("value.plot.funnel_title", target=f"{result.summary['response_target_hours']:g}"))
    ax.grid(axis="y", visible=False)
    return ax


def plot_step_effects(result: ComplaintResult, ax=None, measure: str = "repurchase", title: str | None = None):
    """For each of the five steps: repurchase rate (or mean satisfaction) of complaints with and without it.

    Examples
    --------
    >>> from cxlab import datasets
    >>> ax = plot_step_effects(complaints(datasets.load("value_complaint_handling")), measure="satisfaction")
    """
    _check_type("result", result, ComplaintResult)
    measure = _choice("measure", measure, ("repurchase", "satisfaction"))
    steps = result.steps
    ax = _style.axes(ax, (10, 5))
    x = np.arange(len(steps))
    scale = 100 if measure == "repurchase" else 1
    with_v = steps[f"{measure}_with"].to_numpy() * scale
    without_v = steps[f"{measure}_without"].to_numpy() * scale
    b1 = ax.bar(x - 0.2, without_v, width=0.38, color="#C8C8C8", label=t("value.plot.without_step"))
    b2 = ax.bar(x + 0.2, with_v, width=0.38, color="#0072B2", label=t("value.plot.with_step"))
    fmt = "{:.0f}%" if measure == "repurchase" else "{:.1f}"
    for bars in (b1, b2):
        for bar in bars:
            if np.isfinite(bar.get_height()):
                ax.annotate(fmt.format(bar.get_height()), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                            xytext=(0, 3), textcoords="offset points", ha="center", fontsize="small")
    import textwrap

    ax.set_xticks(x)
    ax.set_xticklabels([textwrap.fill(step_name(s), 12) if " " in step_name(s) else step_name(s)
                        for s in steps.index])
    top = np.nanmax(np.r_[with_v, without_v]) if len(steps) else 1
    ax.set_ylim(0, (100 if measure == "repurchase" else 5) if not np.isfinite(top) else top * 1.2)
    ax.set_ylabel(t(f"value.plot.{measure}_axis"))
    ax.set_title(title or t(f"value.plot.effects_title.{measure}"))
    ax.legend(frameon=False, loc="upper left", ncol=2)
    ax.grid(axis="x", visible=False)
    return ax


def plot_feedback_themes(result: FeedbackResult, ax=None, top: int | None = None, title: str | None = None):
    """Feedback themes: mentions per theme, split by tone (negative, neutral, positive), most mentioned on top.

    Examples
    --------
    >>> ax = plot_feedback_themes(feedback(["排队太久", "店员很热情", "The app crashes"]))
    """
    _check_type("result", result, FeedbackResult)
    themes = result.themes[result.themes["mentions"] > 0]
    if top is not None:
        themes = themes.head(_integer("top", top, 1))
    themes = themes.iloc[::-1]
    ax = _style.axes(ax, (9, max(3.2, 0.62 * len(themes) + 1.8)))
    names = [theme_name(th) for th in themes.index]
    left = np.zeros(len(themes))
    for tone in ("negative", "neutral", "positive"):
        values = themes[tone].to_numpy(dtype=float)
        ax.barh(names, values, left=left, color=_TONE_COLORS[tone], height=0.62, label=tone_name(tone))
        for y, (start, width) in enumerate(zip(left, values)):
            if width >= max(1.0, 0.06 * float(themes["mentions"].max() or 1)):
                ax.text(start + width / 2, y, f"{width:.0f}", ha="center", va="center", color="white",
                        fontsize="small", fontweight="bold")
        left += values
    ax.set_xlabel(t("value.plot.mentions_axis", n=f"{len(result.texts):,}"))
    ax.set_xlim(0, max(1.0, float(left.max()) * 1.1) if len(left) else 1)
    ax.set_title(title or t("value.plot.themes_title"))
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="y", visible=False)
    return ax
