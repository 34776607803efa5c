"""Reading what a teller typed: which ranges of the `search_term` index answer it.

How a query is read (the namespaces are those of `client.search.terms`):

- CJK characters: a name, searched by its simplified characters (`cjk_key`), so simplified
  and traditional forms find each other. Latin letters typed with them are ignored.
- Letters only: a Latin name, pinyin or pinyin initials, folded (no case, accents, spaces).
- Digits only (spaces, dashes, parentheses and other punctuation ignored): a number. A
  leading +86 (or 0086 before a national number) is a country code and is dropped; without
  the `+`, both readings are searched. Four digits or more also match number tails.
- A code mixing letters and digits in one word ('C000000042', '11010519491231002x', an
  IBAN typed in groups): an ID, account or customer number, upper-cased (`identifier`).
- Words and a separate number ('张伟 5678', 'wang fang 138-1234-5678'): that number, kept
  only for customers whose name also matches the words. A number shorter than four digits
  next to words is ignored and the words are searched as a name.

Results come in tiers: exact (the whole name or number), prefix (its beginning), partial
(a given name, another word order, or a number's last digits).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from client.errors import UsageError
from client.search.normalize import cjk_key, fold_latin, identifier, is_cjk, phone_digits
from client.search.terms import MIN_TAIL, Namespace

MAX_QUERY_LENGTH = 100
EMPTY_QUERY = "type at least one letter, character or digit"

_DIGIT = re.compile(r"[0-9]")
_LETTER = re.compile(r"[^\W\d_]")


class Tier(StrEnum):
    """How well a customer matched, best first."""

    EXACT = "exact"
    PREFIX = "prefix"
    PARTIAL = "partial"


class QueryKind(StrEnum):
    NAME = "name"
    NUMBER = "number"
    NAME_AND_NUMBER = "name_and_number"


@dataclass(frozen=True)
class Probe:
    """One range of the index: terms equal to `key` (exact tier) or starting with it."""

    tier: Tier
    key: str


@dataclass(frozen=True)
class QueryPlan:
    kind: QueryKind
    probes: tuple[Probe, ...]
    name_key: str = ""
    """For NAME_AND_NUMBER: the folded name whose n- or p-terms a customer must also have."""


def clean_query(text: str) -> str:
    """`text` NFKC-normalized (full-width digits and letters become ASCII) and checked.

    Raises UsageError for text that is too long, holds control characters, or has nothing
    to search by.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    if len(text) > MAX_QUERY_LENGTH:
        raise UsageError(
            f"the search text is {len(text)} characters long; type at most {MAX_QUERY_LENGTH}"
        )
    bad = next((c for c in text if unicodedata.category(c) in ("Cc", "Cs")), None)
    if bad is not None:
        raise UsageError(
            f"the search text holds a control character (U+{ord(bad):04X}); "
            "type only letters, characters, digits and spaces"
        )
    if not any(_LETTER.match(c) or _DIGIT.match(c) for c in text):
        raise UsageError(EMPTY_QUERY)
    return text


def plan_query(text: str) -> QueryPlan:
    """The index ranges that answer `text`, best tier first; see the module docstring."""
    text = clean_query(text)
    cjk = cjk_key(text)
    words: list[str] = []
    numbers: list[str] = []
    for token in "".join(" " if is_cjk(c) else c for c in text).split():
        (numbers if _DIGIT.search(token) else words).append(token)
    name = cjk or fold_latin(" ".join(_letters(w) for w in words))
    number = " ".join(numbers)
    keys = _number_keys(number) if number else ()
    if name and keys and len(keys[0]) >= MIN_TAIL:
        return QueryPlan(QueryKind.NAME_AND_NUMBER, _number_probes(keys), name_key=name)
    if name:
        return QueryPlan(QueryKind.NAME, _name_probes(name))
    if keys:
        return QueryPlan(QueryKind.NUMBER, _number_probes(keys))
    raise UsageError(EMPTY_QUERY)


def _letters(word: str) -> str:
    return "".join(c for c in word if _LETTER.match(c))


def _number_keys(number: str) -> tuple[str, ...]:
    """The forms of a typed number to look up: as typed, and without a +86 / 0086 prefix."""
    key = identifier(number)
    national = phone_digits(key) if key.isdigit() else key
    if national == key:
        return (key,)
    if number.startswith("+"):
        return (national,)
    return (key, national)


def _name_probes(name: str) -> tuple[Probe, ...]:
    return (
        Probe(Tier.EXACT, Namespace.NAME + name),
        Probe(Tier.PREFIX, Namespace.NAME + name),
        Probe(Tier.PARTIAL, Namespace.NAME_PART + name),
    )


def _number_probes(keys: tuple[str, ...]) -> tuple[Probe, ...]:
    probes = [Probe(Tier.EXACT, Namespace.NUMBER + k) for k in keys]
    probes += [Probe(Tier.PREFIX, Namespace.NUMBER + k) for k in keys]
    probes += [
        Probe(Tier.PARTIAL, Namespace.NUMBER_TAIL + k[::-1]) for k in keys if len(k) >= MIN_TAIL
    ]
    return tuple(probes)
