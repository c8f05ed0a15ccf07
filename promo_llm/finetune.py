"""Fine-tuning stage: LoRA on the copy model from a YAML recipe, readable top to bottom.

    recipe.yaml -> corpus rows {"id", "brief", "copy"} -> prompts rendered by prompting.render_prompt
    (the same code that serves them) -> token ids with loss only on the copy -> `datasets` cache ->
    transformers Trainer + peft LoRA -> adapter folder (PEFT files + manifest.json)

Run it with `promo-llm finetune RECIPE.yaml`, or data-parallel with
`accelerate launch -m promo_llm.finetune RECIPE.yaml`. This module must not build prompts any other
way than through prompting.py: a prompt that differs by one token between training and serving
costs quality silently. torch/transformers/peft are imported inside functions so that loading a
recipe stays cheap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .config import config_to_dict, load_config, opt
from .dp import PrivacySection
from .errors import ConfigError, UserError
from .shipped import refuse_shipped

SCHEDULES = ("linear", "cosine", "constant", "constant_with_warmup")
GROUPINGS = ("length", "packing", "none")
PRECISIONS = ("fp32", "bf16", "auto")
REPORTERS = ("none", "tensorboard", "wandb", "mlflow")
EMBEDDING_MODULES = ("embed_tokens", "lm_head", "wte", "embed_in", "embed_out")
ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json", "manifest.json")


# --- 1. the recipe ----------------------------------------------------------------------------

@dataclass
class ModelSection:
    name: str = opt("smollm2-135m", "base model: packaged name, local model folder or hub id")


@dataclass
class DataSection:
    train_files: list[str] = opt([], "JSONL files or globs of {id, brief, copy} rows (relative to the repo root, or absolute)")
    valid_files: list[str] = opt([], "held-out JSONL files or globs, same format; validation loss is computed on them")
    templates: str = opt("shipped", "prompt templates; 'shipped' = prompts/ rendered by prompting.py, as at serving")

    def __post_init__(self) -> None:
        if not self.train_files:
            raise ConfigError("train_files: at least one training file is required")
        if self.templates != "shipped":
            raise ConfigError(f"templates: only 'shipped' is supported (train == serve), got {self.templates!r}")


@dataclass
class LoraSection:
    r: int = opt(16, "LoRA rank")
    alpha: int = opt(32, "LoRA scaling numerator (the update is scaled by alpha / r)")
    dropout: float = opt(0.05, "dropout on the LoRA input")
    target_modules: list[str] = opt(["q_proj", "k_proj", "v_proj", "o_proj"], "linear layers that get an adapter")
    layers: list[int] = opt([], "decoder layers (0-based) that get adapters; empty = all. Top layers only means backprop stops there: much cheaper on CPU")

    def __post_init__(self) -> None:
        if self.r < 1:
            raise ConfigError(f"r: must be at least 1, got {self.r!r}")
        if self.alpha < 1:
            raise ConfigError(f"alpha: must be at least 1, got {self.alpha!r}")
        if not 0 <= self.dropout < 1:
            raise ConfigError(f"dropout: must be in [0, 1), got {self.dropout!r}")
        if not self.target_modules:
            raise ConfigError("target_modules: at least one module name is required")
        if any(i < 0 for i in self.layers):
            raise ConfigError(f"layers: layer indices are 0-based and non-negative, got {self.layers!r}")


@dataclass
class TrainingSection:
    epochs: float = opt(1.0, "passes over the training data (ignored when max_steps > 0)")
    max_steps: int = opt(-1, "optimizer steps to run; -1 = use epochs")
    learning_rate: float = opt(2e-4, "peak learning rate")
    schedule: str = opt("cosine", "learning-rate schedule: linear, cosine, constant, constant_with_warmup")
    warmup_ratio: float = opt(0.05, "share of steps spent warming up linearly from 0")
    batch_size: int = opt(8, "examples per device per micro-batch")
    eval_batch_size: int = opt(8, "examples per device per validation batch")
    grad_accum: int = opt(1, "micro-batches per optimizer step")
    max_length: int = opt(1024, "longest example in tokens; longer examples are dropped (never cut)")
    grouping: str = opt("length", "batching: length (similar lengths together), packing (fill rows), none")
    seed: int = opt(0, "seed for LoRA init, shuffling and dropout")
    precision: str = opt("fp32", "fp32, bf16 mixed precision (autocast; weights stay fp32), or auto: bf16 "
                                 "where the device runs it natively (CUDA with bf16, a CPU with AVX512-BF16 "
                                 "or AMX), else fp32")
    weight_decay: float = opt(0.0, "AdamW weight decay")
    max_grad_norm: float = opt(1.0, "gradient clipping norm")
    save_steps: int = opt(50, "save a checkpoint every N optimizer steps")
    save_total_limit: int = opt(2, "keep at most this many checkpoints")
    eval_steps: int = opt(0, "validation loss every N steps; 0 = only at the end")
    eval_max_rows: int = opt(0, "validate on at most this many held-out rows (the first ones, in file order); 0 = all. Bounds smoke runs: --set training.eval_max_rows=32")
    logging_steps: int = opt(10, "log the training loss every N steps")
    max_minutes: float | None = opt(None, "stop after this many minutes of training, saving the adapter as it is; null = no limit")

    def __post_init__(self) -> None:
        if self.max_steps < 1 and self.max_steps != -1:
            raise ConfigError(f"max_steps: must be -1 or at least 1, got {self.max_steps!r}")
        if self.max_steps == -1 and not self.epochs > 0:
            raise ConfigError(f"epochs: must be positive when max_steps is -1, got {self.epochs!r}")
        if not self.learning_rate > 0:
            raise ConfigError(f"learning_rate: must be positive, got {self.learning_rate!r}")
        if self.schedule not in SCHEDULES:
            raise ConfigError(f"schedule: expected one of {', '.join(SCHEDULES)}, got {self.schedule!r}")
        if not 0 <= self.warmup_ratio < 1:
            raise ConfigError(f"warmup_ratio: must be in [0, 1), got {self.warmup_ratio!r}")
        for name in ("batch_size", "eval_batch_size", "grad_accum", "save_steps", "save_total_limit",
                     "logging_steps"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name}: must be at least 1, got {getattr(self, name)!r}")
        if self.max_length < 16:
            raise ConfigError(f"max_length: must be at least 16, got {self.max_length!r}")
        if self.grouping not in GROUPINGS:
            raise ConfigError(f"grouping: expected one of {', '.join(GROUPINGS)}, got {self.grouping!r}")
        if self.precision not in PRECISIONS:
            raise ConfigError(f"precision: expected one of {', '.join(PRECISIONS)}, got {self.precision!r}")
        if self.max_minutes is not None and not self.max_minutes > 0:
            raise ConfigError(f"max_minutes: must be positive or null, got {self.max_minutes!r}")
        for name in ("eval_steps", "eval_max_rows"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name}: must be 0 or positive, got {getattr(self, name)!r}")


@dataclass
class OutputSection:
    dir: str = opt(help="adapter folder to write (PEFT files + manifest.json)")
    work_dir: str | None = opt(None, "checkpoints and the tokenised-data cache (default: <dir>/work)")


@dataclass
class LoggingSection:
    report_to: str = opt("none", "experiment tracker: none, tensorboard, wandb, mlflow")
    run_name: str | None = opt(None, "run name shown by the tracker")

    def __post_init__(self) -> None:
        if self.report_to not in REPORTERS:
            raise ConfigError(f"report_to: expected one of {', '.join(REPORTERS)}, got {self.report_to!r}")


@dataclass
class FinetuneRecipe:
    output: OutputSection = opt(help="where the adapter and checkpoints go")
    data: DataSection = opt(help="training and validation corpus")
    model: ModelSection = opt(None, "base model")
    lora: LoraSection = opt(None, "LoRA adapter shape")
    training: TrainingSection = opt(None, "optimisation")
    logging: LoggingSection = opt(None, "experiment tracking")
    privacy: PrivacySection = opt(None, "differential privacy (DP-SGD); off unless enabled")

    def __post_init__(self) -> None:
        self.privacy = self.privacy or PrivacySection()
        self.model = self.model or ModelSection()
        self.lora = self.lora or LoraSection()
        self.training = self.training or TrainingSection()
        self.logging = self.logging or LoggingSection()
        self._root = Path.cwd()

    def path(self, p: str) -> Path:
        """A recipe path: absolute as given, else relative to the recipe's repo root."""
        q = Path(p).expanduser()
        return q if q.is_absolute() else self._root / q

    def files(self, patterns: Sequence[str]) -> list[Path]:
        return expand_files(patterns, self._root)

    @property
    def work_dir(self) -> Path:
        return self.path(self.output.work_dir) if self.output.work_dir else self.path(self.output.dir) / "work"


