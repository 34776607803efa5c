"""The workstation's side of the caller lookup (`POST /v1/callers`, online only).

`server_callers(engine, text)` asks the server for the bank's customers whose phone ends
with the digits of `text`, as `client.callers.Callers` (marked remote: the window merges
them with the cache's own, `client.callers.merged`).
"""

from __future__ import annotations

from client.callers import Caller, Callers, tail_of
from sync.engine.engine import SyncEngine
from sync.protocol import CallerLookupRequest, CallerLookupResponse

PATH = "/v1/callers"


def server_callers(engine: SyncEngine, text: str) -> Callers:
    """The server's callers for `text` (raises `UsageError` for too few digits, a sync
    error when the server is unreachable or refuses)."""
    tail = tail_of(text)
    # the transport's typed call, as `sync.engine.duplicates` makes it
    answer = engine.transport.call(
        "POST", PATH, CallerLookupResponse, CallerLookupRequest(phone=tail)
    )
    engine.online = True
    return Callers(
        tuple(
            Caller(
                customer_id=hit.customer_id,
                customer_number=hit.customer_number,
                name=hit.legal_name,
                name_latin=hit.name_latin,
                branch_code=hit.branch_code,
                rm_name=hit.rm_name,
                phone_masked=hit.phone_masked,
                remote=True,
            )
            for hit in answer.hits
        ),
        answer.truncated,
    )
