"""Write plangen/office/pptx/prototype_data.py: our template's slide prototypes, made once through python-pptx.

Run from the project root after templates/kickoff.pptx changes:  python tools/make_prototypes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plangen.office.pptx.prototype_tool import module_text  # noqa: E402

if __name__ == "__main__":
    target = ROOT / "plangen" / "office" / "pptx" / "prototype_data.py"
    target.write_text(module_text(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
