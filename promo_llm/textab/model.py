"""The text response model: a pairwise logistic model over n-gram TF-IDF and hand-made text features.

Tests differ a lot in their baseline click rate (the story and the image matter more than the
words), so the model is not fitted to absolute rates: it learns a utility u(text) from pairs of
headlines of one test and image, P(a beats b) = sigmoid(u(a) - u(b)), with u linear in the
features (scikit-learn LogisticRegression on feature differences, both orientations, no
intercept). `predict` maps the utility to a response rate: the training packages' pooled click rate
at the average utility, and a slope fitted on the validation tests by regressing each package's
log-odds of clicking, centred within its test and image, on its centred utility. Only differences
between texts are learned from the randomisation; the level is the archive's average.

Saved as model.json (config, vocabularies, calibration), weights.npz (coefficients, IDF weights)
and manifest.json; `load_text_model(dir)` restores it without pickles.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import UserError
from .features import FEATURE_NAMES, feature_matrix
from .pairs import Packages, Pairs, groups

FORMAT = "promo-llm-textab/1"


@dataclass
class TextABConfig:
    """Features and fitting of one model; a None n-gram range leaves that block out."""

    char_ngrams: tuple[int, int] | None = (2, 5)
    word_ngrams: tuple[int, int] | None = (1, 2)
    char_min_df: int = 3
    word_min_df: int = 2
    hand_weight: float = 0.5  # scale of the standardised hand-made block beside the TF-IDF blocks
    C: float = 1.0  # inverse L2 strength of the pairwise logistic regression
    min_z: float = 1.96  # training pairs: |z| above this

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TextABConfig":
        d = dict(d)
        for k in ("char_ngrams", "word_ngrams"):
            d[k] = tuple(d[k]) if d.get(k) else None
        return cls(**d)


def _vectorizer(kind: str, ngrams: tuple[int, int], min_df: int = 1, vocabulary: list[str] | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    if kind == "char":
        return TfidfVectorizer(analyzer="char_wb", ngram_range=ngrams, min_df=min_df, sublinear_tf=True,
                               lowercase=False, vocabulary=vocabulary, dtype=np.float32)
    return TfidfVectorizer(analyzer="word", ngram_range=ngrams, min_df=min_df, sublinear_tf=True,
                           token_pattern=r"(?u)\b\w[\w']*\b", vocabulary=vocabulary, dtype=np.float32)


@dataclass
class Featurizer:
    """Texts -> sparse rows: [char TF-IDF | word TF-IDF | hand_weight * standardised hand features]."""

    config: TextABConfig
    vectorizers: dict[str, Any] = field(default_factory=dict)
    hand_mean: np.ndarray | None = None
    hand_scale: np.ndarray | None = None

    def fit(self, texts: Sequence[str]) -> "Featurizer":
        c = self.config
        for kind, ngrams, min_df in (("char", c.char_ngrams, c.char_min_df), ("word", c.word_ngrams, c.word_min_df)):
            if ngrams:
                self.vectorizers[kind] = _vectorizer(kind, ngrams, min(min_df, max(1, len(texts) // 2))).fit(texts)
        if c.hand_weight > 0:
            h = feature_matrix(list(texts))
            self.hand_mean, self.hand_scale = h.mean(0), np.where(h.std(0) > 0, h.std(0), 1.0)
        return self

    def transform(self, texts: Sequence[str]):
        from scipy import sparse

        blocks = [v.transform(texts) for v in self.vectorizers.values()]
        if self.hand_mean is not None:
            h = (feature_matrix(list(texts)) - self.hand_mean) / self.hand_scale
            blocks.append(sparse.csr_matrix(h * self.config.hand_weight / np.sqrt(h.shape[1])))
        return sparse.hstack(blocks, format="csr")

    def to_json(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta: dict[str, Any] = {"vocabularies": {}, "hand_features": list(FEATURE_NAMES)}
        arrays: dict[str, np.ndarray] = {}
        for kind, v in self.vectorizers.items():
            meta["vocabularies"][kind] = sorted(v.vocabulary_, key=v.vocabulary_.get)
            arrays[f"idf_{kind}"] = v.idf_
        if self.hand_mean is not None:
            arrays["hand_mean"], arrays["hand_scale"] = self.hand_mean, self.hand_scale
        return meta, arrays

    @classmethod
    def from_json(cls, config: TextABConfig, meta: dict[str, Any], arrays: Any) -> "Featurizer":
        f = cls(config)
        if meta.get("hand_features", list(FEATURE_NAMES)) != list(FEATURE_NAMES):
            raise UserError("model's hand-made features differ from this version's; retrain it")
        for kind, vocab in meta["vocabularies"].items():
            v = _vectorizer(kind, tuple(getattr(config, f"{kind}_ngrams")), vocabulary=vocab)
            v.idf_ = arrays[f"idf_{kind}"]
            f.vectorizers[kind] = v
        if "hand_mean" in arrays:
            f.hand_mean, f.hand_scale = arrays["hand_mean"], arrays["hand_scale"]
        return f


def fit_pairwise(X, pairs: Pairs, C: float) -> np.ndarray:
    """Weights w with P(a beats b) = sigmoid(w . (x_a - x_b)), from pairs in both orientations."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    if len(pairs) == 0:
        raise UserError("no training pairs: need tests with two or more headlines and a clear winner")
    diff = X[pairs.a] - X[pairs.b]
    y = (pairs.z > 0).astype(int)
    m = LogisticRegression(C=C, fit_intercept=False, max_iter=5000)
    m.fit(sparse.vstack([diff, -diff], format="csr"), np.r_[y, 1 - y])
    return m.coef_.ravel().astype(np.float64)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


