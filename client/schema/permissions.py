"""The permission table: who may do what to which field of which table, and how far.

Each role has a list of `Grant`s. A grant names a table or a scope group of the table
registry (`client.schema.registry.ScopeGroup`), the actions it allows (read, create,
update, delete, unmask; search: looked up on the server online, not replicated), the
fields it covers (every field, `only` some, or all `but` some) and its reach: the rows of
the user's own branch, or of every branch. For one (role, table, action, field) the grants
naming the table win over those naming its group; among those that cover the field, the
widest reach counts (`reach`).

Facts no grant overrides (the table itself stays a plain list of what each role does):
- `IMPORT_ONLY`: balances and the balance and profit history are set by the import only,
  segment history and offers (but an offer's status) by the server: no push creates,
  changes or deletes them (a new account starts at zero until imported); no push creates
  an offer at all (`SERVER_MADE`);
- rows of append-only tables (registry) are never updated or deleted;
- `STAMPED` fields (who recorded a thing, at which branch) and `RECORDED_AT` fields (when)
  are written once, when the row is created, and the server checks them against the token
  and its clock; no update changes them.
- `TIME_CHECKED` fields (when a changing fact was recorded: a consent) are checked against
  the server's clock like `RECORDED_AT` ones, on every create and update that sets them.
- `LINKS`: a link row's ends. Writing one needs the reach at EVERY end, not just at one of
  the branches the row belongs to (a teller of A may not make an A customer a holder of a
  branch-B account).

A field a role may not read is not replicated to it (sent as null); its read reach is the
row's or none (`problems` checks that). Unmasking (ID, account and phone numbers shown
whole) is an action of its own on the `MASKED` fields; the window masks them unless the
user asks and the role may.

A channel's service account (`SERVICE_ROLE`) is not a staff role: its grants are
`SERVICE_GRANTS`, the fields the server sets for it `SERVICE_STAMPED` (`service_reach`;
served by `sync.server.channel_api`).

Derived from here: the server's pull, snapshot and push checks (`sync.server.scope`), the
snapshot files' scope key, masking (`client.customer360.mask`), the actions the window
offers (`client.counter.offered`), who may check a new customer for duplicates
(`duplicate_check_reach`), who may look a caller up by phone (`caller_lookup_reach`) and
whose watched customers' changes a role is listed (`watch_reach`); who reads and answers
the branches' segment feedback (`feedback_answer_reach`); who reads the quarterly
evaluation, how far (`evaluation_reach`).
Tests generate their role x table x field x action matrix from it
(tests/sync/test_permissions_matrix.py).

The call centre reads interactions whole, their notes too (it answers the customer's
next call about the last one; a notes field cannot be hidden, it is never null), and
creates referrals: the opportunity a caller mentions goes to the RM with the booking.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from client.schema.enums import Role
from client.schema.registry import REGISTRY, ScopeGroup, append_only, group_tables, spec
from client.schema.rows import SERVER_MANAGED, table_codec


class Reach(StrEnum):
    """How far a grant reaches: no rows, the user's own branch's, every branch's."""

    NONE = "none"
    OWN = "own branch"
    ALL = "all branches"


class Action(StrEnum):
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNMASK = "unmask"
    SEARCH = "search"
    """Looking rows up on the server, online, without their replicating (the audit trail:
    a customer's History in the 360 at OWN, the auditor's search of the whole trail at ALL;
    `client.audit_query`)."""
    OPEN = "open"
    """Finding a customer on the server by a specific query (a whole ID, phone or customer
    number, or a name with its birth date: `sync.server.search.specific`) and opening it,
    online and audited: the customer and the rows tied to it then replicate to the
    workstation that opened it while it follows them (`sync.server.follows`), with the
    fields the role's read grants give. At ALL: a customer of any branch who is in front
    of the teller; a partial query still finds only the readable rows."""


WRITES = (Action.CREATE, Action.UPDATE, Action.DELETE)

_WIDTH = {Reach.NONE: 0, Reach.OWN: 1, Reach.ALL: 2}


def widest(reaches: Iterable[Reach]) -> Reach:
    return max(reaches, key=_WIDTH.__getitem__, default=Reach.NONE)


