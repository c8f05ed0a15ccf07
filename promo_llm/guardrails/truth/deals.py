"""Truth, deal claims without an amount: copy that says the customer gets a price advantage (a
discount, a sale, a saving, a reduced, marked-down or lower-than-before price, special, member or
VIP pricing, a voucher or discount code; 优惠, 打折, 特价, 降价, 会员价, 优惠码...) must have one in
the brief. The amount rules (`figures.py`) judge a stated percentage or price; this rule judges the
claim itself, which needs no number to mislead ("£2.95 with a discount" when nothing is
discounted).

What substantiates a claim of a reduction: a discount in the offer or in the record, or a
reference price the locale's pricing rules let the copy call a reduction. With a price history
that is the lowest price of the locale's window before the current price began
(`law.reference_window`: 30 days in en-US, 28 in en-GB, 7 in zh-CN), which must be above the
price; without one, the record's list price above the price (a "was" price shown so passes with
`reference_price_unverified`). A claim of a code (a discount code, a voucher, 优惠码) needs the
offer's code; where the code rule already reported a code the offer lacks, it is not reported
twice. A claim of an offer of any kind (a special offer, members only, 会员专享, 优惠) passes
with any benefit in the offer: a discount, a code, a gift or free shipping.

The words are the pack's (`unsupported_deal`: `terms`, `patterns` and `params.patterns_by_word`
claim a reduction, `params.code_terms` a code, `params.perk_terms` an offer of any kind). A word
is no claim where the record writes it with its neighbouring word (a product called "Discount
Card Holder" or "Sale Sign"), inside an `allow` phrase ("for sale", "bake sale", "gift voucher"),
or after a negation ("no voucher needed", 不打折). Whether "on sale" claims a reduction is the locale's setting `on_sale_is_reduction`
(US usage: reduced; British usage: available to buy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..context import Context
from ..law import reference_window
from ..packs import RulePack, term_regex
from ..text import fold

RULE = "unsupported_deal"
_LATIN_BEFORE = re.compile(r"([a-z0-9][a-z0-9'’&\-]*)[\s\-]+$")
_LATIN_AFTER = re.compile(r"[\s\-]+([a-z0-9][a-z0-9'’&\-]*)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class DealWords:
    """One locale's deal words, compiled once per pack (`compile_deals`)."""

    claims: re.Pattern | None
    """The terms of every kind, in one regex."""
    phrases: tuple[tuple[tuple[str, ...], re.Pattern], ...]
    """(words, regex) of the phrases that claim a reduction: each tried only on copy that holds
    one of its words."""
    kinds: dict[str, str]
    """Folded code and perk terms (single spaces) -> 'code' or 'perk'; any other match claims a
    reduction."""
    allow: re.Pattern | None
    """Phrases in which a deal word claims nothing (with "on sale" where it means available)."""
    negated: re.Pattern | None
    """A negation just before a claim ("no", "without", 不, 无需), searched at the end of the text
    before it."""


def _norm(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.strip())


def compile_deals(pack: RulePack) -> DealWords | None:
    """The deal words of `pack`'s `unsupported_deal` rule (None where the pack has no such rule)."""
    rule = pack.rules.get(RULE)
    if rule is None:
        return None
    params = rule.params
    codes = tuple(str(t) for t in params.get("code_terms") or ())
    perks = tuple(str(t) for t in params.get("perk_terms") or ())
    allow = list(rule.allow)
    if not pack.settings.get("on_sale_is_reduction", True):
        allow += [str(p) for p in params.get("on_sale_available") or ()]
    gap = "|".join(re.escape(fold(str(w))) for w in params.get("negation_gap") or ())
    neg_words = [fold(str(w)) for w in params.get("negations") or ()]
    latin = "|".join(re.escape(w) for w in neg_words if w.isascii())
    cjk = "|".join(re.escape(w) for w in neg_words if not w.isascii())
    parts = []
    if latin:
        parts.append(rf"(?<![a-z])(?:{latin})(?:\s+(?:{gap}))" + "{0,2}" + r"\s+$" if gap
                     else rf"(?<![a-z])(?:{latin})\s+$")
    if cjk:
        unless = "|".join(re.escape(str(w)) for w in params.get("negation_not") or ())
        parts.append(rf"(?:{cjk})" + (rf"(?!{unless})" if unless else "") + r"[\u4e00-\u9fff]{0,2}$")
    return DealWords(
        claims=term_regex(rule.terms + codes + perks, rule.patterns),
        phrases=tuple((tuple(fold(w) for w in str(key).split("|")), term_regex((), [str(p) for p in pats]))
                      for key, pats in (params.get("patterns_by_word") or {}).items() if pats),
        kinds={**{_norm(fold(t)): "perk" for t in perks}, **{_norm(fold(t)): "code" for t in codes}},
        allow=re.compile("|".join(f"(?:{a})" for a in allow)) if allow else None,
        negated=re.compile("|".join(parts)) if parts else None)