@dataclass
class TextResponseModel:
    """Utility and predicted response rate of texts; see the module docstring."""

    config: TextABConfig
    featurizer: Featurizer
    coef: np.ndarray
    base_logit: float = 0.0
    slope: float = 1.0
    u_center: float = 0.0

    @classmethod
    def fit(cls, pk: Packages, train_idx: Sequence[int], pairs: Pairs, config: TextABConfig,
            featurized: tuple[Featurizer, Any] | None = None) -> "TextResponseModel":
        """Fit features on the training packages' headlines, weights on `pairs` with |z| > min_z.

        `featurized` = (featurizer, rows of all of pk) reuses features already fitted on the same
        training packages with the same feature settings (a grid over C and min_z)."""
        if featurized is None:
            featurizer = Featurizer(config).fit([pk.headline[i] for i in train_idx])
            featurized = featurizer, featurizer.transform(pk.headline)
        featurizer, X = featurized
        coef = fit_pairwise(X, pairs.significant(config.min_z), config.C)
        model = cls(config, featurizer, coef)
        u = X[list(train_idx)] @ coef
        model.u_center = float(u.mean())
        idx = list(train_idx)
        model.base_logit = _logit(float(pk.clicks[idx].sum()) / float(pk.impressions[idx].sum()))
        return model

    def utility(self, texts: Sequence[str]) -> np.ndarray:
        """Relative appeal of each text; only differences between texts carry meaning."""
        if len(texts) == 0:
            return np.zeros(0)
        return np.asarray(self.featurizer.transform(list(texts)) @ self.coef, dtype=float)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Predicted response (click) rate of each text, for a test at the archive's average level."""
        return _sigmoid(self.base_logit + self.slope * (self.utility(texts) - self.u_center))

    def calibrate(self, pk: Packages, tests: set[str]) -> float:
        """Fit the slope from utility to log-odds on packages of `tests` (within test and image)."""
        ys, us, ws = [], [], []
        for (test, _img), idx in groups(pk).items():
            if test not in tests or len(idx) < 2:
                continue
            c, n = pk.clicks[idx] + 0.5, pk.impressions[idx] + 1.0
            y = np.log(c / (n - c))
            w = 1.0 / (1.0 / c + 1.0 / (n - c))  # inverse variance of the empirical log-odds
            u = self.utility([pk.headline[i] for i in idx])
            ys.append(y - np.average(y, weights=w)), us.append(u - np.average(u, weights=w)), ws.append(w)
        if not ys:
            raise UserError("no test with two or more packages to calibrate on")
        y, u, w = np.concatenate(ys), np.concatenate(us), np.concatenate(ws)
        denom = float(np.sum(w * u * u))
        self.slope = max(0.0, float(np.sum(w * u * y)) / denom) if denom > 0 else 0.0
        return self.slope

    def save(self, out: Path | str, manifest: dict[str, Any]) -> Path:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        meta, arrays = self.featurizer.to_json()
        body = {"format": FORMAT, "config": asdict(self.config), "base_logit": self.base_logit,
                "slope": self.slope, "u_center": self.u_center, **meta}
        (out / "model.json").write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(out / "weights.npz", coef=self.coef, **arrays)
        (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str),
                                           encoding="utf-8")
        return out

    @classmethod
    def load(cls, model_dir: Path | str) -> "TextResponseModel":
        d = Path(model_dir)
        if not (d / "model.json").is_file() or not (d / "weights.npz").is_file():
            raise UserError(f"{d}: not a text model folder (expected model.json and weights.npz; "
                            "make one with `promo-llm rerank train-ab`)")
        body = json.loads((d / "model.json").read_text(encoding="utf-8"))
        if body.get("format") != FORMAT:
            raise UserError(f"{d}/model.json: format {body.get('format')!r}, expected {FORMAT!r}")
        config = TextABConfig.from_dict(body["config"])
        with np.load(d / "weights.npz") as arrays:
            arrays = dict(arrays)
        featurizer = Featurizer.from_json(config, body, arrays)
        return cls(config, featurizer, arrays["coef"], body["base_logit"], body["slope"], body["u_center"])


def load_text_model(model_dir: Path | str) -> TextResponseModel:
    """A saved text model; `.predict(texts)` gives predicted response rates (np.ndarray)."""
    return TextResponseModel.load(model_dir)
