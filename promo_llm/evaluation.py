"""Evaluation stage: run systems (a base model, adapters) over a suite of held-out briefs.

    suite.yaml -> held-out rows {"id", "brief", "copy"} -> for each system, with the same decoding:
    validation loss on the reference copies, N sampled copies per brief -> guardrails, channel
    checks and the reranker's predicted conversion -> metrics (the `evaluate` modules of
    eval_metrics/, over the formulas of metrics.py) -> results.json, results.md, results.html,
    copies.jsonl, manifest.json

Every system sees the same prompts (prompting.render_prompt with its own tokenizer), the same seed
and the same sampling settings, so differences come from the weights. This module must not hold
metric formulas (they live in metrics.py) or business rules (guardrails/).
"""

from __future__ import annotations

import gc
import json
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .config import config_to_dict, load_config, opt
from .errors import ConfigError, UserError
from .shipped import refuse_shipped

LOWER_IS_BETTER = {"valid_loss", "grounding_violations_per_copy", "self_bleu"}
METRIC_LABELS = {
    "valid_loss": "validation loss (nats/token)",
    "guardrail_pass_rate": "guardrail pass rate",
    "grounding_violations_per_copy": "grounding violations per copy",
    "channel_conformance": "channel-length conformance",
    "distinct_2": "distinct-2",
    "self_bleu": "self-BLEU",
    "predicted_conversion": "predicted conversion (passing copies)",
}
COPY_METRICS = ("guardrail_pass_rate", "grounding_violations_per_copy", "channel_conformance", "distinct_2",
                "self_bleu", "predicted_conversion")
"""Metrics computed from a system's copies alone (every metric but the validation loss)."""


@dataclass
class SystemConfig:
    name: str = opt(help="label in the results, e.g. base or adapter")
    model: str = opt("smollm2-135m", "model: packaged name, local folder or hub id")
    adapter: str | None = opt(None, "LoRA adapter folder (relative to the repo root); 'bundled' = the shipped one; null = none")


@dataclass
class SuiteConfig:
    name: str = opt(help="suite name; results go to <out_dir>")
    data: list[str] = opt(help="held-out JSONL files or globs of {id, brief, copy} rows (relative to the repo root)")
    systems: list[SystemConfig] = opt(help="the systems to compare, first = the reference")
    candidates: int = opt(2, "copies sampled per brief and system")
    seed: int = opt(0, "sampling seed, the same for every system")
    temperature: float = opt(0.8, "sampling temperature, the same for every system")
    top_p: float = opt(0.92, "nucleus sampling mass")
    repetition_penalty: float = opt(1.1, "generation repetition penalty")
    limit: int | None = opt(None, "use only the first N briefs (quick runs)")
    loss_batch_size: int = opt(4, "rows per forward pass for the validation loss")
    examples: int = opt(5, "briefs whose copies are shown side by side in results.md")
    out_dir: str | None = opt(None, "results folder (default: <workspace>/eval/<name>; the committed eval/results/ only with --overwrite-shipped)")
    reuse: str | None = opt(None, "an earlier results folder: a system whose model, adapter, data and decoding are unchanged is taken from it, not rerun")

    def __post_init__(self) -> None:
        if not self.systems:
            raise ConfigError("systems: at least one system is required")
        names = [s.name for s in self.systems]
        if len(set(names)) != len(names):
            raise ConfigError(f"systems: names must be unique, got {names}")
        if not 1 <= self.candidates <= 16:
            raise ConfigError(f"candidates: must be between 1 and 16, got {self.candidates!r}")
        if self.limit is not None and self.limit < 1:
            raise ConfigError(f"limit: must be at least 1, got {self.limit!r}")
        if not 0 < self.temperature <= 2:
            raise ConfigError(f"temperature: must be in (0, 2], got {self.temperature!r}")
        self._root = Path.cwd()


@dataclass(frozen=True)
class SuiteResult:
    out_dir: Path
    metrics: dict[str, dict[str, float]]
    table: str


def load_suite(path: str | Path, overrides: Sequence[str] = ()) -> SuiteConfig:
    """Read and validate a suite; relative paths in it resolve against the repo root above it."""
    from .finetune import recipe_root

    suite = load_config(SuiteConfig, path, list(overrides))
    suite._root = recipe_root(Path(path))
    return suite


# --- per-system measurements ---------------------------------------------------------------

