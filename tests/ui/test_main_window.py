"""The teller's main window: search as you type, open the 360, Ctrl+F, language, status."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from client.store import LocalCache
from sync.status import Phase, SyncStatus
from tests.ui.task_kit import drain_reads
from ui.i18n import starting_language
from ui.mainwindow import MainWindow


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10_000)


def test_search_box_has_focus_at_start(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.search.box.hasFocus(), timeout=5_000)


def test_typing_shows_results_and_enter_opens_the_360(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "zhang")
    first = window.search.model.hit(0)
    assert all("ZHANG" in window.search.model.hit(r).name_latin.upper() for r in range(3))
    assert "found" in window.search.summary.text()

    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customer.view is not None, timeout=10_000)

    view = window.customer.view
    assert view is not None and view.customer_number == first.customer_number
    assert window.customer.name.text().startswith(view.name)
    assert window.customer.accounts_model.rowCount() == len(view.accounts) > 0
    assert "*" in window.customer.accounts_model.index(0, 0).data()  # masked
    assert len(window.customer.chart.chart().series()) == 1
    bars = window.customer.chart.chart().series()[0]
    assert isinstance(bars, QBarSeries) and bars.count() == 3


def test_a_double_click_opens_the_customer_under_it(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "wang")
    table = window.search.results
    rect = table.visualRect(window.search.model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wanted = window.search.model.hit(1).customer_number
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == wanted,
        timeout=10_000,
    )


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot: QtBot) -> None:
    search(qtbot, window, "li")
    window.search.results.setFocus()
    qtbot.waitUntil(lambda: window.search.results.hasFocus(), timeout=5_000)
    qtbot.keyClick(window.search.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.box.hasFocus(), timeout=5_000)
    assert window.search.box.selectedText() == "li"


def test_a_stale_answer_is_dropped(window: MainWindow, qtbot: QtBot) -> None:
    answers: list[str] = []
    window.cache.searched.connect(lambda text, hits: answers.append(text))
    window.cache.search("li")
    window.cache.search("zhang")
    qtbot.waitUntil(lambda: "zhang" in answers, timeout=10_000)
    drain_reads(qtbot, window.workspace.tasks)  # an answer to "li" would have come by now
    assert answers == ["zhang"]


def test_switching_language_retranslates_live(window: MainWindow, qtbot: QtBot) -> None:
    assert window.customer.contact_box.title() == "Contact"
    window.switch_language("zh_CN")
    qtbot.waitUntil(lambda: window.customer.contact_box.title() == "联系方式", timeout=5_000)
    assert window.settings_menu.title() == "设置(&S)"
    assert window.sync_status.connection.text() == "● 离线"
    assert window.search.box.placeholderText().startswith("搜索")
    assert window.language_actions["zh_CN"].isChecked()
    window.switch_language("zh_TW")
    qtbot.waitUntil(lambda: window.customer.accounts_box.title() == "帳戶", timeout=5_000)
    window.switch_language("en")
    qtbot.waitUntil(lambda: window.customer.contact_box.title() == "Contact", timeout=5_000)


def test_the_chosen_language_is_used_at_the_next_start(window: MainWindow) -> None:
    window.switch_language("zh_TW")
    assert starting_language(None, "en") == "zh_TW"
    assert starting_language("zh_CN", "en") == "zh_CN"  # --language still wins
    window.switch_language("en")
    assert starting_language(None, "zh_CN") == "en"


def test_the_status_bar_follows_the_provider(window: MainWindow) -> None:
    assert "Offline" in window.sync_status.connection.text()
    provider = window.workspace.status
    provider.set_status(
        SyncStatus(
            online=True,
            phase=Phase.IDLE,
            last_sync=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            pending=3,
            oldest_pending=None,
            conflicts=1,
        )
    )
    assert "Online" in window.sync_status.connection.text()
    assert window.sync_status.pending.text() == "Pending uploads: 3"
    assert window.sync_status.conflicts.text() == "Conflicts: 1"
    assert "2026-03-01" in window.sync_status.last_sync.text()


def test_clicking_a_related_party_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    with LocalCache.open(window.profile) as cache, cache.engine.connect() as conn:
        number = conn.exec_driver_sql(
            "SELECT c.customer_number FROM party_relationship r "
            "JOIN customer c ON c.id = r.from_customer_id WHERE r.deleted = 0 LIMIT 1"
        ).scalar_one()
    window.open_customer(number)
    qtbot.waitUntil(lambda: window.customer.related_model.rowCount() > 0, timeout=10_000)
    other = window.customer.related_model.row_at(0).customer_number
    table = window.customer.related
    rect = table.visualRect(window.customer.related_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: window.customer.view is not None and window.customer.view.customer_number == other,
        timeout=10_000,
    )
