"""The audit trail end to end: a view reaches the server under the right name, the chains
hold, tampering with the server's database is found, and bad chains are refused on arrival."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from client import audit
from client.credentials import MemoryTokens, SignedOutError
from client.reads import customer_360
from client.schema.enums import AuditAction
from client.schema.local import outbox
from client.schema.models import AuditEvent
from sync.engine.signin import sign_in, sign_in_offline
from sync.protocol import CODES_HEADER
from sync.replica import state
from sync.server.cli import main as server_main
from tests.sync.conftest import PASSWORD, Api, entry
from tests.sync.engine_kit import Workstation, seed_customers, workstation


@pytest.fixture
def station(api: Api, tmp_path: Path) -> Iterator[Workstation]:
    made = workstation(api, tmp_path / "counter", "teller@BJ01")
    yield made
    made.close()


def _device(station: Workstation) -> uuid.UUID:
    with station.cache.session() as session:
        who = audit.author(session)
    assert who is not None
    return who.device_id


def _server_events(api: Api, action: AuditAction | None = None) -> list[AuditEvent]:
    with api.db.reader() as session:
        query = select(AuditEvent).order_by(AuditEvent.device_id, AuditEvent.device_seq)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def _verify(api: Api, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = server_main(
        [
            "audit",
            "verify",
            "--database",
            str(api.db.engine.url.render_as_string(hide_password=False)),
        ]
    )
    out, err = capsys.readouterr()
    return code, out + err


def _raw_id(api: Api, event_id: uuid.UUID) -> Any:
    return event_id if api.db.dialect == "postgresql" else event_id.bytes


def test_the_cache_keys_the_audit_reads_are_the_sync_states() -> None:
    assert (audit.DEVICE_KEY, audit.USER_KEY) == (state.DEVICE_ID, state.USER)


def test_opening_a_customer_queues_one_viewed_event_that_reaches_the_server(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_customers(api, "BJ01", 2)
    station.engine.sync()
    device = _device(station)
    view = customer_360(station.cache, "CBJ0100001")
    with station.cache.session() as session:
        queued = session.execute(
            select(func.count()).select_from(outbox).where(outbox.c.table_name == "audit_event")
        ).scalar_one()
        views = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW)
        ).all()
    assert queued == 1 and len(views) == 1
    assert views[0].customer_id == view.customer_id
    station.engine.sync()
    [seen] = _server_events(api, AuditAction.VIEW)
    assert seen.customer_id == view.customer_id
    assert seen.user_id == api.seeded.users["teller@BJ01"]
    assert seen.device_id == device
    assert [e.action for e in _server_events(api)] == [AuditAction.LOGIN, AuditAction.VIEW]
    code, said = _verify(api, capsys)
    assert code == 0, said
    assert "2 events of 1 workstation(s)" in said


@pytest.mark.parametrize("tamper", ["change", "delete"])
def test_changing_or_deleting_an_event_on_the_server_breaks_verify_naming_it(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    seed_customers(api, "BJ01", 3)
    station.engine.sync()
    for number in ("CBJ0100000", "CBJ0100001", "CBJ0100002"):
        customer_360(station.cache, number)
    station.engine.sync()
    events = _server_events(api, AuditAction.VIEW)
    assert len(events) == 3
    victim = events[1].id
    with api.db.engine.begin() as conn:
        if tamper == "change":
            conn.execute(
                text("UPDATE audit_event SET detail = 'nothing happened' WHERE id = :id"),
                {"id": _raw_id(api, victim)},
            )
        else:
            conn.execute(
                text("DELETE FROM audit_event WHERE id = :id"), {"id": _raw_id(api, victim)}
            )
    code, said = _verify(api, capsys)
    assert code == 1
    assert str(victim) in said


def test_an_event_slipped_into_the_database_breaks_verify(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    station.engine.sync()
    stray = uuid.uuid4()
    with api.db.writer() as session, session.begin():
        session.add(
            AuditEvent(
                id=stray,
                occurred_at=datetime.now(UTC),
                action=AuditAction.VIEW,
                entity="customer",
                device_seq=1,
            )
        )
    code, said = _verify(api, capsys)
    assert code == 1 and str(stray) in said


# --- refused on arrival ----------------------------------------------------------------------


class Chain:
    """Audit events of one workstation as a client would make them, for pushing by hand."""

    def __init__(self, user: uuid.UUID, device: uuid.UUID) -> None:
        self.user, self.device = user, device
        self.seq, self.prev = 0, ""

    def event(
        self, *, seq: int | None = None, prev: str | None = None, **fields: Any
    ) -> dict[str, Any]:
        """The next event (or one with the given `seq`/`prev`), advancing the chain."""
        event_id = uuid.uuid4()
        values: dict[str, Any] = {
            "device_seq": seq if seq is not None else self.seq + 1,
            "occurred_at": datetime.now(UTC),
            "user_id": self.user,
            "device_id": self.device,
            "action": AuditAction.VIEW,
            "entity": "customer",
            "entity_id": None,
            "customer_id": None,
            "detail": "",
            "change": "",
            "prev_hash": prev if prev is not None else self.prev,
        }
        values.update(fields)
        digest = audit.hash_of(event_id=event_id, **values)
        self.seq, self.prev = values["device_seq"], digest
        wire = {
            k: (
                str(v)
                if isinstance(v, uuid.UUID)
                else v.isoformat()
                if isinstance(v, datetime)
                else str(v)
                if isinstance(v, AuditAction)
                else v
            )
            for k, v in values.items()
        }
        return entry("audit_event", event_id, **wire, event_hash=digest)


@pytest.fixture
def chain(api: Api) -> tuple[Chain, dict[str, str]]:
    device = uuid.uuid4()
    auth = {**api.login("teller@BJ01", device=device), CODES_HEADER: "1"}
    return Chain(api.seeded.users["teller@BJ01"], device), auth


def _outcome(result: dict[str, Any]) -> tuple[str, str | None]:
    return result["status"], result.get("code") or None


def test_a_chain_in_order_is_accepted_and_a_retry_is_a_duplicate(
    api: Api, chain: tuple[Chain, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    events, auth = chain
    first, second = events.event(), events.event()
    assert [_outcome(r) for r in api.push(auth, first, second)] == [("applied", None)] * 2
    again = {**second, "entry_id": str(uuid.uuid4())}
    assert _outcome(api.push(auth, again)[0]) == ("duplicate", None)
    assert _verify(api, capsys)[0] == 0


def test_a_gap_in_the_chain_is_refused_alone(api: Api, chain: tuple[Chain, dict[str, str]]) -> None:
    events, auth = chain
    first = events.event()
    skipped = events.event(seq=3)
    customer = uuid.uuid4()
    other = entry(
        "customer",
        customer,
        customer_number="CGAP000001",
        kind="individual",
        legal_name="张伟",
        home_branch_id=str(api.seeded.branches["BJ01"]),
    )
    results = api.push(auth, first, skipped, other)
    assert [_outcome(r) for r in results] == [
        ("applied", None),
        ("rejected", "audit_chain"),
        ("applied", None),
    ]
    assert "event 2" in results[1]["reason"]


def test_reordered_events_are_refused(api: Api, chain: tuple[Chain, dict[str, str]]) -> None:
    events, auth = chain
    first, second, third = events.event(), events.event(), events.event()
    results = api.push(auth, first, third, second)
    assert [_outcome(r) for r in results] == [
        ("applied", None),
        ("rejected", "audit_chain"),
        ("applied", None),
    ]


def test_a_wrong_previous_hash_or_a_changed_field_is_refused(
    api: Api, chain: tuple[Chain, dict[str, str]]
) -> None:
    events, auth = chain
    assert _outcome(api.push(auth, events.event())[0]) == ("applied", None)
    wrong_link = events.event(seq=2, prev="0" * 64)
    assert _outcome(api.push(auth, wrong_link)[0]) == ("rejected", "audit_chain")
    events.seq, events.prev = 1, _server_events(api)[0].event_hash
    edited = events.event()
    edited["changed"]["detail"] = "rewritten on the way"
    assert _outcome(api.push(auth, edited)[0]) == ("rejected", "audit_chain")


def test_a_forged_author_or_workstation_is_refused(
    api: Api, chain: tuple[Chain, dict[str, str]]
) -> None:
    events, auth = chain
    someone_else = api.seeded.users["teller@SH01"]
    forged_user = events.event(user_id=someone_else)
    assert _outcome(api.push(auth, forged_user)[0]) == ("rejected", "forged_author")
    events.seq, events.prev = 0, ""
    forged_device = events.event(device_id=uuid.uuid4())
    assert _outcome(api.push(auth, forged_device)[0]) == ("rejected", "forged_author")
    events.seq, events.prev = 0, ""
    nobody = events.event(user_id=None, action=AuditAction.LOGIN_FAILED)
    assert _outcome(api.push(auth, nobody)[0]) == ("applied", None)
    events.seq = 1
    unnamed_view = events.event(user_id=None)
    assert _outcome(api.push(auth, unnamed_view)[0]) == ("rejected", "forged_author")


def test_a_backdated_or_future_event_is_refused(
    api: Api, chain: tuple[Chain, dict[str, str]]
) -> None:
    events, auth = chain
    old = events.event(occurred_at=datetime.now(UTC) - timedelta(days=400))
    assert _outcome(api.push(auth, old)[0]) == ("rejected", "backdated")
    events.seq, events.prev = 0, ""
    ahead = events.event(occurred_at=datetime.now(UTC) + timedelta(hours=2))
    assert _outcome(api.push(auth, ahead)[0]) == ("rejected", "backdated")
    events.seq, events.prev = 0, ""
    assert _outcome(api.push(auth, events.event())[0]) == ("applied", None)
    earlier = events.event(occurred_at=datetime.now(UTC) - timedelta(hours=1))
    assert _outcome(api.push(auth, earlier)[0]) == ("rejected", "backdated")


def test_audit_list_filters_by_customer_user_and_action(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_customers(api, "BJ01", 2)
    station.engine.sync()
    customer_360(station.cache, "CBJ0100000")
    customer_360(station.cache, "CBJ0100001")
    station.engine.sync()
    url = api.db.engine.url.render_as_string(hide_password=False)
    code = server_main(
        [
            "audit",
            "list",
            "--customer",
            "CBJ0100001",
            "--action",
            "view",
            "--json",
            "--database",
            url,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    [line] = json.loads(out)
    assert line["customer_number"] == "CBJ0100001" and line["user"] == "teller@BJ01"
    assert line["workstation"] == "test counter"
    code = server_main(["audit", "list", "--user", "teller@SH01", "--database", url])
    assert code == 0 and capsys.readouterr().out.strip() == "no audit events"


def _local_actions(station: Workstation) -> list[tuple[str, str]]:
    with station.cache.session() as session:
        return [
            (str(e.action), e.detail)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.device_seq))
        ]


def test_sign_ins_and_failed_ones_are_recorded_online_and_offline(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SignedOutError):
        sign_in(station.cache, station.transport, "teller@BJ01", "guess", MemoryTokens())
    now = datetime.now(UTC)
    sign_in_offline(station.cache, "teller@BJ01", PASSWORD, now)
    with pytest.raises(SignedOutError):
        sign_in_offline(station.cache, "teller@BJ01", "guess again", now)
    assert _local_actions(station) == [
        ("login", "online"),
        ("login_failed", "teller@BJ01: wrong_password"),
        ("login", "offline"),
        ("login_failed", "teller@BJ01: wrong_password"),
    ]
    station.engine.sync()
    failed = _server_events(api, AuditAction.LOGIN_FAILED)
    assert len(failed) == 2 and all(e.user_id is None for e in failed)
    assert _verify(api, capsys)[0] == 0


def test_audit_list_since_takes_a_date_or_a_timestamp() -> None:
    from client.errors import UsageError
    from sync.server.commands.audit import since

    assert since("2026-12-01") == datetime(2026, 12, 1, tzinfo=UTC)
    assert since("2026-12-01T08:30:00+08:00") == datetime(2026, 12, 1, 0, 30, tzinfo=UTC)
    with pytest.raises(UsageError):
        since("yesterday")


# --- a refused event does not break the chain for the events after it ------------------------


def test_a_refused_event_is_answered_with_the_last_accepted_link(
    api: Api, chain: tuple[Chain, dict[str, str]]
) -> None:
    events, auth = chain
    first = events.event()
    assert _outcome(api.push(auth, first)[0]) == ("applied", None)
    forged = events.event(user_id=api.seeded.users["teller@SH01"])
    [refused] = api.push(auth, forged)
    assert _outcome(refused) == ("rejected", "forged_author")
    assert refused["server_row"] == {
        "device_seq": 1,
        "event_hash": first["changed"]["event_hash"],
    }
    events.seq, events.prev = 1, first["changed"]["event_hash"]
    assert _outcome(api.push(auth, events.event())[0]) == ("applied", None)


def _in_the_name_of(station: Workstation, user: uuid.UUID, number: str) -> None:
    """Opens a customer with the cache naming another user: the forged event an attacker
    (or a cache copied from another workstation) would push."""
    from client.schema.local import cache_meta

    with station.cache.session() as session:
        key = cache_meta.c.key == state.USER
        honest = session.execute(select(cache_meta.c.value).where(key)).scalar_one()
        forged = {**json.loads(honest), "id": str(user)}
        session.execute(cache_meta.update().where(key).values(value=json.dumps(forged)))
    try:
        customer_360(station.cache, number)
    finally:
        with station.cache.session() as session:
            session.execute(cache_meta.update().where(key).values(value=honest))


def test_after_a_forged_event_is_refused_the_later_ones_are_accepted_behind_a_gap(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    from client.schema.local import sync_issue

    seed_customers(api, "BJ01", 3)
    station.engine.sync()
    _in_the_name_of(station, api.seeded.users["teller@SH01"], "CBJ0100000")
    customer_360(station.cache, "CBJ0100001")
    customer_360(station.cache, "CBJ0100002")
    with station.cache.session() as session:
        forged_id = session.scalars(
            select(AuditEvent.id).where(AuditEvent.user_id == api.seeded.users["teller@SH01"])
        ).one()
    report = station.engine.sync()
    assert report.rejected == 1
    server = _server_events(api)
    assert [(e.device_seq, str(e.action), e.entity) for e in server] == [
        (1, "login", "user_account"),
        (2, "resolve_conflict", audit.GAP_ENTITY),
        (3, "view", "customer"),
        (4, "view", "customer"),
    ]
    assert forged_id not in {e.id for e in server}
    gap = server[1]
    change = json.loads(gap.change)
    assert change["code"] == "chain_gap" and change["after"] == 1
    assert [(r["event_id"], r["code"]) for r in change["refused"]] == [
        (str(forged_id), "forged_author")
    ]
    assert gap.user_id == api.seeded.users["teller@BJ01"]
    device = _device(station)
    with station.cache.session() as session:
        issues = session.execute(select(sync_issue.c.row_id, sync_issue.c.kind)).all()
        pending = session.execute(select(func.count()).select_from(outbox)).scalar_one()
        head = audit.chain_head(session, device)
    assert issues == [(forged_id, "rejected")] and pending == 0
    assert head == (4, server[3].event_hash)
    code, said = _verify(api, capsys)
    assert code == 0, said
    assert "4 events of 1 workstation(s)" in said
    assert "1 chain gap(s)" in said and str(gap.id) in said and "forged_author" in said
    customer_360(station.cache, "CBJ0100000")  # the chain goes on after the gap
    station.engine.sync()
    assert [e.device_seq for e in _server_events(api)] == [1, 2, 3, 4, 5]
    assert _verify(api, capsys)[0] == 0


def test_a_refused_last_event_leaves_a_gap_the_next_one_follows(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_customers(api, "BJ01", 2)
    station.engine.sync()
    _in_the_name_of(station, api.seeded.users["teller@SH01"], "CBJ0100000")
    station.engine.sync()
    assert [str(e.action) for e in _server_events(api)] == ["login", "resolve_conflict"]
    customer_360(station.cache, "CBJ0100001")
    station.engine.sync()
    assert [e.device_seq for e in _server_events(api)] == [1, 2, 3]
    code, said = _verify(api, capsys)
    assert code == 0 and "1 chain gap(s)" in said, said


def test_a_broken_local_chain_is_rejoined_to_the_servers_behind_a_gap(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    """No event refused for what it holds: the cache lost its chain head (restored from an
    older copy, say) and numbers its events again from 1; they are re-chained, not lost."""
    from client.schema.local import cache_meta

    seed_customers(api, "BJ01", 2)
    station.engine.sync()
    with station.cache.session() as session:
        session.execute(cache_meta.delete().where(cache_meta.c.key == audit.HEAD_KEY))
        session.execute(text("DELETE FROM audit_event"))
    customer_360(station.cache, "CBJ0100000")
    customer_360(station.cache, "CBJ0100001")
    assert station.engine.sync().rejected == 0
    server = _server_events(api)
    assert [(e.device_seq, str(e.action)) for e in server] == [
        (1, "login"),
        (2, "resolve_conflict"),
        (3, "view"),
        (4, "view"),
    ]
    assert json.loads(server[1].change)["refused"] == []
    assert _verify(api, capsys)[0] == 0


def test_verify_holds_when_the_chain_rows_were_stored_out_of_order(
    api: Api, station: Workstation, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore may write the server's chain in another order than its places: the chain
    is read by place, not as stored."""
    seed_customers(api, "BJ01", 3)
    station.engine.sync()
    for number in ("CBJ0100000", "CBJ0100001", "CBJ0100002"):
        customer_360(station.cache, number)
    station.engine.sync()
    with api.db.engine.begin() as conn:
        rows = conn.execute(text("SELECT * FROM server_audit_chain ORDER BY seq DESC")).all()
        conn.execute(text("DELETE FROM server_audit_chain"))
        for row in rows:
            conn.execute(
                text(
                    "INSERT INTO server_audit_chain (seq, event_id, device_id, device_seq, "
                    "event_hash, chain_hash, accepted_at) VALUES (:seq, :event_id, :device_id, "
                    ":device_seq, :event_hash, :chain_hash, :accepted_at)"
                ),
                row._asdict(),
            )
    code, said = _verify(api, capsys)
    assert code == 0, said
    assert "4 events of 1 workstation(s)" in said
