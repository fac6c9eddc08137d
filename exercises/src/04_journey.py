# Source of exercises/{zh,en}/04_journey.ipynb and the answer keys — build with: python tools/nbbuild.py 04_journey
CELLS = [
    md(
        zh="""
        # 练习 04：客户旅程与关键时刻

        五道练习，约 30 分钟。每道题先运行题目单元格，把 `____` 换成你的答案，再运行检查。
        卡住了可以去掉 `# q1.hint()` 前面的 `#` 运行提示，`q1.solution()` 查看解答。
        最后一节是小组练习：用同一文件夹里的 `04_journey_template.csv` 画出你们企业的旅程。
        """,
        en="""
        # Exercises 04: customer journeys and moments of truth

        Five exercises, about 30 minutes. Run each question cell, replace `____` with your answer and run the check.
        Stuck? Remove the `#` in front of `# q1.hint()` to get a hint, or run `q1.solution()` for the worked answer.
        The last part is the group activity: map your own company's journey with `04_journey_template.csv` from this
        folder.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from cxlab import journey, datasets
        from cxlab.exercises import ____
        from cxlab.exercises.journey import q1, q2, q3, q4, q5
        """
    ),
    md(zh="## 练习 1", en="## Exercise 1"),
    code("q1.prompt()"),
    exercise(
        learner="""
        stages = {
            "friend_photos": ____,
            "compare_hotels": ____,
            "book_room": ____,
            "night_in_room": ____,
            "forgotten_charger": ____,
            "member_offer": ____,
        }
        q1.check(stages)
        """,
        answer="""
        stages = {
            "friend_photos": "awareness",
            "compare_hotels": "consideration",
            "book_room": "purchase",
            "night_in_room": "use",
            "forgotten_charger": "after_sales",
            "member_offer": "loyalty",
        }
        q1.check(stages)
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
        park = datasets.load("journey_theme_park")
        journey.plot_journey_map(park, persona="family");
        """
    ),
    exercise(
        learner="""
        answer = {"peak": ____, "trough": ____, "end": ____}
        q2.check(answer)
        """,
        answer="""
        curve = journey.emotion_curve(park, persona="family")
        answer = {"peak": curve.peak["touchpoint"], "trough": curve.trough["touchpoint"], "end": curve.end["touchpoint"]}
        q2.check(answer)
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
        mot = ____
        top_three = ____
        q3.check(top_three)
        """,
        answer="""
        mot = journey.moments_of_truth(datasets.load("journey_appliance"), datasets.load("journey_appliance_survey"),
                                       "overall")
        top_three = mot.ranking()["touchpoint"].head(3).tolist()
        q3.check(top_three)
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
    exercise(
        learner="""
        revenue = ____
        q4.check(revenue)
        """,
        answer="""
        priced = journey.to_damage(datasets.load("journey_appliance"), customers=200_000, value_per_customer=3_000)
        revenue = priced.set_index("touchpoint").loc["repair_hotline", "revenue_at_risk"]
        q4.check(revenue)
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
        answer = {"app_control": ____, "repair_hotline": ____}
        q5.check(answer)
        """,
        answer="""
        answer = {"app_control": "itch", "repair_hotline": "pain"}
        q5.check(answer)
        """,
    ),
    code(
        """
        # q5.hint()
        # q5.solution()
        """
    ),
    md(
        zh="""
        ## 小组练习：你们企业的旅程

        用 Excel 打开同一文件夹里的 `04_journey_template.csv`，把示例行换成你们企业的触点（每个阶段至少一个），
        保存后运行下面的单元格。如果文件里有写错的地方，提示会告诉你是第几行、哪一列、可以怎么写。
        也可以直接在下面的编辑器里填写，保存到工作区（已有的文件不会被覆盖，除非勾选“覆盖”）。
        """,
        en="""
        ## Group activity: your company's journey

        Open `04_journey_template.csv` from this folder in Excel, replace the example rows with your company's
        touchpoints (at least one per stage), save it and run the cell below. If something in the file is wrong, the
        message names the row, the column and what you can write instead. Or fill it in with the builder below and
        save it into your workspace (an existing file is never replaced unless you tick "overwrite").
        """,
    ),
    code(
        """
        from pathlib import Path
        mine = Path("04_journey_template.csv")   # the copy `cxlab practice` put next to this notebook
        ours = journey.read_journey(mine if mine.exists() else journey.template(lang))
        journey.plot_journey_map(ours);
        """
    ),
    code(
        """
        from cxlab.widgets.journey import JourneyBuilder
        JourneyBuilder(start=ours, name="our_journey.csv")
        """
    ),
    trainer(
        zh="""
        **讲解要点**

        - 练习 1：最常见的错误是把“退房后打电话找充电器”放进使用阶段——住完之后的求助属于售后。
        - 练习 2：很多人把烟花秀当成终点。烟花结束的是园内的一天，整段旅程还有回家的路和年卡优惠——借此讨论“终点由谁来定义”。
        - 练习 3：只看重要性或只看平均分都会漏掉送货：它人人都要经过。优先级把三者乘在一起。
        - 练习 4：常见错误是漏乘到达率或流失比例；和第 05 节的触点帕累托图对照着讲。
        - 练习 5：痛点要先止血，痒点是差异化的机会；和 KANO 的必备需求、魅力需求联系起来。
        """,
        en="""
        **Points to make**

        - Exercise 1: the usual mistake is putting "calling about a forgotten charger" into use — help after the stay
          is after-sales.
        - Exercise 2: many take the fireworks as the end. They end the day in the park; the journey goes on with the
          drive home and the annual-pass offer — a chance to discuss who defines "the end".
        - Exercise 3: importance alone or scores alone miss delivery, which everybody passes. Priority multiplies all
          three.
        - Exercise 4: the usual mistakes leave out the reach or the loyalty drop; compare with the touchpoint Pareto
          chart of module 05.
        - Exercise 5: pain points need first aid, itch points are the chance to stand out; link them to KANO's
          must-be and attractive needs.
        """,
    ),
]
