"""What the loop's candidates allow, measured against the simulator's truth (for diagnosis only).

The choice between a brief's candidates turns on the copy alone, so a reranker can gain over a
random pick only as far as (a) the candidates differ in what the simulator's text effect rewards
and (b) its features can express that difference. `diagnose` measures both on a loop's rounds:

- `ceiling`: mean true P(conversion) of each brief's best passing candidate, of a random one and
  of the prior's pick, with only the first N generated candidates (N = 6, 8, 12 where there are);
- `signals`: per text signal of the simulator, the share of briefs whose passing candidates
  differ in it;
- `oracle`: a linear model of the true click log-odds on the model's copy features (each as its
  difference from the brief's mean), fitted on the truth of half the briefs and picking in the
  other half (2-fold): what a model with these features gains when it has learned all there is;
  its R^2 is the share of the within-brief text effect the features express;
- `outcomes`: expected opens, clicks and conversions a round of the prior's picks draws.

`learning_curve` asks how many outcomes the model needs: it fits the model on n sends drawn
from the earlier rounds (a random passing candidate of a random brief, outcomes drawn by the
simulator) and lets it pick in the last round, for growing n.

`holdout_calibration` measures a fitted model on sends it never saw (every passing candidate of
the last round): ECE against drawn outcomes and against the true probabilities, the reliability
bins (mean predicted vs mean true P(conversion)), and the model against the prior reranker with
the AUC and log loss expected over the draws (`expected_auc`, `expected_log_loss`): a few
hundred sends draw a dozen conversions, too few for a drawn AUC to say anything.

Nothing here feeds a model: it reads the simulator's truth to say what is and is not possible.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from ..rerank.model import COPY_ONLY, expected_calibration_error
from .simulator import Send, Simulator


def _send(brief: Any, hour: int, s: Any) -> Send:
    return Send(user_id=brief.user.user_id, item_id=brief.product.item_id, channel=brief.channel, copy=s.copy,
                hour=hour, discount_pct=brief.offer.discount_pct, code=brief.offer.code,
                warnings=sum(v.severity == "warn" for v in s.verdict.violations), locale=brief.locale)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def _rel_names(rounds: Sequence[Sequence[tuple]]) -> list[str]:
    names = {k for briefs in rounds for _, _, sc in briefs for x in sc for k in x.features}
    return sorted(k for k in names if k.startswith("rel_") and k in COPY_ONLY)


def ceilings(rounds: Sequence[Sequence[tuple]], sim: Simulator,
             ns: Sequence[int] = (6, 8, 12)) -> dict[int, dict[str, float]]:
    """Best / random / prior true P(conversion) using only each brief's first N candidates (the
    random pick scored by its expectation, the mean over the passing ones)."""
    out = {}
    most = max((x.candidate.index + 1 for briefs in rounds for _, _, sc in briefs for x in sc), default=0)
    for n in ns:
        if n > most:
            continue
        best, rand, prior, kept = [], [], [], 0
        for briefs in rounds:
            for b, h, sc in briefs:
                sub = [x for x in sc if x.candidate.index < n]  # sc is in the prior's order
                if not sub:
                    continue
                kept += 1
                t = sim.probabilities([_send(b, h, x) for x in sub]).convert
                best.append(t.max())
                rand.append(t.mean())
                prior.append(t[0])
        out[n] = {"briefs": kept, "best": float(np.mean(best)), "random": float(np.mean(rand)),
                  "prior": float(np.mean(prior)), "best_vs_random": float(np.mean(best) / np.mean(rand) - 1),
                  "passing_per_brief": float(np.mean([sum(x.candidate.index < n for x in sc)
                                                      for briefs in rounds for _, _, sc in briefs]))}
    return out


def diagnose(rounds: Sequence[Sequence[tuple]], sim: Simulator, seed: int = 0) -> dict[str, Any]:
    """Ceilings by N, how often each text signal varies, the oracle's gain and the outcome counts."""
    names = _rel_names(rounds)
    rows_x, rows_y, groups, conv = [], [], [], []
    varies: dict[str, int] = {}
    n_multi = 0
    expected = {"open": [], "click": [], "convert": []}
    for r, briefs in enumerate(rounds):
        tot = {"open": 0.0, "click": 0.0, "convert": 0.0}
        for b, h, sc in briefs:
            sends = [_send(b, h, x) for x in sc]
            p = sim.probabilities(sends)
            tot["open"] += float(p.open[0])
            tot["click"] += float(p.click[0])
            tot["convert"] += float(p.convert[0])
            if len(sc) < 2:
                continue
            n_multi += 1
            sig = [sim.text_signals(s) for s in sends]
            for k in sig[0]:
                varies[k] = varies.get(k, 0) + int(len({round(x[k], 6) for x in sig}) > 1)
            varies["warnings"] = varies.get("warnings", 0) + int(len({s.warnings for s in sends}) > 1)
            y = _logit(p.click)
            rows_y.append(y - y.mean())
            rows_x.append(np.array([[x.features.get(n, 0.0) for n in names] for x in sc]))
            groups.append(len(groups))
            conv.append(p.convert)
        for k in tot:
            expected[k].append(round(tot[k], 1))
    oracle = _oracle(rows_x, rows_y, conv, seed)
    return {"ceiling": ceilings(rounds, sim), "briefs_with_choice": n_multi,
            "signals_vary_share": {k: round(v / max(1, n_multi), 3) for k, v in sorted(varies.items())},
            "oracle": {**oracle, "features": names}, "expected_outcomes_per_round": expected}


