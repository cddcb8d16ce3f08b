"""Find protected words (names, katakana words, product names, numbers with units, dates) split across two lines
of a rendered PDF, using poppler's word boxes (`pdftotext -bbox-layout`)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from plangen.model import Plan

_NS = "{http://www.w3.org/1999/xhtml}"
KATAKANA = re.compile("[ァ-ヺー]{4,}")
"""Katakana words of four or more characters."""
UNITS = ("億円", "万円", "千円", "円", "時間", "分", "日", "ヶ月", "か月", "カ月", "月", "年", "件", "人", "名",
         "社", "%", "％", "pt", "ポイント", "点", "倍", "拠点", "店舗", "品番", "回", "週", "h")
AMOUNT = re.compile(r"\d[\d,.]*\s?(?:" + "|".join(re.escape(u) for u in UNITS) + ")")
"""A number with its unit (2.4億円, 22.0 時間, 10月, 95%)."""
DATE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}[-/]\d{1,2}[-/]\d{1,2}")
"""A Japanese or ISO date."""
NUMBER = re.compile(r"\d[\d,.]*\d")
"""A number of two or more digits."""


def protected_words(plan: Plan) -> list[str]:
    """Return the plan's words that must never break: people, client, vendor and product names."""
    words = [p.name for p in plan.team.client] + [p.name for p in plan.team.vendor]
    words += [plan.client.name, plan.client.short_name or "", plan.vendor.name or "", plan.vendor.product or ""]
    return sorted({w for w in words if len(w.replace(" ", "")) >= 2}, key=len, reverse=True)


def line_pairs(pdf: Path) -> list[tuple[str, str]]:
    """Return (line, next line) for every two lines of `pdf` that read as one paragraph: the second starts just
    below the first and the two overlap horizontally (poppler's blocks split table cells line by line)."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    root = etree.fromstring(xhtml, etree.XMLParser(recover=True, huge_tree=True))
    pairs: list[tuple[str, str]] = []
    for page in root.iter(f"{_NS}page"):
        lines = []
        for line in page.iter(f"{_NS}line"):
            text = "".join(w.text or "" for w in line.iter(f"{_NS}word"))
            box = [float(line.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")]
            if text.strip():
                lines.append((box, text))
        for (a, first) in lines:
            height = a[3] - a[1]
            below = [(b, text) for b, text in lines
                     if -0.5 * height <= b[1] - a[3] < 0.8 * height and b[1] > a[1]
                     and min(a[2], b[2]) - max(a[0], b[0]) > 0 and abs((b[3] - b[1]) - height) < 0.25 * height]
            if below:
                pairs.append((first, min(below, key=lambda item: item[0][1])[1]))
    return pairs


def _spans(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) of every protected word found in `text` (spaces removed)."""
    for word in words:
        key = word.replace(" ", "")
        start = text.find(key)
        while start >= 0:
            yield start, start + len(key), word
            start = text.find(key, start + 1)
    for pattern in (KATAKANA, AMOUNT, DATE, NUMBER):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), match.group()


def source_text(document: Path) -> str:
    """Return every paragraph, table cell and chart value of an OOXML file, one per line, spaces removed."""
    out: list[str] = []
    with zipfile.ZipFile(document) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(archive.read(name))
            for element in root.iter("{*}p", "{*}v"):
                if element.tag.endswith("}v"):
                    out.append(element.text or "")
                else:
                    out.append("".join(t.text or "" for t in element.iter("{*}t")))
    return "\n".join(out).replace(" ", "").replace("\u3000", "")


def broken_words(pdf: Path, words: Iterable[str], document: Path) -> list[str]:
    """Return 'word: end|start' for every protected word split between two consecutive lines of one block.

    A match counts only when it stands in one paragraph of the `document` the PDF was made from, so two
    neighbouring shapes that poppler puts in one block (a legend above an axis title) are not reported.
    """
    words = list(words)
    source = source_text(document)
    found: list[str] = []
    for first, second in line_pairs(pdf):
        head, tail = first.replace(" ", ""), second.replace(" ", "")
        joined, cut = head + tail, len(head)
        for start, end, word in _spans(joined, words):
            around = joined[max(0, cut - 3):cut + 3]  # the text around the break must be one text of the file
            if start < cut < end and joined[start:end] in source and around in source:
                found.append(f"{word}: {head[-8:]}|{tail[:8]}")
                break
    return found

