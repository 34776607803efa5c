"""Every error answer is JSON naming what is wrong, in words and as a reason code:
`{"error": "...", "code": "...", "detail": [...]}` (codes: `client.reasons.Reason`)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException

from client.reasons import Reason
from sync.server.auth import AuthError
from sync.server.lockout import AccountLockedError

log = logging.getLogger(__name__)


def code_of_status(status: int) -> Reason:
    """The code of an error answer that names none of its own."""
    if status == 401:
        return Reason.SIGNED_OUT
    if status == 404:
        return Reason.NOT_FOUND
    if status >= 500:
        return Reason.INTERNAL
    return Reason.INVALID_REQUEST


class ApiError(Exception):
    """A request the server refuses, with its HTTP status, a message for the user and a code
    (by default the status's: 404 `not_found`, other 4xx `invalid_request`)."""

    def __init__(self, status: int, message: str, code: Reason | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or code_of_status(status)


def error_response(
    status: int,
    message: str,
    code: Reason | None = None,
    detail: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"error": message, "code": code or code_of_status(status)}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"loc": [str(part) for part in err.get("loc", ())], "msg": str(err.get("msg", ""))}
        for err in exc.errors()
    ]


def _validation_message(detail: list[dict[str, Any]]) -> str:
    parts = [f"{'.'.join(d['loc'][1:] or d['loc'])}: {d['msg']}" for d in detail[:5]]
    more = f" (and {len(detail) - 5} more)" if len(detail) > 5 else ""
    return "invalid request: " + "; ".join(parts) + more


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(exc)
        return error_response(422, _validation_message(detail), Reason.INVALID_REQUEST, detail)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail))

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.code)

    @app.exception_handler(AuthError)
    async def _auth(request: Request, exc: AuthError) -> JSONResponse:
        return error_response(401, str(exc), exc.code, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(AccountLockedError)
    async def _locked(request: Request, exc: AccountLockedError) -> JSONResponse:
        return error_response(
            429,
            str(exc),
            exc.code,
            [{"locked_until": exc.locked_until.isoformat()}],
            headers={"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(OperationalError)
    async def _database(request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", exc)
        return error_response(
            503, "the database is unavailable; try again shortly", Reason.DATABASE_UNAVAILABLE
        )

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(
            500, "internal server error; the server log has the details", Reason.INTERNAL
        )
