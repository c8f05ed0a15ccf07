"""Safety checks: what must never reach a customer whatever the product. Personal data (PII),
the customer's sensitive attributes, the customer's profile features written into copy (a price
band, "Mid-Range"; a segment, "lapsed customer"), prompt-injection and template echoes, toxicity, links outside
the campaign's allowlist, and unicode tricks (invisible and bidirectional characters, which are
repaired, and confusable letters).
"""

from __future__ import annotations

import re

from ..facts import EN_STOP
from .context import Context, Hit
from .packs import RulePack, term_regex
from .terms import term_hits
from .text import URL_RE

_DIGIT = re.compile(r"\d")
ADDRESS_HINT = re.compile(r"street|avenue|road|boulevard|blvd|lane|drive|court|parkway|terrace|place|"
                          r"(?<![a-z])(?:st|ave|rd|ln|dr|ct|way|pl)(?![a-z])|号|室|单元")
"""A street word: address patterns only run when the copy has one (they backtrack on every number)."""

INVISIBLE_RE = re.compile(
    "[\u200b\u200c\u2060-\u2064\ufeff\u00ad\u180e\u034f\U000e0000-\U000e007f\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r]"
    "|(?<![\U0001f000-\U0001faff\u2600-\u27bf\ufe0f])\u200d|\u200d(?![\U0001f000-\U0001faff\u2600-\u27bf])"
)
BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def check_profile_feature(ctx: Context) -> None:
    """The words that describe the customer to the prompt (price band, segment, deal seeking; the
    pack's `profile_feature` terms) written into the copy: "Fargo: Crime, Mid-Range". A word the
    product record itself uses passes."""
    term_hits(ctx, "profile_feature")


def repair_invisible(text: str, pack: RulePack, hits: list[Hit]) -> str:
    """Strip invisible and bidirectional control characters where the pack repairs them (report
    them where it does not); returns the text the checks read."""
    # Every invisible and bidi character is non-printable, so printable text skips both scans.
    printable = text.replace("\n", "").isprintable()
    for rule_id, rx, what in () if printable else (("invisible_char", INVISIBLE_RE, "invisible"),
                                                   ("bidi_control", BIDI_RE, "bidirectional control")):
        found = list(rx.finditer(text))
        if found:
            span = found[0].span()
            if pack.rules[rule_id].severity == "repair":
                text = rx.sub("", text)
                hits.append(Hit(rule_id, span, f"removed {len(found)} {what} character(s)", "repair"))
            else:
                hits.append(Hit(rule_id, span, f"{len(found)} {what} character(s)", pack.rules[rule_id].severity))
    return text


def check_toxicity(ctx: Context) -> None:
    term_hits(ctx, "toxicity")
    term_hits(ctx, "profanity")


def check_injection(ctx: Context) -> None:
    term_hits(ctx, "prompt_injection")
    term_hits(ctx, "template_leak")


def compile_pii(pack: RulePack) -> dict:
    """PII patterns grouped by the cheap test that must hold before each group can match:
    emails need an '@', long numbers (phones, IDs, cards) nine digits, addresses a street word."""
    groups: dict[str, list[str]] = {"email": [], "address": [], "number": []}
    for p in pack.rules["pii"].patterns:
        key = "email" if "@" in p else "address" if ADDRESS_HINT.search(p) else "number"
        groups[key].append(p)
    return {k: term_regex((), v) for k, v in groups.items()}


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
            if rx is run[2] and _not_a_street_name(m.group(0)):
                continue
            ctx.hit("pii", m.span(), "personal data " + repr(ctx.copy[m.start():m.end()]))
            ctx.consume(m.span())


def _not_a_street_name(found: str) -> bool:
    """A street's name holds no function word: "a pack of 20 goes a long way" ends on a street word
    but what stands between the number and it is a clause, not a name ("221 Baker Street")."""
    return any(w in EN_STOP for w in found.split()[1:-1])


def check_sensitive(ctx: Context) -> None:
    term_hits(ctx, "sensitive_attribute")
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
