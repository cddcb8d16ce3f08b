"""Slides made from a layout's prototype are byte for byte the slides python-pptx's add_slide makes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from plangen.design import Design
from plangen.office.pptx import Box, Deck, inch

TITLES = ["体制", "推進体制と役割分担" * 40, "KPI", "Roadmap & <milestones>", "体制（続き）"]


def _parts(tmp_path: Path, template: Path | None, fast: bool) -> tuple[dict[str, bytes], list[str]]:
    """Return the parts (core properties aside) and warnings of a small deck, slides made fast or by python-pptx."""
    deck = Deck.open(Design(), "みなと衣料", template=template)
    for number, title in enumerate(["表紙", *TITLES, "まとめ"]):
        if not fast:
            deck._protos.clear()  # every slide through python-pptx's add_slide
        slide = deck.add_slide(title, cover=number in (0, len(TITLES) + 1))
        deck.text(slide, Box(inch(1), inch(2), inch(3), inch(1)), f"本文 {number}")
    target = tmp_path / f"{fast}.pptx"
    deck.save(target)
    with zipfile.ZipFile(target) as archive:
        parts = {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}
    return parts, [str(w) for w in deck.warnings]


@pytest.mark.parametrize("user_template", [False, True])
def test_prototype_slides_equal_python_pptx_slides(tmp_path: Path, user_template: bool) -> None:
    template = None
    if user_template:
        corp = Presentation()
        corp.slides.add_slide(corp.slide_layouts[0]).shapes.title.text = "SAMPLE"
        corp.save(str(tmp_path / "corp.pptx"))
        template = tmp_path / "corp.pptx"
    fast, fast_warnings = _parts(tmp_path, template, fast=True)
    slow, slow_warnings = _parts(tmp_path, template, fast=False)
    assert sorted(fast) == sorted(slow)
    for name in slow:
        assert fast[name] == slow[name], name
    assert fast_warnings == slow_warnings and fast_warnings  # the long title was cut on both paths


def test_our_template_is_copied_whole_for_each_deck(tmp_path: Path) -> None:
    from lxml import etree

    from plangen.office.pptx import template as tpl

    held = []  # every element the cached template's objects hold must be a part's root, copied with its tree
    seen: set[int] = set()
    stack: list[object] = [tpl._our_template()]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, etree._Element):
            held.append(obj)
        elif type(obj).__module__.startswith("pptx") or isinstance(obj, dict | list | tuple):
            values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list | tuple) else []
            stack.extend([*values, *getattr(obj, "__dict__", {}).values()])
    assert held and all(element.getparent() is None for element in held)
    first, second = Deck.open(Design(), "一"), Deck.open(Design(), "二")
    first.add_slide("表紙", cover=True)
    first.add_slide("本文")
    assert len(first.prs.slides) == 2 and len(second.prs.slides) == 0
    assert first.prs.slides._sldIdLst.getparent() is first.prs.part._element
