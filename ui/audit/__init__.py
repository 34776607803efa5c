"""The audit trail in the window: the auditor's home (a search of the server's trail) and a
customer's History in the 360 (`install_audit`)."""

from ui.audit.install import AuditUi, install_audit

__all__ = ["AuditUi", "install_audit"]
