"""What the sync engine tells the user interface: one immutable snapshot per change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Phase(StrEnum):
    IDLE = "idle"
    SIGNED_OUT = "signed out"
    INITIAL_SYNC = "initial sync"
    PUSHING = "uploading"
    PULLING = "downloading"


@dataclass(frozen=True)
class Progress:
    """A long sync: rows done so far of an estimated total (None when unknown)."""

    done: int
    total: int | None
    table: str = ""


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    """The last contact with the server succeeded."""
    phase: Phase
    last_sync: datetime | None
    """When the last full round (upload, then download) finished."""
    pending: int
    """Edits saved locally and not yet accepted by the server."""
    oldest_pending: datetime | None
    conflicts: int
    """Edits the server refused or found in conflict, waiting for the user."""
    progress: Progress | None = None
    error: str | None = None
    """Why the last contact failed, in words for the user (None when it succeeded)."""


def status_to_json(status: SyncStatus) -> dict[str, object]:
    """`status` as plain JSON values (a child process reports its sync this way)."""
    progress = status.progress
    return {
        "online": status.online,
        "phase": status.phase.value,
        "last_sync": status.last_sync.isoformat() if status.last_sync else None,
        "pending": status.pending,
        "oldest_pending": status.oldest_pending.isoformat() if status.oldest_pending else None,
        "conflicts": status.conflicts,
        "progress": None
        if progress is None
        else {"done": progress.done, "total": progress.total, "table": progress.table},
        "error": status.error,
    }


def status_from_json(data: dict[str, Any]) -> SyncStatus:
    """The inverse of `status_to_json`; raises KeyError or ValueError on a malformed dict."""
    progress = data.get("progress")
    return SyncStatus(
        online=bool(data["online"]),
        phase=Phase(data["phase"]),
        last_sync=_time(data.get("last_sync")),
        pending=int(data["pending"]),
        oldest_pending=_time(data.get("oldest_pending")),
        conflicts=int(data["conflicts"]),
        progress=None
        if progress is None
        else Progress(int(progress["done"]), progress.get("total"), str(progress.get("table", ""))),
        error=data.get("error"),
    )


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
