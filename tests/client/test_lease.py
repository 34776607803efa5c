"""The sign-in lease and the wipe, on a cache alone (no server): locked past the grace,
wiped past the retention, a wiped profile refused with the reason, a sign-in starts anew."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.dialects.sqlite import insert

from client import lease
from client.cache_backup import backup_name
from client.keys import DEV_KEY_FILE_NAME, DevKeyFile
from client.lease import LeaseExpiredError
from client.profile import Profile
from client.reasons import Reason
from client.schema.local import cache_meta
from client.store import LeaseUse, LocalCache
from client.wipe import WIPED_FILE, CacheWipedError, note_of, wipe
from sync.replica import state

CONTACT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def contacted(profile: Profile, moment: datetime = CONTACT, device: str | None = None) -> None:
    with LocalCache.open(profile) as cache, cache.session() as session:
        session.execute(insert(cache_meta).values(key=lease.LAST_CONTACT, value=moment.isoformat()))
        if device:
            session.execute(insert(cache_meta).values(key=state.DEVICE_ID, value=device))


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    made = Profile.open(tmp_path / "counter", create=True)
    contacted(made, device="5b0d4e52-37f4-4f7c-9a51-2a7f4e1c0d11")
    return made


def at(monkeypatch: pytest.MonkeyPatch, days: float) -> None:
    monkeypatch.setattr(lease, "clock", lambda: CONTACT + timedelta(days=days))


def test_the_engine_and_the_lease_read_the_same_key() -> None:
    assert lease.LAST_CONTACT == state.LAST_CONTACT


def test_within_the_grace_the_cache_opens(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, 6.9)
    LocalCache.open(profile).close()


def test_past_the_grace_it_is_locked_but_a_contact_may_open_it(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, 7.5)
    with pytest.raises(LeaseExpiredError) as refused:
        LocalCache.open(profile)
    assert refused.value.code is Reason.LEASE_EXPIRED and refused.value.exit_code == 6
    assert "locked until you sign in online" in str(refused.value)
    LocalCache.open(profile, lease=LeaseUse.CONTACT).close()
    assert profile.cache_path.exists()


def test_past_the_retention_everything_is_wiped_and_said_why(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backup_name(profile.cache_path, "0003", CONTACT)
    backup.write_bytes(b"an old copy")
    at(monkeypatch, 91)
    with pytest.raises(CacheWipedError) as wiped:
        LocalCache.open(profile, lease=LeaseUse.CONTACT)
    assert wiped.value.exit_code == 9
    assert "not in contact with the server for too long" in str(wiped.value)
    left = {p.name for p in profile.folder.iterdir()}
    assert left == {"profile.json", WIPED_FILE}, left
    note = note_of(profile.folder)
    assert note is not None and note.device_id == "5b0d4e52-37f4-4f7c-9a51-2a7f4e1c0d11"
    with pytest.raises(CacheWipedError):  # and every later command says so
        LocalCache.open(profile)


def test_a_sign_in_past_the_retention_starts_a_new_cache(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, 91)
    with LocalCache.open(profile, lease=LeaseUse.SIGN_IN) as cache:
        assert cache.profile.cache_path.exists()
    assert note_of(profile.folder) is not None  # until the sign-in succeeds (sync.engine.signin)


def test_a_file_a_wipe_could_not_delete_goes_at_the_next_open(profile: Profile) -> None:
    wipe(profile, Reason.DEVICE_REVOKED)
    profile.cache_path.write_bytes(b"left behind by a process that held it open")
    DevKeyFile(profile.folder).save(profile.profile_id, b"k" * 32)
    with pytest.raises(CacheWipedError) as wiped:
        LocalCache.open(profile)
    assert "IT revoked this workstation" in str(wiped.value)
    assert not profile.cache_path.exists()
    assert not (profile.folder / DEV_KEY_FILE_NAME).exists()


def test_a_profile_that_never_signed_in_online_has_no_lease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = Profile.open(tmp_path / "demo", create=True)
    LocalCache.open(local).close()
    at(monkeypatch, 3650)
    LocalCache.open(local).close()
