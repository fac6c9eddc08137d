# Source of exercises/{zh,en}/08_capstone.ipynb (learner editions) and exercises/answer_keys/{zh,en}/08_capstone.ipynb.
# Build: python tools/nbbuild.py 08_capstone. md / params / code / exercise / trainer are injected by tools/nbbuild.py.


def FACTS(lang):
    """The total time the opening cell states, from the course map (cxlab.course.EXERCISE_MINUTES)."""
    from cxlab import course

    return {"minutes": course.EXERCISE_MINUTES["08_capstone"]}


CELLS = [
    md(
        zh="""
        # 练习 8 · 综合案例：悦家电器的一页改进计划

        配套课程：工作区中的 `course/zh/08_capstone.ipynb`（由 `cxlab lab` 复制）。五道练习，共约 {=minutes} 分钟。
        课堂上各组一起写改进计划；这本练习让你一个人把计划的每一步再走一遍。

        ## 学习目标

        - 能从旅程问卷的优先级里找出最大的痛点；
        - 能用 KANO 的结果说出这个痛点上哪一项是必备质量；
        - 能算出这个痛点每年让多少收入面临流失风险；
        - 能换上自己的假设，判断改进还值不值得做；
        - 能用两轮净推荐值（NPS）和置信区间判断客户是否真的感受到了改进。

        **用法**：把 `____` 换成你的答案，运行单元格，`q1.check(...)` 会告诉你对不对、错在哪里。
        需要帮助时，去掉 `# q1.hint()` 或 `# q1.solution()` 前面的 `#` 再运行。触点和功能可以写中文名、英文名或编号；
        金额可以写数字，也可以写 `"123.4万"` 这样的形式。
        """,
        en="""
        # Exercises 8 · Capstone: Yuejia's one-page improvement plan

        Course module: `course/en/08_capstone.ipynb` in your workspace (copied there by `cxlab lab`). Five exercises, about {=minutes} minutes in all.
        In class the groups write the plan together; these exercises let you take each step of it again on your own.

        ## Objectives

        - find the worst pain point from the journey survey's priorities;
        - say from the KANO results which need at that pain point is must-be;
        - work out how much revenue a year that pain point puts at risk;
        - put in your own assumptions and judge whether the fix is still worth it;
        - judge from two waves of NPS and a confidence interval whether customers really noticed the fix.

        **How it works**: replace `____` with your answer and run the cell; `q1.check(...)` tells you whether you are
        right and, if not, what went wrong. For help, remove the `#` in front of `# q1.hint()` or `# q1.solution()` and
        run the cell. Touchpoints and features can be written by their Chinese or English name or by id; amounts as a
        number or typed as `"1,234,000 yuan"`.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import capstone, journey, kano, value
        from cxlab.exercises import ____
        from cxlab.exercises.capstone import q1, q2, q3, q4, q5

        case = capstone.load()
        plan = capstone.plan(case)
        """
    ),
    md(zh="## 练习 1：最大的痛点", en="## Exercise 1: the worst pain point"),
    code(
        """
        journey.plot_priority(plan.mot);
        """
    ),
    code("q1.prompt()"),
    exercise(
        learner="""
        # q1.hint()
        # q1.solution()
        worst = ____
        q1.check(worst)
        """,
        answer="""
        # q1.hint()
        # q1.solution()
        worst = plan.worst
        q1.check(worst)
        """,
    ),
    trainer(
        zh="约 5 分钟。常见错误是选了优先级图最上面的那几根条里不是痛点的触点（比如送货）：优先级高不等于痛点，痛点还要是关键时刻、做得差。",
        en="About 5 minutes. The usual mistake is a bar near the top of the priority chart that is no pain point (delivery, say): a high priority is not yet a pain point, which must also be a moment of truth done poorly.",
    ),
    md(zh="## 练习 2：这个痛点上的必备质量", en="## Exercise 2: the must-be need at that pain point"),
    code(
        """
        kano.plot_better_worse(plan.kano.rename(index=case.feature_names()));
        """
    ),
    code("q2.prompt()"),
    exercise(
        learner="""
        # q2.hint()
        # q2.solution()
        must_be = ____
        q2.check(must_be)
        """,
        answer="""
        # q2.hint()
        # q2.solution()
        must_be = plan.must_be
        q2.check(must_be)
        """,
    ),
    trainer(
        zh="约 5 分钟。有人会选“维修期间借用备用机”：客户很喜欢它，可它是魅力质量。借此回到金字塔：地基没打好，惊喜不算数。",
        en="About 5 minutes. Some pick the loan unit: customers like it, but it is attractive. Take it back to the pyramid: while the base is broken, delight does not count.",
    ),
    md(zh="## 练习 3：这个痛点每年的损失", en="## Exercise 3: what the pain point costs a year"),
    code("q3.prompt()"),
    exercise(
        learner="""
        # q3.hint()
        # q3.solution()
        revenue = ____         # yuan
        q3.check(revenue)
        """,
        answer="""
        # q3.hint()
        # q3.solution()
        revenue = plan.damage_row()["revenue_at_risk"]
        q3.check(revenue)
        """,
    ),
    trainer(
        zh="约 6 分钟。请学员先用计算器一步一步乘，再用 `plan.damage_table()` 核对。最常漏掉的是到达率：只有报修的客户才会经过这个触点。",
        en="About 6 minutes. Have participants multiply step by step with a calculator first, then check with `plan.damage_table()`. The reach is the factor most often left out: only customers who report a fault pass this touchpoint.",
    ),
    md(zh="## 练习 4：按你们组的假设算回报", en="## Exercise 4: the return with your group's assumptions"),
    code(
        """
        case.parameter_table()
        """
    ),
    code("q4.prompt()"),
    exercise(
        learner="""
        # q4.hint()
        # q4.solution()
        ours = ____            # capstone.plan(case, investment=..., retention_uplift=...)
        npv = ____
        q4.check(npv)
        """,
        answer="""
        # q4.hint()
        # q4.solution()
        ours = capstone.plan(case, investment=2_400_000, retention_uplift=0.025)
        print(ours.findings()["returns"])
        npv = ours.returns.npv
        q4.check(npv)
        """,
    ),
    trainer(
        zh="约 7 分钟。同一个改进，换一组假设，净现值就从正变负：让学员说出哪一个假设最能改变结论，并提醒他们在改进计划里写明假设。",
        en="About 7 minutes. The same fix turns from a positive to a negative NPV with other assumptions: ask which assumption changes the verdict most, and remind participants to state their assumptions in the plan.",
    ),
    md(zh="## 练习 5：客户感受到了吗？", en="## Exercise 5: did customers notice?"),
    code(
        """
        print(plan.nps["before"].summary())
        print(plan.nps["pilot"].summary())
        """
    ),
    code("q5.prompt()"),
    exercise(
        learner="""
        # q5.hint()
        # q5.solution()
        change = ____          # (difference, low, high)
        q5.check(change)
        """,
        answer="""
        # q5.hint()
        # q5.solution()
        c = value.compare_nps(plan.nps["before"], plan.nps["pilot"])
        print(c.summary())
        change = (c.difference, c.low, c.high)
        q5.check(change)
        """,
    ),
    trainer(
        zh="""
        约 7 分钟。常见错误是把两轮的误差范围直接相加，区间就宽了；还有人把先后顺序弄反。区间不包含 0 之后，
        再追问：试点客户和改进前的客户不是同一批人，还有什么可能让净推荐值上升？

        **讲解要点**

        - 五道题就是改进计划的五步：先改什么（练习 1、2）、值不值（练习 3、4）、怎么衡量（练习 5）。
        - 练习 4 最值得讨论：结论取决于假设，所以计划里要写明最没把握的那个假设。
        """,
        en="""
        About 7 minutes. The usual mistake adds the two waves' margins of error, which makes the interval too wide;
        some reverse the order. Once the interval leaves out 0, ask: the pilot customers are not the customers of
        before — what else could have raised NPS?

        **Points to make**

        - The five exercises are the plan's steps: what to fix first (exercises 1 and 2), is it worth it (3 and 4),
          how to measure it (5).
        - Exercise 4 is the one to discuss: the verdict depends on the assumptions, so the plan states the least
          certain one.
        """,
    ),
]
