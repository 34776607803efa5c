"""The pull cursor never skips a change that committed late (concurrent writers)."""

from __future__ import annotations

import sys
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import pytest
from sqlalchemy import select, text

from client.schema.enums import Role
from client.schema.models import Customer
from sync.protocol import OutboxEntry, PullRequest
from sync.server import db as db_module
from sync.server import feed
from sync.server.auth import Actor
from sync.server.db import Database
from sync.server.pull import pull
from sync.server.push import Pusher
from tests.sync.conftest import customer_fields, seed_org

WRITERS = 4
PUSHES_PER_WRITER = 15


def _actors(db: Database) -> tuple[Actor, Actor, uuid.UUID]:
    """A teller who writes BJ01's customers, a head-office user who reads them, BJ01's id."""
    seeded = seed_org(db)
    branch = seeded.branches["BJ01"]
    teller, reader = (
        Actor(seeded.users[f"{role.value}@BJ01"], role.value, role, branch, uuid.uuid4())
        for role in (Role.TELLER, Role.HEAD_OFFICE)
    )
    return teller, reader, branch


def _customer_entry(branch: uuid.UUID) -> OutboxEntry:
    number = f"C{uuid.uuid4().hex[:12]}"
    return OutboxEntry.model_validate(
        {
            "entry_id": uuid.uuid4(),
            "table": "customer",
            "row_id": uuid.uuid4(),
            "op": "insert",
            "changed": customer_fields(branch, number),
        }
    )


def _push(db: Database, actor: Actor, entries: list[OutboxEntry]) -> None:
    with db.writer() as session, session.begin():
        results = Pusher(session, actor, datetime.now(UTC)).run(entries)
    assert [r.status for r in results] == ["applied"] * len(entries)


def _pull_customers(db: Database, actor: Actor, cursor: int) -> tuple[set[uuid.UUID], int]:
    seen: set[uuid.UUID] = set()
    while True:
        with db.reader() as session, session.begin():
            page = pull(session, actor, PullRequest(cursor=cursor, limit=7))
        seen |= {uuid.UUID(c.row["id"]) for c in page.changes if c.table == "customer"}
        cursor = page.next_cursor
        if not page.has_more:
            return seen, cursor


@pytest.fixture
def db(database_url: str) -> Database:
    return Database(database_url)


def test_racing_writers_and_a_puller_lose_nothing(db: Database) -> None:
    if db.dialect != "postgresql":
        pytest.skip("the race matters on PostgreSQL; SQLite has a single writer")
    actor, reader, branch = _actors(db)
    done = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(PUSHES_PER_WRITER):
                _push(db, actor, [_customer_entry(branch) for _ in range(3)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(WRITERS)]
    for t in threads:
        t.start()
    pulled: set[uuid.UUID] = set()
    cursor = 0
    pulls = 0
    while any(t.is_alive() for t in threads):
        seen, cursor = _pull_customers(db, reader, cursor)
        pulled |= seen
        pulls += 1
    for t in threads:
        t.join()
    done.set()
    seen, cursor = _pull_customers(db, reader, cursor)
    pulled |= seen
    assert not errors
    with db.reader() as session:
        committed = set(session.scalars(select(Customer.id)))
    assert len(committed) == WRITERS * PUSHES_PER_WRITER * 3
    assert pulled == committed, f"{len(committed - pulled)} committed changes never pulled"
    assert pulls > 1
    db.dispose()


def _blocked(db: Database, thread: threading.Thread) -> bool:
    """True while `thread`'s writing transaction waits for the lock another one holds: on
    PostgreSQL a backend waiting to take feed versions (the counter row's lock), on SQLite
    the thread inside BEGIN IMMEDIATE (the database's single write lock)."""
    if db.dialect == "postgresql":
        with db.reader() as session:
            waiting = session.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database() AND pid <> pg_backend_pid() "
                    "AND query LIKE '%server_feed_counter%'"
                )
            ).scalar_one()
        return bool(waiting)
    frame: FrameType | None = sys._current_frames().get(thread.ident or -1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_begin" and Path(code.co_filename) == Path(db_module.__file__):
            return True
        frame = frame.f_back
    return False


def _until(done: Callable[[], bool], what: str) -> None:
    """Waits for a condition of the database's own (a lock wait) to hold; fails after 30 s."""
    deadline = time.monotonic() + 30
    while not done():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def test_a_late_commit_is_not_skipped(db: Database) -> None:
    """T1 takes its version and holds it; T2 must wait for T1; pulls never pass T1."""
    actor, reader, branch = _actors(db)
    _, start = _pull_customers(db, reader, 0)
    t1 = db.writer()
    t1.begin()
    first = _customer_entry(branch)
    Pusher(t1, actor, datetime.now(UTC)).run([first])  # versions taken
    t2_done = threading.Event()
    second = _customer_entry(branch)

    def t2() -> None:
        _push(db, actor, [second])
        t2_done.set()

    thread = threading.Thread(target=t2)
    thread.start()
    _until(lambda: _blocked(db, thread), "the second writer waits for the first")
    seen, cursor = _pull_customers(db, reader, start)
    assert (seen, cursor) == (set(), start), "a pull passed an uncommitted version"
    assert _blocked(db, thread) and not t2_done.is_set(), (
        "a second writer got past the first before it committed"
    )
    t1.commit()
    t1.close()
    thread.join(timeout=30)
    assert t2_done.is_set()
    with db.reader() as session:
        ordered = session.scalars(select(Customer.id).order_by(Customer.version)).all()
        latest = feed.latest_version(session)
    assert ordered == [first.row_id, second.row_id], "the late commit keeps the earlier version"
    seen, cursor = _pull_customers(db, reader, start)
    assert seen == set(ordered)
    assert cursor == latest
    db.dispose()
