"""Shared helpers of the benchmarks: median wall and CPU time, fresh-process timing, side-by-side tables.

The machine the benchmarks run on may be shared: wall time then includes waiting for a core, CPU time
(`time.process_time`) does not. Every table prints both, with the load average beside it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FRESH = """
import json, sys, time
wall, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, {root!r})
sys.argv = ["bench"]
from pathlib import Path
{body}
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""


@dataclass(frozen=True)
class Timing:
    """The median wall and CPU seconds of some runs."""

    wall: float
    cpu: float

    def ms(self) -> str:
        """Return "wall ms (cpu ms)" for a table cell."""
        return f"{self.wall * 1000:6.0f} ({self.cpu * 1000:4.0f})"


def median_timing(samples: Sequence[tuple[float, float]]) -> Timing:
    """Return the median wall and the median CPU seconds of (wall, cpu) samples."""
    return Timing(statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))


def warm(action: Callable[[], object], runs: int) -> Timing:
    """Return the median time of `runs` calls of `action` in this process, after one warm-up call."""
    action()
    samples = []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        samples.append((time.perf_counter() - wall, time.process_time() - cpu))
    return median_timing(samples)


def cold_pair(body: str, other: str, runs: int) -> tuple[Timing, Timing]:
    """Return the median times fresh Python processes take to run `body` and `other` (imports included, not
    startup), their runs alternating.

    Alternating keeps a machine whose speed drifts (a shared host) from favouring either side of a ratio.
    The processes may write bytecode (to a cache folder outside the project) and one untimed run of each
    comes first, so plangen's modules load compiled, as from an installed package, even where the
    environment sets PYTHONDONTWRITEBYTECODE.
    """
    scripts = [_FRESH.format(root=str(ROOT), body=b) for b in (body, other)]
    samples: list[list[tuple[float, float]]] = [[], []]
    for run in range(runs + 1):
        for script, kept in zip(scripts, samples, strict=True):
            done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                  cwd=ROOT, env=cold_env())
            if run > 0:  # the first run of each writes the bytecode
                wall, cpu = json.loads(done.stdout.strip().splitlines()[-1])
                kept.append((wall, cpu))
    return median_timing(samples[0]), median_timing(samples[1])


def cold_env() -> dict[str, str]:
    """Return the environment of a fresh benchmark process: bytecode written to a cache outside the project."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "plangen-bench-pycache")
    return env


def load_average() -> str:
    """Return the 1, 5 and 15 minute load averages and the number of cores, for the header of a table."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def ratio(build: Timing, floor: Timing) -> str:
    """Return "wall ratio (cpu ratio)" of build over floor."""
    def one(a: float, b: float) -> str:
        return f"{a / b:4.1f}x" if b > 0 else "   -"

    return f"{one(build.wall, floor.wall)} ({one(build.cpu, floor.cpu)})"


def print_table(title: str, rows: Sequence[tuple[str, Timing, Timing, Timing | None, Timing | None]]) -> None:
    """Print rows of (name, warm build, warm floor, cold build, cold floor) side by side with their ratios."""
    print(title)
    print("  times in ms as wall (cpu); ratio = build / floor")
    head = f"  {'':16} {'warm build':>13} {'warm floor':>13} {'ratio':>13}"
    head += f"   {'cold build':>13} {'cold floor':>13} {'ratio':>13}"
    print(head)
    for name, warm_build, warm_floor, cold_build, cold_floor in rows:
        line = f"  {name:16} {warm_build.ms():>13} {warm_floor.ms():>13} {ratio(warm_build, warm_floor):>13}"
        if cold_build is not None and cold_floor is not None:
            line += f"   {cold_build.ms():>13} {cold_floor.ms():>13} {ratio(cold_build, cold_floor):>13}"
        print(line)
