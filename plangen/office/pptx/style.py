"""Value types for drawing text: fonts written on every run, paragraphs and block styles."""

from __future__ import annotations

from dataclasses import dataclass, replace

from plangen.office import textfit


@dataclass(frozen=True)
class Fonts:
    """Font names written on every run, and the language tag."""

    latin: str = "Segoe UI"
    ea: str = "Meiryo"
    lang: str = "ja-JP"


@dataclass(frozen=True)
class Para:
    """One paragraph: its text and optional bold, colour (hex) and bullet."""

    text: str
    bold: bool | None = None
    color: str | None = None
    bullet: bool = False


@dataclass(frozen=True)
class Style:
    """How a block of text is drawn: size in points, weight, colour, alignment and anchoring."""

    size: float = 12.0
    min_size: float = 8.0
    bold: bool | None = False
    color: str | None = "222222"
    align: str = "left"
    anchor: str = "top"
    line_spacing: float = textfit.LINE_SPACING

    def at(self, size: float) -> Style:
        """Return this style at another size."""
        return replace(self, size=size)
