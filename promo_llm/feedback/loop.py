"""The closed loop on the sample shop: generate -> pick -> simulate -> train -> generate again.

Each round runs the campaign once (a new send date, a new sampling seed) with the prior reranker,
which gives every brief's passing candidates. Three rerankers then pick from the SAME passing
candidates: the trained conversion model, a random pick, and the prior. Each pick is scored with
the simulator's true P(conversion) (no draw), so the figure measures the rerankers, not the noise
of a draw. Per seed, the trained arm's own sends get drawn outcomes (opens, clicks, purchases),
join that seed's history, and the model is refitted on it for the next round (round 0 has no
model: the prior picks). Seeds vary the draws, the random pick and the model's splits; the
candidates are shared, generated once a round and saved (`loop_cache`), so `reuse` replays the
learning without generating again.

Writes loop.json (per round and seed, the last model's report, `held_out`: that model on every
passing candidate of the last round, which it never saw, with every seed's last model and the
prior against the truth, and `diagnosis`: ceilings, signal
variation, the fitted-on-truth oracle, see `loop_eval`), a table, loop.png (true conversion per
round, mean and 95% interval over seeds) and reliability.png (the held-out check against the
simulator's true P(conversion)). The table's `best` is the mean true conversion of each brief's
best passing candidate: the ceiling any reranker could reach on these candidates.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..config import load_config, opt
from ..errors import ConfigError, UserError
from .loop_eval import _send, diagnose, holdout_calibration
from .simulator import Simulator

ARMS = ("trained", "random", "prior")


@dataclass
class LoopConfig:
    campaign: str = opt("campaign.yaml", "campaign YAML, relative to this file")
    set: list[str] = opt([], "campaign overrides KEY=VALUE, e.g. max_users=120")
    rounds: int = opt(3, "rounds after round 0 (each: simulate -> train -> generate)")
    seeds: int = opt(5, "seeds over the draws, the random pick and the model's splits")
    first_seed: int = opt(0, "the first of those seeds (first_seed, first_seed + 1, ...): another value gives "
                             "draws independent of the default run's, e.g. to check a setting chosen on it")
    days_between: int = opt(8, "days between rounds' send dates")
    explore: float = opt(0.0, "share of the trained arm's sends given to a random passing candidate "
                              "(its measured conversion includes them)")
    out: str = opt("out/loop", "output folder (relative to the working directory)")
    text: str = opt("features", "the model's text representation: features (the copy features), ngrams (plus "
                                "hashed word n-grams) or auto (whichever has the lower held-out log loss)")
    c: str = opt("auto", "inverse L2 strength of the model's logistic regressions: a positive number, or auto "
                        "(chosen by cross-validated log loss on each fit's training rows)")
    prior_weight: float = opt(1.0, "scale of the prior's logit among the model's inputs: above 1 the model "
                                   "leans on the prior and L2 shrinks only the learned corrections")
    copy: str = opt("all", "the copy as the model sees it: all (absolute copy features and their differences "
                           "from the brief's other candidates) or relative (the differences only)")
    reuse: bool = opt(False, "load each round's candidates saved by an earlier loop with the same campaign, "
                             "shop and model (<out>/candidates/) instead of generating them again")

    def __post_init__(self) -> None:
        if int(self.rounds) < 1 or int(self.seeds) < 2:
            raise ConfigError("rounds must be >= 1 and seeds >= 2")
        if int(self.first_seed) < 0:
            raise ConfigError(f"first_seed must be >= 0, not {self.first_seed!r}")
        if self.text not in ("features", "ngrams", "auto"):
            raise ConfigError(f"text must be features, ngrams or auto, not {self.text!r}")
        if self.c != "auto":
            try:
                ok = float(self.c) > 0
            except ValueError:
                ok = False
            if not ok:
                raise ConfigError(f"c must be auto or a positive number, not {self.c!r}")
        if self.copy not in ("all", "relative"):
            raise ConfigError(f"copy must be all or relative, not {self.copy!r}")


@dataclass
class LoopResult:
    rows: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    table: str
    out_dir: Path
    last_report: dict[str, Any] = field(default_factory=dict)
    holdout: dict[str, Any] = field(default_factory=dict)


class LoopState:
    """Per seed: the trained arm's history of sends with drawn outcomes, and its current model."""

    def __init__(self, seeds: Sequence[int], log=lambda m: None, fit_options: dict[str, Any] | None = None,
                 explore: float = 0.0):
        from ..rerank.model import TrainingSet

        self.seeds, self.log, self.fit_options, self.explore = list(seeds), log, fit_options or {}, explore
        self.history = {s: TrainingSet([], [], np.zeros(0, int), np.zeros(0, int), np.zeros(0), [], np.zeros(0, int))
                        for s in seeds}
        self.models: dict[int, Any] = {}
        self.rows: list[dict[str, Any]] = []
        self.last_report: dict[str, Any] = {}
        self.holdouts: dict[int, dict[str, Any]] = {}

    @property
    def holdout(self) -> dict[str, Any]:
        """The first seed's last model on sends it never saw, with every seed's model and prior
        against the truth (`per_seed`) and their mean."""
        if not self.holdouts:
            return {}
        first = self.holdouts[min(self.holdouts)]
        per = [{"seed": s, "model": h["vs_truth"]["model"], "prior": h["vs_truth"]["prior"]}
               for s, h in sorted(self.holdouts.items()) if h]
        mean = {side: {k: float(np.mean([p[side][k] for p in per])) for k in ("auc", "log_loss", "ece")}
                for side in ("model", "prior")}
        return {**first, "per_seed": per, "mean_over_seeds": mean}

    def _pick_trained(self, s: int, briefs: Sequence[tuple]) -> list[int]:
        model = self.models.get(s)
        if model is None:  # no model yet: the prior picks
            return [0] * len(briefs)
        picks = []
        for _, _, sc in briefs:
            feats, copies = [dict(x.features) for x in sc], [x.copy for x in sc]
            p = model.predict(feats, copies)["convert"]
            raw_c, raw_b = model.raw(feats, copies)
            picks.append(int(np.lexsort((-raw_c * raw_b, -p))[0]))
        return picks

    def play_round(self, r: int, briefs: Sequence[tuple], sim: Simulator, train: bool = True) -> None:
        """Every arm picks from the same candidates; the trained arm's sends are drawn and learned from."""
        from ..rerank.learned import train_conversion
        from ..rerank.model import TrainingSet
        from ..rerank.prior import score_features

        truth = [sim.probabilities([_send(b, h, x) for x in sc]).convert for b, h, sc in briefs]
        for s in self.seeds:
            rng = np.random.default_rng(1000 * s + r)
            picks = {"prior": [0] * len(briefs), "random": [int(rng.integers(len(sc))) for _, _, sc in briefs],
                     "trained": self._pick_trained(s, briefs)}
            # exploration: a share of the trained arm's sends go to a random passing candidate, so
            # its outcomes cover copies its own choice (or the prior's) would never send
            explore = rng.random(len(briefs)) < self.explore
            picks["trained"] = [int(rng.integers(len(sc))) if e else i
                                for (_, _, sc), i, e in zip(briefs, picks["trained"], explore)]
            self.rows.append({"round": r, "seed": s, "n": len(briefs),
                              **{a: float(np.mean([t[i] for t, i in zip(truth, picks[a])])) for a in ARMS},
                              "best": float(np.mean([t.max() for t in truth]))})
            # the trained arm's sends are what this seed's world sees: draw, ingest, refit
            chosen = [(b, h, sc[i]) for (b, h, sc), i in zip(briefs, picks["trained"])]
            drawn = sim.draw([_send(b, h, c) for b, h, c in chosen], seed=10_000 * s + r)
            old = self.history[s]
            self.history[s] = TrainingSet(
                old.features + [dict(c.features) for _, _, c in chosen], old.copies + [c.copy for _, _, c in chosen],
                np.concatenate([old.clicked, [int(o.clicked) for o in drawn]]),
                np.concatenate([old.converted, [int(o.converted) for o in drawn]]),
                np.concatenate([old.prior, [score_features({k[5:]: v for k, v in c.features.items()
                                                            if k.startswith("copy_")}) for _, _, c in chosen]]),
                [], np.concatenate([old.opened, [int(o.opened) for o in drawn]]))
            if not train:
                if s in self.models:  # sends the last model never saw
                    self.holdouts[s] = holdout_calibration(self.models[s], briefs, sim, seed=20_000 + r)
                continue
            try:
                _, self.models[s], rep = train_conversion(data=self.history[s], seed=s, info={"round": r},
                                                          **self.fit_options)
            except UserError as e:  # too few outcomes yet: keep the previous model (or the prior)
                self.log(f"loop round {r}, seed {s}: {e}")
                continue
            if s == self.seeds[0]:
                self.last_report = rep


