"""Text helpers shared by the guardrail checks: span-preserving normal forms, number parsing and
the patterns several check groups read (numbers with units, hashtags, list joints).

Every helper keeps string offsets stable (one output character per input character) so that a
violation's span points at the same characters in the copy the user sees. The normal forms
themselves live in `promo_llm.textnorm` (the record facts use them too) and are re-exported here.
"""

from __future__ import annotations

import re

from ..textnorm import fold, nfkc, num_key, str_num_key

__all__ = ["CASE_PARTS", "CJK_RE", "EN_TOKEN", "HASHTAG_RE", "LATIN_LETTER_RE", "LIST_SEP", "LIST_SEP_ZH",
           "NUMBER_RE", "UNITS", "UNIT_AFTER", "ZH_NUM_CHARS", "cjk_count", "close", "fold", "latin_count",
           "listed_together", "nfkc", "num_key", "number_value", "overlaps", "str_num_key", "to_float",
           "zh_number"]

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
# the words of a camel-cased run ('CozyNights', '#YummyBedding', 'iPhone')
CASE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

HASHTAG_RE = re.compile(r"(?<![\w&#])#[^\W\d_][\w\-]*")
EN_TOKEN = re.compile(r"[a-z][a-z']*|\d+")
"""English words and digit runs of lower-cased copy (last word of a line, repeated words)."""
NUMBER_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# a unit right after a number: "24 cm", "1.7L", "2-year", "40小时"; canonical unit per spelling
UNITS = {"cm": "cm", "厘米": "cm", "mm": "mm", "毫米": "mm", "m²": "m2", "m2": "m2", "平方米": "m2",
          "kg": "kg", "千克": "kg", "公斤": "kg", "g": "g", "克": "g", "lb": "lb", "lbs": "lb",
          "oz": "oz", "ml": "ml", "毫升": "ml", "l": "l", "升": "l", "litre": "l", "liter": "l",
          "litres": "l", "liters": "l", "w": "w", "瓦": "w", "watt": "w", "watts": "w", "h": "h",
          "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "小时": "h", "inch": "in", "inches": "in",
          "piece": "pcs", "pieces": "pcs", "pcs": "pcs", "片": "pcs", "件": "pcs", "year": "yr",
          "years": "yr", "岁": "yr", "gallon": "gal", "gallons": "gal", "gal": "gal", "quart": "qt",
          "quarts": "qt", "pint": "pt", "pints": "pt", "ounce": "oz", "ounces": "oz", "pound": "lb",
          "pounds": "lb", "gram": "g", "grams": "g", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
          "kilos": "kg", "millilitre": "ml", "milliliter": "ml", "millilitres": "ml", "milliliters": "ml",
          "centimetre": "cm", "centimeter": "cm", "centimetres": "cm", "centimeters": "cm",
          "millimetre": "mm", "millimeter": "mm", "millimetres": "mm", "millimeters": "mm",
          "ft": "ft", "foot": "ft", "feet": "ft", "mile": "mi", "miles": "mi"}
UNIT_AFTER = re.compile(r"\+?[\s-]?(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
                        + r")(?![a-z0-9])")


def close(a: float, b: float, tol: float = 0.005) -> bool:
    """Equal to the cent (amounts read from copy against the record's)."""
    return abs(a - b) <= tol


def to_float(s: str) -> float | None:
    """'1,299.00' -> 1299.0; None where `s` is no number."""
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
ZH_NUM_CHARS = "零〇一二两三四五六七八九十百千万"


def cjk_count(text: str) -> int:
    return len(CJK_RE.findall(text))


def latin_count(text: str) -> int:
    return len(LATIN_LETTER_RE.findall(text))


def zh_number(s: str) -> float | None:
    """'3' -> 3, '三' -> 3, '十二' -> 12, '两' -> 2, '1.5万' -> 15000; None if not a number."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    mult = 1
    if s[-1] in "万w":
        mult, s = 10000, s[:-1]
    elif s[-1] == "千" and len(s) > 1 and s[0].isdigit():
        mult, s = 1000, s[:-1]
    try:
        return float(s) * mult
    except ValueError:
        pass
    total, cur = 0, 0
    for ch in s:
        if ch in _ZH_DIGITS:
            cur = _ZH_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return float((total + cur) * mult)


EN_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a couple": 2, "a few": None, "few": None, "a handful": None,
}


def number_value(s: str) -> float | None:
    """Digits, English number words or Chinese numerals -> float."""
    s = s.strip().lower()
    if s in EN_NUMBER_WORDS:
        return EN_NUMBER_WORDS[s]
    return zh_number(s)


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    a, b = span
    return any(a < d and c < b for c, d in spans)


_LIST_SEPARATORS = r",|/|&|\+|\band\b|\bor\b"
LIST_SEP = re.compile(rf"\s*(?:{_LIST_SEPARATORS})\s*(?:(?:and|or)\s+)?")
"""What joins two items of a list: ', ', ' and ', ' / ', ', and ', ' or '."""
LIST_SEP_ZH = re.compile(rf"\s*(?:{_LIST_SEPARATORS}|、|和)\s*(?:(?:and|or)\s+)?")
"""The same, with the Chinese enumeration comma and 和."""


def listed_together(text: str, a: tuple[int, int], b: tuple[int, int], sep: re.Pattern = LIST_SEP) -> bool:
    """Do spans `a` and `b` of `text` stand next to each other in a list ('bedding, headphones')?"""
    lo, hi = (a[1], b[0]) if b[0] >= a[1] else (b[1], a[0])
    return lo <= hi and sep.fullmatch(text, lo, hi) is not None
