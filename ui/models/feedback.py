"""Head office's list of the branches' segment feedback: one `sync.feedback_protocol.
FeedbackLine` a row.

`FeedbackModel` names its columns (constants below); `FeedbackFilter` is the sortable view,
filtered by typed words (customer, name, branch, segment, reason, author...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from sync.feedback_protocol import FeedbackLine
from ui import format as fmt
from ui.models.lines import Keyed, LinesFilter, LinesModel
from ui.terms import term

(
    CUSTOMER,
    NAME,
    BRANCH,
    SEGMENT,
    VERDICT,
    SUGGESTED,
    REASON,
    AUTHOR,
    DATE,
    STATUS,
    REPLY,
) = range(11)


def _customer(line: FeedbackLine) -> str:
    if line.customer_number is None:
        return QCoreApplication.translate("FeedbackModel", "(whole segment)")
    return line.customer_number


def _segment(line: FeedbackLine) -> str:
    """The customer's segment now; the segment the feedback is about when that differs."""
    now = line.current_segment or line.segment
    if line.customer_number is None or now == line.segment:
        return now
    return (
        QCoreApplication.translate("FeedbackModel", "%1 (was %2)")
        .replace("%1", now)
        .replace("%2", line.segment)
    )


class FeedbackModel(LinesModel):
    """The feedback, one a row (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Customer"),
                    _customer,
                    lambda r: r.customer_number or "",
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Name"),
                    lambda r: r.customer_name or "",
                    lambda r: r.customer_name or "",
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Branch"),
                    lambda r: r.branch,
                    lambda r: r.branch,
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Segment"),
                    _segment,
                    lambda r: (r.segment, r.branch),
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Verdict"),
                    lambda r: term(r.verdict),
                    lambda r: r.verdict,
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Suggested"),
                    lambda r: r.suggested or "",
                    lambda r: r.suggested or "",
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Reason"),
                    lambda r: r.reason,
                    lambda r: r.reason.casefold(),
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Author"),
                    lambda r: r.user,
                    lambda r: r.user,
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Date"),
                    lambda r: fmt.moment(r.created_at),
                    lambda r: r.created_at.timestamp(),
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Status"),
                    lambda r: term(r.status),
                    lambda r: r.status,
                ),
                Keyed(
                    lambda: QCoreApplication.translate("FeedbackModel", "Reply"),
                    lambda r: r.reply,
                    lambda r: r.reply.casefold(),
                ),
            ),
            parent,
        )


class FeedbackFilter(LinesFilter):
    """The feedback sortable by any column, filtered by words."""
