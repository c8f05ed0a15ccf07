"""Benchmark: the text response model on real randomised headline tests (Upworthy Research Archive).

Tests are split by story (tests sharing a headline, image or lede stay together) into train 60% /
validation 20% / held-out 20%. The text model (char + word TF-IDF and hand-made text features,
pairwise logistic regression) and two baselines trained on the same split in the same process --
headline length (direction from the training pairs) and word TF-IDF + pairwise logistic regression
(n-gram range and C tuned on validation) -- are measured by pairwise accuracy on pairs of distinct
headlines from one test and image whose click rates differ significantly (two-proportion z-test,
|z| > 1.96). Every setting is chosen on the validation tests; held-out figures are reported apart,
with 95% bootstrap intervals over resampled tests and the interval of each baseline's gap to the
text model. Prints one JSON object.

    python bench/textab.py [--packages ../shared/data/upworthy/packages.parquet]
                           [--seeds 0] [--out bench/results/textab.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "data" / "upworthy" / "packages.parquet"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packages", type=Path, default=DEFAULT, help="packages file (default: the optional data folder)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0], help="split seeds; the first is the headline run")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    if not args.packages.is_file():
        sys.exit(f"packages file not found: {args.packages} (the optional data folder ../shared/data/upworthy)")

    from promo_llm.manifest import build_manifest, file_sha256
    from promo_llm.textab.evaluate import train_and_evaluate
    from promo_llm.textab.pairs import read_packages

    pk = read_packages(args.packages)
    runs = []
    for seed in args.seeds:
        t0 = time.perf_counter()
        _, report = train_and_evaluate(pk, seed=seed)
        report["seconds"] = round(time.perf_counter() - t0, 1)
        runs.append(report)
    head = runs[0]
    out = {
        "bench": "textab",
        "data": {"file": args.packages.name, "sha256": file_sha256(args.packages), "packages": len(pk)},
        "held_out": head["held_out"], "validation": head["validation"],
        "chosen": {"text_model": head["config"], "tfidf_logreg": head["baselines"]["tfidf_logreg"],
                   "length": head["baselines"]["length"]},
        "other_seeds": [{"seed": r["seed"], "held_out_accuracy": r["held_out"]["accuracy"],
                         "held_out_pairs": r["held_out"]["pairs"], "validation_accuracy": r["validation"]["accuracy"]}
                        for r in runs[1:]],
        "report": head,
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_1m": round(os.getloadavg()[0], 2)},
        "manifest": build_manifest(kind="bench-textab", config={"seeds": args.seeds}, seed=args.seeds[0],
                                   data={"packages": file_sha256(args.packages)}),
    }
    text = json.dumps(out, indent=1)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
