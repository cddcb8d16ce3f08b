"""Project structure (プロジェクト体制): roles with members and responsibilities, and the org diagram."""

from __future__ import annotations

from itertools import pairwise

from plangen.office import textfit
from plangen.office.phrases import is_wide
from plangen.office.pptx import Box, Column, Para, Style, inch
from plangen.office.pptx.text import inner_size
from plangen.render.kickoff.context import Ctx
from plangen.render.kickoff.layout import TABLE_SIZES
from plangen.roles import CLIENT_ROLES, VENDOR_ROLES, responsibilities, role_name
from plangen.text.formats import aside, labelled

CHUNK = 8
"""Members listed in one table row; more continue in the next row."""
MAX_BOXES = 5
"""Members drawn as separate boxes in one tier of the diagram; more are grouped in one box."""
VENDOR_ROW = {"executive_sponsor": "top", "sales": "top", "csm": "middle", "support": "bottom", "other": "bottom"}


def _person(name: str, title: str | None, lang: str) -> str:
    """Return a person as name (title)."""
    if not title:
        return name
    return aside(name, title, lang)


def render(ctx: Ctx) -> None:
    """Add the role table and the org diagram."""
    table(ctx)
    diagram(ctx)


def table(ctx: Ctx) -> None:
    """Add the members and responsibilities of each role, client side first."""
    plan = ctx.plan
    rows: list[list[object]] = []
    sides = ((ctx.client_side, CLIENT_ROLES, [(p.name, p.title, p.role) for p in plan.team.client]),
             (ctx.vendor_side, VENDOR_ROLES, [(p.name, p.title, p.role) for p in plan.team.vendor]))
    for side, roles, people in sides:
        for role in roles:
            members = [_person(name, title, ctx.lang) for name, title, r in people if r == role]
            if not members:
                continue
            name = labelled(side, role_name(role, ctx.lang), ctx.lang)
            duties = [Para(d, bullet=True) for d in responsibilities(plan, role)]
            for start in range(0, len(members), CHUNK):
                first = start == 0
                rows.append([name if first else name + ctx.tr("doc.cont"), members[start:start + CHUNK],
                             duties if first else ""])
    ctx.deck.table(ctx.tr("kickoff.structure"),
                   [Column(ctx.tr("kickoff.role"), 1.3), Column(ctx.tr("kickoff.members"), 2.2),
                    Column(ctx.tr("kickoff.duties"), 3.0)], rows, sizes=TABLE_SIZES)


def _count(ctx: Ctx, count: int) -> str:
    """Return a head count: 3名 / 1 person / 3 people."""
    return ctx.tr("kickoff.people.one" if count == 1 else "kickoff.people", n=count)


def _group_text(names: list[str], box: Box, size: float, more: str) -> str:
    """Return as many names as fit `box` at `size`, then 'and N more'."""
    width, height = inner_size(box.width, box.height)
    sep = "、" if any(is_wide(c) for c in "".join(names)) else ", "
    for count in range(len(names), 0, -1):
        text = sep.join(names[:count]) + (sep + more.format(n=len(names) - count) if count < len(names) else "")
        if textfit.fits(text, width, height, size):
            return text
    return more.format(n=len(names))


