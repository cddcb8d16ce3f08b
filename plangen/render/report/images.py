"""Chart images of the evaluator report for the DOCX (matplotlib, no pyplot, bundled Japanese font)."""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from plangen.compute.figures import next_month
from plangen.compute.report.health import HealthHistoryRow
from plangen.compute.report.trends import Trend
from plangen.design import Design
from plangen.text import tr
from plangen.text.formats import format_date_short, format_month, format_month_short, format_score

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MM = 1 / 25.4
PRINT_DPI = 200  # pixels per inch on paper: crisp 7 pt labels and thin rules when printed
PAD_PT = 3.0  # white space between the chart's outermost text and the image edge
TICK_PT = 3.5 + 3.5  # tick length + gap to the tick label (matplotlib defaults)
LABEL_PAD_PT = 4.0  # gap between tick labels and an axis label (axes.labelpad)
TICK_FONT_PT = 7.0
LEGEND_GAP = 0.14  # the legend's top edge sits this share of the axes height below the axes
VALUE_LABEL_PT = 6.0  # the latest actual's value label sits this far above its marker
LEVEL_X = 0.005  # health level names start this share of the axes width right of the axes


def dpi_for(width_mm: float, shown_mm: float | None = None) -> float:
    """Return the DPI that gives PRINT_DPI pixels per inch when a `width_mm` figure is shown `shown_mm` wide."""
    return PRINT_DPI * (shown_mm if shown_mm is not None else width_mm) / width_mm


def new_figure(width_mm: float, height_mm: float, shown_mm: float | None = None) -> Figure:
    """Return a matplotlib Figure (Agg, no pyplot) whose text uses the bundled Japanese font.

    No layout engine: each chart places its axes itself from measured text (see `_place_axes`), so the
    figure is drawn once, when it is saved.
    """
    from plangen.office import mplfont

    fig = mplfont.new_figure(width_mm * MM, height_mm * MM, dpi=dpi_for(width_mm, shown_mm))
    fig.patch.set_facecolor("white")
    fig._plangen_font = mplfont.font_family()  # type: ignore[attr-defined]
    return fig


def _font(fig: Figure) -> dict[str, Any]:
    """Return text properties that select the figure's Japanese font."""
    name = getattr(fig, "_plangen_font", None)
    return {"fontfamily": name} if name else {}


def _png(fig: Figure) -> bytes:
    """Return the figure as PNG bytes: one Agg draw (no layout engine, no tight bbox), then `png_rgba`."""
    import numpy as np

    fig.canvas.draw()
    return png_rgba(np.asarray(fig.canvas.buffer_rgba()), fig.dpi)  # type: ignore[attr-defined]


def encode_pngs(charts: Iterable[Callable[[], Figure]]) -> list[bytes]:
    """Return the PNG of each chart, in order: each `chart()` returns a laid-out Figure, drawn here.

    The same bytes as `_png` of each figure; see `encode_pngs_later`.
    """
    return [future.result() for future in encode_pngs_later(charts)]


def encode_pngs_later(charts: Iterable[Callable[[], Figure]]) -> list[Future[bytes]]:
    """Draw each chart now and return futures of their PNG bytes (the same bytes as `_png`).

    Each chart's PNG compression (zlib, which runs without the GIL) happens on a helper thread while
    the next chart is drawn, and the last one while the caller goes on, so a report's charts take
    about the time of their drawing alone. The pixels are copied first: a kept figure is drawn again.
    """
    import numpy as np

    pending = []
    for chart in charts:
        fig = chart()
        fig.canvas.draw()
        pixels = np.array(fig.canvas.buffer_rgba())  # type: ignore[attr-defined]
        pending.append(_encoder().submit(png_rgba, pixels, fig.dpi))
    return pending


_ENCODER: ThreadPoolExecutor | None = None


def _encoder() -> ThreadPoolExecutor:
    """Return the process's one PNG-encoding thread (started on first use)."""
    global _ENCODER
    if _ENCODER is None:
        _ENCODER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plangen-png")
    return _ENCODER


def _forget_encoder() -> None:
    """Drop the encoder in a forked child: its thread exists only in the parent."""
    global _ENCODER
    _ENCODER = None


os.register_at_fork(after_in_child=_forget_encoder)


