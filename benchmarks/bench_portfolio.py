"""Benchmark `plangen build` and `plangen portfolio` on synthetic clients sized like examples/minato.

Prints one table: full document set per client (amortised, 1 job), throughput with 1 and 2 jobs,
the no-op incremental rebuild, the portfolio, and peak memory (RSS summed over the build's process
tree, sampled every 20 ms); then the floor (python-pptx alone building a deck with as many slides
and tables as the kickoff deck) and pandoc (markdown -> pptx) where installed. Every build runs
in a fresh `python -m plangen` process, so interpreter start and imports are included.

    python benchmarks/bench_portfolio.py                      # full builds at N=10, no-op up to 1000
    python benchmarks/bench_portfolio.py --full 10,100 --noop 10,100,1000
    python benchmarks/bench_portfolio.py --full 3 --noop 10   # a quick run

Numbers vary with load: on a shared machine, run it twice and keep the better figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.synthetic import make_clients  # noqa: E402

TARGETS = {
    "full": "<= 0.5 s/client",
    "speedup": ">= 1.7x",
    "noop": "<= 5 s at 1000",
    "memory": "<= 500 MB",
}


def tree_rss(pid: int) -> int:
    """Return the summed resident memory (bytes) of process `pid` and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run_measured(args: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run a command; return (wall seconds, peak summed RSS in bytes, stdout)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        """Record the peak RSS of the process tree until it exits."""
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0,):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    return seconds, peak, out


def plangen(*argv: str) -> list[str]:
    """Return the command line of `python -m plangen argv...`."""
    return [sys.executable, "-m", "plangen", *argv]


def prime_noop(work: Path, n: int, sample_out: Path) -> None:
    """Make output/ look like a finished build of n clients: documents copied from one real build, manifests
    written by plangen.build.incremental exactly as a build writes them."""
    from plangen import __version__
    from plangen.build.incremental import (
        BuildStamp,
        fingerprint_inputs,
        input_files,
        read_manifest,
        templates_digest,
        write_manifest,
    )
    from plangen.build.runner import available_kinds, template_folders

    stamp = BuildStamp(__version__, tuple(available_kinds()), templates_digest(template_folders()))
    model = read_manifest(sample_out)
    assert model is not None, "the sample client was not built"
    for folder in sorted((work / "plans").iterdir()):
        out = work / "output" / folder.name
        if (out / ".plangen-build.json").exists():
            continue
        shutil.copytree(sample_out, out, dirs_exist_ok=True)
        outputs = [out / rel for rel in model["outputs"]]
        assert input_files(folder)
        write_manifest(out, stamp, folder.resolve(), fingerprint_inputs(folder), outputs, model["warnings"])


def deck_shape() -> tuple[int, int]:
    """Return (slides, tables) of the kickoff deck of examples/minato, or a 25-slide guess without kickoff."""
    from plangen.build.runner import available_kinds

    if "kickoff" not in available_kinds():
        return 25, 12
    from pptx import Presentation

    from plangen.load.client import load_client
    from plangen.render.kickoff import render_kickoff

    with tempfile.TemporaryDirectory() as tmp:
        result = render_kickoff(load_client(ROOT.parent / "shared" / "examples" / "minato"), Path(tmp))
        prs = Presentation(str(result.paths[0]))
        tables = sum(1 for s in prs.slides for sh in s.shapes if sh.has_table)
        return len(prs.slides), tables


FLOOR = """
import sys, time
t0 = time.perf_counter()
from pptx import Presentation
from pptx.util import Inches, Pt
slides, tables = int(sys.argv[1]), int(sys.argv[2])
prs = Presentation()
prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
for i in range(slides):
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = f"改善ロードマップ {i}"
    if i < tables:
        table = slide.shapes.add_table(7, 5, Inches(0.5), Inches(1.5), Inches(12.3), Inches(5)).table
        for r in range(7):
            for c in range(5):
                table.cell(r, c).text = "消化予測が計画を下回る品番を毎週月曜に抽出する"
    else:
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(12.3), Inches(5)).text_frame
        box.word_wrap = True
        for _ in range(6):
            p = box.add_paragraph()
            p.text = "値引き判断のリードタイムを14日から7日に短縮する"
            p.runs[0].font.size = Pt(16)
prs.save(sys.argv[3])
print(time.perf_counter() - t0)
"""


def floor_seconds(work: Path, slides: int, tables: int) -> float:
    """Return the best of three runs of python-pptx alone (import + build + save) for an equal deck."""
    best = float("inf")
    for _ in range(3):
        seconds, _, _ = run_measured([sys.executable, "-c", FLOOR, str(slides), str(tables),
                                      str(work / "floor.pptx")], work)
        best = min(best, seconds)
    return best


