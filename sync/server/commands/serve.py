"""`guitai-server serve`: run the HTTP API with uvicorn."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sync.server.commands.common import add_database_argument, database_url, open_database
from sync.server.db import ENV_DATABASE_URL
from sync.server.logs import (
    ENV_ACCESS_LOG,
    ENV_JSON_LOGS,
    configure_server_logging,
    with_access_log,
)
from sync.server.settings import ENV_SNAPSHOT_DIR, ServerSettings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8400, help="port to listen on")
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    parser.add_argument(
        "--snapshot-dir",
        metavar="DIR",
        type=Path,
        default=os.environ.get(ENV_SNAPSHOT_DIR) or None,
        help="keep prebuilt first downloads here, one file per scope, built in the background "
        "the first time a new workstation of that scope syncs: later ones copy it instead of "
        f"downloading page by page (default: ${ENV_SNAPSHOT_DIR}, else none)",
    )
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
    snapshot_dir = args.snapshot_dir.resolve() if args.snapshot_dir else None
    if snapshot_dir is not None:
        snapshot_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if args.workers > 1:
        os.environ[ENV_DATABASE_URL] = url
        os.environ[ENV_SNAPSHOT_DIR] = str(snapshot_dir or "")
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

        settings = ServerSettings(snapshot_dir=snapshot_dir)
        app = with_access_log(create_app(url, settings, own_process=True), args.access_log)
        uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None)
    return 0
