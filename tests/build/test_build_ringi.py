"""`plangen build` writes the renewal approval request only when renewal is near."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from plangen.build.runner import available_kinds, render_ringi_kind
from plangen.model import Client


def test_build_knows_the_ringi_kind() -> None:
    assert "ringi" in available_kinds()


def test_build_writes_no_request_while_the_contract_end_is_far(minato: Client, tmp_path: Path) -> None:
    assert render_ringi_kind(minato, tmp_path).paths == []


def test_build_writes_the_request_for_the_latest_month_when_the_contract_ends_within_six_months(
        minato: Client, tmp_path: Path) -> None:
    plan = minato.plan.model_copy(update={"contract": minato.plan.contract.model_copy(
        update={"end": date(2027, 6, 30)})})
    client = dataclasses.replace(minato, plan=plan)
    result = render_ringi_kind(client, tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in result.paths] == ["ringi/2027-02/renewal-approval.docx"]
