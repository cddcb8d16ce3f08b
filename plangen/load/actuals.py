"""Measured values from actuals.csv or actuals.xlsx, one row per period and metric."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from plangen.errors import Problem, display_path, show_got
from plangen.load.numbers import parse_number
from plangen.load.textclean import clean_text
from plangen.load.yamlsource import read_text
from plangen.model import Actual, Actuals, month_error, parse_day

COLUMNS = ("period", "metric", "value")
MAX_CELL = 2000


def find_actuals(folder: Path) -> Path | None:
    """Return the client's actuals file (csv preferred over xlsx), or None."""
    for name in ("actuals.csv", "actuals.xlsx"):
        if (folder / name).is_file():
            return folder / name
    return None


def load_actuals(path: Path, known_metrics: set[str]) -> tuple[Actuals, list[Problem]]:
    """Return the values in `path` and every problem found in it (errors and warnings)."""
    shown = display_path(path)
    problems: list[Problem] = []
    if path.suffix.lower() == ".xlsx":
        cells = list(_xlsx_rows(path, shown, problems))
    else:
        text, problem = read_text(path)
        if problem is not None:
            return Actuals(path=path), [problem]
        assert text is not None
        cells = list(_csv_rows(text, shown, problems))
    if not cells:
        if problems:
            return Actuals(path=path), problems
        return Actuals(path=path), [Problem(shown, 1, 1, "", "the file is empty; the first row must be "
                                           "the header period,metric,value")]
    header_line, header = cells[0][0], [h[1].strip().lower() for h in cells[0][1]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return Actuals(path=path), [Problem(shown, header_line, 1, "header",
                                            "the first row must name the columns period,metric,value "
                                            "(and optionally note)", show_got(",".join(header)))]
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
                problems.append(Problem(shown, line, col, f"row {line}: {name}", f"is too long ({len(raw):,} "
                                        f"characters); at most {MAX_CELL:,}", show_got(raw)))
                raw = raw[:MAX_CELL]
            cleaned, removed = clean_text(raw.strip())
            if removed:
                what = "removed characters that documents cannot hold: " + ", ".join(dict.fromkeys(removed))
                problems.append(Problem(shown, line, col, f"row {line}: {name}", what, severity="warning"))
            return col, cleaned

        row_ok = True
        extra = [f for f in fields[len(header):] if f[1].strip()]
        if extra:
            problems.append(Problem(shown, line, extra[0][0], f"row {line}",
                                    f"has {len(fields)} fields but the header names {len(header)}; a value "
                                    "with a comma in it (such as 1,093) must be quoted or written without the "
                                    "comma", show_got(",".join(f[1] for f in fields))))
            continue
        pcol, period = cell("period")
        mcol, metric = cell("metric")
        vcol, raw_value = cell("value")
        _, note = cell("note")
        day: date | None = None
        month, what = _period(period)
        if what is None and len(period) > 7:
            day = date.fromisoformat(period)
        if what is not None:
            problems.append(Problem(shown, line, pcol, f"row {line}: period", what, show_got(period)))
            row_ok = False
        if not metric:
            problems.append(Problem(shown, line, mcol, f"row {line}: metric", "is empty; name a KPI id "
                                    "or a health metric"))
            row_ok = False
        elif metric not in known_metrics:
            problems.append(Problem(shown, line, mcol, f"row {line}: metric",
                                    "is neither a KPI id nor a health metric of the plan; the value is ignored",
                                    show_got(metric), severity="warning"))
        value, bad = parse_number(raw_value) if raw_value else (None, "must be a number")
        if value is None:
            problems.append(Problem(shown, line, vcol, f"row {line}: value", bad or "must be a number",
                                    show_got(raw_value) if raw_value else "nothing"))
            row_ok = False
            value = math.nan
        elif note and _split_thousands(raw_value, note, index):
            problems.append(Problem(shown, line, vcol, f"row {line}: value",
                                    "looks like a number with a thousands separator split at its comma; "
                                    f"write {raw_value}{note} without the comma (or quote it)",
                                    show_got(f"{raw_value},{note}")))
            row_ok = False
        if row_ok:
            key = (period, metric)
            if key in seen:
                problems.append(Problem(shown, line, pcol, f"row {line}",
                                        f"a second value for {metric} in {period}; "
                                        f"the first is on row {seen[key]}", show_got(raw_value)))
                continue
            seen[key] = line
            if metric in known_metrics:
                rows.append(Actual(month, day, metric, value, note, line))
    return Actuals(tuple(rows), path), problems


def _split_thousands(value: str, note: str, index: dict[str, int]) -> bool:
    """Return True when an unquoted `1,093` was split into value 1 and note 093."""
    return (index.get("note") == index["value"] + 1 and re.fullmatch(r"\d{1,3}", value) is not None
            and re.fullmatch(r"\d{3}(\.\d+)?", note) is not None)


def _period(period: str) -> tuple[str, str | None]:
    """Return (month YYYY-MM, None) for a period cell, or ("", why it is not a period in the date window)."""
    if re.match(r"^\d{4}-\d{2}$", period):
        what = month_error(period)
        return (period, None) if what is None else ("", what)
    if re.match(r"^\d{4}-\d{2}-\d{2}$", period):
        try:
            parse_day(period)
        except ValueError as exc:
            return "", str(exc)
        return period[:7], None
    return "", "must be a month YYYY-MM (or a date YYYY-MM-DD for weekly values)"


def _csv_rows(text: str, shown: str, problems: list[Problem]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
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
            problems.append(Problem(shown, first, 1, f"row {first}", _csv_error(exc)))
            return
        raw = lines[first - 1] if first - 1 < len(lines) else ""
        yield first, list(_with_columns(record, raw))
        first = reader.line_num + 1


def _csv_error(exc: csv.Error) -> str:
    """Return what a CSV reading error means for the CSM."""
    if "field larger than field limit" in str(exc):
        return (f"a field is longer than {csv.field_size_limit():,} characters: a quote `\"` on this row or "
                "below opens a field that is never closed; remove the stray quote")
    return f"cannot read this row as CSV ({exc})"


def _with_columns(record: Iterable[str], raw: str) -> Iterator[tuple[int, str]]:
    """Yield each field with its 1-based character column in the raw line (best effort for quotes)."""
    col = 1
    for value in record:
        found = raw.find(value, col - 1) if value else -1
        start = found + 1 if found >= 0 else col
        yield start, value
        col = max(col, start + len(value)) + 1


def _xlsx_rows(path: Path, shown: str, problems: list[Problem]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Yield (row, [(column, text), ...]) for each row of the first visible sheet."""
    import zipfile

    import openpyxl

    why = _unopenable(path)
    if why is not None:
        problems.append(Problem(shown, None, None, "", why))
        return
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, EOFError):
        problems.append(Problem(shown, None, None, "", "the workbook is damaged or incomplete (a part of the "
                                ".xlsx is missing); open it in Excel and save it again"))
        return
    except Exception as exc:  # openpyxl raises many kinds for broken files
        problems.append(Problem(shown, None, None, "", f"cannot open the workbook: {type(exc).__name__}"))
        return
    try:
        visible = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        if not visible:
            problems.append(Problem(shown, None, None, "", "every sheet of the workbook is hidden; show the "
                                    "sheet with the actuals (the first visible sheet is read)"))
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
            problems.append(Problem(shown, 1, 1, "", f"the sheet {sheet.title!r} (the first visible sheet, which "
                                    "is the one read) is empty; put the actuals there, starting with the header "
                                    "period,metric,value"))
    finally:
        book.close()


def _unopenable(path: Path) -> str | None:
    """Return why `path` cannot be a workbook plangen reads (encrypted, old .xls, not a zip), or None."""
    import zipfile

    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror}"
    if not head:
        return "the file is empty (0 bytes); save the workbook again"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ("the workbook is password-protected (encrypted) or an old .xls file; save it in Excel as "
                ".xlsx without a password")
    if not zipfile.is_zipfile(path):
        return ("this is not an .xlsx workbook (an .xlsx is a zip archive; the file may be truncated or "
                "renamed); open it in Excel and save it as .xlsx")
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