def completion_losses(model: Any, tokenizer: Any, rows: Sequence[dict[str, Any]],
                      batch_size: int = 4) -> tuple[list[float], list[int]]:
    """Per row: summed NLL of the reference copy (+EOS) given its served prompt, and its token count.

    Uses the same encoding as training (finetune_data.encode_example), so it is the validation loss the
    trainer reports, weighted by tokens.
    """
    import torch
    from tqdm.auto import tqdm

    from .finetune_data import PadCollator, encode_example

    encoded = [encode_example(r, tokenizer) for r in rows]
    order = sorted(range(len(encoded)), key=lambda i: encoded[i]["length"])
    # Logits only where a copy token is predicted, as in training (see PadCollator).
    collate = PadCollator(tokenizer.pad_token_id, trim_logits=True)
    sums, counts = [0.0] * len(rows), [0] * len(rows)
    for start in tqdm(range(0, len(order), batch_size), desc="validation loss", file=sys.stderr,
                      leave=False):
        idx = order[start:start + batch_size]
        batch = collate([encoded[i] for i in idx])
        with torch.inference_mode():
            logits = model(input_ids=batch["input_ids"].to(model.device),
                           attention_mask=batch["attention_mask"].to(model.device),
                           logits_to_keep=batch["logits_to_keep"].to(model.device)).logits.float()
        labels = batch["shift_labels"].to(logits.device)
        nll = torch.nn.functional.cross_entropy(logits.transpose(1, 2), labels,
                                                ignore_index=-100, reduction="none")
        for j, i in enumerate(idx):
            sums[i] = float(nll[j].sum())
            counts[i] = int((labels[j] != -100).sum())
    return sums, counts


def evaluate_system(system: SystemConfig, suite: SuiteConfig, rows: list[dict[str, Any]],
                    guard: Any) -> tuple[dict[str, float], list[dict[str, Any]], dict[str, Any]]:
    """Metrics, per-copy records and identity for one system."""
    from .channels import channel_spec
    from .generation import HFGenerator, SamplingConfig
    from .metrics import grounding_violations, mean_token_loss
    from .models import load_model
    from .prompting import render_prompt
    from .records import brief_from_dict
    from .rerank import score_candidates

    adapter = _adapter_path(system, suite)
    t0 = time.perf_counter()
    model, tok = load_model(system.model, adapter)
    sums, counts = completion_losses(model, tok, rows, suite.loss_batch_size)
    t1 = time.perf_counter()

    briefs = [brief_from_dict(r["brief"], brief_id=r["id"]) for r in rows]
    prompts = [render_prompt(b, tok) for b in briefs]
    specs = [channel_spec(b.channel, b.locale) for b in briefs]
    sampling = SamplingConfig(temperature=suite.temperature, top_p=suite.top_p,
                              repetition_penalty=suite.repetition_penalty)
    cands = HFGenerator(model, tok).generate(prompts, specs, suite.candidates, suite.seed, sampling)
    t2 = time.perf_counter()

    records = []
    for brief, spec, cs in zip(briefs, specs, cands):
        for c in cs:
            verdict = guard.check(c.text, brief)
            scored = score_candidates(brief, [(c, verdict)]) if verdict.passed else []
            records.append({
                "system": system.name, "id": brief.brief_id, "locale": brief.locale,
                "channel": brief.channel, "index": c.index, "copy": c.text,
                "passed": verdict.passed, "rules": list(verdict.rule_ids),
                "grounding_violations": grounding_violations(verdict.rule_ids),
                "n_tokens": c.n_tokens, "finish_reason": c.finish_reason,
                "predicted_conversion": scored[0].score if scored else None,
            })

    def summarise(recs: list[dict[str, Any]], keep: set[str]) -> dict[str, float]:
        picked = [i for i, r in enumerate(rows) if r["brief"]["locale"] in keep]
        return {"valid_loss": mean_token_loss([sums[i] for i in picked], [counts[i] for i in picked]),
                **copy_metrics(recs)}

    locales = sorted({r["brief"]["locale"] for r in rows})
    metrics = summarise(records, set(locales))
    metrics["by_locale"] = {loc: summarise([r for r in records if r["locale"] == loc], {loc})
                            for loc in locales}
    metrics["seconds"] = {"load_and_loss": round(t1 - t0, 1), "generate": round(t2 - t1, 1)}
    identity = system_identity(system, suite)
    del model
    gc.collect()
    return metrics, records, identity


def copy_metrics(recs: list[dict[str, Any]]) -> dict[str, float]:
    """Every metric of COPY_METRICS over per-copy records, through the `evaluate` modules."""
    from .eval_metrics import compute

    copies = [r["copy"] for r in recs]
    return {
        **compute("guardrail_pass_rate", predictions=[bool(r["passed"]) for r in recs]),
        **compute("grounding_violations", predictions=[list(r["rules"]) for r in recs]),
        **compute("length_conformance", predictions=copies, channels=[r["channel"] for r in recs],
                  locales=[r["locale"] for r in recs]),
        **compute("distinct_n", predictions=copies, n=2),
        **compute("self_bleu", predictions=copies),
        **compute("predicted_conversion", predictions=[r.get("predicted_conversion") for r in recs]),
    }


