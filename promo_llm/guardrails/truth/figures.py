"""Truth, figures: every price, reference price, discount and other number in the copy must follow
from the product record and the offer. Amounts in the product's currency (digits or Chinese
numerals), percentages and 折, a discount named by a bare number, and the catch-all last check:
any number no earlier check explained must be in the record, in the unit the record gives it.

A stated percentage and the stated prices must agree with each other, too: "15% off, $11.99 (was
$15.99)" blocks (that is 25% off) whatever the record allows, and a discount stated to a
decimal place (14.7%, 9.59折) must be right to that place.

Numbers are read from the NFKC-folded copy, so full-width ８折 and ￥79 are read like 8折 and ¥79.
"""

from __future__ import annotations

import re
import unicodedata

from ...facts import EN_STOP
from ..context import Context
from ..law import check_reference_window
from ..packs import _trie
from ..text import CJK_RE, NUMBER_RE, UNIT_AFTER, UNITS, close, num_key, to_float, zh_number
from ..vocab import word_list, word_set, word_table
from .pack_counts import check_pack_counts, check_person_counts, stated_total
from .quantities import (ALL_UNITS, RECORD_UNIT_AFTER, UNIT_FAMILY, counted_noun, keyed_counts, measure_note,
                         offer_quantities, record_measures, record_quantities)
from .record import spelt_counts

# the Chinese words of the pack's currencies (美元, 英镑, 港币...), longest first; 元 and 块 last
_ZH_CUR = "|".join(sorted((c for c in word_table("currencies") if CJK_RE.match(c) and c not in ("元", "块")),
                          key=len, reverse=True))
# a currency word right after an amount read after a price word (到手75.65美元)
_CUR_AFTER = re.compile(rf"\s?(?P<c>{_ZH_CUR}|usd|hkd|sgd|cad|aud|nzd|jpy|eur|gbp|dollars?|euros?|pounds?)(?![a-z])")
# Thousands separators need exactly three digits after them: "¥103，12月" folds to "¥103,12月".
_AMT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?"
MONEY_EN_RE = re.compile(
    rf"(?P<cur>us\$|hk\$|c\$|a\$|\$|€|£|¥|usd|hkd|sgd|cad|aud|nzd|eur|gbp|jpy|rmb|cny)\s?(?P<v>{_AMT})"
    rf"|(?<![\d.])(?<!\d,)(?P<v2>{_AMT})\s?(?P<cur2>usd|hkd|sgd|cad|aud|nzd|jpy|dollars?|bucks|eur|euros?|gbp|pounds?|{_ZH_CUR}|元|块|rmb|cny)(?![a-z])"
    r"(?P<pre>(?!))?(?P<v3>(?!))?"  # never match; keep the group names of MONEY_RE
)
MONEY_RE = re.compile(
    rf"(?P<cur>us\$|hk\$|c\$|a\$|\$|€|£|¥|usd|hkd|sgd|cad|aud|nzd|eur|gbp|jpy|rmb|cny)\s?(?P<v>{_AMT})"
    rf"|(?<![\d.])(?<!\d,)(?P<v2>{_AMT})\s?(?P<cur2>usd|hkd|sgd|cad|aud|nzd|jpy|dollars?|bucks|eur|euros?|gbp|pounds?|{_ZH_CUR}|元|块|rmb|cny)(?![a-z])"
    rf"|(?P<pre>{_trie(list(word_list('zh_price_words')))})\s*[:：]?\s*(?P<v3>{_AMT})"
    r"(?!\d|\.\d|\s?(?:%|折|percent))"  # 立减20%: a percentage after a price word, the discount checks'
)
_ZH_STOCK_BEFORE = re.compile("(?:" + "|".join(word_list("zh_stock_cues")) + r")\s*$")
_CURRENCY_OF = {k: set(v) for k, v in word_table("currencies").items()}
WAS_EN = re.compile(r"(?:was|were|originally|orig\.?|reg\.?|regular(?:ly)?|list price|compare at|msrp|rrp|before|usually|normally)\s*[:(]?\s*$")
WAS_ZH = word_set("zh_was_price")
WAS_ZH_RE = re.compile("(?:" + "|".join(sorted(WAS_ZH, key=lambda w: (-len(w), w))) + r")\s*[:：]?\s*$")

