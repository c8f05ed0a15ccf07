"""`promo-llm finetune` and `promo-llm eval ...`: train LoRA adapters; compare systems on suites."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import quiet_hf

eval_app = typer.Typer(help="Compare models on evaluation suites.", no_args_is_help=True)


def finetune(
    recipe: Annotated[Path, typer.Argument(help="recipe YAML, e.g. finetune/recipes/lora_smollm2-135m_cpu.yaml")],
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a recipe key, e.g. --set training.max_steps=10; a smoke run: "
                        "--set training.max_steps=6 --set training.eval_max_rows=32 (repeatable)")] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="continue from the newest checkpoint in the recipe's work folder")] = False,
    overwrite_shipped: Annotated[bool, typer.Option(
        "--overwrite-shipped", help="allow output.dir to be a bundled adapter (finetune/adapters/...)")] = False,
) -> None:
    """Train a LoRA adapter from a recipe; writes the adapter folder with its manifest.json.

    For several GPUs: accelerate launch -m promo_llm.finetune RECIPE.yaml
    """
    quiet_hf()
    from ..finetune import load_recipe, run_finetune

    typer.echo(str(run_finetune(load_recipe(recipe, set_ or []), resume=resume, overwrite_shipped=overwrite_shipped).adapter_dir))


@eval_app.command("run")
def eval_run(
    suite: Annotated[Path, typer.Argument(help="suite YAML, e.g. eval/suites/adapter_vs_base.yaml")],
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a suite key, e.g. --set limit=10 (repeatable)")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="results folder (default: the suite's out_dir, else <workspace>/eval/<suite name>)")] = None,
    overwrite_shipped: Annotated[bool, typer.Option(
        "--overwrite-shipped", help="allow writing into the committed eval/results/ folders")] = False,
) -> None:
    """Compare systems (base model, adapters) on a suite; writes results JSON, a table, an HTML report
    (results.html) and a manifest."""
    quiet_hf()
    from ..evaluation import load_suite, run_suite

    result = run_suite(load_suite(suite, set_ or []), out_dir=out, overwrite_shipped=overwrite_shipped)
    typer.echo(result.table)
    typer.echo(f"results -> {result.out_dir}", err=True)
