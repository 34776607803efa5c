"""What the window works with besides its cache: who is signed in, and the sync engine.

Three ways in: `--demo` (a central server in this process over a generated bank, signed in
as its demo teller, or with `--as USERNAME` as any demo user: each has a profile of its
own in the demo folder), a profile signed in earlier (its token in the keyring), or a profile
with no valid sign-in (the window works offline from the cache; the status bar says why).
No Qt widgets here: `ui.gui` builds this before the window and hands it over.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from client.credentials import MemoryTokens, token_store_for
from client.errors import GuitaiError
from client.profile import Profile
from client.store import LocalCache
from client.work import Staff
from sync.demo import DEMO_CUSTOMERS, DemoServer, demo_workstation, start_demo_server
from sync.engine import SyncEngine, Transport, sign_in
from sync.engine.signin import server_url, signed_in_user
from sync.engine.transport import configured_transport
from sync.replica import state

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


def demo_user_profile(folder: Path, username: str) -> Path:
    """The profile folder of a demo user other than the teller (one per user name)."""
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in username)
    return folder / f"profile-{safe}"


def demo_user_workstation(
    folder: Path, server: DemoServer, username: str
) -> tuple[LocalCache, SyncEngine]:
    """A demo user's profile in `folder`, signed in with the demo password (a wrong user
    name is refused by the server, as at any sign-in)."""
    profile = Profile.open(folder, create=True)
    cache = LocalCache.open(profile)
    try:
        with cache.engine.begin() as conn:
            state.put(conn, state.SERVER_URL, server.url)  # the same bank on a new port
        transport = Transport(server.url)
        sign_in(cache, transport, username, server.password, MemoryTokens(), device_name="demo")
    except BaseException:
        cache.close()
        raise
    return cache, SyncEngine(cache, transport)


def start_demo(
    folder: Path | None = None, customers: int = DEMO_CUSTOMERS, *, username: str | None = None
) -> AppSession:
    """The demo: server (bank made on first use), the teller's profile (or `username`'s)
    signed in, engine ready."""
    folder = folder or demo_dir()
    server = start_demo_server(folder / "server", customers)
    name = username or server.teller
    try:
        if name == server.teller:
            cache, engine = demo_workstation(folder / "profile", server)
        else:
            cache, engine = demo_user_workstation(demo_user_profile(folder, name), server, name)
    except BaseException:
        server.stop()
        raise
    user = signed_in_user(cache)
    staff = Staff(user.id, user.branch_id) if user else None
    return AppSession(
        cache.profile,
        engine,
        staff,
        username=name,
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
