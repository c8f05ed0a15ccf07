"""Term-list rules: one scan of the copy for the terms of every lexical rule of a pack (claims,
receipts, toxicity, injection echoes, sensitive attributes), and the check that reports a rule's
terms and patterns. The law and safety checks both report through `term_hits`.

Claims that the product record itself makes (a product titled "... Pain Relief Patch", an award
listed in its attributes) count as substantiated and do not hit, and so does a medical word said of
the product's own material where the record names that property ('self-healing foam': "the foam
heals"), and a one-character insult that is half of a word the record writes (滚子 of a 滚子链 chain).
"""

from __future__ import annotations

import re

from ..facts import EN_STOP
from .context import Context
from .packs import RulePack, term_regex
from .text import fold
from .vocab import word_set

# Rules whose terms are scanned in one pass (one trie over all their terms, then a lookup of which
# rule a matched term belongs to); each rule's own patterns still run separately.
LEXICAL_RULES = ("absolute_claim", "medical_claim", "fake_transaction", "toxicity", "profanity",
                 "prompt_injection", "template_leak", "sensitive_attribute", "profile_feature", "grounding_award")


def _norm_term(t: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold(t).strip())


def compile_lexicon(pack: RulePack):
    """One regex over every term of `LEXICAL_RULES`, and the rules each normalised term belongs to."""
    owners: dict[str, list[str]] = {}
    for rid in LEXICAL_RULES:
        for t in pack.rules[rid].terms:
            owners.setdefault(_norm_term(t), []).append(rid)
    return term_regex([t for rid in LEXICAL_RULES for t in pack.rules[rid].terms]), owners


_SUBSTANTIABLE = {"absolute_claim", "medical_claim", "toxicity", "sensitive_attribute", "profile_feature",
                  "grounding_award"}


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


_WORD = re.compile(r"[a-z][a-z'’]+")


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word.rstrip("s")


def _record_words(ctx: Context, phrase: str) -> bool:
    """An English health claim the record states in its own word forms: every content word of the
    claim ('lowers', 'stress', 'hormones') has a word of the record that shares its stem (a record
    attribute "claim: lowers stress hormones (clinical study)" substantiates "lowered your stress
    hormones"; "memory foam" in a record does not substantiate "improves memory")."""
    words = [w for w in _WORD.findall(phrase) if w not in EN_STOP and w not in ("your", "you")]
    if len(words) < 2:
        return False
    have = {_stem(w) for w in _WORD.findall(ctx.facts.text)}
    return all(_stem(w) in have for w in words)


_ROOT_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
_COMPOUND = re.compile(r"[a-z]+-([a-z]+)")
_CLAUSE_AFTER = re.compile(r"[^.!?;:,\n]*")
_BODY_OBJECTS = word_set("medical_body_objects")


def _record_material(ctx: Context, s: int, e: int) -> bool:
    """A one-word medical term ('heals', 'cured') said of the product's own material: the record
    writes its root in a compound of a property ('self-healing foam', 'UV-cured resin'), a word of
    the record stands in the three words before it ('the foam heals', 'foam target heals') and no
    person or body it would act on follows in the clause (`medical_body_objects`: 'heals your
    skin', 'heals cuts')."""
    term = ctx.low[s:e]
    if not term.isalpha():
        return False
    root = _ROOT_ENDING.sub("", term)
    if len(root) < 3 or not any(_ROOT_ENDING.sub("", m.group(1)) == root for m in _COMPOUND.finditer(ctx.facts.text)):
        return False
    before = _WORD.findall(re.split(r"[.!?;:,\n]", ctx.low[max(0, s - 60):s])[-1])[-3:]
    after = _WORD.findall(_CLAUSE_AFTER.match(ctx.low, e).group(0))
    return (any(w in ctx.facts.words and w not in EN_STOP for w in before)
            and not any(w in _BODY_OBJECTS for w in after))


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _record_part(ctx: Context, s: int) -> bool:
    """A one-character insult (滚, "get lost") that is a character of a two-character word the
    record writes, with the character after it or before it: the product's part or what it does
    (滚子 of a 滚子链 chain, 滚刷 of a mop's 双滚刷), not an insult."""
    low = ctx.low
    pairs = (low[s:s + 2], low[s - 1:s + 1] if s else "")
    return any(len(p) == 2 and _CJK.fullmatch(p[0]) and _CJK.fullmatch(p[1]) and p in ctx.facts.text
               for p in pairs)


def term_hits(ctx: Context, rule_id: str) -> None:
    """Hit every term or pattern of `rule_id` in the copy, except inside its `allow` phrases and,
    for claims, toxicity and sensitive words, except what the record itself says."""
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
            if ctx.in_record(phrase) or (rule_id == "medical_claim" and (_record_words(ctx, phrase)
                                                                          or _record_material(ctx, s, e))):
                continue
            if rule_id == "toxicity" and e - s == 1 and _record_part(ctx, s):
                continue
        ctx.hit(rule_id, (s, e), repr(ctx.copy[s:e]))
