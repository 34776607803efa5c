"""`guitai search QUERY`: find customers in a profile's cache, as the teller's search box does."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from client.commands.common import add_profile_argument, open_cache, print_json

if TYPE_CHECKING:
    from client.search.query import SearchHit

COLUMNS = ("number", "name", "latin name", "branch", "lifecycle", "match")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help="a name (Chinese, pinyin, initials, Latin), a phone, ID, account or customer "
        "number, or its last digits; several words are searched as one text",
    )
    add_profile_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument("--branch", metavar="CODE", help="only customers of this branch")
    parser.add_argument(
        "--own-branch",
        metavar="CODE",
        help="the teller's branch: its customers come first within each match tier",
    )
    parser.add_argument(
        "--lifecycle",
        action="extend",
        type=_comma_list,
        metavar="VALUE",
        help="only customers in this lifecycle (prospect, active, dormant, closed); "
        "repeat it or separate values with commas",
    )
    parser.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N hits (1-200, default 20)"
    )


def run(args: argparse.Namespace) -> int:
    from client.search.query import search_customers

    query = " ".join(args.query)
    with open_cache(args) as cache:
        hits = search_customers(
            cache,
            query,
            own_branch=args.own_branch,
            branch=args.branch,
            lifecycles=args.lifecycle,
            limit=args.limit,
        )
    if args.json:
        print_json([hit_json(hit) for hit in hits])
    elif not hits:
        print(f"no customer matches {query!r}")
    else:
        print_table(hits)
        more = " (the limit; narrow the search or raise --limit)" if len(hits) == args.limit else ""
        print(f"{len(hits)} customer{'s' if len(hits) > 1 else ''} match {query!r}{more}")
    return 0


def _comma_list(text: str) -> list[str]:
    return [part for part in (p.strip() for p in text.split(",")) if part]


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "customer_number": hit.customer_number,
        "name": hit.name,
        "name_latin": hit.name_latin,
        "branch": hit.branch,
        "lifecycle": hit.lifecycle,
        "kind": hit.kind,
        "match": hit.tier,
        "field": hit.field,
        "customer_id": str(hit.customer_id),
    }


def print_table(hits: Sequence[SearchHit]) -> None:
    rows = [COLUMNS] + [
        (
            h.customer_number,
            h.name,
            h.name_latin,
            h.branch,
            h.lifecycle,
            f"{h.tier} {h.field.replace('_', ' ')}",
        )
        for h in hits
    ]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(COLUMNS))]
    for row in rows:
        print(
            "  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _width(text: str) -> int:
    """Terminal columns of `text`: CJK and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
