"""The report's chart XML, written directly, is what python-pptx's chart writer and chart API made, byte for byte."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from functools import cache
from typing import Any

import pytest

from plangen.compute.report.content import ReportContent, build_content
from plangen.compute.report.health import HealthHistoryRow
from plangen.compute.report.trends import monthly_trend
from plangen.load.client import load_client
from plangen.render.report import latest_report_month
from plangen.render.report.charts import health_chart, look_for, trend_chart
from tests.support import report_charts_reference as reference
from tests.support.helpers import MINATO, PLANS


@cache
def _content(name: str) -> ReportContent:
    """Return the report content of a sample plan's latest month."""
    folder = {"minato": MINATO, "aoba": PLANS / "aoba-seiki",
              "harbor": PLANS / "harborview-health"}[name]
    client = load_client(folder)
    month = latest_report_month(client)
    assert month is not None
    return build_content(client, month)


def _parts(blob: bytes) -> dict[str, bytes]:
    """Return an xlsx's parts but its time-stamped core properties."""
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        return {n: package.read(n) for n in package.namelist() if n != "docProps/core.xml"}


def _same(got: Any, expected: Any) -> None:
    """Assert two charts have the same XML and workbook parts."""
    assert got.xml.decode() == expected.xml.decode()
    assert _parts(got.xlsx) == _parts(expected.xlsx)


@pytest.mark.parametrize("name", ["minato", "aoba", "harbor"])
def test_sample_plans_charts_match_python_pptx(name: str) -> None:
    """Every trend and the health chart of the sample plans match the python-pptx way."""
    content = _content(name)
    look = look_for(content)
    for trend in content.trends:
        monthly = monthly_trend(content.plan, trend)
        _same(trend_chart(trend, monthly, look), reference.trend_chart(trend, monthly, look))
    if content.health is not None:
        _same(health_chart(content.health_history, look), reference.health_chart(content.health_history, look))


def _variants() -> list[tuple[str, Any, Any]]:
    """Return (name, trend, monthly) variants of minato's first trend: series, labels, units and spans change."""
    content = _content("minato")
    trend = content.trends[0]
    monthly = monthly_trend(content.plan, trend)
    kpi = trend.figure.kpi
    n = len(monthly.months)
    long_months = [f"{2025 + (i // 12)}-{i % 12 + 1:02d}" for i in range(26)]

    def unit(text: str) -> Any:
        return replace(trend, figure=replace(trend.figure, kpi=kpi.model_copy(update={"unit": text})))

    return [
        ("no target", replace(trend, target=None), monthly),
        ("no expected path", trend, replace(monthly, expected=[None] * n, start_index=None)),
        ("no start mark", trend, replace(monthly, start_index=None)),
        ("start at 0", trend, replace(monthly, start_index=0)),
        ("no actuals", trend, replace(monthly, actual=[None] * n)),
        ("only actuals", replace(trend, target=None), replace(monthly, expected=[None] * n, start_index=None)),
        ("no unit", unit(""), monthly),
        ("unit escaped", unit("<&> \"円\""), monthly),
        ("unit on two lines", unit("件\n/月"), monthly),
        ("unit with control", unit("a\x01b\vc"), monthly),
        ("wide range", replace(trend, y_min=0, y_max=1200, y_step=200), monthly),
        ("fine steps", replace(trend, y_min=0.5, y_max=0.75, y_step=0.05), monthly),
        ("two years", trend, replace(monthly, months=long_months, actual=[float(i) for i in range(26)],
                                     expected=[i + 0.5 for i in range(26)], start_index=3)),
        ("a year and a month", trend, replace(monthly, months=long_months[:13], actual=[1.0] * 13,
                                              expected=[None] * 13, start_index=None)),
        ("integers", trend, replace(monthly, actual=[1] * n, expected=[2] * n)),
    ]


@pytest.mark.parametrize("variant", range(15))
def test_trend_variants_match_python_pptx(variant: int) -> None:
    """Trend charts without a target, path, start mark, actuals or unit, with odd units and long spans match."""
    _, trend, monthly = _variants()[variant]
    look = look_for(_content("minato"))
    _same(trend_chart(trend, monthly, look), reference.trend_chart(trend, monthly, look))


def test_health_variants_match_python_pptx() -> None:
    """Health charts with gaps, one month or many match the python-pptx way."""
    look = look_for(_content("minato"))
    for history in ([HealthHistoryRow("2026-01", None, None)], [HealthHistoryRow("2026-01", 55.55, "Lv<2>")],
                    [HealthHistoryRow(f"2026-{m:02d}", m * 7.0 if m % 3 else None, "Lv1") for m in range(1, 13)]):
        _same(health_chart(history, look), reference.health_chart(history, look))
    with pytest.raises(ValueError):
        health_chart([], look)