@dataclass(frozen=True)
class Grant:
    """`actions` on the `on` table (or scope group), to the fields covered, within `reach`."""

    on: str
    actions: frozenset[Action]
    reach: Reach
    only: frozenset[str] | None = None
    """Just these fields (None: every field but `but`)."""
    but: frozenset[str] = frozenset()

    def covers(self, field: str | None) -> bool:
        """Whether the grant covers `field` (None: the row as a whole, for deletes)."""
        if field is None:
            return True
        return (self.only is None or field in self.only) and field not in self.but


def grant(
    on: str,
    actions: str,
    reach: Reach,
    *,
    only: Iterable[str] | None = None,
    but: Iterable[str] = (),
) -> Grant:
    """A grant from words: `grant("customer", "create update", OWN, but=["segment_id"])`."""
    return Grant(
        on,
        frozenset(Action(word) for word in actions.split()),
        reach,
        None if only is None else frozenset(only),
        frozenset(but),
    )


OWN, ALL = Reach.OWN, Reach.ALL
_REF, _DATA = ScopeGroup.REFERENCE.value, ScopeGroup.CUSTOMER_DATA.value

MASKED: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "customer": frozenset({"national_id"}),
        "contact_point": frozenset({"value"}),
        "account": frozenset({"account_number"}),
    }
)
"""Fields shown masked unless the user unmasks them (a contact's value: phone numbers)."""

IMPORT_ONLY: Mapping[str, frozenset[str] | None] = MappingProxyType(
    {
        "account": frozenset({"balance", "balance_as_of"}),
        "account_history": None,
        "segment_membership_history": None,
        "offer": frozenset(
            {"customer_id", "product_id", "campaign_id", "reason", "score", "expires_on"}
        ),
    }
)
"""Fields (None: the whole table) only the CSV import sets (`sync.server.imports`), or the
server itself (a segment's membership history: `sync.server.segments`; an offer's all but
its status: `sync.server.campaigns`)."""


SERVER_SET: Mapping[str, Mapping[str, object]] = MappingProxyType(
    {"segment_feedback": MappingProxyType({"status": "open", "reply": "", "answered_at": None})}
)
"""Fields only the server sets (head office's answer to feedback, `sync.server.feedback`):
a workstation creates the row with these values, or leaves them out, and never changes
them."""


class Stamp(StrEnum):
    """What a stamped field must hold: the token's user, or that user's branch."""

    USER = "user"
    BRANCH = "branch"


STAMPED: Mapping[str, Mapping[str, Stamp]] = MappingProxyType(
    {
        "interaction": {"user_id": Stamp.USER, "branch_id": Stamp.BRANCH},
        "referral": {"referred_by_id": Stamp.USER},
        "appointment": {"booked_by_id": Stamp.USER},
        "segment_feedback": {"user_id": Stamp.USER, "branch_id": Stamp.BRANCH},
    }
)
"""Who recorded a row, and where: set from the token (a task has no author column).
Audit events are left to their own checks (`sync.server` audit module)."""

RECORDED_AT: Mapping[str, str] = MappingProxyType(
    {"interaction": "occurred_at", "referral": "created_at", "segment_feedback": "created_at"}
)
"""When staff recorded a row: never in the future, never older than an offline
workstation could honestly have kept it."""

TIME_CHECKED: Mapping[str, str] = MappingProxyType({"consent": "recorded_at"})
"""When staff recorded a fact that may change later (a consent given, then withdrawn):
checked like `RECORDED_AT` whenever a push sets it, on create and on update, but not
written once (a new answer of the customer comes with its own time)."""


@dataclass(frozen=True)
class End:
    """One end of a link row: `column` names a row of `table`."""

    column: str
    table: str


LINKS: Mapping[str, tuple[End, ...]] = MappingProxyType(
    {
        "account_holder": (End("account_id", "account"), End("customer_id", "customer")),
        "party_relationship": (
            End("from_customer_id", "customer"),
            End("to_customer_id", "customer"),
        ),
        "household_member": (End("household_id", "household"), End("customer_id", "customer")),
        "appointment": (End("customer_id", "customer"), End("rm_id", "user_account")),
        "referral": (End("customer_id", "customer"), End("assigned_to_id", "user_account")),
    }
)
"""Link rows and the rows they link: writing one needs the reach at every end."""

