"""What the window works with besides its cache: who is signed in, and the sync engine.

Three ways in: `--demo` (a central server in this process over a generated bank, signed in
as its demo teller), a profile signed in earlier (its token in the keyring), or a profile
with no valid sign-in (the window works offline from the cache; the status bar says why).
No Qt widgets here: `ui.gui` builds this before the window and hands it over.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from client.credentials import token_store_for
from client.errors import GuitaiError
from client.profile import Profile
from client.store import LocalCache
from client.work import Staff
from sync.demo import DEMO_CUSTOMERS, DemoServer, demo_workstation, start_demo_server
from sync.engine import SyncEngine
from sync.engine.signin import server_url, signed_in_user
from sync.engine.transport import configured_transport

log = logging.getLogger(__name__)


def demo_dir() -> Path:
    """The per-user folder of the demo: its server database and its teller's profile."""
    return Path(platformdirs.user_data_dir("Guitai", appauthor=False)) / "demo"


@dataclass
class AppSession:
    profile: Profile
    engine: SyncEngine | None = None
    staff: Staff | None = None
    username: str | None = None
    role: str | None = None
    """The signed-in user's role (a `client.schema.enums.Role` value)."""
    password_check: str | None = None
    """Demo only: the password that unlocks the screen without a verifier lookup."""
    server: DemoServer | None = None
    _caches: list[LocalCache] = field(default_factory=list)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine.transport.close()
        for cache in self._caches:
            cache.close()
        if self.server is not None:
            self.server.stop()


def start_demo(folder: Path | None = None, customers: int = DEMO_CUSTOMERS) -> AppSession:
    """The demo: server (bank made on first use), teller profile signed in, engine ready."""
    folder = folder or demo_dir()
    server = start_demo_server(folder / "server", customers)
    try:
        cache, engine = demo_workstation(folder / "profile", server)
    except BaseException:
        server.stop()
        raise
    user = signed_in_user(cache)
    staff = Staff(user.id, user.branch_id) if user else None
    return AppSession(
        cache.profile,
        engine,
        staff,
        username=server.teller,
        role=user.role if user else None,
        password_check=server.password,
        server=server,
        _caches=[cache],
    )


def open_session(profile: Profile) -> AppSession:
    """A profile's session: with its engine when it was signed in online, else cache only."""
    if not profile.has_cache:
        return AppSession(profile)
    cache = LocalCache.open(profile)
    session = AppSession(profile, _caches=[cache])
    user = signed_in_user(cache)
    if user is not None:
        session.staff = Staff(uuid.UUID(str(user.id)), uuid.UUID(str(user.branch_id)))
        session.username = user.username
        session.role = user.role
    url = server_url(cache)
    if url is None:
        return session
    try:
        token = token_store_for(profile.folder, profile.profile_id).load()
    except GuitaiError as exc:
        log.warning("no token for %s: %s", profile.folder, exc)
        token = None
    session.engine = SyncEngine(cache, configured_transport(url, token=token))
    return session
