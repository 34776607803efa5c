"""A small deterministic demo bank for the server (`guitai-server seed-demo`).

The workstation demo generator (`client.demo`) writes an encrypted client cache; this
module makes the same kind of rows directly on the server, through the change feed, so
that clients pull them: branches, segments, products, one RM per branch with an available
calendar, and per customer a phone number, a savings account and twelve months of history.
Running it again adds customers after the last demo customer number.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from client.schema.enums import (
    AccountStatus,
    CalendarBlockKind,
    ContactKind,
    CustomerKind,
    HolderRole,
    ProductCategory,
    ProductFamily,
    ProductLine,
    Role,
)
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Branch,
    CalendarBlock,
    ContactPoint,
    Customer,
    Product,
    Segment,
    User,
)
from sync.server.db import Database
from sync.server.feed import PendingChange, record

BRANCHES = (("BJ01", "北京分行营业部", "Beijing"), ("SH01", "上海分行", "Shanghai"))
SEGMENTS = (("MASS", "大众客户"), ("AFFLUENT", "财富客户"), ("PRIVATE", "私人银行"))
PRODUCTS = (
    ("SAV", "活期储蓄", ProductCategory.SAVINGS, ProductFamily.DEPOSIT, ProductLine.RETAIL),
    ("TD12", "一年定期", ProductCategory.TIME_DEPOSIT, ProductFamily.DEPOSIT, ProductLine.RETAIL),
)
SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang")
GIVEN = ("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Yong", "Jie", "Tao")
CHUNK = 2_000


def _new(model: type[Any], **values: Any) -> Any:
    return model(id=uuid.uuid4(), version=0, deleted=False, **values)


def _reference(session: Session, now: datetime, pending: list[PendingChange]) -> dict[str, Any]:
    """Branches, segments, products and RMs, created once; returns them by code."""
    refs: dict[str, Any] = {}
    for code, name, city in BRANCHES:
        branch = session.scalars(select(Branch).where(Branch.code == code)).first()
        if branch is None:
            branch = _new(Branch, code=code, name=name, city=city)
            session.add(branch)
            pending.append(PendingChange(branch, "branch", "insert"))
        refs[code] = branch
    for code, name in SEGMENTS:
        segment = session.scalars(select(Segment).where(Segment.code == code)).first()
        if segment is None:
            segment = _new(Segment, code=code, name=name, description="")
            session.add(segment)
            pending.append(PendingChange(segment, "segment", "insert"))
        refs[code] = segment
    for code, name, category, family, line in PRODUCTS:
        product = session.scalars(select(Product).where(Product.code == code)).first()
        if product is None:
            product = _new(
                Product,
                code=code,
                name=name,
                category=category,
                family=family,
                line=line,
                is_liability=family is ProductFamily.LOAN,
            )
            session.add(product)
            pending.append(PendingChange(product, "product", "insert"))
        refs[code] = product
    session.flush()
    for code, _, _ in BRANCHES:
        username = f"demo.rm.{code.lower()}"
        rm = session.scalars(select(User).where(User.username == username)).first()
        if rm is None:
            rm = _new(
                User,
                username=username,
                display_name=f"RM {code}",
                role=Role.RELATIONSHIP_MANAGER,
                branch_id=refs[code].id,
                active=True,
                email=f"{username}@demo.guitai.cn",
            )
            session.add(rm)
            session.flush()
            pending.append(PendingChange(rm, "user_account", "insert"))
            start = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
            for day in range(10):
                block = _new(
                    CalendarBlock,
                    user_id=rm.id,
                    kind=CalendarBlockKind.AVAILABLE,
                    starts_at=start + timedelta(days=day, hours=1),
                    ends_at=start + timedelta(days=day, hours=9),
                )
                session.add(block)
                pending.append(PendingChange(block, "calendar_block", "insert"))
        refs[f"rm@{code}"] = rm
    return refs


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _customer_rows(
    rng: random.Random, number: int, refs: dict[str, Any], now: datetime
) -> list[tuple[str, Any]]:
    code = BRANCHES[number % len(BRANCHES)][0]
    latin = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
    customer = _new(
        Customer,
        customer_number=f"D{number:09d}",
        kind=CustomerKind.INDIVIDUAL,
        legal_name=latin,
        name_latin=latin,
        national_id=f"{rng.randint(10**17, 10**18 - 1)}",
        birth_date=date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000)),
        home_branch_id=refs[code].id,
        owning_rm_id=refs[f"rm@{code}"].id,
        segment_id=refs[rng.choice(SEGMENTS)[0]].id,
    )
    phone = _new(
        ContactPoint,
        customer_id=customer.id,
        kind=ContactKind.PHONE,
        label="mobile",
        value=f"13{rng.randint(10**8, 10**9 - 1)}",
        is_primary=True,
    )
    balance = _amount(rng, 100, 500_000)
    account = _new(
        Account,
        account_number=f"6222{number:012d}",
        product_id=refs["SAV"].id,
        branch_id=refs[code].id,
        currency="CNY",
        status=AccountStatus.OPEN,
        opened_on=date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000)),
        closed_on=None,
        balance=balance,
        balance_as_of=now,
    )
    holder = _new(
        AccountHolder, account_id=account.id, customer_id=customer.id, role=HolderRole.PRIMARY
    )
    months = []
    year, month = now.year, now.month
    for _ in range(12):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        figures = [_amount(rng, 0, 50) for _ in range(5)]
        months.append(MonthFigures(year * 100 + month, balance, *figures))
    history = _new(AccountHistory, account_id=account.id, months=tuple(months))
    return [
        ("customer", customer),
        (ContactPoint.__tablename__, phone),
        ("account", account),
        ("account_holder", holder),
        ("account_history", history),
    ]


def seed_demo(db: Database, *, customers: int, seed: int = 1) -> dict[str, int]:
    """Adds `customers` demo customers (and the reference data, once); returns row counts."""
    rng = random.Random(seed)  # noqa: S311 - jitter or demo data, not a secret
    counts: dict[str, int] = {}
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        pending: list[PendingChange] = []
        refs = _reference(session, now, pending)
        record(session, pending, None, now)
        first = session.scalar(select(func.count()).select_from(Customer)) or 0
    done = 0
    while done < customers:
        batch = min(CHUNK, customers - done)
        with db.writer() as session, session.begin():
            rows = [
                row
                for n in range(first + done, first + done + batch)
                for row in _customer_rows(rng, n, refs, now)
            ]
            for table in (
                "customer",
                ContactPoint.__tablename__,
                "account",
                "account_holder",
                "account_history",
            ):
                objs = [obj for t, obj in rows if t == table]
                session.add_all(objs)
                session.flush()
                counts[table] = counts.get(table, 0) + len(objs)
            record(session, [PendingChange(obj, t, "insert") for t, obj in rows], None, now)
        done += batch
    return counts
