"""The generated advance table is current and gives exactly what PIL measures."""

from __future__ import annotations

from pathlib import Path

from plangen.office import advance_data, advance_tool, advances, textfit


def test_the_advance_table_is_current() -> None:
    # if this fails after the bundled font changed: python tools/make_advances.py
    assert advance_data.REF == advances.REF == textfit._REF
    assert advances.font_id() == advance_data.FONT
    assert Path(advance_data.__file__).read_text(encoding="utf-8") == advance_tool.module_text()


def test_table_advances_equal_pil_advances() -> None:
    font = textfit.font()
    for text in ("あ漢字カタカナ、。（）「」", "ABCxyz0129 .,;:!?%&", "１２３ＡＢＣ", "éüß—…•※→①"):
        for char in text:
            assert advances.units(char) is not None
            assert advances.units(char) / 64 == float(font.getlength(char))
    assert advances.units("\x01") is None and advances.units("😀") is None  # measured with PIL as before
