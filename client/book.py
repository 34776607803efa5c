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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final

import numpy as np
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


def series_nets(blobs: Sequence[bytes | None], current: int) -> list[int]:
    """Each packed month series' net profit (in 1/10,000 units) over the `MONTHS` latest
    periods present in any of them and not after `current` (YYYYMM); 0 for one that is
    empty or not readable."""
    index: list[int] = []
    parts: list[bytes] = []
    counts: list[int] = []
    for number, blob in enumerate(blobs):
        if not blob or blob[0] != FORMAT_VERSION or (len(blob) - 1) % MONTH.itemsize:
            continue
        index.append(number)
        parts.append(blob[1:])
        counts.append((len(blob) - 1) // MONTH.itemsize)
    result = [0] * len(blobs)
    if not index:
        return result
    months = np.frombuffer(b"".join(parts), dtype=MONTH)
    owner = np.repeat(np.arange(len(index)), counts)
    periods = np.unique(months["period"][months["period"] <= current])[-MONTHS:]
    chosen = np.isin(months["period"], periods)
    net = (
        months["interest_income"]
        + months["fee_income"]
        - months["funding_cost"]
        - months["operating_cost"]
        - months["risk_cost"]
    )
    sums = np.bincount(owner[chosen], weights=net[chosen].astype(np.float64), minlength=len(index))
    for number, total in zip(index, sums.tolist(), strict=True):
        result[number] = round(total)
    return result


def net_by_account(blobs: Iterable[tuple[bytes, bytes]], current: int) -> dict[bytes, int]:
    """Each account's net profit (in 1/10,000 units) over the `MONTHS` latest periods
    present in any series and not after `current` (YYYYMM); unreadable series left out."""
    pairs = [
        (account_id, blob)
        for account_id, blob in blobs
        if blob and blob[0] == FORMAT_VERSION and not (len(blob) - 1) % MONTH.itemsize
    ]
    nets = series_nets([blob for _, blob in pairs], current)
    return {account_id: net for (account_id, _), net in zip(pairs, nets, strict=True)}


NET_SERIES = (
    "SELECT h.customer_id, y.months FROM customer c "
    "JOIN account_holder h ON h.customer_id = c.id "
    "JOIN account a ON a.id = h.account_id "
    "JOIN account_history y ON y.account_id = a.id "
    "WHERE c.owning_rm_id = ? AND c.deleted = 0 AND h.deleted = 0 AND a.deleted = 0 "
    "AND a.status != ? AND a.currency = ? AND y.deleted = 0"
)
"""The month series of every open CNY account a book customer holds, with the holder."""
BOOK = (
    "SELECT c.id, c.customer_number, c.legal_name, c.name_latin, s.name, c.lifecycle, "
    "(SELECT sum(a.balance) FROM account_holder h JOIN account a ON a.id = h.account_id "
    " WHERE h.customer_id = c.id AND h.deleted = 0 AND a.deleted = 0 AND a.status != ? "
    " AND a.currency = ?), "
    "(SELECT i.occurred_at FROM interaction i WHERE i.customer_id = c.id AND i.deleted = 0 "
    " ORDER BY i.occurred_at DESC LIMIT 1), "
    "(SELECT min(p.starts_at) FROM appointment p WHERE p.customer_id = c.id AND p.deleted = 0 "
    " AND p.status IN (?, ?) AND p.starts_at >= ?) "
    "FROM customer c LEFT JOIN segment s ON s.id = c.segment_id "
    "WHERE c.owning_rm_id = ? AND c.deleted = 0 ORDER BY c.customer_number"
)
"""The whole book in one statement, straight to the driver (see `book_rows`): each
customer's figures in correlated subqueries over their own index entries
(account_holder's (customer_id, account_id), interaction's (customer_id, occurred_at), read
backwards to the latest not deleted, appointment's customer_id)."""

BookRow = tuple[bytes, str, str, str | None, str | None, str, int | None, str | None, str | None]
"""A book line as the cache gives it: id (16 bytes), customer number, legal name, Latin
name, segment name, lifecycle, CNY balance in 1/10,000 units (None: no such account), last
contact and next appointment as stored (UTC text, None: none)."""
ID: Final = 0
NUMBER: Final = 1
NAME: Final = 2
LATIN: Final = 3
SEGMENT: Final = 4
LIFECYCLE: Final = 5
BALANCE: Final = 6
CONTACT: Final = 7
APPOINTMENT: Final = 8
"""The fields of a `BookRow`."""


def _driver(session: Session) -> Any:
    """The SQLite (SQLCipher) connection under `session`, inside its transaction."""
    return session.connection().connection.driver_connection


def book_rows(session: Session, rm_id: uuid.UUID, *, now: datetime | None = None) -> list[BookRow]:
    """The customers `rm_id` owns, by customer number, as `BookRow`s: no object per value
    (a window shows a few dozen of 5,000 rows; `line_of` makes a `BookLine` of one)."""
    now = now or utcnow()
    params = (
        AccountStatus.CLOSED.value,
        HOME_CURRENCY,
        AppointmentStatus.TENTATIVE.value,
        AppointmentStatus.CONFIRMED.value,
        _stamp(now),
        rm_id.bytes,
    )
    rows: list[BookRow] = _driver(session).execute(BOOK, params).fetchall()
    return rows


def money_of(units: int | None) -> Decimal:
    """A stored amount (1/10,000 units; None: nothing) to two places."""
    return _money(units or 0)


def moment_of(value: object) -> datetime | None:
    """A stored UTC timestamp (text without its zone; None: none) as an aware datetime."""
    return _moment(value)


def line_of(row: BookRow, net_12m: Decimal | None = None) -> BookLine:
    """The `BookLine` of one `BookRow`."""
    return BookLine(
        uuid.UUID(bytes=bytes(row[ID])),
        row[NUMBER],
        row[NAME],
        row[LATIN] or "",
        row[SEGMENT] or "",
        Lifecycle(row[LIFECYCLE]),
        money_of(row[BALANCE]),
        net_12m,
        _moment(row[CONTACT]),
        _moment(row[APPOINTMENT]),
    )


def row_of(line: BookLine) -> BookRow:
    """The `BookRow` of a `BookLine` (its net profit aside)."""
    units = int(line.balance * MONEY_SCALE)
    return (
        line.customer_id.bytes,
        line.customer_number,
        line.name,
        line.name_latin,
        line.segment or None,
        line.lifecycle.value,
        units,
        None if line.last_contact is None else _stamp(line.last_contact),
        None if line.next_appointment is None else _stamp(line.next_appointment),
    )


def net_units(
    session: Session, rm_id: uuid.UUID, *, now: datetime | None = None
) -> dict[bytes, int]:
    """Each book customer's net profit over the 12 latest months, in 1/10,000 CNY, by the
    customer's id bytes (customers without a CNY account's history: none). The slow half of
    the book: it reads every account's month series."""
    return _net_units(_driver(session), rm_id, now or utcnow())


def _net_units(driver: Any, rm_id: uuid.UUID, now: datetime) -> dict[bytes, int]:
    params = (rm_id.bytes, AccountStatus.CLOSED.value, HOME_CURRENCY)
    rows = driver.execute(NET_SERIES, params).fetchall()
    nets = series_nets([months for _, months in rows], period_of(now.date()))
    net: dict[bytes, int] = defaultdict(int)
    for (customer_id, _), units in zip(rows, nets, strict=True):
        net[bytes(customer_id)] += units
    return dict(net)


def book_nets(
    session: Session, rm_id: uuid.UUID, *, now: datetime | None = None
) -> dict[uuid.UUID, Decimal]:
    """`net_units` in CNY, by customer id."""
    units = net_units(session, rm_id, now=now)
    return {uuid.UUID(bytes=key): _money(value) for key, value in units.items()}


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
    rows = book_rows(session, rm_id, now=now)
    if not rows:
        return ()
    nets = net_units(session, rm_id, now=now) if with_net else None
    return tuple(
        line_of(row, None if nets is None else _money(nets.get(bytes(row[ID]), 0))) for row in rows
    )


def load_book(
    cache: LocalCache, rm_id: uuid.UUID, *, with_net: bool = True
) -> tuple[BookLine, ...]:
    """`my_book` in a read session of its own."""
    with cache.read_session() as session:
        return my_book(session, rm_id, with_net=with_net)


def load_rows(cache: LocalCache, rm_id: uuid.UUID) -> list[BookRow]:
    """`book_rows` in a read session of its own."""
    with cache.read_session() as session:
        return book_rows(session, rm_id)


def load_nets(cache: LocalCache, rm_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """`book_nets` in a read session of its own."""
    with cache.read_session() as session:
        return book_nets(session, rm_id)


NETS_CACHE_KIB = 8_192
"""The page cache of the connection that reads the month series (`load_raw_nets`)."""


def load_raw_nets(cache: LocalCache, rm_id: uuid.UUID) -> dict[bytes, Decimal]:
    """`net_units` in CNY, by customer id bytes (as a `BookRow` holds it), on a connection
    of its own with a small page cache, closed after: the month series are some 20,000
    pages read once, which would otherwise push the book's own pages (its customers'
    index entries) out of the reading connection's cache, and the next open of the book
    would read them all again."""
    driver = cache.connect()
    try:
        driver.execute(f"PRAGMA cache_size = -{NETS_CACHE_KIB}")
        driver.execute("BEGIN")
        try:
            units = _net_units(driver, rm_id, utcnow())
        finally:
            driver.execute("ROLLBACK")
    finally:
        driver.close()
    return {key: _money(value) for key, value in units.items()}
