"""A contextual bandit for delivery: Vowpal Wabbit's `cb_explore_adf`, scored vectorised.

Vowpal Wabbit learns from logged decisions (context, arm, propensity, reward; cost = -reward) with
its multi-task regression (`--cb_type mtr`) over action-dependent features (context.py). Choosing
arms for many users at once does not go through Vowpal Wabbit's text parser: the model is linear,
so its learned weights are read once per batch (by the same hashed feature names) and applied as
matrix products; `vw_probabilities` asks Vowpal Wabbit itself, and tests check both agree.
A model is a folder: `model.vw` and `manifest.json` (arms, exploration, Vowpal Wabbit arguments,
training data and counts).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import UserError
from .context import Contexts

VW_BITS = 22


class BanditModel:
    def __init__(self, arms: Sequence[str], epsilon: float = 0.1, seed: int = 0, *,
                 vw: Any = None, info: dict[str, Any] | None = None):
        from vowpalwabbit import Workspace

        self.arms = list(arms)
        self.epsilon = float(epsilon)
        self.seed = int(seed)
        self.args = (f"--cb_explore_adf --cb_type mtr --epsilon {self.epsilon} --noconstant "
                     f"-b {VW_BITS} --random_seed {self.seed} --quiet")
        self.vw = vw or Workspace(self.args)
        self.info = dict(info or {"n_examples": 0, "sources": []})
        self._ns = self.vw.hash_space("a")
        self._cache: dict[str, float] = {}

    # --- learning -------------------------------------------------------------------------------
    def learn(self, ctx: Contexts, actions: np.ndarray, rewards: np.ndarray,
              propensities: np.ndarray) -> None:
        """One pass over logged decisions, in order (arms are known by name; new ones are added)."""
        self.arms += [a for a in ctx.arm_names if a not in self.arms]
        for i in range(len(ctx)):
            label = (int(actions[i]), -float(rewards[i]), float(propensities[i]))
            self.vw.learn(ctx.vw_lines(i, label))
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

    def scores(self, ctx: Contexts) -> np.ndarray:
        """(n, n_arms) predicted cost of each of the context's arms (lower is better), vectorised.
        Arms are known by name: an arm the model never saw scores from the features it shares."""
        k, c, j = len(ctx.arm_names), len(ctx.tokens), len(ctx.arm_features)
        bias = self._w(ctx.arm_names)
        wc = np.zeros((c, k))
        wa = np.zeros((k, j))
        for a, arm in enumerate(ctx.arm_names):
            for part in (arm, *ctx.arm_parts[a]):
                wc[:, a] += self._w([f"{part}^{t}" for t in ctx.tokens])
            wa[a] = self._w(list(ctx.arm_features))
            for part in ctx.arm_parts[a]:
                wa[a] += self._w([f"{part}^{f}" for f in ctx.arm_features])
        out = bias[None, :] + ctx.X.astype(np.float64) @ wc
        if j:
            out += np.einsum("nkj,kj->nk", ctx.A.astype(np.float64), wa)
        return out

    def vw_probabilities(self, ctx: Contexts, rows: Sequence[int]) -> np.ndarray:
        """Vowpal Wabbit's own exploration distribution for `rows` (all arms allowed)."""
        return np.array([self.vw.predict(ctx.vw_lines(i)) for i in rows], np.float64)

    # --- persistence ----------------------------------------------------------------------------
    def save(self, folder: str | Path, *, config: dict[str, Any] | None = None,
             data: dict[str, Any] | None = None) -> Path:
        from ..manifest import build_manifest

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.vw.save(str(folder / "model.vw"))
        manifest = build_manifest(
            kind="delivery_bandit", config={"arms": self.arms, "epsilon": self.epsilon,
                                            "vw_args": self.args, **(config or {})},
            seed=self.seed, data=data or {}, extra={"training": self.info})
        from vowpalwabbit import __version__ as vw_version

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
        vw = Workspace(f"-i {folder / 'model.vw'} --quiet")
        model = cls(cfg["arms"], cfg["epsilon"], m.get("seed") or 0, vw=vw, info=m.get("training"))
        model.manifest = m
        return model
