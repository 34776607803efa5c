"""Workstations for engine tests: a profile, its cache and an engine on the test server."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from client.credentials import MemoryTokens
from client.profile import Profile
from client.schema.models import Customer
from client.store import LocalCache
from sync.engine import SyncEngine, Transport, sign_in
from tests.sync.conftest import PASSWORD, Api, customer_fields, entry


@dataclass
class Workstation:
    cache: LocalCache
    engine: SyncEngine
    transport: Transport

    def customer(self, number: str) -> Any:
        with self.cache.session() as session:
            return session.scalars(
                select(Customer).where(Customer.customer_number == number)
            ).one_or_none()

    def close(self) -> None:
        self.engine.close()
        self.cache.close()


def workstation(api: Api, folder: Path, username: str, **engine_options: Any) -> Workstation:
    """A fresh profile in `folder`, signed in as `username` (not synced yet)."""
    profile = Profile.open(folder, create=True)
    cache = LocalCache.open(profile)
    transport = Transport("http://testserver", client=api.client)
    sign_in(cache, transport, username, PASSWORD, MemoryTokens(), device_name="test counter")
    return Workstation(cache, SyncEngine(cache, transport, **engine_options), transport)


def seed_customers(api: Api, branch: str, count: int, prefix: str = "C") -> list[uuid.UUID]:
    """`count` customers of `branch` pushed by its branch manager; returns their ids."""
    auth = api.login(f"branch_manager@{branch}")
    ids = [uuid.uuid4() for _ in range(count)]
    entries = [
        entry(
            "customer",
            cid,
            **customer_fields(api.seeded.branches[branch], f"{prefix}{branch}{i:05d}"),
        )
        for i, cid in enumerate(ids)
    ]
    for start in range(0, len(entries), 500):
        results = api.push(auth, *entries[start : start + 500])
        assert {r["status"] for r in results} == {"applied"}, results[:3]
    return ids
