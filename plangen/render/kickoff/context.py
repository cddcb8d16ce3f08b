"""What every kickoff section receives: the deck, the plan and label helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plangen.record import record
from plangen.text import tr
from plangen.text.formats import format_date

if TYPE_CHECKING:
    from plangen.model import Plan
    from plangen.office.pptx import Deck


@record(frozen=False)
class Ctx:
    """The deck under construction and the plan it shows."""

    deck: Deck
    plan: Plan
    logo: Path | None = None

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
        """Return a date range; a missing end reads 要確定 / TBD (both missing: 要確定 / TBD alone)."""
        if start is None and end is None:
            return self.tr("kickoff.tbd")
        return self.tr("punct.range", start=self.day(start) if start else self.tr("kickoff.tbd"),
                       end=self.day(end) if end else self.tr("kickoff.tbd"))

    def text(self, value: object) -> str:
        """Return plan text as written; blank when the plan left it empty (never a dash in a client's table)."""
        return "" if value is None or value == "" else str(value)

    def tbd(self, value: object) -> str:
        """Return plan text as written, or 要確定 / TBD for a field that must be decided (owner, method, source)."""
        return self.tr("kickoff.tbd") if value is None or value == "" else str(value)

    def sep(self) -> str:
        """Return the label separator: '：' in Japanese, ': ' in English."""
        return self.tr("punct.label")

    @property
    def client_side(self) -> str:
        """Return the name the deck gives the client's side: the client's short name."""
        return self.plan.client.title

    @property
    def vendor_side(self) -> str:
        """Return the name the deck gives the vendor's side: the vendor's name (else the word for vendor)."""
        return self.plan.vendor.name or self.tr("kickoff.side.vendor")