_TENS = word_table("en_tens")
_ONES = word_table("en_ones")
PCT_RE = re.compile(
    r"(?P<v>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)|百分之(?P<zh>[零一二两三四五六七八九十百]+)"
    r"|\b(?P<w>(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:percent|per cent)\b")
# Amounts in Chinese numerals: 三百元, 五百九十九块
ZH_MONEY_RE = re.compile(r"(?P<zh>[零一二两三四五六七八九十百千万]{2,})\s*(?:元|块)")
# 折 as the verb "fold" is no discount: 折叠, 折扣 (the word), 一折就平 / 一折即收 ("folds flat in one fold")
ZHE_RE = re.compile(r"(?<![\d.])(?P<v>\d(?:\.\d{1,2})?|\d{2})\s*折(?![叠扣就即便])|(?P<zh>[一二三四五六七八九]{1,2}|半)\s*折(?![叠扣就即便])")
BARE_DISCOUNT_RE = re.compile(r"(?<![\d.,$£€¥%])(?P<v>\d+(?:\.\d+)?)\s+(?:discount|savings?)\b")
DISCOUNT_CTX = re.compile(r"^\s*(?:off|discount|savings?|sale|优惠|折扣)|(?:save|up to|extra|take|get|立减|优惠|折扣|低至)\s*$")
HALF_RE = re.compile(r"half[\s\-]price|half off|半价")
_FRACTIONS = {str(k): float(v) for k, v in word_table("en_fractions").items()}
# a fraction stated as a discount: "a third off", "take a quarter off", or as the saving itself
# ("save a third", "saves you a quarter"; closing a phrase, not "save half the time")
FRACTION_RE = re.compile(r"\b(?P<save>sav(?:e|es|ing)\s+(?:you\s+)?(?:over\s+|nearly\s+|almost\s+)?)?(?P<f>"
                         + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))
                         + r")(?(save)\b(?=\s*(?:$|[^\w\s]|(?:on|with|at|now|today|when|until|till|through|off)\b))|\s+off\b)")
# the price a copy says the product sells at now
NOW_EN = re.compile(r"\bnow(?:\s+(?:at|only|just|from))?\s*:?\s*$")


# --- prices ------------------------------------------------------------

def _parted_low(ctx: Context) -> str:
    """The folded copy with each full-width comma (folded to ',') written as 、: it parts two numbers,
    never thousands ('H3，450 ANSI流明', '用MILK20，69.90元到手': 69.90 is an amount of its own)."""
    return "".join("、" if c == "，" else f for c, f in zip(ctx.copy, ctx.low)) if "，" in ctx.copy else ctx.low


def check_money(ctx: Context) -> None:
    f = ctx.facts
    # the zh price words (原价, 到手价, 立减...) need CJK; English copy uses the shorter regex
    rx = MONEY_RE if ctx.lang == "zh" or CJK_RE.search(ctx.low) else MONEY_EN_RE
    for m in rx.finditer(_parted_low(ctx)):
        if ctx.is_consumed(m.span()):
            continue
        raw = m.group("v") or m.group("v2") or m.group("v3")
        vspan = m.span("v") if m.group("v") else m.span("v2") if m.group("v2") else m.span("v3")
        value = to_float(raw)
        if value is None:
            continue
        ctx.consume(m.span())
        cur = m.group("cur") or m.group("cur2")
        if cur == "块" and _ZH_STOCK_BEFORE.search(ctx.low, max(0, m.start() - 6), m.start()):
            continue  # 仅剩7块: a count left in stock, 块 its measure word
        after = _CUR_AFTER.match(ctx.low, m.end()) if m.group("v3") else None
        if after:  # 到手75.65美元: the price word's amount in the currency written after it
            cur = after.group("c")
            ctx.consume(after.span())
        if cur:
            cur = cur.rstrip()
            ok_cur = _CURRENCY_OF.get(cur, set())
            if f.currency not in ok_cur:
                ctx.hit("grounding_price", m.span(), f"{m.group(0)!r} is not in the product's currency {f.currency}")
                continue
        before = ctx.low[max(0, m.start() - 24):m.start()]
        pre = m.group("pre")
        was = pre in WAS_ZH if pre else bool(WAS_EN.search(before) or WAS_ZH_RE.search(before))
        _judge_amount(ctx, value, raw, vspan, before, was)
    _check_subunit_money(ctx)


