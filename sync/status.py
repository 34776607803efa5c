"""What the sync engine tells the user interface: one immutable snapshot per change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


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
