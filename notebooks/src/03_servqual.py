# Source of notebooks/zh/03_servqual.ipynb and notebooks/en/03_servqual.ipynb (build: python tools/nbbuild.py 03_servqual).
# md / params / code / trainer are injected by tools/nbbuild.py.

CELLS = [
    md(
        zh="""
        # 模块 3 · SERVQUAL：客户期望的服务，和他们实际得到的服务，差在哪里？

        **案例**：一家城市银行想知道，客户走进网点时期望得到怎样的服务、实际得到的又是怎样的服务。
        340 位客户（个人客户和小微企业客户两个群体）填写了 SERVQUAL 问卷。我们还会看一家通信设备制造商如何用同一套问卷
        了解企业客户的期望——这正是课程资料中提到的做法。

        ## 学习目标

        学完本模块，你能够：

        1. 说出 SERVQUAL 的来历，用“五差距模型”解释问卷测的是哪一个差距、其余四个差距从哪里来；
        2. 说出五个维度（有形性、可靠性、响应性、保证性、移情性），并各举一个日常例子；
        3. 先检查量表信度（Cronbach α），再计算题项、维度和总体的差距得分；
        4. 区分未加权得分与加权得分，按客户群比较；
        5. 用重要性—表现四象限图（IPA）决定先改进哪个维度；
        6. 说出 SERVPERF 和容忍区这两种改进思路，以及对“差距得分”的主要批评；
        7. 把 SERVQUAL 的五个维度与客户体验金字塔、KANO 模型联系起来。

        **时长**：约 90 分钟。配套练习：`exercises/zh/03_servqual.ipynb`。
        """,
        en="""
        # Module 3 · SERVQUAL: where does the service customers get fall short of the service they expect?

        **Case**: a city bank wants to know what customers expect when they walk into a branch and what they actually
        get. 340 customers in two segments (personal and small-business customers) answered the SERVQUAL
        questionnaire. We also look at how a telecom-equipment maker uses the same questionnaire to learn what its
        business customers expect — the practice the course material describes.

        ## Objectives

        After this module you can:

        1. say where SERVQUAL comes from and use the five gaps model to explain which gap the questionnaire measures
           and where the other four come from;
        2. name the five dimensions (tangibles, reliability, responsiveness, assurance, empathy) with an everyday
           example of each;
        3. check the scale's reliability (Cronbach's alpha) first, then compute gap scores for items, dimensions and
           the whole;
        4. tell the unweighted from the weighted score and compare segments;
        5. use the importance–performance grid (IPA) to decide which dimension to improve first;
        6. describe SERVPERF and the zone of tolerance, and the main criticism of difference scores;
        7. connect the five dimensions to the customer-experience pyramid and to the KANO model.

        **Time**: about 90 minutes. Exercises: `exercises/en/03_servqual.ipynb`.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 03_servqual}}

        开课前请先运行全部单元格（菜单“运行 → 运行全部”），确认图表中的中文显示正常。投影时可以把
        `cxlab.style.use()` 改为 `cxlab.style.use("projector")`，字号会更大。
        """,
        en="""
        {{cxlab timing 03_servqual}}

        Run all cells before class (Run → Run All Cells) and check that the charts show their text properly. On a
        projector, change `cxlab.style.use()` to `cxlab.style.use("projector")` for larger text.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from IPython.display import Markdown
        from cxlab import datasets, servqual
        """
    ),
    md(
        zh="""
        ## 1. SERVQUAL 的由来：五差距模型

        1985 年，美国学者 **Parasuraman、Zeithaml 和 Berry** 访谈了银行、信用卡、维修和证券经纪等行业的客户与管理者，
        提出了服务质量的**五差距模型**。他们的核心观点是：服务质量不是企业自己说了算，而是客户拿**期望**和**感知**
        比较之后得出的判断。

        | 差距 | 发生在哪里 | 典型表现 |
        |---|---|---|
        | 差距 1 认知差距 | 管理层以为客户要的 ≠ 客户真正期望的 | 没做调研，凭经验拍脑袋 |
        | 差距 2 标准差距 | 管理层的认知 ≠ 写下来的服务标准 | “要快”，但没人规定多快 |
        | 差距 3 执行差距 | 服务标准 ≠ 一线实际提供的服务 | 标准写得好，人手不够、培训不到位 |
        | 差距 4 沟通差距 | 实际提供的服务 ≠ 对外承诺的服务 | 广告说“十分钟办完”，实际要半小时 |
        | **差距 5 顾客差距** | **客户期望的服务 ≠ 客户感知的服务** | 客户的不满本身 |

        前四个差距是企业内部的**原因**，差距 5 是客户感受到的**结果**。SERVQUAL 问卷（1988 年发表，1991 年修订）
        测量的正是差距 5：同一道题先问期望、再问感知，二者相减就是差距得分。得分为负，说明服务没有达到期望。
        找到差距 5 之后，再回头去企业内部追查是差距 1～4 中的哪一个造成的。
        """,
        en="""
        ## 1. Where SERVQUAL comes from: the five gaps model

        In 1985 **Parasuraman, Zeithaml and Berry** interviewed customers and managers in banking, credit cards, repair
        and brokerage and proposed the **five gaps model** of service quality. Their central point: service quality is
        not what the company says it is; it is the customer's judgement after comparing **expectations** with
        **perceptions**.

        | Gap | Where it happens | What it looks like |
        |---|---|---|
        | Gap 1 knowledge gap | what managers think customers want ≠ what customers expect | no research, gut feeling |
        | Gap 2 standards gap | managers' understanding ≠ the written service standards | "be quick", but nobody says how quick |
        | Gap 3 delivery gap | the standards ≠ the service the front line delivers | good standards, too few staff, no training |
        | Gap 4 communication gap | the service delivered ≠ the service promised | the ad says "done in ten minutes", it takes thirty |
        | **Gap 5 customer gap** | **expected service ≠ perceived service** | the customer's dissatisfaction itself |

        The first four gaps are **causes** inside the company; gap 5 is the **result** the customer feels. The
        SERVQUAL questionnaire (published 1988, refined 1991) measures gap 5: every statement is rated first as an
        expectation, then as a perception, and the difference is the gap score. A negative score means the service
        falls short. Once gap 5 is found, you go back inside the company to find which of gaps 1–4 caused it.
        """,
    ),
    trainer(
        zh="""
        **10 分钟。** 请学员回忆最近一次让自己不满意的服务经历，写在便利贴上，然后一起判断：问题出在差距 1～4 中的哪一个？
        （例如：银行 App 宣传“秒到账”却要等两小时，是差距 4；客服不知道如何处理某类投诉，往往是差距 2 或 3。）
        """,
        en="""
        **10 minutes.** Ask participants to write a recent disappointing service experience on a sticky note, then decide
        together which of gaps 1–4 caused it. (A banking app that promises "instant transfer" and takes two hours is gap 4;
        an agent who does not know how to handle a type of complaint is usually gap 2 or 3.)
        """,
    ),
    md(
        zh="""
        ## 2. 五个维度

        Parasuraman 等人从大量访谈中归纳出客户评价服务的五个维度，22 道题分属这五个维度：
        """,
        en="""
        ## 2. The five dimensions

        From their interviews Parasuraman and colleagues distilled five dimensions on which customers judge a service;
        the 22 statements belong to these five:
        """,
    ),
    code("servqual.dimension_table()"),
    md(
        zh="""
        用生活中的例子来记：

        - **有形性**：走进网点，大厅是否整洁、叫号机是否好用、员工是否穿着工装。
        - **可靠性**：说好三个工作日放款，就是三个工作日；转账金额一分不差。
        - **响应性**：排队不超过十分钟；在 App 上留言，当天有人回复。
        - **保证性**：理财经理讲得清产品风险，让你放心把钱交给他。
        - **移情性**：记得你是做小生意的，主动告诉你适合的结算方式；营业时间照顾上班族。

        研究一再发现：客户最看重的是**可靠性**——先把承诺的事做对，其他维度才有意义。
        """,
        en="""
        Everyday examples help:

        - **Tangibles**: the branch is clean, the ticket machine works, staff wear the uniform.
        - **Reliability**: the loan promised in three working days is paid in three working days; the transfer is exact.
        - **Responsiveness**: no more than ten minutes in the queue; a message in the app gets an answer the same day.
        - **Assurance**: the adviser explains the product's risks clearly enough that you trust them with your money.
        - **Empathy**: they remember you run a small business and suggest the payment option that suits you; opening
          hours fit people who work.

        Study after study finds that customers weigh **reliability** most: do what was promised, right, before anything
        else counts.
        """,
    ),
    trainer(
        zh="""
        **8 分钟。** 请每个小组为自己的工作（或一家常去的餐厅）在五个维度上各写一个例子，再选出“最不能出错”的一个维度。
        大多数小组会选可靠性——这正好引出后面的数据。
        """,
        en="""
        **8 minutes.** Each group writes one example per dimension for their own work (or a restaurant they know), then
        picks the one dimension that must never fail. Most groups pick reliability — a good lead into the data.
        """,
    ),
    md(
        zh="""
        ## 3. 问卷本身

        1991 年修订版的结构是：第一部分 22 道**期望**题（“优秀的同类企业应当……”），第二部分请客户把 100 分分配给五个维度
        （**权重**），第三部分 22 道**感知**题（“这家企业……”）。每道题用 7 级量表作答：1 非常不同意 … 7 非常同意。

        `servqual.questionnaire()` 生成完整问卷，可以直接打印或粘贴到问卷工具中。题号 E1…E22、W1…W5、P1…P22 正是
        `servqual.read_survey` 能识别的表头，收回的数据无需整理就能读入。下面只显示前几行：
        """,
        en="""
        ## 3. The questionnaire

        The 1991 version has three parts: 22 **expectation** statements ("an excellent company of this kind …"), a
        question that shares 100 points among the five dimensions (the **weights**), and 22 **perception** statements
        ("the company …"). Every statement is answered on a 7-point scale: 1 strongly disagree … 7 strongly agree.

        `servqual.questionnaire()` writes the whole questionnaire, ready to print or paste into a survey tool. The numbers
        E1…E22, W1…W5, P1…P22 are headers `servqual.read_survey` recognises, so the answers read back without any
        tidying. The first few lines:
        """,
    ),
    code(
        """
        survey = servqual.questionnaire()
        print(survey.text()[:900])
        """
    ),
    trainer(
        zh="""
        **7 分钟。** 请学员读一读 E5 与 P5 两道题的措辞差别。提醒三点：期望题问的是“优秀的同类企业”，不是“这家企业”；
        22 道题两遍作答比较长，现场调查时要预留 15 分钟；分配 100 分的题常有人加不到 100，`read_survey` 会逐行指出。
        完整问卷可以用 `Markdown(survey.markdown())` 显示，也可以把 `survey.text()` 复制到问卷星。
        """,
        en="""
        **7 minutes.** Let participants compare the wording of E5 and P5. Three reminders: the expectation statements are
        about "an excellent company of this kind", not this company; answering 22 statements twice takes time — allow
        15 minutes in class; people often do not make their points add up to 100, and `read_survey` names each such row.
        Show the full questionnaire with `Markdown(survey.markdown())`, or paste `survey.text()` into a survey tool.
        """,
    ),
    md(
        zh="""
        ## 4. 银行案例

        先看数据：每位客户每道题一行，期望和感知各一列；另有一张表记录每位客户分配的权重和总体评价。
        """,
        en="""
        ## 4. The bank case

        The data first: one row per customer and statement, with the expectation and the perception; a second table holds
        each customer's weights and overall rating.
        """,
    ),
    code(
        """
        answers = datasets.load("servqual_bank")
        people = datasets.load("servqual_bank_respondents")
        datasets.describe("servqual_bank")
        """
    ),
    md(
        zh="""
        ### 4.1 第一步：先看量表可不可靠

        把几道题的分数加在一起代表一个维度之前，要先确认这几道题测的是同一件事。常用的指标是 **Cronbach α 系数**
        （Cronbach，1951）：α = k/(k−1) × (1 − 各题方差之和 / 总分方差)。题目之间越一致，α 越接近 1；通常要求不低于 0.7
        （Nunnally，1978）。我们分别看期望、感知和差距三套分数。
        """,
        en="""
        ### 4.1 Step one: is the scale reliable?

        Before adding a few statements' scores into one dimension score, make sure those statements measure the same
        thing. The usual measure is **Cronbach's alpha** (Cronbach 1951): α = k/(k−1) × (1 − sum of the item variances /
        variance of the total). The more the items agree, the closer alpha is to 1; 0.7 is the usual lowest acceptable
        value (Nunnally 1978). We look at the expectation, perception and gap scores separately.
        """,
    ),
    code(
        """
        alphas = servqual.reliability(answers)
        ax = servqual.plot_alpha(alphas)
        """
    ),
    code(
        """
        print(servqual.reliability_line(alphas))
        """,
        expect={
            "zh": "低于 0.7：有形性（感知 α 0.59, 差距 α 0.67）",
            "en": "Below 0.7: Tangibles (α perceptions 0.59, α gaps 0.67)",
        },
    ),
    md(
        zh="""
        有形性的四道题一致性不够：设备、场所、员工仪表和资料，在这家银行的客户眼里并不是一回事——
        有的网点新装修了，资料却还是旧版；有的员工很整洁，设备却老旧。处理办法有三种：

        1. 仍然报告这个维度，但注明它的 α 偏低，只看单题、不看维度平均；
        2. 下次调查时修改题目（例如把“资料”拆成纸质和 App 两道题）；
        3. 用因子分析检查这几道题是否该归入别的维度。

        其余四个维度的 α 都明显高于标准，可以放心地用维度平均分。
        """,
        en="""
        The four tangibles statements do not hang together: equipment, premises, staff appearance and materials are not
        one thing to this bank's customers — some branches were refurbished while the leaflets stayed old; some staff are
        neat while the machines are worn. Three ways to handle it:

        1. keep reporting the dimension but note its low alpha, and read its items rather than its average;
        2. reword the statements next time (split "materials" into paper and app, for instance);
        3. check with a factor analysis whether the items belong to another dimension.

        The other four dimensions have alphas well above the standard: their averages can be used with confidence.
        """,
    ),
    trainer(
        zh="""
        **第 4 节共 30 分钟，4.1 约 5 分钟。** 讨论题：如果可靠性的 α 只有 0.5，你还敢向管理层汇报“可靠性差距最大”吗？
        （答案：不敢直接下结论，要先看单题。）这一点对应练习 5。
        """,
        en="""
        **Part 4 takes 30 minutes; 4.1 about 5.** Discussion: if reliability's alpha were 0.5, would you still tell
        management that reliability has the largest gap? (Not without reading the items first.) This is exercise 5.
        """,
    ),
    md(
        zh="""
        ### 4.2 第二步：差距得分

        每道题的差距 = 感知平均分 − 期望平均分（只算两题都答了的客户，空白不当作 0）；
        每个维度的差距 = 该维度各题差距的平均；未加权总分 = 五个维度差距的平均。
        """,
        en="""
        ### 4.2 Step two: gap scores

        Each statement's gap = mean perception − mean expectation (over the customers who answered both; a blank is never
        taken as 0); a dimension's gap = the mean of its statements' gaps; the unweighted score = the mean of the five
        dimension gaps.
        """,
    ),
    code(
        """
        result = servqual.gaps(answers, weights=people)
        print(servqual.summary(result))
        """,
        expect={
            "zh": """
            受访人数：340；缺失的作答对：66
            未加权 SERVQUAL 得分：−0.92
            加权 SERVQUAL 得分：−1.03（331 位受访者给出了权重）
            差距最大：可靠性（−1.53）；差距最小：有形性（−0.31）
            """,
            "en": """
            Respondents: 340; answer pairs missing: 66
            Unweighted SERVQUAL score: −0.92
            Weighted SERVQUAL score: −1.03 (331 respondents with weights)
            Largest gap: Reliability (−1.53); smallest: Tangibles (−0.31)
            """,
        },
    ),
    code(
        """
        ax = servqual.plot_gaps(result, by="item")
        """
    ),
    md(
        zh="""
        所有题目的差距都是负的——这在 SERVQUAL 调查中很常见，因为客户对“优秀企业”的期望总是很高。
        所以**不要只看正负，要看相对大小**：可靠性的五道题差距最大，其中“一次做对”最突出；有形性的差距最小。

        蛇形图把期望和感知两条线画在一起，能看出差距是因为期望高，还是因为感知低：
        """,
        en="""
        Every statement has a negative gap — common in SERVQUAL surveys, because expectations of an "excellent company"
        are always high. So **read the relative size, not the sign**: reliability's five statements have the largest
        gaps, "right the first time" most of all; tangibles have the smallest.

        The snake plot draws both profiles together and shows whether a gap comes from high expectations or from low
        perceptions:
        """,
    ),
    code(
        """
        ax = servqual.plot_snake(result)
        """
    ),
    code(
        """
        for dimension in servqual.DIMENSIONS:
            print(servqual.dimension_line(result, dimension))
        """
    ),
    trainer(
        zh="""
        **4.2 约 8 分钟。** 请学员挑一道题手工核对：某题的差距就是感知平均分减期望平均分（练习 1）；
        一个维度的差距就是它几道题差距的平均（练习 2）。
        讨论题：有形性的期望本来就低，它的差距小，是因为做得好，还是因为客户不在乎？
        """,
        en="""
        **4.2 about 8 minutes.** Let participants check one statement by hand: its gap is mean perception minus mean
        expectation (exercise 1); a dimension's gap is the mean of its statements' gaps (exercise 2).
        Discussion: tangibles' expectations are low to begin with — is their small gap a sign of good work, or of
        customers not caring?
        """,
    ),
    md(
        zh="""
        ### 4.3 第三步：按客户群比较

        个人客户和小微企业客户来网点办的事不一样，期望也不一样。按客户群分别计算：
        """,
        en="""
        ### 4.3 Step three: compare the segments

        Personal and small-business customers come to the branch for different things and expect different things.
        Computed per segment:
        """,
    ),
    code(
        """
        servqual.table(servqual.segments(answers, "segment", weights=people))
        """
    ),
    md(
        zh="""
        两个群体都是可靠性差距最大。但小微企业客户的**响应性**差距比个人客户大得多：他们赶时间办对公业务、
        等不起排队。这类差别在全体平均中看不出来——SERVQUAL 报告一定要按客户群拆开看。
        """,
        en="""
        Reliability has the largest gap in both segments. But small-business customers see a far larger
        **responsiveness** gap than personal customers: they come on business errands and cannot afford the queue. Such
        differences vanish in the overall average — always split a SERVQUAL report by segment.
        """,
    ),
    md(
        zh="""
        ### 4.4 第四步：加权还是不加权

        未加权得分把五个维度一视同仁；加权得分用客户自己分配的 100 分做权重：
        加权得分 = Σ 权重/100 × 维度差距（每位客户按自己的权重计算，再取平均）。
        客户最看重可靠性，而可靠性的差距又最大，所以加权得分比未加权得分更低——问题比平均数显示的更严重。
        """,
        en="""
        ### 4.4 Step four: weighted or unweighted

        The unweighted score treats the five dimensions alike; the weighted score uses the customers' own 100 points:
        weighted score = Σ weight/100 × dimension gap (each customer with their own weights, then averaged). Customers
        weigh reliability most and reliability has the largest gap, so the weighted score is lower than the unweighted
        one — the problem is worse than the plain average says.
        """,
    ),
    code(
        """
        ax = servqual.plot_gaps(result, weighted=True)
        """
    ),
    trainer(
        zh="""
        **4.4 约 6 分钟。** 对应练习 3。讨论题：如果管理层只想要一个数字，你报加权得分还是未加权得分？为什么？
        （加权得分更贴近客户的看法；但权重题回答质量不高时，两个都报，并说明差别。）
        """,
        en="""
        **4.4 about 6 minutes.** This is exercise 3. Discussion: if management wants one number, do you report the
        weighted or the unweighted score, and why? (The weighted one is closer to the customers' view; if the weights
        question was answered carelessly, report both and explain the difference.)
        """,
    ),
    md(
        zh="""
        ### 4.5 第五步：重要性—表现四象限图（IPA）

        Martilla 和 James（1977）的四象限图把每个维度放在两条轴上：横轴是**表现**（感知平均分），纵轴是**重要性**。
        重要性有两种来源：

        - **直接询问**：客户分配的平均分数；
        - **推导得出**：看每个维度的感知与客户总体评价的关系有多强（用 Johnson 相对权重，把回归的 R² 分给各维度）。

        左上角“重点改进区”——重要而表现差——就是资源应该先去的地方。
        """,
        en="""
        ### 4.5 Step five: the importance–performance grid (IPA)

        Martilla and James's (1977) grid places each dimension on two axes: **performance** (mean perception) across and
        **importance** up. Importance comes in two kinds:

        - **stated**: the mean points customers gave;
        - **derived**: how strongly each dimension's perceptions go with the customers' overall rating (Johnson's
          relative weights, which share the regression's R² among the dimensions).

        The top-left quadrant, "concentrate here" — important and performing poorly — is where resources should go first.
        """,
    ),
    code(
        """
        stated = servqual.ipa(result)
        ax = servqual.plot_ipa(stated)
        """
    ),
    code(
        """
        derived = servqual.ipa(result, "derived", outcome=people)
        ax = servqual.plot_ipa(derived)
        servqual.table(derived)
        """
    ),
    md(
        zh="""
        两种重要性都把**可靠性**放进了重点改进区。直接询问时，客户也把不少分数给了响应性；推导的结果则显示，
        真正左右总体评价的首先是可靠性。两者不一致时，推导的重要性往往更能说明“什么在影响客户的判断”，
        直接询问的重要性更能说明“客户嘴上说什么重要”——两个都看。
        """,
        en="""
        Both kinds of importance put **reliability** in "concentrate here". Asked directly, customers also gave
        responsiveness many points; the derived weights show that what drives the overall rating is reliability first.
        When the two disagree, derived importance tends to tell what moves the customers' judgement, stated importance
        what they say matters — read both.
        """,
    ),
    trainer(
        zh="""
        **4.5 约 8 分钟。** 对应练习 4。讨论题：过度投入区的维度（保证性、有形性）是否应该削减投入？
        提醒学员：有形性的 α 偏低，它在图上的位置本身也不太可靠。
        """,
        en="""
        **4.5 about 8 minutes.** This is exercise 4. Discussion: should spending on the dimensions in "possible overkill"
        (assurance, tangibles) be cut? Remind participants that tangibles' alpha is low, so even its place on the grid is
        uncertain.
        """,
    ),
    md(
        zh="""
        ## 5. 通信设备制造商：企业客户的期望

        课程资料中提到，一家通信设备制造商在销售和服务中用 SERVQUAL 评估客户对服务质量的期待，再据此制定提升策略。
        企业客户（B2B）的特点是：答卷的是工程师和采购经理，他们对交付和排障的**可靠性**要求极高，对办公环境等有形因素
        并不在意。下面是模拟的调查结果（受访者来自运营商客户和政企客户两类）：
        """,
        en="""
        ## 5. A telecom-equipment maker: what business customers expect

        The course material tells of a telecom-equipment maker that uses SERVQUAL in sales and service to gauge what its
        customers expect, and sets its improvement strategy from that. Business (B2B) customers are different: the
        respondents are engineers and purchasing managers who demand **reliability** of delivery and fault fixing and
        care little about offices and brochures. A simulated survey (respondents at carriers and at enterprises):
        """,
    ),
    code(
        """
        telecom = datasets.load("servqual_telecom")
        telecom_people = datasets.load("servqual_telecom_respondents")
        telecom_result = servqual.gaps(telecom, weights=telecom_people)
        print(servqual.summary(telecom_result))
        ax = servqual.plot_gaps(telecom_result)
        """
    ),
    code(
        """
        servqual.table(servqual.segments(telecom, "segment", weights=telecom_people))
        """
    ),
    trainer(
        zh="""
        **7 分钟。** 讨论题：企业客户给可靠性的权重比银行客户还高，这意味着什么？在 B2B 服务中，差距 3（执行差距）
        常常出在交付环节：工程队、备件、第三方施工。请学员说说自己公司的“内部客户”——上下游部门——会怎样回答这份问卷。
        """,
        en="""
        **7 minutes.** Discussion: business customers weigh reliability even more than the bank's customers — what does
        that mean? In B2B service, gap 3 (delivery) often lies in field teams, spare parts and subcontractors. Ask how the
        participants' internal customers — the departments up and down the line — would answer this questionnaire.
        """,
    ),
    md(
        zh="""
        ## 6. SERVPERF 与对差距得分的批评

        SERVQUAL 问世后也受到不少批评，最重要的有三条：

        1. **差距得分的统计问题**（Peter、Churchill、Brown，1993）：两个分数相减，信度比原来的分数低，
           而且差距与期望高度相关；
        2. **期望难以界定**（Teas，1993）：“期望”到底是理想水平、应有水平还是预测水平，客户理解不一；
        3. **只测感知就够了**（Cronin 和 Taylor，1992）：他们提出 **SERVPERF**，用同样的 22 道题只问感知，
           发现它对总体服务质量的解释力更强，问卷也缩短了一半。

        实践中的折中是：做诊断时用完整的 SERVQUAL（知道期望在哪里），做长期跟踪时用 SERVPERF（问卷短，便于每季度重复）。
        下面比较两种方法得出的维度排序：
        """,
        en="""
        ## 6. SERVPERF and the criticism of difference scores

        SERVQUAL drew criticism after it appeared; three points matter most:

        1. **difference scores are statistically awkward** (Peter, Churchill & Brown 1993): a difference of two scores is
           less reliable than the scores themselves, and it correlates strongly with the expectation;
        2. **expectations are hard to pin down** (Teas 1993): do customers read "expectation" as the ideal, what should
           happen, or what will happen?
        3. **perceptions alone may be enough** (Cronin & Taylor 1992): their **SERVPERF** asks the same 22 statements for
           perceptions only; it explained overall service quality better, with half the questionnaire.

        A common compromise: use full SERVQUAL to diagnose (it shows where expectations lie) and SERVPERF to track
        (short enough to repeat every quarter). The dimension order under both:
        """,
    ),
    code(
        """
        performance = servqual.servperf(answers)
        servqual.table(performance.dimensions.join(result.dimensions[["gap"]]))
        """
    ),
    trainer(
        zh="""
        **7 分钟。** 让学员比较两列：SERVPERF 里感知最低的维度，是否也是 SERVQUAL 里差距最大的维度？
        有形性的感知分并不高，但期望更低，所以差距小——这正是两种方法会得出不同结论的地方。
        """,
        en="""
        **7 minutes.** Let participants compare the two columns: is the dimension with the lowest perception under SERVPERF
        also the one with the largest SERVQUAL gap? Tangibles' perception is not high, but its expectation is lower
        still, so its gap is small — exactly where the two methods can disagree.
        """,
    ),
    md(
        zh="""
        ## 7. 容忍区

        1994 年，Parasuraman 等人把“期望”拆成两个水平：**底线服务**（可以接受的最低水平）和**理想服务**（希望得到的水平）。
        两者之间就是**容忍区**：感知落在容忍区内，客户可以接受；低于底线，客户会不满甚至流失；高于理想，客户会惊喜。
        两个指标：

        - 服务充分度 MSA = 感知 − 底线：小于 0 表示没达到底线；
        - 服务优越度 MSS = 感知 − 理想：大于 0 表示超出理想。

        银行另请一批客户用 9 级量表回答了三栏式问卷：
        """,
        en="""
        ## 7. Zones of tolerance

        In 1994 Parasuraman and colleagues split "expectation" into two levels: **adequate** service (the lowest level
        accepted) and **desired** service (the level wished for). Between them lies the **zone of tolerance**: perceived
        service inside it is accepted; below adequate, customers are dissatisfied and may leave; above desired, they are
        delighted. Two measures:

        - measure of service adequacy MSA = perceived − adequate: below 0, the service is not adequate;
        - measure of service superiority MSS = perceived − desired: above 0, it beats what was desired.

        The bank asked other customers the three-column version on a 9-point scale:
        """,
    ),
    code(
        """
        tolerance = servqual.zones(datasets.load("servqual_bank_zones"))
        ax = servqual.plot_zones(tolerance)
        servqual.table(tolerance.dimensions)
        """
    ),
    md(
        zh="""
        可靠性落在容忍区**下方**：客户对可靠性的底线本来就高，容忍区又窄，稍有差错就跌出底线。
        有形性却落在容忍区**上方**——在这方面再多投入，客户也不会更满意。这与 IPA 的结论互相印证。
        """,
        en="""
        Reliability lies **below** the zone: customers' floor for reliability is high and the zone is narrow, so a small
        slip drops below adequate. Tangibles lie **above** the zone — more spending there will not please anyone more. The
        IPA grid said the same.
        """,
    ),
    trainer(
        zh="""
        **7 分钟。** 讨论题：为什么可靠性的容忍区比有形性窄？（客户对“做对”几乎没有宽容，对装修风格则宽容得多。）
        """,
        en="""
        **7 minutes.** Discussion: why is reliability's zone narrower than tangibles'? (Customers forgive almost nothing
        about getting it right and a great deal about the decor.)
        """,
    ),
    md(
        zh="""
        ## 8. 与客户体验金字塔和 KANO 模型的联系

        课程资料提出，可以按客户体验金字塔的不同层级制定 SERVQUAL 的服务标准：

        - **1.0 需求满足**靠的首先是**可靠性**：按时、准确、一次做对。可靠性出问题，整座金字塔的地基就松了——
          这正是本案例中可靠性差距最大、又最影响总体评价的含义。保证性（让客户放心）也属于这一层的底线。
        - **2.0 轻松体验**主要来自**响应性**：不排队、不推诿、有问必答；有形性中的便利设施（好用的叫号机、清楚的单据）
          也在减少客户的麻烦。
        - **3.0 难忘体验**主要来自**移情性**：记住客户的需求、给出个别关照，让客户感到被当作一个人来对待。

        金字塔要求从下往上建：可靠性的差距没有补上之前，在移情性上做得再多也难以换来忠诚。

        与 KANO 模型对照：可靠性的大部分要求属于**必备质量**——做到了客户视为理所当然，做不到就强烈不满；
        响应性更像**期望质量**，越快越好；移情性中的个别关照常常是**魅力质量**。KANO 告诉你一项服务属于哪一类，
        SERVQUAL 告诉你这一类服务现在离客户的期望还有多远。
        """,
        en="""
        The course material suggests setting SERVQUAL service standards level by level of the customer-experience
        pyramid:

        - **1.0 needs met** rests first on **reliability**: on time, accurate, right the first time. When reliability
          fails, the pyramid's foundation gives way — which is what the case shows: reliability has the largest gap and
          drives the overall rating most. Assurance (customers feel safe) belongs to this floor too.
        - **2.0 effortless** comes mainly from **responsiveness**: no queue, no runaround, every question answered;
          convenient tangibles (a ticket machine that works, clear statements) also spare customers effort.
        - **3.0 memorable** comes mainly from **empathy**: remembering a customer's needs and giving individual
          attention, so customers feel treated as people.

        The pyramid is built from the bottom up: while the reliability gap stays open, no amount of empathy buys loyalty.

        Compared with KANO: most reliability requirements are **must-be** qualities — taken for granted when met, bitterly
        resented when not; responsiveness behaves like a **one-dimensional** quality, the faster the better; individual
        attention in empathy is often **attractive**. KANO tells you which kind a service is; SERVQUAL tells you how far
        it now is from what customers expect.
        """,
    ),
    trainer(
        zh="""
        **5 分钟。** 提问：在你们公司，哪一个维度是“1.0 地基”，目前差距多大？这个问题可以作为课后作业，
        用本模块的问卷在自己的部门或内部客户中做一次小调查。
        """,
        en="""
        **5 minutes.** Ask: in your company, which dimension is the 1.0 foundation, and how large is its gap today? As
        homework, run this module's questionnaire with your own department or internal customers.
        """,
    ),
    md(
        zh="""
        ## 9. 交互探索器

        - 选择案例（银行 / 通信设备制造商）和客户群；
        - 切换**未加权 / 加权**；
        - 拖动五个维度的权重（合计必须为 100），看加权得分和维度排序怎样变化——
          例如把可靠性的权重调到 50，再调到 5，观察它对总分的影响。
        """,
        en="""
        ## 9. The live explorer

        - choose the case (bank / telecom-equipment maker) and the segment;
        - switch **unweighted / weighted**;
        - move the five weights (they must add up to 100) and watch the weighted score and the ranking of the dimensions
          change — set reliability to 50, then to 5, and see what it does to the total.
        """,
    ),
    code(
        """
        from cxlab.widgets.servqual import ServqualExplorer
        explorer = ServqualExplorer()
        explorer.widget
        """
    ),
    md(
        zh="""
        ## 10. 现场问卷：全班的 SERVQUAL 简版

        在终端里运行 `cxlab classroom start --lan --survey servqual_short`，屏幕上会出现地址、房间码和二维码。
        学员用手机扫码，想一项自己最近用过的服务（银行、运营商、快递……），先答期望、再分 100 分（可以不填）、
        最后答感知——和第 3 节的问卷顺序一样，题目也是那 22 道题的原话。每部手机每个维度只答一道题，
        题目在手机之间轮换：五部手机就覆盖了全部 22 道题，每道题的均值只用答过它的人计算（`servqual.gaps` 本来就这样处理空白）。

        下面的单元格读入全班的回答，用与银行案例完全相同的 `servqual.gaps` 计算差距；面板每隔几秒自动刷新。
        课堂问卷没有运行时，单元格只给出提示，不影响其余内容。
        """,
        en="""
        ## 10. Live survey: a short SERVQUAL from the class

        Run `cxlab classroom start --lan --survey servqual_short` in a terminal: it shows an address, a room code and a
        QR code. Learners scan it, think of a service they used recently (a bank, a mobile operator, a courier …) and
        answer the expectations, share 100 points (they may skip this), then the perceptions — in the order of the
        questionnaire in part 3, with the same statements. Each phone gets one statement per dimension, rotating from
        phone to phone: five phones cover all 22, and each statement's means use the learners who answered it
        (`servqual.gaps` treats blanks that way anyway).

        The cells below read the class's answers and compute the gaps with the same `servqual.gaps` as the bank case;
        the panel refreshes every few seconds. When no classroom is running, the cells only say so and the rest of the
        notebook is unaffected.
        """,
    ),
    code(
        """
        from cxlab import classroom

        live = classroom.results("servqual")
        if "note" in live.attrs:
            print(live.attrs["note"])
        else:
            class_gaps = servqual.gaps(live, weights=live.attrs["weights"])
            print(servqual.summary(class_gaps))
            servqual.plot_gaps(class_gaps)
        """
    ),
    code(
        """
        classroom.LivePanel("servqual")
        """
    ),
    trainer(
        zh="""
        **现场问卷再加 10 分钟。** 课前在投影电脑上运行上面的命令（笔记本与学员手机需在同一 Wi-Fi），把
        `cxlab classroom status` 给出的投屏页面放到第二块屏幕。至少五部手机作答后差距才会出现，十几份之后更稳定。
        请大家对比：全班最大的差距在哪个维度？和银行案例一样是可靠性吗？每道题只有几个人答，提醒学员这是课堂演示，
        不是可以下结论的样本。课后用 `cxlab classroom export` 导出 CSV，`cxlab classroom stop` 停止服务（回答会保留）。
        """,
        en="""
        **Add 10 minutes for the live survey.** Before class, run the command above on the projecting laptop (laptop and
        phones on the same Wi-Fi) and put the presenter page that `cxlab classroom status` prints on a second screen.
        The gaps appear once five phones have answered and settle after a dozen. Ask: which dimension has the class's
        largest gap? Is it reliability, as in the bank case? Each statement rests on a few answers only: remind the
        class that this is a demonstration, not a sample to conclude from. Afterwards `cxlab classroom export` writes a
        CSV and `cxlab classroom stop` stops the server (the answers are kept).
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - SERVQUAL（Parasuraman、Zeithaml、Berry，1988/1991）测量五差距模型中的差距 5：感知 − 期望；差距 1～4 是企业内部的原因。
        - 五个维度：有形性、可靠性、响应性、保证性、移情性，共 22 道题，7 级量表，可加 100 分的权重题。
        - 先查信度（Cronbach α ≥ 0.7），再算题项、维度和总体差距；空白作答不当作 0。
        - 看相对大小而不只是正负；一定按客户群拆开看；加权得分反映客户认为重要的维度。
        - IPA 把“重要而表现差”的维度放进重点改进区；直接询问与推导的重要性都要看。
        - SERVPERF 只测感知，适合长期跟踪；容忍区区分“不够底线”和“未达理想”。
        - 可靠性守住金字塔的 1.0，响应性成就 2.0，移情性创造 3.0——从下往上建。

        **下一步**：完成练习 `03_servqual`（五道题：计算差距、维度得分、加权与未加权、读 IPA 图、找出不可靠的量表）。
        """,
        en="""
        ## Key points

        - SERVQUAL (Parasuraman, Zeithaml & Berry 1988/1991) measures gap 5 of the five gaps model: perception minus
          expectation; gaps 1–4 are the causes inside the company.
        - Five dimensions — tangibles, reliability, responsiveness, assurance, empathy — in 22 statements on a 7-point
          scale, plus an optional 100-point weights question.
        - Check reliability first (Cronbach's alpha ≥ 0.7), then compute item, dimension and overall gaps; a blank answer
          is never a 0.
        - Read relative sizes, not only signs; always split by segment; the weighted score reflects what customers say
          matters.
        - IPA puts important, poorly performing dimensions in "concentrate here"; read stated and derived importance.
        - SERVPERF asks perceptions only and suits tracking; the zone of tolerance separates "not adequate" from "not
          what was desired".
        - Reliability protects the pyramid's 1.0, responsiveness makes 2.0, empathy creates 3.0 — build from the bottom.

        **Next**: the exercises `03_servqual` (five questions: compute a gap, a dimension score, weighted vs unweighted,
        read the IPA grid, spot an unreliable scale).
        """,
    ),
    trainer(
        zh="""
        **收尾讨论题（可留作课后作业）：**

        1. 你的部门最大的服务差距在哪个维度？它来自差距 1～4 中的哪一个？
        2. 如果只能做一项改进，你会选 IPA 图上的哪个维度？需要哪些部门配合？
        3. 半年后复查时，你会用 SERVQUAL 还是 SERVPERF？为什么？
        """,
        en="""
        **Wrap-up questions (or homework):**

        1. In which dimension is your department's largest service gap, and which of gaps 1–4 causes it?
        2. If you could make one improvement, which dimension of the IPA grid would you pick, and who must help?
        3. Checking again in six months, would you use SERVQUAL or SERVPERF? Why?
        """,
    ),
]