def png_rgba(pixels: Any, dpi: float) -> bytes:
    """Return an (height, width, 4) uint8 array as an RGBA PNG with its DPI (pHYs) recorded.

    Rows are stored unfiltered and deflated at a fast level: on charts (mostly flat colour) this is
    about as small as, and several times faster than, PIL's adaptive filtering, which dominated the
    time of saving a chart. The pixels are the ones `savefig` would write.
    """
    import numpy as np

    height, width, _ = pixels.shape
    raw = np.empty((height, width * 4 + 1), dtype=np.uint8)
    raw[:, 0] = 0  # filter type None on every row
    raw[:, 1:] = pixels.reshape(height, width * 4)
    per_metre = round(dpi / 0.0254)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)),
        chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
        chunk(b"IDAT", zlib.compress(raw.data, 3)),
        chunk(b"IEND", b""),
    ))


class _Measure:
    """Text extents in points, measured with the figure's renderer (no figure draw)."""

    def __init__(self, fig: Figure) -> None:
        self.renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        self.scale = 72.0 / fig.dpi
        self.family = getattr(fig, "_plangen_font", None) or "sans-serif"

    def _extent(self, text: str, size: float) -> tuple[float, float]:
        width, height, _descent = self.renderer.get_text_width_height_descent(
            text, _font_properties(self.family, size), ismath=False)
        return width * self.scale, height * self.scale

    def line(self, size: float = TICK_FONT_PT) -> float:
        """Return the height of one line of text in points (matplotlib sizes a line by "lp")."""
        return self._extent("lp", size)[1]

    def width(self, text: str, size: float = TICK_FONT_PT) -> float:
        """Return the width of `text` in points (0 for empty text)."""
        return self._extent(text, size)[0] if text else 0.0

    def widest(self, texts: list[str], size: float = TICK_FONT_PT) -> float:
        """Return the width of the widest of `texts` in points."""
        return max((self.width(t, size) for t in texts), default=0.0)


@lru_cache(maxsize=16)
def _font_properties(family: str, size: float) -> Any:
    """Return the FontProperties of `family` at `size` points (made once; they are not changed)."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(family=family, size=size)


def _place_axes(fig: Figure, ax: Any, *, left: float, right: float, bottom: float, top: float) -> None:
    """Put the axes at fixed margins given in points from the figure edges."""
    width, height = (v * 72.0 for v in fig.get_size_inches())
    ax.set_position([left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height])


def _y_tick_labels(ax: Any) -> tuple[list[str], str]:
    """Return the y tick labels as they will be drawn, and the axis offset text ('' when none)."""
    formatter = ax.yaxis.get_major_formatter()
    labels = [str(s) for s in formatter.format_ticks(list(ax.get_yticks()))]
    offset = formatter.get_offset() if hasattr(formatter, "get_offset") else ""
    return labels, str(offset)


def _style_axes(ax: Any, design: Design, font: dict[str, Any]) -> None:
    """Give axes the report look: light grid, no top/right spines, muted ticks."""
    ax.grid(axis="y", color=f"#{design.rule}", linewidth=0.5, alpha=0.7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(f"#{design.rule}")
    ax.tick_params(colors=f"#{design.muted}", labelsize=7)
    for tick in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
        tick.set(**font)


def _x(day: date) -> float:
    """Return a date as a matplotlib x value (days since the epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(day))


def _month_ends(start: date, end: date) -> list[date]:
    """Return the last day of each month from `start` to `end` (actuals are plotted at month ends)."""
    from plangen.compute.figures import month_last_day

    ticks = []
    month = f"{start:%Y-%m}"
    while month_last_day(month) <= end:
        ticks.append(month_last_day(month))
        month = next_month(month)
    return ticks


def _trend_axes(width_mm: float, height_mm: float, shown_mm: float | None) -> tuple[Figure, Any]:
    """Return this thread's trend Figure and Axes of that size, emptied of the previous chart's artists.

    Building the axes and their ticks is a third of a chart's time, and a report draws one trend per
    KPI at the same size, so the figure is kept. Everything a trend chart draws is added anew and every
    limit, tick, label and style it relies on is set explicitly on each use, so a kept figure draws the
    same pixels as a new one. (The health chart uses category units, which accumulate: it is not kept.)
    """
    kept: dict[tuple[float, float, float | None], tuple[Figure, Any]] = _KEPT.__dict__.setdefault("trend", {})
    key = (width_mm, height_mm, shown_mm)
    if key not in kept:
        fig = new_figure(width_mm, height_mm, shown_mm)
        kept[key] = (fig, fig.add_subplot())
        return kept[key]
    fig, ax = kept[key]
    for artist in [*ax.lines, *ax.texts, *ax.collections, *ax.patches]:
        artist.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.set_ylabel("")
    return fig, ax


