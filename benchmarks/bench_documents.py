"""Time each document kind of `plangen build` for one client (the shared minato example), amortised.

Run from the project root:  python benchmarks/bench_documents.py [repetitions]
Prints the median and mean time per document kind (kickoff deck, meeting kit, evaluator report) over
N repetitions in one process after a warm-up, then the one-off import cost measured in a fresh
subprocess (plangen's renderers and the libraries they import lazily), and the cold first render of
each kind in that subprocess. Target: kickoff + meetings + report <= 0.5 s per client. Nothing is asserted.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "tests" / "fixtures" / "examples" / "minato"
KINDS = ("kickoff", "meetings", "report")

# What a build process imports once: plangen's renderers and the libraries they load on first use.
IMPORTS = (
    "plangen.build.runner", "plangen.load.client", "plangen.render.kickoff", "plangen.render.meetings",
    "plangen.render.report",
    "plangen.compute.report.content", "plangen.render.report.docx_writer", "plangen.render.report.pptx_writer",
    "plangen.office.docx_charts", "plangen.office.docx_kit", "plangen.office.sandbox", "plangen.render.meetings.ics",
    "pptx", "docx", "docxtpl", "jinja2.sandbox", "icalendar",
)

_SUBPROCESS = """
import json, sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
import importlib
for name in {imports!r}:
    importlib.import_module(name)
imported = time.perf_counter() - start
from pathlib import Path
import tempfile
from plangen.build import runner as builder
from plangen.load.client import load_client
client = load_client(Path({example!r}))
cold = {{}}
with tempfile.TemporaryDirectory() as tmp:
    for kind in {kinds!r}:
        start = time.perf_counter()
        getattr(builder, f"render_{{kind}}_kind")(client, Path(tmp) / kind)
        cold[kind] = time.perf_counter() - start
print(json.dumps({{"imports": imported, "cold": cold}}))
"""


def renderers() -> dict[str, object]:
    """Return kind -> the builder's render function (client, out_dir) -> RenderResult."""
    from plangen.build import runner as builder

    return {kind: getattr(builder, f"render_{kind}_kind") for kind in KINDS}


def time_kinds(repetitions: int) -> dict[str, list[float]]:
    """Return kind -> the seconds of each repetition, after one warm-up render of every kind."""
    from plangen.load.client import load_client

    client = load_client(EXAMPLE)
    render = renderers()
    times: dict[str, list[float]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for kind in KINDS:
            render[kind](client, out / "warm")  # type: ignore[operator]
        for n in range(repetitions):
            for kind in KINDS:
                start = time.perf_counter()
                render[kind](client, out / f"r{n}")  # type: ignore[operator]
                times[kind].append(time.perf_counter() - start)
    return times


def fresh_process() -> dict[str, object]:
    """Return the import cost and cold first render per kind, measured in a new interpreter."""
    code = _SUBPROCESS.format(root=str(ROOT), imports=IMPORTS, example=str(EXAMPLE), kinds=KINDS)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print the timings."""
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    times = time_kinds(repetitions)
    print(f"minato, {repetitions} repetitions after a warm-up (one process)")
    total = 0.0
    for kind in KINDS:
        median, mean = statistics.median(times[kind]), statistics.fmean(times[kind])
        total += median
        print(f"  {kind:<9} median {median * 1000:7.1f} ms   mean {mean * 1000:7.1f} ms   "
              f"min {min(times[kind]) * 1000:7.1f} ms")
    print(f"  {'total':<9} median {total * 1000:7.1f} ms per client (target <= 500 ms)")
    fresh = fresh_process()
    cold = fresh["cold"]
    assert isinstance(cold, dict)
    print("fresh subprocess (paid once per process)")
    print(f"  imports   {float(fresh['imports']) * 1000:7.1f} ms  ({len(IMPORTS)} modules incl. matplotlib, "
          "python-pptx, python-docx, docxtpl)")
    for kind in KINDS:
        print(f"  first {kind:<9} {float(cold[kind]) * 1000:7.1f} ms (cold: fonts, templates, caches)")


if __name__ == "__main__":
    main()
