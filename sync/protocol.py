"""The messages on the wire between a workstation and the central server (JSON over HTTPS).

Every request to `/v1/...` carries the header `Guitai-Protocol: <PROTOCOL_VERSION>`. A server
answers a version older than `MIN_SUPPORTED_VERSION` with 426 and an `UpgradeRequired` body.

Values inside rows (`OutboxEntry.changed`, `Change.row`) are encoded by `client.schema.rows`: UUIDs
and amounts (Decimal) as strings, dates and timestamps in ISO 8601 (timestamps with their
zone), the month series of `account_history` as a list of objects whose amounts are strings.

Refusals carry a reason code (`client.reasons.Reason`) beside their words: `EntryResult.code`
for a conflict or a rejection, `ErrorBody.code` for an error answer (a 401 says why the
sign-in was refused). The code is a plain string on the wire, so that a code added later
reaches an older peer as an unknown one (`reason_of` maps it to a default) instead of an
answer it cannot read. Codes came after protocol version 1 was shipped, whose models forbid
fields they do not know: a client that reads them says so with the header
`Guitai-Reason-Codes: 1`, and the server leaves `EntryResult.code` out for one that does not.

`OutboxEntry.changed` holds the new values of the fields the edit changed (for an insert,
every field the client sets). It never holds the server-managed fields `id`, `version`,
`updated_at` and `deleted`: the row's id is `row_id`, a deletion is `op: delete`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
MIN_SUPPORTED_VERSION = 1
MIN_SUPPORTED_RELEASE = "0.1.0"
"""The first Guitai release speaking MIN_SUPPORTED_VERSION: what a 426 asks users to install."""
PROTOCOL_HEADER = "Guitai-Protocol"
CODES_HEADER = "Guitai-Reason-Codes"
"""Sent as "1" by a client that reads `EntryResult.code`."""
APP_VERSION_HEADER = "Guitai-App-Version"
"""The workstation's release (`guitai-server device list` shows it)."""
MAX_PUSH_ENTRIES = 1_000
MAX_PAGE = 5_000
DEFAULT_PAGE = 1_000


Text = Annotated[str, Field(pattern=r"^[^\x00]*$")]
"""A string without NUL characters (PostgreSQL cannot store them)."""


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorBody(Message):
    """Every 4xx/5xx answer: what went wrong, in words and as a reason code, plus
    machine-readable details."""

    error: str
    code: str = ""
    """A `client.reasons.Reason` value ("" from a server older than protocol version 2)."""
    detail: list[dict[str, Any]] | None = None


class UpgradeRequired(Message):
    error: str
    client_version: int
    minimum_version: int
    server_version: int


# --- login ----------------------------------------------------------------------------


class LoginRequest(Message):
    username: Text = Field(min_length=1, max_length=60)
    password: str = Field(min_length=1, max_length=1024)
    device_id: uuid.UUID
    device_name: Text = Field(min_length=1, max_length=120)


MIN_PASSWORD_LENGTH = 10
"""The fewest characters a password may have (the server refuses shorter: `weak_password`)."""


class PasswordChangeRequest(LoginRequest):
    """`POST /v1/password`: the current (or one-time) password and a new one; answered as a
    login, signed in with the new password."""

    new_password: str = Field(min_length=1, max_length=1024)


class UserInfo(Message):
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    branch_id: uuid.UUID
    branch_code: str


class LoginResponse(Message):
    token: str
    """Opaque bearer token: `Authorization: Bearer <token>`."""
    expires_at: datetime
    user: UserInfo
    device_id: uuid.UUID
    offline_grace_days: int
    """How long the workstation may accept this user's offline login after this one."""


class TokenResponse(Message):
    """`POST /v1/refresh`: the token that replaces the one sent (which is revoked)."""

    token: str
    expires_at: datetime
    session_ends_at: datetime
    """The absolute cap of the sign-in: no refresh goes past it."""


# --- push -----------------------------------------------------------------------------


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class EntryStatus(StrEnum):
    APPLIED = "applied"
    """Applied as sent: nobody else changed the row since the entry's base version."""
    MERGED = "merged"
    """Applied; others had changed other fields of the row since the base version."""
    CONFLICT = "conflict"
    """Not applied: a field of the entry was changed by someone else since the base."""
    REJECTED = "rejected"
    """Not applied and never will be: see `reason`."""
    DUPLICATE = "duplicate"
    """Already there: an insert of identical content, or a deletion of a deleted row."""