def _complete(metrics: dict[str, Any], recs: list[dict[str, Any]]) -> dict[str, Any]:
    """Reused results from before a metric existed: add it from the stored copies."""
    missing = [k for k in COPY_METRICS if k not in metrics]
    if missing:
        extra = copy_metrics(recs)
        metrics.update({k: extra[k] for k in missing})
        for loc, m in metrics.get("by_locale", {}).items():
            extra = copy_metrics([r for r in recs if r["locale"] == loc])
            m.update({k: extra[k] for k in missing if k not in m})
    return metrics


def system_identity(system: SystemConfig, suite: SuiteConfig) -> dict[str, Any]:
    """What a system's results depend on besides the suite: model identity and adapter manifest."""
    from .models import adapter_manifest, model_id

    adapter = _adapter_path(system, suite)
    return {**model_id(system.model), "adapter": str(adapter) if adapter else None,
            "adapter_manifest": _adapter_summary(adapter_manifest(adapter)) if adapter else None}


DECODING_KEYS = ("candidates", "seed", "temperature", "top_p", "repetition_penalty", "limit")


def _fingerprint(config: dict[str, Any], system: dict[str, Any], identity: dict[str, Any],
                 data_sha: str | None) -> str:
    import hashlib

    ident = {k: v for k, v in identity.items() if k != "path"}
    key = [system, ident, {k: config.get(k) for k in DECODING_KEYS}, data_sha]
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode()).hexdigest()


def _reusable(suite: SuiteConfig, data_sha: str) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]], str]]:
    """Systems of the `reuse` results folder: name -> (metrics, copies, fingerprint)."""
    if not suite.reuse:
        return {}
    folder = Path(suite.reuse).expanduser()
    folder = folder if folder.is_absolute() else suite._root / folder
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        results = json.loads((folder / "results.json").read_text(encoding="utf-8"))
        copies = [json.loads(x) for x in (folder / "copies.jsonl").read_text(encoding="utf-8").splitlines()]
    except (OSError, ValueError) as exc:
        raise UserError(f"reuse: cannot read earlier results in {folder} ({exc})") from None
    config = manifest["config"]
    out = {}
    for sys_cfg in config["systems"]:
        name = sys_cfg["name"]
        fp = _fingerprint(config, sys_cfg, manifest["model"][name], (manifest.get("data") or {}).get("sha256"))
        out[name] = (results["metrics"][name], [c for c in copies if c["system"] == name], fp)
    return out


def _adapter_path(system: SystemConfig, suite: SuiteConfig) -> Path | None:
    from .models import bundled_adapter

    if system.adapter is None:
        return None
    if system.adapter == "bundled":
        found = bundled_adapter(system.model)
        if found is None:
            raise UserError(f"system {system.name}: no bundled adapter for {system.model}")
        return found
    path = Path(system.adapter).expanduser()
    path = path if path.is_absolute() else suite._root / path
    if not (path / "adapter_config.json").is_file():
        raise UserError(f"system {system.name}: {path} is not an adapter folder")
    return path


def _adapter_summary(manifest: dict[str, Any]) -> dict[str, Any]:
    return {"base_model": manifest.get("base_model"), "data": (manifest.get("data") or {}).get("sha256"),
            "git_revision": manifest.get("git_revision"), "metrics": manifest.get("metrics")}


# --- the suite -------------------------------------------------------------------------------

def default_out_dir(suite: SuiteConfig) -> Path:
    """The suite's `out_dir`, else a folder of the workspace: <workspace>/eval/<suite name>."""
    from .store import workspace_dir

    return suite._root / suite.out_dir if suite.out_dir else workspace_dir() / "eval" / suite.name


