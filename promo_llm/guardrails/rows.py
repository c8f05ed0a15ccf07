"""Input rows of `promo-llm guard check` (and of the labelled set) -> typed records.

A row: id, copy, channel, locale, product{item_id, title, brand, category, price, list_price,
currency, attributes, stock}, optional offer{discount_pct, code, ends, free_shipping, gift},
user{sensitive, interests, favourite_brands}, price_history[{date, price}], campaign{banned_terms, competitors, allowed_domains,
brand_signature, block}. Extra keys of the labelled sets (expect, expect_rules, probes, note, tier, kind)
are ignored.
Every error names the field, so the caller can add file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from ..errors import ConfigError
from ..records import CHANNELS, Brief, Offer, Product, UserProfile

ROW_KEYS = {"id", "copy", "channel", "locale", "product", "offer", "user", "price_history", "campaign",
            "brand_signature", "expect", "expect_rules", "probes", "note", "tier", "kind"}
PRODUCT_KEYS = {"item_id", "title", "brand", "category", "price", "list_price", "currency", "attributes",
                "stock", "discount_pct", "promo_ends", "i18n"}
OFFER_KEYS = {"discount_pct", "code", "ends", "free_shipping", "gift"}


class RowError(ValueError):
    """A bad field in one row; `column` names it (dotted path)."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class GuardRow:
    id: str
    copy: str
    brief: Brief
    price_history: list[tuple[date, float]] | None
    campaign: "CampaignRules"


def _need(d: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
    if key not in d or d[key] is None:
        raise RowError(f"{where}{key}", "is required")
    v = d[key]
    if not isinstance(v, kind) or isinstance(v, bool) and kind is not bool:
        raise RowError(f"{where}{key}", f"expected {_kind(kind)}, got {type(v).__name__} {v!r}")
    return v


def _opt(d: Mapping[str, Any], key: str, where: str, kind: type | tuple[type, ...]) -> Any:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, kind) or isinstance(v, bool) and kind is not bool:
        raise RowError(f"{where}{key}", f"expected {_kind(kind)}, got {type(v).__name__} {v!r}")
    return v


def _kind(kind) -> str:
    names = {str: "a string", int: "an integer", float: "a number", dict: "an object", list: "a list",
             bool: "true/false"}
    if kind == (int, float):
        return "a number"
    if isinstance(kind, tuple):
        return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kind))
    return names.get(kind, kind.__name__)


def _date(v: Any, column: str) -> date | None:
    if v is None or v == "":
        return None
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        raise RowError(column, f"expected a date YYYY-MM-DD, got {v!r}") from None


def _extra(d: Mapping[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(d) - allowed)
    if extra:
        raise RowError(f"{where}{extra[0]}", f"unknown field (expected one of {', '.join(sorted(allowed))})")


def parse_row(d: Any) -> GuardRow:
    """Validate one decoded JSON row; raises RowError naming the bad field."""
    from .packs import CampaignRules

    if not isinstance(d, dict):
        raise RowError("(row)", f"expected a JSON object, got {type(d).__name__}")
    _extra(d, ROW_KEYS, "")
    rid = _need(d, "id", "", (str, int))
    copy = _need(d, "copy", "", str)
    channel = _need(d, "channel", "", str)
    if channel not in CHANNELS:
        raise RowError("channel", f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
    locale = _need(d, "locale", "", str)
    if not locale.lower().startswith(("en", "zh")):
        raise RowError("locale", f"no rule pack for locale {locale!r}; expected en-* or zh-*")
    pr = _need(d, "product", "", dict)
    _extra(pr, PRODUCT_KEYS, "product.")
    title = _need(pr, "title", "product.", str)
    price = float(_need(pr, "price", "product.", (int, float)))
    if price < 0:
        raise RowError("product.price", f"must be >= 0, got {price}")
    lp = _opt(pr, "list_price", "product.", (int, float))
    attrs = _opt(pr, "attributes", "product.", dict) or {}
    stock = _opt(pr, "stock", "product.", int)
    product = Product(
        item_id=str(pr.get("item_id", "")), title=title, category=str(pr.get("category") or ""),
        price=price, brand=_opt(pr, "brand", "product.", str),
        list_price=None if lp is None else float(lp),
        discount_pct=_opt(pr, "discount_pct", "product.", (int, float)),
        promo_ends=_date(pr.get("promo_ends"), "product.promo_ends"),
        attributes={str(k): str(v) for k, v in attrs.items()},
        currency=_opt(pr, "currency", "product.", str) or "USD", stock=stock,
        i18n=_opt(pr, "i18n", "product.", dict) or {},
    )
    o = _opt(d, "offer", "", dict) or {}
    _extra(o, OFFER_KEYS, "offer.")
    dp = _opt(o, "discount_pct", "offer.", (int, float))
    if dp is not None and not 0 <= dp < 100:
        raise RowError("offer.discount_pct", f"must be at least 0 and below 100 (0 or null: no discount), got {dp}")
    dp = dp or None  # an export's 0 means the offer takes nothing off
    offer = Offer(discount_pct=None if dp is None else float(dp), code=_opt(o, "code", "offer.", str),
                  ends=_date(o.get("ends"), "offer.ends"),
                  free_shipping=bool(_opt(o, "free_shipping", "offer.", bool) or False),
                  gift=_opt(o, "gift", "offer.", str))
    u = _opt(d, "user", "", dict) or {}
    _extra(u, {"sensitive", "interests", "favourite_brands"}, "user.")
    sensitive = _opt(u, "sensitive", "user.", list) or []
    interests = _opt(u, "interests", "user.", list) or []
    brands = _opt(u, "favourite_brands", "user.", list) or []
    user = UserProfile(user_id="", locale=locale, sensitive=tuple(str(s) for s in sensitive),
                       top_categories=tuple((str(c), 1.0) for c in interests),
                       top_brands=tuple((str(b), 1.0) for b in brands))
    hist = None
    if d.get("price_history") is not None:
        raw = _need(d, "price_history", "", list)
        hist = []
        for i, e in enumerate(raw):
            where = f"price_history[{i}]."
            if not isinstance(e, dict):
                raise RowError(f"price_history[{i}]", "expected an object {date, price}")
            hist.append((_date(_need(e, "date", where, str), where + "date"),
                         float(_need(e, "price", where, (int, float)))))
    c = _opt(d, "campaign", "", dict) or {}
    try:
        campaign = CampaignRules.from_dict(c)
    except ConfigError as exc:
        raise RowError("campaign", str(exc)) from None
    sig = _opt(d, "brand_signature", "", str) or campaign.brand_signature
    brief = Brief(brief_id=str(rid), user=user, product=product, channel=channel, locale=locale,
                  offer=offer, brand_signature=sig)
    return GuardRow(id=str(rid), copy=copy, brief=brief, price_history=hist, campaign=campaign)
