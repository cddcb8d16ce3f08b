"""The shared DOCX toolkit: A4 page, Japanese fonts, footer with page numbers, tables, pictures."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from PIL import Image

from plangen import design
from plangen.design import Design
from plangen.office import docx_kit as kit
from plangen.office.docprops import DocProps
from tests.support.helpers import assert_xml_parts_parse

DESIGN = Design(font_ea="Yu Gothic", font_latin="Segoe UI")


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a saved document that uses every helper."""
    doc = kit.new_document(DESIGN, footer_text="みなと衣料")
    kit.add_title(doc, "評価者報告書", DESIGN, subtitle="2027年2月")
    kit.add_heading(doc, "KPIの進捗", DESIGN, level=1)
    kit.add_paragraph(doc, "本文です。", DESIGN)
    kit.add_bullets(doc, ["一つ目", "二つ目"], DESIGN)
    table = kit.add_table(doc, ["KPI", "目標", "状況"], [["粗利率", "49.7%", "順調"], ["欠品率", "9%", "要注意"]],
                          DESIGN, widths_mm=[90, 40, 40], align=["left", "right", "center"], min_row_mm=7)
    kit.shade_status_cell(table.cell(2, 2), "at_risk", DESIGN)
    kit.add_paragraph(doc, "間", DESIGN)
    kit.add_key_value_table(doc, [("目的", "テスト"), ("頻度", "毎週")], DESIGN)
    image = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(image, format="PNG")
    image.seek(0)
    kit.add_picture(doc, image, DESIGN, width_mm=80, caption="図1 テスト")
    path = tmp_path_factory.mktemp("kit") / "kit.docx"
    kit.save(doc, path, DocProps(title="kit", author="小林 誠", language="ja-JP"))
    return path


@pytest.fixture(scope="module")
def reopened(saved: Path) -> Document:
    return docx.Document(str(saved))


def test_page_is_a4_portrait_with_margins(reopened: Document) -> None:
    section: Any = reopened.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == round(section.top_margin.mm) == 20


def test_doc_defaults_use_japanese_for_east_asian_text(reopened: Document) -> None:
    rpr = reopened.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "ja-JP"
    assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "Yu Gothic"


