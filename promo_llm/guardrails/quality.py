"""Quality heuristics: copy that is true, lawful and safe but reads badly or is about something
else. Degenerate generations (a word, phrase or figure repeated; shouting), garbled text (letters
of another script, doubled punctuation, a field name), spelling (a word in no word list, a near
miss of the brand or a title word) and relevance (the copy names its product, keeps off other
products' topics, and does not echo the customer's interests back).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from ..facts import EN_STOP, names_product, product_names
from .context import Context
from .packs import term_regex
from .vocab import word_list, word_set
from .text import (CASE_PARTS, CJK_RE, EN_TOKEN, LIST_SEP_ZH, NUMBER_RE, UNIT_AFTER, UNITS, URL_RE, fold, is_pictograph,
                   listed_together, num_key, singulars)

_UPPER = re.compile(r"[A-Z]")
_BANGS = re.compile(r"[!！]{3,}")
_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# a word three times in a row; a phrase of two to four words three times in a row ("Fairy cake doormat, fairy cake
# doormat, fairy cake doormat")
_EN_TRIPLE = re.compile(r"\b([a-z][a-z']*)(?:[\s,.!\-]+\1\b){2}")
# ... but a word said three times, each a sentence, opening the copy or a line and followed by a
# sentence of other words ('Thwack. Thwack. Thwack. Our target ...') is a beat, a device of its own
_BEAT = re.compile(r"([a-z][a-z']*)(?:[.!…]+\s+\1){2}[.!…]+\s+(?!\1\b)(?:\S+\s+){2,}\S")
# (a phrase may carry a figure, as a size or a model does: "size 3 heavy bowls" three times)
_EN_PHRASE_TRIPLE = re.compile(r"\b([a-z][a-z']*(?:\s+(?:[a-z][a-z']*|\d+(?:\.\d+)?)){1,3})(?:[\s,.!\-]+\1\b){2}")
# after a word repeated across a comma, a particle that makes the second a verb of its own ("Pack
# light, light up camp"): a play on the word, not an item written twice
_PUN_AFTER = re.compile(r"\s+(?:up|down|out|off|on|away|back|over)\b\s+[a-z]")
# a figure (an amount, a percentage, a quantity in its unit) written twice on one line: "100 g,
# 100 g", "$46.99 ... and now $46.99", "20 h, grey colour and a battery of 20 hours"
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s?$")
_PERCENT_AFTER = re.compile(r"\s?%")
# one item twice across a list joint: "beige, beige", "navy in navy", "headphones and headphones"
_ITEM_TWICE = re.compile(r"\b([a-z][a-z'\-]{2,})(?:,| and| or| in| with)\s+\1\b")
_TWICE_OK = word_set("twice_ok")
# two words written twice in a row: "bird feeder bird feeder"
_PAIR_TWICE = re.compile(r"\b([a-z][a-z'\-]+\s+[a-z][a-z'\-]+)\s+\1\b")
# a word written twice with nothing but a space between ("thermostatic thermostatic"); a comma
# makes it a figure of speech ("Mirror, mirror"), and reduplicated words are listed
_WORD_TWICE = re.compile(r"\b([a-z][a-z'\-]{2,})[ \t]+\1\b")
_REDUPLICATED = word_set("reduplicated")
# a unit of one to eight characters three times in a row (买买买, 好茶好茶好茶, 麻辣小龙虾 three times;
# digits inside a unit that holds a character: 到手96元 three times), or of three to eight twice
# (豆浆机豆浆机): no Chinese word doubles a unit that long
_CJK_REPEAT = re.compile(r"(\d{0,4}[\u4e00-\u9fff][\u4e00-\u9fff\d]{0,7})\1\1|([\u4e00-\u9fff]{3,8})\2")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _standalone(low: str, span: tuple[int, int]) -> bool:
    """Does a doubled word stand as a phrase of its own, opening a line or sentence and closed by
    punctuation or an emoji ('Buzz buzz!', 'Cluck cluck, welcome back', 'Cozy cozy?', 'Snip snip ✂️')?
    That is a figure of speech; a doubled word that runs on into its sentence ('Thermostatic thermostatic shower') is not."""
    before = low[:span[0]].rstrip(" \t")
    if before and before[-1] not in ".!?:\n":
        return False
    if low[span[1]:span[1] + 1] in (",", "!", "?", ".", "…", ":"):
        return True
    after = low[span[1]:].lstrip(" \t")  # closed by an emoji instead: 'Snip snip ✂️ ...'
    return bool(after) and is_pictograph(after[0])


def check_repetition(ctx: Context) -> None:
    low = ctx.low
    m = _CJK_REPEAT.search(low) if ctx.lang == "zh" or CJK_RE.search(low) else None
    if m and not ctx.in_record(m.group(0)):
        ctx.hit("repetition", m.span(), f"{m.group(1) or m.group(2)!r} repeated")
        return
    toks = EN_TOKEN.findall(low)
    m = _EN_TRIPLE.search(low)
    if m and _BEAT.match(low, m.start()) and low[:m.start()].rstrip(" \t")[-1:] in ("", "\n"):
        m = None
    if not m and len(toks) - len(set(toks)) >= 4:  # a phrase of two words or more, three times
        m = _EN_PHRASE_TRIPLE.search(low)
    if m:
        ctx.hit("repetition", m.span(), f"{m.group(1)!r} three times in a row")
        return
    m = _WORD_TWICE.search(low)
    if (m and m.group(1) not in EN_STOP and m.group(1) not in _REDUPLICATED and m.group(1) not in _TWICE_OK
            and not ctx.in_record(m.group(0)) and not _standalone(low, m.span())):
        ctx.hit("repetition", m.span(), f"{m.group(1)!r} twice in a row")
        return
    m = _ITEM_TWICE.search(low)
    if m and m.group(1) not in EN_STOP and m.group(1) not in _TWICE_OK and not _PUN_AFTER.match(low, m.end()):
        ctx.hit("repetition", m.span(), f"{m.group(1)!r} twice in a row ({m.group(0)!r})")
        return
    # two words twice in a row, unless the second pair opens the product's name ("20% off the
    # lunch bag Lunch Bag Red Retrospot")
    m = _PAIR_TWICE.search(low)
    if (m and not all(w in EN_STOP for w in m.group(1).split())
            and not low.startswith(fold(ctx.brief.product.title), m.end() - len(m.group(1)))):
        ctx.hit("repetition", m.span(), f"{m.group(1)!r} twice in a row")
        return
    lines = [ln.strip(" .!") for ln in low.split("\n")]
    if len(lines) > 1 and lines[0] and lines[0] in lines[1:]:  # a push whose body repeats its title
        ctx.hit("repetition", None, "a line written twice")
        return
    seen: set[tuple] = set()
    title = None
    for m in NUMBER_RE.finditer(low):
        unit = UNIT_AFTER.match(low, m.end())
        if _CURRENCY_BEFORE.search(low[max(0, m.start() - 2):m.start()]):
            kind = "$"
        elif _PERCENT_AFTER.match(low, m.end()):
            kind = "%"
        else:
            kind = UNITS[unit.group(1)] if unit else None
        if kind is None:
            continue
        # per line: a push may state its discount in the title and again in the body
        key = (low.count("\n", 0, m.start()), kind, num_key(float(m.group(0).replace(",", ""))))
        if key in seen:
            if title is None:  # a figure of the product's own name ("24L Backpack ... at 24 L")
                title = fold(ctx.brief.product.title)
            if m.group(0) not in title:
                ctx.hit("repetition", m.span(), f"{ctx.copy[m.start():(unit.end() if unit else m.end() + 1)]!r} "
                                                f"written twice")
                return
        seen.add(key)
    # shorter copy cannot repeat a word four times or a phrase three times unnoticed above
    if len(toks) >= 8 and len(set(toks)) <= len(toks) - 3:
        counts = Counter(t for t in toks if len(t) > 2 and t not in EN_STOP and t not in ctx.facts.words)
        if counts:
            w, n = counts.most_common(1)[0]
            if n >= 4 and n >= 0.15 * len(toks):
                ctx.hit("repetition", None, f"{w!r} {n} times")
                return
        grams = list(zip(toks, toks[1:], toks[2:]))
        if len(set(grams)) <= len(grams) - 2:  # some 3-gram may occur three times; count only then
            for g, n in Counter(grams).items():
                if n >= 3 and not all(t in ctx.facts.words for t in g):
                    ctx.hit("repetition", None, f"{' '.join(g)!r} {n} times")
                    return
    if ctx.lang == "zh":
        s = "".join(_CJK_RUN.findall(low))
        grams4 = [s[i:i + 4] for i in range(len(s) - 3)] if len(s) >= 12 else []
        if len(set(grams4)) <= len(grams4) - 2:
            g, n = Counter(grams4).most_common(1)[0]
            if n >= 3 and not ctx.in_record(g):
                ctx.hit("repetition", None, f"{g!r} {n} times")


def check_shouting(ctx: Context) -> None:
    settings = ctx.pack.settings
    m = _BANGS.search(ctx.nfkc)
    if m:
        ctx.hit("shouting", m.span(), "runs of exclamation marks")
        return
    if len(_UPPER.findall(ctx.nfkc)) < 8:
        return  # too few capitals for either test below
    opt = ctx.compiled["opt_out"]
    text = opt.sub(" ", ctx.nfkc) if opt else ctx.nfkc
    code = (ctx.facts.code or "")
    if code:  # the offer's code is written as the offer gives it, digits and all ('KUAICHONG30')
        text = re.sub(re.escape(code), " ", text, flags=re.IGNORECASE)
    words = [w for w in _CASED_WORD.findall(text)
             if w not in ctx.facts.caps and w != code and w not in ("STOP", "T", "TD")]
    letters = sum(len(w) for w in words)
    upper = sum(len(w) for w in words if w.isupper() and len(w) > 1)
    if letters >= int(settings.get("shouting_min_letters", 12)) and upper / letters >= float(settings.get("shouting_ratio", 0.7)):
        ctx.hit("shouting", None, f"{upper}/{letters} letters in capitals")
        return
    run = 0
    for w in words:
        run = run + 1 if (w.isupper() and len(w) > 1) else 0
        if run >= 4:
            ctx.hit("shouting", None, "four or more words in capitals in a row")
            return


def check_off_product(ctx: Context) -> None:
    """Copy must refer to the product it promotes (brand, a title word or its category). An email
    subject that teases (the rule's `teaser_subject` patterns: it trails off, or points at a
    'something' or a 'this' to open) withholds what it is about even where it names a word of it."""
    if not names_product(ctx.low, ctx.brief) and product_names(ctx.brief).terms:
        ctx.hit("off_product", None, "copy does not name or refer to the promoted product")
        return
    if ctx.spec.name == "email_subject":
        teasers = ctx.pack.rules["off_product"].params.get("teaser_subject", ())
        m = next((m for m in (re.search(t, ctx.low) for t in teasers) if m), None)
        if m:
            ctx.hit("off_product", m.span(), f"a teaser subject withholds the product: {m.group(0)!r}")


_GENERIC_CATEGORY_WORDS = word_set("generic_interest_words")


def _echo_terms(name: str) -> list[str]:
    """What copy that echoes an interest or a brand writes of it: the whole name ('coffee & tea'
    also as 'coffee and tea') and its distinctive words ('appliances' of 'Kitchen Appliances'; not
    'kitchen' or 'home', which copy uses for its own product). Chinese names: the whole name."""
    low = fold(name).strip()
    if not low:
        return []
    if not low.isascii():
        return [low]
    terms = {low, low.replace("&", "and"), re.sub(r"\s*&\s*", " and ", low)}
    terms.update(w for w in re.findall(r"[a-z]{3,}", low) if w not in _GENERIC_CATEGORY_WORDS)
    # the singular too ('kitchen appliance'); the match allows a plural ending anyway
    terms.update(t[:-1] for t in list(terms) if t.endswith("s") and not t.endswith("ss") and len(t) > 4)
    return sorted(terms)


_ABBREVIATED = re.compile(r"\.\s?\d")


def compile_topics(common: dict) -> list[tuple[str, re.Pattern, re.Pattern, re.Pattern]]:
    """`topics` of `packs/common.yaml`: (name, words, owners, except regexes) for folded texts."""
    return [(name, term_regex(t.get("words") or ()), term_regex(t.get("owners") or ()),
             term_regex(t.get("except") or ())) for name, t in (common.get("topics") or {}).items()]


def check_off_topic(ctx: Context) -> None:
    """Copy that wanders into a topic of other kinds of product: 'Cookware to your ears' (audio),
    'oolong tea for your pet', 'A good night's sleep?' for a rain jacket. A topic's words pass when
    the record names one of its owners (a pet bed's copy may talk about pets and sleep) or one of
    the topic's words itself (a doormat called 'Welcome Puppies'); lexicon in `packs/common.yaml`
    (`topics`)."""
    for name, words_rx, owners_rx, except_rx in ctx.compiled["topics"]:
        if words_rx is None:
            continue
        excepted = [e.span() for e in except_rx.finditer(ctx.low)] if except_rx is not None else []
        # a word with a dot and a number after it is an abbreviation ('filter cat. 2', 'no. 5')
        m = next((w for w in words_rx.finditer(ctx.low) if not _ABBREVIATED.match(ctx.low, w.end())
                  and not any(a <= w.start() and w.end() <= b for a, b in excepted)), None)
        if m is None:
            continue
        owned = ctx.facts.memo.get(("topic", name))
        if owned is None:
            # an owner of the topic in the record, or the topic's own word in it: the product's
            # title or design names it ('Doormat Welcome Puppies' may talk of puppies)
            owned = ctx.facts.memo[("topic", name)] = bool(owners_rx and owners_rx.search(ctx.facts.text)
                                                           or words_rx.search(ctx.facts.text))
        if not owned:
            ctx.hit("off_topic", m.span(), f"{m.group(0)!r} ({name}) has nothing to do with "
                                           f"{ctx.brief.product.title!r}")
            return


def check_interest_echo(ctx: Context) -> None:
    """The prompt's customer line echoed: copy that names one of the customer's interests or
    favourite brands other than the product's own category and brand, either whole where the
    name has 2+ words or 3+ Chinese characters ('Kitchen Appliances, 28 cm' for a stockpot;
    'coffee and tea'; '咖啡茶饮') or in a list with another of them or with the product's
    category ('Bedding, Fitness:' for a duvet); a favourite brand wherever it stands (it sells
    something else). A single word on its own is personalisation a copywriter uses too
    ('Welcome back, tea lover' for a kettle), and a name the record itself writes is allowed."""
    user, p = ctx.brief.user, ctx.brief.product
    if not user.top_categories and not user.top_brands:
        return
    loc = p.localized(ctx.brief.locale)
    own = {fold(x).strip() for x in (p.category, loc.category, p.brand or "", loc.brand or "")}
    foreign: list[tuple[str, str, bool]] = []  # (term, name, blocks wherever it stands)
    listed: set[str] = set()
    brands = {b for b, _ in user.top_brands}
    for name in [c for c, _ in user.top_categories] + sorted(brands):
        terms = _echo_terms(name) if name not in brands else [fold(name).strip()]
        listed.update(terms)
        if fold(name).strip() in own:
            continue
        for t in terms:
            if t and not ctx.in_record(t):
                # a brand, a name of 2+ words or of 3+ Chinese characters blocks wherever it stands
                foreign.append((t, name, name in brands or (len(t.split()) >= 2 if t.isascii() else len(t) >= 3)))
    if not foreign:
        return
    for x in own:
        listed.update(_echo_terms(x))

    def find(t: str):
        return re.finditer(rf"\b{re.escape(t)}(?:s|es)?\b" if t.isascii() else re.escape(t), ctx.low)

    spans = [m.span() for t in listed for m in find(t)]
    for t, name, whole in foreign:
        for m in find(t):
            if whole or any(s != m.span() and listed_together(ctx.low, m.span(), s, LIST_SEP_ZH) for s in spans):
                ctx.hit("interest_echo", m.span(), f"{m.group(0)!r} (the customer's {name!r}) is not "
                                                   f"the product's category or brand")
                return


_LATIN_NAME_WORD = re.compile(r"[a-z][a-z'’]{3,}")
_EN_SUFFIXES = ("ed", "ing", "er", "ers", "ly", "ness", "ful", "tion")
"""Endings of ordinary English words ('roasted' near 'Roastery', 'planning' near 'Plannery')."""


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def check_misspelled_name(ctx: Context) -> None:
    """A near miss of the product's brand ('Cozyhazes' for Cozyhaus, 'Harborline' for
    Harbourline, a brand run into the next words): copy that misspells the name it sells.

    Compared with each Latin word of the copy (4+ letters): the brand's words, as in the record
    and localized. A word is a near miss when it is not the name (nor its plural or possessive),
    not a word of the product record, and either close to the name (similarity >= `similarity`;
    >= 0.9 for names under 7 letters) or, for names of 7+ letters, starts with the name's first
    `prefix` letters and is longer than it (a misspelt name, or one run into the next words).
    Hashtags, words with ordinary English endings (-ed, -ing, -er, ...), letters joined to digits
    (a code or model: 'SCOOT25' is no word) and forms of a word of the record ('scoot' where the
    title says 'Scooter') are skipped.
    """
    p = ctx.brief.product
    names = set()
    for brand in {p.brand or "", p.localized(ctx.brief.locale).brand or ""}:
        names.update(w for w in re.split(r"[\s\-&./]+", fold(brand)) if len(w) >= 4 and w.isascii())
    if not names:
        return
    params = ctx.pack.rules["misspelled_name"].params
    sim = float(params.get("similarity", 0.8))
    prefix = int(params.get("prefix", 5))
    record = ctx.facts.words
    links = [u.span() for u in URL_RE.finditer(ctx.low)]  # words inside a link make no claim
    for m in _LATIN_NAME_WORD.finditer(ctx.low):
        if any(a <= m.start() < b for a, b in links):
            continue
        w = m.group(0).rstrip("'’")
        for suffix in ("'s", "’s"):
            if w.endswith(suffix):
                w = w[:-2]
        if (len(w) < 4 or w in names or w in record or ctx.low[m.start() - 1:m.start()] == "#"
                or ctx.low[m.end():m.end() + 1].isdigit() or ctx.low[m.start() - 1:m.start()].isdigit()):
            continue
        suffixed = w.endswith(_EN_SUFFIXES)
        for n in sorted(names):  # a set: sorted, so a hit names the same word in every process
            if w in (n + "s", n + "es"):
                continue
            if suffixed:  # an English word ('harboured') unless very close to the name ('Embersly')
                if SequenceMatcher(None, w, n).ratio() >= 0.9 and not _record_form(w, record, names):
                    ctx.hit("misspelled_name", m.span(), f"{m.group(0)!r} looks like a misspelling of {n!r}")
                    return
                continue
            # short names need a closer match: 'alpine' is a word, not a misspelt 'Alpina'
            need = sim if len(n) >= 7 else max(sim, 0.9)
            head = w[:len(n) + 2]  # a name run into the next words: compare its start
            if (SequenceMatcher(None, w, n).ratio() >= need or (
                    len(n) >= 7 and _common_prefix_len(w, n) >= prefix and len(w) > len(n)
                    and SequenceMatcher(None, head, n).ratio() >= 0.6)) and not _record_form(w, record, names):
                ctx.hit("misspelled_name", m.span(), f"{m.group(0)!r} looks like a misspelling of {n!r}")
                return
    # A near miss of a long word of the title ('Espreso Machine' for Espresso): same first
    # letter, similarity >= 0.88, not the word with an ending added or taken away
    long_title = {t for t in re.findall(r"[a-z]{6,}", fold(p.title)) if t not in names}
    if long_title:
        for m in re.finditer(r"[a-z]{6,}", ctx.low):
            w = m.group(0)
            if w in record or w in long_title:
                continue
            for t in sorted(long_title):
                if (w[0] == t[0] and not _same_stem(w, t) and ctx.low[m.start() - 1:m.start()] != "#"
                        and SequenceMatcher(None, w, t).ratio() >= 0.88):
                    ctx.hit("misspelled_name", m.span(), f"{w!r} looks like a misspelling of {t!r}")
                    return
    # A name in the brand's place: a capitalised word the record does not write, beginning like
    # a brand of 6+ letters, written as a possessive ("Kent's shoes" for Kestrel) or just before
    # a word of the title other than the brand ("Kentling approach shoes")
    # (the title's words, less its function words: "February with code" is no name before "with")
    title = {t for t in re.findall(r"[a-z]{3,}", fold(p.localized(ctx.brief.locale).title + " " + p.title))
             if t not in names and t not in EN_STOP}
    for m in _CAP_NAME.finditer(ctx.nfkc):
        w = m.group(1).lower()
        if (w in names or w in record or w in title or w in _COMMON_POSSESSIVES or w in _COMMON_OPENERS
                or any(a <= m.start() < b for a, b in links)):
            continue
        nxt = (m.group(3) or "").lower()
        if not (m.group(2) or nxt in title):
            continue
        for n in sorted(names):
            if len(n) >= 6 and w[:2] == n[:2]:
                ctx.hit("misspelled_name", m.span(1), f"{m.group(1)!r} stands where the brand "
                                                      f"{n.capitalize()!r} belongs")
                return


_WORD_ENDINGS = ("",) + word_list("word_endings")


def _record_form(w: str, record, names) -> bool:
    """Is `w` a form of a word of the record other than the brand's ('scoot' for 'scooter', 'knit'
    for 'knitting'): a word of the product's world, not a misspelt name? (Run only on a word about
    to be reported.)"""
    return any(len(t) >= 4 and t[:2] == w[:2] and t not in names and _same_stem(w, t) for t in record)


def _same_stem(a: str, b: str) -> bool:
    """Are `a` and `b` forms of one word ('hydration' / 'hydrating', 'commute' / 'commuter')?"""
    stems = {a[:len(a) - len(e)] for e in _WORD_ENDINGS if a.endswith(e) and len(a) - len(e) >= 4}
    return any(b.endswith(e) and b[:len(b) - len(e)] in stems for e in _WORD_ENDINGS)


_CAP_NAME = re.compile(r"\b([A-Z][a-z]{2,})(?:(['’]s)\b|\s+([A-Za-z]+))")
_COMMON_POSSESSIVES = word_set("common_possessives")
_COMMON_OPENERS = word_set("common_openers")
"""Capitalised words that open a sentence ('The Linen Button-Down Shirt' for the brand Thread)."""


_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[A-Za-z0-9%)])\s+[.,!?;:](?![\d.])")
_DOUBLE_PUNCT = re.compile(r"[:;,][.!?]|[,;:]{2,}")  # ('& Co.:' is fine)
_LONG_CAPS = re.compile(r"\b[A-Z]{13,}\b")
"""A long run of capitals that is no word of the record: a small model's garbled name
('The ZEPYRAARUREADES ($29.99)'); ordinary shouted words are shorter."""
# a record field's key written into copy: 'Room_size: up to 60 m²'
_SNAKE_WORD = re.compile(r"\b[A-Za-z]+_[A-Za-z_]+\b")
_ZH_DOUBLE_PUNCT = re.compile(r"[。！？，、；：][，。、；]")
_MIXED_WIDTH = re.compile(r"[0-9][.．]?[\uff10-\uff19]|[\uff10-\uff19][.．]?[0-9]")
# "Oakridge: A 19% off the Frying Pan", "24 pieces of 21% off", "with a 9% off until": 'N% off'
# is no noun ('a 20% off code' is fine)
_PCT_AS_NOUN = re.compile(r"\b(?:[Aa]n?|of)\s+\d+(?:\.\d+)?\s?%\s+off\b(?!\s+(?:code|coupon|deal|discount|offer|sale|"
                          r"price|promo|promotion|voucher|savings?|event|weekend|week)\b)")
_DOUBLED_WORD = re.compile(r"\b([A-Za-z]{4,})\s+\1\b")  # same case: 'Buzz buzz!' is on purpose


_UNREADABLE = {"Cn", "Co", "Cs"}
"""Unicode categories no copy is written in: unassigned, private use, surrogates (a code point of
the emoji blocks that this Unicode database does not know is an emoji of a later version)."""


def _expected_letter(ch: str) -> bool:
    """Latin (with its extensions and full-width forms), Greek (α-, β-, μm in product facts) and
    Han letters: the scripts English and Chinese copy is written in."""
    o = ord(ch)
    return (o < 0x0250 or 0x0370 <= o < 0x0400 or 0x1E00 <= o < 0x1F00 or 0x3005 <= o <= 0x3007
            or 0x3400 <= o < 0x4DC0 or 0x4E00 <= o < 0xA000 or 0xF900 <= o < 0xFB00
            or 0xFF21 <= o <= 0xFF5A or 0x20000 <= o < 0x30000)


def check_garbled(ctx: Context) -> None:
    """Broken surface form. Any copy: letters of another script (kana, Hangul, Cyrillic words,
    cuneiform: '收纳袋𒁁UserProgミールームウェアー' from a small model) that the record does not
    write. English copy also: a space before punctuation ('voice .'), doubled punctuation
    ('Jacket:.'), a word written twice in a row ('compact compact'), a field name ('Room_size'),
    or 'N% off' used as a noun ('A 19% off the Frying Pan'). Chinese copy also: two marks in a
    row ('不怕脏。，'), a number half in full-width digits ('9.２折'), a long Latin run, a character
    rare in Chinese text that the record does not write (a small model's word salad). And any
    copy: a character no reader can read - the replacement character U+FFFD (bytes that were no
    text), an unassigned, private-use or surrogate code point, a control character left in it -
    since copy that shows '�' to a customer cannot be sent (a small model writing byte fragments)."""
    if not ctx.copy.isascii():
        rx = ctx.pack.rules["garbled_text"].pattern_regex  # mojibake: UTF-8 read as Latin-1 ('Â£')
        m = rx.search(ctx.low) if rx is not None else None
        if m:
            ctx.hit("garbled_text", m.span(), f"text decoded with the wrong encoding: {ctx.copy[m.start():m.end() + 4]!r}")
            return
        for i, ch in enumerate(ctx.copy):
            if ch == "\ufffd" or (unicodedata.category(ch) in _UNREADABLE and not is_pictograph(ch)):
                ctx.hit("garbled_text", (i, i + 1),
                        f"an unreadable character ({unicodedata.name(ch, hex(ord(ch)))}): "
                        f"{ctx.copy[max(0, i - 12):i + 6]!r}")
                return
        for i, ch in enumerate(ctx.copy):
            if ch.isalpha() and not _expected_letter(ch) and ch.lower() not in ctx.facts.text:
                ctx.hit("garbled_text", (i, i + 1),
                        f"a letter of another script ({unicodedata.name(ch, hex(ord(ch)))}): "
                        f"{ctx.copy[max(0, i - 12):i + 6]!r}")
                return
    if ctx.lang != "en":
        # two marks in a row ('出门带不怕脏。，$224.99') and a number half in full-width digits
        # ('9.２折', '8.１折'), both from a small model
        for rx, what in ((_ZH_DOUBLE_PUNCT, "doubled punctuation"), (_MIXED_WIDTH, "a number in two digit widths")):
            m = rx.search(ctx.copy)
            if m:
                ctx.hit("garbled_text", m.span(), f"{what}: {ctx.copy[max(0, m.start() - 8):m.end() + 4]!r}")
                return
        rank = int(ctx.pack.rules["garbled_text"].params.get("rare_char_rank", 0) or 0)
        if rank and CJK_RE.search(ctx.copy):
            common = common_han(rank)
            for i, ch in enumerate(ctx.copy):
                if "\u3400" <= ch <= "\u9fff" and ch not in common and ch not in ctx.facts.text:
                    ctx.hit("garbled_text", (i, i + 1),
                            f"a character rare in Chinese text (not among its {rank:,} most frequent) that "
                            f"the record does not write: {ctx.copy[max(0, i - 8):i + 6]!r}")
                    return
        # a long run of Latin letters the record does not write, inside Chinese copy
        # ('出门带一双。eleSpparkertrusted' from a small model)
        links = [u.span() for u in URL_RE.finditer(ctx.low)] if "." in ctx.low else []
        for m in re.finditer(r"[A-Za-z]{10,}", ctx.copy):
            if any(a <= m.start() and m.end() <= b for a, b in links):
                continue  # a word of a link ('qingdaobooks.cn/x'): the link rules judge the link
            if m.group(0).lower() not in ctx.facts.words and not ctx.in_record(m.group(0)):
                ctx.hit("garbled_text", m.span(), f"a {len(m.group(0))}-letter Latin run the record does not "
                                                  f"write: {m.group(0)!r}")
                return
        return
    for m in _LONG_CAPS.finditer(ctx.copy):
        if m.group(0).lower() not in ctx.facts.words:
            ctx.hit("garbled_text", m.span(), f"a {len(m.group(0))}-letter word in capitals the record does not "
                                              f"write: {m.group(0)!r}")
            return
    for rx, what in ((_SPACE_BEFORE_PUNCT, "space before punctuation"), (_DOUBLE_PUNCT, "doubled punctuation"),
                     (_DOUBLED_WORD, "word written twice"), (_SNAKE_WORD, "a field name ('room_size')"),
                     (_PCT_AS_NOUN, "a discount used as a noun ('a 19% off the pan')")):
        m = rx.search(ctx.copy)
        if m:
            ctx.hit("garbled_text", m.span(), f"{what}: {ctx.copy[max(0, m.start() - 12):m.end() + 4]!r}")
            return


_LATIN_RUN = re.compile(r"[A-Za-z]+")
_URL_SPAN = re.compile(r"(?:https?://|www\.)\S+|\b[\w\-]+\.(?:com|net|org|io|co|cn)\b", re.I)


@lru_cache(maxsize=1)
def english_words() -> dict[str, float]:
    """The English word list (wordfreq's 'large' list, 321k words with inflections, names of
    places and common brands; loaded once per process, ~0.2 s)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="large")


