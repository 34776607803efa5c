"""`guitai --smoke OUT.png`: show the signed-in user's home, save a screenshot, exit.

Without `--as` (`home` False: the check the demo has always run), and for a role that lands
on the customers screen: search, open a customer on the "Customers" tab, wait for its 360
to paint. With `--as USERNAME`, on that user's own home (the RM's book, the teller's
Today, the auditor's trail): once the first sync round is done, read every home page
again and wait for them all to show their rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.homes.registry import CUSTOMERS
from ui.mainwindow import MainWindow

TIMEOUT_MS = 60_000


class SmokeRun(QObject):
    """Drives the window to its home (see the module docstring), then quits with 0 or 1."""

    def __init__(
        self, app: QApplication, window: MainWindow, out: Path, query: str, *, home: bool = False
    ) -> None:
        super().__init__(window)
        self.app, self.window, self.out, self.query = app, window, out, query
        self.home = home
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
        self._waiting: set[int] = set()
        """The home pages still reading their rows (by id)."""
        QTimer.singleShot(TIMEOUT_MS, lambda: self._fail("timed out"))

    def _search(self) -> None:
        if self._searched:
            return
        self._searched = True
        page = self._home_page() if self.home else None
        if page is None:
            self.window.homes.switch_to(CUSTOMERS)
            self.window.search.box.setText(self.query)
            return
        pages = [p for p in self.window.homes.pages.values() if hasattr(p, "loaded")]
        self._waiting = set(map(id, pages))
        if not self._waiting:
            self._painted()
            return
        for each in pages:  # the first download brought the rows without telling the pages
            each.loaded.connect(lambda p=each: self._page_loaded(p))
            each.reload()  # type: ignore[attr-defined]

    def _page_loaded(self, page: QWidget) -> None:
        self._waiting.discard(id(page))
        if not self._waiting:
            self._painted()

    def _home_page(self) -> QWidget | None:
        """The role's own home the window shows, None on the customers screen."""
        frame = self.window.homes
        if frame.tabs is None:
            return None
        page = frame.tabs.currentWidget()
        return None if page is frame.page(CUSTOMERS) else page

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
