"""A progress line on a terminal while an import checks and loads a big file."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TextIO, TypeVar

T = TypeVar("T")

EVERY = 1_000
"""Lines between two updates of the progress line."""


class Progress:
    """Writes "KIND: checked N of M lines" over itself on `stream`, if it is a terminal."""

    def __init__(self, kind: str, stream: TextIO | None = None) -> None:
        self.kind = kind
        self.stream = stream if stream is not None else sys.stderr
        self.shown = self.stream.isatty()

    def over(self, items: Sequence[T], doing: str) -> Iterator[T]:
        """The items, the line updated every `EVERY` of them and at the end."""
        total = len(items)
        for done, item in enumerate(items, 1):
            yield item
            if self.shown and (done % EVERY == 0 or done == total):
                end = "\n" if done == total else ""
                self.stream.write(f"\r{self.kind}: {doing} {done:,} of {total:,} lines{end}")
                self.stream.flush()
