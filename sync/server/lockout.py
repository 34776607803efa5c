"""Password guessing: N failed passwords for a user name lock it for a while.

Counted per user name as typed, whether or not such a user exists (so a lockout tells
nothing about which names are real), in the server's database (so every server process
sees the same count). A success clears the count. While locked, the password is not even
checked. The log names the user name, never the password.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from client.reasons import Reason
from sync.server.auth import AuthError
from sync.server.tables import signin_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = 5
    """Failed passwords in a row that lock the user name."""
    duration: timedelta = timedelta(minutes=15)
    """How long a lockout lasts; failures older than this are forgotten, too."""


class AccountLockedError(AuthError):
    """Sign-in refused without checking the password: too many failures (HTTP 429)."""

    def __init__(self, username: str, locked_until: datetime, now: datetime) -> None:
        super().__init__(
            f"too many wrong passwords for {username}: sign-in is locked until "
            f"{locked_until:%H:%M} UTC",
            Reason.ACCOUNT_LOCKED,
        )
        self.locked_until = locked_until
        self.retry_after = max(1, math.ceil((locked_until - now).total_seconds()))


def check_not_locked(session: Session, username: str, now: datetime) -> None:
    """Raises AccountLockedError while `username` is locked."""
    until = session.execute(
        select(signin_failure.c.locked_until).where(signin_failure.c.username == username)
    ).scalar_one_or_none()
    if until is not None and until > now:
        raise AccountLockedError(username, until, now)


def record_failure(
    session: Session, username: str, now: datetime, policy: LockoutPolicy
) -> datetime | None:
    """Counts one failed password for `username`; when it locks the name, until when."""
    row = session.execute(
        select(signin_failure.c.failures, signin_failure.c.first_failed_at)
        .where(signin_failure.c.username == username)
        .with_for_update()
    ).first()
    if row is None:
        try:
            with session.begin_nested():
                session.execute(
                    insert(signin_failure).values(
                        username=username, failures=1, first_failed_at=now, locked_until=None
                    )
                )
            failures = 1
        except IntegrityError:  # another process counted this name's first failure
            return record_failure(session, username, now, policy)
    else:
        stale = row.first_failed_at <= now - policy.duration
        failures = 1 if stale else row.failures + 1
        session.execute(
            update(signin_failure)
            .where(signin_failure.c.username == username)
            .values(
                failures=failures,
                first_failed_at=now if stale else row.first_failed_at,
                locked_until=None,
            )
        )
    if failures < policy.max_failures:
        log.warning(
            "sign-in failed for %r (%d of %d before a lockout)",
            username,
            failures,
            policy.max_failures,
        )
        return None
    until = now + policy.duration
    session.execute(
        update(signin_failure)
        .where(signin_failure.c.username == username)
        .values(failures=0, first_failed_at=now, locked_until=until)
    )
    log.warning(
        "sign-in locked for %r until %s after %d wrong passwords",
        username,
        until.isoformat(),
        failures,
    )
    return until


def clear(session: Session, username: str) -> None:
    """A successful sign-in: the name's failures are forgotten."""
    session.execute(delete(signin_failure).where(signin_failure.c.username == username))
