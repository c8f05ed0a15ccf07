"""The trained conversion model: P(click) and P(conversion) of a send, learned from outcomes.

Inputs per send (`send_features`): the prior reranker's logit, the reranker's copy features
(profile x product affinities, price fit, deal fit, and the copy's own signals), each copy
feature's difference from the brief's passing candidates (`rel_*`), the user's engagement on the
channel, recency, deal seeking x discount, deal seeking x the copy stating the offer, the send
hour's distance from the user's observed active hour, and the channel; optionally the copy's
hashed word 1-2-grams (`text="ngrams"`). Nothing here reads the sample shop's latent truth.

Scikit-learn logistic regressions: P(click) on all sends (as P(open) x P(click | open) where
opens are known: opens are the most frequent outcome, and the copy acts on both) and
P(purchase | click) on clicked sends (without the copy's own features, see COPY_ONLY); their
product is the raw conversion score. It is calibrated on out-of-fold scores (cross-fitting): the
sends outside the test split are cut into 3 stratified folds, each fold is scored by models fitted on
the other two, and the calibrator (isotonic or Platt, whichever predicts better in a 2-fold split of
those scores) is fitted on all of them; the delivered model is then fitted on all those sends. No
send is both fitted and calibrated on, and every one serves both, which matters with a dozen
conversions. The test split, used for nothing else, gives the reported AUC, log loss and expected
calibration error, next to the prior's.
Each send's per-feature contributions (coefficient x centred value, on the logit scale, summed
over the two models) say why one copy beat another.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

CHANNELS = ("push", "sms", "email_subject", "email_body", "social")
MIN_POSITIVES = 5
COPY_ONLY = {"copy_names_product", "copy_mentions_offer", "copy_call_to_action", "copy_length_fit",
             "copy_finished", "copy_fluency", "copy_grounded_lines", "copy_beyond_title", "copy_warnings",
             "copy_repetition", "copy_length_share", "copy_length_share_sq", "copy_interest_words",
             "prior_logit", "offer_x_deal", "offer_x_discount", "rel_offer_x_deal"}
COPY_ONLY |= {"rel_" + k[5:] for k in COPY_ONLY if k.startswith("copy_")} | {"rel_prior_logit"}
"""Features of the copy itself. The purchase-given-click model leaves them out: a purchase happens
on the product page, after the copy has done its work, so it is modelled from the user, product,
offer and channel; the copy's effect is learned where it acts, on the click."""
PRIOR_COLUMNS = ("prior_logit", "rel_prior_logit")
"""The prior reranker's logit, scaled up by `prior_weight` after standardising: its coefficient
then costs little under L2, so with few outcomes the model leans on the prior and the penalty
shrinks the learned corrections instead."""


def send_features(copy_feats: Mapping[str, float], context: Mapping[str, float],
                  peers: Sequence[Mapping[str, float]] = ()) -> dict[str, float]:
    """The model's numeric inputs from the reranker's copy features and the send's context.

    `peers` are the copy features of every passing candidate of the same brief: each copy feature
    also enters as its difference from their mean (`rel_*`). Sends differ in channel, user and
    product as well as in copy, and the copy features vary with those (an SMS is longer than a
    subject line); the differences say only how this copy stood against its alternatives, which
    is what choosing between them needs."""
    f = {f"copy_{k}": float(v) for k, v in copy_feats.items()}
    if peers:
        for k in sorted(COPY_ONLY):  # a set: sorted, so the order is the same in every process
            name = k[5:]
            if k.startswith("copy_") and name in copy_feats:
                mean = sum(float(p.get(name, 0.0)) for p in peers) / len(peers)
                f[f"rel_{name}"] = float(copy_feats[name]) - mean
    f.update({k: float(v) for k, v in context.items()})
    # the prior reranker's logit: with few outcomes the model can lean on the prior's guess and
    # learn corrections to it as outcomes come in
    from .prior import PRIOR_BIAS, PRIOR_WEIGHTS

    def logit(feats: Mapping[str, float]) -> float:
        return PRIOR_BIAS + sum(PRIOR_WEIGHTS.get(k, 0.0) * float(v) for k, v in feats.items())

    f["prior_logit"] = logit(copy_feats)
    if peers:
        f["rel_prior_logit"] = f["prior_logit"] - sum(logit(p) for p in peers) / len(peers)
    f["offer_x_deal"] = f.get("copy_mentions_offer", 0.0) * f.get("discount_affinity", 0.0)
    f["offer_x_discount"] = f.get("copy_mentions_offer", 0.0) * f.get("discount", 0.0)
    if "rel_mentions_offer" in f:
        f["rel_offer_x_deal"] = f["rel_mentions_offer"] * f.get("discount_affinity", 0.0)
    return f


