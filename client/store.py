"""The encrypted local cache: one SQLCipher file per profile, opened through SQLAlchemy."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from client import migrations
from client.cache_backup import back_up
from client.errors import CacheError, DiskFullError, KeyUnavailableError
from client.keys import KeyStore, key_store_for, new_key
from client.lease import lease_of
from client.profile import Profile
from client.reasons import Reason
from client.wipe import note_of, wipe

log = logging.getLogger(__name__)

CACHE_KIB = 65_536
"""Each connection's page cache (64 MiB)."""

if TYPE_CHECKING:
    from sqlite3 import Connection as RawConnection
else:
    RawConnection = sqlcipher3.dbapi2.Connection
"""sqlcipher3's connection: the same API as the standard library's sqlite3 connection."""


PAGE_HMAC = "HMAC_SHA256"
"""How new caches authenticate each page. SQLCipher 4's default is HMAC-SHA512; SHA-256 is
as sound for this and runs on the CPU's SHA instructions: copying a 2.9 GB prebuilt first
download into a cache with SQLite's backup (decrypt, check, encrypt, sign every page) took
27-31 s with SHA-512 and 21 s with SHA-256 here. Caches made before keep SHA-512 and open
as they are."""
FORMATS = (PAGE_HMAC, "HMAC_SHA512")


def connect_raw(path: Path, key: bytes) -> RawConnection:
    """Opens `path` with the raw 256-bit `key` and the workstation's pragmas.

    Reads the schema once, so that a wrong key or a damaged file fails here, before anything
    can be written to it; and so finds which page format the file has (`FORMATS`, the first
    for a new file).
    """
    failure: sqlcipher3.DatabaseError | None = None
    for page_hmac in FORMATS:
        try:
            conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        except sqlcipher3.DatabaseError as exc:
            if disk_full(exc) or disk_nearly_full(path):
                raise _full(path, exc) from exc
            raise CacheError(f"the cache file {path} cannot be opened: {exc}") from exc
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")  # failures reach us as exceptions
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            if disk_full(exc):
                raise _full(path, exc) from exc
            failure = exc
            continue
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn
    if disk_nearly_full(path):
        raise _full(path, failure)
    raise CacheError(
        f"the cache file {path} cannot be read: it is damaged or was encrypted with "
        f"another key. Nothing was changed; {aside_advice(None)}"
    ) from failure


DISK_NEARLY_FULL_BYTES = 1024 * 1024
"""Free space under which a cache that fails to open is taken to fail for want of space
(SQLite does not always say so: opening a WAL cache writes its -shm file)."""


def disk_nearly_full(path: Path) -> bool:
    """True when the disk holding `path` has (almost) no space left."""
    try:
        return shutil.disk_usage(path.parent).free < DISK_NEARLY_FULL_BYTES
    except OSError:
        return False


def _full(path: Path, cause: BaseException | None) -> DiskFullError:
    return DiskFullError(
        f"the disk holding the cache {path} is full, so it cannot be opened ({cause}). The "
        "cache itself was not changed: free some disk space, then try again"
    )


def aside_advice(pending: int | None) -> str:
    """What to do with a cache that cannot be used: never to move aside one holding edits
    not uploaded yet (`pending`: how many; None when it cannot be told)."""
    if pending == 0:
        return "it holds no edits waiting to upload: move it aside and sync the profile again"
    if pending is None:
        return (
            "it may hold edits not uploaded yet: do not move or delete it; ask IT to recover "
            "it (keep the folder as it is)"
        )
    return (
        f"it holds {pending} edit(s) not uploaded yet: do not move or delete it; ask IT to "
        "recover them (keep the folder as it is)"
    )


SQLITE_FULL = 13
"""SQLite's result code for a write that found the disk (or max_page_count) full."""
ENOSPC = 28


def disk_full(exc: BaseException) -> bool:
    """True when `exc` is SQLite's or the OS's "no space left": by their codes, not words."""
    return (
        isinstance(exc, DiskFullError)
        or getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL
        or (isinstance(exc, OSError) and exc.errno == ENOSPC)
    )


def _classify(context: Any) -> BaseException | None:
    """The one place a cache database error becomes a refusal with a code (disk full)."""
    original = context.original_exception
    if disk_full(original):
        return DiskFullError(f"the disk of the cache is full: {original}")
    return None


