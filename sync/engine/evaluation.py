"""The workstation's side of the quarterly evaluation (`POST /v1/evaluation` and
`/v1/evaluation/drill`, online only; `sync.server.evaluation_api`).

`fetch_evaluation(engine, quarter, branch)` asks the server for the report the signed-in
role may read, as a `client.evaluation.Evaluation` (its JSON is what the window keeps for
offline: `client.evaluation.save_report`); `fetch_drill(engine, figure, branch, quarter)`
the customers or staff behind one figure, as a `client.evaluation.Behind`.
"""

from __future__ import annotations

from client.evaluation import Behind, BehindLine, Evaluation, evaluation_of
from sync.engine.engine import SyncEngine
from sync.evaluation_protocol import (
    DrillRequest,
    DrillResponse,
    EvaluationRequest,
    EvaluationResponse,
)

PATH = "/v1/evaluation"
DRILL_PATH = "/v1/evaluation/drill"


def fetch_evaluation(
    engine: SyncEngine, quarter: str | None = None, branch: str | None = None
) -> Evaluation:
    """The server's report of `quarter` (None: the current one) and `branch` (None: every
    branch the role reads); raises a sync error when the server is unreachable or refuses
    (403 `forbidden` for a role that does not read it, `outside_scope` beyond its branch)."""
    answer = engine.transport.call(
        "POST", PATH, EvaluationResponse, EvaluationRequest(quarter=quarter, branch=branch)
    )
    engine.online = True
    return evaluation_of(answer.model_dump(mode="json"), asked_branch=branch or "")


def fetch_drill(engine: SyncEngine, figure: str, branch: str, quarter: str) -> Behind:
    """Who is behind `figure` of `branch` in `quarter` (at most 500, the most first)."""
    answer = engine.transport.call(
        "POST",
        DRILL_PATH,
        DrillResponse,
        DrillRequest(figure=figure, branch=branch, quarter=quarter),
    )
    engine.online = True
    if answer.kind == "customers":
        lines = tuple(
            BehindLine(c.customer_number, c.legal_name, c.name_latin, c.count, c.removed)
            for c in answer.customers
        )
    else:
        lines = tuple(BehindLine(s.username, s.display_name, "", s.count) for s in answer.staff)
    return Behind(
        figure=answer.figure,
        branch=answer.branch,
        quarter=answer.quarter,
        kind=answer.kind,
        lines=lines,
        total=answer.total,
        truncated=answer.truncated,
        outside_scope=answer.outside_scope,
    )
