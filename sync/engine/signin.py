"""Signing a workstation profile in: online against the server, offline against a verifier."""

from __future__ import annotations

import logging
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from client import audit
from client.credentials import (
    VERIFIER_HASHER,
    OfflineFailures,
    OfflineVerifier,
    SignedOutError,
    TokenStore,
)
from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from client.schema.base import utcnow
from client.store import LocalCache
from client.wipe import clear_note, note_of
from sync.engine.transport import Transport
from sync.protocol import (
    LoginRequest,
    LoginResponse,
    PasswordChangeRequest,
    TokenResponse,
    UserInfo,
)
from sync.replica import state

log = logging.getLogger(__name__)


def device_id(cache: LocalCache) -> uuid.UUID:
    """This profile's device id, made on first use and kept in the cache (and, when it is
    wiped, in its note: `client.wipe`)."""
    engine = cache.replica_engine()
    try:
        with engine.begin() as conn:
            known = state.get(conn, state.DEVICE_ID)
            if known is not None:
                return uuid.UUID(known)
            note = note_of(cache.profile.folder)  # a wiped cache's: still this workstation
            made = uuid.UUID(note.device_id) if note and note.device_id else uuid.uuid4()
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
    new_password: str | None = None,
) -> LoginResponse:
    """Signs in online; keeps the token in `tokens` and an offline verifier in the cache.

    With `new_password`, changes the password first (`password` being the current or
    one-time one: a sign-in refused with `password_change_required` needs this) and signs
    in with the new one."""
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
        request = LoginRequest(
            username=username,
            password=password,
            device_id=device_id(cache),
            device_name=device_name or socket.gethostname()[:120] or "workstation",
        )
        with audited_failure(cache, username):
            if new_password is None:
                answer = transport.login(request)
            else:
                answer = transport.change_password(
                    PasswordChangeRequest(**request.model_dump(), new_password=new_password)
                )
                password = new_password
        tokens.save(answer.token)
        transport.token = answer.token
        verifier = OfflineVerifier.make(username, password, now, answer.offline_grace_days, hasher)
        with engine.begin() as conn:
            state.put(conn, state.SERVER_URL, transport.base_url)
            state.put(conn, state.USER, answer.user.model_dump_json())
            state.put(conn, state.VERIFIER, verifier.to_json())
            state.put(conn, OFFLINE_FAILURES, OfflineFailures().to_json())
            state.put_time(conn, state.LAST_CONTACT, now)  # renews the lease (client.lease)
            with Session(bind=conn) as session:
                audit.signed_in(session, offline=False)
                session.flush()
        clear_note(cache.profile.folder)
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
    """Checks the user against the verifier of an earlier online sign-in, within its grace;
    five wrong passwords lock it for a while (`OfflineFailures`, kept in the cache)."""
    text = stored(cache, state.VERIFIER)
    user = signed_in_user(cache)
    if text is None or user is None:
        raise SignedOutError("this workstation has never signed in online: connect and sign in")
    verifier = OfflineVerifier.from_json(text)
    with audited_failure(cache, username):
        counted(cache, now, lambda: verifier.check(username, password, now))
    with cache.session() as session:
        audit.signed_in(session, offline=True)
    return user


AUDITED_REFUSALS = frozenset(
    {Reason.WRONG_PASSWORD, Reason.ACCOUNT_LOCKED, Reason.ACCOUNT_DISABLED}
)
"""Refused sign-ins that leave a "sign-in failed" audit event (not: the network was down)."""


@contextmanager
def audited_failure(cache: LocalCache, username: str) -> Iterator[None]:
    """Records a refused password (`AUDITED_REFUSALS`) as an audit event, then re-raises."""
    try:
        yield
    except SignedOutError as exc:
        if exc.code in AUDITED_REFUSALS:
            try:
                with cache.session() as session:
                    audit.sign_in_failed(session, username, exc.code.value)
            except Exception:  # the refusal is what the user must see, not this
                log.exception("a failed sign-in could not be audited")
        raise


OFFLINE_FAILURES = "auth.offline_failures"
"""The sync-state key of the offline failure counter, beside `state.VERIFIER`."""


def counted(cache: LocalCache, now: datetime, check: Callable[[], None]) -> None:
    """Runs a password `check` against the verifier under the offline failure counter:
    refused without checking while locked; a wrong password counts (and may lock), a right
    one clears the count. The counter is written to the cache before the refusal is raised."""
    failures = OfflineFailures.from_json(stored(cache, OFFLINE_FAILURES))
    failures.check(now)
    try:
        check()
    except SignedOutError as exc:
        if exc.code is not Reason.WRONG_PASSWORD:
            raise
        after = failures.failed(now)
        _put(cache, OFFLINE_FAILURES, after.to_json())
        after.check(now)
        raise
    if failures != OfflineFailures():
        _put(cache, OFFLINE_FAILURES, OfflineFailures().to_json())


def _put(cache: LocalCache, key: str, value: str) -> None:
    engine = cache.replica_engine()
    try:
        with engine.begin() as conn:
            state.put(conn, key, value)
    finally:
        engine.dispose()


def rotate_token(transport: Transport, tokens: TokenStore) -> TokenResponse | None:
    """Trades the transport's token for a fresh one (`POST /v1/refresh`), kept in `tokens`.

    None when it could not be done (offline, an older server, a token refused): the caller
    goes on with the token it has, and the next contact reports what is wrong."""
    try:
        answer = transport.refresh()
    except GuitaiError as exc:
        log.info("the token was not refreshed: %s", exc)
        return None
    tokens.save(answer.token)
    return answer


ROTATE_EVERY = timedelta(hours=1)
"""How often a running workstation trades its token for a fresh one (well within the
server's token lifetime, so a window left open keeps working up to the session cap)."""


class TokenRotation:
    """Rotates a long-running workstation's token every `every` (`rotate_token`)."""

    def __init__(
        self,
        tokens: Callable[[], TokenStore],
        every: timedelta = ROTATE_EVERY,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.tokens = tokens
        """Where the new token is kept, asked for only when one is due."""
        self.every = every
        self.clock = clock
        self.last = clock()

    def tick(self, transport: Transport) -> TokenResponse | None:
        """A rotation when one is due (and the transport has a token); else None."""
        now = self.clock()
        if transport.token is None or now - self.last < self.every:
            return None
        self.last = now
        try:
            store = self.tokens()
        except GuitaiError as exc:
            log.warning("the token was not refreshed: no token store (%s)", exc)
            return None
        return rotate_token(transport, store)


def server_url(cache: LocalCache) -> str | None:
    return stored(cache, state.SERVER_URL)
