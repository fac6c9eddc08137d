# Source of notebooks/{zh,en}/04_journey.ipynb — build with: python tools/nbbuild.py 04_journey
CELLS = [
    md(
        zh="""
        # 模块 4 · 客户旅程与关键时刻：客户一路走来，哪几步决定了成败？

        **学习目标**（约 150 分钟，含 40 分钟小组练习）

        1. 说清楚体验经济（Pine & Gilmore）和服务场景（Bitner）对旅程分析意味着什么；
        2. 用六个阶段——认知、考虑、购买、使用、售后、忠诚——和每个阶段里的触点，画出一张客户旅程图；
        3. 读出情绪曲线的峰值、谷底和终点，知道峰终定律能说明什么、不能说明什么；
        4. 讲清楚卡尔森的“关键时刻”，并用问卷数据（推导重要性、重要性—表现矩阵、优先级 = 重要性 × 差距 × 到达率）找出关键时刻；
        5. 按写明的规则区分痛点和痒点，用服务蓝图找到痛点背后的后台原因，用体验损害模型给痛点标价；
        6. 检查全渠道体验是否一致，并用 SWOT 和冰山模型为自己企业的旅程制定服务策略（小组练习）。
        """,
        en="""
        # Module 4 · Customer journeys and moments of truth: which steps decide the outcome?

        **Objectives** (about 150 minutes, including a 40-minute group activity)

        1. Say what the experience economy (Pine & Gilmore) and the servicescape (Bitner) mean for journey analysis;
        2. Draw a customer journey map with six stages — awareness, consideration, purchase, use, after-sales,
           loyalty — and the touchpoints in each;
        3. Read the peak, the trough and the end of the emotion curve, and know what the peak–end rule does and does
           not tell you;
        4. Explain Carlzon's "moments of truth" and find them in survey data (derived importance, the
           importance–performance grid, priority = importance × gap × reach);
        5. Tell pain points from itch points by written rules, trace a pain point to its back-office cause with a
           service blueprint, and price it with the experience damage model;
        6. Check whether the experience is consistent across channels, and use SWOT and the iceberg model to plan the
           service strategy of your own company's journey (group activity).
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use("projector")
        from cxlab import journey, datasets, damage
        from cxlab.widgets.journey import JourneyExplorer, JourneyBuilder, table
        t = cxlab.t
        """
    ),
    md(
        zh="""
        ## 1. 为什么要看整段旅程

        **体验经济。** Pine 和 Gilmore（1998）把经济价值的演进概括为四步：初级产品 → 商品 → 服务 → 体验。
        咖啡豆按斤卖，磨好包装后卖得更贵，在咖啡馆里端给你又贵一截，而在一个让人愿意多坐一会儿的地方喝上一杯，
        价格还能再上一个台阶。客户买的不再只是功能，而是一段让人记得住的经历。经历是有先后的：所以我们要看的是整段旅程，
        而不是某一个环节的满意度。

        **服务场景（servicescape）。** Bitner（1992）指出，服务发生的物理环境——布局、氛围、标识、设施——会同时影响客户和员工
        的感受与行为。门店的动线、乐园排队区的遮阳棚、师傅上门时穿不穿鞋套，都是旅程的一部分。画旅程图时，要把这些
        “环境”也当作触点来看。

        **旅程分析**就是把客户和企业之间所有的接触点串起来，系统地看客户在每一步的需要、期望、情绪和行为，
        找出痛点和痒点，再决定先改哪里。
        """,
        en="""
        ## 1. Why look at the whole journey

        **The experience economy.** Pine and Gilmore (1998) describe economic value climbing four steps: commodities
        → goods → services → experiences. Coffee beans sold by the kilo are cheap; ground and packed they cost more;
        served in a café, more again; and a cup in a place where people want to stay sells higher still. Customers
        buy not just a function but an experience they remember — and an experience unfolds in order. That is why we
        look at the whole journey, not at the satisfaction score of one step.

        **The servicescape.** Bitner (1992) showed that the physical setting of a service — layout, ambience, signs,
        facilities — shapes how both customers and staff feel and behave. The route through a store, the shade over
        a theme-park queue, whether the technician puts on shoe covers: all part of the journey. When you map a
        journey, treat these surroundings as touchpoints too.

        **Journey analysis** links every point where customer and company meet and looks, step by step, at what the
        customer needs, expects, feels and does — to find the pain points and itch points and decide what to fix
        first.
        """,
    ),
    md(
        zh="""
        ## 2. 六个阶段和触点

        旅程分为六个阶段，每个阶段里有若干**触点**——客户和企业打交道的任何一刻：

        | 阶段 | 客户在做什么 | 典型触点 |
        |---|---|---|
        | 认知 | 第一次听说品牌或产品 | 广告、亲友推荐、社交媒体 |
        | 考虑 | 了解、比较、判断值不值 | 网上评价、门店体验、官网 |
        | 购买 | 选渠道、下单、付款、收货 | 下单页面、送货、安装 |
        | 使用 | 用产品或享受服务 | 初次使用、App、说明书 |
        | 售后 | 遇到问题后寻求支持 | 报修热线、上门维修、退换货 |
        | 忠诚 | 决定是否再买、是否推荐 | 回访、会员权益、以旧换新 |

        每个触点还有几项属性：**渠道**（线上还是线下）、**负责部门**（出了问题找谁），以及**到达率**——经过这个触点的客户占多少。
        售后触点的到达率往往不高（只有出了问题的客户才会经过），但它们对整体评价的分量可能很重。

        下面是一家家电企业的旅程：从第一条广告到以旧换新的每一个触点。
        """,
        en="""
        ## 2. Six stages and their touchpoints

        The journey has six stages, each with its **touchpoints** — any moment where the customer meets the company:

        | Stage | What the customer does | Typical touchpoints |
        |---|---|---|
        | Awareness | First hears of the brand or product | ads, friends' advice, social media |
        | Consideration | Finds out, compares, decides whether it is worth it | online reviews, showroom, website |
        | Purchase | Chooses a channel, orders, pays, receives | order page, delivery, installation |
        | Use | Uses the product or the service | first use, the app, the manual |
        | After-sales | Looks for help when something goes wrong | repair hotline, technician visit, returns |
        | Loyalty | Decides whether to buy again and to recommend | follow-up call, membership, trade-in |

        Each touchpoint has a few attributes: its **channel** (online or offline), its **owner** (whom to call when it
        goes wrong) and its **reach** — the share of customers who pass it. After-sales touchpoints usually have a
        low reach (only customers with a problem pass them), yet they can weigh heavily in the overall judgement.

        Here is a home-appliance maker's journey: every touchpoint from the first advertisement to the trade-in offer.
        """,
    ),
    code(
        """
        appliance = journey.touchpoints(datasets.load("journey_appliance"))
        table(appliance, ["stage", "channel", "mode", "owner", "reach", "csat", "emotion"])
        """
    ),
    md(
        zh="""
        表中的“—”表示这个触点没有做满意度调查：广告、亲友推荐这类触点，客户往往记不清、也不会为它打分，只能从访谈里了解情绪。

        ## 3. 画出旅程图

        旅程图把阶段排成列，触点放在各自的阶段下面，再把客户在每个触点的**情绪**（−5 很负面到 +5 很正面，来自客户日记访谈）
        连成一条曲线。一眼就能看到：客户在哪里开心，在哪里失望。
        """,
        en="""
        A "—" in the table means the touchpoint has no satisfaction survey: customers rarely remember an advert or a
        friend's advice well enough to rate it, so only the diary interviews tell how they felt there.

        ## 3. Drawing the map

        The map puts the stages in columns, the touchpoints under their stage, and joins the customer's **emotion** at
        each touchpoint (−5 very negative to +5 very positive, from diary interviews) into a curve. One look shows
        where customers are happy and where they are let down.
        """,
    ),
    code(
        """
        journey.plot_journey_map(appliance);
        """
    ),
    md(
        zh="""
        ## 4. 峰值、谷底和终点

        曲线上有三个点特别值得看：**峰值**（最开心的一刻）、**谷底**（最糟的一刻）和**终点**（旅程结束时的感受）。
        """,
        en="""
        ## 4. Peak, trough and end

        Three points of the curve deserve a close look: the **peak** (the best moment), the **trough** (the worst) and the
        **end** (how the journey leaves the customer).
        """,
    ),
    code(
        """
        curve = journey.emotion_curve(appliance)
        names = dict(zip(appliance["touchpoint"], journey.touchpoint_names(appliance)))
        print(t("journey_course.print.curve", peak=names[curve.peak["touchpoint"]], peak_value=f"{curve.peak['value']:+.1f}",
                trough=names[curve.trough["touchpoint"]], trough_value=f"{curve.trough['value']:+.1f}",
                end=names[curve.end["touchpoint"]], end_value=f"{curve.end['value']:+.1f}"))
        print(t("journey_course.print.peak_end", intense=f"{curve.intense['value']:+.1f}", end=f"{curve.end['value']:+.1f}",
                peak_end=f"{curve.peak_end:+.2f}", mean=f"{curve.mean:+.2f}"))
        """,
        expect={
            "zh": """
            峰值：初次使用 +3.6 · 谷底：师傅上门维修 -3.8 · 终点：以旧换新 +1.2
            峰终值 =（最强烈时刻 -3.8 + 终点 +1.2）/ 2 = -1.30；简单平均 +0.41
            """,
            "en": """
            Peak: First use +3.6 · trough: Technician visit -3.8 · end: Trade-in offer +1.2
            Peak–end = (most intense -3.8 + end +1.2) / 2 = -1.30; plain average +0.41
            """,
        },
    ),
    md(
        zh="""
        **峰终定律**（Kahneman 等，1993；Redelmeier & Kahneman，1996）：人们事后评价一段经历时，主要记住的是**最强烈的那一刻**
        和**结束时**的感受，经历了多久、中间有多少平淡的时刻，几乎不影响记忆（“时长忽视”）。在结肠镜检查的研究里，
        检查结束前多加几分钟轻微不适、让结尾不那么痛的病人，事后反而觉得整个检查没那么难受。

        这家家电企业的曲线平均是正的，但最强烈的时刻是谷底——师傅上门没修好——所以峰终值是负的：
        客户记住的很可能是“修个洗衣机折腾了一个多星期”，而不是“洗得干净”。

        **它能说明什么**：客户事后会怎样回忆、会怎样向别人讲述这段经历；为什么一个糟糕的谷底或一个草草收场的结尾，
        抵消得掉一路的好体验；为什么值得精心设计“峰值”和“结尾”。

        **它不能说明什么**：它不预测客户一定会做什么（会不会复购还取决于价格、替代品、转换成本）；它来自实验室和医疗
        场景的研究，在商业旅程上只是一个近似；它也不意味着中间的触点不重要——每一个触点都可能成为新的谷底。
        所以我们下面还要用问卷数据去看，哪些触点真正左右着整体评价。
        """,
        en="""
        **The peak–end rule** (Kahneman et al. 1993; Redelmeier & Kahneman 1996): when people judge an experience
        afterwards, they mostly remember its **most intense moment** and **how it ended**; how long it lasted and how
        many ordinary moments it held hardly matter ("duration neglect"). In the colonoscopy study, patients whose
        procedure ended with a few extra minutes of milder discomfort later rated the whole procedure as less
        unpleasant.

        This appliance maker's curve is positive on average, yet its most intense moment is the trough — the
        technician visit that did not fix the fault — so the peak–end summary is negative: customers probably
        remember "a week of hassle to get the washing machine repaired", not "it cleans well".

        **What it tells you**: how customers will recall the journey and retell it to others; why one bad trough or a
        careless ending can outweigh a string of good moments; why peaks and endings are worth designing.

        **What it does not tell you**: it does not predict what customers will do (buying again also depends on
        price, alternatives and switching costs); it comes from laboratory and medical studies and is only an
        approximation for a business journey; and it does not make the touchpoints in between unimportant — any of
        them can become the next trough. That is why we now turn to survey data to see which touchpoints really move
        the overall judgement.
        """,
    ),
    md(
        zh="""
        ### 同一段旅程，两种客户画像：主题乐园

        旅程属于某一类客户。来源文章中的主题乐园分别为**亲子家庭**和**刺激玩家**画了旅程：排队是两者共同的低谷，
        但家庭的高峰是花车巡游和烟花，刺激玩家的高峰是明星项目。
        """,
        en="""
        ### One journey, two personas: the theme park

        A journey belongs to a kind of customer. The theme park of the source article mapped it for **families with young
        children** and for **thrill-seekers**: queues are the valley for both, but families peak at the parade and
        the fireworks, thrill-seekers on the signature ride.
        """,
    ),
    code(
        """
        park = journey.touchpoints(datasets.load("journey_theme_park"))
        personas = journey.persona_curves(park)
        labels = {p: t(f"journey_course.persona.{p}") for p in personas}
        journey.plot_emotion_curves(personas, labels=labels);
        """
    ),
    code(
        """
        park_names = dict(zip(park["touchpoint"], journey.touchpoint_names(park)))
        for persona in personas:
            day = journey.emotion_curve(park, stages=["use"], persona=persona)
            print(t("journey_course.print.visit", persona=labels[persona], whole=f"{personas[persona].peak_end:+.2f}",
                    visit=f"{day.peak_end:+.2f}", end=park_names[day.end["touchpoint"]]))
        """
    ),
    md(
        zh="""
        乐园把烟花秀放在闭园前，正是在设计**终点**：一天下来排了很多队，但最后的记忆是烟花。不过对客户来说，旅程并没有在
        烟花处结束——还有堵了一个小时的停车场。讨论：你们企业的旅程，“终点”在哪里？是你们以为的终点吗？
        """,
        en="""
        The park puts the fireworks just before closing time: it is designing the **end**. The day had many queues,
        but the last memory is the fireworks. For the visitor, though, the journey does not end at the fireworks —
        there is still an hour in the car-park queue. Discuss: where does your company's journey end? Is it where you
        think it ends?
        """,
    ),
    md(
        zh="""
        ## 5. 关键时刻（MOT）

        1980 年代初，扬·卡尔森（Jan Carlzon）接手亏损的北欧航空（SAS）。他算过一笔账：每年大约一千万名乘客，每人平均接触
        五位员工，每次约 15 秒——一年就是五千万个“关键时刻”（moments of truth）。乘客对 SAS 的印象，就是在这些
        短短的瞬间里形成的。他的办法是把决定权交给一线员工，让他们在这些时刻当场把事情办好（Carlzon，1987）。

        来源文章里的**关键时刻（MOT）分析**，关注的正是旅程中的转折点：客户体验从这里走向高峰或跌入低谷。
        但哪些时刻才算“关键”？靠感觉，每个部门都会说自己负责的触点最关键。下面用数据来回答。
        """,
        en="""
        ## 5. Moments of truth

        In the early 1980s Jan Carlzon took over a loss-making Scandinavian Airlines (SAS). He reckoned that about ten
        million passengers a year each met about five employees, for some 15 seconds each time: fifty million
        "moments of truth" a year. Passengers formed their view of SAS in those brief moments. His answer was to give
        front-line staff the authority to put things right on the spot (Carlzon 1987).

        The source article's **MOT analysis** looks at exactly these turning points of the journey, where the experience
        climbs to a peak or falls into a valley. But which moments count? Ask around and every department will say
        its own touchpoints matter most. Data can answer instead.
        """,
    ),
    md(
        zh="""
        ## 6. 用数据找关键时刻

        直接问客户“这一项对你有多重要”，几乎每一项都会得到高分。更可靠的办法是**推导重要性**：不问，而是看每个触点的得分
        和客户的整体评价一起变化得有多紧密。

        这家企业调查了过去两年买过家电、并用过售后服务的客户：每个触点打 1～5 分，外加整体满意度、
        净推荐值（NPS）的推荐意愿和复购意愿。
        """,
        en="""
        ## 6. Finding the moments of truth in data

        Ask customers "how important is this to you?" and nearly everything scores high. A sounder way is **derived
        importance**: instead of asking, see how closely each touchpoint's score moves with the customer's overall
        judgement.

        The company surveyed customers who bought an appliance in the past two years and used after-sales
        service: a 1–5 score for each touchpoint, plus overall satisfaction, the NPS recommend question and
        repurchase intention.
        """,
    ),
    code(
        """
        survey = datasets.load("journey_appliance_survey")
        datasets.describe("journey_appliance_survey")
        """
    ),
    md(
        zh="""
        `journey.moments_of_truth` 做四件事：

        1. **推导重要性**：先看每个触点得分和整体满意度的相关系数；但触点之间本身也相关（对售后不满的客户，往往对回访也不满），
           所以再用 **Johnson 相对权重**（Johnson，2000）把回归的解释力 R² 分给各个触点——分得的份额就是“重要性”，加起来等于 100%；
        2. **表现**：每个触点的平均分；**差距** = 满分 5 − 平均分；
        3. **重要性—表现矩阵**（Martilla & James，1977）：按平均重要性和平均分把触点分进四个象限；
        4. **优先级 = 重要性 × 差距 × 到达率**：重要、做得差、经过的人多，才排在前面。到达率为 0 的触点，优先级就是 0。
        """,
        en="""
        `journey.moments_of_truth` does four things:

        1. **Derived importance**: first each touchpoint's correlation with overall satisfaction; but touchpoints also
           correlate with each other (customers unhappy with the repair are often unhappy with the follow-up call),
           so **Johnson's relative weights** (Johnson 2000) then split the regression's explained variance R² among
           the touchpoints — each one's share is its "importance", and the shares add up to 100 %;
        2. **Performance**: each touchpoint's mean score; the **gap** = the top score 5 − the mean;
        3. **The importance–performance grid** (Martilla & James 1977): the touchpoints in four quadrants, split at
           the average importance and the average score;
        4. **Priority = importance × gap × reach**: what matters, is done poorly and is passed by many comes first. A
           touchpoint with reach 0 has priority 0.
        """,
    ),
    code(
        """
        mot = journey.moments_of_truth(appliance, survey, "overall")
        print(t("journey_course.print.fit", outcome=t("journey_course.outcome.overall"), r2=f"{mot.r_squared:.2f}", n=mot.n))
        print(t("journey_course.print.rules"))
        for rule in mot.rules():
            print("·", rule)
        """
    ),
    code(
        """
        ranking = mot.ranking()
        table(ranking, ["stage", "importance", "performance", "gap", "reach", "priority", "rank", "quadrant", "pain", "itch"],
              names=appliance, digits=3)
        """
    ),
    code(
        """
        first = ranking.iloc[0]
        print(t("journey_course.print.first", name=names[first["touchpoint"]], importance=f"{first['importance']:.1%}",
                gap=f"{first['gap']:.2f}", reach=f"{first['reach']:.0%}", priority=f"{first['priority']:.3f}"))
        """,
        expect={
            "zh": "第一优先：师傅上门维修 = 重要性 27.6% × 差距 2.47 × 到达率 22% = 0.150",
            "en": "First priority: Technician visit = importance 27.6% × gap 2.47 × reach 22% = 0.150",
        },
    ),
    trainer(
        zh="""
        **手算核对（约 5 分钟）**：师傅上门维修的重要性是 27.6%，平均分 2.53，差距 5 − 2.53 = 2.47，到达率 22%：
        0.276 × 2.47 × 0.22 ≈ 0.150。请学员再算一下送货：重要性只有 8% 左右，但差距约 1.4、到达率 100%，所以排到了第二。
        讨论：只看重要性会漏掉什么？只看平均分呢？
        """,
        en="""
        **Check by hand (about 5 minutes)**: the technician visit has importance 27.6 %, mean score 2.53, gap
        5 − 2.53 = 2.47 and reach 22 %: 0.276 × 2.47 × 0.22 ≈ 0.150. Let learners work out delivery too: importance only
        about 8 %, but a gap of about 1.4 and reach 100 % put it second. Discuss: what would you miss by looking only at
        importance? Only at the scores?
        """,
    ),
    code(
        """
        journey.plot_ipa(mot, outcome_label=t("journey_course.outcome.overall"));
        """
    ),
    code(
        """
        journey.plot_priority(mot);
        """
    ),
    md(
        zh="""
        **怎么读这两张图。** 右下角“重点改进”象限里的触点重要而表现差——这就是痛点。右上角“继续保持”是做得好的关键时刻
        （初次使用）：别为了省钱把它做坏。左上角“可能过度”的触点表现不错但对整体评价影响小，投入可以适当收一收。
        帕累托图告诉我们：排在前面的几个触点占了大部分的改进空间。
        """,
        en="""
        **Reading the two charts.** Touchpoints in the lower-right "concentrate here" quadrant matter and are done
        poorly: these are the pain points. Upper right, "keep up the good work", holds a moment of truth done well
        (first use): do not save money on it. Upper left, "possible overkill", performs well but hardly moves the
        overall judgement: spending there can be trimmed. The Pareto chart shows that the first few touchpoints hold
        most of the room for improvement.
        """,
    ),
    md(
        zh="""
        ## 7. 痛点和痒点

        - **痛点**：客户在乎、我们却做得不好的地方。规则：是关键时刻（重要性不低于平均），且平均分低于各触点的平均分。
          在 KANO 模型里，这多半是做不到就会引起强烈不满的**必备需求**。
        - **痒点**：客户现在还没把它当回事（不是关键时刻），但如果做到了，很多客户会感到惊喜。规则：不是关键时刻，且表示改进后会感到惊喜的客户
          不少于设定的比例（默认值见上面打印的规则；“惊喜潜力”一列可以来自 KANO 问卷里“魅力需求”的比例）。这对应 KANO 的**魅力需求**。

        痛点要先止血，痒点是差异化的机会。
        """,
        en="""
        - **Pain points**: what customers care about and we do poorly. Rule: a moment of truth (importance at least the
          average) whose mean score is below the average of the touchpoints. In KANO terms these are mostly
          **must-be** needs: strongly dissatisfying when they fail.
        - **Itch points**: what customers do not yet judge us by (not a moment of truth), but would delight many if we
          did it. Rule: not a moment of truth, and the share of customers who say an improvement would delight them
          reaches a set threshold (its default is in the rules printed above; the "delight potential" column can
          be, for instance, the share of "attractive" answers in a KANO survey). These
          are KANO's **attractive** needs.

        Pain points need first aid; itch points are the chance to stand out.
        """,
    ),
    code(
        """
        flags = mot.table
        joiner = t("journey_course.print.joiner")
        print(t("journey_course.print.flags", pain=joiner.join(names[v] for v in flags.loc[flags["pain"], "touchpoint"]),
                itch=joiner.join(names[v] for v in flags.loc[flags["itch"], "touchpoint"])))
        journey.plot_journey_map(appliance, mot, show_verbatims=True);
        """
    ),
    md(
        zh="""
        **冰山模型：潜在需求在水面下。** 客户说出口的需求只是冰山露出水面的一角；水面下是没说出口、甚至自己都没意识到的
        需求。痒点往往就藏在水面下：没有客户会要求“洗衣机洗完了提醒我”，但看看客户原话——“要是能提醒我衣服洗好了就好了”——
        需求其实一直都在。挖掘水面下的需求，靠的是客户原话、观察和 KANO 问卷，而不是直接问“你需要什么”。
        """,
        en="""
        **The iceberg model: latent needs lie below the surface.** The needs customers state are the tip of the
        iceberg; below the water are the needs they do not mention or are not even aware of. Itch points often hide
        there: no customer asks for "a washing machine that tells me when it is done", yet look at the verbatim — "I
        wish it told me when the wash is done" — the need was there all along. Latent needs are found through
        verbatims, observation and KANO surveys, not by asking "what do you need?".
        """,
    ),
    md(
        zh="""
        ## 8. 服务蓝图：痛点的根源在后台

        客户只看得到前台。服务蓝图（Shostack，1984；Bitner、Ostrom & Morgan，2008）把每个触点拆成四条泳道：客户行为、
        前台（客户看得见的员工行为）、后台（客户看不见的员工行为）和支持流程，中间用**互动线**、**可视线**和**内部互动线**隔开。
        红框标出了触点出问题的那一步：师傅上门修不好，问题不在师傅，而在派单时没确认配件、配件库存分散；
        维修收费惹人不满，根源是没有统一的价目表。
        """,
        en="""
        ## 8. The service blueprint: pain points have back-office causes

        Customers only see the front stage. A service blueprint (Shostack 1984; Bitner, Ostrom & Morgan 2008) splits
        each touchpoint into four lanes — customer actions, front stage (what staff do in view), back stage (what
        staff do out of view) and support processes — separated by the **line of interaction**, the **line of
        visibility** and the **line of internal interaction**. The red outlines mark the step where each touchpoint
        breaks: the failed technician visit is not the technician's fault but the job sent without checking the
        part and spare parts scattered across depots; the repair charges annoy because there is no common price list.
        """,
    ),
    code(
        """
        steps = journey.blueprint(appliance, datasets.load("journey_appliance_blueprint"))
        journey.plot_blueprint(steps, mot, appliance);
        """
    ),
    md(
        zh="""
        ## 9. 给痛点标价：体验损害模型

        改进要花钱，所以要先知道痛点值多少钱。`journey.to_damage` 把旅程交给第 05 节的体验损害模型
        （`damage.touchpoint_damage`）：经过人数 = 客户数 × 到达率，遇到问题的人 = 经过人数 × 问题发生率，流失 = 遇到问题的人 ×
        出问题后流失比例，面临流失风险的收入 = 流失 × 每位客户的价值。这里假设每年 200,000 位新客户，每位客户的价值 3,000 元。
        """,
        en="""
        ## 9. Pricing the pain points with the damage model

        Improvements cost money, so first find out what the pain points cost. `journey.to_damage` hands the journey
        to the experience damage model of module 05 (`damage.touchpoint_damage`): customers passing = customers ×
        reach, affected = passing × problem rate, lost = affected × the share lost after a problem, revenue at risk =
        lost × value per customer. We assume 200,000 new customers a year, each worth 3,000.
        """,
    ),
    code(
        """
        priced = journey.to_damage(appliance, customers=200_000, value_per_customer=3_000)
        row = priced.iloc[0]
        source = appliance.set_index("touchpoint").loc[row["touchpoint"]]
        print(t("journey_course.print.damage", name=names[row["touchpoint"]], customers=f"{200_000:,}",
                reach=f"{source['reach']:.0%}", passing=f"{row['reach']:,.0f}", problem=f"{row['problem_rate']:.0%}",
                affected=f"{row['customers_affected']:,.0f}", drop=f"{row['loyalty_drop']:.0%}",
                lost=f"{row['customers_lost']:,.0f}", value=f"{3_000:,}", revenue=f"{row['revenue_at_risk']:,.0f}"))
        """,
        expect={
            "zh": "师傅上门维修：200,000 位客户 × 到达率 22% = 44,000 人经过；× 问题发生率 40% = 17,600 人遇到问题；× 流失比例 45% = 流失 7,920 人；× 3,000 = 面临流失风险的收入 23,760,000",
            "en": "Technician visit: 200,000 customers × reach 22% = 44,000 pass; × problem rate 40% = 17,600 affected; × loyalty drop 45% = 7,920 lost; × 3,000 = 23,760,000 at risk",
        },
    ),
    code(
        """
        shown = priced.assign(touchpoint=priced["touchpoint"].map(names))
        damage.plot_pareto(shown);
        """
    ),
    md(
        zh="""
        损害模型和优先级讲的是同一个故事的两面：优先级告诉我们哪里最影响客户的评价，损害模型把它换算成流失的客户和收入。
        两者都把师傅上门维修排在第一位；送货虽然出问题的比例不高，但人人都要经过，所以损失也不小。
        """,
        en="""
        The damage model and the priority tell two sides of one story: priority says where customers' judgement is
        hurt most, the damage model turns it into customers and revenue lost. Both put the technician visit first;
        delivery goes wrong less often, but everybody passes it, so its cost is not small either.
        """,
    ),
    md(
        zh="""
        ## 10. 全渠道一致性

        客户不会区分“线上部门”和“线下部门”：无论在网上还是门店买的，他期待的是同一个品牌、同一种体验。
        把问卷按购买渠道分开，看每个触点在两个渠道的平均分差多少。
        """,
        en="""
        ## 10. Omnichannel consistency

        Customers do not see an "online department" and a "store department": whether they bought online or in a
        store, they expect one brand and one experience. Split the survey by purchase channel and compare each
        touchpoint's mean score between the two.
        """,
    ),
    code(
        """
        consistency = journey.channel_consistency(survey, "bought", appliance)
        worst = consistency.index[0]
        print(t("journey_course.print.spread", name=names[worst], online=f"{consistency.loc[worst, 'online']:.2f}",
                store=f"{consistency.loc[worst, 'store']:.2f}"))
        (consistency.rename(index=names).rename_axis(t("journey_course.col.touchpoint"))
         .rename(columns=lambda c: t(f"journey_course.col.{c}")).round(2))
        """
    ),
    md(
        zh="""
        线上买的客户给送货和安装的分明显更低：网店订单由第三方物流送货，安装师傅事先也看不到订单信息。
        全渠道一致性不是把每个渠道做得一模一样，而是让客户在任何一个渠道都得到同样水准的体验，并且信息在渠道之间是通的。
        这也是来源文章提到的趋势之一，另外两个是数字化（用数据和人工智能读懂客户）和情感化体验。
        """,
        en="""
        Customers who bought online score delivery and installation clearly lower: web orders go out with a
        third-party carrier and the fitter cannot see the order beforehand. Omnichannel consistency does not mean
        making every channel identical, but giving customers the same standard of experience in any channel, with
        information flowing between channels. It is one of the trends the source article names, next to digitalisation
        (reading customers with data and AI) and emotional experience.
        """,
    ),
    md(
        zh="""
        ## 11. 动手试一试

        选一个案例，筛选渠道或客户画像，再挑一个触点、调高或调低它的评分和问题发生率，看情绪曲线、关键时刻排名和面临流失风险的收入
        怎么变化。试试看：把师傅上门维修的评分提高 2 分，第一优先会变成谁？
        """,
        en="""
        ## 11. Try it yourself

        Pick a case, filter by channel or persona, then choose a touchpoint and raise or lower its score and its
        problem rate: watch the emotion curve, the moments-of-truth ranking and the revenue at risk move. Try this:
        raise the technician visit's score by 2 points — which touchpoint becomes the first priority?
        """,
    ),
    code(
        """
        JourneyExplorer("appliance")
        """
    ),
    md(
        zh="""
        ## 12. 小组练习：画出你们企业的客户旅程（约 40 分钟）

        每组选一家组员熟悉的企业（可以是自己的公司），用下面的旅程编辑器或模板文件（`cxlab practice` 会把
        `04_journey_template.csv` 复制到你的工作区，用 Excel 打开填写后可以读回来）：

        1. **画旅程**（15 分钟）：六个阶段，每个阶段至少一个触点；给每个触点估一个到达率和情绪分，写一句客户原话；
        2. **找时刻**（10 分钟）：标出峰值、谷底和终点；哪些是关键时刻？哪个是最大的痛点，哪个是痒点？
        3. **定策略**（10 分钟）：用下面两个框架，为最大的痛点和最好的痒点各写一条改进措施，并写明负责部门；
        4. **汇报**（每组 2 分钟）：投影你们的旅程图。

        **SWOT（服务战略）**——围绕这段旅程：

        | | 有利 | 不利 |
        |---|---|---|
        | **内部** | 优势（S）：我们做得好的关键时刻 | 劣势（W）：我们的痛点 |
        | **外部** | 机会（O）：还没人满足的痒点、新渠道 | 威胁（T）：竞争对手在哪些触点做得更好 |

        **冰山模型（潜在需求）**——对最大的痛点和痒点各问一次：水面上，客户说了什么？水面下，他真正想要的是什么？
        """,
        en="""
        ## 12. Group activity: map your own company's journey (about 40 minutes)

        Each table picks a company its members know well (it can be your own), and uses the journey builder below or
        the template file (`cxlab practice` copies `04_journey_template.csv` into your workspace; fill it in with
        Excel and read it back):

        1. **Map** (15 minutes): six stages, at least one touchpoint each; estimate each touchpoint's reach and
           emotion and write one customer verbatim;
        2. **Find the moments** (10 minutes): mark the peak, the trough and the end; which are moments of truth? Which
           is the biggest pain point, which an itch point?
        3. **Plan** (10 minutes): with the two frames below, write one improvement for the biggest pain point and one
           for the best itch point, each with its owner;
        4. **Report** (2 minutes per table): project your map.

        **SWOT (service strategy)** — about this journey:

        | | Helpful | Harmful |
        |---|---|---|
        | **Internal** | Strengths: the moments of truth we do well | Weaknesses: our pain points |
        | **External** | Opportunities: itch points nobody meets yet, new channels | Threats: touchpoints where rivals do better |

        **The iceberg (latent needs)** — ask once for the biggest pain point and once for the best itch point: above
        the water, what do customers say? Below it, what do they really want?
        """,
    ),
    code(
        """
        builder = JourneyBuilder()
        builder
        """
    ),
    code(
        """
        # After filling in the template with Excel / 用 Excel 填好模板后：
        # ours = journey.read_journey("04_journey_template.csv")
        # journey.plot_journey_map(ours);
        """
    ),
    md(
        zh="""
        ## 要点回顾

        - 旅程分为认知、考虑、购买、使用、售后、忠诚六个阶段；每个触点都有渠道、负责部门和到达率。
        - 情绪曲线的峰值、谷底和终点决定了客户记住什么（峰终定律）；它解释记忆，不直接预测行为。
        - 关键时刻是决定客户整体评价的触点；用推导重要性（相关系数 + Johnson 相对权重）从问卷数据里找，而不是凭感觉。
        - 优先级 = 重要性 × 差距 × 到达率；痛点 = 重要而做得差，痒点 = 现在不重要但改进后会让人惊喜。
        - 服务蓝图把痛点追到后台的原因；体验损害模型把痛点换算成流失的客户和收入。
        - 全渠道一致性：客户在任何渠道都应得到同样水准的体验。
        """,
        en="""
        ## Key points

        - The journey has six stages: awareness, consideration, purchase, use, after-sales, loyalty; every touchpoint
          has a channel, an owner and a reach.
        - The peak, the trough and the end of the emotion curve decide what customers remember (peak–end rule); it
          explains memory, it does not directly predict behaviour.
        - Moments of truth are the touchpoints that decide the overall judgement; find them in survey data with
          derived importance (correlation + Johnson's relative weights), not by feel.
        - Priority = importance × gap × reach; pain point = important and done poorly, itch point = not important
          yet but delightful when improved.
        - A service blueprint traces a pain point to its back-office cause; the damage model prices it in customers
          and revenue.
        - Omnichannel consistency: the same standard of experience in every channel.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 04_journey}}

        **提醒**

        - 推导重要性需要足够多的受访者（一般每个触点至少 10～20 份完整答卷）；触点之间高度相关时，相对权重比回归系数稳健，但仍要看样本量。
        - 小组练习里的数字是估计值，目的是把讨论落到具体触点上，不要纠缠精确度。
        - 旅程编辑器保存到学员自己的工作区；文件已存在时不会被覆盖，除非勾选“覆盖”，而且会自动留一份备份。
        """,
        en="""
        {{cxlab timing 04_journey}}

        **Reminders**

        - Derived importance needs enough respondents (as a rule at least 10–20 complete answers per touchpoint); with
          strongly correlated touchpoints relative weights are steadier than regression coefficients, but sample size
          still matters.
        - The numbers in the group activity are estimates: their job is to pin the discussion to concrete
          touchpoints; do not argue over precision.
        - The journey builder saves into the learner's own workspace; an existing file is never replaced unless
          "overwrite" is ticked, and then a backup is kept.
        """,
    ),
]
