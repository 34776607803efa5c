"""A rule's text to a checked tree: the grammar (lark, LALR), the tree's types, the checks.

The grammar, in words: conditions joined by `and`, `or`, `not` and parentheses (`not` binds
tightest, then `and`, then `or`); a condition is a comparison `FIELD OP VALUE` (OP one of
`= != < <= > >=`), a list test `FIELD in (VALUE, ...)` or `FIELD not in (...)`, or a test of
its own: `consent("marketing")`, `holds("PRODUCT_CODE")`, `holds_family("wealth")`. A value
is a quoted string ("..." or '...') or a number (`500000`, `-3`, `0.5`). `external("source",
"attribute")` is a field: the customer's newest value of that attribute from that source,
compared as text with a string and as a number with a number.

Every mistake is a `RuleError` naming the line and column (and character offset) and what
was expected there; a rule that does not pass never reaches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from client.errors import UsageError
from client.schema.enums import ConsentPurpose, CustomerKind, Lifecycle, ProductFamily

GRAMMAR: Final = r"""
?start: or_expr

?or_expr: and_expr (_OR and_expr)*
?and_expr: not_expr (_AND not_expr)*
?not_expr: _NOT not_expr -> negation
         | atom
?atom: _LPAR or_expr _RPAR
     | comparison
     | membership
     | call

comparison: subject OPERATOR value
membership: subject _IN _LPAR value (_COMMA value)* _RPAR
          | subject _NOT _IN _LPAR value (_COMMA value)* _RPAR -> non_membership
?subject: NAME -> field
        | call
call: NAME _LPAR [STRING (_COMMA STRING)*] _RPAR
?value: STRING -> string
      | NUMBER -> number

