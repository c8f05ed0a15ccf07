"""Off-policy evaluation: a target policy's expected reward from logged bandit feedback.

Given n logged decisions (action a_i, reward r_i, logging propensity p_i), a target policy's
probability of every action for every row `pi` (n, K) and a reward model `q` (n, K):

- IPS   = mean(w_i r_i), with w_i = pi[i, a_i] / p_i
- SNIPS = sum(w_i r_i) / sum(w_i)
- DR    = mean(sum_a pi[i, a] q[i, a] + w_i (r_i - q[i, a_i]))

Intervals are percentile bootstrap 95% intervals over rows (the reward model is held fixed across
resamples). The reward model here is the log's click rate per (action, position), shrunk toward
the log's overall rate with `prior_rows` pseudo-rows; it is fitted on the same rows it is used on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

ESTIMATORS = ("ips", "snips", "dr")


@dataclass
class Logged:
    """Logged bandit feedback: actions index `action_names`."""

    actions: np.ndarray
    rewards: np.ndarray
    propensities: np.ndarray
    action_names: list[str]
    positions: np.ndarray | None = None
    context: dict[str, np.ndarray] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.actions)

    @property
    def n_actions(self) -> int:
        return len(self.action_names)


def reward_model(log: Logged, prior_rows: float = 10.0) -> np.ndarray:
    """(n, K) predicted reward: per (action, position) rate shrunk toward the overall rate."""
    k = log.n_actions
    pos = log.positions if log.positions is not None else np.zeros(len(log), int)
    _, pos_idx = np.unique(pos, return_inverse=True)
    n_pos = int(pos_idx.max()) + 1 if len(pos_idx) else 1
    cell = pos_idx * k + log.actions
    clicks = np.bincount(cell, weights=log.rewards, minlength=n_pos * k)
    counts = np.bincount(cell, minlength=n_pos * k)
    overall = float(log.rewards.mean()) if len(log) else 0.0
    rate = ((clicks + prior_rows * overall) / (counts + prior_rows)).reshape(n_pos, k)
    return rate[pos_idx]


def row_terms(log: Logged, pi: np.ndarray, q: np.ndarray) -> dict[str, np.ndarray]:
    """Per-row quantities every estimator averages: w*r, w, and the DR term."""
    rows = np.arange(len(log))
    w = pi[rows, log.actions] / log.propensities
    dr = (pi * q).sum(axis=1) + w * (log.rewards - q[rows, log.actions])
    return {"wr": w * log.rewards, "w": w, "dr": dr}


def estimates(terms: dict[str, np.ndarray]) -> dict[str, float]:
    ws = float(terms["w"].sum())
    return {"ips": float(terms["wr"].mean()), "snips": float(terms["wr"].sum() / ws) if ws > 0 else 0.0,
            "dr": float(terms["dr"].mean())}


def bootstrap(terms: dict[str, np.ndarray], n_boot: int = 1000, seed: int = 0,
              chunk: int = 100) -> dict[str, list[float]]:
    """Percentile bootstrap 95% interval of each estimator, resampling rows."""
    rng = np.random.default_rng(seed)
    n = len(terms["w"])
    draws: dict[str, list[np.ndarray]] = {k: [] for k in ESTIMATORS}
    for start in range(0, n_boot, chunk):
        idx = rng.integers(0, n, size=(min(chunk, n_boot - start), n))
        wr, w, dr = terms["wr"][idx], terms["w"][idx], terms["dr"][idx]
        draws["ips"].append(wr.mean(axis=1))
        ws = w.sum(axis=1)  # a resample with no weight at all: SNIPS taken as 0
        draws["snips"].append(np.divide(wr.sum(axis=1), ws, out=np.zeros_like(ws), where=ws > 0))
        draws["dr"].append(dr.mean(axis=1))
    return {k: [float(x) for x in np.percentile(np.concatenate(v), [2.5, 97.5])]
            for k, v in draws.items()}


def evaluate(log: Logged, pi: np.ndarray, q: np.ndarray | None = None, *, n_boot: int = 1000,
             seed: int = 0) -> dict[str, Any]:
    """IPS, SNIPS and DR of the target distribution `pi` on `log`, with bootstrap intervals."""
    if pi.shape != (len(log), log.n_actions):
        raise ValueError(f"pi must be (n, K) = ({len(log)}, {log.n_actions}), got {pi.shape}")
    q = reward_model(log) if q is None else q
    terms = row_terms(log, pi, q)
    return {"n": len(log), **estimates(terms), "ci": bootstrap(terms, n_boot, seed),
            "logged_reward": float(log.rewards.mean()) if len(log) else 0.0}


# --- target distributions for logs ----------------------------------------------------------------

def uniform_pi(log: Logged) -> np.ndarray:
    return np.full((len(log), log.n_actions), 1.0 / log.n_actions)


def logging_pi(log: Logged) -> np.ndarray:
    """The logging policy as far as the log shows it: the logged action's propensity; the rest of
    each row's mass spread over the other actions in proportion to how often the log took them
    (only the doubly robust estimator's model term reads that part)."""
    n, k = len(log), log.n_actions
    freq = np.bincount(log.actions, minlength=k).astype(np.float64)
    rows = np.arange(n)
    other = np.broadcast_to(freq, (n, k)).copy()
    other[rows, log.actions] = 0.0
    other /= np.maximum(other.sum(axis=1, keepdims=True), 1e-300)
    pi = other * (1.0 - log.propensities)[:, None]
    pi[rows, log.actions] = log.propensities
    return pi


def action_rates(log: Logged, prior_rows: float = 10.0) -> np.ndarray:
    """Each action's reward rate in the log, shrunk toward the overall rate."""
    clicks = np.bincount(log.actions, weights=log.rewards, minlength=log.n_actions)
    counts = np.bincount(log.actions, minlength=log.n_actions)
    overall = float(log.rewards.mean()) if len(log) else 0.0
    return (clicks + prior_rows * overall) / (counts + prior_rows)
