"""What the window offers, the server accepts: for every role, each counter job of the Work
menu (`client.counter`) is run on a workstation of that role against a real server; a job
the window offers uploads as applied, one it does not offer is refused by the server (so
hiding it hides nothing the role could have done). Generated from the permission table."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from client import counter
from client.schema.enums import Channel, ContactKind, InteractionKind, Role
from client.schema.rows import table_codec
from client.work import Staff
from sync.server.db import Database
from tests.sync.conftest import Api
from tests.sync.engine_kit import workstation
from tests.sync.world_kit import build_world

JOBS = ("interaction", "task", "contact")
"""The jobs every role's 360 could record without a booking slot, a product or a segment."""


def _job(name: str, customer: uuid.UUID) -> counter.Job:
    if name == "interaction":
        return counter.interaction(
            customer,
            InteractionKind.VISIT,
            "offered-actions check",
            channel=Channel.COUNTER,
            notes="",
            outcome="",
        )
    if name == "task":
        return counter.task(customer, "offered-actions check", date.today() + timedelta(days=3))
    return counter.contact(customer, {ContactKind.EMAIL: "check@example.com"})


def _on_server(db: Database, table: str, row_id: uuid.UUID) -> bool:
    with db.reader() as session:
        return session.get(table_codec(table).model, row_id) is not None


@pytest.mark.parametrize("role", list(Role))
def test_offered_jobs_are_applied_and_the_others_refused(
    api: Api, tmp_path: Path, role: Role
) -> None:
    ids = build_world(api)
    customer = ids["customer@BJ01"]
    station = workstation(api, tmp_path / role.value, f"{role.value}@BJ01")
    try:
        station.engine.sync()
        user = f"{role.value}@BJ01"
        staff = Staff(api.seeded.users[user], api.seeded.branches["BJ01"])
        for name in JOBS:
            offered = counter.offered(role.value, name)
            edit = counter.save(station.cache, customer, staff, _job(name, customer))
            assert edit is not None
            report = station.engine.sync()
            applied = _on_server(api.db, edit.table, edit.row_id)
            assert applied == offered, (role, name, offered, report)
            if not offered:
                assert report.rejected >= 1, (role, name, report)
    finally:
        station.close()