def expand_files(patterns: Sequence[str], root: Path) -> list[Path]:
    """File entries -> paths (relative ones under `root`); a glob expands to its sorted matches."""
    out: list[Path] = []
    for p in patterns:
        q = Path(p).expanduser()
        q = q if q.is_absolute() else root / q
        if any(ch in p for ch in "*?["):
            matches = sorted(q.parent.glob(q.name))
            if not matches:
                raise UserError(f"{p}: no file matches")
            out += [m for m in matches if m not in out]
        elif q not in out:
            out.append(q)
    return out


def recipe_root(recipe_path: Path) -> Path:
    """The folder that holds `finetune/` above the recipe (the repo root), else the current folder."""
    for parent in recipe_path.resolve().parents:
        if (parent / "finetune").is_dir():
            return parent
    return Path.cwd()


def load_recipe(path: str | Path, overrides: Sequence[str] = ()) -> FinetuneRecipe:
    """Read and validate a recipe; `overrides` are `key.sub=value` strings (`--set`)."""
    recipe = load_config(FinetuneRecipe, path, list(overrides))
    recipe._root = recipe_root(Path(path))
    return recipe


# --- 2. the corpus: finetune_data.py (read_rows, encode_example, tokenize_split, pack_examples,
# PadCollator) ---------------------------------------------------------------------------------

