"""Push: applied, idempotent retries, merges, conflicts, append-only rows, tombstones."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from tests.sync.conftest import Api, customer_fields, entry


def _new_customer(api: Api, auth: dict[str, str], number: str = "C0001") -> tuple[uuid.UUID, int]:
    row_id = uuid.uuid4()
    branch = api.seeded.branches["BJ01"]
    [result] = api.push(auth, entry("customer", row_id, **customer_fields(branch, number)))
    assert result["status"] == "applied", result
    return row_id, result["new_version"]


def test_insert_is_applied_and_pulled_back(api: Api) -> None:
    auth = api.login("teller@BJ01")
    row_id, version = _new_customer(api, auth)
    changes, cursor = api.pull_all(auth)
    [mine] = [c for c in changes if c["table"] == "customer"]
    assert mine["row"]["id"] == str(row_id)
    assert mine["version"] == version == cursor
    assert mine["row"]["legal_name"] == "张伟"
    assert mine["row"]["lifecycle"] == "active"


def test_a_retried_entry_is_not_applied_twice(api: Api) -> None:
    auth = api.login("teller@BJ01")
    row_id, version = _new_customer(api, auth)
    edit = entry("customer", row_id, "update", version, name_latin="Zhang W.")
    [first] = api.push(auth, edit)
    [again] = api.push(auth, edit)
    assert first["status"] == "applied" and not first["retried"]
    assert again["status"] == "applied" and again["retried"]
    assert again["new_version"] == first["new_version"]
    changes, _ = api.pull_all(auth)
    assert [c["version"] for c in changes if c["table"] == "customer"] == [first["new_version"]]


def test_edits_of_other_fields_merge(api: Api) -> None:
    teller = api.login("teller@BJ01")
    manager = api.login("branch_manager@BJ01")
    row_id, base = _new_customer(api, teller)
    [first] = api.push(teller, entry("customer", row_id, "update", base, name_latin="Zhang W."))
    [second] = api.push(manager, entry("customer", row_id, "update", base, national_id="X1"))
    assert first["status"] == "applied"
    assert second["status"] == "merged"
    changes, _ = api.pull_all(manager)
    [row] = [c["row"] for c in changes if c["table"] == "customer"]
    assert (row["name_latin"], row["national_id"]) == ("Zhang W.", "X1")


def test_same_field_edited_twice_is_a_conflict_with_both_values(api: Api) -> None:
    teller = api.login("teller@BJ01")
    manager = api.login("branch_manager@BJ01")
    row_id, base = _new_customer(api, teller)
    [first] = api.push(teller, entry("customer", row_id, "update", base, name_latin="Zhang W."))
    [second] = api.push(
        manager, entry("customer", row_id, "update", base, name_latin="Wei Zhang", national_id="1")
    )
    assert second["status"] == "conflict"
    assert second["conflicting_fields"] == ["name_latin"]
    assert second["server_row"] == {"name_latin": "Zhang W."}
    assert second["base_row"] == {"name_latin": "Zhang Wei"}
    assert second["server_version"] == first["new_version"]
    assert second["new_version"] is None
    changes, _ = api.pull_all(manager)
    [row] = [c["row"] for c in changes if c["table"] == "customer"]
    assert row["national_id"] is None, "a conflicting entry is applied not at all"


def test_own_earlier_unacknowledged_edits_do_not_conflict(api: Api) -> None:
    auth = api.login("teller@BJ01")
    row_id, base = _new_customer(api, auth)
    [one] = api.push(auth, entry("customer", row_id, "update", base, name_latin="A"))
    [two] = api.push(auth, entry("customer", row_id, "update", base, name_latin="B"))
    assert (one["status"], two["status"]) == ("applied", "applied")


def test_append_only_rows_never_conflict_and_never_change(api: Api) -> None:
    teller = api.login("teller@BJ01")
    agent = api.login("call_centre_agent@SH01")
    customer_id, _ = _new_customer(api, teller)
    now = datetime.now(UTC).isoformat()
    interactions = [
        entry(
            "interaction",
            uuid.uuid4(),
            customer_id=str(customer_id),
            kind="call",
            channel="call_centre",
            occurred_at=now,
            subject=f"call {i}",
        )
        for i in range(2)
    ]
    assert [r["status"] for r in api.push(teller, interactions[0])] == ["applied"]
    assert [r["status"] for r in api.push(agent, interactions[1])] == ["applied"]
    edit = entry("interaction", uuid.UUID(interactions[0]["row_id"]), "update", 1, subject="x")
    [refused] = api.push(teller, edit)
    assert refused["status"] == "rejected" and "append-only" in refused["reason"]
    replay = {**interactions[0], "entry_id": str(uuid.uuid4())}
    assert api.push(teller, replay)[0]["status"] == "duplicate"


def test_insert_of_an_existing_id_with_identical_content_is_a_duplicate(api: Api) -> None:
    auth = api.login("teller@BJ01")
    row_id, version = _new_customer(api, auth)
    fields = customer_fields(api.seeded.branches["BJ01"], "C0001")
    [again] = api.push(auth, entry("customer", row_id, **fields))
    assert again["status"] == "duplicate" and again["new_version"] == version
    [other] = api.push(auth, entry("customer", row_id, **{**fields, "legal_name": "李娜"}))
    assert other["status"] == "conflict" and other["conflicting_fields"] == ["legal_name"]


def test_delete_leaves_a_tombstone(api: Api) -> None:
    auth = api.login("teller@BJ01")
    row_id, version = _new_customer(api, auth)
    [gone] = api.push(auth, entry("customer", row_id, "delete", version))
    assert gone["status"] == "applied" and gone["new_version"] > version
    [again] = api.push(auth, entry("customer", row_id, "delete", version))
    assert again["status"] == "duplicate"
    [late] = api.push(auth, entry("customer", row_id, "update", version, name_latin="x"))
    assert late["status"] == "conflict" and late["conflicting_fields"] == ["deleted"]
    changes, _ = api.pull_all(auth)
    [row] = [c["row"] for c in changes if c["table"] == "customer"]
    assert row["deleted"] is True and row["version"] == gone["new_version"]


def test_bad_entries_are_rejected_with_a_reason(api: Api) -> None:
    auth = api.login("teller@BJ01")
    branch = api.seeded.branches["BJ01"]
    row_id, version = _new_customer(api, auth)
    cases = {
        "unknown table 'nope'": entry("nope", uuid.uuid4(), a=1),
        "customer.colour: no such field": entry("customer", row_id, "update", version, colour=1),
        "customer.birth_date: '31/12/1990' is not a date": entry(
            "customer", row_id, "update", version, birth_date="31/12/1990"
        ),
        "customer.kind: 'robot' is not one of": entry(
            "customer", row_id, "update", version, kind="robot"
        ),
        "customer.version: is set by the server": entry(
            "customer", row_id, "update", version, version=99
        ),
        "missing required fields: legal_name": entry(
            "customer",
            uuid.uuid4(),
            customer_number="C9",
            kind="individual",
            home_branch_id=str(branch),
        ),
        "no customer row": entry("customer", uuid.uuid4(), "update", 1, name_latin="x"),
        "base version 99 is newer": entry("customer", row_id, "update", 99, name_latin="x"),
        "violates a database constraint": entry(
            "customer", uuid.uuid4(), **customer_fields(branch, "C0001")
        ),
    }
    results = api.push(auth, *cases.values())
    for expected, result in zip(cases, results, strict=True):
        assert result["status"] == "rejected", (expected, result)
        assert expected in result["reason"], (expected, result["reason"])
