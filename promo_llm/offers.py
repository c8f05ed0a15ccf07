"""Offers stage: the offer a brief carries, and the price the copy may quote under it.

A campaign's `offer` section wins; where it gives no discount, a product's own current promotion is
the offer. A campaign discount on a product without a promotion changes the record's price (the list
price stays the reference), so copy and guardrails read one definition of the price.
"""

from __future__ import annotations

import math
from dataclasses import replace

from .config import CampaignConfig
from .records import Offer, Product


def make_offer(cfg: CampaignConfig, product: Product) -> Offer:
    """The campaign offer, falling back to the product's own promotion. A promotion's discount is
    offered as the whole percent below it (a $99.99 item at $84.99 is 15.0% off and offered as
    "15% off"; at $85.29, 14.7%, as "14% off"): copy then never states a decimal percentage and
    never claims more than the saving."""
    o = cfg.offer
    discount = o.discount_pct
    if discount is None and product.discount_pct:
        discount = math.floor(product.discount_pct + 1e-9)
    ends = o.ends if o.ends is not None else (product.promo_ends if product.discount_pct else None)
    return Offer(discount_pct=discount or None, code=o.code, ends=ends,
                 free_shipping=o.free_shipping, gift=o.gift)


def apply_offer(product: Product, offer: Offer) -> Product:
    """A campaign discount changes the price the copy may quote: apply it to the record."""
    if offer.discount_pct and not product.discount_pct:
        base = product.list_price or product.price
        return replace(product, list_price=base,
                       price=round(base * (1 - offer.discount_pct / 100), 2),
                       discount_pct=offer.discount_pct)
    return product
