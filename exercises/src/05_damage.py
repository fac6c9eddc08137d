# Source of exercises/{zh,en}/05_damage.ipynb and the answer keys — build with: python tools/nbbuild.py 05_damage
CELLS = [
    md(
        zh="""
        # 练习 05：体验损害模型

        四道练习，约 25 分钟。每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        """,
        en="""
        # Exercises 05: the experience damage model

        Four exercises, about 25 minutes. Run each question cell, replace `____` with your answer and run the check.
        Stuck? Remove the `#` in front of `# q1.hint()` to get a hint, or run `q1.solution()` for the worked answer.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import damage, datasets
        from cxlab.exercises import ____
        from cxlab.exercises.damage import q1, q2, q3, q4
        """
    ),
    md(zh="## 练习 1", en="## Exercise 1"),
    code("q1.prompt()"),
    exercise(
        learner="""
        lost = ____
        q1.check(lost)
        """,
        answer="""
        lost = damage.market_damage(**q1.INPUTS).customers_lost
        q1.check(lost)
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
    code(
        """
        swings = damage.sensitivity(q2.INPUTS, change=0.1)
        damage.plot_tornado(swings);
        """
    ),
    exercise(
        learner="""
        lever = ____
        q2.check(lever)
        """,
        answer="""
        lever = "problem_rate"
        q2.check(lever)
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
    exercise(
        learner="""
        direction = ____
        q3.check(direction)
        """,
        answer="""
        direction = "down"
        q3.check(direction)
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
        log = datasets.load("complaint_log")
        datasets.describe("complaint_log")
        """
    ),
    exercise(
        learner="""
        large = ____
        rates = ____
        q4.check(rates)
        """,
        answer="""
        large = log[log["problem_size"] == "large"]
        rates = damage.loyalty_by_outcome(large)["loyalty"].to_dict()
        q4.check(rates)
        """,
    ),
    code(
        """
        # q4.hint()
        # q4.solution()
        """
    ),
    trainer(
        zh="""
        **讲解要点**

        - 练习 1：最常见的错误是漏掉未投诉的客户（得到 22.3），或算成留下的客户（188.7）。
        - 练习 2 和 3 放在一起讲：预防问题最有力；投诉率提高反而降低损害——“让客户方便投诉”是一项投资，不是成本。
        - 练习 4：估算值与 TARP 接近但不相等，借此讨论样本量和随机波动：每个格子只有一两百条投诉时，误差可能有 ±5 个百分点。
        """,
        en="""
        **Points to make**

        - Exercise 1: the usual mistakes are forgetting the silent customers (22.3) or computing those who stay (188.7).
        - Take exercises 2 and 3 together: prevention is the strongest lever; a higher complaint rate *lowers* the
          damage — making complaints easy is an investment, not a cost.
        - Exercise 4: the estimates are near TARP's but not equal; discuss sample size and noise — with one or two
          hundred complaints per cell, ±5 points is normal.
        """,
    ),
]
