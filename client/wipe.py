"""Wiping a workstation profile: the cache, its WAL and backups, its key and the token.

A wipe happens when the server says this workstation was revoked or its user disabled, and
when the cache went `cache_retention_days` without a successful contact (`client.lease`).
It leaves one small note (`wiped.json`, no customer data) so that a later command says why
the cache is gone instead of "no cache"; a successful online sign-in removes it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from client.cache_backup import delete_backups
from client.credentials import token_store_for
from client.errors import GuitaiError, KeyUnavailableError
from client.keys import KeyStore, forget_key, key_store_for
from client.profile import Profile
from client.reasons import Reason
from client.schema.base import utcnow

log = logging.getLogger(__name__)

WIPED_FILE = "wiped.json"
CACHE_SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's companions of the cache file."""
OTHER_FILES = ("snapshot.download",)
"""A first download under way (`sync.engine.snapshot_file`): customer data too."""

WHY = {
    Reason.DEVICE_REVOKED: "IT revoked this workstation",
    Reason.ACCOUNT_DISABLED: "the user's account was disabled",
    Reason.CACHE_WIPED: "the workstation was not in contact with the server for too long",
}
"""Why a cache was wiped, in plain words, by the code that caused it."""


class CacheWipedError(GuitaiError):
    """The profile's cache was wiped (`details["because"]`: the code that caused it)."""

    default_code = Reason.CACHE_WIPED


@dataclass(frozen=True)
class WipeNote:
    """What `wiped.json` says: why and when the cache was wiped."""

    because: Reason
    at: datetime
    device_id: str | None = None
    """The wiped cache's device id: a later sign-in is the same workstation (a revoked one
    stays refused)."""

    def error(self, folder: Path) -> CacheWipedError:
        """The refusal a command opening the wiped cache raises."""
        return CacheWipedError(
            f"the cache of {folder} was deleted from this computer on {self.at:%Y-%m-%d %H:%M} "
            f"UTC because {WHY.get(self.because, self.because.value)}; there is nothing left "
            "to show. Sign in online again (`guitai login`) if you are still allowed to",
            details={"because": self.because.value, "at": self.at.isoformat()},
        )


def wipe(
    profile: Profile,
    because: Reason,
    *,
    key_store: KeyStore | None = None,
    now: datetime | None = None,
    device_id: str | None = None,
) -> list[Path]:
    """Deletes the profile's cache, WAL, SHM, backups, its key and its token, and leaves the
    note; returns the files deleted. The cache must be closed (no engine open on it)."""
    cache = profile.cache_path
    store = key_store or key_store_for_wipe(profile)
    device_id = device_id or _device_id_of(profile, store)
    gone: list[Path] = []
    files = [cache, *(cache.with_name(cache.name + s) for s in CACHE_SIDE_FILES)]
    files += [profile.folder / name for name in OTHER_FILES]
    for path in files:
        try:
            path.unlink()
            gone.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:  # still open elsewhere (Windows): the next open wipes it again
            log.warning("wiping %s: %s stays for now: %s", profile.folder, path.name, exc)
    gone += delete_backups(cache)
    try:
        if store is not None:
            forget_key(store, profile.folder, profile.profile_id)
        token_store_for(profile.folder, profile.profile_id).delete()
    except KeyUnavailableError as exc:  # no keyring here: nothing can be kept in one either
        log.warning("wiping %s: the keyring could not be reached: %s", profile.folder, exc)
    earlier = note_of(profile.folder)
    if device_id is None and earlier is not None:
        device_id = earlier.device_id
    note = WipeNote(because, now or utcnow(), device_id)
    _write_note(profile.folder, note)
    log.warning(
        "wiped the cache of %s (%s): %d file(s), its key and its token",
        profile.folder,
        because.value,
        len(gone),
    )
    return gone


def key_store_for_wipe(profile: Profile) -> KeyStore | None:
    """The profile's key store, None when this machine has none (nothing kept in it)."""
    try:
        return key_store_for(profile.folder)
    except KeyUnavailableError:
        return None


DEVICE_ID_KEY = "sync.device_id"
"""The `cache_meta` key of the device id (`sync.replica.state.DEVICE_ID`)."""


def _device_id_of(profile: Profile, store: KeyStore | None) -> str | None:
    """The device id kept in the cache about to be wiped (best effort: None if unreadable)."""
    from client.store import connect_raw

    try:
        key = None if store is None else store.load(profile.profile_id)
        if key is None or not profile.cache_path.exists():
            return None
        conn = connect_raw(profile.cache_path, key)
        try:
            row = conn.execute(
                "SELECT value FROM cache_meta WHERE key = ?", (DEVICE_ID_KEY,)
            ).fetchone()
        finally:
            conn.close()
    except Exception:  # a damaged cache is wiped all the same
        log.warning("wiping %s: its device id could not be read", profile.folder, exc_info=True)
        return None
    return None if row is None else str(row[0])


def told(note: WipeNote) -> str:
    """The plain words a command prints after a wipe."""
    return (
        f"{WHY.get(note.because, note.because.value)}: this workstation's copy of the customer "
        "data, its encryption key and the saved sign-in were deleted from this computer. Ask "
        "IT if this is a mistake"
    )


def note_of(folder: Path) -> WipeNote | None:
    """The note a wipe left in `folder`, or None."""
    path = folder / WIPED_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return WipeNote(
            Reason(data["because"]), datetime.fromisoformat(data["at"]), data.get("device_id")
        )
    except (OSError, ValueError, KeyError, TypeError):
        return WipeNote(Reason.CACHE_WIPED, utcnow())


def clear_note(folder: Path) -> None:
    """After a successful online sign-in: the profile is in use again."""
    (folder / WIPED_FILE).unlink(missing_ok=True)


def _write_note(folder: Path, note: WipeNote) -> None:
    tmp = folder / (WIPED_FILE + ".tmp")
    tmp.write_text(
        json.dumps(
            {"because": note.because.value, "at": note.at.isoformat(), "device_id": note.device_id}
        ),
        encoding="utf-8",
    )
    tmp.replace(folder / WIPED_FILE)


DEPROVISIONED = frozenset({Reason.DEVICE_REVOKED, Reason.ACCOUNT_DISABLED})
"""The server's answers that make a workstation wipe its cache at once."""


def deprovisioned_by(exc: BaseException) -> Reason | None:
    """The code of a server answer saying this workstation or its user is no more, or None."""
    if not isinstance(exc, GuitaiError):
        return None
    for code in (exc.code, getattr(exc, "server_code", None)):
        if code in DEPROVISIONED:
            return Reason(code)
    return None


def wipe_if_deprovisioned(
    profile: Profile, exc: BaseException, device_id: str | None = None
) -> CacheWipedError | None:
    """After a refused contact (the cache closed): wipes the profile when the server said it
    was revoked or its user disabled, and returns the refusal saying so; else None."""
    because = deprovisioned_by(exc)
    if because is None:
        return None
    wipe(profile, because, device_id=device_id)
    note = note_of(profile.folder)
    assert note is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    return CacheWipedError(
        told(note), details={"because": because.value, "at": note.at.isoformat()}
    )