def send_context(user: Any, channel: str, hour: int | None, discount: float | None) -> dict[str, float]:
    """Observable context of a send: channel (one-hot), engagement, hour gap, recency, deal seeking."""
    from ..delivery.plan import CHANNEL_PRIOR, CONSENT_KEY

    active = [int(h) for h in user.active_hours] or [12]
    gap = min(min(abs(hour - h) % 24, 24 - abs(hour - h) % 24) for h in active[:1]) if hour is not None else 0
    eng = user.channel_engagement.get(CONSENT_KEY.get(channel) or channel, CHANNEL_PRIOR.get(channel, 0.1))
    ctx = {f"channel_{c}": float(channel == c) for c in CHANNELS}
    ctx.update({"engagement": float(eng), "hour_gap": float(min(gap, 8)) / 8,
                "recency": 1.0 / (1.0 + (user.recency_days if user.recency_days is not None else 90) / 30),
                "discount_affinity": min(1.0, float(user.discount_affinity)),
                "discount": min(1.5, (discount or 0.0) / 30)})
    return ctx


@dataclass
class TrainingSet:
    features: list[dict[str, float]]
    copies: list[str]
    clicked: np.ndarray
    converted: np.ndarray
    prior: np.ndarray
    send_ids: list[str] = field(default_factory=list)
    opened: np.ndarray | None = None
    """Opens, where known: with them P(click) is learned as P(open) x P(click | open), the open
    model fitted on the most frequent outcome there is."""


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 10) -> float:
    """Equal-mass bins: sum over bins of |mean(y) - mean(p)| x bin share."""
    order = np.argsort(p)
    err = 0.0
    for chunk in np.array_split(order, bins):
        if len(chunk):
            err += abs(y[chunk].mean() - p[chunk].mean()) * len(chunk) / len(y)
    return float(err)


def reliability(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[tuple[float, float, int]]:
    """(mean predicted, observed rate, count) per equal-mass bin."""
    order = np.argsort(p)
    return [(float(p[c].mean()), float(y[c].mean()), int(len(c))) for c in np.array_split(order, bins) if len(c)]


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float | None]:
    from sklearn.metrics import log_loss, roc_auc_score

    p = np.clip(p, 1e-6, 1 - 1e-6)
    both = 0 < y.sum() < len(y)
    return {"auc": float(roc_auc_score(y, p)) if both else None,
            "log_loss": float(log_loss(y, p, labels=[0, 1])),
            "ece": expected_calibration_error(y, p), "mean_pred": float(p.mean()), "rate": float(y.mean()),
            "n": int(len(y)), "positives": int(y.sum())}


