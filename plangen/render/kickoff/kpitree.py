"""KPI tree: objectives -> KGIs -> KPIs -> initiatives, drawn with boxes and connectors."""

from __future__ import annotations

from dataclasses import dataclass, field

from plangen.office.pptx import Box, Style, inch
from plangen.render.kickoff.context import Ctx

MAX_NODES = 14
"""Nodes in one column of one slide before the tree continues on another slide."""


@dataclass
class Tree:
    """Columns of node keys, their labels and the edges between them."""

    columns: list[list[str]] = field(default_factory=lambda: [[], [], [], []])
    labels: dict[str, str] = field(default_factory=dict)
    edges: list[tuple[str, str]] = field(default_factory=list)

    def add(self, column: int, key: str, label: str) -> None:
        """Add a node once."""
        if key not in self.labels:
            self.columns[column].append(key)
            self.labels[key] = label

    def link(self, parent: str, child: str) -> None:
        """Add an edge once."""
        if (parent, child) not in self.edges:
            self.edges.append((parent, child))


def build(ctx: Ctx, objective_ids: list[str | None]) -> Tree:
    """Return the tree of the given objectives (None: initiatives without an objective)."""
    plan = ctx.plan
    tree = Tree()
    for oid in objective_ids:
        objective = next((o for o in plan.objectives if o.id == oid), None)
        okey = f"o:{oid}"
        if objective is not None:
            tree.add(0, okey, objective.benefit or objective.business_issue or objective.id)
        inits = [i for i in plan.initiatives if i.objective == oid]
        listed = [k for i in inits for k in (plan.kpi(x) for x in i.kpis) if k is not None]
        kgis = list(dict.fromkeys(k.id for k in listed if k.kind == "kgi"))
        for kid in kgis:
            tree.add(1, f"k:{kid}", plan.kpi(kid).name)  # type: ignore[union-attr]
            if objective is not None:
                tree.link(okey, f"k:{kid}")
        for ini in inits:
            ikey = f"i:{ini.id}"
            kpis = [k for k in (plan.kpi(x) for x in ini.kpis) if k is not None and k.kind == "kpi"]
            for kpi in kpis:
                tree.add(2, f"k:{kpi.id}", kpi.name)
                for kid in kgis:
                    tree.link(f"k:{kid}", f"k:{kpi.id}")
                if not kgis and objective is not None:
                    tree.link(okey, f"k:{kpi.id}")
            tree.add(3, ikey, ini.name)
            for kpi in kpis:
                tree.link(f"k:{kpi.id}", ikey)
            if not kpis:
                for kid in ini.kpis:
                    if f"k:{kid}" in tree.labels:
                        tree.link(f"k:{kid}", ikey)
                if not ini.kpis and objective is not None:
                    tree.link(okey, ikey)
    return tree


def groups(ctx: Ctx) -> list[list[str | None]]:
    """Return objective ids split into slides so that no column has more than MAX_NODES nodes."""
    ids: list[str | None] = [o.id for o in ctx.plan.objectives]
    if any(i.objective is None for i in ctx.plan.initiatives):
        ids.append(None)
    out: list[list[str | None]] = []
    for oid in ids:
        if out and max(len(c) for c in build(ctx, [*out[-1], oid]).columns) <= MAX_NODES:
            out[-1].append(oid)
        else:
            out.append([oid])
    return out


def render(ctx: Ctx) -> None:
    """Add the KPI tree slide(s)."""
    deck = ctx.deck
    design = deck.design
    heads = [ctx.tr("kickoff.tree.objectives"), ctx.tr("kickoff.tree.kgi"), ctx.tr("kickoff.tree.kpi"),
             ctx.tr("kickoff.tree.initiatives")]
    fills = (design.accent, design.highlight, "2E8B57", design.muted)
    for page, group in enumerate(groups(ctx)):
        tree = build(ctx, group)
        if not any(tree.columns):
            continue
        slide = deck.add_slide(f"{ctx.tr('kickoff.kpi_tree')}" + (ctx.tr("doc.cont") if page else ""))
        head_row, body = deck.content.take_top(inch(0.36), gap=inch(0.12))
        col_boxes = body.columns(4, gap=inch(0.55))
        places: dict[str, Box] = {}
        for index, (keys, column) in enumerate(zip(tree.columns, col_boxes, strict=True)):
            deck.text(slide, Box(column.left, head_row.top, column.width, head_row.height), heads[index],
                      Style(size=12, min_size=9, bold=True, color="FFFFFF", anchor="middle", align="center"),
                      fill=fills[index])
            if not keys:
                continue
            slot = column.height // len(keys)
            height = min(slot - inch(0.06), inch(0.8))
            for n, key in enumerate(keys):
                top = column.top + n * slot + (slot - height) // 2
                box = Box(column.left, top, column.width, height)
                places[key] = box
                deck.text(slide, box, tree.labels[key], Style(size=10, min_size=9, color=design.ink, anchor="middle"),
                          fill=design.panel, line=fills[index], inset_y=inch(0.02))
        for parent, child in tree.edges:
            if parent in places and child in places:
                a, b = places[parent], places[child]
                deck.line(slide, a.right, a.top + a.height // 2, b.left, b.top + b.height // 2,
                          color=design.muted, width_pt=1.0, elbow=True)