def diagram(ctx: Ctx) -> None:
    """Add the org diagram: client tiers (final evaluators to users) facing the vendor's people."""
    deck, plan = ctx.deck, ctx.plan
    design = deck.design
    tiers = [(role, [p for p in plan.team.client if p.role == role]) for role in CLIENT_ROLES]
    tiers = [(role, people) for role, people in tiers if people]
    vendor = plan.team.vendor
    if not tiers and not vendor:
        return
    slide = deck.add_slide(labelled(ctx.tr("kickoff.structure"), ctx.tr("kickoff.org"), ctx.lang))
    area = deck.content
    head, body = area.take_top(inch(0.4), gap=inch(0.12))
    client_head, vendor_head = head.columns([2.1, 1], gap=inch(0.8))
    client_area, vendor_area = body.columns([2.1, 1], gap=inch(0.8))
    header = Style(size=13, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    deck.text(slide, client_head, ctx.client_side, header, fill=design.accent)
    deck.text(slide, vendor_head, ctx.vendor_side, header, fill=design.muted)
    rows = client_area.rows(max(len(tiers), 1), gap=inch(0.18))
    row_of: dict[str, Box] = {}
    label_style = Style(size=11, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center")
    person_style = Style(size=10, min_size=9, color=design.ink, anchor="middle", align="center")
    anchors: list[tuple[int, int, int]] = []
    edge_of: dict[str, int] = {}
    for (role, people), row in zip(tiers, rows, strict=False):
        row = Box(row.left, row.top, row.width, min(row.height, inch(1.1)))
        row_of[role] = row
        label, rest = row.columns([1, 4.2], gap=inch(0.15))
        deck.text(slide, label, f"{role_name(role, ctx.lang)}\n{_count(ctx, len(people))}", label_style,
                  fill=design.accent)
        anchors.append((label.left + label.width // 2, label.top, label.bottom))
        if len(people) <= MAX_BOXES:
            for person, cell in zip(people, _person_cells(rest, people, len(people) if len(people) > 3 else 3),
                                    strict=False):
                deck.text(slide, cell, [Para(person.name, bold=True), *([Para(person.title)] if person.title else [])],
                          person_style, fill=design.accent_light)
                edge_of[role] = cell.right
        else:
            edge_of[role] = rest.right
            text = _group_text([p.name for p in people], rest, 8.0, ctx.tr("kickoff.more"))
            deck.text(slide, rest, text, Style(size=10, min_size=9, color=design.ink, anchor="middle"),
                      fill=design.accent_light)
    for (x, _, bottom), (_, top, _) in pairwise(anchors):
        deck.line(slide, x, bottom, x, top, color=design.accent, width_pt=1.5)
    _vendor(ctx, slide, vendor_area, tiers, row_of, edge_of)


def _person_cells(rest: Box, people: list, slots: int) -> list[Box]:
    """Return one box per person in `slots` columns of `rest`, a column widened (from the empty slots or its
    neighbours) when the person's longest word (a department in katakana) would not fit it at 9 pt."""
    from plangen.office import textfit
    from plangen.office.pptx.text import INSET_X

    gap = inch(0.1)
    base = (rest.width - gap * (slots - 1)) / slots
    weights: list[float] = []
    for person in people:
        widest = max(textfit.longest_phrase(text, 9.0) for text in (person.name, person.title or ""))
        need = (widest / (1 - textfit.SAFETY) + 2) * 12700 + 2 * INSET_X
        weights.append(need)
    needs = weights + [0.0] * (slots - len(people))  # empty slots give their room first
    widths = textfit.widen_columns(needs, [base] * slots)
    return rest.columns([w / base for w in widths], gap=gap)[: len(people)]


def _vendor(ctx: Ctx, slide: object, area: Box, tiers: list, row_of: dict[str, Box], edge_of: dict[str, int]) -> None:
    """Draw the vendor's people beside the client tiers they face, each group joined by a line from the right
    edge of the last box of that tier to the middle of a vendor box (never ending in empty space)."""
    deck, design = ctx.deck, ctx.deck.design
    order = [role for role, _ in tiers]
    facing = {"top": order[0] if order else None,
              "middle": "promoter" if "promoter" in order else (order[len(order) // 2] if order else None),
              "bottom": order[-1] if order else None}
    groups: dict[str, list] = {}
    for person in ctx.plan.team.vendor:
        groups.setdefault(VENDOR_ROW.get(person.role, "bottom"), []).append(person)
    style = Style(size=10, min_size=9, color=design.ink, anchor="middle", align="center")
    fallback = area.rows(3, gap=inch(0.18))
    for index, where in enumerate(("top", "middle", "bottom")):
        people = groups.get(where, [])
        if not people:
            continue
        target = facing[where]
        row = row_of[target] if target in row_of else fallback[index]
        slot = Box(area.left, row.top, area.width, row.height)
        cells = slot.rows(len(people), gap=inch(0.06))
        for person, cell in zip(people, cells, strict=False):
            lines = [Para(role_name(person.role, ctx.lang), bold=True, color=design.muted),
                     Para(person.name, bold=True)]
            deck.text(slide, cell, lines, style, fill="FFFFFF", line=design.muted)
        if target not in edge_of:
            continue  # no client tier to face: the vendor box stands alone
        middle = cells[len(cells) // 2]
        y = middle.top + middle.height // 2
        deck.line(slide, edge_of[target], y, area.left, y, color=design.muted, width_pt=1.25)
