"""The portfolio: one row per client for the CS team's weekly meeting, as a workbook and a deck.

Each row holds a client's segment, renewal date, health score, level and change since the month
before, the health alert, how many KPIs are in each status, the next milestone and the CSM, for
one month. Clients are ordered by risk, highest first. The risk points (0-100) add up:

- health: (100 - score) x 0.35, or 20 when the month has no score;
- health alert (a fall of `alert_drop` or more): 20;
- KPIs: 25 x (off track share) + 10 x (at risk share) of the KPIs with data; 5 when none has data;
- renewal within 90 days: 10 (within 180 days: 5);
- milestones the CSM marked `at_risk` or `delayed` in that month's notes: 5 each, at most 10.

A risk of 50 or more is `high`, 25 or more `medium`, else `low`. Clients load in a process pool
like `plangen build`; a client whose plan has errors is listed with its errors and left out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from plangen.errors import InputError, PlangenError, UsageError, display_path

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from plangen.load.client import Client

RiskLevel = Literal["high", "medium", "low"]
KPI_STATUSES = ("achieved", "on_track", "at_risk", "off_track", "no_data")


@dataclass
class PortfolioRow:
    """One client's line in the portfolio for a month (plain values, so it pickles between processes)."""

    slug: str
    name: str
    language: str
    segment: str | None
    csm: str
    renewal: date | None
    days_to_renewal: int | None
    score: float | None
    level: str | None
    previous_score: float | None
    alert: bool
    fallers: list[str]
    kpis: dict[str, int]
    next_milestone: str | None
    next_milestone_date: date | None
    next_milestone_status: str | None
    milestones_at_risk: int
    risk: float = 0.0
    warnings: int = 0

    @property
    def change(self) -> float | None:
        """Return the change of the (shown, one-decimal) health score since the month before."""
        if self.score is None or self.previous_score is None:
            return None
        return round(round(self.score, 1) - round(self.previous_score, 1), 1)

    @property
    def risk_level(self) -> RiskLevel:
        """Return high, medium or low from the risk points."""
        return "high" if self.risk >= 50 else "medium" if self.risk >= 25 else "low"


