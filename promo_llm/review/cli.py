"""`promo-llm review ...`: build a review sample, give reviewers links, serve the scoring app, write
the report, and exchange samples and answers with Label Studio or Argilla. Thin over the library."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..commands.common import Workspace
from ..errors import UserError

review_app = typer.Typer(help="Human review: blind scoring in the browser, agreement and the review report.",
                         no_args_is_help=True, add_completion=False)

SampleId = Annotated[str, typer.Argument(help="review sample id (printed by `review sample`; see `review list`)")]


def _store(workspace: Path | None):  # noqa: ANN202 - Store, imported lazily
    from ..store import Store

    return Store(workspace)


def _url(host: str, port: int, token: str) -> str:
    return f"http://{host}:{port}/r/{token}"


@review_app.command("sample")
def sample_cmd(
    run: Annotated[Optional[str], typer.Option(
        help="a generation run id (see `promo-llm runs`), or 'latest'")] = None,
    eval_results: Annotated[Optional[Path], typer.Option(
        "--eval", help="an eval results folder (from `eval run`) with several systems")] = None,
    n: Annotated[int, typer.Option("--n", help="copies to score")] = 30,
    pairs: Annotated[int, typer.Option(
        help="pairwise items (run: the chosen copy against another candidate; eval: two systems)")] = 0,
    systems: Annotated[Optional[str], typer.Option(
        help="eval: comma-separated systems to include (default: all)")] = None,
    data: Annotated[Optional[list[Path]], typer.Option(
        help="eval: the suite's brief files, when not where the results' manifest says (repeatable)")] = None,
    seed: Annotated[int, typer.Option(help="seed of the random choice of copies")] = 0,
    sample_id: Annotated[Optional[str], typer.Option("--id", help="sample id (default: source + time)")] = None,
    workspace: Workspace = None,
) -> None:
    """Pick the copies to review from a run or an eval results folder; prints the sample id."""
    from .sample import sample_from_eval, sample_from_run, save_sample

    if (run is None) == (eval_results is None):
        raise UserError("give one of --run or --eval")
    if n < 0 or pairs < 0 or n + pairs == 0:
        raise UserError("--n and --pairs: at least one item to review")
    store = _store(workspace)
    if run is not None:
        if run == "latest":
            runs = [r for r in store.runs() if r["status"] == "ok"]
            if not runs:
                raise UserError(f"no finished run in {store.home}; run `promo-llm generate` first")
            run = runs[-1]["run_id"]
        sample = sample_from_run(store, run, n, pairs, seed, sample_id)
    else:
        sample = sample_from_eval(store, eval_results, n, pairs, seed,
                                  systems.split(",") if systems else None, data, sample_id)
    path = save_sample(store, sample)
    kinds = [i.kind for i in sample.items]
    typer.echo(f"{kinds.count('score')} copies to score, {kinds.count('pair')} pairs -> {path}", err=True)
    typer.echo(sample.sample_id)


@review_app.command("add-reviewer")
def add_reviewer_cmd(
    sample_id: SampleId,
    names: Annotated[list[str], typer.Argument(help="reviewer names (letters, digits, . - _)")],
    host: Annotated[str, typer.Option(help="host in the printed links")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port in the printed links")] = 8000,
    workspace: Workspace = None,
) -> None:
    """Give reviewers personal links (a new token for a reviewer who has one; answers stay).

    Tokens are stored hashed: a link is shown only here, once."""
    from .app import new_reviewer

    store = _store(workspace)
    for name in names:
        typer.echo(f"{name}\t{_url(host, port, new_reviewer(store, sample_id, name))}")


@review_app.command("serve")
def serve_cmd(
    sample_id: SampleId,
    reviewers: Annotated[Optional[str], typer.Option(
        help="comma-separated reviewers to give links to first (those who have one keep it)")] = None,
    host: Annotated[str, typer.Option(help="interface to listen on (0.0.0.0 for a team network)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workspace: Workspace = None,
) -> None:
    """Serve the scoring app (works offline); prints each new reviewer's personal link."""
    import uvicorn

    from .app import create_app, new_reviewer
    from .sample import load_sample

    store = _store(workspace)
    sample = load_sample(store, sample_id)
    existing = {r["reviewer"] for r in store.reviewers(sample_id)}
    for name in [x.strip() for x in (reviewers or "").split(",") if x.strip()]:
        if name in existing:
            typer.echo(f"{name}\thas a link already (`review add-reviewer {sample_id} {name}` makes a new one)")
        else:
            typer.echo(f"{name}\t{_url(host, port, new_reviewer(store, sample_id, name))}")
    typer.echo(f"serving {len(sample.items)} items of {sample_id} on http://{host}:{port} (Ctrl-C stops)", err=True)
    uvicorn.run(create_app(store.home), host=host, port=port, log_level="warning")


@review_app.command("list")
def list_cmd(workspace: Workspace = None) -> None:
    """Samples in the workspace with each reviewer's progress."""
    from .sample import load_sample

    store = _store(workspace)
    for folder in sorted((store.home / "reviews").glob("*/sample.json")):
        sample = load_sample(store, folder.parent.name)
        done: dict[str, int] = {}
        for a in store.answers(sample.sample_id):
            done[a["reviewer"]] = done.get(a["reviewer"], 0) + 1
        names = {r["reviewer"] for r in store.reviewers(sample.sample_id)} | set(done)
        progress = ", ".join(f"{r} {done.get(r, 0)}/{len(sample.items)}" for r in sorted(names)) or "no reviewers"
        typer.echo(f"{sample.sample_id}\t{len(sample.items)} items\t{progress}")


@review_app.command("report")
def report_cmd(
    sample_id: SampleId,
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="report folder (default: <workspace>/reviews/<sample>/report)")] = None,
    bootstrap: Annotated[int, typer.Option(help="bootstrap resamples for the intervals")] = 2000,
    seed: Annotated[int, typer.Option(help="bootstrap seed")] = 0,
    workspace: Workspace = None,
) -> None:
    """Agreement (Krippendorff's alpha), per-system scores, win rates and agreement with the
    automatic metrics: report.html with plots, and CSV tables."""
    from .report import write_report

    if bootstrap < 100:
        raise UserError("--bootstrap: at least 100 resamples")
    typer.echo(str(write_report(_store(workspace), sample_id, out, bootstrap, seed)))


@review_app.command("export")
def export_cmd(
    sample_id: SampleId,
    fmt: Annotated[str, typer.Option("--format", help="labelstudio or argilla")],
    out: Annotated[Path, typer.Option("--out", help="folder to write the files to")],
    workspace: Workspace = None,
) -> None:
    """Write the sample as Label Studio tasks + labeling configs, or Argilla settings + records."""
    from .exchange import export_sample

    for path in export_sample(_store(workspace), sample_id, fmt, out):
        typer.echo(str(path))


@review_app.command("import")
def import_cmd(
    sample_id: SampleId,
    path: Annotated[Path, typer.Argument(help="Label Studio JSON export, or Argilla records JSON")],
    fmt: Annotated[str, typer.Option("--format", help="labelstudio or argilla")],
    quarantine: Annotated[Optional[Path], typer.Option(
        help="write answers that cannot be used (unknown item, incomplete) here, with the reason")] = None,
    workspace: Workspace = None,
) -> None:
    """Read reviewers' answers from Label Studio or Argilla into the workspace."""
    from .exchange import import_answers

    saved, rejected = import_answers(_store(workspace), sample_id, path, fmt, quarantine)
    typer.echo(f"{saved} answers saved" + (f", {rejected} rejected -> {quarantine}" if rejected else ""))
