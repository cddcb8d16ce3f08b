"""Time to build a client's whole document set next to the floor: python-pptx/python-docx opening and saving it.

Run from the project root:  python benchmarks/bench_floor.py [repetitions] [plan folder]
One run prints, side by side, the warm (in-process, after a warm-up) and cold (fresh process, imports
included) time of
  build  kickoff deck + meeting kit + evaluator report (PPTX, DOCX, ICS) for one client, as `plangen build`
         renders them;
  floor  python-pptx / python-docx opening and saving the same files (other files copied byte for byte).
Target: build <= 2x floor. Nothing is asserted (tests never time things).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_PLAN = ROOT / "tests" / "fixtures" / "examples" / "minato"
KINDS = ("kickoff", "meetings", "report")

_COLD = """
import sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
sys.argv = ["bench"]
from pathlib import Path
{body}
print(time.perf_counter() - start)
"""
_COLD_BUILD = """
from plangen.build import runner
from plangen.load.client import load_client
client = load_client(Path({plan!r}))
for kind in {kinds!r}:
    getattr(runner, f"render_{{kind}}_kind")(client, Path({out!r}))
"""
_COLD_FLOOR = """
import shutil, pptx, docx
for path in {files!r}:
    target = Path({out!r}) / Path(path).name
    if path.endswith(".pptx"):
        pptx.Presentation(path).save(str(target))
    elif path.endswith(".docx"):
        docx.Document(path).save(str(target))
    else:
        shutil.copyfile(path, target)
"""


def build_set(plan: Path, out: Path) -> list[Path]:
    """Render every document of the client at `plan` into `out`; return the files written."""
    from plangen.build import runner
    from plangen.load.client import load_client

    client = load_client(plan)
    paths: list[Path] = []
    for kind in KINDS:
        paths += getattr(runner, f"render_{kind}_kind")(client, out).paths
    return paths


def floor(files: list[Path], out: Path) -> None:
    """Open and save each file with python-pptx / python-docx (copy anything else)."""
    import docx
    import pptx

    for path in files:
        target = out / path.name
        if path.suffix == ".pptx":
            pptx.Presentation(str(path)).save(str(target))
        elif path.suffix == ".docx":
            docx.Document(str(path)).save(str(target))
        else:
            shutil.copyfile(path, target)


def timed(action: object, repetitions: int) -> float:
    """Return the median seconds of `repetitions` calls of `action` (after one warm-up call)."""
    action()  # type: ignore[operator]
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold(body: str) -> float:
    """Return the seconds a fresh Python process takes to run `body` (imports included), best of three."""
    script = _COLD.format(root=str(ROOT), body=body)
    runs = [float(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
                  .stdout.strip().splitlines()[-1]) for _ in range(3)]
    return min(runs)


def main() -> None:
    """Print build and floor times side by side (warm and cold) with their ratio."""
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    plan = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_PLAN
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = build_set(plan, work / "set")
        warm_build = timed(lambda: build_set(plan, work / "b"), repetitions)
        (work / "f").mkdir()
        warm_floor = timed(lambda: floor(files, work / "f"), repetitions)
        cold_build = cold(_COLD_BUILD.format(plan=str(plan), kinds=KINDS, out=str(work / "cb")))
        (work / "cf").mkdir()
        cold_floor = cold(_COLD_FLOOR.format(files=[str(f) for f in files], out=str(work / "cf")))
    kinds = sorted({f.suffix for f in files})
    print(f"{plan.name}: {len(files)} files ({', '.join(kinds)}), median of {repetitions}")
    print(f"{'':6} {'build':>9} {'floor':>9} {'ratio':>7}")
    for name, built, bare in (("warm", warm_build, warm_floor), ("cold", cold_build, cold_floor)):
        print(f"{name:6} {built * 1000:7.0f}ms {bare * 1000:7.0f}ms {built / bare:6.2f}x")
    print(json.dumps({"warm": {"build": warm_build, "floor": warm_floor},
                      "cold": {"build": cold_build, "floor": cold_floor}}))


if __name__ == "__main__":
    main()
