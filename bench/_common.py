"""Shared by the benchmarks: the machine a figure was measured on, and the demo campaign's inputs.

Not a benchmark itself (`make bench` runs only bench/*.py files not starting with '_').
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def emit(result: dict, out: str | None) -> None:
    """Print a benchmark's one JSON line and, given `out` (its --out), write the line there too."""
    line = json.dumps(result, ensure_ascii=False)
    print(line)
    if out:
        Path(out).write_text(line + "\n", encoding="utf-8")


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (the platform's machine name elsewhere)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cpu_flags() -> list[str]:
    """The matmul-relevant CPU flags (AVX2, AVX-512, BF16, AMX) from /proc/cpuinfo."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = next((ln for ln in f if ln.startswith("flags")), "").split(":", 1)[-1].split()
    except OSError:
        return []
    return sorted(f for f in flags if f.startswith(("avx", "amx", "fma")))


def git_revision() -> str | None:
    """HEAD of the checkout, with '-dirty' when tracked files differ from it."""
    try:
        rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return rev + ("-dirty" if dirty else "")


def versions() -> dict[str, str | None]:
    """Python and the numeric libraries' versions (None where one is not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str | None] = {"python": platform.python_version()}
    for pkg in ("torch", "transformers", "numpy", "pandas", "duckdb", "pyarrow", "numba"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    return out


def machine_facts(load_start: float | None = None) -> dict:
    """CPU model and flags, cores, 1-minute load average at start and now, versions, git revision."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count()
    return {"cpu": cpu_model(), "cpu_flags": cpu_flags(), "cores": os.cpu_count(), "usable_cores": usable,
            "load_avg_1m": {"start": None if load_start is None else round(load_start, 2),
                            "end": round(os.getloadavg()[0], 2)},
            "versions": versions(), "git_revision": git_revision(), "platform": platform.platform()}


@dataclass
class Demo:
    """The demo campaign's config, briefs (as `promo-llm generate` builds them), shop and send date."""

    cfg: Any
    briefs: list
    shop: Any
    send_date: date


def demo_campaign(limit: int | None = None) -> Demo:
    """The bundled demo campaign, its first `limit` briefs (all: None)."""
    sys.path.insert(0, str(ROOT))
    from promo_llm.audience import select_audience
    from promo_llm.config import CampaignConfig, load_config
    from promo_llm.data.sample_shop import sample_shop_dir
    from promo_llm.data.shop import load_shop
    from promo_llm.pipeline import build_briefs
    from promo_llm.resources import asset_dir
    from promo_llm.store import Store

    cfg = load_config(CampaignConfig, asset_dir("examples") / "campaign.yaml", [])
    shop = load_shop(Path(cfg.shop) if cfg.shop else sample_shop_dir(Store(None).home))
    send_date = cfg.send_date or (date.today() + timedelta(days=1))
    briefs, _, _ = build_briefs(cfg, select_audience(cfg, shop.profiles), shop, send_date)
    return Demo(cfg, briefs[:limit] if limit else briefs, shop, send_date)
