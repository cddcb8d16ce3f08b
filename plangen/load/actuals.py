"""Measured values from actuals.csv or actuals.xlsx, one row per period and metric."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path

from plangen.errors import Problem, display_path, show_got
from plangen.load.numbers import parse_number
from plangen.load.textclean import clean_text
from plangen.load.validation import validator_sentence
from plangen.load.wording import join, make_problem
from plangen.load.yamlsource import read_text
from plangen.model import Actual, Actuals, month_error, parse_day
from plangen.text import tr

COLUMNS = ("period", "metric", "value")
MAX_CELL = 2000


def find_actuals(folder: Path) -> Path | None:
    """Return the client's actuals file (csv preferred over xlsx), or None."""
    for name in ("actuals.csv", "actuals.xlsx"):
        if (folder / name).is_file():
            return folder / name
    return None


Say = Callable[..., Problem]
"""Builds a problem of the actuals file: (line, col, where, catalog key, got=None, severity=..., **fields)."""


def load_actuals(path: Path, known_metrics: set[str], lang: str = "en") -> tuple[Actuals, list[Problem]]:
    """Return the values in `path` and every problem found in it (errors and warnings, in the message language)."""
    problems: list[Problem] = []

    @cache
    def shown() -> str:
        return display_path(path)  # once, and only when there is a problem: it resolves the path on disk

    def problem(line: int | None, col: int | None, where: str, key: str, got: str | None = None,
                severity: str = "error", **fields: object) -> Problem:
        return make_problem(lang, shown(), line, col, where, tr(lang, key, **fields), got,
                            "warning" if severity == "warning" else "error")

    def row(line: int, name: str = "") -> str:
        return tr(lang, "messages.actuals.row", line=line) + (f": {name}" if name else "")

    if path.suffix.lower() == ".xlsx":
        cells = list(_xlsx_rows(path, problems, problem))
    else:
        text, read_problem = read_text(path, lang=lang)
        if read_problem is not None:
            return Actuals(path=path), [read_problem]
        assert text is not None
        cells = list(_csv_rows(text, problems, problem, row))
    if not cells:
        if problems:
            return Actuals(path=path), problems
        return Actuals(path=path), [problem(1, 1, "", "messages.actuals.empty")]
    header_line, header = cells[0][0], [h[1].strip().lower() for h in cells[0][1]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return Actuals(path=path), [problem(header_line, 1, "header", "messages.actuals.header",
                                            show_got(",".join(header)))]
    index = {name: header.index(name) for name in (*COLUMNS, "note") if name in header}
    rows: list[Actual] = []
    seen: dict[tuple[str, str], int] = {}
    for line, fields in cells[1:]:
        if all(not f[1].strip() for f in fields):
            continue

        def cell(name: str, fields: list[tuple[int, str]] = fields, line: int = line) -> tuple[int, str]:
            pos = index.get(name)
            if pos is None or pos >= len(fields):
                return (fields[-1][0] if fields else 1, "")
            col, raw = fields[pos]
            if len(raw) > MAX_CELL:
                problems.append(problem(line, col, row(line, name), "messages.actuals.too_long", show_got(raw),
                                        length=f"{len(raw):,}", limit=f"{MAX_CELL:,}"))
                raw = raw[:MAX_CELL]
            cleaned, removed = clean_text(raw.strip(), lang)
            if removed:
                problems.append(problem(line, col, row(line, name), "messages.removed", severity="warning",
                                        names=join(lang, list(dict.fromkeys(removed)))))
            return col, cleaned

        row_ok = True
        extra = [f for f in fields[len(header):] if f[1].strip()]
        if extra:
            problems.append(problem(line, extra[0][0], row(line), "messages.actuals.fields",
                                    show_got(",".join(f[1] for f in fields)), fields=len(fields),
                                    header=len(header)))
            continue
        pcol, period = cell("period")
        mcol, metric = cell("metric")
        vcol, raw_value = cell("value")
        _, note = cell("note")
        day: date | None = None
        month, what = _period(period, lang)
        if what is None and len(period) > 7:
            day = date.fromisoformat(period)
        if what is not None:
            problems.append(make_problem(lang, shown(), line, pcol, row(line, "period"), what, show_got(period)))
            row_ok = False
        if not metric:
            problems.append(problem(line, mcol, row(line, "metric"), "messages.actuals.metric_empty"))
            row_ok = False
        elif metric not in known_metrics:
            problems.append(problem(line, mcol, row(line, "metric"), "messages.actuals.metric_unknown",
                                    show_got(metric), severity="warning"))
        value, bad = parse_number(raw_value, lang) if raw_value else (None, None)
        if value is None:
            problems.append(make_problem(lang, shown(), line, vcol, row(line, "value"),
                                         bad or tr(lang, "messages.actuals.value"),
                                         show_got(raw_value) if raw_value else "nothing"))
            row_ok = False
            value = math.nan
        elif note and _split_thousands(raw_value, note, index):
            problems.append(problem(line, vcol, row(line, "value"), "messages.actuals.split_thousands",
                                    show_got(f"{raw_value},{note}"), number=f"{raw_value}{note}"))
            row_ok = False
        if row_ok:
            key = (period, metric)
            if key in seen:
                problems.append(problem(line, pcol, row(line), "messages.actuals.duplicate", show_got(raw_value),
                                        metric=metric, period=period, first=seen[key]))
                continue
            seen[key] = line
            if metric in known_metrics:
                rows.append(Actual(month, day, metric, value, note, line))
    return Actuals(tuple(rows), path), problems


def _split_thousands(value: str, note: str, index: dict[str, int]) -> bool:
    """Return True when an unquoted `1,093` was split into value 1 and note 093."""
    return (index.get("note") == index["value"] + 1 and re.fullmatch(r"\d{1,3}", value) is not None
            and re.fullmatch(r"\d{3}(\.\d+)?", note) is not None)


def _period(period: str, lang: str) -> tuple[str, str | None]:
    """Return (month YYYY-MM, None) for a period cell, or ("", why it is not a period in the date window, in `lang`)."""
    if re.match(r"^\d{4}-\d{2}$", period):
        what = month_error(period)
        return (period, None) if what is None else ("", validator_sentence(lang, what))
    if re.match(r"^\d{4}-\d{2}-\d{2}$", period):
        try:
            parse_day(period)
        except ValueError as exc:
            return "", validator_sentence(lang, str(exc))
        return period[:7], None
    return "", tr(lang, "messages.actuals.period")


def _csv_rows(text: str, problems: list[Problem], problem: Say,
              row: Callable[[int], str]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Yield (first line, [(column, text), ...]) for each CSV record; a broken record ends with a problem."""
    # Excel for Mac's "CSV (Macintosh)" ends lines with CR alone.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text, newline=""))
    first = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                problems.append(problem(first, 1, row(first), "messages.actuals.csv_field",
                                        limit=f"{csv.field_size_limit():,}"))
            else:
                problems.append(problem(first, 1, row(first), "messages.actuals.csv_error", detail=exc))
            return
        raw = lines[first - 1] if first - 1 < len(lines) else ""
        yield first, list(_with_columns(record, raw))
        first = reader.line_num + 1


def _with_columns(record: Iterable[str], raw: str) -> Iterator[tuple[int, str]]:
    """Yield each field with its 1-based character column in the raw line (best effort for quotes)."""
    col = 1
    for value in record:
        found = raw.find(value, col - 1) if value else -1
        start = found + 1 if found >= 0 else col
        yield start, value
        col = max(col, start + len(value)) + 1


def _xlsx_rows(path: Path, problems: list[Problem], problem: Say) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Yield (row, [(column, text), ...]) for each row of the first visible sheet; `problem` words what goes wrong."""
    import zipfile

    import openpyxl

    why = _unopenable(path)
    if why is not None:
        problems.append(problem(None, None, "", why[0], **why[1]))
        return
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, EOFError):
        problems.append(problem(None, None, "", "messages.actuals.xlsx_damaged"))
        return
    except Exception as exc:  # openpyxl raises many kinds for broken files
        problems.append(problem(None, None, "", "messages.actuals.workbook", detail=type(exc).__name__))
        return
    try:
        visible = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        if not visible:
            problems.append(problem(None, None, "", "messages.actuals.xlsx_hidden"))
            return
        sheet = visible[0]
        period_col = 1
        found = False
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            found = True
            if number == 1:
                names = [str(v).strip().lower() if v is not None else "" for v in values]
                period_col = names.index("period") + 1 if "period" in names else 1
            fields = [(col, _cell_text(value, col == period_col)) for col, value in enumerate(values, start=1)]
            yield number, fields
        if not found:
            problems.append(problem(1, 1, "", "messages.actuals.xlsx_empty", sheet=repr(sheet.title)))
    finally:
        book.close()


def _unopenable(path: Path) -> tuple[str, dict[str, object]] | None:
    """Return why `path` cannot be a workbook plangen reads (catalog key and fields), or None."""
    import zipfile

    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        return "messages.cannot_read", {"reason": exc.strerror}
    if not head:
        return "messages.actuals.xlsx_zero", {}
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "messages.actuals.xlsx_encrypted", {}
    if not zipfile.is_zipfile(path):
        return "messages.actuals.xlsx_not_zip", {}
    return None


def _cell_text(value: object, is_period: bool) -> str:
    """Return a workbook cell as text; a period date on the 1st is that month (Excel stores 2027-03 as 2027-03-01)."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        if is_period and day.day == 1:
            return f"{day:%Y-%m}"
        return day.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