def create_private_file(path: Path) -> None:
    """Creates an empty file only its owner can read; SQLite gives its -wal and -shm the same."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _use_wal(conn: RawConnection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise CacheError(f"the cache could not switch to WAL journaling (got {mode})")
    conn.execute("PRAGMA synchronous = NORMAL")


def cache_key(profile: Profile, store: KeyStore | None = None) -> bytes:
    """The profile's cache key; a new one only when the profile has no cache yet."""
    store = store or key_store_for(profile.folder)
    key = store.load(profile.profile_id)
    if key is not None:
        return key
    if profile.has_cache:
        raise KeyUnavailableError(
            f"the key of the cache {profile.cache_path} is not in this machine's keyring, so "
            f"the cache cannot be read; nothing was changed: {aside_advice(None)}"
        )
    key = new_key()
    store.save(profile.profile_id, key)
    return key


def _sqlalchemy_engine(
    path: Path,
    key: bytes,
    *,
    foreign_keys: bool = True,
    begin: str = "BEGIN",
    pool_size: int = 4,
    synchronous: str = "FULL",
) -> Engine:
    """`synchronous` FULL makes every commit durable (a teller's edit survives a power cut);
    NORMAL, for pulled rows only, may lose the last commits to a power cut, never corrupt."""

    def connect() -> RawConnection:
        conn = connect_raw(path, key)
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        if not foreign_keys:
            conn.execute("PRAGMA foreign_keys = OFF")
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=connect,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=pool_size,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    event.listen(engine, "handle_error", _classify, retval=True)

    return engine


def create_schema(path: Path, key: bytes) -> None:
    """Creates a new, empty cache file at `path` with the current schema."""
    create_private_file(path)
    engine = _sqlalchemy_engine(path, key)
    try:
        migrations.upgrade(engine)
    finally:
        engine.dispose()


def _upgrade(engine: Engine, path: Path, key: bytes) -> None:
    """Brings the cache to the current schema, backing it up first when that changes it."""
    current = migrations.current_revision(engine)
    if not migrations.is_older(current):
        migrations.upgrade(engine)
        return
    assert current is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    head = migrations.head_revision()
    conn = connect_raw(path, key)
    try:
        backup = back_up(conn, path, current)
    finally:
        conn.close()
    try:
        migrations.upgrade(engine)
    except Exception as exc:
        raise CacheError(
            f"the cache {path} could not be upgraded from schema {current} to {head} ({exc}). "
            f"It was backed up first to {backup}: to go back to it, close Guitai and put "
            f"that file in place of {path.name}"
        ) from exc
    log.info("upgraded the cache %s from schema %s to %s", path, current, head)


class LeaseUse(Enum):
    """What opening a cache does with its sign-in lease (`client.lease`)."""

    ENFORCE = "enforce"
    """Every command reading the cache: locked past the grace, wiped past the retention."""
    CONTACT = "contact"
    """A command about to reach the server (`guitai sync`): a locked cache opens (the contact
    decides), one past the retention is wiped all the same."""
    SIGN_IN = "sign_in"
    """An online sign-in: a cache past the retention is wiped and a new one made."""
    NONE = "none"
    """Diagnosis (`guitai doctor`) only."""


def _check_lease(profile: Profile, engine: Engine, use: LeaseUse, store: KeyStore | None) -> bool:
    """Refuses a locked cache (ENFORCE) and wipes one past its retention; the engine is
    disposed of before raising. True when it was wiped for a sign-in (to make anew)."""
    with engine.connect() as conn:
        found = lease_of(conn)
        conn.rollback()
    if found.expired:
        engine.dispose()
        wipe(profile, Reason.CACHE_WIPED, key_store=store, now=found.now)
        if use is LeaseUse.SIGN_IN:
            return True
        note = note_of(profile.folder)
        assert note is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
        raise note.error(profile.folder)
    if found.locked and use is LeaseUse.ENFORCE:
        engine.dispose()
        raise found.refusal()
    return False


def _expire_follows(cache: LocalCache) -> None:
    """Removes customers whose follow lapsed (`client.pins`); a busy cache waits for the
    next opening or sync."""
    from sqlalchemy.exc import OperationalError

    from client.pins import expire_on_open

    try:
        expire_on_open(cache)
    except OperationalError as exc:
        log.info("lapsed follows not removed now: %s", exc)


