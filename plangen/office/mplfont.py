"""matplotlib with the bundled Japanese font: Figures on the Agg canvas, never pyplot (import this lazily)."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@lru_cache(maxsize=1)
def font_family() -> str:
    """Register the bundled IPAexGothic with matplotlib (once) and return its family name."""
    import logging

    import matplotlib
    from matplotlib import font_manager

    from plangen.resources import bundled_font

    # The bundled font has one weight; bold text is drawn with it on purpose, so matplotlib's
    # "Failed to find font weight bold" notice is not for the CSM's terminal.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

    path = str(bundled_font())
    font_manager.fontManager.addfont(path)
    name = font_manager.FontProperties(fname=path).get_name()
    matplotlib.rcParams["font.family"] = [name, "sans-serif"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return name


def new_figure(width_in: float, height_in: float, dpi: float = 200) -> Figure:
    """Return a Figure of the given size in inches on an Agg canvas, with the Japanese font set."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    font_family()
    figure = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(figure)
    return figure


def png_bytes(figure: Figure) -> bytes:
    """Return `figure` rendered as PNG."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=figure.dpi, facecolor="white")
    return buffer.getvalue()
