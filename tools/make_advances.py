"""Write plangen/office/advance_data.py: the bundled font's advance widths, so text is measured without PIL.

Run from the project root after the bundled font changes:  python tools/make_advances.py  [--check]
"""

import sys

from generated_module import main

if __name__ == "__main__":
    sys.exit(main(__doc__, "plangen/office/advance_data.py", "plangen.office.advance_tool"))
