"""Five rounds of delivery on the sample shop, scored by the response simulator's true conversion.

uniform, softmax (by engagement, at the slot nearest the user's most active hour) and the bandit
(Vowpal Wabbit, learning from its own logged outcomes each round) choose channel x hour arms for
the shop's users, over several seeds; each round's figure is the mean true P(purchase) of the arms
chosen. Copy is held fixed per product. With `--products-top-k K` (> 1) a second bandit's arms
also pick the product among the user's top-K targeted ones (learning from `--product-learn-from`);
its oracle is reported beside the channel x hour one. Results JSON (with a manifest) under
bench/results/.

    python bench/delivery_rounds.py [--seeds 5] [--rounds 5] [--per-round 1500] [--products-top-k 3]
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from promo_llm.config import DEFAULT_QUIET_HOURS
    from promo_llm.data.sample_shop import sample_shop_dir
    from promo_llm.data.shop import load_shop
    from promo_llm.delivery.bandit import Exploration
    from promo_llm.delivery.context import profile_contexts
    from promo_llm.delivery.limits import make_arms
    from promo_llm.delivery.policy import SoftmaxPolicy
    from promo_llm.delivery.products import expand_mask, product_arms, top_products
    from promo_llm.delivery.rounds import ProductRounds, allowed_mask, run_rounds, simulator_truth
    from promo_llm.manifest import build_manifest
    from promo_llm.store import workspace_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--first-seed", type=int, default=0,
                    help="seeds first-seed .. first-seed + seeds - 1 (5: seeds no default was picked on)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--per-round", type=int, default=1500, help="users drawn into each round")
    ap.add_argument("--channels", default="push,sms,email_subject")
    ap.add_argument("--slots", default="8,12,18,20")
    ap.add_argument("--epsilon", type=float, default=0.1)
    ap.add_argument("--learn-from", choices=("open", "purchase"), default="open",
                    help="the outcome the bandit learns from (the figure is always true conversion)")
    ap.add_argument("--products-top-k", type=int, default=4,
                    help="product arms: the user's top-K targeted products (1: no product bandit)")
    ap.add_argument("--product-learn-from", choices=("open", "click", "purchase"), default="click",
                    help="the outcome the product bandit learns from (the product moves clicks, not opens)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "delivery_rounds.json"))
    a = ap.parse_args()

    t0 = time.perf_counter()
    shop_dir = sample_shop_dir(workspace_dir())
    shop = load_shop(shop_dir)
    users = [shop.profiles[u] for u in sorted(shop.profiles)]
    arms = make_arms(a.channels.split(","), [int(h) for h in a.slots.split(",")])
    k = max(1, a.products_top_k)
    top, cf = top_products(users, shop, k)
    items = {u: v[0] for u, v in top.items() if v}
    users = [u for u in users if u.user_id in items]
    title = lambda i: shop.products[i].localized("en-US").title  # noqa: E731
    copy = lambda i: f"{title(i)}: take a look today."  # noqa: E731
    discount = lambda i: shop.products[i].discount_pct  # noqa: E731
    mask = allowed_mask(users, arms, DEFAULT_QUIET_HOURS)
    keep = mask.any(axis=1)
    products = None
    if k > 1:
        ptruth, popen, pclick = simulator_truth(shop_dir, users, arms, {u.user_id: top[u.user_id] for u in users},
                                                copy=copy, discount=discount)
        pa = product_arms(users, top, cf, shop.products, k)
        pmask = expand_mask(mask, pa)
        signal = {"open": popen, "click": pclick, "purchase": ptruth}[a.product_learn_from]
        products = ProductRounds(pa, ptruth, pmask, signal)
        # the top-1 block of the product arms is the channel x hour arm set itself
        truth, opened = ptruth[:, :len(arms)], popen[:, :len(arms)]
    else:
        truth, opened = simulator_truth(shop_dir, users, arms, items, copy=copy, discount=discount)
    oracle = float(truth.max(axis=1, where=mask, initial=0)[keep].mean())
    oracle_products = (float(ptruth.max(axis=1, where=pmask, initial=0)[keep].mean())
                       if products is not None else None)
    # the fixed policy at a temperature near 0: the most engaged channel at the nearest slot
    ctx = profile_contexts([u for u, k in zip(users, keep) if k], arms)
    greedy = SoftmaxPolicy(1e-3).probabilities(ctx, mask[keep])
    softmax_greedy = float((greedy * truth[keep]).sum(axis=1).mean())
    affinity = None
    if products is not None:
        # no learning: among the top-k, the product the targeting's rule for a fixed pool would pick
        # (CF share + category + brand affinity, targeting.rank_pool), at the fixed policy's arm
        import numpy as np

        F, nb = pa.F[keep], len(arms)
        best = np.argmax(np.where(pa.mask[keep], F[:, :, 0] + F[:, :, 1] + F[:, :, 2], -np.inf), axis=1)
        chosen = ptruth[keep].reshape(-1, k, nb)[np.arange(len(best)), best]
        soft = SoftmaxPolicy(0.1).probabilities(ctx, mask[keep])
        affinity = {"softmax": float((soft * chosen).sum(axis=1).mean()),
                    "softmax_temperature_0.001": float((greedy * chosen).sum(axis=1).mean()),
                    "share_not_top1": float((best > 0).mean())}
    t1 = time.perf_counter()
    res = run_rounds(users, arms, truth, mask, rounds=a.rounds, epsilon=a.epsilon,
                     seeds=range(a.first_seed, a.first_seed + a.seeds),
                     per_round=a.per_round, progress=lambda s: print(s, file=sys.stderr),
                     signal=opened if a.learn_from == "open" else truth, products=products)
    final = res.summary(-1)
    report = {"users": int(keep.sum()), "arms": [x.name for x in arms], "oracle": oracle,
              "products_top_k": k, "product_learn_from": a.product_learn_from if k > 1 else None,
              "oracle_with_products": oracle_products,
              "softmax_temperature_0.001": softmax_greedy,
              "affinity_product": affinity,
              "bandit_exploration": {**asdict(Exploration(a.epsilon)), "loss": "logistic", "tokens": False},
              "per_round_mean": {p: [float(v) for v in res.values[:, :, k].mean(axis=0)]
                                 for k, p in enumerate(res.policies)},
              "final_round": final,
              "bandit_over_softmax": final["bandit"]["mean"] / final["softmax"]["mean"] - 1,
              "intervals_overlap": overlap(final["bandit"], final["softmax"]),
              "over_softmax": {p: final[p]["mean"] / final["softmax"]["mean"] - 1 for p in final},
              "intervals_apart_from_softmax": {p: not overlap(final[p], final["softmax"]) for p in final},
              "truth_s": round(t1 - t0, 1), "rounds_s": round(time.perf_counter() - t1, 1)}
    manifest = build_manifest(kind="bench_delivery_rounds", config=vars(a), seed=None,
                              data={"shop_dir": str(shop_dir)})
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"manifest": manifest, "results": report}, indent=2) + "\n")
    # one line: `make bench` (bench/_run.py) reads the last line of stdout as the result
    print(json.dumps({"manifest": manifest, "results": report}))


def overlap(a: dict, b: dict) -> bool:
    """Whether two 95% intervals ({"ci": [lo, hi]}) overlap."""
    return max(a["ci"][0], b["ci"][0]) <= min(a["ci"][1], b["ci"][1])


if __name__ == "__main__":
    main()
