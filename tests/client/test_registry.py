"""The table registry names every replicated table once, by columns its model really has."""

from __future__ import annotations

import inspect

from client.schema import registry
from client.schema.base import Replicated
from client.schema.models import (
    AccountHolder,
    AuditEvent,
    ContactPoint,
    Customer,
    Interaction,
    SegmentMembershipHistory,
)
from client.schema.registry import (
    LABEL_CONTEXT,
    REGISTRY,
    Owner,
    append_only,
    indexed_tables,
    replicated_models,
    spec,
)


def _tables_of_replicated_models() -> list[str]:
    return sorted(m.__tablename__ for m in replicated_models())


def test_every_replicated_model_has_exactly_one_entry() -> None:
    assert len(REGISTRY) == len({s.model for s in REGISTRY.values()})
    assert sorted(REGISTRY) == _tables_of_replicated_models()
    for table, entry in REGISTRY.items():
        assert issubclass(entry.model, Replicated)
        assert entry.table == table


def test_the_columns_an_entry_names_exist_on_its_model() -> None:
    for table, entry in REGISTRY.items():
        columns = set(entry.model.__table__.c.keys())
        named = set(entry.owner_columns)
        named |= {c for c in (entry.branch_column,) if c}
        named |= {column for _, column in entry.also}
        named |= {entry.otherwise[1]} if entry.otherwise else set()
        assert named <= columns, (table, named - columns)
        if entry.held_by is not None:
            link = spec(entry.held_by.table)
            assert entry.held_by.column in link.model.__table__.c, table
            assert link.owner is Owner.CUSTOMER and len(link.customer_columns) == 1, table
        if entry.via is not None:
            assert len(entry.owner_columns) == 1, table
            assert spec(entry.via).held_by is not None, table


def test_an_owner_is_named_unless_the_row_is_reference_data() -> None:
    for table, entry in REGISTRY.items():
        if entry.owner is Owner.NONE:
            assert not entry.owner_columns and entry.held_by is None, table
        else:
            assert entry.owner_columns or entry.held_by is not None, table


def test_every_label_is_marked_for_the_translators_in_the_context_the_ui_uses() -> None:
    source = inspect.getsource(registry)
    for entry in REGISTRY.values():
        assert entry.label.strip()
        assert f'QT_TRANSLATE_NOOP("{LABEL_CONTEXT}", "{entry.label}")' in source, entry.table


def test_the_derived_table_lists() -> None:
    assert append_only() == {
        Interaction.__tablename__,
        AuditEvent.__tablename__,
        SegmentMembershipHistory.__tablename__,
    }
    indexed = {Customer.__tablename__, ContactPoint.__tablename__, AccountHolder.__tablename__}
    assert indexed_tables() == indexed