# --- 3. training ---------------------------------------------------------------------------------

def resolve_precision(precision: str, cuda: bool) -> str:
    """The precision a run trains in: `auto` -> bf16 where the device runs it natively, else fp32.
    bf16 asked for on a CPU without native bf16 is kept, with a warning: autocast is emulated there
    and a step can take tens of times longer than in fp32."""
    from .generation.runtime import cpu_supports_bf16

    if cuda:
        import torch

        native = torch.cuda.is_bf16_supported()
    else:
        native = cpu_supports_bf16()
    if precision == "auto":
        return "bf16" if native else "fp32"
    if precision == "bf16" and not native:
        _log("warning: training.precision bf16 on a device without native bf16 (a CPU without "
             "AVX512-BF16 or AMX): it is emulated and can be tens of times slower than fp32; "
             "use precision: auto or fp32")
    return precision


def _log(msg: str) -> None:
    if int(os.environ.get("LOCAL_RANK", "0")) == 0:
        print(msg, file=sys.stderr, flush=True)


@dataclass
class FinetuneResult:
    adapter_dir: Path
    metrics: dict[str, Any]
    model: Any
    """The trained PEFT model, still in memory (tests inspect its parameters)."""


def build_lora_model(recipe: FinetuneRecipe) -> tuple[Any, Any]:
    """(PEFT model, tokenizer): the base model through the serving loader, fresh LoRA on top.

    The seed is set right before the LoRA weights are drawn, so the initial adapter is reproducible.
    """
    from peft import LoraConfig, get_peft_model
    from transformers import set_seed

    from .models import load_model

    model, tok = load_model(recipe.model.name)
    model.config.use_cache = False
    set_seed(recipe.training.seed)
    model = get_peft_model(model, LoraConfig(
        r=recipe.lora.r, lora_alpha=recipe.lora.alpha, lora_dropout=recipe.lora.dropout,
        target_modules=list(recipe.lora.target_modules), task_type="CAUSAL_LM",
        layers_to_transform=list(recipe.lora.layers) or None))
    return model, tok


