"""A seeded mutator over the example and bundled clients: hostile values, broken bytes, odd encodings."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.support.helpers import MINATO, NORTHWIND, PLANS

# Values a careless user, a spreadsheet export or a hostile plan puts where a scalar was.
HOSTILE = (
    "9999-12-31", "0001-01-01", "0000-01", "9999-12", "10000-01-01", "2027-02-30", "1e308", "-1e308", "1e999",
    "nan", "inf", "-0", "0", "1,093", "42,5", "４２", "12%", "3 件", "[/]", "[red]x[/red]", "[link=file:///etc]x",
    "{{ 7*7 }}", "{% for i in range(10**9) %}x{% endfor %}", "=cmd|' /C calc'!A0", "../../etc/passwd", "/etc/passwd",
    "~", "null", "''", "[]", "{}", "[a, b]", "*anchor", "&a x", "!!python/object:os.system x", "\t", "\u202e",
    "x" * 300, "あ" * 5000, "\u0000", "\ufeff", "9" * 400, "-", "yes", "NO", "0x1F", "0o17", "1_000",
)


def _mutate_value(lines: list[str], rng: random.Random) -> None:
    """Replace the scalar after a `key:` or `- ` on a random line with a hostile value."""
    candidates = [i for i, line in enumerate(lines) if re.search(r"(:\s+\S|^\s*-\s+\S)", line)]
    if not candidates:
        return
    i = rng.choice(candidates)
    match = re.search(r"(:\s+|^\s*-\s+)", lines[i])
    assert match is not None
    lines[i] = lines[i][: match.end()] + rng.choice(HOSTILE)


def _mutate_line(lines: list[str], rng: random.Random) -> None:
    """Delete, duplicate or re-indent a random line."""
    if not lines:
        return
    i = rng.randrange(len(lines))
    kind = rng.randrange(3)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    else:
        lines[i] = " " * rng.choice((1, 3, 8)) + lines[i]


def mutate_text(text: str, rng: random.Random, steps: int) -> str:
    """Return `text` after `steps` value and line mutations."""
    lines = text.splitlines()
    for _ in range(steps):
        (_mutate_value if rng.random() < 0.7 else _mutate_line)(lines, rng)
    return "\n".join(lines) + "\n"


def mutate_csv(text: str, rng: random.Random, steps: int) -> str:
    """Return CSV `text` with `steps` random fields replaced by hostile values (sometimes unquoted)."""
    rows = [line.split(",") for line in text.splitlines()]
    for _ in range(steps):
        row = rng.choice(rows)
        col = rng.randrange(len(row))
        value = rng.choice(HOSTILE)
        row[col] = value if rng.random() < 0.5 else '"' + value.replace('"', '""') + '"'
    return "\n".join(",".join(row) for row in rows) + "\n"


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """Return `data` truncated, re-encoded, with CR-only line ends or a stray byte."""
    kind = rng.randrange(5)
    if kind == 0:
        return data[: rng.randrange(len(data) + 1)]
    if kind == 1:
        return data.decode("utf-8").encode(rng.choice(("cp932", "euc_jp", "utf-16")), errors="replace")
    if kind == 2:
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    if kind == 3:
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes([rng.randrange(256)]) + data[at:]
    return data[: rng.randrange(len(data) + 1)] + b'"' + data


SOURCES = (MINATO, NORTHWIND, *sorted(p for p in PLANS.iterdir() if (p / "plan.yaml").is_file()))
"""The example and bundled clients the mutations start from."""


def mutated_client(root: Path, seed: int) -> Path:
    """Copy an example or bundled client to `root`/case-SEED and mutate one of its text files; return the folder."""
    rng = random.Random(seed)
    folder = root / f"case-{seed}"
    shutil.copytree(rng.choice(SOURCES), folder)
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml", ".csv"))
    target = rng.choice(files)
    change: Callable[[], None]
    if rng.random() < 0.8:
        def change() -> None:
            edit = mutate_csv if target.suffix == ".csv" else mutate_text
            target.write_text(edit(target.read_text(encoding="utf-8"), rng, rng.randint(1, 4)), encoding="utf-8")
    else:
        def change() -> None:
            target.write_bytes(mutate_bytes(target.read_bytes(), rng))
    change()
    return folder
