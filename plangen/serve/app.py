"""The web application of `plangen serve` (Starlette): pages, downloads, page images and change events.

Every file the server sends is looked up by name in a client's current view (documents it wrote,
page images it made); no part of an address is ever joined to a path on disk, so `..`, encoded
slashes and symlinks cannot reach plan files or anything outside the plans folder.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from starlette.routing import Route

from plangen.errors import PlangenError
from plangen.serve.pages import client_page, index_page, not_found_page
from plangen.serve.previews import page_image
from plangen.serve.workspace import ClientView, Workspace

MEDIA = {
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ics": "text/calendar",
    ".pdf": "application/pdf",
}
NO_STORE = {"Cache-Control": "no-store"}


def make_app(workspace: Workspace, *, poll: float = 0.25) -> Starlette:
    """Return the Starlette application serving `workspace`."""

    def missing() -> HTMLResponse:
        """Return the 404 page."""
        return HTMLResponse(not_found_page(workspace.lang), status_code=404, headers=NO_STORE)

    def view_of(request: Request) -> ClientView | None:
        """Return the view of the client named in the address, or None."""
        return workspace.views.get(str(request.path_params.get("slug", "")))

    async def index(request: Request) -> Response:
        return HTMLResponse(index_page(workspace), headers=NO_STORE)

    async def client(request: Request) -> Response:
        view = view_of(request)
        return missing() if view is None else HTMLResponse(client_page(workspace, view), headers=NO_STORE)

    async def download(request: Request) -> Response:
        view = view_of(request)
        found = view.document(str(request.path_params["rel"])) if view is not None else None
        if found is None or not found[1].is_file():
            return missing()
        doc, path = found
        return FileResponse(path, media_type=MEDIA.get(path.suffix, "application/octet-stream"),
                            filename=doc.name, headers=NO_STORE)

    async def page(request: Request) -> Response:
        view = view_of(request)
        index, number = int(request.path_params["doc"]), int(request.path_params["page"])
        if view is None or not 0 <= index < len(view.documents):
            return missing()
        doc = view.documents[index]
        if doc.pdf is None or not 1 <= number <= doc.pages:
            return missing()
        try:
            image = await run_in_threadpool(page_image, doc.pdf, number)
        except (PlangenError, OSError, subprocess.SubprocessError):
            return missing()  # the build that made it was replaced meanwhile
        # The address names the document's content (?k=), so the image behind it never changes.
        return FileResponse(image, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    async def events(request: Request) -> Response:
        slug = request.query_params.get("slug", "")

        def current() -> int:
            view = workspace.views.get(slug)
            return view.version if view is not None else workspace.version

        async def stream() -> AsyncIterator[str]:
            last = -1
            while not await request.is_disconnected():
                now = current()
                if now != last:
                    last = now
                    yield f"data: {now}\n\n"
                await asyncio.sleep(poll)

        return StreamingResponse(stream(), media_type="text/event-stream", headers=NO_STORE)

    async def not_found(request: Request, exc: Any) -> Response:
        return missing()

    routes = [
        Route("/", index),
        Route("/c/{slug}", client),
        Route("/c/{slug}/files/{rel:path}", download),
        Route("/c/{slug}/pages/{doc:int}/{page:int}.png", page),
        Route("/events", events),
    ]
    return Starlette(routes=routes, exception_handlers={404: not_found})
