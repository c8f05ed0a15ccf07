"""`promo-llm generate` and `promo-llm runs`: run a campaign end to end; list recorded runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import Workspace, quiet_hf

EXIT_NOTHING_PASSED = 3
"""Exit codes: 0 ok, 1 user or input error (click's own), 2 usage error (click's own), 3 this."""


def generate(
    campaign: Annotated[Optional[Path], typer.Argument(
        help="campaign YAML; default: the bundled demo campaign (examples/campaign.yaml)")] = None,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="output folder (default: <workspace>/runs/<run id>)")] = None,
    set_: Annotated[Optional[list[str]], typer.Option(
        "--set", help="override a campaign key, e.g. --set max_users=50 (repeatable)")] = None,
    shard: Annotated[Optional[str], typer.Option(
        help="run only shard K of N (e.g. 2/4); users are assigned by a hash of their id")] = None,
    workspace: Workspace = None,
    backend: Annotated[str, typer.Option(
        help="generation backend: hf (transformers, CPU or one GPU) or vllm (GPUs; extra 'gpu')")] = "hf",
    dtype: Annotated[str, typer.Option(
        help="hf weights: auto (bfloat16 where the CPU/GPU runs it natively), float32 or bfloat16")] = "auto",
    suppress: Annotated[Optional[Path], typer.Option(
        help="file of opted-out user ids (one a line, or CSV with user_id) never to contact; "
             "same as delivery.limits.suppress")] = None,
    resume: Annotated[Optional[str], typer.Option(
        help="finish run RUN (an id from `promo-llm runs`) after a crash or kill: the briefs it "
             "finished are kept, the rest are written with the run's own campaign, seed and shard")] = None,
) -> None:
    """Write guarded, reranked copy and a send plan for every user of a campaign.

    Writes copies.jsonl, copies.csv, rejected.jsonl and manifest.json; prints a summary to stderr.
    Exit codes: 0 ok, 1 bad input or nobody to write for, 2 bad usage, 3 no candidate passed
    the guardrails.
    """
    quiet_hf()
    from ..audience import parse_shard
    from ..config import CampaignConfig, load_config
    from ..errors import UserError
    from ..pipeline import run_campaign
    from ..resources import asset_dir

    if backend not in ("hf", "vllm"):
        raise UserError(f"--backend: expected hf or vllm, got {backend!r}")
    if dtype not in ("auto", "float32", "bfloat16"):
        raise UserError(f"--dtype: expected auto, float32 or bfloat16, got {dtype!r}")
    if resume is not None:
        from ..run_results import resume_args
        from ..store import Store

        if campaign or out or set_ or shard or suppress:
            raise UserError("--resume takes the run's own campaign, output folder and shard: "
                            "give no campaign, --out, --set, --shard or --suppress with it")
        args = resume_args(Store(workspace), resume)
        cfg = args["cfg"]
        result = run_campaign(**args, home=workspace, backend=backend, dtype=dtype)
    else:
        path = campaign or asset_dir("examples") / "campaign.yaml"
        cfg = load_config(CampaignConfig, path, set_ or [])
        if suppress is not None:
            cfg.delivery.limits.suppress = str(suppress)
        result = run_campaign(cfg, out_dir=out, shard=parse_shard(shard), home=workspace,
                              campaign_path=path, backend=backend, dtype=dtype)
    from ..pipeline import distinct_line, tally_line

    t = result.timings
    typer.echo(
        f"{cfg.name}: {result.n_copies} copies for {result.n_briefs} briefs of {result.n_users} users "
        f"({result.n_candidates} candidates, {result.n_rejected} blocked) -> {result.out_dir}\n"
        f"{tally_line(result.tally)}\n"
        + (f"{distinct_line(result.distinct)}\n" if result.distinct.get("copies") else "") +
        f"timings: load {t['load_s']:.1f}s, model {t['setup_s']:.1f}s, generate "
        f"{t['generate_s']:.1f}s, guardrails {t['guard_s']:.1f}s, rerank+plan {t['rerank_plan_s']:.1f}s, "
        f"total {t['total_s']:.1f}s",
        err=True)
    if result.n_copies == 0:
        typer.echo("error: no candidate passed the guardrails; see rejected.jsonl", err=True)
        raise typer.Exit(EXIT_NOTHING_PASSED)


def runs(
    workspace: Workspace = None,
) -> None:
    """List the runs recorded in the workspace database (JSON lines)."""
    from ..store import Store

    for row in Store(workspace).runs():
        typer.echo(json.dumps(row, ensure_ascii=False))
