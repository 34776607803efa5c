"""`guitai-server init`: create the database's schema, or bring it to the current version."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import DBAPIError

from client.errors import GuitaiError
from sync.server import migrations
from sync.server.commands.common import add_database_argument, database_url
from sync.server.db import make_engine


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)


def run(args: argparse.Namespace) -> int:
    engine = make_engine(database_url(args))
    try:
        found = migrations.upgrade(engine)
    except DBAPIError as exc:
        raise GuitaiError(f"cannot initialise the database: {exc.orig or exc}") from None
    finally:
        engine.dispose()
    head = migrations.head_revision()
    if found == head:
        print(f"the database is already at schema {head}")
    elif found is None:
        print(f"created the database schema {head}")
    else:
        print(f"upgraded the database schema from {found} to {head}")
    return 0
