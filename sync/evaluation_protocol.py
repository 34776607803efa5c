"""The messages of the quarterly evaluation on the wire (`sync.server.evaluation_api`).

`POST /v1/evaluation` answers the report of one quarter (`sync.server.evaluation.report`)
as the role may read it: a branch manager their own branch beside the bank's totals, head
office every branch. `POST /v1/evaluation/drill` names the customers (or the staff) behind
one figure of one branch and quarter. Numbers keep their JSON type: a count is an integer,
an amount (CNY) or a share a float; `unit` in `EvaluationFigure` says which.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from sync.protocol import Message, Text

Number = int | float
DrillKind = Literal["customers", "staff", "none"]


class EvaluationRequest(Message):
    """The report of `quarter` ("2026Q4"; None: the current quarter, on the server's
    clock), of `branch` (head office: one branch; None: every branch the role reads)."""

    quarter: Text | None = Field(default=None, max_length=10)
    branch: Text | None = Field(default=None, max_length=20)


class EvaluationFigure(Message):
    """One figure of the report: its key, part (inputs, use, outputs, it), unit (count,
    cny, share, average), definition, and what a drill-down lists behind it."""

    name: str
    part: str
    unit: str
    definition: str
    drill: DrillKind


class FigureValue(Message):
    """A figure of the quarter with the quarter before and the same quarter a year earlier,
    and its breakdowns of the quarter (e.g. `{"by_kind": {"visit": 3}}`)."""

    value: Number
    previous_quarter: Number
    year_earlier: Number
    breakdowns: dict[str, dict[str, Number]] = Field(default_factory=dict)


class MilestoneValue(Message):
    """Head office's target for the half year, and the actual so far."""

    period: str
    target: Number
    actual: Number
    share: float | None


class BranchEvaluation(Message):
    """One branch (or the bank: `code` "") in the quarter: every figure, each figure's value
    in every quarter of `EvaluationResponse.quarters` (`trend`), and its milestones."""

    code: str
    name: str
    figures: dict[str, FigureValue]
    trend: dict[str, list[Number]]
    milestones: dict[str, MilestoneValue] = Field(default_factory=dict)


class EvaluationResponse(Message):
    quarter: str
    starts_on: date
    ends_on: date
    """The quarter's last day."""
    previous_quarter: str
    year_earlier: str
    as_of: date
    """The server's day when it counted (figures of a quarter still running grow)."""
    currency: str
    quarters: list[str]
    """The trend's quarters, oldest first, ending with `quarter`."""
    figures: list[EvaluationFigure]
    branches: list[BranchEvaluation]
    bank: BranchEvaluation | None
    bank_branches: int
    reach: str
    """How far the asking role reads it: "own branch" or "all branches"."""


class DrillRequest(Message):
    """The customers or staff behind `figure` of `branch` in `quarter`."""

    figure: Text = Field(min_length=1, max_length=60)
    branch: Text = Field(min_length=1, max_length=20)
    quarter: Text = Field(min_length=1, max_length=10)


class DrillCustomer(Message):
    customer_number: str
    legal_name: str
    name_latin: str
    count: int
    """How many of what the figure counts are this customer's (interactions, accounts ...)."""
    removed: bool = False
    """The customer was deleted since: behind the figure still, not to be opened."""


class DrillStaff(Message):
    username: str
    display_name: str
    count: int
    """How many of what the figure counts are this member of staff's (sign-ins, views ...)."""


class DrillResponse(Message):
    figure: str
    branch: str
    quarter: str
    kind: DrillKind
    """"none": the figure is not made of customers or staff (amounts, the IT figures)."""
    customers: list[DrillCustomer] = Field(default_factory=list)
    staff: list[DrillStaff] = Field(default_factory=list)
    total: int = 0
    """Customers (or staff) behind the figure within the role's reach, before the limit."""
    truncated: bool = False
    """More than the limit (`sync.server.evaluation_drill.MAX_ROWS`) were behind it."""
    outside_scope: int = 0
    """Customers behind it whose home branch the role does not read (left out)."""
