"""Targeting stage: which products to promote to whom.

Item-to-item collaborative filtering over implicit feedback (views, carts, purchases), with sparse
matrices: a user's score for item j is sum_i x_ui * cos(i, j), where x_ui = log1p(decayed weighted
interactions) and the cosine is over users, each item keeping its `neighbours` most similar items.
Cold-start users (no history) fall back to popularity, which also breaks ties. Business filters
(in stock, on promotion, category allow/deny lists, no repeat of a durable good already bought)
are masks applied before ranking, so every returned item is eligible.

`pick_products` turns a campaign's `products` key into one product per user (`rank_pool`: the user's own
CF scores and affinities within the allowed ids or categories, ties by popularity, never by id).
`evaluate` measures recall@k and NDCG@k on a time split against the popularity baseline.
This module never imports torch.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import numpy as np
import pyarrow as pa

from .errors import UserError
from .records import Product, UserProfile

if TYPE_CHECKING:
    from .config import CampaignConfig

DEFAULT_WEIGHTS = {"view": 1.0, "click": 1.0, "wishlist": 2.0, "cart": 3.0, "purchase": 5.0,
                   "remove_from_cart": 0.0, "return": 0.0}


@dataclass(frozen=True)
class Filters:
    """Business rules applied to every recommendation list."""

    in_stock: bool = True
    """Only items with stock > 0 (unknown stock counts as in stock)."""
    on_promotion: bool = False
    """Only items with a discount or a list price above the price."""
    categories: tuple[str, ...] = ()
    """Allow list of categories (case-insensitive); empty = all."""
    exclude_categories: tuple[str, ...] = ()
    """Deny list of categories (case-insensitive)."""
    no_repeat_durables: bool = True
    """Never recommend a durable good the user already bought."""
    exclude_seen: bool = False
    """Never recommend an item the user already interacted with (for catalogues without repeats)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(self.categories))
        object.__setattr__(self, "exclude_categories", tuple(self.exclude_categories))


