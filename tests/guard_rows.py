"""Shared by the guardrail tests: a copy checked the way `promo-llm guard check` checks a row, with
the run's catalogue (the kinds of product the rules learn from it) given as product records."""

from __future__ import annotations

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.rows import parse_row


def check_row(copy: str, product: dict, locale: str, channel: str = "email_body", offer: dict | None = None,
              catalog: list[dict] | None = None, campaign: dict | None = None,
              history: list[tuple[str, float]] | None = None):
    """The verdict on `copy` written for `product`; `catalog` defaults to the product alone."""
    raw = {"id": "t", "copy": copy, "channel": channel, "locale": locale, "product": product, "offer": offer or {}}
    if campaign:
        raw["campaign"] = campaign
    if history is not None:
        raw["price_history"] = [{"date": d, "price": p} for d, p in history]
    row = parse_row(raw)
    products = [parse_row({"id": "c", "copy": "x", "channel": "sms", "locale": locale, "product": p}).brief.product
                for p in (catalog or [product])]
    return Guardrails.load(campaign=row.campaign, catalog=products).check(row.copy, row.brief, row.price_history)


def blocking(verdict) -> set[str]:
    """The rules that block in `verdict`."""
    return {v.rule for v in verdict.violations if v.severity == "block"}
