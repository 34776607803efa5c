"""The messages of the channel feed API (JSON over HTTPS): what the call-centre platform,
internet and mobile banking send and receive with a service account's token.

- `POST /v1/channel/interactions` (`InteractionBatch` -> `InteractionBatchResult`):
  interactions in bulk, idempotent by `external_id`. Each item is checked alone: a bad one
  is answered `rejected` with its index, words and reason code while the others go on, so
  the batch's items are typed loosely on the way in (`ChannelInteraction` is the schema
  each one must follow). The channel, the author (none) and the branch (the customer's
  home branch) are the server's (`client.schema.permissions.SERVICE_STAMPED`): an item
  naming one is refused.
- `GET /v1/channel/customers/{customer_number}` (`CustomerSummary`): a customer's summary,
  with ID, phone and account numbers masked.

Every request carries `Guitai-Protocol` like the workstations' (`sync.protocol`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, Field, WithJsonSchema

from client.schema.enums import InteractionKind
from sync.protocol import Message, Text

MAX_CHANNEL_ITEMS = 1_000
"""Items in one batch (the body's size is bounded too: `ServerSettings.max_body_bytes`)."""
MAX_AGE_DAYS = 90
"""The oldest interaction a channel may send, in days before the server's clock."""
RECENT_INTERACTIONS = 10
"""The newest interactions a summary lists."""
KINDS = [k.value for k in InteractionKind]


class ChannelInteraction(Message):
    """One interaction as a channel sends it."""

    external_id: Text = Field(min_length=1, max_length=100)
    """Its id in the channel's system: an item whose id is already recorded is answered
    `duplicate` with the interaction recorded then, and not recorded twice."""
    customer_number: Text = Field(min_length=1, max_length=20)
    occurred_at: AwareDatetime
    """When it happened, with its zone (not later than the server's clock allows, nor more
    than `MAX_AGE_DAYS` ago: older history goes by `guitai-server import interactions`)."""
    kind: Annotated[InteractionKind, WithJsonSchema({"type": "string", "enum": KINDS})]
    subject: Text = Field(min_length=1, max_length=200)
    notes: Text = Field(default="", max_length=10_000)
    outcome: Text = Field(default="", max_length=200)


ITEM_SCHEMA = ChannelInteraction.model_json_schema()
"""Self-contained (no references): the schema each batch item is documented with."""


class InteractionBatch(Message):
    items: list[Annotated[Any, WithJsonSchema(ITEM_SCHEMA)]] = Field(
        min_length=1, max_length=MAX_CHANNEL_ITEMS
    )
    """`ChannelInteraction`s; each is checked on its own (a bad one does not stop the rest)."""


class ItemStatus(StrEnum):
    CREATED = "created"
    """Recorded now."""
    DUPLICATE = "duplicate"
    """Its external id was recorded before (or earlier in this batch): nothing new."""
    REJECTED = "rejected"
    """Not recorded: see `reason` and `code`; send it again once put right."""


class ChannelItemResult(Message):
    index: int
    """The item's place in the batch, from 0."""
    status: ItemStatus
    external_id: str | None = None
    interaction_id: uuid.UUID | None = None
    """The interaction recorded for it (now, or before for a duplicate)."""
    reason: str = ""
    code: str = ""
    """Why it was rejected: a `client.reasons.Reason` value ("" otherwise)."""


class InteractionBatchResult(Message):
    created: int
    duplicates: int
    rejected: int
    results: list[ChannelItemResult]
    """One per item, in the batch's order."""


class SummaryContact(Message):
    kind: str
    label: str
    value: str
    """A phone number masked (138****5678)."""
    is_primary: bool


class SummaryAccount(Message):
    account_number: str
    """Masked: only its last 4 digits shown."""
    product: str
    currency: str
    status: str
    holder_role: str


class SummaryInteraction(Message):
    occurred_at: datetime
    kind: str
    channel: str
    subject: str


class CustomerSummary(Message):
    """What a channel may know of a customer: no balances, ID and numbers masked."""

    customer_number: str
    kind: str
    legal_name: str
    name_latin: str
    national_id: str | None
    """Masked: 110***********123X."""
    lifecycle: str
    preferred_language: str
    home_branch: str
    """The branch's code."""
    segment: str | None
    """The segment's code."""
    segment_name: str | None
    relationship_manager: str | None
    """The owning RM's display name."""
    contacts: list[SummaryContact]
    accounts: list[SummaryAccount]
    recent_interactions: list[SummaryInteraction]
    """The newest `RECENT_INTERACTIONS`, newest first, of every channel."""
