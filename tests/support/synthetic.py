"""Synthetic clients sized like the shared Japanese example, and light document kinds for build tests.

`make_clients(root, n)` writes n client folders (plan.yaml, actuals.csv, reports/) derived from
examples/minato with varied names, segments, renewal dates and measured values, so a portfolio
has every risk level. The `fake_*` functions are document kinds with the renderer signature
(client, out_dir) -> RenderResult; tests register them by "tests.support.synthetic:fake_..." so a spawned
worker can import them.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

from plangen.model import Client
from plangen.write.atomic import atomic_path, write_bytes_atomic
from plangen.write.output import RenderResult

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "fixtures" / "examples" / "minato"
SEGMENTS = ("enterprise", "mid-market", "smb")


def make_client(folder: Path, index: int, *, seed: int = 0) -> Path:
    """Write one synthetic client (plan, actuals, notes) into `folder`; return the folder."""
    rng = random.Random(seed * 100_003 + index)
    folder.mkdir(parents=True, exist_ok=True)
    plan = (EXAMPLE / "plan.yaml").read_text(encoding="utf-8")
    plan = plan.replace("name: 株式会社みなと衣料", f"name: 株式会社みなと衣料{index:04d}")
    plan = plan.replace("short_name: みなと衣料", f"short_name: みなと衣料{index:04d}")
    plan = plan.replace("segment: enterprise", f"segment: {SEGMENTS[index % 3]}")
    month = 1 + index % 12
    plan = plan.replace("  end: 2027-11-30", f"  end: 2027-{month:02d}-28")
    (folder / "plan.yaml").write_text(plan, encoding="utf-8")
    # Scale how far each client got: 1.0 is the example, 0.3 barely moved, 1.6 ahead of plan.
    drive = rng.choice((0.3, 0.7, 1.0, 1.3, 1.6))
    usage = rng.uniform(0.7, 1.25)
    steady = rng.random() < 0.6  # most clients keep January's usage in February (no health alert)
    last: dict[str, float] = {}
    lines = (EXAMPLE / "actuals.csv").read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    baselines = {"gross_margin": 48.2, "sell_through": 58.0, "markdown_loss": 11.5, "stockout_rate": 18.0,
                 "inventory_days": 96.0}
    for line in lines[1:]:
        period, metric, value, note = line.split(",", 3)
        number = float(value)
        if metric in baselines:
            number = baselines[metric] + (number - baselines[metric]) * drive
        else:  # health metrics: ratios stay within 0..1
            if steady and period == "2027-02" and metric in last:
                number = last[metric] / usage
            number = number * usage * rng.uniform(0.97, 1.03)
            if "ratio" in metric or metric == "meeting_attendance":
                number = min(number, 1.0)
            last[metric] = number
        out.append(f"{period},{metric},{number:.2f},{note}")
    (folder / "actuals.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    reports = folder / "reports"
    reports.mkdir(exist_ok=True)
    notes = (EXAMPLE / "reports" / "2027-02.yaml").read_text(encoding="utf-8")
    (reports / "2027-02.yaml").write_text(notes, encoding="utf-8")
    return folder


def make_clients(root: Path, n: int, *, seed: int = 0, prefix: str = "client") -> list[Path]:
    """Write `n` synthetic clients under `root` (root/<prefix>-0001 ...); return their folders."""
    return [make_client(root / f"{prefix}-{i:04d}", i, seed=seed) for i in range(1, n + 1)]


def fake_summary(client: Client, out_dir: Path) -> RenderResult:
    """Write out_dir/summary.json (client name, KPI count, input names); return it."""
    data = {"client": client.plan.client.name, "kpis": len(client.plan.kpis),
            "inputs": sorted(p.name for p in client.inputs)}
    path = write_bytes_atomic(out_dir / "summary.json", json.dumps(data, ensure_ascii=False).encode())
    return RenderResult([path], ["fake summary warning"])


def fake_notes(client: Client, out_dir: Path) -> RenderResult:
    """Write out_dir/notes/<month>.json for each month of notes; return them."""
    paths = []
    for month, note in client.notes.items():
        data = json.dumps({"month": month, "summary": note.summary}, ensure_ascii=False).encode()
        paths.append(write_bytes_atomic(out_dir / "notes" / f"{month}.json", data))
    return RenderResult(paths)


def fake_broken(client: Client, out_dir: Path) -> RenderResult:
    """Fail like a renderer bug for a client whose short name ends in 0002, else write broken-ok.json."""
    if (client.plan.client.short_name or "").endswith("0002"):
        raise RuntimeError("renderer bug")
    return RenderResult([write_bytes_atomic(out_dir / "broken-ok.json", b"{}")])


def fake_slow(client: Client, out_dir: Path) -> RenderResult:
    """Write two JSON documents slowly (a chunk every 50 ms), leaving time to kill the build mid-file."""
    delay = float(os.environ.get("PLANGEN_FAKE_DELAY", "0.05"))
    paths = []
    for name in ("first.json", "second.json"):
        target = out_dir / name
        with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8") as handle:
            handle.write('{"client": ' + json.dumps(client.plan.client.name) + ', "filler": "')
            for _ in range(10):
                handle.write("x" * 1000)
                handle.flush()
                time.sleep(delay)
            handle.write('"}')
        paths.append(target)
    return RenderResult(paths)
