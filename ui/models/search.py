"""The search results table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from client.search.query import SearchHit
from ui.models.table import Column, RowsModel

COLUMNS = (
    Column(lambda: QCoreApplication.translate("SearchModel", "Name"), lambda h: h.name),
    Column(
        lambda: QCoreApplication.translate("SearchModel", "Number"), lambda h: h.customer_number
    ),
    Column(lambda: QCoreApplication.translate("SearchModel", "Branch"), lambda h: h.branch),
    Column(lambda: QCoreApplication.translate("SearchModel", "Latin name"), lambda h: h.name_latin),
)


class SearchModel(RowsModel):
    """Search hits, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def hit(self, row: int) -> SearchHit:
        hit: SearchHit = self.row_at(row)
        return hit