def run_loop(cfg: LoopConfig, *, base_dir: Path, generator: Any = None, home: Path | None = None,
             progress: bool = True) -> LoopResult:
    from ..config import CampaignConfig, config_to_dict
    from ..data.sample_shop import sample_shop_dir
    from ..pipeline import default_generator, run_campaign, shop_hashes
    from ..store import Store
    from .loop_cache import cache_key, cache_path, load_round, rescore, save_round

    log = (lambda m: print(m, file=sys.stderr)) if progress else (lambda m: None)
    camp = load_config(CampaignConfig, base_dir / cfg.campaign, list(cfg.set) + ["rerank=prior"])
    out_dir = Path(cfg.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    if home is None:
        # A workspace of the loop's own, fresh each time: an earlier loop's (or campaign's) sends
        # would hold this loop's users back on their frequency caps. Saved candidates stay.
        home = out_dir / "workspace"
        shutil.rmtree(home, ignore_errors=True)
    store = Store(home)
    shop_dir = Path(camp.shop) if camp.shop else sample_shop_dir(store.home)
    sim = Simulator.from_shop(shop_dir)
    texts = ("features", "ngrams") if cfg.text == "auto" else (cfg.text,)
    state = LoopState(list(range(int(cfg.first_seed), int(cfg.first_seed) + int(cfg.seeds))), log=log, explore=float(cfg.explore),
                      fit_options={"texts": texts, "c": cfg.c if cfg.c == "auto" else float(cfg.c),
                                                "prior_weight": float(cfg.prior_weight), "copy": cfg.copy})
    run_ids, rounds = [], []
    hashes = shop_hashes(shop_dir)
    # fixed before any round: a generator made on the way must not change the later rounds' keys
    model_id = (getattr(generator, "name", None) if generator is not None else None) or f"{camp.model}+{camp.adapter}"
    for r in range(int(cfg.rounds) + 1):
        rc = replace(camp, seed=camp.seed + r, send_date=(camp.send_date or datetime.now().date())
                     + timedelta(days=r * int(cfg.days_between)))
        path = cache_path(out_dir, cache_key({**config_to_dict(rc), "generator": model_id}, hashes), r)
        briefs = rescore(load_round(path) or [], shop_dir, rc.locale) if cfg.reuse and path.is_file() else None
        if briefs is None:
            if generator is None:
                generator, _ = default_generator(camp, progress=progress)
            res = run_campaign(rc, generator=generator, home=home, progress=progress,
                               out_dir=out_dir / "runs" / f"round{r}")
            run_ids.append(res.run_id)
            briefs = res.scored
            save_round(path, briefs)
        else:
            run_ids.append(f"reused:{path}")
        rounds.append(briefs)
        log(f"loop round {r}: {len(briefs)} briefs with passing candidates")
        state.play_round(r, briefs, sim, train=r < int(cfg.rounds))
    rows, last_report = state.rows, state.last_report
    summary = summarise(rows)
    table = format_table(summary)
    (out_dir / "loop.json").write_text(json.dumps(
        {"rows": rows, "summary": summary, "last_model": last_report, "held_out": state.holdout,
         "diagnosis": diagnose(rounds, sim)}, indent=2, default=float) + "\n", encoding="utf-8")
    plot_loop(summary, out_dir / "loop.png")
    _write_manifest(cfg, camp, shop_dir, run_ids, out_dir)
    if state.holdout:
        plot_reliability(state.holdout["reliability_vs_truth"], out_dir / "reliability.png")
    return LoopResult(rows, summary, table, out_dir, last_report, state.holdout)


def _write_manifest(cfg: LoopConfig, camp: Any, shop_dir: Path, run_ids: list[str], out_dir: Path) -> None:
    """manifest.json beside loop.json: the loop and campaign settings, the shop's data hashes, the
    runs of each round (each with its own manifest), package versions and revision."""
    from ..config import config_to_dict
    from ..manifest import build_manifest, file_sha256
    from ..pipeline import shop_hashes

    manifest = build_manifest(
        kind="loop", config=config_to_dict(cfg), seed=camp.seed,
        data={"shop_dir": str(shop_dir), **shop_hashes(shop_dir)},
        extra={"campaign": config_to_dict(camp), "round_runs": run_ids,
               "outputs": {"loop.json": file_sha256(out_dir / "loop.json")}})
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


def summarise(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mean and 95% t-interval over seeds of each arm's true conversion, per round."""
    from scipy import stats

    out = []
    for r in sorted({x["round"] for x in rows}):
        got = [x for x in rows if x["round"] == r]
        entry: dict[str, Any] = {"round": r, "seeds": len(got), "briefs": got[0]["n"]}
        for a in ARMS:
            v = np.array([x[a] for x in got])
            half = float(stats.t.ppf(0.975, len(v) - 1) * v.std(ddof=1) / math.sqrt(len(v))) if len(v) > 1 else 0.0
            entry[a] = {"mean": float(v.mean()), "lo": float(v.mean() - half), "hi": float(v.mean() + half)}
        entry["best"] = float(np.mean([x["best"] for x in got]))
        entry["lift_vs_random"] = entry["trained"]["mean"] / entry["random"]["mean"] - 1
        entry["lift_vs_prior"] = entry["trained"]["mean"] / entry["prior"]["mean"] - 1
        out.append(entry)
    return out


def format_table(summary: list[dict[str, Any]]) -> str:
    head = (f"{'round':>5}  {'trained':>22}  {'random':>22}  {'prior':>22}  {'best':>7}  {'vs random':>9}  "
            f"{'vs prior':>8}")
    lines = [head]
    for e in summary:
        cells = "  ".join(f"{100 * e[a]['mean']:6.3f}% [{100 * e[a]['lo']:.3f}, {100 * e[a]['hi']:.3f}]"
                          for a in ARMS)
        lines.append(f"{e['round']:>5}  {cells}  {100 * e['best']:6.3f}%  {100 * e['lift_vs_random']:+8.1f}%  "
                     f"{100 * e['lift_vs_prior']:+7.1f}%")
    return "\n".join(lines)


def plot_loop(summary: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=90)
    rounds = [e["round"] for e in summary]
    for a, colour in zip(ARMS, ("tab:green", "tab:grey", "tab:blue")):
        m = np.array([e[a]["mean"] for e in summary]) * 100
        lo = np.array([e[a]["lo"] for e in summary]) * 100
        hi = np.array([e[a]["hi"] for e in summary]) * 100
        ax.plot(rounds, m, marker="o", color=colour, label=a)
        ax.fill_between(rounds, lo, hi, color=colour, alpha=0.2)
    ax.plot(rounds, [e["best"] * 100 for e in summary], color="black", linestyle=":",
            label="best passing candidate")
    ax.set_xlabel("round")
    ax.set_ylabel("true P(conversion) of delivered copy, %")
    ax.set_xticks(rounds)
    ax.legend()
    ax.set_title(f"Reranker vs random pick vs prior (95% interval over {summary[0]['seeds']} seeds)", fontsize=9)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_reliability(bins: Sequence[Sequence[float]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.5, 4.5), dpi=90)
    pred = [b[0] * 100 for b in bins]
    obs = [b[1] * 100 for b in bins]
    top = max(pred + obs + [1.0]) * 1.1
    ax.plot([0, top], [0, top], color="grey", linestyle="--", label="perfect")
    ax.plot(pred, obs, marker="o", label="last model (sends it never saw)")
    ax.set_xlabel("predicted P(conversion), %")
    ax.set_ylabel("true P(conversion) (simulator), %")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def load_loop_config(path: Path, overrides: Sequence[str] = ()) -> LoopConfig:
    return load_config(LoopConfig, path, list(overrides))
