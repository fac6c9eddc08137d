# Source of notebooks/zh/08_capstone.ipynb and notebooks/en/08_capstone.ipynb (build: python tools/nbbuild.py 08_capstone).
# md / params / code / trainer are injected by tools/nbbuild.py.

def FACTS(lang):
    """The numbers the trainer notes below state ({=name}), computed from the case when the notebook is built."""
    return _facts(lang)


@__import__("functools").lru_cache(maxsize=None)
def _facts(lang):
    from cxlab import capstone, course

    result = capstone.plan()
    row, nps = result.damage_row(), result.nps["before"]
    signed = lambda x: f"{x:.1f}".replace("-", "−")          # noqa: E731 — the minus sign of printed text
    p, d = nps.promoters / nps.n, nps.detractors / nps.n
    return {
        "customers": f"{result.parameters['customers']:,.0f}", "reach_share": f"{row['reach'] / result.parameters['customers']:.2f}",
        "reach": f"{row['reach']:,.0f}", "problem_rate": f"{row['problem_rate']:.2f}",
        "affected": f"{row['customers_affected']:,.0f}", "loyalty_drop": f"{row['loyalty_drop']:.2f}",
        "lost": f"{row['customers_lost']:,.0f}", "value": f"{row['value_per_customer']:,.0f}",
        "risk": f"{row['revenue_at_risk']:,.0f}",
        "n": nps.n, "promoters": nps.promoters, "detractors": nps.detractors, "nps": signed(nps.nps),
        "p": f"{p:.3f}", "d": f"{d:.3f}", "diff": f"{abs(p - d):.3f}", "se": f"{nps.se:.2f}",
        "margin": f"{nps.nps - nps.low:.2f}", "low": signed(nps.low), "high": signed(nps.high),
        "minutes": course.module_minutes("08_capstone"), "core_minutes": course.module_minutes("08_capstone", core=True),
        "exercise_minutes": course.EXERCISE_MINUTES["08_capstone"],
    }


