"""What every check reads: the copy (in analysis forms), the brief, the facts of its record
(`promo_llm.facts`), the pack.

A check never raises on purpose and never edits the copy; it records hits (rule id, span, detail)
and may mark spans as *consumed* so the catch-all number check does not report a number twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

from ..channels import ChannelSpec
from ..facts import facts_for
from ..records import Brief, lang_of
from .packs import CampaignRules, RulePack
from .text import fold, nfkc, overlaps


@dataclass
class Hit:
    rule: str
    span: tuple[int, int] | None
    detail: str
    severity: str | None = None
    """Overrides the rule's severity (a repair rule whose fix did not fit reports `block`)."""


@dataclass
class Context:
    copy: str
    brief: Brief
    pack: RulePack
    campaign: CampaignRules
    spec: ChannelSpec
    price_history: list[tuple[date, float]] | None
    compiled: Mapping[str, Any]
    """Regexes compiled once per Guardrails (brands, attributes, campaign terms)."""
    today: date | None = None
    """The send date, when the caller knows it (same-day deadline claims need it)."""
    pre_append: str = ""
    """The copy before repairs appended opt-out text or a signature (for minimum length)."""
    hits: list[Hit] = field(default_factory=list)
    consumed: list[tuple[int, int]] = field(default_factory=list)
    memo: dict = field(default_factory=dict)
    """Work several checks share for this copy (the lexicon scan)."""

    def __post_init__(self) -> None:
        self.nfkc = nfkc(self.copy)
        self.low = fold(self.copy)
        self.lang = lang_of(self.brief.locale)
        self.facts = facts_for(self.brief)

    def hit(self, rule: str, span: tuple[int, int] | None, detail: str, severity: str | None = None) -> None:
        self.hits.append(Hit(rule, span, detail, severity))

    def consume(self, span: tuple[int, int]) -> None:
        self.consumed.append(span)

    def is_consumed(self, span: tuple[int, int]) -> bool:
        return overlaps(span, self.consumed)

    def in_record(self, phrase: str) -> bool:
        phrase = phrase.strip().lower()
        return bool(phrase) and phrase in self.facts.text