PARTY_FIELDS: frozenset[str] = frozenset(
    {
        "customer_number",
        "kind",
        "legal_name",
        "name_latin",
        "home_branch_id",
        "lifecycle",
        "preferred_language",
    }
)
"""What a reader learns of a customer it may not read who is linked to a row it reads (a
joint holder of its account, a member of its household, a related party: `LINKS`): the
name, to show "王芳 (another branch)". The server sends such a "party row" as the customer
row with every other field null (`party_hidden`), at `PARTY_VERSION`, so the cache knows it
names a party only and any real row of the customer (opened later) replaces it."""

PARTY_VERSION = 0
"""The version a party row comes at: below every real row's (those start at 1)."""

_UNMASK = [grant(table, "unmask", OWN, only=fields) for table, fields in MASKED.items()]
_TELLER_KEEPS = ("national_id", "owning_rm_id", "segment_id")
"""Customer fields a teller may not change (the ID is checked at onboarding; the RM and the
segment are the branch manager's and head office's)."""

PERMISSIONS: Mapping[Role, tuple[Grant, ...]] = MappingProxyType(
    {
        Role.TELLER: (
            grant(_REF, "read", ALL),
            grant(_DATA, "read create update delete", OWN),
            grant("customer", "create", OWN, but=["owning_rm_id", "segment_id"]),
            grant("customer", "update", OWN, but=_TELLER_KEEPS),
            grant("calendar_block", "read", OWN),
            grant("audit_event", "create", OWN),
            grant(_DATA, "open", ALL),
            *_UNMASK,
        ),
        Role.RELATIONSHIP_MANAGER: (
            grant(_REF, "read", ALL),
            grant(_DATA, "read create update delete", OWN),
            grant("customer", "create", OWN, but=["segment_id"]),
            grant("customer", "update", OWN, but=_TELLER_KEEPS),
            grant("calendar_block", "read create update delete", OWN),
            grant("audit_event", "create", OWN),
            grant(_DATA, "open", ALL),
            *_UNMASK,
        ),
        Role.BRANCH_MANAGER: (
            grant(_REF, "read", ALL),
            grant(_DATA, "read create update delete", OWN),
            grant("customer", "create update", OWN, but=["segment_id"]),
            grant("calendar_block", "read create update delete", OWN),
            grant("device", "read", OWN),
            grant("audit_event", "create", OWN),
            grant("audit_event", "search", OWN),
            *_UNMASK,
        ),
        Role.CALL_CENTRE_AGENT: (
            grant(_REF, "read", ALL),
            grant("customer", "read", ALL, but=["national_id"]),
            grant("contact_point", "read", ALL),
            grant("contact_point", "unmask", ALL, only=["value"]),
            grant("calendar_block", "read", ALL),
            grant("appointment", "read create update delete", ALL),
            grant("interaction", "read create", ALL),
            grant("referral", "create", ALL),
            grant("contact_point", "search", ALL),
            grant("audit_event", "create", ALL),
        ),
        Role.HEAD_OFFICE: (
            grant(_REF, "read", ALL),
            grant(_DATA, "read", ALL),
            grant("customer", "update", ALL, only=["segment_id"]),
            grant("calendar_block", "read", ALL),
            grant("device", "read", ALL),
            grant("segment", "create update delete", ALL),
            grant("campaign", "create update delete", ALL),
            grant("product", "create update delete", ALL),
            grant("audit_event", "create", ALL),
            grant("audit_event", "search", ALL),
        ),
        Role.AUDITOR: (
            grant(_REF, "read", ALL),
            grant(_DATA, "read", ALL),
            grant("calendar_block", "read", ALL),
            grant("device", "read", ALL),
            grant("audit_event", "read create", ALL),
            grant("audit_event", "search", ALL),
            *[grant(table, "unmask", ALL, only=fields) for table, fields in MASKED.items()],
        ),
    }
)
"""THE permission table: every role's grants."""

SERVICE_ROLE = "service"
"""A channel's service account (`guitai-server service add`: the call-centre platform,
internet or mobile banking). Not a staff role: no password, no workstation, no sync; its
token is refused by every endpoint but the channel ones (`sync.server.channel_api`), and
those refuse every staff token."""

