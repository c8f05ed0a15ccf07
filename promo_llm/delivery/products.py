"""Product arms: the delivery arm may also pick the product among the user's top-k targeted ones.

With `delivery.products_top_k: k` (k > 1) an arm is a channel at a send hour *and* the user's
product of rank r (1..k) in the CF targeting's list. Arms are laid out rank-major: the first
`channels x slots` arms are the top-1 product's (named as before, `sms@20`), then rank 2's
(`sms@20/p2`), and so on, so a policy that ignores the product (softmax) keeps its meaning by
using the first block only.

Per (user, product) numbers, the same for every channel and hour (`PRODUCT_FEATURES`), all from
what the profiles, the catalog and the targeting compute (never the sample shop's latent truth):

- `cf`: the product's CF score over the user's top-1's (1 for the top-1; 0 for a user with no
  history, whose list is by popularity);
- `pcat`, `pbrand`: the profile's affinity for the product's category and brand (0 if absent);
- `pgap`: the distance in bands (0, 0.5, 1 for 0, 1, 2 bands) between the user's price band and the
  product's (thirds of its category's list prices in the catalog);
- `pdisc`: the product's discount (fraction), `pdeal`: that times the profile's discount affinity.

A non-personalised user is offered the top-1 product only (no profile number is read for them).
A user with fewer than k products has the missing ranks masked out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np

from ..records import Product, UserProfile
from ..rerank.prior import band_of_share
from .context import Contexts

PRODUCT_FEATURES = ("cf", "pcat", "pbrand", "pgap", "pdisc", "pdeal")
_BAND = {"budget": 0, "mid": 1, "premium": 2}


@dataclass
class ProductArms:
    """Per user, the top-k products and their features."""

    items: list[list[str]]
    """Per user row, its products best first (at most k)."""
    F: np.ndarray
    """(n, k, len(PRODUCT_FEATURES)) float32."""
    mask: np.ndarray
    """(n, k) bool: rank r exists and may be offered (rank 1 always True)."""

    @property
    def k(self) -> int:
        return self.F.shape[1]


def price_bands(products: Mapping[str, Product]) -> dict[str, int]:
    """Each product's price band (0, 1, 2): the thirds of its category's list prices."""
    by_cat: dict[str, list[float]] = {}
    for p in products.values():
        by_cat.setdefault(p.category, []).append(float(p.list_price or p.price))
    sorted_prices = {c: np.sort(v) for c, v in by_cat.items()}
    out = {}
    for i, p in products.items():
        prices = sorted_prices[p.category]
        out[i] = band_of_share(np.searchsorted(prices, float(p.list_price or p.price), side="left") / len(prices))
    return out


def product_arms(users: Sequence[UserProfile], items: Mapping[str, Sequence[str]],
                 cf: Mapping[str, Sequence[float]], products: Mapping[str, Product], k: int,
                 non_personalised: set[str] | frozenset[str] = frozenset(),
                 bands: Mapping[str, int] | None = None) -> ProductArms:
    """Features of each user's top-k products (`items[user]`, best first; `cf[user]` their raw
    CF scores, same order). Vectorised over users: per user only its lists are read."""
    bands = price_bands(products) if bands is None else bands
    ids = list(products)
    pos = {i: n for n, i in enumerate(ids)}
    names = {}  # category and brand names (lower case) -> one integer space
    code = lambda name: names.setdefault(name.lower(), len(names))  # noqa: E731
    item_cat = np.array([code(products[i].category) for i in ids] + [-1], np.int64)
    item_brand = np.array([code(products[i].brand or "") for i in ids] + [-1], np.int64)
    item_band = np.array([bands.get(i, 1) for i in ids] + [1], np.float32)
    item_disc = np.array([float(products[i].discount_pct or 0) / 100 for i in ids] + [0.0], np.float32)
    n = len(users)
    uids = [u.user_id for u in users]
    rows = [its if len(its) <= k else its[:k] for its in map(lambda u: items.get(u, ()), uids)]
    r_ix, c_ix = _ragged(list(map(len, rows)))
    scores = [cf.get(u, ()) for u in uids]
    if sum(map(len, scores)) != len(r_ix):  # short or long score lists: zeros for the missing
        scores = [_pad(x, len(its)) for x, its in zip(scores, rows)]
    ix = np.full((n, k), len(ids), np.int64)  # the last index: no product
    ix[r_ix, c_ix] = [pos[i] for its in rows for i in its]
    sc = np.zeros((n, k), np.float32)
    sc[r_ix, c_ix] = [v for x in scores for v in x]
    has = ix < len(ids)
    generic = np.array([u in non_personalised for u in uids], bool)
    top = sc[:, :1]
    rel = np.divide(sc, top, out=np.zeros_like(sc), where=top > 0)
    cats, cw = _affinities([u.top_categories for u in users], code)
    brands, bw = _affinities([u.top_brands for u in users], code)
    pcat = (cw[:, None, :] * (cats[:, None, :] == item_cat[ix][:, :, None])).sum(axis=2)
    pbrand = (bw[:, None, :] * (brands[:, None, :] == item_brand[ix][:, :, None])).sum(axis=2)
    band = np.array([_BAND.get(u.price_band, 1) for u in users], np.float32)
    deal = np.array([u.discount_affinity for u in users], np.float32)
    disc = item_disc[ix]
    F = np.stack([rel, pcat, pbrand, np.abs(band[:, None] - item_band[ix]) / 2, disc, disc * deal[:, None]],
                 axis=2).astype(np.float32)
    F[~has] = 0.0
    F[generic, :, 1:4] = 0.0
    F[generic, :, 5] = 0.0
    mask = has & ~generic[:, None]
    mask[:, 0] = True
    return ProductArms(rows, F, mask)


def _ragged(lengths: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the elements of ragged rows of these lengths, flattened."""
    lens = np.asarray(lengths, np.int64)
    rows = np.repeat(np.arange(len(lens)), lens)
    starts = np.repeat(np.cumsum(lens) - lens, lens)
    return rows, np.arange(len(rows)) - starts


