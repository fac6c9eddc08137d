"""Explorers: one thin ipywidgets app per model (controls → model function → plot function; no formulas here).

Each explorer is a class with the controls as attributes, an ``update()`` callback that recomputes and redraws,
and ``widget`` (the ipywidgets box to display). Tests set a control's value and read the result, because
papermill only runs a notebook once with the defaults.
"""

import html as _html

__all__ = ["message_html", "cards_html", "show_figure", "figure_png"]

_MESSAGE = {"error": ("#b3261e", "1.1em", "⚠"), "note": ("#555", "1.05em", "ℹ")}


def message_html(text: str, kind: str = "error") -> str:
    """The HTML an explorer shows above its charts: an input error (``kind='error'``) or a note (``'note'``)."""
    colour, size, mark = _MESSAGE[kind]
    return f'<div style="color:{colour};font-size:{size}">{mark} {_html.escape(text)}</div>'


def cards_html(items) -> str:
    """The key numbers an explorer shows above its charts: ``items`` is a list of (label, value text) pairs,
    each drawn as a card with the label small and the value large."""
    cells = "".join(
        f'<div style="padding:6px 14px;margin:4px;background:#f1f5fb;border-radius:6px">'
        f'<div style="font-size:0.95em;color:#444">{_html.escape(label)}</div>'
        f'<div style="font-size:1.5em;font-weight:bold">{_html.escape(value)}</div></div>'
        for label, value in items)
    return f'<div style="display:flex;flex-wrap:wrap">{cells}</div>'


def show_figure(output, figure) -> None:
    """Replace what an ``ipywidgets.Output`` shows with ``figure`` (redrawn), without flicker."""
    from IPython.display import clear_output, display

    with output:
        clear_output(wait=True)
        display(figure)


def figure_png(figure) -> bytes:
    """``figure`` drawn once with Agg and its pixels written straight to PNG bytes (for an ``ipywidgets.Image``).

    ``savefig`` would add a second pass over the figure (measured in benchmarks/bench_kano_widget.py); the figure
    needs an Agg canvas (``FigureCanvasAgg(figure)``).
    """
    import io

    from PIL import Image

    canvas = figure.canvas
    canvas.draw()
    buffer = io.BytesIO()
    Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).save(
        buffer, format="png", compress_level=1)
    return buffer.getvalue()