def complete_checkpoint(work: Path) -> str | None:
    """The newest checkpoint under `work` written whole (trainer state and optimizer saved): a
    folder a kill left half-written is skipped."""
    whole = [(int(d.name.split("-")[-1]), d) for d in Path(work).glob("checkpoint-*")
             if d.name.split("-")[-1].isdigit() and (d / "trainer_state.json").is_file()
             and (d / "optimizer.pt").is_file()]
    return str(max(whole)[1]) if whole else None


def run_finetune(recipe: FinetuneRecipe, *, resume: bool = False, overwrite_shipped: bool = False) -> FinetuneResult:
    """Train a LoRA adapter as `recipe` says; writes the adapter folder with its manifest.json.

    With `resume`, training continues from the newest checkpoint under the work folder (after a
    kill, or with a larger max_steps); without, old checkpoints there are removed first.
    """
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    from transformers import Trainer, TrainingArguments
    from transformers.trainer_callback import ProgressCallback
    from transformers.trainer_utils import get_last_checkpoint

    from .finetune_callbacks import labelled_progress, time_limit

    from .finetune_data import (ENCODING_VERSION, PadCollator, data_hash, pack_examples, read_rows,
                                tokenize_split, tokenizer_fingerprint)
    from .prompting import template_hashes

    t = recipe.training
    out_dir = recipe.path(recipe.output.dir)
    refuse_shipped(out_dir, recipe._root, overwrite_shipped, "output.dir")
    work = recipe.work_dir
    train_files = recipe.files(recipe.data.train_files)
    valid_files = recipe.files(recipe.data.valid_files)

    # Checkpoints: resume from the newest, or start clean so a fresh run never mixes with an old one.
    checkpoint = complete_checkpoint(work) if resume else get_last_checkpoint(str(work)) if work.is_dir() else None
    if resume and checkpoint is None:
        _log(f"--resume: no checkpoint under {work}; starting from step 0")
    if not resume and checkpoint is not None:
        if int(os.environ.get("LOCAL_RANK", "0")) == 0:
            _log(f"removing checkpoints of an earlier run under {work} (pass --resume to continue it)")
            for old in work.glob("checkpoint-*"):
                shutil.rmtree(old)
        checkpoint = None

    model, tok = build_lora_model(recipe)
    precision = resolve_precision(t.precision, torch.cuda.is_available())
    _log(f"precision: {precision}" + (" (auto)" if t.precision == "auto" else ""))

    report_to = [] if recipe.logging.report_to == "none" else [recipe.logging.report_to]
    args = TrainingArguments(
        output_dir=str(work), num_train_epochs=t.epochs, max_steps=t.max_steps,
        learning_rate=t.learning_rate, lr_scheduler_type=t.schedule, warmup_steps=t.warmup_ratio,
        per_device_train_batch_size=t.batch_size, per_device_eval_batch_size=t.eval_batch_size,
        gradient_accumulation_steps=t.grad_accum, weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm, bf16=precision == "bf16", seed=t.seed, data_seed=t.seed,
        save_strategy="steps", save_steps=t.save_steps, save_total_limit=t.save_total_limit,
        eval_strategy="steps" if (t.eval_steps and valid_files) else "no",
        eval_steps=t.eval_steps or None, logging_steps=t.logging_steps, report_to=report_to,
        run_name=recipe.logging.run_name, disable_tqdm=False, remove_unused_columns=False,
        train_sampling_strategy="group_by_length" if t.grouping == "length" else "random",
        length_column_name="length", include_num_input_tokens_seen="non_padding",
        dataloader_num_workers=0, ddp_find_unused_parameters=False,
        use_cpu=not torch.cuda.is_available(),  # bf16 autocast on CPU needs this said explicitly
    )

    # Data: rendered by prompting.py, tokenised once per (data, tokenizer, templates) and cached.
    data = {"train": data_hash(train_files), "valid": data_hash(valid_files) if valid_files else None}
    data["sha256"] = data_hash(train_files + valid_files)["sha256"]
    identity = json.dumps([tokenizer_fingerprint(tok), template_hashes(), ENCODING_VERSION])
    splits: dict[str, Any] = {}
    dropped: dict[str, int] = {}
    with args.main_process_first(desc="tokenising"):
        for split, files in (("train", train_files), ("valid", valid_files)):
            if not files:
                continue
            key = hashlib.sha256((identity + data[split]["sha256"]).encode()).hexdigest()[:16]
            splits[split], dropped[split] = tokenize_split(read_rows(files), tok, t.max_length,
                                                           work / "cache", f"{split}-{key}")
    if "valid" in splits and 0 < t.eval_max_rows < len(splits["valid"]):
        _log(f"validation: the first {t.eval_max_rows} of {len(splits['valid'])} held-out rows "
             "(training.eval_max_rows)")
        splits["valid"] = splits["valid"].select(range(t.eval_max_rows))
    if dropped.get("train"):
        _log(f"dropped {dropped['train']} training examples longer than {t.max_length} tokens")
    train_ds = splits["train"]
    if t.grouping == "packing":
        train_ds = pack_examples(train_ds, t.max_length)
    if len(train_ds) == 0:
        raise UserError("no training examples left (all longer than training.max_length?)")

    trainer = Trainer(model=model, args=args, train_dataset=train_ds, eval_dataset=splits.get("valid"),
                      data_collator=PadCollator(tok.pad_token_id, trim_logits=True),
                      callbacks=[time_limit(t.max_minutes, _log)] if t.max_minutes else None)
    trainer.remove_callback(ProgressCallback)
    trainer.add_callback(labelled_progress())
    if recipe.privacy.enabled:
        if resume:
            raise UserError("--resume: not supported with privacy.enabled (start the run again)")
        from .dp import train_private

        metrics, history = train_private(model, train_ds, splits.get("valid"), PadCollator(tok.pad_token_id),
                                         t, recipe.privacy, _log)
        return _save_adapter(recipe, out_dir, model, data, metrics, history)
    resumed_from = int(Path(checkpoint).name.split("-")[-1]) if checkpoint else 0
    if checkpoint:
        _log(f"resuming from {checkpoint}")
    tokens_before = _tokens_at(checkpoint)  # read now: rotation may delete that checkpoint
    start = time.perf_counter()
    result = trainer.train(resume_from_checkpoint=checkpoint)
    seconds = time.perf_counter() - start
    state = trainer.state
    tokens = state.num_input_tokens_seen - tokens_before
    metrics: dict[str, Any] = {
        "train_loss": round(result.training_loss, 4),
        "last_logged_train_loss": next((h["loss"] for h in reversed(state.log_history) if "loss" in h), None),
        "global_step": state.global_step, "epochs": round(state.epoch or 0.0, 3),
        "resumed_from_step": resumed_from, "train_seconds": round(seconds, 1),
        "train_tokens": int(tokens), "tokens_per_second": round(tokens / seconds, 1) if seconds else None,
        "train_examples": len(splits["train"]), "valid_examples": len(splits["valid"]) if "valid" in splits else 0,
        "stopped_by_time_limit": bool(t.max_minutes and t.max_steps > 0 and state.global_step < t.max_steps),
        "dropped_too_long": dropped, "world_size": args.world_size,
        "device": "cuda" if torch.cuda.is_available() else "cpu", "precision": precision,
    }
    if "valid" in splits:
        metrics["valid_loss"] = round(trainer.evaluate()["eval_loss"], 4)

    if trainer.is_world_process_zero():
        _save_adapter(recipe, out_dir, trainer.model, data, metrics, state.log_history)
    return FinetuneResult(out_dir, metrics, trainer.model)


