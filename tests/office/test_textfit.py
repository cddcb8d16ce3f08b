"""Text measurement and wrapping with the bundled font."""

from __future__ import annotations

from plangen.office import textfit
from tests.support.bigplan import URL


def test_width_scales_with_size_and_japanese_is_one_em() -> None:
    assert abs(textfit.text_width("あいう", 10) - 30) < 0.5
    assert abs(textfit.text_width("abc", 20) - 2 * textfit.text_width("abc", 10)) < 1e-6


def test_japanese_breaks_per_character_within_the_width() -> None:
    lines = textfit.wrap("値引き判断のリードタイムを十四日から七日に短縮する", 80, 10)
    assert len(lines) > 1
    assert all(textfit.text_width(line, 10) <= 80 * (1 - textfit.SAFETY) for line in lines)
    assert "".join(lines) == "値引き判断のリードタイムを十四日から七日に短縮する"


def test_no_line_starts_with_closing_punctuation() -> None:
    text = "在庫の偏りを解消する。「週次」の会議で、値引き幅を決める（推奨値）。" * 4
    for width in range(40, 200, 7):
        lines = textfit.wrap(text, width, 10)
        assert not any(line and line[0] in "、。）」" for line in lines[1:]), (width, lines)


def test_latin_breaks_at_spaces() -> None:
    lines = textfit.wrap("Forecast error at warehouse level below twelve percent", 100, 10)
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in lines)
    assert " ".join(lines).split() == ["Forecast", "error", "at", "warehouse", "level", "below", "twelve", "percent"]


def test_a_150_character_url_is_hard_broken_to_fit() -> None:
    assert len(URL) == 150
    lines = textfit.wrap("参照: " + URL, 150, 10)
    assert all(textfit.text_width(line, 10) <= 150 for line in lines)
    assert "".join(lines).replace(" ", "") == ("参照:" + URL)


def test_fits_and_fit_size_pick_the_largest_fitting_size() -> None:
    text = "実利用者3名がログインし、商品別の在庫診断を確認できる"
    assert textfit.fits(text, 400, 20, 12)
    assert not textfit.fits(text * 10, 100, 20, 12)
    size = textfit.fit_size(text * 3, 200, 60, 16, 6)
    assert size is not None and textfit.fits(text * 3, 200, 60, size)
    assert not textfit.fits(text * 3, 200, 60, size + 0.5)


def test_shorten_cuts_with_an_ellipsis_to_fit() -> None:
    cut = textfit.shorten("長い文章" * 50, 100, 30, 10)
    assert cut.endswith("…")
    assert textfit.fits(cut, 100, 30, 10)


def test_a_line_wrapped_for_one_plan_keeps_the_next_plans_names_whole() -> None:
    from plangen.office.phrases import protect

    line = "担当は高橋美咲子さんと渡辺健一郎さんです"
    with protect(["別の人"]):  # a first plan in the same worker process measures the same line
        first = textfit.wrap(line, 60, 10)
        first_widest = textfit.longest_phrase(line, 10)
    with protect(["高橋美咲子", "渡辺健一郎"]):
        second = textfit.wrap(line, 60, 10)
        second_widest = textfit.longest_phrase(line, 10)
    assert any("高橋美咲子" in part for part in second) and any("渡辺健一郎" in part for part in second)
    assert not any("高橋美咲子" in part for part in first)
    assert second_widest > first_widest


def test_split_lines_gives_the_text_back_when_a_wrapped_line_starts_with_a_space() -> None:
    text = "{{ t.meeting_date }}"
    lines = textfit.wrap(text, 45, 9)
    assert lines[-1].startswith(" ")  # wrap carried the space before the closing braces
    assert "".join(textfit.split_lines(text, lines)) == text


def test_split_lines_gives_every_wrapped_text_back() -> None:
    texts = ["{{ t.meeting_date }}", "担当は高橋美咲子さんと 渡辺健一郎さんです", "a  b   c", "  先頭の空白",
             "末尾の空白  "]
    for text in texts:
        for width in range(10, 200, 7):
            for pt in (8.0, 9.0, 10.5, 12.0):
                assert "".join(textfit.split_lines(text, textfit.wrap(text, width, pt))) == text
