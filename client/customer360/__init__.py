"""Customer 360: the whole relationship of one customer, read from the local cache.

`load_customer_360` returns a frozen `Customer360` holding raw values; `masked` hides
identifying numbers for display, `to_dict` makes JSON-able data and
`client.customer360.text.render` a page for the terminal.
"""

from client.customer360.export import to_dict
from client.customer360.load import load_customer_360
from client.customer360.mask import masked
from client.customer360.views import (
    AccountView,
    AppointmentView,
    ConsentView,
    ContactView,
    Customer360,
    HouseholdView,
    InteractionView,
    MonthProfit,
    OfferView,
    Party,
    Profitability,
    ProfitSummary,
    ReferralView,
    RelatedParty,
    TaskView,
)

__all__ = [
    "AccountView",
    "AppointmentView",
    "ConsentView",
    "ContactView",
    "Customer360",
    "HouseholdView",
    "InteractionView",
    "MonthProfit",
    "OfferView",
    "Party",
    "ProfitSummary",
    "Profitability",
    "ReferralView",
    "RelatedParty",
    "TaskView",
    "load_customer_360",
    "masked",
    "to_dict",
]
