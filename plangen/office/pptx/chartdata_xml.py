"""The unstyled chart XML python-pptx's chart writer makes from chart data, written without its chart-data objects.

`pptx.chart.data` imports xlsxwriter (about 18 ms in a fresh process) only to write the workbook, which
`plangen.office.pptx.chartdata_xlsx` writes itself. These functions write the `c:chartSpace` of
`ChartXmlWriter(chart_type, chart_data).xml` for the chart types plangen draws -- XY scatter, line with
markers, clustered columns and bars over one level of text categories -- without the template's indentation:
read with python-pptx's parser (which drops blank text) it is the same tree.
"""

from __future__ import annotations

from collections.abc import Sequence

from plangen.office.chartxml_parts import CHART_SPACE, END_PARA, PLOT_SETTINGS, TICKS, tx_pr
from plangen.office.pptx.chartdata_xlsx import column_name
from plangen.office.pptx.xml import esc

_TEXT = tx_pr('<a:defRPr sz="1800"/>', end=END_PARA) + "</c:chartSpace>"
_LEGEND = '<c:legend><c:legendPos val="r"/><c:layout/><c:overlay val="0"/></c:legend>' + PLOT_SETTINGS


def series_tx(ref: str, name: str) -> str:
    """Return a series' c:tx: its name and the cell holding it."""
    return (f'<c:tx><c:strRef><c:f>{ref}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{esc(name)}'
            "</c:v></c:pt></c:strCache></c:strRef></c:tx>")


def num_ref(ref: str, number_format: str, values: Sequence[object]) -> str:
    """Return a c:numRef: the cells and a cache of `values` (None left out)."""
    points = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values) if v is not None)
    return (f"<c:numRef><c:f>{ref}</c:f><c:numCache><c:formatCode>{number_format}</c:formatCode>"
            f'<c:ptCount val="{len(values)}"/>{points}</c:numCache></c:numRef>')


def _cat_ax(ax_id: str, cross: str, pos: str, text: str = "", skip: int = 1) -> str:
    """Return the template's category axis, with label text properties `text` and every `skip`-th label shown."""
    skipped = f'<c:tickLblSkip val="{skip}"/>' if skip > 1 else ""
    return (f'<c:catAx><c:axId val="{ax_id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{pos}"/>{TICKS}{text}<c:crossAx val="{cross}"/><c:crosses val="autoZero"/>'
            f'<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>{skipped}<c:noMultiLvlLbl val="0"/>'
            "</c:catAx>")


def category_cache(categories: Sequence[str]) -> str:
    """Return a series' c:cat: the text `categories` and their worksheet range (column A)."""
    count = len(categories)
    points = "".join(f'<c:pt idx="{i}"><c:v>{esc(str(c))}</c:v></c:pt>' for i, c in enumerate(categories))
    return (f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${count + 1}</c:f><c:strCache><c:ptCount val="{count}"/>'
            f"{points}</c:strCache></c:strRef></c:cat>")


def series_head(index: int, name: str) -> str:
    """Return the start of category series `index`'s c:ser: its index, order and name (atop its worksheet column)."""
    return (f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
            f'{series_tx(f"Sheet1!${column_name(index + 1)}$1", name)}')


def series_values(index: int, values: Sequence[float | None], number_format: str) -> str:
    """Return category series `index`'s c:val: its `values` (None left out) in its worksheet column."""
    col = column_name(index + 1)
    return f"<c:val>{num_ref(f'Sheet1!${col}$2:${col}${len(values) + 1}', number_format, values)}</c:val>"


def category_chart_xml(kind: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
                       number_format: str = "General", *, series_xml: Sequence[str] = (), cat_text: str = "",
                       cat_skip: int = 1, title: str = "", tick_format: str = "", legend: str | None = None,
                       text: str = _TEXT, ids: tuple[str, str] | None = None) -> str:
    """Return python-pptx's chart XML of a 'line' (with markers), 'bar' (columns) or 'barh' (bars) chart of
    text `categories` and `series` (name, values), the values shown in `number_format`.

    The keywords put styling in as python-pptx's chart API would: `series_xml` after each series' name (its
    c:spPr and c:marker), the category axis' text properties and label skip, the value axis' c:title and
    c:numFmt, the c:legend (None: the template's; '' for none), the chart's c:txPr (with the closing tag)
    and the axis ids (category, value)."""
    if not categories:
        raise ValueError("chart data contains no categories")
    cat = category_cache(categories)
    tail = '<c:smooth val="0"/></c:ser>' if kind == "line" else "</c:ser>"
    sers = [f"{series_head(index, name)}{series_xml[index] if series_xml else ''}{cat}"
            f"{series_values(index, values, number_format)}{tail}" for index, (name, values) in enumerate(series)]
    if kind == "line":
        cat_id, val_id = ids or ("2118791784", "2140495176")
        plot = (f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{"".join(sers)}<c:marker val="1"/>'
                f'<c:smooth val="0"/><c:axId val="{cat_id}"/><c:axId val="{val_id}"/></c:lineChart>')
        cat_pos, val_pos = "b", "l"
        after = (_LEGEND if legend is None else legend + _LEGEND[_LEGEND.index("<c:plotVisOnly"):])
    elif kind in ("bar", "barh"):
        cat_id, val_id = ids or ("-2068027336", "-2113994440")
        plot = (f'<c:barChart><c:barDir val="{"col" if kind == "bar" else "bar"}"/><c:grouping val="clustered"/>'
                f'{"".join(sers)}<c:axId val="{cat_id}"/><c:axId val="{val_id}"/></c:barChart>')
        cat_pos, val_pos = ("b", "l") if kind == "bar" else ("l", "b")
        after = (legend or "") + '<c:dispBlanksAs val="gap"/>'
    else:
        raise ValueError(f"unknown chart kind {kind!r}")
    val_ax = (f'<c:valAx><c:axId val="{val_id}"/><c:scaling/><c:delete val="0"/><c:axPos val="{val_pos}"/>'
              f'<c:majorGridlines/>{title}{tick_format}{TICKS}<c:crossAx val="{cat_id}"/><c:crosses val="autoZero"/>'
              "</c:valAx>")
    head = f'{CHART_SPACE}<c:date1904 val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea>'
    return (f"{head}{plot}{_cat_ax(cat_id, val_id, cat_pos, cat_text, cat_skip)}{val_ax}</c:plotArea>{after}"
            f"</c:chart>{text}")
