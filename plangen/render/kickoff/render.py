"""Assemble the kickoff deck: cover, agenda and the sections the plan has, written atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from plangen.design import design_for
from plangen.office.docprops import plan_props
from plangen.render.kickoff import (
    agreed,
    asks,
    cover,
    extras,
    flow,
    gantt,
    healthdef,
    kpis,
    outlook,
    purpose,
    roadmap,
    structure,
    value,
)
from plangen.render.kickoff.context import Ctx
from plangen.write.atomic import write_atomic
from plangen.write.output import RenderResult

if TYPE_CHECKING:
    from plangen.model import Client, Plan

Section = tuple[str, Callable[["Plan"], bool], Callable[[Ctx], None]]

SECTIONS: list[Section] = [
    ("structure", lambda p: bool(p.team.client or p.team.vendor), structure.render),
    ("flow", lambda p: bool(p.flow.phases or p.flow.pitfalls), flow.render),
    ("purpose", lambda p: bool(p.objectives), purpose.render),
    ("roadmap", lambda p: bool(p.initiatives), roadmap.render),
    ("gantt", lambda p: bool(p.initiatives or p.milestones), gantt.render),
    ("kpi", lambda p: bool(p.kpis), kpis.render),
    ("milestones", lambda p: bool(p.milestones), extras.milestones),
    ("outlook", outlook.present, outlook.render),
    ("value", value.present, value.render),
    ("health_def", healthdef.present, healthdef.render),
    ("cases", lambda p: bool(p.case_studies), extras.cases),
    ("meetings", lambda p: bool(p.meetings), extras.meetings),
    ("asks", asks.present, asks.render),
    ("risks", lambda p: bool(p.risks), extras.risks),
    ("agreed", agreed.present, agreed.render),
]
"""(label key, whether the plan has it, renderer) in deck order."""


def build_deck(client: Client, *, template: Path | None = None, charts: Literal["native", "image"] = "native",
               today: date | None = None) -> Ctx:
    """Return the context holding the finished (unsaved) deck for `client`."""
    from plangen.office.phrases import plan_words, protect
    from plangen.office.pptx import Deck

    plan = client.plan
    with protect(plan_words(plan)):
        deck = Deck.open(design_for(plan), plan.client.title, template=template, charts=charts, style=plan.style)
        ctx = Ctx(deck, plan, client.folder / plan.client.logo if plan.client.logo else None)
        deck.properties = plan_props(plan, ctx.tr("kickoff.deck"))
        present = [(key, fn) for key, has, fn in SECTIONS if has(plan)]
        cover.cover(ctx, today or date.today())
        titles = [ctx.tr(f"kickoff.{key}") for key, _ in present if key != "gantt"]
        if titles:
            cover.agenda(ctx, titles)
        for _, fn in present:
            fn(ctx)
    return ctx


def render_kickoff(client: Client, out_dir: Path, *, template: Path | None = None,
                   charts: Literal["native", "image"] = "native") -> RenderResult:
    """Write out_dir/kickoff.pptx for `client`; return the path and warnings."""
    ctx = build_deck(client, template=template, charts=charts)
    target = write_atomic(out_dir / "kickoff.pptx", ctx.deck.save)
    return RenderResult([target], list(dict.fromkeys(ctx.deck.warnings)))
