"""`guitai --smoke OUT.png`: search, open a customer, wait for it to paint, save a screenshot."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.mainwindow import MainWindow

TIMEOUT_MS = 60_000


class SmokeRun(QObject):
    """Drives the window through one search and one customer, then quits with 0 or 1."""

    def __init__(self, app: QApplication, window: MainWindow, out: Path, query: str) -> None:
        super().__init__(window)
        self.app, self.window, self.out, self.query = app, window, out, query
        self.code = 1
        runner = window.workspace.sync
        if runner is not None:  # a fresh demo has nothing cached before its first sync
            runner.roundFinished.connect(self._search)
            runner.syncFailed.connect(lambda m: self._fail(f"sync failed: {m}"))
        else:
            window.cache.opened.connect(self._search)
        window.cache.failed.connect(lambda m: self._fail(f"cannot open the cache: {m}"))
        window.cache.searched.connect(self._open_first)
        window.cache.searchFailed.connect(lambda m: self._fail(f"search failed: {m}"))
        window.cache.loadFailed.connect(lambda m: self._fail(f"loading failed: {m}"))
        window.customer.chart.painted.connect(self._painted)
        self._opened = False
        self._searched = False
        self._done = False
        QTimer.singleShot(TIMEOUT_MS, lambda: self._fail("timed out"))

    def _search(self) -> None:
        if not self._searched:
            self._searched = True
            self.window.search.box.setText(self.query)

    def _open_first(self) -> None:
        if self._opened:
            return
        if not self.window.search.model.rowCount():
            self._fail(f"no customer found for {self.query!r}")
            return
        self._opened = True
        self.window.search.box.setFocus()
        self.window.search.box.returnPressed.emit()

    def _painted(self) -> None:
        if not self._done:
            self._done = True
            QTimer.singleShot(200, self._grab)

    def _grab(self) -> None:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(self.out)) or self.out.stat().st_size == 0:
            self._fail(f"could not write {self.out}")
            return
        print(f"guitai: screenshot saved to {self.out}")
        self.code = 0
        self.window.close()
        self.app.exit(0)

    def _fail(self, message: str) -> None:
        if self.code == 0 or (self._done and message == "timed out" and self.out.exists()):
            return
        print(f"guitai --smoke: {message}", file=sys.stderr)
        self.code = 1
        self.window.close()
        self.app.exit(1)
