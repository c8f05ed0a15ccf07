"""Truth, the record's other facts: the promo code, stock and scarcity claims, ratings and sales
counts, free shipping and gifts, brand names, and attributes (colours, materials, features,
origins, sizes, kinds of product) must be what the product record and the offer state; so must
any place the copy says the product comes from ("made in a small village near the coast"). A kind of
product the record does not state passes only as a companion item beside the product's own name
(`companions.py`).
"""

from __future__ import annotations

import re
from typing import Any

from ...facts import EN_STOP, record_attributes
from ..context import Context
from ..packs import compile_each, group_n, group_n_span, load_common, term_regex
from ..terms import term_hits
from ..vocab import word_list, word_set, word_table
from ..text import (CASE_PARTS, CJK_RE, HASHTAG_RE, URL_RE, close, fold, num_key,
                    number_value, zh_number)
from .companions import companion, names_own_product, readers_own
from .settings import settings_state

CODE_RES = (
    re.compile(r"(?i:\b(?:promo\s+code|discount\s+code|coupon(?:\s+code)?|code|voucher)\b)\s*[:：]?\s*(?P<c>[A-Z0-9][A-Z0-9\-]{2,19})\b"),
    re.compile(r"(?:优惠码|折扣码|兑换码|口令|券码|优惠券码)\s*[:：]?\s*(?P<c>[A-Za-z0-9\-]{3,20})"),
    # a code to type at checkout, without the word 'code': 'Enter CAMP20 at checkout'
    re.compile(r"(?i:\b(?:enter|use|apply|type|add|pop|key\s+in)\s+)(?P<c>[A-Z0-9][A-Z0-9\-]{2,19})"
               r"(?i:\s+(?:at|in|on|during)\s+(?:the\s+)?(?:checkout|basket|cart|till|payment))"),
)
_IDENTIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, word_list("identifier_words"))) + r")[\s\-]*$")
# 输入 ("enter") in Chinese copy is for a code: "输入SHANYE15到手¥5"; written before anything
# else it is an instruction the offer does not give ("输入WPC来启动", "输入“一月”享免费", "输入回T退订")
ZH_ENTER_RE = re.compile(r"输入\s*(?:优惠码|折扣码|兑换码|口令|券码)?\s*[:：]?\s*[“\"「『]?(?P<c>[^\s，。！？,.!?”\"」』]{0,20})")
SIZE_RES = (
    re.compile(r"\bsizes?\s+(?P<v>(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d+(?:\.\d)?)(?:\s*(?:-|–|to|/|,|and|&)\s*(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d+(?:\.\d)?))*)\b"),
    re.compile(r"(?P<v>(?:\d+(?:\.\d)?|xxs|xs|s|m|l|xl|xxl|xxxl)(?:\s*[-/、至]\s*(?:\d+(?:\.\d)?|xs|s|m|l|xl|xxl))*)\s*码"),
)
_WORD = re.compile(r"[a-z]+")
RATING_KEYS = ("rating", "review", "stars", "sold", "评分", "好评", "销量", "评价")
_RATING_KEY = re.compile("|".join(RATING_KEYS))


# --- origin -----------------------------------------------------------------------------------

