"""Users' passwords (Argon2), bearer tokens that expire and can be revoked, and login."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from client.reasons import Reason
from client.schema.enums import Role
from client.schema.models import Branch, Device, User
from sync.protocol import LoginRequest, LoginResponse, UserInfo
from sync.server.feed import PendingChange, record
from sync.server.tables import credential, session_token


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
    session: Session, hasher: PasswordHasher, user_id: uuid.UUID, password: str, now: datetime
) -> None:
    digest = hasher.hash(password)
    done = session.execute(
        update(credential)
        .where(credential.c.user_id == user_id)
        .values(password_hash=digest, changed_at=now)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(
            insert(credential).values(user_id=user_id, password_hash=digest, changed_at=now)
        )


def _check_password(hasher: PasswordHasher, stored: str | None, password: str) -> bool:
    if stored is None:
        hasher.hash(password)  # same time whether or not the user exists
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def login(
    session: Session,
    hasher: PasswordHasher,
    request: LoginRequest,
    *,
    now: datetime,
    ttl: timedelta,
    offline_grace_days: int,
) -> LoginResponse:
    """Checks the password, registers the device on first use and issues a token."""
    found = session.execute(
        select(User, credential.c.password_hash)
        .outerjoin(credential, credential.c.user_id == User.id)
        .where(User.username == request.username, User.deleted.is_(False))
    ).first()
    user, stored = (found[0], found[1]) if found else (None, None)
    if not _check_password(hasher, stored, request.password) or user is None:
        raise AuthError("wrong username or password", Reason.WRONG_PASSWORD)
    if not user.active:
        raise AuthError(
            f"the account {user.username} is disabled; ask your branch manager",
            Reason.ACCOUNT_DISABLED,
        )
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
    if revoked_at is not None:
        raise AuthError("this session was ended: log in again")
    if expires_at <= now:
        raise AuthError("the session has expired: log in again")
    if not active or deleted:
        raise AuthError(f"the account {username} is disabled", Reason.ACCOUNT_DISABLED)
    return Actor(user_id, username, role, branch_id, device_id), expires_at


class TokenCache:
    """Tokens checked in the last `ttl` seconds, trusted without a query until then.

    An entry never outlives its token's expiry, and a logout through this process drops
    it at once; a revocation made elsewhere (another server process, `guitai-server device
    revoke`) takes effect within `ttl`.
    """

    def __init__(self, ttl: timedelta, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[Actor, datetime]] = {}

    def get(self, token: str, now: datetime) -> Actor | None:
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
    return True
