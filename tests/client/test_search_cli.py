"""`guitai search`: a readable table, JSON for scripts, and clear refusals without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client import cli
from client.cli import main
from tests.client.test_search import build_bank


@pytest.fixture(autouse=True)
def _only_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI with just this command, so other commands' imports do not matter here."""
    monkeypatch.setattr(cli, "COMMANDS", {"search": cli.COMMANDS["search"]})


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        return str(build_bank(tmp_path_factory.mktemp("cli") / "profile").folder)


def search(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["search", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_table_shows_the_hits_and_how_they_matched(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = search(capsys, "欧阳", "--profile", profile)
    assert code == 0, err
    header, row, summary = out.splitlines()
    assert header.split() == ["number", "name", "latin", "name", "branch", "lifecycle", "match"]
    assert row.split() == "C000000003 欧阳娜娜 OUYANG Nana 0101 active prefix chinese name".split()
    assert header.index("branch") == _columns(row, "0101")
    assert "1 customer match" in summary


def _columns(line: str, cell: str) -> int:
    """The terminal column where `cell` starts in `line` (CJK characters are two wide)."""
    before = line[: line.index(cell)]
    return len(before) + sum(1 for c in before if "\u4e00" <= c <= "\u9fff")


def test_json_lists_the_hits(profile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = search(
        capsys, "zw", "--profile", profile, "--json", "--own-branch", "0201", "--limit", "2"
    )
    assert code == 0, err
    hits = json.loads(out)
    assert [h["customer_number"] for h in hits] == ["C000000002", "C000000001"]
    first = hits[0]
    assert (first["name"], first["branch"], first["lifecycle"]) == ("張偉", "0201", "dormant")
    assert (first["match"], first["field"], first["name_latin"]) == ("exact", "initials", "")


def test_words_are_one_query_and_filters_apply(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = search(capsys, "wei", "zhang", "--profile", profile, "--json")
    assert code == 0
    assert sorted(h["customer_number"] for h in json.loads(out)) == ["C000000001", "C000000002"]
    code, out, _ = search(
        capsys, "伟", "--profile", profile, "--json", "--lifecycle", "dormant,closed"
    )
    assert sorted(h["customer_number"] for h in json.loads(out)) == ["C000000002", "C000000005"]
    code, out, _ = search(capsys, "伟", "--profile", profile, "--json", "--branch", "0101")
    assert sorted(h["customer_number"] for h in json.loads(out)) == ["C000000001", "C000000004"]


def test_no_match_says_so_and_succeeds(profile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = search(capsys, "xyzzy", "--profile", profile)
    assert (code, out.strip()) == (0, "no customer matches 'xyzzy'")
    code, out, _ = search(capsys, "xyzzy", "--profile", profile, "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["  "], "type at least one letter, character or digit"),
        (["?!"], "type at least one letter, character or digit"),
        (["x" * 101], "at most 100"),
        (["zw", "--limit", "0"], "limit"),
        (["zw", "--lifecycle", "asleep"], "unknown lifecycle asleep"),
    ],
)
def test_bad_input_fails_with_a_message_and_no_traceback(
    profile: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = search(capsys, *args, "--profile", profile)
    assert code == 2
    assert out == ""
    assert err.startswith("guitai search: ") and message in err
    assert "Traceback" not in err


def test_a_missing_profile_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = search(capsys, "zw", "--profile", str(tmp_path / "none"))
    assert code == 2 and "no Guitai profile" in err and "Traceback" not in err
