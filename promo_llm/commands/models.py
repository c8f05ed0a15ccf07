"""`promo-llm models ...`: list, prepare and merge packaged models and adapters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import quiet_hf

models_app = typer.Typer(help="List, prepare and merge models.", no_args_is_help=True)


@models_app.command("list")
def models_list() -> None:
    """List packaged models: installed, converted, licence."""
    from ..models import list_models

    for row in list_models():
        typer.echo(json.dumps(row))


@models_app.command("pull")
def models_pull(
    name: Annotated[str, typer.Argument(help="packaged model name, e.g. smollm2-135m")],
) -> None:
    """Prepare a packaged model: convert its GGUF once to a safetensors cache folder."""
    quiet_hf()
    from ..models import pull_model

    typer.echo(str(pull_model(name)))


@models_app.command("merge")
def models_merge(
    adapter: Annotated[Path, typer.Argument(help="LoRA adapter folder (with manifest.json)")],
    out: Annotated[Path, typer.Option("--out", help="folder to write the merged model to")],
    base: Annotated[Optional[str], typer.Option(
        help="base model (default: the one named in the adapter's manifest)")] = None,
) -> None:
    """Fold a LoRA adapter into its base model and write a plain model folder."""
    quiet_hf()
    from ..finetune import merge_adapter

    typer.echo(str(merge_adapter(adapter, out, base)))
