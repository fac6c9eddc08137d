"""Seeded generators of the journey cases: a home-appliance maker and a theme park.

Five datasets:

``journey_appliance``
    The touchpoint table of a fictional home-appliance maker's journey (15 touchpoints, six stages): channel,
    owner, reach, mean satisfaction and effort, problem rate, emotion, loyalty drop after a problem, delight
    potential and a typical verbatim. After-sales (hotline, technician visit, repair charges) is the valley.
``journey_appliance_survey``
    800 customers who bought an appliance in the past two years and used after-sales service: a 1..5 score per
    surveyed touchpoint, overall satisfaction (1..5), the recommend question of NPS (0..10) and repurchase
    intention (0/1).
``journey_appliance_blueprint``
    The service blueprint of the fulfilment and after-sales touchpoints: per touchpoint and lane a step, and the
    step where it breaks.
``journey_theme_park``
    A theme park's journey for two personas (families with young children, thrill-seekers): queues, rides,
    shows, the fireworks at the end of the day, the drive home.
``journey_theme_park_survey``
    600 visitors (both personas): a 1..5 score per surveyed touchpoint, overall satisfaction, NPS answer,
    intention to return.

How the surveys are staged
--------------------------
Each respondent has a general mood ``g`` (shared by all answers, so scores correlate as real ones do) and a
specific reaction per touchpoint; a score is ``mean + sd · (0.55 g + 0.84 e)`` rounded and kept within 1..5.
The overall judgement is a weighted sum of the standardised scores (the staged weights :data:`APPLIANCE_WEIGHTS`,
:data:`PARK_WEIGHTS`) plus noise, cut into 1..5 and 0..10 answers at fixed thresholds. The touchpoint tables'
``csat`` is the survey mean, so map and survey agree. The staged answer the class should find: the technician
visit is the heaviest driver and scores worst (the valley, the first pain point), first use is a moment of truth
done well, the smart-home app and the care reminders are itch points.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SEED_APPLIANCE = 20240504
SEED_PARK = 20240505
N_APPLIANCE = 800
N_PARK = 600

_TP = ["stage", "touchpoint", "name_zh", "name_en", "order", "channel", "owner", "reach", "emotion",
       "problem_rate", "loyalty_drop", "delight", "verbatim_zh", "verbatim_en"]

#: The appliance maker's journey (columns as ``_TP``, without csat/ces which come from the survey).
APPLIANCE = [
    ("awareness", "tv_ad", "电视和视频广告", "TV and video ads", 1, "media", "marketing", 0.70, 0.8, 0.02, 0.05,
     0.05, "广告拍得挺好看，但记不住型号", "Nice ads, but I can't remember the model"),
    ("awareness", "friend_advice", "亲友推荐", "Advice from friends", 2, "social", "marketing", 0.45, 2.0, 0.03,
     0.05, 0.05, "邻居说他家用了五年没坏过", "My neighbour's has run five years without a fault"),
    ("consideration", "online_reviews", "网上看评价", "Online reviews", 1, "social", "ecommerce", 0.80, 0.4, 0.08,
     0.10, 0.10, "差评大多在说售后", "Most bad reviews are about after-sales"),
    ("consideration", "showroom", "门店体验", "Showroom visit", 2, "store", "sales", 0.50, 2.2, 0.05, 0.10, 0.15,
     "店员讲得很清楚，还让我试了", "The salesperson explained it well and let me try it"),
    ("purchase", "checkout", "下单付款", "Ordering and payment", 1, "web", "ecommerce", 1.00, 2.4, 0.03, 0.10,
     0.05, "几分钟就下好单了", "Ordered in a few minutes"),
    ("purchase", "delivery", "送货", "Delivery", 2, "home", "logistics", 1.00, 1.0, 0.09, 0.20, 0.10,
     "约好上午到，下午四点才来", "Booked for the morning, came at four"),
    ("purchase", "installation", "上门安装", "Installation", 3, "home", "installation", 0.85, 1.5, 0.10, 0.25,
     0.15, "师傅装得仔细，还把纸箱带走了", "Careful fitter, even took the boxes away"),
    ("use", "first_use", "初次使用", "First use", 1, "home", "product", 1.00, 3.6, 0.04, 0.30, 0.10,
     "洗得干净，声音也小", "Cleans well and it's quiet"),
    ("use", "app_control", "智能家居App", "Smart-home app", 2, "app", "product", 0.40, 0.2, 0.12, 0.05, 0.45,
     "要是能提醒我衣服洗好了就好了", "I wish it told me when the wash is done"),
    ("use", "care_reminders", "保养提醒", "Care reminders", 3, "app", "crm", 0.30, 0.5, 0.05, 0.05, 0.40,
     "从来没人告诉我滤网要清洗", "Nobody ever told me to clean the filter"),
    ("after_sales", "repair_hotline", "报修热线", "Repair hotline", 1, "phone", "service", 0.25, -3.0, 0.35, 0.30,
     0.05, "打了三次才接通", "It took three calls to get through"),
    ("after_sales", "technician_visit", "师傅上门维修", "Technician visit", 2, "home", "service", 0.22, -3.8, 0.40,
     0.45, 0.05, "师傅来了说缺配件，又等了一周", "The technician came without the part; another week"),
    ("after_sales", "repair_fee", "维修收费", "Repair charges", 3, "home", "service", 0.18, -2.5, 0.30, 0.35, 0.05,
     "收费没有标准，感觉被宰了", "No price list; I felt ripped off"),
    ("loyalty", "follow_up_call", "回访电话", "Follow-up call", 1, "phone", "crm", 0.60, -0.4, 0.10, 0.10, 0.10,
     "问题还没解决就来问满意不满意", "They asked if I was satisfied before it was fixed"),
    ("loyalty", "trade_in", "以旧换新", "Trade-in offer", 2, "web", "sales", 0.20, 1.2, 0.05, 0.05, 0.20,
     "旧机器折价还算公道", "A fair price for the old machine"),
]

#: Surveyed touchpoints of the appliance maker: mean score (1..5), sd, staged weight in the overall judgement.
APPLIANCE_WEIGHTS = {
    "online_reviews": (3.8, 0.8, 0.03), "checkout": (4.4, 0.6, 0.05), "delivery": (3.9, 0.9, 0.10),
    "installation": (4.0, 0.8, 0.14), "first_use": (4.5, 0.6, 0.20), "app_control": (3.3, 0.9, 0.02),
    "care_reminders": (3.1, 0.9, 0.02), "repair_hotline": (2.7, 1.0, 0.18), "technician_visit": (2.5, 1.0, 0.32),
    "repair_fee": (2.9, 1.0, 0.16), "follow_up_call": (3.4, 0.9, 0.05),
}

#: Mean customer effort (1 very easy .. 7 very hard) of the surveyed appliance touchpoints.
APPLIANCE_EFFORT = {"online_reviews": 3.2, "checkout": 1.8, "delivery": 3.0, "installation": 2.6,
                    "first_use": 2.0, "app_control": 4.1, "care_reminders": 3.5, "repair_hotline": 5.6,
                    "technician_visit": 5.2, "repair_fee": 4.6, "follow_up_call": 3.0}

#: The appliance blueprint: touchpoint -> {lane: (zh, en)}, and the failing lane.
APPLIANCE_BLUEPRINT = {
    "delivery": ({"customer": ("在家等送货", "Waits at home for delivery"),
                  "front_stage": ("送货员电话预约、搬运", "Driver phones ahead and carries it in"),
                  "back_stage": ("调度按线路排车", "Dispatcher plans the routes"),
                  "support": ("仓储与物流系统", "Warehouse and logistics system")}, "back_stage"),
    "installation": ({"customer": ("约安装时间", "Books the installation"),
                      "front_stage": ("师傅上门安装、讲解", "Fitter installs and explains"),
                      "back_stage": ("网点派单", "Service point assigns the job"),
                      "support": ("安装培训与配件", "Fitter training and fittings")}, None),
    "repair_hotline": ({"customer": ("打电话报修", "Calls to report the fault"),
                        "front_stage": ("客服登记故障", "Agent logs the fault"),
                        "back_stage": ("高峰期排班不足", "Too few agents at peak hours"),
                        "support": ("呼叫中心系统", "Call-centre system")}, "back_stage"),
    "technician_visit": ({"customer": ("在家等师傅", "Waits at home for the technician"),
                          "front_stage": ("师傅检测故障", "Technician diagnoses the fault"),
                          "back_stage": ("派单时未确认所需配件", "Job sent without checking the part needed"),
                          "support": ("配件库存分散在各地", "Spare parts scattered across depots")}, "support"),
    "repair_fee": ({"customer": ("付维修费", "Pays for the repair"),
                    "front_stage": ("师傅现场报价", "Technician quotes on the spot"),
                    "back_stage": ("各网点自定收费", "Each service point sets its own prices"),
                    "support": ("没有统一价目表", "No common price list")}, "back_stage"),
    "follow_up_call": ({"customer": ("接回访电话", "Answers the follow-up call"),
                        "front_stage": ("客服询问满意度", "Agent asks about satisfaction"),
                        "back_stage": ("按派单完成时间自动回访", "Call triggered when the job is closed"),
                        "support": ("工单系统不记录是否修好", "Job system does not record whether it was fixed")},
                       "support"),
}

#: The theme park's journey: per touchpoint (stage, id, zh, en, order, channel, owner, reach, problem rate,
#: loyalty drop, delight, verbatim zh, verbatim en), then the emotion of each persona.
PARK = [
    ("awareness", "short_video", "短视频种草", "Short videos online", 1, "social", "marketing", 0.75, 0.03, 0.05,
     0.05, "看到烟花视频就想带孩子去", "Saw the fireworks video and wanted to take the kids"),
    ("consideration", "ticket_compare", "比价和攻略", "Comparing prices and tips", 1, "web", "ecommerce", 0.85,
     0.10, 0.05, 0.05, "票价规则太复杂", "Too many ticket types to compare"),
    ("purchase", "ticket_app", "在App买票", "Buying tickets in the app", 1, "app", "ecommerce", 0.90, 0.06, 0.10,
     0.10, "扫码入园很方便", "QR-code entry is handy"),
    ("use", "parking", "停车", "Parking", 1, "onsite", "operations", 0.55, 0.20, 0.05, 0.05,
     "停车场离大门太远", "The car park is far from the gate"),
    ("use", "entry_gate", "入园安检", "Entry and security", 2, "onsite", "operations", 1.00, 0.15, 0.05, 0.05,
     "开园前排了四十分钟", "Forty minutes in line before opening"),
    ("use", "ride_queue", "排队等候", "Ride queues", 3, "onsite", "operations", 0.95, 0.45, 0.10, 0.30,
     "一个项目排了九十分钟", "Ninety minutes for one ride"),
    ("use", "signature_ride", "明星项目", "Signature ride", 4, "onsite", "operations", 0.80, 0.05, 0.10, 0.10,
     "过山车太刺激了", "The roller coaster was amazing"),
    ("use", "parade", "花车巡游", "Parade", 5, "onsite", "operations", 0.70, 0.05, 0.05, 0.15,
     "孩子见到了最喜欢的角色", "The kids met their favourite character"),
    ("use", "food", "园内餐饮", "Food in the park", 6, "onsite", "operations", 0.85, 0.25, 0.05, 0.20,
     "又贵又要排队", "Expensive, and another queue"),
    ("use", "fireworks", "烟花秀", "Fireworks show", 7, "onsite", "operations", 0.75, 0.03, 0.05, 0.10,
     "烟花一放，一天的累都忘了", "When the fireworks started, we forgot how tired we were"),
    ("after_sales", "exit_traffic", "离园交通", "Getting home", 1, "onsite", "operations", 0.75, 0.35, 0.05, 0.05,
     "出停车场堵了一个小时", "An hour to get out of the car park"),
    ("after_sales", "photo_pickup", "照片下载", "Downloading photos", 2, "app", "ecommerce", 0.40, 0.15, 0.05,
     0.35, "要是能自动生成一家人的视频就好了", "I wish it made a family video for us"),
    ("loyalty", "annual_pass", "年卡优惠", "Annual-pass offer", 1, "app", "crm", 0.35, 0.05, 0.05, 0.25,
     "算下来来三次就值", "Pays for itself after three visits"),
]

#: Mean emotion per persona at each park touchpoint (families, thrill-seekers).
PARK_EMOTION = {
    "short_video": (2.0, 1.5), "ticket_compare": (-0.5, 0.0), "ticket_app": (1.5, 1.5), "parking": (-1.5, -0.5),
    "entry_gate": (-2.0, -1.0), "ride_queue": (-3.5, -2.0), "signature_ride": (2.0, 4.6), "parade": (4.0, 0.8),
    "food": (-1.5, -1.0), "fireworks": (4.8, 3.5), "exit_traffic": (-2.8, -1.5), "photo_pickup": (1.0, 0.5),
    "annual_pass": (1.5, 2.5),
}
PARKS_PERSONAS = ("family", "thrill")

#: Surveyed park touchpoints: mean score, sd, staged weight.
PARK_WEIGHTS = {
    "ticket_app": (4.2, 0.7, 0.04), "entry_gate": (3.2, 0.9, 0.08), "ride_queue": (2.4, 1.0, 0.26),
    "signature_ride": (4.4, 0.7, 0.18), "parade": (4.1, 0.8, 0.10), "food": (2.9, 0.9, 0.08),
    "fireworks": (4.6, 0.6, 0.16), "exit_traffic": (2.7, 1.0, 0.08), "photo_pickup": (3.3, 0.9, 0.02),
}
PARK_EFFORT = {"ticket_app": 2.0, "entry_gate": 4.0, "ride_queue": 5.8, "signature_ride": 2.2, "parade": 2.0,
               "food": 4.4, "fireworks": 2.4, "exit_traffic": 5.2, "photo_pickup": 3.6}


#: Share of online buyers whose score drops one point (staged channel gap, see journey_appliance_survey).
ONLINE_SHIFT = {"delivery": 0.45, "installation": 0.35}


def _scores(rng, n, spec):
    """Correlated 1..5 scores and the standardised latent judgement (see the module docstring)."""
    g = rng.standard_normal(n)
    scores = {}
    for name, (mean, sd, weight) in spec.items():
        e = rng.standard_normal(n)
        raw = mean + sd * (0.55 * g + 0.84 * e)
        scores[name] = np.clip(np.rint(raw), 1, 5).astype(int)
    return scores, _judgement(rng, scores, spec)


def _judgement(rng, scores, spec):
    n = len(next(iter(scores.values())))
    latent = np.zeros(n)
    for name, (_, _, weight) in spec.items():
        score = scores[name]
        latent += weight * (score - score.mean()) / score.std()
    return latent / latent.std() + rng.normal(0.0, 0.55, n)


def _outcomes(rng, latent, shift=0.0):
    overall = np.digitize(latent + shift, [-1.9, -0.9, 0.1, 1.1]) + 1                 # 1..5
    nps = np.clip(np.rint(7.4 + 1.9 * (latent + shift) + rng.normal(0, 0.8, latent.size)), 0, 10).astype(int)
    probability = 1 / (1 + np.exp(-(0.4 + 1.5 * (latent + shift))))
    again = (rng.random(latent.size) < probability).astype(int)
    return overall, nps, again


def journey_appliance_survey() -> pd.DataFrame:
    """800 customers' touchpoint scores (1..5), overall satisfaction (1..5), NPS answer (0..10), repurchase."""
    rng = np.random.default_rng(SEED_APPLIANCE)
    scores, latent = _scores(rng, N_APPLIANCE, APPLIANCE_WEIGHTS)
    channel = np.where(rng.random(N_APPLIANCE) < 0.62, "online", "store")
    # staged for omnichannel consistency: online buyers get delivery by a third-party carrier and the fitter
    # knows less about their order, so they score delivery and installation lower than store buyers
    online = channel == "online"
    for name, shift in ONLINE_SHIFT.items():
        scores[name] = np.where(online & (rng.random(N_APPLIANCE) < abs(shift)), np.clip(scores[name] - 1, 1, 5),
                                scores[name])
    latent = _judgement(rng, scores, APPLIANCE_WEIGHTS)
    overall, nps, again = _outcomes(rng, latent)
    frame = pd.DataFrame({"respondent": [f"C{i:04d}" for i in range(1, N_APPLIANCE + 1)], "bought": channel})
    for name in APPLIANCE_WEIGHTS:
        frame[name] = scores[name]
    frame["overall"] = overall
    frame["nps"] = nps
    frame["repurchase"] = again
    return frame