@dataclass
class Recommender:
    """Item-item CF fitted on one events table. Build with `Recommender.fit`."""

    user_index: dict[str, int]
    item_ids: list[str]
    interactions: "object"  # scipy.sparse.csr_matrix users x items (log1p decayed weights)
    purchased: "object"  # scipy.sparse.csr_matrix users x items (1 where bought)
    similarity: "object"  # scipy.sparse.csr_matrix items x items
    popularity: np.ndarray
    item_pos: dict[str, int] = field(default_factory=dict)

    @classmethod
    def fit(cls, events: pa.Table, *, item_ids: Sequence[str] | None = None, neighbours: int = 100,
            half_life_days: float | None = 90.0, as_of: datetime | None = None,
            weights: Mapping[str, float] | None = None, keep_self: bool = False) -> "Recommender":
        """Fit on contract-shaped events (user_id, item_id, event_type, ts).

        `item_ids` fixes the item universe (the catalog); events for other items are ignored.
        `keep_self` keeps each item's similarity to itself, so items a user already has score
        high (right for repeat purchases such as groceries).
        """
        import scipy.sparse as sp

        w = dict(weights or DEFAULT_WEIGHTS)
        users = events.column("user_id").to_numpy(zero_copy_only=False).astype(str)
        items_col = events.column("item_id")
        if items_col.null_count == len(items_col):
            raise UserError("targeting needs item_id in events (this log has only transactions)")
        items = items_col.to_numpy(zero_copy_only=False)
        etype = events.column("event_type").to_numpy(zero_copy_only=False).astype(str)
        ok = np.array([x is not None for x in items]) if items_col.null_count else np.ones(len(items), bool)
        items = items[ok].astype(str)
        users, etype = users[ok], etype[ok]
        ts = events.column("ts").cast(pa.timestamp("us")).to_numpy().astype("datetime64[us]")[ok]
        if item_ids is None:
            item_ids = sorted(set(items.tolist()))
        item_ids = list(item_ids)
        item_pos = {it: k for k, it in enumerate(item_ids)}
        uniq_users, u_ix = np.unique(users, return_inverse=True)
        i_ix = np.fromiter((item_pos.get(x, -1) for x in items), np.int64, len(items))
        known = i_ix >= 0
        wt = np.fromiter((w.get(t, 1.0) for t in etype), np.float64, len(etype))
        if half_life_days and len(ts):
            ref = np.datetime64(as_of, "us") if as_of is not None else ts.max()
            age_days = (ref - ts).astype("timedelta64[s]").astype(np.float64) / 86400.0
            wt = wt * np.exp(-math.log(2) * np.clip(age_days, 0, None) / half_life_days)
        n_u, n_i = len(uniq_users), len(item_ids)
        x = sp.csr_matrix((wt[known], (u_ix[known], i_ix[known])), shape=(n_u, n_i))
        x.sum_duplicates()
        x.data = np.log1p(x.data)
        x.eliminate_zeros()
        buy = (etype == "purchase") & known
        purchased = sp.csr_matrix((np.ones(buy.sum()), (u_ix[buy], i_ix[buy])), shape=(n_u, n_i))
        purchased.sum_duplicates()
        # popularity: distinct users per item (ties broken by item order)
        popularity = np.asarray((x > 0).sum(axis=0)).ravel().astype(np.float64)
        sim = _cosine_topk(x, neighbours, keep_self)
        return cls({u: k for k, u in enumerate(uniq_users.tolist())}, item_ids, x, purchased, sim,
                   popularity, item_pos)

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """CF scores [len(rows), n_items] for user row indices (-1 = unknown user: zeros)."""
        out = np.zeros((len(rows), len(self.item_ids)))
        known = rows >= 0
        if known.any():
            out[known] = (self.interactions[rows[known]] @ self.similarity).toarray()
        return out

    def recommend(self, user_ids: Iterable[str], k: int = 10, *, filters: Filters | None = None,
                  products: Mapping[str, Product] | None = None, durable: Iterable[str] = (),
                  method: str = "cf", batch: int = 2048) -> dict[str, list[str]]:
        """Top-k eligible item ids per user; `method` is 'cf' (with popularity fallback) or 'popularity'."""
        f = filters or Filters()
        user_ids = list(user_ids)
        allowed = self._allowed_mask(f, products)
        durable_mask = np.zeros(len(self.item_ids), bool)
        for it in durable:
            if it in self.item_pos:
                durable_mask[self.item_pos[it]] = True
        pop = self.popularity / (self.popularity.max() or 1.0)
        # a tiny popularity term breaks ties and fills lists for cold users; item order breaks the rest
        tie = pop * 1e-6 - np.arange(len(self.item_ids)) * 1e-12
        out: dict[str, list[str]] = {}
        for s in range(0, len(user_ids), batch):
            chunk = user_ids[s:s + batch]
            rows = np.array([self.user_index.get(u, -1) for u in chunk], np.int64)
            sc = self.scores(rows) if method == "cf" else np.zeros((len(chunk), len(self.item_ids)))
            sc = sc + (tie if method == "cf" else pop + tie)
            sc[:, ~allowed] = -np.inf
            for r, row in enumerate(rows):
                if row < 0:
                    continue
                if f.exclude_seen:
                    sc[r, self.interactions[row].indices] = -np.inf
                if f.no_repeat_durables and durable_mask.any():
                    bought = self.purchased[row].indices
                    sc[r, bought[durable_mask[bought]]] = -np.inf
            kk = min(k, len(self.item_ids))
            top = np.argpartition(-sc, kk - 1, axis=1)[:, :kk] if kk < len(self.item_ids) else \
                np.tile(np.arange(len(self.item_ids)), (len(chunk), 1))
            for r, u in enumerate(chunk):
                cand = top[r][np.isfinite(sc[r, top[r]])]
                cand = cand[np.argsort(-sc[r, cand], kind="stable")]
                out[u] = [self.item_ids[j] for j in cand]
        return out

    def _allowed_mask(self, f: Filters, products: Mapping[str, Product] | None) -> np.ndarray:
        mask = np.ones(len(self.item_ids), bool)
        if products is None:
            if f.categories or f.exclude_categories or f.on_promotion:
                raise UserError("category and promotion filters need a catalog")
            return mask
        allow = {c.lower() for c in f.categories}
        deny = {c.lower() for c in f.exclude_categories}
        for j, it in enumerate(self.item_ids):
            p = products.get(it)
            if p is None:
                mask[j] = False
                continue
            cat = p.category.lower()
            if (allow and cat not in allow) or cat in deny:
                mask[j] = False
            elif f.in_stock and p.stock is not None and p.stock <= 0:
                mask[j] = False
            elif f.on_promotion and not ((p.discount_pct or 0) > 0 or (p.list_price or 0) > p.price):
                mask[j] = False
        return mask


def _cosine_topk(x, neighbours: int, keep_self: bool):
    """Item-item cosine similarity over users, keeping each item's `neighbours` largest entries."""
    import scipy.sparse as sp

    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=0)).ravel())
    inv = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    xn = (x @ sp.diags(inv)).tocsc()
    sim = (xn.T @ xn).tocsr()
    if not keep_self:
        sim.setdiag(0)
        sim.eliminate_zeros()
    if neighbours and neighbours > 0:
        indptr, data = sim.indptr, sim.data
        for r in range(sim.shape[0]):
            a, b = indptr[r], indptr[r + 1]
            if b - a > neighbours:
                seg = data[a:b]
                cut = np.partition(seg, b - a - neighbours)[b - a - neighbours]
                seg[seg < cut] = 0.0
        sim.eliminate_zeros()
    # rows are items i, columns neighbours j: score_u = x_u @ sim
    return sim


