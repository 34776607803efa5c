"""`guitai login` against a real server on loopback: the lockout and plain http refused."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.cli import main
from sync.demo import DemoServer, start_demo_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = start_demo_server(tmp_path_factory.mktemp("lockout-server"), customers=20)
    yield running
    running.stop()


def guitai(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_six_wrong_passwords_then_the_right_one_is_refused_as_locked(
    server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = str(tmp_path / "counter")
    login = ("login", "--server", server.url, "--profile", profile)
    for n in range(6):
        code, _, err = guitai(capsys, monkeypatch, *login, stdin=f"{server.teller}\nguess {n}\n")
        assert code == 6, err
    code, out, err = guitai(
        capsys, monkeypatch, *login, stdin=f"{server.teller}\n{server.password}\n"
    )
    assert code == 6 and "signed in" not in out
    assert re.search(r"locked until \d\d:\d\d", err), err


@pytest.mark.parametrize(
    "url", ["http://crm.bank.example", "http://10.1.2.3:8000", "http://[fe80::1]"]
)
def test_plain_http_to_another_computer_is_refused_before_the_password_is_asked(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        url,
        "--profile",
        str(tmp_path / "p"),
        stdin="",  # nothing to read: the refusal comes first
    )
    assert code == 6 and "plain http" in err and "https://" in err
    assert not (tmp_path / "p").exists()


def test_plain_http_to_this_computer_is_allowed(
    server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = server.url.replace("127.0.0.1", "localhost")
    code, _, err = guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        url,
        "--profile",
        str(tmp_path / "p"),
        stdin="rm.someone\nwrong\n",
    )
    assert code == 6 and "wrong username or password" in err
