# Source of notebooks/zh/01_pyramid.ipynb and notebooks/en/01_pyramid.ipynb (build: python tools/nbbuild.py 01_pyramid).
# md / params / code / trainer are injected by tools/nbbuild.py.

CELLS = [
    md(
        zh="""
        # 模块 1 · 客户体验金字塔：先满足，再省事，最后才是惊喜

        **开场问题**：你手上有一笔预算，只够做一件事——把迟到的快递降下来、把结账从 7 步减到 3 步，还是给生日客户送一份惊喜？
        大多数人会凭感觉选。学完这一节，你可以拿数据回答，并且说清楚为什么“先做惊喜”常常是在浪费钱。

        ## 学习目标

        学完本模块，你能够：

        1. 说出客户体验金字塔的三个层级——1.0 初级体验、2.0 轻松体验、3.0 难忘体验——并各举一个生活中的例子；
        2. 解释为什么金字塔必须自下而上建设，以及跳过底层的代价；
        3. 用企业手头已有的指标（准时率、问题发生率、费力度、等候时间、“惊喜”比例……）给每一层打分，找出最高达到的层级和下一步的重点；
        4. 用金字塔分析来源文章的案例：在线零售商的三步结账、航空公司的快速通道与延误关怀、酒店的生日升级；
        5. 把金字塔与 KANO 模型、SERVQUAL 联系起来，并把同一套方法用在内部客户（同事、合作部门）身上；
        6. 把自己公司的指标放上金字塔（小组活动）。

        **时长**：约 90 分钟。配套练习：`exercises/zh/01_pyramid.ipynb`。这是整门课的第一课：后面每个模块都会回到这座金字塔。
        """,
        en="""
        # Module 1 · The customer-experience pyramid: needs met first, then no hassle, delight last

        **Opening question**: you have budget for one thing only: cut late deliveries, shorten the checkout from 7 steps
        to 3, or surprise customers on their birthday. Most people choose by instinct. After this module you can answer
        with data, and explain why "delight first" so often wastes money.

        ## Objectives

        After this module you can:

        1. name the three levels of the customer-experience pyramid (1.0 basic experience, 2.0 effortless experience,
           3.0 memorable experience) with an everyday example of each;
        2. explain why the pyramid is built from the bottom up, and what skipping a level costs;
        3. score each level from measures a company already has (on-time rate, problem rate, effort, waiting time,
           share of "wow" moments …) and find the highest level reached and the next piece of work;
        4. use the pyramid on the cases of the source article: the online retailer's three-step checkout, the airline's
           fast lane and care during delays, the hotel's birthday upgrade;
        5. connect the pyramid with the KANO model and SERVQUAL, and use the same method for internal customers
           (colleagues and partner departments);
        6. place your own company's measures on the pyramid (group activity).

        **Time**: about 90 minutes. Exercises: `exercises/en/01_pyramid.ipynb`. This is the course's first module: every
        module after it comes back to this pyramid.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 01_pyramid}}

        开课前请先运行全部单元格（菜单“运行 → 运行全部”），确认图表中的中文显示正常。投影时可以把
        `cxlab.style.use()` 改为 `cxlab.style.use("projector")`，字号会更大。
        """,
        en="""
        {{cxlab timing 01_pyramid}}

        Run all cells before the class ("Run → Run All Cells") and check that the charts show their labels. On a
        projector, change `cxlab.style.use()` to `cxlab.style.use("projector")` for bigger text.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        import pandas as pd
        from cxlab import course, damage, datasets, kano, pyramid, servqual
        t = cxlab.t
        """
    ),
    md(
        zh="""
        ## 1. 三个层级

        客户体验金字塔把体验分成三层，每一层回答一个问题：
        """,
        en="""
        ## 1. The three levels

        The pyramid sorts experience into three levels, each answering one question:
        """,
    ),
    code(
        """
        for level in pyramid.LEVELS:
            code = pyramid.LEVEL_CODES[level]
            print(pyramid.level_name(level, full=True))
            print("   ", t(f"pyramid.level.{code}.question"))
        """
    ),
    md(
        zh="""
        | 层级 | 生活中的例子 | 做不到时客户会说 |
        |---|---|---|
        | **1.0 初级体验** | 网购的东西按承诺的日子送到，打开能用；酒店房间干净、空调正常 | “你们没兑现承诺。” |
        | **2.0 轻松体验** | 结账三步完成、不用重复填地址；客服第一次回复就解决问题 | “太折腾了。” |
        | **3.0 难忘体验** | 酒店在客人生日那天免费升级房型；服务员记得你上次的口味 | （做不到时客户不会抱怨，做到了客户会讲给别人听） |

        注意第三列：1.0 和 2.0 做不到，客户会不满；3.0 做不到，客户不会不满，只是不会记住你。
        这正是金字塔“先下后上”的道理所在。
        """,
        en="""
        | Level | Everyday example | When it fails, the customer says |
        |---|---|---|
        | **1.0 basic experience** | the parcel arrives on the promised day and works; the hotel room is clean and the air conditioning runs | "You did not keep your promise." |
        | **2.0 effortless experience** | checkout in three steps without typing the address again; the first answer from service solves the problem | "What a hassle." |
        | **3.0 memorable experience** | the hotel upgrades the guest's room on their birthday; the waiter remembers how you take your coffee | (nothing: nobody complains about a missing surprise, but those who get one tell others) |

        Look at the last column: when 1.0 or 2.0 fails, customers are unhappy; when 3.0 is missing, nobody is unhappy,
        they simply will not remember you. That is why the pyramid is built from the bottom up.
        """,
    ),
    trainer(
        zh="请学员各举一个自己作为客户时遇到的例子，贴到三层上。常见混淆：“快”既可能是 1.0（按承诺时间送到）也可能是 2.0（等得少）——关键看它是承诺的一部分，还是过程中的费力程度。",
        en="Ask each learner for an example from their own life as a customer and put it on a level. A common mix-up: \"fast\" can be 1.0 (delivered by the promised time) or 2.0 (less waiting): the question is whether it is part of the promise or part of the effort.",
    ),
    md(
        zh="""
        ## 2. 为什么要自下而上：逐层达标

        金字塔的规则只有一条：**只有下面各层都达到了，上面一层才算达到**（本工具包称之为“逐层达标”）。
        原因很朴素：快递没送到，结账再快也没用；房间空调坏了，生日升级换来的只是一间更大的、同样闷热的房间。

        这条规则也有研究支持。Dixon、Freeman 和 Toman（2010，《哈佛商业评论》“Stop trying to delight your customers”）发现，
        客户忠诚更多来自**让客户少费力**，而不是超出期待的惊喜——许多企业把钱花在塔尖，却忽略了中间那一层。

        下面用一家公司的四项指标手算一遍。请先在纸上算，再运行单元格核对：

        - 1.0：准时率 0.97（0 分线 0.80，满分线 0.98），问题发生率 0.03（0 分线 0.15，满分线 0.02）；
        - 2.0：费力度 4.8 分（0 分线 3，满分线 6）；
        - 3.0：有“惊喜时刻”的客户 24%（0 分线 0，满分线 0.30）。

        每项指标的**达成度** = (数值 − 0 分线) ÷ (满分线 − 0 分线)，截在 0 到 1 之间；一层的**得分**是该层各项达成度的平均。
        门槛：1.0 要 85%，2.0 要 70%，3.0 要 50%。
        """,
        en="""
        ## 2. Why bottom-up: gating

        The pyramid has one rule: **a level counts as reached only when every level below it is reached** (the kit calls
        this gating). The reason is plain: if the parcel never arrives, a fast checkout is worth nothing; if the air
        conditioning is broken, a birthday upgrade only buys a bigger room that is just as hot.

        Research backs the rule. Dixon, Freeman and Toman (2010, *Harvard Business Review*, "Stop trying to delight your
        customers") found that loyalty comes more from **reducing customers' effort** than from delight beyond
        expectations, and that many companies spend at the top of the pyramid while neglecting its middle.

        Work through one company's four measures by hand. Compute on paper first, then run the cell to check:

        - 1.0: on-time rate 0.97 (scores 0 at 0.80, 1 at 0.98), problem rate 0.03 (scores 0 at 0.15, 1 at 0.02);
        - 2.0: customer effort score 4.8 (scores 0 at 3, 1 at 6);
        - 3.0: customers with a "wow" moment 24 % (scores 0 at 0, 1 at 0.30).

        A measure's **attainment** = (value - scores-0 value) / (scores-1 value - scores-0 value), clipped to 0..1; a
        level's **score** is the mean attainment of its measures. Thresholds: 1.0 needs 85 %, 2.0 70 %, 3.0 50 %.
        """,
    ),
    code(
        """
        example = pyramid.assess({"on_time_rate": 0.97, "problem_rate": 0.03, "ces": 4.8, "wow_share": 0.24})
        for level, row in example.levels.iterrows():
            print(t("pyramid_course.print.level_line", level=level, name=pyramid.level_name(level),
                    score=f"{row['score']:.0%}", threshold=f"{row['threshold']:.0%}",
                    status=t(f"pyramid.status.{row['status']}")))
        """,
        expect={
            "zh": """
            1.0 初级体验：得分 93%，门槛 85% → 已达到
            2.0 轻松体验：得分 60%，门槛 70% → 未达到
            3.0 难忘体验：得分 80%，门槛 50% → 过线了，但被下层卡住
            """,
            "en": """
            1.0 basic experience: score 93%, threshold 85% → reached
            2.0 effortless experience: score 60%, threshold 70% → not reached
            3.0 memorable experience: score 80%, threshold 50% → over the bar, blocked below
            """,
        },
    ),
    trainer(
        zh="""
        **手算核对（约 5 分钟）**

        - 准时率：(0.97 − 0.80) ÷ (0.98 − 0.80) = 0.17 ÷ 0.18 = 0.944；问题发生率：(0.03 − 0.15) ÷ (0.02 − 0.15) = 0.12 ÷ 0.13 = 0.923；
          1.0 得分 = (0.944 + 0.923) ÷ 2 = **0.934**，过了 85%。
        - 费力度：(4.8 − 3) ÷ (6 − 3) = **0.600**，没到 70%。
        - 惊喜：0.24 ÷ 0.30 = **0.800**，过了 50%——但 2.0 没达到，所以 3.0 **不算数**。

        问学员：这家公司如果再花钱做惊喜，会怎样？（3.0 的分数更高，但最高层级仍是 1.0。）
        """,
        en="""
        **Checking by hand (about 5 minutes)**

        - On time: (0.97 - 0.80) / (0.98 - 0.80) = 0.17 / 0.18 = 0.944; problems: (0.03 - 0.15) / (0.02 - 0.15) =
          0.12 / 0.13 = 0.923; 1.0 score = (0.944 + 0.923) / 2 = **0.934**, over 85 %.
        - Effort: (4.8 - 3) / (6 - 3) = **0.600**, under 70 %.
        - Wow: 0.24 / 0.30 = **0.800**, over 50 %, but 2.0 is not reached, so 3.0 **does not count**.

        Ask the class: what happens if this company spends more on delight? (3.0's score rises, the highest level stays
        1.0.)
        """,
    ),
    md(
        zh="模型给出的结论，和画出来的金字塔：",
        en="The model's verdict, and the pyramid drawn:",
    ),
    code(
        """
        print(example.verdict())
        ax = pyramid.plot_pyramid(example)
        """
    ),
    md(
        zh="""
        ## 3. 怎样给每一层打分

        企业很少专门为金字塔做调查，但手头往往已经有不少指标。本工具包认得下面这些，并为每一项建议了 0 分线和满分线。
        这些线是**本工具包的教学约定**，不是行业标准：请按你们行业的实际水平调整（`assess(..., goalposts=...)`），
        门槛也可以改（`thresholds=...`），只要底层的门槛不低于上层。
        """,
        en="""
        ## 3. How a level is scored

        Companies rarely survey for the pyramid, but they usually have plenty of measures already. The kit knows the ones
        below and suggests for each the value scoring 0 and the value scoring 1. These goalposts are **the kit's teaching
        convention**, not an industry standard: set them to your industry's reality (`assess(..., goalposts=...)`), and
        change the thresholds too (`thresholds=...`), as long as no level's threshold is above the one below it.
        """,
    ),
    code("pyramid.goalposts_table()"),
    trainer(
        zh="可以讨论：为什么底层的门槛最严？（基础需求错一次就伤害客户；而惊喜只要有一部分客户感受到，就已经在起作用。）打分方法是把指标按 0 分线、满分线换算到 0～1，再取平均，与联合国人类发展指数、OECD 综合指标手册的做法相同。",
        en="Discuss: why is the base's threshold the strictest? (A basic need that fails once hurts the customer; delight already works when part of the customers feel it.) The scoring puts each measure on 0..1 between two goalposts and averages, as the UN Human Development Index and the OECD handbook on composite indicators do.",
    ),
    md(
        zh="""
        ## 4. 案例一：在线零售商的三步结账

        来源文章里的在线零售平台发现，客户在结账环节经常遇到困难。平台把结账减少到三步，并为老客户增加了一键购买。
        我们有改进前后各 8 周的结账记录（每行一次结账）。先把记录换算成指标：
        """,
        en="""
        ## 4. Case 1: the online retailer's three-step checkout

        The source article's online retailer found that customers struggled at checkout. It cut the checkout to three steps
        and added one-click purchase for returning customers. We have eight weeks of checkout records before the change
        and eight after (one row per checkout). First, turn the records into measures:
        """,
    ),
    code(
        """
        checkout = datasets.load("pyramid_retailer_checkout")
        retailer = pyramid.measures_from(checkout, by="period")
        pyramid.measures_table(retailer).rename(index=lambda period: t(f"pyramid.plot.{period}"))
        """
    ),
    code(
        """
        before, after = pyramid.assess(retailer.loc["before"]), pyramid.assess(retailer.loc["after"])
        axes = pyramid.plot_before_after(before, after)
        """
    ),
    code(
        """
        print(after.verdict())
        periods = damage.rate_by_group(checkout, "period", "abandoned", means="repurchased_90d")
        print(t("pyramid_course.print.repurchase", before=f"{periods.loc['before', 'repurchased_90d']:.0%}",
                after=f"{periods.loc['after', 'repurchased_90d']:.0%}"))
        """
    ),
    md(
        zh="""
        读图：1.0 改进前后都稳（准时、少出错），变化全部发生在 2.0——步骤少了，放弃结账的少了，客户觉得更省力，
        于是这一层从“未达到”变成“已达到”。客户再来买的比例也随之上升。

        这个上升值多少钱？**模块 6（体验回报模型）**会把回购率换算成客户终身价值。3.0 仍未达到：这家零售商下一步才轮到惊喜。
        """,
        en="""
        Reading the chart: 1.0 holds before and after (on time, few mistakes); all the change is at 2.0: fewer steps, fewer
        abandoned checkouts, less effort, and the level goes from not reached to reached. The share of customers buying
        again rises with it.

        What is that rise worth? **Module 6 (experience return model)** turns repurchase into customer lifetime value.
        3.0 is still not reached: only now is it this retailer's turn for delight.
        """,
    ),
    md(
        zh="""
        ## 5. 案例二：航空公司的快速通道与延误关怀

        来源文章里的航空公司为常旅客开设了值机快速通道，并在航班延误时主动提供餐食和休息区。
        我们按旅客类型和当天情况（正常 / 延误超过 2 小时）分开来看：
        """,
        en="""
        ## 5. Case 2: the airline's fast lane and care during delays

        The source article's airline opened a check-in fast lane for frequent flyers and offers meals and its lounge when
        flights are delayed. We look at passengers by segment and by day type (normal / delayed more than two hours):
        """,
    ),
    code(
        """
        flights = pyramid.measures_from(datasets.load("pyramid_airline"), by=["segment", "day_type"])
        airline = {(t(f"pyramid_course.segment.{s}"), t(f"pyramid_course.day_type.{d}")): pyramid.assess(flights.loc[(s, d)])
                   for s, d in flights.index}
        pyramid.compare_table(airline)
        """
    ),
    md(
        zh="""
        三点观察：

        1. **正常日**，快速通道让常旅客几乎不用排队，2.0 达到；其他旅客排队久、费力，停在 1.0。快速通道是给常旅客的 2.0。
        2. **延误日**，准点这一项为零，1.0 塌了——无论常旅客在休息区感到多么惊喜，3.0 都被卡住。关怀再好，也替代不了准点。
        3. 换个角度：延误已经发生时，旅客的“基本需求”变成了“告诉我发生了什么、照顾好我”。如果只评价延误当天的服务（去掉准点率），
           结果就不一样了——下面算给你看。常旅客有休息区、有人照顾，这正是来源文章说的“不仅满足了客户的基本需求，还创造了难忘的体验”；
           其他旅客只拿到餐券、排长队，他们的延误日服务还站不住。
        """,
        en="""
        Three observations:

        1. **On normal days** the fast lane spares frequent flyers the queue and they reach 2.0; other passengers queue
           longer, spend more effort and stop at 1.0. The fast lane is 2.0 for frequent flyers.
        2. **On delay days** the on-time measure is zero and 1.0 collapses: however delighted frequent flyers are in the
           lounge, 3.0 is blocked. Care, however good, does not replace being on time.
        3. Another angle: once the delay has happened, the passenger's basic need becomes "tell me what is going on and
           look after me". Judging only the delay-day service (leaving the on-time rate out) changes the picture, as the
           next cell shows. Frequent flyers, looked after in the lounge, get what the source article describes: basic needs
           met and a memorable experience on top. Other passengers, with a meal voucher and long queues, are not there
           yet.
        """,
    ),
    code(
        """
        delay_service = {t(f"pyramid_course.segment.{s}"): pyramid.assess(flights.loc[(s, "delayed")].drop("on_time_rate"))
                         for s in ("frequent_flyer", "other")}
        pyramid.compare_table(delay_service)
        """
    ),
    trainer(
        zh="""
        讨论题：延误时提供餐食，是惊喜还是基本要求？在欧盟，这是法定义务（欧盟第 261/2004 号条例第 9 条“照顾权”），
        中国民航的《航班正常管理规定》对航班延误时的餐食、住宿服务也有要求——对旅客来说它属于 1.0。
        同一项服务，在不同的市场、不同的年代会落在不同的层级上，这就是后面 KANO 一节要讲的“类别漂移”。
        """,
        en="""
        Discussion: are meals during a delay a delight or a basic requirement? In the EU they are a legal duty (Regulation
        (EC) No 261/2004, Article 9, "right to care"), and China's civil-aviation rules on flight punctuality also require
        meals or accommodation during delays: for passengers they are 1.0. The same service sits on different levels in
        different markets and decades; the KANO section below calls this drift.
        """,
    ),
    md(
        zh="""
        ## 6. 案例三：酒店的生日升级

        来源文章把“酒店在客人生日时免费升级房型”作为 3.0 的例子。同一连锁品牌的两家店都在做这件事：
        港湾店的基本服务稳定，车站店的客房经常出问题。同样的惊喜，放在两种地基上：
        """,
        en="""
        ## 6. Case 3: the hotel's birthday upgrade

        The source article's example of 3.0 is a hotel upgrading guests' rooms on their birthday. Two hotels of one chain
        both do it: the harbour hotel's basics hold, the station hotel's rooms often have problems. The same delight on
        two foundations:
        """,
    ),
    code(
        """
        stays = pyramid.measures_from(datasets.load("pyramid_hotel"), by=["hotel", "birthday_stay"])
        hotels = {(t(f"pyramid_course.hotel.{h}"), t(f"pyramid_course.birthday.{b}")): pyramid.assess(stays.loc[(h, b)])
                  for h, b in stays.index}
        pyramid.compare_table(hotels)
        """
    ),
    code(
        """
        station = pyramid.assess(pyramid.measures_from(datasets.load("pyramid_hotel"), by="hotel").loc["station"])
        print(station.verdict())
        """
    ),
    md(
        zh="""
        港湾店的生日客人达到了 3.0：地基稳，惊喜才被记住。车站店的生日客人 3.0 得分同样过线，却被下层卡住——
        客人记住的是吵闹和坏掉的空调。车站店的钱应该先花在 1.0 上。

        车站店的客房问题到底让它损失了多少客人、多少收入？**模块 5（体验损害模型）**专门回答这个问题。
        """,
        en="""
        The harbour hotel's birthday guests reach 3.0: on a solid base the surprise is remembered. The station hotel's
        birthday guests score over the bar at 3.0 as well, but it is blocked by the levels below: those guests remember
        the noise and the broken air conditioning. The station hotel's money belongs at 1.0 first.

        How many guests and how much revenue do the station hotel's room problems cost? **Module 5 (experience damage
        model)** answers exactly that.
        """,
    ),
    md(
        zh="""
        ## 7. 与 KANO、SERVQUAL 的联系

        **KANO 模型**把需求分成必备、期望和魅力三类，正好对应金字塔的三层（本工具包的教学对应，依据来源文章）：
        """,
        en="""
        ## 7. The links to KANO and SERVQUAL

        The **KANO model** sorts needs into must-be, one-dimensional and attractive, which line up with the pyramid's three
        levels (the kit's teaching convention, after the source article):
        """,
    ),
    code(
        """
        for letter in kano.CATEGORIES:
            level = pyramid.KANO_LEVELS.get(letter)
            place = pyramid.level_name(level, full=True) if level else t(f"pyramid.kano_action.{letter}")
            print(t("pyramid_course.print.kano_line", category=kano.category_name(letter), letter=letter, place=place))
        """
    ),
    md(
        zh="""
        用模块 2 的酒店 App 问卷试一下：每项功能按 KANO 分类后，自动落到金字塔的某一层。
        """,
        en="""
        Try it on module 2's hotel-app survey: each feature, once KANO has classified it, lands on a level of the pyramid.
        """,
    ),
    code(
        """
        from cxlab.widgets.kano import feature_names
        features = kano.classify(kano.clean(datasets.load("kano_hotel_app")).answers)
        ax = pyramid.plot_placement(pyramid.from_kano(features), names=feature_names())
        """
    ),
    md(
        zh="""
        **KANO 类别会漂移。** 今天的惊喜，明天就成了理所当然：手机开门、免费 Wi-Fi、航班延误时的餐食，都曾是魅力质量，
        后来变成期望质量，最后成为必备质量（Kano 本人称之为质量属性的生命周期；Löfgren、Witell 和 Gustafsson 2011 年在
        *The TQM Journal* 上有系统的讨论）。在金字塔上，这意味着一项功能会随时间**从塔尖往下走**——所以要定期重新调查。
        **模块 2** 会教你设计 KANO 问卷、给功能分类。

        **SERVQUAL** 用五个维度衡量服务质量：有形性、可靠性、响应性、保证性、移情性。来源文章建议按金字塔的层级制定服务标准。
        本工具包的教学对应参考了 Parasuraman、Berry 和 Zeithaml（1991）的发现——可靠性是“满足期望”的核心，
        响应性、保证性和移情性这些过程维度最能“超出期望”：
        """,
        en="""
        **KANO categories drift.** Today's delight is tomorrow's matter of course: mobile room keys, free Wi-Fi, meals during
        a flight delay were all attractive once, became one-dimensional and ended up must-be (Kano himself called this the
        life cycle of quality attributes; Löfgren, Witell and Gustafsson discuss it at length in *The TQM Journal*, 2011). On
        the pyramid a feature **moves down from the top** over time, which is why the survey must be repeated. **Module 2**
        teaches how to write a KANO questionnaire and classify features.

        **SERVQUAL** measures service quality in five dimensions: tangibles, reliability, responsiveness, assurance and
        empathy. The source article suggests setting service standards per level of the pyramid. The kit's teaching
        convention follows Parasuraman, Berry and Zeithaml (1991): reliability is the core of *meeting* expectations,
        while the process dimensions (responsiveness, assurance, empathy) are where expectations are *exceeded*:
        """,
    ),
    code(
        """
        for dimension, level in pyramid.SERVQUAL_LEVELS.items():
            print(t("pyramid_course.print.servqual_line", dimension=servqual.dimension_name(dimension),
                    place=pyramid.level_name(level, full=True)))
        """
    ),
    md(
        zh="""
        下面是一家酒店的 SERVQUAL 差距（感知 − 期望，负数表示没达到客户的期望；数字仅作示意）。放到金字塔上，
        一眼就能看出：可靠性的缺口在 1.0，先补它。**模块 3** 会教你用 22 个题项的问卷实际测出这些差距。
        """,
        en="""
        Here are one hotel's SERVQUAL gaps (perception minus expectation; negative means expectations are not met; the
        figures are an illustration). On the pyramid it is plain at once that the reliability gap sits at 1.0 and comes
        first. **Module 3** teaches how to measure these gaps with the 22-item questionnaire.
        """,
    ),
    code(
        """
        gaps = pd.DataFrame({"gap": [-0.3, -1.2, -0.6, 0.1, 0.4]},
                            index=pd.Index(list(pyramid.SERVQUAL_LEVELS), name="dimension"))
        ax = pyramid.plot_placement(pyramid.from_servqual(gaps))
        """
    ),
    md(
        zh="""
        ## 8. 内部客户：同事也是客户

        来源文章强调，金字塔同样适用于内部客户：每个为同事服务的部门，也要先满足需求，再做到省事，最后才谈得上难忘。
        IT 服务台就是一个典型的例子。下面是它一年四个季度的工单：
        """,
        en="""
        ## 8. Internal customers: colleagues are customers too

        The source article stresses that the pyramid holds for internal customers as well: every department serving
        colleagues must meet the need first, then make it effortless, and only then aim for memorable. The IT help desk is
        a typical case. Here are its tickets over the four quarters of a year:
        """,
    ),
    code(
        """
        tickets = pyramid.measures_from(datasets.load("pyramid_it_helpdesk"), by="quarter", audience="internal")
        helpdesk = {quarter: pyramid.internal(tickets.loc[quarter]) for quarter in tickets.index}
        pyramid.compare_table(helpdesk)
        """
    ),
    code(
        """
        axes = pyramid.plot_before_after(helpdesk["Q1"], helpdesk["Q4"], labels=("Q1", "Q4"))
        """
    ),
    md(
        zh="""
        服务台一个季度爬一层：先让修复真正管用（重开率降下来），再让同事求助更省事（第一次联系就解决、回复更快），
        最后在同事发现之前主动排除故障。顺序反过来——先搞“惊喜”活动——同事只会觉得服务台不务正业。

        人力资源的入职办理、财务的报销审核也是一样：新同事第一天电脑和账号准备好了吗（1.0）？报销要跑几趟、填几张表（2.0）？
        """,
        en="""
        The desk climbs one level a quarter: first it makes its fixes hold (the reopened rate falls), then it makes help
        easy to get (solved at the first contact, faster answers), and finally it fixes faults before colleagues notice
        them. The other way round, a "delight" campaign first, colleagues would only think the desk had its priorities
        wrong.

        HR onboarding and finance reimbursements work the same way: are the new colleague's laptop and accounts ready on
        day one (1.0)? How many trips and forms does a reimbursement take (2.0)?
        """,
    ),
    md(
        zh="""
        ## 9. 交互探索器

        选一个案例，拖动各层的指标和门槛，看金字塔怎样变化：左边是实测，右边是你的“假设”。试试：

        - 在线零售商·改进前：只动 2.0 的三项，能不能达到 2.0？
        - 车站店：把惊喜比例拉满，最高层级会变吗？再把问题发生率降下来呢？
        - IT 服务台·第一季度：最少改哪一项就能站上 1.0？
        """,
        en="""
        ## 9. The explorer

        Pick a case, move the measures of each level and the thresholds, and watch the pyramid: the case as measured on
        the left, your "what if" on the right. Try:

        - Online retailer, before: moving only 2.0's three measures, can you reach 2.0?
        - Station hotel: push the wow share to the top. Does the highest level change? And if you lower the problem rate?
        - IT help desk, Q1: what is the least you must change to stand on 1.0?
        """,
    ),
    code(
        """
        from cxlab.widgets.pyramid import PyramidExplorer
        explorer = PyramidExplorer("retailer_before")
        explorer.widget
        """
    ),
    md(
        zh="""
        ## 10. 小组活动：把你们公司放上金字塔

        3～4 人一组，约 8 分钟：

        1. 列出你们手上已有的指标（不用专门调查），各放到一层；没有指标的层级，说明你们还看不见它。
        2. 把数值填进下面的单元格（可用的指标名见第 3 节的表；内部部门请改用 `pyramid.internal`）。
        3. 运行，读结论：最高达到哪一层？下一步的重点是哪一项？有没有“过线了，但被下层卡住”的层级——也就是正在浪费钱的地方？
        4. 每组用一分钟汇报。
        """,
        en="""
        ## 10. Group activity: put your company on the pyramid

        Groups of 3-4, about 8 minutes:

        1. List the measures you already have (no new survey) and place each on a level; a level without a measure is a
           level you cannot see.
        2. Put the values into the cell below (measure names as in the table of part 3; for an internal department use
           `pyramid.internal`).
        3. Run it and read the verdict: the highest level reached, the next piece of work, and any level "over the bar but
           blocked below", which is where money is being wasted.
        4. Each group reports in one minute.
        """,
    ),
    code(
        """
        my_measures = {"on_time_rate": 0.95, "problem_rate": 0.05, "ces": 4.5, "wait_minutes": 12, "wow_share": 0.10}
        mine = pyramid.assess(my_measures)
        print(mine.verdict())
        ax = pyramid.plot_pyramid(mine)
        """
    ),
    trainer(
        zh="示例数值只是占位，请各组换成自己的。常见情况：很多公司 1.0 有一堆指标，2.0 只有一两项，3.0 完全没有测量——这本身就是一个发现。最后让全班再投一次开场那道题，对比前后票数。",
        en="The example values are placeholders; each group replaces them with its own. A common finding: plenty of measures at 1.0, one or two at 2.0, none at 3.0, which is a finding in itself. End by letting the class vote again on the opening question and compare the votes.",
    ),
    md(
        zh="""
        ## 11. 现场问卷：把全班最近一次购物放上金字塔

        在终端里运行 `cxlab classroom start --lan --survey pyramid_check`，屏幕上会出现地址、房间码和二维码。
        学员用手机扫码，想一想自己最近一次买的东西或订的服务，回答五个小问题：按时到了吗？出过问题吗？
        省力吗（1～7 分）？有没有“哇”的瞬间？超出预期了吗？每一题都对应第 3 节表中的一项指标
        （准时率、问题发生率、客户费力度（CES）、有“惊喜时刻”的客户比例、认为“超出预期”的客户比例）。

        下面的单元格读入全班的回答，用 `pyramid.measures_from` 算出这些指标，再用和三个案例完全相同的
        `pyramid.assess` 打分；面板每隔几秒自动刷新。课堂问卷没有运行时，单元格只给出提示，不影响其余内容。
        """,
        en="""
        ## 11. Live survey: the class's last purchases on the pyramid

        Run `cxlab classroom start --lan --survey pyramid_check` in a terminal: it shows an address, a room code and a
        QR code. Learners scan it, think of the last thing they bought or booked, and answer five quick questions: did
        it come on time, was there a problem, was it easy (1-7), was there a "wow" moment, did it go beyond what they
        expected? Each question feeds one measure of the table in part 3 (on-time rate, problem rate, customer effort
        score, wow share, exceeded share).

        The cells below read the class's answers, compute those measures with `pyramid.measures_from` and score them
        with the same `pyramid.assess` as the three cases; the panel refreshes every few seconds. When no classroom is
        running, the cells only say so and the rest of the notebook is unaffected.
        """,
    ),
    code(
        """
        from cxlab import classroom

        live = classroom.results("pyramid")
        if live.empty:
            print(live.attrs["note"])
            class_measures = None
        else:
            class_measures = pyramid.measures_from(live)
            class_pyramid = pyramid.assess(class_measures)
            print(class_pyramid.verdict())
        class_measures
        """
    ),
    code(
        """
        classroom.LivePanel("pyramid")
        """
    ),
    trainer(
        zh="""
        **现场问卷再加 8 分钟。** 课前在投影电脑上运行上面的命令（笔记本与学员手机需在同一 Wi-Fi），把
        `cxlab classroom status` 给出的投屏页面放到第二块屏幕。十几份回答之后运行上面的单元格，请大家讨论：
        全班的购物经历卡在哪一层？如果 1.0 没达到，3.0 的“哇”时刻还算数吗？课后用 `cxlab classroom export`
        导出 CSV，`cxlab classroom stop` 停止服务（回答会保留）。
        """,
        en="""
        **Add 8 minutes for the live survey.** Before class, run the command above on the projecting laptop (laptop and
        phones on the same Wi-Fi) and put the presenter page that `cxlab classroom status` prints on a second screen.
        After a dozen answers, run the cells above and ask: at which level do the class's purchases get stuck? If 1.0
        is not reached, do the wow moments at 3.0 still count? Afterwards `cxlab classroom export` writes a CSV and
        `cxlab classroom stop` stops the server (the answers are kept).
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - 金字塔有三层：1.0 初级体验（需求得到满足）、2.0 轻松体验（过程不费周折）、3.0 难忘体验（愉悦、超出期待）。
        - 逐层达标：下面的层级没达到，上面的得分再高也不算数；在破损的地基上做惊喜，是在浪费钱。
        - 每一层都可以用企业已有的指标打分：0 分线、满分线、门槛都可以按行业调整，但底层的要求最严。
        - KANO 的必备、期望、魅力对应金字塔的三层，而且会随时间往下漂移；SERVQUAL 的维度可以按层级制定服务标准。
        - 同样的方法适用于内部客户：服务同事的部门，也要先满足、再省事、最后才谈惊喜。

        ## 接下来

        这座金字塔是整门课的骨架，后面的模块分别把它的一部分做深：

        - **模块 2 · KANO**：哪些需求属于哪一层？怎样设计问卷、给功能分类。
        - **模块 3 · SERVQUAL**：每一层的服务标准达到了吗？用五个维度测出期望与感知的差距。
        - **模块 4 · 客户旅程与关键时刻**：在旅程的哪个触点上，哪一层出了问题？
        - **模块 5 · 体验损害模型**：1.0 没做好，损失了多少客户和收入？
        - **模块 6 · 体验回报模型**：2.0、3.0 做好了，能带来多少回购和推荐？
        - **模块 7 · 客户体验值**：用净推荐值（NPS）、满意度和费力度持续跟踪这座金字塔。

        练习：`exercises/` 文件夹中的 `01_pyramid` 练习笔记本。下面是课程地图：
        """,
        en="""
        ## Key points

        - The pyramid has three levels: 1.0 basic experience (needs met), 2.0 effortless experience (no hassle), 3.0
          memorable experience (beyond expectation).
        - Gating: while a level below is not reached, a higher score does not count; delight on a broken base wastes
          money.
        - Each level can be scored from measures a company already has; goalposts and thresholds can be set for the
          industry, but the base is the strictest level.
        - KANO's must-be, one-dimensional and attractive line up with the three levels and drift down over time;
          SERVQUAL's dimensions can carry a service standard per level.
        - The same method works for internal customers: a department serving colleagues must meet the need, then make it
          effortless, and only then aim to delight.

        ## What comes next

        This pyramid is the backbone of the course; each module after it goes deeper into one part:

        - **Module 2 · KANO**: which needs belong on which level? How to write the questionnaire and classify features.
        - **Module 3 · SERVQUAL**: is each level's service standard met? Measure the gap between expectation and
          perception in five dimensions.
        - **Module 4 · Journeys and moments of truth**: at which touchpoint of the journey does which level fail?
        - **Module 5 · Experience damage model**: what does a weak 1.0 cost in customers and revenue?
        - **Module 6 · Experience return model**: what do a good 2.0 and 3.0 bring back in repurchase and referrals?
        - **Module 7 · Customer-experience value**: track the pyramid over time with NPS, satisfaction and effort.

        Exercises: the `01_pyramid` notebook in the `exercises/` folder. The course map:
        """,
    ),
    code("course.course_map_table()"),
]
