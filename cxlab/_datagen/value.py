"""Seeded sample data for the customer-experience value module (07, seed article 004).

Five fictional cases:

``value_retail_nps``
    A supermarket chain's NPS survey in two waves (spring and autumn), with region, membership and channel, a
    Chinese comment from part of the respondents, and whether a detractor was called back (and after how many
    hours). Between the waves the chain fixed its checkout queues and started calling detractors back within two
    days: NPS rises, queue complaints fade (outer loop), more detractors hear back, sooner (inner loop).
``value_coffee_survey``
    A coffee chain's guest survey in the spirit of the Starbucks case: two items per dimension of experience value
    (emotional, functional, brand, interaction), the five drivers, overall value, CSAT (1-5), CES 2.0 (1-7) and
    the recommendation question (0-10).
``value_ecommerce_orders``
    An online shop's order log over 24 months (Amazon-like: repeat purchase is the business). From January of the
    second year it ships faster and takes returns for free; later cohorts keep buying longer.
``value_complaint_handling``
    That shop's complaint log with the five handling steps (listened, first response time, progress updates,
    personalised remedy, follow-up), satisfaction after handling, the outcome and repurchase within 12 months.
``value_bank_feedback``
    Open-ended feedback to a retail bank from its app store page, hotline notes, WeChat and branch comment cards,
    mostly Chinese, some English (from expatriate customers).

Numbers are invented but plausible; each function has its own seed and rounds its values, so the CSV files are
byte-identical from run to run. The Chinese comments are assembled from short phrases written for this kit.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["DATASETS", "retail_nps", "coffee_survey", "ecommerce_orders", "complaint_handling", "bank_feedback"]

_REGIONS = ("north", "east", "south", "west")
_DETRACTOR_WEIGHTS = np.array([0.03, 0.02, 0.04, 0.08, 0.12, 0.26, 0.45])  # answers 0..6


def _scores_from_groups(rng, group):
    """0..10 answers from group codes (0 detractor, 1 passive, 2 promoter)."""
    n = len(group)
    detractor = rng.choice(7, size=n, p=_DETRACTOR_WEIGHTS)
    passive = rng.choice([7, 8], size=n, p=[0.45, 0.55])
    promoter = rng.choice([9, 10], size=n, p=[0.45, 0.55])
    return np.select([group == 0, group == 1], [detractor, passive], promoter)


# -- Chinese comment phrases (retail) -------------------------------------------------------------------------
_RETAIL_NEGATIVE = {  # i18n: input-variants
    "waiting": ["结账排队太久了，收银台只开了两个", "周末排队等了二十分钟才结完账", "人太多，自助收银机还经常出故障，效率太低",
                "排队的时候没人引导，速度太慢"],
    "staff": ["店员态度不好，问个货架位置都爱答不理", "理货员在通道里堆货，说了也不理", "收银员态度很差，一直催我"],
    "product": ["水果不新鲜，买回去第二天就坏了", "生鲜区的肉质量一般，跟以前没法比", "买到过期的酸奶，很失望"],
    "price": ["价格比隔壁超市贵，会员价也不便宜", "促销标签和结账价格对不上", "涨价太频繁，性价比不高了"],
    "digital": ["APP 下单经常闪退", "小程序配送时间一改再改", "线上买的东西缺货也不提前通知"],
}
_RETAIL_POSITIVE = {  # i18n: input-variants
    "waiting": ["现在结账很快，基本不用排队", "新开的快速通道很方便"],
    "staff": ["店员很热情，主动帮我找商品", "工作人员很耐心，退换货很顺利"],
    "product": ["蔬菜水果很新鲜", "商品种类多，质量不错"],
    "price": ["会员日优惠力度大，性价比高", "价格实惠，经常有活动"],
    "digital": ["APP 下单一小时就送到了，很方便", "小程序领券很方便"],
}
_RETAIL_MIXED = ["东西还行，就是结账排队有点久", "整体不错，停车位太少", "价格一般，环境挺干净的",  # i18n: input-variants
                 "还可以吧，没什么特别的", "生鲜不错，但是价格有点贵"]


def retail_nps() -> pd.DataFrame:
    """A supermarket chain's NPS survey, waves 1 (spring) and 2 (autumn), 1,000 answers each."""
    rng = np.random.default_rng(20240707)
    per_wave = 1000
    rows = []
    for wave in (1, 2):
        region = rng.choice(len(_REGIONS), size=per_wave, p=[0.3, 0.3, 0.22, 0.18])
        member = rng.random(per_wave) < 0.55
        app = rng.random(per_wave) < 0.35
        # promoter / detractor shares: members happier; wave 2 better except in the west (a new store opened)
        promo = 0.34 + 0.08 * member + (0.05 if wave == 2 else 0.0) - 0.03 * app
        detr = 0.33 - 0.07 * member - (0.07 if wave == 2 else 0.0) + 0.02 * app
        west = region == 3
        promo = np.where(west & (wave == 2), promo - 0.05, promo)
        detr = np.where(west & (wave == 2), detr + 0.06, detr)
        u = rng.random(per_wave)
        group = np.where(u < detr, 0, np.where(u < detr + (1 - detr - promo), 1, 2))
        score = _scores_from_groups(rng, group)
        # comments: detractors write most often
        writes = rng.random(per_wave) < np.select([group == 0, group == 1], [0.8, 0.45], 0.5)
        theme_p = ({"waiting": 0.42, "staff": 0.18, "product": 0.16, "price": 0.14, "digital": 0.10} if wave == 1 else
                   {"waiting": 0.14, "staff": 0.24, "product": 0.24, "price": 0.22, "digital": 0.16})
        themes = list(theme_p)
        comments = []
        for g, w, a in zip(group, writes, app):
            if not w:
                comments.append("")
                continue
            if g == 0:
                theme = themes[rng.choice(len(themes), p=list(theme_p.values()))]
                text = _RETAIL_NEGATIVE[theme][rng.integers(len(_RETAIL_NEGATIVE[theme]))]
            elif g == 1:
                text = _RETAIL_MIXED[rng.integers(len(_RETAIL_MIXED))]
            else:
                theme = themes[rng.integers(len(themes))] if not a else "digital"
                text = _RETAIL_POSITIVE[theme][rng.integers(len(_RETAIL_POSITIVE[theme]))]
            comments.append(text)
        # inner loop: wave 1 - a third of detractors called back, after about three days; wave 2 - most, within two
        called = (group == 0) & (rng.random(per_wave) < (0.35 if wave == 1 else 0.72))
        median = 70.0 if wave == 1 else 26.0
        hours = np.where(called, np.round(median * np.exp(rng.normal(0, 0.5, per_wave)), 0), np.nan)
        rows.append(pd.DataFrame({
            "wave": wave,
            "region": np.array(_REGIONS)[region],
            "segment": np.where(member, "member", "non_member"),
            "channel": np.where(app, "app", "store"),
            "score": score.astype(int),
            "comment": comments,
            "called_back": called.astype(int),
            "callback_hours": hours,
        }))
    frame = pd.concat(rows, ignore_index=True)
    frame.insert(0, "respondent_id", [f"R{i:04d}" for i in range(1, len(frame) + 1)])
    frame["comment"] = frame["comment"].replace("", np.nan)
    return frame


