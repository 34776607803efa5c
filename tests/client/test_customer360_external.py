"""External data in the 360: what `import external` stored (kind = attribute, payload
{"attribute", "value", "as_of"}), by source and attribute, newest date first; tombstoned
records left out; in `guitai show` as a section and in its JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from client import cli
from client.cli import main
from client.customer360.external import external_view
from client.profile import Profile
from client.schema.models import Customer, ExternalRecord
from client.store import LocalCache
from tests.client.test_customer360 import ALICE, BOB, build_bank, load

IMPORTED = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def record(
    customer_id: object, source: str, attribute: str, value: str, as_of: str, **extra: object
) -> ExternalRecord:
    return ExternalRecord(
        customer_id=customer_id,
        source=source,
        kind=attribute,
        payload={"attribute": attribute, "value": value, "as_of": as_of},
        imported_at=IMPORTED,
        **extra,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUITAI_ALLOW_DEV_KEY_FILE", "1")
        bank = build_bank(tmp_path_factory.mktemp("external") / "profile")
        with LocalCache.open(Profile.open(bank.folder)) as cache, cache.session() as session:
            alice = session.query(Customer).filter_by(customer_number=ALICE).one()
            session.add_all(
                [
                    record(alice.id, "pboc_credit", "credit_score", "688", "2025-09-30"),
                    record(alice.id, "pboc_credit", "credit_score", "712", "2026-02-28"),
                    record(alice.id, "census", "income_band", "C", "2025-12-31"),
                    record(alice.id, "census", "household_size", "4", "2025-12-31", deleted=True),
                ]
            )
        return bank.folder


@pytest.fixture
def cache(folder: Path) -> Iterator[LocalCache]:
    with LocalCache.open(Profile.open(folder)) as opened:
        yield opened


def test_the_360_lists_external_data_by_source_and_attribute_newest_first(
    cache: LocalCache,
) -> None:
    view = load(cache, ALICE)
    assert [(e.source, e.attribute, e.value, e.as_of) for e in view.external] == [
        ("census", "income_band", "C", date(2025, 12, 31)),
        ("pboc_credit", "credit_score", "712", date(2026, 2, 28)),
        ("pboc_credit", "credit_score", "688", date(2025, 9, 30)),
    ]
    assert load(cache, BOB).external == ()


def test_a_payload_of_another_shape_still_shows() -> None:
    odd = external_view("bureau", "flags", {"codes": ["A", "B"]}, IMPORTED)
    assert (odd.attribute, odd.value, odd.as_of) == (
        "flags",
        '{"codes":["A","B"]}',
        date(2026, 3, 1),
    )
    plain = external_view("bureau", "score", 640, IMPORTED)
    assert (plain.value, plain.as_of) == ("640", date(2026, 3, 1))


def test_guitai_show_has_the_section_and_the_json(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "COMMANDS", {"show": cli.COMMANDS["show"]})
    assert main(["show", ALICE, "--profile", str(folder)]) == 0
    out = capsys.readouterr().out
    section = out[out.index("\nExternal data (3)") :]
    assert "pboc_credit" in section and "712" in section and "as of 2026-02-28" in section
    assert main(["show", ALICE, "--profile", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["external"][1] == {
        "source": "pboc_credit",
        "attribute": "credit_score",
        "value": "712",
        "as_of": "2026-02-28",
        "imported_at": data["external"][1]["imported_at"],
    }
