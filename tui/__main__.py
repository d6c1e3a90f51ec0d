"""``python -m tui [STORE]`` opens the reader (the ``briefs`` command does the same)."""

import sys

from tui.app import run

raise SystemExit(run(sys.argv[1] if len(sys.argv) > 1 else None))
