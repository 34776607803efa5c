"""Signing a workstation profile in: online against the server, offline against a verifier."""

from __future__ import annotations

import socket
import uuid
from datetime import datetime

from argon2 import PasswordHasher

from client.credentials import VERIFIER_HASHER, OfflineVerifier, SignedOutError, TokenStore
from client.errors import UsageError
from client.schema.base import utcnow
from client.store import LocalCache
from sync.engine.transport import Transport
from sync.protocol import LoginRequest, LoginResponse, UserInfo
from sync.replica import state


def device_id(cache: LocalCache) -> uuid.UUID:
    """This profile's device id, made on first use and kept in the cache."""
    engine = cache.replica_engine()
    try:
        with engine.begin() as conn:
            known = state.get(conn, state.DEVICE_ID)
            if known is not None:
                return uuid.UUID(known)
            made = uuid.uuid4()
            state.put(conn, state.DEVICE_ID, str(made))
            return made
    finally:
        engine.dispose()


def sign_in(
    cache: LocalCache,
    transport: Transport,
    username: str,
    password: str,
    tokens: TokenStore,
    *,
    device_name: str | None = None,
    now: datetime | None = None,
    hasher: PasswordHasher = VERIFIER_HASHER,
) -> LoginResponse:
    """Signs in online; keeps the token in `tokens` and an offline verifier in the cache."""
    now = now or utcnow()
    engine = cache.replica_engine()
    try:
        with engine.connect() as conn:
            known_server = state.get(conn, state.SERVER_URL)
            synced = state.cursor(conn) is not None or state.get(conn, state.SNAPSHOT) is not None
            conn.rollback()
        if known_server and synced and known_server != transport.base_url:
            raise UsageError(
                f"this profile holds data of the server {known_server}; "
                f"use a new profile folder for {transport.base_url}"
            )
        answer = transport.login(
            LoginRequest(
                username=username,
                password=password,
                device_id=device_id(cache),
                device_name=device_name or socket.gethostname()[:120] or "workstation",
            )
        )
        tokens.save(answer.token)
        transport.token = answer.token
        verifier = OfflineVerifier.make(username, password, now, answer.offline_grace_days, hasher)
        with engine.begin() as conn:
            state.put(conn, state.SERVER_URL, transport.base_url)
            state.put(conn, state.USER, answer.user.model_dump_json())
            state.put(conn, state.VERIFIER, verifier.to_json())
        return answer
    finally:
        engine.dispose()


def stored(cache: LocalCache, key: str) -> str | None:
    """One value of the sync state (`state.*`), read on a connection of its own."""
    engine = cache.replica_engine()
    try:
        with engine.connect() as conn:
            value = state.get(conn, key)
            conn.rollback()
    finally:
        engine.dispose()
    return value


def signed_in_user(cache: LocalCache) -> UserInfo | None:
    text = stored(cache, state.USER)
    return None if text is None else UserInfo.model_validate_json(text)


def sign_in_offline(cache: LocalCache, username: str, password: str, now: datetime) -> UserInfo:
    """Checks the user against the verifier of an earlier online sign-in, within its grace."""
    text = stored(cache, state.VERIFIER)
    user = signed_in_user(cache)
    if text is None or user is None:
        raise SignedOutError("this workstation has never signed in online: connect and sign in")
    OfflineVerifier.from_json(text).check(username, password, now)
    return user


def server_url(cache: LocalCache) -> str | None:
    return stored(cache, state.SERVER_URL)
