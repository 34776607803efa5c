"""The encrypted cache: unreadable without its key, the key kept out of files and logs, and
every failure to open it a clear message that changes nothing on disk."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy import Connection, MetaData, insert, select, text

from client import migrations
from client.cache_backup import KEPT, backups_of
from client.cli import main
from client.errors import CacheError, KeyUnavailableError, UsageError
from client.keys import KEYRING_SERVICE, OSKeyring
from client.profile import Profile
from client.schema.models import Account, Branch, Customer, Product
from client.store import LocalCache, cache_key, connect_raw

NAME = "欧阳娜娜"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in this process only, standing in for the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("GUITAI_ALLOW_DEV_KEY_FILE")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("GUITAI_ALLOW_DEV_KEY_FILE")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def fill(cache: LocalCache) -> str:
    """Writes one customer with an account; returns the customer number."""
    with cache.session() as session:
        branch = Branch(code="0101", name="北京分行", city="北京")
        product = Product(code="SAV", name="活期储蓄", category="savings")
        session.add_all([branch, product])
        session.flush()
        session.add(
            Customer(
                customer_number="C000000001",
                kind="individual",
                legal_name=NAME,
                name_latin="OUYANG Nana",
                national_id="11010519491231002X",
                home_branch_id=branch.id,
            )
        )
        session.add(
            Account(
                account_number="6222020200112233445",
                product_id=product.id,
                branch_id=branch.id,
                currency="CNY",
                status="open",
                opened_on=date(2020, 1, 2),
                balance=Decimal("1234567.8912"),
                balance_as_of=datetime.now(UTC),
            )
        )
    return "C000000001"


def cache_files(profile: Profile) -> list[Path]:
    return [p for p in profile.folder.iterdir() if p.name.startswith("cache.db")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite_cannot_open_the_cache_and_no_name_is_in_its_bytes(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
        files = cache_files(profile)
        assert files, "the cache wrote no file"
        for path in files:
            data = path.read_bytes()
            assert NAME.encode("utf-8") not in data
            assert NAME.encode("utf-16-le") not in data
            assert b"OUYANG" not in data and b"11010519491231002X" not in data
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(profile.cache_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_cache_made_in_sqlciphers_default_page_format_still_opens(profile_dir: Path) -> None:
    """Caches made before new ones authenticated pages with HMAC-SHA256 use SHA-512."""
    profile = Profile.open(profile_dir, create=True)
    key = cache_key(profile)
    old = sqlcipher3.connect(str(profile.cache_path), isolation_level=None)
    old.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    old.execute("CREATE TABLE kept (note TEXT)")
    old.execute("INSERT INTO kept VALUES ('from before')")
    old.close()

    conn = connect_raw(profile.cache_path, key)
    new = connect_raw(profile_dir / "new.db", key)

    assert conn.execute("SELECT note FROM kept").fetchall() == [("from before",)]
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
    assert new.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
    conn.close()
    new.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_cache_files_are_private_to_their_owner(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
        modes = {p.name: p.stat().st_mode & 0o777 for p in cache_files(profile)}
    assert modes and all(mode == 0o600 for mode in modes.values()), modes
    assert profile_dir.stat().st_mode & 0o077 == 0


def test_money_round_trips_exactly(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
        with cache.session() as session:
            account = session.scalars(select(Account)).one()
            assert account.balance == Decimal("1234567.8912")
            account.balance = Decimal("0.1") + Decimal("0.2")
        with cache.session() as session:
            assert session.scalars(select(Account)).one().balance == Decimal("0.3")


def test_money_refuses_floats(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
        with pytest.raises(Exception, match="never float"), cache.session() as session:
            session.scalars(select(Account)).one().balance = 0.1  # type: ignore[assignment]
            session.flush()
        with cache.session() as session:
            assert session.scalars(select(Account)).one().balance == Decimal("1234567.8912")


def test_the_key_is_in_the_keyring_and_in_no_file_or_log(
    memory_keyring: MemoryKeyring,
    profile_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        number = fill(cache)
    (secret,) = memory_keyring.entries.values()
    assert (KEYRING_SERVICE, f"cache-key:{profile.profile_id}") in memory_keyring.entries
    key = bytes.fromhex(secret)
    assert len(key) == 32

    assert main(["-v", "show", number, "--profile", str(profile_dir)]) in (0, 2)
    assert main(["-v", "search", "zz", "--profile", str(profile_dir)]) in (0, 2)
    captured = capsys.readouterr()

    log_dir = Path(os.environ["GUITAI_LOG_DIR"])
    places = [*profile_dir.rglob("*"), *log_dir.rglob("*")]
    forms = [key, key.hex().encode(), key.hex().upper().encode()]
    for path in (p for p in places if p.is_file()):
        data = path.read_bytes()
        for form in forms:
            assert form not in data, f"the cache key was found in {path}"
    for stream in (captured.out, captured.err):
        assert key.hex() not in stream.lower()


def test_a_machine_without_keyring_is_refused_with_a_clear_message(
    no_keyring: None, profile_dir: Path
) -> None:
    profile = Profile.open(profile_dir, create=True)
    with pytest.raises(KeyUnavailableError, match=r"no usable keyring.*GUITAI_ALLOW_DEV_KEY_FILE"):
        LocalCache.open(profile)
    assert not profile.cache_path.exists()


def test_a_plain_file_keyring_is_refused(
    monkeypatch: pytest.MonkeyPatch, profile_dir: Path
) -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    monkeypatch.delenv("GUITAI_ALLOW_DEV_KEY_FILE")
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyUnavailableError, match="keeps secrets in a plain file"):
            LocalCache.open(Profile.open(profile_dir, create=True))
    finally:
        keyring.set_keyring(previous)


def test_cli_without_keyring_exits_non_zero_without_traceback(
    no_keyring: None, profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Profile.open(profile_dir, create=True)
    profile_dir.joinpath("cache.db").write_bytes(b"\0" * 4096)
    code = main(["show", "C1", "--profile", str(profile_dir)])
    err = capsys.readouterr().err
    assert code == KeyUnavailableError.exit_code
    assert "keyring" in err and "Traceback" not in err


def test_a_missing_key_leaves_the_cache_untouched(
    memory_keyring: MemoryKeyring, profile_dir: Path
) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
    before = {p.name: digest(p) for p in cache_files(profile)}
    memory_keyring.entries.clear()
    with pytest.raises(KeyUnavailableError, match="not in this machine's keyring"):
        LocalCache.open(profile)
    assert {p.name: digest(p) for p in cache_files(profile)} == before
    assert not memory_keyring.entries, "a new key must not replace the lost one"


def test_a_wrong_key_is_refused_and_changes_nothing(
    memory_keyring: MemoryKeyring, profile_dir: Path
) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
    before = {p.name: digest(p) for p in cache_files(profile)}
    OSKeyring().save(profile.profile_id, b"\x01" * 32)
    with pytest.raises(CacheError, match="damaged or was encrypted with another key"):
        LocalCache.open(profile)
    assert {p.name: digest(p) for p in cache_files(profile)} == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage" * 100,
        lambda data: data[: len(data) // 3],
        lambda data: data[:100] + bytes(200) + data[300:],
    ],
    ids=["replaced", "truncated", "overwritten-header"],
)
def test_a_corrupt_cache_gives_a_clear_error_and_is_not_modified(
    profile_dir: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        number = fill(cache)
    path = profile.cache_path
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    for extra in (path.with_name("cache.db-wal"), path.with_name("cache.db-shm")):
        extra.unlink(missing_ok=True)
    before = digest(path)
    code = main(["show", number, "--profile", str(profile_dir)])
    err = capsys.readouterr().err
    assert code == CacheError.exit_code
    assert "cannot be" in err and "Traceback" not in err
    assert digest(path) == before


def test_a_cache_from_a_newer_version_is_refused(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache, cache.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    with pytest.raises(CacheError, match="newer version of Guitai"):
        LocalCache.open(profile)


def test_a_new_cache_matches_the_schema_exactly(profile_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from client.schema.local import local_metadata
    from client.schema.models import Base

    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache, cache.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert compare_metadata(context, [Base.metadata, local_metadata]) == []
        modes = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        assert modes == "wal"


def test_ids_are_uuids_made_offline(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
        with cache.session() as session:
            customer = session.scalars(select(Customer)).one()
            assert isinstance(customer.id, uuid.UUID) and customer.id.version == 4
            assert customer.version == 0 and customer.deleted is False


def test_a_damaged_profile_file_is_named(profile_dir: Path) -> None:
    Profile.open(profile_dir, create=True)
    (profile_dir / "profile.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CacheError, match=r"profile\.json is damaged"):
        Profile.open(profile_dir)


def test_a_folder_without_profile_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no Guitai profile"):
        Profile.open(tmp_path / "nowhere")


def at_revision(profile: Profile, revision: str) -> None:
    """Gives the profile a cache at the older schema `revision`, with one customer in it."""
    from alembic import command

    with LocalCache.open(profile, migrate=False) as cache:
        config = migrations.alembic_config()
        with cache.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        with cache.engine.begin() as conn:
            fill_old(conn)


def fill_old(conn: Connection) -> None:
    """One customer of one branch, written through the tables as the old schema has them
    (the models may have columns it lacks)."""
    tables = MetaData()
    tables.reflect(conn, only=["branch", "customer"])
    replicated = {"version": 0, "updated_at": datetime.now(UTC), "deleted": False}
    branch_id = uuid.uuid4().bytes
    conn.execute(
        insert(tables.tables["branch"]).values(
            id=branch_id, code="0101", name="北京分行", city="北京", **replicated
        )
    )
    conn.execute(
        insert(tables.tables["customer"]).values(
            id=uuid.uuid4().bytes,
            customer_number="C000000001",
            kind="individual",
            legal_name=NAME,
            name_latin="OUYANG Nana",
            national_id="11010519491231002X",
            home_branch_id=branch_id,
            lifecycle="active",
            preferred_language="zh-CN",
            **replicated,
        )
    )


def test_an_older_cache_is_backed_up_before_its_upgrade(
    profile_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    profile = Profile.open(profile_dir, create=True)
    at_revision(profile, "0001")
    before = digest(profile.cache_path)
    with caplog.at_level(logging.INFO, logger="client"), LocalCache.open(profile) as cache:
        assert migrations.current_revision(cache.engine) == migrations.head_revision()
        with cache.session() as session:
            assert session.scalars(select(Customer.legal_name)).one() == NAME
    (backup,) = backups_of(profile.cache_path)
    assert backup.name.startswith("cache.db.before-0001-") and backup.name.endswith(".bak")
    assert digest(backup) == before
    if os.name == "posix":
        assert backup.stat().st_mode & 0o777 == 0o600
    assert str(backup) in caplog.text


def test_a_current_cache_is_not_backed_up(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    with LocalCache.open(profile) as cache:
        fill(cache)
    with LocalCache.open(profile):
        pass
    assert backups_of(profile.cache_path) == []


def test_a_failed_upgrade_names_the_backup_and_leaves_the_cache_as_it_was(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Profile.open(profile_dir, create=True)
    at_revision(profile, "0001")

    def broken(engine: object) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "upgrade", broken)
        with pytest.raises(CacheError, match="could not be upgraded from schema 0001") as caught:
            LocalCache.open(profile)
    (backup,) = backups_of(profile.cache_path)
    assert str(backup) in str(caught.value) and "disk full" in str(caught.value)
    with LocalCache.open(profile, migrate=False) as cache:
        assert migrations.current_revision(cache.engine) == "0001"
    with LocalCache.open(profile) as cache, cache.session() as session:
        assert session.scalars(select(Customer.legal_name)).one() == NAME


def test_only_the_newest_backups_are_kept(profile_dir: Path) -> None:
    profile = Profile.open(profile_dir, create=True)
    at_revision(profile, "0001")
    old = [profile_dir / f"cache.db.before-0001-2026010{i}T000000Z.bak" for i in range(1, 5)]
    for i, path in enumerate(old):
        path.write_bytes(b"old")
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    with LocalCache.open(profile):
        pass
    kept = backups_of(profile.cache_path)
    assert len(kept) == KEPT == 3
    assert kept[:2] == old[-2:] and kept[-1] not in old


def test_the_backup_holds_edits_still_in_the_write_ahead_log(
    profile_dir: Path, tmp_path: Path
) -> None:
    profile = Profile.open(profile_dir, create=True)
    at_revision(profile, "0001")
    key = cache_key(profile)
    holder = connect_raw(profile.cache_path, key)  # keeps the log from being folded in on close
    try:
        holder.execute("UPDATE customer SET name_latin = 'ONLY IN THE LOG'")
        assert profile.cache_path.with_name("cache.db-wal").stat().st_size > 0
        with LocalCache.open(profile):
            pass
    finally:
        holder.close()
    (backup,) = backups_of(profile.cache_path)
    restored = tmp_path / "restored"
    restored.mkdir()
    for name in ("profile.json", "dev-cache-key.hex"):
        shutil.copy(profile_dir / name, restored / name)
    shutil.copy(backup, restored / "cache.db")
    with LocalCache.open(Profile.open(restored), migrate=False) as cache:
        assert migrations.current_revision(cache.engine) == "0001"
        with cache.session() as session:
            assert session.scalars(select(Customer.name_latin)).one() == "ONLY IN THE LOG"
