"""docs/ARCHITECTURE.md stays true: every file or folder of the project it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PATH = re.compile(r"`((?:client|sync|ui|tests|resources|installer)/[\w/.]*)")
"""A backquoted project path, up to the first character that is not part of a path."""


def named_paths(text: str) -> list[str]:
    return sorted({match.rstrip(".") for match in PATH.findall(text)})


def test_every_path_the_architecture_page_names_exists() -> None:
    names = named_paths(DOC.read_text(encoding="utf-8"))
    assert len(names) > 10, "the page should name the modules it describes"
    missing = [name for name in names if not (ROOT / name).exists()]
    assert missing == [], f"docs/ARCHITECTURE.md names paths that do not exist: {missing}"


def test_the_checker_finds_a_path_in_backquotes() -> None:
    assert named_paths("see `client/schema/registry.py` (`REGISTRY`) and `ui/`") == [
        "client/schema/registry.py",
        "ui/",
    ]
