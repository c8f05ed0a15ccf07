"""Typed records that cross stage boundaries. Frozen dataclasses; no loose dicts between stages.

Vocabulary, used everywhere: an *event* is one behaviour log row; a *profile* summarises a user; a
*brief* asks for copy for one (user, product, channel); a *prompt* is a rendered brief; a
*candidate* is one sampled copy; a *verdict* is the guardrails' decision on it; a *scored copy* is a
candidate with its predicted conversion; a *decision* is the delivery plan for the chosen copy; an
*outcome* is what happened after sending.

This module imports nothing heavy and holds no business rules.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Mapping

CHANNELS = ("email_subject", "email_body", "sms", "push", "social")
LOCALES = ("en-US", "en-GB", "zh-CN")
EVENT_TYPES = ("view", "cart", "purchase", "wishlist", "remove_from_cart", "click", "return")
SEVERITIES = ("block", "warn", "repair")


def lang_of(locale: str) -> str:
    """'zh-CN' -> 'zh', 'en-US' -> 'en'."""
    return locale.split("-")[0].lower()


def _frozen_map(m: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(m or {}))


def to_jsonable(obj: Any) -> Any:
    """Records, mappings, tuples, dates -> plain JSON types (for JSONL output and manifests)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    return obj


@dataclass(frozen=True)
class Event:
    user_id: str
    item_id: str | None
    event_type: str
    ts: datetime
    quantity: float | None = None
    price: float | None = None
    session_id: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class Product:
    """One catalog row. `i18n` maps a language ('zh') to localized `title`/`category`/`attributes`/
    `brand`, and to the prices that language's market is sold at (`price`, `list_price`, `currency`)."""

    item_id: str
    title: str
    category: str
    price: float
    brand: str | None = None
    list_price: float | None = None
    discount_pct: float | None = None
    promo_ends: date | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    currency: str = "USD"
    stock: int | None = None
    i18n: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Catalogue text is untrusted: every stage reads it neutralised (see untrusted.py).
        from .untrusted import LIMITS, clean_localized, data_attributes, data_text

        object.__setattr__(self, "title", data_text(self.title, LIMITS["title"]))
        object.__setattr__(self, "category", data_text(self.category, LIMITS["category"]))
        if self.brand is not None:
            object.__setattr__(self, "brand", data_text(self.brand, LIMITS["brand"]))
        object.__setattr__(self, "attributes", _frozen_map(data_attributes(self.attributes)))
        object.__setattr__(self, "i18n", _frozen_map({k: _frozen_map(clean_localized(v))
                                                      for k, v in self.i18n.items()}))

    def priced_for(self, locale: str) -> "Product":
        """This product at the prices of `locale`'s market (catalog columns `price_zh`,
        `list_price_zh`, `currency_zh`), where the catalog has them; the discount follows them."""
        loc = self.i18n.get(lang_of(locale)) or {}
        if loc.get("price") is None:
            return self
        price = float(loc["price"])
        lp = loc.get("list_price")
        lp = None if lp is None else float(lp)
        discount = self.discount_pct
        if discount is not None and lp:
            discount = round(100 * (1 - price / lp), 1) if lp > price else 0.0
        return replace(self, price=price, list_price=lp, discount_pct=discount,
                       currency=str(loc.get("currency") or self.currency))

    def localized(self, locale: str) -> "Product":
        """This product with title, category and attributes in `locale`'s language, where known."""
        loc = self.i18n.get(lang_of(locale))
        if not loc:
            return self
        return replace(
            self,
            title=loc.get("title", self.title),
            category=loc.get("category", self.category),
            attributes=loc.get("attributes", self.attributes),
        )