SERVICE_GRANTS: tuple[Grant, ...] = (
    grant(
        "customer",
        "read",
        ALL,
        only=[
            "customer_number",
            "kind",
            "legal_name",
            "name_latin",
            "national_id",
            "home_branch_id",
            "owning_rm_id",
            "segment_id",
            "lifecycle",
            "preferred_language",
        ],
    ),
    grant("contact_point", "read", ALL, only=["kind", "label", "value", "is_primary"]),
    grant("account", "read", ALL, only=["account_number", "product_id", "currency", "status"]),
    grant("account_holder", "read", ALL, only=["account_id", "customer_id", "role"]),
    grant("interaction", "read", ALL, only=["occurred_at", "kind", "channel", "subject"]),
    grant("branch", "read", ALL, only=["code"]),
    grant("segment", "read", ALL, only=["code", "name"]),
    grant("product", "read", ALL, only=["name"]),
    grant("user_account", "read", ALL, only=["display_name"]),
    grant(
        "interaction",
        "create",
        ALL,
        only=["customer_id", "kind", "occurred_at", "subject", "notes", "outcome", "external_id"],
    ),
)
"""What a service account may do, in every branch: read a customer's summary (these fields,
the `MASKED` ones masked: it has no unmask) and record interactions. Nothing else."""


class ServiceStamp(StrEnum):
    """What a field of a row a service account records holds, whatever it sent."""

    CHANNEL = "the service account's channel"
    NOBODY = "no user: a service account is not staff"
    HOME_BRANCH = "the customer's home branch"


SERVICE_STAMPED: Mapping[str, Mapping[str, ServiceStamp]] = MappingProxyType(
    {
        "interaction": {
            "channel": ServiceStamp.CHANNEL,
            "user_id": ServiceStamp.NOBODY,
            "branch_id": ServiceStamp.HOME_BRANCH,
        }
    }
)
"""The server sets these fields of what a service account records (its `STAMPED`): an item
naming one is refused (`server_field`)."""


# --- derived answers ------------------------------------------------------------------


@cache
def fields_of(table: str) -> tuple[str, ...]:
    """The fields of `table` a permission can name (not id, version, updated_at, deleted)."""
    return tuple(n for n in table_codec(table).fields if n not in SERVER_MANAGED)


def _groups_of(table: str) -> frozenset[str]:
    return frozenset(g.value for g in ScopeGroup if table in group_tables(g))


SERVER_MADE: frozenset[str] = frozenset({"offer"})
"""Tables whose rows the server alone creates: offers come from the campaign evaluation
(`sync.server.campaigns`), and a push changes only what `IMPORT_ONLY` leaves of them
(their status)."""


def is_import_only(table: str, field: str | None = None) -> bool:
    """Whether only the import sets `field` of `table` (None: the table as a whole)."""
    if table not in IMPORT_ONLY:
        return False
    fields = IMPORT_ONLY[table]
    return fields is None or (field is not None and field in fields)


def made_by_server(table: str) -> bool:
    """Whether only the server creates rows of `table` (`SERVER_MADE`)."""
    return table in SERVER_MADE


def written_once(table: str, field: str) -> bool:
    """A field set when the row is recorded and never changed (author, branch, time)."""
    return field in STAMPED.get(table, {}) or RECORDED_AT.get(table) == field


@cache
def granted(role: Role, table: str, action: Action, field: str | None = None) -> Reach:
    """The reach the grants give, before the facts above them (import-only, append-only...)."""
    grants = PERMISSIONS[role]
    named = [g for g in grants if g.on == table and action in g.actions]
    if not named:
        groups = _groups_of(table)
        named = [g for g in grants if g.on in groups and action in g.actions]
    if field is None and action is not Action.DELETE:
        return widest(granted(role, table, action, f) for f in fields_of(table))
    return widest(g.reach for g in named if g.covers(field))


@cache
def _reach(role: Role, table: str, action: Action, field: str | None) -> Reach:
    spec(table)  # an unknown table raises
    if action in WRITES:
        if is_import_only(table) or (field is not None and is_import_only(table, field)):
            return Reach.NONE
        if action is Action.CREATE and made_by_server(table):
            return Reach.NONE
        if action is not Action.CREATE and table in append_only():
            return Reach.NONE
        if action is Action.UPDATE and field is not None and written_once(table, field):
            return Reach.NONE
    if action is Action.UNMASK and field is not None and field not in MASKED.get(table, ()):
        return Reach.NONE
    if field is None and action is not Action.DELETE:
        return widest(_reach(role, table, action, f) for f in fields_of(table))
    return granted(role, table, action, field)


