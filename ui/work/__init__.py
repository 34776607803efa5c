"""What staff do at the counter: the work dialogs, their runner and the Work menu."""

from __future__ import annotations

from ui.work.actions import WorkActions, install_work_actions

__all__ = ["WorkActions", "install_work_actions"]