class LocalCache:
    """The open cache of one profile: an engine, sessions and the profile it belongs to."""

    def __init__(self, profile: Profile, engine: Engine, key: bytes) -> None:
        self.profile = profile
        self.engine = engine
        self._key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer: Engine | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        self._recorder: Engine | None = None
        self._record_sessions: sessionmaker[Session] | None = None

    @classmethod
    def open(
        cls,
        profile: Profile,
        *,
        key_store: KeyStore | None = None,
        migrate: bool = True,
        lease: LeaseUse = LeaseUse.ENFORCE,
    ) -> LocalCache:
        """Opens (or creates) the profile's cache, brought to the current schema, and checks
        its sign-in lease as `lease` says (`client.lease`)."""
        path = profile.cache_path
        note = None if lease is LeaseUse.SIGN_IN else note_of(profile.folder)
        if note is not None:  # wiped (what a wipe could not delete then goes now)
            if path.exists():
                wipe(profile, note.because, key_store=key_store, now=note.at)
            raise note.error(profile.folder)
        key = cache_key(profile, key_store)
        created = not path.exists()
        if created:
            create_private_file(path)
        try:
            first = connect_raw(path, key)
        except DiskFullError:
            raise
        except CacheError:
            from client.rekey import recovered_key

            found = recovered_key(profile, key_store)  # a rekey cut short?
            if found is None:
                raise
            key = found
            first = connect_raw(path, key)
        try:
            _use_wal(first)
        finally:
            first.close()
        engine = _sqlalchemy_engine(path, key)
        if migrate:
            try:
                _upgrade(engine, path, key)
            except Exception:
                engine.dispose()
                if created:
                    path.unlink(missing_ok=True)
                raise
        if (
            not created
            and lease is not LeaseUse.NONE
            and _check_lease(profile, engine, lease, key_store)
        ):
            return cls.open(profile, key_store=key_store, migrate=migrate, lease=lease)
        log.info("opened cache %s", path)
        cache = cls(profile, engine, key)
        if migrate and not created and lease is LeaseUse.ENFORCE:
            _expire_follows(cache)
        return cache

    @classmethod
    def create_with_key(cls, profile: Profile, key: bytes) -> LocalCache:
        """A new, empty cache for `profile` under `key`, which the caller keeps (not the
        keyring): how the server builds the files a first sync may copy."""
        create_schema(profile.cache_path, key)
        first = connect_raw(profile.cache_path, key)
        try:
            _use_wal(first)
        finally:
            first.close()
        return cls(profile, _sqlalchemy_engine(profile.cache_path, key), key)

    @staticmethod
    def seal_for_copy(path: Path, key: bytes) -> None:
        """Folds the write-ahead log into the file and leaves WAL mode: one self-contained
        file, ready to be read elsewhere (closed caches only)."""
        conn = connect_raw(path, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        It takes the write lock when it starts (BEGIN IMMEDIATE): a transaction that read
        first and wrote later would fail at once if a sync round committed in between.
        """
        if self._write_sessions is None:
            self._writer = _sqlalchemy_engine(
                self.profile.cache_path, self._key, begin="BEGIN IMMEDIATE", pool_size=2
            )
            self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)
        with self._write_sessions.begin() as session:
            yield session

    @contextmanager
    def read_recorded(self) -> Iterator[Session]:
        """A write session for a read that records itself (opening a 360 writes its "viewed"
        event in the same transaction), committed without its own fsync.

        Like `session` (BEGIN IMMEDIATE, committed on success), but synchronous NORMAL: the
        commit is atomic and never corrupts, and becomes durable with the next durable
        commit (any edit, sign-in or sync round) or checkpoint. A power cut in between may
        undo the last such reads with their events, never a change and never the chain:
        the chain's head is stored in the same transactions. Edits never use it."""
        if self._record_sessions is None:
            self._recorder = _sqlalchemy_engine(
                self.profile.cache_path,
                self._key,
                begin="BEGIN IMMEDIATE",
                pool_size=1,
                synchronous="NORMAL",
            )
            self._record_sessions = sessionmaker(self._recorder, expire_on_commit=False)
        with self._record_sessions.begin() as session:
            yield session

    def connect(self) -> RawConnection:
        """A new raw connection to the cache (the caller closes it): for SQLite's backup API."""
        return connect_raw(self.profile.cache_path, self._key)

    def read_session(self) -> Session:
        return self._sessions()

    def replica_engine(self) -> Engine:
        """An engine for applying pulled rows: one connection, write-locking transactions.

        Foreign keys are not enforced on it: pulled rows may refer to rows this partial
        replica does not hold (the server keeps the references whole). Its commits skip the
        fsync (synchronous NORMAL): a power cut may undo the last pages, and with them the
        cursor stored in the same transactions, so they are simply pulled again.
        """
        return _sqlalchemy_engine(
            self.profile.cache_path,
            self._key,
            foreign_keys=False,
            begin="BEGIN IMMEDIATE",
            pool_size=1,
            synchronous="NORMAL",
        )

    def close(self) -> None:
        self.engine.dispose()
        for engine in (self._writer, self._recorder):
            if engine is not None:
                engine.dispose()

    def __enter__(self) -> LocalCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
