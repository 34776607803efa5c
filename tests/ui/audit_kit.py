"""A demo bank where a teller's own workstation (headless, named) viewed and changed a
customer, for the audit screens: the auditor's home and the 360's History."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from client.credentials import MemoryTokens
from client.profile import Profile
from client.reads import customer_360
from client.schema.enums import ContactKind
from client.schema.models import Customer
from client.store import LocalCache
from client.work import Staff, set_contact
from sync.engine import SyncEngine, Transport, sign_in
from sync.engine.signin import signed_in_user
from sync.replica import state
from tests.ui.online_kit import Bank
from ui.session import AppSession

TELLER_STATION = "counter 7"
NEW_PHONE = "13912345678"


@dataclass
class Trail:
    """What the teller did: on which customer, as whom, from which workstation."""

    number: str
    teller: str
    station: str = TELLER_STATION


def station(
    folder: Path, bank: Bank, username: str, branches: list[str], device_name: str
) -> AppSession:
    """A profile signed in as `username` from a workstation named `device_name`,
    replicating `branches`, synced once, with its role (as the window's sign-in makes it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        patch.setenv("GUITAI_LOG_DIR", str(folder / "logs"))
        profile = Profile.open(folder, create=True)
        cache = LocalCache.open(profile)
        transport = Transport(bank.server.url)
        sign_in(
            cache,
            transport,
            username,
            bank.server.password,
            MemoryTokens(),
            device_name=device_name,
        )
        with cache.engine.begin() as conn:
            state.put_json(conn, state.SCOPE, branches)
        engine = SyncEngine(cache, transport)
        engine.sync()
        user = signed_in_user(cache)
        assert user is not None
        staff = Staff(uuid.UUID(str(user.id)), uuid.UUID(str(user.branch_id)))
        return AppSession(
            profile, engine, staff, username=username, role=user.role, _caches=[cache]
        )


def user_of(bank: Bank, role: str, branch: str | None = None) -> str:
    """The first user of `role` (of `branch`, when given)."""
    rows = bank.query(
        "SELECT u.username FROM user_account u JOIN branch b ON b.id = u.branch_id "
        "WHERE u.role = ? AND (? IS NULL OR b.code = ?) ORDER BY u.username",
        role,
        branch,
        branch,
    )
    return str(rows[0][0])


def first_customer(bank: Bank, branch: str) -> str:
    rows = bank.query(
        "SELECT c.customer_number FROM customer c JOIN branch b ON b.id = c.home_branch_id "
        "WHERE b.code = ? AND c.deleted = 0 ORDER BY c.customer_number LIMIT 1",
        branch,
    )
    return str(rows[0][0])


def teller_views_and_changes(folder: Path, bank: Bank) -> Trail:
    """The demo teller, at workstation TELLER_STATION, opens a customer of the branch and
    sets its phone; both events and the change are uploaded."""
    branch = bank.teller_branch()
    number = first_customer(bank, branch)
    session = station(folder, bank, bank.server.teller, [branch], TELLER_STATION)
    try:
        assert session.engine is not None
        cache = session.engine.cache
        customer_360(cache, number)
        with cache.session() as db:
            customer_id = db.scalars(
                select(Customer.id).where(Customer.customer_number == number)
            ).one()
            set_contact(db, customer_id, ContactKind.PHONE, NEW_PHONE)
        report = session.engine.sync()
        assert report.pushed == 1 and report.conflicts == 0  # the contact (events not counted)
    finally:
        session.close()
    return Trail(number, bank.server.teller)
