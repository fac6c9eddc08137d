# Source of exercises/{zh,en}/03_servqual.ipynb (learner editions) and exercises/answer_keys/{zh,en}/03_servqual.ipynb.
# Build: python tools/nbbuild.py 03_servqual. md / params / code / exercise / trainer are injected by tools/nbbuild.py.


def FACTS(lang):
    """The total time the opening cell states, from the course map (cxlab.course.EXERCISE_MINUTES)."""
    from cxlab import course

    return {"minutes": course.EXERCISE_MINUTES["03_servqual"]}


CELLS = [
    md(
        zh="""
        # 练习 3 · SERVQUAL

        配套课程：工作区中的 `course/zh/03_servqual.ipynb`（由 `cxlab lab` 复制）。五道练习，共约 {=minutes} 分钟。

        ## 学习目标

        - 能由期望和感知算出一道题的差距得分；
        - 能由题项差距算出维度得分；
        - 能区分并计算未加权得分和加权得分；
        - 能读懂重要性—表现四象限图，决定先改进哪个维度；
        - 能从 Cronbach α 表中找出不宜直接平均的量表。

        **用法**：把 `____` 换成你的答案，运行单元格，`q1.check(...)` 会告诉你对不对、错在哪里。
        需要帮助时，去掉 `# q1.hint()` 或 `# q1.solution()` 前面的 `#` 再运行。维度名称用中文或英文都可以。
        """,
        en="""
        # Exercises 3 · SERVQUAL

        Course module: `course/en/03_servqual.ipynb` in your workspace (copied there by `cxlab lab`). Five exercises, about {=minutes} minutes in all.

        ## Objectives

        - compute a statement's gap score from its expectation and perception;
        - compute a dimension's score from its statements' gaps;
        - tell apart and compute the unweighted and the weighted score;
        - read the importance–performance grid and decide which dimension to improve first;
        - spot, in a Cronbach's alpha table, a scale that should not simply be averaged.

        **How it works**: replace `____` with your answer and run the cell; `q1.check(...)` tells you whether you are
        right and, if not, what went wrong. For help, remove the `#` in front of `# q1.hint()` or `# q1.solution()` and
        run the cell. Dimension names work in English or Chinese.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import datasets, servqual
        from cxlab.exercises import ____
        from cxlab.exercises.servqual import q1, q2, q3, q4, q5
        """
    ),
    md(
        zh="""
        ## 练习 1：一道题的差距

        请手工计算，不要调用 `servqual.gaps`。
        """,
        en="""
        ## Question 1: the gap of one statement

        Compute it by hand, without `servqual.gaps`.
        """,
    ),
    code("q1.prompt()"),
    exercise(
        learner="""
        # q1.hint()
        # q1.solution()
        gap = ____
        q1.check(gap)
        """,
        answer="""
        # q1.hint()
        # q1.solution()
        gap = 4.79 - 6.43
        q1.check(gap)
        """,
    ),
    trainer(
        zh="约 5 分钟。最常见的错误是算成 E − P（check 会直接指出）。提醒学员：SERVQUAL 的差距为负，表示服务不足。",
        en="About 5 minutes. The most common mistake is E − P (check() says so). Remind learners that a negative SERVQUAL "
           "gap means the service falls short.",
    ),
    md(
        zh="""
        ## 练习 2：由题项得出维度得分
        """,
        en="""
        ## Question 2: a dimension score from its statements
        """,
    ),
    code("q2.prompt()"),
    exercise(
        learner="""
        # q2.hint()
        # q2.solution()
        score = ____
        q2.check(score)
        """,
        answer="""
        # q2.hint()
        # q2.solution()
        score = (-1.60 - 1.51 - 1.68 - 1.53 - 1.36) / 5
        q2.check(score)
        """,
    ),
    md(
        zh="做完后，用模型核对你的计算：",
        en="When you are done, check your arithmetic with the model:",
    ),
    code(
        """
        bank = servqual.gaps(datasets.load("servqual_bank"))
        print(servqual.dimension_line(bank, "reliability"))
        """
    ),
    md(
        zh="""
        ## 练习 3：加权与未加权

        按 `(未加权, 加权)` 的顺序给出两个数字。
        """,
        en="""
        ## Question 3: weighted and unweighted

        Give two numbers, in the order `(unweighted, weighted)`.
        """,
    ),
    code("q3.prompt()"),
    exercise(
        learner="""
        # q3.hint()
        # q3.solution()
        unweighted = ____
        weighted = ____
        q3.check((unweighted, weighted))
        """,
        answer="""
        # q3.hint()
        # q3.solution()
        unweighted = (0.18 - 1.64 - 1.32 - 0.67 - 0.82) / 5
        weighted = 0.10 * 0.18 + 0.40 * -1.64 + 0.20 * -1.32 + 0.15 * -0.67 + 0.15 * -0.82
        q3.check((unweighted, weighted))
        """,
    ),
    trainer(
        zh="""
        约 8 分钟。讨论：经理把 40 分给了可靠性，比客户自己给的还多。加权得分因此更低——这是“更准确”，还是“更悲观”？
        权重应该由管理层定，还是由客户定？
        """,
        en="""
        About 8 minutes. Discussion: the manager gave reliability 40 points, more than the customers themselves did, so the
        weighted score is lower — more accurate, or more pessimistic? Should management or customers set the weights?
        """,
    ),
    md(
        zh="""
        ## 练习 4：读 IPA 图，做出选择

        下面画出银行案例的四象限图（重要性由客户总体评价推导得出）。
        """,
        en="""
        ## Question 4: read the IPA grid and choose

        The bank case's grid (importance derived from the customers' overall rating):
        """,
    ),
    code("q4.prompt()"),
    code(
        """
        ax = servqual.plot_ipa(q4.grid())
        """
    ),
    exercise(
        learner="""
        # q4.hint()
        # q4.solution()
        first = ____          # a dimension name, e.g. "empathy" or "移情性"
        q4.check(first)
        """,
        answer="""
        # q4.hint()
        # q4.solution()
        first = "reliability"
        q4.check(first)
        """,
    ),
    md(
        zh="""
        ## 练习 5：找出不可靠的量表
        """,
        en="""
        ## Question 5: spot the unreliable scale
        """,
    ),
    code("q5.prompt()"),
    code(
        """
        ax = servqual.plot_alpha(q5.table())
        """
    ),
    exercise(
        learner="""
        # q5.hint()
        # q5.solution()
        unreliable = ____      # a dimension name, or a list of names
        q5.check(unreliable)
        """,
        answer="""
        # q5.hint()
        # q5.solution()
        unreliable = "tangibles"
        q5.check(unreliable)
        """,
    ),
    trainer(
        zh="约 5 分钟。常见错误是选差距最大的可靠性——提醒学员：α 说的是题目之间是否一致，不是服务好不好。",
        en="About 5 minutes. The usual mistake is to pick reliability, the largest gap — alpha is about whether the "
           "statements agree with each other, not about how good the service is.",
    ),
    md(
        zh="""
        ## 要点回顾

        - 差距 = 感知 − 期望；为负说明服务没有达到期望。
        - 维度得分 = 该维度各题差距的平均；未加权得分 = 五个维度的平均。
        - 加权得分 = Σ 权重/100 × 维度差距：权重大而差距大的维度会把总分拉低。
        - IPA：先改进“重点改进区”——重要而表现差的维度。
        - α 低于 0.7 的维度，先逐题解读，不要直接平均。
        """,
        en="""
        ## Key points

        - Gap = perception − expectation; negative means the service falls short.
        - Dimension score = the mean of its statements' gaps; unweighted score = the mean of the five dimensions.
        - Weighted score = Σ weight/100 × dimension gap: a heavily weighted dimension with a large gap pulls it down.
        - IPA: improve "concentrate here" first — important dimensions performing poorly.
        - A dimension with alpha below 0.7: read its statements one by one before averaging.
        """,
    ),
]
