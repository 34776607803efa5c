"""Bad luck on a workstation: a full disk is told as such, and no advice moves a cache that
holds edits not uploaded yet aside; plain http only to this computer."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.commands.doctor import check_cache
from client.errors import DiskFullError, UsageError
from client.keys import DevKeyFile
from client.profile import Profile
from client.reasons import Reason
from client.settings import SettingsError, check_server_url, is_loopback
from client.store import LocalCache, aside_advice
from sync.workstation import server_address


@pytest.mark.parametrize(
    "url",
    [
        "https://crm.bank.example",
        "http://localhost:8000",
        "http://127.0.0.1:8000",
        "http://127.5.6.7",
        "http://[::1]:8000",
    ],
)
def test_https_anywhere_and_plain_http_to_this_computer_are_accepted(url: str) -> None:
    assert check_server_url(url) == url
    assert server_address(url) == url


@pytest.mark.parametrize(
    "url", ["http://crm.bank.example", "http://10.0.0.5", "http://[fe80::1]", "http://128.0.0.1"]
)
def test_plain_http_to_another_computer_is_refused_with_its_code(url: str) -> None:
    with pytest.raises(SettingsError) as refused:
        check_server_url(url)
    assert refused.value.code is Reason.INSECURE_SERVER and refused.value.exit_code == 6
    assert "https://" in str(refused.value)
    with pytest.raises(UsageError) as in_form:  # the window's first-run form
        server_address(url)
    assert in_form.value.code is Reason.INSECURE_SERVER and in_form.value.field == "server"


def test_the_settings_refuse_plain_http_to_another_computer(tmp_path: Path) -> None:
    from client.settings import load_settings

    environ = {"GUITAI_SERVER_URL": "http://crm.bank.example"}
    with pytest.raises(SettingsError, match="plain http") as refused:
        load_settings(machine_config_dir=tmp_path, user_config_dir=tmp_path, environ=environ)
    assert refused.value.code is Reason.INSECURE_SERVER


def test_loopback_names() -> None:
    assert all(is_loopback(h) for h in ("localhost", "LOCALHOST", "127.0.0.1", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("localhost.bank.example", "10.0.0.1", "example"))


def test_the_advice_moves_a_cache_aside_only_when_it_holds_no_unsent_edit() -> None:
    assert "move it aside" in aside_advice(0)
    for pending in (None, 1, 12):
        advice = aside_advice(pending)
        assert "do not move" in advice and "move it aside" not in advice


def _plain_cache(profile: Profile, pending: int) -> None:
    with contextlib.closing(sqlite3.connect(profile.cache_path)) as plain:
        plain.execute("CREATE TABLE outbox (seq INTEGER PRIMARY KEY)")
        plain.executemany("INSERT INTO outbox VALUES (?)", [(n,) for n in range(pending)])
        plain.commit()


@pytest.mark.parametrize(("pending", "moves"), [(0, True), (3, False)])
def test_doctor_advises_by_the_unsent_edits(profile_dir: Path, pending: int, moves: bool) -> None:
    profile = Profile.open(profile_dir, create=True)
    _plain_cache(profile, pending)
    check = check_cache(profile_dir)
    assert check.status == "FAIL"
    assert ("move it aside" in check.fix) is moves
    if pending:
        assert f"{pending} edit(s) not uploaded" in check.fix


def test_doctor_never_advises_moving_a_cache_it_cannot_read(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    LocalCache.open(profile).close()
    DevKeyFile(profile_dir).delete(profile.profile_id)
    check = check_cache(profile_dir)
    assert check.status == "FAIL" and "do not move" in check.fix
    assert "move it aside" not in check.fix + check.message


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB file system of its own (root only: skipped elsewhere)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr!r}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def _fill(disk: Path) -> None:
    with (disk / "filler").open("wb") as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()


def test_an_intact_cache_on_a_full_disk_is_told_disk_full(tiny_disk: Path) -> None:
    from client.schema.models import Branch

    profile = Profile.open(tiny_disk / "profile", create=True)
    with LocalCache.open(profile) as cache, cache.session() as session:
        session.add(Branch(id=uuid.uuid4(), version=1, code="BJ01", name="北京", city="Beijing"))
    for extra in ("cache.db-wal", "cache.db-shm"):
        (profile.folder / extra).unlink(missing_ok=True)
    _fill(tiny_disk)
    shanghai = Branch(id=uuid.uuid4(), version=1, code="SH01", name="上海", city="Shanghai")
    with (
        pytest.raises(DiskFullError) as full,
        LocalCache.open(profile) as cache,
        cache.session() as session,
    ):
        session.add(shanghai)
    message = str(full.value)
    assert full.value.code is Reason.DISK_FULL and "full" in message
    assert "damaged" not in message and "aside" not in message
    (tiny_disk / "filler").unlink()
    with LocalCache.open(profile) as cache, cache.read_session() as session:
        assert session.get(Branch, uuid.uuid4()) is None  # opens again once there is room
