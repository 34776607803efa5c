"""Text forms a teller may type for a name or a number: simplified Chinese, pinyin, initials,
accent-free Latin, bare digits."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import zhconv
from anyascii import anyascii
from pypinyin import Style, lazy_pinyin

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 "
    "万俟 闻人 澹台 公冶 宗政 濮阳 太史 申屠 钟离 呼延 淳于 单于 赫连 百里 东郭 西门 左丘 "
    "梁丘 司空 拓跋 第五".split()
)
"""Two-character surnames, in simplified form."""

SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "区": "ou",
    "仇": "qiu",
    "解": "xie",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "缪": "miao",
    "乐": "yue",
    "覃": "qin",
    "召": "shao",
    "种": "chong",
    "黑": "he",
    "翟": "zhai",
    "祭": "zhai",
    "秘": "bi",
    "繁": "po",
    "薄": "bo",
    "重": "chong",
}
"""Readings of characters whose surname reading differs from their most common one."""

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_DIGIT = re.compile(r"[^0-9]+")
_NON_ID = re.compile(r"[^0-9A-Z]+")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


@lru_cache(maxsize=65536)
def _simplified_char(char: str) -> str:
    return zhconv.convert(char, "zh-hans")


def simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones, character by character.

    Names are not phrases, so per-character conversion is what a name needs (張偉 -> 张伟).
    """
    return "".join(_simplified_char(c) if is_cjk(c) else c for c in text)


def cjk_key(text: str) -> str:
    """The CJK characters of `text`, simplified, nothing else: the form names are indexed in."""
    return "".join(_simplified_char(c) for c in text if is_cjk(c))


@lru_cache(maxsize=65536)
def _char_pinyin(char: str) -> str:
    reading = lazy_pinyin(char, style=Style.NORMAL, errors="ignore", v_to_u=False)
    return reading[0].lower() if reading else ""


def surname_length(name: str) -> int:
    """1 or 2: how many leading characters of the simplified CJK `name` are its surname."""
    return 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1


@lru_cache(maxsize=256)
def _phrase_pinyin(phrase: str) -> tuple[str, ...]:
    return tuple(s.lower() for s in lazy_pinyin(phrase, style=Style.NORMAL, errors="ignore"))


def syllables(name: str, *, as_person: bool) -> list[str]:
    """Pinyin syllables of a simplified CJK string; `as_person` reads the first one as a surname."""
    if as_person and name[:2] in COMPOUND_SURNAMES:
        head = list(_phrase_pinyin(name[:2]))
        return head + [s for s in (_char_pinyin(c) for c in name[2:]) if s]
    out = [_char_pinyin(c) for c in name]
    if as_person and name and name[0] in SURNAME_READINGS:
        out[0] = SURNAME_READINGS[name[0]]
    return [s for s in out if s]


def fold_latin(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Müller, José' -> 'mullerjose'."""
    return _NON_ALNUM.sub("", anyascii(unicodedata.normalize("NFC", text)).lower())


def latin_tokens(text: str) -> list[str]:
    """The folded words of a Latin name: 'Hans-Peter Müller' -> ['hans', 'peter', 'muller']."""
    return [t for t in _NON_ALNUM.split(anyascii(text).lower()) if t]


def digits(text: str) -> str:
    return _NON_DIGIT.sub("", text)


def phone_digits(text: str) -> str:
    """A phone number's national digits: country code +86 / 0086 dropped."""
    number = digits(text)
    for prefix in ("0086", "86"):
        if number.startswith(prefix) and len(number) - len(prefix) >= 10:
            return number[len(prefix) :]
    return number


def identifier(text: str) -> str:
    """An ID, account or customer number as typed: upper-case letters and digits only."""
    return _NON_ID.sub("", text.upper())
