"""The core never imports textual, and ``briefs show`` stays off the heavy path."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("textual", "trafilatura", "feedparser", "lxml", "pydantic")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_core_modules_do_not_import_textual():
    mods = loaded_after("import briefs.cli, briefs.store, briefs.render, briefs.cli.batch")
    assert not {m for m in mods if m.split(".")[0] == "textual"}


def test_read_path_imports_nothing_heavy():
    mods = loaded_after(
        "from briefs.cli import parser\nparser()\n"
        "import briefs.cli.browse, briefs.cli.common, briefs.cli.output\n"
        "from briefs.store import Store\nfrom briefs.render import brief_renderable"
    )
    assert not {m for m in mods if m.split(".")[0] in HEAVY}
