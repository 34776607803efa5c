"""The RM's pipeline as a table: one `client.pipeline.PipelineLine` a row.

`pipeline_model()` names its columns (constants below); days in stage are counted to the
`now` the lines were read with (`set_now`). `PipelineFilter` is the sortable view, filtered
by typed words and by a stage (`set_stage`; None: every stage).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from client.pipeline import STAGES, PipelineLine
from client.schema.base import utcnow
from client.schema.enums import ReferralStage
from ui import format as fmt
from ui.models.lines import Keyed, LinesFilter, LinesModel
from ui.terms import term

CONTEXT = "PipelineModel"
STAGE, CUSTOMER, NAME, PRODUCT, VALUE, DAYS, REFERRED_BY, CREATED = range(8)


def _header(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(CONTEXT, text)


class PipelineModel(LinesModel):
    """Referrals, one a row; `now` is when days in stage are counted to."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.now: datetime = utcnow()
        super().__init__(
            (
                Keyed(_header("Stage"), lambda r: term(r.stage.value), _stage_key),
                Keyed(
                    _header("Customer"), lambda r: r.customer_number, lambda r: r.customer_number
                ),
                Keyed(_header("Name"), lambda r: r.customer_name, lambda r: r.customer_name),
                Keyed(_header("Product"), lambda r: r.product, lambda r: r.product.casefold()),
                Keyed(
                    _header("Value (CNY)"),
                    lambda r: fmt.money(r.value),
                    lambda r: r.value,
                    numeric=True,
                ),
                Keyed(
                    _header("Days in stage"),
                    lambda r: str(r.days_in_stage(self.now)),
                    lambda r: r.days_in_stage(self.now),
                    numeric=True,
                ),
                Keyed(_header("Referred by"), lambda r: r.referred_by, lambda r: r.referred_by),
                Keyed(
                    _header("Referred on"),
                    lambda r: fmt.day(r.created_at),
                    lambda r: r.created_at.timestamp(),
                ),
            ),
            parent,
        )

    def set_lines_at(self, lines: tuple[PipelineLine, ...], now: datetime) -> None:
        self.now = now
        self.set_lines(lines)


def _stage_key(line: PipelineLine) -> tuple[int, float]:
    return STAGES.index(line.stage), -line.created_at.timestamp() if line.created_at else math.inf


class PipelineFilter(LinesFilter):
    """The referrals sortable by any column, filtered by words and by one stage."""

    def __init__(self, source: PipelineModel, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.stage: ReferralStage | None = None

    def set_stage(self, stage: ReferralStage | None) -> None:
        self.stage = stage
        self.set_accept(None if stage is None else (lambda line: line.stage is stage))
