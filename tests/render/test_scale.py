"""A 100-initiative, 36-month plan stays readable: timelines by quarter, a matrix legend, report figures on one line."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pptx.chart.chart import Chart

from plangen.load.client import load_client
from plangen.render.kickoff import render_kickoff
from plangen.render.kickoff.roadmap import number_ranges
from tests.support.bigplan import write_scale_plan
from tests.support.deckcheck import open_deck, slide_text, titles


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("scale")
    client = load_client(write_scale_plan(root / "bigco", initiatives=100, kpis=40, months=36))
    return open_deck(render_kickoff(client, root / "out").paths[0])


def _slides(deck: Any, title: str) -> list[Any]:
    return [s for s, t in zip(deck.slides, titles(deck), strict=True) if t.startswith(title)]


def test_a_36_month_gantt_is_headed_by_quarters_none_cut_short(deck: Any) -> None:
    gantt = _slides(deck, "改善ロードマップ：スケジュール")[0]
    texts = [s.text_frame.text for s in gantt.shapes if s.has_text_frame]
    quarters = [t for t in texts if t.endswith("Q")]
    assert quarters[:5] == ["4Q", "1Q", "2Q", "3Q", "4Q"]  # the axis starts in December 2026
    assert len(quarters) == 13
    years = [t for t in texts if t.endswith("年")]
    assert years == ["2027年", "2028年", "2029年"]  # 2026 is one month wide: its band is left blank
    assert not any(t.endswith("…") for t in texts if len(t) < 10)


def test_notes_of_initiatives_running_at_once_never_stand_on_each_other(deck: Any) -> None:
    gantt = _slides(deck, "改善ロードマップ：スケジュール")[0]
    notes = sorted((s.left, s.left + s.width) for s in gantt.shapes
                   if s.has_text_frame and s.text_frame.text.startswith("▲"))
    assert notes
    assert all(right <= next_left for (_, right), (next_left, _) in pairwise(notes))


def test_the_flow_timeline_over_36_months_is_headed_by_quarters(deck: Any) -> None:
    flow = _slides(deck, "ご利用開始後の流れ")[0]
    texts = [s.text_frame.text for s in flow.shapes if s.has_text_frame]
    assert "2027年" in texts and "1Q" in texts
    assert not [t for t in texts if t.endswith("月")]


def test_a_crowded_matrix_labels_points_by_number_and_lists_every_initiative(deck: Any) -> None:
    matrix = _slides(deck, "改善ロードマップ：優先度マトリクス")[0]
    chart: Chart = next(s.chart for s in matrix.shapes if s.has_chart)
    labels = [t.text for t in chart.part._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t")]
    assert "1–20" in labels and "81–100" in labels
    assert not [t for t in labels if "施策" in t and t not in ("大型施策",)]
    legend = slide_text(matrix) + "".join(slide_text(s) for s in _slides(deck, "優先順位（続き）"))
    for rank in range(1, 101):
        assert f"{rank}. 施策" in legend


def test_number_ranges_join_runs_and_wrap() -> None:
    assert number_ranges([3, 1, 2, 7, 9, 10, 11]) == "1–3, 7, 9–11"
    assert number_ranges([1, 3, 5, 7, 9], per_line=2) == "1, 3\n5, 7\n9"


def test_a_12_month_timeline_keeps_month_headings(tmp_path: Path) -> None:
    client = load_client(write_scale_plan(tmp_path / "small", initiatives=6, kpis=4, months=12))
    small = open_deck(render_kickoff(client, tmp_path / "out").paths[0])
    gantt = _slides(small, "改善ロードマップ：スケジュール")[0]
    texts = [s.text_frame.text for s in gantt.shapes if s.has_text_frame]
    assert [t for t in texts if t.endswith("年")] == ["2026年", "2027年"]
    assert "12月" in texts and "1月" in texts and "2月" in texts
    assert not any(t.endswith("…") for t in texts if len(t) < 10)


def test_report_figures_stay_on_one_line_on_a_large_account(tmp_path: Path) -> None:
    """The to-date card of a 200-KPI account: 6億3,800万円 wrapped its 円 onto the line below, over the detail."""
    from pptx import Presentation

    from plangen.office import textfit
    from plangen.render.report import render_report
    from plangen.render.report.pptx_writer import BOLD_WIDTH

    client = load_client(write_scale_plan(tmp_path / "bigco", initiatives=20, kpis=200, months=36))
    deck_path = next(p for p in render_report(client, "2029-05", tmp_path / "out").paths if p.suffix == ".pptx")
    summary = Presentation(str(deck_path)).slides[1]
    figures = [s for s in summary.shapes if s.has_text_frame and s.text_frame.text.endswith("円")
               and s.text_frame.paragraphs[0].runs and s.text_frame.paragraphs[0].runs[0].font.bold]
    assert len(figures) >= 2
    for shape in figures:
        run = shape.text_frame.paragraphs[0].runs[0]
        width_pt = (shape.width - 2 * 63500) / 12700
        room = width_pt * (1 - textfit.SAFETY)
        assert textfit.text_width(shape.text_frame.text, run.font.size.pt) * BOLD_WIDTH <= room, shape.text
