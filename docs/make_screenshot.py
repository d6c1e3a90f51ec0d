"""Regenerate docs/brief-screen.svg: the reader's brief screen on the built-in sample.

    .venv/bin/python docs/make_screenshot.py

Uses a throwaway store and config directory, the real pipeline and the real app.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFS_CONFIG_DIR"] = str(Path(tmp) / "config")
        from tui.app import BriefsApp
        from tui.ingest import ingest, sample_path
        from tui.settings import Settings
        from tui.storeio import StoreRef

        ref = StoreRef(str(Path(tmp) / "briefs.db"))
        ingest(sample_path(), ref)
        app = BriefsApp(ref, settings=Settings(), poll_interval=0)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            app.save_screenshot("brief-screen.svg", str(HERE))
    print(HERE / "brief-screen.svg")


if __name__ == "__main__":
    asyncio.run(main())
