"""The bulk load stores every value as the ORM would: each imported row is found again by
each of its own values (a date or a time stored in another format would not be)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import JSON, select

from client.schema.models import Base
from sync.server.db import Database
from sync.server.imports import bulk
from sync.server.imports.run import import_csv
from tests.sync.conftest import seed_org
from tests.sync.imports_kit import add_reference_data, load_customers, write
from tests.sync.test_imports_relationship import (
    ACCOUNTS,
    EXTERNAL,
    INTERACTIONS,
    RELATIONSHIPS,
)

TABLES = (
    "customer",
    "contact_point",
    "account",
    "account_holder",
    "party_relationship",
    "interaction",
    "external_record",
)


@pytest.fixture
def db(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Every kind of file imported; on PostgreSQL, with the load checking its own
    references (`bulk.CHECK_ITSELF_FROM`), as a large file would."""
    monkeypatch.setattr(bulk, "CHECK_ITSELF_FROM", 1)
    database = Database(database_url)
    seed_org(database)
    add_reference_data(database)
    load_customers(database, tmp_path)
    for kind, text in (
        ("accounts", ACCOUNTS),
        ("relationships", RELATIONSHIPS),
        ("interactions", INTERACTIONS),
        ("external", EXTERNAL),
    ):
        import_csv(database, kind, Path(write(tmp_path, f"{kind}.csv", text)))  # type: ignore[arg-type]
    return database


@pytest.mark.parametrize("name", TABLES)
def test_each_imported_row_is_found_by_each_of_its_values(db: Database, name: str) -> None:
    table = Base.metadata.tables[name]
    with db.reader() as session:
        rows = session.execute(select(table)).mappings().all()
        assert rows, f"the imports wrote {name} rows"
        for row in rows:
            for column in table.c:
                value = row[column.name]
                if isinstance(column.type, JSON):
                    continue
                match = column.is_(None) if value is None else column == value
                found = session.execute(select(table.c.id).where(match)).scalars().all()
                assert row["id"] in found, f"{name}.{column.name} = {value!r} is not found"
