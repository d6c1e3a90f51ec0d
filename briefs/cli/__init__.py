"""The ``briefs`` command line: argparse, one module per command, lazy imports.

Only argparse is imported to parse arguments, so ``briefs show`` pays for Rich
and the store's sqlite3 alone; each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from briefs.version import __version__

# Command modules, in the order ``--help`` lists them.
_COMMANDS = (
    "briefs.cli.ingest",
    "briefs.cli.extract",
    "briefs.cli.browse",
    "briefs.cli.manage",
)


def parser() -> argparse.ArgumentParser:
    """The whole command line (``--help`` works at every level)."""
    import importlib

    p = argparse.ArgumentParser(
        prog="briefs",
        description="Turn news articles into briefs — key figures, quotes, sources — "
        "and read them in the terminal. Without a command, opens the reader.",
    )
    p.add_argument("--version", action="version", version=f"briefs {__version__}")
    p.add_argument(
        "--store", metavar="PATH",
        help="store file (default: $BRIEFS_STORE, else the user data directory)",
    )
    sub = p.add_subparsers(title="commands", metavar="COMMAND")
    for name in _COMMANDS:
        importlib.import_module(name).add_parser(sub)
    return p


def store_path(args: argparse.Namespace) -> str | None:
    """``--store`` wins over ``BRIEFS_STORE``; None means the platform default."""
    return args.store or os.environ.get("BRIEFS_STORE") or None


def _open_reader(args: argparse.Namespace) -> int:
    try:
        from tui.app import run
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("tui"):
            raise
        from briefs.cli.output import error

        error("the reader is not installed; try `briefs list` or `briefs show ID`")
        return 1
    return int(run(store_path(args)) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run one command, map errors to one line and an exit status."""
    from briefs.bytecode import ensure_compiled
    from briefs.errors import BriefsError

    ensure_compiled()
    args = parser().parse_args(argv)
    command = getattr(args, "run", None) or _open_reader
    try:
        return int(command(args) or 0)
    except BriefsError as exc:
        from briefs.cli.output import error

        error(str(exc))
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("briefs: interrupted\n")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
