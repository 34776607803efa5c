"""The central server's HTTP API: `create_app(database_url)` builds it.

Endpoints: `GET /health`, `GET /ready`, and under `/v1/` (header `Guitai-Protocol`
required, bearer token required except for login and password): `POST login`,
`POST password` (`sync.server.password_change`), `POST logout`,
`POST push`, `POST pull`, `POST search`, `POST open`, `POST pins`, `GET snapshot/start`,
`POST snapshot`, `POST snapshot/file`, `POST snapshot/file/chunk`, `GET changes/wait`,
`POST audit/search` (`sync.server.audit_search`), `POST duplicates`
(`sync.server.duplicates`), `POST callers` (`sync.server.callers`), `POST watched` and
`POST watched/seen` (`sync.server.watch_api`), `POST evaluation` and
`POST evaluation/drill` (`sync.server.evaluation_api`), `GET feedback` and
`POST feedback/answer` (`sync.server.feedback_api`); with a channel service
account's token instead, and only that: `POST channel/interactions`,
`GET channel/customers/{number}` (`sync.server.channel_api`).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TypeVar

from anyio import to_thread
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from starlette.types import ASGIApp

from client.reasons import Reason
from sync.protocol import (
    APP_VERSION_HEADER,
    CODES_HEADER,
    PROTOCOL_HEADER,
    ErrorBody,
    LoginRequest,
    LoginResponse,
    OpenRequest,
    OpenResponse,
    PinsRequest,
    PinsResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RemoteSearchRequest,
    RemoteSearchResponse,
    SnapshotChunkRequest,
    SnapshotFile,
    SnapshotFileRequest,
    SnapshotPage,
    SnapshotRequest,
    SnapshotStart,
    TokenResponse,
    UpgradeRequired,
    WaitResponse,
)
from sync.server import (
    audit_search,
    auth,
    callers,
    channel_api,
    duplicates,
    errors,
    evaluation_api,
    feedback_api,
    follows,
    lockout,
    migrations,
    my_hours,
    password_change,
    search,
    snapshot,
    watch_api,
)
from sync.server.body_limit import BodyLimit
from sync.server.contact import ContactLog
from sync.server.db import ENV_DATABASE_URL, Database, default_database_url
from sync.server.directory import directory_for
from sync.server.logs import (
    ENV_ACCESS_LOG,
    ENV_JSON_LOGS,
    configure_server_logging,
    with_access_log,
)
from sync.server.notify import Notifier
from sync.server.pull import pull
from sync.server.push import Pusher
from sync.server.revocations import EpochSignal, signal_for
from sync.server.settings import ENV_SNAPSHOT_DIR, ServerSettings
from sync.server.snapshot_files import SnapshotFiles
from sync.server.versioning import ProtocolCheck
from sync.server.watch import FeedWatch

T = TypeVar("T")
RETRYABLE_SQLSTATES = {"40001", "40P01"}
"""Serialization failure and deadlock: the push is simply run again."""
GC_THRESHOLD = 50_000
"""Allocations between young-generation collections (Python's default is 700)."""


@dataclass
class Context:
    db: Database
    settings: ServerSettings
    notifier: Notifier
    watch: FeedWatch
    tokens: auth.TokenCache
    snapshots: SnapshotFiles | None
    revocations: EpochSignal
    contacts: ContactLog = field(default_factory=ContactLog)


async def context(request: Request) -> Context:
    """The app's state (async: FastAPI runs a plain `def` dependency in a worker thread)."""
    ctx: Context = request.app.state.guitai
    return ctx


bearer = HTTPBearer(auto_error=False, description="the token from /v1/login")


async def bearer_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The request's bearer token, not checked yet."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise auth.AuthError("missing bearer token: log in first")
    return credentials.credentials


async def actor(request: Request, token: Annotated[str, Depends(bearer_token)]) -> auth.Actor:
    """The user behind the token: from the token cache while the revocation signal is
    unchanged (`sync.server.revocations`: no query, no worker thread), else checked in full
    in a worker thread. The device's contact is written at most once a minute."""
    ctx: Context = request.app.state.guitai
    version = request.headers.get(APP_VERSION_HEADER, "")[:40] or None
    now = ctx.settings.clock()
    epoch = await ctx.revocations.current()
    who = ctx.tokens.get(token, now, epoch)
    if who is None:
        who = await run_in_threadpool(_check_token, ctx, token, now)
    if ctx.contacts.due(who, version, now):
        await run_in_threadpool(ctx.contacts.write, ctx.db, who, version, now)
    request.state.user_id, request.state.device_id = who.user_id, who.device_id  # access log
    return who


def _check_token(ctx: Context, token: str, now: datetime) -> auth.Actor:
    with ctx.db.reader() as session:
        who, expires_at = auth.check_token(session, token, now)
    ctx.tokens.put(token, who, expires_at, now)
    return who


async def protocol_header(
    guitai_protocol: Annotated[int, Header(alias=PROTOCOL_HEADER, ge=0, le=1_000_000)],
) -> int:
    """Declares the header in the OpenAPI schema; `ProtocolCheck` enforces it."""
    return guitai_protocol


def in_write_transaction(ctx: Context, work: Callable[[Session], T]) -> T:
    """Runs `work` in a writing transaction, again when PostgreSQL chose it as a deadlock victim."""
    for attempt in range(5):
        try:
            with ctx.db.writer() as session, session.begin():
                return work(session)
        except DBAPIError as exc:
            sqlstate = getattr(exc.orig, "sqlstate", None)
            if sqlstate not in RETRYABLE_SQLSTATES or attempt == 4:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    422: {"model": ErrorBody},
    426: {"model": UpgradeRequired},
}