def pandoc_seconds(work: Path, slides: int) -> float | None:
    """Return pandoc's time for an equivalent markdown deck to pptx, or None when pandoc is not installed."""
    binary = shutil.which("pandoc")
    if binary is None:
        return None
    parts = []
    for i in range(slides):
        rows = "\n".join("| 消化予測 | 品番 | 週次 | 7日 | 担当 |" for _ in range(6))
        parts.append(f"## 改善ロードマップ {i}\n\n| A | B | C | D | E |\n|---|---|---|---|---|\n{rows}\n")
    (work / "deck.md").write_text("\n".join(parts), encoding="utf-8")
    seconds, _, _ = run_measured([binary, "deck.md", "-o", "pandoc.pptx"], work)
    return seconds


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", default="10", help="client counts for full builds (comma-separated)")
    parser.add_argument("--noop", default="10,100,1000", help="client counts for the no-op rebuild")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    opts = parser.parse_args()
    fulls = [int(n) for n in opts.full.split(",") if n]
    noops = [int(n) for n in opts.noop.split(",") if n]
    sizes = sorted(set(fulls) | set(noops))
    base = Path(tempfile.mkdtemp(prefix="plangen-bench-"))
    rows: dict[str, dict[int, str]] = {}

    def put(metric: str, n: int, value: str) -> None:
        rows.setdefault(metric, {})[n] = value

    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"plangen benchmark: {os.cpu_count()} cores (load average {load}), python {sys.version.split()[0]}, "
          f"work in {base}", flush=True)
    from plangen.build.runner import available_kinds

    print(f"document kinds: {', '.join(available_kinds()) or 'none'}", flush=True)
    sample_out: Path | None = None
    for n in sizes:
        work = base / f"n{n}"
        make_clients(work / "plans", n)
        if n in fulls:
            one, mem1, _ = run_measured(plangen("build", "--jobs", "1", "--force", "--json"), work)
            two, mem2, out = run_measured(plangen("build", "--jobs", "2", "--force", "--json"), work)
            docs = json.loads(out)["counts"]["documents"]
            put("documents written", n, str(docs))
            put("full set, 1 job (s/client)", n, f"{one / n:.2f}")
            put("throughput 1 job (clients/s)", n, f"{n / one:.2f}")
            put("throughput 2 jobs (clients/s)", n, f"{n / two:.2f}")
            put("speedup 2 jobs vs 1", n, f"{one / two:.2f}x")
            put("peak memory, full build (MB)", n, f"{max(mem1, mem2) / 2**20:.0f}")
            sample_out = sample_out or work / "output" / "client-0001"
            print(f"  N={n}: full build 1 job {one:.1f} s, 2 jobs {two:.1f} s", flush=True)
        if n in noops:
            if n not in fulls:
                if sample_out is None:
                    run_measured(plangen("build", "plans/client-0001", "--jobs", "1"), work)
                    sample_out = work / "output" / "client-0001"
                prime_noop(work, n, sample_out)
            seconds, mem, out = run_measured(plangen("build", "--json"), work)
            skipped = json.loads(out)["counts"]["up_to_date"]
            assert skipped == n, f"only {skipped} of {n} clients were up to date"
            put("no-op rebuild, CLI wall (s)", n, f"{seconds:.2f}")
            put("peak memory, no-op (MB)", n, f"{mem / 2**20:.0f}")
            pseconds, pmem, _ = run_measured(plangen("portfolio", "--month", "2027-02", "--json"), work)
            put("portfolio xlsx+pptx (s)", n, f"{pseconds:.2f}")
            put("peak memory, portfolio (MB)", n, f"{pmem / 2**20:.0f}")
            print(f"  N={n}: no-op {seconds:.2f} s, portfolio {pseconds:.2f} s", flush=True)
    slides, tables = deck_shape()
    floor = floor_seconds(base, slides, tables)
    pandoc = pandoc_seconds(base, slides)

    width = max(len(m) for m in rows) + 2
    header = "metric".ljust(width) + "".join(f"N={n}".rjust(10) for n in sizes) + "   target"
    print()
    print(header)
    print("-" * len(header))
    targets = {"full set, 1 job (s/client)": TARGETS["full"], "speedup 2 jobs vs 1": TARGETS["speedup"],
               "no-op rebuild, CLI wall (s)": TARGETS["noop"], "peak memory, full build (MB)": TARGETS["memory"],
               "peak memory, no-op (MB)": TARGETS["memory"], "peak memory, portfolio (MB)": TARGETS["memory"]}
    for metric, values in rows.items():
        line = metric.ljust(width) + "".join(values.get(n, "-").rjust(10) for n in sizes)
        print(line + "   " + targets.get(metric, ""))
    print()
    print(f"floor: python-pptx alone, {slides} slides ({tables} with tables), import+build+save: {floor:.2f} s")
    print("pandoc markdown -> pptx: " + (f"{pandoc:.2f} s" if pandoc is not None else "not installed"))
    if not opts.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
