"""The HTML of `plangen serve`: plain pages, a CJK font stack, and a few lines of script to follow rebuilds."""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import quote

from plangen.errors import Problem
from plangen.serve.workspace import ClientView, Workspace
from plangen.text.catalog import tr

STYLE = """
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b76; --line: #d9dee3; --err: #b3261e;
        --warn: #8a5a00; --ok: #1e7b4f; }
body { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo,
       "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif; color: var(--ink); margin: 0;
       line-height: 1.7; background: #f6f7f9; }
header { background: #1f3a5f; color: #fff; padding: .8rem 1.5rem; }
header a { color: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: 0; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: .45rem .6rem; text-align: left; vertical-align: top; }
th { background: #eef1f4; font-weight: 600; }
.state-errors { color: var(--err); font-weight: 600; } .state-warnings { color: var(--warn); }
.state-ok { color: var(--ok); } .state-building { color: var(--muted); }
.problems td.at { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; white-space: nowrap; }
.problems tr.error td.at { color: var(--err); } .problems tr.warning td.at { color: var(--warn); }
.stale { background: #fff4e5; border-left: 4px solid #d48a00; padding: .6rem 1rem; }
.notice { background: #fff; border-left: 4px solid #1f3a5f; padding: .6rem 1rem; }
.doc { background: #fff; border: 1px solid var(--line); margin: 1rem 0; padding: .6rem 1rem; }
.doc.stale-doc img { opacity: .55; }
.pages { display: flex; flex-wrap: wrap; gap: .8rem; }
.pages figure { margin: 0; width: 320px; }
.pages img { width: 100%; border: 1px solid var(--line); background: #eef1f4; display: block; }
.pages.deck img { aspect-ratio: 16 / 9; } .pages.paper img { aspect-ratio: 210 / 297; }
.pages figcaption { font-size: .8rem; color: var(--muted); }
.muted { color: var(--muted); font-size: .9rem; }
"""

FOLLOW = """
<script>
(function () {
  var seen = document.body.dataset.version;
  var source = new EventSource("/events?slug=" + encodeURIComponent(document.body.dataset.slug || ""));
  source.onmessage = function (event) { if (event.data !== seen) { location.reload(); } };
})();
</script>
"""


def _page(lang: str, title: str, body: str, slug: str, version: int) -> str:
    """Return a whole HTML page that reloads itself when its client (or the index) changes."""
    return (f'<!doctype html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
            f'<body data-slug="{escape(slug)}" data-version="{version}">{body}{FOLLOW}</body></html>')


def _state(view: ClientView, lang: str) -> str:
    """Return the verdict of a client as a coloured word."""
    return f'<span class="state-{view.state}">{escape(tr(lang, "serve.verdict." + view.state))}</span>'


def client_url(slug: str) -> str:
    """Return the address of a client's page."""
    return "/c/" + quote(slug)


