"""The design system shared by every document: colours, fonts and sizes, adjustable per plan (`style`)."""

from __future__ import annotations

from plangen.model import Plan
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import STATUS_COLOURS


@record
class Design:
    """Colours (hex RGB without #), font names and base sizes of one client's documents."""

    accent: str = "1F4E79"
    accent_light: str = "DCE6F2"
    ink: str = "222222"
    muted: str = "666666"
    rule: str = "BFBFBF"
    panel: str = "F3F5F8"
    highlight: str = "C55A11"
    font_ea: str = "Meiryo"
    font_latin: str = "Segoe UI"
    lang: str = "ja"

    @property
    def lang_tag(self) -> str:
        """Return the language tag for runs (ja-JP or en-US)."""
        return tr(self.lang, "doc.language_tag")

    def status_colour(self, status: str) -> str:
        """Return the colour for a KPI or milestone status."""
        return STATUS_COLOURS.get(status, self.muted)


def design_for(plan: Plan) -> Design:
    """Return the design of `plan`: defaults adjusted by its `style` section."""
    style = plan.style
    base = Design(lang=plan.language)
    return Design(
        accent=style.accent or base.accent,
        accent_light=tint(style.accent, 0.85) if style.accent else base.accent_light,
        font_ea=style.font_ea or base.font_ea,
        # a Japanese plan's own East Asian font also sets Latin text (fonts, not words)
        font_latin=style.font_latin or (style.font_ea if plan.language == "ja" and style.font_ea else base.font_latin),
        lang=plan.language,
    )


def tint(hex_rgb: str, amount: float) -> str:
    """Return `hex_rgb` mixed with white by `amount` (0..1)."""
    rgb = [int(hex_rgb[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def status_fill(status: str | None, design: Design) -> str:
    """Return the light cell fill for a KPI or milestone status ('FFFFFF' for none)."""
    if not status:
        return "FFFFFF"
    return tint(design.status_colour(status), 0.78)
