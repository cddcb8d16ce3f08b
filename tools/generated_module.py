"""Write a generated module of plangen, or check that it is current: what tools/make_*.py share."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(about: str | None, target: str, maker: str, argv: Sequence[str] | None = None) -> int:
    """Write `target` (from the root) as `maker`'s module_text() returns it; with --check, say if it is current."""
    parser = argparse.ArgumentParser(description=about, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when the file is not current")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    text: str = importlib.import_module(maker).module_text()
    path = ROOT / target
    if args.check:
        current = path.is_file() and path.read_text(encoding="utf-8") == text
        print(f"{target} is {'current' if current else 'out of date: run without --check'}")
        return 0 if current else 1
    write_atomically(path, text)
    print(f"wrote {target}")
    return 0


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a sibling file, so a reader never sees half a module."""
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)
