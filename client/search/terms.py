"""The searchable forms of a customer, as rows of the `search_term` index.

A term is a namespace letter followed by a normalized form. Searching is then a prefix scan
of one namespace at a time, which an ordinary B-tree answers in microseconds for queries of
any length, including the two-character Chinese names that FTS5's trigram tokenizer cannot
match. The namespaces, in the order a search tries them:

- `n` name starts: the whole name in simplified characters, its pinyin, its pinyin initials
  and its accent-free Latin form. A query equal to one of these is an exact match, a prefix
  of one a prefix match.
- `p` name parts: the given name (characters), and the name's words rotated so another word
  comes first ('weizhang', 'mullerhans'). A prefix of one of these is a partial match.
- `k` numbers: phone, national ID or registration number, account and customer numbers.
- `t` number tails: the same numbers reversed, so 'the last four digits' is a prefix scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from client.search.normalize import (
    cjk_key,
    has_cjk,
    identifier,
    latin_tokens,
    phone_digits,
    surname_length,
    syllables,
)

MAX_ROTATIONS = 3
"""Name words after the first that get a rotated term (long company names have many words)."""

MIN_TAIL = 4
"""The shortest number tail worth indexing or searching."""

PLACE_PREFIXES = tuple(
    "北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 济南 青岛 厦门 福州 "
    "合肥 沈阳 大连 哈尔滨 长春 昆明 南宁 贵阳 南昌 太原 石家庄 宁波 无锡 东莞 佛山 珠海 香港 澳门 "
    "台北 广东 浙江 江苏 山东 河南 河北 湖南 湖北 四川 福建 安徽 辽宁 陕西 中国".split()
)
"""Places a company name often starts with; the rest of the name is indexed as a part too."""


class Namespace(StrEnum):
    NAME = "n"
    NAME_PART = "p"
    NUMBER = "k"
    NUMBER_TAIL = "t"


class Field(StrEnum):
    """Which part of the customer a term came from; shown to the teller with the match."""

    CHINESE_NAME = "c"
    PINYIN = "y"
    INITIALS = "i"
    LATIN_NAME = "l"
    PHONE = "h"
    NATIONAL_ID = "d"
    ACCOUNT = "a"
    CUSTOMER_NUMBER = "u"


Term = tuple[str, str]
"""(term, field) as plain strings."""


def _rotations(words: Sequence[str]) -> list[str]:
    return [
        "".join(words[i:]) + "".join(words[:i])
        for i in range(1, min(len(words), 1 + MAX_ROTATIONS))
    ]


def _chinese_name_terms(name: str, *, as_person: bool) -> list[Term]:
    sounds = syllables(name, as_person=as_person)
    terms: list[Term] = [
        (Namespace.NAME + name, Field.CHINESE_NAME),
        (Namespace.NAME + "".join(sounds), Field.PINYIN),
        (Namespace.NAME + "".join(s[0] for s in sounds), Field.INITIALS),
    ]
    if not as_person:
        place = next((p for p in PLACE_PREFIXES if name.startswith(p) and len(name) > len(p)), "")
        if place:
            rest = name[len(place) :]
            rest_sounds = syllables(rest, as_person=False)
            terms.append((Namespace.NAME_PART + rest, Field.CHINESE_NAME))
            terms.append((Namespace.NAME_PART + "".join(rest_sounds), Field.PINYIN))
            terms.append((Namespace.NAME_PART + "".join(x[0] for x in rest_sounds), Field.INITIALS))
    else:
        given = name[surname_length(name) :]
        if given:
            terms.append((Namespace.NAME_PART + given, Field.CHINESE_NAME))
        split = 2 if len(sounds) > 2 and surname_length(name) == 2 else 1
        words = ["".join(sounds[:split]), "".join(sounds[split:])]
        terms.extend((Namespace.NAME_PART + r, Field.PINYIN) for r in _rotations(words) if r)
    return terms


def _latin_name_terms(name: str) -> list[Term]:
    words = latin_tokens(name)
    if not words:
        return []
    terms: list[Term] = [(Namespace.NAME + "".join(words), Field.LATIN_NAME)]
    terms.extend((Namespace.NAME_PART + r, Field.LATIN_NAME) for r in _rotations(words))
    return terms


def _number_terms(number: str, field: Field) -> list[Term]:
    if not number:
        return []
    terms: list[Term] = [("k" + number, field.value)]
    if len(number) >= MIN_TAIL:
        terms.append(("t" + number[::-1], field.value))
    return terms


@lru_cache(maxsize=200_000)
def name_terms(kind: str, legal_name: str, name_latin: str) -> tuple[Term, ...]:
    """The name terms of a customer; cached, since the same names recur across many customers."""
    as_person = kind == "individual"
    terms: list[Term] = []
    if has_cjk(legal_name):
        terms.extend(_chinese_name_terms(cjk_key(legal_name), as_person=as_person))
    else:
        terms.extend(_latin_name_terms(legal_name))
    if name_latin:
        latin = _latin_name_terms(name_latin)
        known = {term for term, _field in terms}
        terms.extend(t for t in latin if t[0] not in known)
    return tuple((str(term), str(field)) for term, field in terms)


def customer_terms(
    *,
    customer_number: str,
    kind: str,
    legal_name: str,
    name_latin: str,
    national_id: str | None,
    phones: Sequence[str],
    account_numbers: Sequence[str],
) -> list[Term]:
    """Every (term, field) under which the customer should be found; may hold duplicates."""
    terms = list(name_terms(kind, legal_name, name_latin))
    terms.extend(_number_terms(identifier(customer_number), Field.CUSTOMER_NUMBER))
    if national_id:
        terms.extend(_number_terms(identifier(national_id), Field.NATIONAL_ID))
    for phone in phones:
        terms.extend(_number_terms(phone_digits(phone), Field.PHONE))
    for account in account_numbers:
        terms.extend(_number_terms(identifier(account), Field.ACCOUNT))
    return terms
