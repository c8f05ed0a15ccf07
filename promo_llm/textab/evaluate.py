"""Train the text model with tuning on validation tests and measure it on held-out tests.

Tests are split by story (`pairs.split_by_story`): train / validation / held-out. Every setting is
chosen on the validation tests; the held-out tests are only measured. Measured: pairwise accuracy
on pairs of headlines from one test and image whose click rates differ significantly (|z| > 1.96):
the share of pairs where the higher-scored headline drew the higher click rate (a tie counts half),
with a bootstrap interval that resamples whole tests. Compared in the same run with two baselines
trained on the same split: the length of the headline (the direction, longer or shorter wins, taken
from the training pairs) and a word TF-IDF + logistic regression pairwise model (n-gram range and
C tuned on the same validation tests).
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, replace
from typing import Any, Callable

import numpy as np

from ..errors import UserError
from .model import Featurizer, TextABConfig, TextResponseModel, fit_pairwise
from .pairs import Packages, Pairs, build_pairs, split_by_story, story_of_tests

EVAL_MIN_Z = 1.96
TEXT_GRID = tuple({"C": C, "min_z": mz} for C in (0.3, 1.0, 3.0) for mz in (1.0, 1.96))
BASELINE_GRID = tuple({"word_ngrams": ng, "C": C} for ng in ((1, 1), (1, 2)) for C in (0.1, 0.3, 1.0, 3.0, 10.0))


@dataclass
class SplitData:
    """Packages, split of each test, and the pairs of each split."""

    packages: Packages
    split: dict[str, str]
    pairs: dict[str, Pairs]

    def indices(self, name: str) -> list[int]:
        return [i for i, t in enumerate(self.packages.test_id) if self.split[t] == name]

    def tests(self, name: str) -> set[str]:
        return {t for t, s in self.split.items() if s == name}


def make_split(pk: Packages, held_out: float, validation: float, seed: int) -> SplitData:
    split = split_by_story(pk, held_out, validation, seed)
    every = build_pairs(pk)
    side = np.array([split[t] for t in every.test_id], dtype=object)
    return SplitData(pk, split, {s: every.select(side == s) for s in ("train", "validation", "held_out")})


def correct(scores: np.ndarray, pairs: Pairs) -> np.ndarray:
    """Per pair: 1 if the higher score went to the higher click rate, 0.5 on a tie, else 0."""
    d = scores[pairs.a] - scores[pairs.b]
    return np.where(d == 0, 0.5, ((d > 0) == (pairs.z > 0)).astype(float))


def accuracy(scores: np.ndarray, pairs: Pairs) -> float | None:
    return float(correct(scores, pairs).mean()) if len(pairs) else None


def bootstrap(per_pair: dict[str, np.ndarray], tests: list[str], reps: int, seed: int) -> np.ndarray:
    """Accuracy of each scorer over `reps` resamples of whole tests: shape (reps, len(per_pair))."""
    ids = {t: k for k, t in enumerate(dict.fromkeys(tests))}
    cluster = np.array([ids[t] for t in tests])
    counts = np.bincount(cluster, minlength=len(ids)).astype(float)
    sums = np.stack([np.bincount(cluster, weights=v, minlength=len(ids)) for v in per_pair.values()], 1)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(ids), np.full(len(ids), 1 / len(ids)), size=reps).astype(float)
    return (draws @ sums) / (draws @ counts)[:, None]


def _interval(samples: np.ndarray) -> list[float]:
    return [round(float(np.quantile(samples, 0.025)), 4), round(float(np.quantile(samples, 0.975)), 4)]


def length_direction(pk: Packages, pairs: Pairs) -> float:
    """+1 if longer headlines won more of the training pairs, else -1."""
    lengths = np.array([len(h) for h in pk.headline], float)
    return 1.0 if np.mean(np.sign(lengths[pairs.a] - lengths[pairs.b]) * np.sign(pairs.z)) >= 0 else -1.0


def _tune(fit: Callable[[dict[str, Any]], np.ndarray], grid: tuple[dict[str, Any], ...], val: Pairs,
          label: str, progress: bool) -> tuple[dict[str, Any], np.ndarray, list[dict[str, Any]]]:
    """Fit each grid point; keep the one with the best validation accuracy (first on a tie)."""
    from tqdm import tqdm

    best, best_scores, table = None, None, []
    for point in tqdm(grid, desc=label, file=sys.stderr, disable=not progress):
        scores = fit(point)
        acc = accuracy(scores, val)
        table.append({**point, "validation_accuracy": None if acc is None else round(acc, 4)})
        if best is None or (acc or 0) > (table[best]["validation_accuracy"] or 0):
            best, best_scores = len(table) - 1, scores
    return grid[best], best_scores, table


def fit_text_model(data: SplitData, base: TextABConfig, grid: tuple[dict[str, Any], ...] = TEXT_GRID,
                   progress: bool = True) -> tuple[TextResponseModel, list[dict[str, Any]]]:
    """Text model tuned on the validation tests (the base config alone when there are none)."""
    pk, train_idx = data.packages, data.indices("train")
    if not train_idx:
        raise UserError("no training tests: lower --held-out / --validation or give more tests")
    featurizer = Featurizer(base).fit([pk.headline[i] for i in train_idx])
    X = featurizer.transform(pk.headline)
    val = data.pairs["validation"].significant(EVAL_MIN_Z)
    if len(val) == 0:
        grid = ({},)
    models: dict[int, TextResponseModel] = {}

    def fit(point: dict[str, Any]) -> np.ndarray:
        m = TextResponseModel.fit(pk, train_idx, data.pairs["train"], replace(base, **point), (featurizer, X))
        models[id(point)] = m
        return np.asarray(X @ m.coef, float)

    chosen, _, table = _tune(fit, grid, val, "text model", progress)
    model = models[id(chosen)]
    calib_tests = data.tests("validation") if len(val) else data.tests("train")
    model.calibrate(pk, calib_tests)
    return model, table


def fit_tfidf_baseline(data: SplitData, grid: tuple[dict[str, Any], ...] = BASELINE_GRID,
                       progress: bool = True) -> tuple[np.ndarray, dict[str, Any], list[dict[str, Any]]]:
    """Scores of every package under the word TF-IDF + pairwise logistic regression baseline."""
    pk, train_idx = data.packages, data.indices("train")
    train = data.pairs["train"].significant(EVAL_MIN_Z)
    val = data.pairs["validation"].significant(EVAL_MIN_Z)
    cache: dict[tuple[int, int], Any] = {}

    def fit(point: dict[str, Any]) -> np.ndarray:
        cfg = TextABConfig(char_ngrams=None, word_ngrams=point["word_ngrams"], hand_weight=0.0, C=point["C"])
        if cfg.word_ngrams not in cache:
            cache[cfg.word_ngrams] = Featurizer(cfg).fit([pk.headline[i] for i in train_idx]).transform(pk.headline)
        X = cache[cfg.word_ngrams]
        return np.asarray(X @ fit_pairwise(X, train, cfg.C), float)

    chosen, scores, table = _tune(fit, grid if len(val) else grid[:1], val, "tf-idf baseline", progress)
    return scores, chosen, table


def _side(data: SplitData, scores: dict[str, np.ndarray], name: str, reps: int, seed: int) -> dict[str, Any]:
    pairs = data.pairs[name].significant(EVAL_MIN_Z)
    out: dict[str, Any] = {"tests": len(set(pairs.test_id)), "pairs": len(pairs),
                           "all_pairs": len(data.pairs[name])}
    if not len(pairs):
        return out
    per = {k: correct(s, pairs) for k, s in scores.items()}
    out["accuracy"] = {k: round(float(v.mean()), 4) for k, v in per.items()}
    if reps:
        boot = bootstrap(per, pairs.test_id, reps, seed)
        keys = list(per)
        out["interval_95"] = {k: _interval(boot[:, i]) for i, k in enumerate(keys)}
        out["difference_vs_text_model_95"] = {
            k: _interval(boot[:, 0] - boot[:, i]) for i, k in enumerate(keys) if i > 0}
    return out


def train_and_evaluate(pk: Packages, *, config: TextABConfig | None = None, held_out: float = 0.2,
                       validation: float = 0.2, seed: int = 0, grid: tuple[dict[str, Any], ...] = TEXT_GRID,
                       baselines: bool = True, reps: int = 2000,
                       progress: bool = True) -> tuple[TextResponseModel, dict[str, Any]]:
    """Split, tune on validation, fit, and report validation and held-out accuracy apart."""
    data = make_split(pk, held_out, validation, seed)
    model, text_table = fit_text_model(data, config or TextABConfig(), grid, progress)
    scores = {"text_model": model.utility(pk.headline)}
    report: dict[str, Any] = {"tuning": {"text_model": text_table}}
    if baselines:
        train = data.pairs["train"].significant(EVAL_MIN_Z)
        scores["length"] = length_direction(pk, train) * np.array([len(h) for h in pk.headline], float)
        scores["tfidf_logreg"], chosen, table = fit_tfidf_baseline(data, progress=progress)
        report["tuning"]["tfidf_logreg"] = table
        report["baselines"] = {"length": {"direction": "longer wins" if scores["length"].sum() > 0
                                          else "shorter wins"},
                               "tfidf_logreg": {k: list(v) if isinstance(v, tuple) else v for k, v in chosen.items()}}
    stories = story_of_tests(pk)
    report.update({
        "packages": len(pk), "tests": len(data.split), "stories": len(set(stories.values())),
        "split": {s: {"tests": len(data.tests(s)), "stories": len({stories[t] for t in data.tests(s)})}
                  for s in ("train", "validation", "held_out")},
        "split_rule": "whole stories (tests sharing a headline, image or lede), seeded hash",
        "pair_rule": f"distinct headlines of one test and image, |z| > {EVAL_MIN_Z} (pooled two-proportion)",
        "config": asdict(model.config),
        "calibration": {"base_rate": round(float(1 / (1 + np.exp(-model.base_logit))), 5),
                        "slope": round(model.slope, 4),
                        "fitted_on": "validation tests" if data.tests("validation") else "training tests"},
        "training_pairs": len(data.pairs["train"].significant(model.config.min_z)),
        "validation": _side(data, scores, "validation", 0, seed),
        "held_out": _side(data, scores, "held_out", reps, seed),
        "held_out_fraction": held_out, "validation_fraction": validation, "seed": seed,
        "tuned_on": "validation tests only; held-out tests are measured once",
    })
    return model, report
