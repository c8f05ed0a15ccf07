"""What every check reads: the copy (in analysis forms), the brief, the facts of its record, the pack.

A check never raises on purpose and never edits the copy; it records hits (rule id, span, detail)
and may mark spans as *consumed* so the catch-all number check does not report a number twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

from ..channels import ChannelSpec
from ..records import Brief, lang_of
from .packs import CampaignRules, RulePack
from .text import fold, nfkc, num_key, overlaps, str_num_key

_NUM_RE = re.compile(r"\d+(?:\.\d+)?")
_CAPS_TOKEN = re.compile(r"(?<![A-Za-z0-9'\-])[A-Z][A-Z0-9'\-]*[A-Z0-9](?![A-Za-z0-9'\-])")
_LOW_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass
class Hit:
    rule: str
    span: tuple[int, int] | None
    detail: str
    severity: str | None = None
    """Overrides the rule's severity (a repair rule whose fix did not fit reports `block`)."""


@dataclass
class Facts:
    """What the product record and offer substantiate, precomputed once per brief."""

    text: str
    """Lower-cased, folded record text: title, brand, category, attributes (all languages), code, gift."""
    numbers: set[str]
    money: tuple[float, ...]
    discounts: tuple[float, ...]
    ends: tuple[date, ...]
    currency: str
    price: float
    list_price: float | None
    stock: int | None
    code: str | None
    words: frozenset[str]
    """Latin words and number tokens of the record (lower-case)."""
    savings: tuple[float, ...] = ()
    """Amounts the offer saves: list price minus price, and each discount of the list price (of
    the price where there is none)."""
    reference_prices: tuple[float, ...] = ()
    """Prices a "was"/原价 may show: the list price, or the price itself when the offer's discount
    comes on top of it (no separate list price)."""
    caps: frozenset[str] = frozenset()
    """Words the record itself writes in capitals (ASICS, SK-II): not shouting when copied."""
    memo: dict = field(default_factory=dict)
    """Per-record results a check computes once (attribute canon set, rating numbers)."""


def _record_parts(brief: Brief) -> list[str]:
    p, o = brief.product, brief.offer
    parts = [p.title, p.brand or "", p.category, o.code or "", o.gift or "", brief.brand_signature or ""]
    for k, v in p.attributes.items():
        parts += [str(k), str(v)]
    for loc in p.i18n.values():
        parts += [str(loc.get("title", "")), str(loc.get("category", ""))]
        for k, v in (loc.get("attributes") or {}).items():
            parts += [str(k), str(v)]
    return parts


_FACTS_CACHE: dict[tuple, tuple[Any, Facts]] = {}


def facts_for(brief: Brief) -> Facts:
    """`build_facts`, memoised for the same Product object with the same offer and signature
    (a batch checks many candidates and many users against one catalog record)."""
    key = (id(brief.product), brief.offer, brief.brand_signature)
    got = _FACTS_CACHE.get(key)
    if got is not None and got[0] is brief.product:
        return got[1]
    facts = build_facts(brief)
    if len(_FACTS_CACHE) >= 4096:
        _FACTS_CACHE.clear()
    _FACTS_CACHE[key] = (brief.product, facts)
    return facts


def build_facts(brief: Brief) -> Facts:
    p, o = brief.product, brief.offer
    raw = " | ".join(_record_parts(brief))
    text = fold(raw)
    caps = frozenset(_CAPS_TOKEN.findall(raw))
    numbers = {str_num_key(x) for x in _NUM_RE.findall(text.replace(",", ""))}
    price, lp = float(p.price), (float(p.list_price) if p.list_price is not None else None)
    money = [price]
    discounts: list[float] = []
    for d in (o.discount_pct, p.discount_pct):
        if d is not None and d > 0:  # a 0% discount is no discount
            discounts.append(float(d))
            money.append(round(price * (1 - float(d) / 100), 2))
    if lp is not None:
        money += [lp, round(lp - price, 2)]
        if lp > 0 and lp > price:
            discounts.append((lp - price) / lp * 100)
        for d in (o.discount_pct, p.discount_pct):
            if d is not None and d > 0:
                money.append(round(lp * (1 - float(d) / 100), 2))
                money.append(round(lp * float(d) / 100, 2))
    savings = [lp - price] if lp is not None and lp > price else []
    savings += [(lp or price) * d / 100 for d in discounts]
    refs = [lp] if lp is not None else []
    if o.discount_pct is not None and (lp is None or abs(lp - price) < 0.005):
        refs.append(price)
    ends = tuple(d for d in (o.ends, p.promo_ends) if d is not None)
    # a saving of 0 (list price = price) substantiates no amount: "Size 0.00" is no figure
    money = [v for v in money if v > 0.005]
    for v in money:
        numbers.add(num_key(v))
    for d in discounts:
        numbers.add(num_key(round(d)))
        numbers.add(num_key(d))
    for e in ends:
        numbers |= {str(e.year), str(e.month), str(e.day), f"{e.month:02d}", f"{e.day:02d}"}
    # The stock level is not a free number: only a stock claim may state it (check_stock), and
    # prompts do not show it.
    words = frozenset(_LOW_TOKEN.findall(text))
    return Facts(text=text, numbers=numbers, money=tuple(money), discounts=tuple(discounts), ends=ends,
                 currency=(p.currency or "USD").upper(), price=price, list_price=lp, stock=p.stock,
                 code=o.code, words=words, caps=caps, savings=tuple(savings), reference_prices=tuple(refs))


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