@dataclass
class Portfolio:
    """Rows sorted by risk (highest first), and the errors of clients that could not be loaded."""

    month: str
    rows: list[PortfolioRow]
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every client loaded."""
        return not self.failed


def client_row(client: Client, month: str) -> PortfolioRow:
    """Return the portfolio row of a loaded client for `month`."""
    from plangen.compute.figures import health_figure, kpi_figures, month_last_day

    plan = client.plan
    last_day = month_last_day(month)
    health = health_figure(plan, client.actuals, month)
    counts = dict.fromkeys(KPI_STATUSES, 0)
    for figure in kpi_figures(plan, client.actuals, month):
        counts[figure.status] += 1
    notes = client.notes.get(month)
    marks = notes.milestones if notes else {}
    upcoming = sorted((m for m in plan.milestones if marks.get(m.id) != "done" and m.date >= last_day.replace(day=1)),
                      key=lambda m: m.date)
    nxt = upcoming[0] if upcoming else None
    renewal = plan.contract.end
    row = PortfolioRow(
        slug=client.slug,
        name=plan.client.title,
        language=plan.language,
        segment=plan.client.segment,
        csm=", ".join(p.name for p in plan.team.vendor if p.role == "csm"),
        renewal=renewal,
        days_to_renewal=(renewal - last_day).days if renewal else None,
        score=health.score if health else None,
        level=health.level if health else None,
        previous_score=health.previous_score if health else None,
        alert=bool(health and health.alert),
        fallers=[c.name for c in health.fallers] if health else [],
        kpis=counts,
        next_milestone=nxt.name if nxt else None,
        next_milestone_date=nxt.date if nxt else None,
        next_milestone_status=marks.get(nxt.id) if nxt else None,
        milestones_at_risk=sum(1 for s in marks.values() if s in ("at_risk", "delayed")),
        warnings=len(client.warnings),
    )
    row.risk = risk_points(row)
    return row


def risk_points(row: PortfolioRow) -> float:
    """Return the risk points (0-100) of a row, as the module docstring describes."""
    points = 20.0 if row.score is None else (100.0 - row.score) * 0.35
    if row.alert:
        points += 20
    measured = sum(n for s, n in row.kpis.items() if s != "no_data")
    if measured:
        points += 25 * row.kpis["off_track"] / measured + 10 * row.kpis["at_risk"] / measured
    elif sum(row.kpis.values()):
        points += 5
    if row.days_to_renewal is not None and row.days_to_renewal <= 180:
        points += 10 if row.days_to_renewal <= 90 else 5
    points += min(10, 5 * row.milestones_at_risk)
    return round(min(points, 100.0), 1)


def sort_by_risk(rows: Iterable[PortfolioRow]) -> list[PortfolioRow]:
    """Return rows ordered by risk (highest first), then nearest renewal, then slug."""
    return sorted(rows, key=lambda r: (-r.risk, r.days_to_renewal if r.days_to_renewal is not None else 10**6,
                                       r.slug))


def load_row(folder: Path, month: str) -> tuple[PortfolioRow | None, list[str]]:
    """Return (row, []) for the client in `folder`, or (None, its error lines) when it cannot load."""
    from plangen.load.client import load_client

    try:
        client = load_client(folder)
    except InputError as exc:
        return None, [str(p) for p in exc.problems if p.severity == "error"]
    except PlangenError as exc:
        return None, [f"{display_path(folder)}: {exc}"]
    try:
        return client_row(client, month), []
    except Exception as exc:  # a bug for one client must not hide the others
        return None, [f"{display_path(folder)}: internal error: {type(exc).__name__}: {exc}"]


def _load_row_job(args: tuple[Path, str]) -> tuple[PortfolioRow | None, list[str]]:
    """Return load_row(*args) (the pool's picklable entry point)."""
    return load_row(*args)


def collect(paths: Iterable[Path | str] | None, month: str, *, jobs: int | None = None) -> Portfolio:
    """Return the portfolio of the clients in `paths` (default ./plans/*) for `month`."""
    from plangen.build.runner import find_clients
    from plangen.model import is_month

    if not is_month(month):
        raise UsageError(f"--month must be a month YYYY-MM such as 2027-02 (got {month!r})")
    folders = find_clients(paths)
    work = [(folder, month) for folder in folders]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work) // 20 or 1))
    if workers == 1:
        loaded = [_load_row_job(item) for item in work]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            loaded = list(pool.map(_load_row_job, work, chunksize=max(1, len(work) // (workers * 8))))
    rows: list[PortfolioRow] = []
    portfolio = Portfolio(month, rows)
    for folder, (row, errors) in zip(folders, loaded, strict=True):
        if row is None:
            portfolio.failed.append(folder.name)
            portfolio.errors += errors
        else:
            rows.append(row)
    portfolio.rows = sort_by_risk(rows)
    return portfolio


HEADERS = {
    "ja": ("順位", "リスク", "リスク点", "クライアント", "ID", "セグメント", "更新日", "更新まで(日)",
           "ヘルススコア", "レベル", "前月比", "アラート", "低下要因", "達成", "順調", "要注意", "遅れ",
           "データなし", "次のマイルストーン", "予定日", "CSM"),
    "en": ("Rank", "Risk", "Risk points", "Client", "ID", "Segment", "Renewal", "Days to renewal",
           "Health score", "Level", "Change", "Alert", "Fallen components", "Achieved", "On track", "At risk",
           "Off track", "No data", "Next milestone", "Due", "CSM"),
}
RISK_LABELS = {"ja": {"high": "高", "medium": "中", "low": "低"},
               "en": {"high": "High", "medium": "Medium", "low": "Low"}}
SEGMENT_LABELS = {"ja": {"enterprise": "エンタープライズ", "mid-market": "ミッドマーケット", "smb": "SMB"},
                  "en": {"enterprise": "Enterprise", "mid-market": "Mid-market", "smb": "SMB"}}
ALERT_LABEL = {"ja": "低下アラート", "en": "Drop alert"}
WIDTHS = (6, 7, 9, 28, 16, 16, 12, 10, 11, 8, 8, 12, 28, 7, 7, 7, 7, 9, 30, 12, 18)


def row_values(row: PortfolioRow, rank: int, lang: str) -> list[Any]:
    """Return the workbook cells of a row: numbers and dates as such, text as text."""
    return [
        rank, RISK_LABELS[lang][row.risk_level], row.risk, row.name, row.slug,
        SEGMENT_LABELS[lang].get(row.segment or "", row.segment or ""), row.renewal, row.days_to_renewal,
        round(row.score, 1) if row.score is not None else None, row.level or "", row.change,
        ALERT_LABEL[lang] if row.alert else "", "、".join(row.fallers) if lang == "ja" else ", ".join(row.fallers),
        *(row.kpis[s] for s in ("achieved", "on_track", "at_risk", "off_track", "no_data")),
        row.next_milestone or "", row.next_milestone_date, row.csm,
    ]


def write_xlsx(portfolio: Portfolio, target: Path, lang: str = "ja") -> Path:
    """Write the portfolio workbook (filters, frozen header, text cells as text) atomically; return it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from plangen.write.atomic import write_atomic
    from plangen.office.design import STATUS_COLOURS, Design

    design = Design(lang=lang)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"portfolio {portfolio.month}"
    headers = HEADERS[lang]
    header_font = Font(bold=True, color="FFFFFF", name=design.font_ea)
    fill = PatternFill("solid", fgColor=design.accent)
    for col, text in enumerate(headers, 1):
        _text_cell(ws, 1, col, text)
        cell = ws.cell(1, col)
        cell.font, cell.fill = header_font, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    risk_fill = {lvl: PatternFill("solid", fgColor=STATUS_COLOURS[s])
                 for lvl, s in (("high", "off_track"), ("medium", "at_risk"), ("low", "on_track"))}
    white = Font(bold=True, color="FFFFFF")
    for r, row in enumerate(portfolio.rows, 2):
        for col, value in enumerate(row_values(row, r - 1, lang), 1):
            if isinstance(value, str):
                _text_cell(ws, r, col, value)
            else:
                ws.cell(r, col, value)
        ws.cell(r, 2).fill, ws.cell(r, 2).font = risk_fill[row.risk_level], white
        for col in (7, 20):
            ws.cell(r, col).number_format = "yyyy-mm-dd"
        ws.cell(r, 9).number_format = "0.0"
        ws.cell(r, 11).number_format = "+0.0;-0.0;0.0"
        if row.alert:
            ws.cell(r, 12).font = Font(bold=True, color=STATUS_COLOURS["off_track"])
    for col, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[_column_letter(col)].width = width
    ws.freeze_panes = "E2"
    last = max(2, len(portfolio.rows) + 1)
    ws.auto_filter.ref = f"A1:{_column_letter(len(headers))}{last}"
    ws.row_dimensions[1].height = 32
    return write_atomic(target, wb.save)


def _text_cell(ws: Worksheet, row: int, col: int, text: str) -> None:
    """Write `text` as a string cell, never as a formula (plan text starting with '=' stays text)."""
    cell = ws.cell(row, col)
    cell.value = text
    cell.data_type = "s"


def _column_letter(col: int) -> str:
    """Return the spreadsheet letter of a 1-based column."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def render_portfolio(paths: Sequence[Path | str] | None, month: str, *, out_root: Path | str | None = None,
                     jobs: int | None = None, lang: str = "ja", deck: bool = True) -> Portfolio:
    """Write output/portfolio-<month>.xlsx (and .pptx when `deck`); return the portfolio with its paths."""
    root = Path(out_root) if out_root is not None else Path("output")
    portfolio = collect(paths, month, jobs=jobs)
    portfolio.paths.append(write_xlsx(portfolio, root / f"portfolio-{month}.xlsx", lang))
    if deck:
        from plangen.render.portfolio.pptx import write_pptx

        portfolio.paths.append(write_pptx(portfolio, root / f"portfolio-{month}.pptx", lang))
    return portfolio