def check_origin(ctx: Context) -> None:
    """A provenance phrase ('made in ...', 'crafted near ...', 产自...; the pack's
    `grounding_origin` patterns, each with a `place` group) that names a place (a capitalised word,
    or one of the pack's `place_nouns`; any Chinese place) must name one the record states."""
    rule = ctx.pack.rules["grounding_origin"]
    if rule.pattern_regex is None:
        return
    allowed = [m.span() for m in rule.allow_regex.finditer(ctx.low)] if rule.allow_regex else []
    nouns = set(rule.params.get("place_nouns", ()))
    for m in rule.pattern_regex.finditer(ctx.low):
        if any(a <= m.start() and m.end() <= b for a, b in allowed):
            continue
        raw = m.group("place") or ""
        cut = _SYMBOL.search(raw)  # 'Made in Sheffield 🍞 Our knife': a symbol closes the place, as punctuation does
        raw = raw[:cut.start()] if cut else raw
        place = raw.strip()
        if CJK_RE.search(place):
            ok = place[:2] in ctx.facts.text
        else:
            s = m.start("place")
            e = s + len(raw)
            names = [w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+", ctx.copy[s:e])]
            words = names + [w for w in _WORD.findall(place) if w in nouns]
            ok = all(w in ctx.facts.words for w in words)
        if not ok:
            end = m.start("place") + len(raw)
            ctx.hit("grounding_origin", (m.start(), end), f"{ctx.copy[m.start():end]!r}: the record states no such origin")
    kind_rx = rule.params.get("place_kind_pattern")
    if kind_rx and CJK_RE.search(ctx.low):
        for m in compile_each((kind_rx,))[0].finditer(ctx.low):
            place = m.group("place")
            if not any(place[k:k + 2] in ctx.facts.text for k in range(len(place) - 1)
                       if not _ZH_FUNCTION_CHARS.intersection(place[k:k + 2])):
                ctx.hit("grounding_origin", m.span(), f"{m.group(0)!r}: the record states no such origin")
                return


# a pictograph or other symbol (emoji, dingbats, arrows) ends a place name as punctuation does
_SYMBOL = re.compile(r"[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
# characters of grammar, not of a place name ('我们从云南省直采': 我们从 names no place)
_ZH_FUNCTION_CHARS = frozenset("的我们你您从在来自是了和与及把被这那其")


# --- promo code -----------------------------------------------------------------------------

def check_code(ctx: Context) -> None:
    code = (ctx.facts.code or "").strip()
    if code:
        for m in re.finditer(re.escape(code.lower()), ctx.low):
            ctx.consume(m.span())
    for rx in CODE_RES:
        for m in rx.finditer(ctx.nfkc):
            c = m.group("c")
            if code and c.lower() == code.lower():
                continue
            if _IDENTIFIER_BEFORE.search(ctx.low, max(0, m.start() - 24), m.start()):
                continue  # "Stock code 22993": the product's identifier, its number checked as one
            if _record_identifier(ctx, c) and not _CODE_USED.search(ctx.nfkc, max(0, m.start() - 16), m.start("c")):
                continue  # "(code 21035)": the record's own stock code names the product ('with code 21035' offers it)
            if not any(ch.isdigit() for ch in c) and not c.isupper():
                continue  # "use code at checkout" is not a code
            ctx.hit("grounding_code", m.span("c"),
                    f"code {c!r} but the offer's code is {code!r}" if code else f"code {c!r} but the offer has no code")
            ctx.consume(m.span())
    if code:
        _check_near_codes(ctx, code)
    _check_code_shaped(ctx, code)
    if "输入" in ctx.low:
        for m in ZH_ENTER_RE.finditer(ctx.low):
            if code and m.group("c").startswith(code.lower()):
                continue
            why = f"but the offer's code is {code!r}" if code else "but the offer has no code"
            ctx.hit("grounding_code", m.span(), f"{ctx.copy[m.start():m.end()]!r}: 输入 (enter) {why}")


_CODE_TOKEN = re.compile(r"\b[A-Z][A-Z0-9\-]{2,18}[0-9]\b")


def _near(a: str, b: str) -> bool:
    """One edit (a letter added, dropped or changed) apart."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _check_near_codes(ctx: Context, code: str) -> None:
    """A token one edit from the offer's code (BAITS25 for BAIT25) is the code mistyped: whoever
    enters it gets no discount. Tokens the record states (a model name) are left alone."""
    if len(code) < 5:
        return
    for m in _CODE_TOKEN.finditer(ctx.nfkc):
        tok = m.group(0)
        if _near(tok.lower(), code.lower()) and tok.lower() not in ctx.facts.text and not ctx.is_consumed(m.span()):
            ctx.hit("grounding_code", m.span(), f"code {tok!r} but the offer's code is {code!r}")
            return


# A token shaped as shops write codes: capitals, then one to three digits (SAVE20, QI15); not part
# of a URL, a handle, a hashtag or a longer figure ('PM2.5'); Chinese may touch it (使用SAVE20到手). And any capitals-and-digits token
# after a verb that redeems a code ('when you use MARMA-10', 'apply 10OFF', '使用WARM20').
_CODE_SHAPED = re.compile(r"(?<![A-Za-z0-9_#@/.\-])[A-Z]{2,}[0-9]{1,3}(?![A-Za-z0-9_\-]|\.\d)")
_CODE_AFTER_VERB = re.compile(r"(?:(?i:\b(?:use|using|enter|apply|redeem|type|key\s+in)\s+)|(?:使用|用|凭|输入))"
                              r"(?P<c>(?=[A-Z0-9\-]*[A-Z])(?=[A-Z0-9\-]*[0-9])[A-Z0-9][A-Z0-9\-]{2,19})(?![A-Za-z0-9_\-]|\.\d)")
_CODE_SHAPED_NAMES = re.compile("(?i:" + "|".join(word_list("code_shaped_names")) + ")")
# a currency's letters before its amount ('HKD599', 'USD20') write a price, which the price check reads
_CURRENCY_LETTERS = re.compile("(?i:" + "|".join(sorted({re.escape(str(k)) for k in word_table("currencies")
                                                         if str(k).isalpha()}, key=len, reverse=True)) + r")\d")


def _check_code_shaped(ctx: Context, code: str) -> None:
    """A code-shaped token that is not the offer's code ('£4.95 when you use MARMA10' where the
    code is PEEL10) is a code whoever enters it is refused. The record's own tokens pass, compared
    without spaces and hyphens (a model 'HD2', bearings 'ABEC-7', 'SPF 30'), and so do names of
    technology shaped as codes (`code_shaped_names`: MP3, CO2, IP67, USB3, AW24), and a currency's
    letters before an amount ('HKD599', a price)."""
    flat = ctx.facts.memo.get("flat_text")
    if flat is None:
        flat = ctx.facts.memo["flat_text"] = re.sub(r"[\s\-]", "", ctx.facts.text)
    spans = [(m.span(), m.group(0)) for m in _CODE_SHAPED.finditer(ctx.nfkc)]
    spans += [(m.span("c"), m.group("c")) for m in _CODE_AFTER_VERB.finditer(ctx.nfkc)]
    for span, tok in spans:
        if (code and tok.lower() == code.lower()) or ctx.is_consumed(span) or _CODE_SHAPED_NAMES.fullmatch(tok):
            continue
        if _CURRENCY_LETTERS.match(tok):
            continue
        if re.sub(r"-", "", tok.lower()) in flat:
            continue
        ctx.hit("grounding_code", span,
                f"code {tok!r} but the offer's code is {code!r}" if code else f"code {tok!r} but the offer has no code")
        ctx.consume(span)
        return


_CODE_USED = re.compile(r"(?i:\b(?:with|use|using|enter|apply|type|redeem|promo|discount|coupon|voucher)\b[^()\n]*)$")


def _record_identifier(ctx: Context, code: str) -> bool:
    """Is `code` the product's own identifier: its item id, or a whole attribute value of the
    record ('stock code': '21035', 'model': 'RX-200')? Such a code names the product, not an offer."""
    p = ctx.brief.product
    values = {str(p.item_id or "")} | {str(v) for v in p.attributes.values()}
    return code.lower() in {v.strip().lower() for v in values if v.strip()}


# --- stock, ratings, shipping, gifts ----------------------------------------------------------

def check_stock(ctx: Context) -> None:
    rule = ctx.pack.rules["grounding_stock"]
    stock = ctx.facts.stock
    low_max = int(ctx.pack.settings.get("low_stock_max", 20))
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        n = group_n(m)
        value = number_value(n) if n else None
        # a stated count explains its own number only: other numbers between it and 'left' ("6
        # Retrospot 11 pc tea sets left") are still checked against the record
        ctx.consume(group_n_span(m) if value is not None else m.span())
        if value is not None:
            if stock is None or not close(value, stock):
                ctx.hit("grounding_stock", m.span(), f"{m.group(0)!r} but the record's stock is {stock}")
        elif stock is None or stock > low_max:
            ctx.hit("grounding_stock", m.span(), f"scarcity claim {m.group(0)!r} but the record's stock is {stock}")


def check_rating(ctx: Context) -> None:
    rule = ctx.pack.rules["grounding_rating"]
    # Only numbers from rating-like attributes ("rating": "4.6", "评价数": "12000") substantiate.
    memo = ctx.facts.memo.get("rating")
    if memo is None:
        rated = [str(v) for k, v in ctx.brief.product.attributes.items() if _RATING_KEY.search(str(k).lower())]
        nums = {num_key(float(x)) for v in rated for x in re.findall(r"\d+(?:\.\d+)?", v.replace(",", ""))}
        memo = ctx.facts.memo["rating"] = (bool(rated), nums)
    has_rating, rating_numbers = memo
    keywords = rule.params.get("keywords")
    if keywords and not any(k in ctx.low for k in keywords):
        return  # no rating, review or sales word at all
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        ctx.consume(m.span())
        n = group_n(m)
        if n and _record_scale(ctx, m):
            continue  # '4 out of 5 on our heat scale' where the record's heat is '4 of 5'
        if n:
            raw = n.replace(",", "").replace(" ", "")
            mult = 1000 if raw.endswith("k") else 1
            value = zh_number(raw.rstrip("k"))
            if value is not None and num_key(value * mult) in rating_numbers:
                continue
            ctx.hit("grounding_rating", m.span(), f"{m.group(0)!r} is not in the record")
        elif not has_rating:
            ctx.hit("grounding_rating", m.span(), f"{m.group(0)!r} but the record has no rating")


_SCALE_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:out\s+of|of|/)\s*(\d+)\s*$")
_SCALE_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:out\s+of|of|/)\s*(\d+|five|ten)")


def _record_scale(ctx: Context, m: re.Match) -> bool:
    """Is the score at `m` ('4 out of 5') one the record gives on a scale of its own, an attribute
    that is no rating ({"heat": "4 of 5"}), with that attribute's name said within the sentence
    ('on our heat scale')? Such a score is the product's measure on the shop's scale, not a rating."""
    scales = ctx.facts.memo.get("scales")
    if scales is None:
        scales = ctx.facts.memo["scales"] = []
        for k, v in ctx.brief.product.attributes.items():
            got = _SCALE_VALUE.match(str(v).lower())
            if got and not _RATING_KEY.search(str(k).lower()):
                scales.append((re.findall(r"[a-z]{3,}|[^\x00-\x7f]+", str(k).lower()), got.group(1), got.group(2)))
    if not scales:
        return False
    score = _SCALE_SCORE.search(m.group(0))
    if not score:
        return False
    scale = {"five": "5", "ten": "10"}.get(score.group(2), score.group(2))
    start, end = ctx.low.rfind(".", 0, m.start()) + 1, ctx.low.find(".", m.end())
    sentence = ctx.low[start:end if end >= 0 else len(ctx.low)]
    return any(num_key(float(score.group(1))) == num_key(float(n)) and scale == of
               and any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in key) for key, n, of in scales)


def check_award(ctx: Context) -> None:
    """An award, prize or 'voted ... of the year' the record does not state (an award the record
    lists, in its title or attributes, substantiates the claim)."""
    term_hits(ctx, "grounding_award")


def check_shipping_gift(ctx: Context) -> None:
    offer = ctx.brief.offer
    rule = ctx.pack.rules["grounding_shipping"]
    if not offer.free_shipping and rule.regex:
        for m in rule.regex.finditer(ctx.low):
            ctx.hit("grounding_shipping", m.span(), f"{m.group(0)!r} but the offer has no free shipping")
    rule = ctx.pack.rules["grounding_gift"]
    if not offer.gift and rule.regex:
        for m in rule.regex.finditer(ctx.low):
            if _record_includes(ctx, m.start()):
                continue  # '附赠PU收纳包' where the record says {"附赠": "PU收纳包"}
            ctx.hit("grounding_gift", m.span(), f"{m.group(0)!r} but the offer has no gift")


def names_gift(ctx: Context, span: tuple[int, int]) -> bool:
    """Does a claim frame's object at `span` end on, or stand before, the head noun of the offer's gift
    ('with 10 spare nibs on us' where the gift is 'a pack of 10 replacement nibs')? It is the gift."""
    gift, nxt = _WORD.findall(fold(ctx.brief.offer.gift or "")), _NEXT_WORD.match(ctx.low, span[1])
    heads = set(_WORD.findall(ctx.low[span[0]:span[1]])[-1:]) | ({nxt.group(1)} if nxt else set())
    return bool(gift) and not heads.isdisjoint({gift[-1], gift[-1] + "s", gift[-1] + "es"})


_INCLUDED_WORDS = word_list("record_included_words")
_INCLUDED_NOT = word_list("record_included_negations")
_CLAUSE_END = re.compile(r"[,.;:!?，。；：！？、\n()（）]")


def _included_things(ctx: Context) -> tuple[str, ...]:
    """What the record says the product itself includes: the value of an attribute whose key or
    value has a word of inclusion (`record_included_words`), less a value that negates it."""
    memo = ctx.facts.memo.get("included")
    if memo is None:
        things = []
        for k, v in ctx.brief.product.attributes.items():
            key, val = fold(str(k)), fold(str(v))
            if any(n in val for n in _INCLUDED_NOT) or not any(w in key or w in val for w in _INCLUDED_WORDS):
                continue
            for part in re.split(r"[,;，、；]|\band\b|和|及", val):
                part = re.sub(r"\(.*?\)|（.*?）", "", part)
                for w in _INCLUDED_WORDS:
                    part = re.sub(r"\b" + re.escape(w) + r"\b" if w.isascii() else re.escape(w), " ", part)
                part = re.sub(r"^(?:(?:a|an|the|one|with)\s+)+", "", part.strip())
                if len(part) >= 2:
                    things.append(part)
        memo = ctx.facts.memo["included"] = tuple(things)
    return memo


def _record_includes(ctx: Context, at: int) -> bool:
    """Does the clause from `at` name a thing the record says the product includes (a gift
    word on what comes in the box, not a gift of the offer)?"""
    things = _included_things(ctx)
    if not things:
        return False
    end = _CLAUSE_END.search(ctx.low, at)
    clause = ctx.low[at:end.start() if end else len(ctx.low)]
    return any(t in clause for t in things)


_SPELT_EN = re.compile(r"\b(?P<w>" + "|".join(w for w, v in word_table("en_number_words").items()
                                             if v is not None and int(v) >= 2 and " " not in w) + r")\s+[a-z]")
_SPELT_ZH = re.compile(r"(?P<w>[二两三四五六七八九十]{1,2})(?:" + "|".join(
    sorted(set(word_list("zh_count_measure_words")) | set(word_list("zh_pack_measure_words")))) + ")")


def spelt_counts(ctx: Context) -> frozenset[str]:
    """The counts the record and offer write as words before a noun ('two slim ice packs', 两个冰袋):
    the same count in digits in the copy ('+ 2 free ice packs') is the record's, as a digit of the
    record grounds the copy's word."""
    got = ctx.facts.memo.get("spelt_counts")
    if got is None:
        text = ctx.facts.text
        got = {num_key(int(word_table("en_number_words")[m.group("w")])) for m in _SPELT_EN.finditer(text)}
        got |= {num_key(v) for m in _SPELT_ZH.finditer(text) if (v := zh_number(m.group("w")))}
        got = ctx.facts.memo["spelt_counts"] = frozenset(got)
    return got


# --- names and attributes -------------------------------------------------------------------

def check_brand(ctx: Context) -> None:
    rx, groups = ctx.compiled["brands"]
    own = (ctx.brief.product.brand or "").lower()
    for m in rx.finditer(ctx.nfkc):
        aliases = groups.get(m.group(0)) or groups[re.sub(r"[\s\-]+", " ", m.group(0))]
        if any(a.lower() == own or ctx.in_record(a) for a in aliases):
            continue
        ctx.hit("grounding_brand", m.span(), f"{m.group(0)!r} but the product is {ctx.brief.product.brand!r}")


def compile_brands(common: dict) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """The well-known brands of `packs/common.yaml`: one case-sensitive regex over every alias, and
    each alias's group of aliases (one brand's spellings)."""
    groups: dict[str, tuple[str, ...]] = {}
    for aliases in common.get("brands") or ():
        aliases = tuple(str(a) for a in aliases)
        for a in aliases:
            groups[a] = aliases
            groups[re.sub(r"[\s\-]+", " ", a)] = aliases  # "New-Balance" matches "New Balance"
    return term_regex(list(groups), case_sensitive=True) or re.compile(r"(?!x)x"), groups


def check_attributes(ctx: Context) -> None:
    (latin_rx, cjk_rx), canon_of, exc_rx, first_words = ctx.compiled["attributes"]
    low = ctx.low
    found = []
    if latin_rx is not None and not first_words.isdisjoint(_WORD.findall(low)):
        found += latin_rx.finditer(low)
    if cjk_rx is not None and CJK_RE.search(low):
        found += cjk_rx.finditer(low)
    excepted = [m.span() for m in exc_rx.finditer(ctx.low)] if exc_rx and found else []
    if found and ("." in low):  # a word inside a link ('alpina.com/zh/boots') is no claim
        excepted += [m.span() for m in URL_RE.finditer(low)]
    record_canon = record_attributes(ctx.facts, ctx.compiled["attributes"]) if found else set()
    for m in found:
        if any(a <= m.start() and m.end() <= b for a, b in excepted):
            continue
        groups = canon_of[m.group(0)]
        if min(groups)[0] == "colour":
            noun = _NEXT_WORD.match(low, m.end())
            if low[:m.start()].endswith("size "):  # "28 cm, size black"
                ctx.hit("grounding_attribute", (m.start() - 5, m.end()), f"colour {m.group(0)!r} given as a size")
                continue
            if _HEDGED.search(low, 0, m.start()):
                continue  # 'a red that reads almost black': a likeness, not its colour
            if noun and noun.group(1) in _COLOUR_VERB_OBJECTS and _COLOUR_VERB_BEFORE.search(low, 0, m.start()):
                continue  # 'Brown the onions', 'then brown your mince': a verb with its object, no colour
            if m.group(0) in _PLACE_COLOURS and _AT_PLACE.search(low, 0, m.start()) and (
                    not noun or noun.group(1) in EN_STOP):
                continue  # 'on the green', 'Ready for the green': the lawn a game is played on
            if _record_shade_before(ctx, m.start(), canon_of):
                continue  # 'Sage green' where the record's colour is 'sage': its shade named with its hue
            if noun and noun.group(1) in _COLOURLESS:
                # "white power", "grey battery", "a beige size": the colour given to a measure
                ctx.hit("grounding_attribute", (m.start(), noun.end()),
                        f"colour {m.group(0)!r} given to {noun.group(1)!r}")
                continue
        if _addressed(ctx, m):
            continue  # 'Olive, your order ...', 'Hi Eva!': a reader addressed by name, no attribute
        if (groups.isdisjoint(record_canon) and not _stated(ctx, m.group(0)) and not _in_record_value(ctx, m.span())
                and not _words_in_one_value(ctx, m.group(0))):
            kind = min(groups)[0]
            if (kind == "product" and companion(ctx, m, found, canon_of)
                    and (names_own_product(ctx, found, canon_of, record_canon) or readers_own(ctx, m))):
                continue  # "fits in your backpack" beside the stove it sells: a companion item
            if kind in ("material", "colour") and _WORN_WITH.search(low, max(0, m.start() - 8), m.start()) \
                    and _GARMENT.match(low, m.end()):
                continue  # 配羽绒服 for a scarf, 配白色帆布鞋: what it is worn with, by its colour or material
            if kind == "feature" and settings_state(ctx, groups):
                continue  # 温度可调 where the record gives 四档：140℃、160℃、180℃、200℃
            if kind == "material" and m.group(0).isascii() and _USED_ON.search(
                    re.split(r"[,.;:!?\n]", low[max(0, m.start() - 40):m.start()])[-1]):
                continue  # "suits any colour of leather" (a polish): what it is used on
            ctx.hit("grounding_attribute", m.span(), f"{kind} {m.group(0)!r} is not in the product record")
    if "#" in ctx.copy:
        _check_hashtags(ctx, canon_of)
    words = ctx.facts.words | set(re.findall(r"[a-z0-9]+", ctx.facts.text))
    for srx, guard in zip(SIZE_RES, ("size", "码")):
        if guard not in ctx.low:
            continue
        for m in srx.finditer(ctx.low):
            ctx.consume(m.span())
            for tok in re.findall(r"xxxl|xxl|xxs|xl|xs|\d+(?:\.\d)?|[sml]", m.group("v")):
                known = num_key(float(tok)) in ctx.facts.numbers if tok[0].isdigit() else tok in words
                if not known:
                    ctx.hit("grounding_attribute", m.span(), f"size {tok!r} is not in the product record")
                    break
    _check_size_names(ctx)


_SIZE_NAMES = sorted(word_list("size_names"), key=len, reverse=True)
_SIZE_NAME_RE = re.compile(r"\b(?P<n>" + "|".join(map(re.escape, _SIZE_NAMES)) + r")(?=[\s\-]+(?:size[ds]?|bed|beds|"
                           r"mattress(?:es)?|duvets?|sheets?|toppers?|frames?)\b)")


def _addressed(ctx: Context, m: re.Match) -> bool:
    """The attribute word is a reader's name, addressed: written capitalised in the copy, after a
    greeting, or opening a line and followed by a comma and the reader or the shop ('Olive, your
    blocks are here') or by '!'."""
    word = ctx.copy[m.start():m.end()] if len(ctx.copy) == len(ctx.low) else ""
    if not word.isascii() or not word[:1].isupper() or " " in word or word.isupper():
        return False
    before = ctx.low[:m.start()]
    return bool(_GREETING.search(before) or (_LINE_START.search(before)
                                             and _ADDRESS_AFTER.match(ctx.low, m.end())))


def _check_size_names(ctx: Context) -> None:
    """A named size ('King-size', 'a double duvet') where the record names a size of that vocabulary
    must be one the record names: a Queen mattress sold as 'King-size' is the wrong product."""
    record = {n for n in _SIZE_NAMES if re.search(r"\b" + re.escape(n) + r"\b", ctx.facts.text)}
    if not record:
        return
    for m in _SIZE_NAME_RE.finditer(ctx.low):
        if m.group("n") not in record and not any(m.group("n") in r for r in record):
            ctx.hit("grounding_attribute", m.span("n"), f"size {m.group('n')!r} but the record names "
                                                        f"{', '.join(sorted(record))}")
            return


# a word that joins a hashtag's head to what qualifies it: '#DogsOfInstagram', '#GiftsForHim'
_TAG_JOINS = word_set("hashtag_joins")
# category words that name a shop's department, not a kind ('Kids & Toys'): a tag's head that is
# one ('#EnrichmentToys' for a puzzle ball) files the product under it, it claims no kind
_DEPARTMENTS = frozenset(str(w) for w in (load_common().get("catalog") or {}).get("generic_category_words") or ())


def _check_hashtags(ctx: Context, canon_of: Any) -> None:
    """Hashtags written in camel case ('#YummyBedding' for dumbbells): a tag names a kind of
    product by its head, its last word (or the word before 'Of', 'For', ...: '#DogsOfInstagram').
    The words before the head say what it is for or about ('#DogEnrichment', '#DogHike',
    '#PuzzleToy'), so they claim no kind. A head that names whom the product serves, in a topic
    the record belongs to (a dog for a pet product), is its audience, not its kind; a head after a
    word of the record's own ('#PuzzleToy' for a puzzle ball) describes the product itself. A head
    that is a department's name (`generic_category_words`: '#EnrichmentToys', '#GardenGifts')
    files the product under it and claims no kind; its singular ('#PlushToy') still does."""
    stated = record_attributes(ctx.facts, ctx.compiled["attributes"])
    for m in HASHTAG_RE.finditer(ctx.nfkc):
        parts = CASE_PARTS.findall(m.group(0))
        if not parts:  # a Chinese tag: its kinds are read with the copy's other words
            continue
        joins = [i for i, p in enumerate(parts) if i and p.lower() in _TAG_JOINS]
        head = joins[0] - 1 if joins else len(parts) - 1
        part = parts[head]
        groups = dict.get(canon_of, part.lower())
        if (not groups or not groups.isdisjoint(stated) or _stated(ctx, part) or _audience(ctx, part)
                or part.lower() in _DEPARTMENTS):
            continue  # (a department's name, '#EnrichmentToys', '#KitchenEssentials', claims no kind)
        if any(len(p) > 2 and p.lower() not in EN_STOP and _stated(ctx, p) for p in parts[:head]):
            continue
        ctx.hit("grounding_attribute", m.span(), f"{min(groups)[0]} {part.lower()!r} (in {m.group(0)!r}) "
                                                 f"is not in the product record")


def _audience(ctx: Context, word: str) -> bool:
    """Does `word` name whom the product serves, in a topic the record belongs to ('dogs' for a
    pet product: `topics` of `packs/common.yaml`, the words of a topic whose owners the record
    names)?"""
    w = word.lower()
    for name, words_rx, owners_rx, _ in ctx.compiled["topics"]:
        if words_rx is None or not words_rx.fullmatch(w):
            continue
        owned = ctx.facts.memo.get(("topic", name))
        if owned is None:
            owned = ctx.facts.memo[("topic", name)] = bool(owners_rx and owners_rx.search(ctx.facts.text))
        if owned:
            return True
    return False


def _stated(ctx: Context, word: str) -> bool:
    """Does the record write `word`, or its singular ('chinos' for 'Chino Pants')?"""
    w = word.lower()
    return ctx.in_record(w) or (len(w) > 4 and w.endswith("s") and ctx.in_record(w[:-1]))


def _words_in_one_value(ctx: Context, phrase: str) -> bool:
    """Does one attribute value of the record hold every word of a phrase of two or more words,
    in any order ('dishwasher safe' where the record says 'dishwasher and microwave safe')?"""
    words = _WORD.findall(phrase.lower())
    if len(words) < 2:
        return False
    return any(set(words) <= set(_WORD.findall(fold(f"{k} {v}"))) for k, v in ctx.brief.product.attributes.items())


_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \-]$")


