"""Every file plangen writes is one PowerPoint, Word and Excel open without repair, and says what it is.

Each document kind (kickoff deck, meeting documents weekly and evaluator, report deck and document, portfolio
workbook and deck) for the Japanese and English examples and bundled plans, the large plan and a 4:3 corporate
template: every part validates against ECMA-376 (tests/support/ooxml.py), the core properties name the
document, its client and author, and no slide sets type under 9 pt or draws outside the slide.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pytest
from pptx import Presentation

from plangen.build.portfolio import render_portfolio
from plangen.load.client import load_client
from plangen.model import Client
from plangen.render.kickoff import render_kickoff
from plangen.render.meetings.render import render_meetings
from plangen.render.report import latest_report_month, render_report
from plangen.render.ringi import render_ringi
from plangen.resources import templates_dir
from tests.support.bigplan import big_plan, write_big_plan
from tests.support.deckcheck import outside_shapes, small_type
from tests.support.helpers import MINATO, NORTHWIND, PLANS
from tests.support.kickoff_fixtures import make_corp_template
from tests.support.ooxml import check_file, check_package

PLAN_CASES = {"minato": MINATO, "northwind": NORTHWIND, "aoba-seiki": PLANS / "aoba-seiki",
              "harborview-health": PLANS / "harborview-health", "big": None}
"""Client folders (None: the large synthetic plan, written on the fly)."""
CORP_CASES = ("corp-minato", "corp-big")
"""The kickoff deck of a plan on a 4:3 corporate template."""
PORTFOLIO_CASES = ("portfolio-ja", "portfolio-en")
CASES = (*PLAN_CASES, *CORP_CASES, *PORTFOLIO_CASES)
CSM = {"minato": "小林 誠", "northwind": "Tom Becker", "aoba-seiki": "森田 香織", "harborview-health": "Rachel Chen",
       "big": "小林 誠"}

TITLE_WORDS = {"kickoff": ("キックオフ資料", "Kickoff"),
               "evaluator-report": ("月次評価者報告", "Monthly evaluator report"),
               "renewal-approval": ("継続利用稟議書", "Renewal business case")}
"""The document kind in the title of a deck or document (ja, en); meeting documents carry the meeting's name."""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[Path]]:
    """Return a function that writes every document of a case once and returns the files."""
    root = tmp_path_factory.mktemp("office")

    @cache
    def client(name: str) -> Client:
        folder = PLAN_CASES[name]
        return load_client(folder if folder is not None else write_big_plan(root / "plans" / "bigplan"))

    @cache
    def files(case: str) -> list[Path]:
        out = root / "out" / case
        if case in PLAN_CASES:
            plan = client(case)
            render_kickoff(plan, out)
            render_meetings(plan, out)
            render_report(plan, latest_report_month(plan) or "2027-02", out)
            render_ringi(plan, latest_report_month(plan) or "2027-02", out)
        elif case in CORP_CASES:
            render_kickoff(client(case.removeprefix("corp-")), out, template=make_corp_template(root / "corp.pptx"))
        else:
            plans = root / "portfolio-plans"
            if not plans.exists():
                for name in PLAN_CASES:
                    client(name)  # writes the large plan
                    shutil.copytree(PLAN_CASES[name] or root / "plans" / "bigplan", plans / name)
            render_portfolio([plans], "2027-02", out_root=out, jobs=1, lang=case.removeprefix("portfolio-"))
        return sorted(p for p in out.rglob("*") if p.suffix in (".pptx", ".docx", ".xlsx"))

    return files


def kind(path: Path) -> str:
    """Return the document kind of a written file: kickoff.pptx, meetings/<id>.docx, evaluator-report.docx, ..."""
    if path.parent.name == "meetings":
        return f"meetings/{path.name}"
    return re.sub(r"-\d{4}-\d{2}", "", path.name)


def decks(build: Callable[[str], list[Path]], case: str) -> list[Path]:
    """Return the decks of a case."""
    return [p for p in build(case) if p.suffix == ".pptx"]


@pytest.mark.parametrize("case", CASES)
def test_every_part_of_every_document_validates_against_ecma376(case: str, build: Callable[[str], list[Path]]) -> None:
    files = build(case)
    kinds = {kind(p) for p in files}
    if case in PLAN_CASES:
        assert {"kickoff.pptx", "evaluator-report.pptx", "evaluator-report.docx", "renewal-approval.docx"} <= kinds
        assert any(k.startswith("meetings/") for k in kinds)
    if case in ("minato", "northwind"):
        assert {"meetings/weekly.docx", "meetings/evaluator.docx"} <= kinds  # both meeting templates
    if case in PORTFOLIO_CASES:
        assert kinds == {"portfolio.pptx", "portfolio.xlsx"}
    findings = {kind(p): check_file(p) for p in files}
    assert {k: f for k, f in findings.items() if f} == {}


def test_report_decks_carry_chart_workbooks_and_they_validate_too(build: Callable[[str], list[Path]]) -> None:
    deck = next(p for p in build("minato") if p.name == "evaluator-report.pptx")
    embedded = [n for n in zipfile.ZipFile(deck).namelist() if n.endswith(".xlsx")]
    assert embedded  # so the check above did open embedded packages
    assert check_file(deck) == []


