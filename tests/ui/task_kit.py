"""Waiting for the task layer: proof that every op asked for so far has been answered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.tasks import ReadOp, TaskManager


def drain_reads(qtbot: QtBot, tasks: TaskManager) -> None:
    """Waits until the reading thread has run, and the GUI thread has been told, every read
    asked for before this call (both run in order: a later answer cannot overtake)."""
    done: list[bool] = []
    tasks.read(ReadOp(lambda cache: True, success=done.append))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
