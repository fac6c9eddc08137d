# Source of exercises/{zh,en}/01_pyramid.ipynb (learner editions) and exercises/answer_keys/{zh,en}/01_pyramid.ipynb.
# Build: python tools/nbbuild.py 01_pyramid. md / params / code / exercise / trainer are injected by tools/nbbuild.py.


def FACTS(lang):
    """The total time the opening cell states, from the course map (cxlab.course.EXERCISE_MINUTES)."""
    from cxlab import course

    return {"minutes": course.EXERCISE_MINUTES["01_pyramid"]}


CELLS = [
    md(
        zh="""
        # 练习 1 · 客户体验金字塔

        配套课程：工作区中的 `course/zh/01_pyramid.ipynb`（由 `cxlab lab` 复制）。四道练习，共约 {=minutes} 分钟。

        ## 学习目标

        - 能把一项改进归到金字塔的某一层，并说出理由；
        - 能从一组指标算出各层得分，找到第一个没达到的层级；
        - 能把 KANO 的类别放到金字塔上；
        - 能判断一个“惊喜”项目现在值不值得投入。

        **用法**：把 `____` 换成你的答案，运行单元格，`q1.check(...)` 会告诉你对不对、错在哪里。
        需要帮助时，去掉 `# q1.hint()` 或 `# q1.solution()` 前面的 `#` 再运行。层级可以写 `1`、`"2.0"`，也可以写名称，如 `"轻松体验"`。
        """,
        en="""
        # Exercises 1 · The customer-experience pyramid

        Course module: `course/en/01_pyramid.ipynb` in your workspace (copied there by `cxlab lab`). Four exercises, about {=minutes} minutes in all.

        ## Objectives

        - place an improvement on a level of the pyramid and say why;
        - work out each level's score from a set of measures and find the first level not reached;
        - place the KANO categories on the pyramid;
        - judge whether a delight programme is worth funding now.

        **How it works**: replace `____` with your answer and run the cell; `q1.check(...)` tells you whether you are
        right and, if not, what went wrong. For help, remove the `#` in front of `# q1.hint()` or `# q1.solution()` and
        run the cell. A level can be written `1`, `"2.0"` or by name, such as `"effortless"`.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import datasets, pyramid
        from cxlab.exercises import ____
        from cxlab.exercises.pyramid import q1, q2, q3, q4
        """
    ),
    md(
        zh="## 练习 1：这项改进提升的是哪一层？",
        en="## Question 1: which level does this improvement lift?",
    ),
    code("q1.prompt()"),
    exercise(
        learner="""
        # q1.hint()
        # q1.solution()
        levels = [____, ____, ____, ____, ____, ____]
        q1.check(levels)
        """,
        answer="""
        # q1.hint()
        # q1.solution()
        levels = [1, 2, 3, 1, 2, 3]
        q1.check(levels)
        """,
    ),
    trainer(
        zh="约 6 分钟。最容易争论的是第 5 项：有人会说“第一次就解决”是 1.0。追问：改进之前问题最终解决了吗？解决了——所以变化在于省事，属于 2.0。",
        en="About 6 minutes. Item 5 causes the most debate: some say \"solved at the first reply\" is 1.0. Ask: was the problem solved in the end before? It was, so what changed is the effort: 2.0.",
    ),
    md(
        zh="""
        ## 练习 2：第一个没达到的层级

        IT 服务台服务的是公司里的同事——内部客户。下面是它第二季度的指标。
        """,
        en="""
        ## Question 2: the first level not reached

        The IT help desk serves the company's own colleagues: internal customers. Here are its measures in the second
        quarter.
        """,
    ),
    code("q2.prompt()"),
    code("q2.table()"),
    exercise(
        learner="""
        # q2.hint()
        # q2.solution()
        first_gap = ____
        q2.check(first_gap)
        """,
        answer="""
        # q2.hint()
        # q2.solution()
        first_gap = 2
        q2.check(first_gap)
        """,
    ),
    md(
        zh="做完后，用模型核对你算的各层得分：",
        en="When you are done, check your scores with the model:",
    ),
    code("q2.result().table()"),
    md(
        zh="## 练习 3：KANO 类别放在哪一层？",
        en="## Question 3: which KANO category goes on which level?",
    ),
    code("q3.prompt()"),
    exercise(
        learner="""
        # q3.hint()
        # q3.solution()
        placement = {"M": ____, "O": ____, "A": ____, "I": ____}
        q3.check(placement)
        """,
        answer="""
        # q3.hint()
        # q3.solution()
        placement = {"M": 1, "O": 2, "A": 3, "I": None}
        q3.check(placement)
        """,
    ),
    md(
        zh="""
        ## 练习 4：要不要批这个“惊喜”项目？

        下面是车站店的金字塔，以及只看生日客人时的金字塔。
        """,
        en="""
        ## Question 4: fund this delight programme?

        Below: the station hotel's pyramid, and the pyramid of its birthday guests alone.
        """,
    ),
    code("q4.prompt()"),
    code(
        """
        axes = pyramid.plot_before_after(q4.result(), q4.birthday_result(),
                                         labels=(cxlab.t("pyramid_course.print.all_guests"),
                                                 cxlab.t("pyramid_course.print.birthday_guests")))
        """
    ),
    exercise(
        learner="""
        # q4.hint()
        # q4.solution()
        decision = (____, ____)          # (fund it now?, which level first)
        q4.check(decision)
        """,
        answer="""
        # q4.hint()
        # q4.solution()
        decision = ("no", 1)
        q4.check(decision)
        """,
    ),
    trainer(
        zh="约 8 分钟。让学员说出“不批”的理由后，再问：店长应该把预算花在哪里？怎样知道 1.0 已经修好了？（复测准时率和问题发生率，用同样的指标。）",
        en="About 8 minutes. Once learners have said why not, ask: where should the manager spend the budget instead? How will the hotel know 1.0 is fixed? (Measure the on-time and problem rates again, with the same measures.)",
    ),
    md(
        zh="""
        ## 要点回顾

        - 1.0 看需求满足（准时、不出错），2.0 看费力程度（步骤、等待、转接），3.0 看超出期待的时刻。
        - 一层的得分是各项指标达成度的平均；从下往上看，第一个没过门槛的层级就是下一步的重点。
        - KANO：必备 → 1.0，期望 → 2.0，魅力 → 3.0；无差异的不放上去。
        - 地基不牢时，惊喜项目的钱花得不值：先补最下面的缺口。
        """,
        en="""
        ## Key points

        - 1.0 is about needs met (on time, no mistakes), 2.0 about effort (steps, waiting, transfers), 3.0 about moments
          beyond expectation.
        - A level's score is the mean attainment of its measures; reading from the bottom, the first level under its
          threshold is the next piece of work.
        - KANO: must-be goes to 1.0, one-dimensional to 2.0, attractive to 3.0; indifferent goes nowhere.
        - On a shaky base, money for delight is wasted: fill the lowest gap first.
        """,
    ),
]