def run_suite(suite: SuiteConfig, out_dir: str | Path | None = None, overwrite_shipped: bool = False) -> SuiteResult:
    """Evaluate every system of `suite` and write results.json, results.md, results.html, copies.jsonl
    and manifest.json."""
    from .finetune import expand_files
    from .finetune_data import data_hash, read_rows
    from .guardrails import CampaignRules, Guardrails
    from .manifest import build_manifest

    files = expand_files(suite.data, suite._root)
    rows = read_rows(files)
    if suite.limit:
        rows = rows[: suite.limit]
    if not rows:
        raise UserError("the suite has no briefs")
    from .records import brief_from_dict

    # the suite's products are the catalogue whose kinds of product the truth rules know
    guard = Guardrails.load(campaign=CampaignRules(),
                            catalog=[brief_from_dict(r["brief"], brief_id=r["id"]).product for r in rows])

    data = data_hash(files)
    config = config_to_dict(suite)
    earlier = _reusable(suite, data["sha256"])
    metrics, copies, identities, reused = {}, [], {}, []
    for system in suite.systems:
        identity = system_identity(system, suite)
        fp = _fingerprint(config, config_to_dict(system), identity, data["sha256"])
        if system.name in earlier and earlier[system.name][2] == fp:
            print(f"[{system.name}] unchanged: results taken from {suite.reuse}", file=sys.stderr, flush=True)
            metrics[system.name], recs, _ = earlier[system.name]
            _complete(metrics[system.name], recs)
            identities[system.name] = identity
            reused.append(system.name)
        else:
            print(f"[{system.name}] {system.model} + {system.adapter or 'no adapter'}: {len(rows)} briefs",
                  file=sys.stderr, flush=True)
            metrics[system.name], recs, identities[system.name] = evaluate_system(system, suite, rows, guard)
        copies += recs

    out = Path(out_dir) if out_dir else default_out_dir(suite)
    refuse_shipped(out, suite._root, overwrite_shipped, "eval results")
    out.mkdir(parents=True, exist_ok=True)
    table = render_markdown(suite, metrics, copies, rows)
    if reused:
        table += (f"\nResults of {', '.join(reused)} were taken from an earlier run with the same "
                  f"model, adapter, data and decoding ({suite.reuse}).\n")
    (out / "results.md").write_text(table, encoding="utf-8")
    from .eval_report import render_html

    (out / "results.html").write_text(render_html(suite, metrics, copies, rows, LOWER_IS_BETTER,
                                                  METRIC_LABELS, reused), encoding="utf-8")
    (out / "results.json").write_text(json.dumps(
        {"suite": suite.name, "briefs": len(rows), "candidates_per_brief": suite.candidates,
         "metrics": metrics, "lower_is_better": sorted(LOWER_IS_BETTER)},
        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(out / "copies.jsonl", "w", encoding="utf-8") as f:
        for r in copies:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    manifest = build_manifest(kind="eval", config=config, seed=suite.seed, model=identities, data=data,
                              extra={"reused_systems": reused})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return SuiteResult(out, metrics, table)


def _fmt(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def render_markdown(suite: SuiteConfig, metrics: dict[str, dict[str, Any]],
                    copies: list[dict[str, Any]], rows: list[dict[str, Any]]) -> str:
    """The comparison table (overall and per locale) and copies side by side for a few briefs."""
    names = list(metrics)
    lines = [f"# {suite.name}", "",
             f"{len(rows)} held-out briefs, {suite.candidates} copies per brief and system; the same "
             f"seed ({suite.seed}) and sampling (temperature {suite.temperature}, top_p {suite.top_p}) "
             "for every system.", "",
             "| metric | better | " + " | ".join(names) + " |",
             "|---|---|" + "---|" * len(names)]
    for key, label in METRIC_LABELS.items():
        better = "lower" if key in LOWER_IS_BETTER else "higher"
        lines.append(f"| {label} | {better} | " + " | ".join(_fmt(metrics[n].get(key)) for n in names) + " |")
    locales = list(metrics[names[0]]["by_locale"])
    if len(locales) > 1:
        lines += ["", "Per locale:", "", "| locale | metric | " + " | ".join(names) + " |",
                  "|---|---|" + "---|" * len(names)]
        for loc in locales:
            for key, label in METRIC_LABELS.items():
                lines.append(f"| {loc} | {label} | "
                             + " | ".join(_fmt(metrics[n]["by_locale"][loc].get(key)) for n in names) + " |")
    # Examples spread over the suite (different channels and locales), first candidate of each.
    k = min(suite.examples, len(rows))
    picks = [rows[round(i * (len(rows) - 1) / max(k - 1, 1))]["id"] for i in range(k)] if k else []
    first = {(c["system"], c["id"]): c for c in copies if c["index"] == 0}
    by_id = {r["id"]: r for r in rows}
    if picks:
        lines += ["", "## Copies for the same briefs", ""]
    for bid in picks:
        b = by_id[bid]["brief"]
        lines += [f"### {bid}: {b['channel']}, {b['locale']}, {b['tone']}: {b['product']['title']}", ""]
        for n in names:
            c = first.get((n, bid))
            if c is None:
                continue
            verdict = "passed" if c["passed"] else "blocked: " + ", ".join(c["rules"])
            text = c["copy"].replace("\n", " / ") or "(empty)"
            lines.append(f"- **{n}** ({verdict}): {text}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["SystemConfig", "SuiteConfig", "SuiteResult", "load_suite", "run_suite",
           "evaluate_system", "completion_losses", "render_markdown", "copy_metrics"]