_KEPT = threading.local()


def kpi_trend_png(trend: Trend, design: Design, width_mm: float = 165, height_mm: float = 62,
                  shown_mm: float | None = None) -> bytes:
    """Return a PNG of one KPI's monthly actuals against its expected path and target line."""
    return _png(kpi_trend_figure(trend, design, width_mm, height_mm, shown_mm))


def kpi_trend_figure(trend: Trend, design: Design, width_mm: float = 165, height_mm: float = 62,
                     shown_mm: float | None = None) -> Figure:
    """Return the laid-out, not yet drawn Figure of `kpi_trend_png` (this thread's kept trend figure)."""
    fig, ax = _trend_axes(width_mm, height_mm, shown_mm)
    font = _font(fig)
    lang = design.lang
    kpi = trend.figure.kpi
    start_x = _x(trend.figure.path_start)
    if trend.path:
        ax.plot(
            [_x(d) for d, _ in trend.path],
            [v for _, v in trend.path],
            linestyle="--",
            linewidth=1.2,
            color=f"#{design.muted}",
            label=tr(lang, "report.series.expected"),
        )
    if trend.target is not None:
        ax.axhline(
            trend.target,
            color=f"#{design.status_colour('achieved')}",
            linewidth=1.0,
            linestyle=":",
            label=tr(lang, "report.series.target"),
        )
    ax.axvline(start_x, color=f"#{design.highlight}", linewidth=0.8, linestyle="-.")
    ax.annotate(
        tr(lang, "report.path_start", date=format_date_short(trend.figure.path_start, lang)),
        xy=(start_x, trend.y_max),
        xytext=(3, -10),
        textcoords="offset points",
        fontsize=7,
        color=f"#{design.highlight}",
        **font,
    )
    if trend.actual:
        ax.plot(
            [_x(d) for d, _ in trend.actual],
            [v for _, v in trend.actual],
            marker="o",
            markersize=4,
            linewidth=2.0,
            color=f"#{design.accent}",
            label=tr(lang, "report.series.actual"),
        )
        last_x, last_y = trend.actual[-1]
        ax.annotate(
            _value(last_y, kpi.unit),
            xy=(_x(last_x), last_y),
            xytext=(0, VALUE_LABEL_PT),
            textcoords="offset points",
            ha="center",
            fontsize=7,
            color=f"#{design.accent}",
            **font,
        )
    else:
        ax.text(
            0.5,
            0.5,
            tr(lang, "report.chart.no_data"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=9,
            color=f"#{design.muted}",
            **font,
        )
    ax.set_ylim(trend.y_min, trend.y_max)
    count = round((trend.y_max - trend.y_min) / trend.y_step) + 1
    ax.set_yticks([trend.y_min + i * trend.y_step for i in range(count)])
    ax.set_xlim(_x(trend.start), _x(trend.end))
    ticks = _month_ends(trend.start, trend.end)
    ax.set_xticks([_x(d) for d in ticks])
    ax.set_xticklabels([tr(lang, "report.month_end", month=format_month_short(d, lang)) for d in ticks])
    if kpi.unit:
        ax.set_ylabel(kpi.unit, fontsize=7, color=f"#{design.muted}", **font)
    if getattr(ax, "_plangen_style", None) != design:  # a kept axes keeps its style (ticks made later too)
        _style_axes(ax, design, font)
        ax._plangen_style = design
    legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -LEGEND_GAP), ncol=3, frameon=False, fontsize=7)
    for text in legend.get_texts():
        text.set(**font)
    _layout_trend(fig, ax, legend, trend, [_x(d) for d in ticks], bool(kpi.unit))
    return fig


