"""pptx_kit: build clean 16:9 decks on our template or a user's, with Japanese text that never overflows.

Import it only inside renderers (it imports python-pptx). Every run gets a:latin + a:ea + lang; every
paragraph gets exact line spacing (size x 1.2) so measured heights hold in PowerPoint and LibreOffice;
nothing relies on autofit. Geometry is in EMU (`Box`); sizes in points. Shapes and tables are written as raw
XML (`plangen.office.pptx.xml`) with shape ids counted per slide: python-pptx's per-shape XPath lookups made
the kit 2x slower than python-pptx alone.

API (stable)::

    from plangen.office.pptx import Deck, Box, Style, Para, Column, Cell, Scatter, ScatterPoint, Quadrants, \\
        CategoryChart, Series, add_scatter, add_category_chart, inch, pt_to_emu

    deck = Deck.open(design, client_name, template=None | Path, charts="native" | "image", style=plan.style)
    #   our templates/kickoff.pptx (theme fonts + accent from `design`), or the user's .pptx: sample slides
    #   removed (rel dropped), layouts chosen by name with fallback, their theme colours/fonts kept.
    deck.content                      # Box: the area between the title and the footer
    deck.slide_box, deck.width, deck.height, deck.margin, deck.fonts, deck.design, deck.lang
    slide = deck.add_slide("タイトル")                 # title (measured), footer "client | 社外秘", page number
    slide = deck.add_slide("表紙", cover=True)        # cover layout, no footer
    deck.text(slide, box, "text" | Para | [str | Para, ...], Style(size=14, min_size=9, bold=False,
              color="222222", align="left|center|right", anchor="top|middle|bottom"),
              fill="DCE6F2", line="BFBFBF", shape=MSO_SHAPE.CHEVRON)   # fill/line/shape optional
    #   -> shape; the largest size from size down to min_size that fits, else cut with '…' (+ deck.warnings)
    deck.rect(slide, box, fill=..., line=..., shape=...)             # flat shape, no theme effects
    deck.line(slide, x1, y1, x2, y2, color=..., width_pt=1, elbow=False, arrow=False)
    slides = deck.table("Title", [Column("Header", weight=2, align="left"), ...], rows,
                        style=Style(size=10, min_size=10), box=None, first_slide=None, first_box=None,
                        sizes=None | (14, 13, 12, 11, 10))
    #   rows: lists of str | list[str|Para] | Cell(text, fill=, color=, bold=); rows measured, split onto
    #   slides titled "Title（続き）" / "Title (cont.)" with the header row repeated. With `sizes`, the table
    #   takes the largest size at which it fits one page (cells padded 0.35 em) and continues on further
    #   slides only at the smallest; without, it uses style.size as before.
    add_scatter(deck, slide, box, Scatter(points=[ScatterPoint(x, y, "label")], x_title=, y_title=,
                x_range=(0.5, 5.5), y_range=(0.5, 5.5), quadrants=Quadrants(3, 3, (tl, tr, bl, br))))
    #   native editable XY scatter with per-point labels (points at one position share one label, one line
    #   each) or, with charts="image", a matplotlib picture
    add_category_chart(deck, slide, box, CategoryChart(categories, [Series("name", values)], kind="line|bar|barh"))
    deck.tr("doc.cont") / deck.tr("doc.confidential")     # words of plangen.text in the deck's language
    deck.warnings                                          # list[str] for RenderResult.warnings
    deck.save(path)

Lower level: `plangen.office.pptx.text` (Fonts, Para, Style, fit, write_paragraphs, run_properties),
`plangen.office.pptx.template` (open_presentation, remove_all_slides, pick_layout, set_theme, theme_fonts,
theme_colour), `plangen.office.pptx.table` (paginate), `plangen.office.textfit` (text_width, wrap, fits).
"""

from __future__ import annotations

from plangen.office.pptx.chartdata import CategoryChart, Quadrants, Scatter, ScatterPoint, Series
from plangen.office.pptx.charts import add_category_chart, add_scatter
from plangen.office.pptx.deck import Deck
from plangen.office.pptx.geometry import Box, emu_to_pt, inch, pt_to_emu
from plangen.office.pptx.style import Fonts, Para, Style
from plangen.office.pptx.table import Cell, Column

__all__ = [
    "Box",
    "CategoryChart",
    "Cell",
    "Column",
    "Deck",
    "Fonts",
    "Para",
    "Quadrants",
    "Scatter",
    "ScatterPoint",
    "Series",
    "Style",
    "add_category_chart",
    "add_scatter",
    "emu_to_pt",
    "inch",
    "pt_to_emu",
]
