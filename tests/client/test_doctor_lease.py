"""`guitai doctor --profile DIR` on a cache past its sign-in lease: it says the cache is locked
(or due to be wiped) in plain words, checks the cache all the same, and changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.dialects.sqlite import insert

from client import lease
from client.cli import main
from client.lease import LeaseExpiredError
from client.profile import Profile
from client.schema.local import cache_meta
from client.store import LocalCache
from tests.client.test_doctor import _workstation  # noqa: F401 - its autouse fixture

CONTACT = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    profile = Profile.open(tmp_path / "counter", create=True)
    with LocalCache.open(profile) as cache, cache.session() as session:
        value = CONTACT.isoformat()
        session.execute(insert(cache_meta).values(key=lease.LAST_CONTACT, value=value))
    return profile.folder


def _doctor(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["doctor", "--profile", str(folder), "--json"])
    report = json.loads(capsys.readouterr().out)
    return code, {check["name"]: check for check in report["checks"]}


def _days_later(monkeypatch: pytest.MonkeyPatch, days: float) -> None:
    monkeypatch.setattr(lease, "clock", lambda: CONTACT + timedelta(days=days))


def test_a_locked_cache_is_reported_as_locked_and_still_checked(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _days_later(monkeypatch, 10)
    code, checks = _doctor(folder, capsys)
    assert code == 1
    locked = checks["sign-in lease"]
    assert locked["status"] == "FAIL"
    assert "LOCKED" in locked["message"] and "10 day(s) ago" in locked["message"]
    assert "the limit without contact is 7 days" in locked["message"]
    assert "guitai login" in locked["fix"]
    assert checks["cache"]["status"] == "OK", "the integrity check ran all the same"
    assert "move" not in json.dumps(checks).lower(), "no advice to move the cache aside"
    with pytest.raises(LeaseExpiredError):  # the doctor only looked: still locked
        LocalCache.open(Profile.open(folder))


def test_a_cache_past_its_retention_is_reported_and_not_wiped_by_the_doctor(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _days_later(monkeypatch, 100)
    code, checks = _doctor(folder, capsys)
    assert code == 1
    assert checks["sign-in lease"]["status"] == "FAIL"
    assert "past the retention" in checks["sign-in lease"]["message"]
    assert checks["cache"]["status"] == "OK"
    assert Profile.open(folder).cache_path.exists()


def test_within_the_grace_the_lease_is_ok_and_says_how_long_is_left(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _days_later(monkeypatch, 2)
    _, checks = _doctor(folder, capsys)
    assert checks["sign-in lease"]["status"] == "OK"
    assert "(5 left)" in checks["sign-in lease"]["message"]


def test_without_a_profile_the_lease_is_not_checked(capsys: pytest.CaptureFixture[str]) -> None:
    main(["doctor", "--json"])
    checks = {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert checks["sign-in lease"]["status"] == "SKIP"
