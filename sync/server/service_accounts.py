"""Channel service accounts: the call-centre platform, internet and mobile banking.

A service account has a name, a channel (call_centre, internet or mobile) and one bearer
token, shown once when the account is added and stored only as a digest. The digest is
taken with a prefix of its own (`DIGEST_PREFIX`) and kept in a table of its own
(`server_service_account`), so a service token is never a staff token: every staff endpoint
refuses it as an unknown sign-in (`signed_out`), and the channel endpoints refuse every
staff token (`sync.server.channel_api`). A revoked account's token stops working at its
next request in every server process: it is checked in the database each time, no cache.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import Channel
from sync.server.auth import AuthError
from sync.server.tables import service_account

TOKEN_PREFIX = "gsvc_"  # noqa: S105 - the start of every token, not a secret
"""How every service token starts: the channel endpoints tell it from a staff token by it
(a staff token is `secrets.token_urlsafe`, which may start so by chance only once in 10^9,
and then fails the service check as unknown)."""
DIGEST_PREFIX = b"guitai-service-token:"
"""Taken into the digest before the token: never the digest of any staff token."""
CHANNELS = (Channel.CALL_CENTRE, Channel.INTERNET, Channel.MOBILE)
"""The channels that feed interactions in (the counter is the workstations')."""
NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,59}$")


@dataclass(frozen=True)
class ServiceAccount:
    """A service account as listed, or as it stands behind a request."""

    id: uuid.UUID
    name: str
    channel: Channel
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "name": self.name,
            "channel": self.channel.value,
            "created_at": self.created_at.isoformat(),
            "last_used_at": None if self.last_used_at is None else self.last_used_at.isoformat(),
            "revoked": self.revoked_at is not None,
            "revoked_at": None if self.revoked_at is None else self.revoked_at.isoformat(),
        }


COLUMNS = (
    service_account.c.id,
    service_account.c.name,
    service_account.c.channel,
    service_account.c.created_at,
    service_account.c.last_used_at,
    service_account.c.revoked_at,
)


def _account(row: Any) -> ServiceAccount:
    return ServiceAccount(row[0], row[1], Channel(row[2]), row[3], row[4], row[5])


def token_digest(token: str) -> str:
    """The SHA-256 (hex) a service token is stored as."""
    return hashlib.sha256(DIGEST_PREFIX + token.encode("utf-8", "surrogatepass")).hexdigest()


def is_service_token(token: str) -> bool:
    return token.startswith(TOKEN_PREFIX)


def check_name(name: str) -> None:
    if not NAME.match(name):
        raise UsageError(
            f"{name!r} is not a service account name: up to 60 lowercase letters, digits, "
            "dots, dashes or underscores, starting with a letter or digit",
            field="name",
        )


def channel_of(value: str) -> Channel:
    """The channel named `value`; UsageError for the counter or an unknown one."""
    allowed = ", ".join(c.value for c in CHANNELS)
    try:
        channel = Channel(value)
    except ValueError:
        raise UsageError(f"unknown channel {value!r}: one of {allowed}", field="channel") from None
    if channel not in CHANNELS:
        raise UsageError(f"a service account's channel is one of {allowed}", field="channel")
    return channel


def add_service(
    session: Session, name: str, channel: str, now: datetime
) -> tuple[ServiceAccount, str]:
    """A new service account and its token (the only time the token is known)."""
    check_name(name)
    feeds = channel_of(channel)
    taken = session.execute(
        select(service_account.c.id).where(service_account.c.name == name)
    ).first()
    if taken is not None:
        raise UsageError(
            f"a service account {name} exists already (names are never reused: choose "
            "another, e.g. to replace a revoked one)",
            field="name",
        )
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    account = ServiceAccount(uuid.uuid4(), name, feeds, now, None, None)
    session.execute(
        insert(service_account).values(
            id=account.id,
            name=name,
            channel=feeds.value,
            token_hash=token_digest(token),
            created_at=now,
        )
    )
    return account, token


def list_services(session: Session) -> list[ServiceAccount]:
    rows = session.execute(select(*COLUMNS).order_by(service_account.c.name)).all()
    return [_account(row) for row in rows]


def revoke_service(session: Session, name: str, now: datetime) -> ServiceAccount | None:
    """Revokes the account's token at once; None when there is no such account (revoking a
    revoked one again keeps its first time)."""
    row = session.execute(select(*COLUMNS).where(service_account.c.name == name)).first()
    if row is None:
        return None
    session.execute(
        update(service_account)
        .where(service_account.c.name == name, service_account.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return _account(row)


def _refused_unless_live(row: Any) -> ServiceAccount:
    if row is None:
        raise AuthError("unknown service token: ask IT for the channel's token")
    account = _account(row)
    if account.revoked_at is not None:
        raise AuthError(
            f"the service account {account.name} was revoked; ask IT for a new one",
            Reason.ACCOUNT_DISABLED,
        )
    return account


def check_token(session: Session, token: str) -> ServiceAccount:
    """The live service account behind `token`; AuthError when unknown or revoked."""
    row = session.execute(
        select(*COLUMNS).where(service_account.c.token_hash == token_digest(token))
    ).first()
    return _refused_unless_live(row)


def hold(session: Session, account_id: uuid.UUID, now: datetime) -> ServiceAccount:
    """The account locked for the rest of this transaction (one request of an account at a
    time: its audit chain has one head), still live, its last use set to `now`."""
    row = session.execute(
        select(*COLUMNS).where(service_account.c.id == account_id).with_for_update()
    ).first()
    account = _refused_unless_live(row)
    session.execute(
        update(service_account).where(service_account.c.id == account_id).values(last_used_at=now)
    )
    return account
