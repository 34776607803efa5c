"""The window's sync parts: live status, the offline banner, the download progress bar.

`install_sync(window, session, provider)` starts the engine's runner (when the session
has an engine), feeds its status to the status bar, shows a banner while offline and a
progress bar during long downloads, and gives the window `on_local_edit()` (upload now)
and `staff` (who records what).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QVBoxLayout, QWidget

from sync.status import Phase, SyncStatus
from ui.session import AppSession
from ui.status import StatusProvider
from ui.sync_runner import SyncRunner


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
    """Keeps the runner and the widgets it drives; stopped with the window."""

    def __init__(self, window: QMainWindow, session: AppSession, provider: StatusProvider) -> None:
        super().__init__(window)
        self.session = session
        self.provider = provider
        self.banner = OfflineBanner(window)
        self.progress = SyncProgress(window)
        window.statusBar().addWidget(self.progress)
        central = window.takeCentralWidget()
        assert central is not None, "the window builds its central widget before sync"
        holder = QWidget(window)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(central, 1)
        window.setCentralWidget(holder)
        provider.statusChanged.connect(self.banner.show_status)
        provider.statusChanged.connect(self.progress.show_status)
        self.runner: SyncRunner | None = None
        if session.engine is not None:
            self.runner = SyncRunner(session.engine, parent=self)
            self.runner.statusChanged.connect(provider.set_status)
            self.runner.start()

    def upload_now(self) -> None:
        """A local edit was saved: show it as pending and upload it at once."""
        if self.runner is not None:
            self.runner.sync_now()

    def stop(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner = None


def install_sync(window: QMainWindow, session: AppSession, provider: StatusProvider) -> SyncUi:
    """Wires the session's sync into `window` (see the module docstring)."""
    sync_ui = SyncUi(window, session, provider)
    window.sync_ui = sync_ui  # type: ignore[attr-defined]
    window.staff = session.staff  # type: ignore[attr-defined]
    window.on_local_edit = sync_ui.upload_now  # type: ignore[attr-defined]
    return sync_ui
