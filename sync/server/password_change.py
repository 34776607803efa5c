"""`POST /v1/password`: a user changes their password, and is signed in with the new one.

The way out of a one-time password (a new account from `import users`, or one after `user
reset-password`): `/v1/login` refuses it with `password_change_required`, and this is the
only thing it is good for. It serves any user who knows their current password, too. The
current password is checked as a login checks it (`auth.verify_password`, the lockout).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from sync.protocol import ErrorBody, LoginResponse, PasswordChangeRequest
from sync.server import auth, lockout
from sync.server.directory import directory_for
from sync.server.errors import ApiError
from sync.server.users import check_new_password

if TYPE_CHECKING:
    from sync.server.app import Context

router = APIRouter()


def change_password(
    session: Session, ctx: Context, body: PasswordChangeRequest, now: datetime
) -> LoginResponse:
    """Checks the current password, stores the new one (no longer one-time) and signs in."""
    s = ctx.settings
    lockout.check_not_locked(session, body.username, now)
    directory = directory_for(s)
    if directory is not None and directory.handles(body.username):
        raise ApiError(
            400,
            "this account signs in with the bank's directory: change its password there",
            Reason.REFUSED,
        )
    verified = auth.verify_password(session, s.hasher, body.username, body.password)
    try:
        check_new_password(body.new_password, body.password)
    except UsageError as exc:
        raise ApiError(400, str(exc), Reason.WEAK_PASSWORD) from None
    auth.set_password(session, s.hasher, verified.user.id, body.new_password, now)
    lockout.clear(session, body.username)
    return auth.issue_login(
        session,
        verified.user,
        body,
        now=now,
        ttl=min(s.token_ttl, s.session_cap),
        offline_grace_days=s.offline_grace_days,
    )


@router.post(
    "/password",
    response_model=LoginResponse,
    responses={400: {"model": ErrorBody}, 429: {"model": ErrorBody}},
)
def password(body: PasswordChangeRequest, request: Request) -> LoginResponse:
    """Changes the password (400 `weak_password` for a short or unchanged one) and answers as
    `/v1/login` does; a wrong current password counts towards the lockout."""
    ctx: Context = request.app.state.guitai
    now = ctx.settings.clock()
    try:
        with ctx.db.writer() as session, session.begin():
            return change_password(session, ctx, body, now)
    except auth.AuthError as exc:
        if exc.code is not Reason.WRONG_PASSWORD:
            raise
        s = ctx.settings
        policy = lockout.LockoutPolicy(s.signin_max_failures, s.signin_lockout)
        with ctx.db.writer() as session, session.begin():
            until = lockout.record_failure(session, body.username, now, policy)
        if until is not None:
            raise lockout.AccountLockedError(body.username, until, now) from exc
        raise
