"""The channel feed API: what a channel's service account may do, and nothing else.

`POST /v1/channel/interactions` records interactions in bulk (`sync.server.channel_feed`)
and `GET /v1/channel/customers/{customer_number}` answers a customer's summary, masked
(`sync.server.channel_summary`); the messages are `sync.channel_protocol`'s. Both take only
a service account's token (`service_actor`: a staff token is refused with 403
`forbidden`, an unknown service token with 401 `signed_out`, a revoked one with 401
`account_disabled`); every other endpoint takes only a staff token, and refuses a service
token as an unknown sign-in (`sync.server.service_accounts`). What a service account may
read and write is the permission table's (`client.schema.permissions.SERVICE_GRANTS`).

Each request runs in one writing transaction, under its account's row lock: what it
records, its audit event (`sync.server.channel_audit`: the summary read, each batch) and
their change feed entries commit together; the workstations then hear of the new rows as
of any push.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Protocol, TypeVar

from fastapi import APIRouter, Depends, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from client.reasons import Reason
from client.schema.enums import AuditAction
from client.text_rules import has_lone_surrogate
from sync.channel_protocol import CustomerSummary, InteractionBatch, InteractionBatchResult
from sync.protocol import ErrorBody
from sync.server import channel_audit, feed, service_accounts
from sync.server.auth import AuthError
from sync.server.channel_feed import Batch
from sync.server.channel_summary import customer_by_number, summary
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.service_accounts import ServiceAccount

T = TypeVar("T")
PREFIX = "/channel"

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ServiceToken",
    description="a channel service account's token (`guitai-server service add`)",
)


class Writer(Protocol):
    """The app's writing transaction (`sync.server.app.in_write_transaction`)."""

    def __call__(self, ctx: Any, work: Callable[[Session], T], /) -> T: ...


async def service_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise AuthError("missing bearer token: send the service account's token")
    return credentials.credentials


def _check(db: Database, token: str) -> ServiceAccount:
    with db.reader() as session:
        return service_accounts.check_token(session, token)


async def service_actor(
    request: Request, token: Annotated[str, Depends(service_token)]
) -> ServiceAccount:
    """The live service account behind the request's token; a staff token is refused."""
    if not service_accounts.is_service_token(token):
        raise ApiError(
            403,
            "this endpoint is for channel service accounts: a staff sign-in is refused",
            Reason.FORBIDDEN,
        )
    account = await run_in_threadpool(_check, request.app.state.guitai.db, token)
    request.state.user_id, request.state.device_id = None, account.id  # access log
    return account


Service = Annotated[ServiceAccount, Depends(service_actor)]
REFUSALS: dict[int | str, dict[str, Any]] = {403: {"model": ErrorBody}}


def router(write: Writer) -> APIRouter:
    """The channel routes, writing through the app's `write` (its retry on deadlock)."""
    routes = APIRouter(prefix=PREFIX, tags=["channel feeds"])

    @routes.post(
        "/interactions",
        response_model=InteractionBatchResult,
        responses={**REFUSALS, 413: {"model": ErrorBody}},
    )
    def post_interactions(
        body: InteractionBatch, request: Request, account: Service
    ) -> InteractionBatchResult:
        """Records the batch's interactions under the account's channel; each item is
        answered by its index: `created`, `duplicate` (its external id is recorded already)
        or `rejected` (with its reason and code), the others going on."""
        ctx = request.app.state.guitai
        now = ctx.settings.clock()

        def work(session: Session) -> InteractionBatchResult:
            held = service_accounts.hold(session, account.id, now)
            done = Batch(session, held, now).run(list(body.items))
            a = done.answer
            event = channel_audit.record(
                session,
                held,
                AuditAction.CREATE,
                now,
                entity="interaction",
                detail=f"a batch of {len(a.results)}: {a.created} recorded, "
                f"{a.duplicates} recorded before, {a.rejected} rejected",
            )
            feed.record(session, [*done.changes, event], None, now)
            return a

        answer = write(ctx, work)
        ctx.notifier.fire_threadsafe()
        return answer

    @routes.get(
        "/customers/{customer_number}",
        response_model=CustomerSummary,
        responses={**REFUSALS, 404: {"model": ErrorBody}},
    )
    def customer_summary(
        customer_number: Annotated[str, Path(min_length=1, max_length=20)],
        request: Request,
        account: Service,
    ) -> CustomerSummary:
        """The customer's summary: identity, branch, segment, RM, contacts, accounts (no
        balances) and newest interactions, with ID, phone and account numbers masked."""
        number = customer_number.strip()
        if not number or "\x00" in number or has_lone_surrogate(number):
            raise ApiError(404, f"no customer {number!r}", Reason.NOT_FOUND)
        ctx = request.app.state.guitai
        now = ctx.settings.clock()

        def work(session: Session) -> CustomerSummary:
            held = service_accounts.hold(session, account.id, now)
            customer = customer_by_number(session, number)
            if customer is None:
                raise ApiError(404, f"no customer {number}", Reason.NOT_FOUND)
            answer = summary(session, customer)
            event = channel_audit.record(
                session,
                held,
                AuditAction.VIEW,
                now,
                entity="customer",
                entity_id=customer.id,
                customer_id=customer.id,
                detail="summary read",
            )
            feed.record(session, [event], None, now)
            return answer

        answer = write(ctx, work)
        ctx.notifier.fire_threadsafe()
        return answer

    return routes
