"""Who may read and write which rows and fields: the server's side of the permission table.

The rules themselves are `client.schema.permissions.PERMISSIONS` (role x table x field x
action, each grant with its reach). Here they meet the rows: a row belongs to the branches
returned by `sync.server.branches.Resolver` (a customer to its home branch, a row hanging
off customers to their home branches, an account also to its own branch, an RM calendar
to the RM's branch); reference rows belong to no branch. A reach of OWN lets a user at a
row of their home branch, ALL at every row.

`READ` and `WRITE` are the table-level summary (what a role pulls at all; what it writes
in any way) that the pull, snapshot, search and wait code ask first. `OPEN` is how far a
role may open a customer found by a specific query (`sync.server.search.specific`): the
rows tied to a customer a device follows are readable by `READ` or by `OPEN`
(`can_read_followed`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Set
from typing import Any

from client.reasons import Reason
from client.schema.enums import Role
from client.schema.permissions import (
    PARTY_VERSION,
    WRITES,
    Action,
    Reach,
    granted,
    hidden_fields,
    is_import_only,
    party_hidden,
    widest,
)
from client.schema.permissions import reach as field_reach
from client.schema.registry import REGISTRY, ScopeGroup, group_tables

__all__ = ["Action", "Reach"]

REFERENCE = group_tables(ScopeGroup.REFERENCE)
CUSTOMER_DATA = group_tables(ScopeGroup.CUSTOMER_DATA)

READ: dict[Role, dict[str, Reach]] = {
    role: {t: field_reach(role, t, Action.READ) for t in REGISTRY} for role in Role
}
"""What each role pulls: per table, the reach of reading its rows."""

WRITE: dict[Role, dict[str, Reach]] = {
    role: {t: widest(granted(role, t, a) for a in WRITES) for t in REGISTRY} for role in Role
}
"""What each role pushes in any way (the grants, before the facts: an update of an
append-only row is refused as such, not as forbidden)."""


OPEN: dict[Role, dict[str, Reach]] = {
    role: {t: field_reach(role, t, Action.OPEN) for t in REGISTRY} for role in Role
}
"""How far each role may open, per table, the rows of a customer found by a specific query."""


def reach(rules: dict[Role, dict[str, Reach]], role: Role, table: str) -> Reach:
    """The table-level reach of `role` on `table` in `READ` or `WRITE`."""
    return rules[role].get(table, Reach.NONE)


def allows(
    rule: Reach, own_branch: uuid.UUID, row_branches: Set[uuid.UUID] | None, *, writing: bool
) -> bool:
    """Whether a rule lets a user of `own_branch` at a row of `row_branches`.

    `row_branches` None means a reference row (no branch); an empty set, a row not yet tied
    to any branch (a new household without members), which OWN may write but not read.
    """
    if rule is Reach.ALL:
        return True
    if rule is Reach.NONE:
        return False
    if row_branches is None:
        return True
    if not row_branches:
        return writing
    return own_branch in row_branches


def can_read(
    role: Role, own_branch: uuid.UUID, table: str, branches: Set[uuid.UUID] | None
) -> bool:
    return allows(reach(READ, role, table), own_branch, branches, writing=False)


def opens_anywhere(role: Role) -> bool:
    """Whether `role` may open a customer of any branch found by a specific query."""
    return reach(OPEN, role, "customer") is Reach.ALL


def can_read_followed(
    role: Role, own_branch: uuid.UUID, table: str, branches: Set[uuid.UUID] | None
) -> bool:
    """Whether a row tied to a customer the device follows is readable: by the read rule,
    or by the open rule (the customer was opened by a specific query)."""
    return can_read(role, own_branch, table, branches) or allows(
        reach(OPEN, role, table), own_branch, branches, writing=False
    )


def party_row(row: dict[str, Any]) -> dict[str, Any]:
    """A customer row's JSON as a party row (`client.schema.permissions.PARTY_FIELDS`): the
    name and branch, every other field null, at `PARTY_VERSION` (in place)."""
    for name in party_hidden():
        row[name] = None
    row["version"] = PARTY_VERSION
    return row


def can_write(
    role: Role, own_branch: uuid.UUID, table: str, branches: Set[uuid.UUID] | None
) -> bool:
    """Whether `role` may write the row in some way (the table-level summary)."""
    return allows(reach(WRITE, role, table), own_branch, branches, writing=True)


def hidden(role: Role, table: str) -> frozenset[str]:
    """Fields of `table` replicated to `role` as null (it may read the rows, not them)."""
    return hidden_fields(role, table)


def blank_hidden(role: Role, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row's JSON with the fields `role` may not read set to null (in place)."""
    for name in hidden_fields(role, table):
        row[name] = None
    return row


def write_refusal(
    role: Role,
    own_branch: uuid.UUID,
    table: str,
    action: Action,
    fields: Iterable[str | None],
    branches: Set[uuid.UUID] | None,
    ends: Iterable[tuple[str, Set[uuid.UUID] | None]] = (),
) -> tuple[Reason, str] | None:
    """Why `role` may not do `action` to these fields of a row of `branches` whose link
    ends (name, branches) are `ends`: (reason code, words), or None when it may.

    Each field is checked with its own reach, at the row and at every end of a link row.
    """
    ends = list(ends)
    for name in fields:
        if is_import_only(table, name):
            what = table if name is None else f"{table}.{name}"
            return Reason.IMPORT_ONLY, f"{what} is set by the import only, never by an edit"
        rule = field_reach(role, table, action, name)
        if rule is Reach.NONE:
            what = table if name is None else f"{table}.{name}"
            return Reason.FIELD_FORBIDDEN, f"a {role.value} may not write {what} ({action.value})"
        if not allows(rule, own_branch, branches, writing=True):
            return (
                Reason.OUTSIDE_SCOPE,
                f"outside your scope: this {table} row belongs to another branch",
            )
        for end, end_branches in ends:
            if not allows(rule, own_branch, end_branches, writing=True):
                return (
                    Reason.OUTSIDE_SCOPE,
                    f"outside your scope: the {end} this {table} links belongs to another branch",
                )
    return None
