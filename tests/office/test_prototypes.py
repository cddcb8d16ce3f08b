"""Our template's generated slide prototypes are current, used only for that template, and make the same slides."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.design import Design
from plangen.office.pptx import deck as deck_module
from plangen.office.pptx import prototype_data, prototype_tool, prototypes
from plangen.office.pptx.deck import Deck


def test_the_generated_prototypes_are_current() -> None:
    # if this fails after templates/kickoff.pptx changed: python tools/make_prototypes.py
    assert prototypes.ours() == prototype_tool.made_by_pptx()
    assert Path(prototype_data.__file__).read_text(encoding="utf-8") == prototype_tool.module_text()


def test_a_changed_template_falls_back_to_python_pptx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prototype_data, "TEMPLATE", "0:00000000")
    prototypes.ours.cache_clear()
    try:
        assert prototypes.ours() is None
    finally:
        prototypes.ours.cache_clear()


def _slides(made: dict[str, object]) -> list[bytes]:
    """Return the XML of a cover and two content slides of a deck whose shared prototypes start as `made`."""
    deck_module._OUR_PROTOTYPES.clear()
    deck_module._OUR_PROTOTYPES.update(made)
    deck = Deck.open(Design(), "Client", prototypes=bool(made))
    for title, cover in (("表紙のタイトル", True), ("内容", False), ("二枚目", False)):
        deck.add_slide(title, cover=cover)
    return [slide.part.blob for slide in deck.prs.slides]


def test_generated_and_python_pptx_prototypes_make_the_same_slides() -> None:
    saved = dict(deck_module._OUR_PROTOTYPES)
    try:
        generated = prototypes.ours()
        assert generated
        assert _slides(dict(generated)) == _slides({})
    finally:
        deck_module._OUR_PROTOTYPES.clear()
        deck_module._OUR_PROTOTYPES.update(saved)
