"""docs/ARCHITECTURE.md stays true: every file or folder of the project it names exists.
README.md too: every `guitai` and `guitai-server` command of its `sh` blocks is one the
programs take, every command it names in backquotes exists, and the CSV files of its
walkthrough have the headers their imports read."""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from pathlib import Path

import pytest

from client.cli import build_parser
from sync.cli import COMMANDS as GUITAI_COMMANDS
from sync.server.cli import build_parser as build_server_parser
from sync.server.imports.master_data import IMPORTERS
from sync.server.imports.run import BULK
from sync.server.imports.run import COLUMNS as BULK_COLUMNS
from tests import readme_kit

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


WALKTHROUGH = "From an empty server to the first teller"


def parsers() -> dict[str, argparse.ArgumentParser]:
    return {"guitai": build_parser(GUITAI_COMMANDS), "guitai-server": build_server_parser()}


def refusal(parser: argparse.ArgumentParser, argv: list[str]) -> str | None:
    """What `parser` says against `argv` (None when it takes it, or shows its help)."""
    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
            parser.parse_args(argv)
    except SystemExit as exc:
        return None if exc.code == 0 else said.getvalue().strip().splitlines()[-1]
    return None


def test_every_command_of_the_readme_is_one_the_programs_take() -> None:
    programs = parsers()
    checked, refused = 0, []
    for words in readme_kit.commands(readme_kit.readme()):
        parser = programs.get(readme_kit.program(words))
        if parser is None:
            continue
        argv = [w.strip("[]") for w in words[1:]]  # `[--json]`: an optional flag, shown so
        checked += 1
        said = refusal(parser, argv)
        if said is not None:
            refused.append(f"{' '.join(words)}: {said}")
    assert checked > 20, "the README's sh blocks should show the commands"
    assert refused == []


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


NAMED = re.compile(r"`(?:[\w./-]*/)?(guitai|guitai-server) ([^`]+)`")
"""A backquoted command line: its program and what follows it (`guitai-server init / serve /
user add` names three commands)."""
WORD = re.compile(r"[a-z][a-z-]*$")


def named_commands(text: str) -> list[tuple[str, list[str]]]:
    """(program, the words naming its command) of each command in backquotes."""
    found = []
    for program, rest in NAMED.findall(text):
        for alternative in rest.split(" / "):
            words = []
            for word in alternative.split():
                if not WORD.match(word):
                    break
                words.append(word)
            if words:
                found.append((program, words))
    return found


def test_every_command_the_readme_names_in_backquotes_exists() -> None:
    programs = parsers()
    unknown = []
    named = named_commands(readme_kit.readme())
    for program, words in named:
        parser = programs[program]
        for word in words:
            choices = subcommands(parser)
            if not choices:
                break  # the rest are its arguments
            if word not in choices:
                unknown.append(f"{program} {' '.join(words)}")
                break
            parser = choices[word]
    assert len(named) > 20 and unknown == []


def test_the_checks_find_a_bad_command() -> None:
    programs = parsers()
    assert refusal(programs["guitai-server"], ["import", "segments", "s.csv"]) is not None
    assert refusal(programs["guitai"], ["show", "C1", "--profile", "p", "--jsn"]) is not None
    assert refusal(programs["guitai"], ["sync", "--help"]) is None
    assert named_commands(
        "run `guitai-server user add NAME` (`guitai-server init / serve`), `.venv/bin/guitai"
        " demo --profile P`, not `guitai --demo` nor `installer/guitai-server.service`"
    ) == [
        ("guitai-server", ["user", "add"]),
        ("guitai-server", ["init"]),
        ("guitai-server", ["serve"]),
        ("guitai", ["demo"]),
    ]


def importer_columns(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The columns an import of `kind` needs, and those it also reads."""
    if kind in BULK_COLUMNS:
        importer = BULK.get(kind)
        return BULK_COLUMNS[kind], tuple(getattr(importer, "optional", ()))
    master = IMPORTERS[kind]  # type: ignore[index]
    return tuple(master.columns), tuple(master.optional)


def walkthrough_imports() -> list[tuple[str, str]]:
    found = [
        (words[2], words[3])
        for words in readme_kit.commands(readme_kit.section(WALKTHROUGH))
        if readme_kit.program(words) == "guitai-server" and words[1] == "import"
    ]
    return found


@pytest.mark.parametrize(("kind", "name"), walkthrough_imports())
def test_each_csv_file_of_the_walkthrough_has_the_header_its_import_reads(
    kind: str, name: str
) -> None:
    files = readme_kit.csv_files(readme_kit.section(WALKTHROUGH))
    assert name in files, f"the walkthrough imports {name} but does not show it"
    header = files[name].splitlines()[0].split(",")
    needed, optional = importer_columns(kind)
    assert [c for c in needed if c not in header] == [], f"{name} lacks needed columns"
    assert [c for c in header if c not in (*needed, *optional)] == [], f"{name}: unread columns"


def test_the_walkthrough_imports_every_kind_of_file() -> None:
    kinds = [kind for kind, _ in walkthrough_imports()]
    every = {*BULK_COLUMNS, *IMPORTERS} - {"calendar"}  # hours: `calendar set` shows them
    assert every <= set(kinds), every - set(kinds)
