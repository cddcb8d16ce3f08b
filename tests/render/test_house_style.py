"""Every document kind prints money and dates in the one house style (plangen.text.formats), in both languages."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from lxml import etree

from plangen.build.portfolio import render_portfolio
from plangen.load.client import load_client
from plangen.render.kickoff import render_kickoff
from plangen.render.meetings import render_meetings
from plangen.render.report import render_report
from tests.support.helpers import MINATO, NORTHWIND

TEXT_TAGS = ("{http://schemas.openxmlformats.org/drawingml/2006/main}t",
             "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t",
             "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}t",
             "{http://schemas.openxmlformats.org/drawingml/2006/chart}v")
FULL_YEN = re.compile(r"\d{1,3}(,\d{3}){2,}円|\d{7,}円")
ISO_DATE = re.compile(r"(?<![/\w])\d{4}-\d{2}(-\d{2})?(?![\w.])")  # reports/2027-02.yaml is a file name
MONTH_NAMES = re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|"
                         r"December)\b")
JA_SLASH_WITHOUT_YEAR = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
EN_SLASH_DATE = re.compile(r"\b\d{4}/\d{1,2}/\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")


def plan_strings(folder: Path) -> list[str]:
    """Return every text the plan and its notes give (printed as written, so not the house style's business)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.extend(line.strip() for line in node.splitlines() if len(line.strip()) >= 4)  # not units (日)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [folder / "plan.yaml", *sorted((folder / "reports").glob("*.yaml"))]:
        if path.is_file():
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(found, key=len, reverse=True)


def document_text(path: Path) -> str:
    """Return the text runs of every XML part of an Office file (slides, charts, document, shared strings)."""
    texts: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml") or "/theme/" in name or name.startswith("docProps/"):
                continue
            root = etree.fromstring(archive.read(name))
            paragraphs: dict[object, int] = {}
            for node in root.iter(*TEXT_TAGS):  # one paragraph's runs and measured line breaks read as one text
                run = node.getparent()
                paragraph = run.getparent() if run is not None else None
                key = paragraph if paragraph is not None and str(paragraph.tag).endswith("}p") else node
                if key in paragraphs:
                    texts[paragraphs[key]] += node.text or ""
                else:
                    paragraphs[key] = len(texts)
                    texts.append(node.text or "")
    return "\n".join(texts)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Return {lang: {document name: its text}} for every document kind of a Japanese and an English plan."""
    out: dict[str, dict[str, str]] = {}
    for lang, folder in (("ja", MINATO), ("en", NORTHWIND)):
        root = tmp_path_factory.mktemp(lang)
        client = load_client(folder)
        paths = [*render_kickoff(client, root).paths, *render_meetings(client, root, on=date(2027, 3, 2)).paths,
                 *render_report(client, "2027-02", root).paths]
        portfolio = render_portfolio([folder.parent], "2027-02", out_root=root, jobs=1, lang=lang)
        paths += portfolio.paths
        written = plan_strings(folder)
        out[lang] = {}
        for path in (p for p in paths if p.suffix in (".pptx", ".docx", ".xlsx")):
            text = document_text(path)
            for given in written:
                text = text.replace(given, " ")
            out[lang][path.name] = text
    return out


def test_workbook_dates_use_the_table_style(tmp_path: Path) -> None:
    import openpyxl

    for lang in ("ja", "en"):
        portfolio = render_portfolio([MINATO.parent], "2027-02", out_root=tmp_path / lang, jobs=1, lang=lang,
                                     deck=False)
        sheet = openpyxl.load_workbook(next(p for p in portfolio.paths if p.suffix == ".xlsx")).active
        assert sheet is not None
        formats = {cell.number_format for row in sheet.iter_rows(min_row=2) for cell in row if cell.is_date}
        assert formats == {"yyyy/m/d" if lang == "ja" else "d mmm yyyy"}


def test_every_document_kind_is_checked(documents: dict[str, dict[str, str]]) -> None:
    for lang in ("ja", "en"):
        suffixes = sorted({name.rsplit(".", 1)[1] for name in documents[lang]})
        assert suffixes == ["docx", "pptx", "xlsx"]
        assert any(name.startswith("kickoff") for name in documents[lang])
        assert any(name.startswith("evaluator-report") and name.endswith(".docx") for name in documents[lang])
        assert any(name.startswith("portfolio") and name.endswith(".pptx") for name in documents[lang])


def test_japanese_money_is_never_a_full_yen_figure(documents: dict[str, dict[str, str]]) -> None:
    found = {name: FULL_YEN.findall(text) for name, text in documents["ja"].items() if FULL_YEN.search(text)}
    assert found == {}
    assert any("万円" in text for text in documents["ja"].values())


def test_no_document_prints_machine_dates(documents: dict[str, dict[str, str]]) -> None:
    found = {f"{lang}/{name}": ISO_DATE.findall(text) for lang in documents
             for name, text in documents[lang].items() if ISO_DATE.search(text)}
    assert found == {}


def test_japanese_dates_only_as_year_month_day(documents: dict[str, dict[str, str]]) -> None:
    found = {name: JA_SLASH_WITHOUT_YEAR.findall(text) for name, text in documents["ja"].items()
             if JA_SLASH_WITHOUT_YEAR.search(text)}
    assert found == {}
    assert any(re.search(r"\d{4}年\d{1,2}月\d{1,2}日", text) for text in documents["ja"].values())
    assert any(re.search(r"\d{4}/\d{1,2}/\d{1,2}", text) for text in documents["ja"].values())


def test_english_dates_in_one_style(documents: dict[str, dict[str, str]]) -> None:
    found = {name: MONTH_NAMES.findall(text) + EN_SLASH_DATE.findall(text)
             for name, text in documents["en"].items() if MONTH_NAMES.search(text) or EN_SLASH_DATE.search(text)}
    assert found == {}
    assert any(re.search(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b", text)
               for text in documents["en"].values())
