"""What `plangen serve` shows: each client's problems, figures, documents and previews, rebuilt on demand.

The workspace owns a private cache folder. A rebuild loads the client, renders every document kind
into a fresh folder and makes previews; only then does the client's view switch to it, so a plan
with errors keeps its last good documents (marked stale) next to its located problems. Every change
of a view bumps its version, which open pages watch to follow along.
"""

from __future__ import annotations

import importlib
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from plangen.errors import InputError, PlangenError, Problem
from plangen.load.wording import make_problem
from plangen.record import record
from plangen.text.said import error_in_language, in_language

if TYPE_CHECKING:
    from plangen.model import Client
    from plangen.office.pdf import WarmOffice

State = Literal["building", "ok", "warnings", "errors"]
PREVIEWED = (".pptx", ".docx")


@record(frozen=False)
class Document:
    """One written document: its path below the client's documents, its preview PDF and pages, or its outline."""

    rel: str
    pdf: Path | None = None
    pages: int = 0
    key: str = ""  # what the document says (see previews.content_key): same key, same pages
    pending: bool = False  # its own preview is being made; the last build's pages are shown meanwhile
    outline: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        """Return the file name."""
        return self.rel.rpartition("/")[2]


@record(frozen=False)
class ClientView:
    """Everything a page shows of one client."""

    slug: str
    folder: Path
    name: str
    language: str = "ja"
    state: State = "building"
    problems: list[Problem] = field(default_factory=list)
    health: str | None = None
    next_milestone: str | None = None
    documents: list[Document] = field(default_factory=list)
    docs_dir: Path | None = None
    stale: bool = False
    version: int = 0
    built_at: datetime | None = None
    seconds: float = 0.0

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that are errors."""
        return [p for p in self.problems if p.severity == "error"]

    def document(self, rel: str) -> tuple[Document, Path] | None:
        """Return the document with path `rel` and its file, or None (never a lookup on disk)."""
        for doc in self.documents:
            if doc.rel == rel and self.docs_dir is not None:
                return doc, self.docs_dir / doc.rel
        return None


def client_folders(root: Path) -> list[Path]:
    """Return the client folders directly below `root`, never one that leads outside it (symlinks are left out)."""
    root = root.resolve()
    found = []
    for child in sorted(root.iterdir()):
        plan = child / "plan.yaml"
        if child.is_symlink() or plan.is_symlink() or not plan.is_file():
            continue
        if plan.resolve().parent == child.resolve() and child.resolve().parent == root:
            found.append(child.resolve())
    return found


def report_month(client: Client) -> str:
    """Return the latest month with notes or actuals, else the current month (YYYY-MM)."""
    months = set(client.notes) | set(client.actuals.months())
    return max(months) if months else date.today().strftime("%Y-%m")


class Workspace:
    """The clients under a plans folder, their views, and the rebuilds that refresh them."""

    def __init__(self, root: Path, office: WarmOffice | None, lang: str = "ja",
                 cache: Path | None = None) -> None:
        root = root.resolve()
        single = (root / "plan.yaml").is_file()
        self.watched = root  # the folder whose changes matter
        self.root = root.parent if single else root
        self.only = root.name if single else None
        self.office = office
        self.lang = lang
        self._own_cache = cache is None
        self.cache = cache or Path(tempfile.mkdtemp(prefix="plangen-serve-"))
        self.lock = threading.Lock()
        self.views: dict[str, ClientView] = {}
        self.version = 0
        self.on_rebuilt: Callable[[ClientView], None] = lambda view: None
        self.discover()

    def discover(self) -> list[str]:
        """Add views for client folders that appeared; return the new slugs."""
        new = []
        for folder in client_folders(self.root):
            slug = folder.name
            if slug not in self.views and self.only in (None, slug):
                self.views[slug] = ClientView(slug, folder, slug)
                new.append(slug)
        if new:
            self._bump()
        return new

    def slug_of(self, path: Path) -> str | None:
        """Return the slug of the client whose folder holds `path`, or None."""
        for slug, view in self.views.items():
            if path == view.folder or view.folder in path.parents:
                return slug
        return None

    def _bump(self, view: ClientView | None = None) -> None:
        """Mark a change: of one view (when given) and of the workspace."""
        with self.lock:
            if view is not None:
                view.version += 1
            self.version += 1

    def rebuild(self, slug: str) -> ClientView:
        """Load, render and preview one client; return its view (problems replace documents only on success)."""
        from plangen.load.client import load_client

        view = self.views[slug]
        started = time.perf_counter()
        view.state = "building"
        self._bump(view)
        try:
            client = load_client(view.folder, self.lang)
        except InputError as exc:
            return self._failed(view, list(exc.problems), started)
        except PlangenError as exc:
            return self._failed(view, [Problem(str(view.folder), None, None, "", error_in_language(exc, self.lang))],
                                started)
        view.name, view.language = client.plan.client.title, client.plan.language
        self._figures(view, client)
        problems = list(client.warnings)
        if [str(p) for p in problems] != [str(p) for p in view.problems]:
            view.problems = problems
            self._bump(view)  # changed problems show at once; the documents follow when they are made
        target = self.cache / slug / f"build-{view.version}"
        documents, render_problems = self._render(client, target / "docs")
        problems += render_problems
        before, old = view.documents, view.docs_dir
        previous = {d.rel: d for d in before}
        for doc in documents:  # until its own preview is made, a document shows its last pages
            last = previous.get(doc.rel)
            if last is not None:
                doc.pdf, doc.pages, doc.key, doc.outline = last.pdf, last.pages, last.key, last.outline
            doc.pending = doc.rel.endswith(PREVIEWED)
        view.documents, view.docs_dir, view.problems, view.stale = documents, target / "docs", problems, False
        self._bump(view)
        self._previews(view, target / "previews", before)
        view.state = "errors" if any(p.severity == "error" for p in problems) else (
            "warnings" if problems else "ok")
        self._finish(view, started)
        if old is not None and old.parent != target:
            shutil.rmtree(old.parent, ignore_errors=True)
        return view

    def _failed(self, view: ClientView, problems: list[Problem], started: float) -> ClientView:
        """Show the problems and keep the last good documents, marked stale; return the view."""
        view.problems = sorted(problems, key=Problem.sort_key)
        view.state = "errors"
        view.stale = bool(view.documents)
        self._finish(view, started)
        return view

    def _finish(self, view: ClientView, started: float) -> None:
        """Record the time of the rebuild and announce it."""
        view.built_at = datetime.now()
        view.seconds = time.perf_counter() - started
        self._bump(view)
        self.on_rebuilt(view)

    def _figures(self, view: ClientView, client: Client) -> None:
        """Set the health and next milestone of the latest month on the view."""
        from plangen.compute.portfolio import client_row
        from plangen.text.formats import format_date

        try:
            row = client_row(client, report_month(client))
        except Exception:  # figures are a convenience here; the documents say what is wrong
            view.health = view.next_milestone = None
            return
        view.health = None if row.score is None else f"{row.score:.1f}" + (f" ({row.level})" if row.level else "")
        view.next_milestone = None if row.next_milestone is None else (
            f"{row.next_milestone} ({format_date(row.next_milestone_date, view.language)})")

    def _render(self, client: Client, out_dir: Path) -> tuple[list[Document], list[Problem]]:
        """Render every document kind into `out_dir`; return the documents and the renderers' problems."""
        from plangen.build.runner import available_kinds
        from plangen.errors import display_path

        documents: list[Document] = []
        problems: list[Problem] = []
        where = display_path(client.plan_path)
        for name, target in available_kinds().items():
            module, _, attr = target.partition(":")
            try:
                result = getattr(importlib.import_module(module), attr)(client, out_dir)
            except Exception as exc:  # one document failing must not hide the others
                problems.append(Problem(where, None, None, name, f"{type(exc).__name__}: {exc}"))
                continue
            problems += [make_problem(self.lang, where, None, None, name, in_language(w, self.lang), severity="warning")
                         for w in result.warnings]
            documents += [Document(p.relative_to(out_dir).as_posix()) for p in result.paths]
        return documents, problems

    def _previews(self, view: ClientView, out: Path, before: list[Document]) -> None:
        """Give each deck and Word document of `view` a preview PDF (an outline without LibreOffice), one by one.

        A document that says the same as in the last build keeps its preview (linked, with its page
        images); each new preview is shown as soon as it is made.
        """
        from plangen.serve.previews import content_key, outline, preview_pdf, reuse_preview

        assert view.docs_dir is not None
        docs = view.docs_dir
        known = {(d.rel, d.key): d for d in before if d.key and d.pdf is not None}
        for index, doc in enumerate(view.documents):
            if not doc.pending:
                continue
            path = docs / doc.rel
            if self.office is None or not self.office.available:
                doc.pdf, doc.pages, doc.outline, doc.pending = None, 0, outline(path), False
                continue
            key = content_key(path)
            same = known.get((doc.rel, key))
            if same is not None and same.pdf is not None and same.pdf.is_file():
                doc.pdf, doc.key, doc.pending = reuse_preview(same.pdf, out / str(index)), key, False
                continue
            try:
                pdf, pages = preview_pdf(self.office, path, out / str(index))
                doc.pdf, doc.pages, doc.key, doc.error = pdf, pages, key, None
            except (PlangenError, OSError) as exc:
                doc.pdf, doc.pages, doc.error, doc.outline = None, 0, str(exc), outline(path)
            doc.pending = False
            self._bump(view)

    def close(self) -> None:
        """Remove the cache folder when the workspace made it."""
        if self._own_cache:
            shutil.rmtree(self.cache, ignore_errors=True)
