"""Rules against a learned classifier: could a text classifier trained on the labelled frozen sets catch
what the guardrails' rules miss on sets neither has seen? Prints ONE JSON line.

    python bench/guardrails_learned.py [--held-out N M] [--max-added-false-blocks 0.01]
                                       [--out bench/results/guardrails_learned.json]

The classifier is what a competent user with these labels would try first: TF-IDF over character
2-4-grams and word 1-2-grams of the copy (with its channel and locale), a class-balanced logistic
regression (scikit-learn), label = the row must block. It is trained on every frozen set before the
held-out ones (`eval/guardrails/frozen`, `frozen-2` ..), and used beside the rules: a copy the rules
pass is blocked when the classifier's probability reaches a threshold. The threshold is chosen on the
training sets alone, leaving one set out at a time: the lowest threshold whose out-of-set
predictions add false blocks to at most `--max-added-false-blocks` of the rows that must not block.
The held-out sets (`--held-out`, by default the two highest-numbered) are then scored once with the rules alone, the classifier alone and the two
together (rules OR classifier): block recall, and false blocks of clean rows and of rows that must
not block; and the fine-tuning corpus's reference copies (finetune/data/*.jsonl, clean copy written
for their briefs, which the rules pass) that the classifier would block at that threshold. The rules were fixed on the training sets (their figures there are optimistic); the
held-out sets' rows tuned neither the rules nor the classifier. No torch, no network.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import emit

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.labelled import expected, load_labelled

FROZEN = ROOT / "eval" / "guardrails"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.01)


def set_path(n: int) -> Path:
    return FROZEN / "frozen" / "frozen.jsonl" if n == 1 else FROZEN / f"frozen-{n}" / f"frozen-{n}.jsonl"


def set_numbers() -> list[int]:
    found = [int(m.group(1)) for p in FROZEN.glob("frozen-*/frozen-*.jsonl")
             if (m := re.fullmatch(r"frozen-(\d+)", p.parent.name))]
    return sorted({1, *found})


def rows_of(n: int) -> list[dict]:
    """A set's rows with the rules' verdict (the set's own products as the run's catalogue)."""
    labelled = load_labelled(set_path(n))
    catalog = tuple({id(row.brief.product): row.brief.product for _, row in labelled}.values())
    guards: dict = {}
    out = []
    for raw, row in labelled:
        if row.campaign not in guards:
            guards[row.campaign] = Guardrails.load(campaign=row.campaign, catalog=catalog)
        verdict = guards[row.campaign].check(row.copy, row.brief, row.price_history)
        exp, _ = expected(raw)
        out.append({"set": n, "text": f"{raw['channel']} {raw['locale']} {raw['copy']}", "block": exp == "block",
                    "clean": exp == "pass", "rules": not verdict.passed})
    return out


def fit(rows: list[dict]):
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [r["text"] for r in rows]
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True).fit(texts)
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                            token_pattern=r"(?u)\b\w+\b").fit(texts)

    def features(rs):
        t = [r["text"] for r in rs]
        return hstack([chars.transform(t), words.transform(t)]).tocsr()

    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(features(rows), [r["block"] for r in rows])
    return lambda rs: model.predict_proba(features(rs))[:, 1]


def reference_rows() -> list[dict]:
    """The fine-tuning corpus's reference copies (clean), in the classifier's input form."""
    import json

    rows = []
    for path in sorted((ROOT / "finetune" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                brief = rec["brief"]
                rows.append({"text": f"{brief['channel']} {brief['locale']} {rec['copy']}", "id": rec.get("id")})
    return rows


def scores(rows: list[dict], p: np.ndarray, threshold: float) -> dict:
    block = np.array([r["block"] for r in rows])
    clean = np.array([r["clean"] for r in rows])
    rules = np.array([r["rules"] for r in rows])
    learned = p >= threshold

    def one(blocked):
        return {"block_recall": round(float(blocked[block].mean()), 4), "caught": int(blocked[block].sum()),
                "block_cases": int(block.sum()),
                "false_blocks_clean": int(blocked[clean].sum()), "clean_cases": int(clean.sum()),
                "false_blocks_must_not_block": int(blocked[~block].sum()), "must_not_block": int((~block).sum())}

    return {"rules": one(rules), "classifier": one(learned), "rules_or_classifier": one(rules | learned)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", type=int, nargs="+", default=None,
                    help="frozen sets to score (default: the two highest-numbered)")
    ap.add_argument("--max-added-false-blocks", type=float, default=0.01,
                    help="threshold choice: at most this share of the training rows that must not block "
                         "may be added as false blocks (out of set)")
    ap.add_argument("--out", default=None, help="also write the JSON line to this file")
    args = ap.parse_args()
    from promo_llm.manifest import build_manifest, file_sha256

    numbers = set_numbers()
    held = sorted(args.held_out or numbers[-2:])
    missing = [n for n in held if n not in numbers]
    if missing:
        raise SystemExit(f"no frozen set {missing[0]} under {FROZEN}")
    train_sets = [n for n in numbers if n < min(held)]
    train = [r for n in train_sets for r in rows_of(n)]
    test = [r for n in held for r in rows_of(n)]

    # Out-of-set probabilities on the training sets choose the threshold.
    oof = np.zeros(len(train))
    groups = np.array([r["set"] for r in train])
    for n in train_sets:
        inside = groups == n
        oof[inside] = fit([r for r, i in zip(train, inside) if not i])([r for r, i in zip(train, inside) if i])
    block = np.array([r["block"] for r in train])
    rules = np.array([r["rules"] for r in train])
    budget = args.max_added_false_blocks * int((~block).sum())
    curve = []
    for t in THRESHOLDS:
        added = (oof >= t) & ~rules
        curve.append({"threshold": t, "added_catches": int((added & block).sum()),
                      "added_false_blocks": int((added & ~block).sum())})
    threshold = next(c["threshold"] for c in curve if c["added_false_blocks"] <= budget)
    model = fit(train)
    p = model(test)
    reference = reference_rows()
    p_ref = model(reference) if reference else np.zeros(0)
    result = {
        "bench": "guardrails_learned",
        "train_sets": train_sets, "held_out_sets": held,
        "train_rows": len(train), "held_out_rows": len(test),
        "threshold": threshold,
        "training_sets_out_of_set": {"rules_miss": int((block & ~rules).sum()),
                                      "must_not_block": int((~block).sum()), "curve": curve},
        "held_out": scores(test, p, threshold),
        "reference_corpus": {"copies": len(reference), "classifier_blocks": int((p_ref >= threshold).sum()),
                             "by_threshold": {str(t): int((p_ref >= t).sum()) for t in THRESHOLDS},
                             "ids": [r["id"] for r, x in zip(reference, p_ref) if x >= threshold][:20]},
        # Reported, not used: the threshold is chosen on the training sets above.
        "held_out_curve": [{"threshold": t, **{k: v for k, v in scores(test, p, t)["rules_or_classifier"].items()
                                               if k in ("caught", "false_blocks_clean", "false_blocks_must_not_block")}}
                           for t in THRESHOLDS],
    }
    data = {str(set_path(n).relative_to(ROOT)): file_sha256(set_path(n)) for n in train_sets + held}
    data.update({str(q.relative_to(ROOT)): file_sha256(q) for q in sorted((ROOT / "finetune" / "data").glob("*.jsonl"))})
    result["manifest"] = build_manifest(kind="bench_guardrails_learned",
                                        config={"max_added_false_blocks": args.max_added_false_blocks,
                                                "thresholds": list(THRESHOLDS), "C": 4.0},
                                        seed=None, data=data)
    emit(result, args.out)


if __name__ == "__main__":
    main()
