"""Opening a signed-in profile's engine for a command."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from client.commands.common import profile_dir
from client.credentials import SignedOutError, token_store_for
from client.errors import UsageError
from client.profile import Profile
from client.store import LeaseUse, LocalCache
from client.wipe import note_of
from sync.engine import SyncEngine
from sync.engine.signin import rotate_token, server_url
from sync.engine.transport import configured_transport


@contextmanager
def open_engine(
    args: argparse.Namespace, *, timeout: float = 30.0, rotate: bool = False
) -> Iterator[SyncEngine]:
    """The engine of the signed-in profile named by `--profile`; with `rotate`, its token
    traded for a fresh one first (`sync.engine.signin.rotate_token`)."""
    profile = Profile.open(profile_dir(args))
    note = note_of(profile.folder)
    if not profile.has_cache and note is not None:
        raise note.error(profile.folder)
    if not profile.has_cache:
        raise UsageError(f"the profile {profile.folder} has no cache: sign in with `guitai login`")
    with LocalCache.open(profile, lease=LeaseUse.CONTACT) as cache:
        url = server_url(cache)
        if url is None:
            raise UsageError(f"the profile {profile.folder} has never signed in: `guitai login`")
        tokens = token_store_for(profile.folder, profile.profile_id)
        token = tokens.load()
        if not token:
            raise SignedOutError("not signed in on this workstation: run `guitai login`")
        transport = configured_transport(url, token=token, timeout=timeout)
        if rotate:
            rotate_token(transport, tokens)
        engine = SyncEngine(cache, transport)
        try:
            yield engine
        finally:
            engine.close()
            transport.close()
