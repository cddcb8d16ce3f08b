"""Lines that fit whole skip cutting into phrases, with exactly the results of cutting them."""

from __future__ import annotations

import itertools
import random

import pytest

from plangen.office import phrases, textfit
from plangen.office.pptx.geometry import Box
from plangen.office.pptx.table import Cell, Column, _widths
from tests.office.test_phrases_equivalence import _corpus

WIDTHS = (12.0, 40.0, 90.0, 160.0, 300.0, 600.0)


def _texts() -> list[str]:
    rnd = random.Random(3)
    corpus = [t for t in _corpus() if "\r" not in t]
    return [*corpus[::12], "a b  ", " 先頭", "x" * 80, "", *("\n".join(rnd.sample(corpus, 2)) for _ in range(50))]


def _clear() -> None:
    for cached in (textfit._wrap_line, textfit.longest_phrase):
        cached.cache_clear()


def test_wrapping_a_line_that_fits_whole_gives_what_cutting_it_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for t in _texts() if "\n" not in t]
    _clear()
    quick = [textfit.wrap(t, w, pt) for t in texts for w in WIDTHS for pt in (9.0, 12.0)]
    monkeypatch.setattr(textfit, "WHOLE", -1.0)  # never whole: every line cut into phrases
    _clear()
    assert quick == [textfit.wrap(t, w, pt) for t in texts for w in WIDTHS for pt in (9.0, 12.0)]
    _clear()


def test_phrases_fit_agrees_with_the_longest_phrase() -> None:
    for text in _texts():
        for width in WIDTHS:
            limit = max(width * (1 - textfit.SAFETY), 10.0)
            assert textfit.phrases_fit(text, width, 10.0) == (textfit.longest_phrase(text, 10.0) <= limit)
            assert textfit.widest_line(text, 10.0) >= textfit.longest_phrase(text, 10.0)


def test_table_widths_from_whole_lines_equal_widths_from_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(5)
    texts = _texts()
    tables = []
    for _ in range(60):
        columns = [Column(f"列{i}", weight=rnd.choice((1, 2, 3))) for i in range(rnd.randint(1, 5))]
        rows = [[Cell(rnd.choice(texts), bold=rnd.random() < 0.3) for _ in columns] for _ in range(4)]
        tables.append((Box(0, 0, rnd.randint(2, 11) * 914400, 914400), columns, rows, rnd.choice((9.0, 12.0))))
    quick = [_widths(*table) for table in tables]
    monkeypatch.setattr(textfit, "widest_line", lambda text, pt: 1e9)  # always measure phrases
    assert quick == [_widths(*table) for table in tables]


def test_widths_skip_the_autospace_scan_only_where_there_is_none() -> None:
    def reference(text: str) -> float:
        width = sum(textfit._advance(c) for c in text)
        for before, after in itertools.pairwise(text):
            if (before.isascii() and before.isalnum() and phrases.is_wide(after) and after not in textfit.NO_START) \
                    or (phrases.is_wide(before) and before not in textfit.NO_END and after.isascii()
                        and after.isalnum()):
                width += textfit.AUTOSPACE
        return width

    for text in [*_texts(), "2026年12月", "ABC", "日本語", "全角１２３と半角123"]:
        for line in text.split("\n"):
            assert textfit._em(line) == reference(line), line
