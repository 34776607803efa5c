"""The SQLite fast path of snapshot pages answers exactly what the general path answers."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from client.schema.enums import Role
from client.schema.rows import replicated_tables
from sync.protocol import PullScope, SnapshotRequest
from sync.server import snapshot
from sync.server.auth import Actor
from tests.sync.conftest import Api
from tests.sync.world_kit import build_world

NARROWINGS = [None, ["SH01"], []]


@pytest.mark.parametrize("role", list(Role))
def test_fast_pages_match_general_pages(api: Api, role: Role) -> None:
    ids = build_world(api)
    device = uuid.uuid4()
    head = api.login(f"{role.value}@BJ01", device)
    opened = {"customer_id": str(ids["customer@BJ01"])}
    api.client.post("/v1/open", headers=head, json=opened)
    actor = Actor(uuid.uuid4(), "x", role, api.seeded.branches["BJ01"], device)
    for codes in NARROWINGS:
        narrowing = PullScope(branch_codes=codes) if codes is not None else None
        for table in replicated_tables():
            fast = _all_rows(api, actor, table, narrowing, fast=True)
            assert fast == _all_rows(api, actor, table, narrowing, fast=False), (table, codes)


def _all_rows(
    api: Api, actor: Actor, table: str, narrowing: PullScope | None, *, fast: bool
) -> tuple[list[str], list[list[Any]]]:
    """Every row of `table` by pages of two, through one path."""
    after: uuid.UUID | None = None
    rows: list[list[Any]] = []
    while True:
        request = SnapshotRequest(table=table, after_id=after, limit=2, scope=narrowing)
        with api.db.reader() as session, session.begin():
            if fast:
                page = json.loads(snapshot.page_json(session, actor, request))
            else:
                page = snapshot.page(session, actor, request).model_dump(mode="json")
        rows += page["rows"]
        after = page["last_id"] or after
        if not page["has_more"]:
            return page["columns"], rows
