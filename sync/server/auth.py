"""Users' passwords (Argon2), bearer tokens that expire and can be revoked, and login."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from client.reasons import Reason
from client.schema.enums import Role
from client.schema.models import Branch, Device, User
from sync.protocol import LoginRequest, LoginResponse, TokenResponse, UserInfo
from sync.server import revocations
from sync.server.feed import PendingChange, record
from sync.server.tables import auth_epoch, credential, session_token

if TYPE_CHECKING:
    from sync.server.directory import Directory


class AuthError(Exception):
    """Login refused or token not valid; the message is shown to the user (401), the code
    (`signed_out` unless told) tells the workstation what to do."""

    def __init__(self, message: str, code: Reason = Reason.SIGNED_OUT) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Actor:
    """The authenticated user and device behind a request."""

    user_id: uuid.UUID
    username: str
    role: Role
    branch_id: uuid.UUID
    device_id: uuid.UUID


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password(
    session: Session,
    hasher: PasswordHasher,
    user_id: uuid.UUID,
    password: str,
    now: datetime,
    *,
    must_change: bool = False,
) -> None:
    """Stores the password's hash; `must_change` for a one-time password (see `login`)."""
    values = {"password_hash": hasher.hash(password), "changed_at": now, "must_change": must_change}
    done = session.execute(update(credential).where(credential.c.user_id == user_id).values(values))
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(credential).values(user_id=user_id, **values))


def _check_password(hasher: PasswordHasher, stored: str | None, password: str) -> bool:
    if stored is None:
        hasher.hash(password)  # same time whether or not the user exists
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Verified:
    """Whose password was given, and whether it is a one-time password to be changed."""

    user: User
    must_change: bool


def verify_password(
    session: Session,
    hasher: PasswordHasher,
    username: str,
    password: str,
    *,
    directory: Directory | None = None,
) -> Verified:
    """THE check of a password given to sign in (login and password change): AuthError
    `wrong_password` unless it is the user's, `account_disabled` for a disabled user.

    Takes the same time whether or not the user exists. A directory (LDAP) sign-in
    branches here: everything after it (the one-time password, devices, tokens) is shared.
    With a `directory` (`sync.server.directory`), it checks every user but its local ones.
    """
    if directory is not None and directory.handles(username):
        return Verified(directory.verify(session, username, password), must_change=False)
    found = session.execute(
        select(User, credential.c.password_hash, credential.c.must_change)
        .outerjoin(credential, credential.c.user_id == User.id)
        .where(User.username == username, User.deleted.is_(False))
    ).first()
    user, stored, must_change = (found[0], found[1], found[2]) if found else (None, None, False)
    if not _check_password(hasher, stored, password) or user is None:
        raise AuthError("wrong username or password", Reason.WRONG_PASSWORD)
    if not user.active:
        raise AuthError(
            f"the account {user.username} is disabled; ask your branch manager",
            Reason.ACCOUNT_DISABLED,
        )
    return Verified(user, bool(must_change))


def login(
    session: Session,
    hasher: PasswordHasher,
    request: LoginRequest,
    *,
    now: datetime,
    ttl: timedelta,
    offline_grace_days: int,
    directory: Directory | None = None,
) -> LoginResponse:
    """Checks the password, registers the device on first use and issues a token.

    A one-time password (a new or reset account) is refused with `password_change_required`
    once it is found right: the only thing it allows is choosing a new password
    (`POST /v1/password`, `sync.server.password_change`)."""
    verified = verify_password(
        session, hasher, request.username, request.password, directory=directory
    )
    if verified.must_change:
        raise AuthError(
            f"{request.username} signs in with a one-time password: choose a new password",
            Reason.PASSWORD_CHANGE_REQUIRED,
        )
    return issue_login(
        session, verified.user, request, now=now, ttl=ttl, offline_grace_days=offline_grace_days
    )


def issue_login(
    session: Session,
    user: User,
    request: LoginRequest,
    *,
    now: datetime,
    ttl: timedelta,
    offline_grace_days: int,
) -> LoginResponse:
    """A verified user's sign-in: the device registered on first use, a new token."""
    device = session.get(Device, request.device_id)
    if device is not None and device.revoked_at is not None:
        raise AuthError(
            "this device has been revoked; its cache must be wiped", Reason.DEVICE_REVOKED
        )
    if device is None:
        device = Device(id=request.device_id, name=request.device_name, branch_id=user.branch_id)
        session.add(device)
        record(session, [PendingChange(device, "device", "insert")], request.device_id, now)
    token = secrets.token_urlsafe(32)
    expires_at = now + ttl
    session.execute(
        insert(session_token).values(
            token_hash=token_digest(token),
            user_id=user.id,
            device_id=device.id,
            created_at=now,
            expires_at=expires_at,
            session_started_at=now,
        )
    )
    branch = session.get_one(Branch, user.branch_id)
    info = UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        branch_id=user.branch_id,
        branch_code=branch.code,
    )
    return LoginResponse(
        token=token,
        expires_at=expires_at,
        user=info,
        device_id=device.id,
        offline_grace_days=offline_grace_days,
    )


