# Source of notebooks/{zh,en}/07_value.ipynb — build with: python tools/nbbuild.py 07_value
CELLS = [
    md(
        zh="""
        # 模块 7 · 客户体验值：净推荐值（NPS）、CSAT、客户费力度（CES）、反馈与投诉

        **学习目标**（约 95 分钟）

        1. 说清楚客户体验值的四个维度（情感、功能、品牌、互动）和五个影响因素（产品质量、服务质量、品牌形象、
           客户期望、环境），并用数据找出哪个因素最重要；
        2. 知道三种理论怎样解释体验值：服务质量理论、期望—确认理论、情感驱动理论；
        3. 会算、会读四类指标：满意度（CSAT）、净推荐值（NPS）、客户费力度（CES）和行为指标（重复购买率、流失率），
           而且**每个分数都带着误差范围**；
        4. 判断两轮调查之间的变化是真实的，还是抽样波动；
        5. 用投诉记录检验投诉处理的五个步骤：积极倾听、迅速反应、持续沟通、个性化方案、后续跟进；
        6. 从开放式反馈中找主题和情绪，并把反馈做成闭环（内循环回访客户，外循环解决根源）；
        7. 说出 NPS、CSAT、CES 各自**回答不了**的问题。

        **时长**：约 95 分钟。配套练习：`exercises/zh/07_value.ipynb`。
        """,
        en="""
        # Module 7 · Customer-experience value: NPS, CSAT, CES, feedback and complaints

        **Objectives** (about 95 minutes)

        1. Name the four dimensions of customer-experience value (emotional, functional, brand, interaction) and its
           five drivers (product quality, service quality, brand image, expectations, environment), and find from
           data which driver matters most;
        2. Know how three theories explain it: service quality, expectation–confirmation, emotion-driven loyalty;
        3. Compute and read four kinds of measures — satisfaction (CSAT), Net Promoter Score (NPS), Customer Effort
           Score (CES) and behaviour (repeat-purchase rate, churn) — **always with their margin of error**;
        4. Decide whether a change between two survey waves is real or sampling noise;
        5. Test the five steps of complaint handling on a complaint log: listen, respond fast, keep the customer
           informed, personalise the remedy, follow up;
        6. Find themes and tone in open-ended feedback and close the loop (inner loop: call the customer back;
           outer loop: fix the cause);
        7. Say what NPS, CSAT and CES **cannot** tell you.

        **Time**: about 95 minutes. Exercises: `exercises/en/07_value.ipynb`.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from IPython.display import HTML
        from cxlab import value, datasets
        from cxlab.widgets.value import NPSExplorer, table
        """
    ),
    trainer(
        zh="""
        {{cxlab timing 07_value}}

        开场问一句：“你们公司的 NPS 是多少？误差范围是多少？”——绝大多数人答得出前一个，答不出后一个。这就是本节要补上的课。
        """,
        en="""
        {{cxlab timing 07_value}}

        Open with one question: "What is your company's NPS? And its margin of error?" Most people know the first and
        not the second — that gap is what this module fills.
        """,
    ),
    md(
        zh="""
        ## 1. 什么是客户体验值

        客户体验值是客户在和企业打交道的全过程中感受到的**整体价值**——不只是产品本身，还有服务、品牌和每一次接触。
        它有四个维度：

        - **情感体验**：用的时候开心、满足，还是烦躁、生气；
        - **功能体验**：产品和服务有没有真正解决问题——性能、质量、及时、有效；
        - **品牌体验**：客户怎么看这个品牌——形象、文化、口碑；
        - **互动体验**：和企业打交道顺不顺——沟通是否顺畅、员工态度、解决问题的能力。

        影响体验值的有五个因素：**产品质量、服务质量、品牌形象、客户期望、环境**（店铺布局、氛围、清洁）。
        其中“期望”很特别：同样的服务，超出期望就加分，低于期望就减分。

        下面用栖木咖啡 600 位顾客的调查来看：每个维度各有两道题，五个因素各打一分，再给整体体验值打分。
        哪个因素最重要？不直接问顾客，而是看数据里哪个因素和整体评价一起变化得最多——这叫**推导重要性**。
        """,
        en="""
        ## 1. What customer-experience value is

        Customer-experience value is the **whole value** a customer feels across every dealing with a company — not
        only the product but the service, the brand and every contact. It has four dimensions:

        - **Emotional**: does using it make people glad and content, or irritated and angry;
        - **Functional**: does the product or service really do the job — performance, quality, timeliness;
        - **Brand**: what customers think of the brand — image, culture, reputation;
        - **Interaction**: how smooth dealing with the company is — communication, staff attitude, problem solving.

        Five drivers move it: **product quality, service quality, brand image, expectations and environment** (store
        layout, atmosphere, cleanliness). Expectations are special: the same service earns points when it beats
        them and loses points when it falls short.

        We look at a survey of 600 guests of Qimu Coffee: two questions per dimension, a score for each driver and
        one for overall value. Which driver matters most? We do not ask guests directly; we look at which driver
        moves with overall value in the data — its **derived importance**.
        """,
    ),
    code(
        """
        coffee = datasets.load("value_coffee_survey")
        experience = value.experience_value(coffee)
        table(experience.dimensions)
        """
    ),
    code(
        """
        print(experience.describe())
        value.plot_importance(experience.importance);
        """
    ),
    md(
        zh="""
        **怎么读这张图**：条越长，这个因素能解释的整体体验值差异越多（Johnson 相对权重，五项加起来就是 R²）；
        括号里是它和整体评价的简单相关系数。相关系数高并不代表它“独立”起作用——因素之间本身就相关，
        相对权重把重叠部分合理地分摊开了。计算用的是 `cxlab.stats.derived_importance`，旅程分析和 SERVQUAL 两节用的也是它。
        """,
        en="""
        **Reading the chart**: the longer the bar, the more of the differences in overall value the driver explains
        (Johnson's relative weights; the five add up to R²); in brackets its plain correlation with overall value.
        A high correlation alone does not mean a driver acts on its own — drivers are correlated with each other, and
        relative weights share the overlap out fairly. The computation is `cxlab.stats.derived_importance`, the same
        one the journey and SERVQUAL modules use.
        """,
    ),
    md(
        zh="""
        ## 2. 三种理论

        - **服务质量理论**：服务质量是体验值的核心组成部分，要从多个维度（可靠、响应、保证、移情、有形，即 SERVQUAL 的五个维度）
          一起提升。上图中“服务质量”排第二，正是这个道理。
        - **期望—确认理论**：满意与否取决于实际体验和期望的差距。期望是被广告、口碑和上一次体验塑造的——
          所以“期望满足”单独作为一个因素。承诺过高，同样的服务也会让人失望。
        - **情感驱动理论**：客户在体验中的情绪反应直接影响满意和忠诚。一次被认真对待的投诉，
          带来的忠诚可能比从没出问题还多——第 6 部分会在数据里看到这一点。
        """,
        en="""
        ## 2. Three theories

        - **Service quality**: service quality is a core part of experience value and has to be raised on several
          dimensions at once (reliability, responsiveness, assurance, empathy, tangibles — SERVQUAL's five). Service
          quality ranks second in the chart above for this reason.
        - **Expectation–confirmation**: satisfaction depends on the gap between the experience and what the customer
          expected. Advertising, word of mouth and the last visit shape expectations — hence "expectations met" as a
          driver of its own. Promise too much and the same service disappoints.
        - **Emotion-driven loyalty**: the emotions a customer feels during the experience drive satisfaction and
          loyalty directly. A complaint handled with real care can bring more loyalty than no problem at all — part 6
          shows this in data.
        """,
    ),
    md(
        zh="""
        ## 3. 测量：CSAT、NPS、CES

        ### 3.1 满意度（CSAT）

        最常见的问法：“总体而言，您对本次体验满意吗？”1 分非常不满意，5 分非常满意。CSAT 通常报告**前两档占比**
        （答 4 或 5 分的人占多少）。占比来自样本，所以要配一个区间：我们用 **Wilson 区间**，它不会超出 0～100%，
        样本小或比例接近两端时也比教科书上的“± 1.96 倍标准误”准确。
        """,
        en="""
        ### 3. Measuring: CSAT, NPS, CES

        ### 3.1 Satisfaction (CSAT)

        The usual question: "Overall, how satisfied are you with your visit?", 1 very dissatisfied to 5 very
        satisfied. CSAT is usually reported as the **top-2 share** (answers 4 or 5). A share from a sample needs an
        interval: we use the **Wilson interval**, which never leaves 0–100 % and stays accurate for small samples and
        shares near the ends, where the textbook "± 1.96 standard errors" fails.
        """,
    ),
    code(
        """
        satisfaction = value.csat(coffee["csat"])
        print(satisfaction.summary())
        value.plot_csat(satisfaction);
        """
    ),
    md(
        zh="""
        ### 3.2 净推荐值（NPS）

        只问一个问题：“您有多大可能把我们推荐给朋友或同事？”0～10 分。

        - 9～10 分是**推荐者**，7～8 分是**被动者**，0～6 分是**贬损者**；
        - NPS = 推荐者占比 − 贬损者占比，取值 −100 到 100。被动者不进分子，但要算进分母。

        **NPS 也有误差范围。** NPS 是同一批人里两个占比之差，一个回答的方差是 p + d −（p − d）²（p、d 分别是推荐者、
        贬损者占比），标准误 = 100 × √(方差 / n)。先手算一个：200 份回答，100 位推荐者、50 位被动者、50 位贬损者。
        p = 0.5，d = 0.25，NPS = 25；方差 = 0.75 − 0.0625 = 0.6875，标准误 = 100 × √(0.6875 / 200) ≈ 5.86，
        95% 区间 = 25 ± 1.96 × 5.86。运行下面的单元格核对：
        """,
        en="""
        ### 3.2 Net Promoter Score (NPS)

        One question: "How likely are you to recommend us to a friend or colleague?", 0 to 10.

        - 9–10 are **promoters**, 7–8 **passives**, 0–6 **detractors**;
        - NPS = share of promoters − share of detractors, from −100 to 100. Passives are not in the numerator but
          they are in the denominator.

        **NPS has a margin of error too.** It is a difference of two shares from the same people; the variance of
        one answer is p + d − (p − d)² (p and d the shares of promoters and detractors) and the standard error is
        100 × √(variance / n). Work one by hand: 200 answers, 100 promoters, 50 passives, 50 detractors. p = 0.5,
        d = 0.25, NPS = 25; variance = 0.75 − 0.0625 = 0.6875, se = 100 × √(0.6875 / 200) ≈ 5.86, 95 % interval =
        25 ± 1.96 × 5.86. Check with the cell below:
        """,
    ),
    code(
        """
        print(value.nps_from_counts(100, 50, 50).summary())
        """,
        expect={"zh": "NPS 25.0（95% 置信区间 13.5 至 36.5，Wald 法；n = 200）\n",
                "en": "NPS 25.0 (95% interval 13.5 to 36.5, Wald; n = 200)\n"},
    ),
    md(
        zh="""
        这就是大多数 NPS 看板不告诉你的：**200 份回答时，“25 分”其实是“大约 14 到 36 分之间”**。
        样本小、或者分数很极端（比如全是推荐者）时，Wald 区间会失真甚至缩成一个点，这时用 Rocks（2016）的
        **调整 Wald 法**：先加 3 个“虚拟回答”（推荐者、贬损者各 3/4 个）再算。两种方法都在 `value.nps` 里。

        下面是禾木超市春季一轮的 1,000 份回答：
        """,
        en="""
        This is what most NPS dashboards leave out: **with 200 answers, "25" really means "somewhere between about 14
        and 36"**. For small samples or extreme scores (all promoters, say) the Wald interval misleads or even shrinks
        to a point; then use Rocks' (2016) **adjusted Wald** method: add 3 "virtual answers" (3/4 of a promoter and
        3/4 of a detractor) before computing. Both are in `value.nps`.

        Here are the 1,000 answers of Hemu Market's spring wave:
        """,
    ),
    code(
        """
        survey = datasets.load("value_retail_nps")
        spring = value.nps(survey.loc[survey["wave"] == 1, "score"])
        print(spring.summary())
        print(value.nps(survey.loc[survey["wave"] == 1, "score"], method="adjusted_wald").summary())
        value.plot_nps(spring);
        """
    ),
    md(
        zh="""
        要多少份回答才够？误差范围越小，需要的样本越多，而且是**平方关系**：误差范围减半，样本要翻两番。
        最坏情况（推荐者、贬损者各一半）下，±5 分要这么多份回答：
        """,
        en="""
        How many answers are enough? The smaller the margin, the larger the sample — and **by the square**: halve the
        margin and you need four times the answers. In the worst case (half promoters, half detractors), ±5 points
        needs this many answers:
        """,
    ),
    code(
        """
        print(value.sample_size(5))
        """,
        expect="1537\n",
    ),
    md(
        zh="""
        ### 3.3 客户费力度（CES）

        CES 2.0 问的是：“这家公司让我很容易地解决了问题”，1 分非常不同意，7 分非常同意。分数越高越省力。
        研究发现，让客户少费力比“惊喜”更能防止流失（Dixon 等，2010）。栖木咖啡的车站店人多手少，
        手机点单最省力——看分布：
        """,
        en="""
        ### 3.3 Customer Effort Score (CES)

        CES 2.0 asks for agreement with "The company made it easy for me to handle my issue", 1 strongly disagree to
        7 strongly agree; higher means less effort. Research found that cutting effort prevents defection better than
        delight does (Dixon et al., 2010). Qimu's station store is busy and short-staffed, and mobile orders are the
        easiest — look at the distribution:
        """,
    ),
    code(
        """
        effort = value.ces(coffee["ces"])
        print(effort.summary())
        value.plot_ces(effort);
        """
    ),
    md(
        zh="""
        ### 3.4 现场问卷：本班的 NPS

        在终端里运行 `cxlab classroom start --lan --survey nps`，屏幕上会出现地址、房间码和二维码。学员用手机扫码，
        回答“您有多大可能把这次课程推荐给朋友或同事？”（0～10 分），可以再写一句理由。
        下面的单元格读入全班的回答，用与禾木超市完全相同的 `value.nps` 计算 NPS 和它的区间。一个班只有二三十人，
        正是 3.2 说的小样本，所以用调整 Wald 法；面板每隔几秒自动刷新。课堂问卷没有运行时，单元格只给出提示，不影响其余内容。
        """,
        en="""
        ### 3.4 Live survey: this class's NPS

        Run `cxlab classroom start --lan --survey nps` in a terminal: it shows an address, a room code and a QR code.
        Learners scan it and answer "How likely are you to recommend this workshop to a friend or colleague?" (0-10),
        with a reason if they like. The cells below read the class's answers and compute the NPS and its interval with
        the same `value.nps` as Hemu Market's. A class of twenty or thirty is the small sample of 3.2, so the cell uses
        the adjusted Wald method; the panel refreshes every few seconds. When no classroom is running, the cells only
        say so and the rest of the notebook is unaffected.
        """,
    ),
    code(
        """
        from cxlab import classroom

        live = classroom.results("nps")
        if live.empty:
            print(live.attrs["note"])
            class_nps = None
        else:
            class_nps = value.nps(live["score"], method="adjusted_wald")
            print(class_nps.summary())
        """
    ),
    code(
        """
        classroom.LivePanel("nps")
        """
    ),
    trainer(
        zh="""
        **现场问卷再加 5 分钟。** 课前在投影电脑上运行上面的命令（笔记本与学员手机需在同一 Wi-Fi），把
        `cxlab classroom status` 给出的投屏页面放到第二块屏幕。回答差不多到齐后运行上面的单元格，请大家读区间：
        本班的 NPS 大约在哪两个数之间？要把区间缩到 ±5 分需要多少人（3.2 的 `value.sample_size`）？
        学员写的理由可以在第 7 节讨论反馈闭环时再用。课后用 `cxlab classroom export` 导出 CSV，
        `cxlab classroom stop` 停止服务（回答会保留）。
        """,
        en="""
        **Add 5 minutes for the live survey.** Before class, run the command above on the projecting laptop (laptop and
        phones on the same Wi-Fi) and put the presenter page that `cxlab classroom status` prints on a second screen.
        When most have answered, run the cells above and let the class read the interval: between which two numbers
        does this class's NPS lie? How many answers would narrow it to ±5 points (`value.sample_size`, part 3.2)? The
        reasons learners wrote come back in part 7, on closing the loop. Afterwards `cxlab classroom export` writes a
        CSV and `cxlab classroom stop` stops the server (the answers are kept).
        """,
    ),
    md(
        zh="""
        ## 4. 这个变化是真的吗？

        秋季一轮前，禾木超市增开了收银台和快速通道。秋季的 NPS 比春季高——但**高出的部分会不会只是抽样波动？**
        两轮是两批不同的顾客，两个误差要合起来算：差值的标准误 = √(se₁² + se₂²)。
        差值的 95% 区间不包含 0，才能说变化是真实的。
        """,
        en="""
        ## 4. Is this change real?

        Before the autumn wave, Hemu Market opened more checkouts and a fast lane. Autumn's NPS is higher than
        spring's — **but could the rise be sampling noise?** The two waves are different shoppers, so both errors
        count: the standard error of the difference is √(se₁² + se₂²). Only when the 95 % interval of the difference
        leaves out 0 can we call the change real.
        """,
    ),
    code(
        """
        autumn = value.nps(survey.loc[survey["wave"] == 2, "score"])
        print(value.compare_nps(spring, autumn).summary())
        value.plot_nps_waves({"W1": spring, "W2": autumn});
        """
    ),
    md(
        zh="""
        整体上变化是真实的。那每个区域呢？每个区域的样本只有两三百份，误差范围大得多。
        """,
        en="""
        Overall the change is real. And region by region? Each region has only two or three hundred answers, so the
        margins are much wider.
        """,
    ),
    code(
        """
        table(value.change_table(survey, by="region"), digits=1)
        """
    ),
    md(
        zh="""
        西区的 NPS 反而没有上升（这一轮新开了一家门店，还在磨合）。**在区域层面下结论之前，先看“真实变化？”这一列。**
        下面的探索器可以自己试：两轮的样本量和推荐者、贬损者占比都可以调，看区间有多宽、变化什么时候才算真实。
        """,
        en="""
        The west did not improve (a new store opened there this round and is still finding its feet). **Before you
        draw a conclusion for a region, read the "Real change?" column.** Try it yourself with the explorer: move
        each wave's sample size and mix and watch how wide the intervals are and when a change becomes real.
        """,
    ),
    code(
        """
        explorer = NPSExplorer()
        explorer
        """
    ),
    trainer(
        zh="""
        **15 分钟。** 在探索器上演示三件事：(1) 默认每轮 400 份、NPS 从 10 升到 20，区间包含 0——“涨了 10 分”还不能宣布；
        (2) 把两轮都拉到 2,000 份，同样的变化就成了真实的；(3) 把样本拉到 50 份，区间宽到几乎没有意义——这正是门店级 NPS 排名的问题。
        请学员估一估自己公司每家门店每月有多少份回答。
        """,
        en="""
        **15 minutes.** Show three things on the explorer: (1) by default 400 answers per wave and NPS up from 10 to
        20 — the interval includes 0, "up 10 points" cannot be announced yet; (2) raise both waves to 2,000 answers and
        the same change becomes real; (3) drop to 50 answers and the interval is so wide it is almost meaningless —
        the trouble with store-level NPS league tables. Ask participants how many answers a store of theirs gets a
        month.
        """,
    ),
    md(
        zh="""
        ## 5. 行为：重复购买与流失

        调查问的是客户**怎么说**；交易记录记下的是客户**怎么做**。集悦商城 24 个月的订单里，每位客户按首次购买的月份
        归入一个**批次**；看每个批次之后每个月还有多少人在买（留存曲线），再看最近 3 个月没有购买的客户比例（流失率）。
        2024 年 1 月起商城发货更快、退货免费——之后获得的批次留得更久吗？
        """,
        en="""
        ## 5. Behaviour: repeat purchase and churn

        A survey records what customers **say**; a transaction log records what they **do**. In Jiyue Mall's 24 months
        of orders each customer belongs to a **cohort**, the month of the first purchase; we look at how many of a
        cohort buy in each month after (the retention curve) and at the share with no purchase in the last 3 months
        (churn). From January 2024 the shop delivered faster and took returns for free — do the later cohorts stay
        longer?
        """,
    ),
    code(
        """
        orders = datasets.load("value_ecommerce_orders")
        behaviour = value.behaviour(orders, churn_after=3)
        print(behaviour.describe())
        value.plot_retention(behaviour, max_periods=12);
        """
    ),
    code(
        """
        table(behaviour.retention.iloc[::3, :7], digits=2)
        """
    ),
    md(
        zh="""
        **怎么读**：每条细线是一个批次，粗黑线是全部批次的平均。上表是同样的数字：每一行一个批次，每一列是首次购买后的第几个月。
        要比较改进前后，就要在**同一列**里比——2024 年的批次（改进之后获得的客户）在第 3、第 6 个月仍在购买的比例明显更高。

        **别被流失率骗了**：`behaviour.cohorts` 里的流失率看的是“最近 3 个月有没有买”，越早的批次观察得越久，流失率自然越高；
        年轻批次流失率低，一部分只是因为它们还年轻。所以比较批次要看留存曲线的同一位置，而不是直接比流失率。
        太年轻的批次（不到 3 个月）还无法判断流失，`behaviour` 不会给它们算流失率（每个批次留存率 + 流失率 = 1）。
        """,
        en="""
        **Reading it**: each thin line is a cohort, the thick black line the average of all cohorts. The table holds
        the same numbers: one row per cohort, one column per month after the first purchase. To compare before and
        after the change, compare **within a column** — the 2024 cohorts (customers won after the change) still buy
        clearly more often in months 3 and 6.

        **Do not be fooled by churn**: the churn in `behaviour.cohorts` asks "no purchase in the last 3 months?"; older
        cohorts have been watched longer, so their churn is naturally higher, and young cohorts look good partly
        because they are young. Compare cohorts at the same point of their retention curves, not by churn alone.
        Cohorts younger than 3 months cannot be judged yet, and `behaviour` gives them no churn (for every cohort,
        retention rate + churn rate = 1).
        """,
    ),
    md(
        zh="""
        ## 6. 投诉处理五步法

        投诉是客户给企业的第二次机会。来源文章 004 提出五个步骤：

        1. **积极倾听**：让客户把话说完，表达理解和重视；
        2. **迅速反应**：尽快回复，并给出有效的解决方案；
        3. **持续沟通**：处理过程中定期告知进度，增强信任；
        4. **个性化服务**：根据客户的具体情况定制方案，让客户感到被尊重；
        5. **后续跟进**：结案后回访，收集满意度和意见。

        集悦商城 2024 年的 900 条投诉记下了每一步是否做到。先看漏斗：每一条是“做到这一步**以及前面所有步骤**”的投诉。
        """,
        en="""
        ## 6. Complaint handling in five steps

        A complaint is a customer's second chance for the company. Source article 004 sets out five steps:

        1. **Listen**: let the customer finish, show understanding and that it matters;
        2. **Respond fast**: answer quickly with a solution that works;
        3. **Keep informed**: report progress regularly while it is handled, which builds trust;
        4. **Personalise the remedy**: fit the solution to the customer's situation, so they feel respected;
        5. **Follow up**: call back after closing, collect satisfaction and suggestions.

        Jiyue Mall's 900 complaints of 2024 record whether each step was done. First the funnel: each bar counts the
        complaints that got this step **and every step above it**.
        """,
    ),
    code(
        """
        handling = value.complaints(datasets.load("value_complaint_handling"), response_target=24, by="channel")
        print(handling.describe())
        value.plot_complaint_funnel(handling);
        """
    ),
    code(
        """
        value.plot_step_effects(handling, measure="repurchase");
        """
    ),
    code(
        """
        table(handling.loyalty, digits=2)
        """
    ),
    md(
        zh="""
        **怎么读**：漏斗越往下越窄——五步都做到的投诉只占一小部分，这就是改进空间。第二张图比较每一步做到和没做到时的
        复购率：每一步都和更高的复购率同时出现。最后一张表按处理结果分组（由 `damage.loyalty_by_outcome` 计算，
        和第 05 节用的是同一个函数），可以和 TARP 的结论对照：快速解决的投诉，客户最可能回来。

        **提醒**：这些都是记录中的**相关**，不等于因果——被认真倾听的客户，可能本来问题就更容易解决。
        要证明某一步的效果，最好的办法是做试验：随机挑一部分投诉按新流程处理，再比较。
        """,
        en="""
        **Reading it**: the funnel narrows all the way down — only a small share of complaints got all five steps, and
        that is the room for improvement. The second chart compares repurchase with and without each step: every step
        goes with more repurchase. The last table groups by outcome (computed by `damage.loyalty_by_outcome`, the same
        function as in module 05), to compare with TARP: complaints resolved quickly bring customers back most often.

        **Caution**: these are **associations** in the log, not proof of cause — customers who were listened to may
        have had easier problems to begin with. To prove a step's effect, run a test: handle a random part of the
        complaints the new way and compare.
        """,
    ),
    md(
        zh="""
        ## 7. 反馈与闭环

        ### 7.1 开放式反馈：主题与情绪

        客户在应用商店、热线、微信、意见卡上留下的原话，是最直接的体验信号。瑞丰银行 2024 年收到 420 条反馈，
        大部分是中文，也有外籍客户写的英文。中文没有空格，先要用 **jieba** 分词，再对照一份小词典数主题、判断情绪；
        词典（`value.LEXICON`、`value.TONE_WORDS`）就写在代码里，讲师可以复制一份按自己的行业修改，再传给 `value.feedback`。
        这是一种透明、可讲解的方法，不是训练出来的情感模型——**下结论之前一定要读原话**。
        """,
        en="""
        ## 7. Feedback and the closed loop

        ### 7.1 Open-ended feedback: themes and tone

        What customers write on the app store page, to the hotline, on WeChat or on a comment card is the most direct
        signal of their experience. Ruifeng Bank received 420 comments in 2024, most in Chinese, some in English from
        expatriate customers. Chinese has no spaces, so it is first segmented with **jieba**, then themes are counted
        and tone judged against a small lexicon; the lexicon (`value.LEXICON`, `value.TONE_WORDS`) is in the code, and a
        trainer can copy it, adapt it to an industry and pass it to `value.feedback`. It is a transparent method you
        can explain, not a trained sentiment model — **read the verbatims before you conclude**.
        """,
    ),
    code(
        """
        comments = value.feedback(datasets.load("value_bank_feedback")["text"])
        print(comments.describe())
        value.plot_feedback_themes(comments);
        """
    ),
    code(
        """
        HTML(comments.verbatims_html(["price", "digital", "staff"], k=3))
        """
    ),
    md(
        zh="""
        原话都经过转义显示：客户写的 `<`、`>` 之类的符号会原样出现，不会被当成网页代码执行。

        ### 7.2 闭环：内循环与外循环

        收集反馈只是开始，**闭环**才是关键：

        - **内循环**（一位客户一位客户地做）：一线团队在规定时间内（常见是 48 小时）回访每一位贬损者，了解原因、当场补救；
        - **外循环**（为所有客户做）：管理层把反馈中反复出现的原因找出来，改流程、改产品，然后在下一轮调查里检验。

        禾木超市在两轮之间同时做了这两件事。数据里看得到吗？
        """,
        en="""
        The verbatims are shown escaped: a `<` or `>` a customer typed appears as written and is never run as web code.

        ### 7.2 The closed loop: inner and outer

        Collecting feedback is only the start; **closing the loop** is what counts:

        - **Inner loop** (one customer at a time): the front line calls every detractor back within a set time (48
          hours is common), learns why and puts things right on the spot;
        - **Outer loop** (for all customers): management finds the causes that keep coming back in the feedback,
          changes the process or product, and checks the effect in the next wave.

        Hemu Market did both between its two waves. Does the data show it?
        """,
    ),
    code(
        """
        loop = value.closed_loop(survey, target_hours=48)
        table(loop.inner, digits=2)
        """
    ),
    code(
        """
        table(loop.outer, digits=2)
        """
    ),
    md(
        zh="""
        内循环：第二轮里 48 小时内得到回访的贬损者比例大幅提高。外循环：贬损者评论中提到“等待与速度”的比例明显下降——
        收银台和快速通道起了作用；而“价格与收费”的占比上升了，这是下一轮要处理的原因。
        """,
        en="""
        Inner loop: in the second wave a far larger share of detractors heard back within 48 hours. Outer loop: the
        share of detractor comments about waiting fell clearly — the checkouts and fast lane worked — while price and
        fees rose: the cause for the next round.
        """,
    ),
    md(
        zh="""
        投诉这一侧也一样要问：**谁在多长时间内回应了哪些反馈？**按渠道看集悦商城的投诉：
        """,
        en="""
        On the complaint side ask the same: **who answers which feedback, within what time?** Jiyue Mall's complaints
        by channel:
        """,
    ),
    code(
        """
        table(handling.groups, digits=2)
        """
    ),
    md(
        zh="""
        社交媒体上的投诉回得最快——因为所有人都看得见；热线和 APP 里的投诉要等得更久，而这些客户同样会流失。
        闭环的规则（多长时间内、由谁回应）应该对所有渠道一致，这也是“全渠道体验一致”的一部分。
        """,
        en="""
        Complaints on social media are answered fastest — everybody can see them; those on the hotline and in the app
        wait longer, and those customers leave just the same. The loop's rule (within how long, by whom) should be the
        same for every channel — part of a consistent omnichannel experience.
        """,
    ),
    md(
        zh="""
        ## 8. 行业、案例与实践

        **主流行业**

        - **零售**：优化购物环境、提升服务、强化品牌（禾木超市）；
        - **餐饮**：好的出品、好的服务、舒适的就餐环境（栖木咖啡）；
        - **旅游**：定制化产品、优质服务和旅行后的跟进；
        - **金融**：优化线上服务、提升服务质量、加强沟通（瑞丰银行）。

        **三个案例**

        - **亚马逊**：个性化推荐、快速配送和售后服务——体验值最终体现为重复购买，所以要看第 5 部分那样的留存曲线；
        - **苹果**：高质量的产品设计、训练有素的店员和统一的品牌形象——四个维度同时发力；
        - **星巴克**：店内环境和个性化服务——在栖木咖啡的数据里，环境和服务都是推动整体体验值的因素。

        **实践建议**：持续培训员工（倾听与沟通技巧，对应投诉五步法）；建立多渠道的反馈机制并做成闭环；
        用数据分析客户行为，而不只看调查分数；确保线上线下全渠道的体验一致（看看禾木超市门店与线上渠道的 NPS 是否相近）。
        """,
        en="""
        ## 8. Industries, cases and practice

        **Industries**

        - **Retail**: better store environment, service and brand (Hemu Market);
        - **Food service**: good food and drinks, good service, a pleasant place to sit (Qimu Coffee);
        - **Travel**: tailored trips, good service and care after the trip;
        - **Finance**: better online services, service quality and communication (Ruifeng Bank).

        **Three cases**

        - **Amazon**: personal recommendations, fast delivery and after-sales service — experience value shows up as
          repeat purchase, so watch retention curves like those of part 5;
        - **Apple**: product design, trained staff and a consistent brand — all four dimensions at once;
        - **Starbucks**: store atmosphere and personal service — in Qimu's data both environment and service drive
          overall value.

        **In practice**: train staff continuously (listening and communication, the five complaint steps); build
        feedback channels and close the loop; analyse behaviour, not only survey scores; keep the experience
        consistent across channels, online and in store (check whether Hemu's store and app NPS are close).
        """,
    ),
    code(
        """
        table(value.nps_table(survey[survey["wave"] == 2], by="channel"), digits=1)
        """
    ),
    md(
        zh="""
        ### 8.1 诚实地说：这些指标回答不了什么

        - **NPS** 只问“会不会推荐”，不问“为什么”；一个分数把 11 档答案压成三类，5 分和 0 分被同等对待；
          它和增长的关系在不同行业差别很大；门店级、月度的 NPS 样本小，误差范围往往比门店之间的差距还大。
        - **CSAT** 衡量的是“这一次”的满意，不等于忠诚；满意的客户也会流失；不同量表（5 分、7 分、前两档、前一档）之间不能直接比较。
        - **CES** 只适用于客户需要“办事”的场景（咨询、投诉、退货）；省力不等于满意，更不等于喜欢这个品牌。
        - **所有调查**：回答的人不一定代表全部客户（很多不满意的人根本不回问卷）；问法和时机会影响分数；
          把分数和奖金挂钩，员工就会想办法“要分”。

        所以要**多种指标一起看**：调查分数配上误差范围，再配上行为数据（复购、流失）、投诉数据和客户原话。
        """,
        en="""
        ### 8.1 Honestly: what these measures cannot tell you

        - **NPS** asks whether people would recommend you, not why; it squeezes 11 answers into three groups, so a 5
          counts the same as a 0; its link to growth differs widely between industries; monthly store-level NPS rests
          on small samples whose margin of error is often wider than the gaps between stores.
        - **CSAT** measures satisfaction with *this* visit, not loyalty; satisfied customers leave too; scales (5 or
          7 points, top-2 or top-1) cannot be compared directly.
        - **CES** fits only when the customer has something to get done (a question, a complaint, a return); low
          effort is not satisfaction, let alone love of the brand.
        - **Every survey**: those who answer may not represent all customers (many unhappy ones never reply); wording
          and timing move the score; tie scores to bonuses and staff will start asking for scores.

        So **read several measures together**: survey scores with their margins of error, plus behaviour (repeat
        purchase, churn), complaints and the customers' own words.
        """,
    ),
    trainer(
        zh="""
        **7 分钟。** 让学员说说自己公司把 NPS 用在哪里（门店排名？奖金？）；对照 8.1 讨论一个风险。
        如果时间紧，8 的行业与案例可以只讲一个与学员行业最接近的。
        """,
        en="""
        **7 minutes.** Ask where participants' companies use NPS (store rankings? bonuses?) and discuss one risk from
        8.1. Short of time, cover only the industry and case closest to the participants'.
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - 客户体验值有四个维度（情感、功能、品牌、互动）、五个影响因素；用推导重要性找出最该投入的因素。
        - CSAT、NPS、CES 各有用途，**每个分数都要带误差范围**；NPS 的方差是 p + d −（p − d）²。
        - 两轮调查的变化，要看差值的区间是否包含 0；分得越细（区域、门店），样本越小，越难下结论。
        - 行为数据（重复购买、流失、批次留存）说明客户真正做了什么。
        - 投诉处理五步法在记录中都与更高的满意度和复购率相伴；要证明因果，做试验。
        - 反馈要闭环：内循环回访客户，外循环解决根源，并在下一轮数据中检验。
        """,
        en="""
        ## Key points

        - Customer-experience value has four dimensions (emotional, functional, brand, interaction) and five drivers;
          derived importance shows where to invest.
        - CSAT, NPS and CES each have their use, and **every score comes with its margin of error**; the variance of
          NPS is p + d − (p − d)².
        - A change between waves is real when the interval of the difference leaves out 0; the finer the cut
          (regions, stores), the smaller the sample and the harder the call.
        - Behaviour (repeat purchase, churn, cohort retention) shows what customers actually do.
        - Each of the five complaint steps goes with higher satisfaction and repurchase in the log; to prove cause,
          run a test.
        - Close the loop: inner loop to call the customer back, outer loop to fix the cause, checked in the next wave.
        """,
    ),
]
