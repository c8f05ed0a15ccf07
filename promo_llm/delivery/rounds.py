"""Rounds of delivery against a response model: does a policy that learns beat a fixed one?

Each round, every policy chooses an arm (channel x local hour) for each user among the arms the
limits allow (consent, quiet hours), outcomes are drawn from the true conversion probability of
the chosen arm, and a learning policy (the bandit) learns from its own logged decisions before the
next round. A policy's figure for a round is the mean *true* probability of the arms it chose
(no outcome noise). The copy is held fixed, so no text is generated.

`Truth` is any callable giving true conversion probabilities (users x arms); `simulator_truth`
adapts the sample shop's response simulator (feedback.simulator), which alone reads the shop's
latent truth. A bandit with no data yet explores uniformly (or half softmax, half uniform).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from ..records import UserProfile
from .context import profile_contexts
from .limits import Arm, consented, is_quiet
from .policy import BanditPolicy, SoftmaxPolicy, UniformPolicy, draw, uniforms

Truth = Callable[[Sequence[UserProfile], Sequence[Arm]], np.ndarray]


@dataclass
class RoundsResult:
    policies: list[str]
    values: np.ndarray
    """(n_seeds, n_rounds, n_policies) mean true conversion of the chosen arms."""

    def summary(self, round_index: int = -1) -> dict[str, dict[str, float]]:
        """Per policy: mean over seeds and a 95% t-interval of the mean (for `round_index`)."""
        from scipy import stats

        v = self.values[:, round_index, :]
        n = v.shape[0]
        half = stats.t.ppf(0.975, n - 1) * v.std(axis=0, ddof=1) / np.sqrt(n) if n > 1 else np.zeros(v.shape[1])
        return {p: {"mean": float(v[:, k].mean()), "ci": [float(v[:, k].mean() - half[k]),
                                                           float(v[:, k].mean() + half[k])]}
                for k, p in enumerate(self.policies)}


def allowed_mask(users: Sequence[UserProfile], arms: Sequence[Arm],
                 quiet_hours: dict[str, Sequence[int]]) -> np.ndarray:
    return np.array([[consented(u, a.channel) and not is_quiet(a.hour, quiet_hours.get(a.channel, (0, 0)))
                      for a in arms] for u in users], bool).reshape(len(users), len(arms))


def run_rounds(users: Sequence[UserProfile], arms: Sequence[Arm], truth: np.ndarray, mask: np.ndarray, *,
               rounds: int = 5, seeds: Sequence[int] = range(5), epsilon: float = 0.1,
               temperature: float = 0.1, per_round: int | None = None,
               progress: Callable[[str], Any] = lambda s: None,
               signal: np.ndarray | None = None, bandit: dict[str, Any] | None = None,
               refit_passes: int = 0, first: str = "uniform",
               products: ProductRounds | None = None) -> RoundsResult:
    """uniform, softmax and bandit over `rounds` rounds for each seed (see the module docstring).
    `per_round`: users drawn (without replacement, per seed and round) into each round.
    `signal`: true probabilities of the outcome the bandit learns from (default `truth`; e.g.
    P(open), the outcome the arm moves, observed far more often than a purchase).
    `bandit`: keyword arguments of `BanditModel` (loss, tokens, epsilon_min, decay_after).
    `refit_passes`: 0 = the bandit learns each round's decisions online, one pass; n > 0 = it is
    refitted from scratch each round on all decisions logged so far, n passes in a shuffled order.
    `first`: the bandit's first round, before it has data: `uniform`, or `mix` (half softmax,
    half uniform).
    `products`: adds `bandit+product`, a second bandit whose arms also pick the product among the
    user's top-k (its own truth, outcome and model; same users, rows and round keys; its outcome
    draws from a generator of its own, so the other policies' figures do not move)."""
    from .bandit import BanditModel

    keep = mask.any(axis=1)
    users = [u for u, k in zip(users, keep) if k]
    signal = truth[keep] if signal is None else signal[keep]
    truth, mask = truth[keep], mask[keep]
    ctx_all = profile_contexts(users, arms)
    names = ["uniform", "softmax", "bandit"]
    prod = products.prepare(ctx_all, keep) if products is not None else None
    names += ["bandit+product"] if prod is not None else []
    values = np.zeros((len(seeds), rounds, len(names)))
    new_model = lambda seed: BanditModel(ctx_all.arm_names, epsilon, seed, **(bandit or {}))  # noqa: E731
    for si, seed in enumerate(seeds):
        model = new_model(seed)
        policies = [UniformPolicy(), SoftmaxPolicy(temperature), BanditPolicy(model)]
        rng = np.random.default_rng(seed)
        log: list[tuple[np.ndarray, ...]] = []
        pmodel = BanditModel(prod.ctx.arm_names, epsilon, seed, **(prod.bandit or {})) if prod else None
        prng = np.random.default_rng([seed, 1])
        for r in range(rounds):
            rows = np.sort(rng.choice(len(users), size=min(per_round or len(users), len(users)), replace=False))
            ctx = subset(ctx_all, rows)
            if prod is not None:
                values[si, r, 3] = prod.round(pmodel, rows, r, seed, prng, first, temperature)
            for k, pol in enumerate(policies):
                if pol.name == "bandit" and model.info["n_examples"] == 0:
                    probs = first_round(first, ctx, mask[rows], temperature)
                else:
                    probs = pol.probabilities(ctx, mask[rows])
                idx, prop = draw(probs, uniforms([f"{r}:{pol.name}:{i}" for i in ctx.ids], seed))
                values[si, r, k] = truth[rows, idx].mean()
                if pol.name != "bandit":
                    continue
                reward = (rng.random(len(rows)) < signal[rows, idx]).astype(float)
                if not refit_passes:
                    model.learn(ctx, idx, reward, prop)
                    continue
                log.append((rows, idx, reward, prop))
                order = rng.permutation(sum(len(x[0]) for x in log))
                every = [np.concatenate([x[j] for x in log])[order] for j in range(4)]
                model = policies[k].model = new_model(seed)
                model.learn(subset(ctx_all, every[0]), every[1], every[2], every[3], passes=refit_passes)
            progress(f"seed {seed} round {r + 1}: " + ", ".join(
                f"{n} {values[si, r, k]:.4f}" for k, n in enumerate(names)))
    return RoundsResult(names, values)


