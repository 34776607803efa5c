"""Builds one scope's snapshot file: the client's own page-by-page download, run in-process.

`python -m sync.server.snapshot_build SPEC` is what the server starts (SPEC is JSON: the
database URL, the snapshot folder, role, home branch, narrowing, lock file);
`guitai-server snapshot build` calls `build` directly. The file is made exactly as a
workstation's first sync would make its cache (same loader, same pages, same search index),
so copying it is equivalent to that sync: the builder runs `sync.replica.load`, as the
engine does, reading this database directly instead of over HTTP.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from client.profile import Profile
from client.schema.enums import Role
from client.store import LocalCache
from sync.protocol import MAX_SNAPSHOT_PAGE, PullScope, SnapshotPage, SnapshotRequest, SnapshotStart
from sync.replica import state
from sync.replica.load import load_pages
from sync.server import snapshot
from sync.server.auth import Actor
from sync.server.db import Database
from sync.server.snapshot_files import BuiltFile, prune, scope_key, write_meta

log = logging.getLogger(__name__)


@dataclass
class InProcessSource:
    """A `sync.replica.load.SnapshotSource` answered by this database directly."""

    db: Database
    actor: Actor

    def snapshot_start(self) -> SnapshotStart:
        with self.db.reader() as session, session.begin():
            return snapshot.start(session)

    def snapshot(self, request: SnapshotRequest) -> SnapshotPage:
        with self.db.reader() as session, session.begin():
            answer = snapshot.page_json(session, self.actor, request)
        return SnapshotPage.model_validate_json(answer)


def build(
    database_url: str, root: Path, role: Role, branch_id: uuid.UUID, narrow: PullScope | None
) -> BuiltFile:
    """Builds the scope's file under `root` and returns it (older ones beyond two removed)."""
    started = time.perf_counter()
    db = Database(database_url)
    try:
        with db.reader() as session, session.begin():
            key = scope_key(session, role, branch_id, narrow)
        folder = root / key
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        work = folder / f"build-{uuid.uuid4().hex}"
        try:
            built = _build_in(work, db, role, branch_id, narrow)
            target = folder / f"{built.feed_version}.db"
            built.path.replace(target)
            done = BuiltFile(**{**built.__dict__, "path": target})
            write_meta(done)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        prune(folder)
    finally:
        db.dispose()
    log.info(
        "snapshot %s: %d rows, %d bytes in %.1f s",
        done.file_id,
        done.rows,
        done.size,
        time.perf_counter() - started,
    )
    return done


def _build_in(
    work: Path, db: Database, role: Role, branch_id: uuid.UUID, narrow: PullScope | None
) -> BuiltFile:
    profile = Profile.open(work, create=True)
    key = secrets.token_bytes(32)
    actor = Actor(
        user_id=uuid.uuid4(),
        username="snapshot builder",
        role=role,
        branch_id=branch_id,
        device_id=uuid.uuid4(),  # a device nobody uses: it follows no customer
    )
    cache = LocalCache.create_with_key(profile, key)
    try:
        replica = cache.replica_engine()
        try:
            if narrow is not None and narrow.branch_codes is not None:
                with replica.begin() as conn:
                    state.put_json(conn, state.SCOPE, narrow.branch_codes)
            loaded = load_pages(replica, cache, InProcessSource(db, actor), limit=MAX_SNAPSHOT_PAGE)
        finally:
            replica.dispose()
    finally:
        cache.close()
    LocalCache.seal_for_copy(profile.cache_path, key)
    digest = hashlib.sha256()
    with profile.cache_path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
    return BuiltFile(
        path=profile.cache_path,
        feed_version=loaded.feed_version,
        size=profile.cache_path.stat().st_size,
        sha256=digest.hexdigest(),
        key=key.hex(),
        rows=loaded.rows,
        tables=loaded.tables,
        built_at=datetime.now(UTC),
    )


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    spec = json.loads(argv[0])
    lock = Path(spec["lock"])
    try:
        codes = spec.get("branch_codes")
        build(
            spec["database"],
            Path(spec["root"]),
            Role(spec["role"]),
            uuid.UUID(spec["branch_id"]),
            None if codes is None else PullScope(branch_codes=codes),
        )
    except Exception:
        log.exception("the snapshot build failed")
        return 1
    finally:
        lock.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
