"""When each device last reached the server, as whom, with which app version; and the list
`guitai-server device list` prints from it."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from client.schema.models import Device, User
from sync.server.auth import Actor
from sync.server.db import Database
from sync.server.tables import device_contact, session_token

log = logging.getLogger(__name__)

WRITE_EVERY = timedelta(minutes=1)
"""A device's contact is written at most this often per server process (and on a change of
user or app version): a request costs a write only once a minute."""


class ContactLog:
    """Records devices' contacts, skipping those written less than `every` ago."""

    def __init__(self, every: timedelta = WRITE_EVERY) -> None:
        self.every = every
        self._written: dict[uuid.UUID, tuple[datetime, uuid.UUID, str | None]] = {}
        self._lock = threading.Lock()

    def due(self, who: Actor, app_version: str | None, now: datetime) -> bool:
        """Whether `who`'s request at `now` is to be written (`write`); marks it as written.
        In memory only: the event loop asks it for every request."""
        with self._lock:
            last = self._written.get(who.device_id)
            same = last is not None and last[1:] == (who.user_id, app_version)
            if same and last is not None and now - last[0] < self.every:
                return False
            self._written[who.device_id] = (now, who.user_id, app_version)
            return True

    def write(self, db: Database, who: Actor, app_version: str | None, now: datetime) -> None:
        """Writes `who`'s contact (in a worker thread: it is a transaction)."""
        values = {"user_id": who.user_id, "last_contact_at": now, "app_version": app_version}
        try:
            with db.writer() as session, session.begin():
                done = session.execute(
                    update(device_contact)
                    .where(device_contact.c.device_id == who.device_id)
                    .values(**values)
                )
                if not done.rowcount:  # type: ignore[attr-defined]
                    session.execute(
                        insert(device_contact).values(device_id=who.device_id, **values)
                    )
        except IntegrityError:
            pass  # another process recorded the same first contact at the same moment
        except DBAPIError as exc:  # never fails the request it rides on: next minute again
            log.warning("the contact of device %s was not recorded: %s", who.device_id, exc)
            with self._lock:
                self._written.pop(who.device_id, None)

    def seen(self, db: Database, who: Actor, app_version: str | None, now: datetime) -> None:
        """Records that `who` made a request at `now` (cheap when recorded lately)."""
        if self.due(who, app_version, now):
            self.write(db, who, app_version, now)


@dataclass(frozen=True)
class DeviceRow:
    """One line of `guitai-server device list`."""

    id: uuid.UUID
    name: str
    user: str | None
    last_contact: datetime | None
    app_version: str | None
    revoked_at: datetime | None


def list_devices(session: Session, username: str | None = None) -> list[DeviceRow]:
    """Every device, the most recently seen first; with `username`, those last used by that
    user (the user of its last request, else of its newest token)."""
    last_user = User.__table__.alias("last_user")
    stmt = (
        select(
            Device.id,
            Device.name,
            last_user.c.username,
            device_contact.c.last_contact_at,
            device_contact.c.app_version,
            Device.revoked_at,
        )
        .outerjoin(device_contact, device_contact.c.device_id == Device.id)
        .outerjoin(last_user, last_user.c.id == device_contact.c.user_id)
    )
    rows = session.execute(stmt).all()
    signed_in: dict[uuid.UUID, str] = {}  # the user of each device's newest token
    tokens = session.execute(
        select(session_token.c.device_id, User.username)
        .join(User, User.id == session_token.c.user_id)
        .order_by(session_token.c.created_at)
    ).all()
    for device_id, name in tokens:
        signed_in[device_id] = name
    found = [DeviceRow(r[0], r[1], r[2] or signed_in.get(r[0]), r[3], r[4], r[5]) for r in rows]
    if username is not None:
        found = [d for d in found if d.user == username]
    epoch = datetime.min.replace(tzinfo=None)
    found.sort(
        key=lambda d: d.last_contact.replace(tzinfo=None) if d.last_contact else epoch,
        reverse=True,
    )
    return found
