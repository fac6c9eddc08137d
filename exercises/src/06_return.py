# Source of exercises/{zh,en}/06_return.ipynb and the answer keys — build with: python tools/nbbuild.py 06_return
CELLS = [
    md(
        zh="""
        # 练习 06：体验回报模型

        三道练习，共约 20 分钟。不需要写 pandas 代码：每道题的数字可以手算，或者从笔记本里已经显示的表中读出。
        每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        """,
        en="""
        # Exercises 06: the experience return model

        Three exercises, about 20 minutes in all. No pandas needed: every number can be worked out by hand or read from a
        table the notebook shows. Run each question cell, replace `____` with your answer and run the check.
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
    trainer(
        zh="约 6 分钟。常见错误：忘了折现、把毛利算在年初、漏掉分子中的留存率；check 对每一种都有说明。"
           "强调：约定不同，数字就不同，汇报时要写明毛利在年初还是年末到账。",
        en="About 6 minutes. Usual mistakes: no discounting, the margin at the start of the year, or the retention factor "
           "missing from the numerator; check() explains each. Stress that conventions change the number: say when the "
           "margin arrives.",
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
    trainer(
        zh="约 6 分钟。不折现时回收得更早，折现后要再等一年——财务部门看的是折现后的数字。"
           "请学员在表中指出累计值由负转正的那一年。",
        en="About 6 minutes. Undiscounted, the money seems back a year earlier; discounted, one year later — finance looks "
           "at the discounted figure. Ask learners to point at the year in the table where the cumulative value turns "
           "positive.",
    ),
    md(zh="## 练习 3", en="## Exercise 3"),
    code("q3.prompt()"),
    code(
        """
        p = returns.promoter_value(**q3.INPUTS)
        values = p.table.set_index("group")[["own_value", "referral_value", "negative_value", "value_per_customer"]]
        (values.rename(index=lambda g: t(f"returns.segment.{g}"), columns=lambda c: t(f"money_course.col.{c}"))
         .rename_axis(None).round(2))
        """
    ),
    exercise(
        learner="""
        gain = 100 * (____ - ____)      # passive value − detractor value, read from the table
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
        约 8 分钟。学员答对后，check 会说明增值中有多少来自口碑——其中贬损者不再劝走潜在客户的部分不小，
        请学员解释原因。再请学员算“把 100 位被动者变成推荐者”，比较哪个更值钱。
        """,
        en="""
        About 8 minutes. Once learners are right, check() says how much of the gain is word of mouth — a good part of it
        from detractors no longer talking prospects away; ask learners why. Then ask them to value turning 100 passives
        into promoters and compare.
        """,
    ),
]
