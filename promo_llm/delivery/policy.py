"""Delivery policies behind one interface: a distribution over arms for each user, then a draw.

`probabilities(ctx, mask)` gives, per user, the probability of each arm (0 where the limits forbid
it); `draw` samples one arm per user with a draw that depends only on the seed and the user id, and
returns the arm and its probability, logged as the propensity for off-policy evaluation.

- uniform: every allowed arm equally likely (the clean exploration baseline);
- softmax: a channel by a softmax over the user's engagement on each allowed channel, at the
  allowed hour nearest the user's most active hour (the fixed policy used before learning), always
  with the targeting's top-1 product;
  on a log without profiles, a softmax over each action's reward rate in that log;
- bandit: epsilon-greedy over a learned model's scores (see bandit.py).
"""

from __future__ import annotations

import hashlib
from typing import Protocol, Sequence

import numpy as np

from .context import Contexts


class Policy(Protocol):
    name: str

    def probabilities(self, ctx: Contexts, mask: np.ndarray) -> np.ndarray: ...


def _normalise(p: np.ndarray) -> np.ndarray:
    s = p.sum(axis=1, keepdims=True)
    return np.divide(p, s, out=np.zeros_like(p), where=s > 0)


class UniformPolicy:
    name = "uniform"

    def probabilities(self, ctx: Contexts, mask: np.ndarray) -> np.ndarray:
        return _normalise(mask.astype(np.float64))


class SoftmaxPolicy:
    """Softmax over engagement (profile contexts) or over given per-arm rates (log contexts)."""

    name = "softmax"

    def __init__(self, temperature: float = 0.1, rates: Sequence[float] | None = None):
        self.temperature = float(temperature)
        self.rates = None if rates is None else np.asarray(rates, np.float64)

    def probabilities(self, ctx: Contexts, mask: np.ndarray) -> np.ndarray:
        if self.rates is not None:
            return _softmax(np.broadcast_to(self.rates, mask.shape), mask, self.temperature)
        from .products import arm_rank

        # the targeting's own product only (product arms: the top-1 block); softmax never picks another
        cols = np.flatnonzero(arm_rank(ctx) == 0)
        mask = mask[:, cols]
        eng = ctx.A[:, cols, ctx.arm_features.index("eng")].astype(np.float64)
        dist = ctx.A[:, cols, ctx.arm_features.index("hourdist")].astype(np.float64)
        channels = [ctx.arm_parts[c][0] for c in cols]
        # per channel, keep only the allowed arm nearest the user's peak hour (first on ties)
        keep = np.zeros_like(mask)
        for ch in dict.fromkeys(channels):
            sub = np.array([k for k, c in enumerate(channels) if c == ch])
            d = np.where(mask[:, sub], dist[:, sub], np.inf)
            best = sub[np.argmin(d, axis=1)]
            ok = np.isfinite(d.min(axis=1))
            keep[np.flatnonzero(ok), best[ok]] = True
        out = np.zeros((len(mask), len(ctx.arm_names)))
        out[:, cols] = _softmax(eng, keep, self.temperature)
        return out


def _softmax(score: np.ndarray, mask: np.ndarray, temperature: float) -> np.ndarray:
    z = np.where(mask, score / temperature, -np.inf)
    m = z.max(axis=1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    w = np.where(mask, np.exp(z - m), 0.0)
    return _normalise(w)


class BanditPolicy:
    """Epsilon-greedy over a bandit model's predicted costs (lower is better), allowed arms only.
    Epsilon: the given one, else the model's schedule at the data it has learnt from so far."""

    name = "bandit"

    def __init__(self, model, epsilon: float | None = None):
        self.model = model
        self.fixed_epsilon = None if epsilon is None else float(epsilon)

    @property
    def epsilon(self) -> float:
        return float(self.model.epsilon if self.fixed_epsilon is None else self.fixed_epsilon)

    def probabilities(self, ctx: Contexts, mask: np.ndarray) -> np.ndarray:
        return epsilon_greedy(self.model.scores(ctx), mask, self.epsilon)


def epsilon_greedy(costs: np.ndarray, mask: np.ndarray, epsilon: float) -> np.ndarray:
    """(1 - eps) on the lowest-cost allowed arm (first on ties), eps spread over allowed arms."""
    m = mask.sum(axis=1, keepdims=True).astype(np.float64)
    p = np.where(mask, epsilon / np.maximum(m, 1), 0.0)
    best = np.argmin(np.where(mask, costs, np.inf), axis=1)
    rows = np.flatnonzero(m[:, 0] > 0)
    p[rows, best[rows]] += 1.0 - epsilon
    return p


def uniforms(keys: Sequence[str], seed: int) -> np.ndarray:
    """One uniform number in [0, 1) per key, a function of (seed, key) only."""
    out = np.empty(len(keys))
    for i, k in enumerate(keys):
        out[i] = int.from_bytes(hashlib.blake2b(f"{seed}:{k}".encode(), digest_size=8).digest(),
                                "big") / 2.0 ** 64
    return out


def draw(probs: np.ndarray, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sample arm indices by inverse CDF with the given uniforms; returns (arms, propensities)."""
    cum = np.cumsum(probs, axis=1)
    target = u * cum[:, -1]
    idx = np.minimum((cum <= target[:, None]).sum(axis=1), probs.shape[1] - 1)
    # never land on a zero-probability arm through rounding
    bad = probs[np.arange(len(idx)), idx] <= 0
    if bad.any():
        idx[bad] = np.argmax(probs[bad], axis=1)
    return idx, probs[np.arange(len(idx)), idx]


def make_policy(name: str, *, temperature: float = 0.1, model_dir: str | None = None,
                epsilon: float | None = None) -> Policy:
    """The policy named in a campaign's `delivery.policy` (bandit: loads `model_dir`)."""
    if name == "uniform":
        return UniformPolicy()
    if name == "softmax":
        return SoftmaxPolicy(temperature)
    from .bandit import BanditModel

    return BanditPolicy(BanditModel.load(model_dir), epsilon)
