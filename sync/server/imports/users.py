"""Users CSV: one member of staff per line, matched on `username` (re-running updates).

Header (UTF-8, comma-separated; other columns are ignored):
    username,display_name,role,branch_code,email
- username (required, up to 60 characters); display_name (default: the username);
- role (required): teller|relationship_manager|call_centre_agent|branch_manager|
  head_office|auditor; branch_code (required): an existing branch;
- email: optional, an e-mail address.
A new user gets a one-time password, written with the others to the file given by
`--passwords-out` (mode 0600, never printed), which must be changed at the first sign-in.
A re-run changes names, roles, branches and e-mail addresses; never a password, nor
whether an account is enabled (`guitai-server user enable|disable|reset-password`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import Role
from client.schema.models import Branch, CalendarBlock, User
from sync.server.auth import bump_epoch, set_password
from sync.server.feed import PendingChange
from sync.server.imports.cells import Cells, duplicate
from sync.server.imports.common import Line, Problem, Summary, upsert
from sync.server.imports.progress import Progress
from sync.server.private_file import check_writable
from sync.server.users import ONE_TIME_HASHER, check_email, one_time_password

COLUMNS = ("username", "display_name", "role", "branch_code", "email")


@dataclass(frozen=True)
class UserRow:
    username: str
    values: dict[str, Any]


class UserImport:
    columns = COLUMNS
    optional: tuple[str, ...] = ()

    def __init__(self, session: Session, rows: list[Line], now: datetime) -> None:
        self.now = now
        self.branches = dict(
            session.execute(select(Branch.code, Branch.id).where(Branch.deleted.is_(False))).all()
        )
        self.existing = {u.username: u for u in session.scalars(select(User))}
        self.passwords: list[tuple[str, str]] = []
        """(username, one-time password) of each user created, once applied."""

    def new_users(self, rows: list[UserRow]) -> int:
        return sum(1 for r in rows if r.username not in self.existing)

    def check(self, rows: list[Line], progress: Progress) -> tuple[list[UserRow], list[Problem]]:
        good: list[UserRow] = []
        problems: list[Problem] = []
        first_line: dict[str, int] = {}
        for line, row in progress.over(rows, "checked"):
            cells = Cells("user_account", row)
            parsed = self._parse(cells)
            if parsed.username and (
                taken := duplicate(first_line, parsed.username, "username", line)
            ):
                cells.fail(taken)
            found = cells.problem(line)
            if found is None:
                good.append(parsed)
            else:
                problems.append(found)
        return good, problems

    def _parse(self, cells: Cells) -> UserRow:
        username = cells.text("username")
        if any(ch.isspace() for ch in username):
            cells.fail(f"username {username!r} holds a space")
        display = cells.text("display_name", needed=False) or username
        role = cells.choice("role", [r.value for r in Role])
        code = cells.require("branch_code")
        if code and code not in self.branches:
            cells.fail(f"unknown branch_code {code!r}")
        email = cells.text("email", needed=False)
        cells.read(lambda: check_email(email))
        values: dict[str, Any] = {"username": username, "display_name": display, "email": email}
        if role:
            values["role"] = Role(role)
        if code in self.branches:
            values["branch_id"] = self.branches[code]
        return UserRow(username, values)

    def apply(
        self, session: Session, rows: list[UserRow], summary: Summary, progress: Progress
    ) -> list[PendingChange]:
        pending: list[PendingChange] = []
        created: list[User] = []
        moved: list[uuid.UUID] = []
        revisit = False
        for row in progress.over(rows, "loaded"):
            current = self.existing.get(row.username)
            values = row.values if current is not None else {**row.values, "active": True}
            outcome, user = upsert(session, pending, "user_account", current, values)
            if outcome == "created":
                created.append(user)
            elif outcome == "updated":
                before = pending[-1].before
                revisit = revisit or "role" in before or "branch_id" in before
                if "branch_id" in before:
                    moved.append(user.id)
            summary.count(outcome)
        session.flush()  # new users before their credentials
        for user in progress.over(created, "given passwords"):
            password = one_time_password()
            set_password(session, ONE_TIME_HASHER, user.id, password, self.now, must_change=True)
            self.passwords.append((user.username, password))
        if revisit:  # a changed role or branch: every token cache checks tokens again
            bump_epoch(session)
        pending += self._restamped_calendars(session, moved)
        return pending

    def _restamped_calendars(
        self, session: Session, user_ids: list[uuid.UUID]
    ) -> list[PendingChange]:
        """The coming calendar blocks of users who moved branch, logged again: workstations
        of the new branch never had them."""
        if not user_ids:
            return []
        blocks = session.scalars(
            select(CalendarBlock).where(
                CalendarBlock.user_id.in_(user_ids),
                CalendarBlock.deleted.is_(False),
                CalendarBlock.ends_at > self.now,
            )
        )
        return [PendingChange(block, "calendar_block", "update") for block in blocks]


def require_passwords_file(
    importer: UserImport, rows: list[UserRow], passwords_out: Path | None
) -> None:
    """Refuses to create users whose one-time passwords would be written nowhere, or to a
    file that exists already (a run that creates nobody writes no file)."""
    count = importer.new_users(rows)
    if count and passwords_out is None:
        raise UsageError(
            f"the file creates {count} user(s): give --passwords-out FILE for their one-time "
            "passwords (nothing was imported)"
        )
    if count and passwords_out is not None:
        check_writable(passwords_out)
