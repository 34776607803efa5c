"""Arguments and helpers the server commands share."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import DBAPIError

from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from sync.server import migrations
from sync.server.db import ENV_DATABASE_URL, Database, default_database_url


def add_database_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help=(
            f"sqlite:///FILE or postgresql://USER@HOST/DB (default: ${ENV_DATABASE_URL}, "
            "else a SQLite file in the user's data folder)"
        ),
    )


def database_url(args: argparse.Namespace) -> str:
    return str(args.database) if args.database else default_database_url()


def open_database(args: argparse.Namespace) -> Database:
    """The database named by `--database`, which must be at the current schema."""
    db = Database(database_url(args))
    try:
        current = migrations.current_revision(db.engine)
    except DBAPIError as exc:
        db.dispose()
        raise GuitaiError(
            f"cannot reach the database: {_first_line(exc)}", code=Reason.DATABASE_UNAVAILABLE
        ) from None
    if current != migrations.head_revision():
        db.dispose()
        raise UsageError(
            f"the database schema is {current or 'missing'}, not the current one: "
            "run `guitai-server init` first"
        )
    return db


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0]
