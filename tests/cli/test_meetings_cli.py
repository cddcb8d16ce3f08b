"""`plangen meetings` on the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from plangen.cli import main
from plangen.resources import templates_dir
from tests.support.helpers import MINATO, NORTHWIND


def test_meetings_writes_documents_and_calendars_under_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", str(MINATO), "--out", str(tmp_path), "--date", "2027-03-02"]) == 0
    out = capsys.readouterr().out.split()
    assert sorted(Path(p).name for p in out) == ["evaluator.docx", "evaluator.ics", "weekly.docx", "weekly.ics"]
    doc = docx.Document(str(tmp_path / "meetings" / "weekly.docx"))
    assert "2027年3月2日（火）" in doc.paragraphs[1].text


def test_meetings_warns_about_a_meeting_without_day_or_time(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", str(NORTHWIND), "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "warning: meeting evaluator: no calendar file, because it has no weekday or time" in err


def test_meetings_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", str(MINATO), "--out", str(tmp_path), "--date", "2027-02-30"]) == 2
    assert "must be a date YYYY-MM-DD" in capsys.readouterr().err


def test_meetings_reports_a_forbidden_template_as_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    shutil.copy(templates_dir() / "meeting-evaluator.docx", folder / "meeting-evaluator.docx")
    doc = docx.Document(str(folder / "meeting-evaluator.docx"))
    doc.add_paragraph("{{ t.__class__ }}")
    doc.save(str(folder / "meeting-evaluator.docx"))
    assert main(["meetings", str(MINATO), "--out", str(tmp_path / "o"), "--templates", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "meeting-evaluator.docx" in err and "may not use" in err
    assert "Traceback" not in err


def test_meetings_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", "--help"]) == 0
    text = capsys.readouterr().out
    assert "plangen meetings plans/minato --date 2027-03-02" in text and "--templates" in text