def _judge_amount(ctx: Context, value: float, raw: str, vspan: tuple[int, int], before: str, was: bool) -> None:
    """An amount in the product's currency: a reference ("was") price must be the record's, any
    other the price, list price or a saving the offer implies (and not the old price as 'now')."""
    f = ctx.facts
    ctx.memo.setdefault("amounts", []).append((value, was))
    if was:
        if not any(close(value, r) for r in f.reference_prices):
            ctx.hit("grounding_price", vspan, f"reference price {raw} but the record's list price is {f.list_price}")
        else:
            check_reference_window(ctx, value, vspan)
        return
    if not any(close(value, v) for v in f.money):
        ctx.hit("grounding_price", vspan, f"amount {raw} is not the price {f.price}, list price "
                                          f"{f.list_price} or a saving the offer implies")
    elif (f.list_price is not None and f.list_price > f.price + 0.005 and NOW_EN.search(before)
          and not close(value, f.price)
          and any(close(value, v) for v in (f.list_price, f.list_price - f.price))):
        # "now $73.99" for a product reduced from $73.99 to $55.99: the old price (or the
        # saving) sold as the current one; at exactly half price the saving is the price too
        ctx.hit("grounding_price", vspan, f"'now {raw}' but the product sells at {f.price:.2f} "
                                          f"(list price {f.list_price:.2f})")


_SUBUNITS = {k: set(v) for k, v in word_table("currency_subunits").items()}
SUBUNIT_RE = re.compile(r"(?<![\d.,$£€¥])(?P<v>\d{1,3})\s?(?P<u>" + "|".join(
    sorted(map(re.escape, _SUBUNITS), key=len, reverse=True)) + r")(?![a-z0-9])")


def _check_subunit_money(ctx: Context) -> None:
    """A price written in the currency's hundredths ('44p', '5 pence', '99c', '60 cents') is the
    amount n / 100, judged like any other amount. A one-letter form ('p', 'c') not in the
    product's currency, or naming none of the offer's amounts while the record holds the bare
    number ('30c wash', '720p'), is left to the number check, unless a 'was' cue makes it a price."""
    f = ctx.facts
    for m in SUBUNIT_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()):
            continue
        unit, n = m.group("u"), int(m.group("v"))
        if f.currency not in _SUBUNITS[unit]:
            if len(unit) > 1:
                ctx.consume(m.span())
                ctx.hit("grounding_price", m.span(), f"{m.group(0)!r} is not in the product's currency {f.currency}")
            continue
        value = n / 100
        before = ctx.low[max(0, m.start() - 24):m.start()]
        was = bool(WAS_EN.search(before))
        known = any(close(value, v) for v in (f.reference_prices if was else f.money))
        # after 'was' or 'RRP' it is a price whatever bare number the record holds ('was 50p' for a
        # 50% offer on a 42p list price)
        if not known and len(unit) == 1 and not was and num_key(n) in f.numbers:
            continue
        ctx.consume(m.span())
        _judge_amount(ctx, value, m.group(0), m.span(), before, was)


def check_zh_money(ctx: Context) -> None:
    """Amounts written in Chinese numerals (立减三百元) follow the same rule as digits."""
    if "元" not in ctx.low and "块" not in ctx.low:
        return
    for m in ZH_MONEY_RE.finditer(ctx.low):
        value = zh_number(m.group("zh"))
        if value is None or ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        before = ctx.low[max(0, m.start() - 8):m.start()]
        if WAS_ZH_RE.search(before):
            ok = ctx.facts.list_price is not None and close(value, ctx.facts.list_price)
        else:
            ok = any(close(value, v) for v in ctx.facts.money)
        if not ok:
            ctx.hit("grounding_price", m.span(), f"{m.group(0)!r} ({num_key(value)}) is not the price, list price or saving")


# --- discounts ------------------------------------------------------------------------------

def _tolerance(decimals: int, zhe: bool = False) -> float:
    """How far (in percentage points) a stated discount may be from the true one: half a point
    for a whole percent or a 折 with at most one decimal (8折, 8.5折: a 折 decimal is one point);
    half of the last stated place beyond that (14.7%: 0.05 points; 9.59折, 4.1% off: 0.05)."""
    places = decimals - 1 if zhe else decimals
    return 0.5 if places <= 0 else 0.5 * 10 ** -places


def _decimals(raw: str | None) -> int:
    return len(raw.split(".")[1]) if raw and "." in raw else 0


def _discount_ok(ctx: Context, pct: float, tol: float = 0.5) -> bool:
    return any(abs(pct - d) <= tol + 1e-9 for d in ctx.facts.discounts)