def _save_adapter(recipe: FinetuneRecipe, out_dir: Path, model: Any, data: dict[str, Any],
                  metrics: dict[str, Any], history: list[dict]) -> FinetuneResult:
    """The adapter's PEFT files and its manifest (metrics, and epsilon and delta when private)."""
    from .manifest import build_manifest
    from .models import model_id

    out_dir.mkdir(parents=True, exist_ok=True)
    # Name the base model as the recipe does ('smollm2-135m'), not by this machine's cache path.
    for cfg in model.peft_config.values():
        cfg.base_model_name_or_path = recipe.model.name
    # Said, not looked up: left to 'auto', peft asks the hub whether the renamed base has a
    # config.json (offline: "Unable to fetch remote file"). Embeddings are saved only when
    # LoRA targets them; this code never resizes the vocabulary.
    model.save_pretrained(str(out_dir), save_embedding_layers=any(
        m in EMBEDDING_MODULES for m in recipe.lora.target_modules))
    (out_dir / "README.md").unlink(missing_ok=True)  # peft's model-card stub; manifest says more
    extra = {"base_model": recipe.model.name, "metrics": metrics, "log_history": history}
    if "privacy" in metrics:
        extra["privacy"] = metrics["privacy"]
    manifest = build_manifest(kind="adapter", config=config_to_dict(recipe), seed=recipe.training.seed,
                              model=model_id(recipe.model.name), data=data, extra=extra)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    _log(f"adapter -> {out_dir}: step {metrics['global_step']}, train loss {metrics['train_loss']}, "
         f"valid loss {metrics.get('valid_loss')}"
         + (f", {metrics['tokens_per_second']} tokens/s" if "tokens_per_second" in metrics else ""))
    return FinetuneResult(out_dir, metrics, model)