def _record_shade_before(ctx: Context, at: int, canon_of: Any) -> bool:
    """Is the word right before a colour at `at` a word of the record's colour that no colour of
    the lexicon is ('sage green', 'mustard yellow' where the record's colour is 'sage', 'mustard')?
    A shade the lexicon does not know is named with its hue."""
    before = _WORD_BEFORE.search(ctx.low, max(0, at - 20), at)
    if not before or dict.get(canon_of, before.group(1)) or before.group(1) in EN_STOP:
        return False
    return any(before.group(1) in _WORD.findall(fold(str(v))) for k, v in ctx.brief.product.attributes.items()
               if re.search(r"colou?r|颜色", k.lower()))


def _in_record_value(ctx: Context, span: tuple[int, int]) -> bool:
    """Does the match overlap the copy's writing of one of the record's attribute values? 雾蓝色
    for a record whose colour is 雾蓝 names that colour, not plain 蓝色."""
    for value in ctx.brief.product.attributes.values():
        v = fold(str(value)).strip()
        if len(v) < 2:
            continue
        start = ctx.low.find(v, max(0, span[0] - len(v)))
        while start != -1 and start < span[1]:
            if start + len(v) > span[0]:
                return True
            start = ctx.low.find(v, start + 1)
    return False


_NEXT_WORD = re.compile(r"[ \-]+([a-z]+)\b")
# A word capitalised as a name and addressed: after a greeting ('Hi Olive', 'Dear Violet,'), or opening
# a line with a comma or '!' and then the reader or the shop ('Olive, your order', 'Eva! We saved ...').
_GREETING = re.compile(r"(?:^|[\s,.!?])(?:hi|hey|hello|dear|thanks|thank\s+you|congrats|welcome(?:\s+back)?|"
                       r"good\s+(?:morning|afternoon|evening))[ \t]+$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:you|your|you're|you've|you'll|we|we've|we're|we'll|this|here|it's|"
                            r"don't|ready|thanks|thank)\b|!)")
