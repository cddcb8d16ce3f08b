"""Render DOCX templates (docxtpl) in a Jinja2 sandbox, so a user's template cannot reach Python internals.

The environment is a `SandboxedEnvironment` with `StrictUndefined` (a misspelt variable is an error,
not a blank) and autoescape on (plan text such as `A&B <x>` survives docxtpl's XML re-parse).
Plan text is passed only as data: it is never compiled as a template, so `{{ 7*7 }}` in a plan prints
as written. Multiplication and powers that would build huge values are refused; templates are still
trusted not to loop for long (render untrusted ones in a process with CPU and memory limits).
Every failure surfaces as `plangen.errors.TemplateError` naming the template file.
"""

from __future__ import annotations

import copy
import io
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jinja2 import StrictUndefined
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from plangen.errors import TemplateError, display_path
from plangen.text.said import Said

if TYPE_CHECKING:
    from docx.document import Document

MAX_SIZE = 100_000  # longest string or list a template may build with * or **
MAX_EXPONENT = 64
MAX_RANGE = 10_000  # longest range() a template may loop over
COMPILED_CACHE_SIZE = 64  # compiled template parts kept per process (a meeting kit uses about ten)
_COMPILE_LOCK = threading.Lock()


class BoundedSandbox(SandboxedEnvironment):
    """A sandbox that also refuses `*` and `**` results beyond MAX_SIZE items or MAX_EXPONENT."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Return `left operator right`, refusing oversized repetition and powers."""
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"the power {right} is too large for a template")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int) and len(seq) * times > MAX_SIZE:
                    raise SecurityError("the template builds a value that is too large")
        return super().call_binop(context, operator, left, right)


    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        """Return the compiled template of `source`, compiled once per environment and source text.

        docxtpl hands every document part to `from_string`; compiling is most of a render's time, and
        the same template file yields the same source text, so the compiled template is reused.
        """
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        cache: OrderedDict[str, Any] = self.__dict__.setdefault("_plangen_compiled", OrderedDict())
        with _COMPILE_LOCK:
            template = cache.get(source)
            if template is not None:
                cache.move_to_end(source)
                return template
        from plangen.office import precompiled

        template = precompiled.template(self, source)  # a bundled template's part ships compiled
        if template is None:
            template = super().from_string(source)
        with _COMPILE_LOCK:
            cache[source] = template
            while len(cache) > COMPILED_CACHE_SIZE:
                cache.popitem(last=False)
        return template


def sandbox_env() -> BoundedSandbox:
    """Return a new sandboxed Jinja2 environment templates render in (StrictUndefined, autoescape on)."""
    env = BoundedSandbox(undefined=StrictUndefined, autoescape=True)
    env.globals.pop("lipsum", None)
    env.globals["range"] = bounded_range
    return env


def bounded_range(*args: int) -> range:
    """Return range(*args), refusing more than MAX_RANGE items (a template lists a plan's items, not millions)."""
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise OverflowError(f"range() of {len(rng):,} items is too large for a template (at most {MAX_RANGE:,})")
    return rng


@lru_cache(maxsize=1)
def _shared_env() -> BoundedSandbox:
    """Return the process's sandbox for rendering (it keeps the compiled templates)."""
    return sandbox_env()


@lru_cache(maxsize=COMPILED_CACHE_SIZE)
def _patched_xml(src_xml: str) -> str:
    """Return docxtpl's clean-up of a part's XML (tags split by Word inside {{ }} and {% %}), once per text."""
    from docxtpl import DocxTemplate

    from plangen.office import precompiled

    done = precompiled.patched(src_xml)  # a bundled template's part ships cleaned up
    return done if done is not None else str(DocxTemplate.patch_xml(None, src_xml))  # a pure function of the text


def _template_class() -> type:
    """Return a DocxTemplate whose XML clean-up is cached and whose later steps are `docxtpl_steps`'."""
    global _TEMPLATE_CLASS
    if _TEMPLATE_CLASS is None:
        from docxtpl import DocxTemplate

        from plangen.office import docxtpl_steps

        class CachedDocxTemplate(DocxTemplate):
            body_xml = ""  # the template body's XML, as docxtpl's get_xml writes it (see `_prepared`)

            def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> str:
                return str(self.render_xml_part(self.patch_xml(self.body_xml), self.docx._part, context, jinja_env))

            def patch_xml(self, src_xml: str) -> str:
                return _patched_xml(src_xml)

            def resolve_listing(self, xml: str) -> str:
                return docxtpl_steps.resolve_listing(self, xml)

            def fix_tables(self, xml: str) -> Any:
                return docxtpl_steps.fix_tables(xml)

        _TEMPLATE_CLASS = CachedDocxTemplate
    return _TEMPLATE_CLASS


_TEMPLATE_CLASS: type | None = None


class _Prepared(NamedTuple):
    """A template opened once: its document without body content, the body's XML text, what its styles are."""

    skeleton: Document
    body_xml: str
    styles: Hashable  # the source of its styles for plangen.office.shared_styles: the hash of the part's bytes


@lru_cache(maxsize=4)
def _prepared(data: bytes) -> _Prepared:
    """Return the opened template of a template's bytes (kept, never changed).

    Opening a .docx parses all its parts (styles.xml alone is 350 kB); rendering starts from a copy of
    the opened document instead. docxtpl replaces the body with the rendered one, so the kept document
    has an empty body: copying and replacing it costs nothing.
    """
    from lxml import etree

    from plangen.office import shared_styles

    doc = shared_styles.open_document(data)
    body = doc.element.body
    xml = etree.tostring(body, encoding="unicode", pretty_print=False)  # docxtpl's get_xml
    for child in list(body):
        body.remove(child)
    return _Prepared(doc, xml, _styles_source(doc, data))