@dataclass
class ProductRounds:
    """The product-arm bandit of `run_rounds`: its arms (channel x hour x product rank, as
    `products.with_products` lays them out), per user of `run_rounds`' users (before the users with
    no allowed arm are dropped)."""

    pa: Any
    """products.ProductArms of the users."""
    truth: np.ndarray
    """(users, arms x k) true P(purchase) of each product arm."""
    mask: np.ndarray
    """(users, arms x k) allowed product arms."""
    signal: np.ndarray | None = None
    """(users, arms x k) P(outcome the bandit learns from); default `truth`."""
    bandit: dict[str, Any] | None = None
    ctx: Any = None

    def prepare(self, ctx_base, keep: np.ndarray) -> "ProductRounds":
        from .products import ProductArms, with_products

        pa = ProductArms([x for x, k in zip(self.pa.items, keep) if k], self.pa.F[keep], self.pa.mask[keep])
        signal = self.truth if self.signal is None else self.signal
        return ProductRounds(pa, self.truth[keep], self.mask[keep], signal[keep], self.bandit,
                             with_products(ctx_base, pa))

    def round(self, model, rows: np.ndarray, r: int, seed: int, rng, first: str, temperature: float) -> float:
        """One round: choose, score by the truth, learn from drawn outcomes; the mean truth."""
        ctx, mask = subset(self.ctx, rows), self.mask[rows]
        if model.info["n_examples"] == 0:
            probs = first_round(first, ctx, mask, temperature)
        else:
            probs = BanditPolicy(model).probabilities(ctx, mask)
        idx, prop = draw(probs, uniforms([f"{r}:bandit+product:{i}" for i in ctx.ids], seed))
        model.learn(ctx, idx, (rng.random(len(rows)) < self.signal[rows, idx]).astype(float), prop)
        return float(self.truth[rows, idx].mean())


def first_round(first: str, ctx, mask: np.ndarray, temperature: float) -> np.ndarray:
    """The bandit's distribution before it has data: uniform, or half softmax and half uniform."""
    if first not in ("uniform", "mix"):
        raise ValueError(f"first: expected uniform or mix, got {first!r}")
    uniform = UniformPolicy().probabilities(ctx, mask)
    if first == "uniform":
        return uniform
    return 0.5 * uniform + 0.5 * SoftmaxPolicy(temperature).probabilities(ctx, mask)


def subset(ctx, rows: np.ndarray):
    from .context import Contexts

    return Contexts([ctx.ids[i] for i in rows], ctx.tokens, ctx.X[rows], ctx.arm_names, ctx.arm_parts,
                    ctx.arm_features, ctx.A[rows], ctx.arm_rank, None if ctx.P is None else ctx.P[rows],
                    ctx.product_features)


def simulator_truth(shop_dir: Any, users: Sequence[UserProfile], arms: Sequence[Arm],
                    items: dict[str, str] | dict[str, list[str]], copy: Callable[[str], str],
                    discount: Callable[[str], float | None]) -> tuple[np.ndarray, ...]:
    """(users, arms) P(purchase) and P(open) of the sample shop's response simulator, copy held
    fixed per item (`copy(item_id)`), no earlier sends (no fatigue); with a list of products per
    user (best first), the arms are channel x hour x product rank, rank-major (products.py), a
    missing rank scored as the user's first product, and P(click) comes third."""
    from ..feedback.simulator import Send, Simulator

    lists = {u: ([v] if isinstance(v, str) else list(v)) for u, v in items.items()}
    k = max((len(v) for v in lists.values()), default=1)
    sim = Simulator.from_shop(shop_dir)
    ranked = [[(lists[u.user_id] + lists[u.user_id][:1] * k)[j] for j in range(k)] for u in users]
    sends = [Send(user_id=u.user_id, item_id=its[j], channel=a.channel, hour=a.hour,
                  copy=copy(its[j]), discount_pct=discount(its[j]), locale=u.locale)
             for u, its in zip(users, ranked) for j in range(k) for a in arms]
    p = sim.probabilities(sends)
    shape = (len(users), len(arms) * k)
    out = (p.convert.reshape(shape), p.open.reshape(shape))
    return out if all(isinstance(v, str) for v in items.values()) else out + (p.click.reshape(shape),)
