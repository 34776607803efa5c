"""The 360 as shown to a user who may not see identifying numbers whole.

What is masked comes from the permission table (`client.schema.permissions.MASKED`): every
such field is masked unless the user asked to see it whole (`unmask`) and the role may
unmask it (`permissions.masks`); without a role, everything is masked.
"""

from __future__ import annotations

from dataclasses import replace

from client.customer360.views import ContactView, Customer360
from client.masking import mask_account, mask_national_id, mask_phone
from client.schema.enums import Role
from client.schema.models import ContactPoint
from client.schema.permissions import masks


def _contact(contact: ContactView, hide: bool) -> ContactView:
    if contact.kind != "phone" or not hide:
        return contact
    return replace(contact, value=mask_phone(contact.value))


def masked(
    view: Customer360, role: Role | str | None = None, *, unmask: bool = False
) -> Customer360:
    """The view with its national ID, phone numbers and account numbers masked; with
    `unmask`, those the role may unmask are left whole."""

    def hide(table: str, field: str) -> bool:
        return not unmask or masks(role, table, field)

    national_id = view.national_id
    if national_id and hide("customer", "national_id"):
        national_id = mask_national_id(national_id)
    accounts = view.accounts
    if hide("account", "account_number"):
        accounts = tuple(
            replace(a, account_number=mask_account(a.account_number)) for a in accounts
        )
    phones = hide(ContactPoint.__tablename__, "value")
    return replace(
        view,
        national_id=national_id,
        contacts=tuple(_contact(c, phones) for c in view.contacts),
        accounts=accounts,
    )
