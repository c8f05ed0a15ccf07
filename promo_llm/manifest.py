"""Manifests: what every artefact carries so that it can be reproduced.

A manifest records the resolved config, seed, model and adapter identity, template hashes, data
hashes, package versions, the git revision and the platform.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

PACKAGES = ("promo-llm", "torch", "transformers", "peft", "datasets", "accelerate", "jinja2",
            "typer", "evaluate", "duckdb", "numpy", "gguf", "safetensors", "tokenizers")


def file_sha256(path: str | Path | None) -> str | None:
    if path is None or not Path(path).is_file():
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def package_versions() -> dict[str, str | None]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out


def git_revision() -> str | None:
    root = Path(__file__).resolve().parent.parent
    try:
        rev = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=5)
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if rev.returncode != 0:
        return None
    return rev.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


def build_manifest(*, kind: str, config: dict[str, Any], seed: int | None = None,
                   model: dict[str, Any] | None = None, data: dict[str, Any] | None = None,
                   extra: dict[str, Any] | None = None, **ids: Any) -> dict[str, Any]:
    from .prompting import template_hashes

    return {
        "kind": kind,
        **ids,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "config": config,
        "seed": seed,
        "model": model or {},
        "templates": template_hashes(),
        "data": data or {},
        "packages": package_versions(),
        "git_revision": git_revision(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "command": sys.argv,
        **(extra or {}),
    }