def index_page(workspace: Workspace) -> str:
    """Return the index: every client with verdict, health, next milestone and problems count."""
    lang = workspace.lang
    missing = tr(lang, "serve.missing")
    rows = []
    for view in sorted(workspace.views.values(), key=lambda v: v.slug):
        count = len(view.problems)
        rows.append(
            f'<tr><td><a href="{client_url(view.slug)}" lang="{escape(view.language)}">{escape(view.name)}</a>'
            f'<div class="muted">{escape(view.slug)}</div></td><td>{_state(view, lang)}</td>'
            f'<td>{escape(view.health or missing)}</td>'
            f'<td lang="{escape(view.language)}">{escape(view.next_milestone or missing)}</td>'
            f'<td>{escape(tr(lang, "serve.problems_count", count=count))}</td></tr>')
    if rows:
        table = ("<table><thead><tr>" + "".join(
            f"<th>{escape(tr(lang, k))}</th>" for k in ("serve.client", "serve.verdict", "serve.health",
                                                          "serve.next_milestone", "serve.problems"))
                 + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    else:
        table = f'<p class="notice">{escape(tr(lang, "serve.none_found", folder=str(workspace.root)))}</p>'
    body = (f'<header><h1>{escape(tr(lang, "serve.title"))}</h1></header><main>'
            f'<h2>{escape(tr(lang, "serve.clients"))}</h2>{table}</main>')
    return _page(lang, tr(lang, "serve.title"), body, "", workspace.version)


def _where(problem: Problem, folder: Path) -> str:
    """Return `file:line:col` of a problem, the file relative to the client's folder."""
    path = Path(problem.path)
    try:
        shown = (path if path.is_absolute() else Path.cwd() / path).resolve().relative_to(folder).as_posix()
    except ValueError:
        shown = path.name
    if problem.line is not None:
        shown += f":{problem.line}:{problem.col or 1}"
    return shown


def _problems(view: ClientView, lang: str) -> str:
    """Return the table of located problems (or a line saying there are none)."""
    if not view.problems:
        return f'<p class="muted">{escape(tr(lang, "serve.problems_none"))}</p>'
    rows = []
    for p in view.problems:
        what = p.what + (f" (got {p.got})" if p.got is not None else "")
        rows.append(f'<tr class="{p.severity}"><td class="at">{escape(_where(p, view.folder))}</td>'
                    f"<td>{escape(p.where)}</td><td>{escape(what)}</td></tr>")
    return '<table class="problems"><tbody>' + "".join(rows) + "</tbody></table>"


def _documents(view: ClientView, lang: str, office: bool) -> str:
    """Return the documents: download links and page images (or outlines)."""
    if not view.documents:
        text = tr(lang, "serve.verdict.building") + "…" if view.state == "building" else tr(
            lang, "serve.no_documents")
        return f'<p class="muted">{escape(text)}</p>'
    parts = []
    if view.stale:
        parts.append(f'<p class="stale">{escape(tr(lang, "serve.stale"))}</p>')
    if not office:
        parts.append(f'<p class="notice">{escape(tr(lang, "serve.no_office"))}</p>')
    base = client_url(view.slug)
    for index, doc in enumerate(view.documents):
        link = f'{base}/files/{quote(doc.rel)}'
        updating = f' <span class="muted">{escape(tr(lang, "serve.updating"))}</span>' if doc.pending else ""
        head = (f'<h3>{escape(doc.rel)} <a href="{link}" download="{escape(doc.name)}">'
                f'{escape(tr(lang, "serve.download"))}</a>{updating}</h3>')
        body = ""
        if doc.pages:
            shape = "deck" if doc.rel.endswith(".pptx") else "paper"
            body = f'<div class="pages {shape}">' + "".join(
                f'<figure><img loading="lazy" alt="{escape(doc.name)} {n}" '
                f'src="{base}/pages/{index}/{n}.png?k={doc.key[:16]}">'
                f'<figcaption>{escape(tr(lang, "serve.page", number=n))}</figcaption></figure>'
                for n in range(1, doc.pages + 1)) + "</div>"
        elif doc.outline:
            body = (f'<p class="muted">{escape(tr(lang, "serve.outline"))}</p><ol lang="{escape(view.language)}">'
                    + "".join(f"<li>{escape(item)}</li>" for item in doc.outline) + "</ol>")
        if doc.error:
            body += f'<p class="muted">{escape(tr(lang, "serve.preview_failed", reason=doc.error))}</p>'
        parts.append(f'<section class="doc{" stale-doc" if view.stale else ""}">{head}{body}</section>')
    return "".join(parts)


def client_page(workspace: Workspace, view: ClientView) -> str:
    """Return a client's page: verdict, figures, located problems, documents with previews."""
    lang = workspace.lang
    missing = tr(lang, "serve.missing")
    office = workspace.office is not None and workspace.office.available
    updated = view.built_at.strftime("%H:%M:%S") if view.built_at else missing
    facts = (f"<table><tbody><tr><th>{escape(tr(lang, 'serve.verdict'))}</th><td>{_state(view, lang)}</td>"
             f"<th>{escape(tr(lang, 'serve.health'))}</th><td>{escape(view.health or missing)}</td></tr>"
             f"<tr><th>{escape(tr(lang, 'serve.next_milestone'))}</th>"
             f'<td lang="{escape(view.language)}">{escape(view.next_milestone or missing)}</td>'
             f"<th>{escape(tr(lang, 'serve.updated'))}</th><td>{escape(updated)}</td></tr></tbody></table>")
    body = (f'<header><a href="/">{escape(tr(lang, "serve.back"))}</a>'
            f'<h1 lang="{escape(view.language)}">{escape(view.name)}</h1></header><main>{facts}'
            f'<h2>{escape(tr(lang, "serve.problems"))} ({len(view.problems)})</h2>{_problems(view, lang)}'
            f'<h2>{escape(tr(lang, "serve.documents"))}</h2>{_documents(view, lang, office)}</main>')
    return _page(lang, f"{view.name} – {tr(lang, 'serve.title')}", body, view.slug, view.version)


def not_found_page(lang: str) -> str:
    """Return the page for an address the server does not have."""
    body = (f'<main><h1>{escape(tr(lang, "serve.not_found"))}</h1>'
            f'<p><a href="/">{escape(tr(lang, "serve.back"))}</a></p></main>')
    return _page(lang, tr(lang, "serve.not_found"), body, "", 0)