def recommend(events: pa.Table, user_ids: Iterable[str], k: int = 10, *,
              products: Mapping[str, Product] | None = None, durable: Iterable[str] = (),
              filters: Filters | None = None, **fit_kw) -> dict[str, list[str]]:
    """Fit item-item CF on `events` and return the top-k eligible item ids per user."""
    item_ids = sorted(products) if products is not None else None
    model = Recommender.fit(events, item_ids=item_ids, **fit_kw)
    return model.recommend(user_ids, k, filters=filters, products=products, durable=durable)





# --- offline evaluation ------------------------------------------------------------------------

def split_by_time(events: pa.Table, how: str = "global", test_fraction: float = 0.2) -> tuple[pa.Table, pa.Table]:
    """(train, test). `global`: one cut at the (1 - test_fraction) quantile of time, so nothing in
    train comes after anything in test. `last`: each user's last timestamp (last order) is test.
    `month`: the last calendar month of the log is test, everything before it train."""
    import duckdb

    con = duckdb.connect()
    con.register("ev", events)
    if how == "global":
        cut = con.sql(f"SELECT quantile_disc(ts, {1 - test_fraction}) FROM ev").fetchall()[0][0]
        train = con.sql(f"SELECT * FROM ev WHERE ts < TIMESTAMP '{cut}'").to_arrow_table()
        test = con.sql(f"SELECT * FROM ev WHERE ts >= TIMESTAMP '{cut}'").to_arrow_table()
    elif how == "month":
        cut = con.sql("SELECT date_trunc('month', max(ts)) FROM ev").fetchall()[0][0]
        train = con.sql(f"SELECT * FROM ev WHERE ts < TIMESTAMP '{cut}'").to_arrow_table()
        test = con.sql(f"SELECT * FROM ev WHERE ts >= TIMESTAMP '{cut}'").to_arrow_table()
    elif how == "last":
        con.sql("CREATE TEMP TABLE m AS SELECT user_id, max(ts) AS last FROM ev GROUP BY 1 HAVING count(DISTINCT ts) > 1")
        train = con.sql("SELECT ev.* FROM ev LEFT JOIN m USING (user_id) WHERE m.last IS NULL OR ev.ts < m.last").to_arrow_table()
        test = con.sql("SELECT ev.* FROM ev JOIN m USING (user_id) WHERE ev.ts = m.last").to_arrow_table()
    else:
        raise UserError(f"--split: expected global, month or last, got {how!r}")
    con.close()
    return train, test


def _ndcg(ranked: Sequence[str], positives: set[str], k: int) -> float:
    dcg = sum(1.0 / math.log2(r + 2) for r, it in enumerate(ranked[:k]) if it in positives)
    ideal = sum(1.0 / math.log2(r + 2) for r in range(min(k, len(positives))))
    return dcg / ideal if ideal else 0.0


def evaluate(events: pa.Table, *, k: int = 10, split: str = "global", test_fraction: float = 0.2,
             positives: Sequence[str] | None = None, exclude_seen: bool | None = None,
             neighbours: int = 100, half_life_days: float | None = 90.0, name: str = "") -> dict:
    """Time-split recall@k and NDCG@k of item-item CF against the popularity baseline.

    Positives are the test events of type `positives` (default: purchases when the log has any,
    else every event). `exclude_seen` (default: decided on train, True when users rarely return
    to an item) removes train items from both rankings and from the positives. Recall@k is
    |top-k and positives| / |positives|, averaged over test users (cold users included: they get
    popularity from both methods).
    """
    train, test = split_by_time(events, split, test_fraction)
    types = set(events.column("event_type").to_pylist())
    pos_types = set(positives or (["purchase"] if "purchase" in types else types))
    if exclude_seen is None:
        exclude_seen = _repeat_rate(train) < 0.05
    model = Recommender.fit(train, neighbours=neighbours, half_life_days=half_life_days,
                            keep_self=not exclude_seen)
    truth: dict[str, set[str]] = {}
    for u, it, t in zip(test.column("user_id").to_pylist(), test.column("item_id").to_pylist(),
                        test.column("event_type").to_pylist()):
        if t in pos_types and it in model.item_pos:
            truth.setdefault(u, set()).add(it)
    if exclude_seen:
        for u in list(truth):
            row = model.user_index.get(u)
            if row is not None:
                seen = {model.item_ids[j] for j in model.interactions[row].indices}
                truth[u] -= seen
            if not truth[u]:
                del truth[u]
    users = sorted(truth)
    if not users:
        raise UserError("evaluation: no test user has a positive item seen in training")
    f = Filters(in_stock=False, no_repeat_durables=False, exclude_seen=exclude_seen)
    result = {"dataset": name, "split": split, "k": k, "train_events": train.num_rows,
              "test_users": len(users), "items": len(model.item_ids), "exclude_seen": exclude_seen,
              "cold_users": sum(u not in model.user_index for u in users)}
    for method in ("cf", "popularity"):
        recs = model.recommend(users, k, filters=f, method=method)
        rec = [len(set(recs[u][:k]) & truth[u]) / len(truth[u]) for u in users]
        nd = [_ndcg(recs[u], truth[u], k) for u in users]
        result[method] = {f"recall@{k}": round(float(np.mean(rec)), 4), f"ndcg@{k}": round(float(np.mean(nd)), 4)}
    return result