v1 = APIRouter(prefix="/v1", dependencies=[Depends(protocol_header)], responses=RESPONSES)
Authenticated = Annotated[auth.Actor, Depends(actor)]
Ctx = Annotated[Context, Depends(context)]


@v1.post(
    "/login",
    response_model=LoginResponse,
    responses={429: {"model": ErrorBody}, 503: {"model": ErrorBody}},
)
def login(body: LoginRequest, ctx: Ctx) -> LoginResponse:
    """Signs in; 429 `account_locked` (with Retry-After) after too many wrong passwords, 503
    `directory_unreachable` when the bank's directory cannot check the password."""
    s = ctx.settings
    now = s.clock()

    def work(session: Session) -> LoginResponse:
        lockout.check_not_locked(session, body.username, now)
        answer = auth.login(
            session,
            s.hasher,
            body,
            now=now,
            ttl=min(s.token_ttl, s.session_cap),
            offline_grace_days=s.offline_grace_days,
            directory=directory_for(s),
        )
        lockout.clear(session, body.username)
        return answer

    try:
        return in_write_transaction(ctx, work)
    except auth.AuthError as exc:
        if exc.code is not Reason.WRONG_PASSWORD:
            raise
        policy = lockout.LockoutPolicy(s.signin_max_failures, s.signin_lockout)
        until = in_write_transaction(
            ctx, lambda session: lockout.record_failure(session, body.username, now, policy)
        )
        if until is not None:
            raise lockout.AccountLockedError(body.username, until, now) from exc
        raise


@v1.post("/refresh", response_model=TokenResponse)
def refresh(ctx: Ctx, who: Authenticated, token: Annotated[str, Depends(bearer_token)]) -> Any:
    """A new token for the old one (which ends now), within the session's absolute cap."""
    s = ctx.settings
    now = s.clock()
    answer = in_write_transaction(
        ctx, lambda session: auth.refresh(session, token, now, ttl=s.token_ttl, cap=s.session_cap)
    )
    ctx.tokens.drop(token)
    return answer


