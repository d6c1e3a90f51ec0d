"""Ingest from inside the reader: read, build and store, reporting each step.

Runs in a thread worker (it opens its own Store); every failure becomes a line
in the result, never an exception that could reach the interface.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from tui.storeio import StoreRef, opened


@dataclass(slots=True)
class IngestResult:
    """What one ingest did: counts and one line per failure."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.failed)

    def summary(self) -> str:
        text = f"{self.added} added · {self.updated} updated · {self.unchanged} unchanged"
        return text + (f" · {len(self.failed)} failed" if self.failed else "")


def sample_path() -> str:
    """The built-in sample article bundled with the package."""
    return str(resources.files("briefs") / "data" / "sample.txt")


def ingest(
    source: str,
    store_ref: StoreRef,
    progress: Callable[[IngestResult, str], None] = lambda r, label: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> IngestResult:
    """Store every article read from ``source``; ``progress`` after each one."""
    from briefs.errors import BriefsError
    from briefs.pipeline import build_brief
    from briefs.readers import read

    result = IngestResult()
    source = str(Path(source).expanduser()) if "://" not in source else source
    with opened(store_ref) as store:
        articles = read(source)
        while not cancelled():
            label = source
            try:
                article = next(articles)
            except StopIteration:
                break
            except BriefsError as error:
                result.failed.append(str(error))
                progress(result, label)
                break
            except Exception as error:  # a reader bug must not take the app down
                result.failed.append(f"{source}: {type(error).__name__}: {error}")
                progress(result, label)
                break
            label = article.source or article.title or source
            try:
                outcome = store.add(build_brief(article), raw=article.raw,
                                    raw_format=article.raw_format)
            except Exception as error:
                result.failed.append(f"{label}: {error}")
            else:
                if outcome == "added":
                    result.added += 1
                elif outcome == "updated":
                    result.updated += 1
                else:
                    result.unchanged += 1
            progress(result, label)
    return result
