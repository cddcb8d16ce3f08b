"""Where a client's build time goes: imports, first render and warm render of each document kind, beside the floor.

Run from the project root:  python benchmarks/bench_documents.py [runs] [plan folder]
In fresh processes (median of `runs`, bytecode compiled beforehand) the import of what each kind needs,
its first load and render (fonts, templates, caches) and, in this process after a warm-up, its warm render; beside
each the floor, python-pptx / python-docx opening and saving the same files (imports, first, warm).
Times are wall (CPU) ms. Plan: tests/fixtures/examples/minato unless given. Nothing is asserted.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_floor import KINDS, floor, render
from timing import ROOT, Timing, cold_env, load_average, ratio, warm

EXAMPLE = ROOT / "tests" / "fixtures" / "examples" / "minato"

_PHASES = """
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
marks = [(time.perf_counter(), time.process_time())]
{imports}
marks.append((time.perf_counter(), time.process_time()))
{first}
marks.append((time.perf_counter(), time.process_time()))
print(json.dumps([[b[0] - a[0], b[1] - a[1]] for a, b in zip(marks, marks[1:])]))
"""
_BUILD_IMPORTS = "from plangen.build import runner\nfrom plangen.load.client import load_client\n" \
                 "import {module}"
_BUILD_FIRST = "runner.render_{kind}_kind(load_client(Path({plan!r})), Path({out!r}))"
_FLOOR_IMPORTS = "import shutil, pptx, docx"
_FLOOR_FIRST = """
for path in {files!r}:
    target = Path({out!r}) / Path(path).name
    if path.endswith(".pptx"):
        pptx.Presentation(path).save(str(target))
    elif path.endswith(".docx"):
        docx.Document(path).save(str(target))
    else:
        shutil.copyfile(path, target)
"""
MODULES = {"kickoff": "plangen.render.kickoff.render", "meetings": "plangen.render.meetings.render",
           "report": "plangen.render.report", "ringi": "plangen.render.ringi"}


def phases(imports: str, first: str, runs: int) -> tuple[Timing, Timing]:
    """Return the median (imports, first run) times of `runs` fresh processes (after one untimed run)."""
    script = _PHASES.format(root=str(ROOT), imports=imports, first=first)
    samples = []
    for run in range(runs + 1):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                              env=cold_env())
        if run:
            samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return tuple(Timing(statistics.median(s[i][0] for s in samples),  # type: ignore[return-value]
                        statistics.median(s[i][1] for s in samples)) for i in range(2))


def main() -> None:
    """Print, per kind, imports / first render / warm render of the build and of the floor."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    plan = Path(sys.argv[2]) if len(sys.argv) > 2 else EXAMPLE
    from plangen.build import runner
    from plangen.load.client import load_client

    client = load_client(plan)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = render(plan, KINDS, work / "set")
        print(f"{plan.name}: median of {runs} (fresh processes for imports and first); {load_average()}")
        print("  times in ms as wall (cpu); ratio = build / floor")
        print(f"  {'':22} {'imports':>13} {'first':>13} {'warm':>13}   {'warm ratio':>13}")
        for kind in [kind for kind in KINDS if files[kind]]:
            out = work / kind
            out.mkdir()
            names = [str(f) for f in files[kind]]
            build = phases(_BUILD_IMPORTS.format(module=MODULES[kind]),
                           _BUILD_FIRST.format(kind=kind, plan=str(plan), out=str(out)), runs)
            bare = phases(_FLOOR_IMPORTS, _FLOOR_FIRST.format(files=names, out=str(out)), runs)
            render_kind = getattr(runner, f"render_{kind}_kind")
            warm_build = warm(lambda r=render_kind, o=out: r(client, o), runs)
            warm_floor = warm(lambda k=kind, o=out: floor(files[k], o), runs)
            print(f"  {kind + ' build':22} {build[0].ms():>13} {build[1].ms():>13} {warm_build.ms():>13}   "
                  f"{ratio(warm_build, warm_floor):>13}")
            print(f"  {kind + ' floor':22} {bare[0].ms():>13} {bare[1].ms():>13} {warm_floor.ms():>13}")


if __name__ == "__main__":
    main()
