"""The customer 360 on one screen: header, contacts, accounts, profit, relations, activity
(with the branch's segment feedback and head office's answers), external data and, for roles
that may see it, History (who changed what, when, from which workstation: filled by
`ui.audit.history`, read from the server)."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client.audit_query import Found
from client.customer360.sync_info import SyncInfo
from client.customer360.views import Customer360, OfferView, TaskView
from ui import format as fmt
from ui import theme
from ui.models import audit as audit_models
from ui.models import customer as models
from ui.terms import term
from ui.widgets.chart import BalanceChart, ProfitChart
from ui.widgets.sync_line import SyncLine


def table(model: QAbstractItemModel, parent: QWidget, rows: int = 5) -> QTableView:
    """A compact read-only table showing about `rows` rows."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(28 + 24 * rows)
    view.setMaximumHeight(28 + 24 * (rows + 2))
    return view


class Customer360View(QScrollArea):
    """Shows one Customer360; emits openRequested(number) when a related party is activated."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.view: Customer360 | None = None
        body = QWidget(self)
        body.setObjectName("customerBody")
        self.setWidget(body)

        self.name = QLabel(body)
        self.name.setObjectName("customerName")
        self.badges = QLabel(body)
        self.badges.setObjectName("customerBadges")
        self.details = QLabel(body)
        self.details.setObjectName("customerDetails")
        self.placeholder = QLabel(body)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.contact_box = QGroupBox(body)
        self.contacts = QLabel(self.contact_box)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self.contact_box).addWidget(self.contacts)

        self.appointment_box = QGroupBox(body)
        self.appointment = QLabel(self.appointment_box)
        self.appointment.setWordWrap(True)
        self.appointment.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self.appointment_box).addWidget(self.appointment)

        self.accounts_box = QGroupBox(body)
        self.accounts_model = models.accounts_model(self)
        self.accounts = table(self.accounts_model, self.accounts_box, 4)
        self.accounts.setObjectName("accounts")
        self.profit_total = QLabel(self.accounts_box)
        self.profit_total.setObjectName("profitTotal")
        accounts_layout = QVBoxLayout(self.accounts_box)
        accounts_layout.addWidget(self.accounts)
        accounts_layout.addWidget(self.profit_total)

        self.chart_box = QGroupBox(body)
        self.chart = ProfitChart(self.chart_box)
        self.profit_lines = QLabel(self.chart_box)
        self.profit_lines.setObjectName("profitLines")
        self.profit_lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.profit_lines)

        self.household_box = QGroupBox(body)
        self.household_box.setObjectName("householdBox")
        self.household_model = models.household_model(self)
        self.household = table(self.household_model, self.household_box, 3)
        self.household.setObjectName("household")
        self.household_profit = QLabel(self.household_box)
        self.household_profit.setObjectName("householdProfit")
        household_layout = QVBoxLayout(self.household_box)
        household_layout.addWidget(self.household)
        household_layout.addWidget(self.household_profit)

        self.balance_box = QGroupBox(body)
        self.balance_box.setObjectName("balanceBox")
        self.balance_chart = BalanceChart(self.balance_box)
        QVBoxLayout(self.balance_box).addWidget(self.balance_chart)

        self.related_box = QGroupBox(body)
        self.related_model = models.related_model(self)
        self.related = table(self.related_model, self.related_box, 3)
        self.related.setObjectName("related")
        self.related.activated.connect(self._open_related)
        self.related.clicked.connect(self._open_related)
        QVBoxLayout(self.related_box).addWidget(self.related)

        self.external_box = QGroupBox(body)
        self.external_box.setObjectName("externalBox")
        self.external_model = models.external_model(self)
        self.external = table(self.external_model, self.external_box, 3)
        self.external.setObjectName("external")
        QVBoxLayout(self.external_box).addWidget(self.external)

        self.history_box = QGroupBox(body)
        self.history_box.setObjectName("historyBox")
        self.history_model = audit_models.AuditEventsModel(self)
        self.history_sorted = audit_models.AuditFilter(self.history_model, self)
        self.history = table(self.history_sorted, self.history_box, 6)
        self.history.setObjectName("history")
        self.history.setSortingEnabled(True)
        self.history.sortByColumn(audit_models.WHEN, Qt.SortOrder.DescendingOrder)
        self.history.setColumnHidden(audit_models.CUSTOMER, True)
        self.history_note = QLabel(self.history_box)
        self.history_note.setObjectName("historyNote")
        self.history_note.setWordWrap(True)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.history_note)
        self.history_allowed = False
        """Whether the signed-in role may see History (`ui.audit.history` sets it)."""
        self._history_found: Found | None = None
        self._history_said = ""
        self.history_box.hide()

        self.sync_lines: dict[str, SyncLine] = {
            "customer": SyncLine(("customer",), body),
            "contact": SyncLine(("contact",), self.contact_box),
            "appointment": SyncLine(("appointment",), self.appointment_box),
            "related": SyncLine(("related",), self.related_box),
            "accounts": SyncLine(("accounts",), self.accounts_box),
            "profitability": SyncLine(("profitability",), self.chart_box),
            "activity": SyncLine(("interactions", "tasks", "referrals", "offers"), body),
        }
        for name, box in (
            ("contact", self.contact_box),
            ("appointment", self.appointment_box),
            ("related", self.related_box),
            ("accounts", self.accounts_box),
            ("profitability", self.chart_box),
        ):
            box_layout = box.layout()
            assert box_layout is not None  # noqa: S101 - narrows a type for mypy; not a run-time check
            box_layout.addWidget(self.sync_lines[name])

        self.activity = QTabWidget(body)
        self.interactions_model = models.interactions_model(self)
        self.tasks_model = models.tasks_model(self)
        self.referrals_model = models.referrals_model(self)
        self.offers_model = models.offers_model(self)
        self.feedback_model = models.feedback_model(self)
        tables = []
        for model in (
            self.interactions_model,
            self.tasks_model,
            self.referrals_model,
            self.offers_model,
            self.feedback_model,
        ):
            tables.append(table(model, self.activity, 6))
            self.activity.addTab(tables[-1], "")
        self.tasks_table, self.offers_table = tables[1], tables[3]
        """The open tasks and the offers: the Work menu closes, reassigns or answers the
        current row (`current_task`, `current_offer`; also their context menus)."""
        self.tasks_table.setObjectName("openTasks")
        self.offers_table.setObjectName("offers")
        self.feedback_table = tables[4]
        """The branch's segment feedback on the customer with head office's answers."""
        self.feedback_table.setObjectName("segmentFeedback")

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.name)
        header.addWidget(self.badges)
        header.addWidget(self.details)
        header.addWidget(self.sync_lines["customer"])
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.contact_box, 0, 0)
        grid.addWidget(self.appointment_box, 0, 1)
        grid.addWidget(self.related_box, 0, 2)
        grid.addWidget(self.accounts_box, 1, 0, 1, 3)
        grid.addWidget(self.chart_box, 2, 0, 1, 1)
        grid.addWidget(self.activity, 2, 1, 1, 2)
        grid.addWidget(self.sync_lines["activity"], 3, 1, 1, 2)
        grid.addWidget(self.external_box, 4, 0, 1, 3)
        grid.addWidget(self.history_box, 5, 0, 1, 3)
        grid.addWidget(self.household_box, 6, 0, 1, 1)
        grid.addWidget(self.balance_box, 6, 1, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(2, 1)
        self.content = QWidget(body)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addLayout(grid, 1)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.content.hide()
        self.retranslate()
        theme.changes().connect(self._restyle)

    def show_customer(self, view: Customer360, keep_scroll: bool = False) -> None:
        """Shows `view`; `keep_scroll` (a reload of the same customer) keeps the position."""
        same = self.view is not None and self.view.customer_id == view.customer_id
        if not same:
            self._show_sync(None)
        self.view = view
        self.accounts_model.set_rows(view.accounts)
        self.related_model.set_rows(view.related)
        self.interactions_model.set_rows(view.interactions)
        self.tasks_model.set_rows(view.open_tasks)
        self.referrals_model.set_rows(view.open_referrals)
        self.offers_model.set_rows(view.active_offers)
        self.feedback_model.set_rows(view.segment_feedback)
        self.external_model.set_rows(view.external)
        if not same:
            self.history_model.set_lines(())
            self._history_found, self._history_said = None, ""
        self.chart.set_profit(view.profit)
        self.household_model.set_rows(models.household_rows(view))
        self.balance_chart.set_balances(view.profit.balances)
        self.placeholder.hide()
        self.content.show()
        if not (same and keep_scroll):
            self.verticalScrollBar().setValue(0)
        self.retranslate()

    def current_task(self) -> TaskView | None:
        """The open task chosen in its list (the only one, when just one is listed)."""
        row = self._current_row(self.tasks_table, self.tasks_model.rowCount())
        return None if row is None else self.tasks_model.row_at(row)

    def current_offer(self) -> OfferView | None:
        """The offer chosen in its list (the only one, when just one is listed)."""
        row = self._current_row(self.offers_table, self.offers_model.rowCount())
        return None if row is None else self.offers_model.row_at(row)

    def _current_row(self, view: QTableView, rows: int) -> int | None:
        index = view.currentIndex()
        if index.isValid() and index.row() < rows:
            return index.row()
        return 0 if rows == 1 else None

    def show_sync_info(self, info: SyncInfo) -> None:
        """Shows when each part was synced and its edits' state (for the customer shown)."""
        if self.view is not None and info.customer_id == self.view.customer_id:
            self._show_sync(info)

    def set_history_allowed(self, allowed: bool) -> None:
        """Shows the History section (or hides it: the role may not see it)."""
        self.history_allowed = allowed
        self.history_box.setVisible(allowed)
        if not allowed:
            self.history_model.set_lines(())

    def show_history(self, customer_id: uuid.UUID, found: Found) -> None:
        """The customer's events (ignored when another customer is shown by now)."""
        if self.view is None or self.view.customer_id != customer_id or not self.history_allowed:
            return
        self.history_model.set_lines(found.lines)
        self._history_found, self._history_said = found, ""
        self._fill_history_note()

    def show_history_note(self, customer_id: uuid.UUID, text: str) -> None:
        """Says why History shows nothing new (offline, refused), the rows already shown kept."""
        if self.view is None or self.view.customer_id != customer_id:
            return
        self._history_said = text
        self._fill_history_note()

    def _fill_history_note(self) -> None:
        shown = self.history_model.rowCount()
        self.history_box.setTitle(self.tr("History") + (f" ({shown})" if shown else ""))
        found = self._history_found
        if self._history_said:
            text = self._history_said
        elif found is None:
            text = self.tr("Reading the history…")
        elif not found.lines:
            text = self.tr("Nothing recorded for this customer yet.")
        elif found.online:
            text = self.tr("From the server: the changes and views of every workstation.")
        else:
            text = self.tr(
                "From this computer's copy of the audit trail, as far as the last sync brought it."
            )
        if found is not None and found.truncated:
            text += " " + self.tr("Only the newest %1 are shown.").replace(
                "%1", str(len(found.lines))
            )
        self.history_note.setText(text)

    def _show_sync(self, info: SyncInfo | None) -> None:
        for line in self.sync_lines.values():
            line.show_info(info)

    def show_message(self, message: str) -> None:
        self.placeholder.setText(message)
        self.placeholder.show()
        self.content.setVisible(self.view is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restyle(self) -> None:
        """The header's coloured spans in the new light or dark colours."""
        if self.view is not None:
            self._fill_text(self.view)

    def retranslate(self) -> None:
        self.contact_box.setTitle(self.tr("Contact"))
        self.appointment_box.setTitle(self.tr("Next appointment"))
        self.accounts_box.setTitle(self.tr("Accounts"))
        self.chart_box.setTitle(self.tr("Profitability"))
        self.household_box.setTitle(self.tr("Household"))
        self.balance_box.setTitle(self.tr("Balance"))
        self.related_box.setTitle(self.tr("Related parties"))
        self.external_box.setTitle(self.tr("External data"))
        titles = (
            self.tr("Interactions"),
            self.tr("Open tasks"),
            self.tr("Referrals"),
            self.tr("Offers"),
            self.tr("Segment feedback"),
        )
        counts = (
            (
                len(self.view.interactions),
                len(self.view.open_tasks),
                len(self.view.open_referrals),
                len(self.view.active_offers),
                len(self.view.segment_feedback),
            )
            if self.view is not None
            else (None,) * 5
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.activity.setTabText(index, title if count is None else f"{title} ({count})")
        for model in (
            self.accounts_model,
            self.related_model,
            self.interactions_model,
            self.tasks_model,
            self.referrals_model,
            self.offers_model,
            self.feedback_model,
            self.external_model,
            self.household_model,
        ):
            model.retranslate()
        self.history_model.retranslate()
        self._fill_history_note()
        if self.view is None:
            self.placeholder.setText(
                self.tr("Find a customer on the left, then press Enter to open the relationship.")
            )
        else:
            self._fill_text(self.view)

    def _fill_text(self, view: Customer360) -> None:
        muted = theme.color("text_muted")
        self.name.setText(
            f"{escape(view.name)}  <span style='color:{muted}'>{escape(view.name_latin)}</span>"
        )
        badge = f"background:{theme.color('badge_bg')};color:{theme.color('badge_text')}"
        badges = [
            view.segment or self.tr("No segment"),
            term(view.lifecycle),
            term(view.kind),
            f"{view.branch_name} ({view.branch_code})",
        ]
        self.badges.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='{badge}'>&nbsp;{escape(b)}&nbsp;</span>" for b in badges
            )
        )
        self.details.setText(
            "   ·   ".join(
                [
                    self.tr("Customer %1").replace("%1", view.customer_number),
                    self.tr("ID %1").replace("%1", view.national_id or "—"),
                    self.tr("RM %1").replace("%1", view.owning_rm or "—"),
                    self.tr("KYC review %1").replace("%1", fmt.day(view.kyc_review_date)),
                ]
            )
        )
        contacts = [
            f"{'★ ' if c.is_primary else ''}{term(c.label or c.kind)}: {c.value}"
            for c in view.contacts
        ]
        self.contacts.setText("\n".join(contacts) or self.tr("No contact data."))
        appointment = view.next_appointment
        if appointment is None:
            self.appointment.setText(self.tr("None booked."))
        else:
            self.appointment.setText(
                f"{fmt.moment(appointment.starts_at)}\n{appointment.purpose}\n"
                f"{term(appointment.channel)} · {appointment.rm or ''}"
            )
        totals = "   ".join(f"{t.currency} {fmt.money(t.net)}" for t in view.profit.totals) or "—"
        self.profit_total.setText(self.tr("Net profit, last 12 months: %1").replace("%1", totals))
        self.related_box.setTitle(
            self.tr("Related parties") + (f" ({len(view.related)})" if view.related else "")
        )
        self._fill_profit_household(view)
        self.external_box.setTitle(
            self.tr("External data") + (f" ({len(view.external)})" if view.external else "")
        )

    def _fill_profit_household(self, view: Customer360) -> None:
        """The profitability lines under the chart, the households' 12-month net."""
        rows = []
        for line in view.profit.lines:
            figures = (
                (self.tr("Interest income"), line.interest_income),
                (self.tr("Fee income"), line.fee_income),
                (self.tr("Funding cost"), -line.funding_cost),
                (self.tr("Operating cost"), -line.operating_cost),
                (self.tr("Risk cost"), -line.risk_cost),
                (self.tr("Net"), line.net),
            )
            cells = "".join(
                f"<tr><td>{escape(name)}</td><td align='right'>"
                f"{escape(fmt.money(amount, line.currency))}</td></tr>"
                for name, amount in figures
            )
            rows.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
        self.profit_lines.setText("".join(rows) or self.tr("No profitability figures yet."))
        members = sum(len(h.members) for h in view.households)
        self.household_box.setTitle(self.tr("Household") + (f" ({members})" if members else ""))
        nets = [
            f"{escape(h.name)}: "
            + ("   ".join(f"{t.currency} {fmt.money(t.net)}" for t in h.profit_12m) or "—")
            for h in view.households
        ]
        self.household_profit.setText(
            self.tr("Household net profit, last 12 months: %1").replace("%1", "; ".join(nets))
            if nets
            else self.tr("Not in a household.")
        )

    def _open_related(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.related_model.row_at(index.row()).customer_number)
