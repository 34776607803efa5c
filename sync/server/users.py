"""Users and branches on the server: create, list, enable, reset a password (the CLI, the
imports and the tests use these). Every change goes through the feed, so it replicates."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.enums import Role
from client.schema.models import Branch, User
from client.text_rules import clean_row
from sync.protocol import MIN_PASSWORD_LENGTH
from sync.server.auth import bump_epoch, set_password
from sync.server.feed import PendingChange, record
from sync.server.tables import credential, session_token

MIN_PASSWORD = MIN_PASSWORD_LENGTH
"""The fewest characters a password may have (set by an administrator or chosen by a user)."""
ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits that cannot be mistaken for one another when read out or typed."""
ONE_TIME_LENGTH = 14
ONE_TIME_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
"""Hashes one-time passwords, cheaply: 14 random characters of 55 (81 bits) cannot be
guessed whatever the hash's cost, so importing thousands of users takes seconds, not an
hour. The password the user then chooses gets the full cost (the server's hasher)."""


def one_time_password() -> str:
    """A random password for a new or reset account, to be changed at its first sign-in."""
    return "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(ONE_TIME_LENGTH))


def check_new_password(password: str, old: str | None = None) -> None:
    """Refuses (`weak_password`) a password too short, or the same as the old one."""
    if len(password) < MIN_PASSWORD:
        raise UsageError(
            f"the password must have at least {MIN_PASSWORD} characters",
            code=Reason.WEAK_PASSWORD,
        )
    if old is not None and password == old:
        raise UsageError("the new password must differ from the old one", code=Reason.WEAK_PASSWORD)


def branch_by_code(session: Session, code: str) -> Branch:
    branch = session.scalars(select(Branch).where(Branch.code == code)).first()
    if branch is None:
        known = ", ".join(session.scalars(select(Branch.code).order_by(Branch.code).limit(20)))
        raise UsageError(f"no branch with code {code!r} (known: {known or 'none yet'})")
    return branch


def check_email(value: str) -> None:
    """Refuses (`not_email`) a value that is not an e-mail address (empty is fine: none)."""
    if value and (
        value.count("@") != 1 or value.startswith("@") or value.endswith("@") or " " in value
    ):
        raise UsageError(
            f"email: {value!r} is not an e-mail address", code=Reason.NOT_EMAIL, field="email"
        )


def add_branch(session: Session, code: str, name: str, city: str, now: datetime) -> Branch:
    """A new branch; refuses a code that is taken, or a value too long or badly written."""
    values = clean_row(Branch.__table__, {"code": code, "name": name, "city": city})
    if not code:
        raise UsageError("a branch needs a code", code=Reason.REQUIRED, field="code")
    if session.scalars(select(Branch.id).where(Branch.code == code)).first():
        raise UsageError(f"the branch code {code!r} is taken")
    branch = Branch(id=uuid.uuid4(), version=0, deleted=False, **values)
    session.add(branch)
    record(session, [PendingChange(branch, "branch", "insert")], None, now)
    return branch


def list_branches(session: Session) -> list[Branch]:
    return list(
        session.scalars(select(Branch).where(Branch.deleted.is_(False)).order_by(Branch.code))
    )


def user_by_name(session: Session, username: str) -> User | None:
    return session.scalars(
        select(User).where(User.username == username, User.deleted.is_(False))
    ).first()


def add_user(
    session: Session,
    hasher: PasswordHasher,
    *,
    username: str,
    role: Role,
    branch_code: str,
    password: str,
    now: datetime,
    display_name: str | None = None,
    email: str = "",
    must_change: bool = False,
) -> User:
    """A new active user with an Argon2-hashed password; refuses a taken username.
    `must_change`: a one-time password, to be changed at the first sign-in."""
    values = clean_row(
        User.__table__,
        {"username": username, "display_name": display_name or username, "email": email},
    )
    check_email(email)
    if session.scalars(select(User.id).where(User.username == username)).first():
        raise UsageError(f"the username {username!r} is taken")
    branch = branch_by_code(session, branch_code)
    user = User(
        id=uuid.uuid4(),
        role=role,
        branch_id=branch.id,
        active=True,
        version=0,
        deleted=False,
        **values,
    )
    session.add(user)
    session.flush()
    set_password(session, hasher, user.id, password, now, must_change=must_change)
    record(session, [PendingChange(user, "user_account", "insert")], None, now)
    return user


@dataclass(frozen=True)
class UserRow:
    """One line of `guitai-server user list`."""

    username: str
    display_name: str
    role: Role
    branch_code: str
    email: str
    active: bool
    password_change_required: bool

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role.value,
            "branch_code": self.branch_code,
            "email": self.email,
            "active": self.active,
            "password_change_required": self.password_change_required,
        }


def list_users(session: Session, branch_code: str | None = None) -> list[UserRow]:
    """Every user (of one branch when `branch_code`), by username."""
    stmt = (
        select(
            User.username,
            User.display_name,
            User.role,
            Branch.code,
            User.email,
            User.active,
            credential.c.must_change,
        )
        .join(Branch, Branch.id == User.branch_id)
        .outerjoin(credential, credential.c.user_id == User.id)
        .where(User.deleted.is_(False))
        .order_by(User.username)
    )
    if branch_code is not None:
        stmt = stmt.where(Branch.code == branch_code)
    return [
        UserRow(name, display, role, code, email, active, bool(must))
        for name, display, role, code, email, active, must in session.execute(stmt)
    ]


def enable_user(session: Session, username: str, now: datetime) -> User | None:
    """Lets a disabled user sign in again; None when there is no such user."""
    user = session.execute(
        select(User).where(User.username == username, User.deleted.is_(False)).with_for_update()
    ).scalar_one_or_none()
    if user is None:
        return None
    if not user.active:
        user.active = True
        record(
            session, [PendingChange(user, "user_account", "update", {"active": False})], None, now
        )
    return user


def end_sessions(session: Session, user_id: uuid.UUID, now: datetime) -> None:
    """Revokes every token of the user; every server process refuses them at once."""
    session.execute(
        update(session_token)
        .where(session_token.c.user_id == user_id, session_token.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    bump_epoch(session)


def reset_password(
    session: Session, username: str, now: datetime, hasher: PasswordHasher = ONE_TIME_HASHER
) -> str | None:
    """Gives the user a one-time password (returned; None for an unknown user) that must be
    changed at the next sign-in, and ends their sessions."""
    user = user_by_name(session, username)
    if user is None:
        return None
    password = one_time_password()
    set_password(session, hasher, user.id, password, now, must_change=True)
    end_sessions(session, user.id, now)
    return password
