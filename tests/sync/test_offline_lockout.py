"""Offline sign-in and the lock screen's password: five wrong ones lock it for 15 minutes,
and the count is kept in the cache, so a restart does not forget it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from client.credentials import OfflineFailures, OfflineVerifier, SignedOutError
from client.profile import Profile
from client.reasons import Reason
from client.store import LocalCache
from sync.engine.signin import sign_in_offline
from sync.protocol import UserInfo
from sync.replica import state
from sync.workstation import check_password

START = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def profile(profile_dir: Path) -> Profile:
    """A profile whose teller `li` signed in online once (password `right`)."""
    profile = Profile.open(profile_dir, create=True)
    user = UserInfo(
        id=uuid.uuid4(),
        username="li",
        display_name="Li Na",
        role="teller",
        branch_id=uuid.uuid4(),
        branch_code="BJ01",
    )
    verifier = OfflineVerifier.make("li", "right", START, 7, FAST)
    with LocalCache.open(profile) as cache, cache.engine.begin() as conn:
        state.put(conn, state.USER, user.model_dump_json())
        state.put(conn, state.VERIFIER, verifier.to_json())
    return profile


def _offline(profile: Profile, password: str, now: datetime) -> None:
    with LocalCache.open(profile) as cache:  # a new process each time: nothing in memory
        sign_in_offline(cache, "li", password, now)


def test_five_wrong_offline_passwords_lock_across_restarts_then_it_opens_again(
    profile: Profile,
) -> None:
    for n in range(4):
        with pytest.raises(SignedOutError) as refused:
            _offline(profile, f"guess {n}", START + timedelta(seconds=n))
        assert refused.value.code is Reason.WRONG_PASSWORD
    with pytest.raises(SignedOutError) as refused:
        _offline(profile, "guess 5", START + timedelta(seconds=5))
    assert refused.value.code is Reason.ACCOUNT_LOCKED
    ends = START + timedelta(seconds=5, minutes=15)
    with pytest.raises(SignedOutError) as refused:
        _offline(profile, "right", START + timedelta(minutes=1))
    assert refused.value.code is Reason.ACCOUNT_LOCKED
    assert f"locked until {ends.astimezone():%H:%M}" in str(refused.value)
    _offline(profile, "right", ends + timedelta(seconds=1))


def test_a_right_password_clears_the_count(profile: Profile) -> None:
    for n in range(4):
        with pytest.raises(SignedOutError):
            _offline(profile, f"guess {n}", START)
    _offline(profile, "right", START)
    for n in range(4):
        with pytest.raises(SignedOutError) as refused:
            _offline(profile, f"again {n}", START)
        assert refused.value.code is Reason.WRONG_PASSWORD


def test_the_lock_screen_counts_the_same_way(profile: Profile) -> None:
    for n in range(5):
        with pytest.raises(SignedOutError):
            check_password(profile, "li", f"guess {n}", START)
    with pytest.raises(SignedOutError) as refused:
        check_password(profile, "li", "right", START + timedelta(minutes=14))
    assert refused.value.code is Reason.ACCOUNT_LOCKED
    check_password(profile, "li", "right", START + timedelta(minutes=15, seconds=1))
    # the offline sign-in shares the count: it was cleared by that success
    _offline(profile, "right", START + timedelta(minutes=16))


def test_the_counter_round_trips_and_an_unreadable_one_counts_as_none() -> None:
    failed = OfflineFailures().failed(START).failed(START)
    assert OfflineFailures.from_json(failed.to_json()) == failed == OfflineFailures(2, START)
    assert OfflineFailures.from_json("not json") == OfflineFailures()
    assert OfflineFailures.from_json(None) == OfflineFailures()