def test_heading_styles_name_fonts_without_theme_overrides(reopened: Document) -> None:
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Normal"):
        rpr: Any = reopened.styles[name].element.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "Yu Gothic" and fonts.get(qn("w:ascii")) == "Segoe UI"
        assert not [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")]


def test_every_run_carries_an_east_asian_font(reopened: Document) -> None:
    runs = [r for p in reopened.paragraphs for r in p.runs if r.text]
    runs += [r for t in reopened.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert runs
    assert all(_east_asian(r) == "Yu Gothic" for r in runs)


def _east_asian(run: Any) -> str:
    return str(run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")))


def test_footer_shows_client_confidential_and_page_numbers(reopened: Document) -> None:
    footer = reopened.sections[0].footer
    xml = footer._element.xml
    assert "みなと衣料" in footer.paragraphs[0].text and "社外秘" in footer.paragraphs[0].text
    assert " PAGE " in xml and " NUMPAGES " in xml


def test_table_header_row_repeats_and_is_shaded(reopened: Document) -> None:
    table = reopened.tables[0]
    header: Any = table.rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None
    assert header.find(f".//{qn('w:shd')}").get(qn("w:fill")) == DESIGN.accent
    assert [c.text for c in table.rows[0].cells] == ["KPI", "目標", "状況"]
    body: Any = table.rows[1]._tr
    assert body.trPr.find(qn("w:tblHeader")) is None


def test_status_cell_is_tinted_with_the_status_colour(reopened: Document) -> None:
    cell = reopened.tables[0].cell(2, 2)
    assert cell.text == "要注意"
    tc: Any = cell._tc
    assert tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == design.status_fill("at_risk", DESIGN)
    assert design.status_fill(None, DESIGN) == "FFFFFF"


def test_key_value_table_and_picture_are_added(reopened: Document, saved: Path) -> None:
    assert [c.text for c in reopened.tables[1].rows[0].cells] == ["目的", "テスト"]
    assert len(reopened.inline_shapes) == 1
    assert round(reopened.inline_shapes[0].width.mm) == 80
    assert "図1 テスト" in [p.text for p in reopened.paragraphs]
    assert assert_xml_parts_parse(saved) > 5


def test_tint_mixes_towards_white() -> None:
    assert design.tint("000000", 0.5) == "808080"
    assert design.tint("1F4E79", 0) == "1F4E79"


TABLE_CASES = [
    (["KPI", "目標", "状況"], [["粗利率", "49.7%", "順調"], ["", "二行\n目", " 前後 "]], [90, 40, 40],
     ["left", "right", "center"], 9.0, 7),
    (None, [["a&b <x>", "tab\there", "cr\rx"], ["short row"]], None, None, 8.5, None),
    (["見出し\n二行", ""], [["\n", "全角　"]], [50, 30], [None, "right"], 10.0, 9.5),
    (["施策", "内容"], [["欠品率の改善", "在庫の偏りと値引きの遅れを同時に解消するために、"
                                "週次の判断会議の資料と運用を全面的に見直す。詳細は https://example.com/"
                                + "x" * 60 + " を参照。"]], [30, 60], None, 9.0, None),
]


@pytest.mark.parametrize(("header", "rows", "widths", "align", "size", "min_row"), TABLE_CASES)
def test_table_written_as_xml_equals_the_table_built_cell_by_cell(header: Any, rows: Any, widths: Any, align: Any,
                                                                  size: float, min_row: Any) -> None:
    from lxml import etree

    bodies = []
    for add in (kit.add_table, kit._add_table_api):
        doc = kit.new_document(DESIGN)
        add(doc, header, rows, DESIGN, widths_mm=widths, align=align, size=size, min_row_mm=min_row)
        bodies.append(etree.tostring(doc.element.body))
    assert bodies[0] == bodies[1]


@pytest.mark.parametrize("text", ["", "計画", " lead", "trail ", "a\tb", "two\nlines", "cr\rhere", "\t", "x  y"])
def test_a_run_made_directly_is_python_docx_run(text: str) -> None:
    from lxml import etree

    ours, theirs = docx.Document(), docx.Document()
    kit._add_run(ours.add_paragraph(), text)
    theirs.add_paragraph().add_run(text)
    assert etree.tostring(ours.element.body) == etree.tostring(theirs.element.body)


@pytest.mark.parametrize("style", ["List Bullet", "Heading 2", "Normal"])  # Normal, the default: id None
def test_a_styled_paragraph_made_directly_is_python_docxs(style: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from lxml import etree

    ours, theirs = docx.Document(), docx.Document()
    kit._styled_paragraph(ours, style)
    theirs.add_paragraph()._p.style = theirs.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
    assert etree.tostring(ours.element.body) == etree.tostring(theirs.element.body)


def test_rfonts_go_where_python_docx_puts_them() -> None:
    import random

    from docx.oxml import parse_xml
    from lxml import etree

    rng = random.Random(3)
    tags = ["rStyle", "b", "i", "color", "sz", "lang", "oMath", *kit.R_PR_AFTER_FONTS[::5]]
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for _ in range(300):
        children = "".join(f"<w:{rng.choice(tags)}/>" for _ in range(rng.randint(0, 5)))
        ours, theirs = parse_xml(f"<w:rPr {ns}>{children}</w:rPr>"), parse_xml(f"<w:rPr {ns}>{children}</w:rPr>")
        kit._add_rfonts(ours)
        theirs.get_or_add_rFonts()
        assert etree.tostring(ours) == etree.tostring(theirs), children


def test_paragraph_style_ids_are_python_docxs() -> None:
    from docx.enum.style import WD_STYLE_TYPE

    document = kit.new_document(Design())
    names = [style.name for style in document.styles]
    assert len(names) > 100
    for name in names:
        try:
            expected: object = document.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        except (KeyError, ValueError) as exc:
            expected = type(exc)
        try:
            ours: object = kit.paragraph_style_id(document.styles.element, name)
        except (KeyError, ValueError) as exc:
            ours = type(exc)
        assert ours == expected, name
    with pytest.raises(KeyError):
        kit.paragraph_style_id(document.styles.element, "No Such Style")


def test_configure_styles_sets_fonts_on_the_styles_python_docx_calls_paragraph_character_or_table() -> None:
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    fonted = [s.element.get(qn("w:type"), "paragraph") in kit._FONTED_TYPES for s in doc.styles]
    typed = [s.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE) for s in doc.styles]
    assert fonted == typed and any(fonted) and not all(fonted)


def test_a_page_break_becomes_page_break_before_on_the_next_paragraph(tmp_path: Path) -> None:
    doc = kit.new_document(DESIGN)
    kit.add_paragraph(doc, "一ページ目", DESIGN)
    kit.page_break(doc)
    kit.add_heading(doc, "二ページ目", DESIGN, level=1)
    kit.page_break(doc)
    kit.add_table(doc, ["KPI"], [["粗利率"]], DESIGN)  # a table cannot carry the break: the break stays
    path = tmp_path / "breaks.docx"
    kit.save(doc, path, DocProps(title="breaks", author="小林 誠", language="ja-JP"))
    body = docx.Document(str(path)).element.body
    paragraphs = body.findall(qn("w:p"))
    heading = next(p for p in paragraphs if "二ページ目" in "".join(p.itertext()))
    assert heading.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    breaks = [p for p in paragraphs if p.find(f".//{qn('w:br')}") is not None]
    assert len(breaks) == 1 and breaks[0].getnext().tag == qn("w:tbl")