# nouns a colour cannot describe
_COLOURLESS = word_set("colourless_nouns")


_HEDGED = re.compile(r"(?:\b(?:" + "|".join(w for w in word_list("colour_hedges") if w.isascii()) + r")[\s\-]+|(?:"
                     + "|".join(w for w in word_list("colour_hedges") if not w.isascii()) + r"))$")
# a colour that also names a place ('the green' of bowls, golf or a village), after a preposition
# of place and 'the' with no noun after it (`colour_places`, `place_prepositions`)
_PLACE_COLOURS = word_set("colour_places")
# a colour that opens a clause and takes an object (`colour_verb_objects`) is a verb, 'Brown the onions'
_COLOUR_VERB_OBJECTS = word_set("colour_verb_objects")
_COLOUR_VERB_BEFORE = re.compile(r"(?:^|[.!?;:,\n]\s*|\b(?:" + "|".join(word_list("colour_verb_before")) + r")\s+)$")
_AT_PLACE = re.compile(r"\b(?:" + "|".join(word_list("place_prepositions")) + r")\s+the\s+$")
_WORN_WITH = re.compile("(?:" + "|".join(word_list("worn_with_cues")) + ")[\u4e00-\u9fff]{0,4}$")
_GARMENT = re.compile("[\u4e00-\u9fff]{0,4}?(?:" + "|".join(word_list("garment_heads")) + ")")


# a material the product is used on or for, not made of: 'for leather', 'on suede', 'suits any
# colour of leather', 'all kinds of wool' (a polish, a brush, a detergent); not 'made of', 'with'
_USED_ON = re.compile(r"(?:\b(?:for|on|onto|protects?|cleans?|polish(?:es)?|conditions?|nourish(?:es)?|"
                      r"revives?|restores?|suits?|treats?|feeds?)\s+(?:(?:any|all|every|most|your|their|"
                      r"smooth|real|natural|fine)\s+)?|\b(?:any|all|every|most)\s+)"
                      r"(?:(?:colou?rs?|kinds?|types?|shades?|sorts?|grades?)\s+of\s+)?$")
