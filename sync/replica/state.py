"""Sync facts kept in the cache (`cache_meta`), written in the caller's transaction."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from client.schema.local import cache_meta
from sync.protocol import PullScope

CURSOR = "sync.cursor"
SNAPSHOT = "sync.snapshot"
SNAPSHOT_FILE = "sync.snapshot_file"
"""The initial sync under way: feed version, tables, position (JSON)."""
SERVER_URL = "sync.server_url"
DEVICE_ID = "sync.device_id"
USER = "sync.user"
SCOPE = "sync.scope"
"""Branch codes this workstation replicates (JSON list), or absent for the user's whole scope."""
LAST_SYNC = "sync.last_sync"
LAST_CONTACT = "sync.last_contact"
LAST_ERROR = "sync.last_error"
INDEX_DIRTY = "sync.index_dirty"
BULK_INDEXES = "sync.bulk_indexes"
"""Indexes dropped for the initial sync's bulk load, to create again at its end (JSON)."""
VERIFIER = "auth.offline_verifier"


def get(conn: Connection, key: str) -> str | None:
    value: str | None = conn.execute(
        select(cache_meta.c.value).where(cache_meta.c.key == key)
    ).scalar_one_or_none()
    return value


def put(conn: Connection, key: str, value: str) -> None:
    statement = insert(cache_meta).values(key=key, value=value)
    conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def remove(conn: Connection, key: str) -> None:
    conn.execute(delete(cache_meta).where(cache_meta.c.key == key))


def get_json(conn: Connection, key: str) -> Any:
    text = get(conn, key)
    return None if text is None else json.loads(text)


def put_json(conn: Connection, key: str, value: Any) -> None:
    put(conn, key, json.dumps(value, ensure_ascii=False))


def get_time(conn: Connection, key: str) -> datetime | None:
    text = get(conn, key)
    return None if text is None else datetime.fromisoformat(text)


def put_time(conn: Connection, key: str, moment: datetime) -> None:
    put(conn, key, moment.isoformat())


def cursor(conn: Connection) -> int | None:
    text = get(conn, CURSOR)
    return None if text is None else int(text)


def pull_scope(conn: Connection) -> PullScope | None:
    """The narrowing stored under `SCOPE`, as pull and snapshot requests carry it."""
    codes = get_json(conn, SCOPE)
    return None if codes is None else PullScope(branch_codes=list(codes))
