"""Who may read and write which rows: the rules, as two tables a reader can audit.

A rule's reach is NONE, OWN (rows of the user's home branch) or ALL. A row belongs to the
branches returned by `sync.server.branches.Resolver`: a customer to its home branch, a row
hanging off customers to their home branches, an RM calendar to the RM's branch. Reference
rows (branches, products, segments, campaigns, users' public fields) belong to no branch
and are readable by everyone. A rule names a table, or one of the groups below.
"""

from __future__ import annotations

import uuid
from collections.abc import Set
from enum import StrEnum

from client.schema.enums import Role
from client.schema.models import ContactPoint, Customer
from client.schema.registry import ScopeGroup, group_tables


class Reach(StrEnum):
    NONE = "none"
    OWN = "own branch"
    ALL = "all branches"


REFERENCE = group_tables(ScopeGroup.REFERENCE)
CUSTOMER_DATA = group_tables(ScopeGroup.CUSTOMER_DATA)
GROUPS = {group.value: group_tables(group) for group in ScopeGroup}
"""The groups a rule may name instead of a table (see `client.schema.registry`)."""

OWN, ALL = Reach.OWN, Reach.ALL
BRANCH_STAFF_READ = {"reference": ALL, "customer data": OWN, "calendar_block": OWN}

READ: dict[Role, dict[str, Reach]] = {
    Role.TELLER: BRANCH_STAFF_READ,
    Role.RELATIONSHIP_MANAGER: BRANCH_STAFF_READ,
    Role.BRANCH_MANAGER: {**BRANCH_STAFF_READ, "device": OWN},
    Role.CALL_CENTRE_AGENT: {
        "reference": ALL,
        Customer.__tablename__: ALL,
        ContactPoint.__tablename__: ALL,
        "calendar_block": ALL,
        "appointment": ALL,
    },
    Role.HEAD_OFFICE: {
        "reference": ALL,
        "customer data": ALL,
        "calendar_block": ALL,
        "device": ALL,
    },
    Role.AUDITOR: {
        "reference": ALL,
        "customer data": ALL,
        "calendar_block": ALL,
        "device": ALL,
        "audit_event": ALL,
    },
}
"""What each role pulls."""

WRITE: dict[Role, dict[str, Reach]] = {
    Role.TELLER: {"customer data": OWN, "audit_event": OWN},
    Role.RELATIONSHIP_MANAGER: {"customer data": OWN, "calendar_block": OWN, "audit_event": OWN},
    Role.BRANCH_MANAGER: {"customer data": OWN, "calendar_block": OWN, "audit_event": OWN},
    Role.CALL_CENTRE_AGENT: {"appointment": ALL, "interaction": ALL, "audit_event": ALL},
    Role.HEAD_OFFICE: {"segment": ALL, "campaign": ALL, "product": ALL, "audit_event": ALL},
    Role.AUDITOR: {},
}
"""What each role pushes (inserts, updates and deletes alike)."""


def reach(rules: dict[Role, dict[str, Reach]], role: Role, table: str) -> Reach:
    """The reach of `role` on `table`: a rule naming the table wins over its group's."""
    table_rules = rules[role]
    if table in table_rules:
        return table_rules[table]
    for group, tables in GROUPS.items():
        if table in tables and group in table_rules:
            return table_rules[group]
    return Reach.NONE


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


def can_write(
    role: Role, own_branch: uuid.UUID, table: str, branches: Set[uuid.UUID] | None
) -> bool:
    return allows(reach(WRITE, role, table), own_branch, branches, writing=True)