class ConversionModel:
    """Fitted click and purchase models, the calibrator and the feature layout."""

    def __init__(self, names: list[str], text: str, click, buy, calibrator, scaler, meta: dict[str, Any],
                 open_model=None):
        self.names, self.text, self.click, self.buy = names, text, click, buy
        self.calibrator, self.scaler, self.meta = calibrator, scaler, meta
        self.open = open_model
        """P(open) when opens were known: `click` is then P(click | open)."""

    # --- design matrix ------------------------------------------------------------------------
    def _dense(self, feats: Sequence[Mapping[str, float]]) -> np.ndarray:
        dense = np.array([[f.get(n, 0.0) for n in self.names] for f in feats], dtype=float)
        dense = self.scaler.transform(dense) if len(dense) else dense.reshape(0, len(self.names))
        lean = getattr(self, "prior_weight", 1.0)
        if lean != 1.0:  # the prior's logit barely penalised: the model leans on it, L2 shrinks the rest
            for i, n in enumerate(self.names):
                if n in PRIOR_COLUMNS:
                    dense[:, i] *= lean
        return dense

    def _matrix(self, feats: Sequence[Mapping[str, float]], copies: Sequence[str]):
        dense = self._dense(feats)
        if self.text != "ngrams":
            return dense
        from scipy import sparse

        return sparse.hstack([sparse.csr_matrix(dense), _hasher().transform(list(copies))]).tocsr()

    def _buy_columns(self, x) -> np.ndarray:
        keep = [i for i, n in enumerate(self.names) if n not in COPY_ONLY]
        dense = x[:, :len(self.names)]
        dense = dense.toarray() if hasattr(dense, "toarray") else dense
        return dense[:, keep]

    def raw(self, feats, copies) -> tuple[np.ndarray, np.ndarray]:
        x = self._matrix(feats, copies)
        pc = self.click.predict_proba(x)[:, 1]
        if getattr(self, "open", None) is not None:  # models saved before opens were used have none
            pc = pc * self.open.predict_proba(x)[:, 1]
        pb = (self.buy.predict_proba(self._buy_columns(x))[:, 1] if hasattr(self.buy, "predict_proba")
              else np.full(len(pc), self.buy))
        return pc, pb

    def predict(self, feats: Sequence[Mapping[str, float]], copies: Sequence[str]) -> dict[str, np.ndarray]:
        """Calibrated P(conversion), and P(click) of each send."""
        pc, pb = self.raw(feats, copies)
        return {"convert": np.clip(self.calibrator.predict(pc * pb), 0, 1), "click": pc}

    def contributions(self, feats: Mapping[str, float]) -> dict[str, float]:
        """Per-feature logit contributions (coefficient x standardised value, both models summed)."""
        x = self._dense([feats])[0]
        out = {n: 0.0 for n in self.names}
        buy_names = [n for n in self.names if n not in COPY_ONLY]
        for m, names in ((getattr(self, "open", None), self.names), (self.click, self.names), (self.buy, buy_names)):
            if hasattr(m, "coef_"):
                for n, c in zip(names, m.coef_[0][:len(names)]):
                    out[n] += float(c * x[self.names.index(n)])
        return {n: round(v, 4) for n, v in out.items() if abs(v) >= 1e-4}

    # --- persistence --------------------------------------------------------------------------
    def save(self, out_dir: Path, manifest: dict[str, Any]) -> Path:
        import joblib

        out_dir.mkdir(parents=True, exist_ok=True)
        joblib.dump(self, out_dir / "model.joblib")
        (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str)
                                               + "\n", encoding="utf-8")
        return out_dir

    @staticmethod
    def load(path: Path) -> "ConversionModel":
        import joblib

        from ..errors import UserError

        file = Path(path) / "model.joblib"
        if not file.is_file():
            raise UserError(f"rerank: {path} holds no trained conversion model (model.joblib)")
        return joblib.load(file)


def _hasher():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=2 ** 12, ngram_range=(1, 2), alternate_sign=False, norm="l2")