CELLS = [
    md(
        zh="""
        # 模块 8 · 综合案例：悦家电器，从金字塔到一页改进计划

        前面七个模块，每个模块讲一个模型、用一家不同的公司。真实的工作里，这些模型要用在**同一家公司、同一批客户**上，
        而且它们应该讲出同一个故事。本模块用一家虚构的家电品牌——**悦家电器**——把所有模型串起来：
        每个模型都在同一批客户、同一条客户旅程上运行，最后由各小组写出一页改进计划并当众汇报。

        ## 学习目标

        学完本模块，你能够：

        1. 按“金字塔 → KANO → SERVQUAL → 旅程与关键时刻 → 损害 → 回报 → 净推荐值”的顺序分析一家公司；
        2. 说明不同模型的结果为什么会指向同一个痛点，以及当它们不一致时该怎么追问；
        3. 把最大的痛点换算成流失的客户和面临流失风险的收入，并算出改进它的投入产出；
        4. 用改进前后两轮净推荐值（NPS）判断改进是否真的被客户感受到了；
        5. 以小组为单位写出并汇报一页改进计划：先改什么、证据是什么、谁负责、怎么衡量。

        **时长**：约 {=minutes} 分钟（见文末讲师备注）。课堂上的练习是小组活动：讲师用打印的案例讲义
        （`cxlab handout capstone_plan --groups 6`）给每组一份不同的数据。课后想一个人再把改进计划的每一步走一遍，
        可以做练习本 `08_capstone.ipynb`（`cxlab practice` 复制到你的工作区，约 {=exercise_minutes} 分钟）。
        """,
        en="""
        # Module 8 · Capstone case: Yuejia Home Appliances, from the pyramid to a one-page improvement plan

        The first seven modules each taught one model with a different company. At work these models are used on **one
        company and one set of customers**, and they should tell one story. This module follows a fictional home-appliance
        brand, **Yuejia Home Appliances**, through every model: each runs on the same customers and the same journey, and
        at the end every table group writes a one-page improvement plan and presents it.

        ## Objectives

        After this module you can:

        1. analyse one company in the order pyramid → KANO → SERVQUAL → journey and moments of truth → damage → return
           → NPS;
        2. explain why different models point to the same pain point, and what to ask when they do not agree;
        3. price the worst pain point in lost customers and revenue at risk, and work out the return of fixing it;
        4. judge from two waves of NPS, before and after the fix, whether customers really noticed it;
        5. write and present, as a group, a one-page improvement plan: what to fix first, the evidence, the owner, the
           measure.

        **Time**: about {=minutes} minutes (see the trainer notes at the end). In class the group activity is the exercise:
        the trainer hands each group its own data on a printed case handout (`cxlab handout capstone_plan --groups 6`).
        To take each step of the plan again on your own afterwards, work through the exercise notebook
        `08_capstone.ipynb` (`cxlab practice` copies it into your workspace; about {=exercise_minutes} minutes).
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from IPython.display import display
        from cxlab import capstone, journey, kano, pyramid, returns, servqual, value
        """
    ),
    md(
        zh="""
        ## 0. 公司的故事

        悦家电器是一家中型家电品牌，卖得不错，网上的评价却越来越差。管理层看到的是一句话：“差评几乎都在说维修。”
        他们想知道：问题到底出在哪里？值不值得花钱改？改了之后客户会不会感受到？

        下面这段介绍由案例数据生成，其中的人数都是数出来的：
        """,
        en="""
        ## 0. The company's story

        Yuejia is a mid-sized appliance brand. Sales are fine, but its online reviews keep getting worse, and the board has
        heard one sentence too often: "nearly every bad review is about repairs". They want to know where exactly it goes
        wrong, whether fixing it is worth the money, and whether customers will notice.

        The introduction below is generated from the case data; every count in it is counted:
        """,
    ),
    code(
        """
        case = capstone.load()
        print(case.story())
        plan = capstone.plan(case)
        """
    ),
    md(
        zh="""
        所有问卷的受访者都来自同一份客户名单，编号相同（`Y0001` …）：回答 KANO 问卷的客户，也可能回答了 SERVQUAL 问卷，
        他的订单也在订单记录里。所有问卷和损害测算说到的触点，都是同一张客户旅程图上的触点。这就是综合案例的意义：
        每个模型看到的是同一家公司的不同侧面。
        """,
        en="""
        Every survey's respondents come from the same customer list with the same ids (`Y0001` …): a customer who
        answered the KANO survey may also have answered the SERVQUAL survey, and their orders are in the order log. Every
        touchpoint the surveys and the damage step talk about is a touchpoint of the same journey map. That is the point of
        a capstone case: each model sees another side of one company.
        """,
    ),
    md(
        zh="""
        ## 1. 客户体验金字塔：地基稳不稳？（模块 1）

        先从订单记录算出金字塔的各项指标（按时送达率、问题发生率、必备需求达成率、客户费力度、惊喜比例），再判断公司站在哪一层。
        """,
        en="""
        ## 1. The customer-experience pyramid: does the base hold? (module 1)

        First the pyramid's measures from the order log (on-time rate, problem rate, must-be needs fulfilled, customer
        effort, "wow" share), then where the company stands.
        """,
    ),
    code(
        """
        pyramid.plot_pyramid(plan.pyramid);
        print(plan.pyramid.verdict())
        """
    ),
    md(
        zh="""
        **小组讨论（3 分钟）**：2.0 轻松体验的得分已经过了门槛，为什么不算数？如果市场部提议今年先做“惊喜服务”，你怎么回答？
        """,
        en="""
        **Group discussion (3 minutes)**: the 2.0 effortless level already scores above its bar — why does it not count?
        If marketing proposes a "delight programme" this year, what do you answer?
        """,
    ),
    trainer(
        zh="""
        **10 分钟。** 强调逐层达标：1.0 初级体验没有达到，2.0 的得分再高也是“被卡住”。最弱的一项是必备需求达成率——
        这正是后面 KANO 要回答的问题：哪些需求是必备的？学员常问“惊喜是不是就不用做了”：不是不做，是先把地基补好。
        """,
        en="""
        **10 minutes.** Stress the gating: while 1.0 basic experience is not reached, 2.0 is blocked however high it scores.
        The weakest measure is must-be needs fulfilled — exactly the question KANO answers next: which needs are must-be?
        Participants often ask "so no delight at all?" — not never, just after the base is fixed.
        """,
    ),
    md(
        zh="""
        ## 2. KANO：哪一项是必备质量？（模块 2）

        客户回答了一份 KANO 问卷，功能表注明了每项功能属于旅程中的哪个触点。
        """,
        en="""
        ## 2. KANO: which need is must-be? (module 2)

        Customers answered the KANO questionnaire on 11 features; the feature table says which touchpoint of the journey
        each feature belongs to.
        """,
    ),
    code(
        """
        kano.plot_better_worse(plan.kano.rename(index=case.feature_names()));
        print(plan.findings()["kano"])
        """
    ),
    md(
        zh="""
        **小组讨论（3 分钟）**：“维修期间借用备用机”是魅力质量，客户很喜欢。为什么它不能代替“师傅一次修好”？
        把 M、O、A 三类功能分别放到金字塔的哪一层？
        """,
        en="""
        **Group discussion (3 minutes)**: "Loan unit during the repair" is attractive; customers love the idea. Why can it
        not stand in for "fixed on the first visit"? On which level of the pyramid do the M, O and A features go?
        """,
    ),
    code(
        """
        pyramid.plot_placement(plan.kano_levels, names=case.feature_names());
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 必备质量做到了没人夸，做不到客户就走：Worse 的绝对值远大于 Better。把 KANO 的结果放回金字塔：
        M 在 1.0 层，所以金字塔上“必备需求达成率”最弱，和这里是同一件事。
        """,
        en="""
        **10 minutes.** A must-be need earns no praise when met and drives customers away when not: |Worse| is far above
        Better. Placed on the pyramid, M sits on 1.0 — the weak "must-be needs fulfilled" measure of step 1 is the same
        story.
        """,
    ),
    md(
        zh="""
        ## 3. SERVQUAL：售后服务的差距在哪里？（模块 3）

        上半年报修过的客户用 22 题的 SERVQUAL 问卷评价了售后服务：期望是多少，感知是多少，差距得分是多少。
        """,
        en="""
        ## 3. SERVQUAL: where is the after-sales service short? (module 3)

        Customers repaired in the first half of the year rated the after-sales service on the 22 SERVQUAL items:
        expectation, perception, and the gap score between them.
        """,
    ),
    code(
        """
        servqual.plot_gaps(plan.servqual);
        print(plan.findings()["servqual"])
        """
    ),
    md(
        zh="""
        **小组讨论（3 分钟）**：可靠性的差距最大，第 7 题“一次做对”最差。这和 KANO 的结果是巧合吗？
        把五个维度放到金字塔上（下表），差距大的维度落在哪一层？
        """,
        en="""
        **Group discussion (3 minutes)**: reliability has the largest gap and item 7, "right the first time", is the worst.
        Is it a coincidence that KANO found the same? Placed on the pyramid (table below), where do the large gaps fall?
        """,
    ),
    code(
        """
        plan.servqual_levels.round(2)
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 三个模型从三个角度看同一件事：金字塔看记录，KANO 问客户“有没有会怎样”，SERVQUAL 问“期望多少、感知多少”。
        它们指向同一处，结论就更可信；如果不一致，先查数据是不是来自同一批客户、同一个时间段。
        """,
        en="""
        **10 minutes.** Three models look at one thing from three sides: the pyramid reads records, KANO asks "how would you
        feel with or without it", SERVQUAL asks "what do you expect, what did you get". When they agree the conclusion is
        stronger; when they do not, first check whether the data come from the same customers and the same period.
        """,
    ),
    md(
        zh="""
        ## 4. 客户旅程与关键时刻：痛点在哪个触点？（模块 4）

        旅程图上的情绪曲线告诉我们客户记住了什么（峰终定律）；旅程问卷的推导重要性告诉我们哪些触点决定了客户的整体评价，
        也就是关键时刻。重要而做得差的关键时刻，就是痛点。
        """,
        en="""
        ## 4. Journey and moments of truth: which touchpoint hurts? (module 4)

        The emotion curve of the journey map shows what customers remember (peak–end rule); derived importance from the
        journey survey shows which touchpoints decide the overall judgement — the moments of truth. A moment of truth that
        is done poorly is a pain point.
        """,
    ),
    code(
        """
        journey.plot_journey_map(case.touchpoints, plan.mot);
        print(plan.findings()["journey"])
        """
    ),
    code(
        """
        journey.plot_priority(plan.mot);
        """
    ),
    md(
        zh="""
        **小组讨论（4 分钟）**：情绪曲线的谷底和推导重要性最高的触点是同一个。如果不是同一个（比如谷底在报修热线），
        你会先改哪一个？为什么一个到达率很低的触点，优先级反而最高？
        """,
        en="""
        **Group discussion (4 minutes)**: the trough of the emotion curve and the touchpoint with the highest derived
        importance are the same one. If they were not (say the trough were the repair hotline), which would you fix first?
        Why does a touchpoint with a low reach come out on top?
        """,
    ),
    trainer(
        zh="""
        **15 分钟。** 关键时刻是从问卷数据里算出来的，不是凭感觉选的；优先级 = 重要性 × 差距 × 到达率。
        到达率低的触点也可能排第一：经过它的客户少，但每个人的整体评价都被它决定了。
        """,
        en="""
        **15 minutes.** Moments of truth are computed from survey data, not picked by feel; priority = importance × gap ×
        reach. A touchpoint with a low reach can still come first: few customers pass it, but it decides the judgement of
        each one who does.
        """,
    ),
    md(
        zh="""
        ## 5. 最大痛点的损害：它每年让公司损失多少？（模块 5）

        体验损害模型把每个触点的问题换算成流失的客户和面临流失风险的收入：经过的客户 × 问题发生率 × 出问题后流失的比例 × 单客价值。
        所用的客户数和单客价值来自案例的测算参数：
        """,
        en="""
        ## 5. The damage of the worst pain point: what does it cost a year? (module 5)

        The damage model prices each touchpoint's problems in lost customers and revenue at risk: customers passing it ×
        problem rate × share lost after a problem × value per customer. The customers and the value per customer come from
        the case's business-case figures:
        """,
    ),
    code(
        """
        case.parameter_table()
        """
    ),
    code(
        """
        plan.damage_table(top=5)
        """
    ),
    code(
        """
        print(plan.findings()["damage"])
        """,
        expect={
            "zh": """
            “师傅上门维修”每年让 4,536 位客户流失：面临流失风险的收入 6,804,000 元，占全部触点的 30%（第 1 位）。一次修好的比例：改进前 60%，试点期间 87%。
            """,
            "en": """
            "Technician visit" loses 4,536 customers a year: revenue at risk 6,804,000 yuan, 30% of all touchpoints' (rank 1). Fixed on the first visit: 60% before, 87% in the pilot.
            """,
        },
    ),
    md(
        zh="""
        **试一试**：试点期间，师傅每次上门前先确认配件。如果这能把“师傅上门维修”的问题发生率降到下面的数字，损失会变成多少？
        把 `problem_rate` 改成你们组认为可信的数字再运行。
        """,
        en="""
        **Try it**: in the pilot, technicians check the part before every visit. If that brings the technician visit's
        problem rate down to the figure below, what does the loss become? Change `problem_rate` to the figure your group
        believes and run the cell again.
        """,
    ),
    code(
        """
        plan.what_if(problem_rate=0.15)
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 请学员用计算器核对：{=customers} × {=reach_share} = {=reach} 位客户经过这个触点；× {=problem_rate} = {=affected} 位遇到问题；
        × {=loyalty_drop} = {=lost} 位流失；× {=value} 元 = {=risk} 元。讨论：这些参数里哪个最没把握？（通常是流失比例和单客价值。）
        """,
        en="""
        **10 minutes.** Let participants check with a calculator: {=customers} × {=reach_share} = {=reach} customers pass the touchpoint;
        × {=problem_rate} = {=affected} have a problem; × {=loyalty_drop} = {=lost} are lost; × {=value} yuan = {=risk} yuan. Discuss: which of these
        figures are we least sure of? (Usually the share lost and the value per customer.)
        """,
    ),
    md(
        zh="""
        ## 6. 改进的回报：值不值得投？（模块 6）

        改进方案：派单时先确认配件、统一维修价目表、培训师傅。团队估计它能让每年再次购买的客户比例提高一点。
        体验回报模型按年算出现金流、净现值、投资回报率和回收期。
        """,
        en="""
        ## 6. The return of fixing it: is it worth it? (module 6)

        The fix: check the part when the job is dispatched, one price list for repairs, technician training. The team
        expects it to raise the share of customers who buy again a little. The return model works out the cash flows,
        NPV, ROI and payback year by year.
        """,
    ),
    code(
        """
        returns.plot_roi_over_time(plan.returns);
        print(plan.findings()["returns"])
        """
    ),
    md(
        zh="""
        **小组活动（5 分钟）**：你们组不同意团队的假设？把下面的数字改成你们的估计（例如投入更高、留存率提升更小），再运行。
        净现值在什么条件下会变成负数？
        """,
        en="""
        **Group activity (5 minutes)**: your group does not believe the team's assumptions? Put your own estimates below
        (a higher cost, a smaller retention gain, for instance) and run it again. Under what conditions does the NPV turn
        negative?
        """,
    ),
    code(
        """
        ours = capstone.plan(case, investment=2_500_000, retention_uplift=0.02)
        print(ours.findings()["returns"])
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 回报模型只算团队输入的效果，间接回报（品牌形象）默认不计，是保守的估计。让各组说出他们改了哪个假设、
        为什么；提醒他们在汇报时把假设写出来，管理层最先问的就是假设。
        """,
        en="""
        **10 minutes.** The return model counts only the effects the team enters; indirect returns (brand image) are left
        out by default, a cautious estimate. Ask each group which assumption they changed and why; remind them to state
        their assumptions in the plan — the board asks about those first.
        """,
    ),
    md(
        zh="""
        ## 7. 净推荐值与客户体验值：客户感受到了吗？（模块 7）

        下半年的试点里，师傅上门前先确认配件。售后问卷在改进前和试点期间各做了一轮，问题完全相同。
        两轮的净推荐值（NPS）相差多少？这个差别是真实的变化，还是抽样误差？
        """,
        en="""
        ## 7. NPS and customer-experience value: did customers notice? (module 7)

        In the second-half pilot, technicians checked the part before each visit. The after-sales survey ran once before
        the fix and once in the pilot, with the same questions. How far apart are the two NPS, and is the difference a
        real change or sampling noise?
        """,
    ),
    code(
        """
        print(plan.nps["before"].summary())
        print(plan.nps["pilot"].summary())
        print(plan.nps_change.summary())
        """,
        expect={
            "zh": """
            NPS -10.2（95% 置信区间 -17.6 至 -2.9，Wald 法；n = 480）
            NPS 12.7（95% 置信区间 3.4 至 21.9，Wald 法；n = 300）
            变化 +22.9 分（95% 置信区间 11.1 至 34.7；p < 0.001）：是真实的变化：区间不包含 0
            """,
            "en": """
            NPS -10.2 (95% interval -17.6 to -2.9, Wald; n = 480)
            NPS 12.7 (95% interval 3.4 to 21.9, Wald; n = 300)
            Change +22.9 points (95% interval 11.1 to 34.7; p < 0.001): a real change: the interval leaves out 0
            """,
        },
    ),
    md(
        zh="""
        **小组讨论（3 分钟）**：试点客户和改进前的客户不是同一批人。还有什么别的原因可能让 NPS 上升？
        要让结论更可靠，下一轮该怎么测？
        """,
        en="""
        **Group discussion (3 minutes)**: the pilot customers are not the same people as before the fix. What else could
        have raised NPS? How should the next wave be measured to make the conclusion firmer?
        """,
    ),
    trainer(
        zh="""
        **10 分钟。** 手算核对改进前的 NPS：{=n} 份回答中推荐者 {=promoters} 人、贬损者 {=detractors} 人，({=promoters} − {=detractors}) / {=n} = {=nps}。
        误差范围：p = {=promoters} / {=n} = {=p}，d = {=detractors} / {=n} = {=d}，标准误 = 100 × √(({=p} + {=d} − {=diff}²) / {=n}) = {=se}，
        × 1.96 = {=margin}，所以区间约为 {=low} 至 {=high}。
        两轮之间只改了“师傅上门维修”，但季节、机型、客户构成也可能不同；让学员提出对照组（没有试点的地区同期测量）。
        """,
        en="""
        **10 minutes.** Check the NPS before the fix by hand: {=n} answers, {=promoters} promoters and {=detractors} detractors,
        ({=promoters} − {=detractors}) / {=n} = {=nps}. Margin of error: p = {=promoters} / {=n} = {=p}, d = {=detractors} / {=n} = {=d},
        standard error = 100 × √(({=p} + {=d} − {=diff}²) / {=n}) = {=se}, × 1.96 = {=margin}, so the interval is about {=low}
        to {=high}.
        Only the technician visit changed between the waves by design, but season, models and
        the mix of customers may differ too; let participants propose a control group (a region without the pilot,
        measured at the same time).
        """,
    ),
    md(
        zh="""
        ## 8. 一页改进计划

        把七个模型的发现放在一页上：每一步发现了什么，对改进计划意味着什么。下面的表和图由前面的结果直接生成，
        各组在讲义上写出自己的版本。
        """,
        en="""
        ## 8. The one-page improvement plan

        The seven models' findings on one page: what each step found and what it means for the plan. The table and the chart
        below are generated from the results above; each group writes its own version on the handout.
        """,
    ),
    code(
        """
        print(plan.headline())
        display(plan.table())
        """
    ),
    code(
        """
        capstone.plot_plan(plan);
        """
    ),
    md(
        zh="""
        **小组活动：写出并汇报你们的一页改进计划（30 分钟）**

        每组拿到一份讲义，数据和全班的略有不同（各组的数字不一样，不能互相抄）。在 15 分钟内写出：

        1. **先改什么**：一个触点、一项具体的改进措施，负责部门是谁；
        2. **证据**：至少三个模型的发现，各用一句话、一个数字；
        3. **值不值**：什么都不改的年损失，改进的净现值和回收期，以及你们最没把握的一个假设；
        4. **怎么衡量**：改进后看哪两个指标（例如一次修好的比例、售后 NPS），多久测一次；
        5. **暂时不做什么**：哪一项“惊喜”功能要等地基稳了再做，为什么。

        然后每组汇报 2 分钟，其他组各提一个问题。
        """,
        en="""
        **Group activity: write and present your one-page improvement plan (30 minutes)**

        Each group gets a handout whose data differ a little from the class data (every group's numbers are different, so
        no copying). In 15 minutes write down:

        1. **What to fix first**: one touchpoint, one concrete improvement, and the owner department;
        2. **The evidence**: the findings of at least three models, one sentence and one number each;
        3. **Is it worth it**: the yearly loss if nothing changes, the NPV and payback of the fix, and the assumption you are
           least sure of;
        4. **How to measure it**: the two measures you will watch after the fix (the first-visit fix rate, the after-sales
           NPS …) and how often;
        5. **What not to do yet**: which "delight" feature waits until the base holds, and why.

        Then each group presents for 2 minutes, and every other group asks one question.
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - 模型不是孤立的工具：金字塔、KANO、SERVQUAL、旅程分析从不同角度看同一家公司，结论一致时更可信。
        - 先找地基上的问题：必备质量出问题时，轻松和惊喜上的投入不算数。
        - 关键时刻和痛点要从数据里算出来：推导重要性、差距和到达率一起决定优先级。
        - 用体验损害模型给痛点标价，用体验回报模型算改进的投入产出，并把假设写清楚。
        - 改进之后要再测：两轮净推荐值（NPS）的差别要看置信区间，才能说客户真的感受到了。
        - 一页改进计划：先改什么、证据、回报、怎么衡量、暂时不做什么。
        """,
        en="""
        ## Key points

        - The models are not separate tools: the pyramid, KANO, SERVQUAL and journey analysis look at one company from
          different sides, and a conclusion they share is stronger.
        - Look for problems in the base first: while a must-be need fails, money spent on ease and delight does not count.
        - Compute moments of truth and pain points from data: derived importance, gap and reach decide the priority.
        - Price the pain point with the damage model, work out the fix's return with the return model, and state the
          assumptions.
        - Measure again after the fix: a change in NPS between two waves needs its confidence interval before you can say
          customers noticed.
        - The one-page improvement plan: what to fix first, the evidence, the return, the measures, what not to do yet.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 08_capstone}}

        **准备**：课前运行全部单元格；打印讲义 `cxlab handout capstone_plan --groups 6 --lang zh`（每组一份，讲师留答案页）。
        各组的数据是从案例数据中重新抽取的，数字与笔记本略有不同，答案页给出每组自己的数字。
        两天课程的最后一段用短版（{=core_minutes} 分钟）：学员前一天学过金字塔、KANO 和 SERVQUAL，第 1～3 步不再单独讲，
        只在开场展示三句发现和金字塔图；小组活动不要压缩。

        **点评要点**：计划里是否只挑了一个触点；证据是否来自至少三个模型并带数字；是否写明了最没把握的假设；
        衡量指标是否和改进措施直接相关（一次修好的比例，而不只是“满意度”）。
        """,
        en="""
        {{cxlab timing 08_capstone}}

        **Preparation**: run all cells before class; print the handout `cxlab handout capstone_plan --groups 6 --lang en`
        (one per group; the trainer keeps the answer sheet). Each group's data are re-drawn from the case data, so their
        numbers differ a little from the notebook's; the answer sheet gives every group's own numbers. The two-day workshop ends with the short
        run ({=core_minutes} minutes): participants learned the pyramid, KANO and SERVQUAL the day before, so steps 1–3
        are not taught again, only their three findings and the pyramid chart are shown at the opening; do not shorten
        the group activity.

        **What to look for in the presentations**: one touchpoint chosen, not five; evidence from at least three models,
        each with a number; the least certain assumption stated; measures that follow from the fix (the first-visit fix
        rate, not just "satisfaction").
        """,
    ),
]
