"""The size check in front of everything: a request body over the limit gets 413 before it
is parsed or its token checked.

A declared `Content-Length` over the limit is answered at once, without reading a byte; a
body sent without one (chunked) is counted as it streams in, and reading stops at the first
byte past the limit: the app's own answer (whatever its failed read made it say) is
replaced by the 413.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from client.reasons import Reason


class BodyTooLarge(Exception):
    """Raised into the app's read of a body that went past the limit."""


class BodyLimit:
    """ASGI middleware: 413 `body_too_large` for request bodies over `limit` bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            text = declared.decode("latin-1").strip()
            if not text.isdigit() or int(text) > self.limit:
                await self._refuse(send)
                return
            # the HTTP server reads no more than the declared length: nothing to count
            await self.app(scope, receive, send)
            return
        received = 0
        over = False
        started = False

        async def counted() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    over = True
                    raise BodyTooLarge(f"request body over {self.limit} bytes")
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if over:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._refuse(send)
                return  # the app's own answer to a body it could not read
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        payload = json.dumps(
            {
                "error": f"the request is too large: at most {self.limit} bytes are accepted",
                "code": Reason.BODY_TOO_LARGE.value,
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})
