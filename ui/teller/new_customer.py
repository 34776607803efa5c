"""New customer or prospect (Ctrl+N): an individual or a business, checked as typed,
checked for likely duplicates before it is saved, saved offline at once.

The dialog is a thin form over `client.capture`: the ID card number (individual) or the
unified social credit code (business) is checked as it is typed (`client.id_numbers`: its
length, its characters, its check character, the birth date inside), with a message that
says what is wrong. On Save the values are checked (`client.capture.checked`), then, when
online, the server is asked for the bank's likely duplicates (a network op,
`sync.engine.duplicates`); the write op (`client.teller.take_on`) looks in the cache in
its own transaction and merges both. Likely duplicates are listed with why (same ID, same
phone, same name in any script and the same birth date); saving anyway needs a reason,
kept in the new customer's audit event. Enter on a listed customer opens that one instead.
The saved customer's 360 opens (`NewCustomerFlow.created`); the sync uploads it.
"""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client import id_numbers, teller
from client.capture import Duplicate, NeedsDecisionError, NewCustomer, Saved, Why, checked
from client.errors import GuitaiError, UsageError
from client.reasons import Reason
from client.schema.enums import CustomerKind, Lifecycle
from sync.engine.duplicates import server_duplicates
from ui import theme
from ui.models.table import Column, RowsModel
from ui.tasks import NetworkOp, WriteOp
from ui.widgets.customer import table
from ui.work.form import FormError, WorkDialog
from ui.workspace import Workspace

CONTEXT = "NewCustomer"
ID_LENGTH = 18


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def why_text(reason: str) -> str:
    """Why a customer is listed, in the interface language."""
    words = {
        Why.SAME_ID.value: QCoreApplication.translate("NewCustomer", "same ID number"),
        Why.SAME_PHONE.value: QCoreApplication.translate("NewCustomer", "same phone"),
        Why.SAME_NAME_AND_BIRTH_DATE.value: QCoreApplication.translate(
            "NewCustomer", "same name and birth date"
        ),
    }
    return words.get(reason, reason)


def id_problem(error: GuitaiError, business: bool) -> str:
    """A refused ID card number or credit code in words a teller can act on."""
    details = error.details
    problem = details.get("problem")
    if error.code is Reason.BIRTH_DATE_MISMATCH:
        return QCoreApplication.translate(
            "NewCustomer", "The ID card says the customer was born on %1."
        ).replace("%1", str(details.get("id_birth_date", "")))
    if problem == id_numbers.LENGTH:
        return QCoreApplication.translate(
            "NewCustomer", "%1 characters typed; the number has 18."
        ).replace("%1", str(details.get("length", "")))
    if problem == id_numbers.CHARACTERS:
        if business:
            return QCoreApplication.translate(
                "NewCustomer", "%1 cannot appear in a credit code (no I, O, S, V or Z)."
            ).replace("%1", str(details.get("strays", "")))
        return QCoreApplication.translate(
            "NewCustomer", "An ID card number is 17 digits, then a digit or X."
        )
    if problem == id_numbers.CHECK:
        return QCoreApplication.translate(
            "NewCustomer", "The check character should be %1: a character is mistyped."
        ).replace("%1", str(details.get("expected", "")))
    if problem == id_numbers.DATE:
        return QCoreApplication.translate(
            "NewCustomer", "The birth date inside the number is not a possible one."
        )
    return str(error)


def duplicates_model(parent: QObject) -> RowsModel:
    return RowsModel(
        (
            Column(
                lambda: QCoreApplication.translate("NewCustomer", "Customer"),
                lambda d: d.customer_number,
            ),
            Column(
                lambda: QCoreApplication.translate("NewCustomer", "Name"),
                lambda d: f"{d.legal_name} ({d.name_latin})" if d.name_latin else d.legal_name,
            ),
            Column(
                lambda: QCoreApplication.translate("NewCustomer", "Branch"), lambda d: d.branch_code
            ),
            Column(
                lambda: QCoreApplication.translate("NewCustomer", "Why"),
                lambda d: ", ".join(why_text(r) for r in d.reasons),
            ),
            Column(
                lambda: QCoreApplication.translate("NewCustomer", "Found in"),
                lambda d: (
                    QCoreApplication.translate("NewCustomer", "the bank (server)")
                    if d.source == "server"
                    else QCoreApplication.translate("NewCustomer", "this computer")
                ),
            ),
        ),
        parent,
    )


