# Source of notebooks/zh/91_assessment.ipynb and notebooks/en/91_assessment.ipynb
# (build: python tools/nbbuild.py 91_assessment). md / params / code / trainer are injected by tools/nbbuild.py.

CELLS = [
    md(
        zh="""
        # 讲师工具 · 课程评估：前测与后测、学员反馈、客户体验成熟度自评

        这本笔记本是给讲师用的，不是课程模块。它回答三个问题：

        - **学员学到了什么？** 开课时做一次前测，结束时做一次题目完全相同的后测，由工具包评分，算出原始增益和标准化增益。
        - **学员觉得这次培训怎么样？** 一份反馈问卷：每个模块的满意度（CSAT）、推荐意愿、易用程度和意见，
          用客户体验值模块（07）自己的函数来分析——和分析客户问卷一模一样。
        - **管理者的公司处在什么位置？** 给管理者小组的客户体验成熟度自评：六个维度、五个阶段，找出最弱的维度，
          并指出哪个课程模块能补上这个短板。

        ## 学习目标

        用完这本笔记本，讲师能够：

        1. 为一次培训组好前测和后测的试卷，现场或用纸质答卷收集答案，并由工具包评分；
        2. 读懂学习增益：原始增益、Hake 的标准化增益 g、逐题的变化和它们的显著性，并说清没有配对上的学员；
        3. 用净推荐值（NPS）、CSAT 和易用程度分析学员反馈，并读出意见里的主题；
        4. 带领管理者小组完成客户体验成熟度自评，解读画像、分歧和对应的课程模块。

        **时长**：前测 15 分钟、后测 15 分钟、反馈 5 分钟；成熟度自评约 30 分钟（管理者专场）。
        """,
        en="""
        # Trainer tools · Assessing the workshop: pre-test and post-test, participant feedback, CX maturity

        This notebook is for the trainer, not a course module. It answers three questions:

        - **What did the learners learn?** A pre-test at the start and a post-test with exactly the same items at the end,
          scored by the kit, give the raw gain and the normalised gain.
        - **How did the learners find the workshop?** A feedback form — satisfaction (CSAT) per module, the
          recommendation question, an ease item and comments — analysed with the functions of the customer-experience
          value module (07), exactly as a customer survey would be.
        - **Where does the managers' company stand?** A CX maturity self-assessment for managers' groups: six dimensions,
          five stages, the weakest dimensions and the course modules that address them.

        ## Objectives

        With this notebook a trainer can:

        1. build the pre-test and post-test of a workshop, collect the answers live or on paper, and let the kit score
           them;
        2. read the learning gain: the raw gain, Hake's normalised gain g, the change item by item and whether it is more
           than chance, and account for learners who took only one test;
        3. analyse the participants' feedback with the Net Promoter Score (NPS), CSAT and the ease item, and read the
           themes of the comments;
        4. run the CX maturity self-assessment with a managers' group and read its profile, its disagreements and the
           modules that match its gaps.

        **Time**: pre-test 15 minutes, post-test 15 minutes, feedback 5 minutes; the maturity self-assessment about
        30 minutes (managers' sessions).
        """,
    ),
    trainer(
        zh="""
        **在课程中的安排**

        | 环节 | 时间 | 何时 |
        |---|---|---|
        | 前测（现场或纸质） | 15 分钟 | 开场介绍之后、模块 01 之前 |
        | 后测（同样的题目） | 15 分钟 | 最后一个模块之后 |
        | 讲评前后测结果 | 10 分钟 | 后测之后 |
        | 学员反馈问卷 | 5 分钟 | 结束前 |
        | 成熟度自评（管理者专场） | 15 分钟 | 开场之后 |
        | 讲评成熟度画像与对应模块 | 15 分钟 | 自评之后，或最后一节 |

        课前：打印试卷和答案（`cxlab handout assessment_test`）和成熟度自评表（`cxlab handout assessment_maturity`），
        或在投影电脑上运行 `cxlab classroom start --lan --survey pretest` 让学员用手机作答。请学员在前测和后测里写
        **同一个**姓名或座位号，否则无法配对。
        """,
        en="""
        **Where it fits in a workshop**

        | Part | Time | When |
        |---|---|---|
        | Pre-test (live or on paper) | 15 min | after the opening, before module 01 |
        | Post-test (the same items) | 15 min | after the last module |
        | Debrief of the test results | 10 min | after the post-test |
        | Participant feedback form | 5 min | before closing |
        | Maturity self-assessment (managers' sessions) | 15 min | after the opening |
        | Debrief of the maturity profile and the modules | 15 min | after the self-assessment, or at the end |

        Before class: print the test with its answer key (`cxlab handout assessment_test`) and the self-assessment sheet
        (`cxlab handout assessment_maturity`), or run `cxlab classroom start --lan --survey pretest` on the projecting
        laptop so learners answer on their phones. Ask learners to write the **same** name or seat number in both
        tests, or they cannot be paired.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import assessment, classroom, datasets
        """
    ),
    md(
        zh="""
        ## 1 组一份试卷

        题库里每个课程模块（01～07）至少有三道题，每道题都对应一个概念，带有正确答案和解释。有选择题，也有简短的计算题。
        `assessment.test_items` 按模块组卷：每个模块取题库里的前几道，顺序固定，所以前测和后测拿到的是同一份试卷。
        只讲部分模块时（比如半天的管理者专场只讲 01、05、06），用 `modules=` 指定模块即可。
        """,
        en="""
        ## 1 Building the test

        The item bank holds at least three items for each course module (01–07), each tied to one concept, with the
        correct answer and why: multiple-choice items and short numeric ones. `assessment.test_items` builds the test
        module by module, taking the first items of each in a fixed order, so the pre-test and the post-test are the
        same paper. For a workshop that covers only some modules (the half-day managers' session covers 01, 05 and
        06), pass them as `modules=`.
        """,
    ),
    code(
        """
        items = assessment.test_items()
        key = assessment.answer_key(items)
        key[["concept", "question", "answer"]]
        """
    ),
    code(
        """
        assessment.test_items(modules=[1, 5, 6], n_per_module=3)[["module", "concept"]]
        """
    ),
    trainer(
        zh="""
        **组卷时注意**：一个模块三道题，整套 21 题大约需要 15 分钟。前测时告诉学员：“答不出来很正常，不会的请留空，
        别猜。”留空的题按答错计分，但会单独统计，这样前测分数不会被蒙对的题抬高。
        """,
        en="""
        **When you build the test**: three items per module, 21 in all, take about 15 minutes. Before the pre-test tell
        learners: "Nobody expects you to know these yet; leave a question blank rather than guess." A blank counts as
        not correct but is counted apart, so lucky guesses do not inflate the pre-test.
        """,
    ),
    md(
        zh="""
        ## 2 给前测评分

        下面是一个两天培训班的前测：16 位学员，按他们自己写的样子记录——大小写字母、带括号的选项、选项原文、
        带单位或百分号的数字。`assessment.score` 都能读懂：`b`、`(B)`、`B.`、“贬损者”、“80%”、“0.8”、“1,920人”都算数；
        读不懂的答案（比如同时写了两个数）记为“无法识别”，与留空分开统计。
        """,
        en="""
        ## 2 Scoring the pre-test

        Here is the pre-test of a two-day workshop: 16 learners, their answers as they wrote them — letters in either
        case, bracketed options, an option's text, numbers with units or percent signs. `assessment.score` reads them
        all: `b`, `(B)`, `B.`, "detractors", "80%", "0.8" and "1,920" all count; an answer it cannot read (two numbers
        at once) is marked unreadable, apart from blanks.
        """,
    ),
    code(
        """
        pre = assessment.score(datasets.load("assessment_pretest"), items)
        print(pre.describe())
        """,
        expect={
            "zh": "16 位学员，21 道题：平均得分 36%。最难的一题：客户费力度（CES）（6% 答对）。\n",
            "en": "16 learners, 21 items: mean score 36%. Hardest item: Customer Effort Score (CES) (6% correct).\n",
        },
    ),
    code(
        """
        assessment.plot_scores(pre);
        """
    ),
    md(
        zh="""
        ## 3 后测与学习增益

        后测用同一份试卷。比较两次成绩时，只看**两次都参加**的学员；只参加了一次的学员会被单独列出来，而不是悄悄丢掉。

        - **原始增益** = 后测得分 − 前测得分（百分点）。
        - **标准化增益** g = (后测% − 前测%) / (100 − 前测%)（Hake，1998）：在还没掌握的部分里，学会了多少。
          前测 20% 的学员和前测 80% 的学员，能涨的空间不一样，g 把这一点考虑进去了。Hake 把 g < 0.3 称为低，
          0.3～0.7 为中，0.7 以上为高。全班的 &lt;g&gt; 用两次的平均分计算；学员个人 g 的平均值会略有不同。
        - **逐题**：每道题课前、课后答对的比例；McNemar 精确检验只看“由错变对”和“由对变错”的学员，判断变化是否超出偶然。
        - **全班**：对每位学员的前后得分差做 Wilcoxon 符号秩检验。
        """,
        en="""
        ## 3 The post-test and the learning gain

        The post-test is the same paper. The comparison counts only learners who took **both** tests; a learner who took
        only one is listed apart, never silently dropped.

        - **Raw gain** = post-test score − pre-test score (percentage points).
        - **Normalised gain** g = (post% − pre%) / (100 − pre%) (Hake 1998): of what was still to learn, how much was
          learned. A learner who starts at 20 % has more room than one who starts at 80 %; g allows for it. Hake calls
          g < 0.3 low, 0.3–0.7 medium and 0.7 or more high. The class's &lt;g&gt; uses the two class means; the mean of the
          learners' own g differs a little.
        - **Item by item**: the share correct before and after; the exact McNemar test looks only at the learners who
          went from wrong to right or right to wrong and asks whether the change is more than chance.
        - **The class**: the Wilcoxon signed-rank test on each learner's difference.
        """,
    ),
    code(
        """
        post = assessment.score(datasets.load("assessment_posttest"), items)
        gain = assessment.learning_gain(pre, post)
        print(gain.describe())
        """,
        expect={
            "zh": "15 位学员参加了两次测试：课前 34%，课后 77%（+43 个百分点），标准化增益 <g> = 0.65（中）；"
                  "Wilcoxon 符号秩检验 p < 0.001。 未计入配对结果：1 位学员只参加了前测（Zhou Min），1 位只参加了后测"
                  "（Sun Hao）；请核对他们两次填写的姓名是否一致。\n",
            "en": "15 learners took both tests: 34% before, 77% after (+43 points), normalised gain <g> = 0.65 (medium); "
                  "Wilcoxon signed-rank p < 0.001. Left out of the paired figures: 1 learner(s) took only the pre-test "
                  "(Zhou Min) and 1 only the post-test (Sun Hao); check whether they wrote their name differently.\n",
        },
    ),
    code(
        """
        gain.summary()
        """
    ),
    code(
        """
        assessment.plot_gain(gain);
        """
    ),
    code(
        """
        gain.learners.round(2)
        """
    ),
    trainer(
        zh="""
        **10 分钟讲评。** 先看全班的 &lt;g&gt;，再看逐题图：哪些题课后仍然只有一半人答对？那通常是讲得太快的地方，
        下次要多留时间。带 ★ 的题变化超出偶然；题目多时，个别 p < 0.05 也可能是偶然出现的，别只盯着一道题。
        Hu Jun 第二次把名字写成了小写，工具包不分大小写地配对；Zhou Min 和 Sun Hao 只参加了一次，被单独列出。
        """,
        en="""
        **10-minute debrief.** Start with the class's &lt;g&gt;, then the item chart: which items are still right for only half
        the class after the workshop? Those are usually where the session went too fast. Items marked ★ changed more
        than chance would; with many items a single p < 0.05 can still be luck, so do not dwell on one item.
        Hu Jun wrote his name in lower case the second time: the kit pairs names without case; Zhou Min and Sun Hao
        took one test each and are listed apart.
        """,
    ),
    md(
        zh="""
        ### 3.1 给一位学员的反馈

        `feedback_for` 列出一位学员答错或留空的题、他写的答案、正确答案和解释——课后可以发给学员自己复习。
        """,
        en="""
        ### 3.1 Feedback for one learner

        `feedback_for` lists the items a learner got wrong or left blank, what they wrote, the correct answer and why —
        something to send them for review after the workshop.
        """,
    ),
    code(
        """
        post.feedback_for("Zhang Wei")
        """
    ),
    md(
        zh="""
        ## 4 学员反馈问卷

        反馈问卷有四部分：每个模块的满意度（1～5 分）、推荐意愿（0～10 分，即净推荐值的问题）、
        仿照客户费力度（CES）2.0 写的一道易用题（1～7 分：“这次培训让我很容易把这些方法用到工作中”），以及开放意见。
        分析时用的是模块 07 的同一组函数：`value.csat`（前两档占比和 Wilson 置信区间）、`value.nps`（带置信区间；
        一个班样本小，默认用调整 Wald 法）、`value.ces` 和 `value.feedback`（意见的主题和情感倾向）。
        这样学员在模块 07 学到的方法，正好用在对这次培训本身的评价上。
        """,
        en="""
        ## 4 The participant feedback form

        The form has four parts: satisfaction with each module (1–5), the recommendation question (0–10, the NPS
        question), an ease item written after the Customer Effort Score (CES) 2.0 (1–7: "the workshop made it easy for
        me to use these methods in my work") and an open comment. The analysis uses module 07's own functions:
        `value.csat` (top-2 share with the Wilson interval), `value.nps` (with its interval; a class is a small sample,
        so the adjusted Wald interval is the default), `value.ces` and `value.feedback` (themes and tone of the
        comments). What learners learned in module 07 is applied to the workshop itself.
        """,
    ),
    code(
        """
        report = assessment.feedback_report(datasets.load("assessment_feedback"))
        print(report.describe())
        """
    ),
    code(
        """
        assessment.plot_feedback(report);
        """
    ),
    code(
        """
        assessment.plot_feedback_comments(report);
        """
    ),
    trainer(
        zh="""
        **5 分钟。** 问卷匿名，放在最后一节之前填，不要等学员起身离开。16 份问卷的净推荐值置信区间很宽——
        这正好是模块 07 讲过的道理：样本小，就别对几分的变化下结论。满意度最低的模块，下次优先改。
        """,
        en="""
        **5 minutes.** The form is anonymous; hand it out before the last session ends, not as people leave. With 16
        forms the NPS interval is wide — the lesson of module 07: with a small sample, a few points mean nothing. The
        module with the lowest satisfaction is the first to rework.
        """,
    ),
    md(
        zh="""
        ## 5 客户体验成熟度自评（管理者专场）

        成熟度模型回答的是“我们公司在客户体验管理上走到了哪一步”。Forrester 和 XM Institute 都发布过这样的模型；
        本工具包借鉴它们的思路，用自己的话写了一份简短的自评表：六个维度，每个维度三条陈述，按 1（完全不符合）到
        5（完全符合）打分。每位管理者的维度得分是三条陈述的平均分；小组的得分是各位管理者的平均值，
        再看离散程度：标准差达到 1 分左右，说明大家看到的公司并不是同一个。
        """,
        en="""
        ## 5 The CX maturity self-assessment (managers' sessions)

        A maturity model answers "how far has our company come in managing customer experience?". Forrester and the XM
        Institute have both published such models; the kit borrows their approach in a short self-assessment of its own:
        six dimensions, three statements each, rated from 1 (not true of us) to 5 (fully true of us). A manager's score
        on a dimension is the mean of its three statements; the group's is the managers' mean, read with its spread:
        a standard deviation of about one point means the managers do not see the same company.
        """,
    ),
    code(
        """
        assessment.stage_table()
        """
    ),
    code(
        """
        assessment.statement_table()
        """
    ),
    code(
        """
        profile = assessment.maturity(datasets.load("assessment_maturity"))
        print(profile.describe())
        profile.table()
        """
    ),
    code(
        """
        assessment.plot_maturity(profile);
        """
    ),
    md(
        zh="""
        ### 5.1 从短板到课程模块

        `maturity_gaps` 列出平均分低于 3 分的维度（从最弱的开始），以及管理者看法分歧较大的维度，
        并给出能补上这个短板的课程模块。这张表就是管理者专场后半段的议程。
        """,
        en="""
        ### 5.1 From gaps to course modules

        `maturity_gaps` lists the dimensions whose mean is below 3 (weakest first) and those where the managers disagree,
        with the course modules that address each. The table is the agenda of the managers' session's second half.
        """,
    ),
    code(
        """
        assessment.maturity_gaps(profile)[["name", "mean", "reason", "module_names"]].round(2)
        """
    ),
    trainer(
        zh="""
        **30 分钟（自评 15 + 讲评 15）。** 先讲清楚：按公司“现在是什么样”打分，不是按“应该怎样”。讲评时先看分歧最大的
        维度，请总部和区域的管理者各说一个例子——分歧本身就是发现。再看最弱的两个维度，把对应模块的一个案例拿出来讲。
        阶段的划分（每 0.8 分一档）是本工具包为了便于解读而定的约定，不是公开发布的标准线。
        """,
        en="""
        **30 minutes (self-assessment 15 + debrief 15).** Say first: rate how the company is now, not how it should be.
        In the debrief start with the dimension where the managers disagree most and ask one head-office and one
        regional manager for an example — the disagreement is itself a finding. Then take the two weakest dimensions
        and show one case from the matching module. The stage bands (0.8 points each) are the kit's convention to help
        reading, not a published threshold.
        """,
    ),
    md(
        zh="""
        ## 6 现场：全班用手机作答

        四份问卷都可以在课堂上用手机填写：`pretest`、`posttest`、`feedback`、`maturity`。在终端里运行
        `cxlab classroom start --lan --survey pretest`，后测时运行 `cxlab classroom open --survey posttest`，
        依此类推。下面的单元格读入全班的回答，用上面同样的函数分析；没有运行课堂问卷时，单元格只给出提示。
        """,
        en="""
        ## 6 Live: the class answers on their phones

        All four forms run live on phones: `pretest`, `posttest`, `feedback` and `maturity`. In a terminal run
        `cxlab classroom start --lan --survey pretest`; for the post-test, `cxlab classroom open --survey posttest`, and
        so on. The cells below read the class's answers and analyse them with the same functions as above; when no
        classroom has run, they only say so.
        """,
    ),
    code(
        """
        live_pre, live_post = classroom.results("pretest"), classroom.results("posttest")
        if live_pre.empty or live_post.empty:
            print(live_pre.attrs.get("note") or live_post.attrs.get("note"))
        else:
            live_gain = assessment.learning_gain(assessment.score(live_pre, items), assessment.score(live_post, items))
            print(live_gain.describe())
        """
    ),
    code(
        """
        live_feedback = classroom.results("feedback")
        if live_feedback.empty:
            print(live_feedback.attrs["note"])
        else:
            print(assessment.feedback_report(live_feedback).describe())
        """
    ),
    code(
        """
        live_maturity = classroom.results("maturity")
        if live_maturity.empty:
            print(live_maturity.attrs["note"])
        else:
            live_profile = assessment.maturity(live_maturity)
            print(live_profile.describe())
            assessment.plot_maturity(live_profile)
        """
    ),
    trainer(
        zh="""
        **现场问卷**：投影电脑和学员手机需在同一个 Wi-Fi 下。投屏页面（`cxlab classroom status` 会给出地址）
        会实时显示各模块答对的比例、满意度或成熟度画像。课后用 `cxlab classroom export` 导出 CSV 存档。
        """,
        en="""
        **Live forms**: the projecting laptop and the phones must share one Wi-Fi. The presenter page (its address is
        printed by `cxlab classroom status`) shows the share correct by module, the satisfaction or the maturity
        profile as answers arrive. Afterwards `cxlab classroom export` writes a CSV for your records.
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - 前测和后测用同一份试卷；留空按答错计分，但单独统计。
        - 标准化增益 g = (后测% − 前测%) / (100 − 前测%)，衡量“还没掌握的部分学会了多少”；原始增益看不出起点的差别。
        - 只比较两次都参加的学员；只参加一次的学员要列出来，不能悄悄丢掉。
        - 逐题看变化，McNemar 精确检验告诉你变化是否超出偶然；全班看 Wilcoxon 符号秩检验。
        - 学员反馈用模块 07 的方法分析：CSAT、净推荐值及其置信区间、易用程度、意见主题。
        - 成熟度自评看三件事：处在哪个阶段、哪里最弱、管理者在哪里看法不一；每个短板都对应到课程模块。
        """,
        en="""
        ## Key points

        - The pre-test and post-test are the same paper; a blank counts as not correct but is counted apart.
        - The normalised gain g = (post% − pre%) / (100 − pre%) measures how much of what was left to learn was learned;
          the raw gain ignores where learners started.
        - Compare only learners who took both tests, and list the others — never drop them silently.
        - Read the change item by item (the exact McNemar test says whether it beats chance) and for the class (the
          Wilcoxon signed-rank test).
        - Analyse the feedback with module 07's methods: CSAT, the NPS with its interval, the ease item, the themes.
        - A maturity self-assessment tells three things: the stage, the weakest dimensions and where managers disagree;
          each gap points to a course module.
        """,
    ),
    trainer(
        zh="""
        **课后**：把前后测结果和反馈结果一起存档（`cxlab classroom export`），下次开课前对照看看：
        上次 g 偏低、满意度偏低的模块改了没有？
        """,
        en="""
        **After the workshop**: keep the test results and the feedback together (`cxlab classroom export`) and look at
        them before the next run: were the modules with a low g or low satisfaction reworked?
        """,
    ),
]
