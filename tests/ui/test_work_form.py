"""A work dialog words the core's refusals by their reason code, next to the field named."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from client.errors import NotFoundError, UsageError
from client.reasons import Reason
from ui.i18n import Translations
from ui.work.form import WorkDialog


@pytest.fixture
def dialog(app: QApplication, qtbot: QtBot) -> Iterator[WorkDialog]:
    form = WorkDialog()
    qtbot.addWidget(form)
    for name in ("subject", "expected value"):
        form.add_field(name, QLineEdit(form))
    form.finish()
    yield form


def _shown(form: WorkDialog) -> dict[str, str]:
    labels = {**form.errors, "": form.general_error}
    return {name: label.text() for name, label in labels.items() if label.text()}


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (Reason.REQUIRED, "Please fill this in."),
        (Reason.NOT_AMOUNT, "This is not an amount."),
        (Reason.NEGATIVE_AMOUNT, "The amount must be zero or more."),
    ],
)
def test_a_refused_field_shows_the_words_of_its_code(
    dialog: WorkDialog, code: Reason, words: str
) -> None:
    dialog.show_error(
        UsageError("expected value: the English does not matter", code=code, field="expected value")
    )
    assert _shown(dialog) == {"expected value": words}


def test_a_too_long_text_says_its_limit(dialog: WorkDialog) -> None:
    too_long = UsageError(
        "subject: x", code=Reason.TOO_LONG, field="subject", details={"limit": 200}
    )
    dialog.show_error(too_long)
    assert _shown(dialog) == {"subject": "Too long: at most 200 characters."}


def test_a_refusal_without_a_field_or_words_shows_above_the_buttons(dialog: WorkDialog) -> None:
    dialog.show_error(
        UsageError("the RM is already booked from 09:00 to 09:30", code=Reason.SLOT_TAKEN)
    )
    assert _shown(dialog) == {"": "The RM is already booked at that time; choose another slot."}
    dialog.clear_errors()
    dialog.show_error(NotFoundError("no customer 42 in this cache"))
    assert _shown(dialog) == {"": "no customer 42 in this cache"}
    dialog.clear_errors()
    dialog.show_error("please fill it in")
    assert _shown(dialog) == {"": "please fill it in"}, "plain text is never matched for words"


def test_the_words_of_a_code_are_translated(app: QApplication, dialog: WorkDialog) -> None:
    translations = Translations(app)
    try:
        assert translations.switch("zh_CN")
        dialog.show_error(
            UsageError("subject: please fill it in", code=Reason.REQUIRED, field="subject")
        )
        assert _shown(dialog) == {"subject": "请填写此项。"}
    finally:
        translations.switch("en")
