"""`promo-llm deliver ...`: evaluate delivery policies offline, train a bandit, simulate rounds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

deliver_app = typer.Typer(help="Delivery: off-policy evaluation, bandit training, simulated rounds.",
                          no_args_is_help=True, add_completion=False)

MAP_HELP = ("column map, repeatable: action=COL (default item_id), reward=COL (click), "
            "propensity=COL (propensity_score), position=COL (position)")


def _fmt(name: str, value: float, ci: list[float]) -> str:
    return f"{name:6s} {value:.6f}  95% CI [{ci[0]:.6f}, {ci[1]:.6f}]"


@deliver_app.command("evaluate")
def evaluate_cmd(
    log: Annotated[Optional[Path], typer.Argument(
        help="CSV of logged decisions (e.g. an Open Bandit Dataset file); omit with --workspace")] = None,
    policy: Annotated[str, typer.Option(
        help="target policy: uniform, softmax, logging (the log's own) or a bandit model folder")] = "uniform",
    map_: Annotated[Optional[list[str]], typer.Option("--map", help=MAP_HELP)] = None,
    n_actions: Annotated[Optional[int], typer.Option(
        "--n-actions", help="size of the action set, actions 0..K-1 (default: the log's distinct actions)")] = None,
    workspace: Annotated[Optional[Path], typer.Option(
        help="evaluate on the workspace's sends with outcomes instead of a file")] = None,
    reward: Annotated[str, typer.Option(help="workspace outcome used as reward: opened, clicked, converted")] = "converted",
    temperature: Annotated[float, typer.Option(help="softmax temperature")] = 0.1,
    n_boot: Annotated[int, typer.Option("--n-boot", help="bootstrap resamples for the intervals")] = 1000,
    seed: Annotated[int, typer.Option(help="bootstrap seed")] = 0,
    quarantine: Annotated[Optional[Path], typer.Option(
        help="write invalid rows here (with their reason) and evaluate the rest; default: stop at the first")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print one JSON object: n, ips, snips, dr, ci")] = False,
) -> None:
    """Estimate a policy's reward from logged bandit feedback: IPS, SNIPS and DR, bootstrap 95% CIs."""
    from ..errors import UserError
    from .logs import parse_map, read_log, workspace_log
    from .offline import evaluate_policy

    if (log is None) == (workspace is None):
        raise UserError("give a LOG file or --workspace (one of them)")
    if log is not None:
        data = read_log(log, parse_map(map_), n_actions=n_actions, quarantine=quarantine)
    else:
        from ..store import Store

        data, _ = workspace_log(Store(workspace), reward)
    out = evaluate_policy(data, policy, temperature=temperature, n_boot=n_boot, seed=seed)
    if as_json:
        typer.echo(json.dumps(out))
        return
    typer.echo(f"{policy} on {out['n']} logged decisions, {out['n_actions']} actions "
               f"(logged reward {out['logged_reward']:.6f})")
    for k in ("ips", "snips", "dr"):
        typer.echo(_fmt(k.upper(), out[k], out["ci"][k]))


@deliver_app.command("train")
def train_cmd(
    out: Annotated[Path, typer.Option("--out", help="model folder to write (model.vw, manifest.json)")],
    log: Annotated[Optional[Path], typer.Argument(
        help="CSV of logged decisions to learn from; omit with --workspace")] = None,
    map_: Annotated[Optional[list[str]], typer.Option("--map", help=MAP_HELP)] = None,
    workspace: Annotated[Optional[Path], typer.Option(
        help="learn from the workspace's sends and outcomes (profile contexts; the logged arms: "
             "channel x hour, with the product rank where the arm picked it)")] = None,
    reward: Annotated[str, typer.Option(help="workspace outcome used as reward: opened, clicked, converted")] = "converted",
    epsilon: Annotated[float, typer.Option(
        help="exploration up to 1,500 logged decisions; beyond, it shrinks as 1/n (floor 0.01)")] = 0.1,
    passes: Annotated[int, typer.Option(help="passes over the logged decisions")] = 1,
    loss: Annotated[str, typer.Option(help="reward model loss: logistic (reward > 0 or not) or squared")] = "logistic",
    tokens: Annotated[Optional[bool], typer.Option(
        "--tokens/--no-tokens",
        help="cross the user's context tokens with each arm (default: on for a LOG file, off for --workspace)")] = None,
    seed: Annotated[int, typer.Option(help="Vowpal Wabbit seed")] = 0,
    quarantine: Annotated[Optional[Path], typer.Option(help="write invalid log rows here and learn from the rest")] = None,
) -> None:
    """Train a contextual bandit (a Vowpal Wabbit reward model, epsilon-greedy) from logged decisions."""
    from ..errors import UserError
    from .offline import train_from_log, train_from_workspace

    if (log is None) == (workspace is None):
        raise UserError("give a LOG file or --workspace (one of them)")
    if log is not None:
        from .logs import parse_map, read_log

        path = train_from_log(read_log(log, parse_map(map_), quarantine=quarantine), out,
                              epsilon=epsilon, seed=seed, passes=passes, loss=loss, tokens=tokens)
    else:
        from ..store import Store

        path = train_from_workspace(Store(workspace), out, reward=reward, epsilon=epsilon, seed=seed,
                                    passes=passes, loss=loss, tokens=tokens)
    typer.echo(str(path))
