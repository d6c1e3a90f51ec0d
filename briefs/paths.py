"""Where briefs keeps its files (platformdirs), resolved only when asked."""

from __future__ import annotations

import os
from pathlib import Path


def default_store_path() -> Path:
    """``$BRIEFS_STORE`` if set, else ``<user data dir>/briefs/briefs.db``."""
    env = os.environ.get("BRIEFS_STORE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefs", appauthor=False)) / "briefs.db"


def config_dir() -> Path:
    """Per-user settings (the reader's theme and last filter live here).

    ``$BRIEFS_CONFIG_DIR`` overrides it, so tests never touch the real one.
    """
    override = os.environ.get("BRIEFS_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefs", appauthor=False))
