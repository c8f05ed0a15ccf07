"""The automatic metrics of `eval run` as local `evaluate` modules, loaded by path (never the hub).

One folder per metric, `<name>/<name>.py`, defining an `evaluate.Metric` whose `_compute` calls the
formula in promo_llm.metrics, so there is one implementation of each number:

    distinct_n            share of distinct n-grams (higher = less repetition)
    self_bleu             mean BLEU-4 of each copy against the others (lower = more varied)
    guardrail_pass_rate   share of copies the guardrails let through
    grounding_violations  grounding violations per copy (invented prices, facts ...)
    length_conformance    share of copies with their channel's shape
    predicted_conversion  the reranker's mean predicted conversion of the passing copies

    >>> compute("distinct_n", predictions=["buy the boots now", "buy the scarf now"], n=2)
    {'distinct_2': 0.8333333333333334}
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

METRICS_DIR = Path(__file__).resolve().parent
NAMES = ("distinct_n", "self_bleu", "guardrail_pass_rate", "grounding_violations", "length_conformance",
         "predicted_conversion")


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The `evaluate` module of metric `name`, loaded from its folder in this package."""
    import evaluate

    if name not in NAMES:
        raise ValueError(f"unknown metric {name!r}; expected one of {NAMES}")
    return evaluate.load(str(METRICS_DIR / name), keep_in_memory=True)


def compute(name: str, **inputs: Any) -> dict[str, Any]:
    """Run metric `name` on `inputs` (its features as keyword lists, plus its options)."""
    return load(name).compute(**inputs)


def info(doc: str | None, features: dict[str, Any]) -> Any:
    """The MetricInfo every module returns: its docstring and its input features."""
    import datasets
    import evaluate

    text = (doc or "").strip()
    return evaluate.MetricInfo(description=text, citation="", inputs_description=text,
                               features=datasets.Features(features))


__all__ = ["NAMES", "METRICS_DIR", "load", "compute", "info"]
