"""Data stage: a shop folder (catalog, events, users, price history) loaded into records.

A shop folder holds `catalog.*` and `events.*` (required) and `users.*`, `price_history.*`
(optional), each as .csv, .parquet or .jsonl. The sample shop is one; a user's export is another.
`load_shop` validates the files, builds profiles and keeps the events for targeting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

import pyarrow as pa

from ..errors import UserError
from ..records import Product, UserProfile, lang_of

SUFFIXES = (".parquet", ".csv", ".jsonl", ".ndjson")
STALE_AFTER_DAYS = 365
"""Events whose last timestamp is more than this many days before the send date get a warning:
profiles (recency, active hours, interests) would describe customers as they were long ago."""


def find_file(folder: Path, stem: str) -> Path | None:
    """`folder/stem.<parquet|csv|jsonl>`, the first that exists."""
    for s in SUFFIXES:
        p = Path(folder) / f"{stem}{s}"
        if p.is_file():
            return p
    return None


@dataclass(frozen=True)
class Shop:
    products: dict[str, Product]
    profiles: dict[str, UserProfile]
    price_history: dict[str, list[tuple[date, float]]]
    paths: Mapping[str, Path]
    events: pa.Table = field(repr=False)
    durable: frozenset[str] = frozenset()
    """Item ids of durable goods (catalog column `durable`): never re-recommended once bought."""
    price_history_i18n: Mapping[str, dict[str, list[tuple[date, float]]]] = field(default_factory=dict)
    """{language: price history of that language's market} (price history column `price_zh`)."""
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def product_for(self, item_id: str, locale: str) -> Product:
        """The product as `locale`'s market sells it: in its currency where the catalog has one."""
        return self.products[item_id].priced_for(locale)

    def history_for(self, item_id: str, locale: str) -> list[tuple[date, float]] | None:
        """Daily prices of `item_id` in the currency `product_for(item_id, locale)` quotes."""
        product = self.products[item_id]
        if product.priced_for(locale) is product:
            return self.price_history.get(item_id)
        return self.price_history_i18n.get(lang_of(locale), {}).get(item_id)

    def recommender(self):
        """The item-item CF model over this shop's events (fitted once, on first use)."""
        if "rec" not in self._cache:
            from ..targeting import Recommender

            self._cache["rec"] = Recommender.fit(self.events, item_ids=sorted(self.products))
        return self._cache["rec"]

    def recommend(self, user_ids: Iterable[str], k: int = 5, *, in_stock: bool = True,
                  on_promotion: bool = False, categories: Iterable[str] = (),
                  exclude_categories: Iterable[str] = (), no_repeat_durables: bool = True,
                  exclude_seen: bool = False) -> dict[str, list[str]]:
        """Top-k eligible item ids per user (CF, popularity for cold users), after business filters."""
        from ..targeting import Filters

        f = Filters(in_stock=in_stock, on_promotion=on_promotion, categories=tuple(categories),
                    exclude_categories=tuple(exclude_categories), no_repeat_durables=no_repeat_durables,
                    exclude_seen=exclude_seen)
        return self.recommender().recommend(user_ids, k, filters=f, products=self.products,
                                            durable=self.durable)


def stale_events_warning(events: pa.Table, send_date: date, file: str = "events",
                         max_gap_days: int = STALE_AFTER_DAYS) -> str | None:
    """A warning when the last event is more than `max_gap_days` before `send_date` (None if not)."""
    import pyarrow.compute as pc

    if events.num_rows == 0:
        return None
    last = pc.max(events.column("ts")).as_py()
    if last is None:
        return None
    gap = (send_date - last.date()).days
    if gap <= max_gap_days:
        return None
    return (f"warning: {file}: the last event is {last.date().isoformat()}, {gap} days ({gap / 365.25:.1f} "
            f"years) before the send date {send_date.isoformat()}; profiles describe customers as they "
            f"were then (check the ts column or the send_date)")


def load_shop(folder: Path | str) -> Shop:
    """Load and validate a shop folder; build user profiles. Raises DataError on bad rows."""
    from ..profiles import build_profiles, user_profiles
    from .loaders import load_price_histories, load_table, products_from_table

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"shop folder not found: {folder}")
    paths = {stem: find_file(folder, stem) for stem in ("catalog", "events", "users", "price_history")}
    for stem in ("catalog", "events"):
        if paths[stem] is None:
            raise UserError(f"{folder}: no {stem}.parquet, {stem}.csv or {stem}.jsonl")
    catalog = load_table(paths["catalog"], "catalog").table
    products = products_from_table(catalog, paths["catalog"].name)
    events = load_table(paths["events"], "events", known_items=list(products)).table
    users = load_table(paths["users"], "users").table if paths["users"] else None
    histories = load_price_histories(paths["price_history"]) if paths["price_history"] else {}
    history = histories.pop("", {})
    tables = build_profiles(events, catalog, users)
    durable = frozenset()
    if "durable" in catalog.column_names:
        durable = frozenset(i for i, d in zip(catalog.column("item_id").to_pylist(),
                                              catalog.column("durable").to_pylist()) if d)
    return Shop(products=products, profiles=user_profiles(tables), price_history=history,
                paths={k: v for k, v in paths.items() if v is not None}, events=events, durable=durable,
                price_history_i18n=histories)


__all__ = ["Shop", "load_shop", "find_file", "stale_events_warning", "STALE_AFTER_DAYS"]
