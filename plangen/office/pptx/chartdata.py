"""What a chart shows, independent of how it is drawn (native chart XML or a matplotlib picture)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field
from typing import Any

from plangen.record import record

PALETTE = ("1F4E79", "C55A11", "2E8B57", "D48A00", "5B9BD5", "7F7F7F")
"""Series colours, in order."""


@record
class ScatterPoint:
    """A point of an XY scatter and its label."""

    x: float
    y: float
    label: str


@record
class Quadrants:
    """Lines splitting a scatter into four named areas: labels top-left, top-right, bottom-left, bottom-right."""

    x_split: float
    y_split: float
    labels: tuple[str, str, str, str]


@record
class Scatter:
    """An XY scatter: points, axis titles and ranges, optional quadrants."""

    points: Sequence[ScatterPoint]
    x_title: str = ""
    y_title: str = ""
    x_range: tuple[float, float] = (0.5, 5.5)
    y_range: tuple[float, float] = (0.5, 5.5)
    quadrants: Quadrants | None = None
    major_unit: float = 1.0
    tick_format: str | None = None
    fit_labels: bool = False
    """Cut labels with '…' only where they would overlap another label or a quadrant name, or leave the plot
    (measured); without it labels are drawn as given."""


@record
class Series:
    """A named series of values (None for a gap) for line and bar charts."""

    name: str
    values: Sequence[float | None]
    color: str | None = None


@record
class CategoryChart:
    """A line or bar chart over categories."""

    categories: Sequence[str]
    series: Sequence[Series]
    y_title: str = ""
    kind: str = "line"  # "line" | "bar" | "barh"
    number_format: str = "General"
    legend: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def group_points(points: Sequence[ScatterPoint]) -> list[ScatterPoint]:
    """Return one point per distinct position, labels of points sharing it joined one per line."""
    grouped: dict[tuple[float, float], list[str]] = {}
    for point in points:
        grouped.setdefault((point.x, point.y), []).append(point.label)
    return [ScatterPoint(x, y, "\n".join(labels)) for (x, y), labels in grouped.items()]
