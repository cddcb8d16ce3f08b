"""Boxes on a slide, in EMU, and unit conversions."""

from __future__ import annotations

from plangen.record import record

EMU_PER_PT = 12700
EMU_PER_INCH = 914400


def pt_to_emu(points: float) -> int:
    """Return `points` in EMU."""
    return round(points * EMU_PER_PT)


def emu_to_pt(emu: int) -> float:
    """Return `emu` in points."""
    return emu / EMU_PER_PT


def inch(value: float) -> int:
    """Return `value` inches in EMU."""
    return round(value * EMU_PER_INCH)


@record
class Box:
    """A rectangle on a slide: left, top, width and height in EMU."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """Return the x of the right edge."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """Return the y of the bottom edge."""
        return self.top + self.height

    @property
    def width_pt(self) -> float:
        """Return the width in points."""
        return emu_to_pt(self.width)

    @property
    def height_pt(self) -> float:
        """Return the height in points."""
        return emu_to_pt(self.height)

    def inset(self, dx: int, dy: int | None = None) -> Box:
        """Return the box shrunk by `dx` left/right and `dy` top/bottom."""
        dy = dx if dy is None else dy
        return Box(self.left + dx, self.top + dy, max(self.width - 2 * dx, 0), max(self.height - 2 * dy, 0))

    def columns(self, weights: list[float] | int, gap: int = 0) -> list[Box]:
        """Return the box split left to right by `weights` (or into n equal parts) with `gap` between."""
        parts = [1.0] * weights if isinstance(weights, int) else list(weights)
        usable = self.width - gap * (len(parts) - 1)
        total = sum(parts) or 1.0
        out: list[Box] = []
        x = self.left
        for i, part in enumerate(parts):
            width = self.right - x if i == len(parts) - 1 else round(usable * part / total)
            out.append(Box(x, self.top, width, self.height))
            x += width + gap
        return out

    def rows(self, weights: list[float] | int, gap: int = 0) -> list[Box]:
        """Return the box split top to bottom by `weights` (or into n equal parts) with `gap` between."""
        parts = [1.0] * weights if isinstance(weights, int) else list(weights)
        usable = self.height - gap * (len(parts) - 1)
        total = sum(parts) or 1.0
        out: list[Box] = []
        y = self.top
        for i, part in enumerate(parts):
            height = self.bottom - y if i == len(parts) - 1 else round(usable * part / total)
            out.append(Box(self.left, y, self.width, height))
            y += height + gap
        return out

    def take_top(self, height: int, gap: int = 0) -> tuple[Box, Box]:
        """Return (the top `height` of the box, the rest below it after `gap`)."""
        height = min(height, self.height)
        rest_top = min(self.top + height + gap, self.bottom)
        rest = Box(self.left, rest_top, self.width, self.bottom - rest_top)
        return Box(self.left, self.top, self.width, height), rest

    def contains(self, other: Box) -> bool:
        """Return True when `other` lies inside this box."""
        return (other.left >= self.left and other.top >= self.top
                and other.right <= self.right and other.bottom <= self.bottom)
