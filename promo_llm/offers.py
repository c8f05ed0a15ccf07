"""Offers stage: the offer a brief carries, and the price the copy may quote under it.

The rule, in one place (README "Offers and prices"):

- A product's own promotion counts only if it still runs on the send date; a promotion that has
  ended by then is gone: the product is offered at its list price.
- Without a campaign discount, the offer is the product's own promotion (its sale price against
  its list price, stated as the whole percent below the saving).
- A campaign discount is taken off the price the product sells at on the send date (its sale price
  where it has one). That price becomes the reference the copy may quote as "was", so the stated
  percentage and the stated prices always agree: $15.99 on sale at $11.99 with a campaign 15% off
  is "$10.19 (was $11.99)", never "15% off, $11.99 (was $15.99)".
- An offer that has ended by the send date is an error before anything is generated.

`brief_offer` returns the record as the copy may describe it (its price, reference price and
discount) and the brief's `Offer`; prompting, guardrails and rerank read only that.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from .config import CampaignConfig
from .errors import UserError
from .records import Offer, Product


def current_product(product: Product, send_date: date) -> Product:
    """The product as it sells on `send_date`: a promotion that ended before it no longer applies."""
    if product.discount_pct and product.promo_ends is not None and product.promo_ends < send_date:
        return replace(product, price=product.list_price or product.price, list_price=None,
                       discount_pct=None, promo_ends=None)
    return product


def check_offer_dates(cfg: CampaignConfig, send_date: date) -> None:
    """An offer that ends before the send date cannot go out: refuse before any work is done."""
    ends = cfg.offer.ends
    if ends is not None and ends < send_date:
        raise UserError(f"offer.ends: the offer ended on {ends.isoformat()}, before the send date "
                        f"{send_date.isoformat()}; set a later offer.ends or an earlier send_date")


def make_offer(cfg: CampaignConfig, product: Product) -> Offer:
    """The brief's offer for `product` as it sells on the send date (see `current_product`).

    The campaign's discount where it gives one, else the product's own promotion, offered as the
    whole percent below it (a $99.99 item at $84.99 is 15.0% off and offered as "15% off"; at
    $85.29, 14.7%, as "14% off"): copy then never states a decimal percentage and never claims
    more than the saving."""
    o = cfg.offer
    discount = o.discount_pct
    if discount is None and product.discount_pct:
        discount = math.floor(product.discount_pct + 1e-9)
    own_ends = product.promo_ends if product.discount_pct and o.discount_pct is None else None
    ends = o.ends if o.ends is not None else own_ends
    return Offer(discount_pct=discount or None, code=o.code, ends=ends,
                 free_shipping=o.free_shipping, gift=o.gift)


def apply_campaign_discount(product: Product, discount_pct: float | None) -> Product:
    """The record as the copy may quote it: a campaign discount is taken off the current price,
    which becomes the reference ("was") price. A product's own promotion is already in its record."""
    if not discount_pct:
        return product
    base = product.price
    return replace(product, list_price=base, price=round(base * (1 - discount_pct / 100), 2),
                   discount_pct=discount_pct)


def brief_offer(cfg: CampaignConfig, product: Product, send_date: date) -> tuple[Product, Offer]:
    """(record as the copy may quote it, offer) for one product on `send_date`."""
    current = current_product(product, send_date)
    offer = make_offer(cfg, current)
    return apply_campaign_discount(current, cfg.offer.discount_pct), offer
