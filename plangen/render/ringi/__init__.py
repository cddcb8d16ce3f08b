"""The renewal approval request (稟議書 draft): a DOCX from a restylable template, in the client's voice."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plangen.text.said import Said

if TYPE_CHECKING:
    from plangen.model import Client
    from plangen.write.output import RenderResult

DOCX_NAME = "renewal-approval.docx"
TEMPLATE_NAME = "ringi.docx"


def ringi_dir(out_dir: Path, month: str) -> Path:
    """Return the folder of one month's request under a client's output folder."""
    return out_dir / "ringi" / month


def template_for(templates: Path | None) -> Path:
    """Return the user's ringi.docx in `templates` when present, else the bundled template."""
    from plangen.errors import TemplateError, display_path
    from plangen.resources import templates_dir

    if templates is not None:
        if not templates.is_dir():
            raise TemplateError(Said("messages.render.no_templates", path=display_path(templates)))
        if (templates / TEMPLATE_NAME).is_file():
            return templates / TEMPLATE_NAME
    return templates_dir() / TEMPLATE_NAME


def render_ringi(client: Client, month: str, out_dir: Path, *, templates: Path | None = None,
                 drafted_on: date | None = None) -> RenderResult:
    """Write out_dir/ringi/<month>/renewal-approval.docx; return it with warnings for missing inputs."""
    from plangen.compute.ringi import build_ringi
    from plangen.office import zipwrite
    from plangen.office.docprops import apply_core, plan_props
    from plangen.office.plan_docx import render_plan_docx
    from plangen.render.ringi.context import ringi_context
    from plangen.write.atomic import write_atomic
    from plangen.write.output import RenderResult

    zipwrite.install("docx")
    content = build_ringi(client, month, drafted_on=drafted_on)
    context, missing = ringi_context(content)
    plan = client.plan
    doc = render_plan_docx(template_for(templates), context, plan)
    apply_core(doc.core_properties, plan_props(plan, context["t"]["doc_title"], subject=context["subject"]))
    result = RenderResult()
    target = ringi_dir(out_dir, month) / DOCX_NAME
    result.paths.append(write_atomic(target, lambda tmp: doc.save(str(tmp))))
    if missing:
        result.warnings.append(Said("messages.render.ringi_missing", month=month, items=missing))
    return result