class OutboxEntry(Message):
    entry_id: uuid.UUID
    table: Text = Field(min_length=1, max_length=60)
    row_id: uuid.UUID
    op: Op
    base_version: int | None = Field(default=None, ge=0)
    """The row's version the edit was made on; None (or 0) for an insert."""
    changed: dict[str, Any] = Field(default_factory=dict)


class PushRequest(Message):
    entries: list[OutboxEntry] = Field(max_length=MAX_PUSH_ENTRIES)


class Slot(Message):
    starts_at: datetime
    ends_at: datetime


class EntryResult(Message):
    entry_id: uuid.UUID
    status: EntryStatus
    new_version: int | None = None
    """The row's version after this entry (None when nothing was applied)."""
    reason: str = ""
    code: str = ""
    """Why it was not applied, as a `client.reasons.Reason` value (conflict, slot_taken, ...);
    "" when applied. `reason` says the same in words, for people."""
    retried: bool = False
    """True when this is the stored answer to an entry id the server had already seen."""
    conflicting_fields: list[str] = Field(default_factory=list)
    server_row: dict[str, Any] | None = None
    """For a conflict: the server's current values of the conflicting fields."""
    base_row: dict[str, Any] | None = None
    """For a conflict: the values those fields had at the entry's base version."""
    server_version: int | None = None
    """For a conflict: the row's current version, the base of a resolved retry."""
    nearest_free_slots: list[Slot] = Field(default_factory=list)
    """For a refused appointment: the nearest free slots of the same RM."""


class PushResponse(Message):
    results: list[EntryResult]

    def to_json(self, *, codes: bool) -> bytes:
        """The answer as JSON; without `EntryResult.code` for a client that reads no codes."""
        if codes:
            return self.model_dump_json().encode()
        return self.model_dump_json(exclude={"results": {"__all__": {"code"}}}).encode()


# --- pull -----------------------------------------------------------------------------


class PullScope(Message):
    """Narrows a pull below what the user may see (never widens it)."""

    branch_codes: list[Annotated[Text, Field(max_length=8)]] | None = Field(
        default=None, max_length=100
    )


class PullRequest(Message):
    cursor: int = Field(default=0, ge=0)
    limit: int = Field(default=DEFAULT_PAGE, ge=1, le=MAX_PAGE)
    scope: PullScope | None = None


class Change(Message):
    table: str
    row: dict[str, Any]
    """Every column of the row as it is now (a tombstone has `deleted: true`)."""
    version: int


class PullResponse(Message):
    changes: list[Change]
    next_cursor: int
    """Store it with the applied rows; pass it as `cursor` next time."""
    has_more: bool


class WaitResponse(Message):
    changed: bool
    """True when a change beyond the cursor exists that the user may read: pull then."""
    latest: int
    skip_to: int | None = None
    """Sent only to a wait asking `skip=true`: no change the user may read lies between the
    cursor and this version, so the client may store it as its cursor without pulling."""


# --- beyond the cache (online only) -------------------------------------------------------


class RemoteSearchRequest(Message):
    """A search of the server's customers the user may read, for what the cache lacks."""

    query: Text = Field(min_length=1, max_length=100)
    limit: int = Field(default=20, ge=1, le=50)


class RemoteHit(Message):
    customer_id: uuid.UUID
    customer_number: str
    legal_name: str
    name_latin: str | None
    kind: str
    branch_code: str


class RemoteSearchResponse(Message):
    hits: list[RemoteHit]


class OpenRequest(Message):
    """Follow a customer on this device: later pulls include its rows, whatever its branch."""

    customer_id: uuid.UUID
    query: Text | None = Field(default=None, max_length=100)
    """The search that found it, for a customer outside the user's read scope: a specific
    query (`sync.server.search.specific`) that names this customer lets a role that may
    open anywhere (`scope.OPEN`) open it; the opening is audited with what it named."""


class OpenResponse(Message):
    changes: list[Change]
    """Every row of the customer's relationship the user may read, at its current version."""


MAX_HELD_FOLLOWS = 10_000
"""The most followed customers one `PinsRequest` names (a workstation follows a few dozen)."""


class HeldFollow(Message):
    """A customer the workstation holds because it follows it (opened from the server)."""

    customer_id: uuid.UUID
    pinned: bool = False
    """Pinned on the workstation (by a user, or by an appointment): the follow does not lapse."""
    opened_at: AwareDatetime | None = None
    """When a user last opened it on the workstation (None: not since it was followed)."""


