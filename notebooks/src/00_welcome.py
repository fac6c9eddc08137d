# Source of notebooks/{zh,en}/00_welcome.ipynb — build with: python tools/nbbuild.py 00_welcome
CELLS = [
    md(
        zh="""
        # 模块 0 · 欢迎使用 cxlab：客户体验管理实训工具包

        **学习目标**（约 30 分钟）

        1. 了解 cxlab 是什么、为谁设计；
        2. 学会运行笔记本，并在中文、英文之间切换；
        3. 看懂课程地图：每个模块讲什么、来自哪篇原始文章、现在能不能学；
        4. 体验练习的即时反馈：`check()`、`hint()`、`solution()`；
        5. 动手拖动一个交互控件；
        6. 知道遇到问题时去哪里求助，以及你的作业如何被保护。
        """,
        en="""
        # Module 0 · Welcome to cxlab: a hands-on kit for customer-experience management

        **Objectives** (about 30 minutes)

        1. Know what cxlab is and whom it is for;
        2. Run a notebook and switch between Chinese and English;
        3. Read the course map: what each module teaches, which source article it comes from, whether it is ready;
        4. Try the instant feedback of the exercises: `check()`, `hint()`, `solution()`;
        5. Move an interactive control yourself;
        6. Know where to get help, and how your own work is protected.
        """,
    ),
    params(),
    md(
        zh="""
        ## 1. cxlab 是什么？为谁而做？

        cxlab 把客户体验管理的经典模型（客户体验金字塔、KANO、SERVQUAL、客户旅程与关键时刻、体验损害与回报、
        净推荐值（NPS）等体验指标）做成可以亲手运行的 Jupyter 笔记本：每个概念都配有数据、图表和小练习。

        | 角色 | 怎么用 |
        |---|---|
        | **讲师** | 在课堂上投屏运行笔记本，拖动控件现场演示“如果……会怎样”；讲师备注里有每节的时间安排和讨论题。 |
        | **学员** | 自己按顺序运行笔记本，在练习中即时得到对错反馈，可以随时看提示。 |
        | **引导师 / 组织者** | 为工作坊准备案例讲义，检查教室电脑的环境（`cxlab doctor`）。 |

        所有计算都在 `cxlab` 这个 Python 包里完成，笔记本只负责讲解和调用：你看到的每个数字都来自经过测试的函数。
        """,
        en="""
        ## 1. What is cxlab, and who is it for?

        cxlab turns the classic models of customer-experience management (the experience pyramid, KANO, SERVQUAL,
        journeys and moments of truth, experience damage and returns, NPS and other experience measures) into
        Jupyter notebooks you run yourself: every concept comes with data, a chart and a short exercise.

        | Who | How they use it |
        |---|---|
        | **Trainer** | Projects the notebooks in class and moves the controls to show "what if …" live; the trainer notes give timings and discussion questions. |
        | **Learner** | Works through the notebooks in order and gets instant right/wrong feedback on the exercises, with hints on request. |
        | **Facilitator** | Prepares case handouts for a workshop and checks the classroom computers (`cxlab doctor`). |

        All calculations happen in the `cxlab` Python package; the notebooks explain and call it, so every number
        you see comes from a tested function.
        """,
    ),
    md(
        zh="""
        ## 2. 怎样使用笔记本

        - 选中一个代码单元格，按 **Shift + Enter** 运行它并跳到下一个。请**从上到下依次运行**：后面的单元格会用到前面的结果。
        - 出了差错也不用担心：菜单 **Kernel → Restart Kernel and Run All Cells** 会从头再跑一遍。
        - 第一个代码单元格里的 `lang` 决定语言：`"zh"` 为中文，`"en"` 为英文。改完后重新运行全部单元格，
          所有说明、图表标题和练习反馈都会换成那种语言。
        - 下面这个单元格加载 cxlab，设置语言，并启用能正确显示中文的图表样式。
        """,
        en="""
        ## 2. How to use a notebook

        - Select a code cell and press **Shift + Enter** to run it and move to the next one. Run the cells
          **from top to bottom**: later cells use what earlier ones computed.
        - Made a mess? The menu **Kernel → Restart Kernel and Run All Cells** runs everything again from the start.
        - `lang` in the first code cell sets the language: `"zh"` for Chinese, `"en"` for English. Change it and run
          all cells again: every message, chart title and exercise feedback switches to that language.
        - The next cell loads cxlab, sets the language and switches on a chart style that shows Chinese correctly.
        """,
    ),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        font = cxlab.style.use()
        """
    ),
    md(
        zh="""
        ## 3. 课程地图

        课程由下表中的各个模块组成，每个模块都源自一篇讲客户体验的中文文章（“来源文章”一列是文章编号，例如 002 讲客户体验金字塔）。
        下表不是手写的：cxlab 会检查哪些模块的笔记本已经在你的电脑上，据此标出“已上线”或“准备中”。
        """,
        en="""
        ## 3. The course map

        The course is made of the modules in the table, each built on a Chinese article about customer experience (the "Source article"
        column gives its number; 002, for instance, is about the experience pyramid). The table is not typed in by
        hand: cxlab looks for each module's notebook on your computer and marks it "available" or "in preparation".
        """,
    ),
    code(
        """
        from cxlab import course
        course.course_map_table()
        """
    ),
    md(
        zh="""
        建议的学习顺序：先用 **01 客户体验金字塔** 建立整体框架（基本需求 → 轻松 → 难忘），再用 **02 KANO** 和
        **03 SERVQUAL** 识别需求、衡量服务质量，用 **04 客户旅程** 找出痛点和关键时刻，最后用 **05 体验损害**、
        **06 体验回报** 和 **07 客户体验值** 把体验的好坏换算成业务结果。
        """,
        en="""
        A suggested path: start with **01 the experience pyramid** for the overall frame (needs met → effortless →
        memorable), then use **02 KANO** and **03 SERVQUAL** to identify needs and measure service quality,
        **04 the customer journey** to find pain points and moments of truth, and finally **05 experience damage**,
        **06 experience returns** and **07 customer-experience value** to translate good and bad experiences into
        business results.
        """,
    ),
    md(
        zh="""
        ### 给讲师：三种日程和讲师手册

        带工作坊之前，先选一种日程。下面这张表由各模块自己的时长算出来：一天工作坊、两天完整课程、给管理者的半天课。
        讲师手册 `90_trainer_guide.ipynb`（在课程笔记本同一个文件夹里）逐个模块写了学习目标、时间安排、学员常见的卡点、
        讨论题、小组活动和练习答案，还写了课前怎么准备教室和电脑、出了问题怎么办；课前测、课后测和反馈表在
        `91_assessment`，贯穿全课的综合案例在 `08_capstone`。
        """,
        en="""
        ### For trainers: three agendas and the trainer guide

        Before a workshop, choose an agenda. The table below is computed from the modules' own timings: a one-day
        workshop, the two-day course, and half a day for managers. The trainer guide `90_trainer_guide.ipynb` (in the
        same folder as the course notebooks) gives, module by module, the objectives, timings, where learners get
        stuck, discussion prompts, group activities and answer keys, and how to prepare the room and what to do when
        something fails; the pre-test, post-test and feedback form are in `91_assessment`, the capstone case that runs
        through the whole course in `08_capstone`.
        """,
    ),
    code(
        """
        course.agenda_overview()
        """
    ),
    md(
        zh="""
        想看某一种日程的详细时间表，运行 `course.agenda("one_day", start="08:30")`（换成你们的开始时间）；
        在终端里 `cxlab agenda two_day` 打印同样的表，`cxlab handout agenda_two_day` 生成可打印的 PDF。
        """,
        en="""
        For one agenda's timed table run `course.agenda("one_day", start="08:30")` (with your own start time); in a
        terminal, `cxlab agenda two_day` prints the same table and `cxlab handout agenda_two_day` makes a printable PDF.
        """,
    ),
    md(
        zh="""
        ## 4. 练习如何给出反馈

        每道练习都是一个对象，有三个方法：

        - `q.check(答案)`：告诉你对不对；答错时会解释**为什么**不对；
        - `q.hint()`：给一条提示，再运行一次给下一条；
        - `q.solution()`：显示完整解答。

        练习笔记本里的空白用 `____` 表示，把它换成你的答案即可。先来看题目：
        """,
        en="""
        ## 4. How the exercises give feedback

        Every exercise is an object with three methods:

        - `q.check(answer)` tells you whether you are right, and when you are not, explains **why**;
        - `q.hint()` gives a hint; run it again for the next one;
        - `q.solution()` shows the worked answer.

        In exercise notebooks a blank is written `____`: replace it with your answer. First, the question:
        """,
    ),
    code(
        """
        from cxlab.exercises import ____
        from cxlab.exercises.welcome import q1
        q1.prompt()
        """
    ),
    md(
        zh="还没有作答时，`check` 只会提醒你把 `____` 换成答案：",
        en="While the blank is still there, `check` just reminds you to replace `____` with an answer:",
    ),
    code(
        """
        q1.check(____)
        """
    ),
    md(
        zh="假设有人回答 2（轻松体验）。答错时，反馈会说明错在哪里：",
        en="Suppose someone answers 2 (effortless). A wrong answer comes with an explanation of the mistake:",
    ),
    code(
        """
        q1.check(2)
        """
    ),
    md(
        zh="卡住了就要一条提示：",
        en="Stuck? Ask for a hint:",
    ),
    code(
        """
        q1.hint()
        """
    ),
    md(
        zh="再试一次。答案可以写数字 `1`，也可以写层级名称，比如 `\"初级体验\"`：",
        en="Try again. You may answer with the number `1` or with the level's name, such as `\"basic\"`:",
    ),
    code(
        """
        q1.check(1)
        """
    ),
    md(
        zh="最后可以看看完整解答，对照自己的思路：",
        en="Finally, read the worked answer and compare it with your own reasoning:",
    ),
    code(
        """
        q1.solution()
        """
    ),
    md(
        zh="""
        **轮到你了**：下面两道题请自己作答。把 `____` 换成你的答案——数字（`2`）、带编号的名称（`"2.0 轻松体验"`）
        或层级名称（`"轻松体验"`）都可以——再运行这个单元格。
        """,
        en="""
        **Your turn**: answer the next two yourself. Replace `____` with your answer — a number (`2`), a numbered name
        (`"2.0 effortless"`) or a level's name (`"effortless"`) all work — and run the cell.
        """,
    ),
    code(
        """
        from cxlab.exercises.welcome import q2, q3
        q2.prompt()
        """
    ),
    code(
        """
        q2.check(____)
        """
    ),
    code(
        """
        q3.prompt()
        """
    ),
    code(
        """
        q3.check(____)
        """
    ),
    md(
        zh="""
        ## 5. 交互控件：动手试一试

        很多笔记本里都有滑块和下拉框，拖动后图表会立即重画。下面是一个小例子：100 位**不满意**的客户中，
        有多少人会开口投诉？拖动滑块改变投诉率，看看沉默的那一部分有多大。
        （滑块的数值只是为了演示；真实的投诉率及其代价在 05 体验损害模型中详细讨论。）
        """,
        en="""
        ## 5. Interactive controls: try it yourself

        Many notebooks have sliders and drop-downs; move one and the chart redraws at once. A small example: of
        100 **dissatisfied** customers, how many complain? Move the slider to change the share who complain and see
        how large the silent part is. (The slider values are only for the demo; real complaint rates and what they
        cost are the subject of module 05, the experience damage model.)
        """,
    ),
    code(
        """
        demo = course.ComplaintDemo(customers=100, share=10)
        demo
        """
    ),
    md(
        zh="""
        **想一想**：如果你的团队只看投诉数量，会看到哪一根柱子，又会漏掉哪一根？

        如果滑块没有显示出来（例如在导出的网页里），说明当前环境不支持交互控件，运行 `cxlab doctor` 检查
        ipywidgets 扩展是否安装正确。
        """,
        en="""
        **Think about it**: if your team only counts complaints, which bar does it see, and which does it miss?

        If no slider shows (for instance in an exported web page), the environment cannot display interactive
        controls: run `cxlab doctor` to check that the ipywidgets extension is installed correctly.
        """,
    ),
    md(
        zh="""
        ## 6. 遇到问题怎么办

        1. **练习卡住了**：运行 `q.hint()`，仍然没思路再看 `q.solution()`。
        2. **报错、中文显示成方框、控件不出现**：在终端运行 `cxlab doctor`。它逐项检查运行环境，每发现一个问题，
           都会给出一条可以直接复制运行的修复命令。下面的单元格在笔记本里运行同样的检查：
        """,
        en="""
        ## 6. When something goes wrong

        1. **Stuck on an exercise**: run `q.hint()`; still stuck, look at `q.solution()`.
        2. **An error, Chinese shown as boxes, a control that does not appear**: run `cxlab doctor` in a terminal.
           It checks the set-up item by item and gives, for every problem, a command you can copy and run to fix it.
           The cell below runs the same checks inside the notebook:
        """,
    ),
    code(
        """
        exit_code = cxlab.cli.main(["doctor", "--lang", lang])
        """
    ),
    md(
        zh="""
        3. **想了解更多**：代码仓库根目录的 README 说明了安装、启动和测试的方法；`cxlab --help` 列出所有命令；
           `cxlab datasets` 列出课程用到的示例数据及各列含义。
        4. **还是解决不了**：把 `cxlab doctor` 的输出连同报错信息一起发给讲师。
        """,
        en="""
        3. **To learn more**: the README at the top of the repository explains how to install, start and test the
           kit; `cxlab --help` lists every command; `cxlab datasets` lists the sample data and what each column means.
        4. **Still stuck**: send the output of `cxlab doctor`, together with the error message, to your trainer.
        """,
    ),
    md(
        zh="""
        ## 7. 学员须知：你的作业属于你

        - 工具包里的课程笔记本（`notebooks/`）是讲义，会随工具包更新而重新生成，**不要在里面写作业**。
        - `cxlab lab` 打开的是你自己的课程副本：它把课程笔记本复制到当前目录下的 `cxlab-workspace/course/zh/`，
          你在副本里运行、修改、保存都不会影响工具包本身；工具包更新后再运行 `cxlab lab`，你改动过的副本也不会被覆盖。
        - 练习请先复制到同一个工作区：在终端运行

              .venv/bin/cxlab practice

          （已经激活环境时直接写 `cxlab practice`）。练习会被复制到 `cxlab-workspace/zh/`（英文版为
          `cxlab-workspace/en/`），再运行 `.venv/bin/cxlab lab`，就能在同一个工作区里看到课程和练习。
        - 以后再运行 `cxlab practice`，**你改动过的练习绝不会被覆盖**：只有你没动过的文件才会更新到最新版本，
          被保留的文件会逐一列出。如果确实想从头再做，加上 `--force`：旧文件会先备份为
          `名称.bak-年月日-时分秒.ipynb`，再换成全新的练习。
        - 练习的标准答案由讲师单独保管，不会被复制到你的工作区。

        ## 要点回顾

        - 从上到下运行单元格；改第一个单元格的 `lang` 可切换语言。
        - 课程地图由文件自动生成，“准备中”的模块会陆续上线。
        - `check()` 判对错并解释原因，`hint()` 给提示，`solution()` 给解答。
        - 环境有问题就运行 `cxlab doctor`；练习在自己的工作区里做，`cxlab practice` 不会覆盖你的修改。
        """,
        en="""
        ## 7. For learners: your work is yours

        - The course notebooks (`notebooks/`) are course material and are regenerated when the kit is updated:
          **do not do your exercises in them**.
        - `cxlab lab` opens your own copy of the course: it copies the course notebooks to `cxlab-workspace/course/en/`
          in the current folder (with `--lang en`), so running, changing and saving them never touches the kit itself;
          when the kit is updated, running `cxlab lab` again never overwrites a copy you changed.
        - Copy the exercises into the same workspace, by running in a terminal

              .venv/bin/cxlab practice --lang en

          (`cxlab practice --lang en` once the environment is activated). The exercises go to `cxlab-workspace/en/`;
          `.venv/bin/cxlab lab --lang en` then shows the course and the exercises side by side.
        - Running `cxlab practice` again **never overwrites an exercise you changed**: only files you have not
          touched are updated to the latest version, and every file kept is listed. To start one afresh, add
          `--force`: the old file is first saved as `name.bak-YYYYmmdd-HHMMSS.ipynb`, then replaced.
        - The answer keys stay with the trainer; they are never copied into your workspace.

        ## Key points

        - Run the cells from top to bottom; change `lang` in the first cell to switch language.
        - The course map is built from the files present; modules "in preparation" will follow.
        - `check()` says right or wrong and why, `hint()` gives a hint, `solution()` the worked answer.
        - If the set-up misbehaves, run `cxlab doctor`; do the exercises in your own workspace, where
          `cxlab practice` never overwrites your changes.
        """,
    ),
    trainer(
        zh="""
        {{cxlab timing 00_welcome}}

        **课前准备**：在教室每台电脑上运行一次 `cxlab doctor`，确认全部为 ✔；投影时用
        `cxlab.style.use("projector")` 放大图表文字。

        **讨论提示**：第 5 节的问题引向“沉默的大多数”——只统计投诉会低估不满，这正是 05 体验损害模型要量化的内容。
        第 4 节可以追问：同一件事在不同客户眼里会不会属于不同层级？（例如准时送达对急用的客户可能是关键时刻。）
        """,
        en="""
        {{cxlab timing 00_welcome}}

        **Before class**: run `cxlab doctor` once on every classroom computer and make sure every line is ✔; when
        projecting, `cxlab.style.use("projector")` makes chart text larger.

        **Discussion**: the question of part 5 leads to the silent majority: counting complaints alone understates
        dissatisfaction, which is what module 05, the experience damage model, quantifies. In part 4, ask whether the
        same event can sit on different levels for different customers (on-time delivery may be a moment of truth for
        someone who needs the parcel urgently).
        """,
    ),
]
