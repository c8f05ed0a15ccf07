"""What the hand-written frozen guardrails sets share (`frozen-2/`, `frozen-3/`): the record,
offer and campaign constructors their `shops.py` use, and the expansion of their rows into
labelled `promo-llm guard check` input rows. The sets' copies and labels stay in their own
folders and are never edited; this module only turns them into JSONL the same way each time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping

LOCALE_TAG = {"en-US": "us", "en-GB": "gb", "zh-CN": "zh"}


def P(item_id, title, brand, category, price, list_price, currency, attributes, stock):
    """A product record."""
    return {"item_id": item_id, "title": title, "brand": brand, "category": category, "price": price,
            "list_price": list_price, "currency": currency, "attributes": attributes, "stock": stock}


def O(discount_pct, ends, code, free_shipping=False, gift=None):
    """An offer."""
    offer = {"discount_pct": discount_pct, "ends": ends, "code": code}
    if free_shipping:
        offer["free_shipping"] = True
    if gift:
        offer["gift"] = gift
    return offer


def C(domain, signature=None):
    """A campaign: its allowed link domain and, for Chinese shops, its 【signature】."""
    campaign = {"allowed_domains": [domain]}
    if signature:
        campaign["brand_signature"] = signature
    return campaign


def build_rows(prefix: str, rows_by_locale: Iterable[tuple[str, list]], shops: Mapping) -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order;
    ids are `<prefix>-<locale tag>-<shop key>-<nn>`."""
    out: list[dict] = []
    for locale, rows in rows_by_locale:
        counters: dict[str, int] = {}
        for key, channel, copy, *label in rows:
            product, offer, campaign = shops[locale][key]
            counters[key] = counters.get(key, 0) + 1
            row = {"id": f"{prefix}-{LOCALE_TAG[locale]}-{key}-{counters[key]:02d}", "copy": copy,
                   "channel": channel, "locale": locale, "product": product, "offer": offer,
                   "campaign": campaign}
            if label:
                expect, tier, kind = label
                row.update({"expect": expect, "tier": tier, "kind": kind})
            else:
                row["expect"] = "pass"
            out.append(row)
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
