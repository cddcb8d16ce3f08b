"""How a document addresses the client on its cover, as Japanese business documents do.

Top left the addressee: the client's full legal name followed by 御中 (in English the name alone);
bottom right the sender: the date, the vendor and the CSM (担当CSM).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from plangen.text.catalog import tr
from plangen.text.formats import format_date

if TYPE_CHECKING:
    from plangen.model import Plan


def addressee(plan: Plan) -> str:
    """Return the addressee line: 株式会社みなと衣料 御中 (en: Northwind Logistics Ltd.)."""
    return tr(plan.language, "kickoff.addressee", name=plan.client.name)


def sender_lines(plan: Plan, today: date) -> list[str]:
    """Return the sender block: the date, the vendor's name and each CSM (at most two)."""
    lang = plan.language
    lines = [format_date(today, lang)]
    if plan.vendor.name:
        lines.append(plan.vendor.name)
    for person in [p for p in plan.team.vendor if p.role == "csm"][:2]:
        lines.append(tr(lang, "kickoff.csm_line", name=person.name))
    return lines