def reach(role: Role | str, table: str, action: Action | str, field: str | None = None) -> Reach:
    """How far `role` may do `action` to `field` of `table` (None: to any field; a delete
    is of the row as a whole)."""
    return _reach(Role(role), table, Action(action), field)


def may(role: Role | str, table: str, action: Action | str, field: str | None = None) -> bool:
    """Whether `role` may do `action` to `field` of `table` in at least its own branch."""
    return reach(role, table, action, field) is not Reach.NONE


def masks(role: Role | str | None, table: str, field: str) -> bool:
    """Whether `field` is shown masked to `role` whatever it asks (it lacks `unmask`)."""
    if field not in MASKED.get(table, ()):
        return False
    return role is None or not may(role, table, Action.UNMASK, field)


@cache
def service_reach(table: str, action: Action | str, field: str | None = None) -> Reach:
    """How far a channel's service account may do `action` to `field` of `table` (None: to
    any field): `SERVICE_GRANTS`, less the facts above them (import-only, append-only,
    `SERVICE_STAMPED` fields, which it never sets)."""
    action = Action(action)
    if field is None:
        return widest(service_reach(table, action, f) for f in fields_of(table))
    spec(table)  # an unknown table raises
    if action in WRITES and (
        is_import_only(table, field)
        or field in SERVICE_STAMPED.get(table, {})
        or (action is not Action.CREATE and table in append_only())
    ):
        return Reach.NONE
    named = [g for g in SERVICE_GRANTS if g.on == table and action in g.actions]
    return widest(g.reach for g in named if g.covers(field))


def duplicate_check_reach(role: Role | str) -> Reach:
    """How far the server looks for likely duplicates of a new customer for `role`
    (`POST /v1/duplicates`): every branch for a role that may create customers (the person
    may be a customer at another branch already), none for the others. The answer names a
    customer only (number, name, branch, why), as a specific lookup does: a whole ID or
    phone number, or a name with its birth date; nothing of it replicates."""
    return Reach.ALL if may(role, "customer", Action.CREATE) else Reach.NONE


def caller_lookup_reach(role: Role | str) -> Reach:
    """How far `role` may look a caller up on the server by a phone number or its last
    digits (`POST /v1/callers`, `sync.server.callers`): its grant of `search` on
    `contact_point` (the call centre: every branch). The answer names the customers whose
    phone ends so (number, name, branch, RM, the phone masked); nothing of it replicates."""
    return reach(role, "contact_point", Action.SEARCH)


WATCHERS = frozenset({Role.RELATIONSHIP_MANAGER, Role.BRANCH_MANAGER, Role.HEAD_OFFICE})
"""The roles that look after customers as a book or steer them: the counter, the call centre
and the auditor are not listed watched groups' changes."""


def watch_reach(role: Role | str) -> Reach:
    """How far `role` is listed the changes of watched groups' members (`POST /v1/watched`,
    `sync.server.watch_api`): its read reach of `customer` when it is one of `WATCHERS` (the
    RM and the branch manager: their own branch's customers; head office: every branch),
    none for the others. The answer names the customer (number, name, branch, RM) and what
    changed; nothing of it replicates."""
    return reach(role, "customer", Action.READ) if Role(role) in WATCHERS else Reach.NONE


EVALUATES: frozenset[Role] = frozenset({Role.BRANCH_MANAGER, Role.HEAD_OFFICE})
"""The roles that read the quarterly evaluation (`evaluation_reach`)."""


def evaluation_reach(role: Role | str) -> Reach:
    """How far `role` reads the quarterly evaluation on the server (`POST /v1/evaluation`
    and its drill-down, `sync.server.evaluation_api`): for a role of `EVALUATES`, its read
    reach on customers (the branch manager: their own branch, beside the bank's totals; head
    office: every branch), none for the others. A drill-down names the customers behind a
    figure (number and name) or the staff, never beyond that reach; nothing of it
    replicates."""
    if Role(role) not in EVALUATES:
        return Reach.NONE
    return reach(role, "customer", Action.READ)


