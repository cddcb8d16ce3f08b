"""KPI rows of the evaluator report: formatted figures, status label and status key."""

from __future__ import annotations

from plangen.compute.figures import KpiFigure
from plangen.model import Kpi
from plangen.record import record
from plangen.text import tr
from plangen.text.formats import (
    MISSING,
    decimals,
    format_date_short,
    format_number,
    format_percent,
    format_signed,
    format_status,
)


@record
class KpiRow:
    """One KPI as the table shows it (strings ready to print, '—' for missing data)."""

    id: str
    name: str
    kind: str
    baseline: str
    target: str
    target_date: str
    this_month: str
    last_month: str
    progress: str
    expected: str
    status: str
    status_label: str
    scope: str | None = None
    evaluation: str | None = None


def kpi_digits(figure: KpiFigure) -> int:
    """Return the decimals (0-2) that show every number of a KPI exactly, so one KPI's values line up."""
    return decimals((figure.kpi.baseline, figure.kpi.target, figure.actual, figure.previous))


def improvement_text(kpi: Kpi, value: float | None, actual: float | None = None) -> str:
    """Return an improvement with its sign and unit in the KPI's decimals: +0.7pt for a %, −3日 ('—' for None)."""
    if value is None:
        return MISSING
    digits = decimals((kpi.baseline, kpi.target, actual))
    unit = "pt" if kpi.unit == "%" else (kpi.unit or "")
    return format_signed(value, digits) + (unit if unit == "pt" or not unit.isascii() else f" {unit}")


def kpi_value(figure: KpiFigure, value: float | None) -> str:
    """Return a value of the figure's KPI with its unit, in the KPI's decimals ('—' when missing)."""
    return format_number(value, figure.kpi.unit, kpi_digits(figure))


def scope_tag(scope: str | None, lang: str) -> str:
    """Return where a value is measured, to put beside it: ［先行2拠点］ (ja) or [pilot sites] (en); '' without."""
    return tr(lang, "report.scope", scope=scope) if scope else ""


def scoped(text: str, kpi: Kpi, lang: str) -> str:
    """Return a value with the KPI's scope beside it (48.9%［先行2拠点］), unchanged without a scope."""
    return text if text == MISSING else text + scope_tag(kpi.scope, lang)


def kpi_row(figure: KpiFigure, lang: str) -> KpiRow:
    """Return the table row of one KPI figure."""
    kpi = figure.kpi
    return KpiRow(
        id=kpi.id, name=scoped(kpi.name, kpi, lang), kind=tr(lang, f"kind.{kpi.kind}"),
        baseline=kpi_value(figure, kpi.baseline), target=kpi_value(figure, kpi.target),
        target_date=format_date_short(kpi.target_date, lang),
        this_month=kpi_value(figure, figure.actual), last_month=kpi_value(figure, figure.previous),
        progress=format_percent(figure.progress), expected=format_percent(figure.expected),
        status=figure.status, status_label=format_status(figure.status, lang),
        scope=kpi.scope, evaluation=kpi.evaluation,
    )


def kpi_rows(figures: list[KpiFigure], lang: str) -> list[KpiRow]:
    """Return the table rows of `figures`, in plan order."""
    return [kpi_row(f, lang) for f in figures]
