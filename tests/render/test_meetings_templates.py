"""Users restyle meeting documents with their own templates; plan text stays data; ids stay in the folder."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import docx
import pytest

from plangen.errors import TemplateError
from plangen.model import Client, Meeting
from plangen.render.meetings import render_meetings, template_for
from plangen.resources import templates_dir


def _user_templates(tmp_path: Path, line: str) -> Path:
    """Return a folder holding a copy of the weekly template with `line` added at the top."""
    folder = tmp_path / "mine"
    folder.mkdir()
    target = folder / "meeting-weekly.docx"
    shutil.copy(templates_dir() / "meeting-weekly.docx", target)
    doc = docx.Document(str(target))
    doc.paragraphs[0].insert_paragraph_before(line)
    doc.save(str(target))
    return folder


def test_a_template_in_the_templates_folder_overrides_the_bundled_one(minato: Client, tmp_path: Path) -> None:
    folder = _user_templates(tmp_path, "自社版 {{ meeting.name }} / {{ client.short_name }} / {{ t.agenda }}")
    render_meetings(minato, tmp_path / "out", templates=folder)
    weekly = docx.Document(str(tmp_path / "out" / "meetings" / "weekly.docx"))
    evaluator = docx.Document(str(tmp_path / "out" / "meetings" / "evaluator.docx"))
    assert weekly.paragraphs[0].text == "自社版 定例会 / みなと衣料 / アジェンダ"
    assert evaluator.paragraphs[0].text == "評価者報告会"  # no user copy: the bundled template is used
    assert template_for("evaluator", folder) == templates_dir() / "meeting-evaluator.docx"


def test_a_user_template_reaching_for_internals_fails_with_a_template_error(minato: Client, tmp_path: Path) -> None:
    folder = _user_templates(tmp_path, "{{ meeting.name.__class__.__base__.__subclasses__() }}")
    with pytest.raises(TemplateError, match=r"meeting-weekly\.docx: the template uses something templates may not"):
        render_meetings(minato, tmp_path / "out", templates=folder)


def test_a_missing_templates_folder_is_a_template_error(minato: Client, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="no such templates folder"):
        render_meetings(minato, tmp_path / "out", templates=tmp_path / "nope")


def test_plan_text_is_printed_as_written_never_evaluated(minato: Client, tmp_path: Path) -> None:
    meeting = minato.plan.meetings[0].model_copy(update={"purpose": "A&B <x> {{ 7*7 }} {% raw %}"})
    client = dataclasses.replace(minato, plan=minato.plan.model_copy(update={"meetings": [meeting]}))
    render_meetings(client, tmp_path)
    doc = docx.Document(str(tmp_path / "meetings" / "weekly.docx"))
    assert doc.tables[0].cell(0, 1).text == "A&B <x> {{ 7*7 }} {% raw %}"


@pytest.mark.parametrize("bad_id", ["../../escape", "sub/dir", ".hidden"])
def test_a_meeting_id_cannot_write_outside_the_meetings_folder(minato: Client, tmp_path: Path, bad_id: str) -> None:
    meeting = Meeting(id=bad_id, name="X", weekday="mon", time="09:00")
    client = dataclasses.replace(minato, plan=minato.plan.model_copy(update={"meetings": [meeting]}))
    out = tmp_path / "a" / "b"
    result = render_meetings(client, out)
    assert result.paths == []
    assert any("cannot be used as a file name" in w for w in result.warnings)
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()) == []


def test_plan_style_fonts_replace_the_template_fonts(minato: Client, tmp_path: Path) -> None:
    from docx.oxml.ns import qn

    from plangen.model import Style

    client = dataclasses.replace(minato, plan=minato.plan.model_copy(
        update={"style": Style(font_ea="Hiragino Sans", font_latin="Helvetica")}))
    render_meetings(client, tmp_path)
    doc = docx.Document(str(tmp_path / "meetings" / "weekly.docx"))
    east = {f.get(qn("w:eastAsia")) for f in doc.element.iter(qn("w:rFonts"))} - {None}
    assert east == {"Hiragino Sans"}
