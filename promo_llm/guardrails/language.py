"""Copy in the locale's language (`language_mismatch`): zh-CN copy mostly Chinese, English copy
mostly English, neither in Chinese characters nor in another language written in Latin letters
(its function words outnumber English ones, or a short line has one and its other words are rare
in English or carry letters English does not write). The record's own words (brand, model, code)
and the opt-out text do not count.
"""

from __future__ import annotations

import re

from .context import Context
from .text import cjk_count
from .vocab import word_set

_URL_OR_TAG = re.compile(r"(?:https?://|www\.)\S+|#[^\s#]+")
_LOW_WORD = re.compile(r"[a-z][a-z'\-]*")
_OTHER_FUNCTION_WORDS = word_set("other_latin_function_words")
_EN_FUNCTION_WORDS = word_set("english_function_words")


def check_language(ctx: Context) -> None:
    # Latin words that the record contains (brand, model, code) and opt-out keywords do not count.
    text = ctx.low
    opt = ctx.compiled["opt_out"]
    if opt:
        text = opt.sub(" ", text)
    text = _URL_OR_TAG.sub(" ", text)
    latin_words = [w for w in _LOW_WORD.findall(text) if w not in ctx.facts.words]
    latin = sum(len(w) for w in latin_words)
    cjk = cjk_count(text)
    weighted = 3 * cjk  # one CJK character carries about as much as three Latin letters
    if ctx.lang == "zh":
        if cjk == 0 or latin > weighted:
            ctx.hit("language_mismatch", None, f"{cjk} Chinese characters vs {latin} Latin letters; zh-CN copy must be mostly Chinese")
    elif ctx.lang == "en":
        if weighted > max(latin, 0) and cjk > 0:
            ctx.hit("language_mismatch", None, f"{cjk} Chinese characters vs {latin} Latin letters; {ctx.brief.locale} copy must be mostly English")
            return
        # another language in Latin letters: its function words outnumber English ones
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)
        other = [w for w in words if w in _OTHER_FUNCTION_WORDS and w not in ctx.facts.words]
        english = sum(w in _EN_FUNCTION_WORDS for w in words)
        if ((len(other) >= 3 and len(set(other)) >= 2 and len(other) > english)
                or (other and not english and (_mostly_foreign(ctx, words) or _unenglish_letters(ctx, words)))):
            ctx.hit("language_mismatch", None, f"function words of another language ({', '.join(sorted(set(other))[:6])}); "
                                               f"{ctx.brief.locale} copy must be English")


def _mostly_foreign(ctx: Context, words: list[str]) -> bool:
    """A short line with a function word of another language and none of English ('Cuaderno de
    dibujo de tapa dura, $14.40 con envío gratis'): is it written in words English rarely uses? At
    least three words of 3+ letters that are not the record's, and at least two in three of them
    rare in English (Zipf frequency below 3: 'cuaderno', 'dibujo', 'envío'), where English copy's
    words are common ('sketchbook', 'hardcover' and 'shipping' are not rare)."""
    from .quality import english_words

    content = [w for w in words if len(w) >= 3 and w not in ctx.facts.words and w not in _OTHER_FUNCTION_WORDS]
    if len(content) < 3:
        return False
    freq = english_words()
    rare = sum(freq.get(w, 0.0) < 1e-6 for w in content)  # Zipf 3 = once per million words
    return 3 * rare >= 2 * len(content)


_LATIN_WORD = re.compile(r"[a-z\u00df-\u024f]+")


def _unenglish_letters(ctx: Context, words: list[str]) -> str | None:
    """A word with an accented letter that English does not write at all ('frêne' in "Queue de
    snooker en frêne"): not the record's, and below Zipf 1 in English, where the loanwords English
    copy writes with their accents are found ('café', 'rosé', 'crème', 'jalapeño', 'purée'). With a
    function word of another language and none of English, a short line is that language even when
    its other words are English ones ('queue', 'snooker')."""
    from .quality import english_words

    freq = english_words()
    for w in words:
        if len(w) >= 3 and not w.isascii() and _LATIN_WORD.fullmatch(w) and w not in ctx.facts.words and freq.get(w, 0.0) < 1e-8:
            return w
    return None
