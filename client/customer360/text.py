"""The 360 as a compact plain-text page for the terminal (`guitai show`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from client.customer360.views import (
    AccountView,
    Customer360,
    MonthProfit,
    Party,
    ProfitSummary,
)

BARS = "▁▂▃▄▅▆▇█"
INDENT = "  "


def width(text: str) -> int:
    """Terminal columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def table(rows: Sequence[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    """Rows as aligned columns; the columns numbered in `right` are right-aligned."""
    if not rows:
        return []
    sizes = [max(width(row[k]) for row in rows) for k in range(len(rows[0]))]
    flush_right = set(right)

    def cell(k: int, text: str) -> str:
        gap = " " * (sizes[k] - width(text))
        return gap + text if k in flush_right else text + gap

    return [INDENT + "  ".join(cell(k, t) for k, t in enumerate(row)).rstrip() for row in rows]


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def when(moment: datetime) -> str:
    """A timestamp in the workstation's time zone, to the minute."""
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def month(period: int) -> str:
    return f"{period // 100}-{period % 100:02d}"


def totals(summaries: Iterable[ProfitSummary]) -> str:
    parts = [
        f"{s.currency} net {money(s.net)} (revenue {money(s.revenue)}, cost {money(s.cost)})"
        for s in summaries
    ]
    return "; ".join(parts) or "none"


def spark(values: Sequence[Decimal]) -> str:
    """A one-line bar chart of the values."""
    low, high = min(values), max(values)
    span = high - low
    if not span:
        return BARS[len(BARS) // 2] * len(values)
    return "".join(BARS[int((v - low) / span * (len(BARS) - 1))] for v in values)


def names(parties: Sequence[Party]) -> str:
    return ", ".join(f"{p.name} ({p.role})" for p in parties)


def header(view: Customer360) -> list[str]:
    latin = f"  {view.name_latin}" if view.name_latin else ""
    ident, born = ("reg. no.", "founded") if view.kind == "business" else ("ID", "born")
    return [
        f"{view.name}{latin}   {view.customer_number} · {view.kind} · {view.lifecycle}",
        f"{INDENT}{ident} {view.national_id or '-'}   {born} {view.birth_date or '-'}   "
        f"KYC review {view.kyc_review_date or '-'}",
        f"{INDENT}branch {view.branch_code} {view.branch_name}   RM {view.owning_rm or '-'}   "
        f"segment {view.segment or '-'}",
        *[
            f"{INDENT}segment feedback ({f.verdict}): head office {f.status}"
            + (f": {f.reply}" if f.reply else "")
            for f in view.segment_feedback[:1]
            if f.status != "open"
        ],
        f"{INDENT}data as of {when(view.data_as_of)}",
    ]


def contact(view: Customer360) -> list[str]:
    rows = [
        [c.kind, c.label, c.value + ("  (primary)" if c.is_primary else "")] for c in view.contacts
    ]
    lines = ["Contact", *(table(rows) or [f"{INDENT}none"])]
    lines += [
        f"{INDENT}consent {c.purpose}: {'yes' if c.granted else 'no'} "
        f"({c.channel}, {c.recorded_at:%Y-%m-%d})"
        for c in view.consents
    ]
    return lines


def _account_row(a: AccountView) -> list[str]:
    others = f"with {names(a.other_holders)}" if a.other_holders else ""
    return [a.account_number, a.product, a.currency, money(a.balance), a.status, a.role, others]


def accounts(view: Customer360) -> list[str]:
    rows = [_account_row(a) for a in view.accounts]
    return [f"Accounts ({len(rows)})", *(table(rows, right=[3]) or [f"{INDENT}none"])]


def _chart(months: Sequence[MonthProfit]) -> list[str]:
    lines = []
    for currency in dict.fromkeys(m.currency for m in months):
        series = [m for m in months if m.currency == currency]
        first, last = month(series[0].period), month(series[-1].period)
        lines.append(
            f"{INDENT}{currency} net per month {first}..{last}  {spark([m.net for m in series])}"
        )
    return lines


def profitability(view: Customer360) -> list[str]:
    profit = view.profit
    span = f" ({month(profit.periods[0])} to {month(profit.periods[-1])})" if profit.periods else ""
    rows = [
        [
            a.account_number,
            a.product,
            a.currency,
            money(a.profit_12m.revenue),
            money(a.profit_12m.cost),
            money(a.profit_12m.net),
        ]
        for a in view.accounts
    ]
    header_row = ["account", "product", "", "revenue", "cost", "net"]
    return [
        f"Profitability, last 12 months{span}",
        f"{INDENT}total: {totals(profit.totals)}",
        *(table([header_row, *rows], right=[3, 4, 5]) if rows else []),
        *_chart(profit.months),
    ]


def relationships(view: Customer360) -> list[str]:
    lines = ["Household and relationships"]
    for h in view.households:
        lines.append(f"{INDENT}household {h.name} ({h.role}): {names(h.members) or 'no others'}")
        lines.append(f"{INDENT}{INDENT}household total, 12 months: {totals(h.profit_12m)}")
    rows = [[p.label, p.name, p.customer_number] for p in view.related]
    lines += table(rows)
    return lines if len(lines) > 1 else [*lines, f"{INDENT}none"]


def interactions(view: Customer360) -> list[str]:
    rows = [
        [when(i.occurred_at), i.kind, i.channel, i.subject, i.staff or ""]
        for i in view.interactions
    ]
    return [f"Recent interactions ({len(rows)})", *(table(rows) or [f"{INDENT}none"])]


def pipeline(view: Customer360) -> list[str]:
    tasks = [[f"due {t.due_on}", t.title, t.assigned_to or ""] for t in view.open_tasks]
    referrals = [
        [
            f"{r.created_at:%Y-%m-%d}",
            r.product,
            r.stage,
            money(r.expected_value),
            r.assigned_to or "",
        ]
        for r in view.open_referrals
    ]
    offers = [
        [o.product, o.reason, f"score {o.score}", o.status, f"until {o.expires_on}"]
        for o in view.active_offers
    ]
    return [
        f"Open tasks ({len(tasks)})",
        *table(tasks),
        f"Open referrals ({len(referrals)})",
        *table(referrals, right=[3]),
        f"Suggested products ({len(offers)})",
        *table(offers),
    ]


def appointment(view: Customer360) -> list[str]:
    a = view.next_appointment
    if a is None:
        return ["Next appointment: none"]
    with_rm = f" with {a.rm}" if a.rm else ""
    return [f"Next appointment: {when(a.starts_at)} {a.purpose}{with_rm} ({a.channel}, {a.status})"]


def external(view: Customer360) -> list[str]:
    rows = [
        [e.source, e.attribute, e.value, f"as of {e.as_of}" if e.as_of else ""]
        for e in view.external
    ]
    return [f"External data ({len(rows)})", *(table(rows) or [f"{INDENT}none"])]


SECTIONS = (
    header,
    contact,
    accounts,
    profitability,
    relationships,
    interactions,
    pipeline,
    appointment,
    external,
)


def render(view: Customer360) -> str:
    """The page, sections separated by blank lines."""
    blocks = [section(view) for section in SECTIONS]
    return "\n\n".join("\n".join(block) for block in blocks)
