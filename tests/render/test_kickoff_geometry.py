"""Diagram geometry: axes that reach every date, a KPI tree with every KGI and KPI and clean connectors, an org
chart whose lines end on boxes, and matrix points on a divider drawn inside their quadrant."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from plangen.load.client import Client, load_client
from plangen.office.pptx import Box
from plangen.render.kickoff.timeline import plan_span
from tests.support.bigplan import big_plan, write_big_plan
from tests.support.deckcheck import open_deck, outside_shapes, slide_text, titles
from tests.support.kickoff_fixtures import render

Segment = tuple[int, int, int, int]


def _late_plan(folder: Path) -> Client:
    """Return the large plan with a sixth phase and a milestone after the support period ends."""
    import yaml

    data = big_plan()
    data["flow"]["phases"].append({"name": "定着と自走化", "start": "2027-06-01", "end": "2027-12-31"})
    data["milestones"].append({"id": "late", "date": "2028-01-31", "name": "自走化の確認"})
    data["initiatives"][0]["end"] = "2027-12-31"
    data["kpis"][5]["parent"] = "k0"
    write_big_plan(folder)
    (folder / "plan.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_client(folder)


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> tuple[Client, Any]:
    root = tmp_path_factory.mktemp("geometry")
    client = _late_plan(root / "late")
    return client, open_deck(render(client, root / "out"))


def _find(prs: Any, title_part: str) -> list[Any]:
    return [s for s, t in zip(prs.slides, titles(prs), strict=True) if title_part in t]


def _boxes(slide: Any) -> list[Box]:
    """Return the boxes of the autoshapes and text boxes holding text (title and footer excluded)."""
    return [Box(int(s.left), int(s.top), int(s.width), int(s.height)) for s in slide.shapes
            if s.shape_type != 9 and not s.is_placeholder and s.has_text_frame and s.text_frame.text
            and int(s.top) < 6_200_000]


def _segments(slide: Any) -> list[Segment]:
    """Return the connectors of a slide as (x1, y1, x2, y2)."""
    return [(int(c.begin_x), int(c.begin_y), int(c.end_x), int(c.end_y)) for c in slide.shapes
            if c.shape_type == 9]  # MSO_SHAPE_TYPE.LINE


def _on_edge(x: int, y: int, box: Box, tol: int = 2) -> bool:
    """Return True when (x, y) lies on the outline of `box`."""
    inside_x, inside_y = box.left - tol <= x <= box.right + tol, box.top - tol <= y <= box.bottom + tol
    on_side = inside_y and (abs(x - box.left) <= tol or abs(x - box.right) <= tol)
    on_top_or_bottom = inside_x and (abs(y - box.top) <= tol or abs(y - box.bottom) <= tol)
    return on_side or on_top_or_bottom


def _crosses(segment: Segment, box: Box) -> bool:
    """Return True when an axis-parallel segment runs through the inside of `box`."""
    x1, y1, x2, y2 = segment
    left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return left < box.right - 2 and right > box.left + 2 and top < box.bottom - 2 and bottom > box.top + 2


def test_axes_reach_every_date_of_the_plan(late: tuple[Client, Any]) -> None:
    client, prs = late
    start, end = plan_span(client.plan)
    assert start <= client.plan.period_start and end >= date(2028, 1, 31)
    flow = slide_text(_find(prs, "ご利用開始後の流れ")[0])
    assert "6. 定着と自走化" in flow or "6\n" in flow  # whole, or the number alone where the chevron is narrow
    assert "2028年1月" in "".join(slide_text(s) for s in _find(prs, "スケジュール"))
    assert outside_shapes(prs) == []


def test_kpi_tree_shows_every_kgi_and_kpi(late: tuple[Client, Any]) -> None:
    client, prs = late
    text = "".join(slide_text(s) for s in _find(prs, "KPIツリー"))
    for kpi in client.plan.kpis:
        assert kpi.name.split("：")[0] + "：" in text, kpi.id


def test_kpi_tree_connectors_are_orthogonal_from_edge_middles_and_never_cross_a_box(
        late: tuple[Client, Any], minato: Client, tmp_path: Path) -> None:
    slides = _find(late[1], "KPIツリー") + _find(open_deck(render(minato, tmp_path)), "KPIツリー")
    for slide in slides:
        boxes, segments = _boxes(slide), _segments(slide)
        assert segments
        for segment in segments:
            x1, y1, x2, y2 = segment
            assert x1 == x2 or y1 == y2  # straight, horizontal or vertical
            assert not any(_crosses(segment, box) for box in boxes)
            if y1 == y2:  # every horizontal run starts or ends on a box edge, at the middle of that edge
                ends = [box for box in boxes for x in (x1, x2) if x in (box.left, box.right)
                        and abs(y1 - (box.top + box.height // 2)) <= 1]
                assert ends, segment


def test_org_chart_lines_end_on_boxes(minato: Client, tmp_path: Path) -> None:
    slide = _find(open_deck(render(minato, tmp_path)), "体制図")[0]
    boxes = _boxes(slide)
    for x1, y1, x2, y2 in _segments(slide):
        for x, y in ((x1, y1), (x2, y2)):
            assert any(_on_edge(x, y, box) for box in boxes), (x, y)


def test_matrix_points_on_a_divider_are_drawn_inside_their_quadrant(minato: Client, tmp_path: Path) -> None:
    slide = _find(open_deck(render(minato, tmp_path)), "優先度マトリクス")[0]
    series = next(s for s in slide.shapes if s.has_chart).chart.plots[0].series[0]
    xs = [float(v) for v in series._element.xpath("./c:xVal//c:v/text()")]
    ys = [float(v) for v in series._element.xpath("./c:yVal//c:v/text()")]
    assert len(xs) == len(ys) == 4
    for x, y in zip(xs, ys, strict=True):
        assert x != 3 and y != 3  # 3 is the divider: impact 3 counts as high, difficulty 3 as hard
