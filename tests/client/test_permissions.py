"""The window's side of the permission table: offered actions and masking."""

from __future__ import annotations

from client.counter import WORK_TABLES, offered
from client.schema.enums import Role
from client.schema.models import ContactPoint
from client.schema.permissions import Action, masks, may


def test_the_work_menu_offers_what_the_role_may_create() -> None:
    assert all(offered(Role.TELLER, job) for job in WORK_TABLES)
    assert [j for j in WORK_TABLES if offered(Role.CALL_CENTRE_AGENT, j)] == [
        "interaction",
        "refer",  # the opportunity passed on with a booking
        "book",
    ]
    assert not any(
        offered(role, job) for role in (Role.AUDITOR, Role.HEAD_OFFICE) for job in WORK_TABLES
    )
    assert offered(None, "refer"), "a demo profile without a sign-in records as the teller"


def test_masking_follows_the_unmask_grants() -> None:
    assert not masks(Role.TELLER, "customer", "national_id")
    assert masks(Role.HEAD_OFFICE, "customer", "national_id")
    assert masks(Role.CALL_CENTRE_AGENT, "account", "account_number")
    assert not masks(Role.CALL_CENTRE_AGENT, ContactPoint.__tablename__, "value")
    assert masks(None, "customer", "national_id"), "nobody signed in: masked"
    assert not masks(Role.HEAD_OFFICE, "customer", "legal_name"), "only MASKED fields are masked"
    assert may("auditor", "account", Action.UNMASK, "account_number")
