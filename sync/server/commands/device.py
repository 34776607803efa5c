"""`guitai-server device revoke DEVICE_ID`: end a workstation's sessions for good."""

from __future__ import annotations

import argparse
import uuid

from client.errors import NotFoundError, UsageError
from client.schema.base import utcnow
from sync.server.auth import revoke_device
from sync.server.commands.common import add_database_argument, open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    revoke = sub.add_parser(
        "revoke", help="revoke a device: its tokens stop working and it may not log in again"
    )
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    add_database_argument(revoke)


def run(args: argparse.Namespace) -> int:
    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError:
        raise UsageError(f"{args.device_id!r} is not a device id (a UUID)") from None
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            if not revoke_device(session, device_id, utcnow()):
                raise NotFoundError(f"no device {device_id}")
    finally:
        db.dispose()
    print(f"revoked device {device_id}: its cache will be wiped at its next contact")
    return 0