@dataclass(frozen=True)
class UserProfile:
    """What the pipeline knows about a user. Only the fields in `prompt_features()` reach a prompt."""

    user_id: str
    locale: str = "en-US"
    timezone: str = "UTC"
    segment: str = "new"
    top_categories: tuple[tuple[str, float], ...] = ()
    top_brands: tuple[tuple[str, float], ...] = ()
    price_band: str = "mid"
    discount_affinity: float = 0.0
    active_hours: tuple[int, ...] = ()
    consent: Mapping[str, bool] = field(default_factory=dict)
    channel_engagement: Mapping[str, float] = field(default_factory=dict)
    recency_days: float | None = None
    frequency: int = 0
    monetary: float = 0.0
    sensitive: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "consent", _frozen_map(self.consent))
        object.__setattr__(self, "channel_engagement", _frozen_map(self.channel_engagement))

    def prompt_features(self) -> dict[str, Any]:
        """Features a marketer would accept to see in a prompt: no ids, contacts or sensitive data."""
        return {
            "interests": [c for c, _ in self.top_categories[:3]],
            "favourite_brands": [b for b, _ in self.top_brands[:2]],
            "segment": self.segment,
            "price_band": self.price_band,
            "deal_seeker": self.discount_affinity >= 0.5,
        }


@dataclass(frozen=True)
class Offer:
    discount_pct: float | None = None
    code: str | None = None
    ends: date | None = None
    free_shipping: bool = False
    gift: str | None = None


@dataclass(frozen=True)
class Brief:
    """A request for copy: one user, one product, one channel, in one locale and tone."""

    brief_id: str
    user: UserProfile
    product: Product
    channel: str
    locale: str
    tone: str = "friendly"
    offer: Offer = field(default_factory=Offer)
    campaign: str = ""
    brand_signature: str | None = None
    personalised: bool = True
    """False: the user asked not to be profiled (PIPL art. 24); the prompt carries no profile."""


@dataclass(frozen=True)
class Prompt:
    brief_id: str
    messages: tuple[Mapping[str, str], ...]
    text: str
    template: str
    template_hash: str
    numbers: tuple[str, ...] | None = None
    """The numbers a copy for this brief may write, as digit strings ('75.99', '20', '2026'): the
    product record's and offer's (`facts.build_facts`). None = not constrained."""
    avoid_words: tuple[str, ...] | None = None
    """Attribute words a copy for this brief may not write: colours, materials, features, origins
    and kinds of product of the guardrails' lexicon that the record does not state ('steel' for
    a TPE yoga mat, 'suitcase' for a beanie). None = not constrained."""
    names: tuple[str, ...] | None = None
    """Names a copy for this brief must spell as the record does (the brand, then the title's
    long words; Latin script): a word that starts like one is finished as it. None = not
    constrained."""
    may_end: Any = field(default=None, compare=False, repr=False)
    """`(line) -> bool`: whether the copy may end after `line`, its last line so far, as the
    guardrails' `truncated` rule reads a line's end (`guardrails.channel.line_may_end` with the
    brief's pack). None = any end."""


@dataclass(frozen=True)
class Candidate:
    brief_id: str
    index: int
    text: str
    n_tokens: int = 0
    finish_reason: str = "stop"
    logprob: float | None = None
    """Mean log-probability per generated token under the model (temperature 1, before any
    sampling processor), over the tokens the model chose; None when the backend does not say."""


@dataclass(frozen=True)
class Violation:
    rule: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    tier: str = ""
    """What the rule protects (truth, law, safety, form, style); see guardrails.packs.TIERS."""


@dataclass(frozen=True)
class Verdict:
    """Guardrails' decision. `passed` is False if any block-severity violation remains."""

    passed: bool
    violations: tuple[Violation, ...] = ()
    repaired_copy: str | None = None

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(v.rule for v in self.violations)

    @property
    def outcome(self) -> str:
        """'block' (not passed), 'warn' (passed with a warning), or 'pass'."""
        if not self.passed:
            return "block"
        return "warn" if any(v.severity == "warn" for v in self.violations) else "pass"

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "warn")