class PinsRequest(Message):
    """`POST /v1/pins`, at each sync of a workstation that follows customers: its follows
    with their pins and openings, and the customers it let go since the last one."""

    scope: PullScope | None = None
    """The workstation's narrowing, as its pulls send it: what lies outside it is followed."""
    held: list[HeldFollow] = Field(default_factory=list, max_length=MAX_HELD_FOLLOWS)
    dropped: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_HELD_FOLLOWS)
    """Customers the workstation removed from its cache (lapsed): the server forgets them."""


class FollowState(Message):
    customer_id: uuid.UUID
    last_opened_at: datetime
    pinned: bool


class PinsResponse(Message):
    """The device's follows after the request. A held customer in none of `follows` and
    `in_scope` has lapsed (or may no longer be read): the workstation removes it."""

    follow_days: int
    """A follow neither pinned nor opened again for this many days lapses."""
    follows: list[FollowState]
    """Live follows of customers outside the workstation's scope."""
    in_scope: list[uuid.UUID] = Field(default_factory=list)
    """Held customers that are within the workstation's scope anyway (they never lapse)."""
    revived: list[uuid.UUID] = Field(default_factory=list)
    """Follows that had lapsed and live again (pinned): pulls skipped their changes
    meanwhile, so the workstation opens them again."""


MAX_AUDIT_EVENTS = 1_000
"""The most events one audit search answers (the newest; `truncated` says more matched)."""


class AuditSearchRequest(Message):
    """`POST /v1/audit/search`: the server's audit trail, filtered like `guitai-server audit
    list` (a customer's History: `customer_number` alone)."""

    customer_number: Text | None = Field(default=None, min_length=1, max_length=40)
    username: Text | None = Field(default=None, min_length=1, max_length=60)
    action: Text | None = Field(default=None, min_length=1, max_length=40)
    """A `client.schema.enums.AuditAction` value (view, update, ...)."""
    since: datetime | None = None
    """Events at or after this time (UTC when it names no zone)."""
    limit: int = Field(default=500, ge=1, le=MAX_AUDIT_EVENTS)


class AuditEventLine(Message):
    """One audit event as people read it (`client.audit_query.EventLine`); the old and new
    values of masked fields (ID, account and phone numbers) come masked."""

    event_id: uuid.UUID
    occurred_at: datetime
    action: str
    user: str | None
    user_id: uuid.UUID | None
    workstation: str | None
    device_id: uuid.UUID | None
    customer_number: str | None
    entity: str
    entity_id: uuid.UUID | None
    detail: str
    change: dict[str, Any]


class AuditSearchResponse(Message):
    events: list[AuditEventLine]
    """Oldest first: the newest `limit` events that match."""
    truncated: bool = False
    """More events matched than were sent (the oldest were left out)."""


# --- likely duplicates of a new customer (online only) ------------------------------------


MAX_DUPLICATE_PHONES = 5
MAX_DUPLICATES = 20
"""The most likely duplicates one answer lists (those with the most reasons first)."""


class DuplicateCheckRequest(Message):
    """`POST /v1/duplicates` (`sync.server.duplicates`): is this new customer, typed at a
    counter, one the bank has already? Sent before saving; `client.capture` checks it."""

    kind: Text = Field(max_length=20)
    """individual or business."""
    legal_name: Text = Field(min_length=1, max_length=200)
    name_latin: Text = Field(default="", max_length=200)
    national_id: Text | None = Field(default=None, max_length=40)
    birth_date: date | None = None
    phones: list[Annotated[Text, Field(max_length=40)]] = Field(
        default_factory=list, max_length=MAX_DUPLICATE_PHONES
    )


class DuplicateHit(Message):
    """A customer the new one may be: who, their branch, and why (`client.capture.Why`
    values: same_id, same_phone, same_name_and_birth_date)."""

    customer_id: uuid.UUID
    customer_number: str
    legal_name: str
    name_latin: str
    branch_code: str
    reasons: list[str]


class DuplicateCheckResponse(Message):
    hits: list[DuplicateHit]
    truncated: bool = False
    """More than `MAX_DUPLICATES` matched."""


# --- a caller looked up by phone (online only) ---------------------------------------------


MAX_CALLERS = 20
"""The most customers one caller lookup answers."""


class CallerLookupRequest(Message):
    """`POST /v1/callers` (`sync.server.callers`): the customers whose phone number is
    `phone` or ends with its digits (at least `client.callers.TAIL_DIGITS`; spaces, dashes
    and a leading + or country code are ignored)."""

    phone: Text = Field(min_length=1, max_length=40)


