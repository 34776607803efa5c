"""The one table of the evaluation's figures: the JSON keys, the CSV and XLSX rows, the PDF
and the README's list all come from `FIGURES`.

Each figure names its part (inputs, use, outputs, it), its unit and its definition, and
turns the counted parts of one branch and period (`sync.server.evaluation.sources`) into
its value. Units: `count` (a whole number), `cny` (yuan, two decimals, from 1/10,000
CNY), `share` (0 to 1, four decimals), `average` (two decimals). A figure with breakdowns
also shows them (e.g. `by_kind`) for the quarter asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from client.errors import UsageError
from client.schema.base import MONEY_SCALE

PARTS: Final = ("inputs", "use", "outputs", "it")

Number = int | float


@dataclass(frozen=True)
class Figure:
    name: str
    part: str
    unit: str
    definition: str
    value: Callable[[Counter[str]], Number]
    source: str
    """Which query of `sources` counts its parts."""
    breakdowns: tuple[tuple[str, str], ...] = field(default=())
    """(JSON key, prefix of the parts it reads), e.g. ("by_kind", "interactions.kind.")."""

    def breakdown(self, parts: Counter[str], prefix: str) -> dict[str, Number]:
        return {
            name[len(prefix) :]: count
            for name, count in sorted(parts.items())
            if name.startswith(prefix) and count
        }


def _count(part: str) -> Callable[[Counter[str]], Number]:
    return lambda parts: int(parts[part])


def _cny(part: str) -> Callable[[Counter[str]], Number]:
    return lambda parts: round(parts[part] / MONEY_SCALE, 2)


def _ratio(numerator: str, denominator: str, digits: int = 4) -> Callable[[Counter[str]], Number]:
    def value(parts: Counter[str]) -> Number:
        below = parts[denominator]
        return round(parts[numerator] / below, digits) if below else 0.0

    return value


def _won_share(parts: Counter[str]) -> Number:
    closed = parts["referrals_won"] + parts["referrals_lost"]
    return round(parts["referrals_won"] / closed, 4) if closed else 0.0


def _versions(parts: Counter[str]) -> Number:
    return sum(1 for name, n in parts.items() if name.startswith("versions.version.") and n)


FIGURES: Final = (
    # inputs
    Figure(
        "interactions",
        "inputs",
        "count",
        "interactions that occurred in the quarter, by the branch that recorded them (channel "
        "feeds: the customer's home branch), with by_kind and by_channel",
        _count("interactions"),
        "interactions",
        (("by_kind", "interactions.kind."), ("by_channel", "interactions.channel.")),
    ),
    Figure(
        "referrals_made",
        "inputs",
        "count",
        "referrals created in the quarter, by the referring staff member's branch",
        _count("referrals_made"),
        "referrals",
    ),
    Figure(
        "appointments_booked",
        "inputs",
        "count",
        "appointments starting in the quarter, any status (the schema keeps no booking time), "
        "by the RM's branch",
        _count("appointments_booked"),
        "appointments",
    ),
    Figure(
        "appointments_held",
        "inputs",
        "count",
        "of those, the appointments marked done",
        _count("appointments_held"),
        "appointments",
    ),
    Figure(
        "offers_presented",
        "inputs",
        "count",
        "offers whose status left 'suggested' in the quarter (change feed) and are now "
        "presented, accepted or declined, by the customer's home branch",
        _count("offers_presented"),
        "offers",
    ),
    Figure(
        "segment_feedback_given",
        "inputs",
        "count",
        "segment feedback given in the quarter by the branch",
        _count("segment_feedback_given"),
        "feedback",
    ),
    # use
    Figure(
        "staff_signed_in",
        "use",
        "count",
        "staff of the branch with a sign-in (audit 'login', online or offline) in the quarter",
        _count("staff_signed_in"),
        "use",
    ),
    Figure(
        "active_staff_share",
        "use",
        "share",
        "staff-weeks with any audit event / (active staff x weeks of the quarter up to today "
        "since the branch opened): the mean weekly share of the branch's staff who used it",
        _ratio("active_staff_weeks", "staff_weeks"),
        "use",
    ),
    Figure(
        "customers_viewed_per_active_staff",
        "use",
        "average",
        "distinct customers each staff member viewed (audit 'view'), summed, per staff member "
        "with any audit event in the quarter",
        _ratio("customers_viewed", "active_staff", 2),
        "use",
    ),
    # outputs
    Figure(
        "new_customers",
        "outputs",
        "count",
        "customers whose row reached the server in the quarter (change feed insert), by home "
        "branch",
        _count("new_customers"),
        "customers",
    ),
    Figure(
        "prospects_converted",
        "outputs",
        "count",
        "customers now active whose lifecycle changed from prospect in the quarter",
        _count("prospects_converted"),
        "customers",
    ),
    Figure(
        "new_accounts",
        "outputs",
        "count",
        "accounts opened in the quarter (opened_on), by the account's branch, with by_family",
        _count("new_accounts"),
        "accounts",
        (("by_family", "new_accounts.family."),),
    ),
    Figure(
        "balance_change",
        "outputs",
        "cny",
        "the branch's accounts' quarter-end balances less those a quarter before, in CNY",
        _cny("balance_change"),
        "balances",
    ),
    Figure(
        "net_profit_12m",
        "outputs",
        "cny",
        "net profit (revenue less cost) of the branch's accounts over the 12 months up to the "
        "quarter's last month, in CNY",
        _cny("net_profit_12m"),
        "balances",
    ),
    Figure(
        "net_profit_12m_change",
        "outputs",
        "cny",
        "net_profit_12m less the same figure a year earlier",
        _cny("net_profit_12m_change"),
        "balances",
    ),
    Figure(
        "referrals_won",
        "outputs",
        "count",
        "referrals closed as won in the quarter, by the referring staff member's branch",
        _count("referrals_won"),
        "referrals",
    ),
    Figure(
        "referrals_won_value",
        "outputs",
        "cny",
        "the expected value of those referrals, in CNY",
        _cny("referrals_won_value"),
        "referrals",
    ),
    Figure(
        "referral_conversion",
        "outputs",
        "share",
        "referrals won / referrals closed (won or lost) in the quarter",
        _won_share,
        "referrals",
    ),
    Figure(
        "offer_acceptance_rate",
        "outputs",
        "share",
        "of the offers presented in the quarter, the share now accepted",
        _ratio("offers_accepted", "offers_presented"),
        "offers",
    ),
    Figure(
        "customers_moved_up_segment",
        "outputs",
        "count",
        "customers who moved into a segment from none, or into a rule segment of a lower "
        "priority number than the one left (segment membership history)",
        _count("customers_moved_up_segment"),
        "segments",
    ),
    # it
    Figure(
        "workstations_synced",
        "it",
        "count",
        "workstations of the branch that reached the server in the quarter (a push, a sign-in "
        "or any authenticated request)",
        _count("workstations_synced"),
        "it",
    ),
    Figure(
        "days_offline",
        "it",
        "average",
        "mean, over those workstations, of the quarter's days up to today without contact",
        _ratio("offline_days", "workstations_synced", 2),
        "it",
    ),
    Figure(
        "failed_syncs",
        "it",
        "count",
        "pushed edits the server refused (rejected) in the quarter",
        _count("failed_syncs"),
        "it",
    ),
    Figure(
        "conflicts_listed",
        "it",
        "count",
        "pushed edits answered as a conflict in the quarter",
        _count("conflicts_listed"),
        "it",
    ),
    Figure(
        "conflicts_resolved",
        "it",
        "count",
        "conflicts resolved at the branch's workstations (audit 'resolve_conflict')",
        _count("conflicts_resolved"),
        "it",
    ),
    Figure(
        "versions_in_use",
        "it",
        "count",
        "app versions of the workstations whose last contact fell in the quarter, with "
        "by_version (the server keeps only each workstation's last contact)",
        _versions,
        "it",
        (("by_version", "versions.version."),),
    ),
)

BY_NAME: Final = {figure.name: figure for figure in FIGURES}


def figure(name: str) -> Figure:
    """The figure called `name`; an unknown name is a `UsageError` listing the known ones."""
    found = BY_NAME.get(name)
    if found is None:
        raise UsageError(f"unknown figure {name!r}; the figures are: {', '.join(BY_NAME)}")
    return found


def markdown_list() -> str:
    """The README's list of figures, one line each."""
    return "\n".join(f"- `{f.name}` ({f.part}, {f.unit}): {f.definition}" for f in FIGURES)
