"""Opening a signed-in profile's engine for a command."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from client.commands.common import profile_dir
from client.credentials import SignedOutError, token_store_for
from client.errors import UsageError
from client.profile import Profile
from client.store import LocalCache
from sync.engine import SyncEngine
from sync.engine.signin import server_url
from sync.engine.transport import configured_transport


@contextmanager
def open_engine(args: argparse.Namespace, *, timeout: float = 30.0) -> Iterator[SyncEngine]:
    """The engine of the signed-in profile named by `--profile`."""
    profile = Profile.open(profile_dir(args))
    if not profile.has_cache:
        raise UsageError(f"the profile {profile.folder} has no cache: sign in with `guitai login`")
    with LocalCache.open(profile) as cache:
        url = server_url(cache)
        if url is None:
            raise UsageError(f"the profile {profile.folder} has never signed in: `guitai login`")
        token = token_store_for(profile.folder, profile.profile_id).load()
        if not token:
            raise SignedOutError("not signed in on this workstation: run `guitai login`")
        transport = configured_transport(url, token=token, timeout=timeout)
        engine = SyncEngine(cache, transport)
        try:
            yield engine
        finally:
            engine.close()
            transport.close()
