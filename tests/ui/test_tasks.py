"""The task layer: answers on the GUI thread, stale answers dropped, a deleted asker not
called, errors routed (a refusal's words as they are, a bug logged and said generically)."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from client.errors import UsageError
from client.outbox import Edit
from client.profile import Profile
from client.store import LocalCache
from tests.ui.task_kit import drain_reads
from ui.tasks import LocalEdit, NetworkOp, ReadOp, TaskManager, WriteOp, cancelled, report


@pytest.fixture
def tasks(demo_profile: Profile) -> Iterator[TaskManager]:
    manager = TaskManager(demo_profile)
    yield manager
    manager.shutdown()


def test_a_read_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, tasks: TaskManager) -> None:
    ran_in: list[str] = []
    answers: list[tuple[int, bool]] = []

    def read(cache: LocalCache) -> int:
        ran_in.append(threading.current_thread().name)
        with cache.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM customer").scalar_one())

    def done(count: int) -> None:
        answers.append((count, threading.current_thread() is threading.main_thread()))

    tasks.read(ReadOp(read, success=done))
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    ((count, on_gui_thread),) = answers
    assert count > 0 and on_gui_thread
    assert ran_in[0].startswith("cache-reader")


def test_a_newer_op_of_the_same_key_drops_the_older_answer(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    gate = threading.Event()
    answers: list[str] = []
    tasks.read(ReadOp(lambda cache: gate.wait(10) and "old", success=answers.append, key="q"))
    tasks.read(ReadOp(lambda cache: "new", success=answers.append, key="q"))
    gate.set()
    qtbot.waitUntil(lambda: "new" in answers, timeout=10_000)
    drain_reads(qtbot, tasks)
    assert answers == ["new"]


def test_a_cancelled_key_drops_its_answers_and_tells_the_op(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    gate = threading.Event()
    answers: list[object] = []
    noticed: list[bool] = []

    def run(cache: LocalCache) -> str:
        gate.wait(10)
        noticed.append(cancelled())
        return "late"

    tasks.read(ReadOp(run, success=answers.append, key="q"))
    tasks.cancel("q")
    gate.set()
    drain_reads(qtbot, tasks)
    assert answers == [] and noticed in ([], [True])


def test_no_callback_once_the_asker_is_deleted(qtbot: QtBot, tasks: TaskManager) -> None:
    gate = threading.Event()
    answers: list[str] = []
    owner = QObject()
    tasks.read(ReadOp(lambda cache: gate.wait(10) and "x", success=answers.append, owner=owner))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5_000)
    gate.set()
    drain_reads(qtbot, tasks)
    assert answers == []


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def test_a_refusal_reaches_the_caller_in_its_own_words(
    qtbot: QtBot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[str] = []

    def refuse() -> None:
        raise UsageError("phone: please fill it in")

    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        tasks.network(NetworkOp(refuse, failure=failures.append))
        qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert failures == ["phone: please fill it in"]
    assert not caplog.records, "a refusal is not a bug: nothing logged"


def test_a_bug_is_logged_with_its_traceback_and_said_generically(
    qtbot: QtBot, tasks: TaskManager, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[str] = []

    def crash() -> None:
        raise KeyError("secret detail")

    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        tasks.network(NetworkOp(crash, failure=failures.append, what="a test job"))
        qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert "internal error" in failures[0] and "secret detail" not in failures[0]
    assert caplog.records[0].exc_info is not None
    assert "a test job failed" in caplog.records[0].getMessage()


def test_progress_comes_to_the_gui_thread_in_order(qtbot: QtBot, tasks: TaskManager) -> None:
    steps: list[int] = []
    done: list[bool] = []

    def run() -> bool:
        for step in range(3):
            report(step)
        return True

    tasks.network(NetworkOp(run, success=done.append, progress=steps.append))
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert steps == [0, 1, 2]


def test_a_write_tells_who_listens_which_customers_and_edits_it_saved(
    qtbot: QtBot, tasks: TaskManager
) -> None:
    customer = uuid.uuid4()
    edit = Edit(uuid.uuid4(), "interaction", uuid.uuid4())
    with qtbot.waitSignal(tasks.editSaved, timeout=10_000) as saved:
        tasks.write(WriteOp(lambda cache: edit, customers=frozenset({customer})))
    assert saved.args == [LocalEdit(frozenset({customer}), (edit,))]
