"""The workstation's sync engine (httpx, no Qt): see `sync.engine.engine`."""

from sync.engine.engine import SyncEngine, SyncReport
from sync.engine.signin import sign_in
from sync.engine.transport import OfflineError, SyncError, Transport

__all__ = ["OfflineError", "SyncEngine", "SyncError", "SyncReport", "Transport", "sign_in"]
