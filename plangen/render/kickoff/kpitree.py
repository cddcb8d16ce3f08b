"""KPI tree: objectives -> KGIs -> KPIs -> initiatives, drawn with boxes and connectors."""

from __future__ import annotations

from dataclasses import field

from plangen.office.pptx import Box, Style, inch
from plangen.record import record
from plangen.render.kickoff.context import Ctx

MAX_NODES = 14
"""Nodes in one column of one slide before the tree continues on another slide."""


@record(frozen=False)
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
    _parent_links(ctx, tree)
    return tree


def _parent_links(ctx: Ctx, tree: Tree) -> None:
    """Link each KPI placed in `tree` to its `parent` when the plan gives one (the parent's box replaces the
    links guessed from initiatives)."""
    plan = ctx.plan
    for kpi in plan.kpis:
        key = f"k:{kpi.id}"
        if kpi.parent is None or key not in tree.labels:
            continue
        parent = plan.kpi(kpi.parent)
        if parent is None:
            continue
        tree.edges = [(a, b) for a, b in tree.edges if not (b == key and a.startswith("k:"))]
        tree.add(1 if parent.kind == "kgi" else 2, f"k:{parent.id}", parent.name)
        tree.link(f"k:{parent.id}", key)


def add_unplaced(ctx: Ctx, trees: list[Tree]) -> None:
    """Add every KGI and KPI that no tree shows to the last tree (linked to its parent when it has one)."""
    placed = {key for tree in trees for key in tree.labels}
    last = trees[-1]
    for kpi in ctx.plan.kpis:
        if f"k:{kpi.id}" not in placed:
            last.add(1 if kpi.kind == "kgi" else 2, f"k:{kpi.id}", kpi.name)
    _parent_links(ctx, last)


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
    trees = [build(ctx, group) for group in groups(ctx)] or [Tree()]
    add_unplaced(ctx, trees)
    for page, tree in enumerate(t for t in trees if any(t.columns)):
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
        for x1, y1, x2, y2 in connectors(tree, places, col_boxes):
            deck.line(slide, x1, y1, x2, y2, color=design.muted, width_pt=1.0)


Segment = tuple[int, int, int, int]


def _column_of(tree: Tree, key: str) -> int:
    """Return the column index of a node."""
    return next(i for i, keys in enumerate(tree.columns) if key in keys)


def connectors(tree: Tree, places: dict[str, Box], columns: list[Box]) -> list[Segment]:
    """Return straight segments joining each parent to its children: out of the middle of the parent's right
    edge, along a vertical trunk in the gap before the children's column, into the middle of each child's left
    edge. Trunks whose spans overlap in one gap get their own lanes, so lines never run along each other."""
    children: dict[str, list[str]] = {}
    for parent, child in tree.edges:
        if parent in places and child in places:
            children.setdefault(parent, []).append(child)
    trunks: dict[int, list[tuple[str, int, int]]] = {}
    for parent, kids in children.items():
        gap = min(_column_of(tree, k) for k in kids)  # the gap just left of the nearest child column
        ys = [_mid(places[parent])] + [_mid(places[k]) for k in kids]
        trunks.setdefault(gap, []).append((parent, min(ys), max(ys)))
    out: list[Segment] = []
    for gap, spans in trunks.items():
        lanes = _lanes([(top, bottom) for _, top, bottom in spans])
        count = max(lanes) + 1
        left, right = columns[gap - 1].right, columns[gap].left
        for (parent, _, _), lane in zip(spans, lanes, strict=True):
            x = left + (right - left) * (lane + 1) // (count + 1)
            a = places[parent]
            py = _mid(a)
            ys = [py]
            out.append((a.right, py, x, py))
            for kid in children[parent]:
                b = places[kid]
                out.append((x, _mid(b), b.left, _mid(b)))
                ys.append(_mid(b))
            if max(ys) > min(ys):
                out.append((x, min(ys), x, max(ys)))
    return out


def _mid(box: Box) -> int:
    """Return the y of the middle of a box's side."""
    return box.top + box.height // 2


def _lanes(spans: list[tuple[int, int]]) -> list[int]:
    """Return a lane per vertical span so that overlapping spans never share a lane."""
    ends: list[int] = []
    lanes = [0] * len(spans)
    for index in sorted(range(len(spans)), key=lambda i: spans[i]):
        top, bottom = spans[index]
        lane = next((n for n, end in enumerate(ends) if top > end), len(ends))
        if lane == len(ends):
            ends.append(bottom)
        ends[lane] = bottom
        lanes[index] = lane
    return lanes
