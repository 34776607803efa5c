"""One-off jobs off the GUI thread (sign-in, unlock checks) that answer back on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot


class _Relay(QObject):
    """Carries one job's outcome from its thread to the GUI thread (a queued signal)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, value: object) -> None:
        _pending.discard(self)
        if shiboken6.isValid(self._owner):
            self._on_done(value)

    @Slot(object)
    def _deliver_failed(self, exc: object) -> None:
        _pending.discard(self)
        if shiboken6.isValid(self._owner) and isinstance(exc, BaseException):
            self._on_failed(exc)


_pending: set[_Relay] = set()
"""Relays whose answer is still on its way: kept alive until it is delivered."""


def run_in_background(
    job: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    owner: QObject,
    name: str = "background",
) -> threading.Thread:
    """Runs `job` in a thread; `done(result)` or `failed(exception)` runs on the GUI thread
    (not at all once `owner` has been deleted)."""
    relay = _Relay(owner, done, failed)
    _pending.add(relay)

    def run() -> None:
        try:
            result = job()
        except Exception as exc:
            relay.failed.emit(exc)
            return
        relay.done.emit(result)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread
