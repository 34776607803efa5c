"""`POST /v1/evaluation` and `POST /v1/evaluation/drill`: the quarterly evaluation in the
window (issue 17), as the role may read it.

Who may ask and how far: `client.schema.permissions.evaluation_reach`:

- a reach of OWN (the branch manager): the report of their own branch, with the bank's
  totals beside it for comparison (no other branch's figures); asking for another branch is
  403 `outside_scope`;
- a reach of ALL (head office): every branch, or the one asked for, and the bank;
- no reach (teller, RM, call centre, auditor): 403 `forbidden`.

The report is `sync.server.evaluation.report.build` for the quarter asked (default: the
current quarter on the server's clock, the trend its last 8 quarters), as the typed answer
of `sync.evaluation_protocol`. An unknown quarter or figure is 422 `invalid_request`, an
unknown branch 404 `not_found`.

The drill-down names the customers (number, name) or the staff behind one figure of one
branch and quarter (`sync.server.evaluation_drill`), at most `MAX_ROWS`, and never a
customer beyond the role's reach on customers (those are counted, not named). Like the other
online reads of customers (the caller lookup, the duplicate check) it is logged: who, which
figure, branch and quarter, how many named; the workstation that asks records it in its own
audit chain as well (`client.evaluation.record_drill`).

`router(actor)` is included by `sync.server.app` like `sync.server.callers`'s (without
`from __future__ import annotations`: FastAPI reads the route's annotations).
"""

import logging
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from client.errors import UsageError
from client.reasons import Reason
from client.schema.models import Branch
from client.schema.permissions import Reach, evaluation_reach
from sync.evaluation_protocol import (
    BranchEvaluation,
    DrillCustomer,
    DrillRequest,
    DrillResponse,
    DrillStaff,
    EvaluationFigure,
    EvaluationRequest,
    EvaluationResponse,
    FigureValue,
    MilestoneValue,
)
from sync.protocol import ErrorBody
from sync.server.auth import Actor
from sync.server.errors import ApiError
from sync.server.evaluation import history, report
from sync.server.evaluation.figures import BY_NAME, FIGURES
from sync.server.evaluation.quarters import Period, parse_quarter, quarter_of
from sync.server.evaluation_drill import behind, drill_kind

log = logging.getLogger(__name__)

PATH = "/evaluation"
DRILL_PATH = "/evaluation/drill"
FIRST_YEAR, LAST_YEAR = 1970, 9000
"""The quarters asked for (with their trend of 8 quarters before): within dates' range."""


def _reach(actor: Actor) -> Reach:
    reach = evaluation_reach(actor.role)
    if reach is Reach.NONE:
        raise ApiError(
            403, f"a {actor.role.value} does not read the quarterly evaluation", Reason.FORBIDDEN
        )
    return reach


def _quarter(text: str | None, today: date) -> Period:
    if text is None or not text.strip():
        return quarter_of(today)
    try:
        quarter = parse_quarter(text)
    except UsageError as exc:
        raise ApiError(422, str(exc), Reason.INVALID_REQUEST) from None
    if not FIRST_YEAR <= quarter.year <= LAST_YEAR:
        raise ApiError(
            422,
            f"quarter: {quarter.label} is outside {FIRST_YEAR} to {LAST_YEAR}",
            Reason.INVALID_REQUEST,
        )
    return quarter


def _branch(session: Session, actor: Actor, reach: Reach, code: str | None) -> Branch | None:
    """The branch asked for (None: every branch the actor reads); 404 for an unknown one,
    403 `outside_scope` for another branch than a branch manager's own."""
    if code is None or not code.strip():
        if reach is Reach.ALL:
            return None
        own = session.get(Branch, actor.branch_id)
        if own is None:
            raise ApiError(404, "your branch is not on the server", Reason.NOT_FOUND)
        return own
    found = session.scalars(
        select(Branch).where(Branch.code == code.strip().upper(), Branch.deleted.is_(False))
    ).first()
    if found is None:
        raise ApiError(404, f"no branch with code {code!r}", Reason.NOT_FOUND)
    if reach is Reach.OWN and found.id != actor.branch_id:
        raise ApiError(
            403,
            "outside your scope: the evaluation of another branch is head office's",
            Reason.OUTSIDE_SCOPE,
        )
    return found


def _shown(part: dict[str, Any]) -> FigureValue:
    base = ("value", "previous_quarter", "year_earlier")
    return FigureValue(
        value=part["value"],
        previous_quarter=part["previous_quarter"],
        year_earlier=part["year_earlier"],
        breakdowns={k: v for k, v in part.items() if k not in base},
    )


def _branch_wire(code: str, name: str, parts: dict[str, Any]) -> BranchEvaluation:
    return BranchEvaluation(
        code=code,
        name=name,
        figures={f.name: _shown(parts[f.part][f.name]) for f in FIGURES},
        trend=parts["trend"],
        milestones={
            name: MilestoneValue(**goal) for name, goal in parts.get("milestones", {}).items()
        },
    )


def wire(built: dict[str, Any], reach: Reach) -> EvaluationResponse:
    """`report.build`'s dict as the answer carries it."""
    bank = built.get("bank")
    return EvaluationResponse(
        quarter=built["quarter"],
        starts_on=date.fromisoformat(built["from"]),
        ends_on=date.fromisoformat(built["to"]),
        previous_quarter=built["previous_quarter"],
        year_earlier=built["year_earlier"],
        as_of=date.fromisoformat(built["as_of"]),
        currency=built["currency"],
        quarters=built["quarters"],
        figures=[
            EvaluationFigure(**f, drill=drill_kind(f["name"]))  # type: ignore[arg-type]
            for f in built["figures"]
        ],
        branches=[
            _branch_wire(code, entry["name"], entry) for code, entry in built["branches"].items()
        ],
        bank=None if bank is None else _branch_wire("", "", bank),
        bank_branches=int(built.get("bank_branches", 0)),
        reach=reach.value,
    )


def evaluation(
    session: Session, actor: Actor, body: EvaluationRequest, today: date
) -> EvaluationResponse:
    """The report the actor may read (see the module docstring)."""
    reach = _reach(actor)
    quarter = _quarter(body.quarter, today)
    branch = _branch(session, actor, reach, body.branch)
    built = report.build(
        session, quarter, today=today, branch_code=None if branch is None else branch.code
    )
    log.info(
        "evaluation %s read by %s (%s): %s",
        quarter.label,
        actor.username,
        actor.role.value,
        "every branch" if branch is None else branch.code,
    )
    return wire(built, reach)


def drill(session: Session, actor: Actor, body: DrillRequest, today: date) -> DrillResponse:
    """The customers or staff behind a figure, within the actor's reach."""
    reach = _reach(actor)
    if body.figure not in BY_NAME:
        raise ApiError(422, f"unknown figure {body.figure!r}", Reason.INVALID_REQUEST)
    quarter = _quarter(body.quarter, today)
    branch = _branch(session, actor, reach, body.branch)
    if branch is None:  # head office without a branch: the drill-down is of one branch
        raise ApiError(422, "branch: a drill-down is of one branch", Reason.INVALID_REQUEST)
    found = behind(
        session,
        body.figure,
        branch.id,
        quarter,
        home_branch=actor.branch_id if reach is Reach.OWN else None,
    )
    named = len(found.customers) + len(found.staff)
    log.info(
        "evaluation drill-down by %s (%s): %s of %s in %s, %d %s named, %d outside scope",
        actor.username,
        actor.role.value,
        body.figure,
        branch.code,
        quarter.label,
        named,
        found.kind,
        found.outside_scope,
    )
    return DrillResponse(
        figure=body.figure,
        branch=branch.code,
        quarter=quarter.label,
        kind=found.kind,  # type: ignore[arg-type]
        customers=[
            DrillCustomer(
                customer_number=c.customer_number,
                legal_name=c.legal_name,
                name_latin=c.name_latin,
                count=c.count,
                removed=c.removed,
            )
            for c in found.customers
        ],
        staff=[
            DrillStaff(username=s.username, display_name=s.display_name, count=s.count)
            for s in found.staff
        ],
        total=found.total,
        truncated=found.truncated,
        outside_scope=found.outside_scope,
    )


def router(actor: Callable[..., Any]) -> APIRouter:
    """The routes, authenticated by the app's `actor` dependency."""
    routes = APIRouter()
    refusals: dict[int | str, dict[str, Any]] = {
        403: {"model": ErrorBody},
        404: {"model": ErrorBody},
        422: {"model": ErrorBody},
    }

    @routes.post(PATH, response_model=EvaluationResponse, responses=refusals)
    def evaluation_report(
        body: EvaluationRequest,
        request: Request,
        who: Annotated[Actor, Depends(actor)],
    ) -> EvaluationResponse:
        """The quarter's evaluation: a branch manager's own branch beside the bank, head
        office's every branch (403 `forbidden` for the other roles)."""
        ctx = request.app.state.guitai
        today = ctx.settings.clock().date()
        _reach(who)
        with ctx.db.writer() as session, session.begin():
            history.refresh(session)  # the histories changed since (one query when none)
        with ctx.db.reader() as session, session.begin():
            return evaluation(session, who, body, today)

    @routes.post(DRILL_PATH, response_model=DrillResponse, responses=refusals)
    def evaluation_drill(
        body: DrillRequest,
        request: Request,
        who: Annotated[Actor, Depends(actor)],
    ) -> DrillResponse:
        """The customers or staff behind one figure of one branch and quarter (at most
        500; 403 `outside_scope` for another branch than a branch manager's)."""
        ctx = request.app.state.guitai
        today = ctx.settings.clock().date()
        with ctx.db.reader() as session, session.begin():
            return drill(session, who, body, today)

    return routes
