"""`promo-llm rerank train-ab` and `promo-llm rerank score`: the text response model on the command line.

Thin commands over `textab.evaluate.train_and_evaluate` and `TextResponseModel.predict`. Reports go
to stdout (JSON) or files; progress and counts to stderr. Bad input raises DataError (file, row and
field) or, with --quarantine, goes to a file with each row's reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

import typer

from ..errors import DataError, UserError

textab_app = typer.Typer(help="Text response model learned from randomised headline tests (A/B packages).",
                         no_args_is_help=True, add_completion=False)

QuarantineOpt = Annotated[Optional[Path], typer.Option(
    "--quarantine", help="write rejected rows (JSON lines, with reasons) here and keep going")]


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@textab_app.command("train-ab")
def train_ab(
    packages: Annotated[Path, typer.Argument(
        help="packages file (Parquet, CSV or JSONL): test_id, headline, impressions, clicks; "
             "optional eyecatcher_id (image) and lede")],
    out: Annotated[Path, typer.Option("--out", help="model folder to write (model.json, weights.npz, "
                                                    "manifest.json, report.json)")],
    held_out: Annotated[float, typer.Option(
        help="share of stories kept aside and only measured (0 to train on all but validation)")] = 0.2,
    validation: Annotated[float, typer.Option(
        help="share of stories used to choose settings and calibrate the response rate")] = 0.2,
    seed: Annotated[int, typer.Option(help="seed of the split of stories and of the bootstrap")] = 0,
    baselines: Annotated[bool, typer.Option(
        help="also fit and report the length and TF-IDF + logistic regression baselines")] = True,
    quarantine: QuarantineOpt = None,
) -> None:
    """Fit the text model on PACKAGES and report pairwise accuracy on validation and held-out tests.

    Pairs are distinct headlines of one test shown with the same image; a pair counts when the
    click rates differ significantly (two-proportion z-test, |z| > 1.96). Prints the report (JSON).
    """
    from ..data.loaders import Quarantine
    from ..manifest import build_manifest, file_sha256
    from .evaluate import train_and_evaluate
    from .pairs import read_packages

    q = Quarantine(quarantine) if quarantine else None
    try:
        pk = read_packages(packages, q)
    finally:
        if q:
            q.write()
    if q and q.rows:
        _err(f"{len(q.rows)} row(s) rejected -> {quarantine}")
    _err(f"{len(pk)} packages from {packages.name}")
    try:
        model, report = train_and_evaluate(pk, held_out=held_out, validation=validation, seed=seed,
                                           baselines=baselines)
    except ValueError as e:
        raise UserError(str(e)) from None
    manifest = build_manifest(kind="textab-model", config=report["config"], seed=seed,
                              data={"packages": {"path": str(packages), "sha256": file_sha256(packages),
                                                 "rows": len(pk), "rejected": len(q.rows) if q else 0}},
                              extra={"split": {"held_out": held_out, "validation": validation,
                                               "rule": report["split_rule"]},
                                     "evaluation": {k: report[k] for k in ("validation", "held_out")},
                                     "versions": _versions()})
    model.save(out, manifest)
    (out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    typer.echo(json.dumps(report, indent=2))
    acc = report["held_out"].get("accuracy", {}).get("text_model")
    _err(f"model -> {out}; held-out pairwise accuracy {acc} on {report['held_out']['pairs']} pairs")


def _versions() -> dict[str, str | None]:
    import importlib.metadata as md

    out = {}
    for name in ("scikit-learn", "scipy", "numpy", "pyarrow"):
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out


def read_copy_rows(path: Path, quarantine: Any = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, row) for each valid JSONL row with an `id` and a non-empty string `copy`."""
    if not path.is_file():
        raise UserError(f"{path}: file not found")

    def reject(line_no: int, column: str | None, reason: str, record: Any) -> None:
        if quarantine is None:
            raise DataError(reason, file=str(path), row=line_no, column=column)
        quarantine.add(str(path), line_no, column, reason, record if isinstance(record, dict) else {"line": record})

    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                reject(line_no, None, f"invalid JSON ({exc.msg} at column {exc.colno})", line.rstrip("\n"))
                continue
            if not isinstance(row, dict):
                reject(line_no, None, f"expected a JSON object, got {type(row).__name__}", row)
            elif row.get("id") in (None, ""):
                reject(line_no, "id", "missing id", row)
            elif not isinstance(row.get("copy"), str) or not row["copy"].strip():
                got = row.get("copy")
                reject(line_no, "copy", "missing copy" if got is None else f"expected non-empty text, got {got!r}", row)
            else:
                yield line_no, row


@textab_app.command("score")
def score(
    rows: Annotated[Path, typer.Argument(help="JSONL rows with id and copy (other fields are kept)")],
    model: Annotated[Path, typer.Option("--model", help="model folder from `promo-llm rerank train-ab`")],
    out: Annotated[Path, typer.Option("--out", help="JSONL to write: each row with `score` added")],
    quarantine: QuarantineOpt = None,
) -> None:
    """Add `score`, the predicted response rate of each row's copy, to every row of ROWS.

    The rate is for a test at the training archive's average level: compare scores between copies;
    the level itself says little about another audience. Exit 1 on a malformed row (file, line and
    field named) unless --quarantine is given.
    """
    from ..data.loaders import Quarantine
    from .model import load_text_model

    m = load_text_model(model)
    q = Quarantine(quarantine) if quarantine else None
    try:
        valid = list(read_copy_rows(rows, q))  # validate everything before writing anything
    finally:
        if q:
            q.write()
    scores = m.predict([r["copy"] for _, r in valid])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for (_, row), s in zip(valid, scores):
            fh.write(json.dumps({**row, "score": round(float(s), 6)}, ensure_ascii=False) + "\n")
    rejected = f", {len(q.rows)} rejected -> {quarantine}" if q else ""
    _err(f"{len(valid)} row(s) scored -> {out}{rejected}")
