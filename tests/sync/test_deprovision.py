"""Deprovisioning and the sign-in lease, as IT and a teller would meet them: `guitai-server
device revoke` / `user disable`, then `guitai sync` wipes the workstation; a workstation
out of contact too long is locked, then wiped. Against a real server on loopback."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from client import lease
from client.credentials import DEV_TOKEN_FILE_NAME
from client.keys import DEV_KEY_FILE_NAME
from client.profile import CACHE_FILE
from client.reasons import FACTS, Reason
from client.schema.base import utcnow
from client.schema.models import Branch, User
from client.wipe import WIPED_FILE
from sync.cli import main
from sync.demo import SERVER_FILE, DemoServer, start_demo_server
from sync.server.cli import main as server_main

Run = tuple[int, str, str]
LEAVER_PASSWORD = "leaving-the-bank-1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoServer, str]]:
    folder = tmp_path_factory.mktemp("deprovision-server")
    running = start_demo_server(folder, customers=60)
    yield running, f"sqlite:///{folder / SERVER_FILE}"
    running.stop()


def guitai(
    capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> Run:
    mp.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def server_cli(
    capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> Run:
    mp.setattr(sys, "stdin", io.StringIO(stdin))
    code = server_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def signed_in(
    capsys: pytest.CaptureFixture[str],
    mp: pytest.MonkeyPatch,
    server: DemoServer,
    profile: Path,
    username: str,
    device_name: str,
    password: str | None = None,
) -> str:
    """A profile signed in and synced; the customer number of one cached customer."""
    code, _, err = guitai(
        capsys, mp, "login", "--server", server.url, "--profile", str(profile),
        "--device-name", device_name, stdin=f"{username}\n{password or server.password}\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = guitai(capsys, mp, "sync", "--profile", str(profile))
    assert code == 0, err
    code, out, err = guitai(capsys, mp, "search", "C", "--profile", str(profile), "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert hits
    return str(hits[0]["customer_number"])


def device_of(
    capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch, url: str, name: str
) -> dict[str, object]:
    code, out, err = server_cli(capsys, mp, "device", "list", "--json", "--database", url)
    assert code == 0, err
    found = [d for d in json.loads(out) if d["name"] == name]
    assert len(found) == 1, out
    return dict(found[0])


def assert_wiped(profile: Path) -> None:
    left = sorted(p.name for p in profile.iterdir())
    for name in (
        CACHE_FILE,
        f"{CACHE_FILE}-wal",
        f"{CACHE_FILE}-shm",
        DEV_KEY_FILE_NAME,
        DEV_TOKEN_FILE_NAME,
    ):
        assert name not in left, left
    assert not [n for n in left if n.startswith(f"{CACHE_FILE}.before-")], left
    assert WIPED_FILE in left


def test_a_revoked_device_wipes_its_cache_at_its_next_sync(
    demo: tuple[DemoServer, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, url = demo
    profile = tmp_path / "counter"
    number = signed_in(capsys, monkeypatch, server, profile, server.teller, "revoked-pc")
    (profile / f"{CACHE_FILE}.before-0003-20260101T000000Z.bak").write_bytes(b"old copy")
    assert (profile / f"{CACHE_FILE}-wal").exists() or (profile / CACHE_FILE).exists()

    device = device_of(capsys, monkeypatch, url, "revoked-pc")
    assert device["user"] == server.teller
    assert device["app_version"] and device["last_contact"]
    assert device["revoked"] is False
    code, out, err = server_cli(
        capsys, monkeypatch, "device", "list", "--user", server.teller, "--database", url
    )
    assert code == 0 and "revoked-pc" in out, err
    code, out, err = server_cli(
        capsys, monkeypatch, "device", "revoke", str(device["id"]), "--database", url
    )
    assert code == 0, err
    assert "will be wiped" not in out and "deletes its cache" in out

    code, out, err = guitai(capsys, monkeypatch, "sync", "--profile", str(profile))
    assert code == FACTS[Reason.CACHE_WIPED].exit_code == 9
    assert "IT revoked this workstation" in err and "deleted from this computer" in err
    assert_wiped(profile)
    assert device_of(capsys, monkeypatch, url, "revoked-pc")["revoked"] is True

    code, _, err = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 9 and "IT revoked this workstation" in err
    code, _, err = guitai(capsys, monkeypatch, "search", "C", "--profile", str(profile))
    assert code == 9 and "deleted from this computer" in err
    # the device may not sign in again either
    code, _, err = guitai(
        capsys, monkeypatch, "login", "--server", server.url, "--profile", str(profile),
        stdin=f"{server.teller}\n{server.password}\n",
    )  # fmt: skip
    assert code == FACTS[Reason.DEVICE_REVOKED].exit_code and "revoked" in err


def _add_teller(
    capsys: pytest.CaptureFixture[str],
    mp: pytest.MonkeyPatch,
    server: DemoServer,
    url: str,
    name: str,
) -> None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            branch_id = conn.execute(
                select(User.branch_id).where(User.username == server.teller)
            ).scalar_one()
            code_of = conn.execute(select(Branch.code).where(Branch.id == branch_id)).scalar_one()
    finally:
        engine.dispose()
    code, _, err = server_cli(
        capsys, mp, "user", "add", name, "--role", "teller", "--branch", code_of, "--database", url,
        stdin=f"{LEAVER_PASSWORD}\n",
    )  # fmt: skip
    assert code == 0, err


def test_a_disabled_user_is_refused_at_the_next_request_and_the_cache_wiped(
    demo: tuple[DemoServer, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, url = demo
    _add_teller(capsys, monkeypatch, server, url, "leaving.teller")
    profile = tmp_path / "counter"
    number = signed_in(
        capsys, monkeypatch, server, profile, "leaving.teller", "leaving-pc", LEAVER_PASSWORD
    )
    # a request just before fills the server's token cache: the disable must not wait for it
    code, _, err = guitai(capsys, monkeypatch, "sync", "--profile", str(profile))
    assert code == 0, err

    code, out, err = server_cli(
        capsys, monkeypatch, "user", "disable", "leaving.teller", "--database", url
    )
    assert code == 0 and "disabled leaving.teller" in out, err
    code, _, err = server_cli(
        capsys, monkeypatch, "user", "disable", "nobody.at.all", "--database", url
    )
    assert code == FACTS[Reason.NOT_FOUND].exit_code

    code, _, err = guitai(capsys, monkeypatch, "sync", "--profile", str(profile))
    assert code == 9
    assert "account was disabled" in err
    assert_wiped(profile)
    code, _, err = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 9 and "account was disabled" in err


def test_offline_past_the_grace_locks_the_cache_and_past_the_retention_wipes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "server"
    server = start_demo_server(folder, customers=60)
    profile = tmp_path / "counter"
    try:
        number = signed_in(capsys, monkeypatch, server, profile, server.teller, "far-pc")
    finally:
        server.stop()
    now = utcnow()

    monkeypatch.setattr(lease, "clock", lambda: now + timedelta(days=6))
    code, _out, err = guitai(
        capsys, monkeypatch, "show", number, "--profile", str(profile), "--json"
    )
    assert code == 0, err  # within the grace: offline work goes on

    monkeypatch.setattr(lease, "clock", lambda: now + timedelta(days=8))
    code, _, err = guitai(capsys, monkeypatch, "sync", "--profile", str(profile), "--retries", "0")
    assert code == FACTS[Reason.LEASE_EXPIRED].exit_code == 6
    assert "has not reached the server for 8 day(s)" in err and "locked" in err
    code, _, err = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 6 and "locked until you sign in online" in err
    code, _, err = guitai(capsys, monkeypatch, "search", "C", "--profile", str(profile))
    assert code == 6
    assert (profile / CACHE_FILE).exists()  # locked, not wiped: unsent edits survive

    monkeypatch.setattr(lease, "clock", lambda: now + timedelta(days=91))
    code, _, err = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 9 and "not in contact with the server for too long" in err
    assert_wiped(profile)


def test_signing_in_online_again_unlocks_a_locked_cache(
    demo: tuple[DemoServer, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, _ = demo
    profile = tmp_path / "counter"
    number = signed_in(capsys, monkeypatch, server, profile, server.teller, "back-pc")
    now = utcnow()
    monkeypatch.setattr(lease, "clock", lambda: now + timedelta(days=8))
    code, _, _ = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 6
    code, _, err = guitai(
        capsys, monkeypatch, "login", "--server", server.url, "--profile", str(profile),
        stdin=f"{server.teller}\n{server.password}\n",
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setattr(lease, "clock", utcnow)
    code, _, err = guitai(capsys, monkeypatch, "show", number, "--profile", str(profile))
    assert code == 0, err
