# Source of exercises/{zh,en}/07_value.ipynb and the answer keys — build with: python tools/nbbuild.py 07_value
CELLS = [
    md(
        zh="""
        # 练习 07：客户体验值

        五道练习，约 30 分钟。每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        """,
        en="""
        # Exercises 07: customer-experience value

        Five exercises, about 30 minutes. Run each question cell, replace `____` with your answer and run the check.
        Stuck? Remove the `#` in front of `# q1.hint()` to get a hint, or run `q1.solution()` for the worked answer.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import value, datasets
        from cxlab.exercises import ____
        from cxlab.exercises.value import q1, q2, q3, q4, q5
        """
    ),
    md(zh="## 练习 1", en="## Exercise 1"),
    code("q1.prompt()"),
    exercise(
        learner="""
        answer = ____          # (nps, low, high)
        q1.check(answer)
        """,
        answer="""
        r = value.nps_from_counts(128, 96, 96)
        answer = (r.nps, r.low, r.high)
        q1.check(answer)
        """,
    ),
    code(
        """
        # q1.hint()
        # q1.solution()
        """
    ),
    md(zh="## 练习 2", en="## Exercise 2"),
    code("q2.prompt()"),
    exercise(
        learner="""
        real = ____            # "yes" / "no"
        q2.check(real)
        """,
        answer="""
        change = value.compare_nps(value.nps_from_counts(210, 140, 150), value.nps_from_counts(230, 130, 140))
        print(change.summary())
        real = "no"
        q2.check(real)
        """,
    ),
    code(
        """
        # q2.hint()
        # q2.solution()
        """
    ),
    md(zh="## 练习 3", en="## Exercise 3"),
    code("q3.prompt()"),
    code(
        """
        coffee = datasets.load("value_coffee_survey")
        coffee.head()
        """
    ),
    exercise(
        learner="""
        station = ____         # value.csat(...) of the station store's answers
        q3.check(station)
        """,
        answer="""
        station = value.csat(coffee.loc[coffee["store"] == "station", "csat"])
        q3.check(station)
        """,
    ),
    code(
        """
        # q3.hint()
        # q3.solution()
        """
    ),
    md(zh="## 练习 4", en="## Exercise 4"),
    code("q4.prompt()"),
    code(
        """
        handling = value.complaints(datasets.load("value_complaint_handling"))
        value.plot_step_effects(handling);
        """
    ),
    exercise(
        learner="""
        step = ____
        q4.check(step)
        """,
        answer="""
        step = handling.steps["repurchase_lift"].idxmax()
        q4.check(step)
        """,
    ),
    code(
        """
        # q4.hint()
        # q4.solution()
        """
    ),
    md(zh="## 练习 5", en="## Exercise 5"),
    code("q5.prompt()"),
    exercise(
        learner="""
        answers = ____
        q5.check(answers)
        """,
        answer="""
        answers = value.sample_size(5, promoters=0.40, detractors=0.30)
        q5.check(answers)
        """,
    ),
    code(
        """
        # q5.hint()
        # q5.solution()
        """
    ),
    trainer(
        zh="""
        **讲解要点**

        - 练习 1：常见错误是分母漏掉被动者，或者只用推荐者占比算区间。强调：被动者不进分子，但进分母。
        - 练习 2：很多人看到净推荐值（NPS）上升就说“是”。让他们读一读区间——这正是看板上最常见的误读。
        - 练习 3：比较 Wilson 区间和 Wald 区间：样本越小、比例越靠近两端，差别越大。
        - 练习 4：提醒这是相关而非因果；讨论怎样设计一次随机试验来验证。
        - 练习 5：误差范围减半，样本要四倍；讨论小门店该怎么报告 NPS（合并月份、报告更宽的区间）。
        """,
        en="""
        **Points to make**

        - Exercise 1: the usual mistakes are leaving the passives out of n, or using the promoter share alone for the
          interval. Passives are not in the numerator but are in the denominator.
        - Exercise 2: many say "yes" because NPS went up. Have them read the interval — the most common dashboard
          misreading.
        - Exercise 3: compare Wilson with Wald: the smaller the sample and the nearer the share to 0 or 1, the bigger
          the gap.
        - Exercise 4: an association, not a cause; discuss how to design a randomised test.
        - Exercise 5: half the margin needs four times the answers; discuss how small stores should report NPS
          (pool months, report the wider interval).
        """,
    ),
]
