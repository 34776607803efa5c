"""`guitai-server device list [--user NAME] [--json]` and `device revoke DEVICE_ID`."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime

from client.errors import NotFoundError, UsageError
from client.schema.base import utcnow
from client.schema.enums import AuditAction
from client.schema.models import Device
from sync.server.admin_audit import admin_event, change_of
from sync.server.auth import revoke_device
from sync.server.commands.common import (
    add_database_argument,
    open_database,
    print_listing,
    read_with,
)
from sync.server.contact import DeviceRow, list_devices


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser(
        "list", help="the workstations: id, user, name, last contact, app version"
    )
    listing.add_argument("--user", metavar="NAME", help="only those last used by this user")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_database_argument(listing)
    revoke = sub.add_parser(
        "revoke",
        help="revoke a device: its tokens stop working at once and it may not log in again; "
        "its cache is wiped at its next contact",
    )
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    add_database_argument(revoke)


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    return _revoke(args)


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def _json(row: DeviceRow) -> dict[str, object]:
    return {
        "id": str(row.id),
        "user": row.user,
        "name": row.name,
        "last_contact": None if row.last_contact is None else row.last_contact.isoformat(),
        "app_version": row.app_version,
        "revoked": row.revoked_at is not None,
    }


def _list(args: argparse.Namespace) -> int:
    return print_listing(
        args,
        read_with(args, lambda session: list_devices(session, args.user)),
        as_json=_json,
        empty="no devices" + (f" of {args.user}" if args.user else ""),
        header=f"{'id':36}  {'user':16}  {'name':24}  {'last contact':20}  version",
        line=lambda r: (
            f"{r.id!s:36}  {r.user or '-':16}  {r.name[:24]:24}  {_when(r.last_contact):20}  "
            f"{r.app_version or '-'}" + ("  (revoked)" if r.revoked_at is not None else "")
        ),
    )


def _revoke(args: argparse.Namespace) -> int:
    try:
        device_id = uuid.UUID(args.device_id)
    except ValueError:
        raise UsageError(f"{args.device_id!r} is not a device id (a UUID)") from None
    db = open_database(args)
    try:
        with db.writer() as session, session.begin():
            was = session.get(Device, device_id)
            revoked_before = None if was is None else was.revoked_at
            now = utcnow()
            if not revoke_device(session, device_id, now):
                raise NotFoundError(f"no device {device_id}")
            admin_event(
                session,
                AuditAction.UPDATE,
                entity="device",
                entity_id=device_id,
                what=f"device revoke {device_id}"
                + (" (revoked already)" if revoked_before else ""),
                change=None
                if revoked_before
                else change_of({"revoked_at": None}, {"revoked_at": now}),
                now=now,
            )
    finally:
        db.dispose()
    print(
        f"revoked device {device_id}: its sessions ended now; at its next contact with the "
        "server the workstation deletes its cache, the cache's key and its sign-in"
    )
    return 0
