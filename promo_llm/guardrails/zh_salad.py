"""Chinese word salad: common characters strung together in no words.

A small model that cannot write Chinese produces strings of everyday characters in no sense
("各常见设备在好一个场静..."); every character is common, so `rare_char_rank` does not see them.
Real Chinese is made of words: read with a word list, its characters group into words far more
likely than the same characters drawn one by one. Word salad does not: its best reading is
mostly single characters, each no likelier as a word than as a letter.

The score of a text is that gain per character: the log-probability (base 10) of its best
segmentation into words of wordfreq's zh list (a unigram word model, words of one to four
characters), less the log-probability of its characters drawn independently (each character's
frequency summed over the words holding it), divided by the number of characters. Clean copy
scores about +0.47 (median); word salad about +0.07, and well below zero where most of its
characters read as no word. Only Chinese runs outside the record's own text (title, brand,
category, attributes, code, gift: every character pair the record writes is left out) and of two
or more characters are read; a copy with fewer than `salad_min_chars` such characters is not judged.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..facts import cjk_pairs
from .context import Context
from .vocab import word_list

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_MAX_WORD = 4
_FLOOR = -9.0
"""Log-probability of a character the list never writes as a word or in one."""
_ADDED_WORD = -6.5
"""Log-frequency of a word of the pack's `zh_salad_words` (a word of the web's shopping and pet talk
wordfreq's list lacks: 铲屎官, 喵星人, 平替): a word about as common as 萌宠 or 遛狗."""


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


@lru_cache(maxsize=1)
def zh_models() -> tuple[dict[str, float], dict[str, float]]:
    """(word log10 frequency, character log10 probability) from wordfreq's zh list: words of
    one to four Chinese characters, and each character's frequency summed over the words that
    hold it (loaded once per process, ~1 s)."""
    from wordfreq import get_frequency_dict

    words: dict[str, float] = {}
    chars: dict[str, float] = {}
    for word, f in get_frequency_dict("zh").items():
        if len(word) <= _MAX_WORD and all(_han(c) for c in word):
            words[word] = math.log10(f)
            for c in word:
                chars[c] = chars.get(c, 0.0) + f
    total = sum(chars.values())
    for word in word_list("zh_salad_words"):  # the shopping and pet words of the web the list lacks
        words.setdefault(word, _ADDED_WORD)
    return words, {c: math.log10(f / total) for c, f in chars.items()}


def _best_reading(run: str, words: dict[str, float]) -> float:
    """Log-probability of the likeliest segmentation of `run` into words of the list (a
    character in no word of its own counts `_FLOOR`)."""
    n = len(run)
    best = [0.0] + [-math.inf] * n
    for j in range(1, n + 1):
        for k in range(1, min(_MAX_WORD, j) + 1):
            lp = words.get(run[j - k:j])
            if lp is None:
                if k > 1:
                    continue
                lp = _FLOOR
            v = best[j - k] + lp
            if v > best[j]:
                best[j] = v
    return best[n]


def outside_record(copy: str, record_text: str) -> list[str]:
    """The copy's Chinese runs with every character of a pair the record writes removed (the
    record's words judge nothing: a brand may be any characters), the pieces left of 2+ characters."""
    rec = set(cjk_pairs(record_text))
    out: list[str] = []
    for run in _HAN_RUN.findall(copy):
        keep = [True] * len(run)
        for i in range(len(run) - 1):
            if run[i:i + 2] in rec:
                keep[i] = keep[i + 1] = False
        piece = ""
        for ch, k in zip(run, keep):
            if k:
                piece += ch
            else:
                if len(piece) >= 2:
                    out.append(piece)
                piece = ""
        if len(piece) >= 2:
            out.append(piece)
    return out


@lru_cache(maxsize=4096)
def word_gain(copy: str, record_text: str = "") -> tuple[float, int]:
    """(gain per character of reading the copy's Chinese as words rather than as independent
    characters, number of characters read); (0.0, 0) where there is nothing to read."""
    pieces = outside_record(copy, record_text)
    n = sum(len(p) for p in pieces)
    if not n:
        return 0.0, 0
    words, chars = zh_models()
    gain = sum(_best_reading(p, words) - sum(chars.get(c, _FLOOR) for c in p) for p in pieces)
    return gain / n, n


def check_zh_salad(ctx: Context) -> None:
    """Chinese copy whose characters read as no words (`garbled_text`): a word gain per character
    below the pack's `salad_word_gain` over at least `salad_min_chars` characters outside the record."""
    if ctx.lang != "zh" or any(h.rule == "garbled_text" for h in ctx.hits):
        return
    params = ctx.pack.rules["garbled_text"].params
    floor = params.get("salad_word_gain")
    if floor is None or not _HAN_RUN.search(ctx.copy):
        return
    score, n = word_gain(ctx.copy, ctx.facts.text)
    if n >= int(params.get("salad_min_chars", 12)) and score < float(floor):
        ctx.hit("garbled_text", None,
                f"Chinese that reads as no words (word salad): a word gain of {score:.2f} per character over "
                f"{n} characters, below {float(floor):.2f}: {ctx.copy[:24]!r}")
