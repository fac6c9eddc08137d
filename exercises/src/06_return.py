# Source of exercises/{zh,en}/06_return.ipynb and the answer keys — build with: python tools/nbbuild.py 06_return
CELLS = [
    md(
        zh="""
        # 练习 06：体验回报模型

        三道练习，约 20 分钟。每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        """,
        en="""
        # Exercises 06: the experience return model

        Three exercises, about 20 minutes. Run each question cell, replace `____` with your answer and run the check.
        Stuck? Remove the `#` in front of `# q1.hint()` to get a hint, or run `q1.solution()` for the worked answer.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import returns
        t = cxlab.t
        from cxlab.exercises import ____
        from cxlab.exercises.returns import q1, q2, q3
        """
    ),
    md(zh="## 练习 1", en="## Exercise 1"),
    code("q1.prompt()"),
    exercise(
        learner="""
        value = ____
        q1.check(value)
        """,
        answer="""
        value = returns.clv(200, 0.75, 0.10)
        q1.check(value)
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
        result = returns.experience_return(**q2.INPUTS)
        table = result.by_year[["year", "cumulative_discounted"]].round(0)
        table.rename(columns={"year": t("returns.plot.year"), "cumulative_discounted": t("returns.plot.cumulative")})
        """
    ),
    exercise(
        learner="""
        year = ____
        q2.check(year)
        """,
        answer="""
        year = int(result.by_year.loc[result.by_year["cumulative_discounted"] >= 0, "year"].iloc[0])
        q2.check(year)
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
        p = returns.promoter_value(**q3.INPUTS)
        """
    ),
    exercise(
        learner="""
        v = ____
        gain = ____
        q3.check(gain)
        """,
        answer="""
        v = p.table.set_index("group")["value_per_customer"]
        gain = 100 * (v["passive"] - v["detractor"])
        q3.check(gain)
        """,
    ),
    code(
        """
        # q3.hint()
        # q3.solution()
        """
    ),
    trainer(
        zh="""
        **讲解要点**

        - 练习 1：常见错误是忘了折现（600）或把毛利算在年初（628.57）。强调：约定不同，数字就不同，汇报时要写明。
        - 练习 2：不折现时第 3 年就“回本”了，折现后要到第 4 年——财务部门看的是折现后的数字。
        - 练习 3：约三分之一的增值来自贬损者不再说坏话；再请学员算“把 100 位被动者变成推荐者”，比较哪个更值钱。
        """,
        en="""
        **Points to make**

        - Exercise 1: the usual mistakes are forgetting to discount (600) or putting the margin at the start of the year
          (628.57). Stress that conventions change the number: state them when you present.
        - Exercise 2: undiscounted, the money is back in year 3; discounted, only in year 4 — finance looks at the
          discounted figure.
        - Exercise 3: about a third of the gain comes from detractors no longer speaking badly; then ask learners to
          value turning 100 passives into promoters and compare.
        """,
    ),
]
