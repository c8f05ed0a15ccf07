"""Where the shipped data folders live: the source checkout when running from one, else the wheel.

Top-level `prompts/`, `finetune/`, `eval/` and `examples/` are data, packaged as `promo_llm._<name>`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent
_NAMES = ("prompts", "finetune", "eval", "examples")


def asset_dir(name: str) -> Path:
    """Return the folder holding shipped asset `name` (one of prompts, finetune, eval, examples)."""
    if name not in _NAMES:
        raise ValueError(f"unknown asset folder {name!r}; expected one of {_NAMES}")
    checkout = _REPO_ROOT / name
    if checkout.is_dir() and (_REPO_ROOT / "pyproject.toml").is_file():
        return checkout
    return Path(str(resources.files(f"promo_llm._{name}")))
