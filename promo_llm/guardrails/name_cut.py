"""The product's name cut inside a word, anywhere in the copy: "now $29.99 with the Fernhollow
Hydrat for oily skin" for Fernhollow Hydrating Gel 50 ml. `channel.check_truncated` reads where a
copy or a line ends; a name written as far as the middle of a word and then left is broken copy
wherever it stands. Reported as `truncated` (form tier), once per copy, and not where the end of
the copy is already reported cut.

English. The copy starts to name the product: it writes the brand, the first words of the title
(also after the brand, or after the brand's first words, where the title opens with them:
'Harbor Lights' of Quillfox Harbor Lights Board Game by Quillfox Games) or both, word after
word (a space, a hyphen, '&' or '+' between them, 'Calder & Pine', after a closing apostrophe
too, "Kids' Light-Up"), with at least one word that is neither a function word nor a number; a
marketer drops words ('the Forgewell Cast Iron Skillet' for Forgewell 10-inch Pre-Seasoned Cast
Iron Skillet), so the words need only come in the title's order. The word after them is a strict
prefix of a word still to come in the title ('Hydrat' for 'Hydrating'; 'the Fernhollow Ser' for
its Serum) and no word of its own. A word of its own is:

- a common English word: wordfreq's frequency of it at or above the `truncated` rule's
  `name_word_zipf` (2.5 on the Zipf scale: 'bright', 'moist', 'vit', 'choc' pass; the word
  list also holds fragments such as 'hydr' or 'vitam' at frequencies no real shortening has);
- an abbreviation of the pack (`name_abbreviations` of `packs/common.yaml`: 'adj', 'elec',
  'orig') or a unit ('ml', 'oz', 'pcs');
- a word of the record or of the run's catalogue (another product may be called 'Hydra');
- the title word without its plural ending ('Boot' for 'Boots'); possessives are read without
  their 's ("Fernhollow's").

A title word that merely begins a longer word of the copy does not start the name: words are
compared whole ('Pancake' is not 'Pan').

Chinese has no spaces to tell a cut word from a shortened name ('和纸胶' may well be how a shop
shortens 和纸胶带), so only a cut that can be told is reported: the copy writes the start of its
title, at least two characters past where the title parts from another title of the catalogue,
stops inside a word (not where the title has a space, after its brand, or where its head noun
starts, as `lexicon.chinese_heads` finds it) and goes straight on with that other title's
continuation: '墨笺和纸胶钢笔墨水' for 墨笺和纸胶带 beside 墨笺钢笔墨水. A Chinese name cut and
followed by ordinary words is left alone.
"""

from __future__ import annotations

import math
import re

from ..facts import EN_STOP
from .context import Context
from .lexicon import CatalogNames, NO_CATALOG, chinese_heads, zh_compact
from .quality import english_words
from .text import UNITS, URL_RE, fold
from .vocab import word_set

_TOKEN = re.compile(r"[a-z0-9\u00df-\u00f6\u00f8-\u024f]+(?:['’][a-z\u00df-\u00f6\u00f8-\u024f]+)?")
"""A word of a name (Latin letters with their accents: 'crème')."""
_JOINT = re.compile(r"['’]?[\s\-‐–®™&+]+")
"""What may stand between two words of a name as copy writes it."""
_LETTERS = re.compile(r"[a-z]+")
_CJK_SPLIT = re.compile(r"[^\u4e00-\u9fff]+")
_ABBREVIATIONS = word_set("name_abbreviations")


def _key(token: str) -> str:
    """A word as names are compared: without a possessive ending or apostrophe."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.replace("'", "").replace("’", "")


def _latin_names(ctx: Context) -> tuple[dict[str, list[tuple[str, ...]]], re.Pattern | None, frozenset[str]]:
    """The ways copy starts the product's Latin name, indexed by their first word ({word: [name
    words]}), a pattern that finds where one may start, and the record's own words (letters only)."""
    p = ctx.brief.product
    brand = tuple(_key(t) for t in _TOKEN.findall(fold(p.brand or "")))
    starts: dict[str, list[tuple[str, ...]]] = {}
    for title in dict.fromkeys((p.title, p.localized(ctx.brief.locale).title)):
        if not title.isascii() and zh_compact(title):
            continue
        words = tuple(_key(t) for t in _TOKEN.findall(fold(title)))
        shared = next((n for n, (a, b) in enumerate(zip(words, brand)) if a != b), min(len(words), len(brand)))
        body = words[shared:]  # the title less the brand, or less the brand's first words it opens with
        for name in dict.fromkeys((brand + body, words, body)):
            if (len(name) >= 2 and name not in starts.get(name[0], ())
                    and not all(w in EN_STOP or w.isdigit() for w in name[:-1])):
                starts.setdefault(name[0], []).append(name)
    first = (re.compile(r"(?<![a-z0-9\u00df-\u00f6\u00f8-\u024f])(?:"
                        + "|".join(map(re.escape, sorted(starts, key=len, reverse=True))) + ")")
             if starts else None)
    return starts, first, frozenset(_LETTERS.findall(ctx.facts.text))


