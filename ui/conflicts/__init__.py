"""The conflicts inbox: changes the server did not take as they were, and how to settle them."""

from __future__ import annotations

from ui.conflicts.install import ConflictsInbox, install_conflicts_inbox

__all__ = ["ConflictsInbox", "install_conflicts_inbox"]
