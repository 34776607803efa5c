"""`guitai-server serve`: run the HTTP API with uvicorn."""

from __future__ import annotations

import argparse
import os

from sync.server.commands.common import add_database_argument, database_url, open_database
from sync.server.db import ENV_DATABASE_URL


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8400, help="port to listen on")
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    url = database_url(args)
    open_database(args).dispose()  # refuse to start on a missing or old schema
    if args.workers > 1:
        os.environ[ENV_DATABASE_URL] = url
        uvicorn.run(
            "sync.server.app:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
        )
    else:
        from sync.server.app import create_app

        uvicorn.run(create_app(url), host=args.host, port=args.port)
    return 0
