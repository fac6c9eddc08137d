# Source of notebooks/zh/90_trainer_guide.ipynb and notebooks/en/90_trainer_guide.ipynb (build: python tools/nbbuild.py
# 90_trainer_guide). md / params / code are injected by tools/nbbuild.py. Every text of the guide is generated at build
# time (lines {{cxlab guide …}}, see cxlab.trainer): objectives, key points and trainer notes come from the course
# notebooks, timings and agendas from cxlab.course.TIMINGS, the rest from the trainer catalog. Rebuild it after a
# course notebook changes: python tools/nbbuild.py (all) keeps them in step.

CELLS = [
    md(zh="{{cxlab guide title}}", en="{{cxlab guide title}}"),
    md(zh="{{cxlab guide intro}}", en="{{cxlab guide intro}}"),
    params(),
    code(
        """
        import cxlab
        cxlab.set_language(lang)
        from cxlab import course, trainer
        """
    ),
    md(zh="{{cxlab guide prepare}}", en="{{cxlab guide prepare}}"),
    md(zh="{{cxlab guide agendas}}", en="{{cxlab guide agendas}}"),
    md(
        zh="""
        **换一个开始时间**：把下面的 `start` 改成你们的上课时间再运行，日程会整张重新计算
        （`name` 可以是 `"one_day"`、`"two_day"` 或 `"managers"`）。
        """,
        en="""
        **Another start time**: change `start` below to your own and run the cell; the whole agenda is recomputed
        (`name` can be `"one_day"`, `"two_day"` or `"managers"`).
        """,
    ),
    code(
        """
        course.agenda("one_day", lang=lang, start="08:30")
        """
    ),
    md(zh="{{cxlab guide modules_head}}", en="{{cxlab guide modules_head}}"),
    md(zh="{{cxlab guide 00_welcome}}", en="{{cxlab guide 00_welcome}}"),
    md(zh="{{cxlab guide 01_pyramid}}", en="{{cxlab guide 01_pyramid}}"),
    md(zh="{{cxlab guide 02_kano}}", en="{{cxlab guide 02_kano}}"),
    md(zh="{{cxlab guide 03_servqual}}", en="{{cxlab guide 03_servqual}}"),
    md(zh="{{cxlab guide 04_journey}}", en="{{cxlab guide 04_journey}}"),
    md(zh="{{cxlab guide 05_damage}}", en="{{cxlab guide 05_damage}}"),
    md(zh="{{cxlab guide 06_returns}}", en="{{cxlab guide 06_returns}}"),
    md(zh="{{cxlab guide 07_value}}", en="{{cxlab guide 07_value}}"),
    md(zh="{{cxlab guide 08_capstone}}", en="{{cxlab guide 08_capstone}}"),
    md(zh="{{cxlab guide assessment}}", en="{{cxlab guide assessment}}"),
    md(zh="{{cxlab guide troubleshooting}}", en="{{cxlab guide troubleshooting}}"),
    md(zh="{{cxlab guide glossary}}", en="{{cxlab guide glossary}}"),
]
