"""The 360 as shown to a user who may not see identifying numbers whole."""

from __future__ import annotations

from dataclasses import replace

from client.customer360.views import ContactView, Customer360
from client.masking import mask_account, mask_national_id, mask_phone


def _contact(contact: ContactView) -> ContactView:
    if contact.kind != "phone":
        return contact
    return replace(contact, value=mask_phone(contact.value))


def masked(view: Customer360) -> Customer360:
    """The view with its national ID, phone numbers and account numbers masked."""
    return replace(
        view,
        national_id=mask_national_id(view.national_id) if view.national_id else None,
        contacts=tuple(_contact(c) for c in view.contacts),
        accounts=tuple(
            replace(a, account_number=mask_account(a.account_number)) for a in view.accounts
        ),
    )
