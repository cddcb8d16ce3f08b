"""Slides kept as XML text are written exactly as lxml would write them parsed (the text is never parsed)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx.opc.oxml import serialize_part_xml
from pptx.oxml import parse_xml

from plangen.design import Design
from plangen.load.client import load_client
from plangen.office.pptx import Box, Cell, Column, Deck, Para, Style, inch
from plangen.office.pptx.style import Fonts

ROOT = Path(__file__).resolve().parents[2]
ODD = ["\tタブ", "  前後の空白  ", '"引用" と \'単引用\'', "&<>]]>", "", " ", "絵文字 🚀 と 𠮷",
       "長い文章です。" * 30, "改行\n二行目", "制御\x01文字\ufffe"]


def _text_parts(deck: Deck) -> list[bytes]:
    """Return the XML of the slides still held as text."""
    return [part.blob for part in deck.prs.part.package.iter_parts() if getattr(part, "text_only", False)]


def _assert_canonical(blobs: list[bytes]) -> None:
    """Assert that each slide's text is what lxml writes after parsing it."""
    assert blobs
    for blob in blobs:
        assert serialize_part_xml(parse_xml(blob)) == blob


def _odd_deck(parse_each: bool) -> Deck:
    """Return a deck drawing awkward text (line ends, tabs, quotes, empties) on slides kept as text or parsed."""
    deck = Deck.open(Design(), "みなと\t衣料 & <社>")
    deck.fonts = Fonts(latin="Odd\tFont\r\nName", ea='メイリオ "UI"', lang="ja-JP")
    deck.add_slide("最初")
    for number, text in enumerate(ODD):
        slide = deck.add_slide(f"題 {text}")
        if parse_each:
            assert slide.shapes is not None  # reading the tree parses the slide: the python-pptx path
        deck.text(slide, Box(inch(1), inch(2), inch(4), inch(1)), [text, Para(text, bullet=True)],
                  Style(size=12), fill="DDDDDD")
        deck.rect(slide, Box(inch(6), inch(2), inch(1), inch(1)), fill="FF0000", line="000000")
        deck.line(slide, inch(1), inch(4), inch(3), inch(3), arrow=number % 2 == 0)
    deck.table("表", [Column("名前"), Column("説明", 2)], [[text, Cell(text, fill="EEEEEE", bold=True)]
                                                         for text in ODD])
    return deck


def test_odd_text_is_written_as_lxml_would_write_it(tmp_path: Path) -> None:
    fast, parsed = _odd_deck(parse_each=False), _odd_deck(parse_each=True)
    _assert_canonical(_text_parts(fast))
    assert len(_text_parts(parsed)) < len(_text_parts(fast))  # the table draws on slides of its own
    for deck, name in ((fast, "fast"), (parsed, "parsed")):
        deck.save(tmp_path / f"{name}.pptx")
    with zipfile.ZipFile(tmp_path / "fast.pptx") as a, zipfile.ZipFile(tmp_path / "parsed.pptx") as b:
        names = [n for n in a.namelist() if n != "docProps/core.xml"]
        assert names == [n for n in b.namelist() if n != "docProps/core.xml"]
        for name in names:
            assert a.read(name) == b.read(name), name


@pytest.mark.parametrize("plan", ["tests/fixtures/examples/minato", "plans/aoba-seiki"])
def test_sample_decks_keep_slides_as_text_that_lxml_would_write(plan: str) -> None:
    from plangen.render.kickoff.render import build_deck

    ctx = build_deck(load_client(ROOT / plan))
    _assert_canonical(_text_parts(ctx.deck))


def test_a_shape_on_a_text_slide_is_found_when_used() -> None:
    deck = Deck.open(Design(), "みなと衣料")
    deck.add_slide("一")
    slide = deck.add_slide("二")
    shape = deck.text(slide, Box(inch(1), inch(2), inch(2), inch(1)), "本文")
    assert slide.part.text_only
    assert shape.text_frame.text == "本文" and not slide.part.text_only
    later = deck.rect(slide, Box(inch(4), inch(2), inch(1), inch(1)), fill="DDDDDD")
    assert later.shape_id == shape.shape_id + 1
