"""A plan's Word document from a docxtpl template: rendered in the sandbox, then finished for the plan.

The meeting kit and the renewal request both come this way: the template carries the look, the plan's
design its language and fonts, and the text is broken only between phrases with the plan's names whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.document import Document

    from plangen.model import Plan


def render_plan_docx(template: Path, context: Mapping[str, Any], plan: Plan) -> Document:
    """Return `template` rendered with `context`, valid, marked with `plan`'s language (and fonts, when its
    `style` names them), endings kept together and lines broken between phrases; raise TemplateError."""
    from plangen.design import design_for
    from plangen.office.docx_kit import (
        apply_fonts,
        break_body_paragraphs,
        break_table_cells,
        finished_styles,
        keep_ending_together,
        make_valid,
        set_language,
    )
    from plangen.office.phrases import plan_words, protect
    from plangen.office.sandbox import render_docx_template

    design = design_for(plan)
    fonts = bool(plan.style.font_ea or plan.style.font_latin)  # the plan's `style` names the fonts; the template
    # keeps the rest of the look. The styles come marked with the language and fonts (shared, see shared_styles)
    doc = render_docx_template(template, context, styles=finished_styles(design, fonts=fonts))
    make_valid(doc)  # docxtpl's {% cellbg %} and a user's template may break the schema's order
    set_language(doc, design, styles=False)
    if fonts:
        apply_fonts(doc, design, styles=False)
    keep_ending_together(doc)
    with protect(plan_words(plan)):
        break_table_cells(doc)
        break_body_paragraphs(doc)
    return doc
