"""Offline work on logged decisions: evaluate a policy on a log, train a bandit from a log or from
the workspace's sends and outcomes. The `deliver` commands are thin over these functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..errors import UserError
from . import ope
from .context import Contexts, profile_contexts, table_contexts
from .ope import Logged


def log_contexts(log: Logged) -> Contexts:
    return table_contexts(log.context, len(log), log.action_names)


def target_pi(log: Logged, policy: str, *, temperature: float = 0.1,
              contexts: Contexts | None = None) -> np.ndarray:
    """(n, K) probabilities of the named policy on the log: uniform, softmax (over each action's
    reward rate in the log), logging (the log's own propensities) or a bandit model folder."""
    from .policy import BanditPolicy, SoftmaxPolicy, UniformPolicy

    mask = np.ones((len(log), log.n_actions), bool)
    if policy == "uniform":
        return UniformPolicy().probabilities(None, mask)
    if policy == "logging":
        return ope.logging_pi(log)
    if policy == "softmax":
        return SoftmaxPolicy(temperature, rates=ope.action_rates(log)).probabilities(None, mask)
    if not Path(policy).is_dir():
        raise UserError(f"--policy: expected uniform, softmax, logging or a bandit model folder, got {policy!r}")
    from .bandit import BanditModel

    model = BanditModel.load(policy)
    ctx = contexts or log_contexts(log)
    return BanditPolicy(model).probabilities(ctx, mask)


def evaluate_policy(log: Logged, policy: str, *, temperature: float = 0.1, n_boot: int = 1000,
                    seed: int = 0, contexts: Contexts | None = None) -> dict[str, Any]:
    """IPS, SNIPS and DR of `policy` on `log` with bootstrap 95% intervals (ope.evaluate)."""
    pi = target_pi(log, policy, temperature=temperature, contexts=contexts)
    out = ope.evaluate(log, pi, n_boot=n_boot, seed=seed)
    return {**out, "policy": policy, "n_actions": log.n_actions, "source": log.source}


def train_from_log(log: Logged, out: Path, *, epsilon: float = 0.1, seed: int = 0,
                   passes: int = 1, loss: str = "logistic", tokens: bool | None = None) -> Path:
    """A bandit over the log's actions with the log's context columns; saved with a manifest.
    `tokens` (default on here: a log's columns are its only context) crosses them with each arm."""
    from .bandit import BanditModel

    ctx = log_contexts(log)
    model = BanditModel(ctx.arm_names, epsilon, seed, loss=loss, tokens=True if tokens is None else tokens)
    model.learn(ctx, log.actions, log.rewards, log.propensities, passes=passes)
    return model.save(out, config={"contexts": "table", "passes": passes}, data=log.source)


def train_from_workspace(store: Any, out: Path, *, reward: str = "converted", epsilon: float = 0.1,
                         seed: int = 0, passes: int = 1, loss: str = "logistic",
                         tokens: bool | None = None) -> Path:
    """A bandit over the logged arms (channel x hour, and the product rank where the sends' arms
    picked it) from the workspace's sends that have outcomes, with the profile context each send
    logged (profile tokens crossed with the arms: off by default)."""
    from .bandit import BanditModel
    from .logs import workspace_log

    log, rows = workspace_log(store, reward)
    ctx, actions = workspace_contexts(log.action_names, rows)
    model = BanditModel(ctx.arm_names, epsilon, seed, loss=loss, tokens=bool(tokens))
    model.learn(ctx, actions, log.rewards, log.propensities, passes=passes)
    return model.save(out, config={"contexts": "profile", "passes": passes, "reward": reward},
                      data=log.source)


def workspace_contexts(action_names: list[str], rows: list[dict]) -> tuple[Contexts, np.ndarray]:
    """The contexts of logged sends (from each send's logged context) and their arm indices in
    them: channel x hour arms, expanded to product ranks when any logged arm or context has one
    (the chosen product's logged features at its rank; other ranks are zeros and never learnt)."""
    import json

    from .plan import arms_of, user_from_context
    from .products import PRODUCT_FEATURES, ProductArms, split_arm, with_products

    split = [split_arm(a) for a in action_names]
    bases = list(dict.fromkeys(b for b, _ in split))
    users = [user_from_context(r["user_id"], r["context"]) for r in rows]
    generic = {r["user_id"] for r in rows if (r["context"] or "{}") == "{}"}
    ctx = profile_contexts(users, arms_of(bases), generic)
    base_ix = np.array([bases.index(split_arm(r["arm"])[0]) for r in rows], np.int64)
    rank = np.array([split_arm(r["arm"])[1] for r in rows], np.int64)
    logged = [json.loads(r["context"] or "{}").get("product") for r in rows]
    if not rank.any() and not any(logged):
        return ctx, base_ix
    k = int(rank.max()) + 1
    F = np.zeros((len(rows), k, len(PRODUCT_FEATURES)), np.float32)
    for i, feats in enumerate(logged):
        F[i, rank[i]] = [float((feats or {}).get(f, 0.0)) for f in PRODUCT_FEATURES]
    pa = ProductArms([[] for _ in rows], F, np.ones((len(rows), k), bool))
    return with_products(ctx, pa), rank * len(bases) + base_ix
