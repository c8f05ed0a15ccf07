"""The `promo-llm` command line: a map from command names onto command modules.

Each command group lives beside its stage (`guardrails/cli.py`, `data/cli.py`, ...) or, for stages
that are single modules, in `promo_llm/commands/`. Heavy imports (torch, transformers, peft, duckdb)
happen inside command bodies so that `--help` and non-model commands start fast.
Exit codes (README): 0 ok, 1 user or input error (one clear line), 2 nothing passed the guardrails;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import typer

from .commands.models import models_app
from .commands.run import generate, runs
from .commands.train import eval_app, finetune
from .commands.workspace import workspace_app
from .data.cli import profiles_app, target_app
from .delivery.cli import deliver_app
from .feedback.cli import feedback_app, loop, simulate
from .guardrails.cli import guard_app
from .rerank.cli import rerank_app
from .shopimport.cli import shop_app
from .review.cli import review_app

app = typer.Typer(
    name="promo-llm",
    help="Personalised, guarded, reranked promotional copy from e-commerce behaviour logs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# --- commands: one line each ----------------------------------------------------------------
app.command()(generate)
app.command()(finetune)
app.command()(runs)
app.add_typer(guard_app, name="guard")
app.add_typer(profiles_app, name="profiles")
app.add_typer(shop_app, name="shop")
app.add_typer(target_app, name="target")
app.add_typer(deliver_app, name="deliver")
app.add_typer(review_app, name="review")
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")
app.add_typer(feedback_app, name="feedback")
app.command()(simulate)
app.command()(loop)
app.add_typer(rerank_app, name="rerank")
app.add_typer(workspace_app, name="workspace")


def main() -> None:  # pragma: no cover - console entry point
    app()
