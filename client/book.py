"""An RM's book: the customers they own, one line each, for the "My book" home.

`my_book(session, rm_id)` reads, in a handful of grouped queries over the book's customers
(`customer.owning_rm_id`, indexed; plain SQL over the cache's SQLite columns, whose raw
values are decoded here only as far as the lines need: 5,000 customers bring some 50,000
values), each customer's balance and 12-month net profit in CNY
(accounts in other currencies are not converted: amounts of different currencies are
never added), segment, last contact (the latest interaction) and next appointment. The
month series are decoded in bulk with numpy: a book of 5,000 customers holds some 15,000
accounts of 24 months each, too many for one Python object per month. Reading them is the
slow half (some 17 MB of encrypted pages for 5,000 customers), so the window reads the
book without them first (`with_net=False`) and their net profit after (`book_nets`).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from client.customer360.profit import HOME_CURRENCY, MONTHS, period_of
from client.schema.base import MONEY_SCALE, utcnow
from client.schema.enums import AccountStatus, AppointmentStatus, Lifecycle
from client.schema.history import FORMAT_VERSION, RECORD
from client.store import LocalCache

MONTH = np.dtype(
    [
        ("period", "<i4"),
        ("end_balance", "<i8"),
        ("interest_income", "<i8"),
        ("fee_income", "<i8"),
        ("funding_cost", "<i8"),
        ("operating_cost", "<i8"),
        ("risk_cost", "<i8"),
    ]
)
"""One packed month record (`client.schema.history.RECORD`) as a numpy record."""
assert MONTH.itemsize == RECORD.size  # noqa: S101 - the two layouts must agree

LIVE_APPOINTMENT = (AppointmentStatus.TENTATIVE, AppointmentStatus.CONFIRMED)


@dataclass(frozen=True, slots=True)
class BookLine:
    """One customer of the book."""

    customer_id: uuid.UUID
    customer_number: str
    name: str
    name_latin: str
    segment: str
    """The segment's name ("" without one)."""
    lifecycle: Lifecycle
    balance: Decimal
    """The CNY balances of the open accounts the customer holds, added."""
    net_12m: Decimal | None
    """Net profit of those accounts over the 12 latest months, in CNY (None: not read yet)."""
    last_contact: datetime | None
    next_appointment: datetime | None


def _money(units: int) -> Decimal:
    return (Decimal(int(units)) / MONEY_SCALE).quantize(Decimal("0.01"))


