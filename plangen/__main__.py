"""Allow `python -m plangen`."""

import sys



from plangen.cli import entry

entry()
