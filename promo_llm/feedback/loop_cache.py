"""The loop's generated candidates, kept so that a second loop need not generate them again.

A round's candidates depend on the campaign (its resolved settings, seed and send date) and the
shop, and on nothing the loop varies: not the loop's seeds (draws, random picks, the model's
splits) and not the reranker (generation runs with the prior; every arm picks from the same
passing candidates). So each round's passing candidates are saved under
`<out>/candidates/<key>/round<r>.pkl`, the key a hash of the round's resolved campaign, the shop's
data hashes and the model's identity; `reuse: true` loads them instead of generating. On load
every candidate is scored again with the current feature code (`rescore`), so a cache written
before a feature changed still gives today's features.

The files are pickles of the pipeline's own records, written and read by this module only: load
only caches this program wrote.
"""

from __future__ import annotations

import copyreg
import hashlib
import json
import pickle
from pathlib import Path
from types import MappingProxyType
from typing import Any, Sequence


def _proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


# records freeze their mappings as read-only proxies, which pickle cannot write as they are
copyreg.pickle(MappingProxyType, lambda m: (_proxy, (dict(m),)))


def cache_key(campaign: dict[str, Any], shop_hashes: dict[str, Any]) -> str:
    """A short hash of a round's resolved campaign settings and the shop's data hashes."""
    blob = json.dumps({"campaign": campaign, "shop": shop_hashes}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def cache_path(out_dir: Path, key: str, r: int) -> Path:
    return Path(out_dir) / "candidates" / key / f"round{r}.pkl"


def save_round(path: Path, briefs: Sequence[tuple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(list(briefs), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def load_round(path: Path) -> list[tuple] | None:
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        return pickle.load(fh)


def rescore(briefs: Sequence[tuple], shop_dir: Path, locale: str) -> list[tuple]:
    """Score each brief's passing candidates again (prior order, today's features)."""
    from collections import defaultdict

    from ..data.loaders import load_table, products_from_table
    from ..data.shop import find_file
    from ..rerank.learned import Reranker
    from ..rerank.model import send_context
    from ..rerank.textfeats import category_vocabulary

    catalog = find_file(Path(shop_dir), "catalog")
    products = products_from_table(load_table(catalog, "catalog").table, catalog.name)
    prices: dict[str, list[float]] = defaultdict(list)
    for p in products.values():
        prices[p.category].append(p.priced_for(locale).price)
    reranker = Reranker("prior", vocabulary=category_vocabulary(
        (p.category, p.title, p.brand or "") for p in products.values()))
    out = []
    for b, h, sc in briefs:
        context = send_context(b.user, b.channel, h, b.offer.discount_pct)
        out.append((b, h, reranker.score(b, [(x.candidate, x.verdict) for x in sc],
                                         prices.get(b.product.category), context)))
    return out
