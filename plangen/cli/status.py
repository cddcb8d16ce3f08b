"""`plangen status` as a terminal table: KPIs with status colours, health and alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from plangen.model import Client


def print_status(client: Client, month: str, console: Console) -> None:
    """Print the month's KPI table, health and cost-effectiveness to `console`."""
    from rich.table import Table
    from rich.text import Text

    from plangen.compute.report.content import build_content
    from plangen.compute.report.health import component_table
    from plangen.text import tr
    from plangen.text.formats import STATUS_COLOURS, aside, format_month, labelled

    content = build_content(client, month)
    lang = content.lang
    heading = tr(lang, "cli.status_heading", month=format_month(month, lang))
    console.print(Text(f"{content.plan.client.title} — {heading}", style="bold"))
    table = Table(title=tr(lang, "report.kpi_table"), title_justify="left", header_style="bold")
    table.add_column(tr(lang, "report.col.kpi"), overflow="fold", ratio=None)
    for key, justify in (("col.baseline", "right"), ("col.target", "right"),
                         ("col.this", "right"), ("col.last", "right"), ("col.progress", "right"),
                         ("col.expected", "right"), ("col.status", "left")):
        table.add_column(tr(lang, f"report.{key}"), justify=justify)  # type: ignore[arg-type]
    for row in content.rows:
        colour = f"#{STATUS_COLOURS.get(row.status, '8C8C8C')}"
        name = f"{row.name} [{row.kind}]" if row.kind == "KGI" else row.name
        # Every cell is a Text: plan text (names, units) is never read as rich markup.
        figures = (row.baseline, row.target, row.this_month, row.last_month, row.progress, row.expected)
        table.add_row(Text(name), *(Text(str(c)) for c in figures), Text(row.status_label, style=f"bold {colour}"))
    console.print(table)
    summary = content.summary
    console.print(Text(labelled(tr(lang, "report.overall"), "", lang)) + Text(summary.overall_label, style="bold")
                  + Text(aside(tr(lang, "punct.gap") + summary.basis, summary.overall_detail, lang)))
    console.print(Text(summary.leading, style="bold #D48A00" if content.verdict.leading else ""))
    health = content.health
    if health is not None and summary.health is not None:
        gap = tr(lang, "punct.gap")
        console.print(Text(labelled(summary.health.title, f"{summary.health.value}{gap}{summary.health.detail}", lang)))
        components = Table(header_style="bold")
        for key, justify in (("col.component", "left"), ("col.value", "right"), ("col.weight", "right"),
                             ("col.points", "right"), ("col.change", "right")):
            components.add_column(tr(lang, f"report.{key}"), justify=justify)  # type: ignore[arg-type]
        for cells in component_table(health, content.plan, lang):
            components.add_row(*(Text(str(c)) for c in cells))
        console.print(components)
        if health.alert:
            from plangen.compute.report.health import alert_lines

            for index, line in enumerate(alert_lines(health, content.plan, lang)):
                console.print(Text(("  " if index else "") + line, style="bold #C0392B" if not index else ""))
    for item in [*summary.benefit, *([summary.to_date] if summary.to_date else [])]:
        console.print(Text(labelled(item.title, aside(item.value, item.detail, lang), lang)))
    if content.benefit is not None:
        from plangen.compute.report.kpi_table import improvement_text, scope_tag
        from plangen.text.formats import format_money

        currency = content.benefit.currency
        for benefit_line in content.benefit.lines:
            kpi = benefit_line.kpi
            console.print(Text(f"  {kpi.name}{scope_tag(benefit_line.scope, lang)} "
                               f"{improvement_text(kpi, benefit_line.improvement, benefit_line.actual)} × "
                               f"{format_money(benefit_line.value_per_unit, currency, lang)} = "
                               f"{format_money(benefit_line.amount, currency, lang)}", style="dim"))
