"""Measured values from actuals.csv or actuals.xlsx, one row per period and metric."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from plangen.errors import Problem, display_path, show_got
from plangen.load.textclean import clean_text
from plangen.load.wording import join, make_problem
from plangen.load.yamlsource import read_text
from plangen.model import Actual, Actuals, is_month
from plangen.text import tr

COLUMNS = ("period", "metric", "value")


def find_actuals(folder: Path) -> Path | None:
    """Return the client's actuals file (csv preferred over xlsx), or None."""
    for name in ("actuals.csv", "actuals.xlsx"):
        if (folder / name).is_file():
            return folder / name
    return None


def load_actuals(path: Path, known_metrics: set[str], lang: str = "en") -> tuple[Actuals, list[Problem]]:
    """Return the values in `path` and every problem found in it (errors and warnings, in the message language)."""
    shown = display_path(path)
    problems: list[Problem] = []

    def problem(line: int | None, col: int | None, where: str, key: str, got: str | None = None,
                severity: str = "error", **fields: object) -> Problem:
        return make_problem(lang, shown, line, col, where, tr(lang, key, **fields), got,
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
        cells = list(_csv_rows(text))
    if not cells:
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
            cleaned, removed = clean_text(raw.strip(), lang)
            if removed:
                problems.append(problem(line, col, row(line, name), "messages.removed", severity="warning",
                                        names=join(lang, list(dict.fromkeys(removed)))))
            return col, cleaned

        row_ok = True
        pcol, period = cell("period")
        mcol, metric = cell("metric")
        vcol, raw_value = cell("value")
        _, note = cell("note")
        day: date | None = None
        if is_month(period):
            month = period
        else:
            try:
                day = date.fromisoformat(period)
                month = f"{day:%Y-%m}"
            except ValueError:
                problems.append(problem(line, pcol, row(line, "period"), "messages.actuals.period",
                                        show_got(period)))
                row_ok = False
                month = ""
        if not metric:
            problems.append(problem(line, mcol, row(line, "metric"), "messages.actuals.metric_empty"))
            row_ok = False
        elif metric not in known_metrics:
            problems.append(problem(line, mcol, row(line, "metric"), "messages.actuals.metric_unknown",
                                    show_got(metric), severity="warning"))
        try:
            value = float(raw_value.replace(",", "")) if raw_value else math.nan
            if not math.isfinite(value):
                raise ValueError
        except ValueError:
            problems.append(problem(line, vcol, row(line, "value"), "messages.actuals.value",
                                    show_got(raw_value) if raw_value else "nothing"))
            row_ok = False
            value = math.nan
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


def _csv_rows(text: str) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Yield (line, [(column, text), ...]) for each CSV record."""
    reader = csv.reader(io.StringIO(text))
    lines = text.splitlines()
    for record in reader:
        line = reader.line_num
        raw = lines[line - 1] if line - 1 < len(lines) else ""
        yield line, list(_with_columns(record, raw))


def _with_columns(record: Iterable[str], raw: str) -> Iterator[tuple[int, str]]:
    """Yield each field with its 1-based character column in the raw line (best effort for quotes)."""
    col = 1
    for value in record:
        found = raw.find(value, col - 1) if value else -1
        start = found + 1 if found >= 0 else col
        yield start, value
        col = max(col, start + len(value)) + 1


def _xlsx_rows(path: Path, problems: list[Problem],
               problem: Callable[..., Problem]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Yield (row, [(column, text), ...]) for each row of the first sheet; `problem` words what goes wrong."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken files
        problems.append(problem(None, None, "", "messages.actuals.workbook", detail=exc))
        return
    try:
        sheet = book.worksheets[0]
        period_col = 1
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number == 1:
                names = [str(v).strip().lower() if v is not None else "" for v in values]
                period_col = names.index("period") + 1 if "period" in names else 1
            fields = [(col, _cell_text(value, col == period_col)) for col, value in enumerate(values, start=1)]
            yield number, fields
    finally:
        book.close()


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
