# Source of notebooks/{zh,en}/06_return.ipynb — build with: python tools/nbbuild.py 06_return
CELLS = [
    md(
        zh="""
        # 模块 6 · 体验回报模型：好的体验能带来多少回报？

        **学习目标**（约 80 分钟）

        1. 区分体验的**直接回报**（重复购买、推荐带来的新客户）和**间接回报**（品牌形象、竞争力），并知道间接回报
           只能作为明确写出的假设计入；
        2. 理解回报背后的理论：满意度取决于感知表现与期望之间的差距，SERVQUAL，忠诚度是情感上的信任；
        3. 会计算客户终身价值（CLV，Gupta & Lehmann），理解为什么留存率提高几个百分点就值很多钱；
        4. 用体验回报模型评估一项体验投资：净现值、投资回报率、回收期；
        5. 分析三个案例：类似苹果的零售门店、类似亚马逊的电商平台、依据用户反馈迭代的软件公司，以及精准营销的例子；
        6. 算出推荐者、被动者、贬损者各值多少钱，并说出体验回报的关键要素和未来趋势。
        """,
        en="""
        # Module 6 · The experience return model: what does a good experience bring back?

        **Objectives** (about 80 minutes)

        1. Tell the **direct returns** of experience (repeat purchases, new customers through recommendations) from the
           **indirect** ones (brand image, competitiveness), and know that indirect returns can only be counted as
           assumptions written down explicitly;
        2. Understand the theory behind returns: satisfaction as the gap between perceived performance and expectation,
           SERVQUAL, loyalty as emotional trust;
        3. Compute customer lifetime value (CLV, Gupta & Lehmann) and see why a few points of retention are worth a lot;
        4. Evaluate an experience investment with the return model: net present value, ROI, payback;
        5. Analyse three cases — an Apple-like retail chain, an Amazon-like platform, a software company iterating on
           user feedback — and a targeted-marketing example;
        6. Work out what a promoter, a passive and a detractor are worth, and name the key elements of experience
           returns and the trends ahead.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import datasets, returns
        t = cxlab.t
        """
    ),
    md(
        zh="""
        ## 1. 体验回报是什么

        体验回报模型是客户体验管理的核心部分：它关心客户与品牌的每一次互动如何改变满意度和忠诚度，又如何变成企业的收益。
        基本假设很简单——**好的体验会带来回报**：

        | 回报 | 内容 | 怎样计入模型 |
        |---|---|---|
        | **直接回报** | 客户留得更久、买得更频繁、每次买得更多；满意的客户推荐新客户 | 由留存率、购买频次、客单价、推荐人数和转化率算出 |
        | **间接回报** | 品牌形象提升、市场竞争力增强、员工更有成就感…… | 无法从客户数据直接算出：**只能由你明确写下假设**（例如“直接回报的 5%”），并在汇报时说清楚 |

        **理论基础**

        - **客户满意度理论**：满意度是客户感知到的表现与其期望之间的差距；超出期望就满意，低于期望就失望。
          所以提高满意度有两条路：提升表现，或管理期望。
        - **服务质量理论（SERVQUAL）**：从有形性、可靠性、响应性、保证性、移情性五个维度衡量服务体验，找出期望与感知的差距。
        - **顾客忠诚度理论**：忠诚不只是重复购买的行为，更是对品牌的**情感依赖和信任**。忠诚的客户对价格不那么敏感，
          愿意原谅偶尔的失误，还会主动推荐——他们是企业最宝贵的资产。
        """,
        en="""
        ## 1. What experience returns are

        The experience return model is a core part of customer-experience management: it asks how each interaction
        between customer and brand changes satisfaction and loyalty, and how that becomes income. Its premise is simple
        — **good experiences pay back**:

        | Return | What it is | How the model counts it |
        |---|---|---|
        | **Direct** | customers stay longer, buy more often and more each time; satisfied customers recommend new ones | from retention, purchase frequency, basket size, recommendations and their conversion |
        | **Indirect** | stronger brand image, more competitiveness, prouder staff … | cannot be computed from customer data: **only as an assumption you write down** (e.g. "5 % of the direct returns") and state when you present |

        **Theory behind it**

        - **Satisfaction theory**: satisfaction is the gap between the performance customers perceive and what they
          expected; above expectation they are satisfied, below it disappointed. So there are two ways to raise it:
          perform better, or manage expectations.
        - **Service quality (SERVQUAL)**: measures the experience on five dimensions — tangibles, reliability,
          responsiveness, assurance, empathy — and locates the gaps between expectation and perception.
        - **Customer loyalty theory**: loyalty is more than repeat buying; it is **emotional attachment and trust** in the
          brand. Loyal customers are less price-sensitive, forgive the odd mistake and recommend the brand — they are
          a company's most valuable asset.
        """,
    ),
    md(
        zh="""
        ## 2. 客户终身价值（CLV）

        客户终身价值（CLV，也有人译作“客户生命周期价值”）是一位客户在整个合作期间为企业带来的价值。
        Gupta 和 Lehmann（2003、2005）把客户看作一项资产：一位客户每年带来毛利，每年以一定概率续留，未来的钱要折现。
        把这些年份的价值加起来，就是客户终身价值。`returns.clv` 实现了这个公式（运行 `help(returns.clv)` 查看公式和出处）。

        例子：每位客户每年毛利 300 元，折现率 10%。留存率从 80% 提高到 85%，终身价值会增加多少？
        """,
        en="""
        ## 2. Customer lifetime value (CLV)

        Gupta and Lehmann (2003, 2005) treat a customer as an asset: each year the customer brings a margin, stays to the
        next year with some probability, and future money is discounted. Adding up the years gives the customer
        lifetime value. `returns.clv` implements the formula (run `help(returns.clv)` for the formula and its source).

        Example: a margin of 300 per customer and year, discount rate 10 %. How much does lifetime value rise when
        retention goes from 80 % to 85 %?
        """,
    ),
    code(
        """
        low, high = returns.clv(300, 0.80, 0.10), returns.clv(300, 0.85, 0.10)
        print(t("money_course.print.clv_line", retention="80%", value=f"{low:,.0f}"))
        print(t("money_course.print.clv_line", retention="85%", value=f"{high:,.0f}"))
        print(t("money_course.print.clv_gain", low="80%", high="85%", gain=f"{high - low:,.0f}"))
        """,
        expect={
            "zh": """
            留存率为 80% 时的客户终身价值：800
            留存率为 85% 时的客户终身价值：1,020
            留存率从 80% 提高到 85%，客户终身价值增加 220
            """,
            "en": """
            Lifetime value at retention 80%: 800
            Lifetime value at retention 85%: 1,020
            From 80% to 85% retention the lifetime value rises by 220
            """,
        },
    ),
    trainer(
        zh="""
        **CLV 手算（本环节约 10 分钟）**：毛利在年末到账时 CLV = m × r / (1 + d − r)。

        - r = 0.80：300 × 0.80 / (1.10 − 0.80) = 240 / 0.30 = **800**；
        - r = 0.85：300 × 0.85 / (1.10 − 0.85) = 255 / 0.25 = **1,020**；
        - 留存率只提高 5 个百分点，终身价值提高 220，即 27.5%。

        讨论题：你们的客户平均留存率是多少？提高 5 个百分点需要做什么？
        """,
        en="""
        **CLV by hand (this part: about 10 minutes)**: with the margin at the end of each year, CLV = m × r / (1 + d − r).

        - r = 0.80: 300 × 0.80 / (1.10 − 0.80) = 240 / 0.30 = **800**;
        - r = 0.85: 300 × 0.85 / (1.10 − 0.85) = 255 / 0.25 = **1,020**;
        - five points of retention add 220, i.e. 27.5 %.

        Discussion: what is your customers' average retention? What would it take to add five points?
        """,
    ),
    code(
        """
        returns.plot_clv_vs_retention(300, 0.10, mark=[0.80, 0.85]);
        """
    ),
    md(
        zh="""
        曲线越往右越陡：留存率已经很高时，再提高一点点价值最大。这就是为什么优秀的企业愿意在“已经不错”的体验上继续投入。

        ## 3. 评估一项体验投资

        `returns.experience_return` 把一项体验投资变成逐年的现金流：改善后留下的客户更多（留存率提高）、买得更多
        （频次和客单价提高）、推荐来新客户；再加上你明确假设的间接回报，减去一次性投入和每年的运营成本，折现后得到
        净现值（NPV）、投资回报率（ROI）和回收期。

        先看一个能手算的小例子：投入 50,000 元，5,000 位客户，每人每年毛利 100 元，留存率从 60% 提高到 65%，折现率 10%，算 3 年。
        """,
        en="""
        The curve gets steeper to the right: when retention is already high, a little more is worth the most. That is
        why excellent companies keep investing in experiences that are "already good".

        ## 3. Evaluating an experience investment

        `returns.experience_return` turns an experience investment into yearly cash flows: after the improvement more
        customers stay (higher retention), they buy more (frequency and basket), and they recommend new customers; add
        the indirect returns you assume explicitly, subtract the one-off investment and yearly running costs, discount,
        and you get net present value (NPV), ROI and payback.

        First a small example you can check by hand: invest 50,000; 5,000 customers with a margin of 100 a year;
        retention rises from 60 % to 65 %; discount rate 10 %; three years.
        """,
    ),
    code(
        """
        small = returns.experience_return(investment=50_000, customers=5_000, margin=100, retention=0.60, discount=0.10,
                                          retention_uplift=0.05, horizon=3)
        print(t("money_course.print.return_line", case=t("money_course.print.example"), npv=f"{small.npv:,.0f}",
                roi=f"{small.roi:.0%}",
                payback=t("money_course.explorer.payback_years", years=f"{small.payback_years:.1f}")))
        """,
        expect={
            "zh": "手算例子：净现值 20,577 · 投资回报率 41% · 回收期 2.1 年",
            "en": "Worked example: NPV 20,577 · ROI 41% · payback 2.1 years",
        },
    ),
    trainer(
        zh="""
        **体验投资手算（本环节约 10 分钟）**

        - 第 1 年：5,000 × (0.65 − 0.60) × 100 = 25,000；
        - 第 2 年：5,000 × (0.65² − 0.60²) × 100 = 5,000 × (0.4225 − 0.36) × 100 = 31,250；
        - 第 3 年：5,000 × (0.65³ − 0.60³) × 100 = 5,000 × (0.274625 − 0.216) × 100 = 29,312.5；
        - 现值：25,000 / 1.1 + 31,250 / 1.21 + 29,312.5 / 1.331 = 22,727.27 + 25,826.45 + 22,022.91 = 70,576.63；
        - NPV = 70,576.63 − 50,000 = **20,577**；ROI = 20,576.63 / 50,000 = **41%**；
        - 累计折现现金流：−50,000 → −27,272.73 → −1,446.28 → +20,576.63，回收期 = 2 + 1,446.28 / 22,022.91 ≈ **2.1 年**。

        注意：第 2 年后回报开始下降——基准客户和改善后的客户都在逐年流失，两者之差先扩大后缩小。
        """,
        en="""
        **The investment by hand (this part: about 10 minutes)**

        - Year 1: 5,000 × (0.65 − 0.60) × 100 = 25,000;
        - Year 2: 5,000 × (0.65² − 0.60²) × 100 = 5,000 × (0.4225 − 0.36) × 100 = 31,250;
        - Year 3: 5,000 × (0.65³ − 0.60³) × 100 = 5,000 × (0.274625 − 0.216) × 100 = 29,312.5;
        - Present value: 25,000 / 1.1 + 31,250 / 1.21 + 29,312.5 / 1.331 = 22,727.27 + 25,826.45 + 22,022.91 = 70,576.63;
        - NPV = 70,576.63 − 50,000 = **20,577**; ROI = 20,576.63 / 50,000 = **41 %**;
        - Cumulative discounted cash flow: −50,000 → −27,272.73 → −1,446.28 → +20,576.63; payback = 2 + 1,446.28 /
          22,022.91 ≈ **2.1 years**.

        Note that returns fall after year 2: both the base and the improved customers keep leaving, so their difference
        first widens, then narrows.
        """,
    ),
    md(
        zh="""
        ## 4. 三个案例

        `return_cases` 数据集收录了三家虚构公司的体验投资，每家有一个基准情景，部分还有一个保守情景：

        - **果园零售**（类似苹果零售店）：店员经过专业培训，为每位顾客提供个性化的讲解和服务，让顾客在购买时感到被尊重、
          被专业地对待；
        - **河川商城**（类似亚马逊）：用数据分析顾客的购买习惯并推荐相关商品，同时建立高效的售后服务，确保买后有问题
          能及时得到支持；
        - **明台软件**：持续收集用户反馈，一版一版地迭代产品，直到软件真正好用。
        """,
        en="""
        ## 4. Three cases

        The `return_cases` dataset holds the experience investments of three fictional companies, each with a base
        scenario and some with a cautious one:

        - **Orchard Retail** (Apple-like stores): staff trained to give every customer personal advice and service, so
          that buying feels respectful and professional;
        - **Riverline** (Amazon-like marketplace): analyses buying habits to recommend related products, and runs a fast
          after-sales service so that problems after purchase get timely support;
        - **Brightdesk**: collects user feedback continuously and improves its software release by release until it is
          genuinely easy to use.
        """,
    ),
    code(
        """
        cases = datasets.load("return_cases")
        parameters = [c for c in cases.columns if c not in ("case", "company", "scenario")]
        results = {}
        for row in cases.itertuples(index=False):
            result = returns.experience_return(**{p: getattr(row, p) for p in parameters})
            results[row.case] = result
            payback = (t("money_course.explorer.no_payback", horizon=row.horizon) if result.payback_years is None
                       else t("money_course.explorer.payback_years", years=f"{result.payback_years:.1f}"))
            label = f"{t(f'money_course.company.{row.company}')} · {t(f'money_course.scenario.{row.scenario}')}"
            print(t("money_course.print.return_line", case=label, npv=f"{result.npv:,.0f}", roi=f"{result.roi:.0%}",
                    payback=payback))
        """
    ),
    code(
        """
        returns.plot_roi_over_time(results["orchard_base"]);
        """
    ),
    code(
        """
        returns.plot_return_split(results["riverline_base"]);
        """
    ),
    md(
        zh="""
        两点值得注意：

        1. **同一家公司，假设不同，结论完全相反**。果园零售的基准情景回报很高，保守情景却亏损。汇报时要同时给出
           几个情景，并说明哪一个假设最关键（最好用试点数据来验证它）。
        2. **间接回报是你写下的假设**。河川商城的基准情景把直接回报的 5% 计为品牌形象和竞争力带来的间接回报；
           图中单独标出，决策者可以自己决定要不要相信它。
        """,
        en="""
        Two things stand out:

        1. **Same company, different assumptions, opposite conclusions.** Orchard's base scenario pays back handsomely,
           its cautious one loses money. Present several scenarios side by side and say which assumption matters most
           (ideally test it in a pilot).
        2. **Indirect returns are an assumption you write down.** Riverline's base scenario counts 5 % of the direct
           returns as indirect returns from brand image and competitiveness; the chart shows them separately, so
           decision makers can decide for themselves whether to believe them.
        """,
    ),
    trainer(
        zh="""
        **案例讨论（本环节约 20 分钟）**

        - 分组：每组负责一家公司，找出决定结论的那个假设（提示：比较基准和保守情景的参数）。
        - 苹果零售店的体验靠的是人：培训投入怎样转化为留存率和客单价？哪些效果很难量化（品牌形象）？
        - 亚马逊的推荐系统同时提高购买频次和客单价；高效售后则提高留存——这与上一节损害模型中的“快速解决”是同一枚硬币的两面。
        - 软件公司的回报来自“倾听—迭代”的循环：反馈机制本身就是一项投资。

        讨论题：如果老板只相信直接回报，你的体验项目还能通过吗？
        """,
        en="""
        **Case discussion (this part: about 20 minutes)**

        - Groups: each takes one company and finds the assumption that decides the result (hint: compare the base and
          cautious scenarios' parameters).
        - Apple's store experience rests on people: how does training turn into retention and basket size? Which effects
          are hard to quantify (brand image)?
        - Amazon's recommendations raise purchase frequency and basket; fast after-sales raises retention — the flip
          side of "resolved quickly" in the damage model.
        - The software company's return comes from a listen–iterate loop: the feedback mechanism itself is an investment.

        Discussion: if your CEO believed only in direct returns, would your experience project still pass?
        """,
    ),
    md(
        zh="""
        ## 5. 精准营销：饮料品牌与健康人群

        一家饮料品牌通过客户数据分析发现，有一群顾客特别偏爱健康饮品，于是专门为他们推出了低糖系列。假设这群顾客
        每人每年带来 80 元毛利，推出新系列后，他们的年留存率从 70% 提高到 78%：
        """,
        en="""
        ## 5. Targeted marketing: a beverage brand and health-minded customers

        A beverage brand's customer analysis finds a group of customers with a strong taste for healthy drinks, so it
        launches a low-sugar line just for them. Suppose each of these customers brings a margin of 80 a year and the
        new line lifts their yearly retention from 70 % to 78 %:
        """,
    ),
    code(
        """
        before, after = returns.clv(80, 0.70, 0.10), returns.clv(80, 0.78, 0.10)
        print(t("money_course.print.clv_gain", low="70%", high="78%", gain=f"{after - before:,.0f}"))
        print(t("money_course.print.clv_rise", rise=f"{after / before - 1:.0%}"))
        """,
        expect={
            "zh": """
            留存率从 70% 提高到 78%，客户终身价值增加 55
            每位客户的价值提高 39%
            """,
            "en": """
            From 70% to 78% retention the lifetime value rises by 55
            Each customer is worth 39% more
            """,
        },
    ),
    md(
        zh="""
        手算：80 × 0.70 / 0.40 = 140 元，80 × 0.78 / 0.32 = 195 元（上面的输出给出了提高的幅度）。精准营销的回报来自
        **识别需求**——找到一群需求没有被满足的客户，再为他们设计体验。同样的逻辑也适用于产品开发：明台软件依据用户反馈
        不断迭代，本质上也是在持续识别和满足需求。

        ## 6. 推荐者、被动者、贬损者各值多少钱

        净推荐值（NPS）只问一个问题：“您有多大可能把我们推荐给朋友或同事？”（0～10 分）。打 9～10 分的是推荐者，
        7～8 分的是被动者，0～6 分的是贬损者；NPS 等于推荐者的比例减去贬损者的比例。贝恩公司在分析戴尔等企业时发现，
        推荐者不仅自己买得更多、留得更久，还会带来新客户；贬损者则会劝走潜在客户。`returns.promoter_value` 按这个思路计算每类客户的价值（包括口碑）。
        """,
        en="""
        By hand: 80 × 0.70 / 0.40 = 140 and 80 × 0.78 / 0.32 = 195 (the output above gives the rise). The
        return of targeted marketing comes from **identifying needs** — finding a group whose needs are unmet and
        designing an experience for them. The same logic drives product development: Brightdesk's releases driven by
        user feedback are a continuous way of identifying and meeting needs.

        ## 6. What promoters, passives and detractors are worth

        The Net Promoter Score (NPS) asks one question: "How likely are you to recommend us to a friend or colleague?"
        (0–10). Those who answer 9–10 are promoters, 7–8 passives, 0–6 detractors; NPS is the share of promoters minus
        the share of detractors. Bain's analysis of companies such as Dell found that promoters not only buy more and
        stay longer but bring new customers, while detractors talk prospects out of buying. `returns.promoter_value` follows this
        reasoning to value each kind of customer, word of mouth included.
        """,
    ),
    code(
        """
        groups = returns.promoter_value(
            customers={"promoter": 400, "passive": 350, "detractor": 250}, margin=100,
            retention_by_group={"promoter": 0.9, "passive": 0.8, "detractor": 0.6},
            referrals_by_group={"promoter": 0.5, "passive": 0.1, "detractor": 0.0},
            referral_conversion=0.2, discount=0.10, detractor_negative_referrals=1.0,
        )
        for row in groups.table.itertuples():
            print(t("money_course.print.promoter_line", segment=t(f"returns.segment.{row.group}"),
                    value=f"{row.value_per_customer:,.2f}"))
        """,
        expect={
            "zh": """
            推荐者：每位客户 586.50
            被动者：每位客户 282.84
            贬损者：每位客户 47.20
            """,
            "en": """
            Promoters: 586.50 per customer
            Passives: 282.84 per customer
            Detractors: 47.20 per customer
            """,
        },
    ),
    trainer(
        zh="""
        **推荐者价值手算（本环节约 10 分钟）**

        - 自身价值：推荐者 100 × 0.9 / 0.2 = 450；被动者 100 × 0.8 / 0.3 = 266.67；贬损者 100 × 0.6 / 0.5 = 120；
        - 一位新客户的平均价值：(400 × 450 + 350 × 266.67 + 250 × 120) / 1,000 = 303.33；
        - 推荐者每年带来 0.5 × 0.2 × 303.33 = 30.33，按留存 0.9 折算为 30.33 × 0.9 / 0.2 = 136.50，合计 **586.50**；
        - 贬损者每年劝走 1 × 0.2 × 303.33 = 60.67，折算为 60.67 × 0.6 / 0.5 = 72.80，合计 120 − 72.80 = **47.20**。

        讨论题：把一位贬损者变成被动者，和把一位被动者变成推荐者，哪个更值钱？（练习 3 会让你算一算。）
        """,
        en="""
        **Promoter value by hand (this part: about 10 minutes)**

        - Own value: promoter 100 × 0.9 / 0.2 = 450; passive 100 × 0.8 / 0.3 = 266.67; detractor 100 × 0.6 / 0.5 = 120;
        - Average value of a new customer: (400 × 450 + 350 × 266.67 + 250 × 120) / 1,000 = 303.33;
        - A promoter brings 0.5 × 0.2 × 303.33 = 30.33 a year, over its lifetime 30.33 × 0.9 / 0.2 = 136.50: **586.50**
          in all;
        - A detractor talks away 1 × 0.2 × 303.33 = 60.67 a year, over its lifetime 60.67 × 0.6 / 0.5 = 72.80:
          120 − 72.80 = **47.20**.

        Discussion: which is worth more — turning a detractor into a passive, or a passive into a promoter? (Exercise 3
        lets you compute it.)
        """,
    ),
    md(
        zh="""
        ## 7. 关键要素与应用

        要让体验真正带来回报，需要抓住三个关键要素：

        1. **识别客户需求**：通过市场调研和数据分析收集反馈，弄清客户想要什么、期望是什么（KANO 和 SERVQUAL 模块提供工具）；
        2. **提升服务质量**：靠持续的培训和标准化流程，让员工在每一个接触点都提供令人满意的体验（苹果门店的做法）；
        3. **建立反馈机制**：及时收集和处理客户意见，快速响应市场和需求的变化（软件公司的迭代、上一节的投诉处理）。

        在**客户体验管理**中，体验回报模型帮助企业优化每一个接触点——例如某科技公司分析客户反馈，找出使用产品时的
        痛点，据此改进功能和服务流程；在**市场营销**中，它指导更有针对性的策略；在**产品开发**中，它让创新围绕真实需求展开。

        ## 8. 未来趋势

        - **数字化转型**：越来越多企业用人工智能做客服和数据分析；自动化能提高响应速度，但也要守住“人”的温度。
        - **个性化服务**：客户期望越来越高，企业需要用大数据理解偏好、提供定制化服务——推荐系统只是开始。
        - **可持续发展**：消费者越来越关注品牌的社会责任和环保表现；好的体验也包括让客户为自己的选择感到安心。

        ## 9. 自己动手：假设分析

        选择一个案例，拖动滑块：投资额、留存率提升、每位客户的推荐人数、计算年数、间接回报比例。看看净现值、投资回报率
        和回收期怎样变化。哪个假设一变，结论就翻转？
        """,
        en="""
        ## 7. Key elements and applications

        For experience to pay back, three elements matter most:

        1. **Identify customer needs**: collect feedback through research and data analysis to learn what customers want
           and expect (the KANO and SERVQUAL modules provide the tools);
        2. **Raise service quality**: continuous training and standard procedures let staff deliver a satisfying
           experience at every touchpoint (the Apple store approach);
        3. **Build a feedback mechanism**: gather and act on customer opinions quickly to respond to changes in the market
           and in needs (the software company's iterations, the complaint handling of the damage module).

        In **customer-experience management** the return model helps optimise every touchpoint — a technology company,
        for instance, analyses feedback to find the pain points of using its product and improves features and service
        processes; in **marketing** it guides more targeted strategies; in **product development** it keeps innovation
        focused on real needs.

        ## 8. Trends

        - **Digital transformation**: more and more companies use AI for customer service and data analysis; automation
          speeds up responses but must keep the human touch.
        - **Personalisation**: as expectations rise, companies need big data to understand preferences and offer
          tailored service — recommendation engines are only the start.
        - **Sustainability**: consumers care more and more about a brand's social responsibility and environmental
          record; a good experience includes feeling good about one's choice.

        ## 9. Your turn: what if?

        Choose a case and move the sliders: investment, retention gain, recommendations per customer, years counted,
        indirect share. Watch NPV, ROI and payback. Which assumption flips the conclusion?
        """,
    ),
    code(
        """
        from cxlab.widgets.returns import ReturnExplorer
        explorer = ReturnExplorer("orchard_base")
        explorer
        """
    ),
    md(
        zh="""
        ## 要点回顾

        - 好的体验带来**直接回报**（重复购买、推荐）和**间接回报**（品牌形象、竞争力）；后者只能作为明确写出的假设计入。
        - 满意度取决于感知与期望之差；忠诚是情感上的信任，不只是重复购买。
        - 客户终身价值随留存率加速上升：留存率已经较高时，再提高几个百分点最值钱。
        - 评估体验投资要看净现值、投资回报率和**折现后的**回收期，并同时给出保守情景。
        - 推荐者值得多投入，贬损者的代价包括他们劝走的潜在客户。
        - 关键要素：识别需求、提升服务质量、建立反馈机制；趋势：数字化与人工智能、个性化、可持续发展。

        练习：运行 `cxlab practice` 后，在你的工作区打开 `zh/06_return.ipynb`。
        """,
        en="""
        ## Key points

        - Good experiences bring **direct returns** (repeat purchases, recommendations) and **indirect returns** (brand
          image, competitiveness); the latter only as assumptions written down explicitly.
        - Satisfaction is perception against expectation; loyalty is emotional trust, not just repeat buying.
        - Lifetime value rises ever faster with retention: when retention is already high, a few more points are worth
          the most.
        - Judge an experience investment by NPV, ROI and **discounted** payback, and always show a cautious scenario.
        - Promoters deserve investment; detractors cost the prospects they talk away.
        - Key elements: identify needs, raise service quality, build a feedback mechanism; trends: digital and AI,
          personalisation, sustainability.

        Exercises: after `cxlab practice --lang en`, open `en/06_return.ipynb` in your workspace.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 06_returns}}

        **综合讨论题**

        1. 你们公司的体验项目如果要向财务部门申请预算，最有说服力的一个数字是什么？
        2. 哪些间接回报你愿意写进方案？用什么证据支撑？
        3. 人工智能客服会提高还是降低体验回报？在什么条件下？

        **与上一节的联系**：损害模型算的是“做不好会失去多少”，回报模型算的是“做得好能多得多少”；
        同一个改进（例如快速解决投诉）往往两边都要算。
        """,
        en="""
        {{cxlab timing 06_returns}}

        **Discussion questions**

        1. If your experience project had to win budget from finance, which single number would convince them most?
        2. Which indirect returns would you put in the proposal, and with what evidence?
        3. Will AI customer service raise or lower experience returns? Under what conditions?

        **Link to the previous module**: the damage model counts what you lose by doing badly, the return model what you
        gain by doing well; the same improvement (quick complaint resolution, say) usually belongs in both.
        """,
    ),
]
