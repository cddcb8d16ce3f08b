"""Build every document of many clients: in parallel, incrementally, one failure never stopping the rest.

`build(paths)` finds the client folders, skips those whose manifest says they are up to date
(see plangen.build.incremental), and renders the others with every registered document kind, in a
process pool when there is more than one to do. Each document is written atomically, and the
client's manifest only after all its documents, so an interrupted build is finished by the next.
The library never prints: progress goes to `on_progress`, the outcome is the returned BuildSummary.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from plangen.build.incremental import (
    BuildStamp,
    fingerprint_inputs,
    forget_manifest,
    read_manifest,
    record_files,
    remove_stale_temp_files,
    stale_reason,
    templates_digest,
    write_manifest,
)
from plangen.errors import InputError, PlangenError, display_path, os_error_text
from plangen.load.discover import find_clients
from plangen.record import record
from plangen.text import tr
from plangen.text.said import error_in_language, in_language
from plangen.write.atomic import safe_child

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from plangen.model import Client
    from plangen.write.output import RenderResult

Status = Literal["built", "up_to_date", "failed"]
DocumentRenderer = Callable[["Client", Path], "RenderResult"]


@record
class DocumentKind:
    """A kind of document: `target` ("module:function") renders it; it exists once `requires` imports."""

    name: str
    target: str
    requires: str


# The document kinds `plangen build` makes, in build order. Renderers load only when a client is built.
KINDS: dict[str, DocumentKind] = {
    "kickoff": DocumentKind("kickoff", "plangen.build.runner:render_kickoff_kind", "plangen.render.kickoff"),
    "meetings": DocumentKind("meetings", "plangen.build.runner:render_meetings_kind", "plangen.render.meetings"),
    "report": DocumentKind("report", "plangen.build.runner:render_report_kind", "plangen.render.report"),
    "ringi": DocumentKind("ringi", "plangen.build.runner:render_ringi_kind", "plangen.render.ringi"),
}


def register_kind(name: str, target: str, requires: str | None = None) -> None:
    """Add (or replace) a document kind rendered by `target` ("module:function")."""
    KINDS[name] = DocumentKind(name, target, requires or target.split(":")[0])


def available_kinds() -> dict[str, str]:
    """Return name -> target of every registered kind whose renderer module is installed."""
    return {k.name: k.target for k in KINDS.values() if _module_exists(k.requires)}


def _module_exists(module: str) -> bool:
    """Return True when `module` has code to import (found without importing it; empty folders do not count)."""
    try:
        spec = importlib.util.find_spec(module)
    except ModuleNotFoundError:
        return False
    return spec is not None and spec.origin is not None


@record
class RenderOptions:
    """The user's choices for every client of a build: PPTX templates per deck, DOCX templates, chart mode."""

    kickoff_template: Path | None = None
    report_template: Path | None = None
    docx_templates: Path | None = None
    charts: Literal["native", "image"] = "native"

    def template_paths(self) -> list[Path]:
        """Return the user's template files and folder (their contents are part of the build stamp)."""
        return [p for p in (self.kickoff_template, self.report_template, self.docx_templates) if p is not None]

    def stamp(self) -> str:
        """Return the options as recorded in the manifest (a change rebuilds every client)."""
        return f"charts={self.charts}"


# The options of the build running in this process (each worker gets them with its job).
_OPTIONS = RenderOptions()


_FROZEN: set[str] = set()
"""What this process has frozen out of the garbage collector's walks: a document kind's imports, "client"."""


def _freeze_once(key: str) -> None:
    """Freeze the objects alive now (gc.freeze) the first time `key` asks in this process."""
    if key not in _FROZEN:
        _FROZEN.add(key)
        gc.freeze()


def _settle_imports(kind: str) -> None:
    """Move the objects alive after a kind's first renderer import out of the garbage collector's walks.

    The import brings python-pptx/python-docx, lxml and plangen's modules: objects that live as long as
    the process. Every later collection would walk them again (~30 ms of a fresh process building a
    client); gc.freeze puts every object alive now in the permanent generation, which collections skip
    (objects there are still freed when their reference count drops to zero). Once per kind per process,
    so a long-running process freezes a bounded set.
    """
    _freeze_once(kind)


