"""A kind's renderer import is frozen out of the garbage collector once per process, not at every render."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangen.build import runner
from plangen.model import Client


def test_each_kind_freezes_the_collector_once(minato: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen: list[int] = []
    monkeypatch.setattr(runner.gc, "freeze", lambda: frozen.append(1))
    monkeypatch.setattr(runner, "_FROZEN", set())
    for _ in range(2):
        runner.render_meetings_kind(minato, tmp_path)
        runner.render_report_kind(minato, tmp_path)
    assert len(frozen) == 2
    assert sorted(runner._FROZEN) == ["meetings", "report"]
