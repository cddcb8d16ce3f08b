"""Generate plangen/resources/templates/meeting-weekly.docx, meeting-evaluator.docx and ringi.docx (docxtpl templates).

Run from the project root:  python tools/make_docx_templates.py  [--precompile]
It also writes plangen/resources/precompiled/: the templates' parts cleaned up by docxtpl and compiled by
Jinja ahead of time, and their styles marked for each language (see plangen/office/precompiled.py);
`--precompile` only rewrites those, e.g. after changing a template by hand or upgrading docxtpl, Jinja or
python-docx (a test fails until they are current).
The templates carry the look (styles, fonts, colours, column widths); every word comes from the
context (`t.*` labels in the plan's language, plan data), so one template serves ja and en plans.
Users restyle copies of these files in Word and pass them with `plangen meetings --templates DIR`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plangen.design import Design  # noqa: E402
from plangen.office import docx_kit as kit  # noqa: E402
from plangen.office.docprops import DocProps  # noqa: E402

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

DESIGN = Design()
ROW_MM = 7.5  # minimum height of rows to fill in by hand


def loop_table(doc: Document, header: Sequence[str], loop: str, cells: Sequence[str], widths: Sequence[float],
               align: Sequence[kit.Align | None], after: Sequence[Sequence[str]] = ()) -> Table:
    """Add a table whose body row repeats `{%tr for loop %}`, optionally followed by fixed rows."""
    n = len(header)
    rows = [[f"{{%tr for {loop} %}}", *[""] * (n - 1)], list(cells), ["{%tr endfor %}", *[""] * (n - 1)],
            *[list(r) for r in after]]
    table = kit.add_table(doc, header, rows, DESIGN, widths_mm=widths, align=align)
    kit.set_row_height(table.rows[2], ROW_MM)
    for extra in range(4, 4 + len(after)):
        for cell in table.rows[extra].cells:
            kit.shade_cell(cell, DESIGN.panel)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.bold = True
    return table


def tag(doc: Document, text: str) -> None:
    """Add a paragraph that holds only a block tag ({%p ... %}); docxtpl removes it when rendering."""
    kit.add_paragraph(doc, text, DESIGN, size=8, colour=DESIGN.muted)


def header_block(doc: Document) -> None:
    """Add title, subtitle, overview, attendees and agenda (shared by both templates)."""
    kit.add_title(doc, "{{ meeting.name }}", DESIGN, subtitle="{{ subtitle }}")
    kit.add_heading(doc, "{{ t.overview }}", DESIGN)
    rows = [
        ["{{ t.purpose }}", "{{ meeting.purpose }}"],
        ["{{ t.schedule }}", "{{ meeting.schedule }}"],
        ["{{ t.duration }}", "{{ meeting.duration }}"],
        ["{{ t.period }}", "{{ meeting.period }}"],
        ["{{ t.meeting_date }}", "{{ instance.date_line }}"],
        ["{%tr if prefilled %}", ""],
        ["{{ t.data_as_of }}", "{{ instance.basis }}"],
        ["{%tr endif %}", ""],
        ["{%tr if skipped %}", ""],
        ["{{ t.skipped }}", "{{ skipped }}"],
        ["{%tr endif %}", ""],
    ]
    table = kit.add_table(doc, None, rows, DESIGN, widths_mm=[35, kit.TEXT_WIDTH_MM - 35])
    for index in (0, 1, 2, 3, 4, 6, 9):
        kit.shade_cell(table.cell(index, 0), DESIGN.accent_light)
        for run in table.cell(index, 0).paragraphs[0].runs:
            run.font.bold = True
    kit.add_heading(doc, "{{ t.attendees }}", DESIGN)
    loop_table(doc, ["{{ t.name }}", "{{ t.title }}", "{{ t.role }}", "{{ t.attendance }}"], "a in attendees",
               ["{{ a.name }}", "{{ a.title }}", "{{ a.role }}", "{{ a.attendance }}"], [40, 68, 40, 22],
               ["left", "left", "left", "center"])
    tag(doc, "{%p if agenda %}")
    kit.add_heading(doc, "{{ t.agenda }}", DESIGN)
    loop_table(doc, ["{{ t.no }}", "{{ t.item }}", "{{ t.time }}", "{{ t.minutes }}"], "g in agenda",
               ["{{ g.no }}", "{{ g.item }}", "{{ g.time }}", "{{ g.minutes }}"], [12, 100, 33, 25],
               ["center", "left", "center", "right"],
               after=[["", "{{ t.total }}", "", "{{ meeting.duration }}"]])
    tag(doc, "{%p endif %}")


def health_summary(doc: Document) -> None:
    """Add the health score section (score, level, previous month, alert)."""
    tag(doc, "{%p if has_health %}")
    kit.add_heading(doc, "{{ t.health }}", DESIGN)
    kit.add_table(doc, ["{{ t.as_of }}", "{{ t.score }}", "{{ t.level }}", "{{ t.previous }}", "{{ t.alert }}"],
                  [["{{ health.month }}", "{{ health.score }}", "{{ health.level }}", "{{ health.previous }}",
                    "{{ health.alert }}"]], DESIGN, widths_mm=[30, 25, 25, 35, 55],
                  align=["center", "center", "center", "center", "left"], min_row_mm=ROW_MM)


def actions_table(doc: Document, heading: str, loop: str) -> None:
    """Add an (action, owner, due) section."""
    kit.add_heading(doc, heading, DESIGN)
    var = loop.split()[0]
    loop_table(doc, ["{{ t.action }}", "{{ t.owner }}", "{{ t.due }}"], loop,
               [f"{{{{ {var}.action }}}}", f"{{{{ {var}.owner }}}}", f"{{{{ {var}.due }}}}"], [105, 35, 30],
               ["left", "left", "center"])


def decided_and_next(doc: Document) -> None:
    """Add the decisions taken in the meeting (to fill in) and the date of the next meeting."""
    kit.add_heading(doc, "{{ t.decided }}", DESIGN)
    loop_table(doc, ["{{ t.no }}", "{{ t.decided }}", "{{ t.owner }}", "{{ t.due }}"], "x in decided",
               ["{{ x.no }}", "{{ x.decision }}", "{{ x.owner }}", "{{ x.due }}"], [12, 103, 30, 25],
               ["center", "left", "left", "center"])
    kit.add_paragraph(doc, "{{ next_meeting_line }}", DESIGN, bold=True)


def end_mark(doc: Document) -> None:
    """Close the document with a right-aligned 以上 / End."""
    kit.add_paragraph(doc, "{{ t.end }}", DESIGN, align="right")


def weekly() -> Document:
    """Return the weekly-type template document."""
    doc = kit.new_document(DESIGN, footer_text="{{ client.name }}　{{ t.confidential }}", confidential=False)
    header_block(doc)
    tag(doc, "{%p if has_kpis %}")
    kit.add_heading(doc, "{{ t.kpi_progress }}", DESIGN)
    loop_table(doc, ["{{ t.kpi }}", "{{ t.target }}", "{{ t.latest }}", "{{ t.as_of }}", "{{ t.status }}"],
               "k in kpis", ["{{ k.name }}", "{{ k.target }}", "{{ k.actual }}", "{{ k.period }}",
                             "{% cellbg k.fill %}{{ k.status }}"],
               [62, 25, 25, 33, 25], ["left", "right", "right", "center", "center"])
    tag(doc, "{%p endif %}")
    kit.add_heading(doc, "{{ t.review }}", DESIGN)
    loop_table(doc, ["{{ t.action }}", "{{ t.owner }}", "{{ t.due }}", "{{ t.result }}", "{{ t.done }}"],
               "r in review_actions", ["{{ r.action }}", "{{ r.owner }}", "{{ r.due }}", "{{ r.result }}",
                                       "{{ r.done }}"],
               [62, 25, 28, 42, 13], ["left", "left", "center", "left", "center"])
    actions_table(doc, "{{ t.this_week }}", "w in new_actions")
    health_summary(doc)
    tag(doc, "{%p endif %}")
    kit.add_heading(doc, "{{ t.notes }}", DESIGN)
    table = kit.add_table(doc, None, [["{%tr for n in notes %}"], ["{{ n.text }}"], ["{%tr endfor %}"]], DESIGN,
                          widths_mm=[kit.TEXT_WIDTH_MM])
    kit.set_row_height(table.rows[1], ROW_MM)
    decided_and_next(doc)
    end_mark(doc)
    return doc


def evaluator() -> Document:
    """Return the evaluator-type template document."""
    doc = kit.new_document(DESIGN, footer_text="{{ client.name }}　{{ t.confidential }}", confidential=False)
    header_block(doc)
    tag(doc, "{%p if summary %}")
    kit.add_heading(doc, "{{ t.summary }}", DESIGN)
    kit.add_paragraph(doc, "{{ summary }}", DESIGN)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if has_kpis %}")
    kit.add_heading(doc, "{{ t.kgi_kpi_results }}", DESIGN)
    loop_table(doc, ["{{ t.kind }}", "{{ t.metric }}", "{{ t.baseline }}", "{{ t.target }}", "{{ t.date }}",
                     "{{ t.actual }}", "{{ t.progress }}", "{{ t.status }}"], "k in kpis",
               ["{{ k.kind }}", "{{ k.name }}", "{{ k.baseline }}", "{{ k.target }}", "{{ k.target_date_short }}",
                "{{ k.actual }}", "{{ k.progress }}", "{% cellbg k.fill %}{{ k.status }}"],
               [12, 38, 20, 18, 23, 19, 20, 20], ["center", "left", "right", "right", "center", "right", "right",
                                                  "center"])
    tag(doc, "{%p endif %}")
    health_summary(doc)
    kit.add_heading(doc, "{{ t.components_title }}", DESIGN, level=3)
    loop_table(doc, ["{{ t.component }}", "{{ t.weight }}", "{{ t.value }}", "{{ t.points }}"],
               "c in health.components", ["{{ c.name }}", "{{ c.weight }}", "{{ c.value }}", "{{ c.points }}"],
               [95, 25, 25, 25], ["left", "right", "right", "right"])
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if has_milestones %}")
    kit.add_heading(doc, "{{ t.milestones }}", DESIGN)
    loop_table(doc, ["{{ t.milestone }}", "{{ t.date }}", "{{ t.criteria }}", "{{ t.owner }}", "{{ t.status }}"],
               "m in milestones", ["{{ m.name }}", "{{ m.date_short }}", "{{ m.criteria }}", "{{ m.owner }}",
                                   "{% cellbg m.fill %}{{ m.status }}"],
               [38, 22, 67, 23, 20], ["left", "center", "left", "left", "center"])
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if has_benefit %}")
    kit.add_heading(doc, "{{ t.benefit }}", DESIGN)
    table = kit.add_table(doc, ["{{ t.item_col }}", "{{ t.amount }}", "{{ t.ratio }}"], [
        ["{{ t.benefit_now }}", "{{ benefit.now }}", "{{ benefit.ratio_now }}"],
        ["{{ t.benefit_target }}", "{{ benefit.at_target }}", "{{ benefit.ratio_target }}"],
        ["{{ t.annual_fee }}", "{{ benefit.fee }}", ""],
    ], DESIGN, widths_mm=[80, 45, 45], align=["left", "right", "right"], min_row_mm=ROW_MM)
    for index in (1, 2, 3):
        kit.shade_cell(table.cell(index, 0), DESIGN.accent_light)
    tag(doc, "{%p endif %}")
    actions_table(doc, "{{ t.next_actions }}", "a in next_actions")
    kit.add_heading(doc, "{{ t.decisions }}", DESIGN)
    loop_table(doc, ["{{ t.no }}", "{{ t.decision }}", "{{ t.outcome }}"], "d in decisions",
               ["{{ d.no }}", "{{ d.decision }}", "{{ d.outcome }}"], [12, 100, 58], ["center", "left", "left"])
    decided_and_next(doc)
    end_mark(doc)
    return doc


def lines(doc: Document, loop: str, value: str, *, bullets: bool = True) -> None:
    """Add one paragraph per item of `loop` ({%p for %} ... {%p endfor %}), bulleted by default."""
    tag(doc, f"{{%p for {loop} %}}")
    if bullets:
        kit.add_bullets(doc, [value], DESIGN)
    else:
        kit.add_paragraph(doc, value, DESIGN)
    tag(doc, "{%p endfor %}")


def benefit_section(doc: Document) -> None:
    """Add the cost-effectiveness section: benefit lines, annual and to-date figures, and the formula."""
    kit.add_heading(doc, "{{ t.benefit }}", DESIGN)
    tag(doc, "{%p if benefit %}")
    loop_table(doc, ["{{ t.line_kpi }}", "{{ t.scope }}", "{{ t.improvement }}", "{{ t.value_per_unit }}",
                     "{{ t.amount }}"], "b in benefit.lines",
               ["{{ b.kpi }}", "{{ b.scope }}", "{{ b.improvement }}", "{{ b.value_per_unit }}", "{{ b.amount }}"],
               [50, 30, 25, 35, 30], ["left", "left", "right", "right", "right"])
    kit.add_paragraph(doc, "", DESIGN, size=4)
    table = kit.add_table(doc, ["{{ t.item_col }}", "{{ t.amount }}", "{{ t.ratio }}"], [
        ["{{ t.benefit_now }}", "{{ benefit.now }}", "{{ benefit.ratio_now }}"],
        ["{{ t.benefit_target }}", "{{ benefit.at_target }}", "{{ benefit.ratio_target }}"],
        ["{{ t.annual_fee }}", "{{ benefit.fee }}", ""],
        ["{{ t.realised }}", "{{ benefit.realised }}", "{{ benefit.ratio_realised }}"],
        ["{{ t.fee_to_date }}", "{{ benefit.fee_to_date }}", ""],
    ], DESIGN, widths_mm=[80, 45, 45], align=["left", "right", "right"])
    for index in range(1, 6):
        kit.shade_cell(table.cell(index, 0), DESIGN.accent_light)
    kit.add_paragraph(doc, "{{ benefit.formula }}", DESIGN, size=8, colour=DESIGN.muted)
    tag(doc, "{%p else %}")
    kit.add_paragraph(doc, "{{ t.to_fill }} {{ t.no_benefit }}", DESIGN)
    tag(doc, "{%p endif %}")


def ringi() -> Document:
    """Return the renewal approval request (稟議書) template: approvals, subject, then sections 1-8."""
    doc = kit.new_document(DESIGN, footer_text="{{ client.name }}　{{ t.confidential }}", confidential=False)
    kit.add_paragraph(doc, "{{ t.drafted_on }}　{{ drafted_on }}", DESIGN, align="right")
    kit.add_title(doc, "{{ t.doc_title }}", DESIGN)
    stamps = loop_table(doc, ["{{ t.role }}", "{{ t.name }}", "{{ t.date }}", "{{ t.seal }}"], "s in stamps",
                             ["{{ s.role }}", "{{ s.name }}", "", ""], [22, 88, 30, 30],
                             ["center", "left", "center", "center"])
    kit.set_row_height(stamps.rows[2], 14)
    kit.add_paragraph(doc, "", DESIGN, size=4)
    kit.add_key_value_table(doc, [("{{ t.subject_label }}", "{{ subject }}"), ("{{ t.drafter }}", "{{ drafter }}"),
                                  ("{{ t.approver }}", "{{ approver }}"),
                                  ("{{ t.departments }}", "{{ departments }}")], DESIGN, key_width_mm=30)
    kit.add_paragraph(doc, "", DESIGN, size=4)
    kit.add_paragraph(doc, "{{ t.lead }}", DESIGN)
    kit.add_paragraph(doc, "{{ t.record }}", DESIGN, align="center")
    kit.add_heading(doc, "{{ t.purpose }}", DESIGN)
    kit.add_paragraph(doc, "{{ purpose }}", DESIGN)
    kit.add_heading(doc, "{{ t.history }}", DESIGN)
    kit.add_paragraph(doc, "{{ history }}", DESIGN)
    loop_table(doc, ["{{ t.initiative }}", "{{ t.period }}", "{{ t.state }}"], "i in initiatives",
               ["{{ i.name }}", "{{ i.period }}", "{{ i.state }}"], [85, 55, 30], ["left", "center", "center"])
    kit.add_heading(doc, "{{ t.reached }}", DESIGN, level=3)
    tag(doc, "{%p if reached %}")
    lines(doc, "r in reached", "{{ r }}")
    tag(doc, "{%p else %}")
    kit.add_paragraph(doc, "{{ t.none_reached }}", DESIGN)
    tag(doc, "{%p endif %}")
    kit.add_heading(doc, "{{ t.effect }}", DESIGN)
    tag(doc, "{%p if effects %}")
    kit.add_paragraph(doc, "{{ effect_line }}", DESIGN)
    loop_table(doc, ["{{ t.metric }}", "{{ t.baseline }}", "{{ t.now }}", "{{ t.target }}", "{{ t.evaluation }}",
                     "{{ t.status }}"], "e in effects",
               ["{{ e.name }}", "{{ e.baseline }}", "{{ e.now }}", "{{ e.target }}", "{{ e.evaluation }}",
                "{{ e.status }}"], [40, 20, 20, 20, 50, 20], ["left", "right", "right", "right", "left", "center"])
    kit.add_heading(doc, "{{ t.outlook }}", DESIGN, level=3)
    lines(doc, "o in outlook", "{{ o }}")
    tag(doc, "{%p else %}")
    kit.add_paragraph(doc, "{{ t.no_kpis }}", DESIGN)
    tag(doc, "{%p endif %}")
    benefit_section(doc)
    kit.add_heading(doc, "{{ t.next }}", DESIGN)
    for heading, loop in (("next_initiatives", "n in next_initiatives"), ("next_targets", "n in next_targets"),
                          ("next_milestones", "n in next_milestones"), ("meetings", "n in meetings")):
        kit.add_heading(doc, f"{{{{ t.{heading} }}}}", DESIGN, level=3)
        tag(doc, f"{{%p if {loop.split()[-1]} %}}")
        lines(doc, loop, "{{ n }}")
        tag(doc, "{%p else %}")
        kit.add_paragraph(doc, "{{ t.nothing_remaining }}", DESIGN)
        tag(doc, "{%p endif %}")
    kit.add_heading(doc, "{{ t.risks }}", DESIGN)
    tag(doc, "{%p if risks %}")
    loop_table(doc, ["{{ t.risk }}", "{{ t.mitigation }}"], "r in risks", ["{{ r.risk }}", "{{ r.mitigation }}"],
               [85, 85], ["left", "left"])
    tag(doc, "{%p endif %}")
    kit.add_heading(doc, "{{ t.stop_risk }}", DESIGN, level=3)
    kit.add_paragraph(doc, "{{ stop_line }}{{ stop_money }}", DESIGN)
    kit.add_heading(doc, "{{ t.cost }}", DESIGN)
    kit.add_key_value_table(doc, [("{{ t.annual_fee }}", "{{ annual_fee }}"),
                                  ("{{ t.contract_period }}", "{{ contract_period }}"),
                                  ("{{ t.next_period }}", "{{ next_period }}"),
                                  ("{{ t.payment_terms }}", "{{ payment_terms }}")], DESIGN, key_width_mm=40)
    kit.add_heading(doc, "{{ t.decide }}", DESIGN, level=3)
    kit.add_paragraph(doc, "{{ decide_line }}", DESIGN, bold=True)
    kit.add_heading(doc, "{{ t.attachments }}", DESIGN)
    lines(doc, "a in attachments", "{{ a }}")
    end_mark(doc)
    return doc


def main() -> None:
    """Write the templates into templates/ (unless --precompile), then their precompiled parts."""
    out = ROOT / "plangen" / "resources" / "templates"
    out.mkdir(exist_ok=True)
    if "--precompile" not in sys.argv[1:]:
        for name, build in DOCX:
            doc = build()
            kit.save(doc, out / name, DocProps(title="plangen meeting template", author="plangen", language="ja-JP"))
            print(f"wrote {out / name}")
    write_precompiled([out / name for name, _ in DOCX])


def write_precompiled(templates: Sequence[Path]) -> None:
    """Replace the modules of plangen/resources/precompiled with the templates' cleaned-up parts and Jinja code."""
    from plangen.office import sandbox

    folder = ROOT / "plangen" / "resources" / "precompiled"
    for old in [*folder.glob("code_*.py"), *folder.glob("patch_*.py"), *folder.glob("styles_*.py")]:
        old.unlink()
    made = sandbox.precompiled_modules(templates)
    for name, text in made.items():
        (folder / f"{name}.py").write_text(text, encoding="utf-8")
    print(f"wrote {len(made)} modules into {folder}")


DOCX = (("meeting-weekly.docx", weekly), ("meeting-evaluator.docx", evaluator), ("ringi.docx", ringi))

if __name__ == "__main__":
    main()
