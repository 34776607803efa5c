"""`guitai rekey`: the cache under a new key, its data intact, and a crash between any two
steps loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from client.cli import main
from client.errors import CacheError
from client.keys import DevKeyFile
from client.profile import Profile
from client.rekey import rekey
from client.schema.models import Branch
from client.store import LocalCache, connect_raw


class Crash(Exception):
    """Stands in for the process being killed at a step."""


def _filled(profile_dir: Path) -> Profile:
    import uuid

    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache, cache.session() as session:
        for n in range(20):
            session.add(
                Branch(id=uuid.uuid4(), version=1, code=f"B{n:02}", name="支行", city="Beijing")
            )
    return profile


def _branches(profile: Profile) -> int:
    with LocalCache.open(profile) as cache, cache.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Branch)) or 0)


def _key(profile: Profile) -> bytes:
    key = DevKeyFile(profile.folder).load(profile.profile_id)
    assert key is not None
    return key


def test_rekey_changes_the_key_and_keeps_the_data(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _filled(profile_dir)
    old = _key(profile)
    assert main(["rekey", "--profile", str(profile_dir)]) == 0
    assert "new key" in capsys.readouterr().out
    new = _key(profile)
    assert new != old
    with pytest.raises(CacheError):
        connect_raw(profile.cache_path, old)
    connect_raw(profile.cache_path, new).close()
    assert _branches(profile) == 20
    leftovers = sorted(p.name for p in profile.folder.iterdir() if "rekey" in p.name)
    assert leftovers == [], "the old key must not be kept once the new one is in place"


@pytest.mark.parametrize("step", ["backed_up", "rekeyed", "checked", "saved"])
def test_a_crash_at_any_step_loses_nothing(profile_dir: Path, step: str) -> None:
    profile = _filled(profile_dir)

    def crash_at(name: str) -> None:
        if name == step:
            raise Crash(name)

    with pytest.raises(Crash):
        rekey(profile, step=crash_at)
    assert _branches(profile) == 20  # opening finds the key that opens the file
    rekey(profile)  # and a rekey after the crash works
    assert _branches(profile) == 20


def test_rekey_refuses_while_the_cache_is_open(profile_dir: Path) -> None:
    profile = _filled(profile_dir)
    before = _key(profile)
    with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM branch").first()  # a reader, as the window
        with pytest.raises(CacheError, match="in use"):
            rekey(profile)
    assert _key(profile) == before
    assert _branches(profile) == 20
