"""Time to build a client's whole document set next to the floor: python-pptx/python-docx opening and saving it.

Run from the project root:
    python benchmarks/bench_floor.py [--runs N] [--cold-runs M] [PLAN_FOLDER | big ...]
Plans default to minato (tests/fixtures/examples), aoba-seiki (plans/) and `big`, the large synthetic plan
of tests/support/bigplan.py given six months of actuals (so it has a report and a renewal request).

For each plan one table, per document kind and for the whole set, side by side:
  build  the documents as `plangen build` renders them (kickoff deck; meeting kit DOCX + ICS; evaluator
         report PPTX + DOCX; renewal request DOCX when due); the whole set includes loading the plan;
  floor  python-pptx / python-docx opening and saving the same files (ICS files copied byte for byte);
warm = median of N runs in this process after a warm-up; cold = median of M fresh processes, imports included
(build and floor processes alternate). Times are wall (CPU) milliseconds: on a shared machine wall time includes
waiting for a core.
Target: build <= 2x floor. Nothing is asserted (tests never time things).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import ROOT, Timing, cold_pair, load_average, print_table, warm

sys.path.insert(0, str(ROOT))
PLANS = {"minato": ROOT / "tests" / "fixtures" / "examples" / "minato", "aoba-seiki": ROOT / "plans" / "aoba-seiki"}
KINDS = ("kickoff", "meetings", "report", "ringi")

_COLD_BUILD = """
from plangen.build import runner
from plangen.load.client import load_client
client = load_client(Path({plan!r}))
for kind in {kinds!r}:
    getattr(runner, f"render_{{kind}}_kind")(client, Path({out!r}))
"""
_COLD_FLOOR = """
import shutil
for path in {files!r}:
    target = Path({out!r}) / Path(path).name
    if path.endswith(".pptx"):
        import pptx
        pptx.Presentation(path).save(str(target))
    elif path.endswith(".docx"):
        import docx
        docx.Document(path).save(str(target))
    else:
        shutil.copyfile(path, target)
"""


def write_big(folder: Path) -> Path:
    """Write the large synthetic plan with six months of actuals for every KPI; return its folder."""
    from tests.support.bigplan import write_big_plan

    write_big_plan(folder)
    months = ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
    rows = ["period,metric,value,note"]
    rows += [f"{month},k{k},{10 + step * (k % 4 + 1) * 0.5:.1f}," for k in range(16) for step, month in
             enumerate(months)]
    (folder / "actuals.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def render(plan: Path, kinds: Sequence[str], out: Path) -> dict[str, list[Path]]:
    """Load the plan at `plan` and render `kinds` into `out`; return kind -> the files written."""
    from plangen.build import runner
    from plangen.load.client import load_client

    client = load_client(plan)
    return {kind: list(getattr(runner, f"render_{kind}_kind")(client, out).paths) for kind in kinds}


def floor(files: Sequence[Path], out: Path) -> None:
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


def measure(plan: Path, runs: int, cold_runs: int, work: Path) -> list[tuple[str, Timing, Timing, Timing, Timing]]:
    """Return the table rows of one plan: each kind that writes files, then the whole set."""
    from plangen.build import runner
    from plangen.load.client import load_client

    files = render(plan, KINDS, work / "set")
    kinds = [kind for kind in KINDS if files[kind]]
    client = load_client(plan)
    rows = []
    for kind in kinds:
        render_kind = getattr(runner, f"render_{kind}_kind")
        names = [f"{kind} ({', '.join(sorted({p.suffix[1:] for p in files[kind]}))})"]
        rows.append((names[0],
                     warm(lambda r=render_kind: r(client, work / "warm"), runs),
                     warm(lambda k=kind: floor(files[k], _fresh(work / "floor")), runs),
                     *cold_pair(_COLD_BUILD.format(plan=str(plan), kinds=(kind,), out=str(work / "cold")),
                                _COLD_FLOOR.format(files=[str(f) for f in files[kind]], out=str(_fresh(work / "cf"))),
                                cold_runs)))
    every = [path for kind in kinds for path in files[kind]]
    rows.append((f"whole set ({len(every)})",
                 warm(lambda: render(plan, KINDS, work / "warm"), runs),
                 warm(lambda: floor(every, _fresh(work / "floor")), runs),
                 *cold_pair(_COLD_BUILD.format(plan=str(plan), kinds=KINDS, out=str(work / "cold")),
                            _COLD_FLOOR.format(files=[str(f) for f in every], out=str(_fresh(work / "cf"))),
                            cold_runs)))
    return rows


def _fresh(folder: Path) -> Path:
    """Return `folder`, created when missing."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def main() -> None:
    """Print, per plan, build and floor times side by side (warm and cold) with their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plans", nargs="*", help="plan folders, or `big` (default: minato aoba-seiki big)")
    parser.add_argument("--runs", type=int, default=7, help="warm runs per figure (median)")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh processes per figure (median)")
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in args.plans or [*PLANS, "big"]:
            plan = write_big(work / "big") if name == "big" else PLANS.get(name, Path(name))
            rows = measure(plan, args.runs, args.cold_runs, work / "out" / plan.name)
            print_table(f"{plan.name}: warm median of {args.runs}, cold median of {args.cold_runs}; {load_average()}",
                        rows)
            print()
            results[plan.name] = {row[0]: {"warm_build": row[1].__dict__, "warm_floor": row[2].__dict__,
                                           "cold_build": row[3].__dict__, "cold_floor": row[4].__dict__}
                                  for row in rows}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
