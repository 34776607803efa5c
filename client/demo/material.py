"""What a generated bank is made of: names, places, numbers that look like the real ones."""

from __future__ import annotations

import random
from functools import lru_cache

import zhconv

from client.search.normalize import syllables

SURNAMES = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
    "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 "
    "石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 单"
).split()
COMPOUND_SURNAMES = "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 令狐 司徒".split()
GIVEN_CHARS = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 建 国 文 "
    "辉 力 鹏 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欣 佳 雪 婷 琳 晨 阳 思 雨 梓 涵 子 轩 博 嘉 "
    "美 玲 慧 颖 晓 志 海 波 鑫 飞 鹏 燕 兰 春 梅 凤 云 莉 倩 丹 璐 瑶 怡 晶 妍 悦 蕾 薇 欢 馨"
).split()
LATIN_FIRST = (
    "Hans José Zoë Émile Søren Jürgen François Inês Noël Björn Anaïs Renée Michael Anna".split()
)
LATIN_LAST = "Müller García Dupont Ødegaard Schröder Núñez Lefèvre Åberg Smith Brown Rossi".split()
CITIES = (
    ("0101", "北京", "Beijing", "110105"),
    ("0201", "上海", "Shanghai", "310101"),
    ("0301", "广州", "Guangzhou", "440103"),
    ("0401", "深圳", "Shenzhen", "440304"),
    ("0501", "杭州", "Hangzhou", "330102"),
    ("0601", "成都", "Chengdu", "510104"),
    ("0701", "武汉", "Wuhan", "420102"),
    ("0801", "南京", "Nanjing", "320102"),
    ("0901", "西安", "Xi'an", "610102"),
    ("1001", "重庆", "Chongqing", "500103"),
    ("1101", "天津", "Tianjin", "120101"),
    ("1201", "苏州", "Suzhou", "320505"),
    ("1301", "厦门", "Xiamen", "350203"),
    ("1401", "青岛", "Qingdao", "370202"),
    ("1501", "香港", "Hong Kong", "810000"),
    ("1601", "台北", "Taipei", "710000"),
)
BRANDS = "华夏 宏达 金鼎 恒信 东方 远航 嘉禾 瑞丰 天成 新元 长城 九州 盛世 鸿运 汇通 安泰".split()
INDUSTRIES = (
    ("科技", "Technology"),
    ("贸易", "Trading"),
    ("建设", "Construction"),
    ("物流", "Logistics"),
    ("餐饮", "Catering"),
    ("医药", "Pharmaceutical"),
    ("电子", "Electronics"),
    ("投资", "Investment"),
)
MOBILE_PREFIXES = (
    "130 131 132 133 135 136 137 138 139 150 151 152 158 159 177 180 186 188 189".split()
)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
UNIFIED_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def id_check_digit(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a PRC resident ID."""
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def national_id(rng: random.Random, region: str, birth: str) -> str:
    first17 = f"{region}{birth}{rng.randrange(1000):03d}"
    return first17 + id_check_digit(first17)


def company_code(rng: random.Random, region: str) -> str:
    """An 18-character unified social credit code (shape only; its check is not computed)."""
    body = "".join(rng.choice(UNIFIED_CODE_CHARS) for _ in range(9))
    return f"91{region}{body}{rng.choice(UNIFIED_CODE_CHARS)}"


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(100_000_000):08d}"


@lru_cache(maxsize=100_000)
def traditional(name: str) -> str:
    return str(zhconv.convert(name, "zh-hant"))


@lru_cache(maxsize=100_000)
def pinyin_name(name: str) -> str:
    """'张伟' -> 'ZHANG Wei', '欧阳娜娜' -> 'OUYANG Nana'."""
    split = 2 if name[:2] in COMPOUND_SURNAMES else 1
    sounds = syllables(name, as_person=True)
    return f"{''.join(sounds[:split]).upper()} {''.join(sounds[split:]).capitalize()}"


def chinese_person(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN_CHARS)
    if rng.random() < 0.7:
        given += rng.choice(GIVEN_CHARS)
    return surname + given


def latin_person(rng: random.Random) -> str:
    return f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"


def company(rng: random.Random, city: str, city_latin: str) -> tuple[str, str]:
    brand = rng.choice(BRANDS)
    industry, industry_latin = rng.choice(INDUSTRIES)
    brand_latin = "".join(syllables(brand, as_person=False)).capitalize()
    return (
        f"{city}{brand}{industry}有限公司",
        f"{city_latin} {brand_latin} {industry_latin} Co., Ltd.",
    )
