"""Text helpers for the guardrails stage: span-preserving normalisation and number parsing.

Every helper keeps string offsets stable (one output character per input character) so that a
violation's span points at the same characters in the copy the user sees.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
# the words of a camel-cased run ('CozyNights', '#YummyBedding', 'iPhone')
CASE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
ZH_NUM_CHARS = "零〇一二两三四五六七八九十百千万"


@lru_cache(maxsize=8192)
def _nfkc_char(ch: str) -> str:
    # NFKC folds full-width digits, letters and punctuation (８折, ％, ￥, ！) to their ASCII forms.
    # Characters whose folded form is longer (㎏ -> kg) are kept as they are so offsets stay put.
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


@lru_cache(maxsize=8192)
def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def nfkc(text: str) -> str:
    """Same-length NFKC form of `text` (case kept)."""
    if text.isascii():
        return text
    whole = unicodedata.normalize("NFKC", text)
    if len(whole) == len(text):  # the common case: nothing expanded or composed
        return whole
    return "".join(_nfkc_char(ch) for ch in text)


def fold(text: str) -> str:
    """Same-length analysis form of `text`: NFKC per character, lower-cased."""
    if text.isascii():
        return text.lower()
    n = nfkc(text)
    low = n.lower()
    return low if len(low) == len(n) else "".join(_lower_char(ch) for ch in n)


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


def num_key(x: float) -> str:
    """Canonical text of a number for set lookups: 79.9 -> '79.9', 80.0 -> '80'."""
    r = round(x, 2)
    if not abs(r) < 1e15:  # inf, nan or a digit run no record holds
        return repr(x)
    if r == int(r):
        return str(int(r))
    return f"{r:.2f}".rstrip("0")


def str_num_key(s: str) -> str:
    """`num_key` of a digit string ('05' -> '5', '79.90' -> '79.9') without a float when integral."""
    return str(int(s)) if "." not in s else num_key(float(s))  # int() of any digit run is exact


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
