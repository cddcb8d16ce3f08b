"""The chart XML pieces shared by the report's and the kickoff's charts stay light to import."""

from __future__ import annotations


def test_report_charts_import_neither_python_pptx_nor_python_docx() -> None:
    """Importing the report's charts (and so the shared pieces) loads no Office library: they load when drawn."""
    import subprocess
    import sys

    code = ("import sys; import plangen.render.report.charts; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('pptx', 'docx', 'lxml') or m.startswith('plangen.office.pptx')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
