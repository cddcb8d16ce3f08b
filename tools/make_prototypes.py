"""Write plangen/office/pptx/prototype_data.py: our template's slide prototypes, made once through python-pptx.

Run from the project root after templates/kickoff.pptx changes:  python tools/make_prototypes.py  [--check]
"""

import sys

from generated_module import main

if __name__ == "__main__":
    sys.exit(main(__doc__, "plangen/office/pptx/prototype_data.py", "plangen.office.pptx.prototype_tool"))
