"""The `promo-llm` command line: thin commands over library functions.

Heavy imports (torch, transformers, peft, duckdb) happen inside command bodies so that `--help` and
non-model commands start fast. Exit codes (DESIGN.md): 0 ok, 1 user or input error (one clear line),
2 nothing passed the guardrails, anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer


app = typer.Typer(
    name="promo-llm",
    help="Personalised, guarded, reranked promotional copy from e-commerce behaviour logs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# --- command groups (each defined beside its stage) ------------------------------------------
# Add one `app.add_typer(...)` line per group here.
from .guardrails.cli import guard_app  # noqa: E402

app.add_typer(guard_app, name="guard")
from .data.cli import profiles_app, target_app  # noqa: E402

app.add_typer(profiles_app, name="profiles")
app.add_typer(target_app, name="target")
from .delivery.cli import deliver_app  # noqa: E402

app.add_typer(deliver_app, name="deliver")

from .feedback.cli import feedback_app, loop, simulate  # noqa: E402

app.add_typer(feedback_app, name="feedback")
app.command("simulate")(simulate)
app.command("loop")(loop)

from .rerank.cli import rerank_app  # noqa: E402

app.add_typer(rerank_app, name="rerank")

models_app = typer.Typer(help="List, prepare and merge models.", no_args_is_help=True)
app.add_typer(models_app, name="models")

eval_app = typer.Typer(help="Compare models on evaluation suites.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _quiet_hf() -> None:
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@app.command()
def generate(
    campaign: Annotated[Optional[Path], typer.Argument(
        help="campaign YAML; default: the bundled demo campaign (examples/campaign.yaml)")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="output folder (default: <workspace>/runs/<run id>)")] = None,
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a campaign key, e.g. --set max_users=50 (repeatable)")] = None,
    shard: Annotated[Optional[str], typer.Option(
        help="run only shard K of N (e.g. 2/4); users are assigned by a hash of their id")] = None,
    workspace: Annotated[Optional[Path], typer.Option(
        help="workspace folder (default: $PROMO_LLM_HOME or ./promo-workspace)")] = None,
    backend: Annotated[str, typer.Option(
        help="generation backend: hf (transformers, CPU or one GPU) or vllm (GPUs; extra 'gpu')")] = "hf",
    dtype: Annotated[str, typer.Option(
        help="hf weights: auto (bfloat16 where the CPU/GPU runs it natively), float32 or bfloat16")] = "auto",
) -> None:
    """Write guarded, reranked copy and a send plan for every user of a campaign.

    Writes copies.jsonl, copies.csv, rejected.jsonl and manifest.json; prints a summary to stderr.
    Exit code 2 if no candidate passed the guardrails.
    """
    _quiet_hf()
    from .config import CampaignConfig, load_config
    from .errors import UserError
    from .pipeline import parse_shard, run_campaign
    from .resources import asset_dir

    if backend not in ("hf", "vllm"):
        raise UserError(f"--backend: expected hf or vllm, got {backend!r}")
    if dtype not in ("auto", "float32", "bfloat16"):
        raise UserError(f"--dtype: expected auto, float32 or bfloat16, got {dtype!r}")
    path = campaign or asset_dir("examples") / "campaign.yaml"
    cfg = load_config(CampaignConfig, path, set_ or [])
    result = run_campaign(cfg, out_dir=out, shard=parse_shard(shard), home=workspace,
                          campaign_path=path, backend=backend, dtype=dtype)
    t = result.timings
    typer.echo(
        f"{cfg.name}: {result.n_copies} copies for {result.n_briefs} briefs "
        f"({result.n_candidates} candidates, {result.n_rejected} blocked) -> {result.out_dir}\n"
        f"timings: load {t['load_s']:.1f}s, model {t['setup_s']:.1f}s, generate "
        f"{t['generate_s']:.1f}s, guardrails {t['guard_s']:.1f}s, rerank+plan {t['rerank_plan_s']:.1f}s, "
        f"total {t['total_s']:.1f}s",
        err=True)
    if result.n_copies == 0:
        typer.echo("error: no candidate passed the guardrails; see rejected.jsonl", err=True)
        raise typer.Exit(2)


@models_app.command("list")
def models_list() -> None:
    """List packaged models: installed, converted, licence."""
    from .models import list_models

    for row in list_models():
        typer.echo(json.dumps(row))


@models_app.command("pull")
def models_pull(
    name: Annotated[str, typer.Argument(help="packaged model name, e.g. smollm2-135m")],
) -> None:
    """Prepare a packaged model: convert its GGUF once to a safetensors cache folder."""
    _quiet_hf()
    from .models import pull_model

    typer.echo(str(pull_model(name)))


@models_app.command("merge")
def models_merge(
    adapter: Annotated[Path, typer.Argument(help="LoRA adapter folder (with manifest.json)")],
    out: Annotated[Path, typer.Option("--out", help="folder to write the merged model to")],
    base: Annotated[Optional[str], typer.Option(
        help="base model (default: the one named in the adapter's manifest)")] = None,
) -> None:
    """Fold a LoRA adapter into its base model and write a plain model folder."""
    _quiet_hf()
    from .finetune import merge_adapter

    typer.echo(str(merge_adapter(adapter, out, base)))


@app.command()
def finetune(
    recipe: Annotated[Path, typer.Argument(help="recipe YAML, e.g. finetune/recipes/lora_smollm2-135m_cpu.yaml")],
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a recipe key, e.g. --set training.max_steps=10 (repeatable)")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="continue from the newest checkpoint in the recipe's work folder")] = False,
) -> None:
    """Train a LoRA adapter from a recipe; writes the adapter folder with its manifest.json.

    For several GPUs: accelerate launch -m promo_llm.finetune RECIPE.yaml
    """
    _quiet_hf()
    from .finetune import load_recipe, run_finetune

    typer.echo(str(run_finetune(load_recipe(recipe, set_ or []), resume=resume).adapter_dir))


@eval_app.command("run")
def eval_run(
    suite: Annotated[Path, typer.Argument(help="suite YAML, e.g. eval/suites/adapter_vs_base.yaml")],
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a suite key, e.g. --set limit=10 (repeatable)")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="results folder (default: the suite's out_dir)")] = None,
) -> None:
    """Compare systems (base model, adapters) on a suite; writes results JSON, a table and a manifest."""
    _quiet_hf()
    from .evaluation import load_suite, run_suite

    result = run_suite(load_suite(suite, set_ or []), out_dir=out)
    typer.echo(result.table)
    typer.echo(f"results -> {result.out_dir}", err=True)


@app.command()
def runs(
    workspace: Annotated[Optional[Path], typer.Option(help="workspace folder")] = None,
) -> None:
    """List the runs recorded in the workspace database (JSON lines)."""
    from .store import Store

    for row in Store(workspace).runs():
        typer.echo(json.dumps(row, ensure_ascii=False))


def main() -> None:  # pragma: no cover - console entry point
    app()