@lru_cache(maxsize=4)
def common_han(rank: int) -> frozenset[str]:
    """The `rank` most frequent Chinese characters of Chinese text: wordfreq's zh word list with
    each word's frequency added to each of its characters (loaded once per process, ~1 s)."""
    from wordfreq import get_frequency_dict

    freq: Counter = Counter()
    for word, f in get_frequency_dict("zh").items():
        for ch in word:
            if "\u3400" <= ch <= "\u9fff":
                freq[ch] += f
    return frozenset(ch for ch, _ in freq.most_common(rank))


_SHORT_WORDS = word_set("hashtag_short_words")


def _compound(token: str, words: dict[str, float], ctx: Context, most: int = 5) -> bool:
    """Can `token` be read as up to `most` English or record words run together (pieces of two
    letters only from `hashtag_short_words`)?"""
    n = len(token)
    best = [0] + [most + 1] * n  # fewest parts covering token[:i]
    for i in range(1, n + 1):
        for j in range(max(0, i - 20), i - 1):
            part = token[j:i]
            if len(part) < 3 and part not in _SHORT_WORDS:  # '#nomowmay': no, mow, may
                continue
            if best[j] < best[i] - 1 and (part in words or part in ctx.facts.words):
                best[i] = best[j] + 1
    return best[n] <= most


