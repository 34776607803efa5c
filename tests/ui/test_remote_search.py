"""Search outside the cache: the server's customers follow the local hits, marked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from client.store import LocalCache
from sync.status import Phase, SyncStatus
from tests.ui.online_kit import Bank, live_window, start_bank, workstation
from ui.mainwindow import MainWindow
from ui.remote_search import RemoteRow, worth_asking
from ui.session import AppSession

SOURCE_COLUMN = 3


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bank]:
    running = start_bank(tmp_path_factory.mktemp("remote-bank"))
    yield running
    running.server.stop()


@pytest.fixture(scope="module")
def session(bank: Bank, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppSession]:
    """Head office at a workstation that replicates the demo teller's branch only."""
    folder = tmp_path_factory.mktemp("remote-ws") / "profile"
    opened = workstation(folder, bank, bank.head_office_user(), [bank.teller_branch()])
    yield opened
    opened.close()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, session: AppSession) -> Iterator[MainWindow]:
    with live_window(app, qtbot, session) as win:
        yield win


def elsewhere(bank: Bank, skip: int = 0) -> tuple[str, str]:
    """(name, number) of a customer of another branch than the cached one, whose name another
    customer of the cached branch shares if there is such a name."""
    home = bank.teller_branch()
    rows = bank.query(
        "SELECT c.legal_name, c.customer_number, "
        "  (SELECT count(*) FROM customer o JOIN branch ob ON ob.id = o.home_branch_id "
        "   WHERE o.legal_name = c.legal_name AND ob.code = ?) AS shared "
        "FROM customer c JOIN branch b ON b.id = c.home_branch_id "
        "WHERE b.code <> ? AND c.deleted = 0 ORDER BY shared DESC, c.customer_number "
        "LIMIT 1 OFFSET ?",
        home,
        home,
        skip,
    )
    return str(rows[0][0]), str(rows[0][1])


def is_cached(window: MainWindow, number: str) -> bool:
    with LocalCache.open(window.profile) as cache, cache.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM customer WHERE customer_number = ?", (number,)
        ).scalar_one()
    return bool(found)


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.clear()
    window.search.box.insert(text)


def remote_rows(window: MainWindow) -> list[int]:
    model = window.search.model
    return [r for r in range(model.rowCount()) if model.is_remote(r)]


def test_a_customer_of_another_branch_follows_the_local_hits_marked(
    window: MainWindow, qtbot: QtBot, bank: Bank
) -> None:
    name, number = elsewhere(bank)
    assert not is_cached(window, number)
    type_query(qtbot, window, name)
    qtbot.waitUntil(lambda: window.search.model.remote_count > 0, timeout=15_000)
    model = window.search.model
    remote = remote_rows(window)
    local = [r for r in range(model.rowCount()) if not model.is_remote(r)]
    assert local and remote and min(remote) > max(local)
    assert number in {model.hit(r).customer_number for r in remote}
    row = remote[0]
    assert "Server" in model.index(row, SOURCE_COLUMN).data()
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Not on this computer")
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(local[0], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(local[0], SOURCE_COLUMN).data() == ""
    assert "on the server" in window.search.summary.text()


def test_enter_on_a_server_hit_opens_it_into_the_360(
    window: MainWindow, qtbot: QtBot, bank: Bank
) -> None:
    name, number = elsewhere(bank, skip=1)
    type_query(qtbot, window, number)
    qtbot.waitUntil(lambda: window.search.model.remote_count > 0, timeout=15_000)
    model = window.search.model
    row = next(r for r in remote_rows(window) if model.hit(r).customer_number == number)
    window.search.results.selectRow(row)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == number,
        timeout=15_000,
    )
    assert window.customer.name.text().startswith(name)
    assert is_cached(window, number)
    with qtbot.waitSignal(
        window.search.remote.answered, timeout=15_000, check_params_cb=lambda t: t == number
    ):  # the server answered: it must not come back as a server hit
        type_query(qtbot, window, number)
    found = window.search.model.hit(0)
    assert found.customer_number == number and not isinstance(found, RemoteRow)
    assert window.search.model.remote_count == 0


def test_offline_no_server_rows(window: MainWindow, qtbot: QtBot, bank: Bank) -> None:
    provider = window.workspace.status
    offline = SyncStatus(
        online=False,
        phase=Phase.IDLE,
        last_sync=None,
        pending=0,
        oldest_pending=None,
        conflicts=0,
        error="the server cannot be reached",
    )
    runner = window.workspace.sync
    assert runner is not None
    runner.statusChanged.disconnect(provider.set_status)
    provider.set_status(offline)
    name, _number = elsewhere(bank, skip=2)
    asked: list[str] = []
    window.search.remote.found.connect(lambda text, rows: asked.append(text))
    type_query(qtbot, window, name)
    qtbot.waitUntil(lambda: window.search.summary.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: "found" in window.search.summary.text(), timeout=10_000)
    assert not window.search.remote.scheduled(), "offline: the server is not asked"
    assert asked == [] and remote_rows(window) == []
    assert "server" not in window.search.summary.text()


def test_queries_too_short_to_narrow_a_bank_stay_local() -> None:
    assert [worth_asking(q) for q in ("王", " 王伟 ", "li", "lin", "13", "138")] == [
        False,
        True,
        False,
        True,
        False,
        True,
    ]
