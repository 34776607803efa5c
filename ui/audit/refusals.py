"""What the audit screens say when the server refuses or cannot be reached (by code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from client.errors import GuitaiError
from client.reasons import Reason
from ui.tasks import generic_message


def refusal_text(exc: BaseException) -> str:
    """The words for a failed audit search: the server's code first, then the error's own."""
    if not isinstance(exc, GuitaiError):
        return generic_message()  # logged with its traceback by the task layer
    code = getattr(exc, "server_code", None) or exc.code
    if code == Reason.FORBIDDEN:
        return QCoreApplication.translate(
            "AuditRefusals", "Your role may not read the audit trail this way."
        )
    if code == Reason.OUTSIDE_SCOPE:
        return QCoreApplication.translate(
            "AuditRefusals",
            "This customer belongs to another branch: its history is not yours to see.",
        )
    if code in (Reason.UNREACHABLE, Reason.CERTIFICATE, Reason.SERVER_PROBLEM):
        return QCoreApplication.translate(
            "AuditRefusals", "The server cannot be reached: the audit trail is searched there."
        )
    if code == Reason.NOT_ON_SERVER:
        return QCoreApplication.translate(
            "AuditRefusals", "This server does not offer the audit search yet (an older version)."
        )
    return QCoreApplication.translate("AuditRefusals", "The server refused the search: %1").replace(
        "%1", str(exc)
    )


def offline_text() -> str:
    return QCoreApplication.translate(
        "AuditRefusals",
        "Offline: the audit trail is searched on the server. Try again when online.",
    )
