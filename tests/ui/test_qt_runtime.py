"""The Qt binding itself: a whole working day of slot calls must not wear out the interpreter.

PySide6 6.12.0 drops a reference to None on every call of a Python slot; on Python 3.11
(where None is not immortal) the app aborts with "none_dealloc" after some ten thousand
timer ticks or signals. A window with timers meets that in minutes.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

CALLS = 3_000


class Emitter(QObject):
    value = Signal(object)


def test_timer_slots_keep_none_alive(app: QApplication, qtbot: QtBot) -> None:
    ticks = [0]

    def tick() -> None:
        ticks[0] += 1

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(tick)
    before = sys.getrefcount(None)
    timer.start()
    qtbot.waitUntil(lambda: ticks[0] >= CALLS, timeout=30_000)
    timer.stop()
    assert sys.getrefcount(None) > before - CALLS // 10


def test_signals_from_other_threads_keep_none_alive(app: QApplication, qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(None)
    sender = threading.Thread(target=lambda: [emitter.value.emit(None) for _ in range(CALLS)])
    sender.start()
    sender.join()
    qtbot.waitUntil(lambda: len(received) == CALLS, timeout=30_000)
    received.clear()
    assert sys.getrefcount(None) > before - CALLS // 10
