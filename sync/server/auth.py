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
from sync.protocol import LoginRequest, LoginResponse, TokenResponse, UserInfo
from sync.server.feed import PendingChange, record
from sync.server.tables import auth_epoch, credential, session_token


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
    it at once. A revocation made elsewhere (another server process, `guitai-server device
    revoke` or `user disable`) raises the epoch in the database, which every request reads
    (one row by its key): the next request of any process checks its token in full.
    """

    def __init__(self, ttl: timedelta, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[Actor, datetime]] = {}
        self._epoch: int | None = None

    def get(self, token: str, now: datetime, epoch: int | None = None) -> Actor | None:
        """The cached actor; `epoch` (the database's) other than the cache's empties it."""
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


_EPOCH = select(auth_epoch.c.value).where(auth_epoch.c.id == 1)


def current_epoch(session: Session) -> int:
    """The revocation epoch (0 before the first revocation)."""
    value = session.connection().execute(_EPOCH).scalar_one_or_none()  # Core: the ORM costs
    return 0 if value is None else int(value)


def bump_epoch(session: Session) -> None:
    """Raises the revocation epoch, in the revoking transaction: every process's token
    cache is emptied at its next request once it commits."""
    done = session.execute(
        update(auth_epoch).where(auth_epoch.c.id == 1).values(value=auth_epoch.c.value + 1)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(auth_epoch).values(id=1, value=1))


def cached_actor(session: Session, cache: TokenCache, token: str, now: datetime) -> Actor:
    """The actor behind `token`: from `cache` unless a revocation happened since it was
    cached (one indexed read), else checked in full and cached."""
    who = cache.get(token, now, current_epoch(session))
    if who is not None:
        return who
    who, expires_at = check_token(session, token, now)
    cache.put(token, who, expires_at, now)
    return who


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
