# Source of notebooks/zh/02_kano.ipynb and notebooks/en/02_kano.ipynb (build: python tools/nbbuild.py 02_kano).
# md / params / code / trainer are injected by tools/nbbuild.py.

_ZH_NUMBERS = "零一二三四五六七八九十"
_EN_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def FACTS(lang):
    """The numbers the texts below state ({=name}), computed from the model when the notebook is built."""
    return _facts(lang)


@__import__("functools").lru_cache(maxsize=None)
def _facts(lang):
    from cxlab import datasets, kano

    raw = datasets.load("kano_hotel_app")
    result = kano.classify(kano.clean(raw).answers)
    wifi, bday = result.loc["wifi"], result.loc["birthday_upgrade"]
    late, rec = result.loc["late_checkout"], result.loc["recommendations"]
    margin = int(late["A"] - late["O"])
    tenths = round(10 * rec["R"] / rec["n"])
    pct = (lambda x: f"{x:.0%}") if lang == "zh" else (lambda x: f"{100 * x:.0f} %")
    facts = {"guests": raw["respondent"].nunique(), "wifi_m_share": pct(wifi["M"] / wifi["n"]),
             "late_margin": _ZH_NUMBERS[margin] if lang == "zh" else _EN_NUMBERS[margin],
             "rec_r_share": f"约{_ZH_NUMBERS[tenths]}成" if lang == "zh" else f"about {_EN_NUMBERS[tenths]} guest in ten",
             "checkin_worse_abs": f"{abs(result.loc['checkin_speed', 'worse']):.2f}"}
    for key, row in (("wifi", wifi), ("bday", bday)):
        facts.update({f"{key}_{c}": int(row[c]) for c in "AOMI"})
        facts.update({f"{key}_base": int(row[list("AOMI")].sum()), f"{key}_AO": int(row["A"] + row["O"]),
                      f"{key}_OM": int(row["O"] + row["M"]), f"{key}_better": f"{row['better']:.2f}",
                      f"{key}_worse_abs": f"{abs(row['worse']):.2f}"})
    return facts


