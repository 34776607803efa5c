"""Relationships between parties, named from the side of the customer being viewed."""

from __future__ import annotations

from client.customer360.queries import RELATIONS
from client.customer360.reader import Reader
from client.customer360.views import RelatedParty
from client.schema.enums import RelationshipKind as Kind

LABELS: dict[str, tuple[str, str]] = {
    Kind.HOUSEHOLD: ("same household as", "same household as"),
    Kind.SPOUSE: ("spouse", "spouse"),
    Kind.PARENT_OF: ("parent of", "child of"),
    Kind.DIRECTOR_OF: ("director of", "has director"),
    Kind.GUARANTOR_FOR: ("guarantor for", "guaranteed by"),
    Kind.EMPLOYEE_OF: ("employee of", "employer of"),
    Kind.BENEFICIAL_OWNER_OF: ("beneficial owner of", "beneficially owned by"),
}
"""Per kind: the label when the customer is the relationship's `from` side, then its `to` side.
A stored row reads "from IS kind OF to": Li is director_of Acme, so Acme "has director" Li."""


def label(kind: str, outgoing: bool) -> str:
    """The label of a relationship from the viewed customer's side; a kind unknown to this
    version of the client is named by its stored word."""
    words = kind.replace("_", " ")
    forward, backward = LABELS.get(kind, (words, f"{words} (inverse)"))
    return forward if outgoing else backward


def load_related(reader: Reader) -> tuple[RelatedParty, ...]:
    """Every live relationship to or from the customer, ordered by label and name."""
    parties = [
        RelatedParty(
            r.customer_number,
            r.legal_name,
            r.kind,
            label(r.kind, bool(r.outgoing)),
            bool(r.elsewhere),
        )
        for r in reader.rows(RELATIONS)
    ]
    return tuple(sorted(parties, key=lambda p: (p.label, p.name, p.customer_number)))
