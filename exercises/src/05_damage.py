# Source of exercises/{zh,en}/05_damage.ipynb and the answer keys — build with: python tools/nbbuild.py 05_damage
CELLS = [
    md(
        zh="""
        # 练习 05：体验损害模型

        四道练习，共约 25 分钟。不需要写 pandas 代码：每道题的数字可以手算，或者从笔记本里已经显示的表和图中读出。
        每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        """,
        en="""
        # Exercises 05: the experience damage model

        Four exercises, about 25 minutes in all. No pandas needed: every number can be worked out by hand or read from a
        table or chart the notebook shows. Run each question cell, replace `____` with your answer and run the check.
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
    trainer(
        zh="约 7 分钟。先让学员在纸上分四组算。最常见的错误：只算了未投诉的客户、漏掉了未投诉的客户、算成了留下的客户，"
           "或者用了大问题的复购意愿；check 对每一种都有专门的说明。讲评时强调：流失的客户大多从未投诉过。",
        en="About 7 minutes. Let learners work the four groups on paper first. Usual mistakes: counting only the silent "
           "customers, forgetting them, computing those who stay, or using the large-problem rates; check() explains each. "
           "Stress when debriefing: most of the customers lost never complained.",
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
        lever = ____          # the name the chart shows, e.g. "投诉率" / "Complaint rate"
        q2.check(lever)
        """,
        answer="""
        lever = cxlab.t("damage.param.problem_rate")
        q2.check(lever)
        """,
    ),
    code(
        """
        # q2.hint()
        # q2.solution()
        """
    ),
    trainer(
        zh="约 6 分钟。先请学员预测最长的条形再运行。要讲清楚：问题发生率、客户数和单客价值的条形一样长，"
           "因为面临流失风险的收入与三者都成正比——这是模型结构决定的，不是数据的发现。所以“预防最有力”的真正含义是："
           "同样改变 10% 时它的作用最大；现实中还要比较每个杠杆能改变多少、要花多少钱。",
        en="About 6 minutes. Ask for a prediction of the longest bar before running. Make clear that problem rate, "
           "customers and value per customer have equally long bars because the revenue at risk is proportional to all "
           "three — the model's structure, not a finding from the data. \"Prevention is the strongest lever\" therefore "
           "means: for the same 10 % change it moves the result most; in practice, also compare how far each lever can "
           "really move and at what cost.",
    ),
    md(zh="## 练习 3", en="## Exercise 3"),
    code("q3.prompt()"),
    exercise(
        learner="""
        direction = ____      # in words, e.g. "上升" / "up"
        q3.check(direction)
        """,
        answer="""
        direction = cxlab.t("exercises.damage.complaint_direction.answer_word")
        q3.check(direction)
        """,
    ),
    code(
        """
        # q3.hint()
        # q3.solution()
        """
    ),
    trainer(
        zh="约 5 分钟，和练习 2 连起来讲：投诉率提高反而降低损害——“让客户方便投诉”是一项投资，不是成本。"
           "请学员举出自己公司让投诉变难的一个做法。",
        en="About 5 minutes; take it together with exercise 2: a higher complaint rate *lowers* the damage — making "
           "complaints easy is an investment, not a cost. Ask for one way their own company makes complaining hard.",
    ),
    md(zh="## 练习 4", en="## Exercise 4"),
    code("q4.prompt()"),
    code(
        """
        log = datasets.load("complaint_log")
        damage.loyalty_by_outcome(log, size="problem_size").round(2)
        """
    ),
    exercise(
        learner="""
        rates = {"resolved_quickly": ____, "resolved": ____, "unresolved": ____}
        q4.check(rates)
        """,
        answer="""
        rates = q4.table().loc["large", "loyalty"].to_dict()
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
        约 7 分钟。估算值与 TARP 接近但不相等：借此讨论样本量和随机波动。`q4.solution()` 给出每个估算值的 95% 区间
        （Wilson）：TARP 的比率都落在区间之内，所以差别可以用随机波动解释。再提醒两点：TARP 的数字是客户**表示**
        还会再买的比例（复购意愿），投诉记录里的是实际复购；本数据把 500 元以上的订单算作大问题，TARP 的界线是
        5 美元和 100 美元——界线要按自己的行业定。
        """,
        en="""
        About 7 minutes. The estimates are near TARP's but not equal: discuss sample size and noise. `q4.solution()` gives
        each estimate's 95 % interval (Wilson): every TARP rate lies inside its interval, so the differences are what
        chance produces. Two more points: TARP's figures are the share who *say* they will buy again (repurchase
        intention), the log records actual repurchase; this log calls an order over 500 yuan a large problem, where TARP
        drew the lines at 5 and 100 dollars — set the line for your own industry.
        """,
    ),
]
