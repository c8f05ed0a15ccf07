"""Automatic metrics for copy: pure functions over texts, verdicts and losses.

Nothing here loads a model or reads a file; evaluation.py gathers the inputs and calls these. Each
function has a worked example in its docstring (run as doctests by tests/test_evaluation.py).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

from .channels import ChannelSpec


def distinct_n(texts: Sequence[str], n: int = 2) -> float:
    """Share of distinct n-grams over all n-grams (characters for CJK, else words).

    >>> distinct_n(["buy the mug", "buy the cup"], 2)
    0.75
    """
    grams, total = set(), 0
    for t in texts:
        units = list(t) if any("\u4e00" <= ch <= "\u9fff" for ch in t) else t.lower().split()
        for i in range(len(units) - n + 1):
            grams.add(tuple(units[i:i + n]))
            total += 1
    return len(grams) / total if total else 0.0


def mean_token_loss(nll_sums: Iterable[float], token_counts: Iterable[int]) -> float:
    """Token-weighted mean negative log-likelihood (nats per completion token).

    >>> mean_token_loss([4.0, 2.0], [2, 4])
    1.0
    """
    total, n = 0.0, 0
    for s, c in zip(nll_sums, token_counts):
        total += s
        n += c
    return total / n if n else math.nan


def pass_rate(passed: Sequence[bool]) -> float:
    """Share of copies the guardrails let through.

    >>> pass_rate([True, False, True, True])
    0.75
    """
    return sum(bool(p) for p in passed) / len(passed) if passed else math.nan


def grounding_violations(rule_ids: Sequence[str]) -> int:
    """Violations of one copy whose rule id starts with 'grounding' (invented prices, facts...).

    >>> grounding_violations(["grounding_price", "too_short", "grounding_number"])
    2
    """
    return sum(1 for r in rule_ids if r.startswith("grounding"))


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; NaN for no values.

    >>> mean([1, 2, 3, 6])
    3.0
    """
    return sum(values) / len(values) if values else math.nan


def channel_conforms(copy: str, spec: ChannelSpec) -> bool:
    """True if `copy` has the channel's shape: length within [min_chars, max_chars], the right
    number of lines, and (push) a title and body within their limits.

    >>> from promo_llm.channels import channel_spec
    >>> channel_conforms("Your boots are 20% off\\nTrailrunner boots, now $79.99 until Dec 5.",
    ...                  channel_spec("push", "en-US"))
    True
    >>> channel_conforms("Boots", channel_spec("email_subject", "en-US"))
    False
    """
    text = copy.strip()
    if not spec.min_chars <= len(text) <= spec.max_chars:
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if spec.name == "email_body":  # a body may have paragraphs; only its length counts
        return True
    if len(lines) != spec.lines:
        return False
    if spec.lines == 2:
        title, body = lines
        if spec.title_max and len(title) > spec.title_max:
            return False
        if spec.body_max and len(body) > spec.body_max:
            return False
    return True


def conformance_rate(copies: Sequence[str], specs: Sequence[ChannelSpec]) -> float:
    """Share of copies that conform to their channel (see `channel_conforms`).

    >>> from promo_llm.channels import channel_spec
    >>> conformance_rate(["Boots", "Warm boots for winter walks, 20% off"],
    ...                  [channel_spec("email_subject", "en-US")] * 2)
    0.5
    """
    return mean([float(channel_conforms(c, s)) for c, s in zip(copies, specs)])


def distinct_2(texts: Sequence[str]) -> float:
    """Distinct bigrams over all bigrams (words; characters for Chinese): higher = less repetition.

    >>> distinct_2(["buy the boots now", "buy the scarf now"])  # "buy the" twice: 5 of 6
    0.8333333333333334
    """
    return distinct_n(texts, 2)


def _units(text: str) -> list[str]:
    """Characters for Chinese, else lower-cased words (as distinct_n counts them)."""
    return list(text) if any("\u4e00" <= ch <= "\u9fff" for ch in text) else text.lower().split()


def self_bleu(texts: Sequence[str], max_n: int = 4) -> float:
    """Mean BLEU of each text against all the others as references: lower = more varied copy.

    BLEU as in Papineni et al. 2002 (clipped n-gram precisions up to `max_n`, geometric mean,
    brevity penalty against the closest reference length), with zero precisions smoothed to
    0.1 / count (smoothing method 1 of Chen and Cherry 2014). NaN for fewer than two texts.

    >>> self_bleu(["buy the boots now", "buy the boots now"])
    1.0
    >>> # p1..p4 = 4/5, 2/4, 1/3 ("buy the warm"), 0.1/2 (no 4-gram shared): (0.8*0.5*0.333*0.05)^(1/4)
    >>> round(self_bleu(["buy the warm boots now", "buy the warm scarf now"]), 4)
    0.2857
    """
    units = [_units(t) for t in texts]
    if len(units) < 2:
        return math.nan
    counts = [[Counter(tuple(u[i:i + n]) for i in range(len(u) - n + 1)) for n in range(1, max_n + 1)]
              for u in units]
    # Per n-gram: the largest count in any text, which text has it, and the second largest, so
    # that each text's references (all texts but itself) are served without a pass over them.
    top: list[dict[tuple[str, ...], tuple[int, int, int]]] = [{} for _ in range(max_n)]
    for j, per_n in enumerate(counts):
        for n, grams in enumerate(per_n):
            for g, k in grams.items():
                best, who, second = top[n].get(g, (0, -1, 0))
                top[n][g] = (k, j, best) if k > best else (best, who, max(second, k))
    lengths = [len(u) for u in units]
    scores = []
    for i, per_n in enumerate(counts):
        c = lengths[i]
        if c == 0:
            scores.append(0.0)
            continue
        log_p = 0.0
        for n, grams in enumerate(per_n):
            clipped = 0
            for g, k in grams.items():
                best, who, second = top[n][g]
                clipped += min(k, second if who == i else best)
            total = max(1, sum(grams.values()))
            log_p += math.log((clipped or 0.1) / total)
        r = min((abs(length - c), length) for j, length in enumerate(lengths) if j != i)[1]
        brevity = 1.0 if c > r else math.exp(1 - r / c)
        scores.append(brevity * math.exp(log_p / max_n))
    return mean(scores)


__all__ = ["mean_token_loss", "pass_rate", "grounding_violations", "mean", "channel_conforms",
           "conformance_rate", "distinct_2", "self_bleu"]
