"""The customers a file names by number, looked up once for the whole file."""

from __future__ import annotations

from collections.abc import Collection

from client.schema.models import Customer
from sync.server.imports.bulk import BulkLoad, RowId


def customers_by_number(load: BulkLoad, numbers: Collection[str]) -> dict[str, RowId]:
    """The ids of the known (not deleted) customers among `numbers`."""
    found = load.fetch(
        [Customer.customer_number, load.hex(Customer.id)],
        Customer.customer_number,
        {n for n in numbers if n},
        Customer.deleted.is_(False),
    )
    return dict(found)
