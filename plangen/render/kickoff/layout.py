"""Measured layouts shared by kickoff sections: font-size ladders, content-sized blocks and labelled rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from plangen.office.pptx import Box, Para, Style, inch, pt_to_emu
from plangen.office.pptx.text import INSET_X, INSET_Y, as_paras, inner_size, line_count

TABLE_SIZES = (14, 13, 12, 11, 10)
"""Font sizes a table tries, largest first; only at the last one does it continue on further slides."""
BODY_SIZES = (18, 17, 16, 15, 14, 13, 12, 11, 10)
"""Font sizes a block of running text tries, largest first."""
Text = str | Para | Sequence[str | Para]


def need(text: Text, width: int, size: float, inset_x: int = INSET_X, inset_y: int = INSET_Y) -> int:
    """Return the height in EMU that `text` takes in a box `width` EMU wide at `size` points (insets included)."""
    width_pt, _ = inner_size(width, 0, inset_x, inset_y)
    lines = line_count(as_paras(text), width_pt, size)
    return pt_to_emu(lines * size * Style().line_spacing + 1) + 2 * inset_y


def pick(sizes: Sequence[float], room: int, heights: Any) -> tuple[float, list[int]] | None:
    """Return (size, heights) for the largest size whose `heights(size)` sum to at most `room`, else None."""
    for size in sizes:
        measured = heights(size)
        if sum(measured) <= room:
            return size, measured
    return None


def spread(heights: Sequence[int], room: int, cap: int) -> list[int]:
    """Return `heights` each grown by an equal share of the room left over (at most `cap` each)."""
    if not heights:
        return []
    extra = min(max(room - sum(heights), 0) // len(heights), cap)
    return [h + extra for h in heights]


def labelled_rows(deck: Any, slide: Any, area: Box, rows: Sequence[tuple[str, Text]], *, fill: str,
                  label_width: int = inch(1.6), sizes: Sequence[float] = BODY_SIZES[2:], gap: int = inch(0.1),
                  inset: int = inch(0.12)) -> float:
    """Draw `rows` of (label, text) top to bottom in `area`: a coloured label chip left, the text in a panel.

    Every row is as tall as its text at one common size (the largest that fits the whole area), and the space
    left is shared out so that the rows fill the area. Return the size used.
    """
    design = deck.design
    text_width = area.width - label_width - inch(0.08)
    room = area.height - gap * (len(rows) - 1)
    floor = inch(0.45)

    def heights(size: float) -> list[int]:
        return [max(need(text, text_width, size, inset, inset), floor) for _, text in rows]

    chosen = pick(sizes, room, heights)
    size, measured = chosen if chosen else (sizes[-1], heights(sizes[-1]))
    if chosen is None:  # cut the tallest rows to share the area
        share = room // max(len(rows), 1)
        measured = [min(h, share) for h in measured]
    final = spread(measured, room, inch(1.2))
    top = area.top
    label_style = Style(size=min(size, 14), min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    body_style = Style(size=size, min_size=min(size, 9), color=design.ink, anchor="middle")
    for (label, text), height in zip(rows, final, strict=True):
        chip = Box(area.left, top, label_width, height)
        deck.text(slide, chip, label, label_style, fill=fill)
        deck.text(slide, Box(chip.right + inch(0.08), top, text_width, height), text, body_style,
                  fill=design.panel, inset_x=inset, inset_y=inset)
        top += height + gap
    return size
