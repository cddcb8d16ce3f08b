"""What every kickoff section receives: the deck, the plan and label helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from plangen.text import tr
from plangen.text.formats import format_date

if TYPE_CHECKING:
    from plangen.model import Plan
    from plangen.office.pptx import Deck


@dataclass
class Ctx:
    """The deck under construction and the plan it shows."""

    deck: Deck
    plan: Plan

    @property
    def lang(self) -> str:
        """Return the plan's language."""
        return self.plan.language

    def tr(self, key: str, **fields: object) -> str:
        """Return the catalog's word `key` (plangen.text.tr) in the plan's language."""
        return tr(self.lang, key, **fields)

    def day(self, value: date | None) -> str:
        """Return a date as written in the plan's language."""
        return format_date(value, self.lang)

    def span(self, start: date | None, end: date | None) -> str:
        """Return a date range, or '—' when both ends are missing."""
        if start is None and end is None:
            return "—"
        return self.tr("punct.range", start=self.day(start), end=self.day(end))

    def text(self, value: object) -> str:
        """Return plan text as written, '—' when missing."""
        return "—" if value is None or value == "" else str(value)
