"""A server database with many customers and their accounts, written straight into SQLite.

Used by the initial-sync and load benchmarks: the demo generator builds a whole bank
(history, interactions, calendars) and takes minutes per million customers; these
benchmarks need only the rows a first sync moves, fast and reproducibly. Rows are stored
exactly as the server's models store them (16-byte ids, money in 1/10,000 units).
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from client.schema.enums import Role
from client.schema.models import ContactPoint
from sync.server import migrations
from sync.server.db import Database, make_engine
from sync.server.users import add_branch, add_user

PASSWORD = "bench-pass"
BRANCHES = ("BJ01", "SH01", "GZ01", "SZ01")
STAMP = "2026-11-01 08:00:00.000000"
"""How the server stores a UTC timestamp in SQLite."""
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
PINYIN = dict(
    zip(
        SURNAMES + GIVEN,
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
        "Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Juan Tao Ming Chao Xiu Xia "
        "Ping Gang Gui".split(),
        strict=True,
    )
)
HASHER = PasswordHasher.from_parameters(CHEAPEST)


def _guid(rng: random.Random) -> bytes:
    return uuid.UUID(int=rng.getrandbits(128), version=4).bytes


def build_server(path: Path, customers: int, seed: int = 7, users_per_branch: int = 0) -> None:
    """Creates the database at `path`: branches, users, a product, customers, accounts."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    engine.dispose()
    db = Database(url)
    now = datetime.now(UTC)
    with db.writer() as session, session.begin():
        branch_ids = [
            add_branch(session, code, f"{code} main", code[:2], now).id for code in BRANCHES
        ]
        add_user(
            session,
            HASHER,
            username="bench",
            role=Role.HEAD_OFFICE,
            branch_code="BJ01",
            password=PASSWORD,
            now=now,
        )
        for code in BRANCHES:
            for n in range(users_per_branch):
                add_user(
                    session,
                    HASHER,
                    username=f"teller{n}@{code}",
                    role=Role.TELLER,
                    branch_code=code,
                    password=PASSWORD,
                    now=now,
                )
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    version = conn.execute("SELECT value FROM server_feed_counter").fetchone()[0]
    rng = random.Random(seed)
    product = _guid(rng)
    version += 1
    conn.execute(
        "INSERT INTO product (code, name, category, is_liability, id, version, updated_at, "
        "deleted) VALUES ('SAV1', 'Savings', 'savings', 0, ?, ?, ?, 0)",
        (product, version, STAMP),
    )
    conn.execute("BEGIN")
    for batch in _batches(rng, customers, branch_ids, product, version + 1):
        for sql, rows in batch:
            conn.executemany(sql, rows)
    top = max(
        conn.execute(f"SELECT coalesce(max(version), 0) FROM {t}").fetchone()[0]
        for t in ("customer", ContactPoint.__tablename__, "account", "account_holder", "product")
    )
    conn.execute("UPDATE server_feed_counter SET value = ?", (top,))
    conn.execute("COMMIT")
    conn.close()


CUSTOMER_SQL = (
    "INSERT INTO customer (customer_number, kind, legal_name, name_latin, national_id, "
    "birth_date, home_branch_id, lifecycle, preferred_language, id, version, updated_at, "
    "deleted) VALUES (?, 'individual', ?, ?, ?, ?, ?, 'active', 'zh-CN', ?, ?, ?, 0)"
)
CONTACT_SQL = (
    "INSERT INTO contact_point (customer_id, kind, label, value, is_primary, id, version, "
    "updated_at, deleted) VALUES (?, 'phone', 'mobile', ?, 1, ?, ?, ?, 0)"
)
ACCOUNT_SQL = (
    "INSERT INTO account (account_number, product_id, branch_id, currency, status, opened_on, "
    "balance, balance_as_of, id, version, updated_at, deleted) "
    "VALUES (?, ?, ?, 'CNY', 'open', '2020-03-01', ?, ?, ?, ?, ?, 0)"
)
HOLDER_SQL = (
    "INSERT INTO account_holder (account_id, customer_id, role, id, version, updated_at, "
    "deleted) VALUES (?, ?, 'primary', ?, ?, ?, 0)"
)

Batch = list[tuple[str, list[tuple[object, ...]]]]


def _batches(
    rng: random.Random, customers: int, branches: list[uuid.UUID], product: bytes, version: int
) -> Iterator[Batch]:
    size = 20_000
    for start in range(0, customers, size):
        people, phones, accounts, holders = [], [], [], []
        for n in range(start, min(customers, start + size)):
            cid = _guid(rng)
            surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
            branch = branches[n % len(branches)].bytes
            people.append(
                (
                    f"C{n:09d}",
                    surname + given,
                    f"{PINYIN[surname]} {PINYIN[given]}",
                    f"1101011980{n % 10000:04d}{n % 1000:03d}X",
                    "1980-01-01",
                    branch,
                    cid,
                    version,
                    STAMP,
                )
            )
            version += 1
            phones.append((cid, f"13{n:09d}", _guid(rng), version, STAMP))
            version += 1
            for k in range(1 + n % 2):
                aid = _guid(rng)
                accounts.append(
                    (
                        f"62220{n:010d}{k}",
                        product,
                        branch,
                        rng.randrange(10**9),
                        STAMP,
                        aid,
                        version,
                        STAMP,
                    )
                )
                version += 1
                holders.append((aid, cid, _guid(rng), version, STAMP))
                version += 1
        yield [
            (CUSTOMER_SQL, people),
            (CONTACT_SQL, phones),
            (ACCOUNT_SQL, accounts),
            (HOLDER_SQL, holders),
        ]
