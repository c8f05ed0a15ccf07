"""The guardrails stage: brief + candidate copy -> Verdict, with reasons, repairs and sources.

Order of work: safe repairs first (strip invisible and bidirectional characters, drop a fake RE:
prefix, join a split subject, add a missing SMS signature and opt-out when the result still fits),
then every check in `CHECKS` on the repaired text. A check that raises adds an `internal_error`
block (fail closed), and so does any error outside the checks. Spans index into `repaired_copy`
when the verdict has one, otherwise into the copy as given; repair violations point at the original.

This module must not call a model, the network or the workspace: it is pure text over records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable

from ..channels import ChannelSpec, channel_spec, sms_segments
from ..records import Brief, Verdict, Violation
from . import formats, grounding, lexical
from .context import Context, Hit
from .packs import CampaignRules, RulePack, load_common, load_pack, term_regex
from .text import fold

Check = Callable[[Context], None]
MAX_LENGTH_FACTOR = 3

# Ordered: checks that explain numbers (URLs, PII, codes, prices, dates, stock) run before the
# catch-all number check at the end.
CHECKS: dict[str, Check] = {
    "channel": formats.check_channel,
    "truncated": formats.check_truncated,
    "repetition": formats.check_repetition,
    "shouting": formats.check_shouting,
    "language": formats.check_language,
    "off_product": formats.check_off_product,
    "interest_echo": formats.check_interest_echo,
    "off_topic": formats.check_off_topic,
    "misspelled_name": formats.check_misspelled_name,
    "garbled": formats.check_garbled,
    "unknown_word": formats.check_unknown_word,
    "reference_not_higher": formats.check_reference_not_higher,
    "confusable": lexical.check_confusables,
    "absolute_claim": lexical.check_absolute_claim,
    "medical_claim": lexical.check_medical_claim,
    "fake_transaction": lexical.check_fake_transaction,
    "toxicity": lexical.check_toxicity,
    "injection": lexical.check_injection,
    "sensitive": lexical.check_sensitive,
    "campaign_terms": lexical.check_campaign_terms,
    "urls": lexical.check_urls,
    "pii": lexical.check_pii,
    "code": grounding.check_code,
    "money": grounding.check_money,
    "zh_money": grounding.check_zh_money,
    "discount": grounding.check_discount,
    "dates": grounding.check_dates,
    "deadline": grounding.check_deadline,
    "stock": grounding.check_stock,
    "rating": grounding.check_rating,
    "shipping_gift": grounding.check_shipping_gift,
    "brand": grounding.check_brand,
    "attributes": grounding.check_attributes,
    "numbers": grounding.check_numbers,
}

INVISIBLE_RE = re.compile(
    "[\u200b\u200c\u2060-\u2064\ufeff\u00ad\u180e\u034f\U000e0000-\U000e007f\x00-\x08\x0b\x0c\x0e-\x1f\x7f\r]"
    "|(?<![\U0001f000-\U0001faff\u2600-\u27bf\ufe0f])\u200d|\u200d(?![\U0001f000-\U0001faff\u2600-\u27bf])"
)
BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


# Rules whose terms are scanned in one pass (one trie over all their terms, then a lookup of which
# rule a matched term belongs to); each rule's own patterns still run separately.
LEXICAL_RULES = ("absolute_claim", "medical_claim", "fake_transaction", "toxicity", "profanity",
                 "prompt_injection", "template_leak", "sensitive_attribute")


def _norm_term(t: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold(t).strip())


def _compile_lexicon(pack: RulePack):
    owners: dict[str, list[str]] = {}
    for rid in LEXICAL_RULES:
        for t in pack.rules[rid].terms:
            owners.setdefault(_norm_term(t), []).append(rid)
    return term_regex([t for rid in LEXICAL_RULES for t in pack.rules[rid].terms]), owners


@lru_cache(maxsize=8)
def _pack_regexes(locale: str) -> dict:
    """Campaign-independent regexes of one locale, compiled once per process."""
    pack = load_pack(locale)
    opt = pack.settings.get("opt_out_pattern")
    sig = pack.settings.get("signature_pattern")
    return {
        "pack": pack,
        "lexicon": _compile_lexicon(pack),
        "brands": _compile_brands(pack.common),
        "attributes": attribute_lexicon(),
        "topics": _compile_topics(pack.common),
        "opt_out": re.compile(opt, re.IGNORECASE) if opt else None,
        "signature": re.compile(sig) if sig else None,
        "deadline": {k: term_regex(pack.rules["grounding_deadline"].params.get(k) or (),
                                   pack.rules["grounding_deadline"].params.get(k + "_patterns") or ())
                     for k in ("same_day", "next_day")},
        "pii": _compile_pii(pack),
    }


def _compile_pii(pack: RulePack) -> dict:
    """PII patterns grouped by the cheap test that must hold before each group can match:
    emails need an '@', long numbers (phones, IDs, cards) nine digits, addresses a street word."""
    groups: dict[str, list[str]] = {"email": [], "address": [], "number": []}
    for p in pack.rules["pii"].patterns:
        key = "email" if "@" in p else "address" if lexical.ADDRESS_HINT.search(p) else "number"
        groups[key].append(p)
    return {k: term_regex((), v) for k, v in groups.items()}


def _compile_brands(common: dict) -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    groups: dict[str, tuple[str, ...]] = {}
    for aliases in common.get("brands") or ():
        aliases = tuple(str(a) for a in aliases)
        for a in aliases:
            groups[a] = aliases
            groups[re.sub(r"[\s\-]+", " ", a)] = aliases  # "New-Balance" matches "New Balance"
    return term_regex(list(groups), case_sensitive=True) or re.compile(r"(?!x)x"), groups


class _CanonMap(dict):
    """Attribute alias -> the (kind, canonical) groups it belongs to (most aliases: one; a
    category word such as 'footwear' may name several), looked up with whitespace and hyphens
    normalised."""

    def __getitem__(self, key: str) -> frozenset[tuple[str, str]]:
        return super().__getitem__(re.sub(r"[\s\-]+", " ", key.lower()))


@lru_cache(maxsize=1)
def attribute_lexicon():
    """The compiled colour/material/feature/origin lexicon of `packs/common.yaml` (every locale
    shares it): ((Latin regex, CJK regex), alias -> its (kind, canonical) groups, exceptions regex,
    first words)."""
    return _compile_attributes(load_common())


def _compile_attributes(common: dict):
    canon = _CanonMap()
    for kind, entries in (common.get("attributes") or {}).items():
        for name, aliases in entries.items():
            for a in aliases:
                key = re.sub(r"[\s\-]+", " ", str(a).lower())
                dict.__setitem__(canon, key, dict.get(canon, key, frozenset()) | {(kind, str(name))})
    aliases = list(dict.keys(canon))
    latin = term_regex([a for a in aliases if a.isascii()])
    cjk = term_regex([a for a in aliases if not a.isascii()])
    exc = term_regex(common.get("attribute_exceptions") or ())
    # first words of the ASCII aliases: copy without any of them skips the Latin scan
    first = frozenset(re.split(r"[\s\-]+", a)[0] for a in aliases if a.isascii())
    return (latin, cjk), canon, exc, first


def _compile_topics(common: dict) -> list[tuple[str, re.Pattern, re.Pattern, re.Pattern]]:
    """`topics` of `packs/common.yaml`: (name, words, owners, except regexes) for folded texts."""
    return [(name, term_regex(t.get("words") or ()), term_regex(t.get("owners") or ()),
             term_regex(t.get("except") or ())) for name, t in (common.get("topics") or {}).items()]


@dataclass
class Guardrails:
    """Compiled rule packs plus one campaign's additions. Build with `Guardrails.load(...)`."""

    campaign: CampaignRules = field(default_factory=CampaignRules)
    today: date | None = None
    """Send date; lets "ends tonight" pass on the offer's last day. None: such claims block."""
    checks: dict[str, Check] = field(default_factory=lambda: CHECKS)
    _compiled: dict[str, dict] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, campaign: CampaignRules | None = None, locales: Iterable[str] = ("en-US", "zh-CN"),
             today: date | None = None) -> "Guardrails":
        """Compile the packs for `locales` (others compile on first use) and the campaign's terms."""
        guard = cls(campaign=campaign or CampaignRules(), today=today)
        for loc in locales:
            guard._for_locale(loc)
        return guard

    def pack(self, locale: str) -> RulePack:
        return self._for_locale(locale)["pack"]

    def _for_locale(self, locale: str) -> dict:
        got = self._compiled.get(locale)
        if got is None:
            got = dict(_pack_regexes(locale))
            got["banned"] = term_regex(self.campaign.banned_terms)
            got["competitors"] = term_regex(self.campaign.competitors)
            self._compiled[locale] = got
        return got

    # --- the public entry point -------------------------------------------------------------

    def check(self, copy: str, brief: Brief, price_history: list[tuple[date, float]] | None = None) -> Verdict:
        """Check `copy` written for `brief`. Never raises: an error blocks with `internal_error`."""
        try:
            return self._check(copy, brief, price_history)
        except Exception as exc:  # fail closed
            return Verdict(passed=False, violations=(Violation(
                "internal_error", "block", f"guardrails failed: {type(exc).__name__}: {exc}"),))

    def _check(self, copy: str, brief: Brief, price_history) -> Verdict:
        if not isinstance(copy, str):
            raise TypeError(f"copy must be a string, got {type(copy).__name__}")
        compiled = self._for_locale(brief.locale)
        pack: RulePack = compiled["pack"]
        spec = channel_spec(brief.channel, brief.locale)
        text, pre_append, repairs = self._repair(copy, brief, pack, spec, compiled)
        if not pre_append.strip():
            return Verdict(False, (self._violation(pack, Hit("empty", None, "nothing to send")),))
        ctx = Context(copy=text, brief=brief, pack=pack, campaign=self.campaign, spec=spec,
                      price_history=price_history, compiled=compiled, today=self.today,
                      pre_append=pre_append)
        # Far past the channel's limit the copy cannot be sent anyway; only the length checks run,
        # which also keeps the time per copy bounded whatever a generator emits.
        checks = self.checks if len(text) <= MAX_LENGTH_FACTOR * spec.max_chars else {
            "channel": self.checks["channel"]}
        for name, fn in checks.items():
            try:
                fn(ctx)
            except Exception as exc:  # fail closed, but keep the other checks' reasons
                ctx.hit("internal_error", None, f"check {name!r} raised {type(exc).__name__}: {exc}")
        seen, violations = set(), []
        for h in repairs + ctx.hits:
            v = self._violation(pack, h)
            if (v.rule, v.span, v.severity) not in seen:
                seen.add((v.rule, v.span, v.severity))
                violations.append(v)
        passed = not any(v.severity == "block" for v in violations)
        return Verdict(passed=passed, violations=tuple(violations),
                       repaired_copy=text if text != copy else None)

    @staticmethod
    def _violation(pack: RulePack, h: Hit) -> Violation:
        rule = pack.rules.get(h.rule) or pack.rules["internal_error"]
        sev = h.severity or rule.severity
        if sev == "repair" and h.severity is None:
            sev = "block"  # a repair rule reported by a check (not by _repair) could not be fixed
        return Violation(rule=h.rule, severity=sev, message=f"{rule.message}: {h.detail}", span=h.span)

    # --- repairs ------------------------------------------------------------------------------

    def _repair(self, text: str, brief: Brief, pack: RulePack, spec: ChannelSpec, compiled: dict):
        hits: list[Hit] = []

        def can_repair(rule_id: str) -> bool:
            return pack.rules[rule_id].severity == "repair"

        # Every invisible and bidi character is non-printable, so printable text skips both scans.
        printable = text.replace("\n", "").isprintable()
        for rule_id, rx, what in () if printable else (("invisible_char", INVISIBLE_RE, "invisible"),
                                                       ("bidi_control", BIDI_RE, "bidirectional control")):
            found = list(rx.finditer(text))
            if found:
                span = found[0].span()
                if can_repair(rule_id):
                    text = rx.sub("", text)
                    hits.append(Hit(rule_id, span, f"removed {len(found)} {what} character(s)", "repair"))
                else:
                    hits.append(Hit(rule_id, span, f"{len(found)} {what} character(s)", pack.rules[rule_id].severity))

        if spec.name == "email_subject":
            fake = pack.rules["subject_fake_reply"].regex
            m = fake.match(fold(text)) if fake else None
            if m:
                if can_repair("subject_fake_reply"):
                    hits.append(Hit("subject_fake_reply", m.span(), f"removed {text[:m.end()].strip()!r}", "repair"))
                    text = text[m.end():]
                else:
                    hits.append(Hit("subject_fake_reply", m.span(), repr(text[:m.end()]), pack.rules["subject_fake_reply"].severity))
            if "\n" in text.strip():
                joined = re.sub(r"\s*\n+\s*", " ", text.strip())
                if can_repair("subject_one_line") and len(joined) <= spec.max_chars:
                    hits.append(Hit("subject_one_line", None, "joined the lines into one", "repair"))
                    text = joined
                else:
                    hits.append(Hit("subject_one_line", None, "subject must be one line", "block"))
                    text = joined  # report the other checks on one line; the block stays

        pre_append = text
        if spec.name == "sms":
            text = self._repair_signature(text, brief, pack, spec, compiled, hits)
            text = self._repair_opt_out(text, pack, spec, compiled, hits)
        return text, pre_append, hits

    def _repair_signature(self, text, brief, pack, spec, compiled, hits) -> str:
        if not pack.settings.get("signature_required") or compiled["signature"] is None:
            return text
        names = [n for n in (self.campaign.brand_signature, brief.brand_signature, brief.product.brand) if n]
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

    def _repair_opt_out(self, text, pack, spec, compiled, hits) -> str:
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


def check_copy(copy: str, brief: Brief, price_history: list[tuple[date, float]] | None = None,
               campaign: CampaignRules | None = None) -> Verdict:
    """One-off convenience: compile the packs and check one copy (use `Guardrails` for batches)."""
    return Guardrails.load(campaign=campaign, locales=(brief.locale,)).check(copy, brief, price_history)
