"""Run `plangen serve`: one warm LibreOffice, a rebuild worker, a file watcher and the web server."""

from __future__ import annotations

import contextlib
import queue
import signal
import threading
from collections.abc import Callable
from pathlib import Path

from plangen.serve.workspace import ClientView, Workspace

Say = Callable[[str], None]


class Rebuilder:
    """One worker thread rebuilding clients in the order asked, each client queued at most once."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.todo: queue.Queue[str | None] = queue.Queue()
        self.queued: set[str] = set()
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="plangen-rebuild", daemon=True)

    def start(self) -> None:
        """Start the worker."""
        self.thread.start()

    def ask(self, slug: str) -> None:
        """Queue a rebuild of `slug` unless one is already waiting."""
        with self.lock:
            if slug in self.queued:
                return
            self.queued.add(slug)
        self.todo.put(slug)

    def stop(self) -> None:
        """Stop the worker after the rebuild in hand."""
        self.todo.put(None)
        self.thread.join(timeout=60)

    def _run(self) -> None:
        """Rebuild clients as they are asked for, until stopped."""
        while (slug := self.todo.get()) is not None:
            with self.lock:
                self.queued.discard(slug)
            with contextlib.suppress(Exception):  # a bug for one client must not stop the server
                self.workspace.rebuild(slug)


def watch(workspace: Workspace, rebuilder: Rebuilder, stop: threading.Event) -> None:
    """Queue a rebuild of each client whose folder changes (new client folders are picked up too)."""
    from watchfiles import watch as watch_files

    for changes in watch_files(workspace.watched, stop_event=stop, debounce=300, step=50,
                               raise_interrupt=False):
        for slug in workspace.discover():
            rebuilder.ask(slug)
        for _, changed in changes:
            path = Path(changed)
            if path.name.startswith((".", "~$")) or path.name.endswith(("~", ".swp", ".tmp")):
                continue  # editors' backup and lock files
            owner = workspace.slug_of(path)
            if owner is not None:
                rebuilder.ask(owner)


def _exit_on_signal(signum: int, frame: object) -> None:
    """Leave through SystemExit, so LibreOffice and the cache are cleaned up."""
    raise SystemExit(128 + signum)


def serve(plans: Path, *, host: str = "127.0.0.1", port: int = 8000, lang: str = "ja",
          say: Say = print) -> None:
    """Serve previews of every client under `plans` at http://host:port/ until interrupted."""
    import uvicorn

    from plangen.office.pdf import WarmOffice
    from plangen.serve.app import make_app
    from plangen.text.catalog import tr

    office = WarmOffice(lang)
    workspace = Workspace(plans, office, lang)
    rebuilder = Rebuilder(workspace)
    stop = threading.Event()

    def rebuilt(view: ClientView) -> None:
        say(tr(lang, "serve.rebuilt", client=view.slug, seconds=view.seconds))

    workspace.on_rebuilt = rebuilt
    config = uvicorn.Config(make_app(workspace), host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=1, lifespan="off")
    server = uvicorn.Server(config)
    watcher = threading.Thread(target=watch, args=(workspace, rebuilder, stop), name="plangen-watch", daemon=True)

    def warm_then_build() -> None:
        office.start()
        rebuilder.start()
        for slug in sorted(workspace.views):
            rebuilder.ask(slug)

    signal.signal(signal.SIGTERM, _exit_on_signal)  # uvicorn re-raises SIGTERM after its shutdown: end cleanly
    try:
        shown = f"[{host}]" if ":" in host else host
        say(tr(lang, "serve.started", url=f"http://{shown}:{port}/", folder=str(workspace.watched)))
        watcher.start()
        threading.Thread(target=warm_then_build, name="plangen-start", daemon=True).start()
        server.run()
    finally:
        stop.set()
        if rebuilder.thread.is_alive():
            rebuilder.stop()
        office.close()
        workspace.close()
