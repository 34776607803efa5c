"""What staff do at the counter: the work dialogs and the Work menu."""

from __future__ import annotations

from ui.work.actions import WorkActions

__all__ = ["WorkActions"]