class NewCustomerDialog(WorkDialog):
    """The form (see the module docstring); emits `check(new)` when its values pass, and
    `openExisting(number)` when the teller chooses a listed customer instead."""

    check = Signal(object)
    openExisting = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomerDialog")
        self.duplicates: tuple[Duplicate, ...] = ()
        self.server_note = ""
        self.kind = QComboBox(self)
        self.kind.setObjectName("newKind")
        self.kind.addItem("", CustomerKind.INDIVIDUAL.value)
        self.kind.addItem("", CustomerKind.BUSINESS.value)
        self.legal_name = QLineEdit(self)
        self.legal_name.setObjectName("newName")
        self.name_latin = QLineEdit(self)
        self.name_latin.setObjectName("newNameLatin")
        self.id_box = QWidget(self)
        self.national_id = QLineEdit(self.id_box)
        self.national_id.setObjectName("newNationalId")
        self.national_id.setMaxLength(40)
        self.id_hint = QLabel(self.id_box)
        self.id_hint.setObjectName("idHint")
        id_column = QVBoxLayout(self.id_box)
        id_column.setContentsMargins(0, 0, 0, 0)
        id_column.setSpacing(2)
        id_column.addWidget(self.national_id)
        id_column.addWidget(self.id_hint)
        self.id_box.setFocusProxy(self.national_id)
        self.id_box.setMinimumHeight(
            self.national_id.sizeHint().height() + self.id_hint.sizeHint().height() + 2
        )
        self.birth_date = QLineEdit(self)
        self.birth_date.setObjectName("newBirthDate")
        self.birth_date.setPlaceholderText("YYYY-MM-DD")
        self.mobile = QLineEdit(self)
        self.mobile.setObjectName("newMobile")
        self.other_phone = QLineEdit(self)
        self.other_phone.setObjectName("newOtherPhone")
        self.email = QLineEdit(self)
        self.email.setObjectName("newEmail")
        self.address = QLineEdit(self)
        self.address.setObjectName("newAddress")
        self.consent = QComboBox(self)
        self.consent.setObjectName("newConsent")
        for value in ("", "yes", "no"):
            self.consent.addItem("", value)
        self.lifecycle = QComboBox(self)
        self.lifecycle.setObjectName("newLifecycle")
        self.lifecycle.addItem("", Lifecycle.PROSPECT.value)
        self.lifecycle.addItem("", Lifecycle.ACTIVE.value)
        for name, widget in (
            ("kind", self.kind),
            ("name", self.legal_name),
            ("Latin name", self.name_latin),
            ("national ID", self.id_box),
            ("birth date", self.birth_date),
            ("phone", self.mobile),
            ("other phone", self.other_phone),
            ("email", self.email),
            ("address", self.address),
            ("consent", self.consent),
            ("lifecycle", self.lifecycle),
        ):
            self.add_field(name, widget)

        self.duplicates_box = QGroupBox(self)
        self.duplicates_box.setObjectName("duplicatesBox")
        self.duplicates_model = duplicates_model(self)
        self.duplicates_table = table(self.duplicates_model, self.duplicates_box, 3)
        self.duplicates_table.setObjectName("duplicatesTable")
        self.duplicates_table.activated.connect(self._open_existing)
        self.duplicates_note = QLabel(self.duplicates_box)
        self.duplicates_note.setWordWrap(True)
        self.reason = QLineEdit(self.duplicates_box)
        self.reason.setObjectName("notDuplicateReason")
        self.reason_label = QLabel(self.duplicates_box)
        self.reason_label.setBuddy(self.reason)
        self.reason_error = self._error_label()
        self.open_existing = QPushButton(self.duplicates_box)
        self.open_existing.setAutoDefault(False)
        self.open_existing.clicked.connect(
            lambda: self._open_existing(self.duplicates_table.currentIndex())
        )
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.duplicates_note)
        box.addWidget(self.duplicates_table)
        box.addWidget(self.open_existing)
        box.addWidget(self.reason_label)
        box.addWidget(self.reason)
        box.addWidget(self.reason_error)
        self.errors["reason"] = self.reason_error
        self.duplicates_box.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # noqa: S101 - narrows a type for mypy
        layout.insertWidget(2, self.duplicates_box)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.national_id.textChanged.connect(self._check_id)
        self.reason.textChanged.connect(self._fill_save)
        self.legal_name.textEdited.connect(self._changed)
        self.birth_date.textEdited.connect(self._changed)
        self.birth_date.textChanged.connect(self._check_id)
        self.retranslate()
        self.finish()
        self.setMinimumWidth(620)

    # --- the form -----------------------------------------------------------------------

    @property
    def business(self) -> bool:
        return self.kind.currentData() == CustomerKind.BUSINESS.value

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer or prospect"))
        self.kind.setItemText(0, self.tr("Individual"))
        self.kind.setItemText(1, self.tr("Business"))
        self.consent.setItemText(0, self.tr("Not asked"))
        self.consent.setItemText(1, self.tr("Yes: SMS, e-mail and calls"))
        self.consent.setItemText(2, self.tr("No"))
        self.lifecycle.setItemText(0, self.tr("Prospect"))
        self.lifecycle.setItemText(1, self.tr("Active customer"))
        texts = {
            "kind": self.tr("&Kind"),
            "name": self.tr("&Name (Chinese)"),
            "Latin name": self.tr("Name in &Latin letters"),
            "phone": self.tr("&Mobile phone"),
            "other phone": self.tr("Ot&her phone"),
            "email": self.tr("&E-mail"),
            "address": self.tr("A&ddress"),
            "consent": self.tr("Marketing &consent"),
            "lifecycle": self.tr("&Taken on as"),
        }
        if self.business:
            texts["national ID"] = self.tr("&Registration number (USCC)")
            texts["birth date"] = self.tr("Date of &incorporation")
        else:
            texts["national ID"] = self.tr("&ID card number")
            texts["birth date"] = self.tr("&Birth date")
        for name, text in texts.items():
            self.set_label(name, text)
        self.duplicates_box.setTitle(self.tr("Likely duplicates"))
        self.reason_label.setText(self.tr("Not the same person? Say &why:"))
        self.reason.setPlaceholderText(self.tr("e.g. a different person: other father's name"))
        self.open_existing.setText(self.tr("&Open the listed customer instead"))
        self._fill_duplicates_note()
        self._check_id()
        self._fill_save()

    def _kind_changed(self) -> None:
        self.retranslate()
        self._changed()

    def _fill_save(self) -> None:
        if self.duplicates:
            self.save_button.setText(self.tr("Save &anyway"))
            self.save_button.setEnabled(bool(self.reason.text().strip()))
        else:
            self.save_button.setText(self.tr("&Save"))

    def _changed(self) -> None:
        """The values the duplicates were found for changed: hide the hint of the last
        check (the next Save checks again)."""
        self.clear_errors()

    def _check_id(self) -> None:
        """Checks the number as it is typed and says what is wrong (or that it is right)."""
        text = id_numbers.compact(self.national_id.text())
        error = self.errors.get("national ID")
        if error is not None:
            error.hide()
        if not text:
            self.id_hint.setText(self.tr("18 characters; the last is a check character."))
            self.id_hint.setProperty("state", "")
            self._colour_hint()
            return
        try:
            if self.business:
                id_numbers.check_uscc(text)
                self.id_hint.setText(self.tr("✓ The check character is right."))
            else:
                id_numbers.check_prc_id(text, birth_date=self._typed_birth_date())
                born = id_numbers.birth_date_of(text)
                self.id_hint.setText(
                    self.tr("✓ The check character is right; born %1.").replace(
                        "%1", "" if born is None else born.isoformat()
                    )
                )
            self.id_hint.setProperty("state", "ok")
        except UsageError as exc:
            if len(text) < ID_LENGTH and exc.details.get("problem") == id_numbers.LENGTH:
                self.id_hint.setText(self.tr("%1 of 18 characters.").replace("%1", str(len(text))))
                self.id_hint.setProperty("state", "")
            else:
                self.id_hint.setText("✗ " + id_problem(exc, self.business))
                self.id_hint.setProperty("state", "bad")
        self._colour_hint()

    def _typed_birth_date(self) -> date | None:
        try:
            return date.fromisoformat(self.birth_date.text().strip())
        except ValueError:
            return None

    def _colour_hint(self) -> None:
        state = self.id_hint.property("state")
        colour = {"ok": "uploaded", "bad": "in_conflict"}.get(str(state), "text_muted")
        self.id_hint.setStyleSheet(f"color: {theme.color(colour)}")

    def id_is_valid(self) -> bool:
        return self.id_hint.property("state") == "ok"

    def new_customer(self) -> NewCustomer:
        """The values, checked (raises FormError or `UsageError` naming the field)."""
        born_text = self.birth_date.text().strip()
        born: date | None = None
        if born_text:
            try:
                born = date.fromisoformat(born_text)
            except ValueError:
                raise FormError(
                    "birth date", self.tr("Write the date as YYYY-MM-DD, e.g. 1980-03-08.")
                ) from None
        consent = self.consent.currentData()
        return checked(
            NewCustomer(
                kind=CustomerKind(self.kind.currentData()),
                legal_name=self.legal_name.text(),
                name_latin=self.name_latin.text(),
                national_id=self.national_id.text().strip() or None,
                birth_date=born,
                phones=tuple(p.text() for p in (self.mobile, self.other_phone) if p.text().strip()),
                email=self.email.text(),
                address=self.address.text(),
                marketing_consent=None if not consent else consent == "yes",
                lifecycle=Lifecycle(self.lifecycle.currentData()),
            )
        )

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.clear_errors()
        try:
            new = self.new_customer()
        except FormError as exc:
            self._show(self.errors.get(exc.field, self.general_error), exc.message)
            return
        except UsageError as exc:
            self.show_error(exc)
            return
        self.set_busy(True)
        self.note.setText(self.tr("Checking for likely duplicates …"))
        self.note.show()
        self.check.emit(new)

    def show_error(self, problem: str | BaseException) -> None:
        if isinstance(problem, NeedsDecisionError):
            self.note.hide()
            self.show_duplicates(problem.duplicates)
            return
        if isinstance(problem, GuitaiError) and problem.code in (
            Reason.BAD_ID_NUMBER,
            Reason.BIRTH_DATE_MISMATCH,
        ):
            field = "birth date" if problem.code is Reason.BIRTH_DATE_MISMATCH else "national ID"
            self._show(self.errors[field], id_problem(problem, self.business))
            return
        if isinstance(problem, GuitaiError) and problem.field == "registration number":
            self._show(self.errors["national ID"], str(problem))
            return
        self.note.hide()
        super().show_error(problem)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._fill_save()

    # --- likely duplicates --------------------------------------------------------------

    def show_duplicates(self, found: tuple[Duplicate, ...]) -> None:
        """Lists the likely duplicates; Save becomes "Save anyway", which needs a reason."""
        self.duplicates = tuple(found)
        self.duplicates_model.set_rows(self.duplicates)
        self.duplicates_box.show()
        self._fill_duplicates_note()
        self.set_busy(False)
        self._fill_save()
        if self.duplicates:
            self.duplicates_table.setCurrentIndex(self.duplicates_model.index(0, 0))
        self.reason.setFocus()

    def decided(self) -> frozenset[uuid.UUID]:
        """The customers the teller was shown (the reason stands for those)."""
        return frozenset(d.customer_id for d in self.duplicates)

    def not_duplicate(self) -> str | None:
        text = self.reason.text().strip()
        return text if self.duplicates and text else None

    def _fill_duplicates_note(self) -> None:
        if not self.duplicates:
            return
        text = self.tr(
            "Likely the same as a customer the bank has (found: %1). Open the listed "
            "customer, or save anyway with the reason this is someone else (it is kept "
            "in the audit trail)."
        ).replace("%1", str(len(self.duplicates)))
        if self.server_note:
            text += " " + self.server_note
        self.duplicates_note.setText(text)

    def _open_existing(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openExisting.emit(self.duplicates_model.row_at(index.row()).customer_number)
            self.reject()

    def saved_customer(self, saved: Saved) -> None:
        self.accept()


class NewCustomerFlow(QObject):
    """Opens the dialog and runs its checks and its save (see the module docstring);
    `created(number)` once the new customer is in the cache; `said(text)` for the status bar."""

    created = Signal(str)
    openExisting = Signal(str)
    said = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dialog: NewCustomerDialog | None = None

    def offered(self) -> bool:
        return teller.may_take_on(self.workspace.role)

    def open(self, parent: QWidget) -> NewCustomerDialog | None:
        if not self.offered():
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = NewCustomerDialog(parent)
        dialog.check.connect(lambda new: self._check(dialog, new))
        dialog.openExisting.connect(self.openExisting)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _check(self, dialog: NewCustomerDialog, new: NewCustomer) -> None:
        """Asks the server first when online; saving follows either way."""
        engine = self.workspace.online_engine()
        if engine is None:
            dialog.server_note = QCoreApplication.translate(
                "NewCustomer", "Offline: only this computer's copy was checked."
            )
            self._save(dialog, new, ())
            return
        self.workspace.tasks.network(
            NetworkOp(
                partial(server_duplicates, engine, new),
                success=lambda found: self._checked(dialog, new, tuple(found)),
                error=lambda _exc: self._unchecked(dialog, new),
                owner=dialog,
                what="the server's duplicate check",
                log_errors=False,
            )
        )

    def _checked(
        self, dialog: NewCustomerDialog, new: NewCustomer, found: tuple[Duplicate, ...]
    ) -> None:
        dialog.server_note = ""
        self._save(dialog, new, found)

    def _unchecked(self, dialog: NewCustomerDialog, new: NewCustomer) -> None:
        dialog.server_note = QCoreApplication.translate(
            "NewCustomer", "The server did not answer: only this computer's copy was checked."
        )
        self._save(dialog, new, ())

    def _save(
        self, dialog: NewCustomerDialog, new: NewCustomer, server_found: tuple[Duplicate, ...]
    ) -> None:
        staff = self.workspace.staff
        reason = dialog.not_duplicate()
        decided = dialog.decided()
        self.workspace.tasks.write(
            WriteOp(
                partial(
                    teller.take_on,
                    staff=staff,
                    new=new,
                    server_found=server_found,
                    not_duplicate=reason,
                    decided=decided,
                ),
                success=lambda saved: self._saved(dialog, new, saved),
                error=lambda exc: self._refused(dialog, exc),
                what="saving a new customer",
            )
        )

    def _refused(self, dialog: NewCustomerDialog, exc: BaseException) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_error(
                exc
                if isinstance(exc, GuitaiError)
                else QCoreApplication.translate("NewCustomer", "It could not be saved.")
            )

    def _saved(self, dialog: NewCustomerDialog, new: NewCustomer, saved: Saved) -> None:
        if shiboken6.isValid(dialog):
            dialog.saved_customer(saved)
        if new.lifecycle is Lifecycle.PROSPECT:
            text = QCoreApplication.translate(
                "NewCustomer", "New prospect %1 saved locally — waiting to upload"
            )
        else:
            text = QCoreApplication.translate(
                "NewCustomer", "New customer %1 saved locally — waiting to upload"
            )
        self.said.emit(text.replace("%1", saved.customer_number))
        self.created.emit(saved.customer_number)
