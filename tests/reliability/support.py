"""Shared helpers for the reliability tests: the real `briefs` command and made-up articles.

Every article here is generated from sentences written for these tests (no corpus
text), so each test can make as many distinct articles as it needs.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SHARED = PROJECT / ".." / "shared"


def briefs_command() -> list[str]:
    """The installed `briefs` console script beside this Python, else the module entry."""
    script = Path(sys.executable).with_name("briefs")
    if script.exists():
        return [str(script)]
    found = shutil.which("briefs")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from briefs.cli import main; sys.exit(main())"]


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment that never touches the user's real store or config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFS_")}
    env.update(
        XDG_DATA_HOME=str(tmp / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        XDG_CACHE_HOME=str(tmp / "xdg-cache"),
        XDG_STATE_HOME=str(tmp / "xdg-state"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("FORCE_COLOR", None)
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


def run_briefs(
    *args: str, tmp: Path, env: dict[str, str] | None = None, timeout: float = 120, **kw
) -> subprocess.CompletedProcess[str]:
    """Run the real `briefs` with ``args`` and capture text output."""
    return subprocess.run(
        [*briefs_command(), *args],
        env=env or clean_env(tmp),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kw,
    )


# ------------------------------------------------------------ made-up news ---

_PEOPLE = [
    ("Marta Okonkwo", "the regional transport minister"),
    ("Daniel Ferreira", "a spokesman for the harbour authority"),
    ("Ingrid Halvorsen", "the city's chief economist"),
    ("Tomasz Wielgus", "director of the Northfield Water Board"),
    ("Priya Raman", "a senior analyst at Coastline Research"),
    ("Henry L. Abbott Jr.", "the county sheriff"),
]
_ORGS = ["the Northfield Water Board", "the Harbour Authority", "Coastline Research",
         "the Ministry of Transport", "the Regional Audit Office"]
_THINGS = ["bridges", "ferries", "tonnes of grain", "inspectors", "kilometres of track",
           "households", "permits", "buses"]
_VERBS = ["repaired", "inspected", "delivered", "approved", "replaced", "counted"]


def article_text(seed: int, paragraphs: int = 8) -> str:
    """A plausible news article (title, quotes, figures, sources), distinct per seed."""
    rng = random.Random(seed)
    person, role = rng.choice(_PEOPLE)
    org = rng.choice(_ORGS)
    title = f"Item {seed}: {rng.choice(_ORGS).title()} Reports {rng.randint(2, 999)} New Cases"
    paras = [title]
    for p in range(paragraphs):
        n = rng.randint(2, 90_000)
        thing = rng.choice(_THINGS)
        kind = p % 4
        if kind == 0:
            paras.append(
                f"Officials {rng.choice(_VERBS)} {n:,} {thing} in the past {rng.randint(2, 11)} "
                f"months, according to a report from {org}. The total rose by "
                f"{rng.randint(2, 60)}.{rng.randint(0, 9)} percent on the year (ref {seed}-{p})."
            )
        elif kind == 1:
            paras.append(
                f"“We {rng.choice(_VERBS)} more {thing} than anyone expected,” said {person}, "
                f"{role}. “The next step is to keep the work going for another "
                f"{rng.randint(2, 9)} years.”"
            )
        elif kind == 2:
            paras.append(
                f"{person.split()[-1]} told reporters on Tuesday that nearly ${n} million had "
                f"been set aside, and that {org} would publish its figures in the spring."
            )
        else:
            paras.append(
                f"A person familiar with the plan said at least {rng.randint(3, 400)} {thing} "
                f"were still waiting. “It is slow,” the person said, adding that the U.S. "
                f"partners had sent {rng.randint(2, 70)} engineers."
            )
    return "\n\n".join(paras) + "\n"


def write_articles(folder: Path, count: int, start: int = 0, paragraphs: int = 6) -> list[Path]:
    """``count`` distinct article files in ``folder`` (created)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"article-{i:05d}.txt"
        path.write_text(article_text(i, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------ terminals ---


def drain_pty(fd: int, quiet_for: float = 60) -> bytes:
    """Every byte a pseudo-terminal receives until its other end closes; closes ``fd``.

    Nothing for ``quiet_for`` seconds fails the test instead of hanging the run.
    """
    import select

    chunks: list[bytes] = []
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], quiet_for)
            if not ready:
                raise AssertionError(f"no output on the terminal for {quiet_for:.0f} s")
            try:
                data = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return b"".join(chunks)


class PtySession:
    """The real `briefs` on a pseudo-terminal: send keys, collect every byte it writes."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int] = (120, 40),
                 prefix: list[str] | None = None) -> None:
        import fcntl
        import pty
        import struct
        import termios

        cols, rows = size
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(
            [*(prefix or []), *briefs_command(), *args], stdin=slave, stdout=slave,
            stderr=slave, env=env, close_fds=True, start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()

    def read(self, seconds: float, until: bytes | None = None) -> bytes:
        """Collect output for ``seconds`` (or until ``until`` appears); return what came."""
        import select
        import time

        start = len(self.output)
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    break
                if not data:
                    break
                self.output += data
                if until is not None and until in self.output[start:]:
                    break
            elif self.proc.poll() is not None:
                break
        return bytes(self.output[start:])

    def send(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def close(self) -> int:
        """Quit politely (q), then insist; the exit status."""
        import signal

        if self.proc.poll() is None:
            self.send("q")
            self.read(3)
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=10)
        os.close(self.master)
        return code