def _with_measures(frame, survey, effort):
    means = {name: round(float(survey[name].mean()), 2) for name in effort}
    frame.insert(frame.columns.get_loc("emotion"), "csat", frame["touchpoint"].map(means))
    frame.insert(frame.columns.get_loc("emotion"), "ces", frame["touchpoint"].map(effort))
    return frame


def journey_appliance() -> pd.DataFrame:
    """The appliance maker's touchpoint table (csat = the survey mean of each surveyed touchpoint)."""
    frame = pd.DataFrame(APPLIANCE, columns=_TP)
    return _with_measures(frame, journey_appliance_survey(), APPLIANCE_EFFORT)


def journey_appliance_blueprint() -> pd.DataFrame:
    """The blueprint steps: touchpoint, lane, text_zh, text_en, fails (1 = where the touchpoint breaks)."""
    rows = []
    for touchpoint, (lanes, failing) in APPLIANCE_BLUEPRINT.items():
        for lane, (zh, en) in lanes.items():
            rows.append((touchpoint, lane, zh, en, int(lane == failing)))
    return pd.DataFrame(rows, columns=["touchpoint", "lane", "text_zh", "text_en", "fails"])


def journey_theme_park_survey() -> pd.DataFrame:
    """600 visitors: persona, touchpoint scores (1..5), overall (1..5), NPS answer (0..10), return intention."""
    rng = np.random.default_rng(SEED_PARK)
    scores, latent = _scores(rng, N_PARK, PARK_WEIGHTS)
    overall, nps, again = _outcomes(rng, latent, shift=0.2)
    persona = np.where(rng.random(N_PARK) < 0.55, "family", "thrill")
    frame = pd.DataFrame({"respondent": [f"V{i:04d}" for i in range(1, N_PARK + 1)], "persona": persona})
    for name in PARK_WEIGHTS:
        frame[name] = scores[name]
    frame["overall"] = overall
    frame["nps"] = nps
    frame["return_visit"] = again
    return frame


def journey_theme_park() -> pd.DataFrame:
    """The park's touchpoint table, one block of rows per persona (families first)."""
    survey = journey_theme_park_survey()
    blocks = []
    for k, persona in enumerate(PARKS_PERSONAS):
        rows = [(persona, *row[:7], row[7], PARK_EMOTION[row[1]][k], *row[8:]) for row in PARK]
        frame = pd.DataFrame(rows, columns=["persona", *_TP])
        blocks.append(_with_measures(frame, survey[survey["persona"] == persona], PARK_EFFORT))
    return pd.concat(blocks, ignore_index=True)


DATASETS = {
    "journey_appliance": journey_appliance,
    "journey_appliance_survey": journey_appliance_survey,
    "journey_appliance_blueprint": journey_appliance_blueprint,
    "journey_theme_park": journey_theme_park,
    "journey_theme_park_survey": journey_theme_park_survey,
}