def _stated(ctx: Context, span: tuple[int, int], pct: float, tol: float) -> None:
    ctx.memo.setdefault("discounts", []).append((span, pct, tol))


def check_discount(ctx: Context) -> None:
    low = ctx.low
    for m in PCT_RE.finditer(low) if ("%" in low or "百分之" in low or "cent" in low) else ():
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        if m.group("w"):
            parts = re.split(r"[\s\-]+", m.group("w"))
            pct = float(_TENS[parts[0]] + (_ONES.get(parts[1], 0) if len(parts) > 1 else 0))
        else:
            pct = to_float(m.group("v")) if m.group("v") else zh_number(m.group("zh"))
        if pct is None:
            continue
        tol = _tolerance(_decimals(m.group("v")))
        after, before = ctx.low[m.end():m.end() + 12], ctx.low[max(0, m.start() - 10):m.start()]
        is_discount = bool(DISCOUNT_CTX.search(after) or DISCOUNT_CTX.search(before))
        if is_discount:
            _stated(ctx, m.span(), pct, tol)
        if _discount_ok(ctx, pct, tol):
            continue
        if not is_discount and num_key(pct) in ctx.facts.numbers:
            continue  # "100% cotton" where the record says 100% cotton
        rule = "grounding_discount" if is_discount else "grounding_number"
        ctx.hit(rule, m.span(), f"{m.group(0)!r} does not match the offer ({_fmt_discounts(ctx)})")
    for m in ZHE_RE.finditer(low) if "折" in low else ():
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        if m.group("zh") == "半":
            pct = 50.0
        else:
            raw = m.group("v") or m.group("zh")
            x = to_float(raw) if m.group("v") else zh_number(raw) if len(raw) == 1 else (
                (zh_number(raw[0]) or 0) + (zh_number(raw[1]) or 0) / 10)
            if x is None:
                continue
            if m.group("v") and len(raw) == 2 and "." not in raw:
                x = x / 10  # 85折 = 8.5折
            pct = 100 - x * 10
        tol = _tolerance(_decimals(m.group("v")), zhe=True)
        _stated(ctx, m.span(), pct, tol)
        if not _discount_ok(ctx, pct, tol):
            ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} means {num_key(pct)}% off; {_fmt_discounts(ctx)}")
    for m in BARE_DISCOUNT_RE.finditer(low) if ("discount" in low or "saving" in low) else ():
        # "a 128.99 discount": a bare number named as the discount is a percent of the offer or
        # an amount it saves, not the price
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        v = to_float(m.group("v"))
        if v is None or _discount_ok(ctx, v) or any(abs(v - a) < 0.01 for a in ctx.facts.savings):
            continue
        ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} is neither the offer's discount "
                f"({_fmt_discounts(ctx)}) nor an amount it saves")
    for m in FRACTION_RE.finditer(low) if " off" in low or "sav" in low else ():
        # "a third off" is 33.3% off, checked like a percentage of one decimal
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        pct = _FRACTIONS[re.sub(r"\s+", " ", m.group("f"))]
        _stated(ctx, m.span(), pct, 0.5)
        if not _discount_ok(ctx, pct, 0.5) and not (pct == 50 and _discount_ok(ctx, 50)):
            ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} means {num_key(pct)}% off; {_fmt_discounts(ctx)}")
    rule = ctx.pack.rules["grounding_discount"]
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        ctx.consume(m.span())
        if HALF_RE.fullmatch(m.group(0)) and _discount_ok(ctx, 50):
            continue
        ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} is not an offer in the record")


def check_discount_prices(ctx: Context) -> None:
    """A stated percentage (or 折) and the stated prices must agree: with a reference ("was",
    原价) price W and another amount N below it, each stated discount must be (W - N) / W for
    some such N, to its stated precision or as the whole percent below it (offers round down).
    A discount said to come on top ("extra 10% off", 再享9折; the rule's `on_top` words just
    before it) is applied to the stated price, not the gap between the prices."""
    stated = ctx.memo.get("discounts")
    amounts = ctx.memo.get("amounts")
    if not stated or not amounts:
        return
    refs = [v for v, was in amounts if was]
    nows = [v for v, was in amounts if not was]
    implied = [(w - n) / w * 100 for w in refs for n in nows if 0 < n < w]
    if not implied:
        return
    on_top = tuple(ctx.pack.rules["discount_prices"].params.get("on_top", ()))
    for span, pct, tol in stated:
        if on_top and any(w in ctx.low[max(0, span[0] - 16):span[0]] for w in on_top):
            continue
        if not any(abs(pct - i) <= tol + 1e-9 or 0 <= i - pct < 1 for i in implied):
            ctx.hit("discount_prices", span, f"{ctx.copy[span[0]:span[1]]!r} but the stated prices "
                    f"give {', '.join(num_key(round(i, 1)) + '%' for i in implied)}")


