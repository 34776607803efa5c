"""Upgrades without loss: caches written by earlier releases open with this one, backed up
first when their schema changes, with their pending edits, conflicts and search intact.

The caches are in tests/client/fixtures/cache-<schema>/, written by each release's own code
(see make_cache_fixture.py there).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from client import migrations
from client.cache_backup import backups_of
from client.conflicts import list_issues
from client.profile import Profile
from client.schema.models import Customer
from client.search.query import search_customers
from client.store import LocalCache
from sync.engine.engine import SyncEngine
from sync.engine.transport import Transport

FIXTURES = Path(__file__).parent / "fixtures"
OUTBOX_COLUMNS = (
    "entry_id",
    "table_name",
    "row_id",
    "op",
    "base_version",
    "changed",
    "shadow",
    "customer_id",
    "created_at",
)
"""As make_cache_fixture.py records them: the stored values an upgrade must keep."""
CACHES = sorted(p for p in FIXTURES.glob("cache-*") if (p / "fixture.json").exists())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes | bytearray) else value


@pytest.fixture(params=CACHES, ids=[p.name for p in CACHES])
def fixture_dir(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


@pytest.fixture
def manifest(fixture_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((fixture_dir / "fixture.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def upgraded(fixture_dir: Path, tmp_path: Path) -> Iterator[LocalCache]:
    """The fixture's profile, copied, opened (and so upgraded) by the current code."""
    folder = tmp_path / fixture_dir.name
    shutil.copytree(fixture_dir, folder)
    with LocalCache.open(Profile.open(folder)) as cache:
        yield cache


def test_there_is_a_fixture_of_the_previous_schema_with_pending_edits() -> None:
    schemas = {json.loads((p / "fixture.json").read_text("utf-8"))["schema"]: p for p in CACHES}
    assert {"0001", "0002"} <= set(schemas)
    previous = json.loads((schemas["0002"] / "fixture.json").read_text("utf-8"))
    assert previous["outbox"] and previous["issues"]


def test_fixtures_are_small_and_checkpointed() -> None:
    for folder in CACHES:
        names = {p.name for p in folder.iterdir()}
        assert {"profile.json", "cache.db", "dev-cache-key.hex"} <= names, folder
        assert not any(n.endswith(("-wal", "-shm", ".bak")) for n in names), folder
        assert sum(p.stat().st_size for p in folder.iterdir()) < 1_000_000, folder


def test_the_cache_is_at_the_current_schema(upgraded: LocalCache) -> None:
    assert migrations.current_revision(upgraded.engine) == migrations.head_revision()


def test_an_older_schema_is_backed_up_byte_for_byte_before_the_upgrade(
    fixture_dir: Path, manifest: dict[str, Any], upgraded: LocalCache
) -> None:
    backups = backups_of(upgraded.profile.cache_path)
    if manifest["schema"] == migrations.head_revision():
        assert backups == []
        return
    (backup,) = backups
    assert backup.name.startswith(f"cache.db.before-{manifest['schema']}-")
    assert digest(backup) == digest(fixture_dir / "cache.db")


def test_the_customers_are_there_and_found_by_search(
    manifest: dict[str, Any], upgraded: LocalCache
) -> None:
    with upgraded.session() as session:
        numbers = set(session.scalars(select(Customer.customer_number)))
    assert numbers == set(manifest["customers"])
    hits = search_customers(upgraded, manifest["search"]["query"])
    assert manifest["search"]["customer_number"] in [h.customer_number for h in hits]


def test_pending_edits_are_still_pending_and_unchanged(
    manifest: dict[str, Any], upgraded: LocalCache
) -> None:
    expected: list[dict[str, Any]] = manifest["outbox"]
    columns = ", ".join(OUTBOX_COLUMNS)
    with upgraded.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {columns} FROM outbox ORDER BY seq")).all()
    found = [dict(zip(OUTBOX_COLUMNS, map(stored, row), strict=True)) for row in rows]
    assert found == expected


def test_unresolved_conflicts_are_still_listed(
    manifest: dict[str, Any], upgraded: LocalCache
) -> None:
    with upgraded.session() as session:
        issues = list_issues(session)
    assert [str(i.entry_id) for i in issues] == manifest["issues"]
    assert all(i.kind == "conflict" and [f.name for f in i.fields] == ["value"] for i in issues)


def test_the_sync_engine_counts_the_pending_edits_and_conflicts(
    manifest: dict[str, Any], upgraded: LocalCache
) -> None:
    transport = Transport("http://127.0.0.1:9")
    engine = SyncEngine(upgraded, transport)
    try:
        status = engine.status()
    finally:
        engine.close()
        transport.close()
    assert status.pending == len(manifest["outbox"])
    assert status.conflicts == len(manifest["issues"])


NEXT_RELEASE_MIGRATION = '''"""a column the next release adds

Revision ID: 9003
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9003"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("next_release_note", sa.Text(), nullable=True))
'''


def test_a_migration_after_this_release_keeps_the_outbox_and_the_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The newest fixture through one more migration, as the next release will run it."""
    newest = max(CACHES, key=lambda p: p.name)
    manifest = json.loads((newest / "fixture.json").read_text(encoding="utf-8"))
    history = tmp_path / "migrations"
    shutil.copytree(
        Path(migrations.__file__).parent, history, ignore=shutil.ignore_patterns("__pycache__")
    )
    head = migrations.head_revision()
    (history / "versions" / "9003_next_release.py").write_text(
        NEXT_RELEASE_MIGRATION.replace("{head}", head), encoding="utf-8"
    )
    monkeypatch.setattr(migrations, "HISTORY", replace(migrations.HISTORY, folder=history))
    folder = tmp_path / newest.name
    shutil.copytree(newest, folder)

    with LocalCache.open(Profile.open(folder)) as cache:
        assert migrations.current_revision(cache.engine) == "9003"
        (backup,) = backups_of(cache.profile.cache_path)
        assert digest(backup) == digest(newest / "cache.db")
        columns = ", ".join(OUTBOX_COLUMNS)
        with cache.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {columns} FROM outbox ORDER BY seq")).all()
        with cache.session() as session:
            issues = list_issues(session)
    assert [dict(zip(OUTBOX_COLUMNS, map(stored, r), strict=True)) for r in rows] == manifest[
        "outbox"
    ]
    assert [str(i.entry_id) for i in issues] == manifest["issues"]
