"""The workstation's side of the duplicate check (`POST /v1/duplicates`, online only).

`server_duplicates(engine, new)` asks the server for the bank's likely duplicates of a new
customer (`client.capture.NewCustomer`, checked) and answers them as `client.capture`
duplicates (`source` "server"), to merge with the cache's own (`client.capture.merged`).
"""

from __future__ import annotations

from client.capture import Duplicate, NewCustomer
from sync.engine.engine import SyncEngine
from sync.protocol import DuplicateCheckRequest, DuplicateCheckResponse

PATH = "/v1/duplicates"


def request_of(new: NewCustomer) -> DuplicateCheckRequest:
    return DuplicateCheckRequest(
        kind=new.kind.value,
        legal_name=new.legal_name,
        name_latin=new.name_latin,
        national_id=new.national_id,
        birth_date=new.birth_date,
        phones=list(new.phones),
    )


def server_duplicates(engine: SyncEngine, new: NewCustomer) -> list[Duplicate]:
    """The server's likely duplicates of `new` (raises `OfflineError` when unreachable)."""
    # the transport's typed call, as `sync.engine.audit_trail` makes it
    answer = engine.transport.call("POST", PATH, DuplicateCheckResponse, request_of(new))
    engine.online = True
    return [
        Duplicate(
            customer_id=hit.customer_id,
            customer_number=hit.customer_number,
            legal_name=hit.legal_name,
            name_latin=hit.name_latin,
            branch_code=hit.branch_code,
            reasons=tuple(hit.reasons),
            source="server",
        )
        for hit in answer.hits
    ]
