"""Table pages shared evenly, and short one-slide tables given roomier rows."""

from __future__ import annotations

from plangen.office.pptx.table import BALANCE, ROW_EXTRA, balance, even_pages, paginate


def test_a_continuation_never_holds_a_lone_row_when_the_rows_can_be_shared() -> None:
    heights = [10] * 13
    assert [len(p) for p in paginate(heights, 5, 125, 125)] == [12, 1]
    pages = even_pages(heights, 5, 125, 125)
    assert [len(p) for p in pages] == [7, 6] and [i for p in pages for i in p] == list(range(13))


def test_a_table_on_one_page_keeps_its_pagination() -> None:
    assert even_pages([10, 10], 5, 125, 125) == [[0, 1]]


def test_a_short_table_grows_its_rows_towards_the_balance_share_but_not_beyond_the_cap() -> None:
    rows, header = [300_000, 300_000], 300_000
    assert balance(rows, header, 5_000_000) == [300_000 + ROW_EXTRA] * 2  # capped
    grown = balance(rows, header, 1_800_000)
    assert abs(header + sum(grown) - 1_800_000 * BALANCE) <= 2  # filled to the balance share
    assert balance([900_000], 100_000, 1_000_000) == [900_000]  # already long enough
