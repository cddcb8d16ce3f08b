"""Templates render in a sandbox: data stays data, internals are out of reach, errors are clear."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from plangen.errors import TemplateError
from plangen.office.sandbox import render_docx_template


def _template(tmp_path: Path, *lines: str) -> Path:
    """Return a .docx whose paragraphs are `lines`."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "t.docx"
    document.save(str(path))
    return path


def _texts(tmp_path: Path, *lines: str, **context: object) -> list[str]:
    rendered = render_docx_template(_template(tmp_path, *lines), context)
    return [p.text for p in rendered.paragraphs]


def test_markup_characters_in_data_survive(tmp_path: Path) -> None:
    assert _texts(tmp_path, "{{ x }}", x="A&B <x> \"q\"") == ["A&B <x> \"q\""]


def test_plan_text_is_never_evaluated_as_a_template(tmp_path: Path) -> None:
    assert _texts(tmp_path, "{{ x }}", x="{{ 7*7 }} {% if 1 %}yes{% endif %}") == [
        "{{ 7*7 }} {% if 1 %}yes{% endif %}"]


def test_reaching_for_python_internals_fails_with_a_clear_error(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ x.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateError, match=r"t\.docx: the template uses something templates may not use"):
        render_docx_template(path, {"x": "s"})


def test_calling_unsafe_methods_is_refused(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ cycler.__init__.__globals__ }}")
    with pytest.raises(TemplateError, match="may not use"):
        render_docx_template(path, {})


def test_huge_repetition_is_refused(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ 'x' * 10**8 }}")
    with pytest.raises(TemplateError, match="may not use"):
        render_docx_template(path, {})
    assert _texts(tmp_path, "{{ '-' * 3 }}") == ["---"]


def test_a_misspelt_variable_is_an_error_not_a_blank(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ meetin.name }}")
    with pytest.raises(TemplateError, match=r"'meetin' is undefined.*docs/templates\.md"):
        render_docx_template(path, {"meeting": {"name": "x"}})


def test_a_broken_tag_names_the_template(tmp_path: Path) -> None:
    path = _template(tmp_path, "{% if x %}never closed")
    with pytest.raises(TemplateError, match=r"t\.docx: template tag error"):
        render_docx_template(path, {"x": 1})


def test_a_file_that_is_not_a_word_document_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(TemplateError, match="not a Word document"):
        render_docx_template(path, {})


def test_paragraph_tags_leave_no_empty_paragraphs(tmp_path: Path) -> None:
    texts = _texts(tmp_path, "before", "{%p if show %}", "shown", "{%p endif %}", "{%p for i in items %}",
                   "{{ i }}", "{%p endfor %}", "after", show=True, items=["a", "b"])
    assert texts == ["before", "shown", "a", "b", "after"]


@pytest.mark.parametrize("text", ["plain 計画", "two\nlines", "tab\there", "page\fbreak", "para\abreak"])
def test_listing_resolution_is_docxtpls_with_or_without_special_characters(text: str) -> None:
    from docxtpl import DocxTemplate

    from plangen.office.sandbox import _template_class

    xml = f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
    ours = _template_class().resolve_listing(None, xml)
    assert ours == DocxTemplate.resolve_listing(None, xml)


@pytest.mark.parametrize("tag", ["{% for i in range(10**9) %}x{% endfor %}", "{{ range(999999999) | list }}",
                                 "{{ range(20000) | list | length }}"])
def test_a_huge_range_is_a_template_error_not_a_traceback(tmp_path: Path, tag: str) -> None:
    with pytest.raises(TemplateError, match=r"t\.docx: the template failed while filling in: OverflowError: "
                                            r"range\(\) of [\d,]+ items is too large for a template"):
        render_docx_template(_template(tmp_path, tag), {})


def test_a_division_by_zero_in_a_template_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="ZeroDivisionError"):
        render_docx_template(_template(tmp_path, "{{ 1 / 0 }}"), {})
