"""Chart images of the evaluator report for the DOCX (matplotlib, no pyplot, bundled Japanese font)."""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING, Any

from plangen.design import Design
from plangen.figures import next_month
from plangen.labels import format_date, label
from plangen.report.health import HealthHistoryRow
from plangen.report.text import t
from plangen.report.trends import Trend

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MM = 1 / 25.4
DPI = 200


def new_figure(width_mm: float, height_mm: float) -> Figure:
    """Return a matplotlib Figure (Agg, no pyplot) whose text uses the bundled Japanese font."""
    from plangen import mplfont

    fig = mplfont.new_figure(width_mm * MM, height_mm * MM, dpi=DPI)
    fig.set_layout_engine("constrained")
    fig._plangen_font = mplfont.font_family()  # type: ignore[attr-defined]
    return fig


def _font(fig: Figure) -> dict[str, Any]:
    """Return text properties that select the figure's Japanese font."""
    name = getattr(fig, "_plangen_font", None)
    return {"fontfamily": name} if name else {}


def _png(fig: Figure) -> bytes:
    """Return the figure as PNG bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


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
    from plangen.figures import month_last_day

    ticks = []
    month = f"{start:%Y-%m}"
    while month_last_day(month) <= end:
        ticks.append(month_last_day(month))
        month = next_month(month)
    return ticks


def kpi_trend_png(trend: Trend, design: Design, width_mm: float = 165, height_mm: float = 62) -> bytes:
    """Return a PNG of one KPI's monthly actuals against its expected path and target line."""
    fig = new_figure(width_mm, height_mm)
    font = _font(fig)
    lang = design.lang
    ax = fig.add_subplot()
    kpi = trend.figure.kpi
    start_x = _x(trend.figure.path_start)
    if trend.path:
        ax.plot(
            [_x(d) for d, _ in trend.path],
            [v for _, v in trend.path],
            linestyle="--",
            linewidth=1.2,
            color=f"#{design.muted}",
            label=t(lang, "series.expected"),
        )
    if trend.target is not None:
        ax.axhline(
            trend.target,
            color=f"#{design.status_colour('achieved')}",
            linewidth=1.0,
            linestyle=":",
            label=t(lang, "series.target"),
        )
    ax.axvline(start_x, color=f"#{design.highlight}", linewidth=0.8, linestyle="-.")
    ax.annotate(
        t(lang, "path_start", date=_short_date(trend.figure.path_start, lang)),
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
            label=t(lang, "series.actual"),
        )
        last_x, last_y = trend.actual[-1]
        ax.annotate(
            _value(last_y, kpi.unit),
            xy=(_x(last_x), last_y),
            xytext=(0, 6),
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
            t(lang, "chart.no_data"),
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
    ax.set_xticklabels([f"{d.month}月末" if lang == "ja" else f"{d:%b}" for d in ticks])
    if kpi.unit:
        ax.set_ylabel(kpi.unit, fontsize=7, color=f"#{design.muted}", **font)
    _style_axes(ax, design, font)
    legend = ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3, frameon=False, fontsize=7)
    for text in legend.get_texts():
        text.set(**font)
    return _png(fig)


def health_png(
    history: list[HealthHistoryRow],
    levels: list[tuple[str, float]],
    design: Design,
    width_mm: float = 165,
    height_mm: float = 58,
) -> bytes:
    """Return a PNG of the health score by month (bars with score and level) with level boundaries."""
    fig = new_figure(width_mm, height_mm)
    font = _font(fig)
    lang = design.lang
    ax = fig.add_subplot()
    names = [_month_label(row.month, lang) for row in history]
    scores = [row.score if row.score is not None else 0.0 for row in history]
    colours = [f"#{design.accent}" if i == len(history) - 1 else f"#{design.accent_light}" for i in range(len(history))]
    bars = ax.bar(names, scores, width=0.55, color=colours, edgecolor=f"#{design.accent}", linewidth=0.6)
    for bar, row in zip(bars, history, strict=True):
        if row.score is None:
            bar.set_height(0)
            text = label(lang, "no_data")
            y = 2.0
        else:
            text = f"{row.score:.1f}" + (f" {row.level}" if row.level else "")
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
            1.005,
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
    return _png(fig)


def _value(value: float, unit: str | None) -> str:
    """Return a chart label for a value."""
    from plangen.labels import format_number

    return format_number(value, unit)


def _short_date(day: date, lang: str) -> str:
    """Return a short date label (1/5 or 5 Jan)."""
    return f"{day.month}/{day.day}" if lang == "ja" else format_date(day, lang).rsplit(" ", 1)[0]


def _month_label(month: str, lang: str) -> str:
    """Return a short month label (2027年2月 -> 2月, February -> Feb 2027)."""
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year}年{mon}月" if lang == "ja" else f"{date(year, mon, 1):%b %Y}"
