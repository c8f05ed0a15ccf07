"""Fine-tuning offline, as from a fresh clone: no hub lookup (a base model named by its packaged
name has no local config.json for peft to find), labelled progress bars, and validation bounded by
`training.eval_max_rows` for smoke runs."""

from __future__ import annotations

import json
import re
import warnings

import yaml

from promo_llm import models
from promo_llm.finetune import load_recipe, run_finetune
from test_finetune import ROWS, _write_jsonl


def test_a_smoke_run_offline_makes_no_hub_lookup_and_bounds_validation(tmp_path, tiny_model_dir,
                                                                       monkeypatch, capfd):
    # As from a fresh clone: the base model is a packaged name (resolved to a local folder), and
    # nothing set HF_HUB_OFFLINE; the test session blocks sockets, so any lookup fails.
    real = models.resolve_model
    monkeypatch.setattr(models, "resolve_model",
                        lambda name: tiny_model_dir if name == "tiny-packaged" else real(name))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    train = _write_jsonl(tmp_path / "train.jsonl", ROWS[:4])
    valid = _write_jsonl(tmp_path / "valid.jsonl", ROWS * 2)  # 12 held-out rows
    recipe_file = tmp_path / "recipe.yaml"
    recipe_file.write_text(yaml.safe_dump({
        "model": {"name": "tiny-packaged"},
        "data": {"train_files": [str(train)], "valid_files": [str(valid)]},
        "training": {"max_steps": 2, "batch_size": 2, "eval_batch_size": 1, "save_steps": 1,
                     "max_length": 512},
        "output": {"dir": str(tmp_path / "adapter")},
    }))
    recipe = load_recipe(recipe_file, ["training.eval_max_rows=3"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run_finetune(recipe)
    err = capfd.readouterr().err
    said = err + "\n".join(str(w.message) for w in caught)
    assert "Unable to fetch remote file" not in said
    assert "Could not find a config file" not in said
    assert result.metrics["valid_examples"] == 3 and result.metrics["valid_loss"] is not None
    assert "the first 3 of 12 held-out rows" in err
    # the validation bar is labelled and counts the bounded rows (batch size 1: 3 batches)
    assert re.search(r"validation: +100%\|[^\n\r]*\| 3/3", err), err[-2000:]
    assert re.search(r"training: +100%\|[^\n\r]*\| 2/2", err)
    config = json.loads((result.adapter_dir / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == "tiny-packaged"
    m = json.loads((result.adapter_dir / "manifest.json").read_text())
    assert m["config"]["training"]["eval_max_rows"] == 3
