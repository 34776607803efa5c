"""`guitai-server user add USERNAME --role ROLE --branch CODE`, `user disable USERNAME`."""

from __future__ import annotations

import argparse
import getpass
import sys

from argon2 import PasswordHasher

from client.errors import NotFoundError, UsageError
from client.schema.base import utcnow
from client.schema.enums import Role
from sync.server.auth import disable_user
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
    disable = sub.add_parser(
        "disable",
        help="disable a user: their sessions end at once, they may not sign in, and each of "
        "their workstations wipes its cache at its next contact",
    )
    disable.add_argument("username")
    add_database_argument(disable)


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
    if args.action == "disable":
        return _disable(args)
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


def _disable(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            if disable_user(session, args.username, utcnow()) is None:
                raise NotFoundError(f"no user {args.username}")
    finally:
        db.dispose()
    print(
        f"disabled {args.username}: their sessions ended now; at its next contact each of "
        "their workstations deletes its cache, the cache's key and its sign-in"
    )
    return 0
