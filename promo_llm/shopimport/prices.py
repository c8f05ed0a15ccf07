"""Shop import: price history, current prices and "was" prices from the sale lines themselves.

- A product's price on a day is the unit price most of that day's purchase lines paid (ties: the
  higher price, so quantity-break prices do not set it); `price_history` holds one row per
  product and day it sold.
- The current price is the price of the latest day it sold.
- A "was" (reference) price is given only where the data supports one under the UK rules on
  price comparisons (CPRs 2008; CMA pricing guidance): the product sold at a higher price on
  every selling day of an unbroken period of more than `reference_days` days right before its
  current price began, and the current price began no more than `reference_days` days before
  the end of the export (a reduction that has lasted longer than the higher price did is the
  normal price). Otherwise the product has no "was" price.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd


@dataclass(frozen=True)
class PriceRules:
    reference_days: int = 28


def daily_prices(kept: pd.DataFrame) -> pd.DataFrame:
    """item_id, date, price: one row per product and day with purchases (modal unit price)."""
    buys = kept[kept.event_type == "purchase"]
    if buys.empty:
        return pd.DataFrame({"item_id": [], "date": [], "price": []})
    day = buys.ts.dt.date
    n = buys.groupby([buys.item_id, day, buys.price.round(2)]).size().rename("n").reset_index()
    n.columns = ["item_id", "date", "price", "n"]
    n = n.sort_values(["item_id", "date", "n", "price"], ascending=[True, True, False, False])
    return n.drop_duplicates(["item_id", "date"])[["item_id", "date", "price"]].reset_index(drop=True)


def current_prices(history: pd.DataFrame, end: date, rules: PriceRules | None = None) -> pd.DataFrame:
    """item_id, price, list_price (None where no "was" price is supported), price_since."""
    rules = rules or PriceRules()
    rows = []
    for item, g in history.groupby("item_id", sort=True):
        dates, prices = list(g.date), list(g.price)
        cur = prices[-1]
        k = len(prices) - 1
        while k > 0 and prices[k - 1] == cur:
            k -= 1
        since = dates[k]
        was = None
        if k > 0 and prices[k - 1] > cur and (end - since).days <= rules.reference_days:
            p = prices[k - 1]
            j = k - 1
            while j > 0 and prices[j - 1] == p:
                j -= 1
            if (since - dates[j]).days > rules.reference_days:
                was = float(p)
        rows.append((item, float(cur), was, since))
    return pd.DataFrame(rows, columns=["item_id", "price", "list_price", "price_since"])


__all__ = ["PriceRules", "daily_prices", "current_prices"]
