"""Predicted conversion: the reranker's mean predicted conversion over the copies that passed the
guardrails (blocked copies have none). Input: predictions (a probability per copy, or null).
Output: predicted_conversion."""

import datasets
import evaluate

from promo_llm.eval_metrics import info
from promo_llm.metrics import mean


class PredictedConversion(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Value("float64")})

    def _compute(self, predictions):
        return {"predicted_conversion": mean([p for p in predictions if p is not None])}