def coffee_survey() -> pd.DataFrame:
    """A coffee chain's guest survey: experience-value items, drivers, overall value, CSAT, CES, NPS (600 guests)."""
    rng = np.random.default_rng(20240808)
    n = 600
    stores = np.array(["downtown", "campus", "station", "mall"])
    store = rng.choice(4, size=n, p=[0.3, 0.25, 0.25, 0.2])
    visit = rng.choice(np.array(["dine_in", "takeaway", "mobile_order"]), size=n, p=[0.45, 0.3, 0.25])
    # five drivers on 1..7, correlated through a general impression
    general = rng.normal(0, 1, n)
    station = store == 2

    def item(mean, load, extra=0.0, noise=0.9):
        raw = mean + load * general + extra + rng.normal(0, noise, n)
        return np.clip(np.round(raw), 1, 7).astype(int)

    drivers = {
        "product_quality": item(5.4, 0.7),
        "service_quality": item(5.1, 0.7, extra=np.where(station, -0.8, 0.0)),
        "brand_image": item(5.6, 0.5),
        "expectations": item(4.9, 0.6),
        "environment": item(5.0, 0.5, extra=np.where(visit == "dine_in", 0.3, -0.2)),
    }
    d = {k: v.astype(float) for k, v in drivers.items()}
    latent_value = (0.34 * d["product_quality"] + 0.30 * d["service_quality"] + 0.14 * d["environment"]
                    + 0.12 * d["brand_image"] + 0.10 * d["expectations"])
    overall = np.clip(np.round(1.55 * latent_value - 0.4 + rng.normal(0, 0.9, n)), 0, 10).astype(int)
    dims = {
        "emotional_1": item(5.2, 0.8), "emotional_2": item(5.0, 0.8),
        "functional_1": np.clip(np.round(0.6 * d["product_quality"] + 0.4 * item(5.2, 0.5) + rng.normal(0, .5, n)),
                                1, 7).astype(int),
        "functional_2": item(5.3, 0.6),
        "brand_1": np.clip(np.round(0.7 * d["brand_image"] + 0.3 * item(5.5, 0.4) + rng.normal(0, .5, n)),
                           1, 7).astype(int),
        "brand_2": item(5.4, 0.5),
        "interaction_1": np.clip(np.round(0.7 * d["service_quality"] + 0.3 * item(5.0, 0.4) + rng.normal(0, .5, n)),
                                 1, 7).astype(int),
        "interaction_2": item(4.9, 0.6, extra=np.where(station, -0.6, 0.0)),
    }
    csat_raw = 0.6 * latent_value + 0.95 + rng.normal(0, 0.6, n)
    csat = np.clip(np.round(csat_raw), 1, 5).astype(int)
    ces_raw = 4.0 + 0.55 * (d["service_quality"] - 5) + np.where(visit == "mobile_order", 0.9, 0.0) \
        + np.where(station, -0.7, 0.0) + rng.normal(0, 1.0, n)
    ces = np.clip(np.round(ces_raw + 1.2), 1, 7).astype(int)
    nps_score = np.clip(np.round(overall + rng.normal(0, 1.1, n) + 0.6), 0, 10).astype(int)
    frame = pd.DataFrame({"respondent_id": [f"G{i:03d}" for i in range(1, n + 1)], "store": stores[store],
                          "visit": visit, **dims, **drivers, "overall_value": overall, "csat": csat, "ces": ces,
                          "nps": nps_score})
    return frame


