"""Write plangen/office/advance_data.py: the bundled font's advance widths, so text is measured without PIL.

Run from the project root after the bundled font changes:  python tools/make_advances.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plangen.office.advances import module_text  # noqa: E402

if __name__ == "__main__":
    target = ROOT / "plangen" / "office" / "advance_data.py"
    target.write_text(module_text(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