def render_kickoff_kind(client: Client, out_dir: Path) -> RenderResult:
    """Render the kickoff deck of `client` into `out_dir`."""
    from plangen.render.kickoff import render_kickoff

    _settle_imports("kickoff")
    return render_kickoff(client, out_dir, template=_OPTIONS.kickoff_template, charts=_OPTIONS.charts)


def render_meetings_kind(client: Client, out_dir: Path) -> RenderResult:
    """Render the meeting kit of `client` into `out_dir`/meetings."""
    from plangen.render.meetings import render_meetings

    _settle_imports("meetings")
    return render_meetings(client, out_dir, templates=_OPTIONS.docx_templates)


def render_report_kind(client: Client, out_dir: Path) -> RenderResult:
    """Render the evaluator report of the latest month with notes or actuals (nothing when there is none)."""
    from plangen.render.report import latest_report_month, no_report_note, render_report
    from plangen.write.output import RenderResult

    _settle_imports("report")

    month = latest_report_month(client)
    if month is None:
        return RenderResult(warnings=[no_report_note(client)] if client.notes or client.actuals.rows else [])
    return render_report(client, month, out_dir, template=_OPTIONS.report_template)


def render_ringi_kind(client: Client, out_dir: Path) -> RenderResult:
    """Render the renewal approval request for the latest report month when the contract ends within 6 months."""
    from plangen.compute.ringi import renewal_due
    from plangen.render.report import latest_report_month
    from plangen.render.ringi import render_ringi
    from plangen.write.output import RenderResult

    month = latest_report_month(client)
    if month is None or not renewal_due(client.plan, month):
        return RenderResult()
    return render_ringi(client, month, out_dir, templates=_OPTIONS.docx_templates)


def template_folders() -> list[Path]:
    """Return the folders of templates the renderers use (the bundled templates/ folder)."""
    from plangen.resources import templates_dir

    return [templates_dir()]


@record(frozen=False)
class ClientResult:
    """The outcome of one client: what was written, the warnings and errors, and how long it took."""

    slug: str
    folder: str
    status: Status
    documents: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    reason: str = ""  # why it was built ("plan.yaml changed", "--force") or "unchanged"
    timings: dict[str, float] = field(default_factory=dict)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (changed file left alone, new version beside it)

    @property
    def failed(self) -> bool:
        """Return True when the client has errors."""
        return self.status == "failed"