def _fmt_discounts(ctx: Context) -> str:
    ds = sorted({round(d, 1) for d in ctx.facts.discounts})
    return f"record allows {', '.join(num_key(d) + '%' for d in ds)}" if ds else "record has no discount"


_PERSONS_BEFORE = re.compile(r"\b(?:" + "|".join(word_list("person_count_before")) + r")\s+(?:up\s+to\s+)?$")
_IDIOMS = word_list("number_idioms")
IDIOM_RE = re.compile(r"(?<=[^\s\d.,+\-])(?:" + "|".join(map(re.escape, _IDIOMS)) + r")(?![\d%]|[.,]\d)")


_ZH_ACTIVITY = re.compile("(?:" + "|".join(word_list("zh_activity_verbs")) + r")了\s*(?P<n>\d+)\s*(?:"
                          + "|".join(word_list("zh_activity_counts")) + ")")
_AGES = "|".join(word_list("legal_ages"))
# a minimum age to buy: '18+', '18 or over', 'over 18s', 'aged 21 and over', 未满18岁, 18岁以上
_AGE_NOTICE = re.compile(r"(?<![\d.,$£€¥])(?P<n>" + _AGES + r")(?=\s*\+|\s+(?:or|and)\s+(?:over|above|older)\b|"
                         r"\s*(?:周岁|岁)(?:以上|及以上)?)|(?:\b(?:over|under|aged|age of|overs?)\s+|未满|年满)"
                         r"(?P<m>" + _AGES + r")(?=s\b|\s*\+|\s*(?:$|[,.;:!?)，。；！？])|\s+(?:only|to|and|or|years?\s+(?:old|of\s+age))\b|岁|周岁)")
# a time of day ('by 3 p.m.', '10:30am', '6 o'clock') says when, not what the product has
_TIME_OF_DAY = re.compile(r"(?<![\d.,$£€¥])\d{1,2}(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)")
# an age written with 'old' ('a 5-year-old', '3 years old') is grounded by the number alone (the
# record's 'ages: 5+'), not by a duration in years
_AGE_OLD = re.compile(r"[\s\-]old\b")
def _record_ages(ctx: Context) -> set[str]:
    """The numbers of the record's age attributes ('ages: 5+', 适用年龄: 3岁以上)."""
    got = ctx.facts.memo.get("record_ages")
    if got is None:
        got = {num_key(float(n)) for k, v in ctx.brief.product.attributes.items()
               if re.search(r"\bages?\b|年龄", str(k).lower()) for n in re.findall(r"\d+", str(v))}
        ctx.facts.memo["record_ages"] = got
    return got


# the short code an SMS keyword is texted to ('Text STOP to 60777', 'reply JOIN to 80808'), or an
# opt-out keyword written in capitals with no verb before it ('STOP to 60123 to opt out'): a number
# to send to, not a figure of the product
_SHORT_CODE = re.compile(r"\b(?:(?:" + "|".join(word_list("sms_keyword_verbs")) + r")\s+[a-z]+|(?P<kw>"
                         + "|".join(word_list("sms_opt_out_keywords")) + r"))\s+to\s+(?P<n>\d{4,6})\b")
_TRADE_NUMBERS = {k: re.compile("|".join(v)) for k, v in word_table("trade_named_numbers").items()}
# the basis of a figure per quantity ('per 100 g', '每100毫升含蛋白质3.6克'): the quantity the
# figure is stated for, no claim about the product's size (the figure itself stays a claim)
_PER_BASIS = re.compile(r"(?:\bper\s?|每\s?)(?P<n>" + "|".join(word_list("per_basis_numbers")) + r")(?![\d.,])")
_BASIS_FAMILIES = ("mass", "volume", "weight or volume")


