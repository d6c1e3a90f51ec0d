"""What the reader remembers between runs: theme, last search, sort order.

A small JSON file in the user's config directory (``BRIEFS_CONFIG_DIR`` overrides
it, so tests never touch the real one). A damaged file is ignored, never fatal.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from briefs.paths import config_dir

SORTS = ("date", "outlet", "title")


@dataclass(slots=True)
class Settings:
    """Reader preferences; unknown or invalid values fall back to defaults."""

    theme: str = "textual-dark"
    query: str = ""
    sort: str = "date"


def settings_path() -> Path:
    return config_dir() / "reader.json"


def load() -> Settings:
    """The saved settings, or defaults when there are none or they cannot be read."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    settings = Settings()
    if isinstance(data.get("theme"), str):
        settings.theme = data["theme"]
    if isinstance(data.get("query"), str):
        settings.query = data["query"]
    if data.get("sort") in SORTS:
        settings.sort = data["sort"]
    return settings


def save(settings: Settings) -> None:
    """Write the settings atomically; failure to save is not worth a crash."""
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
