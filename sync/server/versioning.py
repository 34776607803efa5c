"""The protocol check in front of `/v1/`: too old a client gets 426 and what to install."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import (
    MIN_SUPPORTED_RELEASE,
    MIN_SUPPORTED_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
)

HEADER = PROTOCOL_HEADER.lower().encode()


class ProtocolCheck:
    """ASGI middleware: requests under `/v1/` must carry a protocol version we speak."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        raw = dict(scope["headers"]).get(HEADER)
        status, body = self._check(raw)
        if status is None:
            await self.app(scope, receive, send)
            return
        payload = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    @staticmethod
    def _check(raw: bytes | None) -> tuple[int | None, dict[str, object]]:
        if raw is None:
            return 400, {"error": f"missing header {PROTOCOL_HEADER}: send {PROTOCOL_VERSION}"}
        try:
            version = int(raw.decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            return 400, {"error": f"header {PROTOCOL_HEADER} must be an integer"}
        if version < MIN_SUPPORTED_VERSION:
            return 426, {
                "error": (
                    f"this Guitai is too old for the server (protocol {version}); please "
                    f"upgrade Guitai to version {MIN_SUPPORTED_RELEASE} or newer"
                ),
                "client_version": version,
                "minimum_version": MIN_SUPPORTED_VERSION,
                "server_version": PROTOCOL_VERSION,
            }
        if version > PROTOCOL_VERSION:
            return 400, {
                "error": (
                    f"the server is older than this Guitai (it speaks protocol up to "
                    f"{PROTOCOL_VERSION}, you sent {version}); ask IT to upgrade the server"
                )
            }
        return None, {}
