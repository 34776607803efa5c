"""A rule said back in words: English, simplified and traditional Chinese.

Every word is in `WORDS` (one row per word: English, simplified, traditional), so a new
field or operator is described by adding its row. `describe(rule, "zh_CN")` takes the text
or the parsed tree.
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import Final

from sync.server.rules.parse import (
    MARKETING,
    And,
    Compare,
    Field,
    In,
    Literal,
    Node,
    Not,
    Or,
    Test,
    parse_rule,
)

LANGUAGES: Final = ("en", "zh_CN", "zh_TW")

WORDS: Final = MappingProxyType(
    {
        # fields
        "kind": ("customer type", "客户类型", "客戶類型"),
        "age": ("age", "年龄", "年齡"),
        "branch": ("home branch", "归属网点", "歸屬網點"),
        "lifecycle": ("lifecycle stage", "生命周期阶段", "生命週期階段"),
        "segment": ("segment", "客户分群", "客戶分群"),
        "total_balance": ("total balance (CNY)", "总余额（人民币）", "總餘額（人民幣）"),
        "net_profit_12m": (
            "net profit over 12 months (CNY)",
            "近12个月净利润（人民币）",
            "近12個月淨利潤（人民幣）",
        ),
        "account_count": ("number of accounts", "账户数", "帳戶數"),
        "months_since_contact": (
            "months since the last contact",
            "距上次联系的月数",
            "距上次聯繫的月數",
        ),
        "external": ("external {0} {1}", "外部数据 {0} {1}", "外部資料 {0} {1}"),
        # operators
        "=": ("is", "为", "為"),
        "!=": ("is not", "不为", "不為"),
        "<": ("is less than", "小于", "小於"),
        "<=": ("is at most", "不高于", "不高於"),
        ">": ("is more than", "大于", "大於"),
        ">=": ("is at least", "不低于", "不低於"),
        "in": ("is one of", "属于", "屬於"),
        "not in": ("is none of", "不属于", "不屬於"),
        # joining
        "and": (" and ", "，且", "，且"),
        "or": (" or ", "，或", "，或"),
        "not": ("not ({0})", "并非（{0}）", "並非（{0}）"),
        "group": ("({0})", "（{0}）", "（{0}）"),
        "list": (", ", "、", "、"),
        "quote": ('"{0}"', "“{0}”", "「{0}」"),
        # tests and their negations
        "consent": ("has given consent to {0}", "已同意{0}", "已同意{0}"),
        "no consent": ("has not given consent to {0}", "未同意{0}", "未同意{0}"),
        "holds": ("holds product {0}", "持有产品 {0}", "持有產品 {0}"),
        "not holds": ("does not hold product {0}", "未持有产品 {0}", "未持有產品 {0}"),
        "holds_family": ("holds a {0} product", "持有{0}类产品", "持有{0}類產品"),
        "not holds_family": ("holds no {0} product", "未持有{0}类产品", "未持有{0}類產品"),
        # values
        "individual": ("individual", "个人", "個人"),
        "business": ("business", "企业", "企業"),
        "prospect": ("prospect", "潜在客户", "潛在客戶"),
        "active": ("active", "活跃", "活躍"),
        "dormant": ("dormant", "休眠", "休眠"),
        "closed": ("closed", "已销户", "已銷戶"),
        "deposit": ("deposit", "存款", "存款"),
        "loan": ("loan", "贷款", "貸款"),
        "card": ("card", "银行卡", "銀行卡"),
        "wealth": ("wealth", "理财", "理財"),
        "insurance": ("insurance", "保险", "保險"),
        "payment": ("payment", "支付", "支付"),
        MARKETING: ("marketing", "营销", "行銷"),
        "marketing_sms": ("marketing by SMS", "短信营销", "簡訊行銷"),
        "marketing_email": ("marketing by e-mail", "邮件营销", "郵件行銷"),
        "marketing_call": ("marketing by phone", "电话营销", "電話行銷"),
        "data_sharing": ("data sharing", "数据共享", "資料共享"),
        "credit_check": ("credit checks", "征信查询", "徵信查詢"),
    }
)
"""Every word of a description: (English, simplified Chinese, traditional Chinese)."""

_ENUM_FIELDS: Final = frozenset({"kind", "lifecycle"})


def word(key: str, language: str) -> str:
    return WORDS[key][LANGUAGES.index(language)]


def describe(rule: str | Node, language: str = "en") -> str:
    """The rule in words in `language` (en, zh_CN or zh_TW)."""
    if language not in LANGUAGES:
        raise ValueError(f"no words for {language!r}: one of {', '.join(LANGUAGES)}")
    node = parse_rule(rule) if isinstance(rule, str) else rule
    return _Words(language).node(node)


class _Words:
    def __init__(self, language: str) -> None:
        self.language = language
        self.english = language == "en"

    def w(self, key: str, *args: str) -> str:
        return word(key, self.language).format(*args)

    def node(self, node: Node, inner: bool = False) -> str:
        match node:
            case And(operands):
                return self.w("and").join(self.node(o, True) for o in operands)
            case Or(operands):
                text = self.w("or").join(self.node(o, True) for o in operands)
                return self.w("group", text) if inner else text
            case Not(Test() as test):
                return self.test(test, negated=True)
            case Not(operand):
                return self.w("not", self.node(operand))
            case Test():
                return self.test(node)
            case Compare(subject, op, value):
                return self.phrase(subject, op, self.value(subject, value))
            case In(subject, values, negated):
                listed = self.w("list").join(self.value(subject, v) for v in values)
                return self.phrase(subject, "not in" if negated else "in", listed)
        raise TypeError(node)  # pragma: no cover

    def phrase(self, subject: Field, op: str, value: str) -> str:
        field = self.w(subject.name, *subject.args)
        if self.english:
            return f"{field} {self.w(op)} {value}"
        return f"{field}{self.w(op)}{value}"

    def value(self, subject: Field, value: Literal) -> str:
        if isinstance(value.value, Decimal):
            return _number(value.value)
        if subject.name in _ENUM_FIELDS and value.value in WORDS:
            return self.w(value.value)
        return self.w("quote", value.value)

    def test(self, node: Test, negated: bool = False) -> str:
        arg = self.w(node.arg) if node.arg in WORDS and node.name != "holds" else node.arg
        key = node.name
        if negated:
            key = "no consent" if key == "consent" else f"not {key}"
        return self.w(key, arg)


def _number(value: Decimal) -> str:
    """1234567.5 as 1,234,567.5."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    whole, _, fraction = format(value, "f").partition(".")
    return f"{int(whole):,}.{fraction}" if whole != "-0" else f"-0.{fraction}"
