"""The headless commands a support engineer or a script uses, against a real HTTP server."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.profile import Profile
from client.store import LocalCache
from sync.cli import main
from sync.demo import DemoServer, start_demo_server
from sync.replica import state


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = start_demo_server(tmp_path_factory.mktemp("demo-server"), customers=300)
    yield running
    running.stop()


def guitai(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_login_sync_edit_and_status_from_the_command_line(
    server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = str(tmp_path / "counter")
    code, out, err = guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        server.url,
        "--profile",
        profile,
        stdin=f"{server.teller}\n{server.password}\n",
    )
    assert code == 0, err
    assert "signed in as" in out

    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", profile)
    assert code == 0, err
    assert "downloaded" in out

    code, out, _ = guitai(capsys, monkeypatch, "search", "C", "--profile", profile, "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    number = hits[0]["customer_number"]

    code, out, err = guitai(
        capsys,
        monkeypatch,
        "customer",
        "set",
        number,
        "name_latin=Counter Edit",
        "--profile",
        profile,
    )
    assert code == 0, err
    code, out, _ = guitai(capsys, monkeypatch, "status", "--profile", profile, "--json")
    assert json.loads(out)["pending"] == 1

    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", profile)
    assert code == 0, err
    code, out, _ = guitai(capsys, monkeypatch, "show", number, "--profile", profile, "--json")
    assert json.loads(out)["name_latin"] == "Counter Edit"
    code, out, _ = guitai(capsys, monkeypatch, "status", "--profile", profile, "--json")
    status = json.loads(out)
    assert (status["pending"], status["conflicts"], status["online"]) == (0, 0, True)
    code, out, _ = guitai(capsys, monkeypatch, "conflicts", "--profile", profile)
    assert out.strip() == "no conflicts"


def test_bad_input_is_named_and_nothing_is_queued(
    server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = str(tmp_path / "counter")
    code, _, err = guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        server.url,
        "--profile",
        profile,
        stdin=f"{server.teller}\nwrong password\n",
    )
    assert code != 0 and "wrong username or password" in err

    code, _, err = guitai(
        capsys, monkeypatch, "login", "--server", "ftp://x", "--profile", profile, stdin="a\nb\n"
    )
    assert code == 2 and "not a server address" in err

    guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        server.url,
        "--profile",
        profile,
        stdin=f"{server.teller}\n{server.password}\n",
    )
    guitai(capsys, monkeypatch, "sync", "--profile", profile)
    code, out, _ = guitai(capsys, monkeypatch, "search", "C", "--profile", profile, "--json")
    number = json.loads(out)[0]["customer_number"]
    for assignment, problem in (
        ("version=7", "cannot be edited"),
        ("colour=red", "cannot be edited"),
        ("birth_date=yesterday", "expected a date as YYYY-MM-DD"),
        ("no-equals-sign", "not FIELD=VALUE"),
    ):
        code, _, err = guitai(
            capsys, monkeypatch, "customer", "set", number, assignment, "--profile", profile
        )
        assert code == 2 and problem in err, err
    code, _, err = guitai(
        capsys, monkeypatch, "customer", "set", "NOPE404", "name_latin=x", "--profile", profile
    )
    assert code == 3 and "no customer" in err
    code, out, _ = guitai(capsys, monkeypatch, "status", "--profile", profile, "--json")
    assert json.loads(out)["pending"] == 0


def test_sync_without_the_server_says_so_and_keeps_the_edit(
    server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = tmp_path / "counter"
    guitai(
        capsys,
        monkeypatch,
        "login",
        "--server",
        server.url,
        "--profile",
        str(profile),
        stdin=f"{server.teller}\n{server.password}\n",
    )
    guitai(capsys, monkeypatch, "sync", "--profile", str(profile))
    code, out, _ = guitai(capsys, monkeypatch, "search", "C", "--profile", str(profile), "--json")
    number = json.loads(out)[0]["customer_number"]
    with LocalCache.open(Profile.open(profile)) as cache, cache.engine.begin() as conn:
        state.put(conn, state.SERVER_URL, "http://127.0.0.1:9")  # nothing listens there
    guitai(
        capsys,
        monkeypatch,
        "customer",
        "set",
        number,
        "name_latin=Offline Edit",
        "--profile",
        str(profile),
    )

    code, _, err = guitai(capsys, monkeypatch, "sync", "--profile", str(profile), "--retries", "0")

    assert code == 7 and "cannot be reached" in err
    code, out, _ = guitai(capsys, monkeypatch, "status", "--profile", str(profile), "--json")
    status = json.loads(out)
    assert (
        status["pending"] == 1 and not status["online"] and "cannot be reached" in status["error"]
    )
