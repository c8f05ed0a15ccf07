"""The named word lists of the packs (`packs/common.yaml`, section `words`): units, number words,
month and weekday names, currency words, and the English and Chinese exception lists the checks
read. Loaded once per process; nothing here imports the rest of the guardrails, so the text
helpers can build their regexes from these lists at import time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_COMMON = Path(__file__).resolve().parent / "packs" / "common.yaml"


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data = yaml.safe_load(_COMMON.read_text(encoding="utf-8")) or {}
    return dict(data.get("words") or {})


def word_set(name: str) -> frozenset[str]:
    """A named list of `words` as a set of strings."""
    return frozenset(str(w) for w in _words()[name])


def word_list(name: str) -> tuple[str, ...]:
    """A named list of `words`, in its order."""
    return tuple(str(w) for w in _words()[name])


def word_table(name: str) -> dict[str, Any]:
    """A named mapping of `words` (spelling -> value), keys as strings."""
    return {str(k): v for k, v in _words()[name].items()}