def _a_word(w: str, ctx: Context, names: CatalogNames, record: frozenset[str]) -> bool:
    """Is `w` a word of its own (not the start of one): see the module's docstring."""
    if w in _ABBREVIATIONS or w in UNITS or w in record or w in names.words:
        return True
    zipf = float(ctx.pack.rules["truncated"].params.get("name_word_zipf", 2.5))
    return english_words().get(w, 0.0) >= math.pow(10, zipf - 9)


def _next_word(low: str, end: int) -> re.Match | None:
    """The word after a joint at `end` (a space or a hyphen), or None."""
    joint = _JOINT.match(low, end)
    return _TOKEN.match(low, joint.end()) if joint else None


def _cut_latin(ctx: Context, names: CatalogNames) -> tuple[tuple[int, int], str] | None:
    memo = ctx.facts.memo.get(("name_cut", ctx.brief.locale))
    if memo is None:
        memo = ctx.facts.memo[("name_cut", ctx.brief.locale)] = _latin_names(ctx)
    starts, first, record = memo
    if first is None:
        return None
    low = ctx.low
    links = None
    for m in first.finditer(low):
        tok = _TOKEN.match(low, m.start())
        for name in starts.get(_key(tok.group(0)), ()):
            written, nxt = [name[0]], _next_word(low, tok.end())
            k = 1  # the name's words the copy has written or passed over ('Cast Iron' of Pre-Seasoned Cast Iron)
            while k < len(name) and nxt is not None and _key(nxt.group(0)) in name[k:]:
                written.append(_key(nxt.group(0)))
                k, nxt = name.index(written[-1], k) + 1, _next_word(low, nxt.end())
            if k == len(name) or nxt is None or all(w in EN_STOP or w.isdigit() for w in written):
                continue  # the whole name, or only 'the' of 'The Original Pancake Mix'
            w, (a, b) = _key(nxt.group(0)), nxt.span()
            if len(w) < 2 or not w.isalpha() or low[b:b + 1].isalnum():
                continue  # a word that goes on in a letter of another script ('Hyalurоnic', Cyrillic о)
            whole = [t for t in name[k:] if len(t) > len(w) and t.startswith(w) and t not in (w + "s", w + "es")]
            if not whole or _a_word(w, ctx, names, record):
                continue
            if links is None:
                links = [u.span() for u in URL_RE.finditer(low)]
            if any(s <= m.start() < e for s, e in links):
                continue
            return (a, b), (f"the product's name cut inside a word: {ctx.copy[m.start():b]!r} "
                            f"({ctx.copy[a:b]!r} for {whole[0]!r})")
    return None


def _zh_forms(ctx: Context) -> list[tuple[str, int, frozenset[int]]]:
    """The product's Chinese titles as (characters run together, brand length, the positions where
    a word of the title starts or ends)."""
    p = ctx.brief.product
    brand = fold(p.brand or "")
    forms = []
    for title in dict.fromkeys((p.title, p.localized(ctx.brief.locale).title)):
        title = fold(title)
        t = zh_compact(title)
        if len(t) < 3:
            continue
        cuts, n = {0, len(t)}, 0
        for run in _CJK_SPLIT.split(title):
            n += len(run)
            cuts.add(n)  # a space or a number between two runs ends a word
        b = len(zh_compact(brand)) if brand and t.startswith(zh_compact(brand)) else 0
        cuts.add(b)
        for head in chinese_heads(title, brand):
            at = t.rfind(head)
            if at >= 0:
                cuts |= {at, at + len(head)}
        forms.append((t, b, frozenset(cuts)))
    return forms


def _cut_zh(ctx: Context, names: CatalogNames) -> tuple[tuple[int, int], str] | None:
    forms = ctx.facts.memo.get(("name_cut_zh", ctx.brief.locale))
    if forms is None:
        forms = ctx.facts.memo[("name_cut_zh", ctx.brief.locale)] = _zh_forms(ctx)
    low = ctx.low
    for t, b, cuts in forms:
        for begin in sorted({0, b}):
            at = low.find(t[begin:begin + 2])
            while at >= 0:
                i, j = begin, at  # title index, copy index
                while i < len(t) and j < len(low):
                    if low[j] == t[i]:
                        i, j = i + 1, j + 1
                    elif low[j].isspace() and i in cuts:
                        j += 1
                    else:
                        break
                went_on = low[j:j + 2]
                if len(went_on) == 2 and i < len(t) and i not in cuts and i - begin >= 2:
                    # another title that shares t[:c] and goes on as the copy does, with two of
                    # this title's own characters written after where the two part
                    for c in range(i - 1):
                        if went_on != t[c:c + 2] and went_on in names.zh_next.get(t[:c], ()):
                            return (at, j), (f"the product's name cut inside a word and run into another "
                                             f"product's: {ctx.copy[at:j + 2]!r} ({t[:i]!r} of {t!r})")
                at = low.find(t[begin:begin + 2], at + 1)
    return None


def check_name_cut(ctx: Context) -> None:
    """See the module's docstring."""
    if any(h.rule == "truncated" for h in ctx.hits):
        return
    names = ctx.compiled.get("names") or NO_CATALOG
    got = _cut_latin(ctx, names)
    if got is None and names.zh_next and ctx.lang == "zh":
        got = _cut_zh(ctx, names)
    if got is not None:
        ctx.hit("truncated", *got)
