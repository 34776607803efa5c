"""Writes a generated bank into a new cache file, fast enough for 1,000,000 customers.

Rows go in through the raw SQLCipher connection with `executemany`, not the ORM, into a
brand-new file with no journal (a killed run leaves only a temporary file behind). Each
table's UUIDs are drawn from the seeded generator and then sorted, so every primary-key
insert is an append; secondary indexes are dropped for the load and built at the end, a sort
instead of millions of random B-tree inserts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from client.demo import material as m
from client.schema.base import MONEY_SCALE
from client.schema.history import FORMAT_VERSION
from client.schema.models import ContactPoint
from client.search.terms import customer_terms
from client.store import RawConnection

CHUNK = 10_000
TERMS = "staged_term"
"""Search rows travel with the others under this name; the staging table is sorted at the end."""
HISTORY_MONTHS = 24
Row = tuple[Any, ...]
RowId = bytes | bytearray
"""A 16-byte UUID as bound to SQLite."""

SEGMENTS = (
    ("MASS", "大众客户"),
    ("AFFLUENT", "财富客户"),
    ("PRIVATE", "私人银行"),
    ("SME", "小微企业"),
    ("CORP", "公司客户"),
)
PRODUCTS = (
    ("CUR", "活期账户", "current", False),
    ("SAV", "储蓄账户", "savings", False),
    ("TD", "定期存款", "time_deposit", False),
    ("CARD", "信用卡", "card", True),
    ("MORT", "住房按揭", "mortgage", True),
    ("LOAN", "个人贷款", "loan", True),
    ("WLTH", "理财产品", "wealth", False),
    ("INS", "保险", "insurance", False),
)
ACCOUNT_COUNTS = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6)
MAX_ACCOUNTS = max(ACCOUNT_COUNTS)
Previous = tuple[RowId, str, int, str, str]
"""The customer generated before, a candidate spouse: (id, kind, accounts held, branch code,
lifecycle)."""
LIFECYCLES = ("active",) * 15 + ("dormant",) * 2 + ("prospect",) * 2 + ("closed",)
INTERACTIONS = ("visit", "call", "meeting", "email", "complaint", "service_request")
CHANNELS = ("counter", "call_centre", "internet", "mobile")
SUBJECTS = (
    "咨询理财产品",
    "更新联系方式",
    "挂失银行卡",
    "办理定期存款",
    "投诉等候时间",
    "贷款咨询",
)
STAGES = ("new", "contacted", "meeting", "proposal", "won", "lost")


def ts(value: datetime) -> str:
    """A naive UTC timestamp as SQLAlchemy stores one in SQLite."""
    return value.isoformat(" ")


def month_periods(as_of: date) -> list[int]:
    """The 24 month periods (YYYYMM) ending with the month before `as_of`."""
    year, month = as_of.year, as_of.month
    out = []
    for _ in range(HISTORY_MONTHS):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.append(year * 100 + month)
    return out[::-1]


_CLEAR_VERSION_AND_VARIANT = ~((0xF << 76) | (0x3 << 62))
_VERSION_4_RFC_4122 = (0x4 << 76) | (0x2 << 62)


class Ids:
    """Random version-4 UUIDs for one table that rise monotonically, so inserts append.

    The top 48 bits count up from a random start; the rest is random.
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = random.Random(rng.getrandbits(64))  # noqa: S311 - jitter or demo data, not a secret
        self._next = rng.getrandbits(46)

    def take(self) -> bytearray:
        """The next id; a bytearray, which sqlcipher3 binds far faster than bytes."""
        self._next += 1
        value = (self._next << 80) | self._rng.getrandbits(80)
        value = (value & _CLEAR_VERSION_AND_VARIANT) | _VERSION_4_RFC_4122
        return bytearray(value.to_bytes(16, "big"))


