"""`guitai-server service add|list|revoke`: the channels' service accounts.

- `service add NAME --channel internet|mobile|call_centre [--token-out FILE]`: the token is
  printed once (or written to a new 0600 file) and kept by the server as a digest only;
- `service list [--json]`;
- `service revoke NAME`: its token stops working at its next request.

A service account may post interactions of its channel and read customer summaries, nothing
else (`sync.server.channel_api`).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from client.errors import NotFoundError, UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from sync.server.admin_audit import admin_event
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.service_accounts import CHANNELS, add_service, list_services, revoke_service


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser(
        "add",
        help="add a channel's service account; its token is shown once, never again",
    )
    add.add_argument("name", metavar="NAME", help="e.g. internet-banking")
    add.add_argument(
        "--channel",
        required=True,
        choices=[c.value for c in CHANNELS],
        help="the channel its interactions are recorded under",
    )
    add.add_argument(
        "--token-out",
        type=Path,
        metavar="FILE",
        help="write the token to this new file (mode 0600) instead of printing it",
    )
    add_database_argument(add)
    listing = sub.add_parser("list", help="the service accounts: name, channel, last use, state")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)
    revoke = sub.add_parser(
        "revoke", help="revoke a service account: its token stops working at once"
    )
    revoke.add_argument("name", metavar="NAME")
    add_database_argument(revoke)


def run(args: argparse.Namespace) -> int:
    actions = {"add": _add, "list": _list, "revoke": _revoke}
    return actions[args.action](args)


def _check_writable(path: Path) -> None:
    """Refuses, before the account is added, a token file that could not be written."""
    if path.exists():
        raise UsageError(f"{path} exists already: give a new file for the token")
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise UsageError(f"cannot write {path}: its folder is missing or not writable")


def _write_token(path: Path, token: str) -> None:
    """The token alone, in a new file only its owner may read."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    try:
        os.fchmod(fd, 0o600)  # whatever the umask
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token + "\n")
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _add(args: argparse.Namespace) -> int:
    if args.token_out is not None:
        _check_writable(args.token_out)
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            account, token = add_service(session, args.name, args.channel, utcnow())
            admin_event(
                session,
                AuditAction.CREATE,
                entity="service_account",
                entity_id=account.id,
                what=f"service add {account.name} ({account.channel.value})",
                now=utcnow(),
            )
            if args.token_out is not None:
                _write_token(args.token_out, token)
    finally:
        db.dispose()
    said = (
        f"added service account {account.name} ({account.id}) for the {account.channel.value} "
        "channel"
    )
    if args.token_out is None:
        print(token)
        print(
            f"{said}; its token (above) is shown this once: the server keeps only its digest",
            file=sys.stderr,
        )
    else:
        print(f"{said}; wrote its token to {args.token_out} (mode 0600)")
    return 0


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def _list(args: argparse.Namespace) -> int:
    return print_listing(
        args,
        read_with(args, list_services),
        as_json=lambda r: r.to_json(),
        empty="no service accounts: add one with `guitai-server service add`",
        header=f"{'name':24}  {'channel':12}  {'added':20}  {'last used':20}  state",
        line=lambda r: (
            f"{r.name:24}  {r.channel.value:12}  {_when(r.created_at):20}  "
            f"{_when(r.last_used_at):20}  "
            + ("active" if r.revoked_at is None else f"revoked {_when(r.revoked_at)}")
        ),
    )


def _revoke(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            account = revoke_service(session, args.name, utcnow())
            if account is None:
                raise NotFoundError(f"no service account {args.name}")
            admin_event(
                session,
                AuditAction.UPDATE,
                entity="service_account",
                entity_id=account.id,
                what=f"service revoke {account.name}"
                + (" (revoked already)" if account.revoked_at is not None else ""),
                now=utcnow(),
            )
    finally:
        db.dispose()
    if account.revoked_at is not None:
        print(f"service account {args.name} was revoked already ({_when(account.revoked_at)})")
    else:
        print(f"revoked service account {args.name}: its token stops working at once")
    return 0