def reduction_basis(ctx: Context) -> str | None:
    """What lets the copy claim a price advantage, or None: the offer's (or the record's) discount,
    a price history whose window before the current price holds only higher prices, or (without a
    history to check it against) a list price above the price."""
    got = ctx.memo.get("deal_basis", False)
    if got is not False:
        return got
    f, offer, product = ctx.facts, ctx.brief.offer, ctx.brief.product
    window = reference_window(ctx)
    if (offer.discount_pct or 0) > 0 or (product.discount_pct or 0) > 0:
        got = "the offer's discount"
    elif window.lowest is not None:
        got = (f"a price of {window.lowest:g} or more in the {window.days} days before {window.start}"
               if window.lowest > f.price + 0.005 else None)
    elif f.list_price is not None and f.list_price > f.price + 0.005:
        got = f"the list price {f.list_price:g}"
    else:
        got = None
    ctx.memo["deal_basis"] = got
    return got


def _record_words(ctx: Context, s: int, e: int) -> bool:
    """Does the record write this deal word together with the word (or Chinese character) beside
    it, as in a product's name ("Discount Card Holder", "Sale Sign")?"""
    low, text = ctx.low, ctx.facts.text
    phrases = []
    before = _LATIN_BEFORE.search(low, max(0, s - 30), s)
    after = _LATIN_AFTER.match(low, e)
    if before:
        phrases.append(low[before.start():e])
    if after:
        phrases.append(low[s:after.end()])
    if _CJK.match(low, s) or _CJK.match(low, e - 1):
        phrases += [low[max(0, s - 1):e], low[s:e + 1]]
    return any(len(p) > e - s and _norm(p) in text for p in phrases)


def _claims(ctx: Context, words: DealWords) -> list[tuple[int, int, str]]:
    """(start, end, kind: 'reduction', 'perk' or 'code') of every deal claim the copy makes."""
    low = ctx.low
    found: list[tuple[int, int, str]] = []
    matches = list(words.claims.finditer(low)) if words.claims is not None else []
    for keys, rx in words.phrases:
        if any(k in low for k in keys):
            matches += rx.finditer(low)
    if not matches:
        return found
    allowed = [m.span() for m in words.allow.finditer(low)] if words.allow else []
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        s, e = m.span()
        if found and s < found[-1][1]:
            continue  # inside a claim already read ('reduced price' by two phrases)
        if any(a <= s and e <= b for a, b in allowed):
            continue
        if words.negated is not None and words.negated.search(low, max(0, s - 40), s):
            continue
        if _record_words(ctx, s, e):
            continue
        found.append((s, e, words.kinds.get(_norm(m.group(0)), "reduction")))
    return found


def check_deal_claims(ctx: Context) -> None:
    """`unsupported_deal`: a price advantage the copy asserts must be in the offer or the record
    (see the module docstring). Runs after the code and amount checks."""
    words: DealWords | None = ctx.compiled.get("deals")
    if words is None:
        return
    claims = _claims(ctx, words)
    if not claims:
        return
    code_reported = any(h.rule == "grounding_code" for h in ctx.hits)
    offer = ctx.brief.offer
    for s, e, kind in claims:
        said = ctx.copy[s:e]
        if kind == "code":
            if ctx.facts.code or code_reported:
                continue
            ctx.hit(RULE, (s, e), f"{said!r} claims a code, but the offer has none")
        elif kind == "perk":
            if offer.code or offer.gift or offer.free_shipping or reduction_basis(ctx) is not None:
                continue
            ctx.hit(RULE, (s, e), f"{said!r} claims an offer, but the brief has none (no discount, code, "
                                  f"gift or free shipping; {_price(ctx)})")
        elif reduction_basis(ctx) is None:
            ctx.hit(RULE, (s, e), f"{said!r} claims a price advantage, but the offer has no discount "
                                  f"and the record no higher reference price ({_price(ctx)})")


def _price(ctx: Context) -> str:
    w = reference_window(ctx)
    if w.lowest is not None:
        return f"price {ctx.facts.price:g}; lowest in the {w.days} days before {w.start}: {w.lowest:g}"
    lp = ctx.facts.list_price
    return f"price {ctx.facts.price:g}" + (f", list price {lp:g}" if lp is not None else ", no list price")