def _styles_source(doc: Document, data: bytes) -> Hashable:
    """Return the SHA-256 of the template's styles part as stored (the bundled templates share it), or a new token."""
    import hashlib

    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        part = doc.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
        source = getattr(part, "source", None)  # the stored bytes, when not parsed (shared_styles.open_document)
        if isinstance(source, bytes):
            return "styles", hashlib.sha256(source).hexdigest()
        name = part.partname.membername
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "styles", hashlib.sha256(package.read(name)).hexdigest()
    except KeyError:  # no styles part, or not where its name says
        return object()


Styles = tuple[Hashable, Callable[[Any], None]]
"""A key and the function marking a styles element for it (`docx_kit.finished_styles`)."""


def render_docx_template(template: Path, context: Mapping[str, Any], *, styles: Styles | None = None) -> Document:
    """Return the python-docx document of `template` rendered with `context`; raise TemplateError.

    With `styles`, the document's styles come marked by its function, shared with other documents of the
    template and key: they must not be changed afterwards.
    """
    shown = display_path(template)
    if not template.is_file():
        raise TemplateError(Said("messages.render.template_missing", path=shown))
    if not zipfile.is_zipfile(template):
        raise TemplateError(Said("messages.render.template_not_docx", path=shown))
    try:
        doc = _render(template.read_bytes(), context, _template_class(), _shared_env(), styles)
    except SecurityError as exc:
        raise TemplateError(Said("messages.render.template_forbidden", path=shown, detail=exc)) from None
    except UndefinedError as exc:
        raise TemplateError(Said("messages.render.template_undefined", path=shown, detail=exc)) from None
    except TemplateSyntaxError as exc:
        raise TemplateError(Said("messages.render.template_tag", path=shown, detail=exc.message,
                                 where=_where(exc))) from None
    except JinjaTemplateError as exc:
        raise TemplateError(Said("messages.render.template_error", path=shown, detail=exc, where=_where(exc))) from None
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateError(Said("messages.render.template_unreadable", path=shown, detail=exc)) from None
    except (OverflowError, MemoryError, RecursionError, TypeError, AttributeError, ArithmeticError,
            IndexError) as exc:  # what a template's own expressions can raise, e.g. the sandbox's range limit
        raise TemplateError(Said("messages.render.template_failed", path=shown,
                                 detail=f"{type(exc).__name__}: {str(exc)[:200]}", where=_where(exc))) from None
    return doc.docx


def _render(data: bytes, context: Mapping[str, Any], template_class: type, env: SandboxedEnvironment,
            styles: Styles | None = None) -> Any:
    """Return the docxtpl template of a template's bytes, rendered with `context` in `env` (styles marked)."""
    from plangen.office import shared_styles

    prepared = _prepared(data)
    memo = None if styles is None else shared_styles.copy_memo(prepared.skeleton, prepared.styles, *styles)
    doc = template_class(io.BytesIO(data))
    doc.docx = copy.deepcopy(prepared.skeleton, memo)
    doc.body_xml = prepared.body_xml
    doc.render(dict(context), jinja_env=env, autoescape=True)
    if styles is not None and memo is None:  # styles that cannot be shared: this document's own are marked
        styles[1](doc.docx.styles.element)
    return doc


def template_inputs(template: Path) -> tuple[list[str], list[str]]:
    """Return the part XML texts docxtpl cleans up and the source texts it compiles when rendering `template`.

    The template is rendered with a stand-in for Jinja that records each source and returns it as
    written, so no context is needed. (What `precompiled.modules` compiles ahead of time.)
    """
    raws: list[str] = []
    sources: list[str] = []
    base = _template_class()

    class Recording(base):  # type: ignore[valid-type, misc]
        def patch_xml(self, src_xml: str) -> str:
            from docxtpl import DocxTemplate

            raws.append(src_xml)
            return str(DocxTemplate.patch_xml(self, src_xml))

    class AsWritten:
        def __init__(self, source: str) -> None:
            self.source = source

        def render(self, context: Any) -> str:
            return self.source

    class Recorder(BoundedSandbox):
        def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
            sources.append(source)
            return AsWritten(source)

    _render(template.read_bytes(), {}, Recording, Recorder())
    return raws, sources


def precompiled_modules(templates: Iterable[Path]) -> dict[str, str]:
    """Return module name -> text of every shipped module of `templates` (what tools/make_docx_templates.py writes)."""
    from plangen.office import precompiled

    out: dict[str, str] = {}
    for template in templates:
        out |= precompiled.modules(*template_inputs(template), sandbox_env())
        out |= _styles_modules(template.read_bytes())
    return out


def _styles_modules(data: bytes) -> dict[str, str]:
    """Return module name -> text shipping a template's finished styles for each language without plan fonts."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    from plangen.design import Design
    from plangen.office import docx_kit, precompiled, shared_styles
    from plangen.text.catalog import LANGUAGES

    doc = shared_styles.open_document(data)
    original = doc.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        key, finish = docx_kit.finished_styles(Design(lang=lang), fonts=False)
        kept = shared_styles.styles_key(original, _styles_source(doc, data), key)
        name, text = precompiled.styles_module(kept, shared_styles._finished_part(original, finish).blob)
        out[name] = text
    return out


def _where(exc: Exception) -> str:
    """Return ' near: <text>' from docxtpl's context of a failing tag, or ''."""
    context = getattr(exc, "docx_context", None)
    if not context:
        return ""
    text = " ".join(line.strip() for line in context if line.strip())
    return Said("messages.render.near", text=text[:120]) if text else ""
