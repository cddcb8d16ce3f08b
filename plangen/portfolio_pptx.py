"""The portfolio deck: a summary slide, then every client in order of risk (table continued over slides)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plangen.design import STATUS_COLOURS, Design
from plangen.portfolio import ALERT_LABEL, RISK_LABELS, SEGMENT_LABELS, Portfolio, PortfolioRow

RISK_STATUS = {"high": "off_track", "medium": "at_risk", "low": "on_track"}
COLUMNS = {
    "ja": ("順位", "リスク", "クライアント", "セグメント", "ヘルス", "前月比", "KPI 遅れ/要注意", "更新日",
           "次のマイルストーン", "CSM"),
    "en": ("Rank", "Risk", "Client", "Segment", "Health", "Change", "KPIs off/at risk", "Renewal",
           "Next milestone", "CSM"),
}
WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "ポートフォリオ {month}", "footer": "CSチーム", "clients": "クライアント", "high": "高リスク",
        "alerts": "ヘルス低下アラート", "renewals": "90日以内の更新", "average": "平均ヘルススコア",
        "attention": "今週話すこと（リスクの高い順）", "none": "リスクの高いクライアントはありません",
        "table": "クライアント一覧（リスク順）", "failed": "計画にエラーがあり集計から除外: {n}件",
        "r.alert": "ヘルススコアが{drop}pt低下", "r.off": "KPI遅れ{n}件", "r.risk": "KPI要注意{n}件",
        "r.renew": "更新まで{days}日", "r.ms": "マイルストーン要注意{n}件", "r.nodata": "今月のヘルスデータなし",
        "sep": "、",
    },
    "en": {
        "title": "Portfolio {month}", "footer": "CS team", "clients": "Clients", "high": "High risk",
        "alerts": "Health drop alerts", "renewals": "Renewals within 90 days", "average": "Average health score",
        "attention": "To discuss this week (highest risk first)", "none": "No client at high risk",
        "table": "Clients by risk", "failed": "Left out (plan has errors): {n}",
        "r.alert": "health score fell {drop} pt", "r.off": "{n} KPI(s) off track", "r.risk": "{n} KPI(s) at risk",
        "r.renew": "renewal in {days} days", "r.ms": "{n} milestone(s) at risk",
        "r.nodata": "no health data this month",
        "sep": ", ",
    },
}


def risk_reasons(row: PortfolioRow, lang: str) -> list[str]:
    """Return the reasons behind a row's risk, most serious first, in `lang`."""
    w = WORDS[lang]
    reasons = []
    if row.alert and row.change is not None:
        reasons.append(w["r.alert"].format(drop=f"{-row.change:.1f}"))
    if row.score is None:
        reasons.append(w["r.nodata"])
    if row.kpis["off_track"]:
        reasons.append(w["r.off"].format(n=row.kpis["off_track"]))
    if row.kpis["at_risk"]:
        reasons.append(w["r.risk"].format(n=row.kpis["at_risk"]))
    if row.days_to_renewal is not None and 0 <= row.days_to_renewal <= 90:
        reasons.append(w["r.renew"].format(days=row.days_to_renewal))
    if row.milestones_at_risk:
        reasons.append(w["r.ms"].format(n=row.milestones_at_risk))
    return reasons


def write_pptx(portfolio: Portfolio, target: Path, lang: str = "ja") -> Path:
    """Write the portfolio deck atomically; return its path."""
    from plangen.atomic import write_atomic
    from plangen.pptx_kit import Deck

    design = Design(lang=lang)
    w = WORDS[lang]
    deck = Deck.open(design, w["footer"])
    _summary_slide(deck, portfolio, lang)
    _client_table(deck, portfolio, lang)
    return write_atomic(target, deck.save)


