"""Documents of one template share finished styles per language and fonts: the same bytes as marking their own."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plangen.design import Design
from plangen.office import docx_kit, sandbox, shared_styles
from plangen.resources import templates_dir

TEMPLATE = templates_dir() / "meeting-weekly.docx"
DESIGNS = [(Design(), False), (Design(lang="en"), False),
           (Design(lang="en", font_latin="Arial", font_ea="Yu Gothic"), True), (Design(), False)]


def _styles_xml(doc: object) -> bytes:
    """Return the styles part of a document as it is saved."""
    return doc.part.part_related_by(  # type: ignore[attr-defined, no-any-return]
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles").blob


def _own(design: Design, fonts: bool) -> bytes:
    """Return the styles of a weekly document marked the way without sharing: a copy of its own, then marked."""
    document = docx.Document(str(TEMPLATE))
    docx_kit.set_language(document, design)
    if fonts:
        docx_kit.apply_fonts(document, design)
    return _styles_xml(document)


def _rendered(design: Design, fonts: bool) -> object:
    """Return the weekly template rendered through the sandbox's path with shared styles (data left out)."""
    template = sandbox._template_class()
    return sandbox._render(TEMPLATE.read_bytes(), {}, template, _Lenient(),
                           docx_kit.finished_styles(design, fonts=fonts)).docx


class _AsWritten:
    """A template that renders as its source text."""

    def __init__(self, source: str) -> None:
        self.source = source

    def render(self, context: object) -> str:
        return self.source


class _Lenient(sandbox.BoundedSandbox):
    """A sandbox that leaves every template part as written (the styles are what is tested)."""

    def from_string(self, source: object, globals: object = None, template_class: object = None) -> object:
        return _AsWritten(str(source))


@pytest.mark.parametrize(("design", "fonts"), DESIGNS)
def test_shared_styles_are_the_bytes_of_marking_a_copy_of_its_own(design: Design, fonts: bool) -> None:
    for _ in range(2):  # made once, then shared
        rendered = _rendered(design, fonts)
        assert type(rendered.part._styles_part) is shared_styles._part_class()  # type: ignore[attr-defined]
        assert _styles_xml(rendered) == _own(design, fonts)


def test_designs_in_turn_each_get_their_own_and_the_template_stays_as_it_was() -> None:
    kept = sandbox._prepared(TEMPLATE.read_bytes()).skeleton
    before = _styles_xml(kept)
    for design, fonts in DESIGNS:
        assert _styles_xml(_rendered(design, fonts)) == _own(design, fonts)
    assert _styles_xml(kept) == before


def test_styles_that_cannot_be_shared_are_marked_in_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_styles, "copy_memo", lambda *args: None)
    design = Design(lang="en", font_latin="Arial", font_ea="Yu Gothic")
    rendered = _rendered(design, True)
    assert type(rendered.part._styles_part) is not shared_styles._part_class()  # type: ignore[attr-defined]
    assert _styles_xml(rendered) == _own(design, True)


def test_a_saved_document_with_shared_styles_opens_with_them(tmp_path: Path) -> None:
    rendered = _rendered(Design(lang="en"), False)
    rendered.save(str(tmp_path / "x.docx"))  # type: ignore[attr-defined]
    reopened = docx.Document(str(tmp_path / "x.docx"))
    assert reopened.styles.element.xpath("string(//w:docDefaults//w:lang/@w:val)") == "en-US"
    assert _styles_xml(reopened) == _own(Design(lang="en"), False)


def test_new_documents_share_the_styles_of_their_design() -> None:
    design = Design(accent="336699")
    first, second = docx_kit.new_document(design), docx_kit.new_document(design)
    assert first.part._styles_part is second.part._styles_part  # type: ignore[attr-defined]
    assert type(first.part._styles_part) is shared_styles._part_class()  # type: ignore[attr-defined]
    assert _styles_xml(first) == _styles_xml(docx_kit._base_document(design))
    assert docx_kit.new_document(Design(accent="993366")).part._styles_part is not first.part._styles_part


def test_templates_with_the_same_styles_share_one_finished_part() -> None:
    design = Design(lang="en")
    parts = []
    for template in sorted(templates_dir().glob("*.docx")):  # the bundled templates have the same styles.xml
        rendered = sandbox._render(template.read_bytes(), {}, sandbox._template_class(), _Lenient(),
                                   docx_kit.finished_styles(design, fonts=False)).docx
        parts.append(rendered.part._styles_part)  # type: ignore[attr-defined]
    assert len(parts) == 3
    assert all(part is parts[0] for part in parts)


def test_an_opened_template_parses_its_styles_only_when_used() -> None:
    data = TEMPLATE.read_bytes()
    opened = shared_styles.open_document(data)
    part = opened.part._styles_part  # type: ignore[attr-defined]
    assert "_element" not in part.__dict__
    assert _styles_xml(opened) == _styles_xml(docx.Document(str(TEMPLATE)))
    assert opened.styles["Normal"].name == "Normal"


def test_rendering_with_shared_styles_leaves_the_kept_template_styles_unparsed() -> None:
    sandbox._prepared.cache_clear()  # other tests read the kept template's styles
    _rendered(Design(lang="ja"), False)
    kept = sandbox._prepared(TEMPLATE.read_bytes()).skeleton
    assert "_element" not in kept.part._styles_part.__dict__  # type: ignore[attr-defined]


def test_opening_a_file_that_is_not_a_word_document_fails_like_python_docx() -> None:
    pptx = next(Path(__file__).parents[2].glob("plangen/resources/**/*.pptx"), None)
    if pptx is None:
        pytest.skip("no bundled pptx")
    with pytest.raises(ValueError, match="not a Word file"):
        shared_styles.open_document(pptx.read_bytes())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_bundled_templates_styles_ship_finished_for_each_language(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_styles, "_FINISHED", {})
    part = _rendered(Design(lang=lang), False).part._styles_part  # type: ignore[attr-defined]
    assert "_element" not in part.__dict__  # neither parsed, marked nor serialized at run time
    assert part.blob == _own(Design(lang=lang), False)
    assert part.element.tag.endswith("}styles")  # parsed from those bytes when a document reads its styles


def test_styles_with_plan_fonts_are_marked_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_styles, "_FINISHED", {})
    design = Design(lang="en", font_latin="Arial", font_ea="Yu Gothic")
    part = _rendered(design, True).part._styles_part  # type: ignore[attr-defined]
    assert "_element" in part.__dict__
    assert part.blob == _own(design, True)