@v1.post("/logout")
def logout(
    ctx: Ctx,
    who: Authenticated,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> dict[str, str]:
    assert credentials is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
    token = credentials.credentials
    in_write_transaction(ctx, lambda s: auth.revoke_token(s, token, ctx.settings.clock()))
    ctx.tokens.drop(token)
    return {"status": "logged out"}


@v1.post("/push", response_model=PushResponse)
async def push(
    body: PushRequest,
    ctx: Ctx,
    who: Authenticated,
    reason_codes: Annotated[str | None, Header(alias=CODES_HEADER)] = None,
) -> Response:
    """Applies the entries; each result's `code` only for a client that reads codes."""
    answer = await run_in_threadpool(_push, ctx, who, body)
    return Response(answer.to_json(codes=reason_codes == "1"), media_type="application/json")


def _push(ctx: Context, who: auth.Actor, body: PushRequest) -> PushResponse:
    now = ctx.settings.clock()
    grace = timedelta(days=ctx.settings.offline_grace_days)
    results = in_write_transaction(
        ctx, lambda s: Pusher(s, who, now, backdate_limit=grace).run(list(body.entries))
    )
    ctx.notifier.fire_threadsafe()
    return PushResponse(results=results)


@v1.post("/pull", response_model=PullResponse)
async def pull_changes(body: PullRequest, ctx: Ctx, who: Authenticated) -> Response:
    """The changes after the cursor, serialised to JSON in the worker thread."""
    answer = await run_in_threadpool(_pull, ctx, who, body)
    return Response(answer, media_type="application/json")


def _pull(ctx: Context, who: auth.Actor, body: PullRequest) -> bytes:
    with ctx.db.reader() as session, session.begin():
        return pull(session, who, body, _follow_since(ctx)).model_dump_json().encode()


@v1.post("/search", response_model=RemoteSearchResponse)
def search_customers(
    body: RemoteSearchRequest, ctx: Ctx, who: Authenticated
) -> RemoteSearchResponse:
    """Customers the user may read matching the query, for what the local cache lacks."""
    with ctx.db.reader() as session, session.begin():
        return search.search(session, who, body)


@v1.post("/open", response_model=OpenResponse, responses={404: {"model": ErrorBody}})
def open_customer(body: OpenRequest, ctx: Ctx, who: Authenticated) -> OpenResponse:
    """Follows the customer on this device and answers its whole readable relationship."""
    now = ctx.settings.clock()
    return in_write_transaction(
        ctx, lambda s: follows.open_customer(s, who, body.customer_id, now, body.query)
    )


@v1.post("/pins", response_model=PinsResponse)
def pins(body: PinsRequest, ctx: Ctx, who: Authenticated) -> PinsResponse:
    """Takes the workstation's pins and openings of the customers it follows; answers which
    follows are live (`sync.server.follows.exchange`)."""
    s = ctx.settings
    now = s.clock()
    return in_write_transaction(
        ctx, lambda session: follows.exchange(session, who, body, now, s.follow_days)
    )


def _follow_since(ctx: Context) -> datetime:
    """Follows opened before this (and not pinned) have lapsed (`sync.server.follows`)."""
    return follows.live_since(ctx.settings.clock(), ctx.settings.follow_days)


@v1.get("/snapshot/start", response_model=SnapshotStart)
def snapshot_start(ctx: Ctx, who: Authenticated) -> SnapshotStart:
    """Where an initial sync starts: the feed version to pull from once the pages are in."""
    with ctx.db.reader() as session, session.begin():
        return snapshot.start(session)


@v1.post("/snapshot", response_model=SnapshotPage)
def snapshot_page(body: SnapshotRequest, ctx: Ctx, who: Authenticated) -> Response:
    """One page of one table for an initial sync (pre-serialised: pages are large)."""
    with ctx.db.reader() as session, session.begin():
        answer = snapshot.page_json(session, who, body, _follow_since(ctx))
    return Response(answer, media_type="application/json")


@v1.post("/snapshot/file", response_model=SnapshotFile)
def snapshot_file(body: SnapshotFileRequest, ctx: Ctx, who: Authenticated) -> SnapshotFile:
    """The prebuilt first download of the user's scope, when the server keeps one."""
    if ctx.snapshots is None:
        return SnapshotFile(available=False, reason="this server keeps no snapshot files")
    with ctx.db.reader() as session, session.begin():
        now = ctx.settings.clock()
        since = follows.live_since(now, ctx.settings.follow_days)
        return ctx.snapshots.offer(session, who, body, now, since)


@v1.post(
    "/snapshot/file/chunk",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the bytes"},
        404: {"model": ErrorBody},
    },
)
def snapshot_file_chunk(body: SnapshotChunkRequest, ctx: Ctx, who: Authenticated) -> Response:
    """Bytes of a snapshot file of the user's own scope (a short read at its end)."""
    if ctx.snapshots is None:
        raise errors.ApiError(404, "this server keeps no snapshot files")
    with ctx.db.reader() as session, session.begin():
        data = ctx.snapshots.chunk(session, who, body)
    return Response(data, media_type="application/octet-stream")