def _summary_slide(deck: Any, portfolio: Portfolio, lang: str) -> None:
    """Add the summary slide: headline figures as tiles, then the clients to discuss first."""
    from plangen.pptx_kit import Para, Style

    w = WORDS[lang]
    rows = portfolio.rows
    slide = deck.add_slide(w["title"].format(month=portfolio.month))
    scores = [r.score for r in rows if r.score is not None]
    tiles = [
        (w["clients"], str(len(rows)), deck.design.accent),
        (w["high"], str(sum(r.risk_level == "high" for r in rows)), STATUS_COLOURS["off_track"]),
        (w["alerts"], str(sum(r.alert for r in rows)), STATUS_COLOURS["at_risk"]),
        (w["renewals"], str(sum(r.days_to_renewal is not None and 0 <= r.days_to_renewal <= 90 for r in rows)),
         deck.design.accent),
        (w["average"], f"{sum(scores) / len(scores):.1f}" if scores else "—", deck.design.accent),
    ]
    top, rest = deck.content.take_top(round(deck.content.height * 0.3), gap=round(deck.content.height * 0.06))
    for box, (caption, value, colour) in zip(top.columns(len(tiles), gap=round(top.width * 0.02)), tiles,
                                             strict=True):
        deck.rect(slide, box, fill=deck.design.panel)
        number, label_box = box.rows([3, 2])
        deck.text(slide, number, value, Style(size=32, min_size=16, bold=True, color=colour, align="center",
                                              anchor="bottom"))
        deck.text(slide, label_box, caption, Style(size=12, min_size=8, color=deck.design.muted, align="center"))
    lines: list[Any] = [Para(w["attention"], bold=True)]
    high = [r for r in rows if r.risk_level == "high"][:6]
    for row in high:
        reasons = w["sep"].join(risk_reasons(row, lang)) or RISK_LABELS[lang][row.risk_level]
        lines.append(f"{row.name}（{reasons}）" if lang == "ja" else f"{row.name} ({reasons})")
    if not high:
        lines.append(w["none"])
    if portfolio.failed:
        lines.append(Para(w["failed"].format(n=len(portfolio.failed)), color=STATUS_COLOURS["off_track"]))
    deck.text(slide, rest, lines, Style(size=16, min_size=10))


def _client_table(deck: Any, portfolio: Portfolio, lang: str) -> None:
    """Add the table of every client, highest risk first, continued over as many slides as needed."""
    from plangen.pptx_kit import Cell, Column, Style

    w = WORDS[lang]
    weights = (0.5, 0.6, 2.2, 1.7, 1.0, 1.9, 1.1, 1.2, 2.4, 1.2)
    aligns = ("right", "center", "left", "left", "right", "right", "center", "left", "left", "left")
    columns = [Column(h, weight=wt, align=al) for h, wt, al in zip(COLUMNS[lang], weights, aligns, strict=True)]
    body = []
    for rank, row in enumerate(portfolio.rows, 1):
        colour = STATUS_COLOURS[RISK_STATUS[row.risk_level]]
        change = "" if row.change is None else f"{row.change:+.1f}"
        if row.alert:
            change = f"{change} {ALERT_LABEL[lang]}"
        milestone = row.next_milestone or "—"
        if row.next_milestone_date:
            milestone = f"{row.next_milestone_date:%m/%d} {milestone}"
        body.append([
            str(rank),
            Cell(RISK_LABELS[lang][row.risk_level], fill=colour, color="FFFFFF", bold=True),
            row.name,
            SEGMENT_LABELS[lang].get(row.segment or "", row.segment or "—"),
            f"{row.score:.1f} {row.level or ''}".strip() if row.score is not None else "—",
            Cell(change or "—", color=STATUS_COLOURS["off_track"] if row.alert else None, bold=row.alert or None),
            f"{row.kpis['off_track']} / {row.kpis['at_risk']}",
            f"{row.renewal:%Y-%m-%d}" if row.renewal else "—",
            milestone,
            row.csm or "—",
        ])
    deck.table(w["table"], columns, body, style=Style(size=10, min_size=8))
