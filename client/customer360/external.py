"""External data of the 360: what `import external` brought about the customer.

An `external_record` row is one attribute of one source at one date: its `kind` is the
attribute and its payload `{"attribute": ..., "value": ..., "as_of": "YYYY-MM-DD"}`
(`sync.server.imports.external`). A payload of another shape is still shown: its
attribute from `kind`, its value as compact JSON, its date from the import time.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from client.customer360.queries import EXTERNAL
from client.customer360.reader import Reader
from client.customer360.views import ExternalView


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def external_view(source: str, kind: str, payload: Any, imported_at: Any) -> ExternalView:
    """One record as the 360 shows it, whatever its payload holds."""
    data = payload if isinstance(payload, dict) else {"value": payload}
    value = data.get("value")
    if value is None:
        shown = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    else:
        shown = str(value)
    as_of = _day(data.get("as_of")) or (imported_at.date() if imported_at else None)
    return ExternalView(
        source=source,
        attribute=str(data.get("attribute") or kind),
        value=shown,
        as_of=as_of,
        imported_at=imported_at,
    )


def load_external(reader: Reader) -> tuple[ExternalView, ...]:
    """By source and attribute; each attribute's newest date first."""
    views = [
        external_view(r.source, r.kind, r.payload, r.imported_at) for r in reader.rows(EXTERNAL)
    ]
    views.sort(key=lambda v: (v.as_of or date.min).toordinal(), reverse=True)
    views.sort(key=lambda v: (v.source, v.attribute))
    return tuple(views)
