"""The bulk load under the imports: its ids, and the references it refuses to break."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
import sqlalchemy.exc

from client.schema.models import ContactPoint
from sync.server.db import Database
from sync.server.imports import bulk
from sync.server.imports.bulk import BulkLoad, IdMaker
from sync.server.imports.customers import CONTACT_FIELDS
from tests.sync.conftest import seed_org
from tests.sync.imports_kit import count, feed_state

REFUSED = (RuntimeError, psycopg.Error, sqlite3.Error, sqlalchemy.exc.DBAPIError)


def test_new_ids_are_version_7_uuids_in_increasing_order() -> None:
    make = IdMaker()
    ids = [uuid.UUID(make()) for _ in range(1000)]
    assert {i.version for i in ids} == {7} and {i.variant for i in ids} == {uuid.RFC_4122}
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert abs(int(ids[0].hex[:12], 16) / 1000 - datetime.now(UTC).timestamp()) < 60
    assert uuid.UUID(IdMaker()()) != ids[0], "another import starts elsewhere"


@pytest.mark.parametrize("checked_by", ["the database", "the load itself"])
def test_a_row_naming_a_missing_row_is_refused_and_nothing_is_written(
    database_url: str, checked_by: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(database_url)
    seed_org(db)
    state = feed_state(db)
    calls: list[int] = []
    check = BulkLoad._check_references

    def spy(self: BulkLoad, first: int, last: int) -> None:
        calls.append(last - first + 1)
        check(self, first, last)

    monkeypatch.setattr(BulkLoad, "_check_references", spy)
    if checked_by == "the load itself":
        monkeypatch.setattr(bulk, "CHECK_ITSELF_FROM", 1)
    with pytest.raises(REFUSED), db.writer() as session, session.begin():
        load = BulkLoad(session, datetime.now(UTC))
        contacts = load.table(ContactPoint.__tablename__, CONTACT_FIELDS)
        contacts.insert((uuid.uuid4().hex, "phone", "mobile", "13800000000", True))
        load.flush()
        load.finish()
    assert count(db, ContactPoint) == 0 and feed_state(db) == state
    itself = checked_by == "the load itself" and db.dialect == "postgresql"
    assert calls == ([1] if itself else [])
