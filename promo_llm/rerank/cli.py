"""Rerank stage command line: `promo-llm rerank train` (the conversion model from outcomes), and
`rerank train-ab` / `rerank score` (the text response model from headline tests, `textab.cli`).

Thin commands over `rerank.learned`; the trained model's folder goes to stdout, its held-out
figures to stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..commands.common import Workspace

rerank_app = typer.Typer(help="Train and use rerankers that predict conversion.", no_args_is_help=True)


@rerank_app.command("train")
def train(
    runs: Annotated[Optional[list[str]], typer.Option(
        "--runs", help="train on these runs only (repeatable; default: every run with outcomes)")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="model folder (default: <workspace>/models/conversion/<time>)")] = None,
    seed: Annotated[int, typer.Option(help="seed of the train / calibration / test split")] = 0,
    workspace: Workspace = None,
) -> None:
    """Fit P(click) and calibrated P(conversion) on the workspace's sends and their outcomes.

    Compares text representations (copy features; plus hashed word n-grams) on a held-out split and
    keeps the better; prints its AUC, log loss and calibration error next to the prior reranker's.
    Campaigns with `rerank: auto` use the newest model trained for their shop.
    """
    from .learned import train_conversion

    folder, _, report = train_conversion(home=workspace, runs=runs, out=out, seed=seed)
    for text, t in report["compared"].items():
        c, p = t["conversion"], t["prior_conversion"]
        typer.echo(f"text={text}: conversion AUC {_f(c['auc'])} log loss {c['log_loss']:.4f} ECE {c['ece']:.4f} | "
                   f"click AUC {_f(t['click']['auc'])} | prior AUC {_f(p['auc'])} log loss {p['log_loss']:.4f} "
                   f"(test: {c['n']} sends, {c['positives']} conversions)", err=True)
    typer.echo(f"kept text={report['chosen_text']}, calibration {report['calibration']}", err=True)
    typer.echo(str(folder))


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _register_text_response_commands() -> None:
    """The text response model's commands join this group (they are defined beside their stage)."""
    from ..textab.cli import score, train_ab

    rerank_app.command("train-ab")(train_ab)
    rerank_app.command("score")(score)


_register_text_response_commands()