def _moment(value: object) -> datetime | None:
    """A stored UTC timestamp (SQLite keeps it as text without its zone)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def _stamp(value: datetime) -> str:
    """A UTC timestamp as the cache stores it, for comparing in SQL."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def net_by_account(blobs: Iterable[tuple[bytes, bytes]], current: int) -> dict[bytes, int]:
    """Each account's net profit (in 1/10,000 units) over the `MONTHS` latest periods
    present in any series and not after `current` (YYYYMM)."""
    ids: list[bytes] = []
    parts: list[bytes] = []
    counts: list[int] = []
    for account_id, blob in blobs:
        if not blob or blob[0] != FORMAT_VERSION or (len(blob) - 1) % MONTH.itemsize:
            continue
        ids.append(account_id)
        parts.append(blob[1:])
        counts.append((len(blob) - 1) // MONTH.itemsize)
    if not ids:
        return {}
    months = np.frombuffer(b"".join(parts), dtype=MONTH)
    owner = np.repeat(np.arange(len(ids)), counts)
    periods = np.unique(months["period"][months["period"] <= current])[-MONTHS:]
    chosen = np.isin(months["period"], periods)
    net = (
        months["interest_income"]
        + months["fee_income"]
        - months["funding_cost"]
        - months["operating_cost"]
        - months["risk_cost"]
    )
    sums = np.bincount(owner[chosen], weights=net[chosen].astype(np.float64), minlength=len(ids))
    return {account_id: round(float(total)) for account_id, total in zip(ids, sums, strict=True)}


MINE = "SELECT id FROM customer WHERE owning_rm_id = :rm AND deleted = 0"
CUSTOMERS = text(
    "SELECT c.id, c.customer_number, c.legal_name, c.name_latin, s.name, c.lifecycle "
    "FROM customer c LEFT JOIN segment s ON s.id = c.segment_id "
    "WHERE c.owning_rm_id = :rm AND c.deleted = 0 ORDER BY c.customer_number"
)
HELD = (
    "FROM account_holder h JOIN account a ON a.id = h.account_id "
    f"WHERE h.customer_id IN ({MINE}) AND h.deleted = 0 AND a.deleted = 0 "
    "AND a.status != :closed AND a.currency = :currency"
)
HOLDINGS = text(f"SELECT h.customer_id, a.balance {HELD}")
HOLDING_ACCOUNTS = text(f"SELECT h.customer_id, a.id {HELD}")
HISTORIES = text(
    "SELECT account_id, months FROM account_history "  # noqa: S608 - constants; every value is bound
    f"WHERE deleted = 0 AND account_id IN (SELECT a.id {HELD})"
)
CONTACTS = text(
    "SELECT customer_id, max(occurred_at) FROM interaction "  # noqa: S608 - constants; every value is bound
    f"WHERE customer_id IN ({MINE}) AND deleted = 0 GROUP BY customer_id"
)
APPOINTMENTS = text(
    "SELECT customer_id, min(starts_at) FROM appointment "  # noqa: S608 - constants; every value is bound
    f"WHERE customer_id IN ({MINE}) AND deleted = 0 AND status IN (:tentative, :confirmed) "
    "AND starts_at >= :now GROUP BY customer_id"
)


def book_nets(
    session: Session, rm_id: uuid.UUID, *, now: datetime | None = None
) -> dict[uuid.UUID, Decimal]:
    """Each book customer's net profit over the 12 latest months, in CNY (customers without
    a CNY account: none). The slow half of the book: it reads every account's month series."""
    now = now or utcnow()
    held = {"rm": rm_id.bytes, "closed": AccountStatus.CLOSED.value, "currency": HOME_CURRENCY}
    nets = net_by_account(
        ((bytes(a), bytes(b)) for a, b in session.execute(HISTORIES, held)),
        period_of(now.date()),
    )
    net: dict[bytes, int] = defaultdict(int)
    for customer_id, account_id in session.execute(HOLDING_ACCOUNTS, held):
        net[bytes(customer_id)] += nets.get(bytes(account_id), 0)
    return {uuid.UUID(bytes=key): _money(units) for key, units in net.items()}


def my_book(
    session: Session,
    rm_id: uuid.UUID,
    *,
    now: datetime | None = None,
    with_net: bool = True,
) -> tuple[BookLine, ...]:
    """The customers `rm_id` owns, by customer number (see the module docstring);
    `with_net` False leaves their net profit out (None: `book_nets` reads it)."""
    now = now or utcnow()
    rm = rm_id.bytes
    customers = session.execute(CUSTOMERS, {"rm": rm}).all()
    if not customers:
        return ()
    held = {"rm": rm, "closed": AccountStatus.CLOSED.value, "currency": HOME_CURRENCY}
    balance: dict[bytes, int] = defaultdict(int)
    for customer_id, units in session.execute(HOLDINGS, held):
        balance[bytes(customer_id)] += int(units or 0)
    nets = book_nets(session, rm_id, now=now) if with_net else None
    contacts = {bytes(c): when for c, when in session.execute(CONTACTS, {"rm": rm})}
    live = {
        "rm": rm,
        "tentative": AppointmentStatus.TENTATIVE.value,
        "confirmed": AppointmentStatus.CONFIRMED.value,
        "now": _stamp(now),
    }
    appointments = {bytes(c): when for c, when in session.execute(APPOINTMENTS, live)}
    zero = Decimal("0.00")
    lines = []
    for raw_id, number, name, latin, segment, lifecycle in customers:
        key = bytes(raw_id)
        customer_id = uuid.UUID(bytes=key)
        lines.append(
            BookLine(
                customer_id,
                number,
                name,
                latin or "",
                segment or "",
                Lifecycle(lifecycle),
                _money(balance.get(key, 0)),
                None if nets is None else nets.get(customer_id, zero),
                _moment(contacts.get(key)),
                _moment(appointments.get(key)),
            )
        )
    return tuple(lines)


def load_book(
    cache: LocalCache, rm_id: uuid.UUID, *, with_net: bool = True
) -> tuple[BookLine, ...]:
    """`my_book` in a read session of its own."""
    with cache.read_session() as session:
        return my_book(session, rm_id, with_net=with_net)


def load_nets(cache: LocalCache, rm_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """`book_nets` in a read session of its own."""
    with cache.read_session() as session:
        return book_nets(session, rm_id)
