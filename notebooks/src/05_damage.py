# Source of notebooks/{zh,en}/05_damage.ipynb — build with: python tools/nbbuild.py 05_damage

import textwrap

#: The worked example of section 3 (the code cell below is written from it, and FACTS computes from it).
EXAMPLE = dict(customers=10_000, problem_rate=0.20, complaint_rate=0.30,
               outcomes={"resolved_quickly": 0.5, "resolved": 0.3, "unresolved": 0.2},
               loyalty="large", value_per_customer=400, baseline_loyalty=0.90)
#: The online retailer's inputs that are not in its order data (section 5, step 3).
RETAILER = dict(customers=60_000, outcomes={"resolved_quickly": 0.3, "resolved": 0.4, "unresolved": 0.3},
                loyalty="small", value_per_customer=420)
#: The share of listeners swayed by word of mouth in section 4 (an assumption: TARP published none).
CONVERSION = 0.02


def FACTS(lang):
    """The numbers the texts below state ({=name}): TARP's rates and the worked example's steps, from the model."""
    return _facts(lang)


@__import__("functools").lru_cache(maxsize=None)
def _facts(lang):
    from cxlab import damage

    tarp = damage.TARP_LOYALTY
    ex = damage.market_damage(**EXAMPLE)
    spread = damage.market_damage(**{**EXAMPLE, "word_of_mouth": {"conversion": CONVERSION}})
    groups = ex.groups.set_index("group")
    sep = "" if lang == "zh" else " "
    pct = lambda x: f"{100 * x:.0f}{sep}%"                      # noqa: E731 — "9%" in Chinese, "9 %" in English
    num = lambda x: f"{x:,.2f}".rstrip("0").rstrip(".")         # noqa: E731 — 1,274 · 97.2 · 34.32
    stay = lambda g: groups.loc[g, "customers"] * groups.loc[g, "loyalty"]  # noqa: E731
    wom = damage.TARP_WORD_OF_MOUTH
    affected = EXAMPLE["customers"] * EXAMPLE["problem_rate"]
    without = affected * EXAMPLE["baseline_loyalty"]
    happy = stay("resolved") + stay("resolved_quickly")
    facts = {
        "silent_large": pct(tarp.loc["large", "silent"]), "unresolved_large": pct(tarp.loc["large", "unresolved"]),
        "quick_large": pct(tarp.loc["large", "resolved_quickly"]), "quick_small": pct(tarp.loc["small", "resolved_quickly"]),
        "customers": num(EXAMPLE["customers"]), "problem_rate": pct(EXAMPLE["problem_rate"]),
        "complaint_rate": pct(EXAMPLE["complaint_rate"]), "value": num(EXAMPLE["value_per_customer"]),
        "baseline": pct(EXAMPLE["baseline_loyalty"]), "baseline_rate": f"{EXAMPLE['baseline_loyalty']:g}",
        "resolved_share": pct(EXAMPLE["outcomes"]["resolved"]), "unresolved_share": pct(EXAMPLE["outcomes"]["unresolved"]),
        "problem": f"{EXAMPLE['problem_rate']:.2f}", "complaint": f"{EXAMPLE['complaint_rate']:.2f}",
        "affected": num(affected), "complained": num(affected * EXAMPLE["complaint_rate"]),
        "lost": num(ex.customers_lost), "risk": num(ex.revenue_at_risk), "without": num(without),
        "stayed": num(affected - ex.customers_lost), "excess": num(ex.excess_lost),
        "told_unhappy": num(wom["told_unhappy"]), "told_happy": num(wom["told_happy"]), "conversion": pct(CONVERSION),
        "prospects_lost": num(spread.prospects_lost), "prospects_won": num(spread.prospects_won),
        "happy": num(happy), "wom_value": num((spread.prospects_won - spread.prospects_lost) * EXAMPLE["value_per_customer"]).replace("-", "−"),
        "wom_loss": num((spread.prospects_lost - spread.prospects_won) * EXAMPLE["value_per_customer"]),
        "net": num(spread.net_value_at_risk),
    }
    facts.update(retail_customers=num(RETAILER["customers"]), retail_value=num(RETAILER["value_per_customer"]),
                 **{f"retail_{g}": pct(v) for g, v in RETAILER["outcomes"].items()})
    for g in ("silent", "unresolved", "resolved", "resolved_quickly"):
        facts[f"n_{g}"] = num(groups.loc[g, "customers"])
        facts[f"stay_{g}"] = num(stay(g))
        facts[f"rate_{g}"] = f"{groups.loc[g, 'loyalty']:.2f}"
        facts[f"leave_{g}"] = f"{1 - groups.loc[g, 'loyalty']:.2f}"
        facts[f"lost_{g}"] = num(groups.loc[g, "lost"])
        facts[f"share_{g}"] = f"{EXAMPLE['outcomes'].get(g, 0):g}"
    return facts


def _example_call(extra=""):
    """The worked example's call as the code cell shows it."""
    e = EXAMPLE
    outcomes = ", ".join(f'"{k}": {v}' for k, v in e["outcomes"].items())
    return (f"damage.market_damage(\n"
            f"    customers={e['customers']:_}, problem_rate={e['problem_rate']:.2f}, complaint_rate={e['complaint_rate']:.2f},\n"
            f"    outcomes={{{outcomes}}},\n"
            f"    loyalty=\"{e['loyalty']}\", value_per_customer={e['value_per_customer']}, baseline_loyalty={e['baseline_loyalty']:.2f},\n)")


