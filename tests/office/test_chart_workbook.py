"""The chart workbook writer writes the parts python-pptx's xlsxwriter workbooks have, byte for byte."""

from __future__ import annotations

import io
import zipfile

import pytest

from plangen.office.pptx.chartdata_xlsx import Sheet, category_workbook, column_name, xy_workbook


def _parts(blob: bytes) -> dict[str, bytes]:
    """Return the parts of an xlsx (its core properties carry the time of writing and are left out)."""
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        return {n: package.read(n) for n in package.namelist() if n != "docProps/core.xml"}


def _pptx_category(categories: list, series: list, number_format: str = "General") -> bytes:
    """Return python-pptx's workbook of category chart data."""
    from pptx.chart.data import CategoryChartData

    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    for name, values, fmt in series:
        data.add_series(name, values, number_format=fmt)
    return data.xlsx_blob


CATEGORY_CASES = [
    (["12月", "1月", "2月"], [("期待線", [1.5, 2.25, None], None), ("実績", [1, None, 3], None)], "#,##0.0"),
    (["2026年1月\n良好", "2月\nデータなし"], [("スコア", [71.5, None], "0.0")], "General"),
    (["a", "b"], [("s", [1, 2], "0"), ("t", [1e20, -0.1], "#,##0"), ("u", [None, None], "0")], "General"),
    ([" lead", "trail ", "a&b<c>\"d\"", ""], [("", [1, 2, 3, 4], None), ("x y", [0.1 + 0.2, 3, 4, 5], None)],
     "0%"),
    ([f"m{i}" for i in range(40)], [("s", list(range(40)), None)], "General"),
    (["=1+1", "b"], [("s", [1, 2], None)], "General"),
    (["http://example.com", "b"], [("s", [1, 2], None)], "General"),
    (["a\x01b", "_x0041_"], [("s", [float("nan"), 2], None)], "General"),
    ([1, 2, 3], [("s", [1, 2, 3], None)], "General"),
]


@pytest.mark.parametrize(("categories", "series", "number_format"), CATEGORY_CASES)
def test_category_workbook_has_python_pptx_parts(categories: list, series: list, number_format: str) -> None:
    """A category chart's workbook has python-pptx's parts (written directly, or replayed on xlsxwriter)."""
    from pptx.chart.data import CategoryChartData

    try:
        expected = _pptx_category(categories, series, number_format)
    except Exception:  # xlsxwriter refuses NaN without its option: so must the writer
        with pytest.raises(Exception):  # noqa: B017
            category_workbook(categories, [(n, v, f or number_format) for n, v, f in series])
        return
    data = CategoryChartData(number_format=number_format)
    data.categories = categories
    cats_format = data.categories.number_format
    got = category_workbook(categories, [(n, v, f or number_format) for n, v, f in series], cats_format)
    assert _parts(got) == _parts(expected)


def test_xy_workbook_has_python_pptx_parts() -> None:
    """An XY chart's workbook has python-pptx's parts."""
    from pptx.chart.data import XyChartData

    columns = [("points", [(1.0, 2.5), (3, 4)]), ("x", [(2, 0.5), (2, 5.5)]), ("quadrants", [(0.6, 5.3)] * 4)]
    data = XyChartData()
    for name, points in columns:
        series = data.add_series(name)
        for x, y in points:
            series.add_data_point(x, y)
    got = xy_workbook([(name, points, "General") for name, points in columns])
    assert _parts(got) == _parts(data.xlsx_blob)


def test_written_directly_for_plain_values() -> None:
    """Plain text and finite numbers are written without xlsxwriter; a formula-like text is replayed on it."""
    sheet = Sheet()
    fmt = sheet.add_format("General")
    sheet.write(0, 1, "name")
    sheet.write(1, 0, "a", fmt)
    sheet.write(1, 1, 2.5, fmt)
    assert sheet.plain
    sheet.write(2, 0, "=A1", fmt)
    assert not sheet.plain


def test_column_names() -> None:
    """Columns are lettered as Excel does."""
    assert [column_name(c) for c in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_whole_file_is_python_pptx_bytes() -> None:
    """The whole .xlsx (zip headers, compression, dates) is the file python-pptx writes in the same second."""
    from pptx.chart.data import CategoryChartData

    for _ in range(3):  # the core properties carry the second of writing: retry across a second boundary
        data = CategoryChartData(number_format="0.0")
        data.categories = ["12月", "1月"]
        data.add_series("実績", [1.5, None])
        expected = data.xlsx_blob
        if category_workbook(["12月", "1月"], [("実績", [1.5, None], "0.0")]) == expected:
            return
    raise AssertionError("the workbook differs from python-pptx's")
