"""A small bank for the rule tests, and a plain Python reading of a rule over its rows.

The bank is random (seeded) but leans on the edges: birthdays on the evaluation day and the
day after, 29 February, interactions on the month boundaries of `months_since_contact`,
joint and authorised holders, closed and lending accounts, currencies with and without a
rate, profit months inside and outside the window, external values that are not numbers,
consents granted and refused.

The oracle reads the rows back with the ORM and decides each rule in Python, from the
documented meaning of each field (`sync.server.rules.compile`), not from the SQL.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.schema.enums import (
    AccountStatus,
    Channel,
    ConsentPurpose,
    CustomerKind,
    HolderRole,
    InteractionKind,
    Lifecycle,
    ProductCategory,
)
from client.schema.history import MonthFigures
from client.schema.models import (
    Account,
    AccountHistory,
    AccountHolder,
    Branch,
    Consent,
    Customer,
    ExternalRecord,
    Interaction,
    Product,
    Segment,
)
from sync.server.db import Database
from sync.server.rules.compile import profit_period, profit_periods, shift_months
from sync.server.rules.money import to_cny_units
from sync.server.rules.parse import (
    MARKETING,
    NUMBER_TEXT,
    And,
    Compare,
    Field,
    In,
    Literal,
    Node,
    Not,
    Or,
    Test,
)

TODAY = date(2026, 3, 31)
NOW = datetime.combine(TODAY, time(10), tzinfo=UTC)
PRODUCTS = {
    "SAV": ProductCategory.SAVINGS,
    "TD": ProductCategory.TIME_DEPOSIT,
    "WLTH": ProductCategory.WEALTH,
    "MORT": ProductCategory.MORTGAGE,
    "CARD": ProductCategory.CARD,
}
CURRENCIES = ("CNY", "CNY", "CNY", "USD", "HKD", "XAU")
"""XAU has no rate: its accounts count towards no total."""
HAND_SEGMENT = "MASS"

RULES = (
    'kind = "individual" and total_balance >= 500000 and not holds_family("wealth")',
    "age >= 60",
    "age < 30 or age = 45",
    "age != 40 and age > 39.5",
    "not age >= 18",
    'branch = "BJ01" and lifecycle in ("active", "dormant")',
    'branch != "BJ01" or lifecycle not in ("active")',
    'segment = "MASS"',
    'segment != "MASS"',
    "total_balance < 1000 and account_count >= 1",
    "account_count in (2, 3)",
    "net_profit_12m > 100",
    "net_profit_12m <= 0",
    "months_since_contact >= 6",
    "months_since_contact < 2",
    "months_since_contact = 1",
    'consent("marketing")',
    'consent("marketing_sms") and not consent("data_sharing")',
    'holds("WLTH") or holds("TD")',
    'holds_family("loan")',
    'external("pboc", "credit_score") >= 700',
    'external("pboc", "credit_score") in ("n/a", "650")',
    'external("pboc", "credit_score") != 720',
    'not external("pboc", "grade") = "A"',
    'external("pboc", "grade") not in ("A", "B")',
)


@dataclass
class Bank:
    branches: dict[str, uuid.UUID] = field(default_factory=dict)
    segments: dict[str, uuid.UUID] = field(default_factory=dict)
    customers: list[str] = field(default_factory=list)


def _birth(rng: random.Random) -> date | None:
    pick = rng.random()
    if pick < 0.1:
        return None
    if pick < 0.2:
        return date(rng.choice((1964, 1980, 2000)), 2, 29)
    if pick < 0.5:
        years = rng.choice((17, 18, 29, 30, 39, 40, 45, 59, 60, 61))
        edge = date(TODAY.year - years, TODAY.month, TODAY.day)
        return edge + timedelta(days=rng.choice((-1, 0, 1)))
    return date(rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28))


def _contact_day(rng: random.Random) -> date:
    months = rng.choice((0, 1, 2, 5, 6, 7, 24))
    edge = shift_months(TODAY, -months)
    return edge + timedelta(days=rng.choice((-1, 0, 1)))


def _months(rng: random.Random) -> tuple[MonthFigures, ...]:
    first, last = profit_periods(profit_period(TODAY))
    periods = sorted(
        {
            rng.choice((first - 100, first - 1, first, 202506, 202512, last, last + 1))
            for _ in "abcd"
        }
    )

    def amount() -> Decimal:
        return Decimal(rng.randint(0, 200_000)) / 100

    return tuple(
        MonthFigures(p, amount(), amount(), amount(), amount(), amount(), amount()) for p in periods
    )


def build_bank(db: Database, seed: int = 16, customers: int = 80) -> Bank:
    """Branches BJ01 and SH01 (made if missing), the products, a hand-set segment and
    `customers` customers with their accounts, histories, consents, interactions and
    external data."""
    rng = random.Random(seed)
    bank = Bank()
    with db.writer() as session, session.begin():
        for code in ("BJ01", "SH01"):
            found = session.scalars(select(Branch.id).where(Branch.code == code)).first()
            if found is None:
                found = uuid.uuid4()
                session.add(Branch(id=found, version=1, code=code, name=code, city=code))
            bank.branches[code] = found
        segment = Segment(id=uuid.uuid4(), version=1, code=HAND_SEGMENT, name="Mass")
        session.add(segment)
        bank.segments[HAND_SEGMENT] = segment.id
        products = {}
        for code, category in PRODUCTS.items():
            product = Product(
                id=uuid.uuid4(),
                version=1,
                code=code,
                name=code,
                category=category,
                is_liability=category in (ProductCategory.MORTGAGE, ProductCategory.LOAN),
            )
            session.add(product)
            products[code] = product.id
        session.flush()
        people: list[uuid.UUID] = []
        for n in range(customers):
            cid = uuid.uuid4()
            number = f"R{seed:02d}{n:05d}"
            bank.customers.append(number)
            session.add(
                Customer(
                    id=cid,
                    version=1,
                    customer_number=number,
                    kind=rng.choice(list(CustomerKind)),
                    legal_name=f"客户{n}",
                    birth_date=_birth(rng),
                    home_branch_id=bank.branches[rng.choice(("BJ01", "SH01"))],
                    segment_id=segment.id if rng.random() < 0.4 else None,
                    lifecycle=rng.choice(list(Lifecycle)),
                )
            )
            people.append(cid)
        session.flush()
        for n, cid in enumerate(people):
            for k in range(rng.choice((0, 1, 1, 2, 3))):
                aid = uuid.uuid4()
                product = rng.choice(list(PRODUCTS))
                big = rng.random() < 0.45
                units = rng.randint(0, 2_000_000 if big else 2_000) * 10_000 + rng.randint(0, 9_999)
                session.add(
                    Account(
                        id=aid,
                        version=1,
                        account_number=f"A{seed:02d}{n:05d}{k}",
                        product_id=products[product],
                        branch_id=bank.branches["BJ01"],
                        currency=rng.choice(CURRENCIES),
                        status=rng.choice(
                            (AccountStatus.OPEN, AccountStatus.OPEN, AccountStatus.CLOSED)
                        ),
                        opened_on=date(2020, 1, 1),
                        balance=Decimal(units) / 10_000,
                        balance_as_of=NOW,
                    )
                )
                session.flush()
                role = rng.choice((HolderRole.PRIMARY, HolderRole.PRIMARY, HolderRole.AUTHORISED))
                session.add(
                    AccountHolder(
                        id=uuid.uuid4(), version=1, account_id=aid, customer_id=cid, role=role
                    )
                )
                if rng.random() < 0.25:
                    other = rng.choice(people)
                    if other != cid:
                        session.add(
                            AccountHolder(
                                id=uuid.uuid4(),
                                version=1,
                                account_id=aid,
                                customer_id=other,
                                role=HolderRole.JOINT,
                            )
                        )
                if rng.random() < 0.7:
                    session.add(
                        AccountHistory(
                            id=uuid.uuid4(), version=1, account_id=aid, months=_months(rng)
                        )
                    )
            for purpose in rng.sample(list(ConsentPurpose), rng.randint(0, 3)):
                session.add(
                    Consent(
                        id=uuid.uuid4(),
                        version=1,
                        customer_id=cid,
                        purpose=purpose,
                        granted=rng.random() < 0.6,
                        recorded_at=NOW,
                        channel=Channel.COUNTER,
                    )
                )
            for _ in range(rng.choice((0, 1, 2))):
                day = _contact_day(rng)
                at = datetime.combine(day, time(rng.choice((0, 12, 23))), tzinfo=UTC)
                session.add(
                    Interaction(
                        id=uuid.uuid4(),
                        version=1,
                        customer_id=cid,
                        kind=InteractionKind.VISIT,
                        channel=Channel.COUNTER,
                        occurred_at=at,
                        subject="visit",
                    )
                )
            for attribute, values in (
                ("credit_score", ("700", "720", "650", "n/a", "699.5", "-5", "7O0")),
                ("grade", ("A", "B", "C")),
            ):
                for day in rng.sample((1, 10, 20), rng.randint(0, 2)):
                    session.add(
                        ExternalRecord(
                            id=uuid.uuid4(),
                            version=1,
                            customer_id=cid,
                            source="pboc",
                            kind=attribute,
                            payload={
                                "attribute": attribute,
                                "value": rng.choice(values),
                                "as_of": f"2026-01-{day:02d}",
                            },
                            imported_at=NOW,
                        )
                    )
    return bank


# --- the oracle -----------------------------------------------------------------------------


@dataclass
class Person:
    number: str
    kind: str
    birth: date | None
    branch: str
    lifecycle: str
    segment: str | None
    balance_units: int = 0
    accounts: int = 0
    profit_units: int = 0
    last_contact: date | None = None
    consents: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)
    external: dict[tuple[str, str], str] = field(default_factory=dict)


def read_people(session: Session, today: date = TODAY) -> dict[uuid.UUID, Person]:
    """Every customer as the rules see them, worked out in Python from the rows."""
    branches = dict(session.execute(select(Branch.id, Branch.code)).all())
    segments = dict(session.execute(select(Segment.id, Segment.code)).all())
    people = {
        c.id: Person(
            c.customer_number,
            c.kind.value,
            c.birth_date,
            branches[c.home_branch_id],
            c.lifecycle.value,
            segments.get(c.segment_id) if c.segment_id else None,
        )
        for c in session.scalars(select(Customer).where(Customer.deleted.is_(False)))
    }
    products = {p.id: p for p in session.scalars(select(Product))}
    accounts = {a.id: a for a in session.scalars(select(Account).where(Account.deleted.is_(False)))}
    first, last = profit_periods(profit_period(today))
    nets: dict[uuid.UUID, int] = defaultdict(int)
    for h in session.scalars(select(AccountHistory).where(AccountHistory.deleted.is_(False))):
        nets[h.account_id] = sum(int(m.net * 10_000) for m in h.months if first <= m.period <= last)
    for holder in session.scalars(select(AccountHolder).where(AccountHolder.deleted.is_(False))):
        account = accounts.get(holder.account_id)
        person = people.get(holder.customer_id)
        if account is None or person is None or holder.role is HolderRole.AUTHORISED:
            continue
        product = products[account.product_id]
        is_open = account.status is not AccountStatus.CLOSED
        if is_open:
            person.accounts += 1
            person.products.add(product.code)
            person.families.add(product.family.value)
            if not product.is_liability:
                units = to_cny_units(int(account.balance * 10_000), account.currency)
                person.balance_units += units or 0
        profit = to_cny_units(nets.get(account.id, 0), account.currency)
        person.profit_units += profit or 0
    for consent in session.scalars(select(Consent).where(Consent.deleted.is_(False))):
        if consent.granted and consent.customer_id in people:
            people[consent.customer_id].consents.add(consent.purpose.value)
    for i in session.scalars(select(Interaction).where(Interaction.deleted.is_(False))):
        person = people[i.customer_id]
        day = i.occurred_at.astimezone(UTC).date()
        if person.last_contact is None or day > person.last_contact:
            person.last_contact = day
    newest: dict[tuple[uuid.UUID, str, str], tuple[Any, ...]] = {}
    for r in session.scalars(select(ExternalRecord).where(ExternalRecord.deleted.is_(False))):
        key = (r.customer_id, r.source, r.kind)
        rank = (r.payload.get("as_of", ""), r.imported_at, r.id)
        if key not in newest or rank > newest[key][0]:
            newest[key] = (rank, str(r.payload.get("value")))
    for (cid, source, kind), (_, value) in newest.items():
        people[cid].external[(source, kind)] = value
    return people


def _age(person: Person, today: date) -> int | None:
    b = person.birth
    if b is None:
        return None
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def _months_since(person: Person, today: date) -> int | None:
    last = person.last_contact
    if last is None:
        return None
    return (today.year - last.year) * 12 + today.month - last.month - (today.day < last.day)


OPS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}

INFINITE = object()


def _value(person: Person, subject: Field, today: date) -> Any:
    match subject.name:
        case "kind":
            return person.kind
        case "lifecycle":
            return person.lifecycle
        case "branch":
            return person.branch
        case "segment":
            return person.segment
        case "age":
            return _age(person, today)
        case "months_since_contact":
            months = _months_since(person, today)
            return INFINITE if months is None else months
        case "account_count":
            return person.accounts
        case "total_balance":
            return Decimal(person.balance_units) / 10_000
        case "net_profit_12m":
            return Decimal(person.profit_units) / 10_000
        case "external":
            return person.external.get((subject.args[0], subject.args[1]))
    raise ValueError(subject.name)


def _compare(person: Person, subject: Field, op: str, literal: Literal, today: date) -> bool:
    value = _value(person, subject, today)
    if value is INFINITE:
        return op in (">", ">=", "!=")
    if subject.name == "segment" and value is None:
        return op == "!="
    if value is None:
        return False
    if subject.name == "external" and isinstance(literal.value, Decimal):
        if not NUMBER_TEXT.fullmatch(value):
            return False
        value = Decimal(value)
    if isinstance(value, int):
        value = Decimal(value)
    return OPS[op](value, literal.value)


def _known(person: Person, subject: Field, today: date) -> bool:
    if subject.name in ("age", "external"):
        return _value(person, subject, today) is not None
    return True


def decide(node: Node, person: Person, today: date = TODAY) -> bool:
    """Whether `person` matches the rule, in Python."""
    match node:
        case And(operands):
            return all(decide(o, person, today) for o in operands)
        case Or(operands):
            return any(decide(o, person, today) for o in operands)
        case Not(operand):
            return not decide(operand, person, today)
        case Compare(subject, op, literal):
            return _compare(person, subject, op, literal, today)
        case In(subject, values, negated):
            found = any(_compare(person, subject, "=", v, today) for v in values)
            return (_known(person, subject, today) and not found) if negated else found
        case Test(name, arg, _):
            if name == "consent":
                if arg == MARKETING:
                    return any(c.startswith(MARKETING) for c in person.consents)
                return arg in person.consents
            if name == "holds":
                return arg in person.products
            return arg in person.families
    raise TypeError(node)


def expected_numbers(node: Node, people: dict[uuid.UUID, Person], today: date = TODAY) -> set[str]:
    return {p.number for p in people.values() if decide(node, p, today)}