def _layout_trend(fig: Figure, ax: Any, legend: Any, trend: Trend, ticks: list[float], ylabel: bool) -> None:
    """Place the trend axes so tick labels, the unit label and the legend below just fit (one draw, no engine)."""
    measure = _Measure(fig)
    line = measure.line()
    labels, offset = _y_tick_labels(ax)
    width_pt, height_pt = (v * 72.0 for v in fig.get_size_inches())
    left = PAD_PT + measure.widest(labels) + TICK_PT + (LABEL_PAD_PT + line if ylabel else 0.0)
    top = PAD_PT + line / 2 + (line + TICK_PT / 2 if offset else 0.0)
    right = PAD_PT
    x_start, x_end = _x(trend.start), _x(trend.end)
    if ticks and x_end > x_start:
        names = [t.get_text() for t in ax.get_xticklabels()]
        span = width_pt - left - right
        first = measure.width(names[0]) / 2 - (ticks[0] - x_start) / (x_end - x_start) * span
        last = measure.width(names[-1]) / 2 - (x_end - ticks[-1]) / (x_end - x_start) * span
        left = max(left, PAD_PT + first)
        right = max(right, PAD_PT + last)
    legend_pt = legend.get_window_extent(measure.renderer).height * measure.scale
    legend_pt += legend.borderaxespad * legend._fontsize
    bottom = top
    for _ in range(2):  # the legend gap and the value label depend on the axes height, which depends on both
        below = (PAD_PT + legend_pt + LEGEND_GAP * (height_pt - top)) / (1 + LEGEND_GAP)
        bottom = max(PAD_PT + TICK_PT + line, below)
        if trend.actual and trend.y_max > trend.y_min:  # the latest value's label sits VALUE_LABEL_PT above it
            share = (trend.y_max - trend.actual[-1][1]) / (trend.y_max - trend.y_min)
            top = max(top, PAD_PT + VALUE_LABEL_PT + line - share * (height_pt - top - bottom))
    _place_axes(fig, ax, left=left, right=right, bottom=bottom, top=top)


def health_png(
    history: list[HealthHistoryRow],
    levels: list[tuple[str, float]],
    design: Design,
    width_mm: float = 165,
    height_mm: float = 58,
    shown_mm: float | None = None,
) -> bytes:
    """Return a PNG of the health score by month (bars with score and level) with level boundaries."""
    return _png(health_figure(history, levels, design, width_mm, height_mm, shown_mm))


def health_figure(
    history: list[HealthHistoryRow],
    levels: list[tuple[str, float]],
    design: Design,
    width_mm: float = 165,
    height_mm: float = 58,
    shown_mm: float | None = None,
) -> Figure:
    """Return the laid-out, not yet drawn Figure of `health_png`."""
    fig = new_figure(width_mm, height_mm, shown_mm)
    font = _font(fig)
    lang = design.lang
    ax = fig.add_subplot()
    names = [format_month(row.month, lang) for row in history]
    scores = [row.score if row.score is not None else 0.0 for row in history]
    colours = [f"#{design.accent}" if i == len(history) - 1 else f"#{design.accent_light}" for i in range(len(history))]
    bars = ax.bar(names, scores, width=0.55, color=colours, edgecolor=f"#{design.accent}", linewidth=0.6)
    for bar, row in zip(bars, history, strict=True):
        if row.score is None:
            bar.set_height(0)
            text = tr(lang, "status.no_data")
            y = 2.0
        else:
            text = f"{format_score(row.score)}" + (f" {row.level}" if row.level else "")
            y = row.score + 2
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            y,
            text,
            ha="center",
            va="bottom",
            fontsize=7,
            color=f"#{design.ink}",
            **font,
        )
    for name, minimum in levels:
        if minimum > 0:
            ax.axhline(minimum, color=f"#{design.rule}", linewidth=0.8, linestyle="--")
        ax.text(
            1 + LEVEL_X,
            minimum,
            f" {name}",
            transform=ax.get_yaxis_transform(),
            va="bottom",
            fontsize=6.5,
            color=f"#{design.muted}",
            **font,
        )
    ax.set_ylim(0, 110)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    _style_axes(ax, design, font)
    measure = _Measure(fig)
    labels, _offset = _y_tick_labels(ax)
    width_pt = fig.get_size_inches()[0] * 72.0
    left = PAD_PT + measure.widest(labels) + TICK_PT
    level_pt = measure.widest([f" {name}" for name, _ in levels], 6.5)
    right = PAD_PT + (level_pt + LEVEL_X * (width_pt - left - PAD_PT - level_pt)) / (1 + LEVEL_X) if levels else PAD_PT
    _place_axes(fig, ax, left=left, right=right, bottom=PAD_PT + TICK_PT + measure.line(), top=PAD_PT)
    return fig


def _value(value: float, unit: str | None) -> str:
    """Return a chart label for a value."""
    from plangen.text.formats import format_number

    return format_number(value, unit)

