"""The workstation's side of the wire: typed requests to the central server over httpx."""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import ssl
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from client.credentials import SignedOutError
from client.errors import GuitaiError
from client.reasons import Reason, reason_of
from client.settings import Settings, load_settings, ssl_context
from sync.protocol import (
    APP_VERSION_HEADER,
    CODES_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    LoginRequest,
    LoginResponse,
    OpenRequest,
    OpenResponse,
    PasswordChangeRequest,
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
    WaitResponse,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


@functools.cache
def app_version() -> str:
    """This workstation's Guitai release, as installed ("dev" when run from a checkout)."""
    try:
        return importlib.metadata.version("guitai")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


class SyncError(GuitaiError):
    """Contact with the server failed; `server_code` is the code the server answered, if any."""

    default_code = Reason.SERVER_PROBLEM
    transient = False
    server_code: Reason | None = None


class OfflineError(SyncError):
    """The server could not be reached (network down, DNS, refused, timed out, or a
    certificate this workstation does not trust: code `certificate`)."""

    default_code = Reason.UNREACHABLE
    transient = True


class ServerError(SyncError):
    """The server answered with an error of its own (5xx): try again later."""

    transient = True


class UpgradeNeededError(SyncError):
    """The server no longer speaks this client's protocol."""

    default_code = Reason.UPGRADE_NEEDED


class RefusedError(SyncError):
    """The server refused the request as malformed or not allowed (4xx)."""

    default_code = Reason.REFUSED


class NotFoundError(RefusedError):
    """The server has no such thing (404): an unknown endpoint on an older server, too."""

    default_code = Reason.NOT_ON_SERVER


def _untrusted(exc: BaseException) -> bool:
    """True when a TLS handshake failed on the server's certificate (by type, not words)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        current = current.__cause__ or current.__context__
    return False


class Transport:
    """One server: base URL, protocol header, bearer token; every answer checked by pydantic."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: float = 30.0,
        verify: Any = True,
        proxy: str | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.http = client or httpx.Client(
            base_url=self.base_url, timeout=timeout, verify=verify, proxy=proxy, http2=False
        )

    def close(self) -> None:
        self.http.close()

    def _headers(self) -> dict[str, str]:
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            CODES_HEADER: "1",
            APP_VERSION_HEADER: app_version(),
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def call(
        self,
        method: str,
        path: str,
        answer: type[M],
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> M:
        """`method` on `path` with `body`, its answer read as `answer` (the one way every
        request of the engine goes: its modules for single endpoints use it too)."""
        response = self._send(method, path, body, params, timeout)
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerError(
                f"the server sent an answer this client does not understand ({path}): "
                f"{exc.errors()[0].get('msg', exc)}"
            ) from exc

    def _send(
        self,
        method: str,
        path: str,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """The server's answer to one request; raises SyncError for 4xx, 5xx or no answer."""
        content = body.model_dump_json().encode() if body is not None else None
        headers = self._headers()
        if content is not None:
            headers["Content-Type"] = "application/json"
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            response = self.http.request(
                method, path, content=content, headers=headers, params=params, **extra
            )
        except httpx.TimeoutException as exc:
            raise OfflineError(f"the server at {self.base_url} did not answer in time") from exc
        except httpx.TransportError as exc:
            code = Reason.CERTIFICATE if _untrusted(exc) else Reason.UNREACHABLE
            raise OfflineError(
                f"the server at {self.base_url} cannot be reached: {exc}", code=code
            ) from exc
        if response.status_code >= 400:
            raise _error(response)
        return response

    def login(self, request: LoginRequest) -> LoginResponse:
        return self.call("POST", "/v1/login", LoginResponse, request)

    def change_password(self, request: PasswordChangeRequest) -> LoginResponse:
        """Sets a new password (the way out of a one-time one) and signs in with it."""
        return self.call("POST", "/v1/password", LoginResponse, request)

    def refresh(self) -> TokenResponse:
        """Rotates the bearer token (and uses the new one from now on)."""
        answer = self.call("POST", "/v1/refresh", TokenResponse)
        self.token = answer.token
        return answer

    def push(self, request: PushRequest) -> PushResponse:
        return self.call("POST", "/v1/push", PushResponse, request)

    def pull(self, request: PullRequest) -> PullResponse:
        return self.call("POST", "/v1/pull", PullResponse, request)

    def snapshot_start(self) -> SnapshotStart:
        return self.call("GET", "/v1/snapshot/start", SnapshotStart)

    def snapshot(self, request: SnapshotRequest) -> SnapshotPage:
        return self.call("POST", "/v1/snapshot", SnapshotPage, request)

    def snapshot_file(self, request: SnapshotFileRequest) -> SnapshotFile:
        return self.call("POST", "/v1/snapshot/file", SnapshotFile, request)

    def snapshot_chunk(self, request: SnapshotChunkRequest) -> bytes:
        return self._send("POST", "/v1/snapshot/file/chunk", request).content

    def search(self, request: RemoteSearchRequest) -> RemoteSearchResponse:
        return self.call("POST", "/v1/search", RemoteSearchResponse, request)

    def open(self, request: OpenRequest) -> OpenResponse:
        return self.call("POST", "/v1/open", OpenResponse, request)

    def pins(self, request: PinsRequest) -> PinsResponse:
        return self.call("POST", "/v1/pins", PinsResponse, request)

    def wait(self, cursor: int, timeout: float) -> WaitResponse:
        return self.call(
            "GET",
            "/v1/changes/wait",
            WaitResponse,
            params={"cursor": cursor, "timeout": timeout, "skip": "true"},
            timeout=timeout + 10,
        )


def _error(response: httpx.Response) -> GuitaiError:
    """The refusal an error answer stands for, by its status and the code the server sent."""
    sent: object = None
    try:
        body = response.json()
        message = str(body.get("error") or response.text)
        sent = body.get("code")
    except (ValueError, AttributeError):
        message = response.text[:300] or response.reason_phrase
    status = response.status_code
    if status == 401:
        return SignedOutError(f"sign in again: {message}", code=reason_of(sent, Reason.SIGNED_OUT))
    if status == 429 and sent == Reason.ACCOUNT_LOCKED:
        return locked_error(response)
    error: SyncError
    if status == 426:
        error = UpgradeNeededError(message)
    elif status == 404:
        error = NotFoundError(f"the server refused the request (404): {message}")
    elif status >= 500 or status in (408, 429):
        error = ServerError(f"the server had a problem ({status}): {message}")
    else:
        error = RefusedError(f"the server refused the request ({status}): {message}")
    error.server_code = reason_of(sent, error.code) if sent else None
    return error


def locked_error(response: httpx.Response) -> SignedOutError:
    """The sign-in refused as locked, naming (in local time) when the lockout ends."""
    until: datetime | None = None
    try:
        detail = response.json().get("detail") or [{}]
        until = datetime.fromisoformat(str(detail[0]["locked_until"]))
    except (ValueError, AttributeError, KeyError, IndexError, TypeError):
        retry = response.headers.get("Retry-After", "")
        if retry.isdigit():
            until = datetime.now(UTC) + timedelta(seconds=int(retry))
    ends = f"until {until.astimezone():%H:%M}" if until is not None else "for a while"
    return SignedOutError(
        f"too many wrong passwords: sign-in is locked {ends}",
        code=Reason.ACCOUNT_LOCKED,
        details={} if until is None else {"locked_until": until.isoformat()},
    )


def configured_transport(
    url: str, *, token: str | None = None, timeout: float = 30.0, settings: Settings | None = None
) -> Transport:
    """A transport that trusts and routes as the workstation's settings say (CA, proxy)."""
    settings = settings or load_settings().settings
    return Transport(
        url, token=token, timeout=timeout, verify=ssl_context(settings), proxy=settings.proxy
    )
