"""Training the conversion model from the workspace, and choosing a campaign's reranker.

`train_conversion` reads sends joined to their outcomes, fits the model with each text
representation (the copy features alone; plus hashed word n-grams), keeps the one with the lower
held-out log loss, and saves it with a manifest under <workspace>/models/conversion/<time>/.
`resolve_reranker` turns the campaign key `rerank: auto | prior | PATH` into a `Reranker`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import UserError
from ..records import Brief, Candidate, ScoredCopy, Verdict
from ..store import Store
from .model import ConversionModel, TrainingSet, fit, send_features
from .prior import score_candidates, score_features
from .textfeats import text_features

TEXT_REPRESENTATIONS = ("features", "ngrams")


def load_training_set(store: Store, runs: Sequence[str] | None = None) -> tuple[TrainingSet, dict[str, Any]]:
    """Sends with an outcome (and the features the pipeline logged), optionally of some runs only."""
    where, args = "", ()
    if runs:
        where, args = f" AND s.run_id IN ({','.join('?' * len(runs))})", tuple(runs)
    with store.connect() as db:
        rows = db.execute("SELECT s.send_id, s.run_id, s.copy, s.features, o.clicked, o.converted, o.opened "
                          "FROM sends s JOIN outcomes o ON o.send_id = s.send_id "
                          f"WHERE s.features IS NOT NULL{where} ORDER BY s.send_id", args).fetchall()
        shops = {json.loads(m or "{}").get("data", {}).get("shop_dir") for (m,) in db.execute(
            f"SELECT manifest FROM runs WHERE run_id IN (SELECT DISTINCT run_id FROM sends s "
            f"WHERE 1=1{where})", args)}
    if not rows:
        raise UserError("rerank train: no sends with outcomes in the workspace"
                        + (f" for runs {', '.join(runs)}" if runs else "")
                        + " (run `promo-llm feedback ingest FILE` first)")
    feats, prior = [], []
    for r in rows:
        f = json.loads(r[3])
        feats.append(f)
        prior.append(score_features({k[5:]: v for k, v in f.items() if k.startswith("copy_")}))
    data = TrainingSet(feats, [r[2] or "" for r in rows], np.array([int(bool(r[4])) for r in rows]),
                       np.array([int(bool(r[5])) for r in rows]), np.array(prior), [r[0] for r in rows],
                       # an open follows from a click where the file gave no open flag
                       np.array([int(bool(r[6]) or bool(r[4])) for r in rows]))
    return data, {"runs": sorted({r[1] for r in rows}), "shops": sorted(s for s in shops if s)}


def train_conversion(*, home: Path | None = None, runs: Sequence[str] | None = None, out: Path | None = None,
                     seed: int = 0, texts: Sequence[str] = TEXT_REPRESENTATIONS,
                     data: TrainingSet | None = None, info: dict[str, Any] | None = None,
                     c: float | str = "auto", prior_weight: float = 1.0,
                     copy: str = "all") -> tuple[Path | None, ConversionModel, dict[str, Any]]:
    """Fit one model per text representation on the same splits; save the best (lower test log
    loss) when `out` or a workspace is given. Returns (folder, model, report)."""
    from ..manifest import build_manifest
    from .model import _split

    store = Store(home) if data is None else None
    if data is None:
        data, info = load_training_set(store, runs)  # type: ignore[arg-type]
    split = _split(len(data.copies), data.converted, seed)
    fitted = {t: fit(data, text=t, seed=seed, split=split, c=c, prior_weight=prior_weight, copy=copy) for t in texts}
    best = min(fitted, key=lambda t: fitted[t][1]["test"]["conversion"]["log_loss"])
    model, report = fitted[best]
    report = {**report, "compared": {t: r["test"] for t, (_, r) in fitted.items()}, "chosen_text": best}
    model.meta.update({"report": report, **(info or {})})
    if out is None and store is None:
        return None, model, report
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    folder = Path(out) if out else store.home / "models" / "conversion" / stamp  # type: ignore[union-attr]
    manifest = build_manifest(kind="conversion_model",
                              config={"texts": list(texts), "seed": seed, "runs": runs, "c": c,
                                      "prior_weight": prior_weight, "copy": copy},
                              seed=seed, data={"n_sends": len(data.copies), **(info or {})},
                              extra={"report": report})
    model.save(folder, manifest)
    return folder, model, report


def newest_model(home: Path, shop_dir: str | None = None) -> Path | None:
    """The newest saved conversion model under the workspace (trained on `shop_dir`, when given)."""
    root = Path(home) / "models" / "conversion"
    for d in sorted(root.glob("*/manifest.json"), reverse=True):
        try:
            m = json.loads(d.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if shop_dir is None or str(shop_dir) in m.get("data", {}).get("shops", []):
            return d.parent
    return None


@dataclass
class Reranker:
    """A campaign's reranker: the prior, or a trained model (probability + contributions)."""

    kind: str
    model: ConversionModel | None = None
    path: Path | None = None
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)
    """Each category's words from the run's catalogue (`textfeats.category_vocabulary`)."""

    def score(self, brief: Brief, candidates: Sequence[tuple[Candidate, Verdict]],
              category_prices: Sequence[float] | None, context: dict[str, float]) -> list[ScoredCopy]:
        """Passing candidates of one brief, best first; `features` are the model inputs (the
        prior's copy features, the trained model's text features, the send's context)."""
        scored = score_candidates(brief, candidates, category_prices)
        peers = [{**s.features, **text_features(s.copy, brief, self.vocabulary)} for s in scored]
        if self.model is None or not scored:
            return [replace(s, features=send_features(p, context, peers), probability=s.score)
                    for s, p in zip(scored, peers)]
        feats = [send_features(p, context, peers) for p in peers]
        pred = self.model.predict(feats, [s.copy for s in scored])
        # ties (a flat calibrator) fall back to the uncalibrated score, then to the candidate index
        raw_c, raw_b = self.model.raw(feats, [s.copy for s in scored])
        out = [replace(s, score=float(p), probability=float(p), features=f,
                       contributions=self.model.contributions(f))
               for s, f, p in zip(scored, feats, pred["convert"])]
        order = sorted(range(len(out)), key=lambda i: (-out[i].score, -raw_c[i] * raw_b[i], out[i].candidate.index))
        return [out[i] for i in order]


def resolve_reranker(key: str, home: Path, shop_dir: str | None = None, log=None) -> Reranker:
    """'prior', 'auto' (newest trained model for the shop, else the prior with a notice) or a path."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    if key == "prior":
        return Reranker("prior")
    if key == "auto":
        found = newest_model(home, shop_dir)
        if found is None:
            log("rerank: no trained conversion model for this shop in the workspace; using the prior reranker")
            return Reranker("prior")
        return Reranker("model", ConversionModel.load(found), found)
    path = Path(key)
    if not path.exists():
        raise UserError(f"rerank: {key!r} is neither auto, prior nor an existing model folder")
    return Reranker("model", ConversionModel.load(path), path)