def _sender_name(ctx: Context, token: str) -> bool:
    """Is `token` (4+ letters) the name of the shop that sends the copy: the start or the end of
    the name of one of the campaign's own link domains ('pagebridgebooks.co.uk' for Pagebridge,
    'shop-corkwell.com' for Corkwell)? A bookshop's or wine merchant's record names the publisher
    or the producer as its brand; the shop signs with its own name."""
    if len(token) < 4:
        return False
    for domain in ctx.campaign.allowed_domains:
        host = domain.lower().lstrip(".").split("/")[0]
        host = host[4:] if host.startswith("www.") else host
        for label in re.split(r"[.\-]", host.split(".")[0] if "." in host else host):
            if label == token or (len(label) > len(token) and (label.startswith(token) or label.endswith(token))):
                return True
    return False


def check_unknown_word(ctx: Context) -> None:
    """A Latin word of 3+ letters that is in no English word list and not in the record or offer:
    a name or word a small model made up ('Zeeky: 30 h battery', 'Cozysleepers', 'a king size
    kingletcher undercoat', 'Culinary baggars') or misspelt ('The Enerry Meadow stockpot'). The
    record's own words (brand, model, title) always pass. URLs are left to `url_not_allowed`."""
    if not re.search(r"[A-Za-z]{3}", ctx.copy):
        return
    words = english_words()
    allowed = ctx.pack.rules["unknown_word"].allow
    urls = [m.span() for m in _URL_SPAN.finditer(ctx.copy)]
    for m in _LATIN_RUN.finditer(ctx.copy):
        if len(m.group(0)) < 3 or any(a <= m.start() < b for a, b in urls):
            continue
        token = m.group(0).lower()
        if token in words or token in allowed or token in ctx.facts.words or ctx.in_record(token):
            continue
        if _sender_name(ctx, token):
            continue  # the shop's own name ('Pagebridge' of pagebridgebooks.co.uk), not the record's brand
        if len(token) > 4 and any(ctx.in_record(s) for s in singulars(token)):
            continue  # a plural of a record word: 'Trailrunners', 'crossbodies'
        parts = [p.lower() for p in CASE_PARTS.findall(m.group(0))]
        if len(parts) > 1 and all(len(p) < 3 or p in words or ctx.in_record(p) for p in parts):
            continue  # 'CozyNights', 'iPhone'
        if m.start() > 0 and ctx.copy[m.start() - 1] == "#" and _compound(token, words, ctx):
            continue  # a hashtag run together: '#homeworkout', '#chelseaboots'
        ctx.hit("unknown_word", m.span(), f"{m.group(0)!r} is not an English word and not in the product record")
        return