def _trade_numbers(ctx: Context) -> re.Pattern | None:
    """The patterns of numbers that name a thing of the product's trade ('Treble 20' for darts;
    `trade_named_numbers`), by the words of the record's category and title."""
    got = ctx.facts.memo.get("trade_numbers", False)
    if got is False:
        p = ctx.brief.product
        words = {w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z]+", f"{p.category} {p.title}".lower())}
        rxs = [rx.pattern for k, rx in _TRADE_NUMBERS.items() if k in words]
        got = ctx.facts.memo["trade_numbers"] = re.compile("|".join(rxs)) if rxs else None
    return got


_KEY_NOUN_AFTER = re.compile(r"(?:[ \-][a-z]+)?[ \-]([a-z]{4,})\b")  # '40 settings', '12 saddle heights'
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


_RANGE = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s?(?:(?P<ua>[^\s\d,;:()\-–~～]{1,3})\s?)?(?:-|–|—|~|～|to|至|到)\s?"
                    r"(?P<b>\d+(?:\.\d+)?)")


def _record_ranges(ctx: Context) -> list[tuple[float, float, str]]:
    """(low, high, canonical unit) of each range the record states with a unit after its end
    ('adjustable 135-212°F', '80-100厘米', '5 to 40 kg'); a unit after the start must agree."""
    got = ctx.facts.memo.get("ranges")
    if got is None:
        got = ctx.facts.memo["ranges"] = []
        text = ctx.facts.text
        for m in _RANGE.finditer(text):
            canon = _range_unit(text, m.end(), record=True)
            ua = m.group("ua")
            if not canon or (ua and ALL_UNITS.get(ua.strip(), _DEGREES.sub(r"°\1", ua)) != canon):
                continue
            lo, hi = float(m.group("a")), float(m.group("b"))
            if lo < hi:
                got.append((lo, hi, canon))
    return got


_DEGREES = re.compile(r"\s?°\s?([cf])(?![a-z])")


def _range_unit(text: str, end: int, record: bool = False) -> str | None:
    """The canonical unit written right after position `end` (a unit of `units`, in the record
    also of `record_units`, or degrees: '°f', '°c')."""
    unit = UNIT_AFTER.match(text, end) or (RECORD_UNIT_AFTER.match(text, end) if record else None)
    if unit:
        return ALL_UNITS[unit.group(1)]
    deg = _DEGREES.match(text, end)
    return "°" + deg.group(1) if deg else None


def _in_record_range(ctx: Context, value: float, unit: str) -> bool:
    """Does a value stated in `unit` lie inside a range the record gives in that unit (a setting
    or size the product is said to span)?"""
    return any(lo <= value <= hi and u == unit for lo, hi, u in _record_ranges(ctx))


_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]{2,})\b")


def _one_in_record(ctx: Context, end: int) -> bool:
    """Is a '1' before a noun the count the record gives that noun with an article ('1 tin' where
    the kit's record lists 'a tin case', '1 pouch' for 'one pouch')? A record names a single thing
    so, not with the digit."""
    noun = _NOUN_AFTER.match(ctx.low, end)
    if not noun or noun.group(1) in EN_STOP:
        return False
    return bool(re.search(rf"\b(?:a|an|one)\s+(?:[a-z\-]+\s+)?{re.escape(noun.group(1))}\b", ctx.facts.text))