class CallerHit(Message):
    """A customer with that phone: who, their branch and RM, the phone masked."""

    customer_id: uuid.UUID
    customer_number: str
    legal_name: str
    name_latin: str
    branch_code: str
    rm_name: str
    """The owning RM's name ("" without one)."""
    phone_masked: str


class CallerLookupResponse(Message):
    hits: list[CallerHit]
    truncated: bool = False
    """More than `MAX_CALLERS` matched (the number was too short to tell them apart)."""


class MyHoursRequest(Message):
    """`POST /v1/my-hours` (`sync.server.my_hours`): the signed-in RM's own weekly working
    hours ("mon-fri 09:00-12:00,13:30-17:00", the grammar of `sync.server.working_hours`)
    and the length of a bookable slot; the zone is the server's default unless given. Their
    available calendar blocks of the coming weeks are made anew and replicate by the pull."""

    hours: Text = Field(min_length=1, max_length=400)
    slot_minutes: int = Field(default=30, ge=5, le=480)
    time_zone: Text | None = Field(default=None, max_length=64)


class MyHoursResponse(Message):
    """The RM's hours as stored (canonical form; "" when none are set) and, after a change,
    the blocks made, removed and kept."""

    hours: str
    slot_minutes: int
    time_zone: str
    created: int = 0
    removed: int = 0
    unchanged: int = 0


# --- initial sync (bulk snapshot) ---------------------------------------------------------


SNAPSHOT_PAGE = 5_000
MAX_SNAPSHOT_PAGE = 20_000


class SnapshotStart(Message):
    feed_version: int
    """The feed version before the snapshot's first page: pull from here once it is done."""
    tables: list[str]
    """Replicated tables in the order to fetch them (parents before children)."""


class SnapshotRequest(Message):
    table: Text = Field(min_length=1, max_length=60)
    after_id: uuid.UUID | None = None
    """The last id of the previous page of this table (pages go by ascending id)."""
    limit: int = Field(default=SNAPSHOT_PAGE, ge=1, le=MAX_SNAPSHOT_PAGE)
    scope: PullScope | None = None


class SnapshotPage(Message):
    table: str
    columns: list[str]
    rows: list[list[Any]]
    """One list per row, values in `columns` order, encoded as `client.schema.rows` encodes them."""
    last_id: uuid.UUID | None
    """Pass it as `after_id` for the next page; None when the page is empty."""
    has_more: bool


# --- initial sync (prebuilt file) ---------------------------------------------------------

SNAPSHOT_CHUNK = 32 * 1024 * 1024
"""Bytes per download request of a prebuilt snapshot file (a killed download repeats one)."""
MAX_SNAPSHOT_CHUNK = 32 * 1024 * 1024
FILE_ID = r"^[0-9a-f]{32}-[0-9]{1,19}$"


class SnapshotFileRequest(Message):
    """Asks for the prebuilt first download of the user's scope."""

    scope: PullScope | None = None
    schema_revision: Text = Field(min_length=1, max_length=40)
    """The client's cache schema: a file is only offered when it was built with the same one."""


class SnapshotFile(Message):
    """A ready cache file holding every row of the user's scope at `feed_version`, encrypted
    (SQLCipher) with `key`; or `available` false (then the client downloads pages)."""

    available: bool
    reason: str = ""
    """Why no file is offered (a new one is being built, the schema differs, ...)."""
    file_id: str | None = Field(default=None, pattern=FILE_ID)
    feed_version: int | None = Field(default=None, ge=0)
    size: int | None = Field(default=None, ge=0)
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    """Of the whole file: checked before a single page is copied (SQLite's backup copies a
    page that fails its authentication code without stopping)."""
    key: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    """The file's one-off SQLCipher key (hex). The workstation copies the pages into its own
    cache, under its own key, and never stores this one."""
    rows: int | None = Field(default=None, ge=0)
    tables: list[str] = Field(default_factory=list)


class SnapshotChunkRequest(Message):
    """`length` bytes of the file from `offset`; the answer is the raw bytes."""

    file_id: str = Field(pattern=FILE_ID)
    scope: PullScope | None = None
    offset: int = Field(ge=0, le=2**53)
    length: int = Field(default=SNAPSHOT_CHUNK, ge=1, le=MAX_SNAPSHOT_CHUNK)
