"""Small helpers shared by command modules."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

Workspace = Annotated[Optional[Path], typer.Option(
    help="workspace folder (default: $PROMO_LLM_HOME or ./promo-workspace)")]
"""The `--workspace` option every command that reads or writes the workspace takes."""


def quiet_hf() -> None:
    """Keep transformers' and tokenizers' progress bars and fork warnings out of command output."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