def check_numbers(ctx: Context) -> None:
    """The catch-all: any number not explained by an earlier check must appear in the record, and
    a number written with a unit ('106 cm', '2-year', '50 days') must be one the record gives in
    that unit (or a time the offer states: 'ends in 3 days'); one the record writes only as a
    measure may not count things ('50 capsules' for a 50 ml serum; `quantities.py`). An SMS short
    code ('Text STOP to 60777', 'STOP to 60123') is where to text, no figure, the basis of a figure
    per quantity ('per 100 g', 每100毫升) is no size of the product, and a number that names a thing of the
    product's trade ('Treble 20' for darts, `trade_named_numbers`) is a name."""
    if any(i in ctx.low for i in _IDIOMS):
        for m in IDIOM_RE.finditer(ctx.low):
            if not UNIT_AFTER.match(ctx.low, m.end()):
                ctx.consume(m.span())
    if "了" in ctx.low:
        for m in _ZH_ACTIVITY.finditer(ctx.low):
            ctx.consume(m.span("n"))
    for m in _AGE_NOTICE.finditer(ctx.low):
        ctx.consume(m.span("n") if m.group("n") else m.span("m"))
    for m in _TIME_OF_DAY.finditer(ctx.low):
        ctx.consume(m.span())
    for m in _PER_BASIS.finditer(ctx.low):
        unit = UNIT_AFTER.match(ctx.low, m.end())
        if unit and UNIT_FAMILY.get(UNITS[unit.group(1)]) in _BASIS_FAMILIES:
            ctx.consume((m.start("n"), unit.end()))
    for m in _SHORT_CODE.finditer(ctx.low):
        if not m.group("kw") or ctx.copy[m.start("kw"):m.end("kw")].isupper():
            ctx.consume(m.span("n"))
    trade = _trade_numbers(ctx)
    for m in trade.finditer(ctx.low) if trade else ():
        ctx.consume(m.span())  # 'Treble 20' on a dartboard
    low = _parted_low(ctx)
    for m in NUMBER_RE.finditer(low):
        if ctx.is_consumed(m.span()):
            continue
        raw = m.group(0).replace(",", "")
        try:
            key = num_key(float(raw))
        except (ValueError, OverflowError):
            key = raw
        if (re.fullmatch(r"\d+\.\d\d", raw) and not UNIT_AFTER.match(ctx.low, m.end())
                and any(close(float(raw), v) for v in ctx.facts.money)):
            # "Adjustable Dumbbells, 21.99", "109.99 cents", "扫地机器人248.99": the price with no
            # currency sign
            ctx.hit("grounding_price", m.span(), f"amount {m.group(0)!r} written without its currency sign")
            continue
        if key in ctx.facts.numbers or raw in ctx.facts.numbers:
            unit = UNIT_AFTER.match(ctx.low, m.end())
            if (unit and _AGE_OLD.match(ctx.low, unit.end()) and UNITS[unit.group(1)] == "yr"
                    and key in _record_ages(ctx)):
                continue
            if unit and unit.group(1) == "年" and len(raw) == 4:
                continue  # 2027年: a year, the dates' business
            if unit and (key, UNITS[unit.group(1)]) not in record_quantities(ctx) | offer_quantities(ctx):
                ctx.hit("grounding_number", (m.start(), unit.end()),
                        f"{ctx.copy[m.start():unit.end()]!r}: {measure_note(ctx, key)}")
            elif (not unit and _PERSONS_BEFORE.search(ctx.low, max(0, m.start() - 20), m.start())
                  and (key, "person") not in record_quantities(ctx)):
                ctx.hit("grounding_number", m.span(), f"{ctx.low[max(0, m.start() - 12):m.end()].strip()!r}: "
                                                      f"the record holds no such number of people")
            elif not unit:
                counted = _KEY_NOUN_AFTER.match(ctx.low, m.end())
                values = keyed_counts(ctx).get(counted.group(1)) if counted else None
                nxt = _NEXT_WORD.match(ctx.low, counted.end()) if values else None
                if values and key not in values and not (nxt and nxt.group(1) not in EN_STOP):
                    # (a noun after it makes the count's noun a modifier: '120 card sleeves')
                    # "40 settings" where the record's "grind settings" is 31 (40 is its burrs' mm)
                    ctx.hit("grounding_number", (m.start(), counted.end()),
                            f"{ctx.copy[m.start():counted.end()]!r}: the record gives {', '.join(sorted(values))}")
                elif key != "1" and key in record_measures(ctx):
                    # "50 capsules", 50粒 for a 50 ml serum: a measure of the record reused as a count
                    span = counted_noun(ctx, m.start(), m.end())
                    if span:
                        ctx.hit("grounding_number", span, f"{ctx.copy[span[0]:span[1]]!r} counts things, but "
                                                          f"{measure_note(ctx, key)}")
            continue
        unit = _range_unit(ctx.low, m.end())
        if unit and _in_record_range(ctx, float(raw), unit):
            continue  # "set it to 200°F" where the record says "adjustable 135-212°F"
        # a number glued to letters that the record contains as a whole token ("S24", "2x", "v2")
        s, e = m.span()
        while s > 0 and ctx.low[s - 1].isalnum() and ctx.low[s - 1].isascii():
            s -= 1
        while e < len(ctx.low) and ctx.low[e].isalnum() and ctx.low[e].isascii():
            e += 1
        if (s, e) != m.span() and ctx.low[s:e] in ctx.facts.words:
            continue  # (a bare number is no glued token: the '5' of the record's '7.5' grounds no '5 litres')
        if key == "1" and _one_in_record(ctx, m.end()):
            continue  # "8 patches, 2 levers, 1 tin" where the record lists "a tin case"
        if not unit and "." not in raw and stated_total(ctx, float(raw)):
            continue  # 'Three rolls of 36 ... 108 frames': a total the copy works out
        if not unit and key in spelt_counts(ctx):
            continue  # '+ 2 free ice packs' where the offer's gift is 'two slim ice packs'
        ctx.hit("grounding_number", m.span(), f"{m.group(0)!r} is not in the product record or offer")
    _check_fractions(ctx)
    _check_count_words(ctx)
    check_pack_counts(ctx)
    check_person_counts(ctx)


