"""`guitai-server serve`: run the HTTP API with uvicorn."""

from __future__ import annotations

import argparse
import os

from sync.server.commands.common import add_database_argument, database_url, open_database
from sync.server.db import ENV_DATABASE_URL
from sync.server.logs import (
    ENV_ACCESS_LOG,
    ENV_JSON_LOGS,
    configure_server_logging,
    with_access_log,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8400, help="port to listen on")
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="a JSON line per request: method, route template, status, ms, user and device "
        "ids; never query strings or bodies (off by default: it costs CPU under load)",
    )


def run(args: argparse.Namespace) -> int:
    """Serves until interrupted; uvicorn's own access log stays off (it costs a good share of
    the CPU at hundreds of requests a second, and its lines carry query strings)."""
    import uvicorn

    url = database_url(args)
    open_database(args).dispose()  # refuse to start on a missing or old schema
    configure_server_logging()
    os.environ[ENV_JSON_LOGS] = "1"
    os.environ[ENV_ACCESS_LOG] = "1" if args.access_log else ""
    if args.workers > 1:
        os.environ[ENV_DATABASE_URL] = url
        uvicorn.run(
            "sync.server.app:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            access_log=False,
            log_config=None,
        )
    else:
        from sync.server.app import create_app

        app = with_access_log(create_app(url, own_process=True), args.access_log)
        uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None)
    return 0
