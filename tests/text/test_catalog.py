"""The catalog of words: one accessor, both languages complete, one word per concept across documents."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from string import Formatter

import pytest

from plangen.text import tr
from plangen.text.catalog import CATALOG, MODULES, namespace

PACKAGE = Path(__file__).resolve().parents[2] / "plangen"


def _fields(text: str) -> set[str]:
    """Return the str.format fields of a catalog text."""
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_both_languages_have_the_same_keys() -> None:
    assert CATALOG["ja"].keys() == CATALOG["en"].keys()


def test_both_languages_take_the_same_fields() -> None:
    differ = [k for k in CATALOG["ja"] if _fields(CATALOG["ja"][k]) != _fields(CATALOG["en"][k])]
    assert differ == []


def test_every_key_is_namespaced_by_its_module() -> None:
    shared = ("status", "milestone", "cadence", "weekday", "kind", "direction", "level", "frequency", "segment", "role",
              "doc", "unit", "punct", "schedule")
    for module in MODULES:
        name = module.__name__.rsplit(".", 1)[1]
        allowed = shared if name == "common" else (name,)
        assert all(key.split(".", 1)[0] in allowed for key in module.WORDS["ja"]), name


def test_fields_are_filled_in() -> None:
    assert tr("ja", "kickoff.more", n=3) == "ほか3名"
    assert tr("en", "portfolio.r.renew", days=30) == "renewal in 30 days"


def test_unknown_language_falls_back_to_english() -> None:
    assert tr("fr", "status.on_track") == "On track"


def test_unknown_key_is_an_error_not_a_silent_key() -> None:
    with pytest.raises(KeyError):
        tr("ja", "report.no_such_word")


def test_template_view_strips_the_namespace() -> None:
    view = namespace("ja", "meetings")
    assert view["agenda"] == "アジェンダ"
    assert all("." not in key for key in view)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_one_word_per_concept_in_every_document(lang: str) -> None:
    period = tr(lang, "doc.support_period")
    assert tr(lang, "kickoff.period") == tr(lang, "meetings.period") == period
    criteria = tr(lang, "doc.criteria")
    assert tr(lang, "kickoff.criteria") == tr(lang, "meetings.criteria") == tr(lang, "report.col.criteria") == criteria
    assert tr(lang, "meetings.due") == tr(lang, "report.col.due") == tr(lang, "doc.due")
    assert tr(lang, "milestone.delayed") == tr(lang, "status.off_track")
    assert tr(lang, "milestone.planned") == tr(lang, "status.not_started")
    assert tr(lang, "kickoff.target") == tr(lang, "meetings.target") == tr(lang, "report.col.target")
    assert tr(lang, "kickoff.kind") == tr(lang, "meetings.kind") == tr(lang, "report.col.kind")
    assert tr(lang, "kickoff.name") == tr(lang, "meetings.metric") == tr(lang, "report.col.kpi")
    assert tr(lang, "kickoff.target_date") == tr(lang, "report.col.target_date")
    assert tr(lang, "meetings.annual_fee") == tr(lang, "report.benefit.fee")
    assert tr(lang, "meetings.benefit_now") == tr(lang, "report.benefit.now")
    assert tr(lang, "meetings.benefit_target") == tr(lang, "report.benefit.target")
    assert tr(lang, "meetings.value") == tr(lang, "report.col.value")
    assert tr(lang, "meetings.action") == tr(lang, "report.col.action")
    assert tr(lang, "meetings.milestone") == tr(lang, "kickoff.milestone") == tr(lang, "report.col.name")


def test_no_document_says_the_words_the_house_style_replaced() -> None:
    words = " ".join(CATALOG["ja"].values())
    assert "完了条件" not in words and "遅延" not in words and "期限" not in words
    assert not re.search(r"(?<!成果)支援期間", words)


def test_language_tests_live_in_the_text_package() -> None:
    """Outside plangen/text, at most a handful of `lang == "ja"` tests, each with a comment saying why."""
    uncommented = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "text" or "resources" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            commented = "#" in line or lines[number - 2].strip().startswith("#")
            if re.search(r"""(lang|language)\s*[!=]=\s*["']ja["']""", line) and not commented:
                uncommented.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert uncommented == []


def test_every_catalog_key_used_in_code_exists() -> None:
    """Every literal key passed to `tr` names a word in the catalog (a typo would fail at run time)."""
    missing = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args or not isinstance(node.args[-1], ast.Constant):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            key = node.args[-1].value if name == "tr" else None
            if isinstance(key, str) and key not in CATALOG["ja"]:
                missing.append(f"{path.name}: {key}")
    assert missing == []
