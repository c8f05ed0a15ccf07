"""Delivery decisions per second for 100k users, and memory (peak, and the decision arrays').

Synthetic profiles and catalog (no shop needed); arms = 3 channels x 4 hours, and with product
arms also x the user's top-k products (`--products-top-k`, the campaign default). A bandit is
trained first on 5,000 logged decisions for each arm set (not timed). Timed, for each policy: the
limits (consent, caps against an empty history, quiet hours), the decision contexts (with product
arms: the product features and the expanded arms too; the top-k lists themselves come from the
targeting, which every run does anyway, and are given), the policy's distribution and the seeded
draw; wall clock and this process's CPU time (which other jobs on the machine move far less).
Results JSON (with a manifest and the load average) under bench/results/.

    python bench/delivery.py [--users 100000] [--products-top-k 4]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


CATEGORIES = [f"Category {c}" for c in range(14)]
BRANDS = [f"Brand{b}" for b in range(40)]


def synthetic_catalog(n: int = 400, seed: int = 3):
    from promo_llm.records import Product

    rng = np.random.default_rng(seed)
    return {f"P{i:05d}": Product(item_id=f"P{i:05d}", title=f"Product {i}", category=CATEGORIES[i % len(CATEGORIES)],
                                 price=float(rng.uniform(5, 300)), brand=BRANDS[int(rng.integers(len(BRANDS)))],
                                 discount_pct=float(rng.choice([0, 0, 0, 15, 30]))) for i in range(n)}


def synthetic_top_products(users, catalog, k: int, seed: int = 4):
    """Per user, k distinct products and decreasing CF scores (as the targeting would give)."""
    rng = np.random.default_rng(seed)
    ids = list(catalog)
    picks = np.concatenate([np.argpartition(rng.random((min(10_000, len(users) - s), len(ids))), k, axis=1)[:, :k]
                            for s in range(0, len(users), 10_000)])
    scores = np.sort(rng.random((len(users), k)), axis=1)[:, ::-1]
    return ({u.user_id: [ids[j] for j in picks[r]] for r, u in enumerate(users)},
            {u.user_id: scores[r].tolist() for r, u in enumerate(users)})


def synthetic_users(n: int, seed: int = 0):
    from promo_llm.records import UserProfile

    rng = np.random.default_rng(seed)
    segs = ["new", "active", "at_risk", "lapsed", "vip"]
    cats = np.argsort(rng.random((n, len(CATEGORIES))), axis=1)[:, :3]
    brands = np.argsort(rng.random((n, len(BRANDS))), axis=1)[:, :2]
    return [UserProfile(user_id=f"U{i:07d}", segment=segs[int(rng.integers(5))],
                        top_categories=tuple((CATEGORIES[c], w) for c, w in zip(cats[i], (0.5, 0.3, 0.2))),
                        top_brands=tuple((BRANDS[b], w) for b, w in zip(brands[i], (0.6, 0.4))),
                        price_band=["budget", "mid", "premium"][int(rng.integers(3))],
                        timezone="America/New_York", discount_affinity=float(rng.random()),
                        active_hours=tuple(int(h) for h in rng.choice(24, 3, replace=False)),
                        consent={"email": bool(rng.random() < 0.8), "sms": bool(rng.random() < 0.4),
                                 "push": bool(rng.random() < 0.6)},
                        channel_engagement={"email": float(rng.beta(2, 6)), "sms": float(rng.beta(1.5, 10)),
                                            "push": float(rng.beta(2, 8))})
            for i in range(n)]


def main() -> None:
    from promo_llm.config import DEFAULT_QUIET_HOURS
    from promo_llm.delivery.bandit import BanditModel
    from promo_llm.delivery.context import profile_contexts
    from promo_llm.delivery.limits import apply_limits, make_arms
    from promo_llm.delivery.policy import BanditPolicy, SoftmaxPolicy, UniformPolicy, draw, uniforms
    from promo_llm.delivery.products import expand_mask, product_arms, price_bands, with_products
    from promo_llm.manifest import build_manifest

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--products-top-k", type=int, default=4, help="product arms: the user's top-k products")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "delivery.json"))
    a = ap.parse_args()
    k = a.products_top_k
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    users = synthetic_users(a.users)
    catalog = synthetic_catalog()
    bands = price_bands(catalog)
    top, cf = synthetic_top_products(users, catalog, k)
    arms = make_arms(["push", "sms", "email_subject"], [8, 12, 18, 20])
    train = synthetic_users(5000, seed=1)
    ctx = profile_contexts(train, arms)
    rng = np.random.default_rng(2)
    reward = (rng.random(len(train)) < 0.1).astype(float)
    model = BanditModel(ctx.arm_names, 0.1)
    model.learn(ctx, rng.integers(len(arms), size=len(train)), reward, np.full(len(train), 1 / len(arms)))
    ttop, tcf = synthetic_top_products(train, catalog, k, seed=5)
    pctx = with_products(ctx, product_arms(train, ttop, tcf, catalog, k, bands=bands))
    pmodel = BanditModel(pctx.arm_names, 0.1)
    pmodel.learn(pctx, rng.integers(len(pctx.arm_names), size=len(train)), reward,
                 np.full(len(train), 1 / len(pctx.arm_names)))
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"users": a.users, "arms": len(arms), "products_top_k": k}
    runs = [("uniform", UniformPolicy(), False), ("softmax", SoftmaxPolicy(0.1), False),
            ("bandit", BanditPolicy(model), False), ("softmax+product", SoftmaxPolicy(0.1), True),
            ("bandit+product", BanditPolicy(pmodel), True)]
    for name, policy, products in runs:
        t = {}
        c0 = time.process_time()
        t0 = time.perf_counter()
        gate = apply_limits(users, arms, date(2026, 11, 16), per_day=1, per_week=3,
                            quiet_hours=DEFAULT_QUIET_HOURS, history={}, suppressed=set(),
                            non_personalised=set(), budget_left=None)
        t["limits_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        c, mask = profile_contexts(gate.users, arms), gate.mask
        t["contexts_s"] = time.perf_counter() - t1
        if products:
            t1 = time.perf_counter()
            pa = product_arms(gate.users, top, cf, catalog, k, bands=bands)
            c, mask = with_products(c, pa), expand_mask(mask, pa)
            t["products_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        probs = policy.probabilities(c, mask)
        idx, prop = draw(probs, uniforms(c.ids, 0))
        t["policy_draw_s"] = time.perf_counter() - t2
        total = time.perf_counter() - t0
        cpu = time.process_time() - c0  # this process's CPU time: less moved by other jobs' load
        out[name] = {**{key: round(v, 3) for key, v in t.items()}, "arms": len(c.arm_names),
                     "decided": int(len(idx)), "decisions_per_s": round(len(idx) / total),
                     "cpu_s": round(cpu, 3), "decisions_per_cpu_s": round(len(idx) / cpu),
                     "arrays_mib": round(sum(x.nbytes for x in (c.X, c.A, c.P, mask, probs)
                                             if x is not None) / 2**20, 1),
                     "policy_only_per_s": round(len(idx) / t["policy_draw_s"])}
        print(name, out[name], file=sys.stderr)
        if name == "bandit":
            # VW's own predict, for comparison (1,000 users)
            t0 = time.perf_counter()
            model.vw_scores(c, range(1000))
            out["vw_predict_per_s"] = round(1000 / (time.perf_counter() - t0))
            out["peak_rss_channel_hour_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        del c, probs, mask
    rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["peak_rss_mib"] = round(rss2 / 1024, 1)
    out["rss_for_users_and_decisions_mib"] = round((rss2 - rss0) / 1024, 1)
    out["rss_before_decisions_mib"] = round(rss1 / 1024, 1)
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    manifest = build_manifest(kind="bench_delivery", config=vars(a), seed=0)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"manifest": manifest, "results": out}, indent=2) + "\n")
    # one line: `make bench` (bench/_run.py) reads the last line of stdout as the result
    print(json.dumps({"manifest": manifest, "results": out}))


if __name__ == "__main__":
    main()
