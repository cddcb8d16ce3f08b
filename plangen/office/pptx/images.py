"""Chart pictures drawn with matplotlib (bundled Japanese font, Figure + Agg, no pyplot) for `charts="image"`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plangen.office.pptx.chartdata import PALETTE, CategoryChart, Scatter, group_points
from plangen.office.pptx.geometry import EMU_PER_INCH

if TYPE_CHECKING:
    from plangen.office.pptx.deck import Deck
    from plangen.office.pptx.geometry import Box


def _hex(colour: str) -> str:
    """Return a matplotlib colour from hex RGB."""
    return "#" + colour


def _ticks(low: float, high: float, unit: float) -> list[float]:
    """Return the whole multiples of `unit` strictly inside (low, high)."""
    import math

    first = math.floor(low / unit) + 1
    return [n * unit for n in range(first, math.ceil(high / unit)) if low < n * unit < high]


def scatter_png(deck: Deck, box: Box, chart: Scatter,
                layout: dict[tuple[float, float], tuple[float, str]] | None = None) -> bytes:
    """Return a PNG of the scatter sized like `box`, each label placed as `layout` says (default above/below)."""
    from plangen.office.mplfont import new_figure, png_bytes

    figure = new_figure(box.width / EMU_PER_INCH, box.height / EMU_PER_INCH)
    axes = figure.add_subplot()
    (x0, x1), (y0, y1) = chart.x_range, chart.y_range
    axes.set_xlim(x0, x1)
    axes.set_ylim(y0, y1)
    q = chart.quadrants
    if q is not None:
        axes.axvline(q.x_split, color=_hex(deck.design.rule), linestyle="--", linewidth=1)
        axes.axhline(q.y_split, color=_hex(deck.design.rule), linestyle="--", linewidth=1)
        dx, dy = (x1 - x0) * 0.02, (y1 - y0) * 0.03
        spots = ((x0 + dx, y1 - dy, "left", "top"), (x1 - dx, y1 - dy, "right", "top"),
                 (x0 + dx, y0 + dy, "left", "bottom"), (x1 - dx, y0 + dy, "right", "bottom"))
        for (x, y, ha, va), text in zip(spots, q.labels, strict=True):
            axes.text(x, y, text, ha=ha, va=va, fontsize=10, fontweight="bold", color=_hex(deck.design.muted))
    top_edge = y1 - (y1 - y0) * 0.12
    layout = layout or {}
    for point in group_points(chart.points):
        axes.scatter([point.x], [point.y], s=90, color=_hex(deck.design.accent), edgecolors="white", zorder=3)
        place = layout.get((point.x, point.y), (0.0, "below" if point.y >= top_edge else "above"))[1]
        offset, ha, va = {"below": ((0, -9), "center", "top"), "above": ((0, 9), "center", "bottom"),
                          "left": ((-9, 0), "right", "center"), "right": ((9, 0), "left", "center")}[place]
        axes.annotate(point.label, (point.x, point.y), xytext=offset, textcoords="offset points",
                      ha=ha, va=va, fontsize=9, color=_hex(deck.design.ink))
    axes.set_xlabel(chart.x_title, fontsize=10, color=_hex(deck.design.muted))
    axes.set_ylabel(chart.y_title, fontsize=10, color=_hex(deck.design.muted))
    axes.set_xticks(_ticks(x0, x1, chart.major_unit))
    axes.set_yticks(_ticks(y0, y1, chart.major_unit))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    return png_bytes(figure)


def category_png(deck: Deck, box: Box, chart: CategoryChart) -> bytes:
    """Return a PNG of a line or bar chart sized like `box`."""
    from plangen.office.mplfont import new_figure, png_bytes

    figure = new_figure(box.width / EMU_PER_INCH, box.height / EMU_PER_INCH)
    axes = figure.add_subplot()
    count = max(len(chart.series), 1)
    positions = list(range(len(chart.categories)))
    for index, series in enumerate(chart.series):
        colour = _hex(series.color or PALETTE[index % len(PALETTE)])
        values = [float("nan") if v is None else v for v in series.values]
        if chart.kind == "line":
            axes.plot(positions, values, marker="o", color=colour, label=series.name)
        else:
            width = 0.8 / count
            shifted = [p - 0.4 + width * (index + 0.5) for p in positions]
            if chart.kind == "barh":
                axes.barh(shifted, values, height=width, color=colour, label=series.name)
            else:
                axes.bar(shifted, values, width=width, color=colour, label=series.name)
    if chart.kind == "barh":
        axes.set_yticks(positions, list(chart.categories))
        axes.invert_yaxis()
    else:
        axes.set_xticks(positions, list(chart.categories))
    if chart.y_title:
        (axes.set_xlabel if chart.kind == "barh" else axes.set_ylabel)(chart.y_title, fontsize=10)
    if chart.legend and len(chart.series) > 1:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=len(chart.series), frameon=False)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    return png_bytes(figure)
