"""Master data from an empty server: `branch add|list`, `segment add|list`, `import
branches|products`; product family and line (and the category kept working), through the
feed to the workstations. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import MetaData, func, insert, select, text

from client import migrations as client_migrations
from client.profile import Profile
from client.schema.enums import ProductCategory, ProductFamily, ProductLine
from client.schema.models import Branch, Product, Segment
from client.store import LocalCache
from sync.server import migrations
from sync.server.cli import main
from sync.server.db import Database, make_engine
from sync.server.demo import seed_demo
from sync.server.demo_bank import seed_demo_bank
from sync.server.feed import latest_version
from sync.server.imports.progress import Progress
from tests.sync.conftest import HASHER, PG_ADMIN, PG_HOST, Api, _pg_reachable

PRODUCTS = """product_code,name,family,line
SAV,活期储蓄,deposit,retail
MORT,住房按揭,loan,retail
PAYQR,扫码收款,payment,commercial
"""


def run(api_or_url: Api | str, *argv: str) -> int:
    url = (
        api_or_url
        if isinstance(api_or_url, str)
        else api_or_url.db.engine.url.render_as_string(hide_password=False)
    )
    return main([*argv, "--database", url])


def write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(db: Database, model: type) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def version(api: Api) -> int:
    with api.db.reader() as session:
        return latest_version(session)


def test_an_empty_server_gets_its_branches_and_segments_by_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'bank.db'}"
    assert main(["init", "--database", url]) == 0
    assert run(url, "branch", "list", "--json") == 0
    assert "[]" in capsys.readouterr().out
    assert run(url, "branch", "add", "BJ01", "--name", "北京分行营业部", "--city", "北京") == 0
    assert run(url, "branch", "add", "SH01", "--name", "上海分行") == 0
    assert run(url, "branch", "add", "BJ01", "--name", "again") == 2
    assert "the branch code 'BJ01' is taken" in capsys.readouterr().err
    assert run(url, "branch", "add", "TOO-LONG-CODE", "--name", "x") == 2
    assert "code: at most 8 characters" in capsys.readouterr().err
    assert run(url, "branch", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["code"], b["name"], b["city"]) for b in listed] == [
        ("BJ01", "北京分行营业部", "北京"),
        ("SH01", "上海分行", ""),
    ]
    assert (
        run(url, "segment", "add", "AFFLUENT", "--name", "财富客户", "--description", "50万以上")
        == 0
    )
    assert run(url, "segment", "add", "MASS", "--name", "大众客户") == 0
    assert run(url, "segment", "add", "MASS", "--name", "again") == 2
    capsys.readouterr()
    assert run(url, "segment", "list", "--json") == 0
    segments = json.loads(capsys.readouterr().out)
    assert [(s["code"], s["name"], s["description"]) for s in segments] == [
        ("AFFLUENT", "财富客户", "50万以上"),
        ("MASS", "大众客户", ""),
    ]
    assert run(url, "segment", "list") == 0
    assert "财富客户" in capsys.readouterr().out


def test_new_branches_and_segments_reach_the_workstations(api: Api) -> None:
    _, cursor = api.pull_all(api.login("teller@BJ01"))
    assert run(api, "branch", "add", "GZ01", "--name", "广州分行", "--city", "广州") == 0
    assert run(api, "segment", "add", "SME", "--name", "小微企业") == 0
    changes, _ = api.pull_all(api.login("teller@BJ01"), cursor)
    pulled = {(c["table"], c["row"].get("code")) for c in changes}
    assert {("branch", "GZ01"), ("segment", "SME")} <= pulled


def test_import_branches_is_idempotent_and_lists_every_problem(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "code,name,city\nGZ01,广州分行,广州\nSZ01,深圳分行,深圳\n", "b.csv")
    assert run(api, "import", "branches", str(good), "--dry-run") == 0
    assert "would have 2 created" in capsys.readouterr().out
    assert count(api.db, Branch) == 2
    assert run(api, "import", "branches", str(good)) == 0
    assert "2 created, 0 updated, 0 unchanged" in capsys.readouterr().out
    before = version(api)
    assert run(api, "import", "branches", str(good)) == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert version(api) == before
    renamed = write(tmp_path, "code,name,city\nGZ01,广州分行营业部,广州\n", "r.csv")
    assert run(api, "import", "branches", str(renamed)) == 0
    assert "0 created, 1 updated" in capsys.readouterr().out
    bad = write(
        tmp_path,
        "code,name,city\nXA01,西安分行,西安\nWAYTOOLONG,,x\nXA01,again,\n,\u202e名,\nCD01,成都,成都,extra\n",
        "bad.csv",
    )
    assert run(api, "import", "branches", str(bad)) == 1
    err = capsys.readouterr().err
    assert "4 bad row(s); nothing was imported" in err
    assert "line 3: code: at most 8 characters (10 given); missing name" in err
    assert "line 4: code XA01 already on line 2" in err
    assert "line 5: name: holds a bidirectional control character" in err
    assert "which is not allowed; missing code" in err
    assert "line 6: more values than header columns" in err
    assert count(api.db, Branch) == 4
    assert run(api, "import", "branches", str(write(tmp_path, "code,city\n", "h.csv"))) == 2
    assert "the header lacks the column(s) name" in capsys.readouterr().err
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("\ufeffcode,name,city\nNJ01,南京分行,".encode() + "南京\n".encode("gbk"))
    assert run(api, "import", "branches", str(gbk)) == 1
    err = capsys.readouterr().err
    assert "line 2: city: not UTF-8 text" in err and "GBK" in err
    assert count(api.db, Branch) == 4


def test_import_products_fills_family_and_line_and_keeps_the_category(
    api: Api, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, PRODUCTS, "products.csv")
    assert run(api, "import", "products", str(path)) == 0
    assert "3 created" in capsys.readouterr().out
    with api.db.reader() as session:
        got = {
            p.code: (p.family, p.line, p.category, p.is_liability)
            for p in session.scalars(select(Product))
        }
    assert got == {
        "SAV": (ProductFamily.DEPOSIT, ProductLine.RETAIL, ProductCategory.SAVINGS, False),
        "MORT": (ProductFamily.LOAN, ProductLine.RETAIL, ProductCategory.LOAN, True),
        "PAYQR": (ProductFamily.PAYMENT, ProductLine.COMMERCIAL, ProductCategory.CURRENT, False),
    }
    before = version(api)
    assert run(api, "import", "products", str(path)) == 0
    assert "0 created, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert version(api) == before
    finer = write(
        tmp_path,
        "product_code,name,family,line,category\nMORT,住房按揭,loan,retail,mortgage\n",
        "finer.csv",
    )
    assert run(api, "import", "products", str(finer)) == 0
    assert "1 updated" in capsys.readouterr().out
    with api.db.reader() as session:
        mortgage = session.scalars(select(Product).where(Product.code == "MORT")).one()
        assert mortgage.category is ProductCategory.MORTGAGE
    bad = write(
        tmp_path,
        "product_code,name,family,line,category\n"
        "SAV,活期储蓄,deposit,retail,\n"
        "X1,,stocks,wholesale,\n"
        "X2,卡,card,retail,loan\n"
        "SAV,重复,deposit,retail,\n",
        "bad.csv",
    )
    assert run(api, "import", "products", str(bad)) == 1
    err = capsys.readouterr().err
    assert "3 bad row(s); nothing was imported" in err
    assert "line 3: missing name; family 'stocks' is not one of deposit, loan, card" in err
    assert "line 'wholesale' is not one of retail, commercial" in err
    assert "line 4: category loan is not of the family card" in err
    assert "line 5: product_code SAV already on line 2" in err
    assert count(api.db, Product) == 3


def test_products_and_users_made_without_the_new_fields_get_sensible_ones(api: Api) -> None:
    with api.db.writer() as session, session.begin():
        session.add(
            Product(
                id=uuid.uuid4(),
                code="CARD",
                name="信用卡",
                category="card",
                version=0,
                deleted=False,
            )
        )
    with api.db.reader() as session:
        card = session.scalars(select(Product).where(Product.code == "CARD")).one()
        assert (card.family, card.line) == (ProductFamily.CARD, ProductLine.RETAIL)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (its own, so it can be built step by step)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    reason = _pg_reachable()
    if reason:
        pytest.skip(reason)
    name = f"guitai_mig_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@{PG_HOST}/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_migration_gives_existing_products_the_family_of_their_category(
    empty_url: str,
) -> None:
    engine = make_engine(empty_url)
    try:
        config = migrations.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0006")
        old = MetaData()
        old.reflect(engine, only=["product"])
        stamp = {"version": 1, "updated_at": datetime.now(UTC), "deleted": False}
        with engine.begin() as conn:
            for code, category in (
                ("TD", "time_deposit"),
                ("MORT", "mortgage"),
                ("INS", "insurance"),
            ):
                row_id = uuid.uuid4()
                conn.execute(
                    insert(old.tables["product"]).values(
                        id=row_id.bytes if engine.dialect.name == "sqlite" else row_id,
                        code=code,
                        name=code,
                        category=category,
                        is_liability=False,
                        **stamp,
                    )
                )
        migrations.upgrade(engine)
        with engine.connect() as conn:
            got = dict(conn.execute(text("SELECT code, family FROM product")).all())
            lines = set(conn.execute(text("SELECT line FROM product")).scalars())
    finally:
        engine.dispose()
    assert got == {"TD": "deposit", "MORT": "loan", "INS": "insurance"}
    assert lines == {"retail"}


def test_the_full_demo_bank_gives_each_product_its_family(tmp_path: Path) -> None:
    seed_demo_bank(tmp_path / "demo.db", 5, hasher=HASHER)
    db = Database(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        with db.reader() as session:
            families = {p.code: p.family for p in session.scalars(select(Product))}
    finally:
        db.dispose()
    assert families["CARD"] is ProductFamily.CARD and families["MORT"] is ProductFamily.LOAN
    assert families["SAV"] is ProductFamily.DEPOSIT and families["INS"] is ProductFamily.INSURANCE


def test_the_demo_bank_fills_family_and_line(api: Api) -> None:
    seed_demo(api.db, customers=3)
    with api.db.reader() as session:
        demo = {p.code: (p.family, p.line) for p in session.scalars(select(Product))}
    assert demo["SAV"] == (ProductFamily.DEPOSIT, ProductLine.RETAIL)
    assert demo["TD12"] == (ProductFamily.DEPOSIT, ProductLine.RETAIL)
    assert count(api.db, Segment) >= 3


def test_the_cache_migration_derives_the_same_families(tmp_path: Path) -> None:
    profile = Profile.open(tmp_path / "profile", create=True)
    with LocalCache.open(profile, migrate=False) as cache:
        config = client_migrations.alembic_config()
        with cache.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
        old = MetaData()
        old.reflect(cache.engine, only=["product"])
        stamp = {"version": 1, "updated_at": datetime.now(UTC), "deleted": False}
        with cache.engine.begin() as conn:
            for code, category in (("CARD", "card"), ("CUR", "current"), ("LOAN", "loan")):
                conn.execute(
                    insert(old.tables["product"]).values(
                        id=uuid.uuid4().bytes,
                        code=code,
                        name=code,
                        category=category,
                        is_liability=False,
                        **stamp,
                    )
                )
    with LocalCache.open(profile) as cache, cache.session() as session:
        got = {p.code: (p.family, p.line) for p in session.scalars(select(Product))}
    assert got == {
        "CARD": (ProductFamily.CARD, ProductLine.RETAIL),
        "CUR": (ProductFamily.DEPOSIT, ProductLine.RETAIL),
        "LOAN": (ProductFamily.LOAN, ProductLine.RETAIL),
    }


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_line_is_shown_on_a_terminal_only() -> None:
    terminal = Terminal()
    assert len(list(Progress("users", terminal).over(list(range(2_500)), "checked"))) == 2_500
    shown = terminal.getvalue()
    assert "\rusers: checked 1,000 of 2,500 lines" in shown
    assert shown.endswith("\rusers: checked 2,500 of 2,500 lines\n")
    piped = io.StringIO()
    assert len(list(Progress("users", piped).over([1, 2, 3], "checked"))) == 3
    assert piped.getvalue() == ""
