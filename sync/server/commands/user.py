"""`guitai-server user add|list|disable|enable|reset-password`.

- `user add USERNAME --role ROLE --branch CODE [--name NAME] [--email ADDRESS]`: the
  password is asked for (or read from stdin);
- `user list [--branch CODE] [--json]`;
- `user disable USERNAME`: their sessions end at once (every server process refuses their
  tokens at the next request), and their workstations wipe their caches at next contact;
- `user enable USERNAME`;
- `user reset-password USERNAME [--password-out FILE]`: a one-time password, printed (or
  written to a new 0600 file), to be changed at the next sign-in; their sessions end.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from client.errors import NotFoundError, UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction, Role
from client.schema.models import User
from sync.server.admin_audit import admin_event, change_of
from sync.server.auth import disable_user
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.private_file import check_writable, write_passwords
from sync.server.users import (
    add_user,
    check_new_password,
    enable_user,
    list_users,
    reset_password,
    user_by_name,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user; the password is asked for (or read from stdin)")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--branch", required=True, metavar="CODE", help="the user's home branch")
    add.add_argument("--name", default=None, help="display name (default: the username)")
    add.add_argument("--email", default="", metavar="ADDRESS", help="the user's e-mail address")
    add_database_argument(add)
    listing = sub.add_parser("list", help="the users: name, role, branch, e-mail, state")
    listing.add_argument("--branch", metavar="CODE", help="only the users of this branch")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)
    disable = sub.add_parser(
        "disable",
        help="disable a user: their sessions end at once, they may not sign in, and each of "
        "their workstations wipes its cache at its next contact",
    )
    disable.add_argument("username")
    add_database_argument(disable)
    enable = sub.add_parser("enable", help="let a disabled user sign in again")
    enable.add_argument("username")
    add_database_argument(enable)
    reset = sub.add_parser(
        "reset-password",
        help="give a user a one-time password, to be changed at the next sign-in; their "
        "sessions end",
    )
    reset.add_argument("username")
    reset.add_argument(
        "--password-out",
        "--passwords-out",
        dest="password_out",
        type=Path,
        metavar="FILE",
        help="write it to this new file (mode 0600) instead of printing it",
    )
    add_database_argument(reset)


def read_password() -> str:
    """From a prompt with confirmation on a terminal, else the first line of stdin."""
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            raise UsageError("the two passwords differ; nothing was changed")
    check_new_password(password)
    return password


def run(args: argparse.Namespace) -> int:
    actions = {
        "add": _add,
        "list": _list,
        "disable": _disable,
        "enable": _enable,
        "reset-password": _reset,
    }
    return actions[args.action](args)


def _add(args: argparse.Namespace) -> int:
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
                email=args.email,
            )
            admin_event(
                session,
                AuditAction.CREATE,
                entity="user_account",
                entity_id=user.id,
                user_id=user.id,
                what=f"user add {args.username} ({args.role}, branch {args.branch})",
                change=change_of(
                    {},
                    {"username": user.username, "role": args.role, "branch": args.branch},
                ),
                now=utcnow(),
            )
            print(f"added {args.role} {args.username} ({user.id}) at branch {args.branch}")
    finally:
        db.dispose()
    return 0


def _list(args: argparse.Namespace) -> int:
    return print_listing(
        args,
        read_with(args, lambda session: list_users(session, args.branch)),
        as_json=lambda r: r.to_json(),
        empty="no users" + (f" at branch {args.branch}" if args.branch else ""),
        header=f"{'username':24}  {'role':20}  {'branch':8}  {'name':24}  {'e-mail':28}  state",
        line=lambda r: (
            f"{r.username:24}  {r.role.value:20}  {r.branch_code:8}  {r.display_name[:24]:24}  "
            f"{r.email[:28] or '-':28}  {'active' if r.active else 'disabled'}"
            + (", one-time password" if r.password_change_required else "")
        ),
    )


def _disable(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            was = _active(session, args.username)
            user = disable_user(session, args.username, utcnow())
            if user is None:
                raise NotFoundError(f"no user {args.username}")
            _audit_active(session, user, was, "user disable")
    finally:
        db.dispose()
    print(
        f"disabled {args.username}: their sessions ended now; at its next contact each of "
        "their workstations deletes its cache, the cache's key and its sign-in"
    )
    return 0


def _enable(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            was = _active(session, args.username)
            user = enable_user(session, args.username, utcnow())
            if user is None:
                raise NotFoundError(f"no user {args.username}")
            _audit_active(session, user, was, "user enable")
    finally:
        db.dispose()
    print(f"enabled {args.username}: they may sign in again")
    return 0


def _active(session: Session, username: str) -> bool | None:
    """Whether the user is active before the command (None: no such user)."""
    user = user_by_name(session, username)
    return None if user is None else bool(user.active)


def _user_id(session: Session, username: str) -> uuid.UUID | None:
    user = user_by_name(session, username)
    return None if user is None else user.id


def _audit_active(session: Session, user: User, was: bool | None, what: str) -> None:
    """The event of `user disable|enable`: the change of `active`, if it changed."""
    change = None if was == user.active else change_of({"active": was}, {"active": user.active})
    admin_event(
        session,
        AuditAction.UPDATE,
        entity="user_account",
        entity_id=user.id,
        user_id=user.id,
        what=f"{what} {user.username}" + ("" if change else " (no change)"),
        change=change,
        now=utcnow(),
    )


def _reset(args: argparse.Namespace) -> int:
    if args.password_out is not None:
        check_writable(args.password_out)
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            password = reset_password(session, args.username, utcnow())
            if password is None:
                raise NotFoundError(f"no user {args.username}")
            user_id = _user_id(session, args.username)
            admin_event(
                session,
                AuditAction.UPDATE,
                entity="user_account",
                entity_id=user_id,
                user_id=user_id,
                what=f"user reset-password {args.username}: a one-time password; sessions ended",
                change={"fields": ["password"], "values_left_out": True},
                now=utcnow(),
            )
            if args.password_out is not None:
                write_passwords(args.password_out, [(args.username, password)])
    finally:
        db.dispose()
    if args.password_out is None:
        print(password)
        print(
            f"the one-time password of {args.username} (above) must be changed at their next "
            "sign-in; their sessions ended now",
            file=sys.stderr,
        )
    else:
        print(
            f"wrote the one-time password of {args.username} to {args.password_out} (mode "
            "0600); it must be changed at their next sign-in; their sessions ended now"
        )
    return 0
