"""Feedback stage command line: `promo-llm feedback ingest FILE` and `promo-llm simulate RUN`.

Thin commands over `feedback.ingest` and `feedback.simulate`; counts go to stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..commands.common import Workspace, quiet_hf

feedback_app = typer.Typer(help="Bring outcomes of sends (opens, clicks, conversions, revenue) into the workspace.",
                           no_args_is_help=True)



@feedback_app.command("ingest")
def ingest(
    file: Annotated[Path, typer.Argument(help="outcomes file (CSV, JSONL or Parquet), one row per send")],
    map_: Annotated[Optional[list[str]], typer.Option(
        "--map", help="column map DST=SRC for your file's names, e.g. --map send_id=message_id (repeatable)")] = None,
    quarantine: Annotated[Optional[Path], typer.Option(
        "--quarantine", help="write rejected rows (JSON lines, with reasons) here and ingest the rest")] = None,
    workspace: Workspace = None,
) -> None:
    """Join opens, clicks, conversions and revenue to the workspace's sends.

    A row names its send by send_id, or by run_id, user_id, item_id and channel. Columns: opened,
    clicked, converted (booleans), revenue (>= 0), ts (ISO time, not before the send). Ingesting
    the same file twice changes nothing. Without --quarantine the first bad row stops the ingest
    (nothing is written) with its file, row and column.
    """
    from ..data.loaders import parse_column_map
    from .ingest import ingest_outcomes

    report = ingest_outcomes(file, home=workspace, column_map=parse_column_map(map_), quarantine=quarantine)
    typer.echo(report.line(), err=True)
    if quarantine is not None:
        typer.echo(f"quarantine: {report.rejected} rejected rows -> {quarantine}", err=True)


def simulate(
    run: Annotated[str, typer.Argument(help="run id (see `promo-llm runs`)")],
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="outcomes file to write (CSV; default <run folder>/outcomes.csv)")] = None,
    seed: Annotated[int, typer.Option(help="seed of the draws")] = 0,
    shop: Annotated[Optional[Path], typer.Option(
        help="sample shop folder with latent_* columns in users.csv (default: the workspace's sample shop)")] = None,
    workspace: Workspace = None,
) -> None:
    """Draw opens, clicks and purchases for a run's sends from the sample shop's latent truth.

    Writes an outcomes file like an ESP export; bring it in with `promo-llm feedback ingest FILE`.
    """
    from ..data.sample_shop import sample_shop_dir
    from .simulate import simulate_run

    result = simulate_run(run, shop_dir=shop or sample_shop_dir(workspace), out=out, seed=seed, home=workspace)
    o = result.outcomes
    typer.echo(f"{run}: {len(o)} sends, {sum(x.opened for x in o)} opened, {sum(x.clicked for x in o)} clicked, "
               f"{sum(x.converted for x in o)} converted -> {result.path}", err=True)
    typer.echo(str(result.path))


def loop(
    config: Annotated[Path, typer.Argument(help="loop YAML, e.g. examples/loop.yaml")],
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a loop key, e.g. --set seeds=3 (repeatable)")] = None,
) -> None:
    """Round 0 with the prior reranker, then simulate -> train -> generate for N rounds.

    Prints the true conversion of delivered copy per round for the trained reranker, a random pick
    among passing candidates and the prior (mean and 95% interval over seeds), and the last model's
    calibration on sends it never saw; writes loop.json (with a diagnosis of what the candidates
    allow), loop.png and reliability.png to the config's out folder. --set reuse=true loads the
    candidates an earlier loop saved instead of generating them again.
    """
    quiet_hf()
    from .loop import load_loop_config, run_loop

    cfg = load_loop_config(config, set_ or [])
    result = run_loop(cfg, base_dir=config.resolve().parent)
    typer.echo(result.table)
    t = result.last_report.get("test", {})
    if t:
        c, p = t["conversion"], t["prior_conversion"]
        typer.echo(f"last model (seed 0, held-out sends): AUC {c['auc']} log loss {c['log_loss']:.4f} "
                   f"ECE {c['ece']:.4f}; prior AUC {p['auc']} log loss {p['log_loss']:.4f}")
    h = result.holdout
    if h:
        typer.echo(f"last model on the last round's {h['n']} passing candidates (never trained on): "
                   f"ECE {h['ece_vs_truth']:.4f} against the true P(conversion), {h['ece_vs_drawn']:.4f} "
                   f"against one draw; mean predicted {100 * h['mean_pred']:.2f}% vs true {100 * h['mean_true']:.2f}%")
        m = h["mean_over_seeds"]
        typer.echo(f"against the truth, mean of {len(h['per_seed'])} seeds' last models: expected AUC "
                   f"{m['model']['auc']:.3f} (prior {m['prior']['auc']:.3f}), expected log loss "
                   f"{m['model']['log_loss']:.4f} (prior {m['prior']['log_loss']:.4f}), ECE {m['model']['ece']:.4f}")
    typer.echo(f"-> {result.out_dir}", err=True)
