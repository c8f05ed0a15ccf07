"""Product arms: the delivery arm also picks the product among the user's top-k targeted ones."""

import json
from datetime import date

import numpy as np

from promo_llm.config import DEFAULT_QUIET_HOURS
from promo_llm.delivery.bandit import BanditModel
from promo_llm.delivery.context import profile_contexts
from promo_llm.delivery.limits import make_arms
from promo_llm.delivery.offline import workspace_contexts
from promo_llm.delivery.policy import BanditPolicy, SoftmaxPolicy, UniformPolicy, draw, uniforms
from promo_llm.delivery.products import (PRODUCT_FEATURES, expand_mask, price_bands, product_arms, split_arm,
                                         top_products, with_products)
from promo_llm.delivery.rounds import ProductRounds, allowed_mask, run_rounds
from promo_llm.records import Product, UserProfile

ARMS = make_arms(["push", "sms"], [8, 12, 20])
CATALOG = {
    "A": Product(item_id="A", title="Trail boot", category="Shoes", price=50.0, brand="Alp", discount_pct=20.0),
    "B": Product(item_id="B", title="Road boot", category="Shoes", price=90.0, brand="Bex"),
    "C": Product(item_id="C", title="Tea pot", category="Kitchen", price=30.0, brand="Cha"),
    "D": Product(item_id="D", title="Sofa", category="Home", price=900.0, brand="Alp", discount_pct=50.0),
}


def user(uid, **kw):
    base = dict(consent={"push": True, "sms": True}, active_hours=(20,),
                channel_engagement={"push": 0.3, "sms": 0.2})
    return UserProfile(user_id=uid, **{**base, **kw})


def test_product_features_come_from_profile_catalog_and_cf_score_and_mask_what_is_missing():
    assert price_bands(CATALOG) == {"A": 0, "B": 1, "C": 0, "D": 0}  # thirds within each category
    u = user("u", top_categories=(("Shoes", 0.7), ("Kitchen", 0.3)), top_brands=(("Alp", 0.6),),
             price_band="premium", discount_affinity=0.5)
    g = user("g", top_categories=(("Shoes", 0.9),))
    short = user("s")
    items = {"u": ["A", "C", "B"], "g": ["B", "A", "C"], "s": ["D"]}
    cf = {"u": [4.0, 2.0, 1.0], "g": [3.0, 3.0, 1.0], "s": [0.0]}
    pa = product_arms([u, g, short], items, cf, CATALOG, 3, non_personalised={"g"})
    f = {name: pa.F[..., j] for j, name in enumerate(PRODUCT_FEATURES)}
    assert np.allclose(f["cf"][0], [1.0, 0.5, 0.25])
    assert np.allclose(f["pcat"][0], [0.7, 0.3, 0.7]) and np.allclose(f["pbrand"][0], [0.6, 0, 0])
    assert np.allclose(f["pgap"][0], [1.0, 1.0, 0.5])  # premium vs bands 0, 0, 1
    assert np.allclose(f["pdisc"][0], [0.2, 0, 0]) and np.allclose(f["pdeal"][0], [0.1, 0, 0])
    # a non-personalised user: no profile number, and only the targeting's top-1 product
    assert not f["pcat"][1].any() and not f["pgap"][1].any() and pa.mask[1].tolist() == [True, False, False]
    # fewer products than k: the missing ranks are masked; a cold user's CF share is 0
    assert pa.mask[2].tolist() == [True, False, False] and f["cf"][2, 0] == 0


