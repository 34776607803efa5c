"""The watched groups' unseen changes as a table: one `sync.watch_protocol.WatchedChange` a
row (what the server answered; nothing of it is in the cache).

`WatchedModel` names its columns (constants below); what changed is said in the window's
language (`kind_text`), the detail as the server wrote it (account and segment codes,
amounts). `WatchedFilter` is the sortable view, filtered by typed words and, for an RM, to
their own customers (`set_mine_only`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from sync.watch_protocol import WatchedChange
from ui import format as fmt
from ui.models.lines import Keyed, LinesFilter, LinesModel

CONTEXT = "WatchedModel"
WHEN, GROUP, CUSTOMER, NAME, WHAT, DETAIL, BRANCH, RM = range(8)


def _headers() -> dict[int, str]:
    """The column headers in the window's language (literal: lupdate reads them)."""
    return {
        WHEN: QCoreApplication.translate("WatchedModel", "When"),
        GROUP: QCoreApplication.translate("WatchedModel", "Group"),
        CUSTOMER: QCoreApplication.translate("WatchedModel", "Customer"),
        NAME: QCoreApplication.translate("WatchedModel", "Name"),
        WHAT: QCoreApplication.translate("WatchedModel", "What changed"),
        DETAIL: QCoreApplication.translate("WatchedModel", "Detail"),
        BRANCH: QCoreApplication.translate("WatchedModel", "Branch"),
        RM: QCoreApplication.translate("WatchedModel", "RM"),
    }


def _header(column: int) -> Callable[[], str]:
    return lambda: _headers()[column]


def kind_text(kind: str) -> str:
    """What changed, in the window's language (an unknown word as it came)."""
    texts = {
        "new customer": QCoreApplication.translate("WatchedModel", "New customer"),
        "new account": QCoreApplication.translate("WatchedModel", "New account"),
        "balance": QCoreApplication.translate("WatchedModel", "Balance moved"),
        "interaction": QCoreApplication.translate("WatchedModel", "Interaction"),
        "segment": QCoreApplication.translate("WatchedModel", "Segment changed"),
    }
    return texts.get(kind, kind)


class WatchedModel(LinesModel):
    """Unseen changes of watched customers, one a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                Keyed(_header(WHEN), lambda c: fmt.moment(c.at), lambda c: (c.seq, c.group)),
                Keyed(_header(GROUP), lambda c: c.group, lambda c: c.group),
                Keyed(_header(CUSTOMER), lambda c: c.customer_number, lambda c: c.customer_number),
                Keyed(_header(NAME), lambda c: c.name, lambda c: c.name),
                Keyed(_header(WHAT), lambda c: kind_text(c.kind), lambda c: c.kind),
                Keyed(_header(DETAIL), lambda c: c.detail, lambda c: c.detail.casefold()),
                Keyed(_header(BRANCH), lambda c: c.branch, lambda c: c.branch),
                Keyed(_header(RM), lambda c: c.rm or "", lambda c: c.rm or ""),
            ),
            parent,
        )


class WatchedFilter(LinesFilter):
    """The changes sortable by any column, filtered by words and to the user's own."""

    def __init__(self, source: WatchedModel, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.mine_only = False

    def set_mine_only(self, mine: bool) -> None:
        self.mine_only = mine
        self.set_accept(_mine if mine else None)


def _mine(change: WatchedChange) -> bool:
    return change.mine
