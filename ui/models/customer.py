"""The tables of the customer 360: accounts, related parties, interactions, open items,
external data (its History is `ui.models.audit`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from client.customer360.views import AccountView, Customer360, HouseholdView, Party
from ui import format as fmt
from ui.models.table import Column, RowsModel
from ui.terms import term


def party_name(name: str, elsewhere: bool) -> str:
    """A party's name, "王芳 (another branch)" for a customer of another branch."""
    if not elsewhere:
        return name
    return QCoreApplication.translate("CustomerModels", "%1 (another branch)").replace("%1", name)


def _holders(account: AccountView) -> str:
    return "、".join(party_name(p.name, p.elsewhere) for p in account.other_holders)


HouseholdRow = tuple[HouseholdView, Party, str]
"""One member of one of the customer's households, with how they relate to the customer."""


def household_rows(view: Customer360) -> list[HouseholdRow]:
    """The other members of every household of the customer, household by household; their
    relationship is the related parties' (spouse, parent of...) or else their household role."""
    related = {r.customer_number: r.label for r in view.related}
    return [
        (h, member, related.get(member.customer_number, member.role))
        for h in view.households
        for member in h.members
    ]


def household_model(parent: QObject | None = None) -> RowsModel:
    """The customer's households: each other member, their relationship (role) in it."""
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Household"),
                lambda r: r[0].name,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Member"),
                lambda r: party_name(r[1].name, r[1].elsewhere),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Relationship"),
                lambda r: term(r[2]),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Number"),
                lambda r: r[1].customer_number,
            ),
        ),
        parent,
    )


def accounts_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Account"),
                lambda a: a.account_number,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Product"), lambda a: a.product
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Role"), lambda a: term(a.role)
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Balance"),
                lambda a: fmt.money(a.balance, a.currency),
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Net profit (12 m)"),
                lambda a: fmt.money(a.profit_12m.net),
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Status"),
                lambda a: term(a.status),
            ),
            Column(lambda: QCoreApplication.translate("CustomerModels", "Other holders"), _holders),
        ),
        parent,
    )


def related_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Name"),
                lambda r: party_name(r.name, r.elsewhere),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Relationship"),
                lambda r: term(r.label),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Number"),
                lambda r: r.customer_number,
            ),
        ),
        parent,
    )


def interactions_model(parent: QObject | None = None) -> RowsModel:
    """Interactions: when, kind, channel (counter, call centre, internet or mobile banking),
    subject, outcome and the staff member (none for what a channel's feed recorded)."""
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "When"),
                lambda i: fmt.moment(i.occurred_at),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Kind"), lambda i: term(i.kind)
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Channel"),
                lambda i: term(i.channel),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Subject"), lambda i: i.subject
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Outcome"),
                lambda i: term(i.outcome),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Staff"),
                lambda i: i.staff or "",
            ),
        ),
        parent,
    )


def tasks_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Due"),
                lambda t: fmt.day(t.due_on),
            ),
            Column(lambda: QCoreApplication.translate("CustomerModels", "Task"), lambda t: t.title),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Assigned to"),
                lambda t: t.assigned_to or "",
            ),
        ),
        parent,
    )


def referrals_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Product"), lambda r: r.product
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Stage"),
                lambda r: term(r.stage),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Expected value"),
                lambda r: fmt.money(r.expected_value),
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Assigned to"),
                lambda r: r.assigned_to or "",
            ),
        ),
        parent,
    )


def offers_model(parent: QObject | None = None) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Product"), lambda o: o.product
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Reason"), lambda o: o.reason
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Score"),
                lambda o: str(o.score),
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Status"),
                lambda o: term(o.status),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Expires"),
                lambda o: fmt.day(o.expires_on),
            ),
        ),
        parent,
    )


def external_model(parent: QObject | None = None) -> RowsModel:
    """External data: source, attribute, value and the date the source gives."""
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Source"), lambda e: e.source
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Attribute"),
                lambda e: e.attribute,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Value"), lambda e: e.value
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "As of"),
                lambda e: fmt.day(e.as_of),
            ),
        ),
        parent,
    )


def feedback_said(verdict: str, suggested: str | None) -> str:
    """What the branch said of the segment, in words ("wrong, should be SME")."""
    if verdict == "suggest_other":
        return QCoreApplication.translate("CustomerModels", "wrong, should be %1").replace(
            "%1", suggested or "?"
        )
    return term(verdict)


def feedback_model(parent: QObject | None = None) -> RowsModel:
    """The branch's segment feedback on the customer and head office's answer: the segment,
    what the branch said and why, when; head office's status, reply and when it answered."""
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Segment"),
                lambda f: f.segment,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Said"),
                lambda f: feedback_said(f.verdict, f.suggested),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Reason given"),
                lambda f: f.comment,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "When"),
                lambda f: fmt.moment(f.created_at),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Head office"),
                lambda f: term(f.status),
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Reply"),
                lambda f: f.reply,
            ),
            Column(
                lambda: QCoreApplication.translate("CustomerModels", "Answered"),
                lambda f: fmt.moment(f.answered_at) if f.answered_at else "",
            ),
        ),
        parent,
    )
