"""The roles of a success project; their names and standard responsibilities are words of plangen.text (`role.*`)."""

from __future__ import annotations

from plangen.model import Plan
from plangen.text import tr
from plangen.text.catalog import CATALOG

CLIENT_ROLES: tuple[str, ...] = ("final_evaluator", "evaluator", "promoter", "user", "other")
VENDOR_ROLES: tuple[str, ...] = ("csm", "executive_sponsor", "sales", "support", "other")

EVALUATOR_ROLES = frozenset({"final_evaluator", "evaluator"})


def role_name(role: str, lang: str) -> str:
    """Return the display name of `role` in `lang`."""
    key = f"role.{role}"
    return tr(lang, key) if key in CATALOG["en"] else role


def responsibilities(plan: Plan, role: str) -> list[str]:
    """Return the built-in responsibilities of `role` followed by the plan's additions."""
    key = f"role.duties.{role}"
    standard = tr(plan.language, key).split("\n") if key in CATALOG["en"] else []
    return [*standard, *plan.team.responsibilities.get(role, [])]


def resolve_attendees(plan: Plan, attendees: list[str]) -> list[tuple[str, str | None, str, str | None]]:
    """Return (name, title, role, email) for each attendee, expanding roles to the people holding them."""
    people = [*((p.name, p.title, p.role, p.email) for p in plan.team.client),
              *((p.name, p.title, p.role, p.email) for p in plan.team.vendor)]
    out: list[tuple[str, str | None, str, str | None]] = []
    for who in attendees:
        matched = [p for p in people if p[0] == who] or [p for p in people if p[2] == who]
        for person in matched:
            if person not in out:
                out.append(person)
    return out


def meeting_has_evaluator(plan: Plan, attendees: list[str]) -> bool:
    """Return True when an evaluator or final evaluator attends."""
    return any(role in EVALUATOR_ROLES for _, _, role, _ in resolve_attendees(plan, attendees))
