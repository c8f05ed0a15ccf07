"""Small helpers shared by command modules."""

from __future__ import annotations

import os


def quiet_hf() -> None:
    """Keep transformers' and tokenizers' progress bars and fork warnings out of command output."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
