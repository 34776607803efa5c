"""Rotating a cache's key (`PRAGMA rekey`) so that a crash at any point loses nothing.

The order: (1) the old key is checked against the file; (2) the old key is backed up and the
new one stored as *pending*, both beside the profile's key (keyring entries, or files next to
the development key file); (3) the file is re-encrypted in one transaction (rollback journal,
not WAL, so it is all or nothing); (4) the new key is checked against the file; (5) the new key
becomes the profile's key; (6) the backup and the pending entry are deleted.
Killed before (3) ends, the file is still under the old key, which is still the profile's;
killed after (3) and before (5), the profile's key no longer opens the file, and opening it
(`recovered_key`, called by `LocalCache.open`) finds the pending key, which does, and makes
it the profile's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from client.errors import CacheError, KeyUnavailableError
from client.keys import DEV_KEY_FILE_NAME, DevKeyFile, KeyStore, key_store_for, new_key
from client.profile import Profile

if TYPE_CHECKING:
    from client.store import RawConnection

log = logging.getLogger(__name__)

PENDING = "rekey-pending"
"""The new key, stored before the file is re-encrypted under it."""
PREVIOUS = "rekey-previous"
"""The old key, kept until the new one is the profile's."""

Step = Callable[[str], None]
"""Told the name of each step done (tests stop there to play a crash)."""


class _SideStore:
    """Another entry beside the profile's key in the same store."""

    def __init__(self, store: KeyStore, folder: Path, which: str) -> None:
        self.which = which
        self.file: DevKeyFile | None = None
        if isinstance(store, DevKeyFile):
            self.file = DevKeyFile(folder)
            self.file.path = folder / f"{DEV_KEY_FILE_NAME}.{which}"
        self.store = store

    def _id(self, profile_id: str) -> str:
        return f"{profile_id}:{self.which}"

    def load(self, profile_id: str) -> bytes | None:
        if self.file is not None:
            return self.file.load(profile_id)
        return self.store.load(self._id(profile_id))

    def save(self, profile_id: str, key: bytes) -> None:
        if self.file is not None:
            self.file.save(profile_id, key)
        else:
            self.store.save(self._id(profile_id), key)

    def delete(self, profile_id: str) -> None:
        if self.file is not None:
            self.file.delete(profile_id)
        else:
            self.store.delete(self._id(profile_id))


def _sides(profile: Profile, store: KeyStore) -> tuple[_SideStore, _SideStore]:
    return (
        _SideStore(store, profile.folder, PENDING),
        _SideStore(store, profile.folder, PREVIOUS),
    )


def _opens(path: Path, key: bytes) -> bool:
    from client.store import connect_raw

    try:
        connect_raw(path, key).close()
    except CacheError:
        return False
    return True


def recovered_key(profile: Profile, store: KeyStore | None = None) -> bytes | None:
    """After a rekey that was cut short: the key that opens the file, made the profile's
    again; None when no kept key does (nothing to recover)."""
    store = store or key_store_for(profile.folder)
    pending, previous = _sides(profile, store)
    for side in (pending, previous):
        key = side.load(profile.profile_id)
        if key is not None and _opens(profile.cache_path, key):
            store.save(profile.profile_id, key)
            pending.delete(profile.profile_id)
            previous.delete(profile.profile_id)
            log.warning(
                "finished an interrupted rekey of %s (%s key)", profile.cache_path, side.which
            )
            return key
    return None


def rekey(profile: Profile, store: KeyStore | None = None, *, step: Step | None = None) -> None:
    """Re-encrypts the profile's cache under a new random key (see the module's order)."""
    from client.store import connect_raw

    store = store or key_store_for(profile.folder)
    told: Step = step or (lambda _name: None)
    path = profile.cache_path
    if not path.exists():
        raise CacheError(f"the profile {profile.folder} has no cache to rekey")
    old = store.load(profile.profile_id)
    if old is None or not _opens(path, old):
        old = recovered_key(profile, store)
    if old is None:
        raise KeyUnavailableError(f"no key this machine keeps opens the cache {path}")
    pending, previous = _sides(profile, store)
    conn = connect_raw(path, old)
    try:
        _exclusive(conn, path)
        fresh = new_key()
        previous.save(profile.profile_id, old)
        pending.save(profile.profile_id, fresh)
        told("backed_up")
        conn.execute(f"PRAGMA rekey = \"x'{fresh.hex()}'\"")
        told("rekeyed")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    if not _opens(path, fresh):
        raise CacheError(f"the cache {path} did not open with its new key; the old one is kept")
    told("checked")
    store.save(profile.profile_id, fresh)
    told("saved")
    pending.delete(profile.profile_id)
    previous.delete(profile.profile_id)
    log.info("the key of the cache %s was replaced", path)


def _exclusive(conn: RawConnection, path: Path) -> None:
    """Folds the WAL into the file and leaves WAL mode, which needs the only connection:
    a rekey while the window or a sync has the cache open would break their reads."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher3.OperationalError as exc:
        raise CacheError(
            f"the cache {path} is in use: close Guitai (the window and any sync) first ({exc})"
        ) from exc
    if str(mode).lower() != "delete":
        raise CacheError(
            f"the cache {path} is in use: close Guitai (the window and any sync) first"
        )
