"""What differential privacy costs in quality: one small LoRA run on SmolLM2-135M, with and without
DP-SGD (the `dp` extra), everything else equal; validation loss of both adapters measured the same
way (token-weighted cross-entropy on the copy tokens of finetune/data/valid_en_a.jsonl).

Prints JSON (with a manifest). Needs opacus: pip install 'promo-llm[dp]'. About 15 minutes on 2 busy CPU cores.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
STEPS, BATCH, EPSILON, DELTA = 10, 4, 8.0, 1e-4


def recipe(out: Path, private: bool) -> Path:
    body = {
        "model": {"name": "smollm2-135m"},
        "data": {"train_files": [str(ROOT / "finetune/data/train_en_a.jsonl")],
                 "valid_files": [str(ROOT / "finetune/data/valid_en_a.jsonl")]},
        "lora": {"r": 8, "alpha": 16, "dropout": 0.0, "target_modules": ["q_proj", "v_proj", "o_proj"],
                 "layers": [28, 29]},
        "training": {"max_steps": STEPS, "batch_size": BATCH, "eval_batch_size": 8, "learning_rate": 2e-3,
                     "schedule": "constant", "warmup_ratio": 0.0, "max_length": 256, "precision": "fp32",
                     "logging_steps": 2, "save_steps": 1000, "seed": 0},
        "privacy": {"enabled": private, "epsilon": EPSILON, "delta": DELTA, "max_grad_norm": 1.0},
        "output": {"dir": str(out / "adapter")},
    }
    path = out / "recipe.yaml"
    path.write_text(yaml.safe_dump(body))
    return path


def valid_loss(adapter: Path | None) -> float:
    import torch
    from peft import PeftModel

    from promo_llm.finetune_data import PadCollator, encode_example, read_rows
    from promo_llm.models import load_model

    model, tok = load_model("smollm2-135m")
    if adapter is not None:
        model = PeftModel.from_pretrained(model, str(adapter))
    model.eval()
    rows = [encode_example(r, tok) for r in read_rows([ROOT / "finetune/data/valid_en_a.jsonl"])]
    rows = [r for r in rows if len(r["input_ids"]) <= 256]  # what training keeps (max_length)
    total, count = 0.0, 0
    with torch.no_grad():
        for k in range(0, len(rows), 8):
            batch = PadCollator(tok.pad_token_id)(rows[k:k + 8])
            n = int((batch["labels"][:, 1:] != -100).sum())
            total += float(model(**batch).loss) * n
            count += n
    return round(total / count, 4)


def main() -> None:
    from promo_llm.finetune import load_recipe, run_finetune
    from promo_llm.manifest import build_manifest

    out: dict = {"base_model": {"valid_loss": valid_loss(None)}}
    for name, private in (("lora", False), ("lora_dp", True)):
        with tempfile.TemporaryDirectory() as d, contextlib.redirect_stdout(sys.stderr):  # Trainer logs
            res = run_finetune(load_recipe(recipe(Path(d), private)))
            out[name] = {"valid_loss": valid_loss(res.adapter_dir), "train_seconds": res.metrics["train_seconds"],
                         "privacy": res.metrics.get("privacy")}
    out["manifest"] = build_manifest(kind="bench_dp_cost", config={"steps": STEPS, "batch": BATCH,
                                     "epsilon": EPSILON, "delta": DELTA}, seed=0)
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
