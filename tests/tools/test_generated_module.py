"""tools/make_*.py write their generated module whole, and with --check only say whether it is current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "generated_module.py"


def _helper() -> ModuleType:
    """Return tools/generated_module.py, loaded as the tools load it."""
    spec = importlib.util.spec_from_file_location("generated_module", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_write_then_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    maker = ModuleType("fake_maker")
    maker.module_text = lambda: "VALUE = 1\n"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_maker", maker)
    main = _helper().main
    target = tmp_path / "made.py"
    assert main(None, str(target), "fake_maker", ["--check"]) == 1 and not target.exists()
    assert main(None, str(target), "fake_maker", []) == 0
    assert target.read_text(encoding="utf-8") == "VALUE = 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["made.py"]  # no partial file left behind
    assert main(None, str(target), "fake_maker", ["--check"]) == 0
    target.write_text("VALUE = 0\n", encoding="utf-8")
    assert main(None, str(target), "fake_maker", ["--check"]) == 1
    assert target.read_text(encoding="utf-8") == "VALUE = 0\n"  # --check writes nothing
    assert "out of date" in capsys.readouterr().out
