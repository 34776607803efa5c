"""The change feed: every accepted change gets the next feed version, in commit order.

The problem: with a plain sequence, two PostgreSQL transactions can take versions 10 and
11 and commit 11 first; a pull between the two commits would hand out 11, the client would
store cursor 11, and 10 would never reach it.

The design: versions are assigned by `record`, the LAST step of every writing
transaction, under the row lock of a single counter row (`UPDATE server_feed_counter SET
value = value + n ... RETURNING value`). The lock is held until the transaction commits,
so a second writer cannot take its versions before the first one has committed, and
PostgreSQL makes a commit visible before it releases its locks. Hence versions become
visible in strictly increasing order: whenever a reader sees version v committed, every
version below v is committed too (or was never handed out), and `seq > cursor ORDER BY seq`
never skips a late commit. Aborted transactions return their versions with the counter
update, so the feed has no holes either. The cost is that commits of writing transactions
are serialised for the short time between taking the counter and committing: the row work,
validation and conflict checks of concurrent pushes still run in parallel. SQLite has a
single writer (BEGIN IMMEDIATE), which gives the same order trivially.

Each entry records which fields changed and their values before the change (`before`), so
a push can tell which fields others changed since its base version, and what they were.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from sync.server.tables import change_log, feed_counter

NOTIFY_CHANNEL = "guitai_feed"


@dataclass
class PendingChange:
    """A change made in the current transaction, waiting for its feed version."""

    obj: Any
    table: str
    op: str
    before: dict[str, Any] = field(default_factory=dict)
    seq: int | None = None


def version_id_prefix(now: datetime) -> str:
    """The first 17 hex digits of a UUIDv7 (RFC 9562) of `now`: 48 bits of milliseconds,
    the version, 12 random bits and the variant; `version_id_sql` ends it with a feed
    version."""
    millis = int(now.timestamp() * 1000) & (2**48 - 1)
    return f"{millis:012x}7{secrets.randbits(12):03x}8"


def version_id_sql(prefix: str, version: str) -> str:
    """PostgreSQL: the id made of the `version_id_prefix` bound as `prefix` (a parameter
    placeholder) and the feed version the SQL expression `version` gives, as its last 15
    hex digits. A bulk writer gets ids that are unique (a version is handed out once) and
    ascend, so that its rows go to the end of the table's and the feed's indexes instead of
    to a random page of each."""
    return f"CAST({prefix} || lpad(to_hex({version}), 15, '0') AS uuid)"


def take_versions(session: Session, count: int) -> int:
    """Reserves `count` feed versions under the counter's row lock; returns the first one."""
    last = session.execute(
        update(feed_counter)
        .where(feed_counter.c.id == 1)
        .values(value=feed_counter.c.value + count)
        .returning(feed_counter.c.value)
    ).scalar_one()
    return int(last) - count + 1


def record(
    session: Session, changes: Sequence[PendingChange], device_id: uuid.UUID | None, now: datetime
) -> int | None:
    """Stamps the changed rows with their feed versions and logs them; call it last.

    Returns the highest version handed out, or None when there was nothing to record.
    """
    if not changes:
        return None
    session.flush()
    first = take_versions(session, len(changes))
    rows = []
    for offset, change in enumerate(changes):
        change.seq = first + offset
        change.obj.version = change.seq
        change.obj.updated_at = now
        rows.append(
            {
                "seq": change.seq,
                "table_name": change.table,
                "row_id": change.obj.id,
                "op": change.op,
                "before": change.before,
                "device_id": device_id,
                "committed_at": now,
            }
        )
    session.flush()
    session.execute(insert(change_log), rows)
    last = first + len(changes) - 1
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {
                "channel": NOTIFY_CHANNEL,
                "payload": str(last),
            },
        )
    return last


def latest_version(session: Session) -> int:
    """The highest committed feed version."""
    return int(
        session.execute(select(feed_counter.c.value).where(feed_counter.c.id == 1)).scalar_one()
    )


@dataclass(frozen=True)
class FeedEntry:
    seq: int
    table: str
    row_id: uuid.UUID


def entries_after(session: Session, cursor: int, limit: int) -> list[FeedEntry]:
    """Up to `limit` feed entries after `cursor`, oldest first."""
    rows = session.execute(
        select(change_log.c.seq, change_log.c.table_name, change_log.c.row_id)
        .where(change_log.c.seq > cursor)
        .order_by(change_log.c.seq)
        .limit(limit)
    )
    return [FeedEntry(int(seq), table, row_id) for seq, table, row_id in rows]


@dataclass(frozen=True)
class RowHistory:
    """What happened to one row after a base version."""

    changed_by_others: frozenset[str]
    at_base: dict[str, Any]
    """JSON value at the base version of each field changed since then."""


def history_since(
    session: Session, table: str, row_id: uuid.UUID, base: int, device_id: uuid.UUID | None
) -> RowHistory:
    """Fields changed after `base` by devices other than `device_id`, and their base values."""
    rows = session.execute(
        select(change_log.c.before, change_log.c.device_id)
        .where(
            change_log.c.table_name == table,
            change_log.c.row_id == row_id,
            change_log.c.seq > base,
        )
        .order_by(change_log.c.seq)
    )
    others: set[str] = set()
    at_base: dict[str, Any] = {}
    for before, device in rows:
        for name, value in (before or {}).items():
            at_base.setdefault(name, value)
            if device != device_id:
                others.add(name)
    return RowHistory(frozenset(others), at_base)


def max_seq(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(change_log.c.seq), 0))).scalar_one())
