"""`plangen status`: the JSON shape other tools rely on, and the terminal table."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from plangen.cli import main
from plangen.cli.status import print_status
from plangen.compute.status import status_dict
from plangen.model import Client
from tests.support.helpers import MINATO, NORTHWIND


def test_status_dict_has_the_documented_shape(minato: Client) -> None:
    data = status_dict(minato, "2027-02")
    assert set(data) == {"month", "verdict", "kpis", "health", "benefit"}
    # the KGI gross_margin is on track; markdown_loss and stockout_rate are at risk (named, not the verdict)
    assert data["verdict"] == {"status": "on_track", "basis": "kgi", "leading": ["markdown_loss", "stockout_rate"]}
    assert data["month"] == "2027-02"
    assert list(data["kpis"]) == [k.id for k in minato.plan.kpis]
    assert set(data["kpis"]["gross_margin"]) == {"actual", "previous", "progress", "expected", "status", "projection"}
    # 48.0, 48.5, 48.9 (Dec-Feb): slope 0.45/month, line at Feb 48.917, reaches 49.7 two months later
    assert data["kpis"]["gross_margin"] == {"actual": 48.9, "previous": 48.5, "progress": 0.4667,
                                           "expected": 0.3699, "status": "on_track",
                                           "projection": {"reaches_target": "2027-04"}}
    health = data["health"]
    assert (health["score"], health["level"], health["previous_score"], health["previous_level"], health["alert"]) \
        == (56.8, "Lv2", 86.2, "Lv4", True)
    assert health["components"]["depth"] == {"value": 0.5, "points": 12.9, "change": -10.7}
    # realised: (-0.2 + 0.3 + 0.7) x 12,000,000 / 12 for Dec-Feb; fee: 14,400,000 x 3 / 12
    assert data["benefit"] == {"now": 8_400_000.0, "at_target": 18_000_000.0, "annual_fee": 14_400_000.0,
                               "currency": "JPY", "realised_to_date": 800_000.0, "fee_to_date": 3_600_000.0,
                               "lines": [{"kpi": "gross_margin", "improvement": 0.7, "value_per_unit": 12_000_000.0,
                                          "scope": None, "amount": 8_400_000.0}]}


def test_status_dict_has_null_previous_values_in_the_first_month(minato: Client) -> None:
    data = status_dict(minato, "2026-12")
    assert data["kpis"]["gross_margin"]["previous"] is None
    assert data["health"]["previous_score"] is None and data["health"]["previous_level"] is None
    assert data["health"]["alert"] is False


def test_status_dict_omits_health_without_a_definition_and_keeps_kpis_without_actuals(northwind: Client) -> None:
    data = status_dict(northwind, "2027-02")
    assert "health" not in data
    assert data["kpis"]["overtime_hours"] == {"actual": None, "previous": None, "progress": None,
                                              "expected": round(27 / 163, 4), "status": "no_data",
                                              "projection": {"reaches_target": None}}
    assert data["benefit"]["now"] is None and data["benefit"]["at_target"] == pytest.approx(1.9 * 51000)


def test_status_ignores_values_after_the_month(minato: Client) -> None:
    assert status_dict(minato, "2027-01")["kpis"]["gross_margin"]["actual"] == 48.5


def test_status_table_shows_labels_not_only_colours(minato: Client) -> None:
    buffer = io.StringIO()
    print_status(minato, "2027-02", Console(file=buffer, width=140, color_system=None))
    text = buffer.getvalue()
    for expected in ("粗利率", "要注意", "順調", "56.8", "Lv2", "アラート", "840万円"):
        assert expected in text


def test_status_cli_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(MINATO), "--month", "2027-02", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kpis"]["markdown_loss"]["status"] == "at_risk"


def test_status_cli_warns_when_the_month_has_no_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(NORTHWIND), "--month", "2027-02", "--json"]) == 0
    captured = capsys.readouterr()
    assert "no actuals or notes for 2027-02" in captured.err
    assert json.loads(captured.out)["kpis"]["forecast_error"]["status"] == "no_data"


@pytest.mark.parametrize("month", ["2027-2", "2027-13", "Feb 2027"])
def test_status_cli_rejects_a_malformed_month_as_usage_error(month: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(MINATO), "--month", month]) == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_status_and_report_help_show_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--help"]) == 0
    assert main(["report", "--help"]) == 0
    out = capsys.readouterr().out
    assert "plangen status plans/minato --month 2027-02 --json" in out
    assert "plangen report plans/minato --month 2027-02" in out
