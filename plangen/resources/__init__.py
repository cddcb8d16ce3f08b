"""Locations of files that ship with plangen."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """Return the folder of bundled templates (package data)."""
    return HERE / "templates"


def schema_file() -> Path:
    """Return the JSON Schema of plan.yaml that ships with plangen (package data)."""
    return HERE / "plan.schema.json"


def holidays_jp_file() -> Path:
    """Return the table of Japan's national holidays (package data, made by tools/make_holidays_table.py)."""
    return HERE / "holidays_jp.json"


def bundled_font() -> Path:
    """Return the path of the bundled Japanese font (IPAexGothic from matplotlib-fontja)."""
    import importlib.util

    spec = importlib.util.find_spec("matplotlib_fontja")  # found without importing matplotlib
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "fonts" / "ipaexg.ttf"
        if candidate.is_file():
            return candidate
    from plangen.errors import RenderError

    raise RenderError("the bundled Japanese font is missing: reinstall plangen (pip install -e .)")
