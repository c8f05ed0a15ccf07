"""The run-level choice of each brief's delivered copy: distinct copies across one run.

The reranker ranks one brief's passing candidates; several users sent the same product can end up
with the same best copy. With the campaign key `distinct_copies` (default on), the briefs are taken
in brief order and each delivers its best passing candidate whose copy (compared by `copy_key`:
case, spacing and punctuation ignored) no run-mate before it delivers; a brief whose every passing
candidate repeats an earlier copy keeps its best one, counted as a kept duplicate. Which candidates
pass, and their scores, are not touched: only the pick among them.

The choice reads nothing but each brief's ranked copies in brief order, so it is deterministic and
a resumed run, which rebuilds it from the workspace, makes the same picks as an uninterrupted one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import fmean
from typing import Sequence

from ..textnorm import fold

_WORD = re.compile(r"[^\W_]+")


def copy_key(text: str) -> str:
    """The form two copies are compared in: NFKC, lower-cased, words and numbers only, one space
    between them ('Regency Cakestand, now £12.75!' -> 'regency cakestand now 12 75')."""
    return " ".join(_WORD.findall(fold(text)))


@dataclass(frozen=True)
class Ranked:
    """One passing candidate of a brief, as the reranker ranked it (best first)."""

    copy: str
    score: float


@dataclass
class DistinctPicks:
    picks: list[int | None] = field(default_factory=list)
    """Per brief (in brief order): the rank (0 = the brief's best) of the delivered candidate;
    None for a brief with no passing candidate."""
    changed: int = 0
    """Briefs that deliver another candidate than their best."""
    duplicates_kept: int = 0
    """Briefs whose every passing candidate repeats a copy delivered before them."""
    distinct_best: int = 0
    """Distinct copies had every brief delivered its best (the pure reranker pick)."""
    distinct: int = 0
    """Distinct copies delivered."""
    mean_score_best: float | None = None
    mean_score_delivered: float | None = None

    def summary(self) -> dict[str, object]:
        n = sum(p is not None for p in self.picks)
        r = (lambda x: None if x is None else round(x, 4))
        return {"copies": n, "distinct": self.distinct, "distinct_best_pick": self.distinct_best,
                "changed_pick": self.changed, "duplicates_kept": self.duplicates_kept,
                "mean_score_best_pick": r(self.mean_score_best),
                "mean_score_delivered": r(self.mean_score_delivered)}


def distinct_picks(ranked: Sequence[Sequence[Ranked]], on: bool = True) -> DistinctPicks:
    """Each brief's delivered rank, briefs taken in the given order (see the module docstring).
    `on=False` is the pure reranker pick: every brief its best."""
    out = DistinctPicks()
    seen: set[str] = set()
    best_keys: set[str] = set()
    best_scores: list[float] = []
    scores: list[float] = []
    for cands in ranked:
        if not cands:
            out.picks.append(None)
            continue
        keys = [copy_key(c.copy) for c in cands]
        pick = next((k for k, key in enumerate(keys) if key not in seen), None) if on else 0
        if pick is None:
            pick = 0
            out.duplicates_kept += 1
        out.changed += pick != 0
        out.picks.append(pick)
        seen.add(keys[pick])
        best_keys.add(keys[0])
        best_scores.append(cands[0].score)
        scores.append(cands[pick].score)
    out.distinct, out.distinct_best = len(seen), len(best_keys)
    if scores:
        out.mean_score_best, out.mean_score_delivered = fmean(best_scores), fmean(scores)
    return out
