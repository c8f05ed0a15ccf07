"""The `promo-llm` command line: thin commands over library functions.

Heavy imports (torch, transformers, peft, duckdb) happen inside command bodies so that `--help` and
non-model commands start fast. Exit codes (DESIGN.md): 0 ok, 1 user or input error (one clear line),
2 nothing passed the guardrails, anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import typer

from .errors import UserError

app = typer.Typer(
    name="promo-llm",
    help="Personalised, guarded, reranked promotional copy from e-commerce behaviour logs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# --- command groups (each defined beside its stage) ------------------------------------------
# Add one `app.add_typer(...)` line per group here.


def main() -> None:  # pragma: no cover - console entry point wrapper
    try:
        app()
    except UserError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None
