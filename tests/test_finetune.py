"""Fine-tuning: the real entry point on the tiny in-process Llama, prompts, labels, recipes, merging.

Invariants rather than golden numbers: after training every LoRA weight moved and no base weight
did; a resumed run continues from its checkpoint; merged and unmerged logits agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from promo_llm.errors import ConfigError
from promo_llm.finetune import FinetuneRecipe, build_lora_model, load_recipe, main, run_finetune
from promo_llm.finetune_data import PadCollator, data_hash, encode_example
from promo_llm.prompting import render_prompt
from promo_llm.records import brief_from_dict

REPO = Path(__file__).resolve().parents[1]

_EN_PRODUCT = {"item_id": "p1", "title": "Alpina Trailrunner boots", "brand": "Alpina",
               "category": "Outdoor", "price": 79.99, "list_price": 99.99, "currency": "USD",
               "attributes": {"colour": "moss", "waterproof": "yes"}}
_ZH_PRODUCT = {"item_id": "p2", "title": "暖居 纯棉四件套", "brand": "暖居", "category": "家居",
               "price": 299, "list_price": 359, "currency": "CNY", "attributes": {"材质": "纯棉"}}
_USER = {"interests": ["Outdoor"], "favourite_brands": [], "segment": "active", "price_band": "mid",
         "deal_seeker": True}
_OFFER = {"discount_pct": 20, "code": None, "ends": "2026-12-05", "free_shipping": False, "gift": None}


def _row(i: int, channel: str, locale: str, copy: str) -> dict:
    product = _EN_PRODUCT if locale == "en-US" else _ZH_PRODUCT
    return {"id": f"t-{i}", "copy": copy, "brief": {
        "channel": channel, "locale": locale, "tone": "friendly", "user": _USER, "product": product,
        "offer": _OFFER, "brand_signature": None}}


ROWS = [
    _row(1, "push", "en-US", "Trail season is calling\nAlpina Trailrunner boots, now $79.99 until Dec 5."),
    _row(2, "email_subject", "en-US", "Your moss Trailrunners are 20% off"),
    _row(3, "sms", "en-US", "Alpina Trailrunner boots: $79.99 (was $99.99) until Dec 5. Reply STOP to opt out"),
    _row(4, "social", "en-US", "Waterproof, moss green and 20% off: the Alpina Trailrunner is ready for muddy trails."),
    _row(5, "push", "zh-CN", "四件套8折\n暖居纯棉四件套到手¥299，12月5日截止。"),
    _row(6, "email_subject", "zh-CN", "暖居纯棉四件套限时8折"),
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def recipe_path(tmp_path_factory, tiny_model_dir) -> Path:
    d = tmp_path_factory.mktemp("ft")
    train = _write_jsonl(d / "train.jsonl", ROWS[:4] + ROWS[5:])
    valid = _write_jsonl(d / "valid.jsonl", ROWS[4:5])
    path = d / "recipe.yaml"
    path.write_text(yaml.safe_dump({
        "model": {"name": str(tiny_model_dir)},
        "data": {"train_files": [str(train)], "valid_files": [str(valid)]},
        # A high learning rate so that two steps move every LoRA weight visibly.
        "training": {"max_steps": 2, "batch_size": 2, "save_steps": 1, "logging_steps": 1,
                     "learning_rate": 0.01, "warmup_ratio": 0.0, "schedule": "constant",
                     "max_length": 512},
        "output": {"dir": str(d / "adapter")},
    }))
    return path


@pytest.fixture(scope="module")
def trained(recipe_path):
    recipe = load_recipe(recipe_path)
    initial, _ = build_lora_model(recipe)
    init_state = {k: v.detach().clone() for k, v in initial.named_parameters()}
    result = run_finetune(recipe)
    return recipe, init_state, result


def test_two_steps_change_every_lora_weight_and_no_base_weight(trained):
    _, init_state, result = trained
    lora, base = 0, 0
    for name, param in result.model.named_parameters():
        moved = not param.detach().cpu().equal(init_state[name])
        if "lora_" in name:
            lora += 1
            assert param.requires_grad and moved, f"LoRA weight did not change: {name}"
        else:
            base += 1
            assert not param.requires_grad and not moved, f"base weight changed: {name}"
    assert lora > 0 and base > 0


def test_adapter_folder_and_manifest(trained):
    recipe, _, result = trained
    out = result.adapter_dir
    assert {p.name for p in out.iterdir() if p.is_file()} == {
        "adapter_model.safetensors", "adapter_config.json", "manifest.json"}
    m = json.loads((out / "manifest.json").read_text())
    assert m["kind"] == "adapter" and m["base_model"] == recipe.model.name
    assert m["config"]["lora"]["r"] == recipe.lora.r
    assert m["data"]["sha256"] == data_hash(recipe.files(recipe.data.train_files)
                                            + recipe.files(recipe.data.valid_files))["sha256"]
    assert m["templates"] and m["packages"]["peft"] and "git_revision" in m
    for key in ("train_loss", "valid_loss", "tokens_per_second", "global_step"):
        assert m["metrics"][key] is not None, key
    assert m["metrics"]["global_step"] == 2


def test_killed_run_resumes_from_its_checkpoint(trained, recipe_path):
    recipe, _, result = trained
    # As if killed after the step-2 checkpoint, before the adapter was written.
    for f in result.adapter_dir.glob("*.json*"):
        f.unlink()
    assert (recipe.work_dir / "checkpoint-2").is_dir()
    main([str(recipe_path), "--set", "training.max_steps=4", "--resume"])
    m = json.loads((result.adapter_dir / "manifest.json").read_text())
    assert m["metrics"]["resumed_from_step"] == 2
    assert m["metrics"]["global_step"] == 4
    steps = [h["step"] for h in m["log_history"] if "loss" in h]
    assert steps == [1, 2, 3, 4]  # the history of the first two steps came back with the checkpoint


def test_train_prompt_is_the_served_prompt_and_loss_covers_only_the_copy(tiny_model):
    _, tok = tiny_model
    for row in ROWS:
        served = render_prompt(brief_from_dict(row["brief"], brief_id=row["id"]), tok)
        served_ids = tok(served.text, add_special_tokens=False)["input_ids"]  # as HFGenerator does
        ex = encode_example(row, tok)
        n = len(served_ids)
        assert ex["input_ids"][:n] == served_ids
        assert tok.decode(ex["input_ids"]).startswith(served.text)
        assert ex["labels"][:n] == [-100] * n
        assert ex["labels"][n:] == ex["input_ids"][n:]
        assert tok.decode(ex["input_ids"][n:]) == row["copy"] + tok.eos_token


def test_trimmed_logits_give_the_same_loss(tiny_model):
    import torch

    model, tok = tiny_model
    feats = [encode_example(r, tok) for r in ROWS[:3]]
    full = PadCollator(tok.pad_token_id)(feats)
    trimmed = PadCollator(tok.pad_token_id, trim_logits=True)(feats)
    assert trimmed["logits_to_keep"].numel() < full["input_ids"].shape[1] - 1
    with torch.no_grad():
        a = model(**full).loss
        b = model(**trimmed).loss
    assert torch.allclose(a, b, atol=1e-5)


@pytest.mark.parametrize("path", sorted((REPO / "finetune" / "recipes").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_every_shipped_recipe_loads(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#") and "# Command" in text, "a recipe opens with purpose, hardware, command"
    recipe = load_recipe(path)
    assert isinstance(recipe, FinetuneRecipe)
    assert recipe.path("finetune").parent == REPO


@pytest.mark.parametrize("override, message", [
    ("lora.r=0", "r: must be at least 1, got 0"),
    ("lora.dropout=1.5", "dropout: must be in [0, 1), got 1.5"),
    ("training.schedule=steep", "schedule: expected one of linear, cosine, constant, constant_with_warmup"),
    ("training.precision=fp8", "precision: expected one of fp32, bf16, auto, got 'fp8'"),
    ("training.grouping=buckets", "grouping: expected one of length, packing, none, got 'buckets'"),
    ("training.max_steps=0", "max_steps: must be -1 or at least 1, got 0"),
    ("logging.report_to=comet", "report_to: expected one of none, tensorboard, wandb, mlflow"),
    ("data.templates=mine", "templates: only 'shipped' is supported"),
    ("lora.layers=[-1]", "layers: layer indices are 0-based and non-negative, got [-1]"),
    ("training.max_minutes=0", "max_minutes: must be positive or null, got 0.0"),
    ("training.epochz=2", "epochz: unknown key"),
])
def test_bad_recipes_name_the_field(recipe_path, override, message):
    with pytest.raises(ConfigError, match=None) as err:
        load_recipe(recipe_path, [override])
    assert message in str(err.value)


def test_lora_layers_limits_adapters_to_those_layers(recipe_path):
    model, _ = build_lora_model(load_recipe(recipe_path, ["lora.layers=[1]"]))
    names = [n for n, p in model.named_parameters() if p.requires_grad]
    assert names and all(".layers.1." in n and "lora_" in n for n in names)


def test_merged_and_unmerged_logits_agree(tmp_path, tiny_model_dir):
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModelForCausalLM
    from typer.testing import CliRunner

    from promo_llm.cli import app

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    # init_lora_weights=False draws B at random too, so the adapter really changes the logits.
    peft = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                                           init_lora_weights=False))
    adapter = tmp_path / "adapter"
    peft.save_pretrained(adapter)
    (adapter / "manifest.json").write_text(json.dumps({"base_model": str(tiny_model_dir)}))

    res = CliRunner().invoke(app, ["models", "merge", str(adapter), "--out", str(tmp_path / "merged")])
    assert res.exit_code == 0, res.output
    ids = torch.tensor([[5, 17, 42, 99, 3, 250]])
    with torch.no_grad():
        plain = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()(ids).logits
        unmerged = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir),
                                             adapter).eval()(ids).logits
        merged = AutoModelForCausalLM.from_pretrained(tmp_path / "merged").eval()(ids).logits
    assert not torch.allclose(plain, unmerged, atol=1e-3)
    assert torch.allclose(merged, unmerged, atol=1e-4)
    assert json.loads((tmp_path / "merged" / "manifest.json").read_text())["kind"] == "merged_model"


@pytest.mark.parametrize("adapter,recipe", [("smollm2-135m", "lora_smollm2-135m_cpu.yaml"),
                                            ("gemma3-270m", "lora_gemma3-270m_zh_cpu.yaml")])
def test_corpus_matches_the_committed_adapter(adapter, recipe):
    manifest = REPO / "finetune" / "adapters" / adapter / "manifest.json"
    assert manifest.is_file(), f"no bundled adapter committed ({manifest})"
    data = json.loads(manifest.read_text())["data"]
    names = list(data["train"]["files"]) + list((data.get("valid") or {}).get("files", {}))
    spec = yaml.safe_load((REPO / "finetune" / "recipes" / recipe).read_text())["data"]
    on_disk = sorted({p.name for pattern in spec["train_files"] + spec["valid_files"]
                      for p in REPO.glob(pattern)})
    assert sorted(names) == on_disk, "corpus files were added or removed since the adapter was trained"
    now = data_hash([REPO / "finetune" / "data" / n for n in names])
    assert now["sha256"] == data["sha256"], (
        "finetune/data changed since the bundled adapter was trained: retrain it with "
        f"`promo-llm finetune finetune/recipes/{recipe}`")


@pytest.mark.parametrize("native, asked, used", [(True, "auto", "bf16"), (False, "auto", "fp32"),
                                                 (False, "fp32", "fp32"), (True, "bf16", "bf16")])
def test_auto_precision_trains_in_bf16_only_where_the_cpu_has_it(monkeypatch, capsys, native, asked, used):
    import promo_llm.generation.runtime as runtime
    from promo_llm.finetune import resolve_precision

    monkeypatch.setattr(runtime, "cpu_supports_bf16", lambda: native)
    assert resolve_precision(asked, cuda=False) == used
    assert "emulated" not in capsys.readouterr().err


def test_bf16_on_a_cpu_without_it_is_kept_with_a_warning(monkeypatch, capsys):
    import promo_llm.generation.runtime as runtime
    from promo_llm.finetune import resolve_precision

    monkeypatch.setattr(runtime, "cpu_supports_bf16", lambda: False)
    assert resolve_precision("bf16", cuda=False) == "bf16"
    assert "emulated and can be tens of times slower" in capsys.readouterr().err
