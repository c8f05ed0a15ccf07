"""Law: what advertising and consumer law (and the campaign's legal terms) require of a copy.
Claims (absolute and medical claims, a promotion that reads as a receipt), the campaign's banned
terms and competitors, reference prices (a "was" price against the price history window; a
compared price that is no saving), and the SMS signature and opt-out that are added where they fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..channels import ChannelSpec, sms_segments
from ..records import Brief
from .context import Context, Hit
from .packs import CampaignRules, RulePack, compile_each
from .terms import term_hits
from .text import CJK_RE, close, fold, is_pictograph
from .vocab import word_set

_OPENERS = word_set("common_openers")

# a dollar amount, and a former or compared price ("was $X", "instead of $X")
_DOLLARS = re.compile(r"\$\s*(\d+(?:,\d{3})*(?:\.\d{1,2})?)")
_WAS_PRICE = re.compile(r"\b(?:instead of|was|were|down from|originally|regularly|reduced from)\s*\(?\s*"
                        r"(?:(?:the|our|its)\s+)?(?:(?:usual|regular|normal|original|former)(?:\s+price)?\s*(?:of\s+)?)?"
                        r"(?:\$|usd\s*)(\d+(?:,\d{3})*(?:\.\d{1,2})?)")


def check_absolute_claim(ctx: Context) -> None:
    term_hits(ctx, "absolute_claim")


def check_medical_claim(ctx: Context) -> None:
    term_hits(ctx, "medical_claim")


def check_fake_transaction(ctx: Context) -> None:
    """Copy that tells the customer their order is ready or their parcel is on its way: a
    promotion that reads as a receipt ('Your next order will arrive tomorrow morning')."""
    term_hits(ctx, "fake_transaction")


def check_comparison(ctx: Context) -> None:
    """Comparative advertising: a comparison whose object is another brand ('Tougher than an
    OtterBox', 'Why pay Le Creuset prices?', 比Anker更轻, 和乐高一样好玩, X平替). The pack's
    `comparison` patterns find the construction and capture its object as `name` (a proper name:
    capitalised where the words around it are not, or a brand of common.yaml) or as `any` (a
    construction that always names another product, such as 平替). The shop's own brand and the
    record's words are no other brand, and nor are the rule's `not_names` (Black Friday, Mum)."""
    rule = ctx.pack.rules.get("comparison")
    if rule is None or not rule.patterns:
        return
    keywords = rule.params.get("keywords")
    if keywords and not any(k in ctx.low for k in keywords):
        return  # no comparative word at all
    not_names = set(rule.params.get("not_names", ()))
    for rx in compile_each(rule.patterns):
        for m in rx.finditer(ctx.low):
            groups = m.groupdict()
            key = "any" if groups.get("any") else "name"
            if not groups.get(key):
                continue
            name = _other_name(ctx, m, key, not_names)
            if name:
                ctx.hit("comparison", m.span(), f"compares with {name!r}")
                return


def _other_name(ctx: Context, m: re.Match, key: str, not_names: set[str]) -> str | None:
    """The other brand a comparison names, or None where its object is no such name."""
    s, e = m.span(key)
    own = fold(ctx.brief.product.brand or "").strip()
    text = ctx.low[s:e].strip(" .'’")
    if not text or (own and (own in text or text in own)) or text in not_names:
        return None
    rx, groups = ctx.compiled["brands"]
    known = [a for a in (rx.findall(ctx.nfkc[s:e]) if rx else ()) if not ctx.in_record(a)]
    if known:
        return known[0]
    if key == "any":
        return None if ctx.in_record(text) else ctx.copy[s:e].strip()
    if CJK_RE.match(text):
        return _zh_maker(ctx, text)
    if re.match(r"[a-z]", text):
        # Latin words: the capitalised ones, while the word just outside them is lower case
        outside = ctx.nfkc[max(0, s - 12):s].split() if m.start() < s else ctx.nfkc[e:e + 12].split()
        word = outside[-1 if m.start() < s else 0] if outside else ""
        if re.search(r"[A-Za-z]", word) and not word.islower():
            return None  # title case ('Lighter Than Air'): a capital says nothing
        words = []
        for w in ctx.nfkc[s:e].split():
            if not w[:1].isupper():
                break
            words.append(re.sub(r"['’]s$", "", w.strip(".:,!?;")))
        name = " ".join(words)
        low = name.lower()
        if (not words or low in not_names or low in _OPENERS or all(w.lower() in ctx.facts.words for w in words)
                or (own and own in low) or _capital_of_position(ctx, s, ctx.nfkc[s:e].split())
                or _proper_modifier(ctx, words, ctx.nfkc[s:e].split()[len(words):])):
            return None
        return name
    return None


def _capital_of_position(ctx: Context, start: int, words: list[str]) -> bool:
    """Is the one-word name at `start` (`words`: the comparison's object as written) capitalised only
    because it opens a line or sentence, a word common in English ('Great quality, great price',
    'Soft feel, small price': Zipf frequency of `opener_word_zipf` or more) and not written in
    capitals ('UGG quality')? Such a capital names no brand; a known brand of common.yaml is read
    before this, and a name of more words ('Marks & Spencer comfort') is left to its capitals."""
    if len(words) != 1 or words[0].isupper():
        return False
    before = ctx.nfkc[:start].rstrip(" \t")
    if before and before[-1] not in ".!?:\n" and not is_pictograph(before[-1]):
        return False
    return _common_in_english(ctx, re.sub(r"['’]s$", "", words[0].strip(".:,!?;")))


def _proper_modifier(ctx: Context, words: list[str], rest: list[str]) -> bool:
    """Is the name one capitalised word common in English ('Victorian', 'French', 'Sunday': Zipf
    frequency of `opener_word_zipf` or more, not written in capitals) that modifies the lower-case
    noun after it ('Like a Victorian kitchen, only warmer', 'Like a Sunday roast, only easier')? It
    names a kind of thing, no brand; a known brand of common.yaml ('Like a KitchenAid mixer') is read
    before this."""
    if len(words) != 1 or words[0].isupper() or not rest or not rest[0][:1].islower():
        return False
    return _common_in_english(ctx, words[0])


def _common_in_english(ctx: Context, word: str) -> bool:
    """Is `word` common in English: a Zipf frequency of the comparison rule's `opener_word_zipf` or more?"""
    from .quality import english_words

    zipf = float(ctx.pack.rules["comparison"].params.get("opener_word_zipf", 4.0))
    return english_words().get(word.lower(), 0.0) >= 10 ** (zipf - 9)


def _zh_maker(ctx: Context, text: str) -> str | None:
    """The maker a Chinese comparison names before the record's own kind of product (和国誉活页本一样:
    国誉, where the record's title holds 活页), or None where the object names no other maker
    (和普通活页本一样, 和它一样)."""
    modifiers = set(ctx.pack.rules["comparison"].params.get("kind_modifiers", ()))
    for cut in range(2, len(text) - 1):
        name, kind = text[:cut], text[cut:]
        if (len(kind) >= 2 and any(kind[i:i + 2] in ctx.facts.text for i in range(len(kind) - 1))
                and not ctx.in_record(name)):
            name = name.rstrip("的")
            return name if len(name) >= 2 and name not in modifiers and CJK_RE.fullmatch(name[0]) else None
    return None


def check_campaign_terms(ctx: Context) -> None:
    product_brand = (ctx.brief.product.brand or "").lower()
    for rule_id, key in (("competitor", "competitors"), ("banned_term", "banned")):
        regexes = [ctx.compiled.get(key)]
        if rule_id == "competitor":
            regexes.append(ctx.pack.rules["competitor"].regex)
        for rx in regexes:
            if rx is None:
                continue
            for m in rx.finditer(ctx.low):
                if rule_id == "competitor" and m.group(0).lower() == product_brand:
                    continue
                ctx.hit(rule_id, m.span(), repr(ctx.copy[m.start():m.end()]))


@dataclass(frozen=True)
class ReferenceWindow:
    """The prices a reference ("was") price is held against: the locale's window (`days`, the
    pack's `reference_price_days`) before the day the current price began (`start`), and the
    lowest price charged in it (`lowest`; the price in effect when the window opened counts)."""

    days: int
    start: date | None
    """None: no price history."""
    lowest: float | None
    """None: no price history, or none before the current price began."""


def reference_window(ctx: Context) -> ReferenceWindow:
    """The reference window of the brief's price history (computed once per copy).

    The current price is taken to start at the trailing run of history entries at that price;
    with no such run it starts the day after the last entry."""
    got = ctx.memo.get("reference_window")
    if got is not None:
        return got
    hist = sorted((d, float(p)) for d, p in (ctx.price_history or ()))
    days = int(ctx.pack.settings.get("reference_price_days", 30))
    if not hist:
        got = ReferenceWindow(days, None, None)
    else:
        i = len(hist)
        while i > 0 and close(hist[i - 1][1], ctx.facts.price, 0.0051):
            i -= 1
        start = hist[i][0] if i < len(hist) else hist[-1][0] + timedelta(days=1)
        # Entries are price changes: the price in effect when the window opens counts too.
        opens = start - timedelta(days=days)
        window = [p for d, p in hist[:i] if opens <= d < start]
        in_effect = [p for d, p in hist[:i] if d < opens]
        if in_effect:
            window.append(in_effect[-1])
        got = ReferenceWindow(days, start, min(window) if window else None)
    ctx.memo["reference_window"] = got
    return got


def check_reference_window(ctx: Context, claimed: float, span: tuple[int, int]) -> None:
    """A 'was' price must not exceed the lowest price of the window before the promotion started
    (`reference_window`)."""
    w = reference_window(ctx)
    if w.start is None:
        ctx.hit("reference_price_unverified", span, f"no price history to check {claimed} against")
    elif w.lowest is None:
        ctx.hit("reference_price_unverified", span, f"no prices in the {w.days} days before {w.start}")
    elif claimed > w.lowest + 0.005:
        ctx.hit("reference_price", span, f"reference price {claimed} but the lowest price in the {w.days} "
                                         f"days before {w.start} was {w.lowest}")


def check_reference_not_higher(ctx: Context) -> None:
    """'now $87.99 instead of $87.99', 'was $17.99' for a $17.99 product: a former or compared
    price that is not above the selling price (the record price less the offer's discount), or
    that repeats the price stated just before it, is no saving, and misleads."""
    price = ctx.brief.product.price
    if ctx.lang != "en" or price is None:
        return
    pct = getattr(ctx.brief.offer, "discount_pct", None)
    if pct:  # the offer's discount applies to the record price: that is what the copy sells at
        price = min(price, price * (1 - float(pct) / 100))
    for m in _WAS_PRICE.finditer(ctx.low):
        value = float(m.group(1).replace(",", ""))
        before = [float(x.replace(",", "")) for x in _DOLLARS.findall(ctx.low[max(0, m.start() - 40):m.start()])]
        if value <= price + 0.005 or any(abs(b - value) < 0.005 for b in before):
            ctx.hit("reference_not_higher", m.span(),
                    f"{m.group(0)!r} is not above the selling price ({min([price] + before):.2f})")
            return


def repair_signature(text: str, brief: Brief, campaign: CampaignRules, pack: RulePack, spec: ChannelSpec,
                     compiled: dict, hits: list[Hit]) -> str:
    """Add the brand signature 【品牌】 an SMS must carry where the locale requires it and it fits;
    a signature of another brand, or none that fits, blocks."""
    if not pack.settings.get("signature_required") or compiled["signature"] is None:
        return text
    names = [n for n in (campaign.brand_signature, brief.brand_signature, brief.product.brand) if n]
    m = compiled["signature"].search(text)
    if m:
        if not any(m.group(1).strip().lower() == n.strip().strip("【】").lower() for n in names):
            hits.append(Hit("sms_signature", m.span(), f"{m.group(0)!r} is not the sender's brand "
                            f"({', '.join(names) or 'none known'})", "block"))
        return text
    if not names:
        hits.append(Hit("sms_signature", None, "no brand known to sign with", "block"))
        return text
    sig = f"【{names[0].strip().strip('【】')}】"
    candidate = sig + text.lstrip()
    if pack.rules["sms_signature"].severity == "repair" and sms_segments(candidate) <= spec.max_sms_segments:
        hits.append(Hit("sms_signature", (0, 0), f"added {sig}", "repair"))
        return candidate
    hits.append(Hit("sms_signature", None, f"missing {sig} and adding it would exceed "
                    f"{spec.max_sms_segments} segments" if pack.rules["sms_signature"].severity == "repair"
                    else f"missing {sig}", "block"))
    return text


def repair_opt_out(text: str, pack: RulePack, spec: ChannelSpec, compiled: dict, hits: list[Hit]) -> str:
    """Append the channel's opt-out text ('Reply STOP to opt out', 回T退订) where it is missing and
    fits; where it does not fit, block."""
    opt = compiled["opt_out"]
    if not spec.opt_out or opt is None or opt.search(fold(text)):
        return text
    body = text.rstrip()
    last = body[-1:] if body else ""
    if spec.opt_out.isascii():
        sep = " " if last in ".!?)" else ". "
    else:
        sep = "" if last in "。！？!?.，," else "，"
    candidate = body + sep + spec.opt_out
    if pack.rules["sms_opt_out"].severity == "repair" and sms_segments(candidate) <= spec.max_sms_segments:
        hits.append(Hit("sms_opt_out", (len(text), len(text)), f"appended {spec.opt_out!r}", "repair"))
        return candidate
    hits.append(Hit("sms_opt_out", None, f"missing {spec.opt_out!r} and appending it would exceed "
                    f"{spec.max_sms_segments} segments" if pack.rules["sms_opt_out"].severity == "repair"
                    else f"missing {spec.opt_out!r}", "block"))
    return text
