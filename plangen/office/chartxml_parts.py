"""The pieces of chart XML (DrawingML c:chartSpace) every chart writer shares, as text (no python-pptx, no lxml).

The report's charts (`plangen.render.report.charts`), the kickoff's (`plangen.office.pptx.charts`) and
python-pptx's unstyled chart templates (`plangen.office.pptx.chartdata_xml`) write these pieces alike. Values
come in escaped: each writer escapes as the XML it matches was escaped.
"""

from __future__ import annotations

CHART_SPACE = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
               '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
"""The head of a chart part: the XML declaration and the c:chartSpace start tag with its namespaces."""

_FLAGS = ('<c:showLegendKey val="0"/><c:showVal val="{}"/><c:showCatName val="0"/><c:showSerName val="0"/>'
          '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')
SHOW_VALUE = _FLAGS.format(1)
"""What a data label shows: the value, nothing else."""
LABELS_TAIL = _FLAGS.format(0) + '<c:showLeaderLines val="1"/>'
"""The end of a c:dLbls that holds single-point labels only: nothing shown by default, leader lines on."""

TICKS = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
"""An axis' tick marks (major outside, no minor) and its labels next to it."""
TURNED = ' rot="-2700000" vert="horz"'
"""The a:bodyPr attributes of axis labels turned 45 degrees."""
LEGEND_BELOW = '<c:legend><c:legendPos val="b"/><c:layout/><c:overlay val="0"/></c:legend>'
"""A legend below the plot area."""
PLOT_SETTINGS = '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/><c:showDLblsOverMax val="0"/>'
"""The end of a c:chart: visible cells only, gaps for blanks, no labels over the axis maximum."""
END_PARA = '<a:endParaRPr lang="en-US"/>'
"""The end of the paragraph of a chart's default text."""


def solid(colour: str) -> str:
    """Return an a:solidFill of the RGB `colour` (hex digits)."""
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


def def_rpr(lang: str, latin: str, ea: str, head: str = "", fill: str = "") -> str:
    """Return an a:defRPr: attributes `head` then language `lang`, the fill `fill`, the fonts `latin` and `ea`."""
    return (f'<a:defRPr{head} lang="{lang}">{fill}<a:latin typeface="{latin}"/><a:ea typeface="{ea}"/>'
            "</a:defRPr>")


def tx_pr(run: str, body: str = "", end: str = "") -> str:
    """Return a c:txPr: a:bodyPr attributes `body`, one paragraph of default run properties `run`, then `end`."""
    return f"<c:txPr><a:bodyPr{body}/><a:lstStyle/><a:p><a:pPr>{run}</a:pPr>{end}</a:p></c:txPr>"


def rich(paras: str, body: str = "") -> str:
    """Return a c:rich of the a:p elements `paras`, its a:bodyPr attributes `body`."""
    return f"<c:rich><a:bodyPr{body}/><a:lstStyle/>{paras}</c:rich>"


def title(text: str) -> str:
    """Return a c:title of the c:rich `text`, laid out automatically, beside the plot area."""
    return f'<c:title><c:tx>{text}</c:tx><c:layout/><c:overlay val="0"/></c:title>'
