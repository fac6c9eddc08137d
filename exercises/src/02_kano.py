# Source of exercises/{zh,en}/02_kano.ipynb (learner editions) and exercises/answer_keys/{zh,en}/02_kano.ipynb.
# Build: python tools/nbbuild.py 02_kano. md / params / code / exercise / trainer are injected by tools/nbbuild.py.

CELLS = [
    md(
        zh="""
        # 练习 2 · KANO 模型

        配套课程：工作区中的 `course/zh/02_kano.ipynb`（由 `cxlab lab` 复制）。四道练习，共约 35 分钟。

        ## 学习目标

        - 能用评价表手工判定一组回答的类别；
        - 能由类别人数计算 Better 与 Worse 系数；
        - 能依据 KANO 的优先顺序决定先做哪些功能，并说明理由；
        - 能发现并剔除不可信的问卷。

        **用法**：把 `____` 换成你的答案，运行单元格，`q1.check(...)` 会告诉你对不对、错在哪里。
        需要帮助时，去掉 `# q1.hint()` 或 `# q1.solution()` 前面的 `#` 再运行。
        """,
        en="""
        # Exercises 2 · The KANO model

        Course module: `course/en/02_kano.ipynb` in your workspace (copied there by `cxlab lab`). Four exercises, about 35 minutes in all.

        ## Objectives

        - classify an answer pair by hand with the evaluation table;
        - compute Better and Worse from category counts;
        - decide which features to build first with KANO's order, and say why;
        - spot and drop questionnaires that cannot be trusted.

        **How it works**: replace `____` with your answer and run the cell; `q1.check(...)` tells you whether you are
        right and, if not, what went wrong. For help, remove the `#` in front of `# q1.hint()` or `# q1.solution()` and
        run the cell.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import datasets, kano
        from cxlab.exercises import ____
        from cxlab.exercises.kano import q1, q2, q3, q4
        from cxlab.widgets.kano import feature_names, table
        names = feature_names()
        """
    ),
    md(
        zh="""
        ## 练习 1：手工查表

        下面是评价表（行 = 正向回答，列 = 反向回答）和题目。请**不用** `kano.evaluate`，自己查表作答。
        """,
        en="""
        ## Question 1: look it up by hand

        Here are the evaluation table (row = functional answer, column = dysfunctional answer) and the question. Answer
        **without** `kano.evaluate`: look the pairs up yourself.
        """,
    ),
    code(
        """
        (kano.TABLE.map(kano.category_name)
             .rename(index=kano.answer_name, columns=kano.answer_name)
             .rename_axis(index=cxlab.t("kano.column.functional"), columns=cxlab.t("kano.column.dysfunctional")))
        """
    ),
    code("q1.prompt()"),
    exercise(
        learner="""
        # q1.hint()
        # q1.solution()
        answer = ____          # five categories: names or letters, e.g. "AOMIR"
        q1.check(answer)
        """,
        answer="""
        # q1.hint()
        # q1.solution()
        answer = "AMOIR"
        q1.check(answer)
        """,
    ),
    trainer(
        zh="约 8 分钟。最常见的错误是行列看反（check 会直接指出），以及把 (2, 2) 当成可疑结果。",
        en="About 8 minutes. The most common mistakes are reading rows and columns the wrong way round (check() says so) "
           "and taking (2, 2) for questionable.",
    ),
    md(
        zh="""
        ## 练习 2：计算 Better 与 Worse

        某门店试点了会员快速通道（借鉴航空公司为常旅客开设的快速通道），调查结果如下。请手工计算两个系数，保留两位小数。
        """,
        en="""
        ## Question 2: compute Better and Worse

        One hotel piloted a members' fast lane (borrowed from the airline's lane for frequent flyers). The survey counts
        are below. Compute the two coefficients by hand, to two decimals.
        """,
    ),
    code("q2.prompt()"),
    exercise(
        learner="""
        # q2.hint()
        # q2.solution()
        better = ____
        worse = ____
        q2.check((better, worse))
        """,
        answer="""
        # q2.hint()
        # q2.solution()
        better = 0.70
        worse = -0.40
        q2.check((better, worse))
        """,
    ),
    trainer(
        zh="约 7 分钟。常见错误：把 R 和 Q 算进分母（check 会指出）、Better 和 Worse 写反、填了百分数（70 而不是 0.70）。"
           "请学员说一说：Better 高、|Worse| 低的功能属于哪一类？",
        en="About 7 minutes. Usual mistakes: counting R and Q in the denominator (check() says so), swapping Better and "
           "Worse, giving percentages (70 instead of 0.70). Ask: which category has a high Better and a low |Worse|?",
    ),
    md(
        zh="做完后，用模型核对你的计算：",
        en="When you are done, check your arithmetic with the model:",
    ),
    code(
        """
        table(kano.classify(q2.answers()), columns=["A", "O", "M", "I", "R", "Q", "better", "worse"])
        """
    ),
    md(
        zh="""
        ## 练习 3：先做哪三项？

        App 团队的需求池和本季度的名额见题目。先看清理后的分类结果和 Better–Worse 图，再作答
        （功能编号或名称都可以）。
        """,
        en="""
        ## Question 3: which three first?

        The app team's backlog and this quarter's slots are in the question. Look at the classification of the cleaned
        survey and the better–worse grid, then answer (feature ids or names both work).
        """,
    ),
    code("q3.prompt()"),
    code(
        """
        backlog = q3.result()
        table(backlog, columns=["category", "better", "worse", "importance_mean"])
        """
    ),
    code(
        """
        ax = kano.plot_better_worse(backlog.rename(index=names))
        """
    ),
    exercise(
        learner="""
        # q3.hint()
        # q3.solution()
        first_three = [____, ____, ____]
        q3.check(first_three)
        """,
        answer="""
        # q3.hint()
        # q3.solution()
        first_three = ["online_checkin", "e_invoice", "checkin_speed"]
        q3.check(first_three)
        """,
    ),
    trainer(
        zh="""
        约 10 分钟。三种答案都算对：两项必备质量 + 任意一项期望质量，或者 + “一键延迟退房”——它按人数是魅力质量，
        但领先期望质量并不显著（Fong 检验），check 接受它并说明理由。请学员说明第三项为什么选“到店入住等候短”或
        “在线客服回复快”（|Worse|、重要性、实施成本）。讨论：“一键延迟退房”在并列阈值 0.05 下会变成期望质量，
        这会改变你的选择吗？
        """,
        en="""
        About 10 minutes. Three answers are right: both must-be features plus either one-dimensional one, or plus
        one-tap late checkout — attractive by counts, but its lead over one-dimensional is not significant (Fong's test);
        check() accepts it and says why. Ask learners to justify the third pick (|Worse|, importance, cost to build). Discussion: with a tie threshold of 0.05 one-tap late
        checkout becomes one-dimensional — does that change your choice?
        """,
    ),
    md(
        zh="""
        ## 练习 4：清理课堂问卷

        八位同学填写了四项功能的问卷。先看数据，再按课程中的两条规则找出应当剔除的人。
        可以用 `kano.evaluate` 给每组回答贴上类别，但**不要**直接调用 `kano.clean`。
        """,
        en="""
        ## Question 4: clean the class survey

        Eight classmates answered about four features. Look at the data, then use the course's two rules to find who
        should be dropped. You may label each pair with `kano.evaluate`, but do **not** call `kano.clean` directly.
        """,
    ),
    code("q4.prompt()"),
    code(
        """
        survey = q4.data()
        survey.assign(category=kano.evaluate(survey["functional"], survey["dysfunctional"]))
        """
    ),
    exercise(
        learner="""
        # q4.hint()
        # q4.solution()
        drop = [____]          # respondent ids, e.g. ["S01", "S02"]
        q4.check(drop)
        """,
        answer="""
        # q4.hint()
        # q4.solution()
        drop = ["S02", "S03", "S05", "S08"]
        q4.check(drop)
        """,
    ),
    trainer(
        zh="约 8 分钟。最常见的错误：把恰好一半可疑的 S04 也剔除（规则是“超过一半”），以及漏掉直线作答的 S05——"
           "他的回答并不矛盾，却每项都一样。讨论：你们的问卷平台能不能自动标出直线作答？",
        en="About 8 minutes. Usual mistakes: dropping S04, exactly half questionable (the rule says more than half), and "
           "missing S05, who straight-lines — never contradictory, always the same pair. Discussion: can your survey tool "
           "flag straight-lining automatically?",
    ),
    md(
        zh="""
        ## 要点回顾

        - 查表：行 = 提供时，列 = 不提供时；只有两边同为极端回答才是可疑结果。
        - Better = 满意的提升，Worse = 不满的风险；R 和 Q 不参与计算。
        - 先必备、再期望、后魅力；无差异不投入，反向要取消。
        - 分析之前先清理：可疑回答超过一半的问卷、直线作答的问卷都不可信。
        """,
        en="""
        ## Key points

        - Table lookup: row = present, column = absent; only the same extreme answer on both sides is questionable.
        - Better = satisfaction gained, Worse = dissatisfaction risked; R and Q are left out.
        - Must-be first, then one-dimensional, then attractive; skip indifferent, drop reverse.
        - Clean before you analyse: more than half questionable, or one answer pair everywhere, cannot be trusted.
        """,
    ),
]
