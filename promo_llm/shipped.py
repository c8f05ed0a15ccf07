"""Shipped artefacts: the folders the project ships (the bundled adapters under
`finetune/adapters/`, the committed evaluation results under `eval/results/`). A user's run writes
to the workspace or a fresh folder by default and never over one of these unless asked to with
an explicit flag (`--overwrite-shipped`)."""

from __future__ import annotations

from pathlib import Path

from .errors import UserError

SHIPPED_DIRS = ("finetune/adapters", "eval/results")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def is_shipped(path: Path, root: Path | None = None) -> bool:
    """True when `path` lies in a shipped folder of `root` (a recipe's or suite's project root) or
    of the project this package runs from."""
    target = Path(path).resolve()
    roots = {PROJECT_ROOT} | ({Path(root).resolve()} if root is not None else set())
    return any(target.is_relative_to(r / d) for r in roots for d in SHIPPED_DIRS)


def refuse_shipped(path: Path, root: Path | None, overwrite: bool, what: str) -> None:
    """Raise a UserError before writing `what` into a shipped folder that already holds files."""
    path = Path(path)
    if overwrite or not is_shipped(path, root) or not path.is_dir() or not any(path.iterdir()):
        return
    raise UserError(f"{what}: {path} is a shipped artefact; write elsewhere (--out, output.dir) or pass "
                    f"--overwrite-shipped to replace it")
