"""Word-list and pattern checks: claims, medical terms, toxicity, injection echoes, PII, URLs, scripts.

Each check reads its terms from the locale pack (or the campaign) and records hits on the context.
Claims that the product record itself makes (a product titled "... Pain Relief Patch", an award
listed in its attributes) count as substantiated and do not hit.
"""

from __future__ import annotations

import re

from .context import Context

_DIGIT = re.compile(r"\d")
ADDRESS_HINT = re.compile(r"street|avenue|road|boulevard|blvd|lane|drive|court|parkway|terrace|place|"
                          r"(?<![a-z])(?:st|ave|rd|ln|dr|ct|way|pl)(?![a-z])|号|室|单元")
"""A street word: address patterns only run when the copy has one (they backtrack on every number)."""
_SUBSTANTIABLE = {"absolute_claim", "medical_claim", "toxicity", "sensitive_attribute"}


def _lexicon(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Spans of every lexical-rule term in the copy, by rule, from one scan (cached on the context)."""
    got = ctx.memo.get("lexicon")
    if got is None:
        rx, owners = ctx.compiled["lexicon"]
        got = {}
        for m in rx.finditer(ctx.low) if rx else ():
            for rid in owners.get(_norm(m.group(0)), ()):
                got.setdefault(rid, []).append(m.span())
        ctx.memo["lexicon"] = got
    return got


def _norm(t: str) -> str:
    return t if " " not in t and "-" not in t else re.sub(r"[\s\-]+", " ", t)


def _term_hits(ctx: Context, rule_id: str) -> None:
    rule = ctx.pack.rules.get(rule_id)
    if rule is None:
        return
    spans = list(_lexicon(ctx).get(rule_id, ()))
    if rule.pattern_regex is not None:
        spans += [m.span() for m in rule.pattern_regex.finditer(ctx.low)]
    if not spans:
        return
    allowed = [m.span() for m in rule.allow_regex.finditer(ctx.low)] if rule.allow_regex else []
    for s, e in spans:
        if any(a <= s and e <= b for a, b in allowed):
            continue
        if rule_id in _SUBSTANTIABLE:
            phrase = ctx.low[s:e] if e - s >= 2 else ctx.low[s:e + 2]
            if ctx.in_record(phrase):
                continue
        ctx.hit(rule_id, (s, e), repr(ctx.copy[s:e]))


def check_absolute_claim(ctx: Context) -> None:
    _term_hits(ctx, "absolute_claim")


def check_medical_claim(ctx: Context) -> None:
    _term_hits(ctx, "medical_claim")


def check_fake_transaction(ctx: Context) -> None:
    """Copy that tells the customer their order is ready or their parcel is on its way: a
    promotion that reads as a receipt ('Your next order will arrive tomorrow morning')."""
    _term_hits(ctx, "fake_transaction")


def check_toxicity(ctx: Context) -> None:
    _term_hits(ctx, "toxicity")
    _term_hits(ctx, "profanity")


def check_injection(ctx: Context) -> None:
    _term_hits(ctx, "prompt_injection")
    _term_hits(ctx, "template_leak")


def check_pii(ctx: Context) -> None:
    # Patterns with an '@' (emails) only run when the copy has one: scanning every word for a
    # possible local part is the slowest regex in the packs.
    low = ctx.low
    rxs = ctx.compiled["pii"]
    run = [rxs["email"] if "@" in low else None,
           rxs["number"] if len(_DIGIT.findall(low)) >= 9 else None,
           rxs["address"] if ADDRESS_HINT.search(low) else None]
    for rx in run:
        for m in rx.finditer(ctx.low) if rx else ():
            ctx.hit("pii", m.span(), "personal data " + repr(ctx.copy[m.start():m.end()]))
            ctx.consume(m.span())


def check_sensitive(ctx: Context) -> None:
    _term_hits(ctx, "sensitive_attribute")
    # Tags the user record carries ("health:diabetes", "religion") are matched by value and by the
    # category's words, so copy cannot name the very attribute that made the user sensitive.
    cats = ctx.pack.rules["sensitive_attribute"].params.get("categories", {})
    seen = {h.span for h in ctx.hits if h.rule == "sensitive_attribute"}
    for tag in ctx.brief.user.sensitive:
        cat, _, value = str(tag).lower().partition(":")
        words = [value] if value else []
        words += cats.get(cat, [])
        for w in filter(None, words):
            i = ctx.low.find(w.lower())
            if i >= 0 and (i, i + len(w)) not in seen and not ctx.in_record(w):
                ctx.hit("sensitive_attribute", (i, i + len(w)), f"names the user's {cat} ({w!r})")
                seen.add((i, i + len(w)))


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


URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。！？、）)]+"
    r"|(?<![@\w.\-])(?:[a-z0-9\-]+\.)+(?:com|cn|net|org|io|shop|store|co|me|ly|xyz|top|info|biz|app|"
    r"link|site|online|us|uk|hk|tw|jp|de|fr|eu|ru|tk|gl|gd|cc|tv|ai|in|to|be|it|nl|es|ch|se|kr|sg|"
    r"vip|club|live|pro|bio|fun|work|tech|cloud|page|ws|gg|fm|so|su)(?![a-z0-9\-])(?:[/?#][^\s，。！？、）)]*)?"
)


def url_domain(url: str) -> str:
    d = re.sub(r"^[a-z]+://", "", url.lower())
    d = re.split(r"[/?#:]", d, maxsplit=1)[0]
    return d[4:] if d.startswith("www.") else d


def check_urls(ctx: Context) -> None:
    allowed = [a.lower().lstrip(".") for a in ctx.campaign.allowed_domains]
    for m in URL_RE.finditer(ctx.low):
        ctx.consume(m.span())
        dom = url_domain(m.group(0).rstrip(".,;:!?"))
        if not any(dom == a or dom.endswith("." + a) for a in allowed):
            ctx.hit("url_not_allowed", m.span(), f"{dom!r} is not in the allowlist {allowed or '(empty)'}")


_WORD_RE = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_OTHER_LOOKALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_FULLWIDTH_LATIN = re.compile(r"[\uff21-\uff3a\uff41-\uff5a]")
_MATH_ALNUM = re.compile(r"[\U0001d400-\U0001d7ff]")


def check_confusables(ctx: Context) -> None:
    if ctx.copy.isascii():
        return
    for m in _WORD_RE.finditer(ctx.copy) if _OTHER_LOOKALIKE.search(ctx.copy) else ():
        w = m.group(0)
        if _LATIN.search(w) and _OTHER_LOOKALIKE.search(w):
            ctx.hit("confusable", m.span(), f"{w!r} mixes Latin with Greek/Cyrillic letters")
    for m in _MATH_ALNUM.finditer(ctx.copy):
        ctx.hit("confusable", m.span(), "styled mathematical letters")
        break
    if ctx.lang == "en":
        m = _FULLWIDTH_LATIN.search(ctx.copy)
        if m:
            ctx.hit("confusable", m.span(), "full-width Latin letters")
