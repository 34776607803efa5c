"""The audit chain's encoding and what the workstation does after the server refused one of
its events: the refused one dropped, the later ones re-chained after the server's last link
behind one chain-gap event, their outbox entries after it."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from client import audit
from client.profile import Profile
from client.schema.enums import AuditAction, Role
from client.schema.local import cache_meta, outbox
from client.schema.models import AuditEvent
from client.store import LocalCache

DEVICE = uuid.UUID("00000000-0000-4000-8000-00000000d002")
USER = uuid.UUID("00000000-0000-4000-8000-00000000a002")


def _reference(event_id: uuid.UUID, **fields: Any) -> bytes:
    """The canonical encoding as the first release wrote it (json.dumps of the fields)."""

    def text(value: uuid.UUID | None) -> str | None:
        return None if value is None else str(value)

    return json.dumps(
        [
            audit.CHAIN_FORMAT,
            str(event_id),
            int(fields["device_seq"]),
            fields["occurred_at"].astimezone(UTC).isoformat(timespec="microseconds"),
            text(fields["user_id"]),
            text(fields["device_id"]),
            str(fields["action"]),
            fields["entity"],
            text(fields["entity_id"]),
            text(fields["customer_id"]),
            fields["detail"],
            fields["change"],
            fields["prev_hash"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


TRICKY = {
    "device_seq": 7,
    "occurred_at": datetime(2026, 12, 3, 8, 30, tzinfo=UTC),
    "user_id": uuid.UUID("00000000-0000-4000-8000-0000000000aa"),
    "device_id": uuid.UUID("00000000-0000-4000-8000-0000000000dd"),
    "action": AuditAction.UNMASK,
    "entity": "customer",
    "entity_id": None,
    "customer_id": uuid.UUID("00000000-0000-4000-8000-0000000000cc"),
    "detail": '客户来电 "核对" \\ 身份\n\x01 😀',
    "change": '{"fields": ["customer.national_id"]}',
    "prev_hash": "ab" * 32,
}
TRICKY_ID = uuid.UUID("00000000-0000-4000-8000-000000000001")


def test_the_chain_format_is_unchanged() -> None:
    assert audit.canonical(event_id=TRICKY_ID, **TRICKY) == _reference(TRICKY_ID, **TRICKY)
    # the hash the first release gave this event: a change of format breaks every chain
    assert audit.hash_of(event_id=TRICKY_ID, **TRICKY) == (
        "89c816b7a9083cb6ab103e9aa3793303afb674e4ab716483d19c2b11aed00456"
    )
    plain = {**TRICKY, "detail": "", "change": "", "user_id": None, "prev_hash": ""}
    assert audit.canonical(event_id=TRICKY_ID, **plain) == _reference(TRICKY_ID, **plain)


def test_canonical_takes_exactly_the_hashed_fields() -> None:
    with pytest.raises(TypeError):
        audit.canonical(event_id=TRICKY_ID, **{**TRICKY, "extra": 1})
    fewer = dict(TRICKY)
    del fewer["detail"]
    with pytest.raises(TypeError):
        audit.canonical(event_id=TRICKY_ID, **fewer)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[LocalCache]:
    opened = LocalCache.open(Profile.open(tmp_path / "counter", create=True))
    user = {"id": str(USER), "username": "teller1", "role": Role.TELLER.value}
    with opened.session() as session:
        session.execute(cache_meta.insert().values(key=audit.DEVICE_KEY, value=str(DEVICE)))
        session.execute(cache_meta.insert().values(key=audit.USER_KEY, value=json.dumps(user)))
    yield opened
    opened.close()


def _view(cache: LocalCache) -> uuid.UUID:
    with cache.session() as session:
        found = audit.record(session, AuditAction.VIEW, entity="customer", customer_id=uuid.uuid4())
    assert found is not None
    return found


def _chain(cache: LocalCache) -> list[AuditEvent]:
    with cache.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.device_seq)))


def _entries(cache: LocalCache) -> list[tuple[uuid.UUID, uuid.UUID, dict[str, Any]]]:
    """(entry id, row id, sent fields) of the outbox, in upload order."""
    with cache.session() as session:
        rows = session.execute(
            select(outbox.c.entry_id, outbox.c.row_id, outbox.c.changed).order_by(outbox.c.seq)
        ).all()
    return [(e, r, json.loads(c)) for e, r, c in rows]


def _accepted(cache: LocalCache, count: int) -> None:
    """The server took the first `count` queued events (their entries settled)."""
    with cache.session() as session:
        first = session.scalars(select(outbox.c.seq).order_by(outbox.c.seq).limit(count)).all()
        session.execute(outbox.delete().where(outbox.c.seq.in_(first)))


def _refused(
    cache: LocalCache, event_id: uuid.UUID, code: str, head: AuditEvent | None
) -> audit.RefusedEvent:
    entry = next(e for e, r, _ in _entries(cache) if r == event_id)
    return audit.RefusedEvent(
        entry, code, "refused", head.device_seq if head else 0, head.event_hash if head else ""
    )


def test_the_refused_event_is_dropped_and_the_later_ones_follow_a_gap(cache: LocalCache) -> None:
    ids = [_view(cache) for _ in range(5)]
    _accepted(cache, 2)
    head = _chain(cache)[1]
    refusals = [
        _refused(cache, ids[2], "forged_author", head),
        _refused(cache, ids[3], "audit_chain", head),
    ]
    kept_entries = {refusals[1].entry_id}
    with cache.session() as session:
        assert audit.rechain(session, refusals) == kept_entries
    chain = _chain(cache)
    by_id = {e.id: e for e in chain}
    assert by_id[ids[2]].device_seq < 0, "left for the caller to settle (and delete)"
    live = [e for e in chain if e.device_seq > 0]
    assert [e.device_seq for e in live] == [1, 2, 3, 4, 5]
    gap = live[2]
    assert audit.is_gap(gap.action, gap.entity) and gap.user_id == USER
    assert [e.id for e in live[3:]] == ids[3:]
    for before, after in itertools.pairwise(live):
        assert after.prev_hash == before.event_hash
    for event in live:
        fields = {n: getattr(event, n) for n in audit.HASHED}
        assert audit.hash_of(event_id=event.id, **fields) == event.event_hash
    change = json.loads(gap.change)
    assert (change["after"], change["refused_count"], change["re_chained"]) == (2, 1, 2)
    assert change["refused"][0]["event_id"] == str(ids[2])
    entries = _entries(cache)
    assert [r for _, r, _ in entries] == [ids[2], gap.id, ids[3], ids[4]]
    sent = {r: c for _, r, c in entries}
    for event in live[2:]:
        wire = sent[event.id]
        assert (wire["device_seq"], wire["prev_hash"], wire["event_hash"]) == (
            event.device_seq,
            event.prev_hash,
            event.event_hash,
        )
    assert refusals[1].entry_id not in {e for e, _, _ in entries}, "a new entry id"
    with cache.session() as session:
        assert audit.chain_head(session, DEVICE) == (5, live[-1].event_hash)
    assert _view(cache) and _chain(cache)[-1].prev_hash == live[-1].event_hash


def test_nothing_changes_when_the_server_names_no_link(cache: LocalCache) -> None:
    ids = [_view(cache) for _ in range(2)]
    before = [(e.device_seq, e.event_hash) for e in _chain(cache)]
    refused = _refused(cache, ids[0], "forged_author", None)
    unnamed = audit.RefusedEvent(refused.entry_id, refused.code, refused.reason, None, "")
    with cache.session() as session:
        assert audit.rechain(session, [unnamed]) == set()
    assert [(e.device_seq, e.event_hash) for e in _chain(cache)] == before


def test_it_gives_up_after_gaps_refused_again_and_again(cache: LocalCache) -> None:
    refused_id = _view(cache)
    _view(cache)
    for attempt in range(1, audit.MAX_GAP_ATTEMPTS + 1):
        refusal = _refused(cache, refused_id, "backdated", None)
        with cache.session() as session:
            assert audit.rechain(session, [refusal]) == set()
            session.execute(outbox.delete().where(outbox.c.entry_id == refusal.entry_id))
            session.execute(AuditEvent.__table__.delete().where(AuditEvent.id == refused_id))
        [refused_id] = [e.id for e in _chain(cache) if audit.is_gap(e.action, e.entity)]
        assert json.loads(_chain(cache)[0].change)["attempt"] == attempt
    before = [(e.id, e.device_seq) for e in _chain(cache)]
    with cache.session() as session:
        assert audit.rechain(session, [_refused(cache, refused_id, "backdated", None)]) == set()
    assert [(e.id, e.device_seq) for e in _chain(cache)] == before, "left as it was"