def refresh(
    session: Session, token: str, now: datetime, *, ttl: timedelta, cap: timedelta
) -> TokenResponse:
    """Rotates a valid token: a new one for at most `ttl`, never past the session's `cap`
    from its password check; the old one is revoked. AuthError past the cap."""
    check_token(session, token, now)
    row = session.execute(
        select(
            session_token.c.user_id,
            session_token.c.device_id,
            session_token.c.created_at,
            session_token.c.session_started_at,
        )
        .where(session_token.c.token_hash == token_digest(token))
        .with_for_update()
    ).one()
    started = row.session_started_at or row.created_at
    ends = started + cap
    if ends <= now:
        raise AuthError("the session reached its time limit: sign in again")
    fresh = secrets.token_urlsafe(32)
    expires_at = min(now + ttl, ends)
    revoked = session.execute(
        update(session_token)
        .where(
            session_token.c.token_hash == token_digest(token),
            session_token.c.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    if not revoked.rowcount:  # type: ignore[attr-defined]
        raise AuthError("this session was ended: log in again")  # a refresh raced this one
    session.execute(
        insert(session_token).values(
            token_hash=token_digest(fresh),
            user_id=row.user_id,
            device_id=row.device_id,
            created_at=now,
            expires_at=expires_at,
            session_started_at=started,
        )
    )
    return TokenResponse(token=fresh, expires_at=expires_at, session_ends_at=ends)


_AUTHENTICATE = (
    select(
        session_token.c.expires_at,
        session_token.c.revoked_at,
        session_token.c.device_id,
        Device.revoked_at,
        User.id,
        User.username,
        User.role,
        User.branch_id,
        User.active,
        User.deleted,
    )
    .join(User, User.id == session_token.c.user_id)
    .join(Device, Device.id == session_token.c.device_id)
    .where(session_token.c.token_hash == bindparam("digest"))
)


def authenticate(session: Session, token: str, now: datetime) -> Actor:
    """The actor behind a bearer token; AuthError when unknown, expired or revoked."""
    return check_token(session, token, now)[0]


def check_token(session: Session, token: str, now: datetime) -> tuple[Actor, datetime]:
    """`authenticate`, plus when the token expires."""
    # plain columns, not ORM objects: this runs on every request
    row = session.execute(_AUTHENTICATE, {"digest": token_digest(token)}).first()
    if row is None:
        raise AuthError("unknown token: log in again")
    expires_at, revoked_at, device_id, device_revoked, user_id, username, *rest = row
    role, branch_id, active, deleted = rest
    if device_revoked is not None:
        raise AuthError(
            "this device has been revoked; its cache must be wiped", Reason.DEVICE_REVOKED
        )
    if not active or deleted:  # before the token's own state: disabling revokes it too
        raise AuthError(f"the account {username} is disabled", Reason.ACCOUNT_DISABLED)
    if revoked_at is not None:
        raise AuthError("this session was ended: log in again")
    if expires_at <= now:
        raise AuthError("the session has expired: log in again")
    return Actor(user_id, username, role, branch_id, device_id), expires_at


class TokenCache:
    """Tokens checked in the last `ttl` seconds, trusted without the full check until then,
    as long as no revocation happened since (the revocation epoch, `auth_epoch`).

    An entry never outlives its token's expiry, and a logout through this process drops
    it at once. A revocation made anywhere (another server process, `guitai-server device
    revoke` or `user disable`) raises the epoch in the database; every request asks the
    process's `sync.server.revocations` signal first, so the next request of any process
    checks its token in full.
    """

    def __init__(self, ttl: timedelta, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[Actor, datetime]] = {}
        self._epoch: Hashable = None

    def get(self, token: str, now: datetime, epoch: Hashable = None) -> Actor | None:
        """The cached actor; an `epoch` (the revocation signal's) other than the one the
        cache last saw empties it."""
        if epoch is not None and epoch != self._epoch:
            self._entries.clear()
            self._epoch = epoch
            return None
        found = self._entries.get(token)
        if found is None:
            return None
        if found[1] <= now:
            self._entries.pop(token, None)
            return None
        return found[0]

    def put(self, token: str, actor: Actor, expires_at: datetime, now: datetime) -> None:
        if self.ttl <= timedelta(0):
            return
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[token] = (actor, min(expires_at, now + self.ttl))

    def drop(self, token: str) -> None:
        self._entries.pop(token, None)


def bump_epoch(session: Session) -> None:
    """Raises the revocation epoch, in the revoking transaction: every process's token
    cache is emptied at its next request once it commits."""
    done = session.execute(
        update(auth_epoch).where(auth_epoch.c.id == 1).values(value=auth_epoch.c.value + 1)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(auth_epoch).values(id=1, value=1))
    revocations.announce_after_commit(session)


def disable_user(session: Session, username: str, now: datetime) -> User | None:
    """Disables a user and ends every session of theirs at once; None when unknown."""
    user = session.execute(
        select(User).where(User.username == username, User.deleted.is_(False)).with_for_update()
    ).scalar_one_or_none()
    if user is None:
        return None
    session.execute(
        update(session_token)
        .where(session_token.c.user_id == user.id, session_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    if user.active:
        user.active = False
        record(
            session, [PendingChange(user, "user_account", "update", {"active": True})], None, now
        )
    bump_epoch(session)
    return user


def revoke_token(session: Session, token: str, now: datetime) -> None:
    session.execute(
        update(session_token)
        .where(session_token.c.token_hash == token_digest(token))
        .values(revoked_at=now)
    )


def revoke_device(session: Session, device_id: uuid.UUID, now: datetime) -> bool:
    """Revokes a device and every token it holds; False when there is no such device."""
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        return False
    session.execute(
        update(session_token)
        .where(session_token.c.device_id == device_id, session_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    if device.revoked_at is None:
        device.revoked_at = now
        record(
            session, [PendingChange(device, "device", "update", {"revoked_at": None})], None, now
        )
    bump_epoch(session)
    return True
