"""Evaluation: metric functions (doctests + tables of cases) and a suite run on the tiny model."""

from __future__ import annotations

import doctest
import json
import math
from pathlib import Path

import pytest
import yaml

import promo_llm.metrics as metrics
from promo_llm.channels import channel_spec
from promo_llm.errors import ConfigError
from promo_llm.evaluation import completion_losses, load_suite, run_suite

REPO = Path(__file__).resolve().parents[1]

_PRODUCTS = {
    "en-US": {"item_id": "p1", "title": "Alpina Trailrunner boots", "brand": "Alpina", "category": "Outdoor",
              "price": 79.99, "list_price": 99.99, "currency": "USD", "attributes": {"colour": "moss"}},
    "zh-CN": {"item_id": "p2", "title": "暖居 纯棉四件套", "brand": "暖居", "category": "家居", "price": 299,
              "list_price": 359, "currency": "CNY", "attributes": {"材质": "纯棉"}},
}
ROWS = [
    {"id": f"v-{i}", "copy": copy, "brief": {
        "channel": channel, "locale": locale, "tone": "friendly", "product": _PRODUCTS[locale],
        "user": {"interests": [], "favourite_brands": [], "segment": "active", "price_band": "mid",
                 "deal_seeker": False},
        "offer": {"discount_pct": 20, "ends": "2026-12-05"}, "brand_signature": None}}
    for i, (channel, locale, copy) in enumerate([
        ("push", "en-US", "Trail season is calling\nAlpina Trailrunner boots, now $79.99 until Dec 5."),
        ("email_subject", "en-US", "Your moss Trailrunners are 20% off"),
        ("sms", "en-US", "Alpina Trailrunner boots: $79.99 until Dec 5. Reply STOP to opt out"),
        ("social", "en-US", "Moss green and 20% off: the Alpina Trailrunner is ready for muddy trails."),
        ("push", "zh-CN", "四件套8折\n暖居纯棉四件套到手¥299，12月5日截止。"),
        ("email_subject", "zh-CN", "暖居纯棉四件套限时8折"),
    ])
]


def test_metric_docstring_examples():
    result = doctest.testmod(metrics)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("copy, channel, locale, ok", [
    ("Trail season is calling\nAlpina boots, now $79.99 until Dec 5.", "push", "en-US", True),
    ("Trail season is calling, Alpina boots now $79.99 until Dec 5.", "push", "en-US", False),
    ("A title that is far too long for a push notification title line\nbody", "push", "en-US", False),
    ("Your moss Trailrunners are 20% off", "email_subject", "en-US", True),
    ("x" * 71, "email_subject", "en-US", False),
    ("暖居纯棉四件套限时8折", "email_subject", "zh-CN", True),
    ("Short", "sms", "en-US", False),
])
def test_channel_conformance_cases(copy, channel, locale, ok):
    assert metrics.channel_conforms(copy, channel_spec(channel, locale)) is ok


def test_empty_inputs_are_nan_not_errors():
    assert math.isnan(metrics.pass_rate([]))
    assert math.isnan(metrics.mean([]))
    assert math.isnan(metrics.mean_token_loss([], []))


def test_completion_loss_counts_only_copy_tokens(tiny_model):
    from promo_llm.finetune_data import encode_example

    model, tok = tiny_model
    sums, counts = completion_losses(model, tok, ROWS[:3], batch_size=2)
    for row, s, n in zip(ROWS[:3], sums, counts):
        ex = encode_example(row, tok)
        assert n == sum(1 for x in ex["labels"] if x != -100)
        assert s > 0


@pytest.fixture()
def suite_path(tmp_path, tiny_model_dir):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    data = tmp_path / "valid.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    peft = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_model_dir),
                          LoraConfig(r=2, target_modules=["q_proj"], init_lora_weights=False))
    peft.save_pretrained(tmp_path / "adapter")
    path = tmp_path / "suite.yaml"
    path.write_text(yaml.safe_dump({
        "name": "tiny", "data": [str(data)], "candidates": 1, "examples": 2,
        "systems": [{"name": "base", "model": str(tiny_model_dir)},
                    {"name": "adapter", "model": str(tiny_model_dir), "adapter": str(tmp_path / "adapter")}],
    }))
    return path


def test_suite_writes_results_table_copies_and_manifest(suite_path, tmp_path):
    result = run_suite(load_suite(suite_path), out_dir=tmp_path / "results")
    out = result.out_dir
    assert {p.name for p in out.iterdir()} == {"results.json", "results.md", "results.html", "copies.jsonl",
                                               "manifest.json"}
    res = json.loads((out / "results.json").read_text())
    for system in ("base", "adapter"):
        for key in ("valid_loss", "guardrail_pass_rate", "grounding_violations_per_copy",
                    "channel_conformance", "distinct_2"):
            assert key in res["metrics"][system]
        assert set(res["metrics"][system]["by_locale"]) == {"en-US", "zh-CN"}
    copies = [json.loads(x) for x in (out / "copies.jsonl").read_text().splitlines()]
    assert len(copies) == 2 * 6
    assert "| validation loss (nats/token) | lower |" in result.table
    assert result.table.count("- **base**") == 2 and result.table.count("- **adapter**") == 2
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["kind"] == "eval" and set(manifest["model"]) == {"base", "adapter"}
    html = (out / "results.html").read_text()
    assert "<h1>Eval: tiny</h1>" in html and "data:image/png;base64," in html and "self-BLEU" in html