def _oracle(xs: list[np.ndarray], ys: list[np.ndarray], conv: list[np.ndarray], seed: int) -> dict[str, float]:
    """2-fold over briefs: least squares of within-brief true click log-odds on the features."""
    if len(xs) < 4:
        return {}
    rng = np.random.default_rng(seed)
    fold = rng.permutation(len(xs)) % 2
    picked, rand, best, ss_res, ss_tot = [], [], [], 0.0, 0.0
    for k in (0, 1):
        train = [i for i in range(len(xs)) if fold[i] != k]
        x = np.vstack([xs[i] for i in train])
        x = np.hstack([x, np.ones((len(x), 1))])
        coef, *_ = np.linalg.lstsq(x, np.concatenate([ys[i] for i in train]), rcond=None)
        for i in (i for i in range(len(xs)) if fold[i] == k):
            pred = np.hstack([xs[i], np.ones((len(xs[i]), 1))]) @ coef
            pred = pred - pred.mean()
            ss_res += float(((ys[i] - pred) ** 2).sum())
            ss_tot += float((ys[i] ** 2).sum())
            picked.append(conv[i][int(np.argmax(pred))])
            rand.append(conv[i].mean())
            best.append(conv[i].max())
    return {"r2_within_brief": 1 - ss_res / ss_tot if ss_tot else 0.0,
            "pick": float(np.mean(picked)), "random": float(np.mean(rand)), "best": float(np.mean(best)),
            "pick_vs_random": float(np.mean(picked) / np.mean(rand) - 1),
            "best_vs_random": float(np.mean(best) / np.mean(rand) - 1)}


def expected_auc(truth: np.ndarray, score: np.ndarray) -> float:
    """The AUC of `score` expected over the outcomes `truth` (each send's true probability) would
    draw: every ordered pair (i, j) weighs p_i (1 - p_j), i ranked above j counts 1, a tie 1/2.
    Free of the noise of one draw, which a split with a handful of conversions is full of."""
    p, q = np.asarray(truth, float), np.asarray(score, float)
    levels, inv = np.unique(q, return_inverse=True)
    pos = np.bincount(inv, weights=p, minlength=len(levels))        # positive mass per score level
    neg = np.bincount(inv, weights=1 - p, minlength=len(levels))    # negative mass per score level
    below = np.concatenate([[0.0], np.cumsum(neg)[:-1]])
    same = neg[inv] - (1 - p)                                        # tied negatives, not the send itself
    won = float(np.sum(p * (below[inv] + 0.5 * same)))
    total = float(p.sum() * (1 - p).sum() - np.sum(p * (1 - p)))
    return won / total if total > 0 else float("nan")


def expected_log_loss(truth: np.ndarray, pred: np.ndarray) -> float:
    """Log loss expected over the outcomes `truth` would draw: mean of -(p log q + (1-p) log(1-q))."""
    p, q = np.asarray(truth, float), np.clip(np.asarray(pred, float), 1e-6, 1 - 1e-6)
    return float(np.mean(-(p * np.log(q) + (1 - p) * np.log(1 - q))))


