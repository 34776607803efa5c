"""`guitai-server user add USERNAME --role ROLE --branch CODE`."""

from __future__ import annotations

import argparse
import getpass
import sys

from argon2 import PasswordHasher

from client.errors import UsageError
from client.schema.base import utcnow
from client.schema.enums import Role
from sync.server.commands.common import add_database_argument, open_database
from sync.server.users import add_user

MIN_PASSWORD = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user; the password is asked for (or read from stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--branch", required=True, metavar="CODE", help="the user's home branch")
    add.add_argument("--name", default=None, help="display name (default: the username)")
    add_database_argument(add)


def read_password() -> str:
    """From a prompt with confirmation on a terminal, else the first line of stdin."""
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise UsageError("the two passwords differ; nothing was changed")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")
    return password


def run(args: argparse.Namespace) -> int:
    password = read_password()
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            user = add_user(
                session,
                PasswordHasher(),
                username=args.username,
                role=Role(args.role),
                branch_code=args.branch,
                password=password,
                now=utcnow(),
                display_name=args.name,
            )
            print(f"added {args.role} {args.username} ({user.id}) at branch {args.branch}")
    finally:
        db.dispose()
    return 0
