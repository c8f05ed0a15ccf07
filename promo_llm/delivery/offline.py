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
    """A bandit over channel x hour arms from the workspace's sends that have outcomes, with the
    profile context each send logged (profile tokens crossed with the arms: off by default)."""
    from .bandit import BanditModel
    from .logs import workspace_log
    from .plan import arms_of, user_from_context

    log, rows = workspace_log(store, reward)
    users = [user_from_context(r["user_id"], r["context"]) for r in rows]
    generic = {r["user_id"] for r in rows if (r["context"] or "{}") == "{}"}
    ctx = profile_contexts(users, arms_of(log.action_names), generic)
    model = BanditModel(ctx.arm_names, epsilon, seed, loss=loss, tokens=bool(tokens))
    model.learn(ctx, log.actions, log.rewards, log.propensities, passes=passes)
    return model.save(out, config={"contexts": "profile", "passes": passes, "reward": reward},
                      data=log.source)