def _repeat_rate(events: pa.Table) -> float:
    """Share of (user, item) pairs with events at more than one timestamp."""
    import duckdb

    con = duckdb.connect()
    con.register("ev", events)
    r = con.sql("SELECT avg(CASE WHEN n > 1 THEN 1.0 ELSE 0.0 END) FROM (SELECT user_id, item_id, "
                "count(DISTINCT ts) AS n FROM ev WHERE item_id IS NOT NULL GROUP BY ALL)").fetchall()[0][0]
    con.close()
    return float(r or 0.0)
__all__ = ["Filters", "Recommender", "recommend", "evaluate", "split_by_time", "DEFAULT_WEIGHTS"]


def pick_products(cfg: "CampaignConfig", users: Sequence[UserProfile], shop: Any) -> dict[str, str]:
    """One product per user: recommended, or the best match for that user among the listed ids or
    categories (`rank_pool`)."""
    products: dict[str, Product] = shop.products
    if cfg.products == "recommended":
        recs = shop.recommend([u.user_id for u in users], k=5)
        return {uid: items[0] for uid, items in recs.items() if items}
    ids = list(cfg.products.get("ids") or [])
    missing = [i for i in ids if i not in products]
    if missing:
        raise UserError(f"products.ids: unknown item id {missing[0]!r} (not in the catalog)")
    cats = {c.lower() for c in cfg.products.get("categories") or []}
    pool = ids or [i for i, p in products.items() if p.category.lower() in cats]
    if not pool:
        raise UserError(f"products.categories: no catalog product in {sorted(cats)}")
    in_stock = [i for i in pool if products[i].stock is None or products[i].stock > 0]
    return rank_pool(in_stock or pool, users, shop)


def _tie_hash(user_id: str, item_id: str) -> int:
    """A stable per-user order for items equal in everything else (never the catalog's id order)."""
    return int.from_bytes(hashlib.blake2b(f"{user_id}\x1f{item_id}".encode(), digest_size=8).digest(), "big")


def rank_pool(pool: Sequence[str], users: Sequence[UserProfile], shop: Any) -> dict[str, str]:
    """The best item of `pool` for each user: the user's own CF score (item-item CF over the shop's
    events, scaled to [0, 1] within the pool) plus the user's category and brand affinities; ties
    by popularity (distinct users), then by a stable per-user hash, never by item id. A durable the
    user bought is skipped where the pool has anything else."""
    products: dict[str, Product] = shop.products
    try:
        rec = shop.recommender()
    except UserError:  # a log without item ids: affinities and nothing else
        rec = None
    pos = [rec.item_pos.get(i, -1) if rec is not None else -1 for i in pool]
    pos_arr = np.array(pos, np.int64)
    pop = np.array([rec.popularity[j] if j >= 0 else 0.0 for j in pos]) if rec is not None else np.zeros(len(pool))
    durable = getattr(shop, "durable", frozenset())
    out: dict[str, str] = {}
    rows = np.array([rec.user_index.get(u.user_id, -1) for u in users], np.int64) if rec is not None else None
    scores = rec.scores(rows) if rec is not None else None
    for r, u in enumerate(users):
        cf = np.zeros(len(pool))
        if scores is not None:
            cf = np.where(pos_arr >= 0, scores[r, np.clip(pos_arr, 0, None)], 0.0)
            top = cf.max() if len(cf) else 0.0
            cf = cf / top if top > 0 else cf
        bought = set()
        if rec is not None and rows[r] >= 0 and durable:
            bought = {rec.item_ids[j] for j in rec.purchased[rows[r]].indices} & set(durable)
        aff = {c.lower(): w for c, w in u.top_categories}
        brands = {b.lower(): w for b, w in u.top_brands}
        best = max(range(len(pool)), key=lambda k: (
            pool[k] not in bought,
            cf[k] + aff.get(products[pool[k]].category.lower(), 0.0)
            + brands.get((products[pool[k]].brand or "").lower(), 0.0),
            pop[k], _tie_hash(u.user_id, pool[k])))
        out[u.user_id] = pool[best]
    return out