@record(frozen=False)
class BuildSummary:
    """Every client's result, in the order the folders were given, and the build's wall time."""

    results: list[ClientResult]
    seconds: float
    out_root: str

    @property
    def ok(self) -> bool:
        """Return True when no client failed."""
        return not self.failed

    @property
    def failed(self) -> list[ClientResult]:
        """Return the clients that failed."""
        return [r for r in self.results if r.status == "failed"]

    @property
    def built(self) -> list[ClientResult]:
        """Return the clients whose documents were written."""
        return [r for r in self.results if r.status == "built"]

    @property
    def up_to_date(self) -> list[ClientResult]:
        """Return the clients skipped because nothing changed."""
        return [r for r in self.results if r.status == "up_to_date"]

    def errors(self) -> list[str]:
        """Return every error line of every failed client."""
        return [e for r in self.results for e in r.errors]

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as plain data (the `--json` output)."""
        return {
            "ok": self.ok,
            "seconds": round(self.seconds, 3),
            "out": self.out_root,
            "counts": {"clients": len(self.results), "built": len(self.built),
                       "up_to_date": len(self.up_to_date), "failed": len(self.failed),
                       "documents": sum(len(r.documents) for r in self.built)},
            "clients": [{**asdict(r), "seconds": round(r.seconds, 3)} for r in self.results],
        }


@record
class ProgressEvent:
    """A step of a build: a client started or finished; `done` of `total` clients are finished."""

    stage: Literal["start", "finish"]
    slug: str
    done: int
    total: int
    running: tuple[str, ...]
    result: ClientResult | None = None


@record
class ClientJob:
    """What a worker needs to build one client: plain paths and strings, so it pickles cheaply."""

    folder: Path
    out_dir: Path
    kinds: tuple[tuple[str, str], ...]
    stamp: BuildStamp
    reason: str = ""
    force: bool = False
    options: RenderOptions = RenderOptions()
    messages: str = "en"
    pdf: bool = False


def build(paths: Iterable[Path | str] | None = None, *, out_root: Path | str | None = None,
          jobs: int | None = None, force: bool = False,
          on_progress: Callable[[ProgressEvent], None] | None = None,
          kinds: Mapping[str, str] | None = None, options: RenderOptions | None = None,
          pdf: bool = False, messages: str = "en") -> BuildSummary:
    """Build every document of every client in `paths` (default ./plans/*); return the summary.

    `out_root` defaults to ./output (documents in output/<slug>/); `jobs` to the number of cores;
    `force` rebuilds clients that are up to date and replaces documents changed since plangen wrote
    them (otherwise kept, with the new version beside them); `kinds` (name -> "module:function")
    replaces the registered document kinds; `options` holds the user's templates and chart mode;
    `pdf` also writes each deck and Word document as PDF beside it (LibreOffice; a warning without it);
    `messages` is the language of the problems reported. A KeyboardInterrupt stops the build after the
    clients in hand are finished and is re-raised; nothing partial is left behind.
    """
    start = time.perf_counter()
    folders = find_clients(paths, messages)
    root = Path(out_root) if out_root is not None else Path("output")
    chosen = dict(kinds) if kinds is not None else available_kinds()
    from plangen import __version__

    chosen_options = options or RenderOptions()
    stamp = BuildStamp(__version__, (*chosen, *(["pdf"] if pdf else [])),
                       templates_digest([*template_folders(), *chosen_options.template_paths()]),
                       chosen_options.stamp())
    notify = on_progress or (lambda event: None)
    total = len(folders)
    results: list[ClientResult | None] = [None] * total
    todo: list[tuple[int, ClientJob]] = []
    seen: dict[str, Path] = {}
    done = 0
    for index, folder in enumerate(folders):
        slug = folder.name
        result: ClientResult | None = None
        if slug in seen:
            result = ClientResult(slug, str(folder), "failed", errors=[
                tr(messages, "cli.build.same_slug", path=display_path(folder), slug=slug,
                   other=display_path(seen[slug]))])
        else:
            seen[slug] = folder
            try:
                out_dir = safe_child(root, slug)
                checked = "--force" if force else _check_up_to_date(folder, out_dir, stamp)
            except (PlangenError, OSError) as exc:  # one client's folder must not stop the others
                message = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
                checked = ClientResult(slug, str(folder), "failed", errors=[f"{display_path(folder)}: {message}"])
            if isinstance(checked, str):
                todo.append((index, ClientJob(folder, out_dir, tuple(chosen.items()), stamp, checked, force,
                                              chosen_options, messages, pdf)))
            else:
                result = checked
        if result is not None:
            results[index] = result
            done += 1
            notify(ProgressEvent("finish", slug, done, total, (), result))
    for index, result in _run_jobs(todo, jobs, lambda e: notify(_shift(e, done, total))):
        results[index] = result
    final = [r for r in results if r is not None]
    return BuildSummary(final, time.perf_counter() - start, str(root))


def _shift(event: ProgressEvent, already: int, total: int) -> ProgressEvent:
    """Return `event` with the count of clients finished before the jobs ran added in."""
    return ProgressEvent(event.stage, event.slug, event.done + already, total, event.running, event.result)


def _check_up_to_date(folder: Path, out_dir: Path, stamp: BuildStamp) -> ClientResult | str:
    """Return an up-to-date result from the client's manifest, or the reason it must be built."""
    t0 = time.perf_counter()
    manifest = read_manifest(out_dir)
    reason = stale_reason(folder, out_dir, stamp, manifest)
    if reason is not None or manifest is None:
        return reason or "not built yet"
    docs = [str(out_dir / rel) for rel in manifest.get("outputs", {})]
    return ClientResult(folder.name, str(folder), "up_to_date", docs, list(manifest.get("warnings", [])),
                        seconds=time.perf_counter() - t0, reason="unchanged")


def _run_jobs(todo: Sequence[tuple[int, ClientJob]], jobs: int | None,
              notify: Callable[[ProgressEvent], None]) -> Iterable[tuple[int, ClientResult]]:
    """Yield (index, result) for each job, in-process for one worker, else in a process pool."""
    if not todo:
        return
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        for done, (index, job) in enumerate(todo, 1):
            notify(ProgressEvent("start", job.folder.name, done - 1, 0, (job.folder.name,)))
            result = build_client(job)
            notify(ProgressEvent("finish", job.folder.name, done, 0, (), result))
            yield index, result
        return
    yield from _run_pool(todo, workers, notify)


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Return plangen's process pool: `workers` spawned workers that leave Ctrl-C to the parent and stop with it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, max_tasks_per_child=200)


def _run_pool(todo: Sequence[tuple[int, ClientJob]], workers: int,
              notify: Callable[[ProgressEvent], None]) -> Iterable[tuple[int, ClientResult]]:
    """Yield results from a spawn process pool, keeping only `workers` clients in hand at a time."""
    from concurrent.futures import FIRST_COMPLETED, wait

    pending = list(reversed(todo))
    running: dict[Future[ClientResult], tuple[int, ClientJob]] = {}
    done = 0
    executor = process_pool(workers)
    try:
        while pending or running:
            while pending and len(running) < workers:
                index, job = pending.pop()
                running[executor.submit(build_client, job)] = (index, job)
                notify(ProgressEvent("start", job.folder.name, done, 0, _names(running)))
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                index, job = running.pop(future)
                result = _future_result(future, job)
                done += 1
                notify(ProgressEvent("finish", job.folder.name, done, 0, _names(running), result))
                yield index, result
    except BaseException:
        # Ctrl-C: start nothing new; the clients in hand finish (their files are whole), then stop.
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _names(running: Mapping[Future[ClientResult], tuple[int, ClientJob]]) -> tuple[str, ...]:
    """Return the slugs of the clients in hand."""
    return tuple(job.folder.name for _, job in running.values())


def _future_result(future: Future[ClientResult], job: ClientJob) -> ClientResult:
    """Return a worker's result, or a failed result when the worker process died."""
    from concurrent.futures.process import BrokenProcessPool

    path = display_path(job.folder)
    try:
        return future.result()
    except BrokenProcessPool:
        message = tr(job.messages, "cli.build.worker_died", path=path)
    except Exception as exc:  # a bug in plangen itself; keep the other clients going
        message = tr(job.messages, "cli.build.internal", path=path, error=f"{type(exc).__name__}: {exc}")
    return ClientResult(job.folder.name, str(job.folder), "failed", errors=[message])


def _worker_init() -> None:
    """Prepare a worker: Ctrl-C is the parent's to handle; the worker stops when its parent dies."""
    # Ctrl-C reaches the whole process group: the parent stops handing out clients, and the
    # worker finishes the one in hand instead of dying mid-file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()


def _stop_worker(signum: int, frame: object) -> None:
    """Stop the worker by raising SystemExit, so a document being written removes its temporary file."""
    raise SystemExit(128 + signum)


def _watch_parent(parent: int) -> None:
    """Stop this worker once its parent is gone (a killed build must not leave workers behind)."""
    while os.getppid() == parent:
        time.sleep(0.25)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(2.0)
    os._exit(1)


def build_client(job: ClientJob) -> ClientResult:
    """Build every document kind of one client; return its result (errors are caught, never raised)."""
    from plangen.load.client import load_client
    from plangen.write.keep import Guard, guarding

    global _OPTIONS
    _OPTIONS = job.options
    t0 = time.perf_counter()
    slug = job.folder.name
    result = ClientResult(slug, str(job.folder), "built", reason=job.reason)
    try:
        job.out_dir.mkdir(parents=True, exist_ok=True)
        files = forget_manifest(job.out_dir)
        remove_stale_temp_files(job.out_dir)
        inputs = fingerprint_inputs(job.folder)
        client = load_client(job.folder, job.messages)
    except InputError as exc:
        result.errors = [str(p) for p in exc.problems if p.severity == "error"]
        result.warnings = [str(p) for p in exc.problems if p.severity == "warning"]
        return _finish(result, t0)
    except PlangenError as exc:
        result.errors = [f"{display_path(job.folder)}: {error_in_language(exc, job.messages)}"]
        return _finish(result, t0)
    except OSError as exc:
        result.errors = [f"{display_path(job.folder)}: {error_in_language(exc, job.messages)}"]
        return _finish(result, t0)
    except Exception as exc:  # a bug while loading one client must not end the build
        result.errors = [f"{display_path(job.folder)}: {_internal(exc, job.messages)}"]
        return _finish(result, t0)
    result.warnings = [str(p) for p in client.warnings]
    written: list[Path] = []
    where = display_path(client.plan_path)
    # A document changed since plangen wrote it (by hand, or by another command) is kept; see plangen.write.keep.
    guard = Guard(job.out_dir, files, by="build", force=job.force, same_writer_only=True,
                  on_record=lambda recorded: record_files(job.out_dir, recorded))
    for name, target in job.kinds:
        started = time.perf_counter()
        try:
            with guarding(guard):
                rendered = _resolve(target)(client, job.out_dir)
        except PlangenError as exc:
            result.errors.append(f"{where}: {name}: {error_in_language(exc, job.messages)}")
            continue
        except OSError as exc:
            result.errors.append(f"{where}: {name}: {error_in_language(exc, job.messages)}")
            continue
        except Exception as exc:  # a renderer bug must not stop this client's other documents
            result.errors.append(f"{where}: {name}: {_internal(exc, job.messages)}")
            continue
        finally:
            result.timings[name] = round(time.perf_counter() - started, 3)
        if job.pdf:
            from plangen.office.pdf import with_pdfs

            rendered = with_pdfs(rendered, lang=job.messages)
        written += rendered.paths
        result.warnings += [f"{where}: {name}: {tr(job.messages, 'cli.warning', message=in_language(w, job.messages))}"
                            for w in rendered.warnings]
    result.documents = [str(p) for p in written]
    result.kept = [(str(k.original), str(k.written)) for k in guard.kept]
    if not result.errors:
        try:
            write_manifest(job.out_dir, job.stamp, job.folder, inputs, written, result.warnings, guard.files)
        except (OSError, ValueError) as exc:
            message = error_in_language(exc, job.messages)
            result.errors.append(tr(job.messages, "cli.build.no_manifest", path=where, out=display_path(job.out_dir),
                                    error=message))
    return _finish(result, t0)


def _internal(exc: Exception, lang: str = "en") -> str:
    """Return `internal error: Type: message (at file:line)` for a bug in plangen, in `lang`."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = tr(lang, "cli.at", place=f"{Path(frames[-1].filename).name}:{frames[-1].lineno}") if frames else ""
    return tr(lang, "cli.internal_short", error=f"{type(exc).__name__}: {exc}", where=where)


def _finish(result: ClientResult, t0: float) -> ClientResult:
    """Return `result` marked failed when it has errors, with its elapsed time set."""
    if result.errors:
        result.status = "failed"
    _release_garbage()
    result.seconds = time.perf_counter() - t0
    return result


def _release_garbage() -> None:
    """Free the finished client's documents now, at the cost of a few milliseconds.

    A client's decks, Word documents and figures are reference cycles with large XML trees and pixel
    buffers attached; Python frees them only in a full collection, which it runs rarely in a process
    holding a million long-lived objects (python-pptx, python-docx, matplotlib), so a worker's memory
    grew with every client. After the first client, the objects alive (modules, caches) are frozen
    out of the collector, so each later full collection looks at one client's objects only.
    """
    gc.collect()
    _freeze_once("client")


_RESOLVED: dict[str, DocumentRenderer] = {}


def _resolve(target: str) -> DocumentRenderer:
    """Return the callable named by "module:function", importing its module once."""
    if target not in _RESOLVED:
        module, _, attr = target.partition(":")
        _RESOLVED[target] = getattr(importlib.import_module(module), attr)
    return _RESOLVED[target]
