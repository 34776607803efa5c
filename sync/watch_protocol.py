"""The messages of the watched groups' list in the window (JSON over HTTPS, online only).

- `POST /v1/watched` (`WatchedRequest` -> `WatchedResponse`): the changes of the watched
  groups' members (new customer, new account, balance move, interaction, segment change)
  that the signed-in user has not seen yet, within their role's reach
  (`client.schema.permissions.watch_reach`), newest first, and per group how many;
- `POST /v1/watched/seen` (`WatchedSeenRequest` -> `WatchedSeenResponse`): the user has
  seen them, up to the feed version the list showed (`WatchedResponse.latest`), so a change
  that came in after the list was read stays unseen.

Served by `sync.server.watch_api`; asked by `sync.engine.watched`. Every request carries
`Guitai-Protocol` like the other workstation requests (`sync.protocol`).
"""

from __future__ import annotations

from pydantic import AwareDatetime, Field

from sync.protocol import Message, Text

MAX_CHANGES = 2_000
"""The most changes one answer lists (the newest; `WatchedResponse.total` counts them all)."""
KINDS = ("new customer", "new account", "balance", "interaction", "segment")
"""What changed, as `WatchedChange.kind` says it (`sync.server.watch_groups.KINDS`)."""


class WatchedRequest(Message):
    group: Text | None = Field(default=None, max_length=20)
    """One group's code (None: every group)."""
    limit: int = Field(default=500, ge=1, le=MAX_CHANGES)


class WatchedGroup(Message):
    code: str
    name: str
    unseen: int
    """Its members' changes the user has not seen, within their reach."""


class WatchedChange(Message):
    seq: int
    """The change's feed version."""
    at: AwareDatetime
    group: str
    """The group's code."""
    customer_number: str
    name: str
    branch: str
    """The customer's home branch (its code)."""
    rm: str | None
    """The owning RM's username."""
    mine: bool
    """The customer is the signed-in user's own (they are its RM)."""
    kind: str
    """One of `KINDS`."""
    detail: str
    """The account, the balance before and after, the interaction, the segments (data)."""


class WatchedResponse(Message):
    groups: list[WatchedGroup]
    changes: list[WatchedChange]
    """Newest first, at most the request's `limit`."""
    total: int
    """Every unseen change, listed or not."""
    latest: int
    """The feed version the list was read up to: mark seen up to it."""
    reach: str
    """The role's reach ("own branch", "all branches": `client.schema.permissions.Reach`)."""


class WatchedSeenRequest(Message):
    up_to: int = Field(ge=0, le=2**62)
    """The `latest` of the list the user saw."""
    group: Text | None = Field(default=None, max_length=20)
    """One group's code (None: every group)."""


class WatchedSeenResponse(Message):
    groups: int
    """The groups whose seen version moved forward."""
    up_to: int
