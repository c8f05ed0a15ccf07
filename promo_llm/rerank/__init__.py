"""Rerank stage: predicted conversion of each guarded candidate.

`prior` is the transparent logistic score with hand-set weights used until outcomes exist;
`model` the conversion model trained on the workspace's sends and outcomes; `choose` picks one
for a campaign (`rerank: auto | prior | PATH`).
"""

from .prior import (PRIOR_BIAS, PRIOR_WEIGHTS, copy_features, fluency, fluency_gate, score_candidates,
                    score_features)

__all__ = ["PRIOR_BIAS", "PRIOR_WEIGHTS", "copy_features", "fluency", "fluency_gate", "score_candidates",
           "score_features"]