@dataclass
class Rows:
    """Rows per table waiting to be written, in insertion order."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> None:
        self.tables.setdefault(table, []).append(row)


COLUMNS = {
    "branch": "code, name, city",
    "segment": "code, name, description",
    "product": "code, name, category, is_liability",
    "user_account": "username, display_name, role, branch_id, active",
    "campaign": "code, name, product_id, segment_id, starts_on, ends_on",
    "customer": "customer_number, kind, legal_name, name_latin, national_id, birth_date, "
    "home_branch_id, owning_rm_id, segment_id, lifecycle, kyc_review_date, preferred_language",
    ContactPoint.__tablename__: "customer_id, kind, label, value, is_primary",
    "consent": "customer_id, purpose, granted, recorded_at, channel",
    "account": "account_number, product_id, branch_id, currency, status, opened_on, closed_on, "
    "balance, balance_as_of",
    "account_holder": "account_id, customer_id, role",
    "account_history": "account_id, months",
    "household": "name",
    "household_member": "household_id, customer_id, role",
    "party_relationship": "from_customer_id, to_customer_id, kind, note",
    "interaction": "customer_id, kind, channel, occurred_at, user_id, branch_id, subject, notes, "
    "outcome",
    "task": "customer_id, interaction_id, assigned_to_id, title, due_on, status, completed_at",
    "offer": "customer_id, product_id, campaign_id, reason, score, status, expires_on",
    "referral": "customer_id, product_id, referred_by_id, assigned_to_id, stage, expected_value, "
    "notes, created_at, closed_at",
    "calendar_block": "user_id, kind, starts_at, ends_at",
    "appointment": "rm_id, customer_id, booked_by_id, starts_at, ends_at, purpose, status, channel",
}


def account_terms(number: str) -> list[tuple[str, str]]:
    """The search terms of one account number alone."""
    return customer_terms(
        customer_number="",
        kind="individual",
        legal_name="",
        name_latin="",
        national_id=None,
        phones=(),
        account_numbers=(number,),
    )


def insert_sql(table: str) -> str:
    if table == TERMS:
        return f"INSERT INTO {TERMS} VALUES (?, ?, ?, ?, ?)"  # noqa: S608 - identifiers from the table registry or constants; values are bound
    columns = COLUMNS[table].split(", ")
    names = ", ".join(["id", "version", "updated_at", "deleted", *columns])
    marks = ", ".join("?" * (4 + len(columns)))
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - identifiers from the table registry or constants; values are bound


@dataclass
class Bank:
    """The reference data every customer points into."""

    branches: list[tuple[RowId, str, str, str, str]]
    """(id, code, city, city_latin, region)"""
    rms: dict[RowId, list[RowId]]
    tellers: dict[RowId, list[RowId]]
    segments: list[RowId]
    products: dict[str, RowId]
    campaigns: list[RowId]


class Generator:
    """Produces the rows of a demo bank for customers `start` to `stop`, deterministically."""

    def __init__(self, seed: int, customers: int, as_of: date, stamp: str) -> None:
        self.seed = seed
        self.customers = customers
        self.as_of = as_of
        self.now = datetime(as_of.year, as_of.month, as_of.day, 9)
        """Naive, in UTC: rows store UTC without a zone."""
        self.stamp = stamp
        self.periods = month_periods(as_of)
        rng = random.Random(seed)  # noqa: S311 - jitter or demo data, not a secret
        self.ids = {name: Ids(rng) for name in (*COLUMNS, "reference")}
        self.account_serial = 0

    def row(self, table: str, *values: Any) -> Row:
        """A new row of `table`: id, version 1, updated now, not deleted, then `values`."""
        return (self.ids[table].take(), 1, self.stamp, 0, *values)

    def reference(self, out: Rows) -> Bank:
        rng = random.Random(self.seed ^ 0x5EED)  # noqa: S311 - jitter or demo data, not a secret

        def take() -> RowId:
            return bytes(self.ids["reference"].take())

        base = (1, self.stamp, 0)
        branches: list[tuple[RowId, str, str, str, str]] = []
        rms: dict[RowId, list[RowId]] = {}
        tellers: dict[RowId, list[RowId]] = {}
        for code, city, city_latin, region in m.CITIES:
            bid = take()
            branches.append((bid, code, city, city_latin, region))
            out.add("branch", (bid, *base, code, f"{city}分行", city))
            staff = [("teller", 3), ("relationship_manager", 4), ("branch_manager", 1)]
            for role, count in staff:
                for k in range(count):
                    uid = take()
                    name = m.chinese_person(rng)
                    out.add(
                        "user_account", (uid, *base, f"{role[:2]}{code}{k}", name, role, bid, 1)
                    )
                    (rms if role == "relationship_manager" else tellers).setdefault(bid, [])
                    if role == "relationship_manager":
                        rms[bid].append(uid)
                    elif role == "teller":
                        tellers[bid].append(uid)
        head = branches[0][0]
        for role, count in (("call_centre_agent", 4), ("head_office", 2), ("auditor", 1)):
            for k in range(count):
                out.add(
                    "user_account",
                    (take(), *base, f"{role[:4]}{k}", m.chinese_person(rng), role, head, 1),
                )
        segments = []
        for code, name in SEGMENTS:
            sid = take()
            segments.append(sid)
            out.add("segment", (sid, *base, code, name, f"{name}（总行划分）"))
        products = {}
        for code, name, category, liability in PRODUCTS:
            pid = take()
            products[code] = pid
            out.add("product", (pid, *base, code, name, category, int(liability)))
        campaigns = []
        names = {code: name for code, name, _category, _liability in PRODUCTS}
        for k, (product, segment) in enumerate((("WLTH", 1), ("CARD", 0), ("MORT", 1))):
            cid = take()
            campaigns.append(cid)
            start = self.as_of - timedelta(days=30)
            out.add(
                "campaign",
                (
                    cid,
                    *base,
                    f"CMP{k + 1:03d}",
                    f"{names[product]}推广活动",
                    products[product],
                    segments[segment],
                    start.isoformat(),
                    (start + timedelta(days=120)).isoformat(),
                ),
            )
        self.calendar(out, rms, take)
        return Bank(branches, rms, tellers, segments, products, campaigns)

    def calendar(self, out: Rows, rms: dict[RowId, list[RowId]], take: Callable[[], RowId]) -> None:
        """Two working weeks of availability (9-12, 14-17) for every RM."""
        first = self.now.replace(hour=0)
        for users in rms.values():
            for uid in users:
                for day in range(14):
                    when = first + timedelta(days=day)
                    if when.weekday() >= 5:
                        continue
                    for start, end in ((9, 12), (14, 17)):
                        out.add(
                            "calendar_block",
                            (
                                take(),
                                1,
                                self.stamp,
                                0,
                                uid,
                                "available",
                                ts(when.replace(hour=start)),
                                ts(when.replace(hour=end)),
                            ),
                        )

    def chunk(self, bank: Bank, start: int, stop: int, out: Rows, terms: list[Row]) -> None:
        """Customers `start` to `stop` with everything they own; their search rows to `terms`."""
        rng = random.Random((self.seed << 32) ^ start)  # noqa: S311 - jitter or demo data, not a secret
        balances = np.random.default_rng([self.seed, start])
        accounts: list[tuple[RowId, str, int]] = []
        previous: Previous | None = None
        for i in range(start, stop):
            previous = self.customer(bank, i, rng, out, terms, accounts, previous)
        self.histories(accounts, balances, out)

    def customer(
        self,
        bank: Bank,
        i: int,
        rng: random.Random,
        out: Rows,
        terms: list[Row],
        accounts: list[tuple[RowId, str, int]],
        previous: Previous | None,
    ) -> Previous | None:
        branch_id, code, city, city_latin, region = bank.branches[i % len(bank.branches)]
        number = f"C{i + 1:09d}"
        roll = rng.random()
        birth = date(1940 + rng.randrange(65), 1 + rng.randrange(12), 1 + rng.randrange(28))
        if roll < 0.10:
            kind = "business"
            name, latin = m.company(rng, city, city_latin)
            ident = m.company_code(rng, region)
        else:
            kind = "individual"
            if roll < 0.13:
                name = m.latin_person(rng)
                latin = ""
            else:
                simplified = m.chinese_person(rng)
                latin = m.pinyin_name(simplified)
                name = (
                    m.traditional(simplified)
                    if code in ("1501", "1601") or roll > 0.95
                    else simplified
                )
            ident = m.national_id(rng, region, birth.strftime("%Y%m%d"))
        lifecycle = rng.choice(LIFECYCLES)
        rm = rng.choice(bank.rms[branch_id])
        segment = (
            bank.segments[3 + (rng.random() < 0.3)]
            if kind == "business"
            else bank.segments[0 if roll < 0.7 else (1 if roll < 0.95 else 2)]
        )
        cid = self.ids["customer"].take()
        kyc = self.as_of + timedelta(days=rng.randrange(-60, 700))
        out.add(
            "customer",
            (
                cid,
                1,
                self.stamp,
                0,
                number,
                kind,
                name,
                latin,
                ident,
                birth.isoformat(),
                branch_id,
                rm,
                segment,
                lifecycle,
                kyc.isoformat(),
                "zh-CN",
            ),
        )
        phones = [m.mobile(rng)]
        if rng.random() < 0.2:
            phones.append(f"0{rng.randrange(10, 99)}-{rng.randrange(10_000_000, 99_999_999)}")
        for k, phone in enumerate(phones):
            out.add(
                ContactPoint.__tablename__,
                self.row(
                    ContactPoint.__tablename__,
                    cid,
                    "phone",
                    "mobile" if k == 0 else "home",
                    phone,
                    int(k == 0),
                ),
            )
        if rng.random() < 0.4:
            out.add(
                ContactPoint.__tablename__,
                self.row(
                    ContactPoint.__tablename__, cid, "email", "personal", f"c{i + 1}@example.cn", 0
                ),
            )
        out.add(
            ContactPoint.__tablename__,
            self.row(
                ContactPoint.__tablename__,
                cid,
                "address",
                "home",
                f"{city}市{rng.randrange(1, 300)}号",
                0,
            ),
        )
        if rng.random() < 0.5:
            out.add(
                "consent",
                self.row(
                    "consent",
                    cid,
                    "marketing_sms",
                    int(rng.random() < 0.6),
                    ts(self.now - timedelta(days=rng.randrange(900))),
                    "counter",
                ),
            )
        numbers = self.accounts(bank, cid, branch_id, rng, out, accounts)
        if (
            previous
            and previous[1] == "individual"
            and kind == "individual"
            and rng.random() < 0.25
        ):
            joint = max(previous[2], len(numbers)) < MAX_ACCOUNTS
            shared = self.couple(previous[0], cid, name, joint, rng, out, bank, branch_id, accounts)
            if shared:
                numbers.append(shared)
                partner, _kind, _held, partner_branch, partner_lifecycle = previous
                terms.extend(
                    (term, partner, fld, partner_branch, partner_lifecycle)
                    for term, fld in account_terms(shared)
                )
            previous_out = None
        else:
            previous_out = (cid, kind, len(numbers), code, lifecycle)
        self.activity(bank, cid, branch_id, rm, rng, out)
        for term, fld in customer_terms(
            customer_number=number,
            kind=kind,
            legal_name=name,
            name_latin=latin,
            national_id=ident,
            phones=phones,
            account_numbers=numbers,
        ):
            terms.append((term, cid, fld, code, lifecycle))
        return previous_out

    def accounts(
        self,
        bank: Bank,
        cid: RowId,
        branch_id: RowId,
        rng: random.Random,
        out: Rows,
        accounts: list[tuple[RowId, str, int]],
    ) -> list[str]:
        numbers = []
        for k in range(rng.choice(ACCOUNT_COUNTS)):
            product = "CUR" if k == 0 else rng.choice(list(bank.products))
            aid, number = self.account(bank, product, branch_id, rng, out, accounts)
            out.add("account_holder", self.row("account_holder", aid, cid, "primary"))
            numbers.append(number)
        return numbers

    def account(
        self,
        bank: Bank,
        product: str,
        branch_id: RowId,
        rng: random.Random,
        out: Rows,
        accounts: list[tuple[RowId, str, int]],
    ) -> tuple[RowId, str]:
        self.account_serial += 1
        number = f"6222{self.account_serial:011d}{rng.randrange(10_000):04d}"
        age = rng.randrange(1, 120)
        opened = self.as_of - timedelta(days=30 * age + rng.randrange(30))
        aid = self.ids["account"].take()
        accounts.append((aid, product, min(age, HISTORY_MONTHS)))
        balance = int(rng.lognormvariate(10, 1.4)) * MONEY_SCALE
        out.add(
            "account",
            (
                aid,
                1,
                self.stamp,
                0,
                number,
                bank.products[product],
                branch_id,
                "CNY",
                "open",
                opened.isoformat(),
                None,
                balance,
                ts(self.now),
            ),
        )
        return aid, number

    def couple(
        self,
        partner: RowId,
        cid: RowId,
        name: str,
        joint: bool,
        rng: random.Random,
        out: Rows,
        bank: Bank,
        branch_id: RowId,
        accounts: list[tuple[RowId, str, int]],
    ) -> str | None:
        """Makes the customer the spouse of `partner`, in one household; returns the number of
        the joint account they may open."""
        out.add("party_relationship", self.row("party_relationship", cid, partner, "spouse", ""))
        hid = self.ids["household"].take()
        out.add("household", (hid, 1, self.stamp, 0, f"{name[:1]}家"))
        out.add("household_member", self.row("household_member", hid, partner, "head"))
        out.add("household_member", self.row("household_member", hid, cid, "member"))
        if not joint or rng.random() >= 0.4:
            return None
        aid, number = self.account(bank, "SAV", branch_id, rng, out, accounts)
        out.add("account_holder", self.row("account_holder", aid, partner, "primary"))
        out.add("account_holder", self.row("account_holder", aid, cid, "joint"))
        return number

    def activity(
        self, bank: Bank, cid: RowId, branch_id: RowId, rm: RowId, rng: random.Random, out: Rows
    ) -> None:
        teller = rng.choice(bank.tellers[branch_id])
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            when = self.now - timedelta(days=rng.randrange(730), minutes=rng.randrange(600))
            out.add(
                "interaction",
                self.row(
                    "interaction",
                    cid,
                    rng.choice(INTERACTIONS),
                    rng.choice(CHANNELS),
                    ts(when),
                    teller,
                    branch_id,
                    rng.choice(SUBJECTS),
                    "",
                    "",
                ),
            )
        if rng.random() < 0.1:
            due = self.as_of + timedelta(days=rng.randrange(-10, 30))
            out.add(
                "task", self.row("task", cid, None, rm, "回访客户", due.isoformat(), "open", None)
            )
        if rng.random() < 0.3:
            product = rng.choice(("WLTH", "CARD", "INS", "MORT"))
            out.add(
                "offer",
                self.row(
                    "offer",
                    cid,
                    bank.products[product],
                    rng.choice(bank.campaigns),
                    "同类客户常持有该产品",
                    rng.randrange(30, 100),
                    "suggested",
                    (self.as_of + timedelta(days=60)).isoformat(),
                ),
            )
        if rng.random() < 0.1:
            stage = rng.choice(STAGES)
            created = self.now - timedelta(days=rng.randrange(90))
            out.add(
                "referral",
                self.row(
                    "referral",
                    cid,
                    bank.products["WLTH"],
                    teller,
                    rm,
                    stage,
                    rng.randrange(10_000, 500_000) * MONEY_SCALE,
                    "",
                    ts(created),
                    ts(created + timedelta(days=20)) if stage in ("won", "lost") else None,
                ),
            )
        if rng.random() < 0.05:
            start = (self.now + timedelta(days=rng.randrange(-30, 14))).replace(hour=10)
            out.add(
                "appointment",
                self.row(
                    "appointment",
                    rm,
                    cid,
                    teller,
                    ts(start),
                    ts(start + timedelta(minutes=30)),
                    "理财规划",
                    "confirmed",
                    "counter",
                ),
            )

    def histories(
        self, accounts: Sequence[tuple[RowId, str, int]], gen: np.random.Generator, out: Rows
    ) -> None:
        """24 months of balances and profitability per account, drawn in bulk with numpy."""
        n = len(accounts)
        if not n:
            return
        lending = np.array([p in ("MORT", "LOAN", "CARD") for _a, p, _m in accounts])
        base = gen.lognormal(10.5, 1.3, n) * MONEY_SCALE
        walk = np.cumprod(1 + gen.normal(0.004, 0.05, (n, HISTORY_MONTHS)), axis=1)
        balance = (base[:, None] * walk).astype(np.int64)
        yearly_income = np.where(lending, 0.045, 0.022)[:, None]
        yearly_cost = np.where(lending, 0.025, 0.012)[:, None]
        records = np.zeros((n, HISTORY_MONTHS), dtype=[("p", "<i4"), ("v", "<i8", (6,))])
        records["p"] = np.array(self.periods, dtype=np.int32)
        values = records["v"]
        values[:, :, 0] = balance
        values[:, :, 1] = (balance * yearly_income / 12).astype(np.int64)
        values[:, :, 2] = gen.integers(0, 60, (n, HISTORY_MONTHS)) * MONEY_SCALE
        values[:, :, 3] = (balance * yearly_cost / 12).astype(np.int64)
        values[:, :, 4] = gen.integers(5, 25, (n, HISTORY_MONTHS)) * MONEY_SCALE
        values[:, :, 5] = np.where(lending[:, None], balance // 2400, 0)
        header = bytes([FORMAT_VERSION])
        for k, (aid, _product, months) in enumerate(accounts):
            blob = bytearray(header + records[k, HISTORY_MONTHS - months :].tobytes())
            out.add("account_history", self.row("account_history", aid, blob))


def write(conn: RawConnection, rows: Rows) -> int:
    count = 0
    for table, values in rows.tables.items():
        conn.executemany(insert_sql(table), values)
        count += len(values)
    return count


def chunks(customers: int) -> Iterator[tuple[int, int]]:
    for start in range(0, customers, CHUNK):
        yield start, min(customers, start + CHUNK)
