"""Targeting: item-item CF, popularity fallback and business filters."""

from __future__ import annotations

from datetime import datetime, timedelta

import pyarrow as pa
import pytest

from promo_llm.errors import UserError
from promo_llm.records import Product
from promo_llm.targeting import Filters, Recommender, recommend

from shop_fixture import shop, shop_dir  # noqa: F401  (fixtures)

T0 = datetime(2026, 5, 1)


def _log(pairs):
    """(user, item, type) triples -> an events table, one minute apart."""
    return pa.table({"user_id": [p[0] for p in pairs], "item_id": [p[1] for p in pairs],
                     "event_type": [p[2] if len(p) > 2 else "purchase" for p in pairs],
                     "ts": [T0 + timedelta(minutes=k) for k in range(len(pairs))]})


# tents go with sleeping bags; tea goes with cups; tea is the most popular item overall
LOG = _log([("u1", "tent"), ("u1", "bag"), ("u2", "tent"), ("u2", "bag"), ("u3", "tent"), ("u3", "bag"),
            ("u4", "tea"), ("u4", "cup"), ("u5", "tea"), ("u5", "cup"), ("u6", "tea"), ("u7", "tea"),
            ("u8", "tea"), ("u9", "tent")])
PRODUCTS = {
    "tent": Product("tent", "Tent", "Camping", 200.0, stock=5),
    "bag": Product("bag", "Sleeping Bag", "Camping", 80.0, stock=5),
    "tea": Product("tea", "Tea", "Grocery", 5.0, stock=100, list_price=6.0, discount_pct=16.7),
    "cup": Product("cup", "Cup", "Kitchen", 9.0, stock=0),
    "lamp": Product("lamp", "Lamp", "Camping", 30.0, stock=3),
}


def test_cf_recommends_co_bought_items_before_popular_ones():
    recs = recommend(LOG, ["u9"], k=2, products=PRODUCTS, filters=Filters(in_stock=False))
    assert recs["u9"][0] == "bag"


def test_cold_user_gets_popularity():
    recs = recommend(LOG, ["stranger"], k=2, products=PRODUCTS)
    assert recs["stranger"][0] == "tea"


@pytest.mark.parametrize("filters,banned", [
    (Filters(), {"cup"}),                                     # out of stock
    (Filters(categories=("camping",)), {"tea", "cup"}),
    (Filters(exclude_categories=("Grocery",)), {"tea"}),
    (Filters(on_promotion=True), {"tent", "bag", "cup", "lamp"}),
    (Filters(exclude_seen=True), set()),
])
def test_filters_are_never_violated(filters, banned):
    recs = recommend(LOG, ["u9", "u4", "stranger"], k=5, products=PRODUCTS, filters=filters)
    for u, items in recs.items():
        assert not banned & set(items), (u, items)
        assert items, u
    if filters.exclude_seen:
        assert "tea" not in recs["u4"] and "tent" not in recs["u9"]


def test_durable_goods_are_not_repeated_but_consumables_may_be():
    model = Recommender.fit(LOG, item_ids=sorted(PRODUCTS), keep_self=True)
    recs = model.recommend(["u1", "u4"], k=5, products=PRODUCTS, durable={"tent", "bag"})
    assert not {"tent", "bag"} & set(recs["u1"])
    assert "tea" in recs["u4"]


def test_filters_without_a_catalog_are_an_error():
    with pytest.raises(UserError, match="need a catalog"):
        recommend(LOG, ["u1"], filters=Filters(categories=("x",)))


def test_transaction_log_without_items_is_an_error():
    ev = pa.table({"user_id": ["a"], "item_id": pa.nulls(1, pa.string()), "event_type": ["purchase"],
                   "ts": [T0]})
    with pytest.raises(UserError, match="item_id"):
        recommend(ev, ["a"])


def test_shop_recommendations_match_interests_and_rules(shop):
    users = sorted(shop.profiles)[:400]
    recs = shop.recommend(users, k=5)
    assert set(recs) == set(users) and all(len(v) == 5 for v in recs.values())
    hits = []
    for u, items in recs.items():
        cats = {c for c, _ in shop.profiles[u].top_categories[:3]}
        hits.append(shop.products[items[0]].category in cats if cats else True)
        assert all((shop.products[i].stock or 0) > 0 for i in items)
    assert sum(hits) / len(hits) > 0.8
    # deterministic
    assert shop.recommend(users[:20], k=5) == {u: recs[u] for u in users[:20]}


def test_shop_never_repeats_a_bought_durable(shop):
    ev = shop.events
    bought = {}
    for u, i, t in zip(ev.column("user_id").to_pylist(), ev.column("item_id").to_pylist(),
                       ev.column("event_type").to_pylist()):
        if t == "purchase" and i in shop.durable:
            bought.setdefault(u, set()).add(i)
    users = sorted(bought)[:300]
    recs = shop.recommend(users, k=10)
    assert all(not bought[u] & set(recs[u]) for u in users)


class _TinyShop:
    """A shop with the LOG events above and PRODUCTS, as `pick_products` reads it."""

    def __init__(self, products):
        self.products, self.durable = products, frozenset()
        self._rec = Recommender.fit(LOG, item_ids=sorted(products))

    def recommender(self):
        return self._rec


def test_category_campaigns_rank_by_the_users_own_cf_scores_and_affinities_ties_by_popularity():
    from promo_llm.config import CampaignConfig, from_dict
    from promo_llm.records import UserProfile
    from promo_llm.targeting import pick_products

    cfg = from_dict(CampaignConfig, {"name": "t", "products": {"categories": ["Camping", "Grocery"]}})
    shop = _TinyShop(PRODUCTS)
    users = [UserProfile("u1"), UserProfile("u4"), UserProfile("cold"),
             UserProfile("fan", top_categories=(("Grocery", 1.0),))]
    got = pick_products(cfg, users, shop)
    # u1 bought tent and bag: CF ranks camping (bag/tent) above tea; u4 bought tea and cup: tea
    assert shop.products[got["u1"]].category == "Camping" and got["u4"] == "tea"
    # a user with no events and no affinities gets the most popular item, not the first id ('bag')
    assert got["cold"] == "tea"
    assert got["fan"] == "tea"
    # with popularity equal too, the pick is not the catalog's first id for every user
    flat = {k: PRODUCTS[k] for k in ("lamp",)} | {f"x{k}": Product(f"x{k}", f"Lamp {k}", "Lighting", 10.0)
                                                  for k in range(6)}
    cfg2 = from_dict(CampaignConfig, {"name": "t", "products": {"categories": ["Lighting"]}})
    picks = pick_products(cfg2, [UserProfile(f"c{n}") for n in range(20)], _TinyShop(flat))
    assert len(set(picks.values())) > 1 and sum(p == "x0" for p in picks.values()) < 10


def test_category_campaigns_on_the_sample_shop_are_personalised(shop):
    from promo_llm.config import CampaignConfig, from_dict
    from promo_llm.targeting import pick_products

    cats = sorted({p.category for p in shop.products.values()})[:2]
    cfg = from_dict(CampaignConfig, {"name": "t", "products": {"categories": cats}})
    users = [shop.profiles[u] for u in sorted(shop.profiles)[:40]]
    got = pick_products(cfg, users, shop)
    pool = sorted(i for i, p in shop.products.items() if p.category in cats)
    assert all(i in pool for i in got.values())
    assert sum(i == pool[0] for i in got.values()) < len(users) / 4
    assert len(set(got.values())) >= 5