def test_suite_metrics_come_from_the_evaluate_modules_with_the_formulas_values(suite_path, tmp_path,
                                                                              monkeypatch):
    """The metrics go through the evaluate modules, which give the numbers metrics.py gives."""
    import evaluate

    import promo_llm.eval_metrics as eval_metrics

    loaded = []
    real_load = evaluate.load
    monkeypatch.setattr(evaluate, "load", lambda path, **kw: loaded.append(path) or real_load(path, **kw))
    eval_metrics.load.cache_clear()
    result = run_suite(load_suite(suite_path), out_dir=tmp_path / "results")
    assert sorted(Path(p).name for p in loaded) == sorted(eval_metrics.NAMES)
    assert all(Path(p).is_dir() and (Path(p) / f"{Path(p).name}.py").is_file() for p in loaded)
    copies = [json.loads(x) for x in (result.out_dir / "copies.jsonl").read_text().splitlines()]
    for system in ("base", "adapter"):
        recs = [c for c in copies if c["system"] == system]
        m = result.metrics[system]
        texts = [c["copy"] for c in recs]
        assert m["distinct_2"] == metrics.distinct_2(texts)
        assert m["guardrail_pass_rate"] == metrics.pass_rate([c["passed"] for c in recs])
        assert m["grounding_violations_per_copy"] == metrics.mean([c["grounding_violations"] for c in recs])
        assert m["channel_conformance"] == metrics.conformance_rate(
            texts, [channel_spec(c["channel"], c["locale"]) for c in recs])
        assert m["self_bleu"] == metrics.self_bleu(texts)
        passed = [c["predicted_conversion"] for c in recs if c["passed"]]
        assert all((c["predicted_conversion"] is None) != c["passed"] for c in recs)
        assert (math.isnan(m["predicted_conversion"]) if not passed
                else m["predicted_conversion"] == pytest.approx(metrics.mean(passed)))


def test_unchanged_systems_are_reused_changed_ones_rerun(suite_path, tmp_path):
    first = run_suite(load_suite(suite_path), out_dir=tmp_path / "first")
    again = run_suite(load_suite(suite_path, [f"reuse={first.out_dir}"]), out_dir=tmp_path / "again")
    assert json.loads((again.out_dir / "manifest.json").read_text())["reused_systems"] == ["base", "adapter"]
    assert (again.out_dir / "copies.jsonl").read_text() == (first.out_dir / "copies.jsonl").read_text()
    hotter = run_suite(load_suite(suite_path, [f"reuse={first.out_dir}", "temperature=1.2"]),
                       out_dir=tmp_path / "hotter")
    assert json.loads((hotter.out_dir / "manifest.json").read_text())["reused_systems"] == []


def test_same_seed_same_copies(suite_path, tmp_path):
    a = run_suite(load_suite(suite_path, ["systems=[{name: base, model: %s}]" % _model(suite_path)]),
                  out_dir=tmp_path / "a")
    b = run_suite(load_suite(suite_path, ["systems=[{name: base, model: %s}]" % _model(suite_path)]),
                  out_dir=tmp_path / "b")
    assert (a.out_dir / "copies.jsonl").read_text() == (b.out_dir / "copies.jsonl").read_text()


def _model(suite_path: Path) -> str:
    return yaml.safe_load(suite_path.read_text())["systems"][0]["model"]


@pytest.mark.parametrize("override, message", [
    ("systems=[]", "systems: at least one system is required"),
    ("candidates=0", "candidates: must be between 1 and 16, got 0"),
    ("limit=0", "limit: must be at least 1, got 0"),
    ("temperatur=1", "temperatur: unknown key"),
])
def test_bad_suites_name_the_field(suite_path, override, message):
    with pytest.raises(ConfigError) as err:
        load_suite(suite_path, [override])
    assert message in str(err.value)


@pytest.mark.parametrize("path", sorted((REPO / "eval" / "suites").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_suite_loads(path):
    assert path.read_text(encoding="utf-8").startswith("#")
    assert load_suite(path).systems


def test_completion_loss_matches_the_models_own_loss(tiny_model):
    import torch

    from promo_llm.finetune_data import PadCollator, encode_example

    model, tok = tiny_model
    sums, counts = completion_losses(model, tok, ROWS[:2], batch_size=2)
    batch = PadCollator(tok.pad_token_id)([encode_example(r, tok) for r in ROWS[:2]])
    with torch.no_grad():
        expected = model(**batch).loss.item()
    assert abs(sum(sums) / sum(counts) - expected) < 1e-4
