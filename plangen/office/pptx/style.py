"""Value types for drawing text: fonts written on every run, paragraphs and block styles."""

from __future__ import annotations

from dataclasses import replace

from plangen.office import textfit
from plangen.record import record

MIN_PT = 9.0
"""The smallest type on a slide: text that does not fit at 9 pt is continued or shortened, never set smaller."""


@record
class Fonts:
    """Font names written on every run, and the language tag."""

    latin: str = "Segoe UI"
    ea: str = "Meiryo"
    lang: str = "ja-JP"


@record
class Para:
    """One paragraph: its text and optional bold, colour (hex) and bullet."""

    text: str
    bold: bool | None = None
    color: str | None = None
    bullet: bool = False


@record
class Style:
    """How a block of text is drawn: size in points, weight, colour, alignment and anchoring."""

    size: float = 12.0
    min_size: float = MIN_PT
    bold: bool | None = False
    color: str | None = "222222"
    align: str = "left"
    anchor: str = "top"
    line_spacing: float = textfit.LINE_SPACING

    def __post_init__(self) -> None:
        """Refuse a style that would set type under MIN_PT (a programming error, not a plan error)."""
        if self.min_size < MIN_PT or self.size < self.min_size:
            raise ValueError(f"slide type under {MIN_PT:g} pt: size {self.size:g}, min_size {self.min_size:g}")

    def at(self, size: float) -> Style:
        """Return this style at another size."""
        return replace(self, size=size)
