"""Delivery decisions per second for 100k users, and peak memory.

Synthetic profiles (no shop needed); arms = 3 channels x 4 hours. A bandit is trained first on
5,000 logged decisions (not timed). Timed, for each policy: the limits (consent, caps against an
empty history, quiet hours), the decision contexts, the policy's distribution and the seeded draw.
Results JSON (with a manifest) under bench/results/.

    python bench/delivery.py [--users 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_users(n: int, seed: int = 0):
    from promo_llm.records import UserProfile

    rng = np.random.default_rng(seed)
    segs = ["new", "active", "at_risk", "lapsed", "vip"]
    return [UserProfile(user_id=f"U{i:07d}", segment=segs[int(rng.integers(5))],
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
    from promo_llm.manifest import build_manifest

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "delivery.json"))
    a = ap.parse_args()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    users = synthetic_users(a.users)
    arms = make_arms(["push", "sms", "email_subject"], [8, 12, 18, 20])
    train = synthetic_users(5000, seed=1)
    ctx = profile_contexts(train, arms)
    rng = np.random.default_rng(2)
    model = BanditModel(ctx.arm_names, 0.1)
    model.learn(ctx, rng.integers(len(arms), size=len(train)), (rng.random(len(train)) < 0.1).astype(float),
                np.full(len(train), 1 / len(arms)))
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"users": a.users, "arms": len(arms)}
    for policy in (UniformPolicy(), SoftmaxPolicy(0.1), BanditPolicy(model)):
        t = {}
        t0 = time.perf_counter()
        gate = apply_limits(users, arms, date(2026, 11, 16), per_day=1, per_week=3,
                            quiet_hours=DEFAULT_QUIET_HOURS, history={}, suppressed=set(),
                            non_personalised=set(), budget_left=None)
        t["limits_s"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        c = profile_contexts(gate.users, arms)
        t["contexts_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        probs = policy.probabilities(c, gate.mask)
        idx, prop = draw(probs, uniforms(c.ids, 0))
        t["policy_draw_s"] = time.perf_counter() - t2
        total = time.perf_counter() - t0
        out[policy.name] = {**{k: round(v, 3) for k, v in t.items()}, "decided": int(len(idx)),
                            "decisions_per_s": round(len(idx) / total),
                            "policy_only_per_s": round(len(idx) / t["policy_draw_s"])}
        print(policy.name, out[policy.name], file=sys.stderr)
    # VW's own predict, for comparison (1,000 users)
    sub = list(range(1000))
    t0 = time.perf_counter()
    model.vw_scores(c, sub)
    out["vw_predict_per_s"] = round(len(sub) / (time.perf_counter() - t0))
    rss2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out["peak_rss_mib"] = round(rss2 / 1024, 1)
    out["rss_for_users_and_decisions_mib"] = round((rss2 - rss0) / 1024, 1)
    out["rss_before_decisions_mib"] = round(rss1 / 1024, 1)
    manifest = build_manifest(kind="bench_delivery", config=vars(a), seed=0)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"manifest": manifest, "results": out}, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
