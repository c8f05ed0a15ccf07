"""Rerank stage: predicted conversion of each guarded candidate from profile, product and copy.

Until a conversion model is trained on outcomes, the score is a transparent logistic model with
prior weights: every feature is in [0, 1], its weight is below, and `ScoredCopy.features` keeps the
values so a reviewer can see why one copy beat another. Weights are set from common e-mail/push
marketing findings: relevance of the product to the user dominates, then the offer matching the
user's deal-seeking, then copy quality signals (names the product, carries a call to action,
uses the channel's space without being cut off, and reads fluently to the model that wrote it:
`fluency` is the geometric mean probability of the copy's tokens under the model, a small
model's best signal of its own garbled output; `grounded_lines` is the share of its lines that say
something of the product, since a small model's free lead-ins are its oddest lines; `beyond_title`
is 0 for copy that is only the product's name).
"""

from __future__ import annotations

import math
import re
from typing import Sequence

from ..channels import channel_spec
from ..facts import cjk_pairs, names_product, offer_discount, offer_terms, record_terms
from ..records import Brief, Candidate, ScoredCopy, Verdict, Violation, lang_of

PRIOR_WEIGHTS: dict[str, float] = {
    "category_affinity": 1.2,
    "brand_affinity": 0.6,
    "price_fit": 0.5,
    "deal_fit": 0.5,
    "names_product": 0.8,
    "mentions_offer": 0.4,
    "call_to_action": 0.4,
    "length_fit": 0.5,
    "finished": 0.3,
    "fluency": 2.0,
    "grounded_lines": 1.0,
    "beyond_title": 0.6,
    "warnings": -0.6,
}
PRIOR_BIAS = -3.8
"""Puts a typical copy near a 3-8% predicted conversion, the usual range for promotional sends."""

_CTA = {
    "en": re.compile(r"\b(shop|buy|get|grab|order|discover|explore|see|try|claim|save|tap|treat|"
                     r"find|browse|pick|add|upgrade|book|join|start)\b", re.I),
    "zh": re.compile(r"(抢|买|购|下单|立即|马上|快来|点击|查看|领取|入手|试试|选购|逛|收藏|加购)"),
}
_BANDS = {"budget": 0, "mid": 1, "premium": 2}


def fluency(logprob: float | None) -> float | None:
    """exp(mean token log-probability): the geometric mean probability of the copy's tokens."""
    return math.exp(min(0.0, logprob)) if logprob is not None else None


def _price_band_of(price: float, category_prices: Sequence[float] | None) -> int:
    if not category_prices:
        return 1
    return band_of_share(sum(p < price for p in category_prices) / len(category_prices))


def band_of_share(below: float) -> int:
    """Price band (0 budget, 1 mid, 2 premium) from the share of the category's prices below it."""
    return 0 if below < 1 / 3 else (1 if below < 2 / 3 else 2)


_GREETING = re.compile(r"\b(?:welcome|hello|hi|hey|thanks|thank you|vips?|members?|back)\b|"
                       r"好久不见|您好|你好|会员|欢迎|老朋友|优选", re.I)
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def _grounded_lines(copy: str, brief: Brief) -> float:
    """Share of the copy's parts (its lines, and the first line's lead-in before a colon) that
    say something of the record: a word of it, a figure, or a greeting. A small model's free
    lead-ins are its oddest lines ('Escape into a room filled with water' over a foam roller,
    'Canned water: Aerolux Meadow Compact Blender'); where another candidate passed that keeps
    to the product, it should win. Creative lead-ins still pass the guardrails."""
    lines = [ln.strip() for ln in copy.split("\n") if ln.strip()]
    if not lines:
        return 0.0
    first = lines[0]
    head, sep, rest = first.partition(":") if ":" in first else first.partition("：")
    parts = ([head, rest] if sep and len(head) <= 40 and rest.strip() else [first]) + lines[1:]
    words, pairs = record_terms(brief)

    def grounded(part: str) -> bool:
        low = part.lower()
        return (bool(re.search(r"\d", low)) or bool(_GREETING.search(low))
                or any(w in words for w in _LATIN_WORD.findall(low))
                or any(pair in pairs for pair in cjk_pairs(low)))
    return sum(map(grounded, parts)) / len(parts)


