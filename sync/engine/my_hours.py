"""The workstation's side of an RM's own working hours (`GET|POST /v1/my-hours`, online only).

`server_hours(engine)` reads the hours the server holds for the signed-in RM;
`set_server_hours(engine, hours, slot_minutes)` sets them, and the server makes the RM's
available blocks anew: they reach this cache by the next pull (the server wakes the
workstation's long-poll). Raises a sync error when the server is unreachable or refuses
(403 `forbidden` for a role without hours, 422 `usage` for hours that cannot be read).
"""

from __future__ import annotations

from sync.engine.engine import SyncEngine
from sync.protocol import MyHoursRequest, MyHoursResponse

PATH = "/v1/my-hours"


def server_hours(engine: SyncEngine) -> MyHoursResponse:
    """The signed-in RM's hours as the server holds them ("" when none are set)."""
    # the transport's typed call, as `sync.engine.duplicates` makes it
    answer = engine.transport.call("GET", PATH, MyHoursResponse)
    engine.online = True
    return answer


def set_server_hours(engine: SyncEngine, hours: str, slot_minutes: int) -> MyHoursResponse:
    """Sets the signed-in RM's hours; the answer says how many blocks were made and removed."""
    asked = MyHoursRequest(hours=hours, slot_minutes=slot_minutes)
    answer = engine.transport.call("POST", PATH, MyHoursResponse, asked)
    engine.online = True
    return answer