def _tokens_at(checkpoint: str | None) -> int:
    if not checkpoint:
        return 0
    state = Path(checkpoint) / "trainer_state.json"
    return int(json.loads(state.read_text()).get("num_input_tokens_seen", 0)) if state.is_file() else 0


# --- 4. merging -----------------------------------------------------------------------------------

def merge_adapter(adapter: str | Path, out: str | Path, base: str | None = None) -> Path:
    """Write base model + adapter as one plain model folder (LoRA folded into the weights)."""
    from .manifest import build_manifest
    from .models import adapter_manifest, load_model, model_id

    adapter = Path(adapter)
    info = adapter_manifest(adapter)
    base = base or info.get("base_model")
    if not base:
        raise UserError(f"{adapter}: manifest.json names no base model; pass --base")
    model, tok = load_model(base, adapter, merge=True)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out), safe_serialization=True)
    tok.save_pretrained(str(out))
    manifest = build_manifest(kind="merged_model", config={"adapter": str(adapter), "base": base},
                              model=model_id(base), extra={"adapter_manifest": info})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return out


# --- entry point for `python -m` / `accelerate launch -m` -----------------------------------------

def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m promo_llm.finetune",
                                     description="Train a LoRA adapter from a recipe.")
    parser.add_argument("recipe", help="recipe YAML, e.g. finetune/recipes/lora_smollm2-135m_cpu.yaml")
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        help="override a recipe key, e.g. --set training.max_steps=10 (repeatable)")
    parser.add_argument("--resume", action="store_true", help="continue from the newest checkpoint")
    ns = parser.parse_args(argv)
    try:
        run_finetune(load_recipe(ns.recipe, ns.overrides), resume=ns.resume)
    except UserError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