def _split(n: int, y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """60/20/20, stratified on conversion: the first two parts are fitted and calibrated on by
    cross-fitting (see `fit`), the third is the test split."""
    rng = np.random.default_rng(seed)
    parts: list[list[int]] = [[], [], []]
    for label in (0, 1):
        ix = rng.permutation(np.flatnonzero(y == label))
        a, b = int(round(0.6 * len(ix))), int(round(0.8 * len(ix)))
        parts[0] += list(ix[:a])
        parts[1] += list(ix[a:b])
        parts[2] += list(ix[b:])
    return tuple(np.array(sorted(p), dtype=int) for p in parts)  # type: ignore[return-value]


CROSS_FIT_FOLDS = 3
"""Folds of the out-of-fold scores the calibrator is fitted on."""


def _folds(y: np.ndarray, k: int, seed: int) -> np.ndarray:
    """A stratified fold number (0..k-1) per row, seeded."""
    rng = np.random.default_rng(seed + 11)
    fold = np.zeros(len(y), dtype=int)
    for label in (0, 1):
        ix = rng.permutation(np.flatnonzero(y == label))
        fold[ix] = np.arange(len(ix)) % k
    return fold


def fit(data: TrainingSet, *, text: str = "features", seed: int = 0, c: float | str = "auto",
        split: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
        prior_weight: float = 1.0, copy: str = "all") -> tuple[ConversionModel, dict[str, Any]]:
    """Fit and calibrate on the first two parts of the split by cross-fitting, measure on the test
    split. `c`: the logistic regressions' inverse L2 strength, or "auto" (see `_logistic`).
    `prior_weight` > 1 lets the model lean on the prior's logit (see PRIOR_COLUMNS).
    `copy="relative"` gives the model the copy only as its differences from the brief's other
    candidates (`rel_*`), leaving out the absolute copy features: fewer inputs to learn from few
    outcomes, and the differences are what choosing between a brief's candidates turns on."""
    names = sorted({k for f in data.features for k in f})
    if copy == "relative":
        names = [n for n in names if n.startswith("rel_") or n not in COPY_ONLY]
    tr, ca, te = split or _split(len(data.copies), data.converted, seed)
    rows = np.sort(np.concatenate([tr, ca]))
    if data.clicked[rows].sum() < MIN_POSITIVES:
        from ..errors import UserError

        raise UserError(f"rerank train: {int(data.clicked[rows].sum())} clicks in the training split; "
                        f"need at least {MIN_POSITIVES} (ingest more outcomes)")
    # out-of-fold raw scores: each fold scored by models that never saw it
    fold = _folds(data.converted[rows], CROSS_FIT_FOLDS, seed)
    oof = np.zeros(len(rows))
    for k in range(CROSS_FIT_FOLDS):
        held = rows[fold == k]
        part = _fit_uncalibrated(data, names, text, rows[fold != k], c, prior_weight)
        pc, pb = part.raw([data.features[i] for i in held], [data.copies[i] for i in held])
        oof[fold == k] = pc * pb
    model = _fit_uncalibrated(data, names, text, rows, c, prior_weight)
    model.calibrator, how, compared = choose_calibrator(oof, data.converted[rows], seed)
    pred = model.predict([data.features[i] for i in te], [data.copies[i] for i in te])
    report = {
        "text": text, "copy": copy, "calibration": how, "calibration_compared": compared,
        "calibration_rows": "out-of-fold", "cross_fit_folds": CROSS_FIT_FOLDS,
        "opens_used": model.open is not None, "c": c,
        "c_chosen": {k: float(np.ravel(m.C_)[0]) for k, m in (("open", model.open), ("click", model.click), ("buy", model.buy))
                     if hasattr(m, "C_")},
        "n_train": len(rows), "n_calibration": len(rows), "n_test": len(te),
        "test": {"conversion": metrics(data.converted[te], pred["convert"]),
                 "click": metrics(data.clicked[te], pred["click"]),
                 "prior_conversion": metrics(data.converted[te], data.prior[te])},
        "reliability": reliability(data.converted[te], pred["convert"]),
    }
    model.meta = {"report": report, "trained_at": datetime.now(timezone.utc).isoformat()}
    return model, report


def _fit_uncalibrated(data: TrainingSet, names: list[str], text: str, rows: np.ndarray, c: float | str,
                      prior_weight: float) -> ConversionModel:
    """The click (or open and click) and purchase models fitted on `rows`; no calibrator yet."""
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(np.array([[data.features[i].get(n, 0.0) for n in names] for i in rows]))
    model = ConversionModel(names, text, None, None, None, scaler, {})
    model.prior_weight = float(prior_weight)
    x = model._matrix(data.features, data.copies)
    _fit_click(model, x, data, rows, c)
    clicked = rows[data.clicked[rows] == 1]
    y_buy = data.converted[clicked]
    model.buy = (_logistic(c).fit(model._buy_columns(x[clicked]), y_buy)
                 if MIN_POSITIVES <= y_buy.sum() < len(y_buy) - 1 else float((y_buy.sum() + 1) / (len(y_buy) + 2)))
    return model


AUTO_CS = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
"""The inverse L2 strengths `c="auto"` chooses from."""


def _logistic(c: float | str):
    """L2 logistic regression: inverse strength `c`, or `"auto"`: chosen among `AUTO_CS` by the
    log loss of a 3-fold stratified cross-validation on the rows it is fitted on (few outcomes
    choose a strong penalty; many, a weak one)."""
    from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
    from sklearn.model_selection import StratifiedKFold

    if c == "auto":
        return LogisticRegressionCV(Cs=list(AUTO_CS), l1_ratios=(0.0,), use_legacy_attributes=False, cv=StratifiedKFold(3, shuffle=True, random_state=0),
                                    scoring="neg_log_loss", max_iter=2000)
    return LogisticRegression(C=float(c), max_iter=2000)


def _fit_click(model: ConversionModel, x, data: TrainingSet, tr: np.ndarray, c: float | str) -> None:
    """P(click) directly, or as P(open) x P(click | open) where opens are known and both models
    have enough of each class to learn from."""
    opened = data.opened
    if opened is not None and len(opened) == len(data.clicked):
        op_tr = tr[opened[tr] == 1]
        n_open, clicks = len(op_tr), int(data.clicked[op_tr].sum())
        if MIN_POSITIVES <= n_open <= len(tr) - MIN_POSITIVES and MIN_POSITIVES <= clicks <= n_open - MIN_POSITIVES:
            model.open = _logistic(c).fit(x[tr], opened[tr])
            model.click = _logistic(c).fit(x[op_tr], data.clicked[op_tr])
            return
    model.click = _logistic(c).fit(x[tr], data.clicked[tr])


def choose_calibrator(raw: np.ndarray, y: np.ndarray, seed: int = 0) -> tuple[Any, str, dict[str, float]]:
    """Isotonic or Platt, whichever has the lower log loss in a 2-fold split of the calibration
    rows (stratified, seeded); the chosen one is then refitted on all of them. With fewer than
    four positives isotonic regression has nothing to stand on and Platt is used."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.metrics import log_loss

    def make(kind: str):
        return IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1) if kind == "isotonic" else _Platt()

    if y.sum() < 4 or y.sum() > len(y) - 4:
        return make("platt").fit(raw, y), "platt", {}
    rng = np.random.default_rng(seed + 7)
    fold = np.zeros(len(y), dtype=int)
    for label in (0, 1):
        ix = rng.permutation(np.flatnonzero(y == label))
        fold[ix[: len(ix) // 2]] = 1
    losses = {}
    for kind in ("isotonic", "platt"):
        total = 0.0
        for k in (0, 1):
            fitted = make(kind).fit(raw[fold == k], y[fold == k])
            held = fold != k
            total += log_loss(y[held], np.clip(fitted.predict(raw[held]), 1e-4, 1 - 1e-4), labels=[0, 1]) * held.sum()
        losses[kind] = float(total / len(y))
    best = min(losses, key=losses.__getitem__)
    return make(best).fit(raw, y), best, losses


class _Platt:
    """Logistic calibration on the logit of the raw score (for few positives)."""

    def fit(self, raw: np.ndarray, y: np.ndarray) -> "_Platt":
        from sklearn.linear_model import LogisticRegression

        self.lr = LogisticRegression(C=1.0).fit(_logit(raw)[:, None], y) if 0 < y.sum() < len(y) else None
        self.rate = float((y.sum() + 0.5) / (len(y) + 1))
        return self

    def predict(self, raw: np.ndarray) -> np.ndarray:
        if self.lr is None:
            return np.full(len(raw), self.rate)
        return self.lr.predict_proba(_logit(raw)[:, None])[:, 1]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))