def own_hours_reach(role: Role | str) -> Reach:
    """Whether `role` may set its own weekly working hours (`POST /v1/my-hours`,
    `sync.server.my_hours`): OWN for a role that is booked (the relationship manager: only
    its hours make bookable slots) and writes its own calendar blocks, which the hours make
    and remove; NONE for the others. Nobody sets another's hours there (that is
    `guitai-server calendar set`)."""
    booked = Role(role) is Role.RELATIONSHIP_MANAGER
    writes = all(may(role, "calendar_block", a) for a in (Action.CREATE, Action.DELETE))
    return Reach.OWN if booked and writes else Reach.NONE


def feedback_answer_reach(role: Role | str) -> Reach:
    """How far `role` reads and answers the branches' segment feedback on the server (`GET
    /v1/feedback`, `POST /v1/feedback/answer`, `sync.server.feedback_api`): every branch for
    a role that sets the customers' segments in every branch (head office: its grant of
    `update` on `customer.segment_id`; an accepted move sets it), none for the others (403
    `not_head_office`). The answer is the `SERVER_SET` fields, which no push writes."""
    sets = reach(role, "customer", Action.UPDATE, "segment_id") is Reach.ALL
    return Reach.ALL if sets else Reach.NONE


def service_may(table: str, action: Action | str, field: str | None = None) -> bool:
    """Whether a service account may do `action` to `field` of `table`."""
    return service_reach(table, action, field) is not Reach.NONE


@cache
def hidden_fields(role: Role | str, table: str) -> frozenset[str]:
    """Fields of a table `role` reads that it may not read: replicated to it as null."""
    role = Role(role)
    if not may(role, table, Action.READ):
        return frozenset()
    return frozenset(f for f in fields_of(table) if not may(role, table, Action.READ, f))


def party_hidden() -> frozenset[str]:
    """The customer fields a party row sends as null: all but `PARTY_FIELDS`."""
    return frozenset(fields_of("customer")) - PARTY_FIELDS


def problems() -> list[str]:
    """Ways the table contradicts itself or the schema; empty when it is sound."""
    found: list[str] = []
    known = set(REGISTRY) | {g.value for g in ScopeGroup}
    for role, grants in PERMISSIONS.items():
        for g in grants:
            if g.on not in known:
                found.append(f"{role}: grant on unknown table or group {g.on!r}")
                continue
            tables = [g.on] if g.on in REGISTRY else sorted(group_tables(ScopeGroup(g.on)))
            named = (g.only or frozenset()) | g.but
            for table in tables:
                unknown = named - set(fields_of(table))
                if unknown and g.on in REGISTRY:
                    found.append(f"{role}: {g.on} has no fields {sorted(unknown)}")
        for table in REGISTRY:
            row = reach(role, table, Action.READ)
            for field in fields_of(table):
                field_reach = reach(role, table, Action.READ, field)
                if field_reach not in (row, Reach.NONE):
                    found.append(f"{role}: {table}.{field} read {field_reach}, row {row}")
                hides = field_reach is Reach.NONE and row is not Reach.NONE
                if hides and not table_codec(table).fields[field].nullable:
                    found.append(f"{role}: hides {table}.{field}, which cannot be null")
    service = [(g.on, g.only or frozenset()) for g in SERVICE_GRANTS]
    for table, names in (*service, *((t, frozenset(s)) for t, s in SERVICE_STAMPED.items())):
        strays = sorted(names - set(fields_of(table))) if table in REGISTRY else ["(table)"]
        if strays:
            found.append(f"{SERVICE_ROLE}: {table} has no fields {strays}")
    for name in sorted(PARTY_FIELDS - set(fields_of("customer"))):
        found.append(f"PARTY_FIELDS: customer has no field {name!r}")
    for name in sorted(party_hidden()):
        if not table_codec("customer").fields[name].nullable:
            found.append(f"a party row hides customer.{name}, which cannot be null")
    for table in (
        *STAMPED,
        *RECORDED_AT,
        *TIME_CHECKED,
        *LINKS,
        *MASKED,
        *IMPORT_ONLY,
        *SERVER_MADE,
    ):
        if table not in REGISTRY:
            found.append(f"{table} is not a replicated table")
    return found