def _pad(values: Sequence[float], n: int) -> list[float]:
    v = list(values)[:n]
    return v + [0.0] * (n - len(v))


def _affinities(lists: Sequence[Sequence[tuple[str, float]]], code) -> tuple[np.ndarray, np.ndarray]:
    """(n, m) name codes (-2 where none) and weights of each user's (name, weight) list."""
    m = max(map(len, lists), default=0) or 1
    r_ix, c_ix = _ragged(list(map(len, lists)))
    flat = [name for x in lists for name, _ in x]
    known = {name: code(name) for name in dict.fromkeys(flat)}  # codes in order of first use
    codes = np.full((len(lists), m), -2, np.int64)
    weights = np.zeros((len(lists), m), np.float32)
    codes[r_ix, c_ix] = [known[name] for name in flat]
    weights[r_ix, c_ix] = [w for x in lists for _, w in x]
    return codes, weights


def top_products(users: Sequence[UserProfile], shop: Any, k: int, batch: int = 2048
                 ) -> tuple[dict[str, list[str]], dict[str, list[float]]]:
    """Each user's top-k recommended products (the same list whose first item the targeting picks)
    and their raw CF scores."""
    recs = shop.recommend([u.user_id for u in users], k=max(k, 5))
    rec = shop.recommender()
    items, cf = {}, {}
    for start in range(0, len(users), batch):  # CF scores a batch of users at a time (dense rows)
        ids = [u.user_id for u in users[start:start + batch]]
        scores = rec.scores(np.array([rec.user_index.get(u, -1) for u in ids], np.int64))
        for r, u in enumerate(ids):
            its = recs.get(u, [])[:k]
            items[u] = its
            cf[u] = [float(scores[r, rec.item_pos[i]]) if i in rec.item_pos else 0.0 for i in its]
    return items, cf


def arm_rank(ctx: Contexts) -> np.ndarray:
    """(n_arms,) the product rank of each arm (0 = the top-1 product; all 0 without product arms)."""
    return np.zeros(len(ctx.arm_names), np.int64) if ctx.arm_rank is None else ctx.arm_rank


def with_products(ctx: Contexts, pa: ProductArms) -> Contexts:
    """`ctx` (channel x hour arms) expanded to channel x hour x product rank, rank-major, with the
    product features beside (`Contexts.P`; nothing is copied per arm)."""
    nb, k = ctx.n_base, pa.k
    names = [a if j == 0 else f"{a}/p{j + 1}" for j in range(k) for a in ctx.arm_names]
    parts = [p if j == 0 else p + (f"p={j + 1}",) for j in range(k) for p in ctx.arm_parts]
    return Contexts(ctx.ids, ctx.tokens, ctx.X, names, parts, list(ctx.arm_features), ctx.A,
                    np.repeat(np.arange(k), nb), pa.F, list(PRODUCT_FEATURES))


def expand_mask(mask: np.ndarray, pa: ProductArms) -> np.ndarray:
    """(n, nb) allowed channel x hour arms -> (n, nb * k) allowed product arms."""
    return np.concatenate([mask & pa.mask[:, j, None] for j in range(pa.k)], axis=1)


def split_arm(name: str) -> tuple[str, int]:
    """'sms@20/p2' -> ('sms@20', 1); 'sms@20' -> ('sms@20', 0)."""
    base, _, rank = name.partition("/p")
    return base, (int(rank) - 1 if rank else 0)
