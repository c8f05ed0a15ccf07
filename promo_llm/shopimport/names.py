"""Shop import: product names cleaned for copy.

Transaction exports often write product names in capitals ("WHITE HANGING HEART T-LIGHT HOLDER").
`clean_name` writes them the way copy names a product ("White Hanging Heart T-Light Holder"):
words in title case (each part of a hyphenated word, the letter after an apostrophe kept small),
small joining words in lower case inside the name, measurements with their units in lower case
("60x40cm", "500g", "3.5g"), sizes and codes that mix one letter and digits kept as written
("A6", "3D"), common abbreviations kept in capitals (LED, USB, UK), doubled spaces and stray
punctuation at the ends removed. Names already in mixed case keep their own capitals.
"""

from __future__ import annotations

import re

SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with via".split())
"""Joining words written in lower case inside a name (never as its first word)."""


UNITS = ("cm", "mm", "m", "g", "kg", "ml", "cl", "l", "in", "oz", "lb", "ft", "pc", "pcs")
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_MEASURE = re.compile(rf"^(?:\d+(?:[.,]\d+)?(?:{_UNIT})?)(?:x\d+(?:[.,]\d+)?(?:{_UNIT})?)*$", re.I)
_CODE = re.compile(r"^(?:[a-z]\d{1,2}|\d{1,2}[a-z])$", re.I)
_SPACES = re.compile(r"\s+")
_COMMA = re.compile(r"\s*,\s*")
_PART_SPLIT = re.compile(r"([-/&+()\[\],.])")

ABBREVIATIONS = frozenset("led usb uk usa eu diy dvd cd pvc abc tv bbq xl xxl xs pj".split())
"""Common abbreviations kept in capitals."""


def _word(word: str, first: bool) -> str:
    low = word.lower()
    if not low:
        return word
    if _MEASURE.match(low) and any(c.isdigit() for c in low):
        return low  # 60x40cm, 500g, 3.5g, 12
    if _CODE.match(low):
        return word.upper()  # A6, 3D
    if low in ABBREVIATIONS:
        return low.upper()
    if not first and low in SMALL_WORDS:
        return low
    if low[0].isdigit():  # 3-tier, 12pk: digits then letters stay lower
        return low
    # title case; the letter after an apostrophe stays small (children's), except O'/D' names
    head, rest = low[0].upper(), low[1:]
    if len(low) > 2 and low[1] == "'" and low[0] in "od":  # O'Neill, D'Arcy
        return head + "'" + rest[1:2].upper() + rest[2:]
    return head + rest


def _token(token: str, first: bool) -> str:
    """One space-separated token: hyphenated and slashed parts each in title case."""
    parts = _PART_SPLIT.split(token)
    out, seen_word = [], False
    for p in parts:
        if not p or _PART_SPLIT.fullmatch(p):
            out.append(p)
            continue
        out.append(_word(p, first and not seen_word))
        seen_word = True
    return "".join(out)


def clean_name(raw: str | None) -> str:
    """A product name as copy writes it; see the module docstring. Empty input gives ''."""
    if raw is None:
        return ""
    text = _SPACES.sub(" ", _COMMA.sub(", ", str(raw))).strip().strip(",.;:*?!").strip()
    if not text:
        return ""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.islower() for c in letters) > len(letters) / 2:
        return text  # already written for people: keep its capitals
    tokens = text.split(" ")
    return " ".join(_token(t, i == 0) for i, t in enumerate(tokens))


__all__ = ["clean_name", "SMALL_WORDS", "UNITS", "ABBREVIATIONS"]
