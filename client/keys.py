"""The per-profile cache key: 256 random bits kept in the OS keyring.

Where the machine has no keyring backend (a headless build box), the key is refused with a
clear message, unless the development key file is explicitly allowed
(`GUITAI_ALLOW_DEV_KEY_FILE=1`): then it lives in the profile folder, which is no protection
at all and is said so in the log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from client.errors import KeyUnavailableError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "guitai"
KEY_BYTES = 32
DEV_KEY_FILE_NAME = "dev-cache-key.hex"
FILE_BACKEND_MODULES = ("keyrings.alt",)
"""Keyring backends that keep secrets in a file in the home folder: no protection at rest."""


class KeyStore(Protocol):
    def load(self, profile_id: str) -> bytes | None: ...

    def save(self, profile_id: str, key: bytes) -> None: ...

    def delete(self, profile_id: str) -> None: ...


def _entry(profile_id: str) -> str:
    return f"cache-key:{profile_id}"


def _decode(text: str, where: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyUnavailableError(f"the cache key in {where} is damaged (not {KEY_BYTES} bytes)")
    return key


class OSKeyring:
    """The key in the operating system's credential store (Windows, macOS, Secret Service)."""

    def __init__(self) -> None:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            raise KeyUnavailableError(
                "this machine has no usable keyring to keep the cache key in "
                f"(backend: {type(backend).__name__}); install one (Windows Credential Manager, "
                "macOS Keychain or a Secret Service such as gnome-keyring), or for development "
                "only set GUITAI_ALLOW_DEV_KEY_FILE=1"
            )
        if type(backend).__module__.startswith(FILE_BACKEND_MODULES):
            raise KeyUnavailableError(
                f"the keyring found here ({type(backend).__name__}) keeps secrets in a plain "
                "file, which would put the cache key on disk; install an OS credential store "
                "(Windows Credential Manager, macOS Keychain or a Secret Service), or for "
                "development only set GUITAI_ALLOW_DEV_KEY_FILE=1"
            )
        self.backend = backend

    def load(self, profile_id: str) -> bytes | None:
        try:
            text = self.backend.get_password(KEYRING_SERVICE, _entry(profile_id))
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailableError(f"the keyring refused to give the cache key: {exc}") from exc
        return None if text is None else _decode(text, "the keyring")

    def save(self, profile_id: str, key: bytes) -> None:
        try:
            self.backend.set_password(KEYRING_SERVICE, _entry(profile_id), key.hex())
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailableError(f"the keyring refused to keep the cache key: {exc}") from exc

    def delete(self, profile_id: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(KEYRING_SERVICE, _entry(profile_id))


class DevKeyFile:
    """Development only: the key in a file in the profile folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / DEV_KEY_FILE_NAME

    def load(self, profile_id: str) -> bytes | None:
        if not self.path.exists():
            return None
        return _decode(self.path.read_text(encoding="ascii"), str(self.path))

    def save(self, profile_id: str, key: bytes) -> None:
        log.warning("cache key kept in a development key file: %s", self.path)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(key.hex())

    def delete(self, profile_id: str) -> None:
        self.path.unlink(missing_ok=True)


def dev_key_file_allowed() -> bool:
    return os.environ.get("GUITAI_ALLOW_DEV_KEY_FILE", "").strip().lower() in {"1", "true", "yes"}


def key_store_for(folder: Path) -> KeyStore:
    """The key store this machine should use for a profile in `folder`."""
    if dev_key_file_allowed():
        return DevKeyFile(folder)
    return OSKeyring()


def forget_key(store: KeyStore, folder: Path, profile_id: str) -> None:
    """Deletes the profile's cache key, and the side keys a rekey keeps, from `store` (a wipe)."""
    from client.rekey import PENDING, PREVIOUS

    store.delete(profile_id)
    for which in (PENDING, PREVIOUS):
        store.delete(f"{profile_id}:{which}")
    for left in folder.glob(f"{DEV_KEY_FILE_NAME}*"):
        left.unlink(missing_ok=True)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
