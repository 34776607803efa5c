"""The conflicts inbox: changes the server did not take as they were, and how to settle them."""

from __future__ import annotations

from ui.conflicts.install import ConflictsInbox

__all__ = ["ConflictsInbox"]