@pytest.mark.parametrize("name", ["kickoff.pptx", "meeting-weekly.docx", "meeting-evaluator.docx", "ringi.docx"])
def test_bundled_templates_validate_with_unique_shape_ids(name: str) -> None:
    assert check_file(templates_dir() / name) == []


def _rewrite(path: Path, part: str, change: Callable[[str], str]) -> bytes:
    """Return the package at `path` with one part's XML text changed."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, change(data.decode("utf-8")).encode("utf-8") if item.filename == part else data)
    return out.getvalue()


@pytest.mark.parametrize(("what", "part", "change", "expected"), [
    ("lstStyle after the paragraphs", "ppt/slides/slide2.xml",
     lambda x: re.sub(r"<a:lstStyle/>((?:<a:p>.*?</a:p>)+)", r"\1<a:lstStyle/>", x, count=1), "lstStyle"),
    ("a negative axis id", "ppt/charts/chart1.xml", lambda x: re.sub(r'c:axId val="\d+"', 'c:axId val="-5"', x),
     "unsignedInt"),
    ("two shapes with one id", "ppt/slides/slide2.xml", lambda x: re.sub(r'cNvPr id="\d+"', 'cNvPr id="2"', x),
     "used more than once"),
    ("a relationship to a missing part", "ppt/slides/_rels/slide2.xml.rels",
     lambda x: x.replace("slideLayouts/slideLayout", "slideLayouts/gone"), "points at missing"),
])
def test_the_checker_finds_what_powerpoint_repairs(what: str, part: str, change: Callable[[str], str], expected: str,
                                                    build: Callable[[str], list[Path]]) -> None:
    deck = next(p for p in build("minato") if p.name == "evaluator-report.pptx")
    findings = check_package(_rewrite(deck, part, change), deck.name)
    assert any(expected in f for f in findings), what


def _utc(value: datetime | None) -> datetime | None:
    """Return a property date as naive UTC (python-pptx reads them zone-aware, openpyxl naive)."""
    return value.astimezone(UTC).replace(tzinfo=None) if value is not None and value.tzinfo else value


def _core(path: Path) -> dict[str, object]:
    """Return the core properties of any Office file as one dict (dates as naive UTC)."""
    if path.suffix == ".xlsx":
        p = openpyxl.load_workbook(path).properties
        return {"title": p.title, "author": p.creator, "modified_by": p.lastModifiedBy, "language": p.language,
                "created": _utc(p.created), "modified": _utc(p.modified), "comments": p.description or ""}
    c = (Presentation(str(path)) if path.suffix == ".pptx" else docx.Document(str(path))).core_properties
    return {"title": c.title, "author": c.author, "modified_by": c.last_modified_by, "language": c.language,
            "created": _utc(c.created), "modified": _utc(c.modified), "comments": c.comments}


@pytest.mark.parametrize("case", [*PLAN_CASES, *PORTFOLIO_CASES])
def test_every_file_names_its_kind_client_author_build_time_and_language(
        case: str, build: Callable[[str], list[Path]]) -> None:
    started = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
    for path in build(case):
        core = _core(path)
        created = core["created"]
        assert isinstance(created, datetime) and core["modified"] == created, path.name
        assert started < created <= datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=1), path.name
        assert core["author"] == core["modified_by"] and core["author"] not in ("", "Steve Canny", "python-docx",
                                                                                 "openpyxl"), path.name
        assert "python" not in str(core["comments"]), path.name
        if case in PLAN_CASES:
            folder = PLAN_CASES[case]
            name = load_client(folder).plan.client.name if folder else big_plan()["client"]["name"]
            english = case in ("northwind", "harborview-health")
            assert core["author"] == CSM[case], path.name
            assert str(core["title"]).startswith(name + " "), path.name
            words = TITLE_WORDS.get(kind(path).split(".")[0])
            assert words is None or words[english] in str(core["title"]), path.name
        else:
            english = case.endswith("en")
            assert ("Feb 2027" if english else "2027年2月") in str(core["title"])  # the house style's month
        assert core["language"] == ("en-US" if english else "ja-JP"), path.name


def test_a_plan_without_a_csm_is_authored_by_the_vendor(tmp_path: Path, minato: Client) -> None:
    plan = minato.plan.model_copy(update={"team": minato.plan.team.model_copy(update={"vendor": []})})
    deck = render_kickoff(replace(minato, plan=plan), tmp_path).paths[0]
    assert _core(deck)["author"] == "株式会社ストックパイロット"


@pytest.mark.parametrize("case", CASES)
def test_no_run_on_any_slide_is_under_9_pt(case: str, build: Callable[[str], list[Path]]) -> None:
    for deck in decks(build, case):
        assert small_type(Presentation(str(deck))) == [], deck.name


@pytest.mark.parametrize("case", CASES)
def test_every_shape_is_inside_its_slide(case: str, build: Callable[[str], list[Path]]) -> None:
    for deck in decks(build, case):
        assert outside_shapes(Presentation(str(deck))) == [], deck.name