def _against_truth(truth: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    return {"auc": expected_auc(truth, pred), "log_loss": expected_log_loss(truth, pred),
            "ece": expected_calibration_error(truth, pred), "mean_pred": float(np.mean(pred))}


def holdout_calibration(model: Any, briefs: Sequence[tuple], sim: Simulator, seed: int = 0) -> dict[str, Any]:
    """The model on every passing candidate of rounds it never saw: ECE against one draw of
    outcomes per send and against the true P(conversion); reliability bins against the truth;
    and the model, the prior reranker and the base rate against the truth (`vs_truth`: expected
    AUC, expected log loss, ECE; the prior's score is not a probability, so its log loss and ECE
    say how far it is from being read as one, its AUC how well it ranks)."""
    from ..rerank.prior import score_features

    feats, copies, sends = [], [], []
    for b, h, sc in briefs:
        for x in sc:
            feats.append(dict(x.features))
            copies.append(x.copy)
            sends.append(_send(b, h, x))
    if not sends:
        return {}
    pred = np.asarray(model.predict(feats, copies)["convert"], dtype=float)
    prior = np.array([score_features({k[5:]: v for k, v in f.items() if k.startswith("copy_")}) for f in feats])
    truth = sim.probabilities(sends).convert
    drawn = np.array([int(o.converted) for o in sim.draw(sends, seed=seed)])
    order = np.argsort(pred)
    bins = [(float(pred[c].mean()), float(truth[c].mean()), int(len(c))) for c in np.array_split(order, 10) if len(c)]
    from sklearn.metrics import roc_auc_score

    base = np.full(len(truth), float(truth.mean()))
    return {"n": len(sends), "drawn_conversions": int(drawn.sum()), "mean_pred": float(pred.mean()),
            "mean_true": float(truth.mean()), "ece_vs_truth": expected_calibration_error(truth, pred),
            "ece_vs_drawn": expected_calibration_error(drawn.astype(float), pred),
            "auc_vs_drawn": float(roc_auc_score(drawn, pred)) if 0 < drawn.sum() < len(drawn) else None,
            "vs_truth": {"model": _against_truth(truth, pred), "prior": _against_truth(truth, prior),
                         "base_rate": {"log_loss": expected_log_loss(truth, base)},
                         "truth": {"auc": expected_auc(truth, truth), "log_loss": expected_log_loss(truth, truth)}},
            "reliability_vs_truth": bins}


def learning_curve(rounds: Sequence[Sequence[tuple]], sim: Simulator, sizes: Sequence[int] = (600, 2000, 6000, 20000),
                   seed: int = 0, use_opens: bool = True, **fit_options: Any) -> list[dict[str, float]]:
    """True P(conversion) of the model's picks in the last round after fitting on n random sends
    of the earlier rounds, against a random pick and the best candidate (`use_opens=False`: the
    model sees clicks and purchases only)."""
    from ..errors import UserError
    from ..rerank.learned import train_conversion
    from ..rerank.model import TrainingSet

    pool = [(b, h, x) for briefs in rounds[:-1] for b, h, sc in briefs for x in sc]
    last = [(b, h, sc) for b, h, sc in rounds[-1] if len(sc) > 1]
    if not pool or not last:
        return []
    truth = [sim.probabilities([_send(b, h, x) for x in sc]).convert for b, h, sc in last]
    out = []
    for n in sizes:
        rng = np.random.default_rng(seed + n)
        picks = [pool[i] for i in rng.integers(len(pool), size=n)]
        drawn = sim.draw([_send(b, h, x) for b, h, x in picks], seed=seed + 3 * n)
        data = TrainingSet([dict(x.features) for _, _, x in picks], [x.copy for _, _, x in picks],
                           np.array([int(o.clicked) for o in drawn]), np.array([int(o.converted) for o in drawn]),
                           np.zeros(n), [], np.array([int(o.opened) for o in drawn]) if use_opens else None)
        try:
            _, model, _ = train_conversion(data=data, seed=seed, **fit_options)
        except UserError:
            continue
        chosen = []
        for (b, h, sc), t in zip(last, truth):
            p = model.predict([dict(x.features) for x in sc], [x.copy for x in sc])["convert"]
            raw_c, raw_b = model.raw([dict(x.features) for x in sc], [x.copy for x in sc])
            chosen.append(t[int(np.lexsort((-raw_c * raw_b, -p))[0])])
        rand = float(np.mean([t.mean() for t in truth]))
        out.append({"sends": n, "clicks": int(data.clicked.sum()), "conversions": int(data.converted.sum()),
                    "pick": float(np.mean(chosen)), "random": rand, "best": float(np.mean([t.max() for t in truth])),
                    "pick_vs_random": float(np.mean(chosen)) / rand - 1})
    return out