@dataclass(frozen=True)
class ScoredCopy:
    brief_id: str
    candidate: Candidate
    verdict: Verdict
    copy: str
    score: float
    features: Mapping[str, float] = field(default_factory=dict)
    probability: float | None = None
    """Calibrated P(conversion) from a trained model; the prior's logistic score otherwise."""
    contributions: Mapping[str, float] = field(default_factory=dict)
    """Each feature's contribution to the trained model's logit (empty under the prior)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "features", _frozen_map(self.features))
        object.__setattr__(self, "contributions", _frozen_map(self.contributions))


@dataclass(frozen=True)
class Decision:
    """Delivery plan for one user: which channel, when (UTC and local), with which probability."""

    user_id: str
    channel: str
    send_at: datetime
    send_at_local: str
    propensity: float
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    send_id: str
    opened: bool = False
    clicked: bool = False
    converted: bool = False
    revenue: float = 0.0
    ts: datetime | None = None


def _date(v: Any) -> date | None:
    if v is None or v == "" or isinstance(v, date):
        return v or None
    return date.fromisoformat(str(v)[:10])


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The portable form of a brief, as stored in the fine-tuning corpus (`finetune/data/*.jsonl`).

    It holds only what a prompt may show: profile features, never ids, contacts or sensitive data.
    """
    p = brief.product
    return {
        "channel": brief.channel,
        "locale": brief.locale,
        "tone": brief.tone,
        "user": brief.user.prompt_features(),
        "product": {
            "item_id": p.item_id, "title": p.title, "brand": p.brand, "category": p.category,
            "price": p.price, "list_price": p.list_price, "currency": p.currency,
            "attributes": dict(p.attributes),
        },
        "offer": to_jsonable(brief.offer),
        "brand_signature": brief.brand_signature,
    }


def brief_from_dict(d: Mapping[str, Any], brief_id: str = "") -> Brief:
    """Inverse of `brief_to_dict`; unknown keys are errors so corpus typos surface."""
    allowed = {"channel", "locale", "tone", "user", "product", "offer", "brand_signature", "campaign"}
    extra = set(d) - allowed
    if extra:
        raise ValueError(f"brief has unknown keys: {sorted(extra)}")
    u = d.get("user") or {}
    user = UserProfile(
        user_id="",
        locale=d["locale"],
        segment=u.get("segment", "active"),
        top_categories=tuple((c, 1.0) for c in u.get("interests", [])),
        top_brands=tuple((b, 1.0) for b in u.get("favourite_brands", [])),
        price_band=u.get("price_band", "mid"),
        discount_affinity=1.0 if u.get("deal_seeker") else 0.0,
    )
    pr = d["product"]
    product = Product(
        item_id=str(pr.get("item_id", "")), title=pr["title"], category=pr.get("category", ""),
        price=float(pr["price"]), brand=pr.get("brand"),
        list_price=None if pr.get("list_price") is None else float(pr["list_price"]),
        currency=pr.get("currency", "USD"), attributes=pr.get("attributes") or {},
    )
    o = d.get("offer") or {}
    offer = Offer(
        discount_pct=o.get("discount_pct"), code=o.get("code"), ends=_date(o.get("ends")),
        free_shipping=bool(o.get("free_shipping", False)), gift=o.get("gift"),
    )
    return Brief(brief_id=brief_id, user=user, product=product, channel=d["channel"],
                 locale=d["locale"], tone=d.get("tone", "friendly"), offer=offer,
                 campaign=d.get("campaign", ""), brand_signature=d.get("brand_signature"))


__all__ = [
    "CHANNELS", "LOCALES", "EVENT_TYPES", "SEVERITIES", "lang_of", "to_jsonable", "asdict",
    "Event", "Product", "UserProfile", "Offer", "Brief", "Prompt", "Candidate", "Violation",
    "Verdict", "ScoredCopy", "Decision", "Outcome", "brief_to_dict", "brief_from_dict",
]
