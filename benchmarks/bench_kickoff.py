"""Time `render_kickoff` on the shared Japanese example against python-pptx alone building the same deck shape.

Run from the project root:  python benchmarks/bench_kickoff.py [runs]
The baseline opens the same template and adds as many slides, tables (same rows x columns, same texts) and
native charts as the rendered deck has, then saves. Target: plangen at most 1.5x the baseline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import ROOT, load_average, ratio, warm

sys.path.insert(0, str(ROOT))


def shape_of(path: Path) -> tuple[int, list[list[list[str]]], int]:
    """Return (slide count, the text of every table, chart count) of a deck."""
    from pptx import Presentation

    prs = Presentation(str(path))
    tables, charts = [], 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_table:
                tables.append([[cell.text for cell in row.cells] for row in shape.table.rows])
            charts += shape.has_chart
    return len(prs.slides), tables, charts


def baseline(slides: int, tables: list[list[list[str]]], charts: int, out: Path) -> None:
    """Build and save a deck with python-pptx alone: the same slides, tables and charts, no measuring."""
    from pptx import Presentation
    from pptx.chart.data import XyChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches, Pt

    from plangen.resources import templates_dir

    prs = Presentation(str(templates_dir() / "kickoff.pptx"))
    layout = prs.slide_layouts[1]
    for index in range(slides):
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = f"Slide {index}"
        if index < len(tables):
            rows = tables[index]
            frame = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.3), Inches(12), Inches(5))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = frame.table.cell(r, c)
                    cell.text = text
                    for paragraph in cell.text_frame.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(10)
                            run.font.name = "Meiryo"
        elif index - len(tables) < charts:
            data = XyChartData()
            series = data.add_series("s")
            for n in range(5):
                series.add_data_point(n, n)
            slide.shapes.add_chart(XL_CHART_TYPE.XY_SCATTER, Inches(1), Inches(1.5), Inches(8), Inches(5), data)
    prs.save(str(out))


def main(runs: int = 7) -> None:
    """Print plangen's kickoff deck and python-pptx building the same deck shape side by side (warm, median)."""
    from plangen.load.client import load_client
    from plangen.render.kickoff import render_kickoff

    client = load_client(ROOT / "tests" / "fixtures" / "examples" / "minato")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        render_kickoff(client, out / "warm")  # imports and font caches
        slides, tables, charts = shape_of(out / "warm" / "kickoff.pptx")
        ours = warm(lambda: render_kickoff(client, out / "ours"), runs)
        theirs = warm(lambda: baseline(slides, tables, charts, out / "theirs.pptx"), runs)
    print(f"kickoff deck of minato: {slides} slides, {len(tables)} tables, {charts} native charts; "
          f"median of {runs} runs after a warm-up; {load_average()}")
    print("  times in ms as wall (cpu)")
    print(f"  {'plangen kickoff':34} {ours.ms():>13}")
    print(f"  {'python-pptx alone, same shape':34} {theirs.ms():>13}")
    print(f"  {'ratio':34} {ratio(ours, theirs):>13}   (target <= 1.5x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
