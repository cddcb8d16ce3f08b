"""The fast paths of phrases.py give exactly what BudouX and the original one-regex name rule give."""

from __future__ import annotations

import random
import re
from pathlib import Path

from plangen.office import phrases

ROOT = Path(__file__).resolve().parents[2]
_NAME = "(?<![一-龥々])[一-龥々]{1,3}[ 　][一-龥々]{1,3}(?![一-龥々])(?:さん|様|氏)?"


def _corpus() -> list[str]:
    """Return the lines of the sample plans and random strings from their characters, names and spaces."""
    lines = [line.strip() for folder in (ROOT / "plans", ROOT / "tests" / "fixtures" / "examples")
             for path in sorted(folder.rglob("*.yaml")) for line in path.read_text(encoding="utf-8").splitlines()]
    alphabet = sorted({c for line in lines for c in line} | set("藤田亮 　様氏さん々一龥2026年12月ABCx"))
    rnd = random.Random(7)
    lines += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    rnd_names = "藤田亮山本花子一龥々 　様氏さんのをA1"
    lines += ["".join(rnd.choice(rnd_names) for _ in range(rnd.randint(0, 16))) for _ in range(3000)]
    return [*lines, "", "a", "あ", "藤田 亮", "藤田 亮さん", "佐々木 一郎様", "長谷川部長 花子", "Ａ 藤田 亮氏"]


def test_budoux_cuts_match_budoux_parse() -> None:
    parser = phrases._parser()
    assert phrases._model() == parser.model and phrases._features()[0] == parser._base_score
    for text in _corpus():
        chunks = parser.parse(text)
        expected = {sum(len(c) for c in chunks[:i]) for i in range(1, len(chunks))}
        assert phrases._budoux_cuts(text) == expected, text


def test_protected_spans_match_the_single_regex_with_the_name_rule() -> None:
    single = re.compile(phrases._PROTECTED.pattern + "|" + _NAME)
    for text in _corpus():
        assert list(phrases._protected(text, ())) == [m.span() for m in single.finditer(text)], text


def test_wide_characters_match_the_former_class() -> None:
    wide = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
    for code in range(0x20, 0x10000):
        assert phrases.is_wide(chr(code)) == bool(wide.match(chr(code)))
