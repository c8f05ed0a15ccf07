"""The guardrails engine: brief + candidate copy -> Verdict, with reasons, repairs and sources.

Order of work: safe repairs first (strip invisible and bidirectional characters, drop a fake RE:
prefix, join a split subject, add a missing SMS signature and opt-out when the result still fits),
then every check in `CHECKS` on the repaired text. A check that raises adds an `internal_error`
block (fail closed), and so does any error outside the checks. Spans index into `repaired_copy`
when the verdict has one, otherwise into the copy as given; repair violations point at the original.

The checks live in one module per what they protect: `truth` (grounding against the record),
`law`, `safety`, `channel` (format), `name_cut` (a product name cut inside a word) and `quality`;
`CHECKS` below runs them in a fixed order.
This module must not call a model, the network or the workspace: it is pure text over records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable

from ..channels import ChannelSpec, channel_spec
from ..records import Brief, Product, Verdict, Violation
from . import channel, language, law, name_cut, quality, safety, zh_salad
from .context import Context, Hit
from .lexicon import NO_CATALOG, CatalogNames, catalog_lexicon, catalog_names
from .packs import CampaignRules, RulePack, attribute_lexicon, load_pack, term_regex
from .terms import compile_lexicon
from .truth import bundles, dates, deals, feast_reach, figures, frames, part_materials, record, whole_month

Check = Callable[[Context], None]
MAX_LENGTH_FACTOR = 3

# Ordered: checks that explain numbers (URLs, PII, codes, prices, dates, stock) run before the
# catch-all number check at the end.
CHECKS: dict[str, Check] = {
    "channel": channel.check_channel,
    "truncated": channel.check_truncated,
    "name_cut": name_cut.check_name_cut,
    "markdown": channel.check_markdown,
    "repetition": quality.check_repetition,
    "shouting": quality.check_shouting,
    "language": language.check_language,
    "off_product": quality.check_off_product,
    "interest_echo": quality.check_interest_echo,
    "off_topic": quality.check_off_topic,
    "misspelled_name": quality.check_misspelled_name,
    "garbled": quality.check_garbled,
    "zh_salad": zh_salad.check_zh_salad,
    "unknown_word": quality.check_unknown_word,
    "reference_not_higher": law.check_reference_not_higher,
    "confusable": safety.check_confusables,
    "absolute_claim": law.check_absolute_claim,
    "medical_claim": law.check_medical_claim,
    "fake_transaction": law.check_fake_transaction,
    "comparison": law.check_comparison,
    "toxicity": safety.check_toxicity,
    "injection": safety.check_injection,
    "sensitive": safety.check_sensitive,
    "profile_feature": safety.check_profile_feature,
    "campaign_terms": law.check_campaign_terms,
    "urls": safety.check_urls,
    "pii": safety.check_pii,
    "code": record.check_code,
    "money": figures.check_money,
    "zh_money": figures.check_zh_money,
    "discount": figures.check_discount,
    "discount_prices": figures.check_discount_prices,
    "deal_claims": deals.check_deal_claims,
    "feast_reach": feast_reach.check_feast_reach,
    "whole_month": whole_month.check_whole_month,
    "dates": dates.check_dates,
    "deadline": dates.check_deadline,
    "stock": record.check_stock,
    "rating": record.check_rating,
    "award": record.check_award,
    "shipping_gift": record.check_shipping_gift,
    "brand": record.check_brand,
    "attributes": record.check_attributes,
    "part_materials": part_materials.check_part_materials,
    "bundle": bundles.check_bundle,
    "claim_frames": frames.check_claim_frames,
    "origin": record.check_origin,
    "numbers": figures.check_numbers,
}


@lru_cache(maxsize=8)
def _pack_regexes(locale: str) -> dict:
    """Campaign-independent regexes of one locale, compiled once per process."""
    pack = load_pack(locale)
    opt = pack.settings.get("opt_out_pattern")
    sig = pack.settings.get("signature_pattern")
    return {
        "pack": pack,
        "lexicon": compile_lexicon(pack),
        "brands": record.compile_brands(pack.common),
        "attributes": attribute_lexicon(),
        "topics": quality.compile_topics(pack.common),
        "opt_out": re.compile(opt, re.IGNORECASE) if opt else None,
        "signature": re.compile(sig) if sig else None,
        "deadline": {k: term_regex(pack.rules["grounding_deadline"].params.get(k) or (),
                                   pack.rules["grounding_deadline"].params.get(k + "_patterns") or ())
                     for k in ("same_day", "next_day")},
        "pii": safety.compile_pii(pack),
        "deals": deals.compile_deals(pack),
    }


@dataclass
class Guardrails:
    """Compiled rule packs plus one campaign's additions. Build with `Guardrails.load(...)`."""

    campaign: CampaignRules = field(default_factory=CampaignRules)
    today: date | None = None
    """Send date; lets "ends tonight" pass on the offer's last day. None: such claims block."""
    checks: dict[str, Check] = field(default_factory=lambda: CHECKS)
    lexicon: tuple | None = None
    """The attribute lexicon: the pack's base plus the run's catalogue (`lexicon.catalog_lexicon`);
    None: the base alone."""
    names: CatalogNames = NO_CATALOG
    """The words and Chinese titles of the run's catalogue (`lexicon.catalog_names`); none without one."""
    _compiled: dict[str, dict] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, campaign: CampaignRules | None = None, locales: Iterable[str] = ("en-US", "zh-CN"),
             today: date | None = None, catalog: Iterable[Product] | None = None) -> "Guardrails":
        """Compile the packs for `locales` (others compile on first use) and the campaign's terms.
        `catalog`: the products this run sells; their kinds of product and materials join the
        pack's base lexicon, and their words and Chinese titles are what `name_cut` reads a cut
        name against (both computed once per catalogue and cached)."""
        catalog = list(catalog) if catalog is not None else None
        lexicon = catalog_lexicon(catalog) if catalog is not None else None
        names = catalog_names(catalog) if catalog is not None else NO_CATALOG
        guard = cls(campaign=campaign or CampaignRules(), today=today, lexicon=lexicon, names=names)
        for loc in locales:
            guard._for_locale(loc)
        if guard.campaign.block:
            guard.campaign.check_block_names({r for loc in locales for r in guard.pack(loc).rules})
        return guard

    def pack(self, locale: str) -> RulePack:
        return self._for_locale(locale)["pack"]

    def _for_locale(self, locale: str) -> dict:
        got = self._compiled.get(locale)
        if got is None:
            got = dict(_pack_regexes(locale))
            got["banned"] = term_regex(self.campaign.banned_terms)
            got["competitors"] = term_regex(self.campaign.competitors)
            if self.lexicon is not None:
                got["attributes"] = self.lexicon
            got["names"] = self.names
            self._compiled[locale] = got
        return got

    # --- the public entry point -------------------------------------------------------------

    def check(self, copy: str, brief: Brief, price_history: list[tuple[date, float]] | None = None) -> Verdict:
        """Check `copy` written for `brief`. Never raises: an error blocks with `internal_error`."""
        try:
            return self._check(copy, brief, price_history)
        except Exception as exc:  # fail closed
            return Verdict(passed=False, violations=(Violation(
                "internal_error", "block", f"guardrails failed: {type(exc).__name__}: {exc}", tier="safety"),))

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

    def _violation(self, pack: RulePack, h: Hit) -> Violation:
        """A hit as the verdict reports it. Its severity comes from the rule's tier: a hit of a
        style rule warns (a style repair that could not be applied warns too) unless the campaign
        raises that rule or tier to a block; a repair of any other tier that could not be applied
        blocks."""
        rule = pack.rules.get(h.rule) or pack.rules["internal_error"]
        sev = h.severity or rule.severity
        if sev == "repair" and h.severity is None:
            sev = "block"  # a repair rule reported by a check (not by _repair) could not be fixed
        if rule.tier == "style" and sev == "block":
            sev = "warn"
        if sev == "warn" and self.campaign.raises(rule):
            sev = "block"
        return Violation(rule=h.rule, severity=sev, message=f"{rule.message}: {h.detail}", span=h.span,
                         tier=rule.tier)

    # --- repairs ------------------------------------------------------------------------------

    def _repair(self, text: str, brief: Brief, pack: RulePack, spec: ChannelSpec, compiled: dict):
        hits: list[Hit] = []
        text = safety.repair_invisible(text, pack, hits)
        text = channel.repair_subject(text, pack, spec, hits)
        pre_append = text
        if spec.name == "sms":
            text = law.repair_signature(text, brief, self.campaign, pack, spec, compiled, hits)
            text = law.repair_opt_out(text, pack, spec, compiled, hits)
        return text, pre_append, hits


def check_copy(copy: str, brief: Brief, price_history: list[tuple[date, float]] | None = None,
               campaign: CampaignRules | None = None) -> Verdict:
    """One-off convenience: compile the packs and check one copy (use `Guardrails` for batches)."""
    return Guardrails.load(campaign=campaign, locales=(brief.locale,)).check(copy, brief, price_history)
