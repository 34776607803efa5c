"""The audit trail on the workstation: what is recorded, with whom, chained, in the same
transaction as what it records; unmasking only for roles that may, with a reason."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from client import audit
from client.cli import main
from client.conflicts import Choice, resolve
from client.outbox import update_row
from client.profile import Profile
from client.reads import customer_360
from client.schema.enums import AuditAction, Role
from client.schema.local import cache_meta, outbox, sync_issue
from client.schema.models import AuditEvent, Customer
from client.store import LocalCache
from tests.client.test_customer360 import ALICE, ALICE_ID, ALICE_PHONE, BOB, build_bank

DEVICE = uuid.UUID("00000000-0000-4000-8000-00000000d001")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_bank(tmp_path / "profile").folder


def sign(folder: Path, role: Role | None, *, user_id: uuid.UUID | None = None) -> uuid.UUID:
    """Makes the cache look signed in (as `sync.engine.signin` leaves it) as `role`."""
    user = user_id or uuid.uuid4()
    with LocalCache.open(Profile.open(folder)) as cache, cache.session() as session:
        session.execute(cache_meta.insert().values(key=audit.DEVICE_KEY, value=str(DEVICE)))
        if role is not None:
            info = {"id": str(user), "username": f"{role.value}1", "role": role.value}
            session.execute(cache_meta.insert().values(key=audit.USER_KEY, value=json.dumps(info)))
    return user


def events(folder: Path) -> list[AuditEvent]:
    with LocalCache.open(Profile.open(folder)) as cache, cache.read_session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.device_seq)))


def queued(folder: Path) -> list[str]:
    with LocalCache.open(Profile.open(folder)) as cache, cache.read_session() as session:
        return list(session.scalars(select(outbox.c.table_name).order_by(outbox.c.seq)))


def test_a_cache_nobody_signed_in_to_records_nothing(folder: Path) -> None:
    with LocalCache.open(Profile.open(folder)) as cache:
        customer_360(cache, ALICE)
    assert events(folder) == [] and queued(folder) == []


def test_opening_a_360_records_one_viewed_event_and_queues_it(folder: Path) -> None:
    user = sign(folder, Role.TELLER)
    with LocalCache.open(Profile.open(folder)) as cache:
        view = customer_360(cache, ALICE)
    [event] = events(folder)
    assert (event.action, event.customer_id, event.entity_id) == (
        AuditAction.VIEW,
        view.customer_id,
        view.customer_id,
    )
    assert (event.user_id, event.device_id, event.device_seq, event.prev_hash) == (
        user,
        DEVICE,
        1,
        "",
    )
    assert queued(folder) == ["audit_event"]


def test_events_are_chained_and_each_hash_recomputes(folder: Path) -> None:
    sign(folder, Role.TELLER)
    with LocalCache.open(Profile.open(folder)) as cache:
        for number in (ALICE, BOB, ALICE):
            customer_360(cache, number)
    chain = events(folder)
    assert [e.device_seq for e in chain] == [1, 2, 3]
    assert [e.prev_hash for e in chain] == ["", chain[0].event_hash, chain[1].event_hash]
    for event in chain:
        fields = {n: getattr(event, n) for n in audit.HASHED}
        assert audit.hash_of(event_id=event.id, **fields) == event.event_hash
    with LocalCache.open(Profile.open(folder)) as cache, cache.session() as session:
        assert audit.chain_head(session, DEVICE) == (3, chain[2].event_hash)


def test_a_change_records_table_row_fields_old_and_new_values(folder: Path) -> None:
    sign(folder, Role.TELLER)
    with LocalCache.open(Profile.open(folder)) as cache, cache.session() as session:
        alice = session.scalars(select(Customer).where(Customer.customer_number == ALICE)).one()
        old_name = alice.name_latin
        update_row(session, "customer", alice.id, {"name_latin": "LI Aili Mary"})
        alice_id = alice.id
    [event] = events(folder)
    assert (event.action, event.entity, event.entity_id, event.customer_id) == (
        AuditAction.UPDATE,
        "customer",
        alice_id,
        alice_id,
    )
    assert json.loads(event.change) == {
        "fields": ["name_latin"],
        "old": {"name_latin": old_name},
        "new": {"name_latin": "LI Aili Mary"},
    }
    assert queued(folder) == ["customer", "audit_event"]


def test_a_failed_change_leaves_no_event(folder: Path) -> None:
    sign(folder, Role.TELLER)
    cache = LocalCache.open(Profile.open(folder))
    with pytest.raises(RuntimeError), cache, cache.session() as session:
        alice = session.scalars(select(Customer).where(Customer.customer_number == ALICE)).one()
        update_row(session, "customer", alice.id, {"name_latin": "Rolled back"})
        raise RuntimeError("the save failed")
    assert events(folder) == [] and queued(folder) == []


def test_resolving_a_conflict_is_recorded(folder: Path) -> None:
    sign(folder, Role.TELLER)
    entry_id = uuid.uuid4()
    with LocalCache.open(Profile.open(folder)) as cache, cache.session() as session:
        alice = session.scalars(select(Customer).where(Customer.customer_number == ALICE)).one()
        session.execute(
            sync_issue.insert().values(
                entry_id=entry_id,
                kind="conflict",
                table_name="customer",
                row_id=alice.id,
                op="update",
                customer_id=alice.id,
                changed=json.dumps({"name_latin": "Mine"}),
                fields=json.dumps(["name_latin"]),
                theirs=json.dumps({"name_latin": "Theirs"}),
                base=json.dumps({"name_latin": alice.name_latin}),
                server_version=1,
                reason="changed by someone else",
                edited_at=alice.updated_at,
                reported_at=alice.updated_at,
            )
        )
        resolve(session, entry_id, Choice.THEIRS)
    [event] = events(folder)
    assert (event.action, event.entity, event.detail) == (
        AuditAction.RESOLVE_CONFLICT,
        "customer",
        "theirs",
    )


def test_lock_unlock_and_a_failed_unlock_are_recorded(folder: Path) -> None:
    sign(folder, Role.TELLER)
    with LocalCache.open(Profile.open(folder)) as cache:
        audit.record_lock(cache, locked=True)
        audit.record_failed_unlock(cache, "teller1\u202e")
        audit.record_lock(cache, locked=False)
    chain = events(folder)
    assert [e.action for e in chain] == [
        AuditAction.LOCK,
        AuditAction.LOGIN_FAILED,
        AuditAction.UNLOCK,
    ]
    assert chain[1].user_id is None and chain[1].detail.startswith("teller1\\u202e")


# --- guitai show / history -------------------------------------------------------------------


def show(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["show", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_records_viewed_and_json_records_exported(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sign(folder, Role.TELLER)
    assert show(capsys, ALICE, "--profile", str(folder))[0] == 0
    assert show(capsys, ALICE, "--profile", str(folder), "--json")[0] == 0
    assert [e.action for e in events(folder)] == [
        AuditAction.VIEW,
        AuditAction.VIEW,
        AuditAction.EXPORT,
    ]


def test_unmask_needs_a_reason(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sign(folder, Role.AUDITOR)
    code, out, err = show(capsys, ALICE, "--profile", str(folder), "--unmask")
    assert code == 2 and "--reason" in err and out == ""
    assert events(folder) == []


@pytest.mark.parametrize("role", [Role.HEAD_OFFICE, None])
def test_unmask_is_refused_for_roles_that_may_unmask_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], role: Role | None
) -> None:
    sign(folder, role)
    code, out, err = show(capsys, ALICE, "--profile", str(folder), "--unmask", "--reason", "x")
    assert code == 1 and "not allowed" in err
    assert ALICE_ID not in out
    assert events(folder) == []  # refused: the whole transaction, its "viewed" too, is undone


def test_unmask_shows_whole_only_what_the_role_may_unmask(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sign(folder, Role.CALL_CENTRE_AGENT)
    code, out, _ = show(capsys, ALICE, "--profile", str(folder), "--unmask", "--reason", "call")
    assert code == 0 and ALICE_PHONE in out and ALICE_ID not in out
    unmask = events(folder)[-1]
    assert unmask.action == AuditAction.UNMASK
    assert json.loads(unmask.change) == {"fields": ["contact_point.value"]}


def test_unmask_by_an_auditor_shows_the_numbers_and_keeps_the_reason(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = sign(folder, Role.AUDITOR)
    reason = "complaint 2026-118: identity check"
    code, out, _ = show(capsys, ALICE, "--profile", str(folder), "--unmask", "--reason", reason)
    assert code == 0 and ALICE_ID in out
    view, unmask = events(folder)
    assert (view.action, unmask.action) == (AuditAction.VIEW, AuditAction.UNMASK)
    assert unmask.detail == reason and unmask.user_id == user


def _history(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["history", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_history_lists_who_did_what_for_an_auditor(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sign(folder, Role.AUDITOR)
    with LocalCache.open(Profile.open(folder)) as cache:
        customer_360(cache, ALICE)
        with cache.session() as session:
            alice = session.scalars(select(Customer).where(Customer.customer_number == ALICE)).one()
            update_row(session, "customer", alice.id, {"name_latin": "LI Aili Mary"})
        customer_360(cache, BOB)
    code, out, err = _history(capsys, ALICE, "--profile", str(folder), "--json")
    assert code == 0, err
    lines = json.loads(out)
    assert [line["action"] for line in lines] == ["view", "update"]
    assert lines[1]["change"]["new"] == {"name_latin": "LI Aili Mary"}
    assert lines[0]["device_id"] == str(DEVICE)
    code, out, _ = _history(capsys, ALICE.lower(), "--profile", str(folder))
    assert code == 0 and "update customer: name_latin" in out


def test_history_is_refused_for_a_teller(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sign(folder, Role.TELLER)
    code, _, err = _history(capsys, ALICE, "--profile", str(folder))
    assert code == 1 and "not allowed" in err


def test_the_outbox_count_of_a_cache_matches_its_events(folder: Path) -> None:
    sign(folder, Role.TELLER)
    with LocalCache.open(Profile.open(folder)) as cache:
        customer_360(cache, ALICE)
        customer_360(cache, ALICE, viewed=False)
        with cache.read_session() as session:
            count = session.execute(select(func.count()).select_from(outbox)).scalar_one()
    assert count == 1
