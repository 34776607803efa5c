"""Creating users and branches on the server (the CLI and the tests use these)."""

from __future__ import annotations

import uuid
from datetime import datetime

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.schema.enums import Role
from client.schema.models import Branch, User
from sync.server.auth import set_password
from sync.server.feed import PendingChange, record


def branch_by_code(session: Session, code: str) -> Branch:
    branch = session.scalars(select(Branch).where(Branch.code == code)).first()
    if branch is None:
        known = ", ".join(session.scalars(select(Branch.code).order_by(Branch.code).limit(20)))
        raise UsageError(f"no branch with code {code!r} (known: {known or 'none yet'})")
    return branch


def add_branch(session: Session, code: str, name: str, city: str, now: datetime) -> Branch:
    branch = Branch(id=uuid.uuid4(), code=code, name=name, city=city, version=0, deleted=False)
    session.add(branch)
    record(session, [PendingChange(branch, "branch", "insert")], None, now)
    return branch


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
) -> User:
    """A new active user with an Argon2-hashed password; refuses a taken username."""
    if session.scalars(select(User.id).where(User.username == username)).first():
        raise UsageError(f"the username {username!r} is taken")
    branch = branch_by_code(session, branch_code)
    user = User(
        id=uuid.uuid4(),
        username=username,
        display_name=display_name or username,
        role=role,
        branch_id=branch.id,
        active=True,
        version=0,
        deleted=False,
    )
    session.add(user)
    session.flush()
    set_password(session, hasher, user.id, password, now)
    record(session, [PendingChange(user, "user_account", "insert")], None, now)
    return user
