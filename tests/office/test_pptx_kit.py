"""The reusable deck toolkit: template, slides, measured text, paginated tables, charts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from plangen.design import Design
from plangen.office.pptx import (
    Box,
    CategoryChart,
    Column,
    Deck,
    Quadrants,
    Scatter,
    ScatterPoint,
    Series,
    Style,
    add_category_chart,
    add_scatter,
    inch,
)
from plangen.office.pptx import template as tpl
from plangen.office.pptx.style import MIN_PT
from tests.support.bigplan import URL
from tests.support.deckcheck import outside_shapes, overflowing_text, runs_without_ea, slide_text, titles


def _deck(**kwargs: object) -> Deck:
    return Deck.open(Design(), "みなと衣料", **kwargs)  # type: ignore[arg-type]


def test_our_template_is_16_9_with_no_slides_and_theme_fonts_set() -> None:
    deck = _deck()
    assert (deck.width, deck.height) == (12192000, 6858000)
    assert len(deck.prs.slides) == 0
    assert tpl.theme_fonts(deck.prs) == ("Segoe UI", "Meiryo")
    assert tpl.theme_colour(deck.prs) == "1F4E79"


def test_slides_get_title_footer_and_page_number(tmp_path: Path) -> None:
    deck = _deck()
    deck.add_slide("表紙", cover=True)
    slide = deck.add_slide("体制")
    text = slide_text(slide)
    assert "みなと衣料" in text and "社外秘" in text
    fields = slide._element.findall(f".//{qn('a:fld')}")
    assert [f.get("type") for f in fields] == ["slidenum"] and fields[0].findtext(qn("a:t")) == "2"
    deck.save(tmp_path / "d.pptx")
    assert titles(Presentation(str(tmp_path / "d.pptx"))) == ["表紙", "体制"]


def test_text_shrinks_then_cuts_with_ellipsis_and_warns(tmp_path: Path) -> None:
    deck = _deck()
    slide = deck.add_slide("テキスト")
    small = Box(inch(1), inch(2), inch(2), inch(0.6))
    deck.text(slide, Box(inch(4), inch(2), inch(3), inch(2)), "短い文", Style(size=14))
    deck.text(slide, small, "長い文章です。" * 40, Style(size=14))
    deck.save(tmp_path / "t.pptx")
    prs = Presentation(str(tmp_path / "t.pptx"))
    assert overflowing_text(prs) == []
    assert any("…" in s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    assert deck.warnings


def test_a_style_never_sets_slide_type_under_9_pt() -> None:
    assert Style().min_size == MIN_PT == 9
    for size, min_size in ((14, 8), (8, 8), (8.5, 9)):
        with pytest.raises(ValueError, match="under 9 pt"):
            Style(size=size, min_size=min_size)


def test_long_table_continues_with_header_repeated_and_cont_title(tmp_path: Path) -> None:
    deck = _deck()
    rows = [[f"行{i}", "説明" * i, URL] for i in range(30)]
    slides = deck.table("一覧", [Column("名前"), Column("説明", 3), Column("URL", 2)], rows)
    deck.save(tmp_path / "t.pptx")
    prs = Presentation(str(tmp_path / "t.pptx"))
    assert len(slides) > 2
    assert titles(prs) == ["一覧"] + ["一覧（続き）"] * (len(slides) - 1)
    tables = [s.shapes[-1].table for s in prs.slides]
    assert all(t.cell(0, 0).text == "名前" for t in tables)
    assert sum(len(t.rows) - 1 for t in tables) == 30
    assert overflowing_text(prs) == [] and outside_shapes(prs) == [] and runs_without_ea(prs) == 0


def _table_sizes(slides: list) -> set[float]:
    return {int(r.get("sz")) / 100 for slide in slides for shape in slide.shapes if shape.has_table
            for r in shape._element.iter(qn("a:rPr"))}


def test_table_uses_largest_font_that_fits(tmp_path: Path) -> None:
    deck = _deck()
    ladder = (14, 13, 12, 11, 10)
    short = deck.table("短い表", [Column("名前"), Column("説明", 3)], [["行", "説明"]] * 4, sizes=ladder)
    assert len(short) == 1 and _table_sizes(short) == {14}
    rows = [["行", "在庫の偏りと値引きの遅れを同時に解消する。" * 3]] * 9
    sizes = {}
    for size in ladder:  # the first size at which these rows fit one slide
        one = deck.table("中", [Column("名前"), Column("説明", 3)], rows, sizes=(size,))
        sizes[size] = len(one)
    expected = max(s for s, n in sizes.items() if n == 1)
    assert expected < 14
    middle = deck.table("中くらいの表", [Column("名前"), Column("説明", 3)], rows, sizes=ladder)
    assert len(middle) == 1 and _table_sizes(middle) == {expected}
    long = deck.table("長い表", [Column("名前"), Column("説明", 3)], rows * 4, sizes=ladder)
    assert len(long) > 1 and _table_sizes(long) == {10}  # continued only at the smallest size
    plain = deck.table("従来", [Column("名前")], [["行"]], style=Style(size=13, min_size=13))
    assert _table_sizes(plain) == {13}  # without a ladder: the style's size, as before
    deck.save(tmp_path / "t.pptx")
    prs = Presentation(str(tmp_path / "t.pptx"))
    assert overflowing_text(prs) == [] and outside_shapes(prs) == [] and runs_without_ea(prs) == 0


def test_shapes_get_unique_ids_even_when_mixed_with_python_pptx_shapes() -> None:
    deck = _deck()
    slide = deck.add_slide("ID")
    deck.text(slide, Box(inch(1), inch(2), inch(2), inch(1)), "a")
    slide.shapes.add_textbox(inch(4), inch(2), inch(1), inch(1))
    deck.rect(slide, Box(inch(1), inch(4), inch(1), inch(1)), fill="DDDDDD")
    deck.line(slide, inch(3), inch(5), inch(1), inch(4), arrow=True)
    ids = [int(e.get("id")) for e in slide._element.iter(qn("p:cNvPr"))]
    assert len(ids) == len(set(ids))


def test_english_deck_labels_continuations_cont() -> None:
    deck = Deck.open(Design(lang="en"), "Northwind")
    slides = deck.table("List", [Column("Name")], [["x " * 60]] * 40)
    assert slides[1].shapes.title.text_frame.text == "List (cont.)"
    assert "Confidential" in slide_text(slides[0])


def test_native_scatter_labels_every_point_and_joins_points_at_one_spot() -> None:
    deck = _deck()
    slide = deck.add_slide("マトリクス")
    points = [ScatterPoint(2, 5, "値引き"), ScatterPoint(2, 5, "配分"), ScatterPoint(5, 1, "発注")]
    frame = add_scatter(deck, slide, deck.content, Scatter(points, "難易度", "インパクト",
                                                           quadrants=Quadrants(3, 3, ("a", "b", "c", "d"))))
    series = frame.chart.plots[0].series[0]
    labels = [series.points[i].data_label.text_frame.text for i in range(2)]
    assert labels == ["値引き\n配分", "発注"]
    assert len(frame.chart.plots[0].series) == 4  # points, two quadrant lines, quadrant names


def test_fitted_scatter_labels_are_cut_only_where_they_collide_or_leave_the_plot() -> None:
    from plangen.office.pptx.charts import cut_label, label_layout, label_widths

    long = "1. Forecast-driven shift planning for every depot"
    alone = Scatter([ScatterPoint(3, 3, long)], x_range=(0, 6), y_range=(0, 6), fit_labels=True)
    assert label_widths(alone, 500, 400)[(3, 3)] >= 200  # the whole label fits: nothing to cut
    assert cut_label(long, 110) == "1. Forecast-driven…"  # cut at a space, not inside a word
    edge = label_layout(Scatter([ScatterPoint(5.8, 3, long)], x_range=(0, 6), y_range=(0, 6)), 500, 400)
    assert edge[(5.8, 3)] == (label_widths(alone, 500, 400)[(3, 3)], "left")  # near the right edge: whole, beside
    crowded = Scatter([ScatterPoint(5.8, 3, long), ScatterPoint(4.8, 3, "2. A label in the way")],
                      x_range=(0, 6), y_range=(0, 6))
    assert label_layout(crowded, 500, 400)[(5.8, 3)][0] < 60  # no room beside it: centred and cut to the plot
    pair = Scatter([ScatterPoint(2, 3, long), ScatterPoint(3, 3, "2. Short"), ScatterPoint(3, 1, long)],
                   x_range=(0, 6), y_range=(0, 6))
    widths = label_widths(pair, 500, 400)
    gap = (500 - 60) / 6  # one unit of x in points (plot inset 48 + 12)
    assert widths[(2, 3)] + widths[(3, 3)] <= 2 * gap and widths[(3, 1)] > widths[(2, 3)]
    deck = _deck()
    slide = deck.add_slide("マトリクス")
    points = [ScatterPoint(2, 5, "1. 値引き最適化の週次運用"), ScatterPoint(2, 5, "2. 配分"),
              ScatterPoint(2.5, 5, "3. 発注")]
    frame = add_scatter(deck, slide, deck.content, Scatter(points, fit_labels=True))
    series = frame.chart.plots[0].series[0]
    labels = [series.points[i].data_label.text_frame.text for i in range(2)]
    assert labels[0].count("\n") == 1 and labels[0].split("\n")[1] == "2. 配分"  # one line per point, as before
    assert labels[0].startswith("1. 値引き") and labels[0].split("\n")[0].endswith("…")


def test_line_and_bar_charts_are_native_or_pictures() -> None:
    chart = CategoryChart(["1月", "2月"], [Series("実績", [1, None]), Series("目標", [2, 3])])
    native = _deck()
    frame = add_category_chart(native, native.add_slide("線"), native.content, chart)
    assert frame.has_chart
    image = _deck(charts="image")
    picture = add_category_chart(image, image.add_slide("棒"), image.content,
                                 CategoryChart(["a"], [Series("s", [1])], kind="bar"))
    assert picture.shape_type == 13  # MSO_SHAPE_TYPE.PICTURE


def test_user_template_sample_slides_are_removed_with_their_relationships(tmp_path: Path) -> None:
    corp = Presentation()
    corp.slides.add_slide(corp.slide_layouts[0]).shapes.title.text = "SAMPLE"
    corp.save(str(tmp_path / "corp.pptx"))
    deck = _deck(template=tmp_path / "corp.pptx")
    deck.add_slide("本編")
    deck.save(tmp_path / "out.pptx")
    with zipfile.ZipFile(tmp_path / "out.pptx") as archive:
        slides = [n for n in archive.namelist() if n.startswith("ppt/slides/slide")]
        rels = archive.read("ppt/_rels/presentation.xml.rels").decode()
    assert len(slides) == 1 and rels.count("relationships/slide\"") == 1
    assert "SAMPLE" not in slide_text(Presentation(str(tmp_path / "out.pptx")).slides[0])


def test_layouts_are_picked_by_name_with_a_fallback() -> None:
    prs = Presentation()
    assert tpl.pick_layout(prs, ["Title Only"]).name == "Title Only"
    assert tpl.pick_layout(prs, ["No Such Layout"]).name == "Title Only"  # the title-only fallback


def test_a_potx_template_is_refused(tmp_path: Path) -> None:
    from plangen.errors import UsageError

    with pytest.raises(UsageError):
        _deck(template=tmp_path / "corp.potx")