def ecommerce_orders() -> pd.DataFrame:
    """An online shop's orders, January of year 1 to December of year 2 (about 25,000 orders)."""
    rng = np.random.default_rng(20240909)
    months = 24
    new_per_month = np.round(np.linspace(380, 470, months) + rng.normal(0, 20, months)).astype(int)
    cohort = np.repeat(np.arange(months), new_per_month)
    n = len(cohort)
    # monthly survival: better service (faster delivery, free returns) from month 12 on
    survive = np.where(cohort >= 12, 0.90, 0.84)
    survive = survive + rng.normal(0, 0.03, n)
    buy_when_alive = np.clip(rng.beta(3, 6, n) + 0.05, 0.05, 0.9)
    alive = np.ones(n, dtype=bool)
    orders_c, orders_m = [np.arange(n)], [cohort]             # first order in the cohort month
    for k in range(1, months):
        month = cohort + k
        in_log = month < months
        alive &= rng.random(n) < np.where(month >= 12, survive + 0.03, survive)
        buys = alive & in_log & (rng.random(n) < buy_when_alive)
        twice = buys & (rng.random(n) < 0.12)
        for mask in (buys, twice):
            orders_c.append(np.flatnonzero(mask))
            orders_m.append(month[mask])
    customer = np.concatenate(orders_c)
    month = np.concatenate(orders_m)
    day = rng.integers(1, 29, len(customer))
    amount = np.round(np.exp(rng.normal(np.log(158.0), 0.65, len(customer))), 1)
    dates = pd.to_datetime({"year": 2023 + month // 12, "month": month % 12 + 1, "day": day})
    frame = pd.DataFrame({"customer_id": [f"C{c:05d}" for c in customer + 1], "order_date": dates.dt.strftime("%Y-%m-%d"),
                          "amount": amount})
    frame = frame.sort_values(["order_date", "customer_id"], kind="stable").reset_index(drop=True)
    frame.insert(0, "order_id", [f"O{i:06d}" for i in range(1, len(frame) + 1)])
    return frame


def complaint_handling() -> pd.DataFrame:
    """The online shop's complaint log with the five handling steps (900 complaints)."""
    rng = np.random.default_rng(20241010)
    n = 900
    channel = rng.choice(np.array(["hotline", "online_chat", "app", "social_media"]), size=n, p=[.35, .3, .2, .15])
    category = rng.choice(np.array(["late_delivery", "damaged_item", "refund", "wrong_item", "service_attitude"]),
                          size=n, p=[.3, .2, .22, .15, .13])
    start = pd.Timestamp("2024-01-02 08:00") + pd.to_timedelta(rng.integers(0, 330 * 24 * 60, n), unit="min")
    start = start.floor("min")
    listened = rng.random(n) < np.where(channel == "hotline", 0.78, 0.6)
    first_hours = np.round(np.exp(rng.normal(np.log(np.where(channel == "social_media", 6.0, 14.0)), 1.0, n)), 1)
    fast = first_hours <= 24
    updates = rng.poisson(np.where(fast, 1.3, 0.7), n)
    personalised = rng.random(n) < np.where(listened, 0.55, 0.25)
    resolved_p = 0.55 + 0.12 * listened + 0.12 * fast + 0.08 * personalised
    resolved = rng.random(n) < np.clip(resolved_p, 0, 0.97)
    resolution_hours = np.where(resolved, first_hours + np.round(np.exp(rng.normal(np.log(30), 0.8, n)), 1), np.nan)
    followed = resolved & (rng.random(n) < 0.45)
    quick = resolved & (resolution_hours <= 48)
    sat = (1.4 + 0.45 * listened + 0.55 * fast + 0.35 * (updates >= 1) + 0.5 * personalised + 0.3 * followed
           + 0.9 * resolved + 0.35 * quick + rng.normal(0, 0.6, n))
    satisfaction = np.clip(np.round(sat), 1, 5).astype(float)
    satisfaction[rng.random(n) < 0.14] = np.nan                     # did not answer the follow-up survey
    p_rep = 1 / (1 + np.exp(-(-2.6 + 0.75 * np.nan_to_num(sat, nan=3.0))))
    repurchased = rng.random(n) < p_rep
    first_at = start + pd.to_timedelta(np.round(first_hours * 60), unit="min")
    done_at = start + pd.to_timedelta(np.round(np.nan_to_num(resolution_hours) * 60), unit="min")
    fmt = "%Y-%m-%d %H:%M"
    order = np.argsort(start.to_numpy(), kind="stable")
    frame = pd.DataFrame({
        "channel": channel, "category": category,
        "received_at": start.strftime(fmt), "first_response_at": first_at.strftime(fmt),
        "resolved_at": np.where(resolved, done_at.strftime(fmt), None),
        "listened": listened.astype(int), "progress_updates": updates.astype(int),
        "personalised": personalised.astype(int), "followed_up": followed.astype(int),
        "satisfaction_after": satisfaction,
        "resolution": np.where(quick, "resolved_quickly", np.where(resolved, "resolved", "unresolved")),
        "repurchased_12m": repurchased.astype(int),
    }).iloc[order].reset_index(drop=True)
    frame.insert(0, "complaint_id", [f"K{i:04d}" for i in range(1, n + 1)])
    frame["satisfaction_after"] = frame["satisfaction_after"].astype("Int64")
    return frame


# -- bank feedback phrases ------------------------------------------------------------------------------------
_BANK_ZH = {  # i18n: input-variants
    "negative": [
        "手机银行更新后老是闪退，转账转到一半就退出了", "登录每次都要验证码，短信还经常收不到", "网点排队一个多小时，只开了一个窗口",
        "理财经理推销太多，我只是来办张卡", "柜员态度很差，问两句就不耐烦了", "年费说免就免，结果还是扣了，打客服也没人管",
        "跨行转账手续费太贵了", "信用卡盗刷投诉了三次都没处理", "转账金额<100元也要验证码，太麻烦",
        "客服电话一直转人工转不进去，等了二十分钟", "网点停车太难了", "房贷利率比别的银行高，提前还款还要收费",
        "APP 界面改版以后找不到账单了", "挂失补卡要跑两次网点，效率太低",
    ],
    "positive": [
        "柜员很耐心，帮我老人家一步步操作", "手机银行转账很快，很方便", "客服回电很及时，问题当天就解决了",
        "网点环境干净，等候区有座位", "理财经理很专业，讲得很清楚", "信用卡盗刷处理得很快，钱第二天就退回来了",
        "APP 新版指纹登录很方便", "大堂经理很热情，主动帮我取号",
    ],
    "neutral": [
        "希望周末多开几个窗口", "建议 APP 增加账单导出功能", "办理业务需要带哪些材料能不能提前说清楚", "想了解一下外币存款",
    ],
}
_BANK_EN = {  # i18n: input-variants
    "negative": ["The app crashes every time I try to log in", "Waited over an hour at the branch, only one teller",
                 "International transfer fees are far too expensive", "Hotline kept me waiting for 20 minutes",
                 "Nobody called back about my card complaint", "The staff at the counter were rude"],
    "positive": ["The teller was very helpful and patient", "Mobile banking is fast and easy",
                 "My fraud complaint was resolved quickly, thanks", "Branch is clean and the staff are friendly"],
    "neutral": ["Please add an English version of the statements", "Is there a branch open on Sundays?"],
}


def bank_feedback() -> pd.DataFrame:
    """Open-ended feedback to a retail bank, one row per comment (420 comments, about 15 % English)."""
    rng = np.random.default_rng(20241111)
    n = 420
    english = rng.random(n) < 0.15
    channel = rng.choice(np.array(["app_review", "hotline_note", "wechat", "comment_card"]), size=n,
                         p=[.35, .25, .25, .15])
    tone = rng.choice(np.array(["negative", "positive", "neutral"]), size=n, p=[.55, .33, .12])
    texts, langs = [], []
    for en, kind in zip(english, tone):
        pool = (_BANK_EN if en else _BANK_ZH)[kind]
        text = pool[rng.integers(len(pool))]
        if not en and rng.random() < 0.25:   # some comments name two things
            other = _BANK_ZH[kind][rng.integers(len(_BANK_ZH[kind]))]
            if other != text:
                text = f"{text}；{other}"
        texts.append(text)
        langs.append("en" if en else "zh")
    month = rng.integers(1, 13, n)
    day = rng.integers(1, 29, n)
    dates = pd.to_datetime({"year": np.full(n, 2024), "month": month, "day": day}).dt.strftime("%Y-%m-%d")
    frame = pd.DataFrame({"feedback_id": [f"F{i:04d}" for i in range(1, n + 1)], "date": dates, "channel": channel,
                          "lang": langs, "text": texts})
    return frame.sort_values(["date", "feedback_id"], kind="stable").reset_index(drop=True)


DATASETS = {
    "value_retail_nps": retail_nps,
    "value_coffee_survey": coffee_survey,
    "value_ecommerce_orders": ecommerce_orders,
    "value_complaint_handling": complaint_handling,
    "value_bank_feedback": bank_feedback,
}
