"""The window's sync parts: the offline banner and the download progress bar.

`SyncUi(window, workspace)` shows a banner across the top while offline (a strip of the
window, above every tab) and a progress bar
in the status bar during long downloads, both fed by the workspace's status provider (the
workspace's sync runner feeds that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from sync.status import Phase, SyncStatus
from ui.workspace import Workspace

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow


class OfflineBanner(QLabel):
    """A clear line across the top while the server cannot be reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()
        self._reason = ""
        self.retranslate()

    def show_status(self, status: SyncStatus) -> None:
        offline = not status.online and status.error is not None
        self._reason = status.error or ""
        self.setVisible(offline)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "Offline: your work is saved on this computer and uploads when the server "
                "can be reached again."
            )
        )
        self.setToolTip(self._reason)


class SyncProgress(QProgressBar):
    """Rows downloaded so far, shown only while a long download runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.setMaximumWidth(260)
        self.setRange(0, 0)
        self.hide()

    def show_status(self, status: SyncStatus) -> None:
        progress = status.progress
        busy = status.phase in (Phase.INITIAL_SYNC, Phase.PULLING) and progress is not None
        if not busy or progress is None or (status.phase is Phase.PULLING and progress.done == 0):
            self.hide()
            return
        if progress.total:
            self.setRange(0, progress.total)
            self.setValue(min(progress.done, progress.total))
        else:
            self.setRange(0, 0)
        self.setFormat(self.tr("Downloading: %1 rows").replace("%1", f"{progress.done:,}"))
        self.setTextVisible(True)
        self.show()


class SyncUi(QObject):
    """The banner and the progress bar, placed in `window` and fed by the workspace."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.banner = OfflineBanner(window)
        self.progress = SyncProgress(window)
        window.statusBar().addWidget(self.progress)
        window.add_strip(self.banner)
        status = workspace.status
        status.statusChanged.connect(self.banner.show_status)
        status.statusChanged.connect(self.progress.show_status)
        self.banner.show_status(status.status())
        self.progress.show_status(status.status())
