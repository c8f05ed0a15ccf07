"""Differentially private fine-tuning: DP-SGD (opacus) over the LoRA weights.

A recipe's `privacy` section (`enabled: true`, a target `epsilon`, `delta`, `max_grad_norm`)
makes `finetune` train with per-example gradient clipping and Gaussian noise instead of the plain
Trainer loop: batches are drawn by Poisson sampling with rate batch_size / examples, the noise is
set so that the whole run (max_steps, or epochs) spends at most `epsilon` at `delta` (RDP
accountant), and the epsilon actually spent is recorded with delta in the adapter's manifest.
Only the LoRA weights train, so only they are clipped and noised; the base model is fixed and
public. Resuming from a checkpoint is not supported with privacy on (the accountant's state
would have to be saved with it).

Needs the optional extra `dp` (`pip install 'promo-llm[dp]'`, which installs opacus).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .config import opt
from .errors import ConfigError, UserError


@dataclass
class PrivacySection:
    enabled: bool = opt(False, "train with differential privacy (DP-SGD; needs the 'dp' extra)")
    epsilon: float = opt(8.0, "privacy budget the whole run may spend")
    delta: float | None = opt(None, "delta of (epsilon, delta)-DP; null = 1 / (10 x training examples)")
    max_grad_norm: float = opt(1.0, "per-example gradient clipping norm")

    def __post_init__(self) -> None:
        if not self.epsilon > 0:
            raise ConfigError(f"privacy.epsilon: must be positive, got {self.epsilon!r}")
        if self.delta is not None and not 0 < self.delta < 1:
            raise ConfigError(f"privacy.delta: must be in (0, 1), got {self.delta!r}")
        if not self.max_grad_norm > 0:
            raise ConfigError(f"privacy.max_grad_norm: must be positive, got {self.max_grad_norm!r}")


def _padded(ds: Any, collator: Any) -> Any:
    """The tokenised split as one padded tensor dataset (opacus samples rows of tensors)."""
    import torch

    batch = collator([ds[i] for i in range(len(ds))])
    return torch.utils.data.TensorDataset(batch["input_ids"], batch["attention_mask"], batch["labels"])


def _loss(model: Any, ids: Any, mask: Any, labels: Any) -> Any:
    return model(input_ids=ids, attention_mask=mask, labels=labels).loss


def train_private(model: Any, train_ds: Any, valid_ds: Any, collator: Any, training: Any,
                  privacy: PrivacySection, log: Callable[[str], None]) -> tuple[dict[str, Any], list[dict]]:
    """DP-SGD over `model`'s trainable weights. Returns (metrics, log history)."""
    try:
        from opacus import PrivacyEngine
        from opacus.accountants.utils import get_noise_multiplier
    except ImportError:
        raise UserError("privacy.enabled needs opacus: pip install 'promo-llm[dp]'") from None
    import torch

    torch.manual_seed(training.seed)
    data = _padded(train_ds, collator)
    n = len(data)
    batch = min(training.batch_size * training.grad_accum, n)
    rate = batch / n
    steps = training.max_steps if training.max_steps > 0 else max(1, math.ceil(training.epochs / rate))
    delta = privacy.delta if privacy.delta is not None else 1 / (10 * n)
    noise = get_noise_multiplier(target_epsilon=privacy.epsilon, target_delta=delta, sample_rate=rate,
                                 steps=steps, accountant="rdp")
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=training.learning_rate, weight_decay=training.weight_decay)
    loader = torch.utils.data.DataLoader(data, batch_size=batch)
    engine = PrivacyEngine(accountant="rdp")
    model.train()
    private, optimizer, loader = engine.make_private(
        module=model, optimizer=optimizer, data_loader=loader, noise_multiplier=noise,
        max_grad_norm=privacy.max_grad_norm, poisson_sampling=True)
    log(f"DP-SGD: {n} examples, sample rate {rate:.3f}, {steps} steps, noise multiplier {noise:.3f}, "
        f"target epsilon {privacy.epsilon} at delta {delta:.2e}")
    history: list[dict] = []
    step, start, losses = 0, time.perf_counter(), []
    while step < steps:
        for ids, mask, labels in loader:
            if step >= steps:
                break
            if len(ids) == 0:  # Poisson sampling may draw an empty batch: a step with noise only
                optimizer.zero_grad()
                optimizer.step()
                step += 1
                continue
            optimizer.zero_grad()
            loss = _loss(private, ids, mask, labels)
            loss.backward()
            optimizer.step()
            step += 1
            losses.append(loss.item())
            if step % training.logging_steps == 0:
                history.append({"step": step, "loss": round(sum(losses[-training.logging_steps:]) /
                                                            len(losses[-training.logging_steps:]), 4)})
    seconds = time.perf_counter() - start
    spent = engine.get_epsilon(delta)
    metrics: dict[str, Any] = {
        "train_loss": round(sum(losses) / len(losses), 4) if losses else None,
        "global_step": step, "train_seconds": round(seconds, 1), "train_examples": n,
        "valid_examples": len(valid_ds) if valid_ds is not None else 0, "resumed_from_step": 0,
        "privacy": {"mechanism": "DP-SGD (opacus, RDP accountant, Poisson sampling)",
                    "epsilon": round(spent, 4), "delta": delta, "target_epsilon": privacy.epsilon,
                    "noise_multiplier": round(noise, 4), "max_grad_norm": privacy.max_grad_norm,
                    "sample_rate": round(rate, 6), "steps": step},
    }
    model.eval()
    if valid_ds is not None and len(valid_ds):
        vdata = _padded(valid_ds, collator)
        with torch.no_grad():
            total, count = 0.0, 0
            for ids, mask, labels in torch.utils.data.DataLoader(vdata, batch_size=training.eval_batch_size):
                tokens = int((labels[:, 1:] != -100).sum())
                total += float(_loss(model, ids, mask, labels)) * tokens
                count += tokens
        metrics["valid_loss"] = round(total / max(count, 1), 4)
    private._close()  # remove opacus' hooks: the PEFT model saves as usual
    return metrics, history
