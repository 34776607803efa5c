"""What README.md says, read as data: its sections, the commands of its `sh` blocks and the
CSV files it shows, so that tests run and check the very text a reader follows."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\s*$")
CSV_NAME = re.compile(r"`([\w.-]+\.csv)`")
"""A file name in backquotes of its own (not one inside a quoted command)."""


@dataclass(frozen=True)
class Block:
    """A fenced code block: its language, its text, and the paragraph just before it."""

    language: str
    text: str
    before: str


def readme() -> str:
    return README.read_text(encoding="utf-8")


def section(title: str, text: str | None = None) -> str:
    """The section under the heading `title` (any level), up to the next heading of its level
    or above."""
    text = readme() if text is None else text
    found = re.search(rf"^(#+) {re.escape(title)}\s*$", text, re.MULTILINE)
    if found is None:
        raise LookupError(f"README.md has no section {title!r}")
    level = len(found.group(1))
    rest = text[found.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def blocks(text: str) -> list[Block]:
    """The fenced blocks of `text`, in order."""
    found: list[Block] = []
    prose: list[str] = []
    lines = iter(text.splitlines())
    for line in lines:
        opening = FENCE.match(line)
        if opening is None:
            prose.append(line)
            continue
        body: list[str] = []
        for inner in lines:
            if inner.startswith("```"):
                break
            body.append(inner)
        paragraphs = "\n".join(prose).strip().split("\n\n")
        found.append(Block(opening.group(1), "\n".join(body) + "\n", paragraphs[-1]))
        prose = []
    return found


def csv_files(text: str) -> dict[str, str]:
    """Each `csv` block by the file name its paragraph names first (`customers.csv`: ...)."""
    files: dict[str, str] = {}
    for block in blocks(text):
        if block.language != "csv":
            continue
        name = CSV_NAME.search(block.before)
        if name is None:
            raise LookupError(f"a CSV block without a file name before it: {block.text[:60]!r}")
        files[name.group(1)] = block.text
    return files


def commands(text: str) -> list[list[str]]:
    """The command lines of the `sh` blocks, in order: continuations and quotations over
    several lines joined, comments and empty lines dropped, each split as the shell splits
    words (nothing expanded)."""
    found: list[list[str]] = []
    for block in blocks(text):
        if block.language != "sh":
            continue
        pending = ""
        for line in re.sub(r"\\\n", " ", block.text).splitlines():
            pending += line + "\n"
            try:
                words = shlex.split(pending, comments=True)
            except ValueError:  # a quotation that goes on on the next line
                continue
            pending = ""
            if words:
                found.append(words)
        if pending:
            raise ValueError(f"a command without its closing quotation: {pending[:60]!r}")
    return found


def program(words: list[str]) -> str:
    """The program a command line runs, by its file name (`.venv/bin/guitai` is `guitai`)."""
    return Path(words[0]).name
