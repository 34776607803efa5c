"""The sign-in token (in the OS keyring, never a file) and the offline sign-in verifier."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import keyring.errors
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from client.errors import GuitaiError, KeyUnavailableError
from client.keys import KEYRING_SERVICE, OSKeyring, dev_key_file_allowed
from client.reasons import Reason

DEV_TOKEN_FILE_NAME = "dev-token.txt"  # noqa: S105 - a name or reason code, not a password


class SignedOutError(GuitaiError):
    """No valid sign-in: the user must sign in online (again)."""

    default_code = Reason.SIGNED_OUT


class TokenStore(Protocol):
    def load(self) -> str | None: ...

    def save(self, token: str) -> None: ...

    def delete(self) -> None: ...


class KeyringTokens:
    """The profile's bearer token in the OS credential store."""

    def __init__(self, profile_id: str) -> None:
        self.backend = OSKeyring().backend
        self.entry = f"token:{profile_id}"

    def load(self) -> str | None:
        try:
            token: str | None = self.backend.get_password(KEYRING_SERVICE, self.entry)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailableError(f"the keyring refused to give the token: {exc}") from exc
        return token

    def save(self, token: str) -> None:
        try:
            self.backend.set_password(KEYRING_SERVICE, self.entry, token)
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailableError(f"the keyring refused to keep the token: {exc}") from exc

    def delete(self) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(KEYRING_SERVICE, self.entry)


class DevTokenFile:
    """Development only (GUITAI_ALLOW_DEV_KEY_FILE=1): the token in the profile folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / DEV_TOKEN_FILE_NAME

    def load(self) -> str | None:
        return self.path.read_text(encoding="ascii").strip() if self.path.exists() else None

    def save(self, token: str) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(token)

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)


class MemoryTokens:
    """A token kept only in memory: the in-process demo and tests."""

    def __init__(self) -> None:
        self.token: str | None = None

    def load(self) -> str | None:
        return self.token

    def save(self, token: str) -> None:
        self.token = token

    def delete(self) -> None:
        self.token = None


def token_store_for(folder: Path, profile_id: str) -> TokenStore:
    if dev_key_file_allowed():
        return DevTokenFile(folder)
    return KeyringTokens(profile_id)


VERIFIER_HASHER = PasswordHasher()


@dataclass(frozen=True)
class OfflineVerifier:
    """What an online sign-in leaves behind so the same user can sign in offline for a while."""

    username: str
    password_hash: str
    valid_until: datetime

    @classmethod
    def make(
        cls, username: str, password: str, now: datetime, grace_days: int, hasher: PasswordHasher
    ) -> OfflineVerifier:
        return cls(username, hasher.hash(password), now + timedelta(days=grace_days))

    def to_json(self) -> str:
        return json.dumps(
            {
                "username": self.username,
                "password_hash": self.password_hash,
                "valid_until": self.valid_until.isoformat(),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> OfflineVerifier:
        data = json.loads(text)
        return cls(
            data["username"], data["password_hash"], datetime.fromisoformat(data["valid_until"])
        )

    def check(self, username: str, password: str, now: datetime) -> None:
        """Raises SignedOutError unless this user and password may sign in offline now."""
        if now > self.valid_until:
            raise SignedOutError(
                "the offline sign-in period has ended; connect to the network and sign in"
            )
        if username != self.username:
            raise SignedOutError(f"only {self.username} has signed in online on this workstation")
        try:
            VERIFIER_HASHER.verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise SignedOutError(
                "wrong user name or password", code=Reason.WRONG_PASSWORD
            ) from None


OFFLINE_MAX_FAILURES = 5
"""Wrong passwords in a row, offline or on the lock screen, that lock the sign-in."""
OFFLINE_LOCKOUT = timedelta(minutes=15)
"""How long that lockout lasts (the same rule as the server's)."""


@dataclass(frozen=True)
class OfflineFailures:
    """Wrong passwords checked against the offline verifier, kept beside it in the cache (so a
    restart does not forget them): a value, changed by returning a new one."""

    count: int = 0
    first_failed_at: datetime | None = None
    locked_until: datetime | None = None

    def check(self, now: datetime) -> None:
        """Raises SignedOutError (`account_locked`) while locked."""
        if self.locked_until is not None and self.locked_until > now:
            raise SignedOutError(
                "too many wrong passwords: sign-in is locked until "
                f"{self.locked_until.astimezone():%H:%M}",
                code=Reason.ACCOUNT_LOCKED,
                details={"locked_until": self.locked_until.isoformat()},
            )

    def failed(self, now: datetime) -> OfflineFailures:
        """After one more wrong password at `now`."""
        fresh = self.first_failed_at is None or self.first_failed_at <= now - OFFLINE_LOCKOUT
        count = 1 if fresh else self.count + 1
        if count >= OFFLINE_MAX_FAILURES:
            return OfflineFailures(0, now, now + OFFLINE_LOCKOUT)
        return OfflineFailures(count, now if fresh else self.first_failed_at, None)

    def to_json(self) -> str:
        def iso(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat()

        return json.dumps(
            {
                "count": self.count,
                "first_failed_at": iso(self.first_failed_at),
                "locked_until": iso(self.locked_until),
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> OfflineFailures:
        """The stored counter; none (or an unreadable one) counts as no failures."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            first, until = data.get("first_failed_at"), data.get("locked_until")
            return cls(
                int(data.get("count", 0)),
                None if first is None else datetime.fromisoformat(first),
                None if until is None else datetime.fromisoformat(until),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()