def _beyond_title(copy: str, brief: Brief) -> float:
    """0 for copy that is the product's name and nothing else ('Kestrel Fjord Breathable Approach
    Shoes' as a subject line): it gives no reason to open, and every user of the product who
    gets it gets the same line; 1 for copy that adds anything (an offer, a figure, a greeting)."""
    def bare(text: str) -> str:
        return re.sub(r"[\W_]+", " ", re.sub(r"^(?:the|a|an)\s+", "", text.strip().lower())).strip()
    titles = {bare(t) for t in (brief.product.title, brief.product.localized(brief.locale).title) if t}
    return 0.0 if bare(copy) in titles else 1.0


def copy_features(copy: str, brief: Brief, verdict: Verdict, finished: bool = True,
                  category_prices: Sequence[float] | None = None,
                  logprob: float | None = None) -> dict[str, float]:
    """Features in [0, 1] for one candidate (see PRIOR_WEIGHTS for their weights)."""
    lang = lang_of(brief.locale)
    spec = channel_spec(brief.channel, brief.locale)
    user = brief.user
    cats = {c.lower(): w for c, w in user.top_categories}
    product = brief.product
    cat_aff = max(cats.get(product.category.lower(), 0.0),
                  cats.get(product.localized(brief.locale).category.lower(), 0.0))
    top = max(cats.values(), default=0.0)
    brands = {b.lower(): w for b, w in user.top_brands}
    top_b = max(brands.values(), default=0.0)
    band_gap = abs(_BANDS.get(user.price_band, 1) - _price_band_of(product.price, category_prices))
    discount = offer_discount(brief)
    length = len(copy)
    target = 0.75 * spec.max_chars
    return {
        "category_affinity": cat_aff / top if top else 0.0,
        "brand_affinity": (brands.get((product.brand or "").lower(), 0.0) / top_b) if top_b else 0.0,
        "price_fit": 1.0 - band_gap / 2,
        "deal_fit": min(1.0, user.discount_affinity) * min(1.0, discount / 30),
        "names_product": names_product(copy.lower(), brief, graded=True),
        "mentions_offer": 1.0 if any(t.lower() in copy.lower() for t in offer_terms(brief)) else 0.0,
        "call_to_action": 1.0 if _CTA.get(lang, _CTA["en"]).search(copy) else 0.0,
        "length_fit": max(0.0, 1.0 - abs(length - target) / target),
        "finished": 1.0 if finished else 0.0,
        # exp(mean token log-probability); 0.5 when the backend gives none (then it cannot
        # change which candidate of a brief wins)
        "fluency": 0.5 if logprob is None else fluency(logprob),
        "grounded_lines": _grounded_lines(copy, brief),
        "beyond_title": _beyond_title(copy, brief),
        "warnings": min(1.0, sum(v.severity == "warn" for v in verdict.violations) / 2),
    }


def fluency_gate(candidate: Candidate, verdict: Verdict, min_fluency: float) -> Verdict:
    """Turn a passing verdict into a `low_fluency` block when the candidate's mean token
    probability under the model that wrote it is below `min_fluency`. A 135M model's least
    probable copies are its incoherent ones ('a king size headphone and a sound' for a duvet,
    'Velora: Two sizes smaller, a cotton-bottomed knitted', fluency 0.12-0.18), while plain copy
    that names the product sits at 0.3-0.8. A candidate without a log-probability (a backend that
    gives none) is left alone; so is a verdict that already blocks."""
    if not verdict.passed or candidate.logprob is None or min_fluency <= 0:
        return verdict
    value = fluency(candidate.logprob)
    if value >= min_fluency:
        return verdict
    return Verdict(False, verdict.violations + (Violation(
        "low_fluency", "block", f"mean token probability {value:.3f} under the model is below the "
                                f"campaign's min_fluency {min_fluency:g}"),), verdict.repaired_copy)


def score_features(features: dict[str, float], weights: dict[str, float] = PRIOR_WEIGHTS,
                   bias: float = PRIOR_BIAS) -> float:
    """Logistic score. Example: all features 0 -> sigmoid(-3.8) = 0.022."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def score_candidates(brief: Brief, candidates: Sequence[tuple[Candidate, Verdict]],
                     category_prices: Sequence[float] | None = None) -> list[ScoredCopy]:
    """Score passing candidates of one brief, best first (ties broken by candidate index)."""
    scored = []
    for cand, verdict in candidates:
        copy = verdict.repaired_copy or cand.text
        feats = copy_features(copy, brief, verdict, cand.finish_reason in ("stop", "rewound"), category_prices,
                              cand.logprob)
        scored.append(ScoredCopy(brief.brief_id, cand, verdict, copy, score_features(feats), feats))
    scored.sort(key=lambda s: (-s.score, s.candidate.index))
    return scored
