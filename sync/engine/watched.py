"""The workstation's side of the watched groups' list (`POST /v1/watched`, online only).

`server_watched(engine)` asks the server for the changes of the watched groups' members the
signed-in user has not seen (`sync.watch_protocol.WatchedResponse`); `mark_seen(engine,
up_to)` tells it they have seen them up to the version that list was read at;
`news_since(engine, latest)` asks (cheaply: the server answers from memory) whether anything
the user may read changed after a list's version, so the window reads the list again only
then. Nothing of it is kept in the cache: offline there is no list.
"""

from __future__ import annotations

from sync.engine.engine import SyncEngine
from sync.watch_protocol import (
    WatchedRequest,
    WatchedResponse,
    WatchedSeenRequest,
    WatchedSeenResponse,
)

PATH = "/v1/watched"
SEEN_PATH = "/v1/watched/seen"


def server_watched(
    engine: SyncEngine, group: str | None = None, limit: int = 500
) -> WatchedResponse:
    """The unseen changes (raises a sync error when the server is unreachable or refuses:
    `forbidden` for a role that is not listed them)."""
    answer = engine.transport.call(
        "POST", PATH, WatchedResponse, WatchedRequest(group=group, limit=limit)
    )
    engine.online = True
    return answer


def mark_seen(engine: SyncEngine, up_to: int, group: str | None = None) -> WatchedSeenResponse:
    """The user has seen the changes up to feed version `up_to` (a list's `latest`)."""
    answer = engine.transport.call(
        "POST", SEEN_PATH, WatchedSeenResponse, WatchedSeenRequest(up_to=up_to, group=group)
    )
    engine.online = True
    return answer


def news_since(engine: SyncEngine, latest: int) -> bool:
    """Whether the feed holds a change after `latest` that the user may read (every watched
    change of their reach is one): the long-poll's answer at once (`GET /v1/changes/wait`)."""
    answer = engine.transport.wait(latest, 0)
    engine.online = True
    return answer.changed