CELLS = [
    md(
        zh="""
        # 模块 2 · KANO 模型：哪些需求必须满足，哪些能带来惊喜？

        **案例**：一家中端连锁酒店正在改版手机 App 和智慧客房服务，预算只够先做几项。{=guests} 位住客填写了 KANO 问卷。
        我们要回答：哪些功能是底线，哪些做得越好越加分，哪些能制造惊喜，哪些根本没人在意，哪些反而招人烦？

        ## 学习目标

        学完本模块，你能够：

        1. 说出 KANO 模型的来历，以及它与“满意度只有一条直线”这种直觉的区别；
        2. 为一项功能写出成对的正向/反向问题，并用评价表把每组回答归入 A、O、M、I、R、Q 六类之一；
        3. 清理问卷数据（可疑回答、直线作答），对功能分类，并读懂分类结果表；
        4. 计算并解读 Better–Worse 系数，读懂四象限图；
        5. 知道何时用 DuMouchel 的连续分析作补充；
        6. 依据“必备 → 期望 → 魅力”的顺序排定改进优先级，并把结果与客户体验金字塔联系起来。

        **时长**：约 90 分钟。配套练习：运行 `cxlab practice` 后，在你的工作区打开 `zh/02_kano.ipynb`。
        """,
        en="""
        # Module 2 · The KANO model: which needs must be met, and which ones delight?

        **Case**: a mid-range hotel chain is rebuilding its mobile app and smart-room service, and the budget covers only a
        few features at first. {=guests} guests filled in a KANO questionnaire. Our questions: which features are the floor,
        which pay back the better they are, which delight, which does nobody care about, and which annoy?

        ## Objectives

        After this module you can:

        1. say where the KANO model comes from and how it differs from the intuition that satisfaction is one straight line;
        2. write the paired functional/dysfunctional questions for a feature and sort every answer pair into one of the six
           categories A, O, M, I, R, Q with the evaluation table;
        3. clean survey data (questionable answers, straight-liners), classify features and read the result table;
        4. compute and interpret the Better and Worse coefficients and read the four-quadrant grid;
        5. know when DuMouchel's continuous analysis adds something;
        6. set improvement priorities in the order must-be → one-dimensional → attractive and connect the result to the
           customer-experience pyramid.

        **Time**: about 90 minutes. Exercises: after `cxlab practice --lang en`, open `en/02_kano.ipynb` in your workspace.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 02_kano}}

        开课前请先运行全部单元格（菜单“运行 → 运行全部”），确认图表中的中文显示正常。投影时可以把
        `cxlab.style.use()` 改为 `cxlab.style.use("projector")`，字号会更大。
        """,
        en="""
        {{cxlab timing 02_kano}}

        Run all cells before class (Run → Run All Cells) and check that the charts show their text properly. On a
        projector, change `cxlab.style.use()` to `cxlab.style.use("projector")` for larger text.
        """,
    ),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        cxlab.style.use()
        from IPython.display import Markdown
        from cxlab import datasets, kano
        from cxlab.widgets.kano import KanoExplorer, feature_line, feature_names, table
        """
    ),
    md(
        zh="""
        ## 1. KANO 模型的由来

        1984 年，东京理科大学的**狩野纪昭**（Noriaki Kano）和同事发表了论文《魅力质量与必备质量》
        （*Attractive quality and must-be quality*，日本质量管理学会会刊）。他们发现，满意度并不总是随着质量“越多越好”
        地直线上升：

        - 有些质量做到了，客户认为理所当然；做不到，客户就非常不满——**必备质量（M）**。
        - 有些质量做得越好客户越满意，做得越差越不满——**期望质量（一元质量，O）**。
        - 有些质量没有时客户不会抱怨，一旦有了却让人惊喜——**魅力质量（A）**。
        - 还有客户根本不在意的**无差异质量（I）**，以及一部分客户宁愿没有的**反向质量（R）**。
          回答自相矛盾时记为**可疑结果（Q）**。

        这一思路借鉴了赫茨伯格的“双因素理论”：导致不满的因素与带来满意的因素并不是同一回事。
        课程资料中所说的“基本需求、期望需求、兴奋需求”，对应的正是 M、O、A 三类。

        另一个重要发现：类别会**随时间迁移**。今天的惊喜，明天就成了期望，后天变为必备——
        十年前酒店提供免费 Wi-Fi 是加分项，今天没有 Wi-Fi 则会招来差评。

        还要注意：魅力需求往往是客户自己**说不出来**的潜在需求——就像冰山模型中水面以下的部分。
        直接问“您希望我们增加什么”很少能问出它们；成对问题加上观察和访谈，才能把它们找出来。
        """,
        en="""
        ## 1. Where KANO comes from

        In 1984 **Noriaki Kano** of the Tokyo University of Science and his colleagues published *Attractive quality and
        must-be quality* in the journal of the Japanese Society for Quality Control. They showed that satisfaction does not
        always rise in a straight line as quality goes up:

        - Some qualities are taken for granted when present and cause strong dissatisfaction when absent — **must-be (M)**.
        - Some satisfy more the better they are and dissatisfy the worse they are — **one-dimensional (O)**.
        - Some are not missed when absent but delight when present — **attractive (A)**.
        - Customers do not care about **indifferent (I)** qualities, and some customers would rather not have a
          **reverse (R)** quality. Contradictory answers are marked **questionable (Q)**.

        The idea echoes Herzberg's two-factor theory: what causes dissatisfaction is not simply the opposite of what
        causes satisfaction. The "basic, expected and exciting needs" of the course material are the M, O and A categories.

        A second finding: categories **drift over time**. Today's delight becomes tomorrow's expectation and the day
        after's must-be — free Wi-Fi in a hotel was a bonus ten years ago; today its absence earns bad reviews.

        Note also that attractive needs are often latent: customers **cannot name them** — the part of the iceberg below
        the waterline. Asking "what should we add?" rarely finds them; paired questions, observation and interviews do.
        """,
    ),
    trainer(
        zh="""
        **7 分钟。** 先问学员：“酒店房间干净，您会因此特别满意吗？房间不干净呢？”再问：“生日那天被免费升级房型呢？
        没有升级您会不满吗？”用这两个问题引出“满意”和“不满”并不对称。

        讨论题：请学员各举一个自己行业中“曾经是惊喜、现在已成必备”的例子（如快递的物流跟踪、银行 App 的刷脸登录）。
        """,
        en="""
        **7 minutes.** Ask: "A clean hotel room — does it make you especially satisfied? And a dirty one?" Then: "A free
        upgrade on your birthday? Would you be unhappy without it?" The two questions show that satisfaction and
        dissatisfaction are not symmetric.

        Discussion: ask each participant for an example from their own industry of something that used to delight and is
        now a must-be (parcel tracking, face login in a banking app …).
        """,
    ),
    md(
        zh="""
        ## 2. 成对的问题

        KANO 问卷的核心是对每项功能**问两次**：

        - **正向问题**：如果提供这项功能，您感觉如何？
        - **反向问题**：如果不提供这项功能，您感觉如何？

        两个问题的选项相同：1 我很喜欢，2 理所当然，3 无所谓，4 能忍受，5 很不喜欢。
        还可以加一道 1～9 分的重要性题（Berger 等，1993），帮助在同类功能中排序。

        下面用 `kano.questionnaire` 为“手机开门”生成题目：
        """,
        en="""
        ## 2. The paired questions

        The heart of a KANO questionnaire is to **ask twice** about every feature:

        - the **functional** question: if the feature is offered, how do you feel?
        - the **dysfunctional** question: if it is not offered, how do you feel?

        Both questions share one answer scale: 1 I like it, 2 I expect it, 3 I am neutral, 4 I can live with it,
        5 I dislike it. A self-stated importance question (1–9, Berger et al. 1993) helps rank features within a category.

        `kano.questionnaire` writes the questions for the mobile room key:
        """,
    ),
    code(
        """
        names = feature_names()
        print(kano.questionnaire([names["mobile_key"]], provider=cxlab.t("kano_course.provider")).text())
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 请全班用举手（1～5 根手指）回答这两个问题，把结果写在白板上，马上就能看到同一项功能在不同人眼中的
        类别差异。提醒：反向问题要讲清楚“不提供”的含义（例如：只能用实体房卡），否则容易出现可疑回答。
        """,
        en="""
        **10 minutes.** Let the whole class answer both questions by holding up 1–5 fingers and tally the answers on the
        board: the same feature already falls into different categories for different people. Make the dysfunctional
        question concrete ("no mobile key: only a plastic key card"), otherwise you get questionable answers.
        """,
    ),
    md(
        zh="""
        ## 3. 评价表

        每组回答（正向，反向）在评价表中查出一个类别：行是正向回答，列是反向回答（Berger 等，1993）。
        """,
        en="""
        ## 3. The evaluation table

        Every answer pair (functional, dysfunctional) is looked up in the evaluation table: the row is the functional
        answer, the column the dysfunctional answer (Berger et al. 1993).
        """,
    ),
    code(
        """
        (kano.TABLE.map(kano.category_name)
             .rename(index=kano.answer_name, columns=kano.answer_name)
             .rename_axis(index=cxlab.t("kano.column.functional"), columns=cxlab.t("kano.column.dysfunctional")))
        """
    ),
    md(
        zh="""
        读表的要点：

        - 只有“不提供时**很不喜欢**”（最后一列）才可能是 M 或 O；只有“提供时**我很喜欢**”（第一行）才可能是 A 或 O。
        - 两边都“很喜欢”或都“很不喜欢”是自相矛盾的，记为 Q。
        - “提供时很不喜欢”（最后一行）说明客户宁愿没有：R。

        `kano.evaluate` 做的就是查表，可以一次查很多组：
        """,
        en="""
        How to read it:

        - Only *dislike* when absent (the last column) can give M or O; only *like* when present (the first row) can
          give A or O.
        - Liking both, or disliking both, is contradictory: Q.
        - Disliking the feature when present (the last row) means the customer would rather not have it: R.

        `kano.evaluate` does the lookup, for many pairs at once:
        """,
    ),
    code(
        """
        [kano.category_name(c) for c in kano.evaluate([1, 2, 1, 3, 5], [3, 5, 5, 3, 1])]
        """
    ),
    trainer(
        zh="""
        **10 分钟。** 把第 2 节白板上的回答逐一查表。常见错误：把行和列看反；把 (2, 2) 当成可疑结果
        （它只是态度平淡，属于 I）。讨论题：为什么 (1, 4) 是魅力质量而不是期望质量？
        """,
        en="""
        **10 minutes.** Look up the class's answers from part 2 on the board. Typical mistakes: reading rows and columns
        the wrong way round; taking (2, 2) for questionable (it is lukewarm: I). Discussion: why is (1, 4) attractive
        rather than one-dimensional?
        """,
    ),
    md(
        zh="""
        ## 4. 案例分析：酒店 App 的 13 项功能

        ### 4.1 数据

        先看数据字典，再看前几行。数据为长格式：每位住客、每项功能一行。
        """,
        en="""
        ## 4. The case: 13 features of the hotel app

        ### 4.1 The data

        First the data dictionary, then the first rows. The data are in long format: one row per guest and feature.
        """,
    ),
    code(
        """
        datasets.describe("kano_hotel_app")
        """
    ),
    code(
        """
        answers = datasets.load("kano_hotel_app")
        answers.head(13)
        """
    ),
    md(
        zh="""
        功能编号对应的中英文名称在另一张小表 `kano_hotel_app_features` 中。分析自己的问卷时，准备一张同样格式的功能表即可。
        """,
        en="""
        The names behind the feature ids are in a small second table, `kano_hotel_app_features`. For your own survey,
        prepare a feature table in the same shape.
        """,
    ),
    code(
        """
        datasets.load("kano_hotel_app_features")
        """
    ),
    md(
        zh="""
        ### 4.2 清理：哪些问卷不可信？

        分类之前先清理。`kano.clean` 使用两条规则：

        - 一位受访者超过一半的回答是可疑结果（Q）——多半是没读懂题目；
        - 所有功能都给出完全相同的一对回答（“直线作答”）——多半是随手点完。
        """,
        en="""
        ### 4.2 Cleaning: which questionnaires cannot be trusted?

        Clean before you classify. `kano.clean` applies two rules:

        - more than half of a respondent's answer pairs are questionable (Q) — they probably misread the questions;
        - the very same answer pair for every feature ("straight-lining") — they probably clicked through.
        """,
    ),
    code(
        """
        report = kano.clean(answers)
        print(report.summary())
        table(report.dropped.set_index("respondent"))
        """
    ),
    trainer(
        zh="""
        讨论被剔除的四位住客：R057 和 R133 对所有功能的两个问题给出同一个极端回答；R088 有 8/13 的回答可疑；
        R201 全部选“无所谓/无所谓”，并不矛盾，但明显没有认真作答。再看 R150：5/13 可疑，没有超过一半，被保留。
        讨论题：阈值 50% 合理吗？如果可疑回答集中在某一项功能上，说明了什么？（题目本身可能有歧义，应当修改问卷。）
        """,
        en="""
        Discuss the four guests dropped: R057 and R133 gave the same extreme answer to both questions of every feature;
        R088 has 8 of 13 pairs questionable; R201 answered neutral/neutral throughout — not contradictory, but clearly not
        reading. R150, with 5 of 13 questionable (under half), stays. Discussion: is 50 % the right threshold? What does
        it mean when questionable answers pile up on one feature? (The question itself is probably ambiguous: fix the
        questionnaire.)
        """,
    ),
    md(
        zh="""
        ### 4.3 分类

        `kano.classify` 统计每项功能在六个类别上的人数，出现最多的类别就是这项功能的类别。
        """,
        en="""
        ### 4.3 Classification

        `kano.classify` counts, per feature, the answers in each of the six categories; the most frequent category is the
        feature's category.
        """,
    ),
    code(
        """
        result = kano.classify(report.answers)
        table(result, columns=["A", "O", "M", "I", "R", "Q", "category", "importance_mean"])
        """
    ),
    code(
        """
        ax = kano.plot_categories(result.rename(index=names))
        """
    ),
    md(
        zh="""
        读表时注意两点：

        1. **类别只看“最多”，不看“多多少”。** “Wi-Fi稳定”中 {=wifi_m_share} 的回答是 M，非常明确；“一键延迟退房”的 A 与 O 只差几票。
        2. **类别之外还有分布。** “个性化周边推荐”是魅力质量，但也有{=rec_r_share}住客把它归为反向质量——他们在意隐私。

        下面两行是两项功能的结论（课程中会用手工计算核对这两个数字）：
        """,
        en="""
        Two things to watch when reading the table:

        1. **The category is the most frequent one, whatever the margin.** {=wifi_m_share} of the answers on reliable Wi-Fi are M —
           clear; on one-tap late checkout, A leads O by a handful of answers.
        2. **There is a distribution behind the category.** Personal local tips are attractive, yet {=rec_r_share}
           answers reverse: they care about privacy.

        The verdict on two features (we check these numbers by hand in class):
        """,
    ),
    code(
        """
        print(feature_line(result, "wifi"))
        print(feature_line(result, "birthday_upgrade"))
        """,
        expect={
            "zh": """
            Wi-Fi稳定：必备质量，Better = 0.25，Worse = -0.78
            生日惊喜升房：魅力质量，Better = 0.65，Worse = -0.16
            """,
            "en": """
            Reliable Wi-Fi: Must-be, Better = 0.25, Worse = -0.78
            Birthday upgrade: Attractive, Better = 0.65, Worse = -0.16
            """,
        },
    ),
    trainer(
        zh="""
        **20 分钟（4.1～4.3）。** 请学员用计算器核对 Wi-Fi：清理后 A = {=wifi_A}，O = {=wifi_O}，M = {=wifi_M}，I = {=wifi_I}，
        Better = ({=wifi_A} + {=wifi_O}) / {=wifi_base} = {=wifi_better}，Worse = −({=wifi_O} + {=wifi_M}) / {=wifi_base} = −{=wifi_worse_abs}。生日升房：A = {=bday_A}，O = {=bday_O}，M = {=bday_M}，I = {=bday_I}，
        Better = {=bday_AO} / {=bday_base} = {=bday_better}，Worse = −{=bday_OM} / {=bday_base} = −{=bday_worse_abs}。
        讨论题：Wi-Fi 做得再好，Better 也只有 {=wifi_better}——这对“该往哪里投钱”意味着什么？
        """,
        en="""
        **20 minutes (4.1–4.3).** Let participants check Wi-Fi with a calculator: after cleaning A = {=wifi_A}, O = {=wifi_O}, M = {=wifi_M},
        I = {=wifi_I}; Better = ({=wifi_A} + {=wifi_O}) / {=wifi_base} = {=wifi_better}, Worse = −({=wifi_O} + {=wifi_M}) / {=wifi_base} = −{=wifi_worse_abs}. Birthday upgrade: A = {=bday_A}, O = {=bday_O},
        M = {=bday_M}, I = {=bday_I}; Better = {=bday_AO} / {=bday_base} = {=bday_better}, Worse = −{=bday_OM} / {=bday_base} = −{=bday_worse_abs}.
        Discussion: however good the Wi-Fi, its Better is only {=wifi_better} — what does that say about where to spend money?
        """,
    ),
    md(
        zh="""
        ## 5. Better–Worse 系数与四象限图

        只看类别会丢掉信息。Timko 提出的**客户满意系数**（收录于 Berger 等，1993）把每项功能浓缩成两个数：

        - **Better**：提供这项功能后会更满意的住客比例，即 A 与 O 的回答占 A、O、M、I 四类回答之和的比例（0 到 1）；
        - **Worse**：不提供这项功能时会不满的住客比例，即 O 与 M 的回答占同一总数的比例，按惯例记为负数（−1 到 0）。

        R 和 Q 的回答不参与计算：它们无法说明“有没有”这项功能对满意度的影响。

        把 |Worse| 作横轴、Better 作纵轴，就得到四象限图：

        | 象限 | 含义 | 行动 |
        |---|---|---|
        | 右下：Better 低、Worse 绝对值高 | 必备质量：缺了就不满，有了也不加分 | 必须做到，做到即可 |
        | 右上：两者都高 | 期望质量：越好越满意，缺了就失望 | 持续投入、与对手比拼 |
        | 左上：Better 高、Worse 绝对值低 | 魅力质量：有了惊喜，没有也不怪 | 差异化的机会 |
        | 左下：两者都低 | 无差异质量 | 不必投入 |

        点的大小表示平均重要性。
        """,
        en="""
        ## 5. Better–Worse coefficients and the grid

        The category alone throws information away. Timko's **customer satisfaction coefficients** (in Berger et al.
        1993) sum a feature up in two numbers:

        - **Better**: the share of guests who become more satisfied when the feature is there — the A and O answers as a
          share of all A, O, M and I answers (0 to 1);
        - **Worse**: the share of guests who become dissatisfied when it is missing — the O and M answers as a share of the
          same total, written as a negative number by convention (−1 to 0).

        R and Q answers are left out: they say nothing about how having the feature moves satisfaction.

        With |Worse| across and Better up, we get the four-quadrant grid:

        | Quadrant | Meaning | Action |
        |---|---|---|
        | bottom right: low Better, large absolute Worse | must-be: missing it angers, having it earns nothing | get it right, then stop |
        | top right: both high | one-dimensional: the better, the more satisfied | keep investing, compete on it |
        | top left: high Better, small absolute Worse | attractive: delights, not missed | a chance to stand out |
        | bottom left: both low | indifferent | do not invest |

        Point size shows the mean importance.
        """,
    ),
    code(
        """
        ax = kano.plot_better_worse(result.rename(index=names))
        """
    ),
    md(
        zh="""
        分界线默认画在 0.5。也可以画在所有功能的平均值上（`split="mean"`），这样看的是功能之间的**相对**位置——
        当所有功能都挤在同一个象限时尤其有用。
        """,
        en="""
        The quadrant lines are at 0.5 by default. They can also go through the means of the features shown
        (`split="mean"`): then you read the features' positions **relative** to each other — useful when all of them crowd
        into one quadrant.
        """,
    ),
    code(
        """
        ax = kano.plot_better_worse(result.rename(index=names), split="mean")
        """
    ),
    md(
        zh="""
        ### 几乎打平的功能

        “一键延迟退房”的 A 与 O 只差{=late_margin}票。这时类别并不可靠：类别强度（最多与次多两类之差占总数的比例）很低，
        Fong（1996）的显著性检验也没有通过。若设置并列阈值 `tie_threshold=0.05`（相差 5% 以内算并列），
        并列时按 M > O > A > I 的规则取舍，它就变成期望质量。
        """,
        en="""
        ### A near tie

        On one-tap late checkout A leads O by {=late_margin} answers. The category is not reliable here: the category strength
        (the gap between the two largest categories as a share of all answers) is low, and Fong's (1996) significance test
        fails. With a tie threshold `tie_threshold=0.05` (within 5 % counts as a tie), ties go by the rule
        M > O > A > I, and it becomes one-dimensional.
        """,
    ),
    code(
        """
        print(feature_line(result, "late_checkout"))
        print(feature_line(kano.classify(report.answers, tie_threshold=0.05), "late_checkout"))
        table(result.loc[["late_checkout", "wifi"]], columns=["A", "O", "M", "I", "category_strength", "fong_significant"])
        """
    ),
    trainer(
        zh="""
        **12 分钟。** 在图上指出：“到店入住等候短”在右上角，|Worse| 高达 {=checkin_worse_abs}——这正是体验损害模型中的酒店案例：
        前台排队让住客不满，酒店增加人手、优化流程后评分回升。“一键延迟退房”虽是魅力质量，位置却接近期望质量，
        说明住客对它的期待正在上升。
        讨论题：如果所有点都落在同一个象限，固定 0.5 的分界线还有用吗？
        """,
        en="""
        **12 minutes.** Point out on the grid: the short check-in wait sits top right with |Worse| = {=checkin_worse_abs} — the hotel case of
        the experience damage model, where queuing at the front desk drove dissatisfaction until the hotel added staff
        and streamlined arrival. One-tap late checkout is attractive but sits near the one-dimensional quadrant: guests
        are starting to expect it.
        Discussion: when every point falls into one quadrant, are fixed 0.5 lines still useful?
        """,
    ),
    md(
        zh="""
        ## 6. 连续分析（DuMouchel）

        离散分类把每组回答变成一个字母，信息损失不少。DuMouchel 的连续分析（见 Berger 等，1993）给每个回答打分：
        正向问题“我很喜欢”记 4 分……“很不喜欢”记 −2 分；反向问题反过来，“很不喜欢”记 4 分。
        每项功能取平均分，横轴是反向得分（缺少时有多不满），纵轴是正向得分（提供时有多满意），误差线是标准差。

        什么时候有用？

        - 样本少、分类结果接近并列时，平均分比“数票”更稳定；
        - 标准差大说明住客意见分歧——可能存在不同的细分人群（例如在意隐私的住客与喜欢推荐的住客）；
        - 需要比较同一类别内部的功能“有多必备”“有多惊喜”时。
        """,
        en="""
        ## 6. Continuous analysis (DuMouchel)

        Classification turns every answer pair into one letter and loses information. DuMouchel's continuous analysis (in
        Berger et al. 1993) scores each answer instead: on the functional question "I like it" scores 4 … "I dislike it"
        −2; on the dysfunctional question the other way round, "I dislike it" scores 4. Per feature we take the means:
        across, the dysfunctional score (how much its absence hurts); up, the functional score (how much its presence
        pleases); the bars are standard deviations.

        When does it help?

        - with small samples or near ties, means are steadier than counting votes;
        - a large standard deviation means guests disagree — maybe there are segments (privacy-minded guests versus
          guests who like tips);
        - to compare how must-be or how attractive features within one category are.
        """,
    ),
    code(
        """
        scores = kano.continuous(report.answers)
        table(scores)
        """
    ),
    code(
        """
        ax = kano.plot_continuous(scores.rename(index=names))
        """
    ),
    trainer(
        zh="""
        **7 分钟。** 请学员找出误差线最长的功能（个性化周边推荐、手机开门），讨论它们为什么分歧大。
        讨论题：如果按“商务出差”和“休闲度假”两类住客分别分析，哪些功能的类别可能不同？
        """,
        en="""
        **7 minutes.** Ask which features have the longest bars (personal local tips, mobile key) and why guests disagree
        about them. Discussion: if we analysed business travellers and leisure guests separately, which features might
        change category?
        """,
    ),
    md(
        zh="""
        ## 7. 先做什么？

        KANO 给出的改进顺序是：

        1. **必备质量（M）**：先补齐短板。缺一项必备质量带来的不满，用再多惊喜也弥补不了。同类之中，|Worse| 越大越优先。
        2. **期望质量（O）**：再做“越好越满意”的功能，这是与竞争对手正面比拼的地方。
        3. **魅力质量（A）**：最后用惊喜制造差异。同类之中，Better 越大越优先。
        4. **无差异质量（I）** 不投入；**反向质量（R）** 应当取消或改为可选（例如每日推送改为用户主动订阅）。

        按这个顺序排列案例中的功能：
        """,
        en="""
        ## 7. What to build first?

        The order KANO suggests:

        1. **Must-be (M)** first: close the gaps. The anger a missing basic causes cannot be bought back with delight.
           Within the category, the larger |Worse|, the sooner.
        2. **One-dimensional (O)** next: the better they are, the more satisfied guests are — this is where you compete.
        3. **Attractive (A)** last: delight that sets you apart. Within the category, the larger Better, the sooner.
        4. Do not invest in **indifferent (I)** features; drop **reverse (R)** ones or make them optional (daily pushes
           only for guests who subscribe).

        The case's features in that order:
        """,
    ),
    code(
        """
        by_priority = result.sort_values("category", key=lambda s: s.map(kano.PRIORITY.index), kind="stable")
        table(by_priority, columns=["category", "better", "worse", "importance_mean"])
        """
    ),
    md(
        zh="""
        ## 8. 与客户体验金字塔的联系

        | KANO 类别 | 金字塔层级 | 本案例中的例子 |
        |---|---|---|
        | 必备质量（M） | 1.0 初级体验：需求被满足 | 在线入住顺畅、照片与实物一致、Wi-Fi稳定 |
        | 期望质量（O） | 2.0 轻松体验：过程不费周折 | 到店入住等候短、在线客服回复快 |
        | 魅力质量（A） | 3.0 难忘体验：超越期待 | 生日惊喜升房、会员快速通道、手机开门 |

        金字塔要求**先打牢底层**——这与 KANO 的改进顺序一致。课程中的两个案例都能在数据中找到：

        - **酒店生日升房**（金字塔 3.0 的例子）：Better = {=bday_better}，|Worse| 只有 {=bday_worse_abs}，典型的魅力质量。
        - **航空公司的常旅客快速通道**：在我们的酒店数据中，“会员快速通道”同样是魅力质量。
          航空公司在航班延误时主动提供餐食和休息区，则是在初级体验出问题时守住底线。

        别忘了**内部客户**：同事、合作部门也有自己的“必备”和“惊喜”，KANO 问卷同样适用。
        """,
        en="""
        ## 8. The link to the experience pyramid

        | KANO category | Pyramid level | In this case |
        |---|---|---|
        | must-be (M) | 1.0 basic experience: needs met | online check-in works, photos match the room, reliable Wi-Fi |
        | one-dimensional (O) | 2.0 effortless experience: no hassle | short check-in wait, fast chat replies |
        | attractive (A) | 3.0 memorable experience: beyond expectation | birthday upgrade, members' fast lane, mobile key |

        The pyramid says **build the lower levels first** — the same order KANO gives. Both cases of the course show up in
        the data:

        - **The hotel's birthday upgrade** (the pyramid's 3.0 example): Better = {=bday_better} and |Worse| only {=bday_worse_abs}, a textbook
          attractive feature.
        - **The airline's fast lane for frequent flyers**: in our hotel data the members' fast lane is attractive too.
          The airline's meals and lounge during delays, by contrast, protect the floor when the basic experience fails.

        Remember **internal customers**: colleagues and partner departments have their own must-bes and delights, and a
        KANO questionnaire works for them too.
        """,
    ),
    trainer(
        zh="""
        **5 + 5 分钟（第 7、8 节）。** 讨论题：预算只够做三项，你选哪三项？（对应练习 3。）
        再问：三年后，“手机开门”还会是魅力质量吗？为什么 KANO 调查需要定期重做？
        """,
        en="""
        **5 + 5 minutes (parts 7 and 8).** Discussion: the budget covers three features — which three? (This is
        exercise 3.) Then: will the mobile key still be attractive in three years? Why should a KANO survey be repeated
        regularly?
        """,
    ),
    md(
        zh="""
        ## 9. 交互探索器

        - 在左侧选择要分析的功能；
        - 拖动**并列阈值**，观察“一键延迟退房”何时从魅力质量变为期望质量；
        - 切换**象限分界线**（固定 0.5 / 取平均值）；
        - 在“假如……”一行选一项功能和一组回答，点“添加回答”，看看再多一批住客这样回答时结论会怎样变化；点“重置”恢复原始数据。
        """,
        en="""
        ## 9. The live explorer

        - choose the features to analyse on the left;
        - move the **tie threshold** and watch when one-tap late checkout turns from attractive to one-dimensional;
        - switch the **quadrant lines** (fixed at 0.5 / at the means);
        - in the "what if" row pick a feature and an answer pair, press "Add answers" and see how the verdict changes if
          more guests answered like that; "Reset" brings back the original data.
        """,
    ),
    code(
        """
        explorer = KanoExplorer(report.answers)
        explorer
        """
    ),
    trainer(
        zh="""
        **8 分钟。** 现场演示：给“Wi-Fi稳定”添加 150 组 (1 我很喜欢, 3 无所谓) 的回答，它就变成了魅力质量——
        问学员：现实中什么样的住客会这样回答？（例如从未遇到过 Wi-Fi 问题的新兴市场住客。）
        再给“每日推送优惠”添加回答，讨论需要多少“喜欢推送”的住客才能扭转它。
        """,
        en="""
        **8 minutes.** Live demo: add 150 answers (1 I like it, 3 I am neutral) to reliable Wi-Fi and it turns attractive —
        ask who in reality would answer like that. Then add answers to the daily pushes and discuss how many
        push-loving guests it would take to turn them around.
        """,
    ),
    md(
        zh="""
        ## 10. 课堂问卷

        下面是一份可以直接打印或复制到问卷工具中的问卷，包含本案例的前六项功能。请学员填写后，用
        `kano.read_survey` 读入，就能用同样的步骤分析本班的结果。
        """,
        en="""
        ## 10. A questionnaire for the class

        Below is a questionnaire ready to print or paste into a survey tool, with the first six features of the case.
        Collect the class's answers, read them with `kano.read_survey`, and analyse them with the same steps.
        """,
    ),
    code(
        """
        class_survey = kano.questionnaire(list(names.values())[:6], provider=cxlab.t("kano_course.provider"))
        Markdown(class_survey.markdown())
        """
    ),
    md(
        zh="""
        ### 10.1 现场问卷：全班用手机作答

        不想收纸质问卷？在终端里运行 `cxlab classroom start --lan`，屏幕上会出现地址、房间码和二维码。学员用手机扫码，
        回答五项功能（必备、期望、魅力、无差异、反向各一个候选）的正反两题。下面的单元格读入全班的回答，
        用与酒店数据完全相同的 `kano.classify` 归类；面板每隔几秒自动刷新。课堂问卷没有运行时，单元格只给出提示，不影响其余内容。
        """,
        en="""
        ### 10.1 Live: the class answers on their phones

        No paper? Run `cxlab classroom start --lan` in a terminal: it shows an address, a room code and a QR code.
        Learners scan it and answer the two questions for five features (one candidate each for must-be,
        one-dimensional, attractive, indifferent and reverse). The cells below read the class's answers and classify
        them with the same `kano.classify` as the hotel data; the panel refreshes every few seconds. When no
        classroom is running, the cells only say so and the rest of the notebook is unaffected.
        """,
    ),
    code(
        """
        from cxlab import classroom

        live = classroom.results("kano")
        if live.empty:
            print(live.attrs["note"])
            live_table = None
        else:
            live_table = table(kano.classify(live), columns=["n", "category", "better", "worse"])
        live_table
        """
    ),
    code(
        """
        classroom.LivePanel("kano")
        """
    ),
    trainer(
        zh="""
        **现场问卷再加 10 分钟。** 课前在投影电脑上运行 `cxlab classroom start --lan`（笔记本与学员手机需在同一 Wi-Fi），
        把 `cxlab classroom status` 给出的投屏页面放到第二块屏幕。大约 20 份回答之后再运行上面的单元格，
        请大家对比：本班的类别和 {=guests} 位住客的一样吗？哪里不同，为什么？课后用 `cxlab classroom export` 导出 CSV，
        `cxlab classroom stop` 停止服务（回答会保留）。
        """,
        en="""
        **Add 10 minutes for the live survey.** Before class, run `cxlab classroom start --lan` on the projecting
        laptop (laptop and phones on the same Wi-Fi) and put the presenter page that `cxlab classroom status` prints
        on a second screen. After about 20 answers, run the cells above and ask: does the class sort the features as
        the {=guests} guests did? Where not, why? Afterwards `cxlab classroom export` writes a CSV and
        `cxlab classroom stop` stops the server (the answers are kept).
        """,
    ),
    md(
        zh="""
        ## 要点回顾

        - KANO 模型（狩野纪昭，1984）指出满意与不满并不对称：必备质量缺了就不满，魅力质量有了才惊喜。
        - 每项功能问两次（提供时 / 不提供时），用评价表把每组回答归入 A、O、M、I、R、Q。
        - 先清理（可疑回答过多、直线作答），再分类；类别之外还要看分布、类别强度和显著性。
        - Better 与 Worse 系数把一项功能浓缩为“加分能力”和“减分风险”，四象限图一目了然。
        - 连续分析在样本少、意见分歧时提供更细的信息。
        - 改进顺序：必备 → 期望 → 魅力；无差异不投入，反向应取消。这与体验金字塔 1.0 → 2.0 → 3.0 一致。
        - 类别会随时间迁移：定期重做调查。

        **下一步**：完成练习 `02_kano`（四道题：查表、计算系数、排定优先级、清理问卷）。
        """,
        en="""
        ## Key points

        - The KANO model (Noriaki Kano, 1984) shows that satisfaction and dissatisfaction are not symmetric: a missing
          must-be angers, an attractive feature delights.
        - Ask about every feature twice (offered / not offered) and sort each answer pair into A, O, M, I, R or Q with the
          evaluation table.
        - Clean first (too many questionable answers, straight-lining), then classify; beyond the category, look at the
          distribution, the category strength and the significance.
        - Better and Worse sum a feature up as its power to please and its risk to disappoint; the grid shows them at a
          glance.
        - Continuous analysis adds detail with small samples and divided opinions.
        - Build in the order must-be → one-dimensional → attractive; skip indifferent, drop reverse — the same order as the
          pyramid's 1.0 → 2.0 → 3.0.
        - Categories drift over time: repeat the survey.

        **Next**: the exercises `02_kano` (four questions: table lookup, coefficients, priorities, cleaning a survey).
        """,
    ),
    trainer(
        zh="""
        **3 分钟收尾。** 讨论题（可留作课后作业）：

        1. 在你的工作中，哪一项服务最可能是“必备质量”却长期被忽视？
        2. 一项魅力质量需要多久会变成期望质量？举一个你所在行业的例子。
        3. 如果问卷中大量住客对某项功能给出可疑回答，你会如何修改题目？
        """,
        en="""
        **3-minute wrap-up.** Discussion questions (or homework):

        1. In your work, which service is most likely a must-be that has long been neglected?
        2. How long does it take an attractive feature to become one-dimensional? An example from your industry?
        3. If many respondents give questionable answers on one feature, how would you reword the question?
        """,
    ),
]
