"""Locations of files that ship with plangen."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """Return the folder of bundled templates (templates/ at the project root)."""
    return ROOT / "templates"


def bundled_font() -> Path:
    """Return the path of the bundled Japanese font (IPAexGothic from matplotlib-fontja)."""
    import matplotlib_fontja

    return Path(matplotlib_fontja.get_font_ttf_path())
