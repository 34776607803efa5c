"""The sign-in lease: how long a cache stays usable without a successful contact.

The sync engine and the online sign-in record each successful contact with the server in
the cache (`LAST_CONTACT`). Every command that opens a cache checks it here (through
`LocalCache.open`): past `offline_grace_days` the cache is locked until the workstation
reaches the server again; past `cache_retention_days` it is wiped (`client.wipe`). A cache
that never signed in online (the local demo) has no lease.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from client.errors import GuitaiError
from client.reasons import Reason
from client.schema.base import utcnow
from client.schema.local import cache_meta
from client.settings import Settings, load_settings

LAST_CONTACT = "sync.last_contact"
"""The `cache_meta` key the engine writes (`sync.replica.state.LAST_CONTACT`)."""

clock: Callable[[], datetime] = utcnow
"""Now, for the lease (tests move it forward instead of waiting days)."""


class LeaseExpiredError(GuitaiError):
    """The cache went longer than the offline grace period without a contact: locked."""

    default_code = Reason.LEASE_EXPIRED


@dataclass(frozen=True)
class Lease:
    """The state of a cache's lease at one moment."""

    last_contact: datetime | None
    grace: timedelta
    retention: timedelta
    now: datetime

    @property
    def locked(self) -> bool:
        return self.last_contact is not None and self.now - self.last_contact > self.grace

    @property
    def expired(self) -> bool:
        """Past the retention: the cache must be wiped."""
        return self.last_contact is not None and self.now - self.last_contact > self.retention

    def refusal(self) -> LeaseExpiredError:
        assert self.last_contact is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        days = (self.now - self.last_contact).days
        return LeaseExpiredError(
            f"this workstation has not reached the server for {days} day(s) (the limit is "
            f"{self.grace.days}): the cache is locked until you sign in online again "
            "(`guitai login`, or the window's sign-in with the network connected)",
            details={
                "last_contact": self.last_contact.isoformat(),
                "offline_grace_days": self.grace.days,
            },
        )


def last_contact(conn: Connection) -> datetime | None:
    text = conn.execute(
        select(cache_meta.c.value).where(cache_meta.c.key == LAST_CONTACT)
    ).scalar_one_or_none()
    return None if text is None else datetime.fromisoformat(text)


def lease_of(conn: Connection, settings: Settings | None = None) -> Lease:
    """The lease of the cache open on `conn`, under the workstation's settings."""
    settings = settings or load_settings().settings
    return Lease(
        last_contact(conn),
        timedelta(days=settings.offline_grace_days),
        timedelta(days=settings.cache_retention_days),
        clock(),
    )
