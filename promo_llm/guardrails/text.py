"""Text helpers shared by the guardrail checks: span-preserving normal forms, number parsing and
the patterns several check groups read (numbers with units, hashtags, list joints).

Every helper keeps string offsets stable (one output character per input character) so that a
violation's span points at the same characters in the copy the user sees. The normal forms
themselves live in `promo_llm.textnorm` (the record facts use them too) and are re-exported here.
"""

from __future__ import annotations

import re
import unicodedata

from ..textnorm import fold, nfkc, num_key, str_num_key
from .vocab import word_table

__all__ = ["CASE_PARTS", "CJK_RE", "EN_TOKEN", "HASHTAG_RE", "LATIN_LETTER_RE", "LIST_SEP", "LIST_SEP_ZH",
           "NUMBER_RE", "UNITS", "URL_RE", "UNIT_AFTER", "ZH_NUM_CHARS", "cjk_count", "close", "fold", "latin_count",
           "is_pictograph", "list_items", "listed_together", "nfkc", "num_key", "number_value", "overlaps", "str_num_key", "to_float",
           "zh_number"]

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
# the words of a camel-cased run ('CozyNights', '#YummyBedding', 'iPhone')
CASE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

HASHTAG_RE = re.compile(r"(?<![\w&#])#[^\W\d_][\w\-]*")
EN_TOKEN = re.compile(r"[a-z][a-z']*|\d+")
"""English words and digit runs of lower-cased copy (last word of a line, repeated words)."""
# a thousands group is three digits and no more: '3,1080p' is 3 and 1080p, not 3,108
NUMBER_RE = re.compile(r"(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?")
# a unit right after a number: "24 cm", "1.7L", "2-year", "40小时"; canonical unit per spelling. A
# Latin unit ends its word ('5 min' is no '5 mint'); a Chinese one may run on into the next number
# (每100毫升3.6克 states 100 ml)
UNITS = word_table("units")
UNIT_AFTER = re.compile(r"\+?[\s-]?(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
                        + r")(?:(?<=[\u3400-\u9fff])|(?![a-z0-9]))")


# a link, with or without its scheme ('https://alpina.com/x', 'alpina.com/x', 'bit.ly/x'); for folded text
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。！？、）)]+"
    r"|(?<![@\w.\-])(?:[a-z0-9\-]+\.)+(?:com|cn|net|org|io|shop|store|co|me|ly|xyz|top|info|biz|app|"
    r"link|site|online|us|uk|hk|tw|jp|de|fr|eu|ru|tk|gl|gd|cc|tv|ai|in|to|be|it|nl|es|ch|se|kr|sg|"
    r"vip|club|live|pro|bio|fun|work|tech|cloud|page|ws|gg|fm|so|su)(?![a-z0-9\-])(?:[/?#][^\s，。！？、）)]*)?"
)


def close(a: float, b: float, tol: float = 0.005) -> bool:
    """Equal to the cent (amounts read from copy against the record's)."""
    return abs(a - b) <= tol


def to_float(s: str) -> float | None:
    """'1,299.00' -> 1299.0; None where `s` is no number."""
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


_ZH_DIGITS = word_table("zh_digits")
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


EN_NUMBER_WORDS = word_table("en_number_words")


def number_value(s: str) -> float | None:
    """Digits, English number words or Chinese numerals -> float."""
    s = s.strip().lower()
    if s in EN_NUMBER_WORDS:
        return EN_NUMBER_WORDS[s]
    return zh_number(s)


def singulars(word: str) -> set[str]:
    """The singulars an English plural may have ('boots' -> 'boot', 'crossbodies' -> 'crossbody',
    'boxes' -> 'box'); none for a word not ending in -s."""
    if not word.endswith("s"):
        return set()
    out = {word[:-1]}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        out.add(word[:-2])
    return out


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


_LIST_ITEM = re.compile(r"\s*(?:,|\band\b|&|\+|\bplus\b)\s*")


def list_items(text: str, span: tuple[int, int]) -> list[str]:
    """The items of the list around `span` in its sentence or line, parted by commas, 'and', '&',
    '+' or 'plus' ('ring light, tripod and microphone'); one item where there is no list."""
    a = max(text.rfind(c, 0, span[0]) for c in ".;:!?\n(") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ".;:!?\n)") if i >= 0]
    return _LIST_ITEM.split(text[a:min(ends) if ends else len(text)])


# the blocks Unicode adds its new emoji to (Miscellaneous Symbols and Dingbats; Miscellaneous Symbols
# and Arrows; Mahjong Tiles to Symbols and Pictographs Extended-A): a code point there that this
# Python's Unicode database does not know yet is an emoji of a later version (U+1FADA ginger root,
# Unicode 15), not an unreadable character
EMOJI_BLOCKS = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))


def is_pictograph(ch: str) -> bool:
    """Is `ch` a symbol drawn as a picture: an emoji or other symbol the Unicode database knows
    ('So'), or any code point of the emoji blocks, assigned after this database or not."""
    o = ord(ch)
    return unicodedata.category(ch) == "So" or any(lo <= o <= hi for lo, hi in EMOJI_BLOCKS)


def wh_stranded(words: list[str], params: dict) -> bool:
    """Does a line (its lower-case `words`) end on a preposition whose object is a wh-word before
    it that opens a clause with a subject of its own ('Guess what your garden's been waiting for',
    "See what you've been missing out on")? The sentence is whole. A wh-word that is the clause's
    subject ('find out what makes it perfect for') leaves the preposition without its object. The
    words are the pack's `truncated` params: `stranded_prepositions`, `stranded_wh`, `wh_subjects`."""
    if not words or words[-1] not in params.get("stranded_prepositions", ()):
        return False
    wh, subjects = params.get("stranded_wh", ()), params.get("wh_subjects", ())
    tail = words[-9:-1]
    return any(tail[i] in wh and tail[i + 1] in subjects for i in range(len(tail) - 1))
