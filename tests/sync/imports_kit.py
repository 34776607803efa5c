"""What the CSV import tests share: a bank to import into and the command line to run."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from client.schema.enums import ProductCategory
from client.schema.models import Product, Segment
from sync.server.cli import main
from sync.server.db import Database
from sync.server.feed import latest_version
from sync.server.tables import change_log

CUSTOMERS_HEADER = (
    "customer_number,kind,name,name_latin,national_id,phone,email,branch_code,segment,birth_date"
)


def add_reference_data(db: Database) -> None:
    """A savings product SAV and a segment MASS (the branches come from `seed_org`)."""
    with db.writer() as session, session.begin():
        session.add(
            Product(
                id=uuid.uuid4(),
                code="SAV",
                name="Savings",
                category=ProductCategory.SAVINGS,
                version=0,
                deleted=False,
            )
        )
        session.add(Segment(id=uuid.uuid4(), code="MASS", name="Mass", version=0, deleted=False))


def run(db: Database, *argv: str) -> int:
    """`guitai-server ARGV --database URL`."""
    url = db.engine.url.render_as_string(hide_password=False)
    return main([*argv, "--database", url])


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def count(db: Database, model: type) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def feed_state(db: Database) -> tuple[int, int]:
    """The feed's last version and how many change-log entries there are."""
    with db.reader() as session:
        entries = session.scalar(select(func.count()).select_from(change_log)) or 0
        return latest_version(session), int(entries)


CUSTOMERS = (
    CUSTOMERS_HEADER
    + """
C001,individual,张伟,Zhang Wei,110101199001011234,13800000001,zw@example.cn,BJ01,MASS,1990-01-01
C002,individual,李娜,Li Na,110101199202023456,13800000002,,BJ01,,1992-02-02
C003,business,上海贸易有限公司,Shanghai Trading,91310000MA1K,,,SH01,,2005-06-30
"""
)
"""Three good customers: two at BJ01, one at SH01."""


def load_customers(db: Database, folder: Path) -> None:
    assert run(db, "import", "customers", write(folder, "base-customers.csv", CUSTOMERS)) == 0
