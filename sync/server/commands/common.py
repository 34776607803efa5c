"""Arguments and helpers the server commands share."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from client.commands.common import print_json
from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from sync.server import migrations
from sync.server.db import ENV_DATABASE_URL, Database, default_database_url

T = TypeVar("T")


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


def read_with(args: argparse.Namespace, read: Callable[[Session], T]) -> T:
    """What `read` finds in a reading session on the `--database` of `args`."""
    db = open_database(args)
    try:
        with db.reader() as session:
            return read(session)
    finally:
        db.dispose()


def print_listing(
    args: argparse.Namespace,
    rows: Sequence[T],
    *,
    as_json: Callable[[T], Any],
    empty: str,
    header: str | None,
    line: Callable[[T], str],
) -> int:
    """A `list` command's output: `rows` as JSON with `--json`, else a header and a line
    per row, or `empty` when there is none. Returns the exit code (0)."""
    if args.json:
        print_json([as_json(row) for row in rows])
        return 0
    if not rows:
        print(empty)
        return 0
    if header is not None:
        print(header)
    for row in rows:
        print(line(row))
    return 0
