"""``python -m briefs`` runs the command line."""

from briefs.cli import main

raise SystemExit(main())
