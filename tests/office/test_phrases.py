"""Phrases that never break: numbers with units, dates, katakana words, Latin words and the plan's names."""

from __future__ import annotations

import pytest

from plangen.office import textfit
from plangen.office.phrases import per_names, phrases, protect, protected_names
from plangen.office.pptx.style import Fonts, Para, Style
from plangen.office.pptx.xml import paragraphs

WHOLE = ["2.4億円", "22.0 時間", "10月", "2026年12月25日", "カスタマーサクセス", "ディストリビューション課",
         "StockPilot", "藤田 亮", "レディース"]
TEXTS = ["藤田 亮さんがカスタマーサクセス部のディストリビューション課でStockPilotを2026年12月25日までに導入し、"
         "売上2.4億円、作業22.0 時間の削減を10月に確認する。レディース課にも展開する。"]


def test_phrases_join_back_to_the_text_and_keep_numbers_dates_and_words_whole() -> None:
    pieces = phrases(TEXTS[0])
    assert "".join(pieces) == TEXTS[0]
    for word in WHOLE:
        assert any(word in piece for piece in pieces), word


def test_a_long_phrase_breaks_around_its_number_not_inside_it() -> None:
    assert phrases("欠品による機会損失を年間8,000万円削減する")[-3:] == ["年間", "8,000万円", "削減する"]


def test_names_passed_in_are_never_cut() -> None:
    assert "利用者 07、" not in phrases("利用者06、利用者 07、利用者08")
    with protect(["利用者 07"]):
        assert "利用者 07、" in phrases("利用者06、利用者 07、利用者08")


def test_a_function_cached_per_names_runs_once_per_arguments_and_names_in_force() -> None:
    calls: list[tuple[str, tuple[str, ...]]] = []

    @per_names(maxsize=8)
    def measured(text: str, pt: float = 10.0, /) -> str:
        """Return `text` with the names in force."""
        calls.append((text, protected_names()))
        return f"{text}{pt}{protected_names()}"

    with protect(["藤田 亮"]):
        first = [measured("a"), measured("a"), measured("a", 12.0), measured("a", 12.0)]
    with protect(["高橋 健"]):
        second = measured("a")
    assert first == ["a10.0('藤田 亮',)"] * 2 + ["a12.0('藤田 亮',)"] * 2 and second == "a10.0('高橋 健',)"
    assert calls == [("a", ("藤田 亮",)), ("a", ("藤田 亮",)), ("a", ("高橋 健",))]
    assert measured.cache_info().currsize == 3 and measured.__doc__ == "Return `text` with the names in force."
    measured.cache_clear()
    assert measured("a") == "a10.0()" and measured.cache_info().misses == 1


def _keyword(text: str) -> str:
    """Return `text`."""
    return text


def _keywords(text: str, /, **options: str) -> str:
    """Return `text`."""
    return text


def test_only_functions_of_positional_only_parameters_are_cached_per_names() -> None:
    for func in (_keyword, _keywords):
        with pytest.raises(TypeError, match="positional-only"):
            per_names(maxsize=8)(func)


@pytest.mark.parametrize("width", range(60, 400, 9))
def test_wrapped_lines_never_split_a_protected_word(width: int) -> None:
    with protect(["藤田 亮"]):
        lines = textfit.wrap(TEXTS[0], width, 10)
    assert "".join(lines) == TEXTS[0]
    for word in WHOLE:
        if textfit.text_width(word, 10) <= width * (1 - textfit.SAFETY):
            assert any(word in line for line in lines), (word, lines)


def test_paragraphs_carry_the_measured_breaks_as_line_breaks() -> None:
    markup = paragraphs([Para(TEXTS[0])], Fonts(), Style(size=10), "• ", width_pt=150)
    assert markup.count("<a:br>") == len(textfit.wrap(TEXTS[0], 150, 10)) - 1
    assert "StockPilot" in markup and "2026年12月25日" in markup


def test_a_size_that_keeps_every_phrase_whole_is_preferred() -> None:
    from plangen.office.pptx.text import fit

    _, size, cut = fit([Para("カスタマーサクセスマネージャー")], 180, 60, Style(size=14, min_size=9))
    assert not cut and textfit.phrases_fit("カスタマーサクセスマネージャー", 180, size) and size < 14


def test_columns_are_widened_for_their_widest_phrase_from_columns_with_room() -> None:
    widths = textfit.widen_columns([50.0, 10.0, 30.0], [40.0, 80.0, 30.0])
    assert widths[0] == pytest.approx(50.0) and sum(widths) == pytest.approx(150.0) and widths[2] >= 30.0
