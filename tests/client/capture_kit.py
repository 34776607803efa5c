"""A demo cache copied per test, its first teller, and a sign-in as `sync.engine.signin`
leaves it (tests of the new-customer capture, Today and tasks)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from client import audit
from client.demo import generate_demo
from client.profile import Profile
from client.schema.enums import Role
from client.schema.local import cache_meta
from client.schema.models import Branch, User
from client.store import LocalCache
from client.work import Staff

DEVICE = uuid.UUID("00000000-0000-4000-8000-00000000c0de")


def make_bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 40-customer demo bank (for a module-scoped fixture)."""
    folder = tmp_path_factory.mktemp("capture") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        generate_demo(Profile.open(folder, create=True), 40, seed=7)
    return folder


def copy_bank(bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bank's profile of the test's own."""
    monkeypatch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
    copy = tmp_path / "profile"
    shutil.copytree(bank, copy)
    return copy


def teller(cache: LocalCache) -> tuple[Staff, str]:
    with cache.read_session() as session:
        user = session.scalars(
            select(User).where(User.role == Role.TELLER).order_by(User.username)
        ).first()
        assert user is not None
        code = session.get(Branch, user.branch_id)
        assert code is not None
        return Staff(user.id, user.branch_id), code.code


def sign_in(cache: LocalCache, staff: Staff) -> None:
    """The cache as `sync.engine.signin` leaves it: a device and the signed-in teller."""
    info = {
        "id": str(staff.user_id),
        "username": "teller1",
        "display_name": "Teller",
        "role": Role.TELLER.value,
        "branch_id": str(staff.branch_id),
        "branch_code": "",
    }
    with cache.session() as session:
        session.execute(cache_meta.insert().values(key=audit.DEVICE_KEY, value=str(DEVICE)))
        session.execute(cache_meta.insert().values(key=audit.USER_KEY, value=json.dumps(info)))
