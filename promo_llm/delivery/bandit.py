"""A reward-model contextual bandit for delivery: Vowpal Wabbit learns P(reward | context, arm),
the policy is epsilon-greedy over its predictions, scored vectorised.

Learning (the direct method): each logged decision is one Vowpal Wabbit example whose features
describe the context *and the arm that was chosen*, labelled +1 / -1 (rewarded or not) under the
logistic loss (or the reward itself under the squared loss). Features of (context, arm):

- the arm's biases: its parts (`ch=sms`, `h=20`), or its name for arms with no parts (log actions);
- the per-(user, arm) numbers shared by all arms (`eng`, `leng`, `hourfit`, `hourdist`, ...: one
  weight each, so what is learnt on one arm carries over to every other);
- optionally (`tokens=True`) the user's context tokens crossed with each arm part (`ch=sms^seg=vip`).

Examples weigh the same (`weighting="none"`), or 1 / propensity capped at `MAX_WEIGHT` and
normalised to mean 1 (`"ips"`: the fit aims at the uniform design instead of the logged one).

To choose, the model predicts every allowed arm for each user and puts 1 - epsilon on the best,
epsilon spread uniformly over the allowed arms. Epsilon shrinks with the amount of logged data:
`epsilon_at(n) = max(epsilon_min, epsilon * min(1, decay_after / n))` (see `Exploration`); the
drawn arm's probability under exactly this distribution is what a send logs as its propensity.

Scoring many users does not go through Vowpal Wabbit's text parser: the model is linear, so its
learned weights are read once (by the same hashed feature names) and applied as matrix products;
`vw_scores` asks Vowpal Wabbit itself, and tests check both agree. A model is a folder: `model.vw`
and `manifest.json` (arms, loss, features, exploration schedule, Vowpal Wabbit arguments, counts).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import UserError
from .context import Contexts

VW_BITS = 22
LOSSES = ("logistic", "squared")
MAX_WEIGHT = 50.0


@dataclass(frozen=True)
class Exploration:
    """Epsilon as a function of the number of logged decisions learnt from."""

    epsilon: float = 0.1
    """Exploration while the model has seen at most `decay_after` decisions."""
    epsilon_min: float = 0.01
    decay_after: int = 1500
    """Beyond this many decisions epsilon shrinks as 1 / n (half at twice as many, ...)."""

    def at(self, n: int) -> float:
        return max(self.epsilon_min, self.epsilon * min(1.0, self.decay_after / max(int(n), 1)))


class BanditModel:
    def __init__(self, arms: Sequence[str], epsilon: float = 0.1, seed: int = 0, *,
                 loss: str = "logistic", tokens: bool = False, weighting: str = "none",
                 epsilon_min: float = 0.01, decay_after: int = 1500, vw: Any = None, info: dict[str, Any] | None = None):
        from vowpalwabbit import Workspace

        if loss not in LOSSES:
            raise UserError(f"loss: expected one of {', '.join(LOSSES)}, got {loss!r}")
        self.arms = list(arms)
        self.seed = int(seed)
        self.loss = loss
        self.tokens = bool(tokens)
        if weighting not in ("none", "ips"):
            raise UserError(f"weighting: expected none or ips, got {weighting!r}")
        self.weighting = weighting
        self.exploration = Exploration(float(epsilon), min(float(epsilon_min), float(epsilon)), int(decay_after))
        self.args = f"--loss_function {loss} --noconstant -b {VW_BITS} --random_seed {self.seed} --quiet"
        self.vw = vw or Workspace(self.args)
        self.info = dict(info or {"n_examples": 0, "sources": []})
        self._ns = self.vw.hash_space("a")
        self._cache: dict[str, float] = {}

    @property
    def epsilon(self) -> float:
        """The exploration the policy uses now (the schedule at the data learnt from so far)."""
        return self.exploration.at(self.info["n_examples"])

    # --- examples -------------------------------------------------------------------------------
    @staticmethod
    def _biases(ctx: Contexts, k: int) -> tuple[str, ...]:
        return ctx.arm_parts[k] or (ctx.arm_names[k],)

    def features(self, ctx: Contexts, i: int, k: int) -> list[tuple[str, float]]:
        """The (name, value) features of user row `i` with arm `k` (zeros left out)."""
        parts = self._biases(ctx, k)
        feats = [(p, 1.0) for p in parts]
        feats += [(name, float(v)) for name, v in zip(ctx.all_features, ctx.arm_numbers(i, k)) if v != 0]
        if self.tokens:
            toks = [(ctx.tokens[c], float(ctx.X[i, c])) for c in np.flatnonzero(ctx.X[i])]
            feats += [(f"{p}^{t}", v) for p in parts for t, v in toks]
        return feats

    def example(self, ctx: Contexts, i: int, k: int, reward: float | None = None,
                weight: float = 1.0) -> str:
        """Vowpal Wabbit text for (row i, arm k); with `reward`, labelled for learning."""
        head = ""
        if reward is not None:
            head = f"{1 if reward > 0 else -1}" if self.loss == "logistic" else f"{float(reward):.9g}"
            head += f" {weight:.9g} " if weight != 1.0 else " "
        return head + "|a " + " ".join(f"{n}:{v:.9g}" for n, v in self.features(ctx, i, k))

    # --- learning -------------------------------------------------------------------------------
    def learn(self, ctx: Contexts, actions: np.ndarray, rewards: np.ndarray,
              propensities: np.ndarray | None = None, passes: int = 1) -> None:
        """`passes` passes over logged decisions, in order (the direct method: the logged
        propensities are not needed to fit the reward model; they are kept for evaluation).
        Arms are known by name; new ones are added."""
        self.arms += [a for a in ctx.arm_names if a not in self.arms]
        w = np.ones(len(ctx))
        if self.weighting == "ips" and propensities is not None:
            w = np.minimum(1.0 / np.maximum(np.asarray(propensities, np.float64), 1e-9), MAX_WEIGHT)
            w = w / w.mean()
        lines = [self.example(ctx, i, int(actions[i]), float(rewards[i]), float(w[i])) for i in range(len(ctx))]
        for _ in range(max(1, int(passes))):
            for line in lines:
                self.vw.learn(line)
        self.info["n_examples"] += len(ctx)
        self._cache.clear()

    # --- scoring --------------------------------------------------------------------------------
    def _w(self, names: list[str]) -> np.ndarray:
        out = np.empty(len(names))
        for i, n in enumerate(names):
            w = self._cache.get(n)
            if w is None:
                w = self._cache[n] = self.vw.get_weight(self.vw.hash_feature(n, self._ns))
            out[i] = w
        return out

    def predictions(self, ctx: Contexts) -> np.ndarray:
        """(n, n_arms) the model's linear prediction for each (user, arm), vectorised: the logit of
        P(reward) under the logistic loss, the expected reward under the squared loss. An arm the
        model never saw is scored from the features it shares with the others."""
        k = len(ctx.arm_names)
        bias = np.array([self._w(list(self._biases(ctx, a))).sum() for a in range(k)])
        out = np.broadcast_to(bias, (len(ctx), k)).copy()
        reps = k // ctx.n_base  # product ranks (1 without product arms); arms are rank-major
        if ctx.arm_features:
            out += np.tile(ctx.A.astype(np.float64) @ self._w(list(ctx.arm_features)), (1, reps))
        if ctx.P is not None and ctx.product_features:
            out += np.repeat(ctx.P.astype(np.float64) @ self._w(list(ctx.product_features)), ctx.n_base, axis=1)
        if self.tokens and ctx.tokens:
            wc = np.zeros((len(ctx.tokens), k))
            for a in range(k):
                for part in self._biases(ctx, a):
                    wc[:, a] += self._w([f"{part}^{t}" for t in ctx.tokens])
            out += ctx.X.astype(np.float64) @ wc
        return out

    def scores(self, ctx: Contexts) -> np.ndarray:
        """(n, n_arms) cost of each arm (minus the prediction; lower is better)."""
        return -self.predictions(ctx)

    def vw_scores(self, ctx: Contexts, rows: Sequence[int]) -> np.ndarray:
        """Vowpal Wabbit's own predictions for every arm of `rows`, example by example."""
        return np.array([[self.vw.predict(self.example(ctx, i, k)) for k in range(len(ctx.arm_names))]
                         for i in rows], np.float64)

    # --- persistence ----------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"arms": self.arms, "loss": self.loss, "tokens": self.tokens, "weighting": self.weighting,
                "exploration": asdict(self.exploration), "vw_args": self.args}

    def save(self, folder: str | Path, *, config: dict[str, Any] | None = None,
             data: dict[str, Any] | None = None) -> Path:
        from vowpalwabbit import __version__ as vw_version

        from ..manifest import build_manifest

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.vw.save(str(folder / "model.vw"))
        training = {**self.info, "epsilon_now": self.epsilon}
        manifest = build_manifest(kind="delivery_bandit", config={**self.config(), **(config or {})},
                                  seed=self.seed, data=data or {}, extra={"training": training})
        manifest["packages"]["vowpalwabbit"] = vw_version
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        return folder

    @classmethod
    def load(cls, folder: str | Path | None) -> "BanditModel":
        from vowpalwabbit import Workspace

        folder = Path(folder or "")
        if not (folder / "model.vw").is_file() or not (folder / "manifest.json").is_file():
            raise UserError(f"{folder}: not a bandit model folder (model.vw and manifest.json)")
        m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        cfg = m["config"]
        if "loss" not in cfg:
            raise UserError(f"{folder}: a bandit model of an older format (no reward model); "
                            "train it again with `promo-llm deliver train`")
        ex = cfg["exploration"]
        vw = Workspace(f"-i {folder / 'model.vw'} --quiet")
        info = {k: v for k, v in (m.get("training") or {}).items() if k != "epsilon_now"}
        model = cls(cfg["arms"], ex["epsilon"], m.get("seed") or 0, loss=cfg["loss"], tokens=cfg["tokens"],
                    weighting=cfg.get("weighting", "none"), epsilon_min=ex["epsilon_min"],
                    decay_after=ex["decay_after"], vw=vw, info=info)
        model.manifest = m
        return model
