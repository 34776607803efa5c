"""Runs the 360's statements for one customer and keeps the latest change it saw."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Executable, Row
from sqlalchemy.orm import Session


class Reader:
    """Binds the customer id into every statement and notes each `...updated_at` column."""

    def __init__(self, session: Session, customer_id: uuid.UUID) -> None:
        self.connection = session.connection()
        self.customer_id = customer_id
        self.data_as_of = datetime.min.replace(tzinfo=UTC)

    def note(self, *stamps: datetime | None) -> None:
        """Takes in the update times of rows read some other way."""
        for stamp in stamps:
            if stamp is not None and stamp > self.data_as_of:
                self.data_as_of = stamp

    def rows(self, statement: Executable, **params: Any) -> Sequence[Row[Any]]:
        result = self.connection.execute(statement, {"cid": self.customer_id, **params})
        stamps = [i for i, name in enumerate(result.keys()) if name.endswith("updated_at")]
        rows = result.all()
        for row in rows:
            self.note(*(row[i] for i in stamps))
        return rows