def test_product_arms_are_rank_major_and_policies_keep_their_meaning():
    users = [user(f"u{i}", top_categories=(("Shoes", 0.5),), consent={"push": True, "sms": bool(i % 2)},
                  channel_engagement={"push": 0.1 + i / 50, "sms": 0.3}) for i in range(20)]
    items = {u.user_id: ["A", "B", "C"] if i % 5 else ["A"] for i, u in enumerate(users)}
    cf = {u.user_id: [3.0, 2.0, 1.0][:len(items[u.user_id])] for u in users}
    base = profile_contexts(users, ARMS)
    pa = product_arms(users, items, cf, CATALOG, 3)
    ctx = with_products(base, pa)
    nb = len(ARMS)
    assert ctx.arm_names[:nb] == base.arm_names and ctx.arm_names[nb] == "push@08/p2"
    assert ctx.arm_parts[nb] == ("ch=push", "h=8", "p=2") and split_arm("sms@20/p3") == ("sms@20", 2)
    assert ctx.all_features == list(base.arm_features) + list(PRODUCT_FEATURES)
    for i, arm in ((3, nb + 4), (7, 2 * nb + 1), (0, 5)):  # (user, arm): its slot's and its product's numbers
        assert np.array_equal(ctx.arm_numbers(i, arm), np.concatenate([base.A[i, arm % nb], pa.F[i, arm // nb]]))
    mask0 = allowed_mask(users, ARMS, DEFAULT_QUIET_HOURS)
    mask = expand_mask(mask0, pa)
    assert not mask[0, nb:].any() and mask[1, nb:].any()  # user 0 has one product only
    # softmax: exactly today's distribution, on the targeting's top-1 product
    soft = SoftmaxPolicy(0.1).probabilities(ctx, mask)
    assert np.allclose(soft[:, :nb], SoftmaxPolicy(0.1).probabilities(base, mask0)) and not soft[:, nb:].any()
    # uniform: every allowed arm, products included
    uni = UniformPolicy().probabilities(ctx, mask)
    assert np.allclose(uni[mask], np.repeat(1 / mask.sum(axis=1), mask.sum(axis=1)))
    # bandit: the propensity logged is the probability of the whole arm (channel, hour, product)
    model = BanditModel(ctx.arm_names, 0.2)
    rng = np.random.default_rng(0)
    model.learn(ctx, rng.integers(len(ctx.arm_names), size=len(users)), rng.random(len(users)) < 0.5)
    p = BanditPolicy(model).probabilities(ctx, mask)
    idx, prop = draw(p, uniforms(ctx.ids, 1))
    assert np.allclose(p.sum(axis=1), 1) and not (p[~mask] > 0).any() and mask[np.arange(20), idx].all()
    assert np.allclose(prop, p[np.arange(20), idx])
    # the vectorised scorer still agrees with Vowpal Wabbit on product arms
    assert np.abs(model.predictions(ctx) - model.vw_scores(ctx, range(20))).max() < 1e-5


def test_a_bandit_over_products_beats_the_channel_hour_bandit_where_the_product_matters():
    """Truth: the product that fits the user's (visible) top category converts; the CF list's top-1
    is that product for a third of the users only."""
    cats = ["Shoes", "Kitchen", "Home"]
    users = [user(f"u{i}", top_categories=((cats[i % 3], 0.8),), consent={"push": True}) for i in range(450)]
    arms = make_arms(["push"], [8, 20])
    items = {u.user_id: ["A", "C", "D"] for u in users}
    cf = {u.user_id: [3.0, 2.0, 1.0] for u in users}
    pa = product_arms(users, items, cf, CATALOG, 3)
    fits = np.array([[CATALOG[i].category == u.top_categories[0][0] for i in items[u.user_id]] for u in users])
    truth = np.repeat(np.where(fits, 0.2, 0.02), len(arms), axis=1)  # rank-major: rank j's block
    mask = allowed_mask(users, arms, DEFAULT_QUIET_HOURS)
    prod = ProductRounds(pa, truth, expand_mask(mask, pa))
    res = run_rounds(users, arms, truth[:, :len(arms)], mask, rounds=4, seeds=[0, 1], products=prod)
    final = res.summary(-1)
    assert res.policies[-1] == "bandit+product" and res.values.shape == (2, 4, 4)
    assert final["bandit"]["mean"] < 0.09 and final["bandit+product"]["mean"] > 0.17
    assert final["bandit+product"]["ci"][0] > final["softmax"]["ci"][1]


def test_training_from_logged_sends_rebuilds_the_chosen_products_features():
    ctx_json = lambda feats: json.dumps({"tokens": {"seg=new": 1.0}, "engagement": {"push": 0.3},  # noqa: E731
                                         "active_hours": [20], "product": feats})
    rows = [{"user_id": "a", "arm": "push@20/p2", "context": ctx_json({"cf": 0.5, "pcat": 0.7})},
            {"user_id": "b", "arm": "sms@08", "context": ctx_json({"cf": 1.0, "pdisc": 0.2})},
            {"user_id": "c", "arm": "sms@08", "context": "{}"}]
    ctx, actions = workspace_contexts(["push@20/p2", "sms@08"], rows)
    assert [ctx.arm_names[a] for a in actions] == ["push@20/p2", "sms@08", "sms@08"]
    num = lambda i: dict(zip(ctx.all_features, ctx.arm_numbers(i, actions[i])))  # noqa: E731
    assert num(0)["cf"] == 0.5 and num(0)["pcat"] == np.float32(0.7) and num(0)["eng"] == np.float32(0.3)
    assert num(1)["pdisc"] == np.float32(0.2) and num(2)["pcat"] == 0
    # logs from before product arms: channel x hour contexts, as they were
    old, acts = workspace_contexts(["sms@08"], [{"user_id": "d", "arm": "sms@08", "context": "{}"}])
    assert old.arm_names == ["sms@08"] and old.arm_rank is None and acts.tolist() == [0]


def test_plan_picks_the_product_and_logs_its_features(tmp_path):
    from promo_llm.config import CampaignConfig, from_dict
    from promo_llm.data.sample_shop import sample_shop_dir
    from promo_llm.data.shop import load_shop
    from promo_llm.delivery.plan import plan_delivery
    from promo_llm.store import workspace_dir

    shop = load_shop(sample_shop_dir(workspace_dir()))
    users = [shop.profiles[u] for u in sorted(shop.profiles)[:60]]
    cfg = lambda policy, k: from_dict(CampaignConfig, {  # noqa: E731
        "name": "p", "channels": ["push", "sms", "email_subject"], "seed": 3,
        "delivery": {"policy": policy, "products_top_k": k}})
    top = shop.recommend([u.user_id for u in users], k=5)
    items, cf = top_products(users, shop, 3)
    assert (items, cf) == top_products(users, shop, 3, batch=7)  # CF scores batch by batch
    assert all(items[u] == top[u][:3] and cf[u] == sorted(cf[u], reverse=True) for u in items)
    uni = plan_delivery(cfg("uniform", 3), users, date(2026, 11, 16), None, "", shop)
    ranks = [c.rank for c in uni.choices.values()]
    assert {0, 1, 2} <= set(ranks)
    for uid, c in uni.choices.items():
        assert c.item_id == top[uid][c.rank] and c.arm_name.endswith("" if c.rank == 0 else f"/p{c.rank + 1}")
        assert set(json.loads(c.context)["product"]) == set(PRODUCT_FEATURES)
    soft = plan_delivery(cfg("softmax", 3), users, date(2026, 11, 16), None, "", shop)
    assert all(c.rank == 0 and c.item_id == top[uid][0] for uid, c in soft.choices.items())
    off = plan_delivery(cfg("uniform", 1), users, date(2026, 11, 16), None, "", shop)
    assert all(c.item_id is None and "/p" not in c.arm_name for c in off.choices.values())


def test_product_arms_close_the_loop_through_a_run_outcomes_training_and_a_bandit_run(tmp_path):
    """A uniform run over product arms writes copy for the product each arm picked; simulated
    outcomes of its sends train a bandit (clicks), whose campaign then picks products too."""
    from promo_llm.config import CampaignConfig, from_dict
    from promo_llm.data.sample_shop import sample_shop_dir
    from promo_llm.delivery.bandit import BanditModel
    from promo_llm.delivery.offline import train_from_workspace
    from promo_llm.feedback.ingest import ingest_outcomes
    from promo_llm.feedback.simulate import simulate_run
    from promo_llm.generation import FakeGenerator
    from promo_llm.pipeline import run_campaign
    from promo_llm.store import Store

    from test_pipeline import grounded_copy

    home = tmp_path / "ws"
    store = Store(home)
    camp = lambda policy, day, **d: from_dict(CampaignConfig, {  # noqa: E731
        "name": f"loop-{policy}", "max_users": 40, "candidates": 1, "seed": 2, "send_date": date(2026, 11, day),
        "channels": ["push", "sms", "email_subject"], "delivery": {"policy": policy, **d}})
    gen = FakeGenerator(fn=grounded_copy)
    first = run_campaign(camp("uniform", 16), generator=gen, home=home, out_dir=tmp_path / "r1", progress=False)
    assert first.n_copies > 0
    assert any("/p" in c["arm"] for c in first.copies)
    sim = simulate_run(first.run_id, shop_dir=sample_shop_dir(store.home), home=home, seed=1)
    ingest_outcomes(sim.path, home=home)
    rows = store.logged_decisions("clicked")
    assert rows and any("/p" in r["arm"] for r in rows)
    model_dir = train_from_workspace(store, tmp_path / "bandit", reward="clicked")
    model = BanditModel.load(model_dir)
    assert any("/p" in a for a in model.arms) and model.info["n_examples"] == len(rows)
    second = run_campaign(camp("bandit", 18, model=str(model_dir), epsilon=0.5), generator=gen, home=home,
                          out_dir=tmp_path / "r2", progress=False)
    assert second.n_copies > 0
    assert all(0 < c["propensity"] <= 1 and c["arm"].split("/")[0].startswith(c["channel"]) for c in second.copies)
