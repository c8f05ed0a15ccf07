"""Grounding violations per copy: violations whose rule id starts with 'grounding' (invented prices,
figures, facts), averaged over the copies. Input: predictions (each copy's violated rule ids).
Output: grounding_violations_per_copy."""

import datasets
import evaluate

from promo_llm.eval_metrics import info
from promo_llm.metrics import grounding_violations, mean


class GroundingViolations(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Sequence(datasets.Value("string"))})

    def _compute(self, predictions):
        return {"grounding_violations_per_copy": mean([grounding_violations(list(r)) for r in predictions])}
