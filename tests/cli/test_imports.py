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


def test_extraction_path_does_not_import_pydantic():
    """Briefs are plain dataclasses where they are built: pydantic only validates outside data."""
    mods = loaded_after(
        "import briefs.pipeline, briefs.readers, briefs.cli.batch, briefs.models\n"
        "from briefs.article import Article\nfrom briefs.pipeline import build_brief\n"
        "text = 'A headline\\n\\nThe mayor said 3 people came, according to the council.'\n"
        "build_brief(Article(text=text, source='x')).to_json()"
    )
    assert "pydantic" not in {m.split(".")[0] for m in mods}