@v1.get("/changes/wait", response_model=WaitResponse, response_model_exclude_none=True)
async def wait_for_changes(
    ctx: Ctx,
    who: Authenticated,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    timeout: Annotated[float, Query(ge=0, le=600)] = 25.0,
    skip: Annotated[bool, Query(description="answer `skip_to` when nothing is readable")] = False,
) -> WaitResponse:
    """Answers as soon as the feed holds a change after `cursor` the user may read, or after
    `timeout` seconds."""
    answer = await ctx.watch.wait(who, cursor, min(timeout, ctx.settings.max_wait_seconds))
    skip_to = answer.skip_to if skip and answer.skip_to and answer.skip_to > cursor else None
    return WaitResponse(changed=answer.changed, latest=answer.latest, skip_to=skip_to)


def calm_garbage_collector() -> None:
    """Moves what start-up built (modules, mappers, schemas) out of the collector's sight and
    collects less often: a full collection over it paused every request for tens of ms.

    Process-wide: only for a process that is the server alone (`guitai-server serve`), not
    for a server inside the window (the demo) or the tests."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def create_app(
    database_url: str, settings: ServerSettings | None = None, *, own_process: bool = False
) -> FastAPI:
    """The server over the database at `database_url` (created with `guitai-server init`);
    `own_process` when nothing else runs in this process (see `calm_garbage_collector`)."""
    db = Database(database_url)
    watch = FeedWatch(db)
    settings = settings or ServerSettings()
    tokens = auth.TokenCache(settings.token_recheck)
    snapshots = (
        None
        if settings.snapshot_dir is None
        else SnapshotFiles(settings.snapshot_dir, database_url, settings.snapshot_max_age)
    )
    ctx = Context(
        db, settings, Notifier(watch.signal), watch, tokens, snapshots, signal_for(database_url)
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        if own_process:
            calm_garbage_collector()
        await watch.start()
        await ctx.notifier.start(str(db.engine.url.render_as_string(hide_password=False)))
        try:
            yield
        finally:
            await ctx.notifier.stop()
            await ctx.revocations.close()
            await watch.stop()
            db.dispose()

    app = FastAPI(title="Guitai central server", version="1", lifespan=lifespan)
    app.state.guitai = ctx
    errors.install(app)
    app.add_middleware(ProtocolCheck)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)  # outermost: before all
    app.include_router(v1)
    app.include_router(
        password_change.router,
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        audit_search.router(actor),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        duplicates.router(actor),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        callers.router(actor),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        evaluation_api.router(actor),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        feedback_api.router(actor, in_write_transaction),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        my_hours.router(actor, in_write_transaction),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        watch_api.router(actor, in_write_transaction),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )
    app.include_router(
        channel_api.router(in_write_transaction),
        prefix="/v1",
        dependencies=v1.dependencies,
        responses=v1.responses,
    )

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "alive"}

    @app.get("/ready", responses={503: {"model": ErrorBody}})
    def ready() -> Any:
        try:
            with db.reader() as session:
                session.execute(text("SELECT 1"))
            current = migrations.current_revision(db.engine)
        except DBAPIError:
            return errors.error_response(
                503, "the database is unreachable", Reason.DATABASE_UNAVAILABLE
            )
        head = migrations.head_revision()
        if current != head:
            return errors.error_response(
                503,
                f"schema is {current}, expected {head}: run guitai-server init",
                Reason.DATABASE_UNAVAILABLE,
            )
        return {"status": "ready", "schema": current}

    return app


def app_from_environment() -> ASGIApp:
    """Factory for `uvicorn --factory` (several workers): the URL and logging come from the
    environment `serve` set."""
    if os.environ.get(ENV_JSON_LOGS):
        configure_server_logging()
    snapshot_dir = os.environ.get(ENV_SNAPSHOT_DIR)
    settings = ServerSettings(snapshot_dir=Path(snapshot_dir) if snapshot_dir else None)
    url = os.environ.get(ENV_DATABASE_URL) or default_database_url()
    app = create_app(url, settings, own_process=True)
    return with_access_log(app, bool(os.environ.get(ENV_ACCESS_LOG)))