_OR.2: /or\b/i
_AND.2: /and\b/i
_NOT.2: /not\b/i
_IN.2: /in\b/i
OPERATOR: "!=" | "<=" | ">=" | "=" | "<" | ">"
NAME: /[A-Za-z_][A-Za-z0-9_]*/
STRING: /"[^"\n]*"/ | /'[^'\n]*'/
NUMBER: /-?[0-9]+(\.[0-9]+)?/
_LPAR: "("
_RPAR: ")"
_COMMA: ","
WS: /[ \t\f\r\n]+/
%ignore WS
"""

MAX_LENGTH: Final = 4_000
"""Characters a rule may have."""

TERMINAL_WORDS: Final = {
    "_OR": '"or"',
    "_AND": '"and"',
    "_NOT": '"not"',
    "_IN": '"in"',
    "OPERATOR": "an operator (= != < <= > >=)",
    "NAME": "a field",
    "STRING": 'a quoted string ("...")',
    "NUMBER": "a number",
    "_LPAR": '"("',
    "_RPAR": '")"',
    "_COMMA": '","',
    "$END": "the end of the rule",
}


class RuleError(UsageError):
    """A rule that cannot be used: what is wrong, where (1-based line and column, 0-based
    character offset) and what was expected there (also in `details`)."""

    def __init__(self, message: str, line: int, column: int, offset: int, expected: str = ""):
        self.problem = message
        self.line = line
        self.column = column
        self.offset = offset
        self.expected = expected
        where = f"line {line}, column {column} (character {offset})"
        text = f"{where}: {message}"
        if expected:
            text += f"; expected {expected}"
        details = {"line": line, "column": column, "offset": offset, "expected": expected}
        super().__init__(f"rule: {text}", field="rule", details=details)


# --- the tree -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pos:
    line: int
    column: int
    offset: int


class Type(StrEnum):
    NUMBER = "number"
    TEXT = "text"


@dataclass(frozen=True)
class Literal:
    value: str | Decimal
    pos: Pos

    @property
    def type(self) -> Type:
        return Type.TEXT if isinstance(self.value, str) else Type.NUMBER


@dataclass(frozen=True)
class Field:
    """A field of the customer (`age`) or `external(source, attribute)`."""

    name: str
    pos: Pos
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Compare:
    subject: Field
    op: str
    value: Literal


@dataclass(frozen=True)
class In:
    subject: Field
    values: tuple[Literal, ...]
    negated: bool = False


@dataclass(frozen=True)
class Test:
    """A test of its own: consent, holds, holds_family."""

    name: str
    arg: str
    pos: Pos


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class And:
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    operands: tuple[Node, ...]


Node = Compare | In | Test | Not | And | Or


# --- the fields and functions: one table ---------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    type: Type
    values: tuple[str, ...] = ()
    """The only text values it takes (empty: any)."""
    args: int = 0
    """Strings in parentheses: external("source", "attribute")."""


FIELDS: Final = {
    "kind": FieldSpec(Type.TEXT, tuple(k.value for k in CustomerKind)),
    "age": FieldSpec(Type.NUMBER),
    "branch": FieldSpec(Type.TEXT),
    "lifecycle": FieldSpec(Type.TEXT, tuple(k.value for k in Lifecycle)),
    "segment": FieldSpec(Type.TEXT),
    "total_balance": FieldSpec(Type.NUMBER),
    "net_profit_12m": FieldSpec(Type.NUMBER),
    "account_count": FieldSpec(Type.NUMBER),
    "months_since_contact": FieldSpec(Type.NUMBER),
    "external": FieldSpec(Type.TEXT, args=2),
}
"""Every field a rule may name. `external` compares as text or as a number (the value's type)."""

MARKETING: Final = "marketing"
"""consent("marketing"): consent granted for any of the marketing purposes (sms, e-mail, call)."""

TESTS: Final = {
    "consent": (MARKETING, *(p.value for p in ConsentPurpose)),
    "holds": (),
    "holds_family": tuple(f.value for f in ProductFamily),
}
"""Tests of their own, each with one string: the values it takes (empty: any product code)."""

ORDERED_OPS: Final = frozenset({"<", "<=", ">", ">="})

_PARSER = Lark(GRAMMAR, parser="lalr", propagate_positions=True, maybe_placeholders=False)


def _pos(token: Token) -> Pos:
    return Pos(token.line or 1, token.column or 1, token.start_pos or 0)


def _unquote(token: Token) -> str:
    return str(token)[1:-1]


def _number(token: Token) -> Decimal:
    return Decimal(str(token))


def _error(message: str, pos: Pos, expected: str = "") -> RuleError:
    return RuleError(message, pos.line, pos.column, pos.offset, expected)


@v_args(inline=True)
class _Build(Transformer[Token, "Node"]):
    """The parse tree to the rule's tree, checking names and types on the way."""

    def string(self, token: Token) -> Literal:
        return Literal(_unquote(token), _pos(token))

    def number(self, token: Token) -> Literal:
        return Literal(_number(token), _pos(token))

    def field(self, name: Token) -> Field:
        word = str(name)
        if word.lower() in TESTS:
            raise _error(f"{word} is a test of its own and takes no comparison", _pos(name))
        if word not in FIELDS:
            raise _error(f"unknown field {word!r}", _pos(name), f"one of {_known_fields()}")
        if FIELDS[word].args:
            raise _error(f"{word} needs its arguments in parentheses", _pos(name))
        return Field(word, _pos(name))

    def call(self, name: Token, *args: Token) -> Field | Test:
        word = str(name)
        strings = tuple(_unquote(a) for a in args if a is not None)
        for arg in args:
            if arg is not None and arg.type != "STRING":  # pragma: no cover - the grammar
                raise _error("arguments are quoted strings", _pos(arg))
        if word in TESTS:
            if len(strings) != 1:
                raise _error(f"{word}(...) takes one quoted string", _pos(name))
            allowed = TESTS[word]
            if allowed and strings[0] not in allowed:
                raise _error(
                    f"{word}({strings[0]!r}) is not known",
                    _pos(args[0]),
                    "one of " + ", ".join(f'"{a}"' for a in allowed),
                )
            if not strings[0].strip():
                raise _error(f"{word}(...) needs a value", _pos(args[0]))
            return Test(word, strings[0], _pos(name))
        spec = FIELDS.get(word)
        if spec is None or not spec.args:
            raise _error(
                f"unknown function {word!r}",
                _pos(name),
                "consent(...), holds(...), holds_family(...) or external(...)",
            )
        if len(strings) != spec.args or not all(s.strip() for s in strings):
            raise _error(
                f'{word}(...) takes {spec.args} quoted strings: ("source", "attribute")', _pos(name)
            )
        return Field(word, _pos(name), strings)

    def comparison(self, subject: Field | Test, op: Token, value: Literal) -> Compare:
        field = _subject(subject)
        textual = FIELDS[field.name].type is Type.TEXT and field.name != "external"
        if not textual:
            _check_value(field, value)
        if str(op) in ORDERED_OPS and (value.type is Type.TEXT or textual):
            raise _error(
                f"text cannot be compared with {op}", _pos(op), "=, != or in (...) for text"
            )
        _check_value(field, value)
        return Compare(field, str(op), value)

    def membership(self, subject: Field | Test, *values: Literal) -> In:
        field = _subject(subject)
        for value in values:
            _check_value(field, value)
        return In(field, tuple(values))

    def non_membership(self, subject: Field | Test, *values: Literal) -> In:
        return In(self.membership(subject, *values).subject, tuple(values), negated=True)

    def negation(self, operand: Node) -> Not:
        return Not(_condition(operand))

    def and_expr(self, *operands: Node) -> And:
        return And(tuple(_condition(o) for o in operands))

    def or_expr(self, *operands: Node) -> Or:
        return Or(tuple(_condition(o) for o in operands))


def _known_fields() -> str:
    names = [n for n, s in FIELDS.items() if not s.args]
    return ", ".join(names) + ', external("source", "attribute")'


def _subject(subject: Field | Test) -> Field:
    if isinstance(subject, Test):
        raise _error(
            f"{subject.name}(...) is a test of its own and takes no comparison", subject.pos
        )
    return subject


def _condition(node: Node | Field) -> Node:
    if isinstance(node, Field):
        raise _error(f"{node.name} needs a comparison", node.pos, "= != < <= > >= or in (...)")
    return node


def _check_value(field: Field, value: Literal) -> None:
    spec = FIELDS[field.name]
    if field.name == "external":
        return  # text or number: the value says which
    if spec.type is Type.NUMBER and value.type is Type.TEXT:
        raise _error(f"{field.name} is a number, not text ({value.value!r})", value.pos, "a number")
    if spec.type is Type.TEXT and value.type is Type.NUMBER:
        raise _error(
            f"{field.name} is text, not a number ({value.value})", value.pos, "a quoted string"
        )
    if spec.values and value.value not in spec.values:
        raise _error(
            f"{field.name} is never {value.value!r}",
            value.pos,
            "one of " + ", ".join(f'"{v}"' for v in spec.values),
        )


def _expected(names: set[str] | frozenset[str]) -> str:
    words = sorted({TERMINAL_WORDS.get(n, n.lower()) for n in names})
    if not words:
        return ""
    return ", ".join(words[:-1]) + (" or " if len(words) > 1 else "") + words[-1]


def _offset_pos(text: str, offset: int) -> Pos:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Pos(line, column, offset)


def parse_rule(text: str) -> Node:
    """The checked tree of a rule; raises `RuleError` naming where and what is wrong."""
    if len(text) > MAX_LENGTH:
        raise RuleError(f"a rule has at most {MAX_LENGTH:,} characters", 1, 1, 0)
    if not text.strip():
        raise RuleError("the rule is empty", 1, 1, 0, "a condition such as age >= 18")
    try:
        tree = _PARSER.parse(text)
    except UnexpectedInput as exc:
        raise _syntax_error(text, exc) from None
    try:
        node = _Build().transform(tree)
    except Exception as exc:  # lark wraps what a callback raises
        cause = getattr(exc, "orig_exc", exc)
        if isinstance(cause, RuleError):
            raise cause from None
        raise
    return _condition(node)


def _accepted_after(prefix: str) -> set[str]:
    """The tokens the grammar takes after `prefix` (which lexes and parses so far)."""
    try:
        interactive = _PARSER.parse_interactive(prefix)
        interactive.exhaust_lexer()
        return set(interactive.accepts())
    except UnexpectedInput:  # pragma: no cover - the prefix parsed once already
        return set()


def _syntax_error(text: str, exc: UnexpectedInput) -> RuleError:
    if isinstance(exc, UnexpectedCharacters):
        offset = exc.pos_in_stream or 0
        pos = _offset_pos(text, offset)
        char = text[offset]
        if char in "\"'":
            return _error("a quoted string is not closed on its line", pos, f"a closing {char}")
        return _error(f"unexpected {char!r}", pos, _expected(_accepted_after(text[: pos.offset])))
    if isinstance(exc, UnexpectedEOF):
        pos = _offset_pos(text, len(text))
        return _error("the rule ends too early", pos, _expected(set(exc.expected)))
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        if token.type == "$END":
            pos = _offset_pos(text, len(text.rstrip()))
            accepts = exc.accepts or exc.expected
            expected = _expected(accepts)
            if "_RPAR" in accepts:
                return _error("a parenthesis is not closed", pos, expected)
            return _error("the rule ends too early", pos, expected)
        pos = _pos(token)
        return _error(f"unexpected {str(token)!r}", pos, _expected(exc.accepts or exc.expected))
    return _error(str(exc), _offset_pos(text, getattr(exc, "pos_in_stream", 0) or 0))


def literal_text(value: str | Decimal) -> str:
    """A literal as a rule writes it."""
    if isinstance(value, str):
        return f'"{value}"'
    return format(value, "f")


def number_of(value: str | Decimal) -> Decimal:
    """A literal that is a number (checked by the parser)."""
    if isinstance(value, str):  # pragma: no cover - the checks keep text out
        raise TypeError(value)
    return value


def is_number(text: str) -> bool:
    """Whether an external value reads as a number (as the database decides it)."""
    return bool(NUMBER_TEXT.fullmatch(text))


NUMBER_TEXT: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
"""External values that compare as numbers; others compare as text only."""


def decimal_or_none(text: str) -> Decimal | None:
    try:
        return Decimal(text) if is_number(text) else None
    except InvalidOperation:  # pragma: no cover - the pattern keeps these out
        return None


__all__ = [
    "FIELDS",
    "GRAMMAR",
    "TESTS",
    "And",
    "Compare",
    "Field",
    "In",
    "Literal",
    "Node",
    "Not",
    "Or",
    "Pos",
    "RuleError",
    "Test",
    "Type",
    "parse_rule",
]
