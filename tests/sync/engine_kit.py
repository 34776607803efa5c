"""Workstations for engine tests: a profile, its cache and an engine on the test server."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from client.credentials import MemoryTokens
from client.profile import Profile
from client.schema.base import utcnow
from client.schema.enums import Channel, ConsentPurpose
from client.schema.models import Consent, Customer, Product
from client.store import LocalCache
from sync.engine import SyncEngine, Transport, sign_in
from sync.server import campaigns
from sync.server.feed import PendingChange, record
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


def gold_campaign(api: Api, customer_id: uuid.UUID) -> int:
    """Product WLTH and campaign GOLD (branch BJ01, 30 days, "no {product_name} yet") on the
    server, the customer's marketing consent, and the campaigns evaluated: the offers made."""
    now = utcnow()
    with api.db.writer() as session, session.begin():
        product = Product(id=uuid.uuid4(), version=0, code="WLTH", name="Wealth", category="wealth")
        session.add(product)
        session.flush()
        record(session, [PendingChange(product, "product", "insert")], None, now)
        campaigns.add_campaign(
            session,
            "GOLD",
            name="Gold",
            product="WLTH",
            rule='branch = "BJ01"',
            priority=1,
            starts_on=now.date(),
            ends_on=now.date() + timedelta(days=30),
            reason="no {product_name} yet",
            now=now,
        )
        session.add(
            Consent(
                id=uuid.uuid4(),
                version=0,
                customer_id=customer_id,
                purpose=ConsentPurpose.MARKETING_SMS,
                granted=True,
                recorded_at=now,
                channel=Channel.COUNTER,
            )
        )
        session.flush()
        return campaigns.evaluate(session, now).created
