"""A small bank for scope tests: in each branch a customer with its relationship rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from client.schema.models import ContactPoint
from tests.sync.conftest import Api, customer_fields, entry, iso

BRANCHES = ("BJ01", "SH01")


def build_world(api: Api) -> dict[str, uuid.UUID]:
    """Per branch code X: customer@X with contact, interaction, account, holder, household."""
    ids: dict[str, uuid.UUID] = {"product": uuid.uuid4()}
    head = api.login("head_office@BJ01")
    product = entry(
        "product",
        ids["product"],
        code="SAV",
        name="Savings",
        category="savings",
        is_liability=True,
    )
    assert api.push(head, product)[0]["status"] == "applied"
    for n, code in enumerate(BRANCHES):
        manager = api.login(f"branch_manager@{code}")
        branch = api.seeded.branches[code]
        names = ("customer", "contact", "interaction", "account", "holder", "household", "member")
        row = {name: uuid.uuid4() for name in names}
        now = datetime.now(UTC)
        fields = customer_fields(
            branch,
            f"C{n}000{n}",
            legal_name=f"王{code}",
            name_latin=f"Wang {code}",
            national_id=f"11010119800101{n}23X",
        )
        entries: list[dict[str, Any]] = [
            entry("customer", row["customer"], **fields),
            entry(
                ContactPoint.__tablename__,
                row["contact"],
                customer_id=str(row["customer"]),
                kind="phone",
                value=f"1380000{n}567",
            ),
            entry(
                "interaction",
                row["interaction"],
                customer_id=str(row["customer"]),
                kind="visit",
                channel="counter",
                occurred_at=iso(now),
                subject="hello",
            ),
            entry(
                "account",
                row["account"],
                account_number=f"6222{n}0001",
                product_id=str(ids["product"]),
                branch_id=str(branch),
                currency="CNY",
                status="open",
                opened_on="2024-01-02",
            ),  # its balance is the import's: it starts at zero
            entry(
                "account_holder",
                row["holder"],
                account_id=str(row["account"]),
                customer_id=str(row["customer"]),
                role="primary",
            ),
            entry("household", row["household"], name=f"Wang family {code}"),
            entry(
                "household_member",
                row["member"],
                household_id=str(row["household"]),
                customer_id=str(row["customer"]),
                role="head",
            ),
        ]
        results = api.push(manager, *entries)
        assert [r["status"] for r in results] == ["applied"] * len(entries), results
        ids |= {f"{name}@{code}": value for name, value in row.items()}
    return ids


def relationship_of(ids: dict[str, uuid.UUID], code: str) -> set[uuid.UUID]:
    """The ids of every row of the customer of branch `code`."""
    return {v for k, v in ids.items() if k.endswith(f"@{code}")}
