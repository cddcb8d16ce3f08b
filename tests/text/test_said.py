"""Sentences said below the CLI stay plain English strings and can be said again in Japanese, across processes."""

from __future__ import annotations

import pickle

from plangen.errors import TemplateError
from plangen.text.said import Said, error_in_language, in_language


def test_a_said_sentence_is_its_english_text() -> None:
    said = Said("messages.render.no_kpi_value", slug="acme", month="2027-02")
    assert said == "acme: no KPI has a value for 2027-02"
    assert in_language(said, "ja") == "acme: 2027-02 の値がある KPI がひとつもありません"


def test_nested_sentences_are_said_in_the_same_language() -> None:
    why = Said("messages.render.no_ics.outside")
    said = Said("messages.render.no_ics", id="weekly", why=why)
    assert in_language(said, "ja").startswith("会議 weekly: 成果支援期間に入る回がないので、")
    assert said.startswith("meeting weekly: no calendar file, because no date of it falls in the support period")


def test_said_survives_pickling_for_the_process_pool() -> None:
    said = pickle.loads(pickle.dumps(Said("messages.render.row_cut")))
    assert isinstance(said, Said) and in_language(said, "ja") == "表の行が 1 枚のスライドに収まらないので短くしました"


def test_plain_text_and_errors_pass_through() -> None:
    assert in_language("as written", "ja") == "as written"
    error = TemplateError(Said("messages.render.template_missing", path="t.docx"))
    assert error_in_language(error, "ja") == "t.docx: テンプレートがありません"
    assert str(error) == "t.docx: template not found"
