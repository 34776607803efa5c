"""When a consent was recorded is checked like an interaction's time: not in the future, not
backdated beyond what an offline workstation could keep, on create and on every update."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.sync.conftest import Api, entry, iso
from tests.sync.world_kit import build_world

CODES = {"Guitai-Reason-Codes": "1"}


def _push(api: Api, auth: dict[str, str], *entries: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["status"], r.get("code") or "") for r in api.push({**auth, **CODES}, *entries)]


def _consent(customer: uuid.UUID, at: datetime, purpose: str = "marketing_sms") -> dict[str, Any]:
    fields = {
        "customer_id": str(customer),
        "purpose": purpose,
        "granted": True,
        "recorded_at": iso(at),
        "channel": "counter",
    }
    return entry("consent", uuid.uuid4(), **fields)


@pytest.mark.parametrize(
    ("shift", "code"),
    [(timedelta(hours=2), "in_future"), (timedelta(days=-30), "backdated")],
)
def test_a_consent_recorded_in_the_future_or_backdated_is_refused(
    api: Api, shift: timedelta, code: str
) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    forged = _consent(ids["customer@BJ01"], datetime.now(UTC) + shift)
    assert _push(api, teller, forged) == [("rejected", code)]


def test_a_consent_changed_later_gets_its_new_time_checked_too(api: Api) -> None:
    ids = build_world(api)
    teller = api.login("teller@BJ01")
    now = datetime.now(UTC)
    honest = _consent(ids["customer@BJ01"], now, purpose="data_sharing")
    [made] = api.push({**teller, **CODES}, honest)
    assert made["status"] == "applied", made
    row, version = uuid.UUID(honest["row_id"]), made["new_version"]
    long_ago = iso(now - timedelta(days=40))
    withdrawn_long_ago = entry(
        "consent", row, "update", version, granted=False, recorded_at=long_ago
    )
    assert _push(api, teller, withdrawn_long_ago) == [("rejected", "backdated")]
    withdrawn = entry("consent", row, "update", version, granted=False, recorded_at=iso(now))
    assert _push(api, teller, withdrawn)[0][0] in ("applied", "merged")