CELLS = [
    md(
        zh="""
        # 模块 5 · 体验损害模型：一次糟糕的体验值多少钱？

        **学习目标**（约 80 分钟）

        1. 说清楚体验损害模型（市场损害模型）回答什么问题：负面体验让企业失去多少客户、多少收入和市场份额；
        2. 知道模型从哪里来：TARP（John Goodman）为美国白宫消费者事务办公室所做的投诉研究，以及它公布的复购意愿（客户表示还会再买的比例）；
        3. 亲手算一遍：问题 → 投诉或沉默 → 处理结果 → 流失客户 → 面临流失风险的收入，再加上口碑的放大作用；
        4. 按“收集数据 → 识别因素 → 制定方案 → 实施监控 → 持续改进”五个步骤分析两个案例：在线零售商和酒店入住；
        5. 用敏感性分析（龙卷风图）决定先改进什么，用触点帕累托图找到代价最高的关键时刻；
        6. 把模型与客户满意度理论、SERVQUAL、KANO 联系起来，并说出它在营销、产品开发、服务管理和内部客户服务中的用法。
        """,
        en="""
        # Module 5 · The experience damage model: what does a bad experience cost?

        **Objectives** (about 80 minutes)

        1. Say what the experience damage model (market damage model) answers: how many customers, how much revenue
           and market share a company loses through negative experiences;
        2. Know where the model comes from: TARP's (John Goodman's) complaint studies for the US White House Office of
           Consumer Affairs, and the repurchase intentions they published (the share of customers who say they will buy
           again);
        3. Compute it yourself: problem → complaint or silence → outcome → customers lost → revenue at risk, plus the
           amplifying effect of word of mouth;
        4. Work through two cases — an online retailer and a hotel check-in — along five steps: collect data →
           identify factors → plan improvements → implement and monitor → improve continuously;
        5. Decide what to fix first with a sensitivity (tornado) chart, and find the most expensive key moments with a
           touchpoint Pareto chart;
        6. Link the model to satisfaction theory, SERVQUAL and KANO, and name its uses in marketing, product
           development, service management and internal customer service.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import damage, datasets
        t = cxlab.t
        """
    ),
    md(
        zh="""
        ## 1. 为什么要给负面体验“标价”

        客户遇到问题后，大多数人不会投诉，而是悄悄减少购买或者干脆离开；他们还会把糟糕的经历讲给亲友听。
        这些损失不会出现在任何一张报表的“投诉”一栏里，却实实在在地侵蚀着收入和市场份额。

        体验损害模型把这条链条量化：**有多少客户遇到问题 → 其中多少人投诉 → 投诉处理得怎样 → 每一组客户还会不会再买**，
        最后换算成流失的客户数和面临风险的收入。有了这个数字，体验改进就不再是“锦上添花”，而是可以和其他投资
        放在一起比较的生意。

        **理论基础**

        - **客户满意度理论**：满意度决定客户是否重复购买、是否忠诚；问题处理得好坏直接改变满意度。
        - **SERVQUAL**：服务质量的五个维度——有形性、可靠性、响应性、保证性、移情性——帮助我们找到损害的来源
          （本节的两个案例中，订单处理慢、客服回复慢、前台排队久属于“响应性”问题；错发、破损的商品则属于“可靠性”问题）。
        - **KANO 模型**：基本需求（如准时送达）做不到，客户就会强烈不满；损害模型衡量的正是这些“理所当然”
          的需求落空所造成的代价。
        """,
        en="""
        ## 1. Why put a price on a bad experience?

        After a problem, most customers do not complain: they quietly buy less or leave, and they tell friends and
        family about it. None of this shows up in the "complaints" line of any report, yet it eats into revenue and
        market share.

        The experience damage model puts numbers on that chain: **how many customers have a problem → how many of
        them complain → how the complaint is handled → whether each group buys again**, and turns it into customers
        lost and revenue at risk. With that figure, better experience is no longer a nice-to-have but a business case
        that can be compared with any other investment.

        **Theory behind it**

        - **Satisfaction theory**: satisfaction drives repurchase and loyalty; how a problem is handled changes it.
        - **SERVQUAL**: the five dimensions of service quality — tangibles, reliability, responsiveness, assurance,
          empathy — help locate the sources of damage (in this module's cases, slow order processing, slow answers and
          front-desk queues are responsiveness problems; wrong or damaged items are reliability problems).
        - **KANO**: when a must-be need (such as on-time delivery) is not met, customers are strongly dissatisfied;
          the damage model measures the cost of exactly these taken-for-granted needs going unmet.
        """,
    ),
    md(
        zh="""
        ## 2. 模型从哪里来：TARP 的复购意愿

        1970—80 年代，TARP（Technical Assistance Research Programs，创始人 John Goodman）受美国白宫消费者事务办公室
        委托，调查了客户遇到问题之后的行为。最常被引用的结论是一张复购意愿表：客户是否投诉、投诉是否得到解决、是否
        快速解决，决定了他们还会不会再买。表中的数字是客户在调查中**表示**还会再买的比例，不是事后观察到的实际复购；
        TARP 把基于这些比率的测算表称为“市场损害模型”。本课程把这些比率当作复购的估计值来用，第 7 节再用实际复购记录检验。

        **请注意**：TARP 从未把这个模型作为公式发表。cxlab 的 `damage.market_damage` 是**根据 TARP 公布的参数重建的**：
        每一步计算、每一个假设都写在函数说明里（运行 `help(damage.market_damage)` 可以查看），所有假设都可以改。

        下表是 TARP 公布的复购意愿：“小问题”指客户损失不到 5 美元，“大问题”指损失超过 100 美元（当年的美元）。
        """,
        en="""
        ## 2. Where the model comes from: TARP's repurchase rates

        In the 1970s and 80s TARP (Technical Assistance Research Programs, founded by John Goodman) studied, for the
        US White House Office of Consumer Affairs, what customers do after a problem. Its best-known result is a
        table of repurchase rates: whether customers complain, whether the complaint is resolved and how fast decide
        whether they buy again. The figures are the shares of customers who *said* in the survey that they would buy
        again — stated intentions, not observed repurchase. TARP called the spreadsheet built on these rates its
        "market damage model". This course uses them as estimates of repurchase, and section 7 checks them against
        actual repurchase records.

        **Note**: TARP never published the model as a formula. cxlab's `damage.market_damage` is **reconstructed from
        TARP's published parameters**: every step and every assumption is written in the function's documentation
        (run `help(damage.market_damage)`), and every assumption can be changed.

        The table shows TARP's repurchase intentions: a "small problem" cost the customer under 5 dollars, a "large
        problem" over 100 dollars (dollars of the time).
        """,
    ),
    code(
        """
        tarp = damage.TARP_LOYALTY.rename(
            columns=lambda group: t(f"damage.group.{group}"),
            index=lambda size: t(f"money_course.problem_size.{size}"),
        ).rename_axis(None)
        tarp.style.format("{:.0%}")
        """
    ),
    md(
        zh="""
        读这张表的三个要点：

        1. **沉默的客户最危险**：遇到大问题却不投诉的客户，只有 {=silent_large} 表示还会再买；
        2. **投诉是第二次机会**：即使没解决，投诉过的客户也比沉默的客户更可能留下（{=unresolved_large} 对 {=silent_large}）；
        3. **快速解决能挽回绝大多数客户**：大问题快速解决后，{=quick_large} 的客户表示还会再买。
        """,
        en="""
        Three things to read from the table:

        1. **Silent customers are the most dangerous**: only {=silent_large} of those with a large problem who do not complain
           say they will buy again;
        2. **A complaint is a second chance**: even unresolved, complainers stay more often than silent customers
           ({=unresolved_large} against {=silent_large});
        3. **Quick resolution wins back most customers**: {=quick_large} say they will buy again after a large problem resolved
           quickly.
        """,
    ),
    md(
        zh="""
        ## 3. 手算一个例子

        一家企业每年有 {=customers} 位客户：{=problem_rate} 遇到问题，其中 {=complaint_rate} 投诉；投诉中一半快速解决，{=resolved_share} 解决，{=unresolved_share} 未解决。
        按 TARP 大问题的复购意愿计算，每位忠诚客户每年价值 {=value} 元；没有遇到问题的客户中，{=baseline} 会再买（基准忠诚度）。
        先自己在纸上算一算，再运行下面的单元格核对。
        """,
        en="""
        ## 3. A worked example by hand

        A company has {=customers} customers a year: {=problem_rate} have a problem and {=complaint_rate} of those complain; of the complaints half
        are resolved quickly, {=resolved_share} resolved and {=unresolved_share} not resolved. Use TARP's large-problem rates; a loyal customer is
        worth {=value} a year; {=baseline} of customers without a problem buy again (the baseline loyalty). Work it out on paper
        first, then run the next cell to check.
        """,
    ),
    code(
        "example = " + _example_call() + textwrap.dedent("""
        for row in example.groups.itertuples():
            print(t("money_course.print.groups_line", group=t(f"damage.group.{row.group}"),
                    customers=f"{row.customers:,.0f}", loyalty=f"{row.loyalty:.2f}", lost=f"{row.lost:,.1f}"))
        print(t("money_course.print.lost_line", lost=f"{example.customers_lost:,.0f}",
                revenue=f"{example.revenue_at_risk:,.0f}"))
        print(t("money_course.print.excess_line", excess=f"{example.excess_lost:,.0f}"))
        """),
        expect={
            "zh": """
            未投诉：1,400 人 × (1 − 0.09) = 流失 1,274.0 人
            投诉未解决：120 人 × (1 − 0.19) = 流失 97.2 人
            投诉已解决：180 人 × (1 − 0.54) = 流失 82.8 人
            投诉快速解决：300 人 × (1 − 0.82) = 流失 54.0 人
            流失客户：1,508 人 · 面临流失风险的收入：603,200
            比基准忠诚度多流失的客户：1,308 人
            """,
            "en": """
            Did not complain: 1,400 customers × (1 − 0.09) = 1,274.0 lost
            Complained, not resolved: 120 customers × (1 − 0.19) = 97.2 lost
            Complained, resolved: 180 customers × (1 − 0.54) = 82.8 lost
            Complained, resolved quickly: 300 customers × (1 − 0.82) = 54.0 lost
            Customers lost: 1,508 · revenue at risk: 603,200
            Lost beyond the baseline loyalty: 1,308 customers
            """,
        },
    ),
    trainer(
        zh="""
        **手算核对（约 10 分钟，请学员先在纸上算）**

        - 遇到问题：{=customers} × {=problem} = {=affected} 人；投诉：{=affected} × {=complaint} = {=complained} 人；未投诉：{=n_silent} 人。
        - 投诉结果：快速解决 {=complained} × {=share_resolved_quickly} = {=n_resolved_quickly} 人，解决 {=complained} × {=share_resolved} = {=n_resolved} 人，未解决 {=complained} × {=share_unresolved} = {=n_unresolved} 人。
        - 流失 = {=n_silent} × {=leave_silent} + {=n_unresolved} × {=leave_unresolved} + {=n_resolved} × {=leave_resolved} + {=n_resolved_quickly} × {=leave_resolved_quickly} = {=lost_silent} + {=lost_unresolved} + {=lost_resolved} + {=lost_resolved_quickly} = **{=lost} 人**。
        - 面临流失风险的收入 = {=lost} × {=value} = **{=risk}**。
        - 若这 {=affected} 人没有遇到问题，会有 {=affected} × {=baseline_rate} = {=without} 人留下；实际留下 {=affected} − {=lost} = {=stayed} 人，
          因此“因问题而多流失”的客户为 {=without} − {=stayed} = **{=excess} 人**。

        讨论题：流失的 {=lost} 人中，有多少从来没有投诉过？企业的投诉报表能看到他们吗？
        """,
        en="""
        **Checking by hand (about 10 minutes; let learners compute on paper first)**

        - With a problem: {=customers} × {=problem} = {=affected}; complain: {=affected} × {=complaint} = {=complained}; silent: {=n_silent}.
        - Outcomes: resolved quickly {=complained} × {=share_resolved_quickly} = {=n_resolved_quickly}, resolved {=complained} × {=share_resolved} = {=n_resolved}, not resolved {=complained} × {=share_unresolved} = {=n_unresolved}.
        - Lost = {=n_silent} × {=leave_silent} + {=n_unresolved} × {=leave_unresolved} + {=n_resolved} × {=leave_resolved} + {=n_resolved_quickly} × {=leave_resolved_quickly} = {=lost_silent} + {=lost_unresolved} + {=lost_resolved} + {=lost_resolved_quickly} = **{=lost}**.
        - Revenue at risk = {=lost} × {=value} = **{=risk}**.
        - Without the problem {=affected} × {=baseline_rate} = {=without} would have stayed; {=affected} − {=lost} = {=stayed} did, so the customers lost
          *because of* the problem are {=without} − {=stayed} = **{=excess}**.

        Discussion: how many of the {=lost} never complained? Can the company's complaint report see them?
        """,
    ),
    code(
        """
        damage.plot_funnel(example);
        """
    ),
    code(
        """
        damage.plot_revenue_by_group(example);
        """
    ),
    md(
        zh="""
        第二张图中的蓝色柱表示“比基准多流失”的部分。快速解决的那一组几乎没有多流失（{=quick_large} 对基准的 {=baseline}）；
        如果是小问题（快速解决后 {=quick_small} 会再买），这一组甚至比从未遇到问题的客户更忠诚，蓝色柱会变成负数——这就是常说的
        **服务补救悖论**（在第 9 节的控件里切换到“TARP：小问题”就能看到）。它不是鼓励制造问题的理由，而是说明一次
        处理得当的投诉有多大价值。
        """,
        en="""
        The blue bars in the second chart are the loss *beyond* the baseline. The quick-resolution group loses hardly
        more than the baseline ({=quick_large} against {=baseline}); with small problems ({=quick_small} buy again after quick resolution) it
        would even beat customers who never had a problem and its blue bar would turn negative — the **service
        recovery paradox** (switch the explorer in section 9 to "TARP: small problem" to see it). It is no reason to
        create problems, but it shows how much one well-handled complaint is worth.
        """,
    ),
    md(
        zh="""
        ## 4. 口碑：损害会传染

        TARP 还发现：不满意的客户会把经历告诉大约 {=told_unhappy} 个人，而投诉得到圆满解决的客户会告诉大约 {=told_happy} 个人。口碑让损害
        超出了流失客户本身：有些潜在客户因此再也不会来。`word_of_mouth` 参数把这一点算进去；其中“被口碑说服的比例”
        TARP 没有公布，必须由你根据自己的情况假设——下面假设为 {=conversion}。
        """,
        en="""
        ## 4. Word of mouth: damage spreads

        TARP also found that an unhappy customer tells about {=told_unhappy} people, while a customer whose complaint was resolved
        well tells about {=told_happy}. Word of mouth takes the damage beyond the customers lost: some prospects never come. The
        `word_of_mouth` parameter counts this; the share of listeners who are swayed was not published by TARP and is
        your own assumption — {=conversion} below.
        """,
    ),
    code(
        """
        spread = damage.market_damage(**{**example.inputs, "word_of_mouth": {"conversion": %s}})
        print(t("money_course.print.wom_line", lost=f"{spread.prospects_lost:,.1f}", won=f"{spread.prospects_won:,.2f}",
                net=f"{spread.net_value_at_risk:,.0f}"))
        """ % CONVERSION,
        expect={
            "zh": "口碑：失去 301.6 位潜在客户，赢得 34.32 位 → 计入口碑后的潜在损失 710,112",
            "en": "Word of mouth: 301.6 prospects lost, 34.32 won → net value at risk 710,112",
        },
    ),
    trainer(
        zh="""
        **口碑的手算（约 5 分钟）**

        - 失去的潜在客户 = 流失 {=lost} 人 × 告诉 {=told_unhappy} 人 × {=conversion} = **{=prospects_lost}**；
        - 赢得的潜在客户 = 投诉得到解决并留下的客户（{=n_resolved} × {=rate_resolved} + {=n_resolved_quickly} × {=rate_resolved_quickly} = {=stay_resolved} + {=stay_resolved_quickly} = {=happy}）× 告诉 {=told_happy} 人 × {=conversion} = **{=prospects_won}**；
        - 口碑净值 = ({=prospects_won} − {=prospects_lost}) × {=value} = {=wom_value}；计入口碑后的潜在损失 = {=risk} + {=wom_loss} = **{=net}**。

        讨论题：在社交媒体时代，“告诉 {=told_unhappy} 个人”还成立吗？你们行业一条差评会被多少人看到？
        """,
        en="""
        **Word of mouth by hand (about 5 minutes)**

        - Prospects lost = {=lost} lost × {=told_unhappy} people told × {=conversion} = **{=prospects_lost}**;
        - Prospects won = resolved complainers who stayed ({=n_resolved} × {=rate_resolved} + {=n_resolved_quickly} × {=rate_resolved_quickly} = {=stay_resolved} + {=stay_resolved_quickly} = {=happy}) × {=told_happy} told × {=conversion}
          = **{=prospects_won}**;
        - Word-of-mouth value = ({=prospects_won} − {=prospects_lost}) × {=value} = {=wom_value}; net value at risk = {=risk} + {=wom_loss} = **{=net}**.

        Discussion: does "tells {=told_unhappy} people" still hold with social media? How many people read one bad review in
        your industry?
        """,
    ),
    md(
        zh="""
        ## 5. 案例一：在线零售商——按五个步骤展开

        一家网店发现复购率在下滑。分析客户反馈后，它认定**订单处理速度**和**客服响应时间**是客户不满的主要来源，
        于是优化了订单处理流程、增加了客服人员。我们用它一年的订单数据，走一遍实施体验损害模型的五个步骤：

        **收集数据 → 识别影响因素 → 制定改进方案 → 实施和监控 → 持续改进**

        ### 第 1 步：收集数据

        客户反馈、调研和销售数据要能连在一起：每一笔订单的处理时间、是否出问题、是否找过客服、是否满意、是否复购。
        """,
        en="""
        ## 5. Case 1: an online retailer, in five steps

        An online shop sees repurchase falling. From customer feedback it concludes that **order processing speed** and
        **customer-service response time** are the main sources of dissatisfaction, so it streamlines order
        processing and hires more service agents. With one year of its orders we walk through the five steps of
        applying the damage model:

        **collect data → identify factors → plan improvements → implement and monitor → improve continuously**

        ### Step 1: collect data

        Feedback, survey and sales data must connect: for every order its processing time, whether something went
        wrong, whether the customer contacted service, was satisfied and bought again.
        """,
    ),
    code(
        """
        orders = datasets.load("damage_online_retailer")
        datasets.describe("damage_online_retailer")
        """
    ),
    md(
        zh="""
        ### 第 2 步：识别影响因素

        按订单处理时间分组，看每组出问题、满意和复购的比例（这里只是分组求平均，属于描述性统计）。
        处理时间只看改进前的六个月；客服响应时间则用全年联系过客服的订单（改进前很少有快速回复，合在一起才看得出差别）。
        """,
        en="""
        ### Step 2: identify the factors

        Group the orders by processing time and look at the share with a problem, satisfied and buying again in each
        group (a plain group mean: description, not a model). For processing time we use the six months before the
        change; for response time all orders with a service contact over the year (before the change there were too
        few fast answers to compare).
        """,
    ),
    code(
        """
        before = orders[orders["month"] < 7]
        by_speed = damage.rate_by_band(before, "processing_hours", ["problem", "satisfied", "repurchased"],
                                       bins=[0, 12, 24, 48, 96, float("inf")])
        (by_speed.rename_axis(t("money_course.col.processing_band"))
         .rename(columns=lambda c: t(f"money_course.col.{c}")).round(2))
        """
    ),
    code(
        """
        contacted = orders[orders["contacted_service"] == 1]
        by_response = damage.rate_by_band(contacted, "response_hours", ["satisfied", "repurchased"],
                                          bins=[0, 4, 12, 24, 48, float("inf")])
        (by_response.rename_axis(t("money_course.col.response_band"))
         .rename(columns=lambda c: t(f"money_course.col.{c}")).round(2))
        """
    ),
    md(
        zh="""
        两张表讲的是同一个故事：24 小时内发出的订单很少出问题；超过 48 小时，出问题的比例成倍上升，
        满意度随之下滑。找过客服的客户中，回复越慢，满意和复购的比例越低。这就是两个关键因素。

        ### 第 3 步：制定改进方案——先算清楚值多少钱

        把数据里的比例代入模型（一年约 {=retail_customers} 位客户，每位忠诚客户每年价值 {=retail_value} 元）。订单数据里没有投诉的处理结果，
        这里假设 {=retail_resolved_quickly} 快速解决、{=retail_resolved} 解决、{=retail_unresolved} 未解决；订单平均约 200 元，按 TARP“小问题”的复购意愿计算，结果偏保守。
        """,
        en="""
        The two tables tell one story: orders dispatched within 24 hours rarely go wrong; beyond 48 hours the share
        of problems multiplies and satisfaction drops. Among customers who contacted service, the slower the answer,
        the fewer were satisfied and bought again. These are the two key factors.

        ### Step 3: plan improvements — first work out what they are worth

        Put the shares from the data into the model (about {=retail_customers} customers a year, a loyal customer worth {=retail_value} a
        year). The orders do not record how complaints ended, so we assume {=retail_resolved_quickly} resolved quickly, {=retail_resolved} resolved,
        {=retail_unresolved} not resolved; orders average about 200 yuan, so we use TARP's small-problem rates — a cautious choice.
        """,
    ),
    code(
        """
        rates = damage.funnel_rates(before)
        retailer = damage.market_damage(
            customers=%s, problem_rate=rates["problem_rate"], complaint_rate=rates["complaint_rate"],
            outcomes=%s,
            loyalty="%s", value_per_customer=%s,
        )
        print(t("money_course.print.lost_line", lost=f"{retailer.customers_lost:,.0f}",
                revenue=f"{retailer.revenue_at_risk:,.0f}"))
        damage.plot_funnel(retailer);
        """ % (f"{RETAILER['customers']:_}", __import__("json").dumps(RETAILER["outcomes"]), RETAILER["loyalty"],
               RETAILER["value_per_customer"])
    ),
    md(
        zh="""
        **先改进什么？** 敏感性分析把每个输入分别调低和调高 10%，看面临流失风险的收入变化多少。条形越长，这个杠杆越有力。
        客户数和单客价值不是服务团队能控制的；在能控制的杠杆中，请比较“问题发生率”“投诉率”和各处理结果的比例。

        读图前先知道一点：问题发生率、客户数和单客价值的条形一定一样长。面临流失风险的收入与这三者都成正比，
        任何一个变动 10%，结果也正好变动 10%——这个并列来自模型的结构，不是数据告诉我们的。
        """,
        en="""
        **What to fix first?** The sensitivity analysis lowers and raises each input by 10 % in turn and records how much
        the revenue at risk moves. The longer the bar, the stronger the lever. The number of customers and their value
        are not service levers; among those a service team controls, compare the problem rate, the complaint rate and
        the outcome shares.

        One thing to know before reading the chart: the bars of problem rate, customers and value per customer are
        always equally long. The revenue at risk is proportional to all three, so a 10 % change in any of them moves it
        by exactly 10 % — a tie that comes from the model's structure, not from the data.
        """,
    ),
    code(
        """
        swings = damage.sensitivity(retailer.inputs, change=0.1)
        levers = swings[~swings["parameter"].isin(["customers", "value_per_customer"])]
        top = levers.iloc[0]
        print(t("money_course.print.top_lever", parameter=t(f"damage.param.{top['parameter']}"),
                low=f"{top['target_low']:,.0f}", high=f"{top['target_high']:,.0f}"))
        damage.plot_tornado(swings, top=8);
        """
    ),
    md(
        zh="""
        在同样 10% 的变动下，降低问题发生率的作用最大——但如上所说，这是模型的结构决定的。真正决定先做什么，还要问：
        每个杠杆现实中能改变多少、要花多少钱？网店的数据显示，订单处理提速能让问题成倍减少，这比把投诉率提高一成
        容易得多。另一个值得注意的结论是：提高投诉率会**降低**损害——让客户方便地说出不满，企业才有机会挽回。
        网店据此制定了两项措施：重新设计拣货和发货流程，把订单处理时间减半；增加客服人员，把首次回复时间压到 4 小时左右。

        ### 第 4 步：实施和监控

        措施从第 7 个月开始实施。比较前后两个半年：
        """,
        en="""
        For the same 10 % change, lowering the problem rate does the most — but, as said above, that follows from the
        model's structure. To decide what to do first, also ask how far each lever can really move and at what cost.
        The shop's data show that faster processing cuts problems several-fold, far easier than raising the complaint
        rate by a tenth. The other lesson: raising the complaint rate *lowers* the damage — only a customer who speaks up
        can be won back. The shop therefore planned two measures: redesign
        picking and dispatch to halve processing time, and hire agents to bring the first answer down to about four
        hours.

        ### Step 4: implement and monitor

        The measures start in month 7. Compare the two half-years:
        """,
    ),
    code(
        """
        monitor = damage.rate_by_band(orders, "month", ["problem", "satisfied", "repurchased"], bins=[1, 6, 12],
                                      labels=["before", "after"], medians=["processing_hours", "response_hours"])
        monitor.index = [t(f"money_course.period.{p}") for p in monitor.index]
        monitor.rename(columns=lambda c: t(f"money_course.col.{c}")).round(2)
        """
    ),
    code(
        """
        after = orders[orders["month"] >= 7]
        improved = damage.market_damage(**{**retailer.inputs,
                                           "problem_rate": damage.funnel_rates(after)["problem_rate"]})
        print(t("money_course.print.saved_line", before=f"{retailer.revenue_at_risk:,.0f}",
                after=f"{improved.revenue_at_risk:,.0f}",
                saved=f"{retailer.revenue_at_risk - improved.revenue_at_risk:,.0f}"))
        """
    ),
    md(
        zh="""
        ### 第 5 步：持续改进——下一个目标在哪里？

        改进不会一次完成。把视角从订单拉到整个客户旅程：每个触点有多少客户经过、多少人在那里遇到问题、遇到问题后
        有多少人不再购买？触点帕累托图把损害从大到小排开，前几个触点通常占了八成损失——它们就是需要重点管理的
        **关键时刻（MOT）**，也是下一节客户旅程分析的起点。
        """,
        en="""
        ### Step 5: improve continuously — where is the next target?

        Improvement is never finished. Widen the view from orders to the whole journey: how many customers pass each
        touchpoint, how many have a problem there, how many of those stop buying? The touchpoint Pareto chart sorts
        the damage from largest to smallest; the first few touchpoints usually carry 80 % of the loss — they are the
        **moments of truth** to manage, and the starting point of the journey analysis module.
        """,
    ),
    code(
        """
        touchpoints = datasets.load("damage_retailer_touchpoints")
        touchpoints["touchpoint"] = [t(f"money_course.touchpoint.{c}") for c in touchpoints["touchpoint"]]
        pareto = damage.touchpoint_damage(touchpoints)
        for row in pareto.head(3).itertuples():
            print(t("money_course.print.pareto_line", rank=row.rank, touchpoint=row.touchpoint,
                    revenue=f"{row.revenue_at_risk:,.0f}", share=f"{row.share:.0%}",
                    cumulative=f"{row.cumulative_share:.0%}"))
        damage.plot_pareto(pareto);
        """
    ),
    trainer(
        zh="""
        **五个步骤（约 25 分钟）**

        - 第 1～2 步（8 分钟）：先让学员猜“哪个因素影响最大”，再看两张分组表。提醒：分组求平均只是描述，
          要证明因果还需要对照（第 4 步的前后对比就是一种）。
        - 第 3 步（7 分钟）：让学员口头预测龙卷风图最长的条形，然后运行。重点讨论“投诉率越高、损害越小”这个反直觉的结论。
        - 第 4 步（5 分钟）：前后对比中，满意度和复购的变化是否都能归功于措施？还有哪些因素（季节、促销）要排除？
        - 第 5 步（5 分钟）：帕累托图前三个触点占了多少？请学员为排名第一的触点提出一项改进措施。

        讨论题：你们公司的“订单处理”和“客服响应”分别是谁负责？两个部门互为**内部客户**吗？
        """,
        en="""
        **The five steps (about 25 minutes)**

        - Steps 1–2 (8 min): let learners guess "which factor matters most" before showing the two tables. Remind
          them that a group mean is description; showing cause needs a comparison (the before/after of step 4 is one).
        - Step 3 (7 min): ask for a prediction of the longest tornado bar, then run it. Discuss the counter-intuitive
          result: more complaints, less damage.
        - Step 4 (5 min): can all the change in satisfaction and repurchase be credited to the measures? What else
          (season, promotions) must be ruled out?
        - Step 5 (5 min): what share do the first three touchpoints carry? Ask for one improvement for the top one.

        Discussion: who owns "order processing" and who owns "service response" in your company? Are the two teams
        each other's **internal customers**?
        """,
    ),
    md(
        zh="""
        ## 6. 案例二：酒店入住时的前台等待

        一家城市酒店在体验评估中发现，客人最集中的负面体验是**入住时在前台排队**。酒店增加了一名前台员工，并推出了
        线上预办入住。入住记录包含改进前后各 60 天的数据。先看等待时间和满意度、投诉、再次入住之间的关系：
        """,
        en="""
        ## 6. Case 2: waiting at a hotel's front desk

        A city hotel's experience review found that guests' most common negative experience was **queueing at the
        front desk on arrival**. The hotel added a third front-desk clerk and offered online pre-check-in. The
        check-in log covers 60 days before and 60 days after. First, how waiting relates to satisfaction,
        complaints and coming back:
        """,
    ),
    code(
        """
        checkins = datasets.load("damage_hotel_checkin")
        by_wait = damage.rate_by_band(checkins, "wait_minutes", ["complained", "stayed_again"],
                                      bins=[0, 5, 10, 20, 30, 60, float("inf")], means="satisfaction")
        (by_wait.rename_axis(t("money_course.col.wait_band"))
         .rename(columns=lambda c: t(f"money_course.col.{c}")).round(2))
        """
    ),
    md(
        zh="""
        等待超过 20 分钟后，满意度明显下降，投诉率跳升，一年内再次入住的客人越来越少：**等待 → 不满 → 不再回来**。
        注意投诉的客人始终是少数：大部分等得不耐烦的客人只是默默不再回来。改进前后对比：
        """,
        en="""
        Beyond 20 minutes of waiting, satisfaction drops clearly, complaints jump and fewer guests return within a
        year: **waiting → dissatisfaction → no return**. Note that complainers remain a minority: most impatient guests
        simply do not come back. Before and after the change:
        """,
    ),
    code(
        """
        hotel = damage.rate_by_group(checkins, "period", ["complained", "stayed_again"],
                                     means=["wait_minutes", "satisfaction"], order=["before", "after"])
        hotel.index = [t(f"money_course.period.{p}") for p in hotel.index]
        hotel.rename(columns=lambda c: t(f"money_course.col.{c}")).round(2)
        """
    ),
    trainer(
        zh="""
        **酒店案例（约 10 分钟）**

        - 请学员找出“等待多久开始明显伤害满意度”的拐点（约 20 分钟），再讨论：酒店应该把服务标准定在多少分钟？
        - 连接 SERVQUAL：前台等待属于哪个维度（响应性）？增加人手和线上预办分别改善了哪些维度？
        - 连接 KANO：快速入住是基本需求还是魅力需求？生日升级房型呢？

        讨论题：除了增加人手，还有哪些不增加成本的办法可以减少高峰时段的等待？
        """,
        en="""
        **Hotel case (about 10 minutes)**

        - Ask learners to find the point where waiting starts to hurt satisfaction clearly (about 20 minutes); then
          discuss what service standard the hotel should set.
        - SERVQUAL: which dimension is front-desk waiting (responsiveness)? Which dimensions do more staff and online
          pre-check-in improve?
        - KANO: is a fast check-in a must-be or an attractive need? And a birthday room upgrade?

        Discussion: apart from hiring, what could shorten peak-hour queues at no extra cost?
        """,
    ),
    md(
        zh="""
        ## 7. 你自己的复购率：投诉记录

        TARP 的比率来自几十年前的美国调查，而且是客户**表示**的复购意愿。如果企业有自己的投诉记录，并能追踪客户之后
        是否真的再买，就可以估算自己的实际复购率。下面是一家家居零售商一年的投诉记录（数据是按 TARP 比率随机生成的，
        所以结果应该接近但不会恰好等于 TARP）。

        大小问题的界线：TARP 用的是当年的 5 美元和 100 美元，中间一段没有给出比率。这家零售商的订单大多在几百元，
        它把订单金额超过 500 元的问题算作大问题、其余算作小问题，让每一条投诉都能归入一类。界线应该按自己的行业来定：
        问一问，多大的损失会让你的客户觉得“这是大事”？
        """,
        en="""
        ## 7. Your own repurchase rates: a complaint log

        TARP's rates come from US surveys decades ago, and they are what customers *said* they would do. A company that
        logs complaints and can follow whether the customer really bought again can estimate its own actual repurchase
        rates. Below, one year of complaints of a home-goods retailer (drawn at random from TARP's rates, so the
        estimates should land near TARP's but not exactly on them).

        Where small ends and large begins: TARP drew its lines at 5 and 100 dollars of the time and gave no rates in
        between. This retailer's orders are mostly a few hundred yuan; it calls a problem with an order over 500 yuan
        large and every other one small, so that every complaint falls into one of the two. Set the line for your own
        industry: how big a loss makes your customers feel "this is serious"?
        """,
    ),
    code(
        """
        log = datasets.load("complaint_log")
        estimated = damage.loyalty_by_outcome(log, outcome="resolution", retained="repurchased_12m",
                                              size="problem_size")
        estimated.index = [f"{t(f'money_course.problem_size.{s}')} · {t(f'money_course.resolution.{r}')}"
                           for s, r in estimated.index]
        print(t("money_course.print.loyalty_table"))
        estimated.rename(columns=lambda c: t(f"money_course.col.{c}")).round(2)
        """
    ),
    md(
        zh="""
        ## 8. 模型的用途

        - **市场营销**：把负面体验换算成流失收入，为挽留和口碑管理争取预算；找出最伤害满意度的因素，调整营销承诺。
        - **产品开发**：新产品上市前，预估使用中可能出现的问题及其代价，在设计阶段就消除最昂贵的问题。
        - **服务管理**：确定服务标准（例如客服几小时内回复）、投诉处理流程和授权，衡量改进的回报。
        - **内部客户**：每个岗位都有“客户”——下游同事。订单处理慢，客服就接到更多投诉；损害模型让各部门看到
          自己对最终客户流失的影响，增强服务意识。
        - **关键时刻（MOT）**：客户与企业接触的每一个瞬间都可能造成损害；触点帕累托图告诉我们哪些时刻最值得投入。

        ## 9. 自己动手：假设分析

        拖动滑块，看流失客户和面临流失风险的收入如何变化。试试：把“快速解决”调高、“未解决”随之减少；切换 TARP 大问题/小问题；
        打开口碑；或者选择“自定义比率”，填入你从自己投诉记录中估算的复购率。
        """,
        en="""
        ## 8. What the model is used for

        - **Marketing**: turning bad experiences into lost revenue wins budget for retention and word-of-mouth
          management; finding the factors that hurt satisfaction most adjusts what marketing promises.
        - **Product development**: before launch, estimate the problems customers may meet in use and their cost, and
          remove the most expensive ones at the design stage.
        - **Service management**: set service standards (e.g. answer within so many hours), complaint procedures and
          front-line authority, and measure the return of improvements.
        - **Internal customers**: every job has customers — the colleagues downstream. Slow order processing floods
          customer service with complaints; the damage model shows each team its share in the customers lost and
          strengthens service awareness.
        - **Key moments (moments of truth)**: every moment a customer meets the company can do damage; the touchpoint
          Pareto chart shows which moments deserve the investment.

        ## 9. Your turn: what if?

        Move the sliders and watch customers lost and revenue at risk. Try: raise "resolved quickly" (the unresolved
        share shrinks with it); switch between TARP's large and small problems; switch on word of mouth; or choose
        "own rates" and enter the repurchase rates you estimated from your own complaint log.
        """,
    ),
    code(
        """
        from cxlab.widgets.damage import DamageExplorer
        explorer = DamageExplorer()
        explorer
        """
    ),
    md(
        zh="""
        ## 要点回顾

        - 体验损害模型把“客户遇到问题”换算成流失的客户、面临流失风险的收入和口碑损失；它由 TARP 公布的复购率重建而来，没有官方公式，
          所有假设都应该摆在桌面上。
        - 大部分损害来自**不投诉的客户**；投诉是第二次机会，快速解决能挽回绝大多数客户。
        - 最有力的杠杆是**预防问题**，其次是让投诉变得容易、把问题快速解决。
        - 按五个步骤推进：收集数据 → 识别因素 → 制定方案 → 实施监控 → 持续改进；用触点帕累托图找到下一个关键时刻。
        - 模型与满意度理论、SERVQUAL、KANO 相互补充：后者告诉我们问题出在哪里，损害模型告诉我们它值多少钱。

        练习：运行 `cxlab practice` 后，在你的工作区打开 `zh/05_damage.ipynb`。
        """,
        en="""
        ## Key points

        - The experience damage model turns "customers had a problem" into customers lost, revenue at risk and
          word-of-mouth loss; it is reconstructed from TARP's published repurchase rates — there is no official formula,
          so every assumption belongs on the table.
        - Most damage comes from **customers who do not complain**; a complaint is a second chance, and quick
          resolution wins back most customers.
        - The strongest lever is **preventing problems**; next come making complaints easy and resolving them quickly.
        - Work in five steps: collect data → identify factors → plan improvements → implement and monitor → improve
          continuously; use the touchpoint Pareto chart to find the next moment of truth.
        - The model complements satisfaction theory, SERVQUAL and KANO: they tell where the problem is, the damage
          model tells what it costs.

        Exercises: after `cxlab practice --lang en`, open `en/05_damage.ipynb` in your workspace.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 05_damage}}

        **综合讨论题**

        1. 你们公司知道每年有多少客户遇到问题却没有投诉吗？怎样才能知道？
        2. 如果预算只够做一件事——减少问题、方便投诉、加快解决——你选哪一件？用控件算给大家看。
        3. 哪个部门是你的内部客户？你的工作怎样影响了他们面对的外部客户？

        **常见疑问**：“TARP 的数据太老了吗？”——比率会因行业和时代而变，但结构（沉默最危险、快速解决最有效）
        在后来的研究中反复出现；有条件就用第 7 节的方法估算自己的比率。
        """,
        en="""
        {{cxlab timing 05_damage}}

        **Discussion questions**

        1. Does your company know how many customers have a problem each year without complaining? How could it?
        2. With budget for one thing only — fewer problems, easier complaints, faster resolution — which do you
           choose? Show it with the explorer.
        3. Which team is your internal customer? How does your work shape the external customers they serve?

        **A common question**: "Isn't TARP's data too old?" — the rates vary by industry and era, but the pattern
        (silence is most dangerous, quick resolution most effective) has been found again and again since; where you
        can, estimate your own rates as in section 7.
        """,
    ),
]
