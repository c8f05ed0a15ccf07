"""Same-length analysis forms of text and canonical number keys, shared by the record facts
(`promo_llm.facts`), prompting and the guardrails.

Every form keeps string offsets stable (one output character per input character), so a span
found in the analysis form points at the same characters in the text the user sees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


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
