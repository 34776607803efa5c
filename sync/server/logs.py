"""The server's logs: one JSON object per line, and an access log that holds no customer data.

Operations tools (journald, Loki, Elastic) read the lines as they are. What a request carries
(search words, names, phone numbers: in query strings and bodies) never reaches a log: the
access log names the route's template (`/v1/customers/{customer_id}`), never the query string,
and says who asked by user and device id only.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS = logging.getLogger("guitai.server.access")
ENV_JSON_LOGS = "GUITAI_SERVER_JSON_LOGS"
"""Set by `serve` so that worker processes log JSON lines too."""
ENV_ACCESS_LOG = "GUITAI_SERVER_ACCESS_LOG"
STANDARD_FIELDS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "event", ...extra fields, "error"}` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in STANDARD_FIELDS and not key.startswith("_"):
                line[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_server_logging(level: int = logging.INFO) -> None:
    """JSON lines on stderr for every logger, uvicorn's included (its access log stays off)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True


class AccessLog:
    """ASGI middleware: one `request` line per HTTP request, by route template and ids."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, note_status)
        finally:
            state = scope.get("state") or {}
            ACCESS.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route_template(scope),
                    "status": status,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "user_id": _text(state.get("user_id")),
                    "device_id": _text(state.get("device_id")),
                },
            )


def route_template(scope: Scope) -> str:
    """The matched route's path template, else "unmatched" (a raw path may hold data)."""
    route = scope.get("route")
    return str(getattr(route, "path_format", None) or getattr(route, "path", None) or "unmatched")


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def with_access_log(app: ASGIApp, enabled: bool) -> ASGIApp:
    return AccessLog(app) if enabled else app
