"""Differentially private fine-tuning (the optional `dp` extra): DP-SGD on the tiny model records
the epsilon it spent and its delta in the adapter's manifest, within the recipe's budget."""

from __future__ import annotations

import json
import os

import pytest
import yaml

from promo_llm.errors import ConfigError

if os.environ.get("CI") == "true":
    import opacus  # noqa: F401  (make test installs the 'dp' extra: under CI its absence is an error)
else:
    pytest.importorskip("opacus", reason="the 'dp' extra (opacus) is not installed")


def _recipe(tmp_path, tiny_model_dir, privacy):
    from test_finetune import ROWS, _write_jsonl

    train = _write_jsonl(tmp_path / "train.jsonl", ROWS[:4] + ROWS[5:])
    valid = _write_jsonl(tmp_path / "valid.jsonl", ROWS[4:5])
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump({
        "model": {"name": str(tiny_model_dir)},
        "data": {"train_files": [str(train)], "valid_files": [str(valid)]},
        "training": {"max_steps": 6, "batch_size": 2, "logging_steps": 1, "learning_rate": 0.01,
                     "warmup_ratio": 0.0, "schedule": "constant", "max_length": 512},
        "privacy": privacy,
        "output": {"dir": str(tmp_path / "adapter")},
    }))
    return path


def test_private_finetune_records_epsilon_and_delta(tmp_path, tiny_model_dir):
    from promo_llm.finetune import main

    main([str(_recipe(tmp_path, tiny_model_dir, {"enabled": True, "epsilon": 4.0, "delta": 1e-3}))])
    m = json.loads((tmp_path / "adapter" / "manifest.json").read_text())
    p = m["privacy"]
    assert 0 < p["epsilon"] <= 4.0 and p["delta"] == 1e-3 and p["noise_multiplier"] > 0
    assert p["steps"] == m["metrics"]["global_step"] == 6
    assert m["metrics"]["valid_loss"] > 0
    assert (tmp_path / "adapter" / "adapter_model.safetensors").exists()


def test_privacy_section_is_checked():
    from promo_llm.dp import PrivacySection

    with pytest.raises(ConfigError, match="epsilon"):
        PrivacySection(enabled=True, epsilon=0)
    with pytest.raises(ConfigError, match="delta"):
        PrivacySection(enabled=True, delta=1.5)