_COUNT_WORDS = {w: int(v) for w, v in word_table("en_number_words").items()
                if v is not None and int(v) >= 2 and " " not in w}
COUNT_WORD_RE = re.compile(r"\b(?P<w>" + "|".join(_COUNT_WORDS) + r")\s+(?P<rest>(?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)")
_PURCHASE_BEFORE = re.compile(r"\b(?:" + "|".join(word_list("count_purchase_verbs")) + r")\s+(?:just\s+|all\s+)?$")


def _title_heads(title: str) -> tuple[set[str], set[str]]:
    """The title's words and its head nouns (its last two words of three or more letters, after
    numbers and units), each with its singular and plural."""
    words = re.findall(r"[a-z]+", title.lower())
    forms = lambda w: {w, w[:-1] if w.endswith("s") else w + "s", w[:-2] if w.endswith("es") else w + "es"}
    heads = [w for w in words if len(w) >= 3 and w not in UNITS][-2:]
    return set().union(*(forms(w) for w in words)) if words else set(), set().union(*(forms(w) for w in heads)) if heads else set()


def _product_numbers(ctx: Context) -> set[str]:
    """The numbers the product's title and attributes state, in digits or words ('Eight Piece
    ... Set'); not the offer's dates or prices."""
    p = ctx.brief.product
    text = " ".join([p.title, *(f"{k} {v}" for k, v in p.attributes.items())]).replace(",", "").lower()
    got = {num_key(float(x)) for x in re.findall(r"\d+(?:\.\d+)?", text)}
    return got | {num_key(v) for w, v in _COUNT_WORDS.items() if re.search(rf"\b{w}\b", text)}


def _check_count_words(ctx: Context) -> None:
    """A count written as a word before the product's own name ('Six pantry jelly moulds' for a
    set of 4): the words after it are the title's, ending in its head noun, so the count says how
    many the product holds, and must be a number the record states. Not a count of how many to
    buy ('buy two moulds')."""
    if ctx.lang != "en":
        return
    for m in COUNT_WORD_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()) or _PURCHASE_BEFORE.search(ctx.low, max(0, m.start() - 16), m.start()):
            continue
        got = ctx.facts.memo.get("title_heads")
        if got is None:
            got = ctx.facts.memo["title_heads"] = _title_heads(ctx.brief.product.title)
        title_words, heads = got
        words = m.group("rest").split()
        n = next((i for i, w in enumerate(words, 1) if w not in title_words), len(words) + 1) - 1
        if n == 0 or words[n - 1] not in heads:
            continue
        value = _COUNT_WORDS[m.group("w")]
        if num_key(value) in _product_numbers(ctx):
            continue
        end = m.start("rest") + len(" ".join(words[:n]))
        ctx.hit("grounding_number", (m.start(), end), f"{ctx.copy[m.start():end]!r}: the record states no "
                                                       f"{value} of them")


def _check_fractions(ctx: Context) -> None:
    """A number written as one character that is not a decimal digit ('½', '⅔', '¾'): the
    digit patterns above never see it, so "priced at ½" or "a ⅔ discount" would pass unread.
    Its value must be one the record or offer holds, like any other number."""
    if ctx.low.isascii():
        return
    for i, ch in enumerate(ctx.low):
        if ch.isdecimal() or unicodedata.category(ch) != "No" or ctx.is_consumed((i, i + 1)):
            continue
        value = unicodedata.numeric(ch, None)
        if value is None or value == int(value):  # superscripts and circled digits: not a fraction
            continue
        if num_key(value) not in ctx.facts.numbers and ch not in ctx.facts.text:
            ctx.hit("grounding_number", (i, i + 1), f"{ch!r} ({num_key(value)}) is not in the product record or offer")
